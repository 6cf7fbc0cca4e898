"""Spoken Dutch in transcripts and chats (issue 20, category "spreektaal" of the clean lines): a quote followed by
the one who says it ("tranga yesi, zegt oma"), words of Sranan, Papiamento and the Moroccan Dutch of the street in
lowercase ("ewa sahbi", "yu sabi", "wollah"): none is a name. A name in the same places stays one: the subject before
its verb, a name as a whole short value, a first name before a surname of the lists, two words no list knows that open
a sentence in lowercase ("tewolde gebru heeft ...")."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden("naam", regel, plaats)


@pytest.mark.parametrize("regel", [
    "tranga yesi, zegt oma over de jongste",
    "ewa sahbi, zo gaat dat hier gewoon",
    "yu sabi fa a de, toch?",
    "wollah ik heb niks gedaan, zegt hij steeds",
    "hij zegt: tantoe skeer, geen geld voor eten",
    "kijk, wij zijn gewoon een normale famiri",
    "moeder zegt: mi lobi mi pikin, ik wil het beste",
])
def test_gesproken_nederlands_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam", "plaats"), [
    ("Mebrahtu vertelt dat het thuis beter gaat.", "Mebrahtu", "citaat"),
    ("mebrahtu tewolde", "mebrahtu tewolde", "sleutel"),
    ("mebrahtu tewolde (vader)", "mebrahtu tewolde", "team"),
    ("ewa kowalska zegt dat ze het niet weet", "ewa kowalska", "citaat"),
    ("Yonas, zegt moeder, slaapt slecht.", "Yonas", "citaat"),
    ("tewolde gebru heeft vandaag niks met het plan te maken gehad vind ik", "tewolde gebru", "citaat"),
])
def test_een_naam_in_dezelfde_plaatsen_blijft_een_naam(regel: str, naam: str, plaats: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel, plaats))
