"""Addresses across the border and in other orders (issue 20, corpus `zesde`): a German street of two words
("Bentheimer Straße 12", "Am Markt 3") with its five-digit postcode, a French or Belgian street that opens with its
street word ("Rue de Brabant 18 bus 10", "Avenue Louise 54"), the postcode and place before the street ("2554 HP
Den Haag, Goudsbloemvallei 18") and a street named with a Dutch adjective of a place ("Vaartsche Rijn 27-I"). A
German or French word in prose with a number stays clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _adressen(regel: str, plaats: str = "toelichting") -> list[str]:
    tekst = _yaml(plaats, regel)
    return [" ".join(tekst[v.begin:v.eind].split()) for v in scan_tekst(tekst).vondsten if v.soort == "adres"]


@pytest.mark.parametrize(("regel", "adres"), [
    ("Oma woont in Duitsland, Kranenburger Straße 40, 47559 Kranenburg.", "Kranenburger Straße 40, 47559 Kranenburg"),
    ("Briefadres: Klever Strasse 7, 47574 Goch.", "Klever Strasse 7, 47574 Goch"),
    ("Vader verblijft op Weseler Str. 112, 46483 Wesel.", "Weseler Str. 112, 46483 Wesel"),
    ("Woonadres: Am Markt 12, 41460 Neuss am Rhein.", "Am Markt 12, 41460 Neuss am Rhein"),
    ("Woont sinds maart in Brussel, Rue du Midi 14, 1000 Brussel.", "Rue du Midi 14, 1000 Brussel"),
    ("Wonende te Avenue Louise 54 bus 3, 1050 Elsene, met twee kinderen.", "Avenue Louise 54 bus 3, 1050 Elsene"),
    ("Wonende te Chaussée de Wavre 210, 1050 Elsene.", "Chaussée de Wavre 210, 1050 Elsene"),
    ("Wonende te Rue Haute 30 bus 2, 1210 Sint-Joost-ten-Node.", "Rue Haute 30 bus 2, 1210 Sint-Joost-ten-Node"),
    ("Inschrijving BRP: 3035 TB Rotterdam, Kraaiennest 14.", "3035 TB Rotterdam, Kraaiennest 14"),
    ("Postadres 1012 AB Amsterdam, Zeedijk 3-II.", "1012 AB Amsterdam, Zeedijk 3-II"),
    ("Ze wonen nu bij oma, Amsterdamsche Veerkade 12-I, te klein.", "Amsterdamsche Veerkade 12-I"),
    ("Adres: Zwolse Vaart 8, 8011 AB Zwolle.", "Zwolse Vaart 8, 8011 AB Zwolle"),
    ("Ze slapen bij een tante, Leidsche Rijn 14-II, tot de zomer.", "Leidsche Rijn 14-II"),
])
def test_een_adres_over_de_grens_of_in_een_andere_volgorde(regel: str, adres: str) -> None:
    assert adres in _adressen(regel)


@pytest.mark.parametrize("regel", [
    "De Duitse Straße 3 keer genoemd in het verslag.",
    "Het overleg in de Rue de la Loi duurde 2 uur.",
    "Het team werkt sinds 2019 met de Haagse Aanpak 2.0 en de Utrechtse Methode 3.",
    "Uit Rotterdam, 3 gezinnen aangemeld, Kraaiennest 2 keer bezocht.",
    "De Amsterdamse Academie 12 studenten stage.",
    "De Haagse Hogeschool 4 keer gebeld, geen antwoord.",
    "Het Utrechtse Model 2 is ingevoerd in de wijk.",
])
def test_een_buitenlands_woord_of_een_plaats_met_een_getal_in_proza_blijft_schoon(regel: str) -> None:
    assert _adressen(regel) == []


@pytest.mark.parametrize(("regel", "adres"), [
    ("Huisbezoek op Zeeburgerdijk 211-bv, moeder thuis.", "Zeeburgerdijk 211-bv"),
    ("Adres: KORTE PRINSENGRACHT 18-BV.", "KORTE PRINSENGRACHT 18-BV"),
    ("Uit de BRP: Het Kalf 12, 1511 AB Zaandam.", "Het Kalf 12, 1511 AB Zaandam"),
    ("Post gaat naar De Dreef 31 bis.", "De Dreef 31 bis"),
    ("Oma woont achter de kerk 12 en past op.", "achter de kerk 12"),
])
def test_een_benedenverdieping_een_lidwoord_voor_de_straat_of_een_voorzetsel_in_kleine_letters(
        regel: str, adres: str) -> None:
    assert adres in _adressen(regel)


@pytest.mark.parametrize("regel", ["De bv 12 keer gebeld.", "Het gesprek was achter de kerk 2 uur lang.",
                                   "Vader woont achter de kerk sinds 2019."])
def test_een_bv_of_een_voorzetsel_met_een_telling_blijft_schoon(regel: str) -> None:
    assert _adressen(regel) == []


@pytest.mark.parametrize("waarde", ["Jeugdteam 2", "Kwartaalrapportage 2", "Wijkteam Kanaleneiland 3", "Evaluatiemoment 2",
                                    "Casusoverleg 4 (jb)", "Zorgpadoverleg 3"])
def test_een_team_of_document_met_een_nummer_als_hele_waarde_blijft_schoon(waarde: str) -> None:
    assert _adressen(waarde, "team") == []
