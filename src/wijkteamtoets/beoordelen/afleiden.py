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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..invoer.dossier import Afwijking, Beantwoording, Bron, Dossier, Gemeentebevindingen, IndicatorBevinding
from ..invoer.kader import BEOORDEELBARE_OORDELEN, Alternatief, Antwoord, Eis, Feit, Indicator, Kader, Niveau, Oordeel, Weging
from ..invoer.voorwaarden import (
    Antwoorden,
    Toetsing,
    Uitkomst,
    feiten_van,
    toets,
    verzamel_antwoorden,
    wordt_beoordeeld_op,
)


@dataclass(frozen=True)
class Reden:
    """One reason behind an oordeel. `soort` is a stable key for tools; `tekst` is for people."""

    soort: str  # niet-voldaan, kern-niet-voldaan, deels, onbekend, ontbreekt, niet-van-toepassing, vervallen,
    #            score, afwijking
    tekst: str
    vraag: str = ""  # the id of the eis or feit it is about, if any
    toelichting: str = ""  # the beoordelaar's toelichting on that answer, from the file


TOELICHTING_BIJ = frozenset({"niet-voldaan", "kern-niet-voldaan", "deels", "onbekend", "ontbreekt",
                             "niet-van-toepassing"})
"""The kinds of reasons that carry the toelichting of the answer they are about."""


@dataclass(frozen=True)
class Bevinding:
    """What the beoordelaar wrote for one question: answer, toelichting and bronnen (as short texts)."""

    vraag_id: str
    vraag: str
    antwoord: str
    toelichting: str
    bronnen: tuple[str, ...] = ()


@dataclass(frozen=True)
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

    @property
    def kerneisen_niet_voldaan(self) -> tuple[str, ...]:
        """The kerneisen answered 'nee': they decide 'voldoet niet', whatever the score."""
        return tuple(r.vraag for r in self.redenen if r.soort == "kern-niet-voldaan")


@dataclass(frozen=True)
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


def oordeel_uit_score(score: float, weging: Weging) -> Oordeel:
    """The oordeel whose threshold `score` reaches (thresholds are ordered by kadercontrole)."""
    for drempel in weging.drempels:
        if score + 1e-9 >= drempel.vanaf:
            return drempel.oordeel
    return weging.drempels[-1].oordeel


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
        return Oordeel.NIET_TE_BEOORDELEN, None, _redenen_onbeslist(toepassing, antwoorden, feiten), []

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
            redenen.append(_reden_onzeker(eis, antwoord, geldt, antwoorden, feiten))
        else:
            zeker.append((eis, antwoord))

    weging = kader.normering.antwoorden
    redenen_vervallen = _redenen_vervallen(vervallen, antwoorden, feiten)
    if not zeker and not onzeker:
        return Oordeel.NIET_VAN_TOEPASSING, None, [Reden("niet-van-toepassing", "geen van de eisen is van "
                                                          "toepassing"), *redenen_vervallen], []
    zeker_alle = list(zeker)
    route, andere, open_, minder = _kies_route(indicator, weging, zeker, onzeker)
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


_RANG = {Oordeel.VOLDOET: 3, Oordeel.VOLDOET_DEELS: 2, Oordeel.VOLDOET_NIET: 1, Oordeel.NIET_VAN_TOEPASSING: 0}
"""How favourable the oordeel of one route is; 0: the route cannot be taken (none of its eisen applies)."""


def _kies_route(indicator: Indicator, weging: Weging, zeker: list[tuple[Eis, Antwoord]],
                onzeker: list[tuple[Eis, bool]]) -> tuple[Alternatief | None, list[Reden], bool, list[Alternatief]]:
    """For an indicator with alternatieven: the route that decides its oordeel (None when none is certain,
    when every route vervalt, or when the indicator has no alternatieven), a reason per route (the one taken
    and the others), whether the choice of route is still open (then *niet te beoordelen*), and the routes
    that are certainly less favourable than the one taken.

    Each route is judged on the eisen in no alternatief plus its own; its oordeel is fixed when the lowest
    and highest it can reach are equal. The indicator takes the most favourable route: fixed when the best
    of the lowest equals the best of the highest (a conservative test, also when routes share open eisen)."""
    if not indicator.alternatieven:
        return None, [], False, []
    in_route = {e for a in indicator.alternatieven for e in a.eisen}
    uitkomsten: list[tuple[Alternatief, int, int]] = []
    for alternatief in indicator.alternatieven:
        eigen = set(alternatief.eisen)
        z = [(e, a) for e, a in zeker if e.id in eigen or e.id not in in_route]
        o = [(e, v) for e, v in onzeker if e.id in eigen or e.id not in in_route]
        eigen_zeker = any(e.id in eigen for e, _ in z)
        eigen_vast = eigen_zeker or any(e.id in eigen and not v for e, v in o)
        if not eigen_zeker and not any(e.id in eigen for e, _ in o):
            uitkomsten.append((alternatief, 0, 0))  # every eis of this route vervalt
            continue
        rangen = {_RANG.get(m, 0) for m in mogelijke_oordelen(weging, z, o)}
        laag = 0 if not eigen_vast else min(rangen)
        uitkomsten.append((alternatief, laag, max(rangen)))
    beste_laag = max(laag for _, laag, _ in uitkomsten)
    beste_hoog = max(hoog for _, _, hoog in uitkomsten)
    route = next((a for a, laag, _ in uitkomsten if laag == beste_laag), None) \
        if beste_laag == beste_hoog and beste_laag > 0 else None
    redenen = []
    for alternatief, laag, hoog in uitkomsten:
        if alternatief is route:
            redenen.append(Reden("alternatief", f"oordeel langs de route: {alternatief.tekst}"))
        elif hoog == 0:
            redenen.append(Reden("alternatief", f"route vervalt: {alternatief.tekst}"))
        elif route is not None:
            redenen.append(Reden("alternatief", f"andere route niet gunstiger: {alternatief.tekst} "
                                                f"({_ROUTE_TEKST.get((laag, hoog), 'open')})"))
        else:
            redenen.append(Reden("alternatief", f"mogelijke route: {alternatief.tekst} "
                                                f"({_ROUTE_TEKST.get((laag, hoog), 'nog open')})"))
    minder = [a for a, _, hoog in uitkomsten if route is not None and hoog < beste_laag]
    return route, redenen, route is None and beste_hoog > 0, minder


_ROUTE_TEKST = {(3, 3): "voldoet", (2, 2): "voldoet deels", (1, 1): "voldoet niet"}


def mogelijke_oordelen(weging: Weging, zeker: list[tuple[Eis, Antwoord]],
                       onzeker: list[tuple[Eis, bool]]) -> set[Oordeel]:
    """The oordelen the indicator can get once the open questions are answered: one oordeel exactly when
    every possible set of answers gives that oordeel.

    `zeker` are the eisen that apply with their answer; `onzeker` the open eisen, each with whether it may
    still turn out not to apply. A kerneis that is or may become 'nee' gives *voldoet niet*; every other
    outcome is a mean score, and because the oordeel only steps down as the score falls, all reachable
    scores share one oordeel exactly when the lowest and the highest reachable mean do. The result holds
    the oordelen of those two extremes (plus *voldoet niet* and *niet van toepassing* when reachable).
    No combination is enumerated, so this stays fast however many questions are open."""
    if any(eis.kern and antwoord is Antwoord.NEE for eis, antwoord in zeker):
        return {Oordeel.VOLDOET_NIET}
    mogelijk: set[Oordeel] = set()
    vast = [weging.scores[antwoord.value] for _, antwoord in zeker]
    laag_vast, hoog_vast = list(vast), list(vast)
    laag_vrij: list[float] = []
    hoog_vrij: list[float] = []
    for eis, kan_vervallen in onzeker:
        antwoorden = [Antwoord.JA, Antwoord.DEELS] if eis.kern else [Antwoord.JA, Antwoord.DEELS, Antwoord.NEE]
        if eis.kern:
            mogelijk.add(Oordeel.VOLDOET_NIET)  # it may be answered 'nee'
        scores = [weging.scores[a.value] for a in antwoorden]
        (laag_vrij if kan_vervallen else laag_vast).append(min(scores))
        (hoog_vrij if kan_vervallen else hoog_vast).append(max(scores))
    if not laag_vast:
        mogelijk.add(Oordeel.NIET_VAN_TOEPASSING)  # every open eis may turn out not to apply
    laagste = _uiterste_gemiddelde(laag_vast, sorted(laag_vrij), min)
    hoogste = _uiterste_gemiddelde(hoog_vast, sorted(hoog_vrij, reverse=True), max)
    mogelijk.update(oordeel_uit_score(score, weging) for score in (laagste, hoogste) if score is not None)
    return mogelijk


def _uiterste_gemiddelde(vast: list[float], vrij: list[float],
                         kies: Callable[[list[float]], float]) -> float | None:
    """The lowest (or highest) mean of `vast` plus any subset of `vrij` (sorted best-first for `kies`):
    the best subset is always a prefix of the sorted list. None if every candidate set is empty."""
    kandidaten = [vast + vrij[:k] for k in range(len(vrij) + 1)]
    gemiddelden = [sum(waarden) / len(waarden) for waarden in kandidaten if waarden]
    return kies(gemiddelden) if gemiddelden else None


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
                   feiten: Mapping[str, Feit]) -> Reden:
    if geldt.uitkomst is Uitkomst.ONBESLIST:
        feit = geldt.beslissend[0]
        return Reden("onbekend", f"onbekend of deze eis geldt: {eis.vraag} (hangt af van "
                                 f"{_feit_tekst(feit, antwoorden, feiten)})", eis.id)
    if antwoord is Antwoord.ONBEKEND:
        return Reden("onbekend", f"uit het dossier niet op te maken: {eis.vraag} (onbekend)", eis.id)
    return Reden("ontbreekt", f"antwoord ontbreekt: {eis.vraag}", eis.id)


def _beoordeel(kader: Kader, niveau: Niveau, antwoorden: Antwoorden,
               bevindingen: Mapping[str, IndicatorBevinding],
               algemeen: Mapping[str, Beantwoording] | None = None) -> tuple[IndicatorOordeel, ...]:
    feiten = feiten_van(kader)
    toelichtingen = {vraag_id: b.toelichting for vraag_id, b in (algemeen or {}).items() if b.toelichting}
    for bevinding_ in bevindingen.values():
        toelichtingen.update({vraag_id: b.toelichting for vraag_id, b in bevinding_.antwoorden.items()
                              if b.toelichting})
    oordelen = []
    for nummer, thema, criterium, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        afgeleid, score, redenen, niet_voldaan = beoordeel_indicator(kader, indicator, antwoorden, niveau, feiten)
        redenen = [dataclasses.replace(r, toelichting=toelichtingen.get(r.vraag, ""))
                   if r.soort in TOELICHTING_BIJ else r for r in redenen]
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

