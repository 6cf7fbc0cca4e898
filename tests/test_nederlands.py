"""Dutch everywhere a user looks: every help page and every usage error, with rich on and off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from conftest import REPO
from wijkteamtoets.cli.nederlands import vertaal_foutmelding, vertaal_gebruik, vertaal_type

ENGELS = ["Usage", "OPTIONS", "Possible", "Error", "Missing", "not readable", "True", "False", "<str>", "<bool>",
          "[ARGS]", "Options:", "Commands:", "Arguments:", "default:", "required]", "Show this message", "Try '"]

# Runs in a fresh interpreter so that TYPER_USE_RICH is read at import, as it is for a user. It walks the
# whole command tree (commands added later are covered too), asks each for --help, and runs the usage errors.
# A tiny extra app with a Path(exists=True) and an int option, built on the same Dutch hooks, covers the Click
# messages the real commands cannot reach today.
_DRIJVER = r"""
import json, sys, tempfile
from pathlib import Path
from typing import Annotated
import typer
from typer.main import get_command
from typer.testing import CliRunner
from wijkteamtoets.cli.commandos import app

def paden(commando, pad):
    yield pad
    for naam, sub in sorted(getattr(commando, "commands", {}).items()):
        yield from paden(sub, [*pad, naam])

runner = CliRunner()
uitvoer = {}
for pad in paden(get_command(app), []):
    uitvoer[" ".join([*pad, "--help"])] = runner.invoke(app, [*pad, "--help"], prog_name="wijkteamtoets")
for argumenten in json.loads(sys.argv[1]):
    uitvoer[" ".join(argumenten)] = runner.invoke(app, argumenten, prog_name="wijkteamtoets")

proef = typer.Typer(add_completion=False)

@proef.command()
def lees(bestand: Annotated[Path, typer.Argument(exists=True, dir_okay=False)], aantal: int = 1) -> None:
    pass

for naam, argumenten in (("proef /bestaat/niet", ["/bestaat/niet"]), ("proef map", [tempfile.mkdtemp()]),
                         ("proef --aantal x", [sys.executable, "--aantal", "x"])):
    uitvoer[naam] = runner.invoke(proef, argumenten, prog_name="proef")
print(json.dumps({k: [r.exit_code, r.output] for k, r in uitvoer.items()}))
"""

FOUTEN = [
    ["rapport", "--foo"],
    ["rapport", "--gemeent", "Gouda"],
    ["kader", "controleer", "--formaat", "xml"],
    ["nieuw", "dossier"],
    ["beoordel"],
    ["beoordeel"],
    ["beoordeel", "voorbeelden", "--kaders"],
    ["codes", "x", "y"],
    ["codes", "x"],
    ["kader"],
    ["nieuw"],
]


def _draai(rich: str) -> dict[str, tuple[int, str]]:
    omgeving = {**os.environ, "TYPER_USE_RICH": rich, "COLUMNS": "120", "NO_COLOR": "1"}
    resultaat = subprocess.run([sys.executable, "-c", _DRIJVER, json.dumps(FOUTEN)], capture_output=True, timeout=600, text=True,
                               check=True, env=omgeving, cwd=REPO)
    return {k: (code, tekst) for k, (code, tekst) in json.loads(resultaat.stdout).items()}


@pytest.fixture(scope="module", params=["1", "0"], ids=["rich-aan", "rich-uit"])
def uitvoer(request: pytest.FixtureRequest) -> dict[str, tuple[int, str]]:
    return _draai(request.param)


def test_elke_hulppagina_is_nederlands(uitvoer: dict[str, tuple[int, str]]) -> None:
    hulp = {k: v for k, v in uitvoer.items() if k.endswith("--help")}
    assert {"--help", "beoordeel --help", "kader controleer --help", "nieuw dossier --help"} <= hulp.keys()
    for commando, (code, tekst) in hulp.items():
        assert code == 0, (commando, tekst)
        assert "Gebruik: wijkteamtoets" in tekst, commando
        assert "Toon deze hulp en stop." in tekst, commando
        gevonden = [woord for woord in ENGELS if woord in tekst]
        assert not gevonden, (commando, gevonden, tekst)


def test_hoofdhulp_toont_nederlandse_gebruiksregel_en_aanvulling(uitvoer: dict[str, tuple[int, str]]) -> None:
    _, tekst = uitvoer["--help"]
    assert "Gebruik: wijkteamtoets [OPTIES] COMMANDO [ARGUMENTEN]..." in tekst
    assert "--install-completion" in tekst and "--show-completion" in tekst
    assert "Installeer de aanvulling" in tekst


def test_typen_in_het_nederlands(uitvoer: dict[str, tuple[int, str]]) -> None:
    _, tekst = uitvoer["beoordeel --help"]
    assert "<pad ...>" in tekst and "<tekst|markdown|json>" in tekst
    assert "<list[Path]>" not in tekst


@pytest.mark.parametrize(("argumenten", "melding"), [
    ("rapport --foo", "onbekende optie: --foo"),
    ("rapport --gemeent Gouda", "(mogelijke opties: --gemeente)"),
    ("kader controleer --formaat xml", "'xml' is geen van 'tekst', 'json', 'github'."),
    ("nieuw dossier", "de optie '--gemeente' / '-g' ontbreekt."),
    ("beoordel", "onbekend commando: 'beoordel'. Bedoelt u 'beoordeel'?"),
    ("beoordeel", "het argument 'paden' ontbreekt."),
    ("beoordeel voorbeelden --kaders", "de optie '--kaders' heeft een waarde nodig."),
    ("codes x y", "onverwachte extra argumenten: x y"),
    ("codes x", "onverwacht extra argument: x"),
    ("proef /bestaat/niet", "'/bestaat/niet' bestaat niet."),
    ("proef --aantal x", "ongeldige waarde voor '--aantal': geen geldig(e) getal."),
    ("proef map", "is een map, geen bestand."),
])
def test_elke_gebruiksfout_is_nederlands(uitvoer: dict[str, tuple[int, str]], argumenten: str, melding: str) -> None:
    code, tekst = uitvoer[argumenten]
    assert code == 2, tekst
    assert melding in " ".join(tekst.split()), tekst
    gevonden = [woord for woord in ENGELS if woord in tekst]
    assert not gevonden, (argumenten, gevonden, tekst)


def test_alle_gebruiksfouten_zonder_engels(uitvoer: dict[str, tuple[int, str]]) -> None:
    for argumenten, (code, tekst) in uitvoer.items():
        if argumenten.endswith("--help"):
            continue
        assert code == 2, (argumenten, tekst)
        assert "Gebruik:" in tekst or "Fout" in tekst, (argumenten, tekst)
        gevonden = [woord for woord in ENGELS if woord in tekst]
        assert not gevonden, (argumenten, gevonden, tekst)


@pytest.mark.parametrize(("engels", "nederlands"), [
    ("Path '/x' is not readable.", "'/x' is niet leesbaar."),
    ("Value 'x' is not a valid int.", "'x' is geen geldig(e) getal."),
    ("File 'a.yaml' is a directory.", "'a.yaml' is een map, geen bestand."),
    ("Directory 'a' is a file.", "'a' is een bestand, geen map."),
    ("Missing parameter: paden", "de parameter paden ontbreekt."),
    ("Got unexpected extra argument (x)", "onverwacht extra argument: x"),
    ("Got unexpected extra arguments (x y)", "onverwachte extra argumenten: x y"),
    ("Option '-f' requires 2 arguments.", "de optie '-f' heeft 2 waarden nodig."),
    ("No such command 'x'. Did you mean one of 'a', 'b'?", "onbekend commando: 'x'. Bedoelt u een van 'a', 'b'?"),
])
def test_foutmeldingen_die_de_commandos_nog_niet_raken(engels: str, nederlands: str) -> None:
    assert vertaal_foutmelding(engels) == nederlands


def test_gebruiksregel_en_typen() -> None:
    assert vertaal_gebruik("[OPTIONS] COMMAND [ARGS]...") == "[OPTIES] COMMANDO [ARGUMENTEN]..."
    assert vertaal_gebruik("[OPTIONS] {paden}...") == "[OPTIES] PADEN..."
    assert vertaal_type("<list[Path]>") == "<pad ...>"
    assert vertaal_type("<bool>") is None
    assert vertaal_type("<str>") == "<tekst>"
    assert vertaal_type("<tekst|json>") == "<tekst|json>"


def test_typer_binnen_de_geteste_versies() -> None:
    """pyproject pins Typer to the versions CI tests; the Dutch hooks are written against them."""
    import tomllib

    eisen = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    typer_eis = next(e for e in eisen if e.startswith("typer"))
    assert "<" in typer_eis, "Typer needs an upper bound: its private layout changes between minor versions"
    assert Version(version("typer")) in SpecifierSet(typer_eis.removeprefix("typer"))


def test_nederlands_importeert_geen_privee_typer() -> None:
    bron = (REPO / "src" / "wijkteamtoets" / "cli" / "nederlands.py").read_text(encoding="utf-8")
    assert "typer._" not in bron and "_click" not in bron


@pytest.mark.proces
def test_shell_aanvulling_installeren_en_tonen(tmp_path: Path) -> None:
    omgeving = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    wijkteamtoets = [str(Path(sys.executable).parent / "wijkteamtoets")]  # the installed command, as users run it
    toon = subprocess.run([*wijkteamtoets, "--show-completion", "bash"], capture_output=True, timeout=600, text=True, check=False,
                          env=omgeving)
    assert toon.returncode == 0, toon.stderr
    assert "_WIJKTEAMTOETS_COMPLETE" in toon.stdout and "complete " in toon.stdout
    installeer = subprocess.run([*wijkteamtoets, "--install-completion", "bash"], capture_output=True, timeout=600, text=True,
                                check=False, env=omgeving)
    assert installeer.returncode == 0, installeer.stderr
    assert "Aanvulling voor bash geïnstalleerd in" in installeer.stdout
    assert "opnieuw start" in installeer.stdout
    assert "_WIJKTEAMTOETS_COMPLETE" in "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*")
                                                if p.is_file())
