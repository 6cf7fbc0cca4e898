"""The oordelen an indicator can still get while questions are open, and the choice between alternatieven.

`mogelijke_oordelen` decides from the lowest and highest reachable score whether an oordeel stands
whatever the open answers turn out to be; `kies_route` applies it per alternatief (the "of" of the
source) and takes the most favourable route. Pure, used by `afleiden`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from ..invoer.kader import Alternatief, Antwoord, Eis, Indicator, Oordeel, Weging


def herstel_gedeeld(object_: Any, staat: list[Any], gedeeld: frozenset[str]) -> None:
    """Restore a pickled frozen dataclass with slots from `staat` (its fields in order), with the texts of the fields
    in `gedeeld` interned: a judgement that comes back from a worker process then shares the texts it repeats from
    the kader (titles, questions, reasons) with every other judgement instead of carrying a copy of its own."""
    for veld, waarde in zip(fields(object_), staat, strict=True):
        object.__setattr__(object_, veld.name, sys.intern(waarde) if type(waarde) is str and veld.name in gedeeld
                           else waarde)


@dataclass(frozen=True, slots=True)
class Reden:
    """One reason behind an oordeel. `soort` is a stable key for tools; `tekst` is for people."""

    soort: str  # niet-voldaan, kern-niet-voldaan, deels, onbekend, ontbreekt, niet-van-toepassing, vervallen,
    #            score, afwijking, alternatief (a route of an indicator with alternatieven), als-van-toepassing
    #            (the oordeel if an indicator of unknown applicability applied), consensus (an agreed change)
    tekst: str
    vraag: str = ""  # the id of the eis or feit it is about, if any
    toelichting: str = ""  # the beoordelaar's toelichting on that answer, from the file
    bronnen: tuple[str, ...] = ()  # where the answer is found: 'Plan van aanpak p. 4', 'interview met teamleider'

    def __setstate__(self, staat: list[Any]) -> None:
        herstel_gedeeld(self, staat, frozenset({"soort", "tekst", "vraag"}))


def oordeel_uit_score(score: float, weging: Weging) -> Oordeel:
    """The oordeel whose threshold `score` reaches (thresholds are ordered by kadercontrole)."""
    for drempel in weging.drempels:
        if score + 1e-9 >= drempel.vanaf:
            return drempel.oordeel
    return weging.drempels[-1].oordeel


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


_RANG = {Oordeel.VOLDOET: 3, Oordeel.VOLDOET_DEELS: 2, Oordeel.VOLDOET_NIET: 1, Oordeel.NIET_VAN_TOEPASSING: 0}
"""How favourable the oordeel of one route is; 0: the route cannot be taken (none of its eisen applies)."""


def kies_route(indicator: Indicator, weging: Weging, zeker: list[tuple[Eis, Antwoord]],
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
