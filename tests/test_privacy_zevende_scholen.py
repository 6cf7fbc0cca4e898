"""Schools in the seventh corpus (issue 20), as Dutch writes a pupil's school: a kind that combines two ("so/vso De
Ruimte"), a kind written in full ("speciaal onderwijs De Piramide", "Praktijkcollege Zuidoost", "school De Klimop"), a
kind in lowercase before a rare name ("gymnasium celeanum"), a brand before its level and place ("Yuverta vmbo
Hoogeveen"), a school named without a school word beside a class written as a word ("op de ambelt in groep zes"),
the name in brackets after "de school" ("niet de school (De Ambelt)"), a school of one kind in a named place ("de ISK
in Delft"), and a school named by its kind where a sentence sees one named pupil ("op Jenaplanschool De Boomhut
zien we Zainab"). A school as a building, an organisation or a place of work, and words of school life, stay clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


def _scholen(regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden("school", regel, plaats)


@pytest.mark.parametrize(("regel", "school"), [
    ("Zoon zit sinds de zomer op so/vso De Ruimte.", "so/vso De Ruimte"),
    ("De jongste is aangemeld bij sbo/so De Wissel.", "sbo/so De Wissel"),
    ("Zoon zit op speciaal onderwijs De Piramide.", "speciaal onderwijs De Piramide"),
    ("Ze is geplaatst op voortgezet speciaal onderwijs Het Baken.", "voortgezet speciaal onderwijs Het Baken"),
    ("Zoon zit op het Praktijkcollege Zuidoost.", "Praktijkcollege Zuidoost"),
    ("De jongen zit op school De Klimop.", "school De Klimop"),
    ("Het kind zit op gymnasium celeanum in klas twee.", "gymnasium celeanum in klas twee"),
    ("Dochter staat ingeschreven bij lyceum sorghvliet.", "lyceum sorghvliet"),
])
def test_een_school_met_haar_soort_zoals_nederlands_die_schrijft(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("De leerplichtambtenaar meldt 40 uur verzuim op Yuverta vmbo Hoogeveen (klas 2B).", "Yuverta vmbo Hoogeveen"),
    ("Zoon zit op Wellant vmbo, klas 3.", "Wellant vmbo, klas 3"),
    ("Dochter is ingeschreven bij Lentiz mavo Maassluis.", "Lentiz mavo Maassluis"),
])
def test_een_school_met_haar_merknaam_voor_het_niveau(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


def test_de_leerling_naast_een_school_met_merknaam_blijft_een_naam() -> None:
    regel = "De leerplichtambtenaar meldt verzuim van Krzysztof op Yuverta vmbo Hoogeveen (klas 2B)."
    assert gevonden("naam", regel) == ["Krzysztof"]
    assert any("Yuverta" in school for school in _scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("het kind zit op de ambelt in groep zes en daar gaat het best goed", "de ambelt in groep zes"),
    ("Zoon zit op De Ambelt in groep drie.", "De Ambelt in groep drie"),
    ("zijn zus zit op het mozaïek in klas een", "het mozaïek in klas een"),
])
def test_een_school_zonder_schoolwoord_naast_een_klas_in_woorden(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("Het kind zit op de Fonkelsteen in groep vijf.", "de Fonkelsteen in groep vijf"),
    ("Zoon zit op de Wereldwijzer (groep 4).", "de Wereldwijzer (groep 4)"),
    ("De jongste zit in de kleutergroep van De Regenboog.", "kleutergroep van De Regenboog"),
    ("Dochter zit op de Al Ikhlaas school, groep 5.", "Al Ikhlaas school, groep 5"),
    ("dochter gaat naar het roc van amsterdam, niveau 2", "roc van amsterdam, niveau 2"),
])
def test_een_school_zoals_een_notitie_haar_klas_of_schoolwoord_schrijft(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("Het plan noemt de jongste, maar niet de school (De Ambelt).", "De Ambelt"),
    ("Contact met school (Het Baken) over het verzuim van de zoon.", "Het Baken"),
])
def test_de_naam_van_de_school_tussen_haakjes(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("Zoon zit sinds maart op de ISK in Delft.", "de ISK in Delft"),
    ("De oudste is aangemeld bij het sbo in Gouda.", "het sbo in Gouda"),
    ("Dochter zit op het Gymnasium in Gouda.", "het Gymnasium in Gouda"),
])
def test_een_school_van_een_soort_in_een_genoemde_plaats(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize(("regel", "school"), [
    ("R3 (schoolmaatschappelijk werk): op Jenaplanschool De Boomhut zien we Zainab bijna elke dag zonder ontbijt.",
     "Jenaplanschool De Boomhut"),
    ("Op Daltonschool De Kameleon zien we Ngozi vaak zonder jas.", "Daltonschool De Kameleon"),
    ("Op ISK De Taalbrug merken we dat Farzana veel lessen mist.", "ISK De Taalbrug"),
])
def test_een_school_met_een_genoemde_leerling_in_de_zin(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize("regel", [
    "Op OBS De Regenboog zien we veel gezinnen met schulden.",
    "Op cbs De Ark hebben we met juf Anneke gesproken over de wijk.",
    "Het wijkteam houdt spreekuur op Jenaplanschool De Boomhut.",
    "Op Daltonschool De Kameleon werkt het team met Kanjertraining.",
    "De ISK in Delft heeft een wachtlijst van drie maanden.",
    "Het wijkteam geeft voorlichting op het Gymnasium in Gouda.",
    "Het kind zit op de bank in groep drie naast de juf.",
    "Zoon zit op de middelbare in klas twee.",
    "Voor Engels havo-niveau halen in klas 3 is lastig.",
    "Met de school (Jansen, intern begeleider) is gebeld over de zoon.",
    "De school (juf Petra) belde over de zoon.",
    "Het college besloot in klas 2 extra begeleiding te geven.",
    "Volgens Gouda vmbo-scholen stijgt het verzuim in klas 2.",
    "Op de Markt (groep 4) staat een kraam.",
    "Zoon zit op de fiets in groep vijf naar de gymzaal.",
    "De kleutergroep van de opvang gaat naar het bos.",
])
def test_een_school_zonder_leerling_of_een_woord_van_het_schoolleven_blijft_schoon(regel: str) -> None:
    assert _scholen(regel) == []


@pytest.mark.parametrize(("regel", "school"), [
    ("Schoolteam Vakcollege Tilburg", "Vakcollege Tilburg"),
    ("Schoolteam Daltonschool Klaverweide", "Daltonschool Klaverweide"),
    ("Schoolteam Vrije School Zutphen", "Vrije School Zutphen"),
])
def test_een_school_na_haar_schoolteam(regel: str, school: str) -> None:
    assert school in _scholen(regel, "team")


def test_een_leerkracht_bij_naam_maakt_de_school_niet_tot_die_van_een_kind() -> None:
    assert _scholen("Op Jenaplanschool De Boomhut zien we juf Ingrid elke ochtend bij het hek.") == []
