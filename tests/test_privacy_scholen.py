"""A pupil's school as Dutch writes it (issue 20): a school's kind before its name, its school word after it (with the
article that belongs to the name and a location after it), in lowercase, or with no school word at all but a class
beside it. Prose about school without a named school stays clean. The examples are other schools than the corpora's
own, so that each test checks the rule, not a list."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_tekst


def _scholen(zin: str) -> list[str]:
    regel = f'citaat: "{zin}"\n'
    return [regel[v.begin:v.eind] for v in scan_tekst(regel).vondsten if v.soort == "school"]


@pytest.mark.parametrize(("zin", "school"), [
    # the school word after the name, with the article that belongs to the name
    ("De mentor van het Erasmus Gymnasium (klas 3 vwo) belde.", "het Erasmus Gymnasium"),
    ("Dochter zit op het Johan de Witt Lyceum in de 2e klas.", "het Johan de Witt Lyceum"),
    ("Zoon is verwijderd van het Stanislas Atheneum en zat in klas 4.", "het Stanislas Atheneum"),
    ("Aanmelding voor de Berger Praktijkschool, leerjaar 2.", "Berger Praktijkschool"),
    # a location after the name
    ("Leerling van het Vathorst College Hooglandseweg, klas 3 havo.", "het Vathorst College Hooglandseweg"),
    # the kind before the name
    ("Aanmelding voor de ISK Delft, klas 1.", "ISK Delft"),
    ("Hij zit op Praktijkschool Het Baken in leerjaar 2.", "Praktijkschool Het Baken"),
    ("Zij zit op Montessorischool De Wereldboom in groep 4.", "Montessorischool De Wereldboom"),
    ("Zoon gaat naar Vrije School Meander, klas 5.", "Vrije School Meander"),
    ("Gesprek met CSG Liudger over de zoon (brugklas).", "CSG Liudger"),
    ("De mentor van SO De Witte Vogel (gr. 4) meldt verzuim.", "SO De Witte Vogel"),
    ("klas 2 vmbo-k Vakcollege Dordrecht", "Vakcollege Dordrecht"),
    ("Zoon zit op Mavo Schravenlant in klas 3.", "Mavo Schravenlant"),
    ("IB islamitische basisschool Al Wafa groep 6", "islamitische basisschool Al Wafa"),
    ("Aanmelding voor basisschool St. Antonius, groep 2.", "basisschool St. Antonius"),
    # a school kind as part of the name: dalton, montessori, jenaplan
    ("school: Comenius Dalton, 2e klas", "Comenius Dalton"),
    ("De zoon zit op Montessori Oost in groep 6.", "Montessori Oost"),
])
def test_school_met_schoolwoord_en_klas(zin: str, school: str) -> None:
    assert any(school in gevonden for gevonden in _scholen(zin))


@pytest.mark.parametrize(("zin", "school"), [
    ("obs de vlinder groep 4", "obs de vlinder"),
    ("Het kind zit op basisschool het anker in groep 6.", "basisschool het anker"),
    ("montessorischool de wereldboom gr. 2", "montessorischool de wereldboom"),
    ("isk de rietlanden klas 1", "isk de rietlanden"),
    ("bonhoeffer college klas 2 havo", "bonhoeffer college"),
    ("verslag comenius dalton leerjaar 3", "comenius dalton"),
    ("school praktijkschool de horizon klas 4", "praktijkschool de horizon"),  # "school" before the kind
    ("Aanmelding voor mgr. bekkersschool, groep 3.", "mgr. bekkersschool"),
    ("De zoon zit op de vondelschool in groep 7.", "vondelschool"),
    ("rkbs st. jozef groep 4", "rkbs st. jozef"),
    ("vso de ruimte leerjaar 2", "vso de ruimte"),  # a common noun after the kind is the name
    ("kindcentrum de bron gr. 5", "kindcentrum de bron"),
    ("Het kind is verwijderd van jan ligthartschool en zat in groep 8.", "jan ligthartschool"),
    ("De dochter gaat naar het da vinci college in klas 2.", "da vinci college"),
])
def test_school_in_kleine_letters(zin: str, school: str) -> None:
    assert any(school in gevonden for gevonden in _scholen(zin))


@pytest.mark.parametrize(("zin", "school"), [
    ("De leerplichtambtenaar belde met Het Baken over de dochter (groep 5).", "Het Baken"),
    ("IB Vossius Westpark leerjaar 3", "Vossius Westpark"),
    ("Jeugdteam - Calvijn Meerpaal 3e klas", "Calvijn Meerpaal"),
    ("Het kind is verwijderd van De Piramide en zat in groep 6.", "De Piramide"),
    ("groep 5/6 Het Vlietland", "Het Vlietland"),
    ("verslag het Johan de Witt leerjaar 2", "het Johan de Witt"),  # no person takes "het"
])
def test_school_zonder_schoolwoord_naast_een_klas(zin: str, school: str) -> None:
    assert any(school in gevonden for gevonden in _scholen(zin))


def test_rol_voor_de_school_hoort_niet_bij_de_naam() -> None:
    assert _scholen("Mentor van Scholengemeenschap Piter Jelles (klas 2) meldt verzuim.") == [
        "Scholengemeenschap Piter Jelles (klas 2)"]


@pytest.mark.parametrize("zin", [
    "De school belde over het verzuim in groep 5.",
    "Het vmbo in de wijk heeft een brugklas.",
    "De basisschool in de wijk heeft drie kleutergroepen.",
    "Op de basisschool de hele dag onrustig, groep 6.",
    "Op school is de zoon in groep 5 vaak afwezig.",
    "Kevin Bakker, groep 5, is vaak afwezig.",
    "Gesprek met De Vries over de zoon (klas 3).",
    "Moeder belde met Fatima over de zoon (klas 3).",
    "Hij heeft de basisschool afgerond en gaat naar de 1e klas van het vmbo.",
    "Team Jansen werkt met de Dalton-aanpak.",
    "De middelbare school in groep 8 kiezen is lastig.",
    # an organisation that is no school, beside a class
    "Het College van B&W heeft besloten; de kinderen in groep 8 krijgen een advies.",
    "Gesprek met Het Wijkteam over de zoon in klas 2.",
    "De zoon is aangemeld bij Het Gezinshuis, groep 3.",
    "De GGD ziet de dochter in groep 2.",
    "De Bascule behandelt de zoon (klas 1).",
    "Volgens het NJi is klas 1 een risico.",
    "Moeder vertelt dat de basisschool de zorgen deelt over groep 6.",
    "Het gezin woont in De Baarsjes, de zoon zit in groep 7.",
    "Hij krijgt voor het Frans een onvoldoende in klas 3.",
])
def test_school_in_proza_zonder_naam_blijft_schoon(zin: str) -> None:
    assert _scholen(zin) == []
