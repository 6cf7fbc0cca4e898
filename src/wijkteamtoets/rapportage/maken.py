"""The one place that wires judging, aggregation, the privacy gate and rendering into report files.

Nothing is written unless everything is right: every input file valid, no personal data in any file
that feeds the report, no existing file overwritten unless asked. All reports of a run are rendered
before the first one is written, and the set is written all or nothing (`schrijven.schrijf_set`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..beoordelen.afleiden import Beoordeling
from ..beoordelen.toetsen import Uitslag, toets_bestanden
from ..controles.laden import laad_register
from ..invoer.bestanden import verzamel_bestanden
from ..invoer.gemeenten import slug
from ..invoer.kader import Kader
from ..invoer.onderzoek import Onderzoek, Status
from ..invoer.persoonsgegevens import toon
from ..invoer.voortgang import GEEN_VOORTGANG, Voortgang
from ..problemen import Ernst, Probleem
from . import spreadsheet, trend
from .aggregeren import oordelentabel
from .inhoud import Aggregaten, bestandsnaam, deelrapport_gegevens, overkoepelend_gegevens, render
from .schrijven import schrijf_set

EXTENSIE = {"html": ".html", "markdown": ".md", "pdf": ".pdf"}


class RapportFout(Exception):
    """A request that cannot be met, like an unknown gemeente (a usage error, with a Dutch message)."""


@dataclass
class Rapportuitslag:
    """What a run wrote, or the problems that stopped it."""

    geschreven: list[Path] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)
    bestanden: int = 0  # how many input files were read (for the summary line under the problems)


def _voorbereiden(data: list[Path], kaders: list[Path], gemeente: str | None,
                  voortgang: Voortgang) -> tuple[Uitslag, list[str], list[Probleem]]:
    """Judge all files; return the result, the gemeenten asked for, and the problems that block output."""
    voortgang.fase("Kaders lezen")
    register, kaderproblemen = laad_register(kaders)
    bestanden = verzamel_bestanden(data)
    voortgang.fase("Bestanden lezen en beoordelen", len(bestanden))
    uitslag = toets_bestanden(bestanden, register, voortgang, volledig=True)
    problemen = sorted(_als_fout(p) if p.code == "onbekende-gemeente" else p
                       for p in kaderproblemen + uitslag.problemen)
    fouten = [p for p in problemen if p.ernst is Ernst.FOUT]
    if fouten:
        return uitslag, [], fouten
    gemeenten = _kies_gemeenten(uitslag, gemeente)
    return uitslag, gemeenten, _blokkerend(problemen, uitslag, set(gemeenten))


def _blokkerend(problemen: list[Probleem], uitslag: Uitslag, gemeenten: set[str]) -> list[Probleem]:
    """Errors anywhere (an unknown gemeente is one: it would count as a gemeente of its own and be missing from
    its real gemeente), and personal data in any file of the gemeenten in the report (then as errors)."""
    gemeente_van = {b.pad: b.gemeente for b in uitslag.beoordelingen}
    blokkerend = []
    for p in problemen:
        if p.ernst is Ernst.FOUT:
            blokkerend.append(p)
        elif p.code.startswith("privacy-") and gemeente_van.get(p.pad) in gemeenten:
            blokkerend.append(_als_fout(p))
    return blokkerend


def _als_fout(p: Probleem) -> Probleem:
    return Probleem(pad=p.pad, regel=p.regel, kolom=p.kolom, code=p.code, melding=p.melding, hint=p.hint,
                    ernst=Ernst.FOUT)


def _kies_gemeenten(uitslag: Uitslag, gemeente: str | None) -> list[str]:
    bekend = sorted({b.gemeente for b in uitslag.beoordelingen})
    if not bekend:
        raise RapportFout("er zijn geen dossiers of gemeentebestanden gevonden")
    if gemeente is None:
        return bekend
    gevonden = [g for g in bekend if slug(g) == slug(gemeente)]
    if not gevonden:
        raise RapportFout(f"gemeente '{toon(gemeente)}' komt niet voor in de gegevens; bekend zijn: {', '.join(bekend)}")
    return gevonden


def maak_rapporten(
    *, data: list[Path], kaders: list[Path], gemeente: str | None, formaat: str, uitvoer: Path,
    sjabloonmap: Path | None = None, toon_dossiers: bool = False, overschrijf: bool = False,
    voortgang: Voortgang = GEEN_VOORTGANG,
) -> Rapportuitslag:
    """The deelrapport of `gemeente`, or (gemeente None) one per gemeente plus the overarching report."""
    uitslag, gemeenten, blokkerend = _voorbereiden(data, kaders, gemeente, voortgang)
    blokkerend = blokkerend or _open_wederhoor(uitslag, gemeenten) or vastgesteld_gewijzigd(uitslag.onderzoek, kaders)
    if blokkerend:
        return Rapportuitslag(problemen=blokkerend, bestanden=len(uitslag.bestanden))
    kaders_in_gebruik = {uitslag.kaders[g].id + " " + uitslag.kaders[g].versie for g in gemeenten}
    if len(kaders_in_gebruik) > 1:
        raise RapportFout(f"de gemeenten gebruiken verschillende kaders ({', '.join(sorted(kaders_in_gebruik))}); "
                          "maak per kader een rapport met --data")
    kader = uitslag.kaders[gemeenten[0]]
    ontwikkeling, rondeproblemen = trend.ontwikkeling(uitslag.onderzoek, uitslag.beoordelingen, kader, kaders)
    if rondeproblemen:
        return Rapportuitslag(problemen=sorted(rondeproblemen), bestanden=len(uitslag.bestanden))
    voortgang.fase("Oordelen bundelen")
    tabel = oordelentabel(uitslag.beoordelingen)
    extensie = EXTENSIE[formaat]
    een_bestand = gemeente is not None and uitvoer.suffix in EXTENSIE.values()
    map_ = uitvoer.parent if een_bestand else uitvoer
    namen = {g: (uitvoer.name if een_bestand else f"deelrapport-{bestandsnaam(g)}{extensie}") for g in gemeenten}

    # Split and aggregate once for all gemeenten: doing it again for each deelrapport was quadratic.
    tabel_van = dict(iter(tabel.groupby("gemeente", sort=False)))
    aggregaten = Aggregaten.bereken(tabel, kader)
    beoordelingen_van: dict[str, list[Beoordeling]] = {}
    for beoordeling in uitslag.beoordelingen:
        beoordelingen_van.setdefault(beoordeling.gemeente, []).append(beoordeling)

    # Each report is rendered only when the writer stages it and is dropped right after, so memory does not
    # grow with the number of reports (national scale: 342 deelrapporten).
    def deelrapport(g: str) -> Callable[[], str | bytes]:
        def maak() -> str | bytes:
            gegevens = deelrapport_gegevens(g, tabel_van.get(g, tabel.iloc[0:0]), beoordelingen_van.get(g, []),
                                            uitslag.gemeentebestanden.get(g), kader, toon_dossiers=toon_dossiers,
                                            onderzoek=uitslag.onderzoek, aggregaten=aggregaten)
            gegevens["ontwikkeling"] = trend.deelrapport_ontwikkeling(ontwikkeling, g, kader)
            return _maak(render("deelrapport", gegevens, formaat, sjabloonmap), formaat)
        return maak

    def overkoepelend() -> str | bytes:
        gegevens = overkoepelend_gegevens(tabel, uitslag.beoordelingen, uitslag.gemeentebestanden, kader, namen,
                                          onderzoek=uitslag.onderzoek, toon_dossiers=toon_dossiers)
        gegevens["overgangen"] = trend.overkoepelend_ontwikkeling(ontwikkeling)
        return _maak(render("overkoepelend", gegevens, formaat, sjabloonmap), formaat)

    makers: dict[Path, Callable[[], str | bytes]] = {map_ / namen[g]: deelrapport(g) for g in gemeenten}
    if gemeente is None:
        makers[map_ / f"overkoepelend{extensie}"] = overkoepelend
    teksten = _OpAanvraag(makers)
    _schrijf_alles(teksten, overschrijf, voortgang, fase="Rapporten opmaken en schrijven")
    return Rapportuitslag(geschreven=list(teksten))


def _open_wederhoor(uitslag: Uitslag, gemeenten: list[str]) -> list[Probleem]:
    """A definitive report cannot be made while a gemeente's reaction has points without an answer."""
    onderzoek = uitslag.onderzoek
    if onderzoek is None or onderzoek.status is not Status.DEFINITIEF:
        return []
    problemen = []
    for g in gemeenten:
        bevindingen = uitslag.gemeentebestanden.get(g)
        if bevindingen is None or bevindingen.wederhoor is None:
            continue
        for nummer, punt in enumerate(bevindingen.wederhoor.punten, 1):
            if punt.afhandeling is None:
                problemen.append(punt.probleem(
                    "wederhoor-open", f"punt {nummer} van de reactie van {g} heeft nog geen afhandeling; het "
                    "rapport kan niet definitief worden",
                    "vul 'afhandeling: aangepast' of 'afhandeling: niet aangepast' in, met een toelichting, of "
                    "zet de status van het onderzoek terug op 'voor wederhoor'"))
    return sorted(problemen)


def vastgesteld_gewijzigd(onderzoek: Onderzoek | None, kaders: list[Path]) -> list[Probleem]:
    """The gate of a vastgesteld onderzoek: every input file that changed since the vaststelling (errors)."""
    from .. import __version__
    from ..beoordelen.rondes import controleer_vastgesteld

    if onderzoek is None:
        return []
    register, _ = laad_register(kaders)
    return [p for p in controleer_vastgesteld(onderzoek, register.kaders(), __version__) if p.ernst is Ernst.FOUT]


def _maak(html_of_tekst: str, formaat: str) -> str | bytes:
    """The file contents: the rendered text, or for 'pdf' the HTML typeset as a tagged PDF (PDF/UA-1)."""
    if formaat != "pdf":
        return html_of_tekst
    from .pdf import html_naar_pdf

    return html_naar_pdf(html_of_tekst)


class _OpAanvraag(Mapping[Path, "str | bytes"]):
    """A mapping of output path to contents that makes each file's contents only when it is asked for (and
    keeps none of them), so the writer holds one rendered report at a time."""

    def __init__(self, makers: dict[Path, Callable[[], str | bytes]]) -> None:
        self._makers = makers

    def __getitem__(self, pad: Path) -> str | bytes:
        return self._makers[pad]()

    def __iter__(self) -> Iterator[Path]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def _schrijf_alles(inhoud: Mapping[Path, str | bytes], overschrijf: bool, voortgang: Voortgang = GEEN_VOORTGANG,
                   fase: str = "Bestanden schrijven") -> None:
    """Write the whole set all or nothing (staged, then moved into place); refuse before writing anything if
    one target exists."""
    voortgang.fase(fase, len(inhoud))
    try:
        schrijf_set(inhoud, overschrijf=overschrijf, na_elk=voortgang.stap)
    except OSError as fout:
        pad = next(iter(inhoud)) if len(inhoud) == 1 else next(iter(inhoud)).parent
        raise RapportFout(f"kan '{pad}' niet schrijven ({fout.strerror})") from None


def exporteer(
    *, data: list[Path], kaders: list[Path], gemeente: str | None, formaat: str, uitvoer: Path,
    overschrijf: bool = False, voortgang: Voortgang = GEEN_VOORTGANG,
) -> Rapportuitslag:
    """Write the oordelen as CSV (for Dutch Excel: ';' and decimal comma), JSON or XLSX (a sheet per level)."""
    uitslag, gemeenten, blokkerend = _voorbereiden(data, kaders, gemeente, voortgang)
    if blokkerend:
        return Rapportuitslag(problemen=blokkerend, bestanden=len(uitslag.bestanden))
    voortgang.fase("Oordelen bundelen")
    tabel = oordelentabel(uitslag.beoordelingen)
    tabel = tabel[tabel["gemeente"].isin(gemeenten)].reset_index(drop=True)
    tabel = spreadsheet.met_herkomst(tabel, uitslag.onderzoek.titel if uitslag.onderzoek else "", uitslag.kaders)
    doel = uitvoer if uitvoer.suffix else uitvoer / f"oordelen.{formaat}"
    voortgang.fase("Export opmaken")
    inhoud = tabel_als(tabel, formaat, uitslag.kaders, data)
    _schrijf_alles({doel: inhoud}, overschrijf, voortgang)
    return Rapportuitslag(geschreven=[doel])


def tabel_als(tabel: pd.DataFrame, formaat: str, kaders: Mapping[str, Kader], data: list[Path]) -> str | bytes:
    """The oordelen as the contents of a CSV, JSON or XLSX file (paths relative to the `data` folders)."""
    if formaat == "csv":
        return spreadsheet.als_csv(tabel, data)
    if formaat == "json":
        return spreadsheet.als_json(tabel, data)
    return spreadsheet.als_xlsx(tabel, kaders, data)
