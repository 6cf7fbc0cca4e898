"""General rules found by the blind corpus (issue 20): what is no person although it looks like a name
(a gemeente of several words, an organisation named after a person), and names in forms the rules missed.
The examples are other values than the blind corpus's own, so that each test checks the rule, not a list."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _gevonden(tekst: str) -> list[tuple[str, str]]:
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize("regel", [
    'toelichting: "Het wijkteam in Bergen op Zoom werkt met een brede intake."',
    'toelichting: "De gemeente Krimpen aan den IJssel heeft de regie belegd."',
    'citaat: "Het overleg in Nieuwegein en Alphen aan den Rijn komt maandelijks bijeen."',
    'toelichting: "Na overleg met het Wilhelmina Kinderziekenhuis is besloten op te schalen."',
    'citaat: "Het kind wordt behandeld in het Maxima Medisch Centrum."',
    'citaat: "Aanmelding bij het Laurens Hospitium dateert van vorig jaar."',
    'citaat: "Verwezen naar het Catharina ziekenhuis."',
    'citaat: "De ouders verblijven in het Ronald McDonald Huis."',
    'citaat: "Een tolk is via de Kees Boeke Foundation geregeld."',
    'citaat: "Opname in de Sint Antoniuskliniek."',
    'citaat: "Onderzoek van het Nivel-instituut."',  # the organisation word after a hyphen
    'citaat: "Het maxima medisch ziekenhuis heeft de zorgen gedeeld."',  # all lowercase after an article
])
def test_gemeenten_en_organisaties_met_een_naam_zijn_geen_persoon(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


def test_naam_naast_een_gemeente_blijft_een_naam() -> None:
    assert ("naam", "Fatima Bouzid") in _gevonden(
        'citaat: "Gesprek met Fatima Bouzid in Capelle aan den IJssel."\n')


@pytest.mark.parametrize("regel", [
    'citaat: "Veilig Thuis is dag en nacht bereikbaar via 0800-2000."',
    'citaat: "De Kindertelefoon (0800 0432) staat in de folder."',
    'citaat: "Informatie via 0900-1234567 of +31 800 1234."',
])
def test_servicenummers_zijn_geen_persoonsgegeven(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


def test_datum_met_spaties_in_een_bestandsnaam_is_geen_telefoonnummer() -> None:
    assert scan_naam("beschikking_afgegeven_op_14-09-2016.yaml") == []
    assert scan_naam("bel_06-12345678.yaml") == ["telefoonnummer"]


@pytest.mark.parametrize(("regel", "naam"), [
    ('citaat: "Gesprek met MEHMET YILDIZ gevoerd."', "MEHMET YILDIZ"),
    ('citaat: "Oma THI HOA zorgt voor de jongste."', "THI HOA"),
])
def test_naam_in_hoofdletters(regel: str, naam: str) -> None:
    assert ("naam", naam) in _gevonden(regel + "\n")


@pytest.mark.parametrize("regel", [
    "# VEILIG THUIS HOLLANDS MIDDEN", "# BELEID EN UITVOERING", 'citaat: "De GGD en de RVDK zijn betrokken."',
    'citaat: "Overleg met VEILIG THUIS over de melding."',
])
def test_koppen_en_afkortingen_in_hoofdletters_zijn_geen_naam(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


@pytest.mark.parametrize(("regel", "naam"), [
    ('citaat: "De melding betreft El-Amrani, Samira en haar zoon."', "El-Amrani, Samira"),
    ('citaat: "Gesprek met Tesfamariam, Yonas over de huur."', "Tesfamariam, Yonas"),
    ('citaat: "Oma Ayaan, Warsame zorgt voor de kinderen."', "Ayaan, Warsame"),
])
def test_achternaam_komma_voornaam_maskeert_beide_helften(regel: str, naam: str) -> None:
    assert ("naam", naam) in _gevonden(regel + "\n")


def test_opsomming_van_plaatsen_met_komma_blijft_schoon() -> None:
    assert _gevonden('citaat: "In Utrecht, Amsterdam en Gouda werkt het team zo."\n') == []


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ('citaat: "rekening BE68-5390-0754-7034 van vader"', "iban", "BE68-5390-0754-7034"),  # hyphens between groups
    ('citaat: "rekening NL91-ABNA-0417-1643-00."', "iban", "NL91-ABNA-0417-1643-00"),
    ('citaat: "mail naar j.devries[@]ziggo.nl graag"', "e-mail", "j.devries[@]ziggo.nl"),
    ('citaat: "BSN van moeder: 12345672."', "bsn", "12345672"),  # 012345672 with its leading zero dropped
])
def test_andere_schrijfwijzen_van_nummers_en_adressen(regel: str, soort: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [(soort, waarde)]


@pytest.mark.parametrize("regel", ['citaat: "zaaknummer 12345672"', 'citaat: "een bedrag van 12345672 euro"'])
def test_acht_cijfers_zonder_bsn_woord_zijn_geen_bsn(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ('citaat: "Woont op Prinsengracht 12-III sinds mei."', "Prinsengracht 12-III"),  # a roman floor
    ('citaat: "woont op kerkdijk 14 bis"', "kerkdijk 14 bis"),  # a street in lowercase after "op"
    ('citaat: "adres van speijkstraat 8-hs"', "van speijkstraat 8-hs"),
    ('citaat: "het gezin woont in de lindelaan 3 al jaren"', "lindelaan 3"),
])
def test_straat_met_toevoeging_en_in_kleine_letters(regel: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [("adres", waarde)]


@pytest.mark.parametrize("regel", ['citaat: "de kinderen gaan naar de speeltuin 2 keer per week"',
                                   'citaat: "het overleg op de hoofdweg 3 weken geleden"'])
def test_kleine_letters_zonder_straat_of_met_telwoord_blijven_schoon(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ('citaat: "Zoon zit in OBS De Regenboog (gr. 6) en doet het goed."', "OBS De Regenboog (gr. 6)"),
    ('citaat: "Dochter zit op IKC De Linde, groep 3/4 sinds mei."', "IKC De Linde, groep 3/4"),
])
def test_school_met_afgekorte_of_combinatiegroep(regel: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [("school", waarde)]


@pytest.mark.parametrize(("regel", "waarde"), [
    ('citaat: "De jongste (geb. 4 mrt \'15) slaapt slecht."', "4 mrt '15"),  # a year of two digits
    ('citaat: "De jongste (geboren op 7-9-12) slaapt slecht."', "7-9-12"),
    ('citaat: "Vader, geboortedatum 15041980, werkt niet."', "15041980"),  # the digits without separators
])
def test_geboortedatum_in_korte_schrijfwijzen(regel: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [("geboortedatum", waarde)]


@pytest.mark.parametrize("regel", ['citaat: "Op 7-9-12 was er overleg met school."',
                                   'citaat: "zaaknummer 15041980 is gesloten"'])
def test_korte_datum_zonder_geboorte_is_geen_geboortedatum(regel: str) -> None:
    assert _gevonden(regel + "\n") == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ('citaat: "Buren zien een busje met gk-231-t voor de deur."', "gk-231-t"),  # lowercase, sidecode 8
    ('citaat: "De scooter (D94RTX) staat op naam van de oom."', "D94RTX"),  # no hyphens, sidecode 11
])
def test_kenteken_klein_of_zonder_streepjes_na_een_voertuig(regel: str, waarde: str) -> None:
    assert _gevonden(regel + "\n") == [("kenteken", waarde)]


@pytest.mark.parametrize("regel", ['citaat: "Het dossier kreeg code D94RTX mee."',
                                   'citaat: "De auto staat op COVID19 parkeerplaats."'])
def test_zes_tekens_zonder_voertuig_of_sidecode_zijn_geen_kenteken(regel: str) -> None:
    assert _gevonden(regel + "\n") == []
