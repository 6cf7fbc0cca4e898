"""The cache of per-file results: a run over unchanged files gives the same output without redoing the work,
and any change to a file or to the kaders is seen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO
from wijkteamtoets.beoordelen import toetsen
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles import cache, laden


@pytest.fixture
def met_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv(cache.MAP_OMGEVING, str(tmp_path / "cache"))
    return tmp_path / "cache" / cache.MAP


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    werk = tmp_path / "werk"
    shutil.copytree(REPO / "voorbeelden", werk / "voorbeelden")
    shutil.copytree(REPO / "kaders", werk / "kaders")
    monkeypatch.chdir(werk)
    return werk


def _tel_berekeningen(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the files that are really loaded (not taken from the cache)."""
    teller = {"bestanden": 0, "kaders": 0}
    laad_bevindingen, laad_kader = toetsen.laad_bevindingen, laden.laad_kader

    def tel_bestand(*argumenten):  # type: ignore[no-untyped-def]
        teller["bestanden"] += 1
        return laad_bevindingen(*argumenten)

    def tel_kader(*argumenten):  # type: ignore[no-untyped-def]
        teller["kaders"] += 1
        return laad_kader(*argumenten)

    monkeypatch.setattr(toetsen, "laad_bevindingen", tel_bestand)
    monkeypatch.setattr(laden, "laad_kader", tel_kader)
    return teller


def _beoordeel(runner: CliRunner) -> bytes:
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", "voorbeelden"])
    assert resultaat.exit_code == 0, resultaat.output
    return resultaat.stdout_bytes


def test_ongewijzigde_bestanden_uit_de_cache_met_dezelfde_uitvoer(
        runner: CliRunner, met_cache: Path, werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # every dossier and gemeente file: onderzoek.yaml is read apart from the per-file pipeline, and consensus
    # files are few and are loaded after all ratings, outside the per-file cache
    aantal = len([p for p in (werkmap / "voorbeelden").rglob("*.yaml")
                  if p.name != "onderzoek.yaml" and not p.name.endswith(".consensus.yaml")])
    teller = _tel_berekeningen(monkeypatch)
    koud = _beoordeel(runner)
    assert teller == {"bestanden": aantal, "kaders": 1}
    assert len(list(met_cache.rglob("*.pickle"))) == aantal + 1
    warm = _beoordeel(runner)
    assert teller == {"bestanden": aantal, "kaders": 1}  # nothing loaded again
    assert warm == koud

    for formaat in ("html", "markdown"):
        uit = {}
        for soort in ("koud", "warm"):
            if soort == "koud":
                shutil.rmtree(met_cache)
            resultaat = runner.invoke(app, ["rapport", "--alle", "-f", formaat, "-o", str(werkmap / soort)])
            assert resultaat.exit_code == 0, resultaat.output
            uit[soort] = {p.name: p.read_bytes() for p in (werkmap / soort).iterdir()}
        assert uit["warm"] == uit["koud"]


def test_een_gewijzigd_dossier_of_kader_wordt_opnieuw_beoordeeld(
        runner: CliRunner, met_cache: Path, werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # every dossier and gemeente file: onderzoek.yaml is read apart from the per-file pipeline, and consensus
    # files are few and are loaded after all ratings, outside the per-file cache
    aantal = len([p for p in (werkmap / "voorbeelden").rglob("*.yaml")
                  if p.name != "onderzoek.yaml" and not p.name.endswith(".consensus.yaml")])
    _beoordeel(runner)
    teller = _tel_berekeningen(monkeypatch)
    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    eerder = runner.invoke(app, ["beoordeel", "-f", "json", str(dossier)]).stdout
    assert teller == {"bestanden": 0, "kaders": 0}
    tekst = dossier.read_text(encoding="utf-8")
    assert "      ouders-betrokken-bij-hulpvraag: ja\n" in tekst
    dossier.write_text(tekst.replace("      ouders-betrokken-bij-hulpvraag: ja\n",
                                     "      ouders-betrokken-bij-hulpvraag: nee\n"), encoding="utf-8")
    gewijzigd = runner.invoke(app, ["beoordeel", "-f", "json", str(dossier)])
    assert teller == {"bestanden": 1, "kaders": 0}
    zonder_cache = runner.invoke(app, ["beoordeel", "-f", "json", str(dossier)], env={"WIJKTEAMTOETS_CACHE": "uit"})
    assert gewijzigd.stdout == zonder_cache.stdout != eerder

    kader = werkmap / "kaders" / "toezicht-wijkteams-2017.yaml"
    kader.write_text(kader.read_text(encoding="utf-8") + "# een wijziging\n", encoding="utf-8")
    _beoordeel(runner)
    # the run without cache loaded the dossier and the kader once more; another kader: every file again
    assert teller == {"bestanden": 2 + aantal, "kaders": 2}


def test_onleesbare_cache_telt_als_afwezig(runner: CliRunner, met_cache: Path, werkmap: Path) -> None:
    koud = _beoordeel(runner)
    for pad in met_cache.rglob("*.pickle"):
        pad.write_bytes(b"geen pickle")
    assert _beoordeel(runner) == koud


def test_sleutel_scheidt_delen() -> None:
    assert cache.sleutel("ab", "c") != cache.sleutel("a", "bc")
    assert cache.sleutel("a", b"b") == cache.sleutel(b"a", "b")
