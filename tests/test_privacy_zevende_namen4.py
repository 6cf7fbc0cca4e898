"""A name Dutch never writes (a given name of another origin, "Efosa", "Nadifa", "Tigist") alone in the frames case
files and spoken notes put a person in (issue 20): the holder of an account ("t.n.v. Efosa", "op naam van Nadifa"),
a name with its birth date or BSN after it ("Tigist (geb. 3 mei 2015)", "voor Efosa, BSN ..."), what belongs to one
person ("verzuim van Nadifa", "kopie ID-bewijs van Tigist"), an evaluation or intake with a person ("geen evaluatie
met Efosa"), a dossier or plan named after a person in a short value ("dossier Nadifa BSN ...", "gezinsplan Tigist
concept"), spoken Dutch ("en dan belt Efosa mij", "ik zeg tegen Nadifa"), and a lowercase name with its particle
("mohamed el amrani"). An organisation or a common word in the same frames stays clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden("naam", regel, plaats)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Vergoeding reiskosten naar de rekening t.n.v. Efosa.", "Efosa"),
    ("Het verzoek om bijzondere bijstand stond op naam van Nadifa, uitbetaald in maart.", "Nadifa"),
    ("Toelichting: het plan noemt Tigist (geb. 3 mei 2015) als jongste kind.", "Tigist"),
    ("Aanmelding via de huisarts voor Efosa, BSN volgt.", "Efosa"),
    ("De leerplichtambtenaar meldt 40 uur verzuim van Nadifa in het tweede kwartaal.", "Nadifa"),
    ("Kopie ID-bewijs van Tigist zit als bijlage in het dossier.", "Tigist"),
    ("4.1.2 Evaluatie: nee. Geen evaluatie met Efosa na de verhuizing.", "Efosa"),
    ("Sociaal team Zuid, dossier Nadifa BSN onbekend", "Nadifa"),
    ("gezinsplan Tigist concept", "Tigist"),
    ("en dan belt Efosa mij om elf uur s avonds dat het weer mis is", "Efosa"),
    ("dus ik zeg tegen Nadifa van je moet gewoon naar school gaan", "Nadifa"),
    ("dus ik zeg tegen efosa van je moet gewoon naar school gaan", "efosa"),
    ("in het plan staat dat mohamed el amrani met de kinderen bij oma verblijft", "mohamed el amrani"),
    ("dossier 09 — Tigist — Kerkstraat 12 — lopend", "Tigist"),
    ("casus 12 - Kacper - afgesloten", "Kacper"),
    ("1.1.2 Veiligheid: in het plan staat dat Efosa met de kinderen tijdelijk bij oma verblijft.", "Efosa"),
    ("[12-03 14:02] Moeder: ik ben bij Nadifa op school, bel me terug", "Nadifa"),
    ("De jongste slaapt vaak bij Tigist thuis.", "Tigist"),
    ("Skille mei Efosa op freed, sy wol gjin húsbesite mear.", "Efosa"),
    ("Zorgmelding politie: auto gezien bij de woning van Chukwuemeka Obi.", "Chukwuemeka Obi"),
])
def test_een_naam_die_nederlands_nooit_schrijft_in_een_kader_van_een_persoon(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize("regel", [
    "Vergoeding reiskosten naar de rekening t.n.v. Stichting Leergeld.",
    "Het huurcontract staat op naam van de Gemeente Gouda.",
    "Het verzuim van Kwartaal 2 is hoger dan vorig jaar.",
    "Er is een evaluatie met Veilig Thuis gepland.",
    "Sociaal team Zuid, dossier Jeugd BSN onbekend",
    "gezinsplan Concept versie 2",
    "en dan belt Jeugdzorg mij weer terug",
    "De rekening t.n.v. Yorneo is betaald.",
    "dossier 09 — Jeugd — Kerkstraat 12 — lopend",
    "Het plan staat dat Veilig Thuis met de kinderen praat.",
    "ik ben bij Jeugdzorg op school geweest",
])
def test_een_organisatie_of_gewoon_woord_in_hetzelfde_kader_blijft_schoon(regel: str) -> None:
    assert _namen(regel) == []
