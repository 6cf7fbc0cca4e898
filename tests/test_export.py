"""`wijkteamtoets exporteer`: files an inspector opens in Dutch Excel without fixing anything.

Typed dates and numbers, Dutch headers, ja/nee, scores rounded to two decimals, a sheet per level with the
kader's texts, a bold frozen header with filters; no formula from a file ever becomes live (OWASP CSV
injection), and paths are relative to the data folder.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import DATA
from wijkteamtoets.cli.commandos import app

TESTDORP = DATA / "rapport"
FORMULES = {
    "TD-2016-001": ("team", "Wijkteam Testdorp", '\'=HYPERLINK("http://voorbeeld.invalid","klik")\''),
    "TD-2016-002": ("team", "Wijkteam Testdorp", '"@SUM(1+1)"'),
    "TD-2016-004": ("team", "Wijkteam Testdorp", '"-2+3"'),
    "TD-2016-003": ("motivatie", "In het interview bleek de regie helder belegd.", "\"+cmd|' /C calc'!A0\""),
    "TD-2016-002.INS2": ("team", "Wijkteam Testdorp", '"Team \\e[31mrood\\e[0m"'),
}


def _exporteer(runner: CliRunner, formaat: str, data: Path, doel: Path) -> None:
    resultaat = runner.invoke(app, ["exporteer", "-f", formaat, "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-o", str(doel)])
    assert resultaat.exit_code == 0, resultaat.output


@pytest.fixture
def met_formules(tmp_path: Path) -> Path:
    """A copy of Testdorp whose team names and a motivatie start with =, @, - and +, and one with escape codes."""
    data = tmp_path / "data"
    shutil.copytree(TESTDORP / "testdorp", data)
    for dossier, (_, oud, nieuw) in FORMULES.items():
        pad = data / "dossiers" / f"{dossier}.yaml"
        tekst = pad.read_text(encoding="utf-8")
        assert oud in tekst
        pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")
    return data


def test_xlsx_heeft_getypeerde_cellen_en_een_blad_per_niveau(runner: CliRunner, tmp_path: Path) -> None:
    doel = tmp_path / "oordelen.xlsx"
    _exporteer(runner, "xlsx", TESTDORP / "testdorp", doel)
    boek = openpyxl.load_workbook(doel)
    assert boek.sheetnames == ["Dossiers", "Gemeente × indicator", "Criteria", "Thema's", "Antwoorden", "Context"]
    for blad in boek.worksheets:
        assert blad.freeze_panes == "A2"
        assert blad.auto_filter.ref == blad.dimensions
        assert all(cel.font.bold for cel in blad[1])
        assert all(blad.column_dimensions[cel.column_letter].width >= len(cel.value) for cel in blad[1])
    dossiers = boek["Dossiers"]
    koppen = [cel.value for cel in dossiers[1]]
    assert koppen[:9] == ["Gemeente", "Soort bestand", "Dossier", "Bestand", "Team", "Beoordelaar", "Datum",
                          "Consensus", "Telt mee"]
    assert not {"telt_mee", "niet_voldaan", "thema_titel"} & set(koppen)
    rijen = [dict(zip(koppen, (c.value for c in rij), strict=True)) for rij in dossiers.iter_rows(min_row=2)]
    eerste = next(r for r in rijen if r["Dossier"] == "TD-2016-001" and r["Indicator-id"] == "veiligheid")
    assert eerste["Datum"] == dt.datetime(2016, 10, 1)
    assert dossiers.cell(row=2, column=koppen.index("Datum") + 1).number_format == "dd-mm-yyyy"
    assert {r["Telt mee"] for r in rijen} == {"ja", "nee"}
    assert {r["Consensus"] for r in rijen} == {"nee"}
    assert {r["Afwijking"] for r in rijen} == {"ja", "nee"}
    scores = [r["Score"] for r in rijen if r["Score"] is not None]
    assert scores and all(isinstance(s, int | float) and round(s, 2) == s for s in scores)
    indicatoren = boek["Gemeente × indicator"]
    koppen = [cel.value for cel in indicatoren[1]]
    rij = dict(zip(koppen, (c.value for c in indicatoren[2]), strict=True))
    assert rij["Indicator"] == "De veiligheidsrisico's zijn ingeschat."  # the kader's text
    assert (rij["Dossiers"], rij["Beoordeeld"], rij["Score dossiers"], rij["Aandeel voldoet"]) == (4, 2, 0.5, 0.5)
    assert indicatoren.cell(row=2, column=koppen.index("Aandeel voldoet") + 1).number_format == "0%"
    assert [c.value for c in boek["Criteria"][2]] == ["Testdorp", "Thema A", "1.1", "Criterium A", "voldoet deels",
                                                     0.5]
    assert [c.value for c in boek["Thema's"][1]] == ["Gemeente", "Nummer", "Thema", "Oordeel", "Score"]


def test_csv_voor_nederlandse_excel(runner: CliRunner, tmp_path: Path) -> None:
    doel = tmp_path / "oordelen.csv"
    _exporteer(runner, "csv", TESTDORP / "testdorp", doel)
    tekst = doel.read_text(encoding="utf-8-sig")
    assert tekst.splitlines()[0].startswith("Gemeente;Soort bestand;Dossier;Bestand;Team;Beoordelaar;Datum;Consensus;Telt mee;")
    assert "True" not in tekst and "False" not in tekst
    tabel = pd.read_csv(doel, sep=";", decimal=",", encoding="utf-8-sig", parse_dates=["Datum"])
    assert tabel["Score"].dtype == float
    assert set(tabel["Score"].dropna()) <= {0.0, 0.5, 1.0}
    assert ";0,50;" in tekst or ";0,50\n" in tekst
    assert tabel["Datum"].min() == pd.Timestamp(2016, 10, 1)
    assert set(tabel["Telt mee"]) == {"ja", "nee"}


def test_formules_uit_bestanden_worden_nooit_actief(runner: CliRunner, tmp_path: Path, met_formules: Path) -> None:
    _exporteer(runner, "csv", met_formules, tmp_path / "o.csv")
    _exporteer(runner, "xlsx", met_formules, tmp_path / "o.xlsx")
    csv = pd.read_csv(tmp_path / "o.csv", sep=";", decimal=",", encoding="utf-8-sig", keep_default_na=False)
    teams = set(csv[csv["Soort bestand"] == "dossier"]["Team"])
    assert teams == {"'=HYPERLINK(\"http://voorbeeld.invalid\",\"klik\")", "'@SUM(1+1)", "'-2+3",
                     "Wijkteam Testdorp", "Team \\x1b[31mrood\\x1b[0m"}
    assert "'+cmd|' /C calc'!A0" in set(csv["Motivatie"])
    getallen = pd.read_csv(tmp_path / "o.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert getallen["Score"].dtype == float and getallen["Score"].notna().any()  # numbers stay numbers

    with zipfile.ZipFile(tmp_path / "o.xlsx") as archief:
        bladen = [archief.read(naam).decode() for naam in archief.namelist() if naam.startswith("xl/worksheets/")]
    assert not any("<f>" in blad or "<f " in blad for blad in bladen)
    blad = openpyxl.load_workbook(tmp_path / "o.xlsx")["Dossiers"]
    koppen = [cel.value for cel in blad[1]]
    teams_xlsx = {blad.cell(row=r, column=koppen.index("Team") + 1) for r in range(2, blad.max_row + 1)
                  if blad.cell(row=r, column=koppen.index("Soort bestand") + 1).value == "dossier"}
    assert all(cel.data_type == "s" for cel in teams_xlsx)
    assert {cel.value for cel in teams_xlsx} == {"=HYPERLINK(\"http://voorbeeld.invalid\",\"klik\")", "@SUM(1+1)",
                                                 "-2+3", "Wijkteam Testdorp", "Team \\x1b[31mrood\\x1b[0m"}
    scores = [blad.cell(row=r, column=koppen.index("Score") + 1) for r in range(2, blad.max_row + 1)]
    assert any(cel.data_type == "n" and isinstance(cel.value, int | float) for cel in scores)


@pytest.mark.parametrize("formaat", ["csv", "json", "xlsx"])
def test_paden_relatief_aan_de_datamap(formaat: str, runner: CliRunner, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "ergens" / "anders"
    shutil.copytree(TESTDORP / "testdorp", data)
    werkmap = tmp_path / "werkmap"
    werkmap.mkdir()
    monkeypatch.chdir(werkmap)
    doel = tmp_path / f"o.{formaat}"
    _exporteer(runner, formaat, data, doel)
    if formaat == "json":
        bestanden = {r["bestand"] for r in json.loads(doel.read_text(encoding="utf-8"))}
    elif formaat == "csv":
        bestanden = set(pd.read_csv(doel, sep=";", encoding="utf-8-sig")["Bestand"])
    else:
        bestanden = set(pd.read_excel(doel, sheet_name="Dossiers")["Bestand"])
    assert bestanden == {"gemeente.yaml", *(f"dossiers/{p.name}" for p in (data / "dossiers").glob("*.yaml"))}
    assert str(tmp_path) not in doel.read_bytes().decode("utf-8", errors="replace")


def test_uitvoer_in_de_gegevens_is_een_gebruiksfout(runner: CliRunner, tmp_path: Path) -> None:
    """An export inside the data would be read as a broken dossier by the next run: refused, nothing written."""
    data = tmp_path / "data"
    shutil.copytree(DATA / "rapport" / "testdorp", data)
    doel = data / "dossiers" / "x.yaml"
    resultaat = runner.invoke(app, ["exporteer", "--data", str(data), "--kaders", str(DATA / "rapport" / "kaders"),
                                    "--formaat", "json", "--uitvoer", str(doel)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == (f"fout: --uitvoer '{doel}' ligt in de gegevens ('{data}'); de volgende run zou de "
                                "uitvoer als invoer lezen\ntip: kies voor --uitvoer een map buiten de gegevens\n")
    assert not doel.exists()
