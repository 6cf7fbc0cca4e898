"""Kentekens in three groups anywhere, an e-mail address with its ``mailto:`` and a handle in a file name. The
values are made up for these tests and appear in no corpus."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _gevonden(zin: str) -> list[tuple[str, str]]:
    tekst = f'citaat: "{zin}"\n'
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("zin", "soort", "waarde"), [
    ("Buren zagen ps-12-kt weer voor de deur.", "kenteken", "ps-12-kt"),  # lowercase, no vehicle word
    ("Gezien: GKX 12 B, twee keer.", "kenteken", "GKX 12 B"),  # spaces in capitals
    ("Zie mailto:k.bakker@xs4all.nl voor vragen.", "e-mail", "mailto:k.bakker@xs4all.nl"),
])
def test_persoonsgegevens_als_geheel_in_hun_vorm(zin: str, soort: str, waarde: str) -> None:
    assert _gevonden(zin) == [(soort, waarde)]


@pytest.mark.parametrize("zin", ["Zij zit in groep 3 en 4.", "Het MDO is op 12 mei om 10 uur."])
def test_groepen_van_cijfers_en_woorden_zijn_geen_kenteken(zin: str) -> None:
    assert _gevonden(zin) == []


def test_account_in_een_bestandsnaam_houdt_zijn_liggende_streepjes() -> None:
    assert "sociale-media" in scan_naam("profiel_@jorien_vdb.yaml")
