"""Precision of names by the frames Dutch inspector prose writes references in (issue 20): the maker of a method
("de ontwikkelingsstadia van Piaget", "werken volgens Insoo Kim Berg"), an institution one is treated "in", a
building or neighbourhood after "de" ("vlak bij de Haven"), a word made of a place ("de Goudse Poort"), a gemeente
followed by a neighbourhood ("Zwolle Lakerlopen"), a team named after a namesake of streets ("Buurtteam Kennedy")
and a capitalised noun joined to a lowercase one ("Roos en tulp") are no person. Each frame has persons in the
same kind of sentence that are still found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


SCHOON = [
    # a method and its maker: after a word for a theory, model or way of working
    "De gezinsvoogd werkt met de structurele gezinstheorie van Minuchin.",
    "In de intervisie is de socratische gespreksmethode van Leonard Nelson gebruikt.",
    "Het plan volgt de ontwikkelingsfasen van Erik Erikson.",
    "De school werkt met het gedachtegoed van Ross Greene.",
    "Het team past geweldloze communicatie volgens Marshall Rosenberg toe.",
    "De coach werkt oplossingsgericht volgens Steve de Shazer en Insoo Kim Berg.",
    "Er wordt gewerkt met de methodiek van Gordon en Satir.",
    # an institution one is treated, admitted or placed in
    "De jongere is opgenomen in Willem Arntsz.",
    "Na de behandeling in Jeroen Bosch volgt nazorg door het wijkteam.",
    "Vader verblijft in Sint Servatius tot de evaluatie.",
    # a building or neighbourhood after a lowercase "de"
    "De inloop is verhuisd naar de Oude Vest.",
    "Het gezin woont achter de Lange Tiendweg in een flat.",
    "Het spreekuur is in winkelcentrum de Bogaard.",
    # a word made of a place
    "De Haagse Markt is op zaterdag erg druk.",
    "Het Utrechtse Lint heeft een eigen team.",
    # a sentence opened by "De" and a word that is no surname
    "De Kolk wordt opnieuw ingericht.",
]


@pytest.mark.parametrize("regel", SCHOON)
def test_verwijzing_naar_methode_instelling_of_plek_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize("team", ["Buurtteam Kennedy", "Jeugdteam Roosevelt", "Wijkteam Kennedy en Elker"])
def test_team_naar_een_naamgever_van_straten_is_geen_naam(team: str) -> None:
    assert _namen(team, "team") == []


@pytest.mark.parametrize("bestand", ["Zwolle_Lakerlopen.yaml", "Breda_Hoge_Vucht_2019.yaml", "Emmen_Angelslo.yaml"])
def test_gemeente_en_wijk_in_een_bestandsnaam_is_geen_naam(bestand: str) -> None:
    assert "naam" not in scan_naam(bestand)


@pytest.mark.parametrize("regel", ["Roos en tulp bloeien in de tuin van de inloop.",
                                   "Winter en kou maken de schulden zichtbaarder."])
def test_hoofdletterwoord_naast_een_gewoon_woord_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "plaats"), [
    # an organisation before a gemeente is its location
    ("Heliomare Gouda", "team"), ("Revalidatie Westland", "sleutel"),
    # a saint's name: with "Sint", or standing alone in the Latin form of a parish or hospital
    ("Het kind is aangemeld bij Sint Jansdal.", "citaat"), ("Laurentius heeft een advies gegeven.", "citaat"),
    # a school named after a person
    ("Het Stedelijk Gymnasium Johan van Oldenbarnevelt doet mee.", "citaat"),
    ("Het wijkteam heeft een spreekuur op de Dr. H. Bavinckschool.", "citaat"),
    # an article before a first name and surname, or a title: a school or building after its namesake
    ("De Nicolaas Beets krijgt een nieuw gebouw.", "citaat"), ("Het wijkteam heeft een spreekuur op de Mgr. Bekkers.", "citaat"),
    # a building or street without a street word after a preposition of place
    ("Het kantoor van het wijkteam zit aan de Kneuterdijk.", "citaat"),
    # a word named as a word or as the name of an approach
    ("Fleur, zo noemt het team de nieuwe aanpak.", "citaat"), ("Amber is het woord dat ouders het vaakst noemen.", "citaat"),
])
def test_organisatie_heilige_school_of_woord_is_geen_naam(regel: str, plaats: str) -> None:
    assert _namen(regel, plaats) == []


@pytest.mark.parametrize("bestand", ["Bouzid_Gouda.yaml", "Fatima_Bouzid_Westland.yaml"])
def test_persoon_voor_een_gemeente_in_een_bestandsnaam_blijft_een_naam(bestand: str) -> None:
    assert "naam" in scan_naam(bestand)


PERSONEN = [
    # the same frames with a person
    ("Volgens Fatima Bouzid werkt de aanpak niet.", "Fatima Bouzid"),
    ("De benadering van Kees de Boer werkt goed in het gezin.", "Kees de Boer"),
    ("De positieve benadering van Kees de Boer werkt goed in het gezin.", "Kees de Boer"),
    ("De emotionele behoeften van Fatima Bouzid komen in het plan aan bod.", "Fatima Bouzid"),
    ("Het weekschema van Ahmed Yilmaz is vol.", "Ahmed Yilmaz"),
    ("Het gesprek met Elif Demir over de ontwikkelingsfasen van Erikson verliep goed.", "Elif Demir"),
    ("Er is overleg geweest met Jan Visser over de behandeling.", "Jan Visser"),
    ("Het kind verblijft bij Ahmed Yilmaz en zijn vrouw.", "Ahmed Yilmaz"),
    ("Het gesprek met mevrouw de Haan verliep goed.", "de Haan"),
    ("Tesfay Gebremedhin woont vlak bij de Haven.", "Tesfay Gebremedhin"),
    ("Roos Meijer en haar zoon zijn verhuisd.", "Roos Meijer"),
    ("Yonas en zijn broer wonen bij een tante.", "Yonas"),
    ("Vader Antonius belde over de school.", "Antonius"),
    ("Het kind is opgevangen door Anna Laurentius.", "Anna Laurentius"),
    ("Antonius de Vries heeft gebeld.", "Antonius de Vries"),
    ("Fatima, zo heet de moeder, belde het team.", "Fatima"),
    ("Het gesprek met dhr. J. Bakker ging over school.", "J. Bakker"),
    ("De heer Jan Bakker belde over de school.", "Jan Bakker"),
    ("Het gesprek met meneer de Jong ging goed.", "de Jong"),
]


@pytest.mark.parametrize(("regel", "naam"), PERSONEN)
def test_persoon_in_dezelfde_zinnen_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))


@pytest.mark.parametrize("team", ["Wijkteam Fatima Bouzid", "Buurtteam Kennedy Mensah"])
def test_persoon_na_een_teamwoord_blijft_een_naam(team: str) -> None:
    assert _namen(team, "team") != []


def test_gemeente_met_een_persoon_in_een_bestandsnaam_blijft_een_naam() -> None:
    assert "naam" in scan_naam("Zwolle_Jan_de_Vries_2019.yaml")
