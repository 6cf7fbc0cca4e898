"""The form for a consensus file: the agreed version of a double-rated dossier, question by question.

The page shows every dossier question with the agreed answer (the basis rating's, or the wijziging the file
already holds), what each beoordelaar answered, and a field for the reason. Saving writes a wijziging for every
answer that differs from the basis (with its reason) and removes the ones that no longer differ
(`invoer.bewerken.bewerk_consensus`); the oordelen are those `beoordeel` gives the agreed version
(`beoordelen.invullen.toets_consensus`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...beoordelen.invullen import Invuluitslag, toets_consensus, vervallen
from ...controles.laden import Kaderregister, laad_bevindingen
from ...invoer.bestanden import is_consensusbestand, is_gemeentebestand, is_onderzoeksbestand
from ...invoer.bewerken import Antwoordinvoer, Formulierstaat, bewerk_consensus, gewoon
from ...invoer.dossier import Beantwoording, Bron, Dossier, IndicatorBevinding
from ...invoer.kader import Antwoord, Kader, Niveau
from ...invoer.yamlbron import Locatie
from . import formulier
from .formulier import Kopveld

CONSENSUSKOP = (
    Kopveld(("beoordelaars",), "Beoordelaars die het eens werden", "codes",
            "Codes gescheiden door komma's; nooit namen."),
    Kopveld(("datum",), "Datum van het consensusoverleg", "datum"),
    Kopveld(("toelichting",), "Korte samenvatting van het overleg", "lang"),
)


@dataclass
class Consensusdeel:
    """The ratings a consensus file refers to, by beoordelaar code, and which one is the basis."""

    basis: str
    beoordelingen: dict[str, Dossier]

    @property
    def basisdossier(self) -> Dossier:
        return self.beoordelingen[self.basis]


def laad_beoordelingen(pad: Path, data: Mapping[str, Any], register: Kaderregister) -> dict[str, Dossier]:
    """The valid ratings of the consensus file's dossier in its folder, by beoordelaar code."""
    gevonden: dict[str, Dossier] = {}
    for bestand in sorted([*pad.parent.glob("*.yaml"), *pad.parent.glob("*.yml")]):
        if is_consensusbestand(bestand) or is_gemeentebestand(bestand) or is_onderzoeksbestand(bestand):
            continue
        geladen, _ = laad_bevindingen(bestand, register)
        dossier = geladen.dossier if geladen is not None else None
        if dossier is not None and (dossier.gemeente, dossier.dossier) == (data.get("gemeente"), data.get("dossier")):
            gevonden.setdefault(dossier.beoordelaar, dossier)
    return gevonden


def _sleutel(wijziging: Mapping[str, Any]) -> tuple[str, str]:
    return (str(wijziging.get("indicator") or ""), str(wijziging.get("vraag") or ""))


def _wijzigingen(data: Any) -> list[Mapping[str, Any]]:
    lijst = data.get("wijzigingen") if isinstance(data, Mapping) else None
    return [w for w in lijst or [] if isinstance(w, Mapping)]


def _antwoord_in(dossier: Dossier, indicator: str, vraag: str) -> Beantwoording | None:
    if not indicator:
        return dossier.feiten.get(vraag)
    bevinding = dossier.indicatoren.get(indicator)
    return bevinding.antwoorden.get(vraag) if bevinding is not None else None


def paginagegevens(kader: Kader, data: Any, deel: Consensusdeel) -> dict[str, Any]:
    """The page: every dossier question with the agreed answer, both ratings' answers and the reason."""
    data = gewoon(data) if isinstance(data, Mapping) else {}
    afgesproken = deel.basisdossier.model_dump(mode="json")
    redenen: dict[tuple[str, str], str] = {}
    for wijziging in _wijzigingen(data):
        indicator, vraag = _sleutel(wijziging)
        doel = afgesproken["feiten"] if not indicator else afgesproken["indicatoren"].setdefault(
            indicator, {"antwoorden": {}, "afwijking": None})["antwoorden"]
        doel[vraag] = {k: wijziging.get(k) for k in ("antwoord", "bronnen", "toelichting")}
        redenen[(indicator, vraag)] = str(wijziging.get("reden") or "")
    gegevens = formulier.paginagegevens(kader, Niveau.DOSSIER, afgesproken)
    gegevens["kop"] = [{"veld": veld, "waarde": _kopwaarde(data.get(veld.pad[0]))} for veld in CONSENSUSKOP]
    codes = [deel.basis, *sorted(c for c in deel.beoordelingen if c != deel.basis)]
    for vraag in [*gegevens["feiten"], *(v for t in gegevens["themas"] for i in t["indicatoren"] for v in i["vragen"])]:
        antwoorden = []
        for code in codes:
            gegeven = _antwoord_in(deel.beoordelingen[code], vraag["indicator"], vraag["id"])
            antwoorden.append(f"{code}{' (basis)' if code == deel.basis else ''}: "
                              f"{gegeven.antwoord.value if gegeven is not None and gegeven.antwoord else 'leeg'}")
        vraag["beoordelingen"] = "; ".join(antwoorden)
        vraag["reden"] = redenen.get((vraag["indicator"], vraag["id"]), "")
    return gegevens


def _kopwaarde(waarde: Any) -> Any:
    return waarde if isinstance(waarde, list) else ("" if waarde is None else str(waarde))


def _vorm(antwoord: Antwoord | str | None, toelichting: str, bronnen: list[dict[str, Any]]) -> tuple[Any, ...]:
    waarde = antwoord.value if isinstance(antwoord, Antwoord) else antwoord
    return (waarde or None, toelichting.strip(), [{k: v for k, v in b.items() if v not in (None, "")} for b in bronnen])


def _afgesproken(basis: Dossier, staat: Formulierstaat) -> Dossier:
    """The agreed dossier as the form holds it: the basis rating with the form's answers (not validated)."""
    feiten = dict(basis.feiten)
    indicatoren = {naam: dict(b.antwoorden) for naam, b in basis.indicatoren.items()}
    for (indicator, vraag), invoer in staat.antwoorden.items():
        beantwoording = Beantwoording.model_construct(
            antwoord=Antwoord(invoer.antwoord) if invoer.antwoord else None, toelichting=invoer.toelichting,
            bronnen=[Bron.model_construct(**gewoon(b.als_yaml())) for b in invoer.bronnen])
        (feiten if not indicator else indicatoren.setdefault(indicator, {}))[vraag] = beantwoording
    bevindingen = {naam: IndicatorBevinding.model_construct(
        antwoorden=antwoorden, afwijking=basis.indicatoren[naam].afwijking if naam in basis.indicatoren else None)
        for naam, antwoorden in indicatoren.items()}
    return basis.model_copy(update={"feiten": feiten, "indicatoren": bevindingen})


def pas_toe(tekst: str, verzoek: Any, kader: Kader, deel: Consensusdeel, pad: Path, register: Kaderregister
            ) -> tuple[str, dict[str, str], Callable[[bytes, bool], Invuluitslag]]:
    """The consensus file's new text for the page's state, the questions that fall away, and how to judge it."""
    staat = formulier.lees_staat(verzoek, kader, Niveau.DOSSIER)
    kop = formulier.lees_kop(verzoek, CONSENSUSKOP)
    weg = vervallen(kader, Niveau.DOSSIER, formulier.antwoorden_van(staat))
    staat = formulier.zonder_vervallen(staat, weg)
    redenen = {(str(item.get("indicator") or ""), str(item.get("vraag") or "")): str(item.get("reden") or "").strip()
               for item in (verzoek.get("antwoorden") or [] if isinstance(verzoek, Mapping) else [])
               if isinstance(item, Mapping)}
    wijzigingen: dict[tuple[str, str], tuple[Antwoordinvoer, str] | None] = {}
    for sleutel, invoer in staat.antwoorden.items():
        basis = _antwoord_in(deel.basisdossier, *sleutel)
        oud = _vorm(basis.antwoord, basis.toelichting, [b.model_dump() for b in basis.bronnen]) if basis else (
            None, "", [])
        nieuw = _vorm(invoer.antwoord, invoer.toelichting, [gewoon(b.als_yaml()) for b in invoer.bronnen])
        wijzigingen[sleutel] = None if oud == nieuw else (invoer, redenen.get(sleutel, ""))
    nieuw_tekst = bewerk_consensus(tekst, kop, wijzigingen)
    afgesproken = _afgesproken(deel.basisdossier, staat)

    def toets(ruw: bytes, volledig: bool) -> Invuluitslag:
        return toets_consensus(pad, ruw, register, deel.beoordelingen, afgesproken, volledige_privacyscan=volledig)

    return nieuw_tekst, weg, toets


def veldsleutel(data: Any) -> Callable[[Locatie], str | None]:
    """Which field of the consensus page a node of the file belongs to."""
    wijzigingen = data.get("wijzigingen") if isinstance(data, Mapping) else None

    def sleutel(locatie: Locatie) -> str | None:
        if not locatie:
            return None
        if locatie[0] == "wijzigingen" and len(locatie) >= 2 and isinstance(wijzigingen, list) \
                and isinstance(locatie[1], int) and locatie[1] < len(wijzigingen) \
                and isinstance(wijzigingen[locatie[1]], Mapping):
            indicator, vraag = _sleutel(wijzigingen[locatie[1]])
            return f"v:{indicator}:{vraag}"
        veld = next((v for v in CONSENSUSKOP if v.pad[0] == locatie[0]), None)
        return veld.sleutel if veld is not None else None

    return sleutel
