"""`wijkteamtoets nieuw`: templates with every question of the kader that `beoordeel` accepts once filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import KADER
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.invulbestand import gemeentecode
from wijkteamtoets.invoer.kader import Niveau
from wijkteamtoets.invoer.voorwaarden import vragen_op_niveau

CONTEXT_LEEG = """  aanmelding_via:    # veilig-thuis"""
CONTEXT = """  aanmelding_via: veilig-thuis    # veilig-thuis"""


def _vul_in(tekst: str) -> str:
    tekst = tekst.replace("team:\n", "team: Wijkteam Noord\n").replace("beoordelaar:  ", "beoordelaar: INS1")
    tekst = tekst.replace(CONTEXT_LEEG, CONTEXT)
    tekst = tekst.replace("leefgebieden: []", "leefgebieden: [opvoeding]")
    return tekst.replace("gezinssamenstelling: []", "gezinssamenstelling: [{rol: moeder, leeftijd: 30}]")


def test_gemeentecode() -> None:
    assert [gemeentecode(g) for g in ["Gouda", "Bergen op Zoom", "Goeree-Overflakkee", "Den Helder", "Almelo",
                                      "Súdwest-Fryslân"]] == ["GOU", "BOZ", "GO", "DH", "ALM", "SF"]


def test_nieuw_dossier_bevat_elke_vraag_en_wordt_na_invullen_geaccepteerd(
        runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    jaar = dt.date.today().year  # the number uses this year: no fixed year in the test
    (tmp_path / f"GOU-{jaar}-004.yaml").write_text("bestaand", encoding="utf-8")
    resultaat = runner.invoke(app, ["nieuw", "dossier", "--gemeente", "Gouda", "--uitvoer", str(tmp_path),
                                    "--kaderversie", "1.0"])  # kaders/ also holds the fictional 1.1
    assert resultaat.exit_code == 0, resultaat.output
    doel = tmp_path / f"GOU-{jaar}-005.yaml"
    assert resultaat.stderr == f"Dossierbestand geschreven naar {doel}\n"
    tekst = doel.read_text(encoding="utf-8")
    assert tekst.startswith("# yaml-language-server: $schema=")
    schema = KADER.parent.parent / "schemas" / "dossier.toezicht-wijkteams-2017.schema.json"  # the kader's own
    assert (tmp_path / tekst.splitlines()[0].split("=", 1)[1]).resolve() == schema
    kader = laad_kader(KADER)
    for _, _, indicator in kader.indicatoren():
        for vraag in vragen_op_niveau(indicator, Niveau.DOSSIER) if indicator.niveau is not Niveau.GEMEENTE else []:
            assert f"      {vraag.id}:\n" in tekst
            assert vraag.vraag in tekst
    assert "regie-eenduidig-geinterviewden" not in tekst  # a gemeente-level eis

    doel.write_text(_vul_in(tekst), encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", str(doel)])
    assert resultaat.exit_code == 0, resultaat.output
    data = json.loads(resultaat.stdout)
    assert {p["code"] for p in data["problemen"]} == {"ontbrekend-antwoord"}
    assert {o["oordeel"] for o in data["beoordelingen"][0]["oordelen"]} == {"niet te beoordelen"}


def test_nieuw_dossier_overschrijft_niet(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    doel = tmp_path / "dossier.yaml"
    doel.write_text("oud", encoding="utf-8")
    resultaat = runner.invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-d", "GOU-2016-001", "-o", str(doel)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == f"fout: '{doel}' bestaat al; gebruik --overschrijf om het te vervangen\n"
    assert doel.read_text(encoding="utf-8") == "oud"
    resultaat = runner.invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-d", "GOU-2016-001", "-o", str(doel),
                                    "--overschrijf", "--team", "Sociaal Team Jeugd Oost", "--beoordelaar", "INS2"])
    assert resultaat.exit_code == 0
    tekst = doel.read_text(encoding="utf-8")
    assert "dossier: GOU-2016-001\n" in tekst and 'team: "Sociaal Team Jeugd Oost"\n' in tekst
    assert "beoordelaar: INS2 " in tekst


def test_nieuw_dossier_weigert_geen_pseudoniem(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-d", "Jansen", "-o", str(tmp_path)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == "fout: het dossiernummer is geen pseudoniem dossiernummer; gebruik de vorm ABC-2016-001\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("optie", "waarde", "getoond"), [
    ("-d", "Jan de Vries 123456782", "fout: het dossiernummer is geen pseudoniem dossiernummer"),
    ("--beoordelaar", "BSN 123456782", "fout: --beoordelaar is geen beoordelaarscode"),
    ("-d", "GOU\x1b[31m-2016", "fout: het dossiernummer is geen pseudoniem dossiernummer"),
])
def test_nieuw_dossier_toont_geweigerde_waarde_niet(runner: CliRunner, in_repo: Path, tmp_path: Path, optie: str,
                                                    waarde: str, getoond: str) -> None:
    argumenten = ["nieuw", "dossier", "-g", "Gouda", "-o", str(tmp_path), optie, waarde]
    if optie != "-d":
        argumenten += ["-d", "GOU-2016-001"]
    resultaat = runner.invoke(app, argumenten)
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith(getoond)  # the value itself is not shown, not even masked
    assert "123456782" not in resultaat.stderr and "Vries" not in resultaat.stderr and "\x1b" not in resultaat.stderr
    assert list(tmp_path.iterdir()) == []


def test_nieuw_gemeente(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["nieuw", "gemeente", "-g", "Den Helder", "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    doel = tmp_path / "gemeente.yaml"
    tekst = doel.read_text(encoding="utf-8")
    for vraag_id in ["regie-eenduidig-geinterviewden", "resultaten-in-beeld", "ervaringen-gebruikt"]:
        assert f"      {vraag_id}:\n" in tekst
    assert "plan-voor-gehele-gezin" not in tekst
    tekst = (tekst.replace("beoordelaars: []", "beoordelaars: [INS1]").replace("teams: []", "teams: [Sociaal Wijkteam]")
             .replace("netwerk:    #", "netwerk: Eén Sociaal Wijkteam.    #")
             .replace("conclusie:    #", "conclusie: Nog te schrijven.    #")
             .replace("periode: {van: , tot: }", "periode: {van: 2025-01-06, tot: 2025-03-28}"))
    doel.write_text(tekst, encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", str(doel)])
    assert resultaat.exit_code == 0, resultaat.output
    assert json.loads(resultaat.stdout)["beoordelingen"][0]["soort"] == "gemeente"


def test_nieuw_met_onbekend_kader(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["nieuw", "gemeente", "-g", "Gouda", "-o", str(tmp_path), "--kader", "bestaat-niet"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == ("fout: dit kader bestaat niet; beschikbaar: toezicht-wijkteams-2017 1.0, "
                                "toezicht-wijkteams-2017 1.1\n")


def test_nieuw_in_een_map_die_nog_niet_bestaat(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    map_ = tmp_path / "almelo" / "dossiers"
    resultaat = runner.invoke(app, ["nieuw", "dossier", "-g", "Almelo", "-o", str(map_)])
    assert resultaat.exit_code == 0, resultaat.output
    assert [p.name for p in map_.iterdir()] == [f"ALM-{dt.date.today().year}-001.yaml"]
    resultaat = runner.invoke(app, ["nieuw", "gemeente", "-g", "Almelo", "-o", str(tmp_path / "almelo")])
    assert resultaat.exit_code == 0, resultaat.output
    assert (tmp_path / "almelo" / "gemeente.yaml").is_file()


def test_nieuw_neemt_jaar_en_periode_uit_het_onderzoek(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    """Dossiers are numbered with the onderzoek's year, the gemeente file gets its periode; without an onderzoek
    file the dates stay empty (nothing is dated today unasked)."""
    map_ = tmp_path / "gouda" / "dossiers"
    assert runner.invoke(app, ["nieuw", "gemeente", "-g", "Gouda", "-o", str(tmp_path / "gouda")]).exit_code == 0
    assert "periode: {van: , tot: }    # JJJJ-MM-DD\n" in (tmp_path / "gouda" / "gemeente.yaml").read_text("utf-8")
    assert runner.invoke(app, ["nieuw", "onderzoek", "-o", str(tmp_path)]).exit_code == 0
    onderzoek = tmp_path / "onderzoek.yaml"
    tekst = onderzoek.read_text(encoding="utf-8")
    assert "periode: {van: , tot: }    # JJJJ-MM-DD\n" in tekst and "publicatiedatum:    # JJJJ-MM-DD\n" in tekst
    onderzoek.write_text(tekst.replace("periode: {van: , tot: }", "periode: {van: 2019-09-02, tot: 2019-12-20}"),
                         encoding="utf-8")
    resultaat = runner.invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-o", str(map_)])
    assert resultaat.exit_code == 0, resultaat.output
    assert [p.name for p in map_.iterdir()] == ["GOU-2019-001.yaml"]
    resultaat = runner.invoke(app, ["nieuw", "gemeente", "-g", "Gouda", "-o", str(tmp_path / "gouda"), "--overschrijf"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "periode: {van: 2019-09-02, tot: 2019-12-20}    # uit het onderzoeksbestand\n" in (
        tmp_path / "gouda" / "gemeente.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("soort", ["inspectie", "zelfevaluatie"])
def test_nieuw_onderzoek_noemt_de_soort(runner: CliRunner, tmp_path: Path, soort: str) -> None:
    resultaat = runner.invoke(app, ["nieuw", "onderzoek", "--soort", soort, "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "onderzoek.yaml").read_text(encoding="utf-8")
    assert f"\nsoort: {soort}    # inspectie of zelfevaluatie (gekozen met --soort)" in tekst
    assert ("de gemeente en haar wijkteam(s)" in tekst) == (soort == "zelfevaluatie")


@pytest.mark.parametrize("soort", ["dossier", "gemeente", "onderzoek"])
def test_een_nieuw_invulbestand_is_schoon_voor_de_privacyscan(runner: CliRunner, in_repo: Path, tmp_path: Path,
                                                              soort: str) -> None:
    """The hints the program writes in its own templates ("codes, bijvoorbeeld [INS1, INS2]") are no personal data:
    a new file gives no privacy finding before the inspector types a word."""
    opties = [] if soort == "onderzoek" else ["-g", "Gouda"]
    resultaat = runner.invoke(app, ["nieuw", soort, *opties, "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    resultaat = runner.invoke(app, ["privacy", str(tmp_path)])
    assert (resultaat.exit_code, resultaat.stdout) == (0, "Geen problemen gevonden in 1 bestand.\n"), resultaat.output
