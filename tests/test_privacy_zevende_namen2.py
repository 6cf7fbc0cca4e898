"""Names in the seventh corpus (issue 20): a professional assigned to a person in a case file names that person
after "voor" ("de casusregisseur voor Zozo"), as "van" does after a family role ("de moeder van Sanne"); the same
frame before a group or an institution in lowercase is no person."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize(("regel", "naam"), [
    ("Vanaf maart is Petra de casusregisseur voor Zozo en haar broer.", "Zozo"),
    ("De gezinsvoogd voor Nowicki is nog niet bekend.", "Nowicki"),
])
def test_naam_na_professional_voor(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize("regel", [
    "De casusregisseur voor het gezin is nog niet bekend.",
    "Er komt een mentor voor de hele klas.",
])
def test_geen_naam_na_professional_voor_een_groep(regel: str) -> None:
    assert _namen(regel) == []


def test_naam_na_de_woning_van() -> None:
    """A police report places what it saw at a person's home: "bij de woning van Kowalczyk"."""
    assert "Kowalczyk" in _namen("Een auto is meermaals gezien bij de woning van Kowalczyk.")


def test_geen_naam_na_de_woning_van_een_groep() -> None:
    assert _namen("De woning van de familie is te klein voor vijf kinderen.") == []
