"""Names in the frames Dutch case files put a person in (issue 20, recall of names): the one who filled in a form
on behalf of someone ("Ingevuld door Wiśniewska namens moeder"), the person a case is named after ("Casus Xamar:
..."), a worker after the team ("Wijkteam Noord / Popal"), a name before a role in brackets or a role abbreviation
("Pj (cm)"), a family name after "fam" and a name before a role at the end of a short value (file names such as
"huisbezoek_fam_El_Khattabi", "overdracht_nowak_stiefvader"). Each frame has clean lines of the same form that stay clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize(("regel", "plaats", "naam"), [
    ("Ingevuld door Wiśniewska namens moeder.", "citaat", "Wiśniewska"),
    ("Formulier ingevuld door Tsegay namens vader", "toelichting", "Tsegay"),
    ("Casus Xamar: toestemming gevraagd voor overleg met school", "citaat", "Xamar"),
    ("Casus abdirahman warsame: aanmelding via de huisarts", "toelichting", "abdirahman warsame"),
    ("Wijkteam Noord / Popal", "team", "Popal"),
    ("Jeugdteam Oost / Wahidi", "team", "Wahidi"),
    ("Sj (cm)", "team", "Sj"),
    # a nickname that is a rarer Dutch word too, in a frame this strong
    ("Ingevuld door Toto namens moeder", "citaat", "Toto"),
    ("Casus Toto: toestemming voor overleg", "toelichting", "Toto"),
    ("Overdracht aan Rahimi (gv)", "sleutel", "Rahimi"),
    # a surname that opens with its interfix, with no first name before it
    ("Betrokkene Van 't Hoff heeft het plan getekend", "commentaar", "Van 't Hoff"),
    ("Ingevuld door de Graaf namens vader", "citaat", "de Graaf"),
    ("Oudergesprek met van der Heijden: zorgen over school", "citaat", "van der Heijden"),
    ("ouders (de Wit) akkoord met de inzet", "toelichting", "de Wit"),
    ("de Bruijn", "sleutel", "de Bruijn"),
    ("Van der Linden", "team", "Van der Linden"),
])
def test_naam_in_een_kader_van_een_dossier(regel: str, plaats: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel, plaats))


@pytest.mark.parametrize("bestand", ["huisbezoek_fam_El_Khattabi.yaml", "overdracht_nowak_stiefvader.yaml",
                                     "evaluatie_gezin_Amrani_2017.yaml"])
def test_naam_in_een_bestandsnaam_na_familie_of_voor_rol(bestand: str) -> None:
    assert "naam" in scan_naam(bestand)


def test_achternaam_met_tussenvoegsel_achter_een_zaaknummer() -> None:
    assert "naam" in scan_naam("GOU-2019-150_van_der_Heijden.yaml")


@pytest.mark.parametrize(("regel", "plaats"), [
    ("Ingevuld door de gezinsvoogd namens moeder.", "citaat"),
    ("Casus 12: zorgen over de veiligheid", "citaat"),
    ("Casus Noord: wachtlijst voor ambulante hulp", "toelichting"),
    ("Wijkteam Noord / Centrum", "team"),
    ("Jeugdteam Oost / Gezinsvoogdij", "team"),
    ("Wijkteam Zuid / Lelystad Haven", "team"),
    ("Overdracht aan het wijkteam (gv)", "sleutel"),
    ("de Regenboog", "sleutel"),
    ("De ouders (beiden aanwezig) gaan akkoord.", "citaat"),
])
def test_schone_regel_in_hetzelfde_kader(regel: str, plaats: str) -> None:
    assert _namen(regel, plaats) == []


@pytest.mark.parametrize("bestand", ["verslag_fam_overleg_2017.yaml", "overdracht_school_moeder.yaml",
                                     "verslag-de-kern-2016.yaml", "plan_gezin_wijkteam_Noord.yaml"])
def test_schone_bestandsnaam_in_hetzelfde_kader(bestand: str) -> None:
    assert "naam" not in scan_naam(bestand)


@pytest.mark.parametrize(("regel", "plaats", "naam"), [
    # initials before a surname that opens with a capital outside A-Z
    ("contact A. Çelik", "sleutel", "Çelik"),
    ("Verslag door Ş. Aksoy", "citaat", "Aksoy"),
    # a rare known surname as the whole value
    ("Çelik", "team", "Çelik"),
    ("Szymańska", "sleutel", "Szymańska"),
    # a lowercase name as the object of a verb of care or after the person a file is about
    ("cm heeft hiwet tekle doorverwezen naar schuldhulp", "toelichting", "hiwet tekle"),
    ("Betrokkene hiwet tekle heeft het plan getekend", "commentaar", "hiwet tekle"),
])
def test_naam_met_hoofdletter_buiten_a_z_of_als_hele_waarde(regel: str, plaats: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel, plaats))


@pytest.mark.parametrize(("regel", "plaats"), [("Pluryn", "team"), ("Lentis", "sleutel"), ("Karakter", "team"),
                                               ("cm heeft iedereen doorverwezen naar schuldhulp", "toelichting")])
def test_organisatie_of_woord_als_hele_waarde_blijft_schoon(regel: str, plaats: str) -> None:
    assert _namen(regel, plaats) == []


@pytest.mark.parametrize("bestand", ["GOU-2016-035_Kowalczyk.yaml", "plan_Ivanov.yaml", "evaluatie_Dimitrov.yaml"])
def test_achternaam_naar_haar_vorm_in_een_bestandsnaam(bestand: str) -> None:
    assert "naam" in scan_naam(bestand)


@pytest.mark.parametrize(("regel", "plaats", "naam"), [
    # a label whose value is a person: also a surname that is a Dutch word, or one that opens with its interfix
    ("Cc: Bakker", "toelichting", "Bakker"),
    ("Auteur: de Groot", "citaat", "de Groot"),
    ("Met vriendelijke groet, Smit", "commentaar", "Smit"),
    # a surname with its lowercase interfix after a cue of a person
    ("Telefonisch contact met de Ruiter.", "citaat", "de Ruiter"),
    ("Besproken met van den Berg en moeder.", "toelichting", "van den Berg"),
    # the subject of giving or refusing consent
    ("Kuipers heeft toestemming gegeven.", "citaat", "Kuipers"),
])
def test_naam_na_een_label_of_met_tussenvoegsel_na_een_aanwijzing(regel: str, plaats: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel, plaats))


@pytest.mark.parametrize(("regel", "plaats"), [
    ("Aan: de gemeente, afdeling Jeugd", "toelichting"), ("Cc: wijkteam Noord", "citaat"),
    ("Na overleg met de Raad is besloten tot een verzoek.", "citaat"), ("Van: het secretariaat", "commentaar"),
    ("De gemeente heeft toestemming gegeven.", "citaat"),
    ("Cliëntervaringsonderzoek Sociale Teams 2016", "citaat"),
])
def test_label_of_aanwijzing_zonder_persoon_blijft_schoon(regel: str, plaats: str) -> None:
    assert _namen(regel, plaats) == []
