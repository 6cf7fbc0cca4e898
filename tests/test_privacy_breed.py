"""The name rules that must hold on names no list holds (issue 20): lowercase names after a cue or as a whole
value, names of origins no list knows, a name used as team, names in file names beside a case number,
initials before a surname with a particle; and what must stay clean: organisations with their region,
shops, neighbourhood teams, lowercase prose with roles. Also the other kinds' new forms (an IBAN of any bank,
a street with a title, a postcode without context, a school with its groep)."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _gevonden(tekst: str) -> list[tuple[str, str]]:
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("regel", "naam"), [
    ('toelichting: "gesprek met mebrahtu tewolde over de huur."', "mebrahtu tewolde"),  # no list has these
    ('toelichting: "moeder gulalai nazari was aanwezig."', "gulalai nazari"),
    ('toelichting: "gesprek met nadia tahiri over de schulden."', "nadia tahiri"),  # a first name that is a word
    ('"fadumo hirsi": ja', "fadumo hirsi"),  # a key that is a name
    ('toelichting: "frishta wardak (12) spijbelt vaak."', "frishta wardak"),  # opening the text
    ('team: "Wijkteam Shurandy Martina"', "Shurandy Martina"),  # a name used as team
    ('team: "Wijkteam A. Al-Khatib"', "A. Al-Khatib"),  # initials and a particle
    ('citaat: "mw. T. Bekele heeft de hulp afgewezen."', "T. Bekele"),  # initials after a title
    ('team: "Wijkteam Rebwar"', "Rebwar"),  # one word wordfreq never saw, after a team word
    ('toelichting: "De jongste, Stoyan, slaapt slecht."', "Stoyan"),  # an apposition after "de jongste"
    ('toelichting: "Oma henk rietveld haalt de kinderen."', "henk rietveld"),  # a common first name, a surname
    ('toelichting: "de kinderen van fatima bouzid gaan naar school."', "fatima bouzid"),  # mid-sentence
    ('"fatima-bouzid": ja', "fatima-bouzid"),  # a key with hyphens
    ('toelichting: "Gesprek met FATIMA BOUZID gevoerd."', "FATIMA BOUZID"),  # in capitals
])
def test_namen_die_geen_lijst_kent_ook_in_kleine_letters(regel: str, naam: str) -> None:
    assert _gevonden(regel + "\n") == [("naam", naam)]


@pytest.mark.parametrize("bestand", ["GOU-2016-012_abdul-samadi.yaml", "dossier-jurgen-isenia.yaml",
                                     "tewelde_ghirmay.yaml", "ALM-2016-110-Gulalai_Nazari.yaml"])
def test_naam_in_een_bestandsnaam_naast_een_zaaknummer(bestand: str) -> None:
    assert scan_naam(bestand) == ["naam"]


@pytest.mark.parametrize(("bestand", "soort"), [("dossier-123191877.yaml", "bsn"),
                                                ("GOU-2016-035-bsn123456782.yaml", "bsn"),
                                                ("ALM-2016-138-12-ABC-3.yaml", "kenteken")])
def test_nummer_in_een_bestandsnaam_achter_een_woord_of_zaaknummer(bestand: str, soort: str) -> None:
    assert scan_naam(bestand) == [soort]


@pytest.mark.parametrize("bestand", ["gou-2016-035-verslag.yaml", "dossier_gou_2016_035.yaml",
                                     "onderzoek_wijkteams_2016.yaml", "steekproef_almelo.yaml"])
def test_gewone_bestandsnamen_blijven_schoon(bestand: str) -> None:
    assert scan_naam(bestand) == []


@pytest.mark.parametrize("regel", [
    'toelichting: "gesprek met regievoerder en moeder over de voortgang."',
    'toelichting: "overleg met kwintes en youz over begeleiding."',
    'toelichting: "door corona is het huisbezoek vervangen door beeldbellen."',
    'toelichting: "Vader werkt sinds 4-10-2013 bij Albert Heijn."',  # a shop, from geen-personen.txt
    'toelichting: "aangemeld bij Veilig Thuis Hollands Midden op 6 juni 2017."',  # an organisation and its region
    'toelichting: "De jongere is gestart bij Yorneo."',  # one unknown word after "bij": an organisation
    'team: "Yorneo"',  # one unknown word alone as team: an organisation
    'citaat: "Het Verwey-Jonker Instituut heeft onderzoek gedaan."',  # named after persons, an institute
    'citaat: "Ze is verhuisd naar Den Haag."',  # a place deduce reads as a name
    'team: "Wijkteam Kattenbroek"', 'team: "Wijkteam Boerhaavewijk"', 'team: "Jeugdteam Leidsche Rijn"', 'team: "Buurtteam Bloemhof Zuid"',
    'team: "Jeugdteam De Bakker"', 'citaat: "het William Schrikker Instituut werkt mee"',
    'toelichting: "De bakker op de hoek levert het brood sinds 12-03-2016."',
    '"signalen veiligheid": ja', '"regievoering jeugd": ja',
    '"wmo-consulent": ja', '"ex-partner": ja', "# VEILIG THUIS HOLLANDS MIDDEN", "# TOELICHTING BIJ HET ONDERZOEK",
    'team: "Jeugdteam Ooievaarspas"', 'citaat: "Contact met Reinier van Arkel over de opname."',
    'citaat: "postcodegebied 2801"',
])
def test_geen_vals_alarm_op_organisaties_teams_en_gewone_zinnen(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ('citaat: "rekening BE68 5390 0754 7034"', "iban", "BE68 5390 0754 7034"),  # a bank stdnum does not list
    ('citaat: "Verhuisd naar Van Speijkstraat 81 in Den Haag."', "adres", "Van Speijkstraat 81"),
    ('citaat: "woont op Dr. Schaepmanstraat 5"', "adres", "Dr. Schaepmanstraat 5"),
    ('citaat: "Het kind verblijft bij oma op 8419 BM."', "adres", "8419 BM"),
    ('citaat: "Het kind verblijft bij oma op 6890 me."', "adres", "6890 me"),
    ('citaat: "De jongste zit op cbs Het Mozaïek in groep 4."', "school", "cbs Het Mozaïek in groep 4"),
    ('citaat: "Zoon zit in groep 3 van de Al Amal school."', "school", "groep 3 van de Al Amal school"),
    ('citaat: "De zoon zit op De Klimop in groep 3."', "school", "De Klimop in groep 3"),
    ('citaat: "in de brugklas van het Da Vinci College"', "school", "brugklas van het Da Vinci College"),
    ('citaat: "adres 2e Helmersstraat 10"', "adres", "2e Helmersstraat 10"),
    ('citaat: "Woont aan de Oranjelaan 3-bis"', "adres", "Oranjelaan 3-bis"),
    ('citaat: "Postcode van het nieuwe huis: 9349 er."', "adres", "9349 er"),
])
def test_nieuwe_vormen_van_andere_soorten(regel: str, soort: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [(soort, waarde)]


def test_yaml_escape_in_een_citaat_wordt_door_yaml_gelezen() -> None:
    tekst = 'citaat: "Burgerservicenummer van vader is 6371.53.58\\u0033."\n'
    assert [v.soort for v in scan_tekst(tekst).vondsten] == ["bsn"]


def test_datum_tussen_haakjes_na_een_voornaam_is_een_geboortedatum() -> None:
    assert _gevonden('citaat: "Kevin (03-04-2012) zit op school."\n') == [("naam", "Kevin"),
                                                                          ("geboortedatum", "03-04-2012")]


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ('citaat: "BSN 1 2 3 4 5 6 7 8 2 genoteerd."', "bsn", "1 2 3 4 5 6 7 8 2"),  # digit by digit after BSN
    ('citaat: "Gesprek met Fa\u0336tima Bouzid."', "naam", "Fa\u0336tima Bouzid"),  # a strike-through mark
])
def test_losse_cijfers_en_tekens_op_een_letter(regel: str, soort: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [(soort, waarde)]


@pytest.mark.parametrize("regel", ["Gesprek moeder 12-03-2016: hulpvraag besproken.", "Huisbezoek vader 3-5-2016 afgezegd.",
                                   "Moeder, 12-03-2016: belt over de toeslag.", "Vader verhuisde 1 mei 2016 naar Utrecht."])
def test_datum_na_een_rol_in_een_logregel_is_geen_geboortedatum(regel: str) -> None:
    assert _gevonden(f'toelichting: "{regel}"\n') == []


@pytest.mark.parametrize(("regel", "datum"), [("De zoon (03-04-2012) zit in groep 5.", "03-04-2012"),
                                              ("Dochter, 3-4-2012, slaapt slecht.", "3-4-2012")])
def test_datum_als_bijzin_na_een_rol_is_een_geboortedatum(regel: str, datum: str) -> None:
    assert _gevonden(f'toelichting: "{regel}"\n') == [("geboortedatum", datum)]


def test_een_gevonden_naam_is_overal_in_het_bestand_een_naam() -> None:
    tekst = ("toelichting: Gesprek met Mebrahtu Tewolde over de huur.\n"
             'citaat: "Mebrahtu belde later terug."\n'
             "# mebrahtu wil geen hulp\n")
    assert [(v.regel, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten] == [
        (1, "Mebrahtu Tewolde"), (2, "Mebrahtu"), (3, "mebrahtu")]
