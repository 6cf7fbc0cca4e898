"""`wijkteamtoets kader controleer`: every negative example gives its exact message, place and exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO, stabiel, verwachte_regels
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.problemen import CODES, toon_pad

FOUT = DATA / "kaders" / "fout"
GOED = DATA / "kaders" / "goed"
FOUTE_BESTANDEN = sorted(FOUT.glob("*.yaml"))


def _relatief(pad: Path) -> str:
    return str(pad.relative_to(Path.cwd()))


@pytest.mark.parametrize("bestand", FOUTE_BESTANDEN, ids=lambda p: p.stem)
def test_fout_kader_geeft_exacte_melding(bestand: Path, runner: CliRunner, in_repo: Path) -> None:
    verwacht = verwachte_regels(bestand)
    assert verwacht, f"{bestand.name} mist '# verwacht: '-regels"
    resultaat = runner.invoke(app, ["kader", "controleer", _relatief(bestand)])
    assert resultaat.exit_code == 1, resultaat.output
    regels = resultaat.stdout.splitlines()
    pad = _relatief(bestand)
    assert regels[:-1] == [r if r.startswith("    tip: ") else f"{pad}:{r}" for r in verwacht]
    assert regels[-1].endswith("in 1 bestand.")


def test_elke_code_heeft_een_negatief_voorbeeld(runner: CliRunner, in_repo: Path) -> None:
    """Running the checks on the negative kaders and dossiers together reports every code (not just names it
    in a comment)."""
    kaders = runner.invoke(app, ["kader", "controleer", "--formaat", "json", *map(_relatief, FOUTE_BESTANDEN)])
    dossiers = runner.invoke(app, ["beoordeel", "--formaat", "json", _relatief(DATA / "dossiers" / "fout")])
    gedekt = {p["code"] for p in json.loads(kaders.stdout)["problemen"]}
    gedekt |= {p["code"] for p in json.loads(dossiers.stdout)["problemen"]}
    for bestand in sorted((DATA / "consensus" / "fout").glob("*.yaml")):
        andere = [_relatief(DATA / "consensus" / "beoordelingen")]
        if "dubbel" in bestand.name:
            andere.append(_relatief(DATA / "consensus" / "akkoord"))
        consensus = runner.invoke(app, ["beoordeel", "--formaat", "json", *andere, _relatief(bestand)])
        gedekt |= {p["code"] for p in json.loads(consensus.stdout)["problemen"]}
    niet_van_kaders = {"bestand-onleesbaar", "bestand-te-groot"}  # tested in test_yamlbron.py
    # special files and problems of a set of files: tested in test_integriteit.py
    niet_van_kaders |= {"geen-gewoon-bestand", "kapotte-link", "dubbel-dossier", "dubbel-gemeentebestand",
                        "onbekende-gemeente", "ander-kader", "datum-buiten-periode", "onbekende-beoordelaar"}
    niet_van_kaders |= {"onderzoek-dubbel"}  # needs two files: tested in test_publicatie.py
    # kaderversies, rondes and vaststelling: tested in test_kaderversies.py and test_rondes.py
    niet_van_kaders |= {"koppeling-ongeldig", "koppeling-onvolledig", "niet-te-migreren", "vorige-ronde",
                        "vaststelling-gewijzigd", "vaststelling-ongeldig"}
    # the steekproef and its population: tested in test_steekproef.py
    niet_van_kaders |= {"populatie-dubbel", "populatie-ongeldig", "steekproef-dossier-ontbreekt", "steekproef-dubbel",
                        "steekproef-niet-geselecteerd", "steekproef-ongeldig", "steekproef-reserve-zonder-vervanging",
                        "steekproef-te-klein"}
    niet_van_kaders |= {"bron-ontbreekt"}  # a warning of a valid dossier: tested in test_beoordeel.py
    niet_van_kaders |= {"wederhoor-ontbreekt"}  # a gate of 'rapport': tested in test_publicatie_delen.py
    assert set(CODES) - niet_van_kaders - gedekt == set()


@pytest.mark.parametrize("bestand", [KADER, *sorted(GOED.glob("*.yaml"))], ids=lambda p: p.stem)
def test_goed_kader_geeft_exit_0(bestand: Path, runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", str(bestand)])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout == "Geen problemen gevonden in 1 bestand.\n"


def test_standaard_controleert_de_map_kaders(runner: CliRunner, in_repo: Path) -> None:
    """kaders/ holds versions 1.0 and 1.1 of one kader: both are checked, and the register keeps both."""
    resultaat = runner.invoke(app, ["kader", "controleer"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout == "Geen problemen gevonden in 2 bestanden.\n"


def test_een_slecht_bestand_stopt_de_andere_niet(runner: CliRunner, in_repo: Path) -> None:
    paden = [_relatief(FOUT / "dubbel-id.yaml"), _relatief(KADER), _relatief(FOUT / "tab.yaml")]
    resultaat = runner.invoke(app, ["kader", "controleer", *paden])
    assert resultaat.exit_code == 1
    assert resultaat.stdout.splitlines()[-1] == "2 fouten in 2 van de 3 bestanden."


def test_formaat_json(runner: CliRunner, in_repo: Path) -> None:
    pad = _relatief(FOUT / "onbekend-feit.yaml")
    resultaat = runner.invoke(app, ["kader", "controleer", "--formaat", "json", pad])
    assert resultaat.exit_code == 1
    assert json.loads(resultaat.stdout) == {
        "bestanden": 1, "fouten": 1, "waarschuwingen": 0,
        "problemen": [{"pad": pad, "regel": 69, "kolom": 23, "niveau": "fout", "code": "onbekend-feit",
                       "melding": "dit feit bestaat niet",
                       "hint": "bedoelt u 'risico-gesignaleerd'?"}],
    }


def test_formaat_github_geeft_workflow_annotaties(runner: CliRunner, in_repo: Path) -> None:
    pad = _relatief(FOUT / "yaml-getal.yaml")
    resultaat = runner.invoke(app, ["kader", "controleer", "-f", "github", pad])
    assert resultaat.exit_code == 1
    assert resultaat.stdout.splitlines()[0] == (
        f"::error file={pad},line=3,col=9,title=yaml-getal::'1.10' wordt door YAML gelezen als een kommagetal, "
        "niet als tekst (tip: zet de waarde tussen aanhalingstekens: \"1.10\")")


def test_ontbrekend_pad_is_gebruiksfout(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", "bestaat/niet.yaml"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == "fout: 'bestaat/niet.yaml' bestaat niet\n"


def test_lege_map_is_gebruiksfout(runner: CliRunner, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", str(tmp_path)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == f"fout: map '{tmp_path}' bevat geen YAML-bestanden (.yaml of .yml)\n"


def test_onbekend_formaat_is_gebruiksfout(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", "--formaat", "xml"])
    assert resultaat.exit_code == 2


def test_zelfde_kader_en_versie_in_twee_bestanden(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_bytes((GOED / "mini.yaml").read_bytes())
    (tmp_path / "b.yaml").write_bytes((GOED / "mini.yaml").read_bytes())
    resultaat = runner.invoke(app, ["kader", "controleer", str(tmp_path)])
    assert resultaat.exit_code == 1
    assert stabiel(resultaat.stdout.splitlines()[0]) == stabiel(
        f"{toon_pad(tmp_path / 'b.yaml')}:3:9: kader 'mini-kader' versie 0.1 staat ook in {toon_pad(tmp_path / 'a.yaml')} "
        "[dubbel-id]")  # names outside the naming scheme, in folders outside the working folder: stand-ins


@pytest.mark.proces
def test_kader_controleer_laadt_deduce_niet() -> None:
    """deduce's model costs seconds and a gigabyte: `kader controleer` (run in pre-commit hooks) uses the fast
    scan only, as does `beoordeel` (tests/test_beoordeel.py)."""
    import subprocess
    import sys

    code = ("import sys\nfrom wijkteamtoets.cli.commandos import app\n"
            "try:\n    app(['kader', 'controleer'])\nexcept SystemExit as stop:\n    print(stop.code)\n"
            "print(sorted(m for m in ('deduce', 'pandas', 'jinja2') if m in sys.modules))")
    resultaat = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=600, text=True,
                               check=True)
    assert resultaat.stdout.splitlines()[-2:] == ["0", "[]"]


@pytest.mark.proces
def test_kader_controleer_naar_een_pijp_laadt_rich_niet() -> None:
    """The check of the kaders in a pre-commit hook or CI writes plain lines: no terminal library is loaded
    (only `kader toon`, `codes` and `trend` draw with rich)."""
    import subprocess
    import sys

    code = ("import runpy, sys\nsys.argv = ['wijkteamtoets', 'kader', 'controleer']\n"
            "try:\n    runpy.run_module('wijkteamtoets', run_name='__main__')\nexcept SystemExit as stop:\n"
            "    print(stop.code)\nprint(sorted(m for m in ('rich', 'rich.console') if m in sys.modules))")
    resultaat = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, timeout=600, text=True,
                               check=True)
    assert resultaat.stdout.splitlines()[-1] == "[]"
