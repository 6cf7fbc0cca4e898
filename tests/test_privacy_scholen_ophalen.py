"""A pupil's school as the papers of a wijkteam file write it (issue 20, corpus `achtste`): picked up or brought
there ("Kunt u Sari ophalen bij VSO De Ster?"), discussed in the school's zorgadviesteam ("In het zorgadviesteam van
Praktijkschool De Brug is Paweł besproken"), a form with "Groep: 6" beside "School: ...", and a Flemish school of
the GO! network ("GO! Atheneum Antwerpen"). A school as an organisation, without one child, stays clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


@pytest.mark.parametrize(("regel", "school"), [
    ("> > Kunt u Sari volgende week ophalen bij VSO De Ster?", "VSO De Ster"),
    ("Oma haalt de jongen elke dinsdag op bij SBO De Windroos.", "SBO De Windroos"),
    ("Vader brengt zijn dochter 's ochtends naar MBO Rijnland.", "MBO Rijnland"),
    ("In het zorgadviesteam van Praktijkschool De Brug is Paweł besproken; de intern begeleider maakt zich zorgen.",
     "Praktijkschool De Brug"),
    ("Leerling: Houda   Groep: 6   School: GO! Atheneum Antwerpen", "GO! Atheneum Antwerpen"),
    ("Leerling: Tarek   Groep: 6   School: Comenius College", "Comenius College"),
])
def test_school_van_een_kind(regel: str, school: str) -> None:
    assert school in gevonden("school", regel)


@pytest.mark.parametrize("regel", [
    "Het wijkteam haalt de folders op bij VSO De Ster.",
    "De zorgadviesteams van SBO De Windroos en het Comenius College vergaderen maandelijks.",
    "Groep: jeugdteam Noord   School: nvt",
    "Wij brengen de nieuwe werkwijze naar MBO Rijnland en het ROC.",
    "De directie van GO! Atheneum Antwerpen nam deel aan het overleg.",
])
def test_school_als_organisatie_blijft_schoon(regel: str) -> None:
    assert gevonden("school", regel) == []
