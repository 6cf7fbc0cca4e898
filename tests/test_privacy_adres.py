"""Addresses as Dutch writes them (issue 20): a street of any name with its house number, also on a street the
lists do not know, and streets, neighbourhoods and teams named after them in clean prose stay clean."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _gevonden(tekst: str) -> list[tuple[str, str]]:
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("zin", "adres"), [
    # the last part of the name says it is a street, whatever comes before it
    ("Het gezin woont aan de Berkenpoort 51-2.", "Berkenpoort 51-2"),
    ("Nieuw adres: Westeinde 560", "Westeinde 560"),
    ("Moeder woont op Merelbaan 15 bis.", "Merelbaan 15 bis"),
    ("Huisbezoek op Wielewaalerf 11.", "Wielewaalerf 11"),
    ("Oma woont {adres}, vlakbij de school.", "Kwartelhoven 478"),
    ("Jongen wordt opgehaald van Populierenplantsoen 9.", "Populierenplantsoen 9"),
    # a street named after a person, with a title, an ordinal, a particle or an adjective in front
    ("Oma woont aan de Tweede Gerard Doustraat 54-II.", "Tweede Gerard Doustraat 54-II"),
    ("De brief ging naar Jan van Galenstraat 211-A.", "Jan van Galenstraat 211-A"),
    ("Vader woont op Van 't Hoffweg 47-1hg.", "Van 't Hoffweg 47-1hg"),
    ("De politie was op Prof. de Savornin Lohmanstraat 2.", "Prof. de Savornin Lohmanstraat 2"),
    ("Zij logeert op Dr. Cort van der Lindensingel 26 rood.", "Dr. Cort van der Lindensingel 26 rood"),
    ("Moeder woont op Hoge Rijndijk 96 zw.", "Hoge Rijndijk 96 zw"),
    ("Woont op Cornelis Schuythof 85-hs.", "Cornelis Schuythof 85-hs"),
    ("Zij woont op 's-Gravelandseweg 30 rood.", "'s-Gravelandseweg 30 rood"),
    ("Post gaat naar Burgemeester Hovylaan 7 A.", "Burgemeester Hovylaan 7 A"),
    ("Kamer gevonden op Laan van Middenburg 92/3.", "Laan van Middenburg 92/3"),
    # a houseboat: "tegenover" written before the number (BAG's aanduiding bij huisnummer)
    ("Vader woont op een woonboot, Prinsengracht t/o 1001.", "Prinsengracht t/o 1001"),
    # in lowercase, after a word that says where someone lives
    ("Het gezin woont aan de laan van vredenoord 43-hs.", "laan van vredenoord 43-hs"),
    ("Adres: weg der verenigde naties 147", "weg der verenigde naties 147"),
    ("Zij staat ingeschreven op willem barentszstraat 113 zw.", "willem barentszstraat 113 zw"),
    ("Huisvesting via de corporatie: Pr. Bernhardlaan 7, derde etage.", "Pr. Bernhardlaan 7"),
    # a street without a street word, right where an address stands
    ("Verblijfadres (tijdelijk): Zwanenvecht 180", "Zwanenvecht 180"),
    # a place after the number is no count ("Groningen" ends like "meldingen"), it belongs to the address
    ("Woont op Kerkstraat 12 Groningen.", "Kerkstraat 12 Groningen"),
    # with its postcode and place
    ("Verhuisd naar Van Swindenplein 43-2, 6825 BC Den Haag.", "Van Swindenplein 43-2, 6825 BC Den Haag"),
    ("adres: kerkstraat 12, 2905 ab capelle aan den ijssel", "kerkstraat 12, 2905 ab capelle aan den ijssel"),
])
def test_straat_met_huisnummer_op_een_onbekende_straat(zin: str, adres: str) -> None:
    tekst = zin.replace("{adres}", adres)
    assert _gevonden(f'citaat: "{tekst}"\n') == [("adres", adres)]


@pytest.mark.parametrize(("zin", "adres"), [
    ("Moeder is verhuisd naar 2241 NV 13 C.", "2241 NV 13 C"),
    ("Huisbezoek afgelegd op 1649ht 11-hs.", "1649ht 11-hs"),
])
def test_postcode_met_huisnummer_en_toevoeging(zin: str, adres: str) -> None:
    assert _gevonden(f'citaat: "{zin}"\n') == [("adres", adres)]


def test_een_straat_die_de_lijst_kent_zonder_straatwoord_na_een_woonwoord() -> None:
    assert _gevonden('citaat: "Vader woont sinds juni op Rokin 112."\n') == [("adres", "Rokin 112")]


def test_adres_over_een_regelafbreking_in_een_toelichting() -> None:
    tekst = "toelichting: >-\n  Moeder woont op Burgemeester\n  de Withstraat 12 met de kinderen.\n"
    assert [(v.soort, v.regel) for v in scan_tekst(tekst).vondsten] == [("adres", 2)]
    vondst = scan_tekst(tekst).vondsten[0]
    assert tekst[vondst.begin:vondst.eind] == "Burgemeester\n  de Withstraat 12"


@pytest.mark.parametrize("waarde", ["signalering 2018", "Zorgpad 2", "Vergadering 3"])
def test_een_woord_met_een_jaar_of_nummer_als_hele_waarde_is_geen_adres(waarde: str) -> None:
    assert _gevonden(f'"{waarde}": ja\n') == []


@pytest.mark.parametrize("waarde", ["willem barentszstraat 113 zw", "Kwartelhoven 478"])
def test_een_adres_als_hele_waarde_of_bestandsnaam(waarde: str) -> None:
    assert _gevonden(f'team: "{waarde}"\n') == [("adres", waarde)]
    assert scan_naam(waarde.replace(" ", "_") + ".yaml") == ["adres"]


@pytest.mark.parametrize("zin", [
    # streets as places, without a house number
    "De Kalverstraat is druk op zaterdag.",
    "Het wijkteam zit aan de Laan van Poot.",
    # teams and neighbourhoods named after streets, with the number of the team
    "Buurtteam Jan van Galen heeft de casus opgepakt.",
    "Wijkteam Oosterpoort neemt de casus over.",
    "Sociaal Team Westersingel 2 heeft 40 dossiers.",
    "Buurtteam Oosterhof 2 heeft een wachtlijst.",
    "Team Bloemhof 3 neemt de casus over.",
    # a number that counts something, or a date, after a street or a neighbourhood
    "Vanuit de Grotiuspark 3 keer overlast gemeld.",
    "In Bloemhof 12 huisbezoeken afgelegd.",
    "Langs de Nicolaas Beetslaan 2 keer per week een wijkagent.",
    "Overleg Westerpark 14 maart",
    "In Dukenburg 12 gezinnen bezocht en in Lindenholt 4 jeugdteams.",
    "Sinds Hof van Twente 2019 de taken overnam, is er een wachtlijst.",
    "In groep 7 zitten 28 leerlingen.",
    "Op de Coolsingel 3 demonstraties in een maand.",
    "Aan de Amstel 2 nieuwe woonboten.",
    "Op de Mariaplaats stond 1 politieauto.",
    "Het Westerpark 12e editie van de buurtdag.",
    "Basisteam Jeugd en Gezin Nieuwe Park 2",
    "CJG-team Het Lage Land 2 werkt met vaste casusregisseurs.",
    "Vergadering 3 van de stuurgroep.",
    "Overleg Stationsplein 12-03-2016 gepland.",
])
def test_straten_wijken_en_teams_zonder_adres_blijven_schoon(zin: str) -> None:
    assert [soort for soort, _ in _gevonden(f'citaat: "{zin}"\n') if soort == "adres"] == []
