"""The one place that wires loading, checking and judging of dossier and gemeente files.

`toets_bestanden` loads every file (one bad file does not stop the others), checks it against its
kader, checks the set of files as a whole (copies, unknown gemeenten, dates and beoordelaars against the
gemeente file: `controles.samenhang`), scans it for personal data (warnings), derives the oordelen and returns plain results; the CLI
only renders them.

Each file is handled on its own (`toets_bestand`), so a large batch is spread over a pool of worker
processes that return plain, picklable results (`Bestandsuitslag`); they are combined in the order of
the sorted file list, so the outcome is the same, byte for byte, as a serial run, whatever the order in
which files were named or workers finished. The onderzoek file (`onderzoek.yaml`) and the steekproef
files (`steekproef.yaml`) are read apart, before the pool; after it, the dossiers of each gemeente are compared
with its steekproef (`controles.steekproefcontrole`). Consensus files (`<dossier>.consensus.yaml`) are applied
after all ratings are known: each gives
one more `Beoordeling` (the agreed version) for its dossier.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..controles import cache
from ..controles.laden import GeladenBestand, Kaderregister, laad_bevindingen, laad_onderzoek
from ..controles.privacy import scan_bestand
from ..controles.samenhang import controleer_samenhang
from ..invoer.bestanden import is_consensusbestand, is_onderzoeksbestand, is_steekproefbestand
from ..invoer.dossier import Dossier, DossierDeels, Gemeentebevindingen
from ..invoer.gemeenten import slug
from ..invoer.lezen import MAX_BYTES
from ..problemen import Ernst, Probleem, pad_tekst, toon_pad, toon_waarde
from .afleiden import Beoordeling, beoordeel_dossier, beoordeel_gemeente

if TYPE_CHECKING:  # consensus and steekproef files are rare, summaries only with the full scan: loaded when needed
    from ..invoer.consensus import Consensus
    from ..invoer.kader import Kader
    from ..invoer.onderzoek import Onderzoek
    from ..invoer.steekproef import Steekproef
    from . import samenvatting


@dataclass
class Uitslag:
    """Oordelen of every valid file and the problems of all files."""

    bestanden: list[Path]
    beoordelingen: list[Beoordeling] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)
    gemeentebestanden: dict[str, Gemeentebevindingen] = field(default_factory=dict)
    kaders: dict[str, Kader] = field(default_factory=dict)  # per gemeente, the kader its files refer to
    onderzoek: Onderzoek | None = None
    alle_gemeenten: set[str] = field(default_factory=set)  # every gemeente of a loaded file (also not judged)
    steekproeven: dict[str, Steekproef] = field(default_factory=dict)  # per gemeente (as named in the file)
    dossiers: dict[str, Dossier] = field(default_factory=dict)  # per Beoordeling.pad (context, voorbeelden)
    # per shown path: the SHA-256 of the bytes this result was made from (each file is read once: `lees_eenmaal`)
    afdrukken: dict[str, str] = field(default_factory=dict)


DREMPEL_PARALLEL = 400
"""From this many files on, a batch is spread over worker processes (when there is more than one core)."""

PARALLEL_OMGEVING = "WIJKTEAMTOETS_PARALLEL"
"""Environment variable that overrides the choice: ``altijd`` (always a pool, also for a few files: for
tests), ``nooit`` (always serial), or a number of worker processes."""


@dataclass(frozen=True)
class Bestandsuitslag:
    """The outcome of one file, as plain data that can cross a process boundary."""

    problemen: tuple[Probleem, ...]
    beoordeling: Beoordeling | None = None
    gemeente: Gemeentebevindingen | None = None
    dossier: Dossier | None = None
    kader: tuple[str, str] | None = None  # (id, versie) of the kader the file refers to
    deels: DossierDeels | None = None  # the valid parts of a dossier file with errors (for its gemeente's name)
    afdruk: str | None = None  # the SHA-256 of the bytes that were loaded, scanned and judged
    samenvatting: dict[str, Any] | None = None  # with the full scan: what an unchanged run needs (`samenvatting`)


def toets_bestand(pad: Path, register: Kaderregister, volledig: bool = False,
                  alleen: str | None = None) -> Bestandsuitslag:
    """Load, check, scan and judge one file. `volledig`: the full privacy scan (with deduce) instead of the
    fast one (a full scan is cached per content, as kinds and positions only: `controles.privacy`).
    `alleen` (a gemeente's slug): a file of another gemeente is only loaded and checked, for the checks across
    files; it is neither scanned nor judged. The file is read once: the loader, the scan and the cache keys
    all see those bytes (`Bestandsuitslag.afdruk`)."""
    ruw = cache.bestandsinhoud(pad, MAX_BYTES)  # None: the loader reads it and says why it cannot
    afdruk = cache.afdruk(ruw) if ruw is not None else None
    deels: list[DossierDeels] = []
    geladen, problemen = laad_bevindingen(pad, register, deels, vergeet=False, ruw=ruw)
    model = geladen.dossier or geladen.gemeente if geladen is not None else None
    if alleen is not None and geladen is not None and slug(_gemeente_van(geladen)) != alleen:
        assert model is not None
        model.vergeet_posities()
        return Bestandsuitslag(problemen=tuple(problemen), gemeente=geladen.gemeente, dossier=geladen.dossier,
                               kader=(geladen.kader.id, geladen.kader.versie), afdruk=afdruk)
    # reading problems are the loader's to report; here only personal data
    problemen = [*problemen, *(p for p in scan_bestand(pad, Ernst.WAARSCHUWING, volledig, ruw=ruw)
                               if p.code.startswith("privacy-"))]
    if geladen is None:
        return Bestandsuitslag(problemen=tuple(problemen), deels=deels[0] if deels else None, afdruk=afdruk)
    beoordeling = _beoordeel(geladen)
    problemen.extend(_afwijkingen_zonder_verschil(geladen, beoordeling))
    assert model is not None
    ingang = None
    if volledig and afdruk is not None and cache.aan():  # what an unchanged report run needs of this file
        from . import samenvatting

        ingang = samenvatting.maak(model, beoordeling, problemen)
    model.vergeet_posities()
    return Bestandsuitslag(problemen=tuple(problemen), beoordeling=beoordeling, gemeente=geladen.gemeente,
                          dossier=geladen.dossier, kader=(geladen.kader.id, geladen.kader.versie), afdruk=afdruk,
                          samenvatting=ingang)


def toets_bestanden(bestanden: list[Path], register: Kaderregister,
                    voortgang: Callable[[Path], None] | None = None, parallel: bool | None = None,
                    volledig: bool = False, gemeente: str | None = None) -> Uitslag:
    """Load, check and judge each file, in sorted order. `voortgang`, if given, is called for each file (for
    a progress bar). `parallel` forces a pool of worker processes (True) or a serial run (False); by default
    a pool is used for batches of `DREMPEL_PARALLEL` files or more. `volledig` uses the full privacy scan
    (with deduce; reports need it), otherwise the fast one or a cached full result. `gemeente`: scan and judge
    only that gemeente's files; the others are loaded for the checks across files (`Uitslag.alle_gemeenten`)."""
    alleen = slug(gemeente) if gemeente is not None else None
    bestanden = sorted(dict.fromkeys(bestanden))
    uitslag = Uitslag(bestanden=bestanden)
    dossiers: list[Dossier] = []
    gemeenten: list[Gemeentebevindingen] = []
    onvolledig: list[DossierDeels] = []
    for pad in bestanden:
        if is_onderzoeksbestand(pad) or is_steekproefbestand(pad):
            ruw = lees_eenmaal(pad, uitslag)
            uitslag.problemen.extend(scan_bestand(pad, Ernst.WAARSCHUWING, volledig, ruw=ruw))
            (laad_onderzoek_in if is_onderzoeksbestand(pad) else laad_steekproef_in)(pad, uitslag, ruw)
    # onderzoek.yaml and steekproef.yaml are read above and consensus files after all ratings (below): none goes
    # through the per-file pipeline
    bevindingen = [pad for pad in bestanden if not is_onderzoeksbestand(pad) and not is_consensusbestand(pad)
                   and not is_steekproefbestand(pad)]
    bewaarder = _bewaarder(bevindingen, register) if volledig and cache.aan() else None
    for pad, een in zip(bevindingen, _uitslagen(bevindingen, register, parallel, volledig, alleen), strict=True):
        if voortgang is not None:
            voortgang(pad)
        if bewaarder is not None:
            bewaarder.voeg_toe(pad, een.afdruk, een.samenvatting)
        uitslag.problemen.extend(een.problemen)
        if een.afdruk is not None:
            uitslag.afdrukken[pad_tekst(pad)] = een.afdruk
        if een.deels is not None:
            onvolledig.append(een.deels)
        if een.gemeente is not None:
            gemeenten.append(een.gemeente)
            uitslag.alle_gemeenten.add(een.gemeente.gemeente)
        if een.dossier is not None:
            dossiers.append(een.dossier)
            uitslag.alle_gemeenten.add(een.dossier.gemeente)
        if een.beoordeling is not None:
            assert een.kader is not None
            kader = register.zoek_sleutel(een.kader)
            uitslag.kaders.setdefault(een.beoordeling.gemeente, kader)
            if een.gemeente is not None:
                uitslag.gemeentebestanden[een.gemeente.gemeente] = een.gemeente
            if een.dossier is not None:
                uitslag.dossiers[een.beoordeling.pad] = een.dossier
            uitslag.beoordelingen.append(een.beoordeling)
    uitslag.problemen.extend(controleer_samenhang(dossiers, gemeenten, onvolledig))
    if uitslag.steekproeven:
        from ..controles.steekproefcontrole import vergelijk_met_steekproef

        uitslag.problemen.extend(vergelijk_met_steekproef(uitslag.steekproeven.values(), dossiers))
    consensussen: list[tuple[str, Consensus, Kader]] = []
    for pad in (pad for pad in bestanden if is_consensusbestand(pad)):
        from ..controles.consensuscontrole import laad_consensus

        if voortgang is not None:
            voortgang(pad)
        ruw = lees_eenmaal(pad, uitslag)
        consensus, consensuskader, problemen = laad_consensus(pad, register, ruw)
        if consensus is not None and alleen is not None and slug(consensus.gemeente) != alleen:
            uitslag.problemen.extend(problemen)
            continue
        uitslag.problemen.extend([*problemen, *scan_bestand(pad, Ernst.WAARSCHUWING, volledig, ruw=ruw)])
        if consensus is not None and consensuskader is not None:
            consensussen.append((pad_tekst(pad), consensus, consensuskader))
    per_dossier: dict[tuple[str, str], dict[str, Dossier]] = {}
    for dossier in dossiers:
        per_dossier.setdefault((dossier.gemeente, dossier.dossier), {})[dossier.beoordelaar] = dossier
    uitslag.problemen.extend(pas_consensussen_toe(consensussen, per_dossier, uitslag))
    uitslag.problemen.sort()
    return uitslag


def _bewaarder(bestanden: list[Path], register: Kaderregister) -> samenvatting.Bewaarder:
    """What stores the summaries of the files judged with the full scan: one entry per folder (`samenvatting`)."""
    from . import samenvatting

    return samenvatting.Bewaarder(samenvatting.basis(register.vingerafdruk), bestanden)


def pas_consensussen_toe(consensussen: list[tuple[str, Consensus, Kader]],
                          dossiers: dict[tuple[str, str], dict[str, Dossier]], uitslag: Uitslag) -> list[Probleem]:
    """Check each consensus against its ratings and add the agreed version as one more Beoordeling."""
    if not consensussen:
        return []
    from ..controles.dossiercontrole import controleer_dossier
    from .dubbel import koppel_consensus, met_consensusredenen, pas_consensus_toe

    problemen: list[Probleem] = []
    gezien: dict[tuple[str, str], str] = {}
    for pad, consensus, kader in sorted(consensussen, key=lambda c: c[0]):
        sleutel = (consensus.gemeente, consensus.dossier)
        if sleutel in gezien:
            problemen.append(consensus.probleem("consensus-dubbel", f"dossier "
                                                f"{toon_waarde(consensus.dossier, 'van deze consensus')} heeft al een "
                                                f"consensus in {gezien[sleutel]}", "houd één consensusbestand per "
                                                "dossier", "dossier"))
            continue
        gezien[sleutel] = pad
        eigen = koppel_consensus(consensus, dossiers.get(sleutel, {}))
        problemen.extend(eigen)
        if any(p.ernst is Ernst.FOUT for p in eigen):
            continue
        samen = pas_consensus_toe(dossiers[sleutel][consensus.basis], consensus)
        na = [p for p in controleer_dossier(kader, samen) if p.ernst is Ernst.FOUT]
        if na:
            problemen.extend(consensus.probleem(p.code, f"na de wijzigingen van de consensus: {p.melding}", p.hint,
                                                "wijzigingen") for p in na)
            continue
        beoordeling = beoordeel_dossier(kader, samen, pad, consensus_van=tuple(consensus.beoordelaars))
        uitslag.beoordelingen.append(met_consensusredenen(beoordeling, consensus, dossiers[sleutel][consensus.basis],
                                                          kader))
        uitslag.dossiers[pad] = samen
    return problemen


def werkers(aantal_bestanden: int, parallel: bool | None = None) -> int:
    """How many worker processes a batch gets (1: run serially in this process)."""
    keuze = os.environ.get(PARALLEL_OMGEVING, "").strip().lower()
    kernen = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if parallel is None:
        if keuze == "nooit":
            parallel = False
        elif keuze == "altijd":
            parallel = True
        elif keuze.isdigit():
            return max(1, min(int(keuze), aantal_bestanden))
        else:
            parallel = aantal_bestanden >= DREMPEL_PARALLEL and kernen > 1
    if not parallel or aantal_bestanden < 2:
        return 1
    return max(2, min(kernen, aantal_bestanden))


def _uitslagen(bestanden: list[Path], register: Kaderregister, parallel: bool | None,
              volledig: bool, alleen: str | None) -> Iterator[Bestandsuitslag]:
    aantal = werkers(len(bestanden), parallel)
    if aantal == 1:
        for pad in bestanden:
            yield toets_bestand(pad, register, volledig, alleen)
        return
    # fork shares the loaded modules and the register with the workers at no cost; elsewhere the register
    # is pickled once per worker (imported here: a run of a few files does not pay for the pool's modules)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methode = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    register.kaders()  # a kader is read when first asked for: here once, not again in every worker
    stuk = max(1, min(64, len(bestanden) // (aantal * 8)))
    if methode == "fork":  # the workers share what this process loaded, untouched by its garbage collector
        import gc

        from ..invoer.privacy.lijsten import laad_woordenlijsten

        laad_woordenlijsten(wordfreq_zelf=volledig)
        gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=aantal, mp_context=multiprocessing.get_context(methode),
                                 initializer=_begin_werker, initargs=(register, volledig, alleen)) as pool:
            yield from pool.map(_toets_in_werker, bestanden, chunksize=stuk)
    finally:
        if methode == "fork":
            gc.unfreeze()


_WERKREGISTER: Kaderregister | None = None
_WERKVOLLEDIG = False
_WERKALLEEN: str | None = None


def _begin_werker(register: Kaderregister, volledig: bool, alleen: str | None) -> None:
    global _WERKREGISTER, _WERKVOLLEDIG, _WERKALLEEN
    _WERKREGISTER, _WERKVOLLEDIG, _WERKALLEEN = register, volledig, alleen


def _toets_in_werker(pad: Path) -> Bestandsuitslag:
    assert _WERKREGISTER is not None
    return toets_bestand(pad, _WERKREGISTER, _WERKVOLLEDIG, _WERKALLEEN)


def lees_eenmaal(pad: Path, uitslag: Uitslag, toon: str | None = None) -> bytes | None:
    """The bytes of `pad` (shown as `toon`) for everything this run derives from it (loading, scanning, cache keys),
    with their SHA-256 kept in `uitslag.afdrukken`; None when it cannot be read (the loader then reads it and says
    why)."""
    ruw = cache.bestandsinhoud(pad, MAX_BYTES)
    if ruw is not None:
        uitslag.afdrukken[pad_tekst(pad) if toon is None else toon] = cache.afdruk(ruw)
    return ruw


def laad_onderzoek_in(pad: Path, uitslag: Uitslag, ruw: bytes | None = None) -> None:
    onderzoek, problemen = laad_onderzoek(pad, ruw)
    uitslag.problemen.extend(problemen)
    if onderzoek is None:
        return
    if uitslag.onderzoek is not None:
        eerder = uitslag.onderzoek.probleem("onderzoek-dubbel", "").pad
        uitslag.problemen.append(onderzoek.probleem(
            "onderzoek-dubbel", f"er is al een onderzoeksbestand: {toon_pad(eerder)}",
            "houd één onderzoek.yaml per map met gegevens, of maak de rapporten per onderzoek met --data"))
        return
    uitslag.onderzoek = onderzoek


def _gemeente_van(geladen: GeladenBestand) -> str:
    return (geladen.dossier or geladen.gemeente).gemeente  # type: ignore[union-attr]


def laad_steekproef_in(pad: Path, uitslag: Uitslag, ruw: bytes | None = None) -> None:
    from ..controles.steekproefcontrole import laad_steekproef

    steekproef, problemen = laad_steekproef(pad, ruw)
    uitslag.problemen.extend(problemen)
    if steekproef is None:
        return
    eerder = next((s for g, s in uitslag.steekproeven.items() if slug(g) == slug(steekproef.gemeente)), None)
    if eerder is not None:
        uitslag.problemen.append(steekproef.probleem(
            "steekproef-dubbel", f"er is al een steekproef van {steekproef.gemeente}: "
            f"{toon_pad(eerder.probleem('steekproef-dubbel', '').pad)}", "houd één steekproef per gemeente", "gemeente"))
        return
    uitslag.steekproeven[steekproef.gemeente] = steekproef


def _beoordeel(geladen: GeladenBestand) -> Beoordeling:
    if geladen.dossier is not None:
        return beoordeel_dossier(geladen.kader, geladen.dossier, geladen.pad)
    assert geladen.gemeente is not None
    return beoordeel_gemeente(geladen.kader, geladen.gemeente, geladen.pad)


def _afwijkingen_zonder_verschil(geladen: GeladenBestand, beoordeling: Beoordeling) -> list[Probleem]:
    bevindingen = (geladen.dossier or geladen.gemeente).indicatoren  # type: ignore[union-attr]
    problemen = []
    for oordeel in beoordeling.oordelen:
        if oordeel.afwijking is not None and oordeel.afwijking.oordeel is oordeel.afgeleid:
            afwijking = bevindingen[oordeel.indicator].afwijking
            assert afwijking is not None
            problemen.append(afwijking.probleem(
                "afwijking-zonder-verschil", f"de afwijking bij '{oordeel.indicator}' geeft hetzelfde oordeel "
                f"als het afgeleide ('{oordeel.afgeleid.value}')", "verwijder de afwijking", "oordeel",
                ernst=Ernst.WAARSCHUWING))
    return problemen
