"""Semantic checks on a validated kader: the rules a JSON Schema cannot express.

`controleer_kader` returns problems and never prints. Each check is a small function over the
kader; the checks are listed in `CONTROLES` so a newcomer sees them all at a glance.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Iterator

from ..invoer.kader import BEOORDEELBARE_OORDELEN, Antwoord, Correctiesoort, Feit, Indicator, Kader, Niveau, Weging
from ..invoer.validatie import Knoop
from ..invoer.veldnamen import veldnamen
from ..problemen import Probleem, toon_waarde


def controleer_kader(kader: Kader) -> list[Probleem]:
    """Every semantic problem of `kader`, sorted by place."""
    return sorted(probleem for controle in CONTROLES for probleem in controle(kader))


def _alle_knopen_met_id(kader: Kader) -> Iterator[tuple[str, Knoop]]:
    for feit in kader.feiten:
        yield "feit", feit
    for thema in kader.themas:
        yield "thema", thema
        for criterium in thema.criteria:
            yield "criterium", criterium
            for indicator in criterium.indicatoren:
                yield "indicator", indicator
                for feit in indicator.feiten:
                    yield "feit", feit
                for eis in indicator.eisen:
                    yield "eis", eis


def controleer_unieke_ids(kader: Kader) -> Iterator[Probleem]:
    """Ids are unique across the whole kader, so a dossier can name any node by its id alone."""
    gezien: dict[str, tuple[str, Knoop]] = {}
    for soort, knoop in _alle_knopen_met_id(kader):
        knoop_id = knoop.id  # type: ignore[attr-defined]
        if knoop_id in gezien:
            eerder_soort, eerder = gezien[knoop_id]
            regel = eerder.probleem("dubbel-id", "").regel
            yield knoop.probleem("dubbel-id", f"id '{knoop_id}' komt al voor (bij {eerder_soort} op regel {regel})",
                                 "geef elk thema, criterium, indicator, feit en elke eis een eigen id", "id")
        else:
            gezien[knoop_id] = (soort, knoop)


def _voorwaarden(kader: Kader) -> Iterator[tuple[Indicator | None, Knoop, str, dict[str, list[Antwoord]]]]:
    """Every condition in the kader: (indicator in scope, node, field name, condition)."""
    for feit in kader.feiten:
        yield None, feit, "als", feit.als
    for _, _, indicator in kader.indicatoren():
        yield indicator, indicator, "van_toepassing_als", indicator.van_toepassing_als
        for vraag in [*indicator.feiten, *indicator.eisen]:
            yield indicator, vraag, "als", vraag.als


def controleer_voorwaarden(kader: Kader) -> Iterator[Probleem]:
    """Every condition names a feit in scope (the indicator's own feiten and the algemene feiten),
    with an answer a feit can have."""
    algemeen = {feit.id: feit for feit in kader.feiten}
    alle_feiten = {feit.id: indicator.id for _, _, indicator in kader.indicatoren() for feit in indicator.feiten}
    eisen = {eis.id for _, _, indicator in kader.indicatoren() for eis in indicator.eisen}
    for indicator, knoop, veld, voorwaarde in _voorwaarden(kader):
        bereik = dict(algemeen)
        if indicator is not None:
            bereik.update({feit.id: feit for feit in indicator.feiten})
        for feit_id, antwoorden in voorwaarde.items():
            if feit_id not in bereik:
                if feit_id in alle_feiten:
                    yield knoop.probleem(
                        "feit-buiten-bereik",
                        f"feit '{feit_id}' hoort bij indicator '{alle_feiten[feit_id]}' en is hier niet bekend",
                        "verplaats het feit naar de algemene feiten van het kader als meer indicatoren het gebruiken",
                        veld, feit_id, sleutel=True)
                elif feit_id in eisen:
                    yield knoop.probleem("onbekend-feit", f"'{feit_id}' is een eis, geen feit",
                                         "een voorwaarde kan alleen naar een feit verwijzen",
                                         veld, feit_id, sleutel=True)
                else:
                    suggestie = difflib.get_close_matches(feit_id, list(bereik), n=1)
                    yield knoop.probleem("onbekend-feit", "dit feit bestaat niet",
                                         f"bedoelt u {toon_waarde(suggestie[0], 'een ander feit', bereik)}?"
                                         if suggestie
                                         else "voeg het feit toe onder 'feiten'", veld, feit_id, sleutel=True)
            for antwoord in antwoorden:
                if antwoord not in (Antwoord.JA, Antwoord.NEE):
                    yield knoop.probleem("voorwaarde-antwoord",
                                         f"een voorwaarde op {toon_waarde(feit_id, 'dit feit', bereik, 'feit')} kan "
                                         f"alleen 'ja' of 'nee' zijn, niet '{antwoord.value}'", "gebruik ja of nee", veld, feit_id)


def controleer_cycli(kader: Kader) -> Iterator[Probleem]:
    """Conditions between feiten must not go round in a circle (a feit can never be decided then)."""
    feiten: dict[str, Feit] = {feit.id: feit for feit in kader.feiten}
    for _, _, indicator in kader.indicatoren():
        feiten.update({feit.id: feit for feit in indicator.feiten})
    gemeld: set[frozenset[str]] = set()
    for start in feiten:
        pad = _zoek_kring(start, feiten)
        if pad and frozenset(pad) not in gemeld:
            gemeld.add(frozenset(pad))
            kring = " -> ".join([*pad, pad[0]])
            yield feiten[pad[0]].probleem("cyclus", f"voorwaarden tussen feiten vormen een kring: {kring}",
                                          "haal één van de voorwaarden weg", "als", pad[1 % len(pad)],
                                          sleutel=True)


def _zoek_kring(start: str, feiten: dict[str, Feit]) -> list[str]:
    """The feiten on a cycle through `start`, in order, or [] when there is none."""
    stapel: list[tuple[str, list[str]]] = [(start, [start])]
    bezocht: set[str] = set()
    while stapel:
        huidig, pad = stapel.pop()
        for volgende in sorted(feiten[huidig].als) if huidig in feiten else []:
            if volgende == start:
                return pad
            if volgende not in bezocht and volgende in feiten:
                bezocht.add(volgende)
                stapel.append((volgende, [*pad, volgende]))
    return []


def controleer_eisen(kader: Kader) -> Iterator[Probleem]:
    """Every indicator has eisen, and their niveau fits the indicator's niveau."""
    for _, _, indicator in kader.indicatoren():
        if not indicator.eisen:
            yield indicator.probleem("geen-eisen", f"indicator '{indicator.id}' heeft geen eisen",
                                     "splits de operationalisering in eisen die een inspecteur kan beantwoorden",
                                     "id")
            continue
        yield from _controleer_niveaus(indicator)


def controleer_alternatieven(kader: Kader) -> Iterator[Probleem]:
    """Alternatieven of an indicator: at least two, unique ids, each naming eisen of that indicator on one
    niveau, and no eis in two alternatieven."""
    for _, _, indicator in kader.indicatoren():
        if not indicator.alternatieven:
            continue
        eisen = {eis.id: eis for eis in indicator.eisen}
        if len(indicator.alternatieven) < 2:
            yield indicator.probleem("alternatief-ongeldig", f"indicator '{indicator.id}' heeft maar één "
                                     "alternatief", "noem minstens twee routes, of haal 'alternatieven' weg",
                                     "alternatieven")
        gezien_id: set[str] = set()
        gezien_eis: dict[str, str] = {}
        for index, alternatief in enumerate(indicator.alternatieven):
            if alternatief.id in gezien_id:
                yield alternatief.probleem("alternatief-ongeldig", f"alternatief '{alternatief.id}' staat er twee "
                                           "keer", "geef elk alternatief een eigen id", "id")
            gezien_id.add(alternatief.id)
            for plaats, eis_id in enumerate(alternatief.eisen):
                if eis_id not in eisen:
                    suggestie = difflib.get_close_matches(eis_id, list(eisen), n=1)
                    yield alternatief.probleem("alternatief-ongeldig", f"'{eis_id}' is geen eis van indicator "
                                               f"'{indicator.id}'", f"bedoelt u '{suggestie[0]}'?" if suggestie
                                               else "noem eisen van deze indicator", "eisen", plaats)
                elif eis_id in gezien_eis:
                    yield alternatief.probleem("alternatief-ongeldig", f"eis '{eis_id}' staat ook in alternatief "
                                               f"'{gezien_eis[eis_id]}'", "een eis hoort bij één route; een eis "
                                               "die voor elke route geldt staat in geen alternatief",
                                               "eisen", plaats)
                else:
                    gezien_eis[eis_id] = alternatief.id
            niveaus = {eisen[e].niveau or indicator.niveau for e in alternatief.eisen if e in eisen}
            if len(niveaus) > 1:
                yield indicator.probleem("alternatief-ongeldig", f"alternatief '{alternatief.id}' heeft eisen op "
                                         "dossier- en gemeenteniveau", "houd de eisen van één route op één niveau",
                                         "alternatieven", index)


def _controleer_niveaus(indicator: Indicator) -> Iterator[Probleem]:
    for eis in indicator.eisen:
        if indicator.niveau is Niveau.BEIDE:
            if eis.niveau in (None, Niveau.BEIDE):
                yield eis.probleem("niveau-conflict",
                                   f"eis '{eis.id}' hoort bij een indicator op beide niveaus maar noemt "
                                   "geen niveau dossier of gemeente", "voeg 'niveau: dossier' of "
                                   "'niveau: gemeente' toe", "id")
        elif eis.niveau is not None and eis.niveau is not indicator.niveau:
            yield eis.probleem("niveau-conflict",
                               f"eis '{eis.id}' staat op niveau {eis.niveau.value}, de indicator op niveau "
                               f"{indicator.niveau.value}", "zet de indicator op 'niveau: beide' of "
                               "verwijder het niveau van de eis", "niveau")
    if indicator.niveau is Niveau.BEIDE:
        for niveau in (Niveau.DOSSIER, Niveau.GEMEENTE):
            if not any(eis.niveau is niveau for eis in indicator.eisen):
                yield indicator.probleem("niveau-conflict",
                                         f"indicator '{indicator.id}' staat op niveau beide maar heeft geen "
                                         f"eis op niveau {niveau.value}", "zet de indicator op één niveau",
                                         "niveau")


_VERWACHTE_SCORES = {
    "antwoorden": [a.value for a in (Antwoord.JA, Antwoord.DEELS, Antwoord.NEE)],
    "dossiers": [o.value for o in BEOORDEELBARE_OORDELEN],
    "indicatoren": [o.value for o in BEOORDEELBARE_OORDELEN],
    "criteria": [o.value for o in BEOORDEELBARE_OORDELEN],
}


def controleer_normering(kader: Kader) -> Iterator[Probleem]:
    """Each weging has a score for every answer or oordeel, in descending order, and one threshold
    per oordeel from voldoet down to voldoet niet, descending, the last starting at 0."""
    for naam, verwacht in _VERWACHTE_SCORES.items():
        yield from _controleer_weging(getattr(kader.normering, naam), naam, verwacht)


def _controleer_weging(weging: Weging, naam: str, verwacht: list[str]) -> Iterator[Probleem]:
    for sleutel in weging.scores:
        if sleutel not in verwacht:
            yield weging.probleem("normering-onvolledig", f"onbekende score in normering '{naam}'",
                                  f"gebruik {', '.join(verwacht)}", "scores", sleutel, sleutel=True)
    ontbrekend = [sleutel for sleutel in verwacht if sleutel not in weging.scores]
    if ontbrekend:
        yield weging.probleem("normering-onvolledig",
                              f"normering '{naam}' mist een score voor {', '.join(ontbrekend)}",
                              f"geef een score voor {', '.join(verwacht)}", "scores", sleutel=True)
    else:
        for hoger, lager in itertools.pairwise(verwacht):
            if weging.scores[hoger] < weging.scores[lager]:
                yield weging.probleem("normering-volgorde",
                                      f"score voor '{hoger}' ({weging.scores[hoger]}) is lager dan voor "
                                      f"'{lager}' ({weging.scores[lager]})", "een gunstiger antwoord of "
                                      "oordeel krijgt een hogere of gelijke score", "scores", lager)
    yield from _controleer_drempels(weging, naam)


def _controleer_drempels(weging: Weging, naam: str) -> Iterator[Probleem]:
    volgorde = list(BEOORDEELBARE_OORDELEN)
    genoemd = [drempel.oordeel for drempel in weging.drempels]
    for index, drempel in enumerate(weging.drempels):
        if drempel.oordeel not in volgorde:
            yield drempel.probleem("normering-onvolledig",
                                   f"een drempel kan niet voor '{drempel.oordeel.value}' gelden",
                                   "drempels gelden voor voldoet, voldoet deels en voldoet niet", "oordeel")
        elif genoemd.count(drempel.oordeel) > 1 and genoemd.index(drempel.oordeel) < index:
            yield drempel.probleem("normering-volgorde", f"drempel voor '{drempel.oordeel.value}' staat er twee keer",
                                   "noem elk oordeel één keer", "oordeel")
    ontbrekend = [o.value for o in volgorde if o not in genoemd]
    if ontbrekend:
        yield weging.probleem("normering-onvolledig",
                              f"normering '{naam}' mist een drempel voor {', '.join(ontbrekend)}",
                              "geef een drempel voor voldoet, voldoet deels en voldoet niet", "drempels",
                              sleutel=True)
        return
    bekend = [d for d in weging.drempels if d.oordeel in volgorde]
    if [d.oordeel for d in bekend] != volgorde:
        yield weging.probleem("normering-volgorde", f"drempels van normering '{naam}' staan niet in de volgorde "
                              "voldoet, voldoet deels, voldoet niet", "zet de drempels in die volgorde",
                              "drempels", sleutel=True)
        return
    for hoger, lager in itertools.pairwise(bekend):
        if lager.vanaf >= hoger.vanaf:
            yield lager.probleem("normering-volgorde",
                                 f"drempel voor '{lager.oordeel.value}' ({lager.vanaf}) moet lager zijn dan die "
                                 f"voor '{hoger.oordeel.value}' ({hoger.vanaf})", "laat de drempels aflopen",
                                 "vanaf")
    if bekend[-1].vanaf != 0:
        yield bekend[-1].probleem("normering-onvolledig",
                                  f"de laagste drempel begint bij {bekend[-1].vanaf}; scores daaronder "
                                  "krijgen geen oordeel", "laat 'voldoet niet' beginnen bij 0", "vanaf")


def controleer_correcties(kader: Kader) -> Iterator[Probleem]:
    """Each listed typo fix names an existing element and field, and its corrected text is there."""
    elementen: dict[str, Knoop] = {}
    for thema in kader.themas:
        for criterium in thema.criteria:
            elementen[criterium.id] = criterium
            for indicator in criterium.indicatoren:
                elementen[indicator.id] = indicator
    for correctie in kader.correcties:
        element = elementen.get(correctie.element)
        if element is None:
            yield correctie.probleem("correctie-niet-gevonden",
                                     "deze correctie noemt geen criterium of indicator",
                                     "gebruik het id van een criterium of indicator", "element")
            continue
        tekst = getattr(element, correctie.veld, None)
        if correctie.soort is Correctiesoort.LEZING:
            if correctie.veld not in type(element).model_fields or not tekst:
                yield correctie.probleem("correctie-niet-gevonden", f"'{correctie.veld}' is geen ingevuld veld van "
                                         f"'{correctie.element}'", "noem het veld waarvan de codering is "
                                         "veranderd, bijvoorbeeld 'alternatieven' of 'eisen'", "veld")
            continue
        if not isinstance(tekst, str):
            yield correctie.probleem("correctie-niet-gevonden", f"{toon_waarde(correctie.veld, 'dit veld', veldnamen())} is geen "
                                     f"tekstveld van '{correctie.element}'", "gebruik 'tekst' of 'operationalisering'", "veld")
        elif correctie.gecorrigeerd not in " ".join(tekst.split()):
            yield correctie.probleem("correctie-niet-gevonden",
                                     f"de gecorrigeerde tekst staat niet in {toon_waarde(correctie.veld, 'dit veld', veldnamen())} van "
                                     f"'{correctie.element}'",
                                     "pas de tekst of de correctie aan", "gecorrigeerd")


CONTROLES: list[Callable[[Kader], Iterator[Probleem]]] = [
    controleer_unieke_ids,
    controleer_voorwaarden,
    controleer_cycli,
    controleer_eisen,
    controleer_alternatieven,
    controleer_normering,
    controleer_correcties,
]

