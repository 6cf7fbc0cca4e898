"""`beoordeel` of one dossier into a file or a pipe prints, without rich's console, exactly what rich prints:
the same wrapping and padding at every width, for every voorbeeld and for generated text."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from conftest import KADER
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.cli.beoordelingtekst import Blok, als_tekst, beoordeling_blokken, uitvoerbreedte
from wijkteamtoets.cli.terminal import beoordeling_weergave, blokken_weergave
from wijkteamtoets.controles.laden import Kaderregister, laad_kader
from wijkteamtoets.invoer.bestanden import verzamel_bestanden

REPO = KADER.parent.parent


def _rich(renderable: object, breedte: int) -> str:
    """What rich prints to a file (no terminal) at this width."""
    uit = io.StringIO()
    Console(file=uit, width=breedte, highlight=False).print(renderable)
    return uit.getvalue()


@pytest.fixture(scope="module")
def beoordelingen():  # type: ignore[no-untyped-def]
    register = Kaderregister([laad_kader(KADER)])
    return toets_bestanden(verzamel_bestanden([REPO / "voorbeelden"]), register, parallel=False).beoordelingen


@pytest.mark.parametrize("breedte", [12, 40, 79, 80, 120])
def test_elke_voorbeeldbeoordeling_zoals_rich_hem_afdrukt(beoordelingen, breedte: int) -> None:  # type: ignore[no-untyped-def]
    assert len(beoordelingen) > 60
    for beoordeling in beoordelingen:
        assert als_tekst(beoordeling_blokken(beoordeling), breedte) == _rich(beoordeling_weergave(beoordeling), breedte)


_TEKENS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp"))
_TEKST = st.text(st.one_of(_TEKENS, st.sampled_from(" \n       ·•✔◐语言한국😀é\u0301")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(_TEKST, min_size=1, max_size=3), st.sampled_from([0, 2, 4])), min_size=1,
                max_size=4), st.integers(min_value=6, max_value=90))
def test_gegenereerde_tekst_zoals_rich_hem_afdrukt(delen: list[tuple[list[str], int]], breedte: int) -> None:
    blokken = [Blok(tuple((tekst, "bold" if i % 2 else "") for i, tekst in enumerate(teksten)), "", inspringing)
               for teksten, inspringing in delen]
    assert als_tekst(blokken, breedte) == _rich(blokken_weergave(blokken), breedte)


def test_de_breedte_is_die_van_rich_en_zonder_terminal_of_kleur_geen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", io.StringIO())
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.setenv("COLUMNS", "97")
    assert uitvoerbreedte() == 97 == Console().width
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then writes colour codes: it prints itself
    assert uitvoerbreedte() is None
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("COLUMNS", "nul")
    assert uitvoerbreedte() is None
