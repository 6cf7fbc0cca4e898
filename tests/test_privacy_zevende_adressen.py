"""Addresses and phone numbers in the seventh corpus (issue 20), as Dutch writes them: a team's site named by its
street and number ("locatie Slingerbos 75"), a German street whose town's adjective stands before a compound street
word ("Emmericher Landstraße 162"), the part of a building after the house number ("2e etage", "unit 3", "1 hoog
achter"), and a phone number glued to its abbreviated label ("tel.nr.0612345678", "mob.06-12345678"). A team named
after its neighbourhood ("Buurtteam Oosterhof 2") and a count after a street stay what they are."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


def _van(soort: str, regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden(soort, regel, plaats)


@pytest.mark.parametrize(("regel", "plaats", "adres"), [
    ("Buurtteam De Hoven, locatie Slingerbos 75", "team", "Slingerbos 75"),
    ("Buurtteam De Hoven, locatie Sluisdijk 223-III", "team", "Sluisdijk 223-III"),
    ("Het gesprek was op de vestiging Kerkstraat 12.", "citaat", "Kerkstraat 12"),
])
def test_een_locatie_bij_haar_straat_en_huisnummer(regel: str, plaats: str, adres: str) -> None:
    assert adres in _van("adres", regel, plaats)


@pytest.mark.parametrize("regel", [
    "Buurtteam Oosterhof 2 neemt de casus over.",
    "Het overleg is op locatie Centrum 2.",
    "Jeugdteam locatie Noord 3 heeft een wachtlijst.",
])
def test_een_team_of_locatie_zonder_straat_blijft_schoon(regel: str) -> None:
    assert _van("adres", regel) == []


@pytest.mark.parametrize(("regel", "adres"), [
    ("Nieuw adres volgens BRP: Emmericher Landstraße 162, 46446 Emmerich am Rhein (per 1 februari).",
     "Emmericher Landstraße 162, 46446 Emmerich am Rhein"),
    ("Vader woont sinds mei in de Kölner Landstraße 12 in Düsseldorf.", "Kölner Landstraße 12"),
    ("Oma woont aan de Klever Hauptstraße 5.", "Klever Hauptstraße 5"),
])
def test_een_duitse_straat_met_het_bijvoeglijk_naamwoord_van_haar_stad(regel: str, adres: str) -> None:
    assert adres in _van("adres", regel)


@pytest.mark.parametrize(("regel", "adres"), [
    ("Moeder woont op Kerkstraat 12, 2e etage.", "Kerkstraat 12, 2e etage"),
    ("Moeder woont op Kerkstraat 12 (3e verdieping).", "Kerkstraat 12 (3e verdieping)"),
    ("Vader huurt een kamer op Dorpsweg 8 unit 3.", "Dorpsweg 8 unit 3"),
    ("Zoon woont op Molenlaan 4, kamer 12, bij een begeleid wonen-project.", "Molenlaan 4, kamer 12"),
    ("Moeder woont op Kerkstraat 12 1 hoog achter.", "Kerkstraat 12 1 hoog achter"),
    ("Sinds juni woont het gezin op Parkweg 31, begane grond, 2801 AB Gouda.", "Parkweg 31, begane grond, 2801 AB Gouda"),
    ("Het gezin woont op Kastanjelaan 7 app. 14.", "Kastanjelaan 7 app. 14"),
])
def test_het_deel_van_het_gebouw_na_het_huisnummer(regel: str, adres: str) -> None:
    assert adres in _van("adres", regel)


@pytest.mark.parametrize("regel", [
    "Moeder woont op Kerkstraat 12, 2e keer dat we daar kwamen.",
    "Overleg op Kerkstraat 12 kamer van de teamleider.",
])
def test_geen_deel_van_een_gebouw_zonder_zijn_nummer(regel: str) -> None:
    assert _van("adres", regel) == ["Kerkstraat 12"]


@pytest.mark.parametrize(("regel", "nummer"), [
    ("Moeder: tel.nr.0612345678, bellen na 15 uur.", "0612345678"),
    ("Vader mob.06-12345678 (alleen whatsapp).", "06-12345678"),
    ("Contact oma via tel.06 12 34 56 78.", "06 12 34 56 78"),
])
def test_een_telefoonnummer_vast_aan_zijn_afgekorte_label(regel: str, nummer: str) -> None:
    assert nummer in _van("telefoonnummer", regel)


@pytest.mark.parametrize("regel", ["Versie 1.0612345678 van het formulier.", "Bedrag: 3.0612345678 is een fout."])
def test_een_getal_na_een_punt_tussen_cijfers_is_geen_telefoonnummer(regel: str) -> None:
    assert _van("telefoonnummer", regel) == []


@pytest.mark.parametrize(("regel", "adres"), [
    ("Correspondentieadres moeder: De Dreef 204.", "De Dreef 204"),
    ("Woonadres vader: Zwanenvecht 180.", "Zwanenvecht 180"),
    ("Baya, ze woont nu bij haar zus op Zwanenvecht 180, je moet daar langs.", "Zwanenvecht 180"),
    ("Moeder is in maart verhuisd naar Zwanenvecht 180.", "Zwanenvecht 180"),
    ("Heit wennet no op Zwanenvecht 180 en hat de bern om de oare wike.", "Zwanenvecht 180"),
    ("Note for file: the family moved to Zwanenvecht 180, the child is still enrolled.", "Zwanenvecht 180"),
    ("dossier 07 — Yonas Tesfay — Postbus 12 — afgesloten", "Postbus 12"),
    ("Ouders: Yonas en Saba, adres Zwanenvecht 180.", "Zwanenvecht 180"),
    ("Note for file: the family moved to kerkstraat 12, the child is still enrolled.", "kerkstraat 12"),
])
def test_een_straat_zonder_straatwoord_waar_iemand_woont_of_post_krijgt(regel: str, adres: str) -> None:
    assert adres in _van("adres", regel)


@pytest.mark.parametrize("regel", [
    "De zoon is verhuisd naar Havo 4.",
    "Moeder woont sinds 2019 op kamers in Zwolle, 3 dagen per week bij oma.",
    "Het gezin is verhuisd naar Zwanenvecht, 2 jaar geleden.",
])
def test_een_verhuizing_zonder_huisnummer_blijft_schoon(regel: str) -> None:
    assert _van("adres", regel) == []
