"""The installed tool works from any folder: it carries its own kader, and every command runs outside the repository.

These tests run every command from a temporary folder that has no `kaders/` (so the kader shipped inside the
package is used): the installed console script (`wijkteamtoets` next to the test's Python) as a user would, for
starting, serving and stopping with Ctrl-C, and the other commands in this process (the same code, without paying
for a new Python and its imports per command).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from contextlib import chdir
from pathlib import Path

import pytest
from click.testing import Result
from typer.main import get_command
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.invoer.bestanden import meegeleverde_kaders

PROGRAMMA = Path(sys.executable).with_name("wijkteamtoets")
VERSIE_11 = REPO / "kaders" / "toezicht-wijkteams-2017-1.1.yaml"
KOPPELING = REPO / "koppelingen" / "toezicht-wijkteams-2017-1.0-1.1.yaml"


def _draai(map_: Path, *argumenten: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PROGRAMMA), *argumenten], cwd=map_, capture_output=True, timeout=600, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(map_), "COLUMNS": "200", "LANG": "C.UTF-8",
                               # deduce's lookup structures from the session's cache folder; no results cached
                               "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "WIJKTEAMTOETS_CACHE": "uit"})


def _voer_uit(map_: Path, *argumenten: str) -> Result:
    """A command in this process, with `map_` as the working folder (outside the repository)."""
    with chdir(map_):
        return CliRunner().invoke(app, list(argumenten), env={"COLUMNS": "200"})


def _commandos(commando=None, voorvoegsel=()):  # type: ignore[no-untyped-def]
    commando = commando or get_command(app)
    for naam, sub in getattr(commando, "commands", {}).items():
        if getattr(sub, "commands", None):
            yield from _commandos(sub, (*voorvoegsel, naam))
        else:
            yield " ".join((*voorvoegsel, naam))


def test_meegeleverd_kader_is_gelijk_aan_kaders_in_de_repository() -> None:
    """The package carries the kader; `kaders/` in the repository has the same file (copy it after a change:
    cp kaders/toezicht-wijkteams-2017.yaml src/wijkteamtoets/kaders/), and beside it the fictional version 1.1 of
    the voorbeelden of a vervolgonderzoek, which is not shipped."""
    meegeleverd = sorted(p.name for p in meegeleverde_kaders().glob("*.yaml"))
    assert meegeleverd == [KADER.name]
    assert sorted(p.name for p in (REPO / "kaders").glob("*.yaml")) == [VERSIE_11.name, KADER.name]
    assert (meegeleverde_kaders() / KADER.name).read_bytes() == KADER.read_bytes()


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    """A folder outside the repository with a copy of the voorbeelden and no kaders/."""
    map_ = tmp_path / "inspectie"
    shutil.copytree(REPO / "voorbeelden", map_ / "voorbeelden")
    assert not (map_ / "kaders").exists() and not map_.resolve().is_relative_to(REPO)
    return map_


@pytest.mark.proces
def test_elk_commando_werkt_buiten_de_repository(werkmap: Path) -> None:
    assert PROGRAMMA.exists(), f"{PROGRAMMA} ontbreekt: installeer het pakket (pip install -e .)"
    jaar = dt.date.today().year
    stappen: list[tuple[str, list[str], str]] = [
        ("codes", ["codes"], "privacy-bsn"),
        ("kader controleer", ["kader", "controleer"], "Geen problemen gevonden in 1 bestand."),  # the shipped kader
        ("kader toon", ["kader", "toon", "-i", "veiligheid-ingeschat"], "veiligheid-ingeschat"),
        ("schema", ["schema", "dossier", "--kader", "toezicht-wijkteams-2017"], "risico-inschatting-gemaakt"),
        ("nieuw dossier", ["nieuw", "dossier", "--gemeente", "Gouda"], f"GOU-{jaar}-001.yaml"),
        ("nieuw gemeente", ["nieuw", "gemeente", "--gemeente", "Gouda", "-o", "gouda/"], "gouda/gemeente.yaml"),
        ("nieuw onderzoek", ["nieuw", "onderzoek", "-o", "ander-onderzoek/"], "ander-onderzoek/onderzoek.yaml"),
        ("steekproef", ["steekproef", "voorbeelden/gouda/populatie-gouda.csv", "--gemeente", "Gouda", "--zaad", "109",
                        "--omvang", "12", "--reserve", "3", "--uitvoer", "nieuw/"],
         "Steekproef van Gouda: 12 van de 180 dossiers (vaste omvang), 3 reserves. Geschreven naar nieuw/steekproef.yaml"),
        ("beoordeel", ["beoordeel", "voorbeelden/gouda/"], "Overzicht"),
        ("privacy", ["privacy", "voorbeelden/"], "Geen problemen gevonden in "),
        ("rapport", ["rapport", "--gemeente", "Gouda"], "Rapport geschreven: rapporten/deelrapport-gouda.html"),
        ("exporteer", ["exporteer", "-f", "csv"], "Export geschreven: rapporten/oordelen.csv"),
        ("vergelijk", ["vergelijk", "voorbeelden/"], "Verschillen per dossier"),
        ("kader verschil", ["kader", "verschil", str(KADER), str(VERSIE_11)], "hernoemd tot vaste-veiligheidsvragen"),
        ("kader migreer", ["kader", "migreer", "voorbeelden/gouda", "--naar", str(VERSIE_11), "--koppeling",
                           str(KOPPELING), "--uitvoer", "gouda-1.1"], "16 gemigreerde kopieën geschreven in gouda-1.1"),
        ("trend", ["trend", "voorbeelden-vervolg-2019", "--kaders", "alle-kaders", "-f", "json"], '"oordeel_vorige"'),
        ("vaststellen", ["vaststellen", "voorbeelden"], "Onderzoek vastgesteld"),
        ("nieuw consensus", ["nieuw", "consensus", "voorbeelden/gouda/dossiers/GOU-2016-400.yaml",
                             "voorbeelden/gouda/dossiers/GOU-2016-400.IVJ1.yaml", "-o", "consensus/"],
         "Consensusbestand geschreven naar consensus/GOU-2016-400.consensus.yaml"),
    ]
    shutil.copytree(REPO / "voorbeelden-vervolg-2019", werkmap / "voorbeelden-vervolg-2019")
    shutil.copytree(REPO / "koppelingen", werkmap / "koppelingen")
    shutil.copytree(REPO / "kaders", werkmap / "alle-kaders")
    assert {naam for naam, _, _ in stappen} | {"schema", "invullen"} >= set(_commandos()), "een commando wordt niet getest"
    # invullen serves until Ctrl-C: its first line is the address
    formulier = subprocess.Popen([str(PROGRAMMA), "invullen", "voorbeelden/gouda/gemeente.yaml", "--geen-browser"],
                                 cwd=werkmap, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env={"PATH": "/usr/bin:/bin", "HOME": str(werkmap), "LANG": "C.UTF-8",
                                      "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], "WIJKTEAMTOETS_CACHE": "uit"})
    adres = formulier.stdout.readline()  # type: ignore[union-attr]
    formulier.send_signal(signal.SIGINT)
    _, fouten = formulier.communicate(timeout=120)
    assert adres.startswith("http://127.0.0.1:") and formulier.returncode == 0, fouten
    # the installed console script itself, as a user starts it
    geinstalleerd = _draai(werkmap, "kader", "controleer")
    assert (geinstalleerd.returncode, geinstalleerd.stdout) == (0, "Geen problemen gevonden in 1 bestand.\n"), \
        geinstalleerd.stderr
    for naam, argumenten, verwacht in stappen:
        resultaat = _voer_uit(werkmap, *argumenten)
        assert resultaat.exit_code == 0, f"{naam}: {resultaat.output}"
        assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), naam
        assert verwacht in resultaat.stdout + resultaat.stderr, naam
    schema = json.loads(_voer_uit(werkmap, "schema", "dossier", "--kader", "toezicht-wijkteams-2017").stdout)
    assert "veiligheid-ingeschat" in schema["properties"]["indicatoren"]["properties"]
    assert (werkmap / "rapporten" / "deelrapport-gouda.html").exists()
    nieuw = (werkmap / f"GOU-{jaar}-001.yaml").read_text(encoding="utf-8")
    assert nieuw.startswith("# Voor aanvulling en controle in de editor: wijkteamtoets schema dossier --kader "
                            "toezicht-wijkteams-2017 --uitvoer schemas/dossier.toezicht-wijkteams-2017.schema.json\n")
    # with the kader's schema in schemas/, a new file points the editor at it
    (werkmap / "schemas").mkdir()
    assert _voer_uit(werkmap, "schema", "gemeente", "--kader", "toezicht-wijkteams-2017", "-o",
                     "schemas/gemeente.toezicht-wijkteams-2017.schema.json").exit_code == 0
    assert _voer_uit(werkmap, "nieuw", "gemeente", "--gemeente", "Gouda", "-o", "gouda2/").exit_code == 0
    assert (werkmap / "gouda2" / "gemeente.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../schemas/gemeente.toezicht-wijkteams-2017.schema.json\n")


def test_kaders_opties_en_map_gaan_voor(werkmap: Path) -> None:
    mini = DATA / "kaders" / "goed" / "mini.yaml"
    eigen = _voer_uit(werkmap, "kader", "toon", str(mini))
    assert eigen.exit_code == 0 and "mini-kader" in eigen.stdout
    # --kaders wins over the shipped kader: the voorbeelden refer to a kader that is then not there
    resultaat = _voer_uit(werkmap, "beoordeel", "--kaders", str(mini), "voorbeelden/gouda/gemeente.yaml")
    assert resultaat.exit_code == 1
    assert "voorbeelden/gouda/gemeente.yaml:4:46: dit kader bestaat niet [onbekend-kader]" in resultaat.stderr
    assert "beschikbaar: mini-kader 0.1" in resultaat.stderr
    # a kaders/ folder in the working folder wins over the shipped kader
    (werkmap / "kaders").mkdir()
    shutil.copy(mini, werkmap / "kaders" / "mini.yaml")
    resultaat = _voer_uit(werkmap, "kader", "toon")
    assert resultaat.exit_code == 0 and "mini-kader" in resultaat.stdout
    assert "toezicht-wijkteams-2017" not in resultaat.stdout


def test_ontbrekende_map_geeft_een_tip(tmp_path: Path) -> None:
    resultaat = _voer_uit(tmp_path, "rapport", "--gemeente", "Gouda")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "fout: 'voorbeelden' bestaat niet",
        "tip: geef met --data de map met dossier- en gemeentebestanden; zonder --data zoekt wijkteamtoets de map "
        "voorbeelden/ in de werkmap"]
    (tmp_path / "x.yaml").write_text("dossier: ABC-2016-001\n", encoding="utf-8")
    resultaat = _voer_uit(tmp_path, "beoordeel", "--kaders", "kaders", "x.yaml")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "fout: 'kaders' bestaat niet",
        "tip: geef met --kaders een kaderbestand of een map met kaders; zonder --kaders gebruikt wijkteamtoets de "
        "map kaders/ in de werkmap, of anders het meegeleverde kader"]


def test_readme_commandos_na_de_snelstart_werken(werkmap: Path) -> None:
    """The quick start writes rapporten/deelrapport-gouda.html; the README's next commands must still run."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blok = re.search(r"Verder kijken:\n\n```sh\n(.*?)```", readme, re.S)
    assert blok is not None
    commandos = [regel.split("#")[0].split()[1:] for regel in blok.group(1).splitlines() if regel.strip()]
    assert commandos and blok.group(1).count(".venv/bin/wijkteamtoets ") == len(commandos)
    assert _voer_uit(werkmap, "rapport", "--gemeente", "Gouda").exit_code == 0  # the quick start
    for argumenten in commandos:
        resultaat = _voer_uit(werkmap, *argumenten)
        assert resultaat.exit_code == 0, f"{' '.join(argumenten)}: {resultaat.output}"
