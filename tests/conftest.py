"""Shared fixtures: the repository root, the CLI runner, and the data folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
KADER = REPO / "kaders" / "toezicht-wijkteams-2017.yaml"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the repository root as working directory (the CLI's defaults are relative to it)."""
    monkeypatch.chdir(REPO)
    return REPO


def verwachte_regels(pad: Path) -> list[str]:
    """The '# verwacht: ' lines at the end of a negative example file, without that prefix."""
    tekst = pad.read_bytes().decode("utf-8", errors="replace")
    return [regel.removeprefix("# verwacht: ") for regel in tekst.splitlines() if regel.startswith("# verwacht: ")]
