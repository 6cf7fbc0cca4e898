"""The rule that turns answers into an oordeel, tested directly on a small kader."""

from __future__ import annotations

import pytest

from conftest import DATA
from wijkteamtoets.beoordelen.afleiden import beoordeel_indicator
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.kader import Antwoord, Niveau, Oordeel

JA, DEELS, NEE, ONBEKEND = Antwoord.JA, Antwoord.DEELS, Antwoord.NEE, Antwoord.ONBEKEND
MINI = laad_kader(DATA / "kaders" / "goed" / "mini.yaml")


def _oordeel(indicator: str, niveau: Niveau = Niveau.DOSSIER, **antwoorden: Antwoord | None):  # type: ignore[no-untyped-def]
    antwoorden = {sleutel.replace("_", "-"): waarde for sleutel, waarde in antwoorden.items()}
    return beoordeel_indicator(MINI, MINI.indicator(indicator), antwoorden, niveau)


def test_alle_eisen_ja_voldoet_met_score() -> None:
    oordeel, score, redenen, niet_voldaan = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=JA,
                                                     instrument_beschikbaar=JA, inschatting=JA, instrument=JA)
    assert (oordeel, score, niet_voldaan) == (Oordeel.VOLDOET, 1.0, [])
    assert [r.tekst for r in redenen] == ["score 1,00 over 2 eisen die van toepassing zijn: voldoet"]


def test_kerneis_nee_geeft_voldoet_niet_met_reden() -> None:
    oordeel, score, redenen, niet_voldaan = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=JA,
                                                     instrument_beschikbaar=JA, inschatting=NEE, instrument=JA)
    # a kerneis decides: no score beside the oordeel (it would suggest the mean counted)
    assert (oordeel, score, niet_voldaan) == (Oordeel.VOLDOET_NIET, None, ["inschatting"])
    assert [(r.soort, r.vraag, r.tekst) for r in redenen] == [
        ("kern-niet-voldaan", "inschatting", "kerneis niet voldaan: Is er een inschatting gemaakt? (nee)"),
        ("score", "", "een kerneis is niet voldaan, dus voldoet niet")]


def test_gewone_eis_nee_telt_via_de_score() -> None:
    oordeel, score, _, niet_voldaan = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=JA,
                                               instrument_beschikbaar=JA, inschatting=JA, instrument=NEE)
    assert (oordeel, score, niet_voldaan) == (Oordeel.VOLDOET_DEELS, 0.5, ["instrument"])


def test_deels_geeft_voldoet_deels() -> None:
    oordeel, score, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=NEE, inschatting=DEELS)
    assert (oordeel, score) == (Oordeel.VOLDOET_DEELS, 0.5)
    assert redenen[0].tekst == "deels voldaan: Is er een inschatting gemaakt? (deels)"


def test_eis_vervalt_door_feit() -> None:
    """With zwaar = nee the instrument eis does not apply; only the inschatting counts."""
    oordeel, score, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=NEE, inschatting=JA)
    assert (oordeel, score) == (Oordeel.VOLDOET, 1.0)
    vervallen = [r for r in redenen if r.soort == "vervallen"]
    feit, eis = MINI.indicator("veiligheid").feiten[0], MINI.indicator("veiligheid").eisen[1]  # type: ignore[union-attr]
    assert (feit.id, eis.id) == ("zwaar", "instrument")
    assert [(r.vraag, r.tekst) for r in vervallen] == [
        ("zwaar", f"1 eis vervalt door het antwoord op '{feit.vraag} (nee)': {eis.vraag}")]


def test_geen_eisen_van_toepassing_geeft_niet_van_toepassing() -> None:
    oordeel, score, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=NEE, zwaar=NEE)
    assert (oordeel, score) == (Oordeel.NIET_VAN_TOEPASSING, None)
    assert redenen[0].tekst == "geen van de eisen is van toepassing"
    assert [r.soort for r in redenen[1:]] == ["vervallen", "vervallen"]  # which feit dropped which eisen


def test_onbekend_antwoord_geeft_niet_te_beoordelen_als_het_oordeel_ervan_afhangt() -> None:
    oordeel, score, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=NEE, inschatting=ONBEKEND)
    assert (oordeel, score) == (Oordeel.NIET_TE_BEOORDELEN, None)
    assert [(r.soort, r.vraag) for r in redenen if r.soort != "vervallen"] == [("onbekend", "inschatting")]


def test_ontbrekend_antwoord_is_iets_anders_dan_onbekend() -> None:
    oordeel, _, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=NEE)
    assert oordeel is Oordeel.NIET_TE_BEOORDELEN
    assert [(r.soort, r.tekst) for r in redenen if r.soort != "vervallen"] == [
        ("ontbreekt", "antwoord ontbreekt: Is er een inschatting gemaakt?")]


def test_oordeel_staat_vast_ondanks_onbekend() -> None:
    """A kerneis 'nee' decides, whatever the open answer turns out to be."""
    oordeel, _, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=JA, instrument_beschikbaar=JA,
                                      inschatting=NEE, instrument=ONBEKEND)
    assert oordeel is Oordeel.VOLDOET_NIET
    assert redenen[-1].tekst == "het oordeel staat vast, welk antwoord er op de open vraag ook komt"


def test_onbekend_feit_maakt_eis_onzeker() -> None:
    """instrument applies only if zwaar = ja; with zwaar onbekend and inschatting ja the result is open."""
    oordeel, _, redenen, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=ONBEKEND, inschatting=JA)
    assert oordeel is Oordeel.NIET_TE_BEOORDELEN
    assert redenen[0].soort == "onbekend" and redenen[0].vraag == "instrument"


def test_feit_met_eigen_voorwaarde() -> None:
    """instrument-beschikbaar only applies when zwaar = ja; then the instrument eis needs both."""
    oordeel, score, _, _ = _oordeel("veiligheid", risico_gesignaleerd=JA, zwaar=JA, instrument_beschikbaar=NEE,
                                    inschatting=JA)
    assert (oordeel, score) == (Oordeel.VOLDOET, 1.0)


@pytest.mark.parametrize(("niveau", "antwoorden", "verwacht"), [
    (Niveau.DOSSIER, {"regie-bepaald": JA}, Oordeel.VOLDOET),
    (Niveau.GEMEENTE, {"regie-eenduidig": NEE}, Oordeel.VOLDOET_NIET),
    (Niveau.GEMEENTE, {"regie-bepaald": NEE, "regie-eenduidig": JA}, Oordeel.VOLDOET),
])
def test_indicator_op_beide_niveaus_telt_alleen_de_eisen_van_dat_niveau(niveau, antwoorden, verwacht) -> None:  # type: ignore[no-untyped-def]
    assert beoordeel_indicator(MINI, MINI.indicator("regie"), antwoorden, niveau)[0] is verwacht


def test_drempels_komen_uit_het_kader() -> None:
    """Three eisen at ja, deels, nee: mean 0.5 reaches 'voldoet deels' exactly at its threshold."""
    kader = laad_kader(DATA.parent.parent / "kaders" / "toezicht-wijkteams-2017.yaml")
    antwoorden = {"problematiek-ouders-in-kaart": JA, "problematiek-kinderen-in-kaart": DEELS,
                  "alle-leefgebieden-uitgevraagd": NEE}
    oordeel, score, _, _ = beoordeel_indicator(kader, kader.indicator("achterliggende-hulpvragen"), antwoorden,
                                               Niveau.DOSSIER)
    assert (oordeel, score) == (Oordeel.VOLDOET_DEELS, 0.5)
