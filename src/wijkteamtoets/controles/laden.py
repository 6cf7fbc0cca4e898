"""Finding input files and loading them into validated models.

This is the one entry point from files to models: YAML is read by `yamlbron`, validated by
`validatie`, and checked for meaning by `kadercontrole`. Nothing here prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..invoer.bestanden import is_gemeentebestand, verzamel_bestanden
from ..invoer.deelvalidatie import valideer_deels
from ..invoer.dossier import Dossier, DossierDeels, Gemeentebevindingen, GemeenteDeels, KaderVerwijzing
from ..invoer.kader import Kader
from ..invoer.lezen import MAX_BYTES
from ..invoer.onderzoek import Onderzoek
from ..invoer.typografie import controleer_typografie
from ..invoer.validatie import valideer
from ..invoer.yamlbron import YamlDocument, lees_yaml, lees_yaml_tekst
from ..problemen import Ernst, InvoerFout, Probleem, heeft_fouten, pad_tekst, toon_pad, toon_waarde
from . import cache, kadercache
from .dossiercontrole import controleer_deels, controleer_dossier, controleer_gemeente
from .kadercontrole import controleer_kader
from .privacy import scan_bestand


def laad_kader(pad: Path) -> Kader:
    """Read and validate one kader file; raise `InvoerFout` with the YAML and schema problems."""
    return valideer(lees_yaml(pad), Kader)


@dataclass
class Kadercontrole:
    """The outcome of checking kader files: the kaders that loaded and every problem found."""

    bestanden: list[Path]
    kaders: list[Kader] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)


def controleer_kaderbestanden(bestanden: list[Path]) -> Kadercontrole:
    """Load and check each kader file, and scan it for personal data; one bad file does not stop the others."""
    uitkomst = Kadercontrole(bestanden=bestanden)
    gezien: dict[tuple[str, str], Kader] = {}
    for bestand in bestanden:
        kader, problemen = _controleer_kaderbestand(bestand)
        uitkomst.problemen.extend(problemen)
        if kader is None:
            continue
        uitkomst.kaders.append(kader)
        sleutel = (kader.id, kader.versie)
        if sleutel in gezien:
            eerder = gezien[sleutel].probleem("dubbel-id", "")
            uitkomst.problemen.append(kader.probleem(
                "dubbel-id", f"kader '{kader.id}' versie {kader.versie} staat ook in {toon_pad(eerder.pad)}",
                "verhoog de versie of verwijder één van de bestanden", "versie"))
        else:
            gezien[sleutel] = kader
    return uitkomst


def _controleer_kaderbestand(bestand: Path) -> tuple[Kader | None, list[Probleem]]:
    """One kader file: the kader (None if it does not load) and its problems."""
    problemen = scan_bestand(bestand, volledig=False)
    kader: Kader | None = None
    try:
        geladen = laad_kader(bestand)
    except InvoerFout as fout:
        problemen = [*problemen, *fout.problemen]
    else:
        kader = geladen
        problemen.extend(controleer_kader(geladen))
    return kader, problemen


class Kaderregister:
    """The kaders that dossier files can refer to, by id and versie.

    `vingerafdruk` identifies the kaders (their files' bytes and paths when read by `laad_register`), for a
    cache key of anything derived from them. `later` are kaders known to be valid (their check was cached) by
    (id, versie), with the file and the bytes they are read from when first asked for."""

    def __init__(self, kaders: list[Kader], vingerafdruk: str | None = None, *,
                 later: dict[tuple[str, str], tuple[Path, bytes]] | None = None) -> None:
        self._kaders: dict[tuple[str, str], Kader] = {(kader.id, kader.versie): kader for kader in kaders}
        self._later = dict(later or {})
        self._volgorde = [*self._kaders, *(k for k in self._later if k not in self._kaders)]
        self.vingerafdruk = vingerafdruk or cache.sleutel(
            *(f"{kader.probleem('dubbel-id', '').pad}\n{kader.model_dump_json()}" for kader in kaders))

    def _kader(self, sleutel: tuple[str, str]) -> Kader | None:
        kader = self._kaders.get(sleutel)
        if kader is None and sleutel in self._later:
            pad, ruw = self._later.pop(sleutel)
            kader = self._kaders[sleutel] = valideer(lees_yaml_tekst(ruw, pad_tekst(pad)), Kader)
        return kader

    def zoek(self, verwijzing: KaderVerwijzing) -> Kader | None:
        return self._kader((verwijzing.id, verwijzing.versie))

    def kaders(self) -> list[Kader]:
        """Every kader in the register."""
        return [self.zoek_sleutel(sleutel) for sleutel in self._volgorde]

    def zoek_sleutel(self, sleutel: tuple[str, str]) -> Kader:
        """The kader with this (id, versie), which must be in the register."""
        kader = self._kader(sleutel)
        if kader is None:
            raise KeyError(sleutel)
        return kader

    def kies(self, kader_id: str | None, versie: str | None) -> Kader:
        """The kader with this id and versie; without id the only kader there is; without versie the
        highest. Raises LookupError with a Dutch message."""
        ids = sorted({k for k, _ in self._volgorde})
        if kader_id is None:
            if len(ids) != 1:
                raise LookupError(f"kies een kader met --kader; beschikbaar: {self.beschikbaar()}")
            kader_id = ids[0]
        versies = sorted((v for k, v in self._volgorde if k == kader_id), key=_versiesleutel)
        if not versies or (versie is not None and versie not in versies):
            wat = toon_waarde(kader_id, "dit kader", self.namen(), "kader")
            raise LookupError(f"{wat}{' bestaat niet in deze versie' if versies else ' bestaat niet'}; "
                              f"beschikbaar: {self.beschikbaar()}")
        return self.zoek_sleutel((kader_id, versie or versies[-1]))

    def namen(self) -> set[str]:
        """The ids of the kaders in the register: known names that a message may show."""
        return {kader_id for kader_id, _ in self._volgorde}

    def beschikbaar(self) -> str:
        return ", ".join(f"{kader_id} {versie}" for kader_id, versie in sorted(self._volgorde)) or "geen"


def _versiesleutel(versie: str) -> tuple[tuple[int, str], ...]:
    """Order versions naturally: 1.2 < 1.10."""
    return tuple((int(deel), "") if deel.isdigit() else (-1, deel) for deel in versie.split("."))


def laad_register(paden: list[Path]) -> tuple[Kaderregister, list[Probleem]]:
    """The register of valid kaders in `paden`, and the problems of the kaders that are not valid.

    When these kader files were checked before (`kadercache`: same bytes, paths and program), the stored
    outcome is used and a kader is only read when it is first asked for. The user's lists beside these kaders
    (``geen-personen.txt``, ``makers.txt``) count for the privacy scan from now on."""
    from ..invoer.privacy.lijsten import gebruik_kadermap

    for pad in paden:
        gebruik_kadermap(pad if pad.is_dir() else pad.parent)
    bestanden = verzamel_bestanden(paden)
    inhoud = [cache.bestandsinhoud(b, MAX_BYTES) for b in bestanden]
    vingerafdruk = cache.sleutel(*(deel for b, ruw in zip(bestanden, inhoud, strict=True)
                                   for deel in (pad_tekst(b), ruw or b"?")))
    sleutel = kadercache.sleutel(bestanden, inhoud) if cache.aan() else None
    bewaard = kadercache.lees(sleutel, bestanden) if sleutel is not None else None
    if bewaard is not None:
        posities, problemen = bewaard
        later = {k: (bestanden[i], inhoud[i] or b"") for k, i in posities.items()}
        return Kaderregister([], vingerafdruk, later=later), problemen
    uitkomst = controleer_kaderbestanden(bestanden)
    foute_paden = {p.pad for p in uitkomst.problemen if p.ernst is Ernst.FOUT}
    goed = [k for k in uitkomst.kaders if k.probleem("dubbel-id", "").pad not in foute_paden]
    plek = {pad_tekst(b): i for i, b in enumerate(bestanden)}
    posities = {(k.id, k.versie): plek.get(k.probleem("dubbel-id", "").pad, -1) for k in goed}
    if sleutel is not None and -1 not in posities.values():
        kadercache.bewaar(sleutel, posities, uitkomst.problemen)
    return Kaderregister(goed, vingerafdruk), uitkomst.problemen


@dataclass(frozen=True)
class GeladenBestand:
    """A valid dossier or gemeente file with the kader it refers to."""

    pad: str
    kader: Kader
    dossier: Dossier | None = None
    gemeente: Gemeentebevindingen | None = None


def laad_bevindingen(pad: Path, register: Kaderregister, deels: list[DossierDeels] | None = None, *,
                     vergeet: bool = True, ruw: bytes | None = None) -> tuple[GeladenBestand | None, list[Probleem]]:
    """Load one dossier or gemeente file and check it against its kader.

    Returns the loaded file (None when it has errors) and its problems (errors and warnings). When a dossier
    file does not validate, its valid parts are still checked; with `deels` given, they are appended to it
    (so the checks across files can still name a misspelled gemeente in the same run). With `vergeet` False the
    loaded model keeps its positions (the caller calls `vergeet_posities` when it has placed what it needs).
    `ruw`: the file's bytes as the caller read them (`yamlbron.lees_yaml`)."""
    gemeente = is_gemeentebestand(pad)
    try:
        document = lees_yaml(pad, ruw)
    except InvoerFout as fout:  # a file that cannot be read as YAML: nothing more to say about it
        return None, fout.problemen
    typografie = controleer_typografie(document)
    try:
        model: Gemeentebevindingen | Dossier = (valideer(document, Gemeentebevindingen) if gemeente
                                                else valideer(document, Dossier))
    except InvoerFout as fout:
        rest, gedeeltelijk = _rest_van(document, gemeente, register, fout.problemen)
        if deels is not None and isinstance(gedeeltelijk, DossierDeels):
            deels.append(gedeeltelijk)
        return None, sorted({*fout.problemen, *typografie, *rest})
    kader = register.zoek(model.kader)
    if kader is None:
        return None, [model.kader.probleem(
            "onbekend-kader", f"{toon_waarde(model.kader.id, 'dit kader', register.namen(), 'kader')} bestaat niet in deze versie"
            if model.kader.id in register.namen() else "dit kader bestaat niet",
            f"beschikbaar: {register.beschikbaar()}", "versie")]
    if isinstance(model, Gemeentebevindingen):
        problemen = controleer_gemeente(kader, model)
        geladen = GeladenBestand(pad=document.pad, kader=kader, gemeente=model)
    else:
        problemen = controleer_dossier(kader, model)
        geladen = GeladenBestand(pad=document.pad, kader=kader, dossier=model)
    problemen = sorted([*problemen, *typografie])
    if heeft_fouten(problemen):
        return None, problemen
    if vergeet:
        model.vergeet_posities()  # checked: keep the loaded file light (a national round holds 10,000)
    return geladen, problemen


def _rest_van(document: YamlDocument, gemeente: bool, register: Kaderregister,
              al_gemeld: list[Probleem]) -> tuple[list[Probleem], DossierDeels | GemeenteDeels | None]:
    """The problems against the kader of the valid parts of a file that did not validate as a whole (a
    misspelled eis id in the same run as a bad date; none at a place already reported), and those parts."""
    deels: DossierDeels | GemeenteDeels | None = (valideer_deels(document, GemeenteDeels) if gemeente
                                                  else valideer_deels(document, DossierDeels))
    kader = register.zoek(deels.kader) if deels is not None else None
    if deels is None or kader is None:
        return [], deels
    plekken = {(p.regel, p.kolom) for p in al_gemeld}
    regels = {p.regel for p in al_gemeld}
    return [p for p in controleer_deels(kader, deels) if (p.regel, p.kolom) not in plekken
            and not (p.code == "ontbrekend-antwoord" and p.regel in regels)], deels


def laad_onderzoek(pad: Path, ruw: bytes | None = None) -> tuple[Onderzoek | None, list[Probleem]]:
    """Load and check one onderzoek file (from `ruw` when the caller read it); None when it has errors."""
    try:
        onderzoek = valideer(lees_yaml(pad, ruw), Onderzoek)
    except InvoerFout as fout:
        return None, fout.problemen
    problemen = []
    if onderzoek.periode.van > onderzoek.periode.tot:
        problemen.append(onderzoek.periode.probleem("ongeldige-waarde", "de periode eindigt vóór zij begint",
                                                    "verwissel 'van' en 'tot'", "tot"))
    return (None if problemen else onderzoek), problemen
