"""Open answers decided from the lowest and highest reachable score, checked against trying every answer."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from conftest import DATA
from wijkteamtoets.beoordelen.afleiden import beoordeel_indicator, mogelijke_oordelen, oordeel_uit_score
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.kader import Antwoord, Drempel, Eis, Indicator, Niveau, Oordeel, Weging

MINI = laad_kader(DATA / "kaders" / "goed" / "mini.yaml")
WEGING = MINI.normering.antwoorden


def _eis(nummer: int, kern: bool, als: dict[str, list[Antwoord]] | None = None) -> Eis:
    return Eis.model_construct(id=f"eis-{nummer}", vraag=f"Vraag {nummer}?", kern=kern, als=als or {},
                               toelichting="", niveau=None)


def _brute_kracht(weging: Weging, zeker: list[tuple[Eis, Antwoord]], onzeker: list[tuple[Eis, bool]]) -> set[Oordeel]:
    """The old rule: try every combination of answers (None: the eis turns out not to apply)."""
    uitkomsten = set()
    keuzes = [[Antwoord.JA, Antwoord.DEELS, Antwoord.NEE, *([None] if vervalt else [])] for _, vervalt in onzeker]
    for keuze in itertools.product(*keuzes):
        alle = zeker + [(eis, a) for (eis, _), a in zip(onzeker, keuze, strict=True) if a is not None]
        if any(eis.kern and a is Antwoord.NEE for eis, a in alle):
            uitkomsten.add(Oordeel.VOLDOET_NIET)
        elif not alle:
            uitkomsten.add(Oordeel.NIET_VAN_TOEPASSING)
        else:
            uitkomsten.add(oordeel_uit_score(sum(weging.scores[a.value] for _, a in alle) / len(alle), weging))
    return uitkomsten


_DREMPELS = st.tuples(st.sampled_from([0.5, 0.6, 0.75, 0.8, 0.9, 1.0]), st.sampled_from([0.2, 0.25, 0.4, 0.5]))
_WEGINGEN = _DREMPELS.map(lambda d: WEGING.model_copy(update={"drempels": [
    Drempel.model_construct(oordeel=Oordeel.VOLDOET, vanaf=d[0]),
    Drempel.model_construct(oordeel=Oordeel.VOLDOET_DEELS, vanaf=d[1]),
    Drempel.model_construct(oordeel=Oordeel.VOLDOET_NIET, vanaf=0.0)]}))
_ANTWOORDEN = st.sampled_from([Antwoord.JA, Antwoord.DEELS, Antwoord.NEE])


@given(weging=_WEGINGEN, zeker=st.lists(st.tuples(st.booleans(), _ANTWOORDEN), max_size=4),
       onzeker=st.lists(st.tuples(st.booleans(), st.booleans()), max_size=5))
def test_grenzen_beslissen_als_alle_combinaties(weging: Weging, zeker: list[tuple[bool, Antwoord]],
                                                  onzeker: list[tuple[bool, bool]]) -> None:
    eisen_zeker = [(_eis(n, kern), antwoord) for n, (kern, antwoord) in enumerate(zeker)]
    eisen_onzeker = [(_eis(100 + n, kern), vervalt) for n, (kern, vervalt) in enumerate(onzeker)]
    verwacht = _brute_kracht(weging, eisen_zeker, eisen_onzeker)
    gekregen = mogelijke_oordelen(weging, eisen_zeker, eisen_onzeker)
    assert gekregen <= verwacht  # only oordelen that some set of answers really gives
    assert (len(gekregen) == 1) == (len(verwacht) == 1)
    if len(verwacht) == 1:
        assert gekregen == verwacht


def _indicator(eisen: list[Eis]) -> Indicator:
    return Indicator.model_construct(id="proef", tekst="Proef", operationalisering="Proef", niveau=Niveau.DOSSIER,
                                     van_toepassing_als={}, feiten=[], eisen=eisen)


def test_kerneis_nee_beslist_ook_met_negen_open_eisen() -> None:
    """The old search stopped at 8 open answers: 9 gave 'niet te beoordelen' despite a kerneis 'nee'."""
    for open_eisen in (8, 9, 30):
        eisen = [_eis(0, kern=True), *(_eis(n, kern=False) for n in range(1, open_eisen + 1))]
        oordeel, _, redenen, niet_voldaan = beoordeel_indicator(MINI, _indicator(eisen), {"eis-0": Antwoord.NEE},
                                                                Niveau.DOSSIER)
        assert (oordeel, niet_voldaan) == (Oordeel.VOLDOET_NIET, ["eis-0"]), open_eisen
        assert sum(r.soort == "ontbreekt" for r in redenen) == open_eisen


def test_veel_open_eisen_die_het_oordeel_niet_veranderen() -> None:
    """20 answers 'ja' and one open eis: the mean stays >= 0.5 whatever it gets, but 'voldoet' is not certain."""
    eisen = [_eis(n, kern=False) for n in range(21)]
    antwoorden = {f"eis-{n}": Antwoord.JA for n in range(20)}
    oordeel, *_ = beoordeel_indicator(MINI, _indicator(eisen), antwoorden, Niveau.DOSSIER)
    assert oordeel is Oordeel.NIET_TE_BEOORDELEN
    weging = WEGING.model_copy(update={"drempels": [Drempel.model_construct(oordeel=Oordeel.VOLDOET, vanaf=0.9),
                                                    *WEGING.drempels[1:]]})
    zeker = [(eis, Antwoord.JA) for eis in eisen[:20]]
    assert mogelijke_oordelen(weging, zeker, [(eis, False) for eis in eisen[20:]]) == {Oordeel.VOLDOET}
    assert mogelijke_oordelen(weging, zeker, [(eis, False) for eis in eisen[18:]][:1] * 3) == {Oordeel.VOLDOET,
                                                                                               Oordeel.VOLDOET_DEELS}
