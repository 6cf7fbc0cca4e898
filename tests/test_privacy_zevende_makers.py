"""Makers of a method named with it (issue 20, category "methode-maker" of the clean lines): a programme of the list of
organisations and programmes with its makers in brackets or after "van" ("Signs of Safety (Turnell en Edwards)",
"Marte Meo (Maria Aarts)"), and a maker after "ontwikkeld door" ("ontwikkeld door Turnell en Edwards"). A maker's
name there is an author, no person in the dossier; a contact at an organisation, the parents who follow a programme
and a common surname without a sign stay persons."""

from __future__ import annotations

import pytest

from privacymeting import gevonden
from wijkteamtoets.controles.privacy import scan_naam


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden("naam", regel, plaats)


@pytest.mark.parametrize("regel", [
    "Het team werkt met Signs of Safety (Turnell en Edwards).",
    "Geen borging van Signs of Safety (Turnell en Edwards) in de werkwijze.",
    "Er is gestart met Marte Meo (Maria Aarts).",
    "De ouders volgen Triple P (Matthew Sanders) in groepsverband.",
    "Werken volgens Signs of Safety, ontwikkeld door Turnell en Edwards.",
    "Er wordt gewerkt met de Kanjertraining (Gerard Weide).",
    "Het team gebruikt het Drie Huizen model van Nicki Weld.",
    "De ouders volgen Incredible Years (Webster-Stratton).",
])
def test_de_makers_van_een_methode_zijn_geen_persoon(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [
    ("Contact met Veilig Thuis (Miller) over de melding.", "Miller"),
    ("Gestart met Triple P (Sanne en Tom), de ouders komen elke week.", "Sanne"),
    ("Gestart met Triple P (Sanne en Tom), de ouders komen elke week.", "Tom"),
    ("Het plan is ontwikkeld door Jansen en moeder samen.", "Jansen"),
    ("Signs of Safety (Turnell) is besproken met Fatima Bouzid.", "Fatima Bouzid"),
    ("Gesprek met moeder (Ainsworth) over de opvoeding.", "Ainsworth"),
])
def test_een_persoon_naast_een_methode_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))


@pytest.mark.parametrize("regel", [
    "Het plan volgt het Stages of Change-model (Prochaska en DiClemente).",
    "Het plan is opgesteld volgens de Verandercirkel (Prochaska en DiClemente).",
    "Training in Signs of Safety (Turnell en Edwards) gevolgd in 2023.",
])
def test_de_makers_van_een_methode_in_een_bestandsnaam(regel: str) -> None:
    """A file name is also read with its camelCase joints as spaces ("Di Clemente"): a maker stays one there."""
    assert "naam" not in scan_naam(regel.replace(" ", "_") + ".yaml")


def test_een_naam_in_camelcase_in_een_bestandsnaam_blijft_een_naam() -> None:
    assert "naam" in scan_naam("verslag_FatimaBouzid_2023.yaml")
