"""Counts with the right Dutch form: '1 dossier', '2 dossiers', '1 fout in 1 bestand'."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.cli.meldingen import samenvatting
from wijkteamtoets.problemen import Ernst, Probleem, aantal

TESTDORP = DATA / "rapport"


def _probleem(pad: str, ernst: Ernst = Ernst.FOUT) -> Probleem:
    return Probleem(pad=pad, regel=1, kolom=1, code="yaml-syntaxis", melding="kapot", ernst=ernst)


def test_aantal() -> None:
    assert [aantal(n, "dossier", "dossiers") for n in (0, 1, 2)] == ["0 dossiers", "1 dossier", "2 dossiers"]


@pytest.mark.parametrize(("problemen", "bestanden", "zin"), [
    ([], 1, "Geen problemen gevonden in 1 bestand."),
    ([], 3, "Geen problemen gevonden in 3 bestanden."),
    (["a"], 1, "1 fout in 1 bestand."),
    (["a"], 74, "1 fout in 1 van de 74 bestanden."),
    (["a", "a", "b"], 74, "3 fouten in 2 van de 74 bestanden."),
    (["a", "b"], 2, "2 fouten in alle 2 bestanden."),
])
def test_samenvatting(problemen: list[str], bestanden: int, zin: str) -> None:
    assert samenvatting([_probleem(p) for p in problemen], bestanden) == zin


def test_samenvatting_met_waarschuwing() -> None:
    problemen = [_probleem("a"), _probleem("b", Ernst.WAARSCHUWING)]
    assert samenvatting(problemen, 10) == "1 fout en 1 waarschuwing in 2 van de 10 bestanden."


def test_rapport_noemt_alle_gelezen_bestanden_bij_een_fout(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(TESTDORP / "testdorp", data)
    (data / "dossiers" / "TD-2016-001.yaml").write_text("dossier: [kapot\n", encoding="utf-8")
    resultaat = CliRunner().invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                         str(TESTDORP / "kaders"), "-o", str(tmp_path / "uit")])
    assert resultaat.exit_code == 1
    assert "1 fout in 1 van de 6 bestanden." in resultaat.stderr


def test_rapport_met_een_dossier(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(TESTDORP / "testdorp", data)
    for pad in (data / "dossiers").glob("*.yaml"):
        if pad.name != "TD-2016-001.yaml":
            pad.unlink()
    for formaat, naam in (("markdown", "r.md"), ("html", "r.html")):
        resultaat = CliRunner().invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                             str(TESTDORP / "kaders"), "-o", str(tmp_path / naam), "-f", formaat])
        assert resultaat.exit_code == 0, resultaat.output
        tekst = (tmp_path / naam).read_text(encoding="utf-8")
        assert "beoordeelden 1 dossier" in tekst
        assert not re.search(r"\b1 (dossiers|gemeenten|beoordelingen|beoordelaars|indicatoren)\b", tekst)
    resultaat = CliRunner().invoke(app, ["rapport", "--alle", "--data", str(data), "--kaders", str(TESTDORP / "kaders"),
                                         "-o", str(tmp_path / "alle"), "-f", "markdown"])
    assert resultaat.exit_code == 0, resultaat.output
    overkoepelend = (tmp_path / "alle" / "overkoepelend.md").read_text(encoding="utf-8")
    assert "1 gemeente, 1 dossier (1 beoordeling door 1 beoordelaar)" in overkoepelend
    assert not re.search(r"\b1 (dossiers|gemeenten|beoordelingen|beoordelaars|indicatoren)\b", overkoepelend)


def test_een_veelvoorkomende_waarschuwing_staat_er_een_paar_keer_fouten_allemaal() -> None:
    from wijkteamtoets.cli.meldingen import Formaat, formatteer

    waarschuwingen = [Probleem(pad=f"d{i}.yaml", regel=i, kolom=1, code="bron-ontbreekt", melding="zonder bron",
                               ernst=Ernst.WAARSCHUWING) for i in range(1, 9)]
    fouten = [_probleem(f"f{i}.yaml") for i in range(1, 9)]
    tekst = formatteer(waarschuwingen + fouten, Formaat.TEKST, 16, herhaling=3)
    regels = tekst.splitlines()
    assert sum(r.endswith("[bron-ontbreekt]") for r in regels) == 3
    assert sum(r.endswith("[yaml-syntaxis]") for r in regels) == 8
    assert "... en nog 5 waarschuwingen [bron-ontbreekt]; toon alle meldingen met --alle-meldingen" in regels
    assert regels[-1] == "8 fouten en 8 waarschuwingen in alle 16 bestanden."
    # without a limit, and in the other formats, every message is there
    assert formatteer(waarschuwingen, Formaat.TEKST, 8).count("[bron-ontbreekt]") == 8
    assert formatteer(waarschuwingen, Formaat.JSON, 8, herhaling=3).count("bron-ontbreekt") == 8
