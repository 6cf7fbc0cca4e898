"""Things named after a person are no person (issue 20, precision of names): a name joined by a hyphen to a
common noun ("de Apgar-score", "Douwe Egberts-punten"), a test or questionnaire that is administered or filled
in ("De Conners is door de leerkracht ingevuld"), a thing after the indefinite article ("een oude Mercedes"),
the employer one works at ("werkt als kok bij Asito"; a surname of the lists stays a person), a syndrome or disease ("het syndroom van
Prader-Willi"), a therapy or training after "volgens" ("gezinstherapie volgens Minuchin"), a method after a frame
of applying it ("Toegepast: de verliescirkel van Kübler-Ross") and a feast of any religion ("Met Pesach ...").
Each frame has persons in the same kind of sentence that are still found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


SCHOON = [
    # a name joined by a hyphen to a common noun: the noun is the thing, the name its namesake
    "De Apgar-score van de baby was goed.",
    "Moeder spaart Douwe Egberts-punten.",
    "De Van Wiechen-kenmerken zijn gescoord.",
    "Het kind heeft een Wilms-tumor gehad.",
    # a test or questionnaire administered or filled in
    "De Conners is door de leerkracht ingevuld.",
    "Er is een Raven afgenomen bij de zoon.",
    "De Beck is door de huisarts afgenomen.",
    "De Snijders-Oomen is vorig jaar afgenomen.",
    # a test named by its maker and a word for a scale, list or inventory
    "Moeder scoorde hoog op de Hamilton Depression Rating Scale.",
    "Uit de Conners Rating Scale blijkt een aandachtsprobleem.",
    "De Beck Anxiety Inventory wijst op ernstige angst.",
    "De Gilliam Autism Rating Scale wijst op autisme.",
    # a thing after the indefinite article
    "Vader rijdt in een oude Mercedes.",
    "De jongen kreeg een nieuwe Samsung voor zijn verjaardag.",
    # the employer one works at
    "Vader werkt als kok bij Asito.",
    "De oudste heeft een bijbaan bij Dirk van den Broek.",
    "Moeder loopt stage bij Albert Heijn.",
    # a syndrome or disease named after its describer
    "Het kind heeft het syndroom van Prader-Willi.",
    "Bij de dochter is de ziekte van Von Willebrand vastgesteld.",
    # a therapy or training after "volgens", a method after a frame of applying it
    "Vader volgt schematherapie volgens Young.",
    "Het gezin krijgt gezinstherapie volgens Minuchin.",
    "Toegepast: de verliescirkel van Kübler-Ross.",
    "Analyse o.b.v. de behoeftenhiërarchie van Maslow.",
    "Gewerkt volgens het stappenplan van Goldstein.",
    # a method named by its maker, also capitalised at the start of a value
    "Methode Kaplan",
    # a place after a preposition of place or after moving to it
    "De familie woont nog in Gondar.",
    "Het gezin is vanuit Mazar-i-Sharif naar Nederland gekomen.",
    "In de zomervakantie reist het gezin naar Berkane.",
    # a feast of any religion
    "Met Pesach is de zoon niet op school.",
    "Rond Divali is het druk bij de familie.",
]


@pytest.mark.parametrize("regel", SCHOON)
def test_iets_dat_naar_een_persoon_heet_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [
    ("De score van Fatima Bouzid was goed.", "Fatima Bouzid"),
    ("De vragenlijst is door mevrouw Jansen ingevuld.", "Jansen"),
    ("Vader werkt bij tante Fatima in de winkel.", "Fatima"),
    ("Het gesprek met Mercedes Pinas ging over school.", "Mercedes Pinas"),
    ("De therapie van Fatima Bouzid loopt nog.", "Fatima Bouzid"),
    ("Gesprek met mevrouw Kaplan over de huur.", "Kaplan"),
    ("Met Jansen is afgesproken dat hij belt.", "Jansen"),
    ("Moeder Elif Kaplan werkt bij de thuiszorg.", "Elif Kaplan"),
    ("De zoon gaat in het weekend naar Yonas.", "Yonas"),
    ("Het leefgeld gaat voortaan naar Anna de Wit.", "Anna de Wit"),
    ("De brief is gestuurd naar Jansen.", "Jansen"),
    ("In Fatima's kamer staat geen bed.", "Fatima"),
])
def test_een_persoon_in_dezelfde_soort_zin_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))
