"""Dossiers rated by more than one beoordelaar: grouping the ratings, and applying a consensus.

`groepeer` puts the ratings of one dossier together (in a fixed order, whatever the order of the
files) and says which rating counts in totals and reports, and by which rule: the consensus when
there is one, otherwise the first rating (earliest datum, then beoordelaar code). `pas_consensus_toe`
builds the agreed dossier from its basis rating and the agreed changes, and `met_consensusredenen` adds
the agreed reason per changed answer and per agreed or dropped afwijking; `koppel_consensus` checks a
consensus against the ratings it refers to. Pure: nothing here reads files or prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..invoer.dossier import Beantwoording, Dossier, IndicatorBevinding
from ..invoer.gemeenten import BEKENDE_GEMEENTEN
from ..invoer.kader import Kader
from ..problemen import Ernst, Probleem, toon_waarde
from .afleiden import Beoordeling, Reden

if TYPE_CHECKING:  # a consensus file is rare: its model loads when one is read (`controles.consensuscontrole`)
    from ..invoer.consensus import Consensus

REGEL_CONSENSUS = "consensus"
REGEL_EERSTE = "eerste beoordeling"
REGEL_ENIG = "enige beoordeling"

REGEL_TEKST = {
    REGEL_CONSENSUS: "de consensus van de beoordelaars telt",
    REGEL_EERSTE: "geen consensus vastgelegd: de eerste beoordeling telt (vroegste datum, dan beoordelaarscode)",
    REGEL_ENIG: "één beoordeling",
}
"""How a report explains which rating of a dossier counts."""


def volgorde(beoordeling: Beoordeling) -> tuple[str, str, str]:
    """The order of the ratings of one dossier: earliest datum, then beoordelaar code, then file."""
    return (beoordeling.datum.isoformat() if beoordeling.datum else "", beoordeling.beoordelaar, beoordeling.pad)


@dataclass(frozen=True)
class Dossiergroep:
    """All ratings of one dossier (independent ratings in order) and its consensus, if any."""

    gemeente: str
    dossier: str
    beoordelingen: tuple[Beoordeling, ...]
    consensus: Beoordeling | None = None

    @property
    def dubbel(self) -> bool:
        return len(self.beoordelingen) > 1

    @property
    def telt(self) -> Beoordeling:
        """The rating that counts in totals and reports."""
        return self.consensus if self.consensus is not None else self.beoordelingen[0]

    @property
    def regel(self) -> str:
        if self.consensus is not None:
            return REGEL_CONSENSUS
        return REGEL_EERSTE if self.dubbel else REGEL_ENIG


def groepeer(beoordelingen: Iterable[Beoordeling]) -> list[Dossiergroep]:
    """The dossier ratings grouped per (gemeente, dossier), sorted; gemeente files are left out."""
    groepen: dict[tuple[str, str], list[Beoordeling]] = {}
    for beoordeling in beoordelingen:
        if beoordeling.soort == "dossier":
            groepen.setdefault((beoordeling.gemeente, beoordeling.naam), []).append(beoordeling)
    uitkomst = []
    for (gemeente, dossier), lijst in sorted(groepen.items()):
        gewoon = tuple(sorted((b for b in lijst if not b.consensus), key=volgorde))
        consensus = sorted((b for b in lijst if b.consensus), key=volgorde)
        if not gewoon:  # a consensus without ratings is reported by koppel_consensus; show it on its own
            gewoon, consensus = tuple(consensus), []
        uitkomst.append(Dossiergroep(gemeente, dossier, gewoon, consensus[0] if consensus else None))
    return uitkomst


def tellende_bestanden(beoordelingen: Iterable[Beoordeling]) -> set[str]:
    """The files (paden) whose oordelen count: one per dossier, and every gemeente file."""
    lijst = list(beoordelingen)
    return {g.telt.pad for g in groepeer(lijst)} | {b.pad for b in lijst if b.soort == "gemeente"}


def koppel_consensus(consensus: Consensus, ratings: dict[str, Dossier]) -> list[Probleem]:
    """Problems of a consensus against the ratings of its dossier (by beoordelaar code)."""
    problemen = []
    if not ratings:
        return [consensus.probleem("consensus-zonder-beoordeling", f"er is geen beoordeling van dossier "
                                   f"{toon_waarde(consensus.dossier, 'van deze consensus')} "
                                   f"({toon_waarde(consensus.gemeente, 'deze gemeente', BEKENDE_GEMEENTEN)}) meegegeven",
                                   "geef de map met de beoordelingen mee, of controleer het dossiernummer", "dossier")]
    for index, code in enumerate(consensus.beoordelaars):
        if code not in ratings:
            problemen.append(consensus.probleem(
                "consensus-zonder-beoordeling", f"beoordelaar {toon_waarde(code, 'deze')} heeft dossier "
                f"{toon_waarde(consensus.dossier, 'van deze consensus')} niet "
                f"beoordeeld; beoordelingen zijn er van {', '.join(sorted(ratings))}",
                "noem alleen beoordelaars met een eigen beoordeling van dit dossier", "beoordelaars", index))
    later = sorted(code for code, dossier in ratings.items() if dossier.datum > consensus.datum)
    if later:
        problemen.append(consensus.probleem(
            "consensus-ongeldig", f"de consensus ({consensus.datum.isoformat()}) ligt vóór de beoordeling van "
            f"{', '.join(later)}", "een consensus volgt op de beoordelingen; controleer de datum", "datum"))
    basis = ratings.get(consensus.basis)
    if basis is not None:
        for wijziging in consensus.wijzigingen:
            oud = _antwoord_in(basis, wijziging.indicator, wijziging.vraag)
            if oud is not None and oud.antwoord == wijziging.antwoord and oud.toelichting == wijziging.toelichting:
                problemen.append(wijziging.probleem(
                    "consensus-zonder-verschil", f"'{wijziging.vraag}' heeft in de basis ({consensus.basis}) al "
                    f"antwoord '{_tekst(wijziging.antwoord)}'", "verwijder deze wijziging", "antwoord",
                    ernst=Ernst.WAARSCHUWING))
    return problemen


def _tekst(antwoord: object) -> str:
    return getattr(antwoord, "value", "leeg")


def _antwoord_in(dossier: Dossier, indicator: str | None, vraag: str) -> Beantwoording | None:
    if indicator is None:
        return dossier.feiten.get(vraag)
    bevinding = dossier.indicatoren.get(indicator)
    return bevinding.antwoorden.get(vraag) if bevinding is not None else None


def pas_consensus_toe(basis: Dossier, consensus: Consensus) -> Dossier:
    """The agreed dossier: the basis rating with the agreed answers and afwijkingen, dated and signed by
    the consensus."""
    feiten = dict(basis.feiten)
    indicatoren = {naam: dict(bevinding.antwoorden) for naam, bevinding in basis.indicatoren.items()}
    afwijkingen = {naam: bevinding.afwijking for naam, bevinding in basis.indicatoren.items()}
    for wijziging in consensus.wijzigingen:
        antwoord = Beantwoording(antwoord=wijziging.antwoord, bronnen=wijziging.bronnen,
                                 toelichting=wijziging.toelichting)
        doel = feiten if wijziging.indicator is None else indicatoren.setdefault(wijziging.indicator, {})
        if wijziging.antwoord is None:
            doel.pop(wijziging.vraag, None)
        else:
            doel[wijziging.vraag] = antwoord
    for afwijking in consensus.afwijkingen:
        indicatoren.setdefault(afwijking.indicator, {})
        afwijkingen[afwijking.indicator] = afwijking.afwijking
    bevindingen = {naam: IndicatorBevinding(antwoorden=antwoorden, afwijking=afwijkingen.get(naam))
                   for naam, antwoorden in indicatoren.items()}
    return basis.model_copy(update={"feiten": feiten, "indicatoren": bevindingen, "datum": consensus.datum,
                                    "beoordelaar": consensus.basis})


def met_consensusredenen(beoordeling: Beoordeling, consensus: Consensus, basis: Dossier, kader: Kader) -> Beoordeling:
    """The agreed version with, at each indicator, the agreed reason for every answer changed against the basis
    rating and for every afwijking agreed on or dropped (so the signed version says why it differs)."""
    extra: dict[str, list[Reden]] = {}
    gebruikt: dict[str, set[str]] = {}
    for _, _, indicator in kader.indicatoren():
        vragen = [indicator.van_toepassing_als, *(v.als for v in [*indicator.feiten, *indicator.eisen])]
        gebruikt[indicator.id] = {feit for voorwaarde in vragen for feit in voorwaarde}
    for wijziging in consensus.wijzigingen:
        eerder = (basis.feiten if wijziging.indicator is None else
                  basis.indicatoren[wijziging.indicator].antwoorden if wijziging.indicator in basis.indicatoren
                  else {}).get(wijziging.vraag)
        was = eerder.antwoord.value if eerder is not None and eerder.antwoord is not None else "niet ingevuld"
        wordt = wijziging.antwoord.value if wijziging.antwoord is not None else "niet ingevuld"
        reden = Reden("consensus", f"in de consensus gewijzigd: '{wijziging.vraag}' van {was} naar {wordt}; reden: "
                                   f"{wijziging.reden}", wijziging.vraag)
        doelen = [wijziging.indicator] if wijziging.indicator is not None else [
            naam for naam, feiten in gebruikt.items() if wijziging.vraag in feiten]
        for doel in doelen:
            extra.setdefault(doel, []).append(reden)
    for afwijking in consensus.afwijkingen:
        eerder_afwijking = basis.indicatoren[afwijking.indicator].afwijking \
            if afwijking.indicator in basis.indicatoren else None
        if afwijking.afwijking is None:
            tekst = (f"de afwijking van de basisbeoordeling ('{eerder_afwijking.oordeel.value}') vervalt in de "
                     f"consensus; reden: {afwijking.reden}") if eerder_afwijking is not None else (
                f"geen afwijking in de consensus; reden: {afwijking.reden}")
        else:
            tekst = f"afwijking afgesproken in de consensus; reden: {afwijking.reden}"
        extra.setdefault(afwijking.indicator, []).append(Reden("consensus", tekst))
    oordelen = tuple(replace(o, redenen=(*o.redenen, *extra.get(o.indicator, []))) for o in beoordeling.oordelen)
    return replace(beoordeling, oordelen=oordelen)
