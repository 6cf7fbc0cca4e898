"""File and folder names that cannot leak (issue 20, item 4): a path shown to the user shows a name only when it
follows the project's naming scheme (a pseudonymous dossier id, a known gemeente, a standard name such as
`dossiers` or `gemeente.yaml`); any other name is a stand-in with its place in the folder listing.

The red team: a data folder with a gemeente folder named after a person, a dossier file named after a person
with a BSN, and a folder named after a family. Every command in every format runs over it; the planted names
must appear in nothing it prints or writes.
"""

from __future__ import annotations

import csv
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA
from test_lekken import toont_niets_van
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.problemen import toon_bestandsnaam, toon_pad

TESTDORP = DATA / "rapport" / "testdorp"
MINI = DATA / "rapport" / "kaders" / "mini.yaml"

GEPLANT = ["Yilmaz", "Aydin", "Fatima", "Bouzid", "123456782", "Jansen"]
"""Parts of the planted names: the gemeente folder, the dossier file and the family folder."""

KAPOT = "data/[map 1]/dossiers/[bestand 1]"
"""How `beoordeel` shows the broken dossier named after a person (the first name in its folder listing)."""


@pytest.fixture
def naammap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """data/yilmaz-aydin (testdorp, a gemeente folder with a person's name) with a broken dossier
    `dossiers/Fatima_Bouzid_bsn123456782.yaml` and a valid one in `jansen-familie/`; kaders/ with the mini kader."""
    gemeente = tmp_path / "data" / "yilmaz-aydin"
    shutil.copytree(TESTDORP, gemeente)
    kapot = (TESTDORP / "dossiers" / "TD-2016-003.yaml").read_text(encoding="utf-8")
    (gemeente / "dossiers" / "Fatima_Bouzid_bsn123456782.yaml").write_text(
        kapot.replace("dossier: TD-2016-003", "dossier: TD-2016-009").replace("aanmelding_via: school",
                                                                             "aanmelding_via: 12"), encoding="utf-8")
    (gemeente / "jansen-familie").mkdir()
    (gemeente / "dossiers" / "TD-2016-004.yaml").rename(gemeente / "jansen-familie" / "TD-2016-004.yaml")
    (tmp_path / "kaders").mkdir()
    shutil.copy(MINI, tmp_path / "kaders" / "mini.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _geplant_in(tekst: str) -> list[str]:
    return [w for w in GEPLANT if w.casefold() in tekst.casefold()]


# --- the helper ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pad", [
    "voorbeelden/gouda/dossiers/GOU-2016-256.IGZ1.yaml", "voorbeelden/gouda/dossiers/GOU-2016-256.consensus.yaml",
    "data/bergen-op-zoom/gemeente.yaml", "data/Den Helder/dossiers/DH-2016-001.yaml", "voorbeelden/onderzoek.yaml",
    "rapporten/deelrapport-goeree-overflakkee.pdf", "rapporten/overkoepelend.html", "rapporten/oordelen.xlsx",
    "kaders/toezicht-wijkteams-2017.yaml", "voorbeelden/gouda/steekproef.yaml", "2017/gouda/populatie-gouda.csv"])
def test_een_naam_volgens_het_naamschema_wordt_getoond(pad: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert toon_pad(pad) == pad


def test_elke_andere_naam_is_zijn_plaats_in_de_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    dossiers = tmp_path / "jansen-familie" / "dossiers"
    dossiers.mkdir(parents=True)
    for naam in ("GOU-2016-001.yaml", "Fatima_Bouzid_bsn123456782.yaml", "kopie.yaml"):
        (dossiers / naam).write_text("dossier: x\n", encoding="utf-8")
    assert toon_pad("jansen-familie/dossiers/Fatima_Bouzid_bsn123456782.yaml") == "[map 1]/dossiers/[bestand 1]"
    assert toon_pad(dossiers / "kopie.yaml") == "[map 1]/dossiers/[bestand 3]"  # GOU-... is the second
    assert toon_pad("jansen-familie/dossiers/GOU-2016-001.yaml") == "[map 1]/dossiers/GOU-2016-001.yaml"
    assert toon_pad("jansen-familie") == "[map 1]"
    assert toon_pad("jansen-familie/Bouzid.yaml") == "[map 1]/[bestand]"  # does not exist: no place to give
    for misleidend in ("gouda\u202e.yaml", "GOU-2016-001.yaml\x1b[2J", "Fatima.GOU-2016-001.yaml", "123456782.yaml",
                       "GOU-2016-001.Fatima.yaml", "gouda.Bouzid.yaml", "deelrapport-bouzid.html"):
        assert _geplant_in(toon_pad(misleidend)) == [] and "[bestand" in toon_pad(misleidend), misleidend


def test_in_een_map_kaders_staat_elke_naam_er_zoals_hij_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kader is about the norm, not about a person: `kader controleer` names a kader file as it is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Jansen" / "kaders" / "eigen").mkdir(parents=True)
    assert toon_pad("Jansen/kaders/eigen/mijn-kader.yaml") == "[map 1]/kaders/eigen/mijn-kader.yaml"
    assert toon_pad("kaders-lek/mijn-kader.yaml") == "[map]/[bestand]"  # only the folder named kaders


def test_een_bestandsnaam_uit_een_bestand_in_een_rapport() -> None:
    """The steekproef names its populatie file; the deelrapport shows that name only when it follows the scheme."""
    assert toon_bestandsnaam("populatie-gouda.csv") == "populatie-gouda.csv"
    for naam in ("wijkteam-jansen.csv", "Bouzid.xlsx", "populatie-bouzid.csv"):
        assert toon_bestandsnaam(naam) == "[bestandsnaam verborgen]"


def test_een_absoluut_pad_buiten_de_werkmap(naammap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(naammap / "kaders")
    getoond = toon_pad(naammap / "data" / "yilmaz-aydin" / "dossiers" / "TD-2016-001.yaml")
    assert getoond.startswith("/") and getoond.endswith("/data/[map 1]/dossiers/TD-2016-001.yaml"), getoond


# --- what a user sees -------------------------------------------------------------------------------------------

def test_beoordeel_noemt_een_kapot_bestand_bij_zijn_plaats(naammap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data"])
    assert resultaat.exit_code == 1, resultaat.output
    assert f"{KAPOT}:9:19: deze waarde wordt door YAML gelezen als een geheel getal, niet als tekst [yaml-getal]" \
        in resultaat.stderr
    assert _geplant_in(resultaat.stdout + resultaat.stderr) == []
    assert ("tip: een bestands- of mapnaam die niet het naamschema volgt, staat er als [bestand N] of [map N]: "
            "de N-de naam in die map (LC_ALL=C ls -A); 'wijkteamtoets privacy --toon-paden PAD' toont de namen "
            "in uw terminal") in resultaat.stderr


@pytest.mark.parametrize("formaat", ["json", "github"])
def test_json_en_github_noemen_het_bestand_bij_zijn_plaats(formaat: str, naammap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", "data/yilmaz-aydin/dossiers", "-f", formaat])
    assert _geplant_in(resultaat.stdout + resultaat.stderr) == []
    if formaat == "json":
        assert {p["pad"] for p in json.loads(resultaat.stdout)["problemen"]} >= {KAPOT}
    else:
        assert f"::error file={KAPOT}," in resultaat.stdout


def test_privacy_zegt_welk_bestand_zonder_de_naam(naammap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["privacy", "data", "-f", "json"])
    assert resultaat.exit_code == 1, resultaat.output
    assert _geplant_in(resultaat.stdout + resultaat.stderr) == []
    gevonden = {p["pad"] for p in json.loads(resultaat.stdout)["problemen"] if p["code"].startswith("privacy-")}
    assert KAPOT in gevonden


def test_privacy_toon_paden_alleen_in_een_terminal(naammap: Path, runner: CliRunner,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    resultaat = runner.invoke(app, ["privacy", "data", "--toon-paden"])
    assert resultaat.exit_code == 2, resultaat.output
    assert resultaat.stderr.startswith("fout: --toon-paden toont bestandsnamen alleen in een terminal")
    assert _geplant_in(resultaat.stdout + resultaat.stderr) == []
    resultaat = runner.invoke(app, ["privacy", "data", "--toon-paden", "-f", "json"])
    assert resultaat.exit_code == 2 and _geplant_in(resultaat.stdout + resultaat.stderr) == []

    monkeypatch.setattr("wijkteamtoets.cli.toetsen.op_een_terminal", lambda: True)
    resultaat = runner.invoke(app, ["privacy", "data", "--toon-paden"])
    assert resultaat.exit_code == 1, resultaat.output
    assert "data/yilmaz-aydin/dossiers/Fatima_Bouzid_bsn123456782.yaml:1:1: " in resultaat.stdout


def test_de_export_noemt_een_bestand_buiten_het_naamschema_bij_zijn_plaats(naammap: Path, runner: CliRunner) -> None:
    """A name the privacy scan does not flag (it is no person) still does not reach a written file as it is."""
    (naammap / "data" / "yilmaz-aydin" / "dossiers" / "Fatima_Bouzid_bsn123456782.yaml").unlink()
    shutil.rmtree(naammap / "data" / "yilmaz-aydin" / "jansen-familie")
    (naammap / "data" / "yilmaz-aydin").rename(naammap / "data" / "testdorp")
    (naammap / "data" / "testdorp" / "dossiers" / "TD-2016-001.yaml").rename(
        naammap / "data" / "testdorp" / "dossiers" / "kopie-van-vrijdag.yaml")
    resultaat = runner.invoke(app, ["exporteer", "--data", "data", "-k", "kaders", "-o", "e.csv", "-f", "csv"])
    assert resultaat.exit_code == 0, resultaat.output
    with open("e.csv", encoding="utf-8-sig", newline="") as bestand:
        bestanden = {rij["Bestand"] for rij in csv.DictReader(bestand, delimiter=";")}
    assert "[map 1]/dossiers/[bestand 4]" in bestanden  # TD-2016-002, -002.INS2 and -003 sort before it
    assert not any("kopie" in b or "testdorp" in b for b in bestanden), bestanden


# --- the red team: every command, every format -------------------------------------------------------------------

AANROEPEN: dict[str, list[str]] = {
    **{f"beoordeel {f}": ["beoordeel", "-k", "kaders", "data", "--details", "-f", f]
       for f in ("tekst", "markdown", "json")},
    "beoordeel --overzicht": ["beoordeel", "-k", "kaders", "data", "--overzicht"],
    "beoordeel een bestand": ["beoordeel", "-k", "kaders", "data/yilmaz-aydin/jansen-familie/TD-2016-004.yaml"],
    **{f"kader controleer {f}": ["kader", "controleer", "data/yilmaz-aydin/dossiers", "-f", f]
       for f in ("tekst", "json", "github")},
    **{f"privacy {f}": ["privacy", "data", "-f", f] for f in ("tekst", "json", "github")},
    "privacy --pseudonimiseer": ["privacy", "data", "--pseudonimiseer", "-o", "uit"],
    **{f"rapport {f}": ["rapport", "--alle", "--data", "data", "-k", "kaders", "-o", "uit", "-f", f]
       for f in ("html", "markdown")},
    **{f"exporteer {f}": ["exporteer", "--data", "data", "-k", "kaders", "-o", "uit", "-f", f]
       for f in ("csv", "json", "xlsx")},
    **{f"vergelijk {f}": ["vergelijk", "-k", "kaders", "data", "-f", f] for f in ("tekst", "markdown", "json")},
    "vergelijk html": ["vergelijk", "-k", "kaders", "data", "-f", "html", "-o", "uit/v.html"],
    "vaststellen": ["vaststellen", "data"],
    "trend": ["trend", "data"],
}


def _geschreven(map_: Path) -> str:
    delen = []
    for pad in sorted(p for p in map_.rglob("*") if p.is_file()):
        delen.append(str(pad.relative_to(map_)))
        if pad.suffix == ".xlsx":
            with zipfile.ZipFile(pad) as archief:
                delen += [archief.read(n).decode("utf-8") for n in archief.namelist() if n.endswith(".xml")]
        elif pad.suffix != ".pdf":
            delen.append(pad.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(delen)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("naam", sorted(AANROEPEN))
def test_geen_geplante_naam_in_wat_een_commando_toont_of_schrijft(naam: str, naammap: Path, runner: CliRunner) -> None:
    toont_niets_van(GEPLANT, runner.invoke(app, AANROEPEN[naam]), naam)
    uit = naammap / "uit"
    if uit.exists():
        assert _geplant_in(_geschreven(uit)) == [], naam
