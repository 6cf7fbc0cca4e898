"""Names in the forms Dutch writes them beside the plain "Voornaam Achternaam" (issue 20): a first name with the
initial of the surname ("Corrie D."), the inverted order of a list or a register with the interfix at the end
("Heijden, Monique van der"), a surname from a house name ("Oosterhuis", also in capitals); and values in file
names read the way people write file names (hyphens, underscores, dots, camelCase, a plus); and the lines and
file names that must stay clean."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _namen(regel: str) -> list[str]:
    tekst = regel + "\n"
    return [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize(("regel", "naam"), [
    # a first name with the initial of the surname: the whole name is masked, the initial too
    ('citaat: "Ik heb Corrie D. gevraagd de brief van het CAK mee te nemen."', "Corrie D."),
    ('citaat: "De aanvraag is ingediend namens Dylan H.."', "Dylan H."),
    ('citaat: "Na de evaluatie is Krzysztof K. doorverwezen naar de GGZ."', "Krzysztof K."),
    ('citaat: "Ik heb Saba B. gevraagd de brief mee te nemen."', "Saba B."),
    ("oordeel: ja  # navragen bij Redouan A.", "Redouan A."),
    ('citaat: "navragen bij &#x52;ed&#x6f;u&#x61;n A&#x2e;"', "&#x52;ed&#x6f;u&#x61;n A&#x2e;"),
    # the inverted order of a register: surname, first name, the interfix at the end
    ('citaat: "Heijden, Monique van der heeft de afspraken niet nagekomen."', "Heijden, Monique van der"),
    ("oordeel: ja  # navragen bij Vliet, Bram van", "Vliet, Bram van"),
    ('citaat: "Aanwezig: Berg, Jan van den en de mentor."', "Berg, Jan van den"),
    ('citaat: "Het gaat over Darwish, Khaled."', "Darwish, Khaled"),
    # a surname from a house name is no organisation, also in capitals
    ('citaat: "De melding kwam van Sandra Oosterhuis, die zich zorgen maakte."', "Sandra Oosterhuis"),
    ('citaat: "De melding kwam van SANDRA OOSTERHUIS, die zich zorgen maakte."', "SANDRA OOSTERHUIS"),
    ('citaat: "Gesprek met Henk Nijhuis over de schulden."', "Henk Nijhuis"),
])
def test_naam_in_vorm(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize("regel", [
    'citaat: "Zie bijlage B. voor het plan."',
    'citaat: "Het plan volgt route A. en daarna route B."',
    'citaat: "Thema A. is voldoende, thema B. niet."',
    'citaat: "Het kind krijgt vitamine D. van de huisarts."',
    'citaat: "Zij is doorverwezen naar het Sophia Kinderziekenhuis."',
    'citaat: "De activiteiten zijn in het Buurthuis De Pijler."',
    'citaat: "Rotterdam, Den Haag en Utrecht doen mee."',
    'citaat: "Daarna, in de wijk van de school, is een gesprek gevoerd."',
])
def test_geen_naam_in_gewone_tekst(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("bestand", "soort"), [
    ("cbs-de-ark-groep-3.yaml", "school"),
    ("isk-delft-klas-1.yaml", "school"),
    ("insta_lisa_xo.yaml", "sociale-media"),
    ("FatimaBouzid.yaml", "naam"),
    ("fatima.bouzid.yaml", "naam"),
    ("fatima+bouzid.yaml", "naam"),
    ("verslag-Fatima-Bouzid.yaml", "naam"),
    ("2019-02-23_jan-de-vries.yaml", "naam"),
    ("evaluatie.JanDeVries.yaml", "naam"),
    ("mail_g.krawczyk+wijkteam@yandex.ru.yaml", "e-mail"),
])
def test_waarde_in_bestandsnaam(bestand: str, soort: str) -> None:
    assert soort in scan_naam(bestand)


@pytest.mark.parametrize("bestand", [
    "GOU-2016-035.yaml", "Tilburg_2017_ronde_2.yaml", "verslag-wijkteam-noord-2019-02-23.yaml",
    "dossier-gouda-2018.yaml", "kader.v2.1.yaml",
    "steekproef_2020_deel_1.yaml", "TIL-2019-004-overdracht.yaml", "Wijkteam_Noord_Oost_2018.yaml",
    "evaluatie-jeugdhulp-gouda.yaml", "casus-07-huiselijk-geweld.yaml", "SteekproefGouda2019.yaml",
    "DossierOverzicht.yaml", "rapport+bijlagen.yaml", "overleg.mdo.2017-03-01.yaml", "Jeugdteam-De-Kern-2016.yaml",
    "alphen-aan-den-rijn-2015.yaml", "plan-van-aanpak-2016.yaml", "groep-3-overzicht.yaml", "klas_1_en_2.yaml",
    "toets-ronde-2-wijkteam-zuid.yaml", "insta_beleid_2019.yaml", "Sociaal_Team_Delft_2021.yaml",
])
def test_schone_bestandsnaam(bestand: str) -> None:
    assert scan_naam(bestand) == []


def test_naam_met_yaml_escapes_heel_gevonden() -> None:
    # every escape in a double-quoted value maps back to its own place: the whole name is masked, the last
    # letters too ("\u0069\u006at" is "ijt")
    assert _namen('team: "Romeo D\\u006fe\\u200blw\\u0069\\u006at"') == ["Romeo D\\u006fe\\u200blw\\u0069\\u006at"]


@pytest.mark.parametrize(("regel", "naam"), [
    # a person named after a team or an organisation is no part of its name
    ('team: "Wijkteam Noord Fatima Bouzid"', "Fatima Bouzid"),
    ('team: "Buurtteam Kralingen Jan de Vries"', "Jan de Vries"),
    ('citaat: "Aangemeld door Obs De Fontein Lisa Jansen."', "Lisa Jansen"),
])
def test_persoon_na_team_of_organisatie(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize("bestand", [
    "Wijkteam_Noord_Fatima_Bouzid.yaml", "Obs-De-Fontein-Lisa-Jansen.yaml", "Buurtteam-Kralingen-Jan-de-Vries.yaml",
    "Stichting_Humanitas_Mark_Visser.yaml",
])
def test_persoon_na_team_in_bestandsnaam(bestand: str) -> None:
    assert scan_naam(bestand) == ["naam"]


@pytest.mark.parametrize("regel", [
    'citaat: "Hij is opgenomen in de Kliniek Dr. Willem Drees."',
    'team: "Wijkteam Noord"',
    'citaat: "De school is Basisschool Willem Alexander in Gouda."',
    'citaat: "Het gezin is bekend bij Obs De Fontein."',
    'team: "Jeugdteam Bloemendaal Noord"',
    'citaat: "Zij zit op de Obs Prinses Juliana Gouda."',
])
def test_organisatie_met_naamgever_blijft_schoon(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize("regel", [
    'citaat: "Volgens de Bernard van Leer Foundation is er sprake van een achterstand."',
    'team: "Sociaal Team Pieter de Hoogh"',
    'citaat: "Een tolk is via het Ronald McDonald Huis geregeld."',
])
def test_naamgever_in_organisatie_of_team_blijft_schoon(regel: str) -> None:
    assert _namen(regel) == []


def test_mcdonald_in_bestandsnaam_blijft_een_woord() -> None:
    assert scan_naam("tolk-via-RonaldMcDonaldHuis.yaml") == []


@pytest.mark.parametrize(("bestand", "soorten"), [
    ("iban_NL91-ABNA-0417-1643-00.yaml", ["iban"]),  # the groups of an IBAN are no phone number
    ("DeBiltWijkteam.yaml", []),  # a gemeente of two words in camelCase
    ("BergenOpZoom2016.yaml", []),
    ("Kerkstraat-12-Gouda.yaml", ["adres"]),
    ("tiktok-lisa.xo2009.yaml", ["sociale-media"]),
    ("jan.de.vries.yaml", ["naam"]),
])
def test_soorten_in_bestandsnaam(bestand: str, soorten: list[str]) -> None:
    assert scan_naam(bestand) == soorten


def test_naam_in_hoofdletters_na_documentwoord_is_geen_gemeentecode() -> None:
    # "dossier GOU" is the code of Gouda in a dossier id; a short surname in capitals is none
    assert _namen('team: "Wijkteam Noord - casus SOW"') == ["SOW"]
    assert _namen('team: "Wijkteam Noord - dossier GOU"') == []
    assert _namen('team: "Dossier TIL"') == []


@pytest.mark.parametrize(("bestand", "soorten"), [
    # a first name after a team and its place is a person, however the file name joins its words
    ("Wijkteam-Zuid-Fatima.yaml", ["naam"]),
    ("Wijkteam_Zuid_Fatima.yaml", ["naam"]),
    ("Wijkteam-Noord.yaml", []),
    ("Buurtteam_Kralingen_Crooswijk.yaml", []),
])
def test_voornaam_na_team_en_plaats_in_bestandsnaam(bestand: str, soorten: list[str]) -> None:
    assert scan_naam(bestand) == soorten
