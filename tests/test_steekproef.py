"""The steekproef: planned sizes and bounds against published tables, the reproducible draw, the privacy gate
of a population file, and the dossiers of a gemeente against its steekproef."""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from wijkteamtoets.cli import app
from wijkteamtoets.controles.steekproefcontrole import controleer_steekproef, vergelijk_met_steekproef
from wijkteamtoets.controles.trekking import Verzoek, trek_steekproef
from wijkteamtoets.invoer.steekproef import Steekproef
from wijkteamtoets.invoer.steekproefplan import bovengrens, plan_omvang, sleutel, trek, verdeel, wilson
from wijkteamtoets.invoer.validatie import valideer
from wijkteamtoets.invoer.yamlbron import lees_yaml

DATA = Path(__file__).parent / "data" / "steekproef"
VOORBEELDEN = Path(__file__).parent.parent / "voorbeelden"

# AICPA Audit Guide: Audit Sampling (2017), Appendix A, Table A-1 (5% risk of overreliance): sample sizes per
# expected deviation rate (0, 0.25, ..., 4, 5, ..., 10, 12.5, 15, 17.5%); as jfa's own validation tests use it.
VERWACHT = [r / 100 for r in (*[i * 0.25 for i in range(17)], 5, 6, 7, 8, 9, 10, 12.5, 15, 17.5)]
TABEL_A1 = {
    0.05: [59, 93, 93, 93, 93, 124, 124, 153, 181, 208, 234, 286, 361, 458, 624, 877, 1348],
    0.10: [29, 46, 46, 46, 46, 46, 46, 46, 46, 61, 61, 61, 61, 61, 76, 76, 89, 116, 179, 298, 649],
    0.20: [14, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 30, 30, 37, 37, 44, 50, 88, 193, 720],
}
# Table A-3: upper bound (%) at 95% confidence for a sample size (rows) and 0..10 deviations found.
TABEL_A3 = {
    20: [14.0, 21.7, 28.3, 34.4, 40.2, 45.6, 50.8, 55.9, 60.7, 65.4, 69.9],
    50: [5.9, 9.2, 12.1, 14.8, 17.4, 19.9, 22.4, 24.7, 27.1, 29.4, 31.6],
    100: [3.0, 4.7, 6.2, 7.6, 9.0, 10.3, 11.5, 12.8, 14.0, 15.2, 16.4],
    500: [0.6, 1.0, 1.3, 1.6, 1.9, 2.1, 2.4, 2.7, 2.9, 3.2, 3.4],
}


@pytest.mark.parametrize("tolerantie", sorted(TABEL_A1))
def test_omvang_volgt_aicpa_tabel_a1(tolerantie: float) -> None:
    verwacht = TABEL_A1[tolerantie]
    assert [plan_omvang(0.95, tolerantie, v) for v in VERWACHT[: len(verwacht)]] == verwacht


def test_omvang_zoals_jfa_en_het_issue() -> None:
    assert plan_omvang(0.95, 0.10, 0.0) == 29
    assert plan_omvang(0.95, 0.05, 0.0) == 59
    assert plan_omvang(0.95, 0.01, 0.0) == 299  # jfa's test 'planning(materiality = 0.01, binomial)'
    assert plan_omvang(0.90, 0.05, 0.035) == 423  # jfa: ceiling(0.035 * 400) is 15, AICPA Table A-2 misprints 200


@pytest.mark.parametrize("n", sorted(TABEL_A3))
def test_bovengrens_volgt_aicpa_tabel_a3(n: int) -> None:
    assert [math.ceil(bovengrens(k, n, 0.95) * 1000) / 10 for k in range(11)] == TABEL_A3[n]


def test_wilson_zoals_statsmodels() -> None:
    from statsmodels.stats.proportion import proportion_confint

    for k, n in ((8, 11), (0, 12), (12, 12), (3, 29)):
        verwacht = proportion_confint(k, n, alpha=0.05, method="wilson")
        assert wilson(k, n) == pytest.approx(verwacht, abs=1e-9)


ZAKEN = [f"GOU-2016-{i:03d}" for i in range(1, 21)]


def test_trekking_ligt_vast() -> None:
    """A change of the draw method must be caught: this selection is part of the method's contract."""
    # the key is the SHA-256 of zaad, a NUL byte and the zaaknummer
    assert sleutel("1", "GOU-2016-001") == "f7738aeee49249e3e9e452cd8b33d78f82232904745a3d2e4922c50ccb00c867"
    uitkomst = trek("1", ZAKEN, 5, 2)
    assert uitkomst.geselecteerd == ["GOU-2016-019", "GOU-2016-015", "GOU-2016-014", "GOU-2016-009", "GOU-2016-013"]
    assert uitkomst.reserve == ["GOU-2016-004", "GOU-2016-005"]
    assert trek("1", list(reversed(ZAKEN)), 5, 2) == uitkomst  # the order of the file does not matter


def test_verdeling_over_strata() -> None:
    assert verdeel(12, {"Noord": 142, "Oost": 138, "West": 116, "Zuid": 104}) == {
        "Noord": 3, "Oost": 3, "West": 3, "Zuid": 3}
    assert verdeel(10, {"a": 70, "b": 20, "c": 10}) == {"a": 7, "b": 2, "c": 1}
    assert verdeel(9, {"a": 70, "b": 20, "c": 2}, gelijk=True) == {"a": 4, "b": 3, "c": 2}


def _populatie(pad: Path, rijen: int = 500) -> Path:
    teams = ["Team Noord", "Team Zuid", "Team Oost", "Team West"]
    regels = ["zaaknummer;team;startdatum"] + [f"GOU-2016-{i:03d};{teams[i % 4]};2016-{i % 12 + 1:02d}-01"
                                                for i in range(1, rijen + 1)]
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return pad


def test_zelfde_zaad_zelfde_steekproef_ander_zaad_een_andere(tmp_path: Path) -> None:
    populatie = _populatie(tmp_path / "populatie.csv")
    eerste, problemen = trek_steekproef(populatie, Verzoek(gemeente="Gouda", zaad="2016", tolerantie=0.10, reserve=5))
    tweede, _ = trek_steekproef(populatie, Verzoek(gemeente="Gouda", zaad="2016", tolerantie=0.10, reserve=5))
    ander, _ = trek_steekproef(populatie, Verzoek(gemeente="Gouda", zaad="2017", tolerantie=0.10, reserve=5))
    assert problemen == [] and eerste is not None and tweede is not None and ander is not None
    assert len(eerste.geselecteerd) == 29 and len(eerste.reserve) == 5 and eerste.populatie.rijen == 500
    assert eerste.geselecteerd == tweede.geselecteerd and eerste.reserve == tweede.reserve
    assert ander.geselecteerd != eerste.geselecteerd
    assert not set(eerste.geselecteerd) & set(eerste.reserve)


def test_gestratificeerd_per_team(tmp_path: Path) -> None:
    populatie = _populatie(tmp_path / "populatie.csv", 100)
    s, _ = trek_steekproef(populatie, Verzoek(gemeente="Gouda", zaad="x", omvang=8, strata="team", reserve=4))
    assert s is not None and s.strata is not None
    assert [(laag.waarde, laag.populatie, laag.omvang, laag.reserve) for laag in s.strata.lagen] == [
        ("Team Noord", 25, 2, 1), ("Team Oost", 25, 2, 1), ("Team West", 25, 2, 1), ("Team Zuid", 25, 2, 1)]
    nummers = {z: int(z[-3:]) % 4 for z in s.geselecteerd}
    assert sorted(nummers.values()) == [0, 0, 1, 1, 2, 2, 3, 3]


def test_populatie_met_naam_en_ongeldig_nummer_wordt_geweigerd() -> None:
    s, problemen = trek_steekproef(DATA / "populatie-met-naam.csv", Verzoek(gemeente="Gouda", zaad="1", omvang=1))
    assert s is None
    gevonden = [(p.regel, p.kolom, p.code, p.melding) for p in problemen]
    assert (3, 2, "privacy-naam", "rij 3, kolom 2: mogelijk naam van een persoon; de waarde wordt niet getoond") in gevonden
    assert (4, 1, "ongeldig-id", "rij 4: het zaaknummer is geen pseudoniem dossiernummer; de waarde wordt niet "
            "getoond") in gevonden
    assert (5, 1, "populatie-dubbel", "rij 5: zaaknummer ABC-2016-001 staat ook in rij 2") in gevonden
    assert not any("Vries" in p.melding for p in problemen)


def test_populatie_zonder_zaaknummer() -> None:
    _, problemen = trek_steekproef(DATA / "populatie-zonder-zaaknummer.csv", Verzoek(gemeente="G", zaad="1", omvang=1))
    assert [(p.regel, p.code, p.melding) for p in problemen] == [
        (1, "populatie-ongeldig", "de eerste rij heeft geen kolom 'zaaknummer'")]


def test_populatie_uit_excel(tmp_path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    boek = Workbook()
    blad = boek.active
    blad.append(["Zaaknummer", "team"])
    for i in range(1, 41):
        blad.append([f"GOU-2016-{i:03d}", "Team Noord"])
    boek.save(tmp_path / "populatie.xlsx")
    s, problemen = trek_steekproef(tmp_path / "populatie.xlsx", Verzoek(gemeente="Gouda", zaad="1", omvang=5))
    csv, _ = trek_steekproef(_populatie(tmp_path / "p.csv", 40), Verzoek(gemeente="Gouda", zaad="1", omvang=5))
    assert problemen == [] and s is not None and csv is not None
    assert s.geselecteerd == csv.geselecteerd  # the same ids: the same draw, whatever the file type


def _gouda() -> Steekproef:
    return valideer(lees_yaml(VOORBEELDEN / "gouda" / "steekproef.yaml"), Steekproef)


def test_voorbeeld_gouda_klopt_met_zijn_dossiers() -> None:
    s = _gouda()
    assert controleer_steekproef(s) == []
    ids = {p.stem.split(".")[0] for p in (VOORBEELDEN / "gouda" / "dossiers").glob("*.yaml")}
    assert set(s.te_beoordelen()) == ids
    assert len(s.vervangingen) == 2


def test_steekproef_spreekt_zichzelf_tegen() -> None:
    s = _gouda()
    omgedraaid = s.model_copy(update={"vervangingen": list(reversed(s.vervangingen))})
    omgedraaid._document = s._document
    meldingen = [p.melding for p in controleer_steekproef(omgedraaid)]
    assert "reserve GOU-2016-376 wordt gebruikt vóór reserve GOU-2016-259" in meldingen


def test_ontbrekend_geselecteerd_dossier_wordt_gemeld(runner: CliRunner, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(VOORBEELDEN / "gouda", tmp_path / "gouda")
    (tmp_path / "gouda" / "dossiers" / "GOU-2016-035.yaml").unlink()
    (tmp_path / "gouda" / "dossiers" / "GOU-2016-073.yaml").rename(tmp_path / "gouda" / "dossiers" / "GOU-2016-091.yaml")
    tekst = (tmp_path / "gouda" / "dossiers" / "GOU-2016-091.yaml").read_text(encoding="utf-8")
    (tmp_path / "gouda" / "dossiers" / "GOU-2016-091.yaml").write_text(tekst.replace("GOU-2016-073", "GOU-2016-091"),
                                                                      encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resultaat = runner.invoke(app, ["beoordeel", "gouda"])
    assert resultaat.exit_code == 0  # warnings while the fieldwork is under way
    fouten = resultaat.stderr
    assert ("gouda/steekproef.yaml:23:5: waarschuwing: dossier GOU-2016-035 is geselecteerd in de steekproef van "
            "Gouda, maar er is geen dossierbestand van [steekproef-dossier-ontbreekt]") in fouten
    assert ("gouda/dossiers/GOU-2016-091.yaml:3:10: waarschuwing: dossier GOU-2016-091 is een reserve van de "
            "steekproef (gouda/steekproef.yaml), maar er is geen vervanging vastgelegd "
            "[steekproef-reserve-zonder-vervanging]") in fouten
    assert "de steekproef van Gouda plant 12 dossiers; er zijn er 10 beoordeeld [steekproef-te-klein]" in fouten
    rapport = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--data", "gouda", "-f", "markdown", "-o", "uit"])
    assert rapport.exit_code == 1
    assert ("gouda/steekproef.yaml:23:5: dossier GOU-2016-035 is geselecteerd in de steekproef van Gouda, maar er is "
            "geen dossierbestand van [steekproef-dossier-ontbreekt]") in rapport.stderr
    assert not (tmp_path / "uit").exists()


@pytest.mark.parametrize(("oud", "nieuw"), [('gemeente: "Gouda"', 'gemeente: "Fatima Bouzid"'),
                                           ('methode: "sha256-rangorde-v1"', 'methode: "bouzid-123456782"')])
def test_een_naam_in_de_steekproef_staat_in_geen_melding_en_geen_rapport(oud: str, nieuw: str, runner: CliRunner,
                                                                         tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The gemeente and the methode of a steekproef are text from a file: a message names the steekproef by its
    place, and a methode the program does not know is an error (the report would claim a draw it cannot redo)."""
    shutil.copytree(VOORBEELDEN / "gouda", tmp_path / "gouda")
    steekproef = tmp_path / "gouda" / "steekproef.yaml"
    steekproef.write_text(steekproef.read_text(encoding="utf-8").replace(oud, nieuw), encoding="utf-8")
    (tmp_path / "gouda" / "dossiers" / "GOU-2016-035.yaml").unlink()  # so the steekproef has something to report
    monkeypatch.chdir(tmp_path)
    uitvoer = {}
    for argumenten in (["beoordeel", "gouda"], ["beoordeel", "gouda", "-f", "json"],
                       ["rapport", "--gemeente", "Gouda", "--data", "gouda", "-f", "markdown", "-o", "uit.md"]):
        resultaat = runner.invoke(app, argumenten)
        uitvoer[argumenten[-1]] = resultaat.stdout + resultaat.stderr
        assert "bouzid" not in uitvoer[argumenten[-1]].casefold(), argumenten
        if Path("uit.md").exists():
            assert "bouzid" not in Path("uit.md").read_text(encoding="utf-8").casefold()
    assert resultaat.exit_code == 1 and not Path("uit.md").exists()  # the name, or the unknown methode, stops it
    if "methode" in oud:
        assert "steekproef.yaml:7:10: deze trekkingsmethode is onbekend [steekproef-ongeldig]" in uitvoer["gouda"]
        assert "steekproef.yaml:7:10: deze trekkingsmethode is onbekend [steekproef-ongeldig]" in uitvoer["uit.md"]
    else:
        assert "steekproef.yaml:9:11: waarschuwing: de steekproef plant 12 dossiers; er zijn er 0 beoordeeld " \
               "[steekproef-te-klein]" in uitvoer["gouda"]


def test_niet_geselecteerd_dossier() -> None:
    s = _gouda()
    from wijkteamtoets.invoer.dossier import Dossier

    dossier = valideer(lees_yaml(VOORBEELDEN / "gouda" / "dossiers" / "GOU-2016-035.yaml"), Dossier)
    ander = dossier.model_copy(update={"dossier": "GOU-2016-999"})
    ander._document = dossier._document
    codes = [p.code for p in vergelijk_met_steekproef([s], [ander])]
    assert "steekproef-niet-geselecteerd" in codes


def test_rapport_gouda_toont_intervallen_en_de_steekproef(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "-f", "markdown", "-o", str(tmp_path / "g.md")])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "g.md").read_text(encoding="utf-8")
    assert ("Van de 11 beoordeelde dossiers: 73% voldoet (95%-interval 43% tot 90%). Met 95% zekerheid voldoet ten "
            "hoogste 56% van alle 180 dossiers van het wijkteam niet of maar deels aan deze indicator.") in tekst
    assert "### Steekproef" in tekst and "een lijst van 180 dossiers" in tekst and "zaad 109" in tekst
    assert "| geselecteerd dossier 8 | reserve 1 | dossier niet beschikbaar" in tekst


def test_export_bevat_de_cijfers(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    import json

    resultaat = runner.invoke(app, ["exporteer", "--gemeente", "Gouda", "-f", "json", "-o", str(tmp_path / "o.json")])
    assert resultaat.exit_code == 0, resultaat.output
    rijen = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    rij = next(r for r in rijen if r["nummer"] == "1.1.1" and r["soort"] == "dossier")
    from statsmodels.stats.proportion import proportion_confint

    # 8 of the 11 judged dossiers voldoen (see the report test): Wilson for the share, and the one-sided 95%
    # Clopper-Pearson bound on the 3 that do not (the upper end of the two-sided 90% 'beta' interval)
    onder, boven = proportion_confint(8, 11, alpha=0.05, method="wilson")
    niet = proportion_confint(3, 11, alpha=0.10, method="beta")[1]
    assert (rij["interval_ondergrens"], rij["interval_bovengrens"], rij["niet_voldoen_bovengrens"]) == (
        pytest.approx(onder, abs=1e-4), pytest.approx(boven, abs=1e-4), pytest.approx(niet, abs=1e-4))


def test_cli_steekproef_schrijft_en_weigert(runner: CliRunner, tmp_path: Path) -> None:
    populatie = _populatie(tmp_path / "populatie.csv")
    argumenten = ["steekproef", str(populatie), "--gemeente", "Gouda", "--zaad", "7", "--uitvoer", str(tmp_path / "a"),
                  "--tolerantie", "0.10", "--reserve", "3"]
    resultaat = runner.invoke(app, argumenten)
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.startswith("Steekproef van Gouda: 29 van de 500 dossiers (plan: 95% betrouwbaarheid, "
                                       "10% tolerantie, 0% verwacht), 3 reserves.")
    geschreven = yaml.safe_load((tmp_path / "a" / "steekproef.yaml").read_text(encoding="utf-8"))
    assert geschreven["plan"] == {"omvang": 29, "betrouwbaarheid": 0.95, "tolerantie": 0.1, "verwacht": 0.0}
    assert geschreven["vervangingen"] == [] and len(geschreven["geselecteerd"]) == 29
    assert runner.invoke(app, argumenten).exit_code == 2  # exists: not overwritten without --overschrijf
    beide = runner.invoke(app, [*argumenten, "--omvang", "5"])
    assert beide.exit_code == 2 and "kies --omvang N of een plan met --tolerantie" in beide.stderr
    nieuw = runner.invoke(app, ["nieuw", "dossier", "--gemeente", "Gouda", "--steekproef",
                                str(tmp_path / "a" / "steekproef.yaml"), "--uitvoer", str(tmp_path / "d")])
    assert nieuw.exit_code == 0, nieuw.output
    assert sorted(p.stem for p in (tmp_path / "d").glob("*.yaml")) == sorted(geschreven["geselecteerd"])


def test_schema_steekproef(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["schema", "steekproef"])
    assert resultaat.exit_code == 0
    assert '"vervangingen"' in resultaat.stdout and "Steekproefbestand" in resultaat.stdout


def test_reden_met_naam_houdt_het_rapport_tegen(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(VOORBEELDEN / "gouda", tmp_path / "gouda")
    pad = tmp_path / "gouda" / "steekproef.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("gezin verhuisd naar een andere gemeente",
                                                           "mevrouw Jansen is verhuisd"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rapport = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--data", "gouda", "-f", "markdown", "-o", "uit"])
    assert rapport.exit_code == 1
    assert re.search(r"^gouda/steekproef\.yaml:41:\d+: mogelijk naam van een persoon; de waarde wordt niet getoond "
                     r"\[privacy-naam\]$", rapport.stderr, re.MULTILINE), rapport.stderr
    assert "Jansen" not in rapport.stderr and not (tmp_path / "uit").exists()


def test_steekproef_met_een_dossier_twee_keer_en_twee_steekproeven_van_een_gemeente(runner: CliRunner, tmp_path: Path,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(VOORBEELDEN / "gouda", tmp_path / "gouda")
    bron = (tmp_path / "gouda" / "steekproef.yaml").read_text(encoding="utf-8")
    (tmp_path / "gouda" / "tweede").mkdir()
    (tmp_path / "gouda" / "tweede" / "steekproef.yaml").write_text(bron, encoding="utf-8")
    s = _gouda()
    dubbel = s.model_copy(update={"geselecteerd": [*s.geselecteerd, s.geselecteerd[0]]})
    dubbel._document = s._document
    assert "steekproef-ongeldig" in {p.code for p in controleer_steekproef(dubbel)}
    monkeypatch.chdir(tmp_path)
    resultaat = runner.invoke(app, ["beoordeel", "--formaat", "json", "gouda"])
    assert "steekproef-dubbel" in {p["code"] for p in __import__("json").loads(resultaat.stdout)["problemen"]}
