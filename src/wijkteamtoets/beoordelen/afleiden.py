"""Deriving the oordeel of every indicator from the answers, with the reasons why. Pure and deterministic.

The rule (see `normering.antwoorden` in the kader):

1. If the indicator's ``van_toepassing_als`` does not hold, it is *niet van toepassing*; if a feit it
   needs is missing or 'onbekend', it is *niet te beoordelen*.
2. The eisen that apply are scored (ja 1, deels 0.5, nee 0 in the shipped kader) and the mean is held
   against the thresholds. A kerneis answered 'nee' gives *voldoet niet*.
3. Answers that are missing or 'onbekend' (and eisen whose applicability is undecided) could still get
   any value. When every possible answer gives the same oordeel, that oordeel stands; otherwise the
   indicator is *niet te beoordelen*. This is decided from the lowest and the highest score the open
   answers can reach (the thresholds are monotone), however many answers are open.
4. A written afwijking by the beoordelaar replaces the derived oordeel, and both stay visible.

Nothing here prints or reads files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..invoer.dossier import Afwijking, Beantwoording, Bron, Dossier, Gemeentebevindingen, IndicatorBevinding
from ..invoer.kader import BEOORDEELBARE_OORDELEN, Antwoord, Eis, Feit, Indicator, Kader, Niveau, Oordeel, Weging
from ..invoer.voorwaarden import (
    Antwoorden,
    Toetsing,
    Uitkomst,
    feiten_van,
    toets,
    verzamel_antwoorden,
    wordt_beoordeeld_op,
)
from .mogelijk import Reden as Reden
from .mogelijk import herstel_gedeeld, kies_route
from .mogelijk import mogelijke_oordelen as mogelijke_oordelen
from .mogelijk import oordeel_uit_score as oordeel_uit_score

TOELICHTING_BIJ = frozenset({"niet-voldaan", "kern-niet-voldaan", "deels", "onbekend", "ontbreekt",
                             "niet-van-toepassing", "voldaan"})
"""The kinds of reasons that carry the toelichting and bronnen of the answer they are about."""


@dataclass(frozen=True, slots=True)
class Bevinding:
    """What the beoordelaar wrote for one question: answer, toelichting and bronnen (as short texts)."""

    vraag_id: str
    vraag: str
    antwoord: str
    toelichting: str
    bronnen: tuple[str, ...] = ()

    def __setstate__(self, staat: list[Any]) -> None:
        herstel_gedeeld(self, staat, frozenset({"vraag_id", "vraag", "antwoord"}))


@dataclass(frozen=True, slots=True)
class IndicatorOordeel:
    """The oordeel on one indicator in one dossier (or for one gemeente), and why."""

    thema: str
    criterium: str
    indicator: str
    nummer: str
    thema_titel: str
    criterium_tekst: str
    indicator_tekst: str
    afgeleid: Oordeel
    oordeel: Oordeel
    score: float | None
    redenen: tuple[Reden, ...]
    afwijking: Afwijking | None = None
    niet_voldaan: tuple[str, ...] = ()
    bevindingen: tuple[Bevinding, ...] = ()

    def __setstate__(self, staat: list[Any]) -> None:
        herstel_gedeeld(self, staat, frozenset({"thema", "criterium", "indicator", "nummer", "thema_titel",
                                                "criterium_tekst", "indicator_tekst"}))

    @property
    def kerneisen_niet_voldaan(self) -> tuple[str, ...]:
        """The kerneisen answered 'nee': they decide 'voldoet niet', whatever the score."""
        return tuple(r.vraag for r in self.redenen if r.soort == "kern-niet-voldaan")


@dataclass(frozen=True, slots=True)
class Beoordeling:
    """All oordelen of one dossier or one gemeente file, in kader order."""

    naam: str  # dossier id, or the gemeente's name
    gemeente: str
    pad: str
    soort: str  # "dossier" or "gemeente"
    beoordelaar: str
    team: str = ""
    datum: dt.date | None = None
    oordelen: tuple[IndicatorOordeel, ...] = field(default_factory=tuple)
    consensus: bool = False  # the agreed version of a double-rated dossier (beoordelaar: who agreed)

    def telling(self) -> dict[Oordeel, int]:
        telling = {oordeel: 0 for oordeel in Oordeel}
        for oordeel in self.oordelen:
            telling[oordeel.oordeel] += 1
        return telling


def oordeel_uit_oordelen(oordelen: list[Oordeel], weging: Weging) -> tuple[Oordeel, float | None]:
    """Combine oordelen (of dossiers, indicatoren or criteria) by a weging of the kader.

    'Niet van toepassing' and 'niet te beoordelen' do not count. With fewer judged oordelen than the
    weging's minimum the result is 'niet te beoordelen'; when everything was 'niet van toepassing', so
    is the result."""
    beoordeeld = [o for o in oordelen if o in BEOORDEELBARE_OORDELEN]
    if not beoordeeld and oordelen and all(o is Oordeel.NIET_VAN_TOEPASSING for o in oordelen):
        return Oordeel.NIET_VAN_TOEPASSING, None
    if not beoordeeld or len(beoordeeld) < weging.minimaal_beoordeeld:
        return Oordeel.NIET_TE_BEOORDELEN, None
    score = sum(weging.scores[o.value] for o in beoordeeld) / len(beoordeeld)
    return oordeel_uit_score(score, weging), score


def _getal(waarde: float) -> str:
    return f"{waarde:.2f}".replace(".", ",")


def beoordeel_indicator(
    kader: Kader, indicator: Indicator, antwoorden: Antwoorden, niveau: Niveau,
    feiten: Mapping[str, Feit] | None = None,
) -> tuple[Oordeel, float | None, list[Reden], list[str]]:
    """Derive the oordeel of `indicator` at `niveau` from `antwoorden` (by feit or eis id).

    Returns (oordeel, score or None, reasons, ids of eisen not met)."""
    feiten = feiten if feiten is not None else feiten_van(kader)
    toepassing = toets(indicator.van_toepassing_als, antwoorden, feiten) if niveau is Niveau.DOSSIER else None
    if toepassing is not None and toepassing.uitkomst is Uitkomst.NEE:
        return Oordeel.NIET_VAN_TOEPASSING, None, _redenen_niet_van_toepassing(toepassing, antwoorden, feiten), []
    if toepassing is not None and toepassing.uitkomst is Uitkomst.ONBESLIST:
        als_wel = indicator.model_copy(update={"van_toepassing_als": {}})
        oordeel, _, redenen_wel, niet_voldaan = beoordeel_indicator(kader, als_wel, antwoorden, niveau, feiten)
        tekortkomingen = [r.tekst for r in redenen_wel if r.soort in ("kern-niet-voldaan", "niet-voldaan", "deels")]
        mits = Reden("als-van-toepassing", f"als de indicator van toepassing is: {oordeel.value}"
                                           + (f" ({'; '.join(tekortkomingen)})" if tekortkomingen else ""))
        return Oordeel.NIET_TE_BEOORDELEN, None, [*_redenen_onbeslist(toepassing, antwoorden, feiten), mits], \
            niet_voldaan

    zeker: list[tuple[Eis, Antwoord]] = []  # applies, answered
    onzeker: list[tuple[Eis, bool]] = []  # (eis, may also not apply)
    redenen: list[Reden] = []
    vervallen: dict[tuple[str, ...], list[Eis]] = {}  # deciding feiten -> eisen that do not apply
    for eis in indicator.eisen_op(niveau):
        geldt = toets(eis.als, antwoorden, feiten)
        if geldt.uitkomst is Uitkomst.NEE:
            vervallen.setdefault(tuple(geldt.beslissend), []).append(eis)
            continue
        antwoord = antwoorden.get(eis.id)
        if antwoord is None or antwoord is Antwoord.ONBEKEND or geldt.uitkomst is Uitkomst.ONBESLIST:
            onzeker.append((eis, geldt.uitkomst is Uitkomst.ONBESLIST))
            redenen.append(_reden_onzeker(eis, antwoord, geldt, antwoorden, feiten, niveau))
        else:
            zeker.append((eis, antwoord))

    weging = kader.normering.antwoorden
    redenen_vervallen = _redenen_vervallen(vervallen, antwoorden, feiten)
    if not zeker and not onzeker:
        return Oordeel.NIET_VAN_TOEPASSING, None, [Reden("niet-van-toepassing", "geen van de eisen is van "
                                                          "toepassing"), *redenen_vervallen], []
    zeker_alle = list(zeker)
    route, andere, open_, minder = kies_route(indicator, weging, zeker, onzeker)
    if route is not None:
        overig = {e for a in indicator.alternatieven if a is not route for e in a.eisen}
        zeker = [(e, a) for e, a in zeker if e.id not in overig]
        onzeker = [(e, v) for e, v in onzeker if e.id not in overig]
        # what a less favourable route missed is not held against the oordeel; an equal route's is shown
        weg = {e for a in minder for e in a.eisen}
        gelijk = [(e, a) for e, a in zeker_alle if e.id in overig - weg]
        redenen = [r for r in redenen if r.vraag not in weg]
    else:
        gelijk = []
    niet_voldaan = [eis.id for eis, antwoord in [*zeker, *gelijk] if antwoord is Antwoord.NEE]
    redenen = [*_redenen_zeker([*zeker, *gelijk]), *redenen, *andere, *redenen_vervallen]
    if open_:
        return Oordeel.NIET_TE_BEOORDELEN, None, redenen, niet_voldaan

    mogelijk = mogelijke_oordelen(weging, zeker, onzeker)
    kern_beslist = any(eis.kern and antwoord is Antwoord.NEE for eis, antwoord in zeker)
    score = _score(weging, zeker) if zeker and not onzeker and not kern_beslist else None
    if len(mogelijk) == 1:
        oordeel = mogelijk.pop()
        if onzeker:
            vragen = "de open vraag" if len(onzeker) == 1 else f"de {len(onzeker)} open vragen"
            redenen.append(Reden("score", f"het oordeel staat vast, welk antwoord er op {vragen} ook komt"))
        elif kern_beslist:
            redenen.append(Reden("score", f"een kerneis is niet voldaan, dus {oordeel.value}"))
        elif score is not None:
            eisen = "1 eis die van toepassing is" if len(zeker) == 1 else f"{len(zeker)} eisen die van toepassing zijn"
            redenen.append(Reden("score", f"score {_getal(score)} over {eisen}: {oordeel.value}"))
        return oordeel, score, redenen, niet_voldaan
    return Oordeel.NIET_TE_BEOORDELEN, None, redenen, niet_voldaan


def _score(weging: Weging, zeker: list[tuple[Eis, Antwoord]]) -> float:
    return sum(weging.scores[antwoord.value] for _, antwoord in zeker) / len(zeker)


def _redenen_zeker(zeker: list[tuple[Eis, Antwoord]]) -> list[Reden]:
    redenen = []
    for eis, antwoord in zeker:
        if antwoord is Antwoord.NEE:
            soort = "kern-niet-voldaan" if eis.kern else "niet-voldaan"
            label = "kerneis niet voldaan" if eis.kern else "niet voldaan"
            redenen.append(Reden(soort, f"{label}: {eis.vraag} (nee)", eis.id))
        elif antwoord is Antwoord.DEELS:
            redenen.append(Reden("deels", f"deels voldaan: {eis.vraag} (deels)", eis.id))
    return redenen


def _redenen_vervallen(vervallen: Mapping[tuple[str, ...], list[Eis]], antwoorden: Antwoorden,
                       feiten: Mapping[str, Feit]) -> list[Reden]:
    """One sentence per deciding feit(en), naming the eisen that answer made not apply."""
    redenen = []
    for alle, eisen in vervallen.items():
        # a feit that itself does not apply (and so has no answer) is not what the reader needs to see
        beslissend = tuple(f for f in alle if antwoorden.get(f) is not None) or alle
        door = " en ".join(f"'{_feit_tekst(f, antwoorden, feiten)}'" for f in beslissend) or "de feiten"
        woord = "1 eis vervalt" if len(eisen) == 1 else f"{len(eisen)} eisen vervallen"
        redenen.append(Reden("vervallen", f"{woord} door het antwoord op {door}: "
                                          f"{'; '.join(eis.vraag for eis in eisen)}",
                             beslissend[0] if beslissend else ""))
    return redenen


def _feit_tekst(feit_id: str, antwoorden: Antwoorden, feiten: Mapping[str, Feit]) -> str:
    feit = feiten.get(feit_id)
    vraag = feit.vraag if feit is not None else feit_id
    antwoord = antwoorden.get(feit_id)
    return f"{vraag} ({antwoord.value if antwoord is not None else 'niet ingevuld'})"


def _redenen_niet_van_toepassing(toetsing: Toetsing, antwoorden: Antwoorden,
                                 feiten: Mapping[str, Feit]) -> list[Reden]:
    return [Reden("niet-van-toepassing", f"niet van toepassing: {_feit_tekst(f, antwoorden, feiten)}", f)
            for f in toetsing.beslissend]


def _redenen_onbeslist(toetsing: Toetsing, antwoorden: Antwoorden, feiten: Mapping[str, Feit]) -> list[Reden]:
    redenen = []
    for feit_id in toetsing.beslissend:
        soort = "onbekend" if antwoorden.get(feit_id) is Antwoord.ONBEKEND else "ontbreekt"
        redenen.append(Reden(soort, f"onbekend of de indicator van toepassing is: "
                                    f"{_feit_tekst(feit_id, antwoorden, feiten)}", feit_id))
    return redenen


def _reden_onzeker(eis: Eis, antwoord: Antwoord | None, geldt: Toetsing, antwoorden: Antwoorden,
                   feiten: Mapping[str, Feit], niveau: Niveau = Niveau.DOSSIER) -> Reden:
    if geldt.uitkomst is Uitkomst.ONBESLIST:
        feit = geldt.beslissend[0]
        return Reden("onbekend", f"onbekend of deze eis geldt: {eis.vraag} (hangt af van "
                                 f"{_feit_tekst(feit, antwoorden, feiten)})", eis.id)
    if antwoord is Antwoord.ONBEKEND:
        waaruit = "uit het dossier" if niveau is Niveau.DOSSIER else "uit de interviews en documenten"
        return Reden("onbekend", f"{waaruit} niet op te maken: {eis.vraag} (onbekend)", eis.id)
    return Reden("ontbreekt", f"antwoord ontbreekt: {eis.vraag}", eis.id)


def _beoordeel(kader: Kader, niveau: Niveau, antwoorden: Antwoorden,
               bevindingen: Mapping[str, IndicatorBevinding],
               algemeen: Mapping[str, Beantwoording] | None = None) -> tuple[IndicatorOordeel, ...]:
    feiten = feiten_van(kader)
    beantwoord = dict(algemeen or {})
    for bevinding_ in bevindingen.values():
        beantwoord.update(bevinding_.antwoorden)
    oordelen = []
    for nummer, thema, criterium, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        afgeleid, score, redenen, niet_voldaan = beoordeel_indicator(kader, indicator, antwoorden, niveau, feiten)
        redenen = [_met_vindplaats(r, beantwoord.get(r.vraag)) if r.soort in TOELICHTING_BIJ else r
                   for r in redenen]
        bevinding = bevindingen.get(indicator.id)
        afwijking = bevinding.afwijking if bevinding is not None else None
        vragen = {vraag.id: vraag.vraag for vraag in [*indicator.feiten, *indicator.eisen]}
        if afwijking is not None:
            redenen = [*redenen, Reden("afwijking", f"afwijking door de beoordelaar: afgeleid "
                                                    f"'{afgeleid.value}', oordeel '{afwijking.oordeel.value}'"
                                                    f"; motivatie: {afwijking.motivatie}")]
        oordelen.append(IndicatorOordeel(
            thema=thema.id, criterium=criterium.id, indicator=indicator.id, nummer=str(nummer),
            thema_titel=thema.titel, criterium_tekst=criterium.tekst, indicator_tekst=indicator.tekst,
            afgeleid=afgeleid, oordeel=afwijking.oordeel if afwijking else afgeleid, score=score,
            redenen=tuple(redenen), afwijking=afwijking, niet_voldaan=tuple(niet_voldaan),
            bevindingen=_bevindingen(bevinding, vragen)))
    return tuple(oordelen)


def _met_vindplaats(reden: Reden, beantwoording: Beantwoording | None) -> Reden:
    """The reason with the toelichting and the bronnen of the answer it is about."""
    if beantwoording is None:
        return reden
    return dataclasses.replace(reden, toelichting=beantwoording.toelichting,
                               bronnen=tuple(bron_kort(b) for b in beantwoording.bronnen))


def bron_kort(bron: Bron) -> str:
    """A bron as an inspector cites it: ``Plan van aanpak p. 4`` or ``interview met teamleider`` (no citaat)."""
    if bron.interview is not None:
        return f"interview met {bron.interview}"
    return f"{bron.document}" + (f" p. {bron.pagina}" if bron.pagina else "")


def _bron_tekst(bron: Bron) -> str:
    if bron.interview is not None:
        return f"interview: {bron.interview}"
    tekst = f"document: {bron.document}" + (f", p. {bron.pagina}" if bron.pagina else "")
    return tekst + (f' ("{bron.citaat}")' if bron.citaat else "")


def _bevindingen(bevinding: IndicatorBevinding | None, vragen: Mapping[str, str]) -> tuple[Bevinding, ...]:
    if bevinding is None:
        return ()
    return tuple(Bevinding(vraag_id=vraag_id, vraag=vragen.get(vraag_id, vraag_id), antwoord=b.antwoord.value,
                           toelichting=b.toelichting, bronnen=tuple(_bron_tekst(bron) for bron in b.bronnen))
                 for vraag_id, b in bevinding.antwoorden.items() if b.antwoord is not None)


def beoordeel_dossier(kader: Kader, dossier: Dossier, pad: str = "", *,
                      consensus_van: tuple[str, ...] = ()) -> Beoordeling:
    """The oordeel on every dossier-level indicator of `kader` for `dossier`; with `consensus_van` (the
    beoordelaars who agreed) it is the consensus version of a double-rated dossier."""
    antwoorden = verzamel_antwoorden(dossier.feiten, dossier.indicatoren)
    return Beoordeling(naam=dossier.dossier, gemeente=dossier.gemeente, pad=pad, soort="dossier",
                       beoordelaar="+".join(consensus_van) if consensus_van else dossier.beoordelaar,
                       team=dossier.team, datum=dossier.datum, consensus=bool(consensus_van),
                       oordelen=_beoordeel(kader, Niveau.DOSSIER, antwoorden, dossier.indicatoren, dossier.feiten))


def beoordeel_gemeente(kader: Kader, bevindingen: Gemeentebevindingen, pad: str = "") -> Beoordeling:
    """The oordeel on every gemeente-level indicator (and gemeente part of a 'beide' indicator)."""
    antwoorden = verzamel_antwoorden({}, bevindingen.indicatoren)
    return Beoordeling(naam=bevindingen.gemeente, gemeente=bevindingen.gemeente, pad=pad, soort="gemeente",
                       beoordelaar=", ".join(bevindingen.beoordelaars), datum=bevindingen.periode.tot,
                       oordelen=_beoordeel(kader, Niveau.GEMEENTE, antwoorden, bevindingen.indicatoren))

