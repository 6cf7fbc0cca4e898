"""Checks of a dossier or gemeente file against its kader: the rules a schema cannot express.

Errors (`fout`): unknown indicator or question ids, a thema id (of a voorbeeld, conclusie or
aanbeveling) that the kader does not have, a question answered on the wrong niveau, 'deels'
on a feit, an answer on an eis or feit that does not apply. Warnings (`waarschuwing`): an answer
'nee' or 'deels' on an eis without a bron (an error when the kader says `bron_verplicht`), answers or
indicators that are missing (the oordeel then says *niet te beoordelen*), an afwijking that does not
differ from the derived oordeel, and a point of the gemeente's reaction (wederhoor) without an answer
(an error when a definitive report is made). Nothing here prints.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Mapping

from ..invoer.dossier import Dossier, DossierDeels, Gemeentebevindingen, GemeenteDeels, IndicatorBevinding
from ..invoer.kader import Antwoord, Feit, Indicator, Kader, Niveau
from ..invoer.onderzoek import Afhandeling
from ..invoer.validatie import Knoop
from ..invoer.voorwaarden import (
    Antwoorden,
    Uitkomst,
    feiten_van,
    toets,
    verzamel_antwoorden,
    voorwaarde_tekst,
    vragen_op_niveau,
    wordt_beoordeeld_op,
)
from ..problemen import Ernst, Probleem, toon_waarde


def _naam_van_vraag(kader: Kader) -> dict[str, str]:
    """Which indicator each question id belongs to ('' for an algemeen feit)."""
    plaats = {feit.id: "" for feit in kader.feiten}
    for _, _, indicator in kader.indicatoren():
        for vraag in [*indicator.feiten, *indicator.eisen]:
            plaats[vraag.id] = indicator.id
    return plaats


def controleer_dossier(kader: Kader, dossier: Dossier) -> list[Probleem]:
    """Every problem of `dossier` against `kader`, sorted by place."""
    problemen = list(_controleer_algemene_feiten(kader, dossier))
    problemen += _controleer_indicatoren(kader, dossier, dossier.indicatoren, Niveau.DOSSIER,
                                         verzamel_antwoorden(dossier.feiten, dossier.indicatoren))
    problemen += onbekende_themas(kader, dossier.voorbeelden)
    return sorted(problemen)


def onbekende_themas(kader: Kader, knopen: Iterable[Knoop]) -> list[Probleem]:
    """An error for each node whose field 'thema' names a thema id the kader does not have (None: no thema)."""
    bekend = [thema.id for thema in kader.themas]
    return [knoop.probleem("onbekend-thema", f"thema '{thema}' bestaat niet in kader {kader.id} {kader.versie}",
                           _themahint(thema, bekend), "thema")
            for knoop in knopen if (thema := getattr(knoop, "thema", None)) is not None and thema not in bekend]


def _themahint(thema: str, bekend: list[str]) -> str:
    gelijkend = difflib.get_close_matches(thema, bekend, n=1)
    return f"bedoelt u '{gelijkend[0]}'?" if gelijkend else f"kies uit: {', '.join(bekend)}"


def controleer_gemeente(kader: Kader, bevindingen: Gemeentebevindingen) -> list[Probleem]:
    """Every problem of a gemeente file against `kader`, sorted by place."""
    if bevindingen.periode.van > bevindingen.periode.tot:
        fout = bevindingen.periode.probleem("ongeldige-waarde", "de periode eindigt vóór zij begint",
                                            "verwissel 'van' en 'tot'", "tot")
        extra = [fout]
    else:
        extra = []
    if bevindingen.wederhoor is not None:
        for nummer, punt in enumerate(bevindingen.wederhoor.punten, 1):
            if punt.afhandeling is Afhandeling.NIET_AANGEPAST and not punt.toelichting.strip():
                extra.append(punt.probleem(
                    "ongeldige-waarde", f"punt {nummer} van de reactie is niet aangepast, maar zonder reden",
                    "schrijf onder 'toelichting:' waarom het rapport op dit punt niet is aangepast", "afhandeling"))
            if punt.afhandeling is None:
                extra.append(punt.probleem(
                    "wederhoor-open", f"punt {nummer} van de reactie van de gemeente heeft nog geen afhandeling; "
                    "een definitief rapport kan pas als elk punt is afgehandeld",
                    "vul 'afhandeling: aangepast' of 'afhandeling: niet aangepast' in, met een toelichting",
                    ernst=Ernst.WAARSCHUWING))
    extra += onbekende_themas(kader, [*bevindingen.aanbevelingen, *bevindingen.voorbeelden])
    bekend = [t.id for t in kader.themas]
    extra += [bevindingen.probleem("onbekend-thema", f"thema '{thema}' bestaat niet in kader {kader.id} "
                                   f"{kader.versie}", _themahint(thema, bekend), "conclusies", thema, sleutel=True)
              for thema in bevindingen.conclusies if thema not in bekend]
    return sorted(extra + _controleer_indicatoren(kader, bevindingen, bevindingen.indicatoren, Niveau.GEMEENTE,
                                                  verzamel_antwoorden({}, bevindingen.indicatoren)))


def controleer_deels(kader: Kader, deels: DossierDeels | GemeenteDeels) -> list[Probleem]:
    """The checks against the kader on the valid parts of a file that has other errors (see
    `validatie.valideer_deels`), so that a misspelled eis id comes out in the same run as a bad date."""
    if isinstance(deels, GemeenteDeels):
        return sorted(_controleer_indicatoren(kader, deels, deels.indicatoren, Niveau.GEMEENTE,
                                              verzamel_antwoorden({}, deels.indicatoren)))
    problemen = list(_controleer_algemene_feiten(kader, deels))
    problemen += _controleer_indicatoren(kader, deels, deels.indicatoren, Niveau.DOSSIER,
                                         verzamel_antwoorden(deels.feiten, deels.indicatoren))
    return sorted(problemen)


def _controleer_algemene_feiten(kader: Kader, dossier: Dossier | DossierDeels) -> Iterator[Probleem]:
    algemeen = {feit.id: feit for feit in kader.feiten}
    plaats = _naam_van_vraag(kader)
    for feit_id, beantwoording in dossier.feiten.items():
        if feit_id not in algemeen:
            hint = (f"het hoort bij indicator '{plaats[feit_id]}': zet het onder indicatoren > {plaats[feit_id]} "
                    "> antwoorden") if plaats.get(feit_id) else _suggestie(feit_id, list(algemeen))
            yield dossier.probleem("onbekende-vraag", f"{toon_waarde(feit_id, 'dit feit', plaats.keys())} is geen algemeen feit van "
                                   "het kader", hint,
                                   "feiten", feit_id, sleutel=True)
        elif beantwoording.antwoord is Antwoord.DEELS:
            yield beantwoording.probleem("ongeldig-antwoord", f"feit '{feit_id}' kan niet 'deels' zijn",
                                         "een feit is ja, nee of onbekend", "antwoord")
    for feit in kader.feiten:
        if feit.id not in dossier.feiten or dossier.feiten[feit.id].antwoord is None:
            yield dossier.probleem("ontbrekend-antwoord", f"antwoord op algemeen feit '{feit.id}' ontbreekt",
                                   f"beantwoord: {feit.vraag}", "feiten", sleutel=True, ernst=Ernst.WAARSCHUWING)


def _suggestie(gegeven: str, bekend: list[str]) -> str:
    gelijkend = difflib.get_close_matches(gegeven, bekend, n=1)
    if gelijkend:
        return f"bedoelt u {toon_waarde(gelijkend[0], 'een ander id', bekend)}?"
    return "kijk met 'wijkteamtoets kader toon' welke ids er zijn"


def _controleer_indicatoren(kader: Kader, bestand: Knoop, bevindingen: Mapping[str, IndicatorBevinding],
                            niveau: Niveau, antwoorden: Antwoorden) -> list[Probleem]:
    problemen: list[Probleem] = []
    indicatoren = {indicator.id: indicator for _, _, indicator in kader.indicatoren()}
    feiten = feiten_van(kader)
    plaats = _naam_van_vraag(kader)
    elders = "gemeentebestand" if niveau is Niveau.DOSSIER else "dossierbestand"
    for indicator_id, bevinding in bevindingen.items():
        indicator = indicatoren.get(indicator_id)
        if indicator is None:
            problemen.append(bestand.probleem("onbekende-indicator", f"deze indicator bestaat niet in kader {kader.id} "
                                              f"{kader.versie}",
                                              _suggestie(indicator_id, list(indicatoren)),
                                              "indicatoren", indicator_id, sleutel=True))
        elif not wordt_beoordeeld_op(indicator, niveau):
            problemen.append(bestand.probleem("verkeerd-niveau", f"indicator '{indicator_id}' wordt niet per "
                                              f"{niveau.value} beoordeeld", f"zet deze antwoorden in het {elders}",
                                              "indicatoren", indicator_id, sleutel=True))
        else:
            problemen += _controleer_antwoorden(indicator, bevinding, niveau, antwoorden, feiten, plaats, elders,
                                                kader.normering.bron_verplicht)
    for _, _, indicator in kader.indicatoren():
        if wordt_beoordeeld_op(indicator, niveau) and indicator.id not in bevindingen:
            if niveau is Niveau.DOSSIER and toets(indicator.van_toepassing_als, antwoorden, feiten).uitkomst \
                    is Uitkomst.NEE:
                continue  # not applicable by an algemeen feit: nothing to answer
            problemen.append(bestand.probleem(
                "ontbrekend-antwoord", f"indicator '{indicator.id}' ontbreekt; oordeel: niet te beoordelen",
                "voeg de indicator toe (zie 'wijkteamtoets nieuw')", "indicatoren", sleutel=True,
                ernst=Ernst.WAARSCHUWING))
    return problemen


def _controleer_antwoorden(indicator: Indicator, bevinding: IndicatorBevinding, niveau: Niveau,
                           antwoorden: Antwoorden, feiten: Mapping[str, Feit], plaats: Mapping[str, str],
                           elders: str, bron_verplicht: bool = False) -> Iterator[Probleem]:
    vragen = {vraag.id: vraag for vraag in vragen_op_niveau(indicator, niveau)}
    alle = {vraag.id: vraag for vraag in [*indicator.feiten, *indicator.eisen]}
    toepassing = toets(indicator.van_toepassing_als, antwoorden, feiten) if niveau is Niveau.DOSSIER else None
    for vraag_id, beantwoording in bevinding.antwoorden.items():
        if vraag_id not in vragen:
            if vraag_id in alle:
                yield bevinding.probleem("verkeerd-niveau", f"'{vraag_id}' wordt niet per {niveau.value} "
                                         "beoordeeld", f"zet dit antwoord in het {elders}",
                                         "antwoorden", vraag_id, sleutel=True)
            elif vraag_id in plaats:
                waar = (f"indicator '{plaats[vraag_id]}'" if plaats[vraag_id]
                        else "de algemene feiten (bovenaan, onder 'feiten')")
                yield bevinding.probleem("onbekende-vraag", f"'{vraag_id}' hoort niet bij indicator "
                                         f"'{indicator.id}' maar bij {waar}", "verplaats het antwoord",
                                         "antwoorden", vraag_id, sleutel=True)
            else:
                yield bevinding.probleem("onbekende-vraag", f"{toon_waarde(vraag_id, 'deze vraag', plaats.keys())} is geen feit "
                                         f"of eis van indicator '{indicator.id}'", _suggestie(vraag_id, list(vragen)),
                                         "antwoorden", vraag_id, sleutel=True)
            continue
        vraag = vragen[vraag_id]
        if (not isinstance(vraag, Feit) and beantwoording.antwoord in (Antwoord.NEE, Antwoord.DEELS)
                and not beantwoording.bronnen):
            yield beantwoording.probleem(
                "bron-ontbreekt", f"'{vraag_id}' is '{beantwoording.antwoord.value}' zonder bron",
                "noem onder 'bronnen:' waar het blijkt: {document: ..., pagina: ...} of {interview: ...}",
                "antwoord", ernst=Ernst.FOUT if bron_verplicht else Ernst.WAARSCHUWING)
        if isinstance(vraag, Feit) and beantwoording.antwoord is Antwoord.DEELS:
            yield beantwoording.probleem("ongeldig-antwoord", f"feit '{vraag_id}' kan niet 'deels' zijn",
                                         "een feit is ja, nee of onbekend", "antwoord")
        if beantwoording.antwoord is None:
            continue
        geldt = toets(vraag.als, antwoorden, feiten)
        if toepassing is not None and toepassing.uitkomst is Uitkomst.NEE and vraag.id not in indicator.van_toepassing_als:
            beslissend = toepassing.beslissend[0]
            yield beantwoording.probleem(
                "antwoord-niet-van-toepassing", f"'{vraag_id}' is beantwoord, maar de indicator is niet van "
                f"toepassing ({beslissend} = {_antwoord_tekst(antwoorden, beslissend)})",
                "verwijder het antwoord, of corrigeer het feit", "antwoord")
        elif geldt.uitkomst is Uitkomst.NEE:
            beslissend = geldt.beslissend[0]
            yield beantwoording.probleem(
                "antwoord-niet-van-toepassing", f"'{vraag_id}' is beantwoord, maar geldt alleen als "
                f"{voorwaarde_tekst(vraag.als)}; hier is {beslissend} = {_antwoord_tekst(antwoorden, beslissend)}",
                "verwijder het antwoord, of corrigeer het feit", "antwoord")
    if toepassing is not None and toepassing.uitkomst is Uitkomst.NEE:
        return
    for vraag in vragen.values():
        if toets(vraag.als, antwoorden, feiten).uitkomst is Uitkomst.NEE:
            continue
        gegeven = bevinding.antwoorden.get(vraag.id)
        if gegeven is None or gegeven.antwoord is None:
            soort = "feit" if isinstance(vraag, Feit) else "eis"
            plek = ("antwoorden", vraag.id) if gegeven is not None else ("antwoorden",)
            yield bevinding.probleem("ontbrekend-antwoord", f"antwoord op {soort} '{vraag.id}' ontbreekt",
                                     f"beantwoord: {vraag.vraag}", *plek, sleutel=True,
                                     ernst=Ernst.WAARSCHUWING)


def _antwoord_tekst(antwoorden: Antwoorden, feit_id: str) -> str:
    antwoord = antwoorden.get(feit_id)
    return antwoord.value if antwoord is not None else "niet ingevuld"
