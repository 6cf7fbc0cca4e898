"""Both cores for large batches: a pool of worker processes gives exactly the output of a serial run."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO
from wijkteamtoets.beoordelen.toetsen import PARALLEL_OMGEVING, toets_bestanden, werkers
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.laden import laad_register

# Good voorbeelden, bad dossiers (errors and warnings) and gemeente files together.
BESTANDEN = sorted([*(REPO / "voorbeelden").rglob("*.yaml"), *(DATA / "dossiers").rglob("*.yaml")])


def test_pool_en_serieel_geven_dezelfde_uitslag_in_elke_volgorde() -> None:
    register, _ = laad_register([REPO / "kaders"])
    serieel = toets_bestanden(BESTANDEN, register, parallel=False)
    geschud = BESTANDEN.copy()
    random.Random(15).shuffle(geschud)
    parallel = toets_bestanden(geschud, register, parallel=True)
    assert serieel.problemen and any(p.ernst.value == "waarschuwing" for p in serieel.problemen)
    assert len(serieel.beoordelingen) > 70
    assert parallel.beoordelingen == serieel.beoordelingen
    assert parallel.problemen == serieel.problemen
    assert parallel.gemeentebestanden == serieel.gemeentebestanden
    assert parallel.kaders == serieel.kaders



def test_oordelen_uit_de_werkers_delen_de_teksten_van_het_kader() -> None:
    """A national round holds 10,000 judgements: each repeats the kader's titles, questions and reasons, which come
    back from a worker process as one shared copy, not one copy per judgement (issue 22: compact results)."""
    register, _ = laad_register([REPO / "kaders"])
    dossiers = sorted((REPO / "voorbeelden" / "gouda" / "dossiers").glob("GOU-*.yaml"))[:4]
    eerste, tweede = [b for b in toets_bestanden(dossiers, register, parallel=True).beoordelingen
                      if b.soort == "dossier"][:2]
    for a, b in zip(eerste.oordelen, tweede.oordelen, strict=True):
        assert a.indicator_tekst == b.indicator_tekst and a.indicator_tekst is b.indicator_tekst
        assert a.thema_titel is b.thema_titel and a.criterium_tekst is b.criterium_tekst
    vragen = {id(bevinding.vraag) for o in (*eerste.oordelen, *tweede.oordelen) for bevinding in o.bevindingen}
    assert len(vragen) == len({bevinding.vraag_id for o in eerste.oordelen for bevinding in o.bevindingen})


def _uitvoer(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, keuze: str, tmp_path: Path) -> dict[str, bytes]:
    """What beoordeel, rapport --alle and exporteer give with the pool `keuze` (one format each: the formats render
    the same judged data, which is what the pool makes)."""
    monkeypatch.setenv(PARALLEL_OMGEVING, keuze)
    beoordeel = runner.invoke(app, ["beoordeel", "-f", "json", *map(str, reversed(BESTANDEN))])
    assert beoordeel.exit_code == 1  # the bad dossiers
    uit = tmp_path / keuze
    rapport = runner.invoke(app, ["rapport", "--alle", "-f", "markdown", "-o", str(uit)])
    assert rapport.exit_code == 0, rapport.output
    export = runner.invoke(app, ["exporteer", "-f", "csv", "-o", str(uit)])
    assert export.exit_code == 0, export.output
    bestanden = {p.name: p.read_bytes() for p in sorted(uit.iterdir())}
    return {"beoordeel json": beoordeel.stdout_bytes, "beoordeel stderr": beoordeel.stderr_bytes, **bestanden}


def test_cli_uitvoer_byte_voor_byte_gelijk(runner: CliRunner, in_repo: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    serieel = _uitvoer(runner, monkeypatch, "nooit", tmp_path)
    parallel = _uitvoer(runner, monkeypatch, "altijd", tmp_path)
    assert len(serieel) == 2 + 7 + 1  # 7 reports and the export
    assert parallel == serieel


def test_keuze_van_het_aantal_werkers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PARALLEL_OMGEVING, raising=False)
    assert werkers(1) == 1 and werkers(10) == 1  # small batches stay in this process
    assert werkers(10, parallel=True) >= 2
    assert werkers(10_000, parallel=False) == 1
    monkeypatch.setenv(PARALLEL_OMGEVING, "nooit")
    assert werkers(10_000) == 1
    monkeypatch.setenv(PARALLEL_OMGEVING, "3")
    assert werkers(10_000) == 3 and werkers(2) == 2
