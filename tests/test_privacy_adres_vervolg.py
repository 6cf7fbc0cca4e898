"""Whole addresses as Dutch and Belgian write them (issue 20): the house number with its floor or position
("12 rd", "31 3hg", "168 B03", "1162 HS"), a Belgian "bus", the postcode and place after the street (also in
capitals and of several words), the postcode first ("2926 PR, nr. 829a"), and a street named after a year; while
counts, rounds and bus lines in clean prose stay clean."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _gevonden(tekst: str) -> list[tuple[str, str]]:
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("zin", "adres"), [
    # the floor or position after the number: "rd" (rood), "2hg" (twee hoog), a unit "B02", "HS" in capitals
    ("Zij woont nu op Lindenlaan 40 rd, dicht bij de school.", "Lindenlaan 40 rd"),
    ("BRP: Burg. de Vlugtlaan 31 2hg", "Burg. de Vlugtlaan 31 2hg"),
    ("Kamer gehuurd op Herengracht 88 B02.", "Herengracht 88 B02"),
    ("Verblijft op Eikenhage 12 HS.", "Eikenhage 12 HS"),
    ("Woont op Achterom 7 BG met de kinderen.", "Achterom 7 BG"),
    # the postcode and place after it, also in capitals and of several words
    ("Woont op Marnixstraat 207 3hg, 1016 TK Amsterdam.", "Marnixstraat 207 3hg, 1016 TK Amsterdam"),
    ("Post naar DAHLIASTRAAT 7 ZW, 7009 AB DOETINCHEM", "DAHLIASTRAAT 7 ZW, 7009 AB DOETINCHEM"),
    ("Woont op WESTERDREEF 14, 2901 AB CAPELLE AAN DEN IJSSEL in een flat.",
     "WESTERDREEF 14, 2901 AB CAPELLE AAN DEN IJSSEL"),
    ("Kamer op Van Hogendorpstraat 12 rd, 2515 NT Alphen aan den Rijn.",
     "Van Hogendorpstraat 12 rd, 2515 NT Alphen aan den Rijn"),
    ("Verhuisd naar KERKSTRAAT 12, 2515 NT DEN HAAG.", "KERKSTRAAT 12, 2515 NT DEN HAAG"),
    ("BRP: Kerkstraat 12, 5211 AB 'S-HERTOGENBOSCH", "Kerkstraat 12, 5211 AB 'S-HERTOGENBOSCH"),
    ("Woont op Kerkstraat 12, 3151 AB Hoek van Holland.", "Kerkstraat 12, 3151 AB Hoek van Holland"),
    ("Woont op Kerkstraat 12, 1861 AB Bergen (NH) sinds mei.", "Kerkstraat 12, 1861 AB Bergen (NH)"),
    # a place of several words the list knows ("Sint Anthonis", "Beek (Li)")
    ("Woont op Kerkstraat 12, 5845 AB Sint Anthonis.", "Kerkstraat 12, 5845 AB Sint Anthonis"),
    ("Woont op Dorpsstraat huisnummer 8, 6271 AB Beek (Li).", "Dorpsstraat huisnummer 8, 6271 AB Beek (Li)"),
    # a Belgian address: "bus" and a postcode of four digits before the place
    ("Briefadres: Kerkstraat 45 bus 2, 2000 Antwerpen.", "Kerkstraat 45 bus 2, 2000 Antwerpen"),
    ("Woont op Leuvensesteenweg 310 bus 12, 1932 Sint-Stevens-Woluwe.",
     "Leuvensesteenweg 310 bus 12, 1932 Sint-Stevens-Woluwe"),
    ("Verhuisd naar Nieuwstraat 8, 3000 Leuven.", "Nieuwstraat 8, 3000 Leuven"),
    ("Briefadres: Kerkstraat 12/bus 4, B-2000 Antwerpen", "Kerkstraat 12/bus 4, B-2000 Antwerpen"),
    # the part of a street in a direction, and Frisian street words
    ("Het gezin woont in een flat, Kanaalweg Noord 112.", "Kanaalweg Noord 112"),
    ("Kamer gehuurd, Doeke Hellemastrjitte 4.", "Doeke Hellemastrjitte 4"),
    # abbreviations and initials in the street's name, a particle in lowercase as the register writes it
    ("Het gezin woont in een flat, Kerkstr. 12.", "Kerkstr. 12"),
    ("Verhuisd naar G.J.Wiefferingdreef 4.", "G.J.Wiefferingdreef 4"),
    ("Woont op C.D. Tuinenburgstraat 8.", "C.D. Tuinenburgstraat 8"),
    ("Zij woont op v. Heemstrastr 12-II.", "v. Heemstrastr 12-II"),
    ("Adres: van Heemskerckstraat 3", "van Heemskerckstraat 3"),
    ("Het briefadres is van Gennepstraat 7-II.", "van Gennepstraat 7-II"),
    # a street named after a year, with its house number
    ("Adres: Plein 1944 12, 6511 AB Nijmegen", "Plein 1944 12, 6511 AB Nijmegen"),
    ("Woont op de laan 1940-1945 17-hs.", "laan 1940-1945 17-hs"),
    ("BRP: Plein 1940-1945 163-hs", "Plein 1940-1945 163-hs"),
    # a street without a street word: a floor after its number or a postcode after it makes it an address
    ("Tuinfluiter 857 bg", "Tuinfluiter 857 bg"),
    ("BRP: Wijngaardsberg 72 bg, 7404 AE Deventer", "Wijngaardsberg 72 bg, 7404 AE Deventer"),
    ("Het briefadres is Zwanenvecht 180-II.", "Zwanenvecht 180-II"),
    ("Het gezin staat ingeschreven op Slinge 25, 3085 AB Rotterdam.", "Slinge 25, 3085 AB Rotterdam"),
    # the postcode first, then the number with "nr." and its addition
    ("De jongere slaapt soms op 3511 AB, nr. 14 2hg.", "3511 AB, nr. 14 2hg"),
    ("Locatie gezin 2514 GK, nr. 7-III", "2514 GK, nr. 7-III"),
    ("Verblijft tijdelijk op 4811 XJ, nr. 52a.", "4811 XJ, nr. 52a"),
    ("Huisbezoek op 2512VV 45 1hg; de woning was vervuild.", "2512VV 45 1hg"),
    ("Locatie gezin 1618 NG Hoorn, nr. 18 3hg", "1618 NG Hoorn, nr. 18 3hg"),
    # a postcode glued to its place
    ("Jeugdteam (gezin op 1811KLAlkmaar)", "1811KLAlkmaar"),
])
def test_heel_adres_met_toevoeging_postcode_en_plaats(zin: str, adres: str) -> None:
    assert _gevonden(f'citaat: "{zin}"\n') == [("adres", adres)]


@pytest.mark.parametrize("waarde", ["laan 1940-1945 17-hs, 5611 ab", "6834 VK, nr. 13-II", "Wilgenhage 4 HS",
                                    # an adjective makes a place's name a street's ("Voorhout" is a village)
                                    "Korte Voorhout 12 bis", "van Gennepstraat 12"])
def test_heel_adres_als_sleutel(waarde: str) -> None:
    assert _gevonden(f'"{waarde}": ja\n') == [("adres", waarde)]


@pytest.mark.parametrize("zin", [
    # rounds, lines and counts that look like an addition or a Belgian postcode
    "Ronde 2 van de evaluatie in 2015.",
    "Zij neemt bus 3 naar school en daarna lijn 12.",
    "Op het plein 1945 12 kinderen bij de herdenking.",
    "Op de Markt 2019 4 kramen en op het plein 2020 6 kramen.",
    "In 2019 3 hg gemeld.",
    "De wachtlijst telt 12 rd en 3 hg meldingen.",
    "Groep 7 rd 12 van de toets.",
    "Vanaf 2020 Rotterdam en Den Haag samen.",
    "Evaluatie 2021, 2022 Amsterdam volgt.",
    "Klas 3 B02 heeft een nieuwe mentor.",
    "Kamer 1.12 B02 in het stadskantoor.",
    "In Eikenhage 2 nieuwe bewoners.",
    "Route 12 bus 3 en tram 4.",
    "Groepsles 2 BG op de Kerkweg.",
    "Op de Kerkweg Noord 3 keer overlast.",
    "Team Kanaalweg Noord 2 werkt samen.",
    "De Voortgang 2 besproken, via Uitgang 4 naar buiten.",
    "Mevrouw Lindeberg 12 gezien.",
    "Door A.B. 3 maal gebeld, zie p. 12 van het rapport.",
    "In Groot Ammers 12 gezinnen, in Oude Pekela 3 wijkteams.",
])
def test_tellingen_en_rondes_zijn_geen_adres(zin: str) -> None:
    assert [w for s, w in _gevonden(f'citaat: "{zin}"\n') if s == "adres"] == []


@pytest.mark.parametrize("naam", ["Alphen aan den Rijn 2015 ronde 2", "Capelle aan den IJssel 2019 deel 3"])
def test_plaats_met_jaar_in_bestandsnaam_is_geen_adres(naam: str) -> None:
    assert "adres" not in scan_naam(naam.replace(" ", "_") + ".yaml")
