"""Aggregation checked against figures computed by hand on a small fixed data set (tests/data/rapport).

The data set (mini kader, gemeente Testdorp) by hand:

    dossier            veiligheid                          regie (dossier part)
    TD-2016-001        voldoet (inschatting ja)            voldoet
    TD-2016-002 INS1   voldoet niet (kerneis nee)          voldoet niet
    TD-2016-002 INS2   voldoet deels (second rating)       voldoet          <- does not count
    TD-2016-003        niet van toepassing (geen risico)   voldoet by afwijking (derived: voldoet deels)
    TD-2016-004        niet te beoordelen (onbekend)       voldoet

    gemeente file: regie-eenduidig ja (regie gemeente part: voldoet), resultaten nee (kwaliteit: voldoet niet)

Normering (mini kader): dossiers need 2 judged, mean >= 0.8 voldoet, >= 0.5 voldoet deels.
"""

from __future__ import annotations

import pandas as pd
import pytest

from conftest import DATA
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.controles.laden import laad_register
from wijkteamtoets.invoer.bestanden import verzamel_bestanden
from wijkteamtoets.rapportage.aggregeren import (
    gemeenteoordelen,
    oordelentabel,
    overeenstemming,
    samenvatten,
    tekortkomingen,
    verdelingen,
)
from wijkteamtoets.rapportage.inhoud import deelrapport_gegevens

MAP = DATA / "rapport"


@pytest.fixture(scope="module")
def uitslag():  # type: ignore[no-untyped-def]
    register, problemen = laad_register([MAP / "kaders"])
    assert problemen == []
    uitslag = toets_bestanden(verzamel_bestanden([MAP / "testdorp"]), register)
    assert [p for p in uitslag.problemen if p.code != "bron-ontbreekt"] == []
    return uitslag


@pytest.fixture(scope="module")
def tabel(uitslag) -> pd.DataFrame:  # type: ignore[no-untyped-def]
    return oordelentabel(uitslag.beoordelingen)


@pytest.fixture(scope="module")
def kader(uitslag):  # type: ignore[no-untyped-def]
    return uitslag.kaders["Testdorp"]


def test_tidy_tabel(tabel: pd.DataFrame) -> None:
    assert len(tabel) == 5 * 2 + 2  # five dossier files x two indicators, the gemeente file x two
    tweede = tabel[~tabel["telt_mee"]]
    assert set(tweede["bestand"].str.rsplit("/", n=1).str[-1]) == {"TD-2016-002.INS2.yaml"}
    afwijking = tabel[tabel["afwijking"]]
    assert afwijking[["dossier", "indicator", "oordeel", "afgeleid"]].values.tolist() == [
        ["TD-2016-003", "regie", "voldoet", "voldoet deels"]]


def test_verdeling_laat_nvt_en_ntb_buiten_het_percentage(tabel: pd.DataFrame) -> None:
    rij = verdelingen(tabel).set_index("indicator").loc["veiligheid"]
    assert [int(rij[k]) for k in ["voldoet", "voldoet deels", "voldoet niet", "niet van toepassing",
                                  "niet te beoordelen", "beoordeeld", "dossiers"]] == [1, 0, 1, 1, 1, 2, 4]
    assert rij["aandeel_voldoet"] == 0.5
    regie = verdelingen(tabel).set_index("indicator").loc["regie"]
    assert [int(regie[k]) for k in ["voldoet", "voldoet niet", "beoordeeld", "dossiers"]] == [3, 1, 4, 4]


def test_gemeenteoordelen_volgens_de_normering(tabel: pd.DataFrame, kader) -> None:  # type: ignore[no-untyped-def]
    oordelen = gemeenteoordelen(tabel, kader).set_index("indicator")
    assert oordelen.loc["veiligheid", "uit_dossiers"] == "voldoet deels"  # (1 + 0) / 2 = 0.5
    assert oordelen.loc["veiligheid", "score_dossiers"] == 0.5
    assert oordelen.loc["regie", "uit_dossiers"] == "voldoet deels"  # (1 + 0 + 1 + 1) / 4 = 0.75 < 0.8
    assert oordelen.loc["regie", "op_gemeenteniveau"] == "voldoet"
    assert oordelen.loc["regie", "oordeel"] == "voldoet deels"  # the least favourable part
    assert oordelen.loc["kwaliteit", "oordeel"] == "voldoet niet"


def test_samenvatting_per_criterium_en_thema(tabel: pd.DataFrame, kader) -> None:  # type: ignore[no-untyped-def]
    criteria, themas = samenvatten(gemeenteoordelen(tabel, kader), kader)
    assert criteria.set_index("criterium")["oordeel"].to_dict() == {
        "criterium-a": "voldoet deels", "criterium-b": "voldoet niet"}
    assert themas.set_index("thema")["oordeel"].to_dict() == {"thema-a": "voldoet deels", "thema-b": "voldoet niet"}


def test_tekortkomingen_tellen_alleen_meetellende_dossiers(tabel: pd.DataFrame) -> None:
    assert tekortkomingen(tabel).values.tolist() == [
        ["Testdorp", "regie", "regie-bepaald", 1], ["Testdorp", "veiligheid", "inschatting", 1]]


def test_dubbel_beoordeeld_dossier_telt_eenmaal_en_geeft_overeenstemming(tabel: pd.DataFrame) -> None:
    assert overeenstemming(tabel).__dict__ == {"dossiers": 1, "indicatoren": 2, "gelijk": 0}
    assert tabel[tabel["telt_mee"] & (tabel["soort"] == "dossier")]["dossier"].nunique() == 4


def test_deelrapportgegevens(uitslag, tabel: pd.DataFrame, kader) -> None:  # type: ignore[no-untyped-def]
    gegevens = deelrapport_gegevens("Testdorp", tabel, uitslag.beoordelingen, uitslag.gemeentebestanden["Testdorp"],
                                    kader)
    veiligheid = gegevens["themas"][0]["criteria"][0]["indicatoren"][0]
    assert veiligheid["verdeling"]["zin"] == ("1 van de 2 beoordeelde dossiers voldoet (50%); niet meegeteld: "
                                              "1 niet van toepassing, 1 niet te beoordelen")
    assert veiligheid["tekortkomingen"] == [{"vraag": "Is er een inschatting gemaakt?", "aantal": 1}]
    assert veiligheid["voorbeelden"] == [{"dossier": "dossier 2", "vraag": "Is er een inschatting gemaakt?",
                                          "antwoord": "nee", "toelichting": "Geen inschatting gemaakt."}]
    regie = gegevens["themas"][0]["criteria"][0]["indicatoren"][1]
    assert regie["gemeentebevindingen"] == [{"vraag": "Zijn de geïnterviewden eenduidig?", "antwoord": "ja",
                                             "toelichting": "", "bronnen": ["interview: teamleider"]}]
    assert [(a["waar"], a["afgeleid"]["tekst"], a["oordeel"]["tekst"], a["motivatie"]) for a in gegevens["afwijkingen"]] == [
        ("dossier 3", "voldoet deels", "voldoet", "In het interview bleek de regie helder belegd.")]
    assert gegevens["verantwoording"]["dubbel"] == {"dossiers": 1, "indicatoren": 2, "aandeel": "0%"}
    assert gegevens["kerncijfers"]["dossiers"] == 4
    assert gegevens["themas"][1]["oordeel"]["tekst"] == "voldoet niet"
