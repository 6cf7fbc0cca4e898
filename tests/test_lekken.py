"""Messages that cannot leak, and control characters that never pass (issue 20, items 4 and 5).

`tests/data/lekken/` holds broken files with a name, BSN or other personal value planted exactly where the
error is (a key, a tag, an alias, an enum value, a date, the gemeente, the team, the beoordelaar, ids in a kader).
Every command in every format runs over all of them at once; the planted values must never appear in what it
prints. `tests/data/stuurtekens/` holds files with ANSI escapes, OSC 8 links, bidi overrides, NUL and rich markup:
none of them may reach a terminal, Markdown or HTML raw.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from conftest import DATA
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.invoer.gemeenten import BEKENDE_GEMEENTEN
from wijkteamtoets.problemen import (
    bekende_waarde,
    is_pseudoniem,
    toon_pad,
    toon_waarde,
    voor_document,
    voor_markdown,
    voor_terminal,
)

LEKKEN = DATA / "lekken"
STUURTEKENS = DATA / "stuurtekens"
MINI = DATA / "rapport" / "kaders" / "mini.yaml"

GEPLANT_OVERAL: dict[str, list[str]] = json.loads((LEKKEN / "geplant.json").read_text(encoding="utf-8"))
"""Per broken file in `lekken/` (a dossier) or `lekken/kaders/` (a kader): what was planted (and parts of it)
that no output may show."""
GEPLANT = {naam: waarden for naam, waarden in GEPLANT_OVERAL.items() if "/" not in naam}
GEPLANT_KADER = {naam.removeprefix("kaders/"): waarden for naam, waarden in GEPLANT_OVERAL.items()
                 if naam.startswith("kaders/")}

GEPLANT_GEMEENTE = ["Samira Bakkali", "Bakkali"]
"""`lekken/gemeente-met-naam/`: a valid gemeente file and two ratings of one dossier, with a name as the gemeente."""

ALLES = sorted({w for waarden in [*GEPLANT.values(), *GEPLANT_KADER.values(), GEPLANT_GEMEENTE] for w in waarden})

_RAUW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""Control, bidi and format characters that must never reach a terminal or Markdown raw."""


def test_het_corpus_is_volledig() -> None:
    assert sorted(p.name for p in LEKKEN.glob("*.yaml")) == sorted(GEPLANT)
    assert sorted(p.name for p in (LEKKEN / "kaders").glob("*.yaml")) == sorted(GEPLANT_KADER)
    assert len(GEPLANT) + len(GEPLANT_KADER) == len(GEPLANT_OVERAL)  # nothing in another folder
    for naam, waarden in GEPLANT_OVERAL.items():
        tekst = (LEKKEN / naam).read_text(encoding="utf-8").replace("\\e[31m", "").replace("\\e[0m", "")
        assert all(w.casefold() in tekst.casefold() for w in waarden), naam  # each value really is planted


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """data/testdorp (valid) with every broken dossier of `lekken/` in its dossiers, data/gemeente-met-naam, and kaders/
    with the mini kader; the broken kaders in kaders-lek/."""
    shutil.copytree(DATA / "rapport" / "testdorp", tmp_path / "data" / "testdorp")
    for bestand in LEKKEN.glob("*.yaml"):
        shutil.copy(bestand, tmp_path / "data" / "testdorp" / "dossiers" / bestand.name)
    shutil.copytree(LEKKEN / "gemeente-met-naam", tmp_path / "data" / "gemeente-met-naam")
    (tmp_path / "kaders").mkdir()
    shutil.copy(MINI, tmp_path / "kaders" / "mini.yaml")
    shutil.copytree(LEKKEN / "kaders", tmp_path / "kaders-lek")
    monkeypatch.chdir(tmp_path)
    return tmp_path


AANROEPEN: dict[str, list[str]] = {
    **{f"beoordeel {f}": ["beoordeel", "-k", "kaders", "data", "--details", "-f", f] for f in ("tekst", "markdown",
                                                                                                "json")},
    "beoordeel --overzicht": ["beoordeel", "-k", "kaders", "data", "--overzicht"],
    **{f"beoordeel kaders-lek {f}": ["beoordeel", "-k", "kaders-lek", "data", "-f", f] for f in ("tekst", "json")},
    **{f"kader controleer {f}": ["kader", "controleer", "kaders-lek", "-f", f] for f in ("tekst", "json", "github")},
    **{f"kader controleer dossiers {f}": ["kader", "controleer", "data/testdorp/dossiers", "-f", f]
       for f in ("tekst", "json", "github")},
    **{f"kader toon {naam}": ["kader", "toon", f"kaders-lek/{naam}"] for naam in GEPLANT_KADER},
    "kader toon -i": ["kader", "toon", "kaders", "-i", "fatima-bouzid"],
    **{f"privacy {f}": ["privacy", "data", "kaders-lek", "-f", f] for f in ("tekst", "json", "github")},
    **{f"rapport {f}": ["rapport", "--alle", "--data", "data", "-k", "kaders", "-o", "uit", "-f", f]
       for f in ("html", "markdown")},
    "rapport -g": ["rapport", "-g", "Fatima Bouzid", "--data", "data/gemeente-met-naam", "-k", "kaders", "-o", "uit"],
    **{f"exporteer {f}": ["exporteer", "--data", "data", "-k", "kaders", "-o", "uit", "-f", f]
       for f in ("csv", "json", "xlsx")},
    "exporteer -g": ["exporteer", "-g", "Fatima Bouzid", "--data", "data/gemeente-met-naam", "-k", "kaders", "-o", "uit"],
    **{f"vergelijk {f}": ["vergelijk", "-k", "kaders", "data", "-f", f] for f in ("tekst", "markdown", "json")},
    **{f"vergelijk bakkali {f}": ["vergelijk", "-k", "kaders", "data/gemeente-met-naam", "-f", f]
       for f in ("tekst", "markdown", "json", "html")},
    "nieuw dossier --dossier": ["nieuw", "dossier", "Gouda", "-k", "kaders", "--dossier", "Fatima Bouzid",
                                "-o", "uit"],
    "nieuw dossier --beoordelaar": ["nieuw", "dossier", "Gouda", "-k", "kaders", "--beoordelaar", "Tesfay "
                                    "Gebremedhin", "-o", "uit"],
    "schema --kader": ["schema", "dossier", "-k", "kaders", "--kader", "fatima-bouzid"],
    "schema --kaderversie": ["schema", "dossier", "-k", "kaders", "--kader", "mini-kader", "--kaderversie",
                             "Bouzid"],
}


@pytest.mark.timeout(300)
@pytest.mark.parametrize("naam", sorted(AANROEPEN))
def test_geen_geplante_waarde_in_wat_een_commando_toont(naam: str, werkmap: Path, runner: CliRunner) -> None:
    toont_niets_van(ALLES, runner.invoke(app, AANROEPEN[naam]), naam)


def toont_niets_van(geplant: list[str], resultaat: Result, naam: str) -> None:
    """Checks that a command ran to an end with a message and a known exit code, and that what it printed shows
    none of the planted values and no raw control character (also used by test_paden.py)."""
    uitvoer = resultaat.stdout + resultaat.stderr
    assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), uitvoer
    assert resultaat.exit_code in (0, 1, 2), uitvoer
    assert uitvoer.strip(), naam
    gelekt = [w for w in geplant if w.casefold() in uitvoer.casefold()]
    assert gelekt == [], f"{naam} toont {gelekt}:\n{uitvoer}"
    assert not _RAUW.search(uitvoer), f"{naam}: rauw stuurteken in de uitvoer"


def _naam(werkmap: Path, getoond: str) -> str:
    """The name of the file that a message shows as `getoond` (a name outside the naming scheme is its place in
    the folder, see test_paden.py)."""
    return {toon_pad(p.relative_to(werkmap)): p.name for p in werkmap.rglob("*.yaml")}[getoond]


def test_elke_geplante_fout_wordt_gemeld(werkmap: Path, runner: CliRunner) -> None:
    """The leak test means something only if every planted file reaches its error path: each is named."""
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data", "-f", "json"])
    genoemd = {_naam(werkmap, p["pad"]) for p in json.loads(resultaat.stdout)["problemen"]}
    assert set(GEPLANT) - genoemd == set()
    resultaat = runner.invoke(app, ["kader", "controleer", "kaders-lek", "-f", "json"])
    genoemd = {_naam(werkmap, p["pad"]) for p in json.loads(resultaat.stdout)["problemen"]}
    assert set(GEPLANT_KADER) - genoemd == set()


def _meldingen(werkmap: Path, runner: CliRunner) -> dict[str, tuple[str, str]]:
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data", "-f", "json"])
    return {f"{_naam(werkmap, p['pad'])}:{p['regel']}:{p['code']}": (p["melding"], p["hint"])
            for p in json.loads(resultaat.stdout)["problemen"]}


def test_de_gevallen_uit_het_issue_noemen_plaats_en_soort(werkmap: Path, runner: CliRunner) -> None:
    meldingen = _meldingen(werkmap, runner)
    assert meldingen["dubbele-sleutel.yaml:12:dubbele-sleutel"][0] == "deze sleutel komt al voor op regel 8"
    assert meldingen["beoordelaar-naam.yaml:5:ongeldig-id"] == (
        "de waarde van 'beoordelaar' is geen beoordelaarscode", "gebruik een code als INS1 of IJZ04, nooit een naam")
    assert meldingen["onbekend-veld.yaml:7:onbekend-veld"][0] == "onbekend veld"
    assert meldingen["half-gemaskeerd.yaml:7:onbekend-veld"][0] == "onbekend veld"
    assert meldingen["onbekende-vraag.yaml:17:onbekende-vraag"][0] == (
        "deze vraag is geen feit of eis van indicator 'veiligheid'")
    assert meldingen["tag.yaml:3:yaml-tag"][0] == "deze tag is niet toegestaan"
    assert meldingen["python-tag-naam.yaml:3:yaml-tag"][0] == "een Python-tag (!!python/...) is niet toegestaan"
    assert meldingen["gemeente-naam.yaml:2:onbekende-gemeente"][0] == (
        "de gemeente van dit dossier heeft geen gemeentebestand in de gegevens en is geen Nederlandse gemeente")
    assert meldingen["getal-bsn.yaml:3:yaml-getal"] == (
        "deze waarde wordt door YAML gelezen als een geheel getal, niet als tekst",
        "zet de waarde tussen aanhalingstekens")
    assert meldingen["keuze-naam.yaml:8:ongeldige-waarde"][0] == "deze waarde is niet toegestaan voor 'aanmelding_via'"


def test_bekende_namen_blijven_zichtbaar(werkmap: Path, runner: CliRunner) -> None:
    """Field names, kader ids and a suggestion from the known values are still shown: a message stays useful."""
    meldingen = _meldingen(werkmap, runner)
    assert meldingen["indicator-naam.yaml:18:onbekende-indicator"] == (
        "deze indicator bestaat niet in kader mini-kader 0.1", "kijk met 'wijkteamtoets kader toon' welke ids er zijn")
    assert meldingen["kader-naam.yaml:4:onbekend-kader"] == ("dit kader bestaat niet", "beschikbaar: mini-kader 0.1")
    assert meldingen["kaderversie-naam.yaml:4:onbekend-kader"][0] == "kader 'mini-kader' bestaat niet in deze versie"
    assert meldingen["team-naam.yaml:3:ongeldige-waarde"][0] == "'team' moet een tekst zijn, niet een lijst"


def test_de_kop_van_een_dossier_toont_alleen_een_bekende_gemeente(werkmap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data/gemeente-met-naam", "--details"])
    assert "Dossier TD-2016-201 (gemeente niet in de lijst), beoordelaar INS1" in resultaat.stdout
    assert "Gemeente gemeente niet in de lijst, beoordelaars INS1, INS2" in resultaat.stdout
    gouda = (LEKKEN / "gemeente-met-naam" / "dossiers" / "TD-2016-201.yaml").read_text(encoding="utf-8")
    Path("gouda.yaml").write_text(gouda.replace("Samira Bakkali", "gouda"), encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "gouda.yaml", "--details"])
    assert "Dossier TD-2016-201 (Gouda), beoordelaar INS1" in resultaat.stdout  # the list's own spelling


# --- the helper itself ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("waarde", ["GOU-2016-035", "TD-2016-001", "INS1", "IJZ04"])
def test_pseudonieme_ids_worden_getoond(waarde: str) -> None:
    assert is_pseudoniem(waarde)
    assert toon_waarde(waarde, "dit id") == f"'{waarde}'"


@pytest.mark.parametrize("waarde", ["Fatima Bouzid", "fatima-bouzid", "bsn-123456782", "123456782", "Bouzid",
                                    "GOU-2016-035 Bouzid", "INS1\n", "GOU-2016-0355", "ins1", "", "2009-02-30"])
def test_al_het_andere_wordt_bij_plaats_en_soort_genoemd(waarde: str) -> None:
    assert not is_pseudoniem(waarde)
    assert toon_waarde(waarde, "deze sleutel") == "deze sleutel"
    assert toon_waarde(waarde, "deze sleutel", {"team"}, "sleutel") == "deze sleutel"


def test_bekende_namen_en_gemeenten() -> None:
    assert toon_waarde("team", "dit veld", {"team"}, "veld") == "veld 'team'"
    assert toon_waarde("bergen-op-zoom", "deze gemeente", BEKENDE_GEMEENTEN) == "'Bergen op Zoom'"
    assert bekende_waarde("GOUDA", BEKENDE_GEMEENTEN) == "Gouda"
    for naam in ("Fatima Bouzid", "\x1b[31mGouda\x1b[0m", "Gouda\u202e", "Gou\x00da"):
        assert bekende_waarde(naam, BEKENDE_GEMEENTEN) is None, naam
    assert toon_waarde(None, "dit veld") == toon_waarde(12, "dit veld") == "dit veld"
    assert toon_waarde("team\x1b[0m", "dit veld", {"team\x1b[0m"}) == "dit veld"  # never a control character


# --- escaping per destination ----------------------------------------------------------------------------------

def test_voor_terminal_laat_geen_stuurteken_door() -> None:
    alles = "".join(chr(c) for c in [*range(0x20), *range(0x7f, 0xa0), 0x200b, 0x200e, 0x202e, 0x2066, 0xfeff, 0xad])
    veilig = voor_terminal(f"a{alles}b")
    assert veilig.isprintable()
    assert voor_terminal("\x1b]8;;https://x\x1b\\link\x1b]8;;\x1b\\") == "\\x1b]8;;https://x\\x1b\\link\\x1b]8;;\\x1b\\"
    assert voor_terminal("regel\r\nvolgende\tkolom\u202e") == "regel volgende kolom\\u202e"
    assert voor_terminal("Jeugdteam Gouda-Oost") == "Jeugdteam Gouda-Oost"


def test_voor_markdown_geen_opmaak_en_geen_stuurteken() -> None:
    assert voor_markdown("[klik](https://x) *vet* <b>\x1b[2J|") == \
        "\\[klik\\](https://x) \\*vet\\* \\<b\\>\\\\x1b\\[2J\\|"


def test_voor_document_voor_html_pdf_en_spreadsheet() -> None:
    assert voor_document("Test\x00dorp\x01\x7f\x85") == "Test\\x00dorp\\x01\\x7f\\x85"
    assert voor_document("Gou\u202eda\u200b\u2066") == "Gou\\u202eda\\u200b\\u2066"
    assert voor_document("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 zee\u00adhond") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 zee\u00adhond")  # a joiner and a soft hyphen stay
    assert voor_document("regel\nvolgende\tkolom") == "regel\nvolgende\tkolom"
    assert not any(unicodedata.category(t) == "Cc" and t not in "\n\t\r" for t in voor_document(
        "".join(chr(c) for c in range(0xa0))))


@pytest.fixture
def stuurmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Testdorp with a dossier and a gemeente file full of control characters, and a kader with them."""
    shutil.copytree(DATA / "rapport" / "testdorp", tmp_path / "data" / "testdorp")
    shutil.copy(STUURTEKENS / "TD-2016-301.yaml", tmp_path / "data" / "testdorp" / "dossiers")
    shutil.copy(STUURTEKENS / "gemeente.yaml", tmp_path / "data" / "testdorp" / "gemeente.yaml")
    (tmp_path / "kaders").mkdir()
    shutil.copy(MINI, tmp_path / "kaders" / "mini.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("formaat", ["tekst", "markdown"])
def test_beoordeel_details_toont_stuurtekens_als_escapes(formaat: str, stuurmap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data/testdorp/dossiers/TD-2016-301.yaml",
                                    "--details", "-f", formaat])
    # the gemeente of this dossier has no gemeente file and is not Dutch: an error in every command (issue 23)
    assert resultaat.exit_code == 1, resultaat.output
    assert "[onbekende-gemeente]" in resultaat.stderr
    assert not _RAUW.search(resultaat.stdout + resultaat.stderr)
    assert "(gemeente niet in de lijst)" in resultaat.stdout
    if formaat == "tekst":  # rich markup in a file value stays text, it is not rendered
        assert "toelichting: [bold red]opmaak[/]" in resultaat.stdout
        assert "nul\\x00teken\\u200b" in resultaat.stdout
    else:
        assert "\\[bold red\\]opmaak\\[/\\]" in resultaat.stdout
        assert "\\\\u202egnitset\\\\u202c nul\\\\x00teken\\\\u200b" in resultaat.stdout


def test_kader_toon_toont_een_osc8_link_en_kleurcodes_als_tekst(tmp_path: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "toon", str(STUURTEKENS / "mini-stuurtekens.yaml")])
    assert resultaat.exit_code == 0, resultaat.output
    assert not _RAUW.search(resultaat.stdout)
    assert resultaat.stdout.startswith("Mini-kader \\x1b[1mvet\\x1b[0m\nmini-kader, versie 0.1; bron: Testbron ")
    assert "\\x1b]8;;https://example.org\\x1b\\link\\x1b]8;;\\x1b\\" in resultaat.stdout
    assert "\\u202egnitset" in resultaat.stdout


@pytest.mark.parametrize("formaat", ["html", "markdown"])
def test_rapport_bevat_geen_nul_of_ander_c0_teken(formaat: str, stuurmap: Path, runner: CliRunner) -> None:
    (stuurmap / "data" / "testdorp" / "dossiers" / "TD-2016-301.yaml").unlink()  # its gemeente is not Testdorp
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", "data", "-k", "kaders", "-o",
                                    f"r.{'md' if formaat == 'markdown' else 'html'}", "-f", formaat])
    assert resultaat.exit_code == 0, resultaat.output
    rapport = Path(f"r.{'md' if formaat == 'markdown' else 'html'}").read_text(encoding="utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", rapport)
    assert "Het wijkteam\\x00 werkt\\x01 op\\x1b[31m onderdelen" in rapport.replace("\\[", "[").replace("\\\\", "\\")
    if formaat == "markdown":
        assert "\u202e" not in rapport


_RAUW_DOCUMENT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e"
                            r"\u2060-\u2064\u2066-\u2069\ufeff]")
"""What no written file may hold raw: C0 and C1 controls, bidi controls and invisible format characters (a
joiner that a script needs, U+200C/U+200D, and the soft hyphen may stay)."""


def _geschreven_tekst(pad: Path) -> str:
    if pad.suffix == ".xlsx":
        with zipfile.ZipFile(pad) as archief:
            return "".join(archief.read(naam).decode("utf-8") for naam in archief.namelist() if naam.endswith(".xml"))
    return pad.read_text(encoding="utf-8").removeprefix("\ufeff")  # the CSV's own byte order mark for Excel


@pytest.mark.parametrize(("commando", "formaat", "bestand"), [
    ("exporteer", "csv", "e.csv"), ("exporteer", "json", "e.json"), ("exporteer", "xlsx", "e.xlsx"),
    ("rapport", "html", "r.html"), ("rapport", "markdown", "r.md")])
def test_geen_rauw_bidi_of_format_teken_in_een_geschreven_bestand(commando: str, formaat: str, bestand: str,
                                                                  stuurmap: Path, runner: CliRunner) -> None:
    """A valid dossier with bidi overrides, zero-width and C1 characters in its team and a toelichting: no gate
    stops it, so the export and the report must escape them (an RLO in a cell or a report reverses what a
    reader sees)."""
    (stuurmap / "data" / "testdorp" / "dossiers" / "TD-2016-301.yaml").unlink()  # its gemeente is not Testdorp
    shutil.copy(STUURTEKENS / "gemeente.yaml", stuurmap / "data" / "testdorp" / "gemeente.yaml")
    shutil.copy(STUURTEKENS / "TD-2016-302.yaml", stuurmap / "data" / "testdorp" / "dossiers")
    argumenten = ["-g", "Testdorp"] if commando == "rapport" else []
    resultaat = runner.invoke(app, [commando, *argumenten, "--data", "data", "-k", "kaders", "-o", bestand,
                                    "-f", formaat])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = _geschreven_tekst(Path(bestand))
    rauw = _RAUW_DOCUMENT.search(tekst)
    assert rauw is None, f"{bestand}: {rauw.group()!r} in {tekst[max(0, rauw.start() - 40):rauw.start() + 20]!r}"
    if commando == "exporteer":  # the team is still there, readable, with its escapes
        assert "Wijkteam \\u202eoost\\u202c" in tekst.replace("\\\\", "\\")


def test_json_uitvoer_escapet_wat_onzichtbaar_is_en_blijft_dezelfde_data(stuurmap: Path, runner: CliRunner) -> None:
    """JSON needs no lossy escape: every invisible character is written as a \\u escape, and reading the file
    back gives the very same text."""
    (stuurmap / "data" / "testdorp" / "dossiers" / "TD-2016-301.yaml").unlink()  # its gemeente is not Testdorp
    shutil.copy(STUURTEKENS / "TD-2016-302.yaml", stuurmap / "data" / "testdorp" / "dossiers")
    resultaat = runner.invoke(app, ["beoordeel", "-k", "kaders", "data/testdorp", "--details", "-f", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    assert _RAUW_DOCUMENT.search(resultaat.stdout) is None
    gelezen = json.loads(resultaat.stdout)
    toelichtingen = [r["toelichting"] for b in gelezen["beoordelingen"] for o in b["oordelen"] for r in o["redenen"]
                     if r["toelichting"]]
    assert any(t.startswith("Toelichting \u202egnitset\u202c") for t in toelichtingen), toelichtingen


@pytest.mark.parametrize("commando", ["rapport", "exporteer"])
def test_een_onbekende_gemeente_op_de_opdrachtregel(commando: str, werkmap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, [commando, "-g", "Fatima Bouzid", "--data", "data/gemeente-met-naam", "-k",
                                    "kaders", "-o", "uit"])
    assert resultaat.exit_code == 2, resultaat.output
    assert resultaat.stderr == ("fout: deze gemeente komt niet voor in de gegevens; bekend zijn: 1 gemeente buiten de "
                                "gemeentelijst\n")


# --- a property: any name planted at any error spot stays out of every message --------------------------------

_VORMEN = {
    "spatie": lambda voor, achter: f"{voor} {achter}",
    "koppel": lambda voor, achter: f"{voor}-{achter}",
    "klein": lambda voor, achter: f"{voor}-{achter}".lower(),
    "onderstreep": lambda voor, achter: f"{voor}_{achter}",
    "punt": lambda voor, achter: f"{achter}.{voor}",
    "woord": lambda voor, achter: achter,
}
"""How the planted value in each template is written, so that a generated name fits the same spot."""

SJABLONEN: list[tuple[str, str, str]] = [
    ("alias-naam.yaml", "Bouzid_Fatima", "onderstreep"), ("anker-naam.yaml", "Samira_Yilmaz", "onderstreep"),
    ("antwoord-naam.yaml", "Mustafa", "woord"), ("beoordelaar-naam.yaml", "Tesfay Gebremedhin", "spatie"),
    ("datum-naam.yaml", "Kevin", "woord"), ("dossiernummer-naam.yaml", "Fatima-Bouzid", "koppel"),
    ("dubbele-sleutel.yaml", "Fatima Bouzid", "spatie"), ("gemeente-naam.yaml", "Fatima Bouzid", "spatie"),
    ("gezinslid-veld-naam.yaml", "Fatima Bouzid", "spatie"), ("half-gemaskeerd.yaml", "Mohammed Amrani", "spatie"),
    ("indicator-naam.yaml", "yilmaz-aydin", "klein"), ("kader-naam.yaml", "fatima-bouzid", "klein"),
    ("kaderversie-naam.yaml", "Bouzid", "woord"), ("keuze-naam.yaml", "Yilmaz", "woord"),
    ("onbekend-veld.yaml", "Jansen-Yilmaz", "koppel"), ("onbekende-vraag.yaml", "bsn-123456782", "klein"),
    ("pagina-naam.yaml", "Ayaan", "woord"), ("python-tag-naam.yaml", "Bouzid.Fatima", "punt"),
    ("rol-naam.yaml", "Khadija", "woord"), ("tag.yaml", "Fatima_Bouzid", "onderstreep"),
    ("team-naam.yaml", "Fatima Bouzid", "spatie"), ("vraag-met-spatie.yaml", "zwaar Bouzid", "spatie"),
    ("kaders/feit-naam.yaml", "jan-de-vries", "klein"), ("kaders/correctie-element-naam.yaml", "Bouzid", "woord"),
    ("kaders/id-naam.yaml", "Fatima Bouzid", "spatie"), ("kaders/niveau-naam.yaml", "Yilmaz", "woord"),
    ("kaders/onbekend-veld-naam.yaml", "Samira Yilmaz", "spatie"), ("kaders/score-naam.yaml", "Bouzid", "woord"),
    ("kaders/dubbele-sleutel-naam.yaml", "Fatima", "woord"),
]


def _meldingen_van(pad: Path) -> str:
    """Every message and hint that loading and checking `pad` gives (a kader, or a dossier against mini)."""
    from wijkteamtoets.controles.laden import controleer_kaderbestanden, laad_bevindingen, laad_register
    from wijkteamtoets.controles.samenhang import controleer_samenhang

    if pad.parent.name == "kaders":
        problemen = controleer_kaderbestanden([pad]).problemen
    else:
        register, _ = laad_register([MINI])
        geladen, problemen = laad_bevindingen(pad, register)
        if geladen is not None and geladen.dossier is not None:  # the set as a whole: the gemeente
            problemen += controleer_samenhang([geladen.dossier], [])
    assert problemen, pad
    return "\n".join(f"{p.melding}\n{p.hint}" for p in problemen)


@functools.cache
def _meldingen_van_het_sjabloon(naam: str) -> str:
    """The messages of the unchanged template (the same for every example Hypothesis tries), casefolded."""
    return _meldingen_van(LEKKEN / naam).casefold()


_WOORD = st.from_regex(r"[A-Z][a-z]{4,9}", fullmatch=True)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@pytest.mark.parametrize(("naam", "geplant", "vorm"), SJABLONEN, ids=[s[0] for s in SJABLONEN])
@given(voor=_WOORD, achter=_WOORD)
def test_een_willekeurige_naam_op_de_plek_van_een_fout_komt_niet_in_een_melding(
        naam: str, geplant: str, vorm: str, voor: str, achter: str, tmp_path: Path) -> None:
    sjabloon = (LEKKEN / naam).read_text(encoding="utf-8")
    waarde = _VORMEN[vorm](voor, achter)
    zonder = _meldingen_van_het_sjabloon(naam)
    onderdelen = [voor.casefold(), achter.casefold()]
    assume(not any(d in sjabloon.casefold() or d in zonder for d in onderdelen))  # a word of the file itself
    pad = tmp_path / naam
    pad.parent.mkdir(exist_ok=True)
    pad.write_text(sjabloon.replace(geplant, waarde), encoding="utf-8")
    meldingen = _meldingen_van(pad).casefold()
    assert not [d for d in onderdelen if d in meldingen], meldingen
