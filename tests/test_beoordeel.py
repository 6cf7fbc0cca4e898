"""`wijkteamtoets beoordeel`: the report's Voorbeeld cases, validation messages, formats, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO, verwachte_regels
from wijkteamtoets.beoordelen.afleiden import beoordeel_dossier
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.cli.meldingen import VERBORGEN_TIP
from wijkteamtoets.controles.laden import Kaderregister, laad_bevindingen, laad_kader
from wijkteamtoets.invoer.kader import Oordeel

GOED = DATA / "dossiers" / "goed"
FOUT = DATA / "dossiers" / "fout"
KADER = laad_kader(REPO / "kaders" / "toezicht-wijkteams-2017.yaml")
REGISTER = Kaderregister([KADER])


def _oordelen(naam: str) -> dict[str, tuple[Oordeel, set[tuple[str, str]]]]:
    geladen, problemen = laad_bevindingen(GOED / naam, REGISTER)
    assert geladen is not None and geladen.dossier is not None, problemen
    # the report's examples cite a bron only where the report quotes one: other negative answers warn
    assert [p for p in problemen if p.code != "bron-ontbreekt"] == []
    beoordeling = beoordeel_dossier(KADER, geladen.dossier)
    return {o.indicator: (o.oordeel, {(r.soort, r.vraag) for r in o.redenen}) for o in beoordeling.oordelen}


# Each Voorbeeld box of the report, with the indicators the text says were not met and the eis that shows why.
VOORBEELDEN = {
    "voorbeeld-2-1-afgesloten-zonder-hulp.yaml": [
        ("afsluiten", Oordeel.VOLDOET_NIET, "inschatting-voor-afsluiten"),
        ("afsluiten", Oordeel.VOLDOET_NIET, "vervolgtraject-geregeld"),
        ("opschalen", Oordeel.VOLDOET_NIET, "opgeschaald"),
    ],
    "voorbeeld-2-3-geen-risico-inschatting.yaml": [
        ("veiligheid-ingeschat", Oordeel.VOLDOET_NIET, "risico-inschatting-gemaakt"),
        ("veiligheid-geevalueerd", Oordeel.VOLDOET_NIET, "vergelijking-start-en-nu"),
    ],
    "voorbeeld-2-5-plan-per-gezinslid.yaml": [
        ("een-gezin-een-plan", Oordeel.VOLDOET_NIET, "plan-voor-gehele-gezin"),
        ("veiligheid-ingeschat", Oordeel.VOLDOET_NIET, "risico-inschatting-gemaakt"),
        ("passende-zorg", Oordeel.VOLDOET_DEELS, "passend-hulpaanbod"),
    ],
    "voorbeeld-2-5-regie-onduidelijk.yaml": [
        ("een-gezin-een-plan", Oordeel.VOLDOET_NIET, "regie-bepaald"),
        ("een-gezin-een-plan", Oordeel.VOLDOET_NIET, "regie-inhoud-duidelijk"),
    ],
    "voorbeeld-2-6-opschalen-lukt-niet.yaml": [
        ("opschalen", Oordeel.VOLDOET_NIET, "opgeschaald"),
        ("opschalen", Oordeel.VOLDOET_NIET, "dossier-onderbouwt-opschaling"),
    ],
}


@pytest.mark.parametrize(("bestand", "indicator", "verwacht", "eis"),
                         [(b, *v) for b, lijst in VOORBEELDEN.items() for v in lijst])
def test_voorbeelden_uit_het_rapport(bestand: str, indicator: str, verwacht: Oordeel, eis: str) -> None:
    oordeel, redenen = _oordelen(bestand)[indicator]
    assert oordeel is verwacht
    assert any(vraag == eis and soort in ("kern-niet-voldaan", "niet-voldaan", "deels") for soort, vraag in redenen)


def test_voorbeeld_toont_de_reden_in_de_uitvoer(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", str(GOED / "voorbeeld-2-3-geen-risico-inschatting.yaml")],
                              env={"COLUMNS": "250"})
    assert resultaat.exit_code == 0
    regel = next(r for r in resultaat.stdout.splitlines() if "1.1.3" in r)
    assert "✘ voldoet niet" in regel
    assert ("kerneis niet voldaan: Is van de gesignaleerde veiligheidsrisico's / ontwikkelingsbedreigingen een "
            "inschatting gemaakt? (nee)") in resultaat.stdout


def test_goed_dossier_voldoet_op_elke_indicator_die_van_toepassing_is() -> None:
    oordelen = _oordelen("volledig-goed.yaml")
    assert len(oordelen) == 13  # every dossier-level indicator, none silently skipped
    assert {i: o for i, (o, _) in oordelen.items() if o is not Oordeel.VOLDOET} == {
        "opschalen": Oordeel.NIET_VAN_TOEPASSING}


FOUTE = sorted(FOUT.iterdir())
"""The files in `fout/` in the order of the folder listing, which gives each its place in a message."""


@pytest.mark.parametrize("bestand", sorted(FOUT.glob("*.yaml")), ids=lambda p: p.name)
def test_fout_dossier_geeft_exacte_melding(bestand: Path, runner: CliRunner, in_repo: Path) -> None:
    verwacht = verwachte_regels(bestand)
    assert verwacht, f"{bestand.name} mist '# verwacht: '-regels"
    resultaat = runner.invoke(app, ["beoordeel", str(bestand.relative_to(REPO))])
    alleen_waarschuwingen = all(": waarschuwing: " in r for r in verwacht if not r.startswith("    tip: "))
    assert resultaat.exit_code == (0 if alleen_waarschuwingen else 1), resultaat.output
    regels = resultaat.stderr.splitlines()
    pad = "tests/data/dossiers/[map 1]"  # 'fout' and the name of the file follow no naming scheme: their places
    assert regels[:-2] == [r if r.startswith("    tip: ") else f"{pad}/[bestand {FOUTE.index(bestand) + 1}]:{r}"
                           for r in verwacht]
    assert regels[-2] == VERBORGEN_TIP


def test_geldig_maar_onvolledig_dossier_wordt_wel_beoordeeld(runner: CliRunner, in_repo: Path) -> None:
    pad = str((FOUT / "ontbrekend-antwoord.yaml").relative_to(REPO))
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", pad])
    assert resultaat.exit_code == 0
    data = json.loads(resultaat.stdout)
    oordelen = {o["indicator"]: o for o in data["beoordelingen"][0]["oordelen"]}
    assert oordelen["veiligheid-ingeschat"]["oordeel"] == "niet te beoordelen"
    assert oordelen["veiligheid-ingeschat"]["redenen"][0] == {
        "soort": "ontbreekt", "vraag": "inschatting-tijdig",
        "tekst": "antwoord ontbreekt: Is de inschatting tijdig gemaakt, bij het bepalen van de hulpvraag?",
        "toelichting": "", "bronnen": []}
    assert [p["code"] for p in data["problemen"]] == ["ontbrekend-antwoord", "ontbrekend-antwoord"]


def test_veel_bestanden_een_regel_per_dossier_en_een_totaal(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", str(GOED.relative_to(REPO))], env={"COLUMNS": "120"})
    assert resultaat.exit_code == 0, resultaat.output
    regels = resultaat.stdout.splitlines()
    assert sum(1 for r in regels if "VBD-2017-" in r or "TST-2016-" in r) == 6
    json_uit = json.loads(runner.invoke(app, ["beoordeel", "-f", "json", str(GOED.relative_to(REPO))]).stdout)
    assert len(json_uit["beoordelingen"]) == 7  # six dossiers and the gemeente file
    assert sum(json_uit["totaal"].values()) == 6 * 13 + 4
    totaal = next(r for r in regels if "totaal" in r)
    assert [int(cel) for cel in totaal.split("│")[4:9]] == list(json_uit["totaal"].values())


def test_een_slecht_bestand_stopt_de_andere_niet(runner: CliRunner, in_repo: Path) -> None:
    paden = [str((GOED / "volledig-goed.yaml").relative_to(REPO)), str((FOUT / "onbekend-kader.yaml").relative_to(REPO))]
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", *paden])
    assert resultaat.exit_code == 1
    data = json.loads(resultaat.stdout)
    assert [b["naam"] for b in data["beoordelingen"]] == ["TST-2016-001"]
    assert [p["code"] for p in data["problemen"]] == ["onbekend-kader"]


@pytest.mark.parametrize("formaat", ["tekst", "markdown", "json"])
def test_zelfde_uitvoer_in_elke_volgorde(formaat: str, runner: CliRunner, in_repo: Path) -> None:
    paden = [str(p.relative_to(REPO)) for p in sorted(GOED.glob("*.yaml"))]
    vooruit = runner.invoke(app, ["beoordeel", "-f", formaat, "--details", *paden])
    achteruit = runner.invoke(app, ["beoordeel", "-f", formaat, "--details", *reversed(paden)])
    assert vooruit.exit_code == achteruit.exit_code == 0
    assert vooruit.stdout_bytes == achteruit.stdout_bytes
    assert len(vooruit.stdout_bytes) > 1000


def test_markdown_per_thema_en_criterium(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-f", "markdown", str(GOED / "voorbeeld-2-6-opschalen-lukt-niet.yaml")])
    assert resultaat.exit_code == 0
    tekst = resultaat.stdout
    assert tekst.startswith("## Dossier VBD-2017-027 (Houten)\n")
    assert "### Thema 2: In zorg" in tekst
    assert "**Criterium 2.2: De zorg en ondersteuning is doelgericht**" in tekst
    assert ("| 2.2.4 | Passende maatregelen zijn ingezet wanneer de inzet van vrijwillige hulp niet tot stand komt of "
            "onvoldoende toereikend of effectief blijkt. | ✘ voldoet niet | kerneis niet voldaan: Is vanuit het "
            "wijkteam opgeschaald") in tekst
    assert tekst.rstrip().endswith("0 niet te beoordelen.")


def test_streng_faalt_bij_voldoet_niet(runner: CliRunner, in_repo: Path) -> None:
    slecht = str(GOED / "voorbeeld-2-6-opschalen-lukt-niet.yaml")
    goed = str(GOED / "volledig-goed.yaml")
    assert runner.invoke(app, ["beoordeel", slecht]).exit_code == 0
    assert runner.invoke(app, ["beoordeel", "--streng", slecht]).exit_code == 1
    assert runner.invoke(app, ["beoordeel", "--streng", goed]).exit_code == 0


def test_afwijking_blijft_zichtbaar(runner: CliRunner, tmp_path: Path) -> None:
    tekst = (GOED / "voorbeeld-2-6-opschalen-lukt-niet.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("  aangepaste-zorg:\n", "  aangepaste-zorg:\n    afwijking:\n      oordeel: voldoet deels\n"
                          "      motivatie: De moeder stelde in het interview de doelen wel samen bij.\n", 1)
    pad = tmp_path / "afwijking.yaml"
    pad.write_text(tekst, encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "-f", "json", "-k", str(REPO / "kaders"), str(pad)])
    assert resultaat.exit_code == 0, resultaat.output
    oordeel = next(o for o in json.loads(resultaat.stdout)["beoordelingen"][0]["oordelen"]
                   if o["indicator"] == "aangepaste-zorg")
    assert (oordeel["oordeel"], oordeel["afgeleid"]) == ("voldoet deels", "voldoet niet")
    assert oordeel["afwijking"]["motivatie"] == "De moeder stelde in het interview de doelen wel samen bij."
    assert oordeel["redenen"][-1]["soort"] == "afwijking"
    markdown = runner.invoke(app, ["beoordeel", "-f", "markdown", "-k", str(REPO / "kaders"), str(pad)]).stdout
    assert "◐ voldoet deels (afwijking; afgeleid: voldoet niet)" in markdown


def test_gebruiksfouten(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "bestaat-niet.yaml"])
    assert (resultaat.exit_code, resultaat.stderr) == (2, "fout: 'bestaat-niet.yaml' bestaat niet\n")
    resultaat = runner.invoke(app, ["beoordeel", str(tmp_path)])
    assert resultaat.exit_code == 2
    assert runner.invoke(app, ["beoordeel"]).exit_code == 2
    resultaat = runner.invoke(app, ["beoordeel", "-k", str(tmp_path), str(GOED / "volledig-goed.yaml")])
    assert resultaat.exit_code == 2


@pytest.mark.proces
def test_beoordeel_laadt_geen_pandas_of_jinja2() -> None:
    """Start-up: one dossier needs neither the report stack, nor deduce's model, nor Typer's help module."""
    code = ("import sys\nfrom wijkteamtoets.cli.commandos import app\n"
            "try:\n    app(['beoordeel', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pandas', 'jinja2', 'deduce', 'typer.rich_utils') if m in sys.modules))")
    resultaat = subprocess.run([sys.executable, "-c", code, str(GOED / "volledig-goed.yaml")], cwd=REPO,
                               capture_output=True, timeout=600, text=True, check=True)
    assert resultaat.stdout.splitlines()[-1] == "[]"


_ALLEEN_PER_COMMANDO = ("wordfreq", "weasyprint", "statsmodels", "wijkteamtoets.cli.publiceren",
                        "wijkteamtoets.cli.rondes", "wijkteamtoets.cli.invullen", "wijkteamtoets.cli.kaderversies")


def _geladen_na(argumenten: list[str], namen: tuple[str, ...]) -> list[str]:
    """Which of `namen` the real console script loaded for this command line (output to a pipe)."""
    code = ("import runpy, sys\nnamen = sys.argv[1:]\nsys.argv = ['wijkteamtoets', *" + repr(argumenten) + "]\n"
            "try:\n    runpy.run_module('wijkteamtoets', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "import json\nprint(json.dumps(sorted(m for m in namen if m in sys.modules)))")
    resultaat = subprocess.run([sys.executable, "-c", code, *namen], cwd=REPO, capture_output=True, timeout=600,
                               text=True, check=True)
    return json.loads(resultaat.stdout.splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.proces
def test_beoordeel_laadt_geen_andere_commandos_of_de_volledige_scan() -> None:
    """Start-up of the console script: one dossier loads neither the modules of the other commands (reports,
    rounds, the form) nor wordfreq (the full privacy scan's word list), WeasyPrint or statsmodels."""
    assert _geladen_na(["beoordeel", str(GOED / "volledig-goed.yaml")], _ALLEEN_PER_COMMANDO) == []


@pytest.mark.proces
def test_beoordeel_laadt_importlib_metadata_en_resources_niet() -> None:
    """Start-up of the console script: judging one dossier reads no package metadata (pydantic's plugin loader
    imports importlib.metadata for plugins that are off; the versions in the privacy scan's key are read without it)
    and no package resources through importlib.resources."""
    assert _geladen_na(["beoordeel", str(GOED / "volledig-goed.yaml")],
                       ("importlib.metadata", "importlib.resources", "email")) == []


@pytest.mark.proces
def test_beoordeel_van_een_bewerkt_dossier_laadt_het_namenmodel_niet(tmp_path: Path) -> None:
    """An inspector edits a dossier and judges it again: the fast privacy scan of its new content loads neither the
    module of deduce's name model nor deduce or wordfreq."""
    dossier = tmp_path / "GOU-2016-035.yaml"
    dossier.write_text((GOED / "volledig-goed.yaml").read_text(encoding="utf-8") + f"# bewerkt {tmp_path.name}\n",
                       encoding="utf-8")
    assert _geladen_na(["beoordeel", str(dossier)], ("wijkteamtoets.controles.namenmodel", "deduce", "wordfreq")) == []


@pytest.mark.proces
def test_privacy_naar_een_bestand_laadt_rich_niet() -> None:
    """Output to a file or a pipe needs no terminal library: `privacy` (and `beoordeel -f json`) then do not
    import rich."""
    assert _geladen_na(["privacy", str(REPO / "kaders")], ("rich", *_ALLEEN_PER_COMMANDO[1:])) == []
    assert _geladen_na(["beoordeel", "-f", "json", str(GOED / "volledig-goed.yaml")], ("rich",)) == []


@pytest.mark.proces
def test_een_dossier_naar_een_pijp_laadt_de_console_van_rich_niet() -> None:
    """The detail view of one dossier into a file or a pipe is rich's plain text, made without its console;
    several files (a table) still use rich."""
    assert _geladen_na(["beoordeel", str(GOED / "volledig-goed.yaml")], ("rich.console", "rich.text")) == []
    assert _geladen_na(["beoordeel", str(GOED)], ("rich.console",)) == ["rich.console"]


@pytest.mark.proces
def test_de_opdrachtregel_zoekt_geen_pydantic_plugins() -> None:
    """pydantic would read the metadata of every installed package for plugins when it builds the first model;
    the command line uses none (a value the user set stays)."""
    code = ("import runpy, sys\nsys.argv = ['wijkteamtoets', 'beoordeel', sys.argv[1]]\n"
            "try:\n    runpy.run_module('wijkteamtoets', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "from pydantic.plugin import _loader\nprint(_loader._plugins)")
    resultaat = subprocess.run([sys.executable, "-c", code, str(GOED / "volledig-goed.yaml")], cwd=REPO,
                               capture_output=True, timeout=600, text=True, check=True,
                               env={k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"})
    assert resultaat.stdout.splitlines()[-1] == "None"


def test_gangbare_woorden_voor_een_rol_worden_begrepen() -> None:
    from wijkteamtoets.invoer.dossier import Gezinslid, Rol

    rollen = {woord: Gezinslid.model_validate({"rol": woord, "leeftijd": 9}).rol
              for woord in ["zoon", "Dochter", "stiefvader", "oma", "pleegmoeder", "tante", "moeder"]}
    assert rollen == {"zoon": Rol.KIND, "Dochter": Rol.KIND, "stiefvader": Rol.STIEFOUDER, "oma": Rol.GROOTOUDER,
                      "pleegmoeder": Rol.PLEEGOUDER, "tante": Rol.ANDER_GEZINSLID, "moeder": Rol.MOEDER}


def _dossier_met_toelichtingen(tmp_path: Path, nee: str, onbekend: str) -> Path:
    """GOU-2016-035 with a toelichting on a kerneis answered 'nee' and one on an 'onbekend' answer."""
    tekst = (REPO / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml").read_text(encoding="utf-8")
    oud_nee = 'toelichting: "De eigen problematiek van de ouders is genoemd, niet uitgevraagd."'
    oud_onbekend = "      kinderen-betrokken-bij-hulpvraag: onbekend\n"
    assert oud_nee in tekst and oud_onbekend in tekst
    tekst = tekst.replace(oud_nee, f"toelichting: {json.dumps(nee)}").replace(
        oud_onbekend, f"      kinderen-betrokken-bij-hulpvraag:\n        antwoord: onbekend\n"
                      f"        toelichting: {json.dumps(onbekend)}\n")
    pad = tmp_path / "GOU-2016-035.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_redenen_tonen_de_toelichting_in_terminal_markdown_en_json(runner: CliRunner, tmp_path: Path) -> None:
    pad = str(_dossier_met_toelichtingen(tmp_path, "Alleen genoemd, niet uitgevraagd.",
                                         "Evaluatieverslagen niet aangetroffen."))
    kaders = ["-k", str(REPO / "kaders")]
    tekst = runner.invoke(app, ["beoordeel", *kaders, pad], env={"COLUMNS": "200"}).stdout
    assert "toelichting: Alleen genoemd, niet uitgevraagd." in tekst
    onbekend = tekst.split("uit het dossier niet op te maken: Is zichtbaar dat de kinderen", 1)[1].split("•")[0]
    assert "toelichting: Evaluatieverslagen niet aangetroffen." in onbekend  # under its own reason

    markdown = runner.invoke(app, ["beoordeel", "-f", "markdown", *kaders, pad]).stdout
    assert "(nee) — *toelichting: Alleen genoemd, niet uitgevraagd.*" in markdown

    data = json.loads(runner.invoke(app, ["beoordeel", "-f", "json", *kaders, pad]).stdout)
    oordelen = {o["indicator"]: o for o in data["beoordelingen"][0]["oordelen"]}
    achterliggend = oordelen["achterliggende-hulpvragen"]
    assert achterliggend["redenen"][0]["toelichting"] == "Alleen genoemd, niet uitgevraagd."
    assert achterliggend["oordeel"] == "voldoet niet"
    assert (achterliggend["score"], achterliggend["kerneis_beslist"], achterliggend["kerneisen_niet_voldaan"]) == (
        None, True, ["problematiek-ouders-in-kaart"])  # a kerneis decides: no score
    assert oordelen["hulpvraag-in-dialoog"]["redenen"][0]["toelichting"] == "Evaluatieverslagen niet aangetroffen."
    assert oordelen["passende-zorg"]["kerneis_beslist"] is False


def test_toelichting_wordt_veilig_getoond(runner: CliRunner, tmp_path: Path) -> None:
    """A toelichting comes from a file: no escape sequences reach the terminal, no live Markdown."""
    kwaad = "Zie \x1b[31mROOD\x1b[0m [klik](http://voorbeeld.invalid) ![beeld](http://voorbeeld.invalid/x.png) <b>vet</b>"
    pad = str(_dossier_met_toelichtingen(tmp_path, kwaad, "onbekend"))
    kaders = ["-k", str(REPO / "kaders")]
    tekst = runner.invoke(app, ["beoordeel", *kaders, pad], env={"COLUMNS": "400"}).stdout
    assert "\x1b" not in tekst
    assert "toelichting: Zie \\x1b[31mROOD\\x1b[0m [klik](http://voorbeeld.invalid)" in tekst
    markdown = runner.invoke(app, ["beoordeel", "-f", "markdown", *kaders, pad]).stdout
    assert "\x1b" not in markdown
    assert ("Zie \\\\x1b\\[31mROOD\\\\x1b\\[0m \\[klik\\](http://voorbeeld.invalid) \\!\\[beeld\\]"
            "(http://voorbeeld.invalid/x.png) \\<b\\>vet\\</b\\>") in markdown
