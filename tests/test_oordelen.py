"""Eenduidig oordelen (issue 23): the kader's "of" as alternatieven, checked per route on the shipped kader."""

from __future__ import annotations

import pytest

from conftest import REPO
from wijkteamtoets.beoordelen.afleiden import beoordeel_indicator
from wijkteamtoets.controles.kadercontrole import controleer_kader
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.kader import Antwoord, Correctiesoort, Niveau, Oordeel

JA, DEELS, NEE, ONBEKEND = Antwoord.JA, Antwoord.DEELS, Antwoord.NEE, Antwoord.ONBEKEND
KADER = laad_kader(REPO / "kaders" / "toezicht-wijkteams-2017.yaml")
ZELFSTANDIG = "oordeel langs de route: het gezin kan zelfstandig verder (met de inschatting die dat laat zien)"
VERVOLG = "oordeel langs de route: er is een vervolgtraject geregeld (de inschatting liet zien dat het nodig was)"


def _afsluiten(**antwoorden: Antwoord):  # type: ignore[no-untyped-def]
    antwoorden = {"dossier-afgesloten": JA, **{k.replace("_", "-"): v for k, v in antwoorden.items()}}
    indicator = KADER.indicator("afsluiten")
    assert indicator is not None
    return beoordeel_indicator(KADER, indicator, antwoorden, Niveau.DOSSIER)


def test_het_gedeelde_kader_is_gelijk_aan_de_pakketdata() -> None:
    pakket = REPO / "src" / "wijkteamtoets" / "kaders" / "toezicht-wijkteams-2017.yaml"
    assert pakket.read_bytes() == (REPO / "kaders" / "toezicht-wijkteams-2017.yaml").read_bytes()


def test_het_kader_is_zonder_problemen_en_noemt_de_lezing_met_reden() -> None:
    assert controleer_kader(KADER) == []
    lezingen = [c for c in KADER.correcties if c.soort is Correctiesoort.LEZING]
    assert [(c.element, c.veld) for c in lezingen] == [("afsluiten", "alternatieven")]
    assert "zelfstandig verder kan of als er een vervolgtraject is geregeld" in " ".join(lezingen[0].reden.split())


def test_route_zelfstandig_verder_voldoet() -> None:
    oordeel, score, redenen, niet_voldaan = _afsluiten(nog_ondersteuning_nodig=NEE, inschatting_voor_afsluiten=JA)
    assert (oordeel, score, niet_voldaan) == (Oordeel.VOLDOET, 1.0, [])
    assert ZELFSTANDIG in [r.tekst for r in redenen]


def test_route_vervolgtraject_voldoet_ook_als_het_gezin_niet_zelfstandig_verder_kan() -> None:
    """The case of the issue: a warm handover after an assessment that the family cannot manage alone."""
    oordeel, score, redenen, niet_voldaan = _afsluiten(nog_ondersteuning_nodig=JA, inschatting_voor_afsluiten=NEE,
                                                       vervolgtraject_geregeld=JA)
    assert (oordeel, score, niet_voldaan) == (Oordeel.VOLDOET, 1.0, [])
    teksten = [r.tekst for r in redenen]
    assert VERVOLG in teksten
    assert not any(r.soort == "kern-niet-voldaan" for r in redenen)  # the other route is not held against it
    assert ("andere route niet gunstiger: het gezin kan zelfstandig verder (met de inschatting die dat laat zien) "
            "(voldoet niet)") in teksten


def test_geen_van_beide_routes_voldoet_niet() -> None:
    oordeel, score, redenen, niet_voldaan = _afsluiten(nog_ondersteuning_nodig=JA, inschatting_voor_afsluiten=NEE,
                                                       vervolgtraject_geregeld=NEE)
    # both routes fail alike: what each missed is shown
    assert (oordeel, score) == (Oordeel.VOLDOET_NIET, None)
    assert niet_voldaan == ["inschatting-voor-afsluiten", "vervolgtraject-geregeld"]
    assert [r.vraag for r in redenen if r.soort == "kern-niet-voldaan"] == niet_voldaan
    assert ("andere route niet gunstiger: er is een vervolgtraject geregeld (de inschatting liet zien dat het "
            "nodig was) (voldoet niet)") in [r.tekst for r in redenen]


def test_zonder_ondersteuningsbehoefte_vervalt_de_vervolgroute() -> None:
    oordeel, _, redenen, niet_voldaan = _afsluiten(nog_ondersteuning_nodig=NEE, inschatting_voor_afsluiten=NEE)
    assert (oordeel, niet_voldaan) == (Oordeel.VOLDOET_NIET, ["inschatting-voor-afsluiten"])
    assert ("route vervalt: er is een vervolgtraject geregeld (de inschatting liet zien dat het nodig was)"
            in [r.tekst for r in redenen])


def test_vervolgtraject_deels_geregeld_voldoet_deels() -> None:
    oordeel, score, _, _ = _afsluiten(nog_ondersteuning_nodig=JA, inschatting_voor_afsluiten=NEE,
                                      vervolgtraject_geregeld=DEELS)
    assert (oordeel, score) == (Oordeel.VOLDOET_DEELS, 0.5)


@pytest.mark.parametrize(("inschatting", "verwacht"), [(JA, Oordeel.VOLDOET), (NEE, Oordeel.NIET_TE_BEOORDELEN)])
def test_onbekende_ondersteuningsbehoefte(inschatting: Antwoord, verwacht: Oordeel) -> None:
    """With 'nog ondersteuning nodig' unknown the vervolgroute is open: the zelfstandig route decides only
    when it already gives the best oordeel."""
    oordeel, _, _, _ = _afsluiten(nog_ondersteuning_nodig=ONBEKEND, inschatting_voor_afsluiten=inschatting,
                                  vervolgtraject_geregeld=JA if inschatting is NEE else None)  # type: ignore[arg-type]
    assert oordeel is verwacht


def test_niet_afgesloten_is_niet_van_toepassing() -> None:
    oordeel, _, _, _ = _afsluiten(dossier_afgesloten=NEE)
    assert oordeel is Oordeel.NIET_VAN_TOEPASSING


def test_kleine_steekproef_zegt_bij_de_indicator_waarom_en_wat_er_is() -> None:
    """Issue 23, item 7: with minimaal_beoordeeld 3 and one dossier that voldoet niet, the indicator itself
    says why there is no oordeel and what the one dossier showed."""
    from wijkteamtoets.rapportage.aggregeren import te_weinig_dossiers

    telling = {"voldoet": 0, "voldoet deels": 0, "voldoet niet": 1, "niet van toepassing": 9,
               "niet te beoordelen": 0}
    assert te_weinig_dossiers(telling, 3) == ("geen oordeel uit de dossiers: 1 beoordeeld dossier, de normering "
                                              "vraagt er minstens 3; wat er is: 1 voldoet niet")
    assert te_weinig_dossiers({**telling, "voldoet": 2}, 3) == ""
    assert te_weinig_dossiers({**telling, "voldoet niet": 0}, 3) == ""  # nothing judged: nothing to show
