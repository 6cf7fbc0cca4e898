"""The CLI as a whole: Dutch help for every command, README coverage, schema, versions."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.main import get_command
from typer.testing import CliRunner

from conftest import KADER, REPO
from wijkteamtoets.cli.commandos import app, main
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.kader import Niveau
from wijkteamtoets.invoer.schema import json_schema_tekst
from wijkteamtoets.invoer.voorwaarden import vragen_op_niveau
from wijkteamtoets.problemen import CODES

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commando_paden(commando, voorvoegsel=()):  # type: ignore[no-untyped-def]
    for naam, sub in getattr(commando, "commands", {}).items():
        pad = (*voorvoegsel, naam)
        yield pad, sub
        yield from _commando_paden(sub, pad)


COMMANDOS = list(_commando_paden(get_command(app)))
ENGELS = re.compile(r"\b(the|and|with|show|check|file|files|write)\b", re.IGNORECASE)


@pytest.mark.parametrize(("pad", "commando"), COMMANDOS, ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_elk_commando_heeft_nederlandse_hulp_en_staat_in_de_readme(pad, commando) -> None:  # type: ignore[no-untyped-def]
    assert commando.help, f"{' '.join(pad)} heeft geen hulptekst"
    assert not ENGELS.search(commando.help), commando.help
    for parameter in commando.params:
        if parameter.name != "help" and getattr(parameter, "help", None) is not None:
            assert not ENGELS.search(parameter.help), parameter.help
    assert f"wijkteamtoets {' '.join(pad)}" in README


def test_hulp_toont_nederlandse_koppen(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "controleer", "--help"])
    assert resultaat.exit_code == 0
    assert "Opties" in resultaat.stdout and "Argumenten" in resultaat.stdout
    assert "Toon deze hulp en stop." in resultaat.stdout


def test_hulp_toont_vierkante_haken_als_tekst(runner: CliRunner) -> None:
    """Help text is rich markup: '[soort-nummer]' would vanish as an unknown tag unless escaped."""
    resultaat = runner.invoke(app, ["privacy", "--help"], env={"COLUMNS": "200"})
    assert "vervangen door [soort-nummer] (met --uitvoer)" in resultaat.stdout


def test_elke_code_staat_in_de_readme() -> None:
    for code in CODES:
        assert f"| `{code}` |" in README, code


def test_codes_toont_alle_codes(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["codes"])
    assert resultaat.exit_code == 0
    for code in CODES:
        assert code in resultaat.stdout


@pytest.mark.parametrize("soort", ["kader", "dossier", "gemeente", "onderzoek", "consensus"])
def test_meegeleverd_schema_is_actueel(soort: str) -> None:
    """Regenerate with: wijkteamtoets schema SOORT --uitvoer schemas/SOORT.schema.json --overschrijf"""
    assert (REPO / "schemas" / f"{soort}.schema.json").read_text(encoding="utf-8") == json_schema_tekst(soort)


@pytest.mark.parametrize("soort", ["dossier", "gemeente"])
def test_meegeleverd_kaderschema_is_actueel(soort: str) -> None:
    """Regenerate with: wijkteamtoets schema SOORT --kader toezicht-wijkteams-2017 --uitvoer
    schemas/SOORT.toezicht-wijkteams-2017.schema.json --overschrijf"""
    kader = laad_kader(KADER)
    pad = REPO / "schemas" / f"{soort}.{kader.id}.schema.json"
    assert pad.read_text(encoding="utf-8") == json_schema_tekst(soort, kader)


def _schema_dossier_gouda(runner: CliRunner) -> dict[str, object]:
    resultaat = runner.invoke(app, ["schema", "dossier", "--kader", "toezicht-wijkteams-2017", "-k", str(KADER)])
    assert resultaat.exit_code == 0, resultaat.output
    return json.loads(resultaat.stdout)  # type: ignore[no-any-return]


def test_kaderschema_kent_elke_eis_en_zijn_vraag(runner: CliRunner) -> None:
    schema = _schema_dossier_gouda(runner)
    kader = laad_kader(KADER)
    indicatoren = schema["properties"]["indicatoren"]["properties"]  # type: ignore[index]
    for _, _, indicator in kader.indicatoren():
        if indicator.niveau is Niveau.GEMEENTE:
            assert indicator.id not in indicatoren
            continue
        vragen = indicatoren[indicator.id]["properties"]["antwoorden"]["properties"]
        assert set(vragen) == {v.id for v in vragen_op_niveau(indicator, Niveau.DOSSIER)}
        for vraag in vragen_op_niveau(indicator, Niveau.DOSSIER):
            assert vraag.vraag in vragen[vraag.id]["description"]
    assert set(schema["properties"]["feiten"]["properties"]) == {f.id for f in kader.feiten}  # type: ignore[index]


def test_kaderschema_vindt_een_verschreven_eis_met_een_echte_validator(runner: CliRunner) -> None:
    """What the editor underlines: jsonschema (the validator check-jsonschema uses) on a real dossier."""
    validator = jsonschema.Draft202012Validator(_schema_dossier_gouda(runner))
    dossier = REPO / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    tekst = dossier.read_text(encoding="utf-8")
    assert list(validator.iter_errors(_als_editor(yaml.safe_load(tekst)))) == []
    assert "      risico-inschatting-gemaakt:" in tekst
    verschreven = tekst.replace("      risico-inschatting-gemaakt:", "      risico-inschating-gemaakt:", 1)
    fouten = list(validator.iter_errors(_als_editor(yaml.safe_load(verschreven))))
    assert len(fouten) == 1
    assert "risico-inschating-gemaakt" in fouten[0].message
    assert list(fouten[0].absolute_path) == ["indicatoren", "veiligheid-ingeschat", "antwoorden"]
    # the general schema cannot see it
    algemeen = jsonschema.Draft202012Validator(json.loads(json_schema_tekst("dossier")))
    assert list(algemeen.iter_errors(_als_editor(yaml.safe_load(verschreven)))) == []


def test_kaderschema_weigert_een_feit_met_deels_en_een_ander_kader(runner: CliRunner) -> None:
    validator = jsonschema.Draft202012Validator(_schema_dossier_gouda(runner))
    data = _als_editor(yaml.safe_load((REPO / "voorbeelden/gouda/dossiers/GOU-2016-035.yaml").read_text("utf-8")))
    assert isinstance(data, dict)
    feit = next(iter(data["feiten"]))
    fouten = list(validator.iter_errors({**data, "feiten": {**data["feiten"], feit: "deels"}}))
    assert [list(f.absolute_path) for f in fouten] == [["feiten", feit]]
    fouten = list(validator.iter_errors({**data, "kader": {"id": "ander-kader", "versie": "1.0"}}))
    assert [list(f.absolute_path) for f in fouten] == [["kader", "id"]]


def test_schema_kader_met_kader_is_een_gebruiksfout(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["schema", "kader", "--kader", "toezicht-wijkteams-2017"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("fout: --kader hoort bij 'schema dossier' of 'schema gemeente'")


def _als_editor(data: object) -> object:
    """YAML as an editor's language server sees it (YAML 1.2: an unquoted date stays a string)."""
    if isinstance(data, dict):
        return {k: _als_editor(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_als_editor(v) for v in data]
    return data.isoformat() if hasattr(data, "isoformat") else data


@pytest.mark.parametrize(("soort", "bestand"), [
    ("dossier", "tests/data/dossiers/goed/voorbeeld-2-1-afgesloten-zonder-hulp.yaml"),
    ("dossier", "tests/data/dossiers/goed/volledig-goed.yaml"),
    ("gemeente", "tests/data/dossiers/goed/gemeente.yaml"),
    ("gemeente", "voorbeelden/gouda/gemeente.yaml"),
    ("consensus", "tests/data/consensus/akkoord/TST-2016-001.consensus.yaml"),
    ("consensus", "voorbeelden/gouda/dossiers/GOU-2016-256.consensus.yaml"),
])
def test_schema_van_bevindingen_accepteert_goede_bestanden(soort: str, bestand: str) -> None:
    schema = json.loads(json_schema_tekst(soort))
    data = _als_editor(yaml.safe_load((REPO / bestand).read_text(encoding="utf-8")))
    jsonschema.validate(data, schema)
    if soort == "consensus":
        data["wijzigingen"][0]["antwoord"] = "misschien"  # type: ignore[index]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(data, schema)
        return
    data["indicatoren"][next(iter(data["indicatoren"]))]["antwoorden"]["x"] = "misschien"  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_schema_accepteert_het_kader_en_weigert_een_fout(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["schema", "kader"])
    assert resultaat.exit_code == 0
    schema = json.loads(resultaat.stdout)
    kader = yaml.safe_load(KADER.read_text(encoding="utf-8"))
    jsonschema.validate(kader, schema)
    kader["themas"][0]["criteria"][0]["indicatoren"][0]["niveau"] = "wijk"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(kader, schema)


def test_schema_overschrijft_niet_zonder_vraag(runner: CliRunner, tmp_path: Path) -> None:
    doel = tmp_path / "kader.schema.json"
    doel.write_text("oud", encoding="utf-8")
    resultaat = runner.invoke(app, ["schema", "kader", "--uitvoer", str(doel)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == f"fout: '{doel}' bestaat al; gebruik --overschrijf om het te vervangen\n"
    assert doel.read_text(encoding="utf-8") == "oud"
    assert list(tmp_path.iterdir()) == [doel]
    resultaat = runner.invoke(app, ["schema", "kader", "--uitvoer", str(doel), "--overschrijf"])
    assert resultaat.exit_code == 0
    assert json.loads(doel.read_text(encoding="utf-8"))["title"].startswith("Toezichtkader")


def test_versie(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["--versie"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout.startswith("wijkteamtoets ")


@pytest.mark.proces
def test_python_m_werkt() -> None:
    resultaat = subprocess.run([sys.executable, "-m", "wijkteamtoets", "kader", "controleer", str(KADER)],
                               capture_output=True, timeout=600, text=True, check=False)
    assert resultaat.returncode == 0, resultaat.stderr
    assert resultaat.stdout == "Geen problemen gevonden in 1 bestand.\n"


@pytest.mark.proces
def test_kader_controleer_laadt_geen_pandas_of_jinja2() -> None:
    code = ("import sys\nfrom wijkteamtoets.cli.commandos import app\n"
            "try:\n    app(['kader', 'controleer', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'jinja2') if m in sys.modules))")
    resultaat = subprocess.run([sys.executable, "-c", code, str(KADER)], capture_output=True, timeout=600, text=True, check=True)
    assert resultaat.stdout.splitlines()[-1] == "[]"


def test_readme_snelstart_heeft_twee_commandos_en_ci_draait_het_tweede() -> None:
    blok = re.search(r"## Snel starten.*?```sh\n(.*?)```", README, re.S)
    assert blok is not None
    commandos = [regel for regel in blok.group(1).splitlines() if regel.strip()]
    assert len(commandos) == 2
    assert "wijkteamtoets rapport --gemeente Gouda" in commandos[0]
    assert "pytest" in commandos[1]
    assert commandos[1] in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()


GEBRUIKSFOUTEN = [
    (["rapport", "--foo"], "onbekende optie: --foo"),
    (["kader", "controleer", "--formaat", "xml"], "ongeldige waarde voor '--formaat' / '-f': 'xml' is geen van"),
    (["nieuw", "dossier"], "de optie '--gemeente' / '-g' ontbreekt."),
    (["beoordel"], "onbekend commando: 'beoordel'. Bedoelt u 'beoordeel'?"),
    (["beoordeel"], "het argument 'paden' ontbreekt."),
]


@pytest.mark.parametrize(("argumenten", "melding"), GEBRUIKSFOUTEN)
def test_gebruiksfouten_in_het_nederlands(argumenten: list[str], melding: str, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Through the console script's entry point (`main`) in this process; the real process is below."""
    monkeypatch.setattr(sys, "argv", ["wijkteamtoets", *argumenten])
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as einde:
        main()
    assert einde.value.code == 2
    fout = capsys.readouterr().err
    assert melding in fout
    assert "Traceback" not in fout


@pytest.mark.proces
def test_gebruiksfout_in_het_nederlands_in_een_eigen_proces() -> None:
    argumenten, melding = GEBRUIKSFOUTEN[3]
    resultaat = subprocess.run([sys.executable, "-m", "wijkteamtoets", *argumenten], capture_output=True, timeout=600, text=True,
                               check=False, env={**__import__("os").environ, "COLUMNS": "200"})
    assert resultaat.returncode == 2
    assert melding in resultaat.stderr
    assert "Traceback" not in resultaat.stderr


@pytest.mark.proces
def test_na_een_commando_loopt_de_opruimer_niet_nog_eens_alles_langs() -> None:
    """When a command is done, what it made is out of the garbage collector's sight: the collection Python makes
    while it shuts down does not walk every object of the run again. The exit code and output stay the same."""
    code = ("import gc, runpy, sys\nsys.argv = ['wijkteamtoets', 'beoordeel', sys.argv[1]]\n"
            "try:\n    runpy.run_module('wijkteamtoets', run_name='__main__')\nexcept SystemExit as uit:\n"
            "    print(uit.code, gc.get_freeze_count() > 10_000, len(gc.get_objects()) < 1_000)")
    resultaat = subprocess.run([sys.executable, "-c", code, "voorbeelden/gouda/dossiers/GOU-2016-035.yaml"], cwd=REPO,
                               capture_output=True, timeout=600, text=True, check=True)
    assert resultaat.stdout.splitlines()[-1] == "0 True True"
    assert resultaat.stdout.startswith("Dossier GOU-2016-035 (Gouda)")
