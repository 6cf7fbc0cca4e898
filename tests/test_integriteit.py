"""Input integrity: every file counted once, every slip caught, hostile files refused fast, output all or nothing.

The hostile corpus is `tests/data/vijandig/` (files that git can hold) plus `BIJZONDER` (a FIFO, a socket,
symbolic links, a folder named like a YAML file, a file just over the size limit), made in a temporary folder.
Every entry goes through `beoordeel`, `kader controleer`, `privacy`, `rapport` and `exporteer`.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import chdir
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO
from wijkteamtoets.bestandssysteem import MANIFEST, MAX_BYTES, lees_begrensd, ruim_op, schrijf_set
from wijkteamtoets.cli.commandos import app, main
from wijkteamtoets.invoer.bestanden import PadFout, verzamel_bestanden
from wijkteamtoets.invoer.gemeenten import nederlandse_gemeenten, officiele_namen, slug
from wijkteamtoets.problemen import InvoerFout, toon_pad

VIJANDIG = DATA / "vijandig"
TESTDORP = DATA / "rapport" / "testdorp"
MINI = DATA / "rapport" / "kaders" / "mini.yaml"
DOSSIERS = Path("data") / "testdorp" / "dossiers"  # relative to the working folder of each test
GETOOND = "data/[map 1]"
"""How a message shows data/testdorp: 'testdorp' is no Dutch gemeente, so it is its place in data/."""


def _fifo(pad: Path) -> None:
    os.mkfifo(pad)


def _socket(pad: Path) -> None:
    verbinding = socket.socket(socket.AF_UNIX)
    verbinding.bind(str(pad))
    verbinding.close()


BIJZONDER: dict[str, Callable[[Path], None]] = {
    "fifo.yaml": _fifo,
    "socket.yaml": _socket,
    "link-naar-dev-zero.yaml": lambda pad: pad.symlink_to("/dev/zero"),
    "hangende-link.yaml": lambda pad: pad.symlink_to("bestaat-niet.yaml"),
    "link-lus.yaml": lambda pad: pad.symlink_to("link-lus.yaml"),
    "map.yaml": lambda pad: pad.mkdir(),
    "net-te-groot.yaml": lambda pad: pad.write_bytes(b"# " + b"x" * (MAX_BYTES - 2) + b"\n"),
}
"""Corpus entries that git cannot hold (or should not: 2 MiB), made per test."""

# Per entry: the code and line each of beoordeel, rapport and exporteer must report at the entry.
VERWACHT: dict[str, tuple[str, int]] = {
    "alias-bom.yaml": ("alias-bom", 1),
    "alleen-commentaar.yaml": ("leeg-bestand", 1),
    "alleen-documentstart.yaml": ("leeg-bestand", 1),
    "ander-kader-dan-gemeente.yaml": ("ander-kader", 4),
    "besturingsteken.yaml": ("yaml-syntaxis", 3),
    "bom-met-tikfout.yaml": ("onbekend-veld", 3),
    "datum-als-tekst.yaml": ("yaml-getal", 3),
    "datum-bestaat-niet.yaml": ("ongeldige-waarde", 6),
    "dubbele-sleutel-boven.yaml": ("dubbele-sleutel", 21),
    "dubbele-sleutel-diep.yaml": ("dubbele-sleutel", 18),
    "geen-utf8.yaml": ("geen-utf8", 3),
    "getal-als-tekst.yaml": ("yaml-getal", 3),
    "getal-bovenaan.yaml": ("ongeldige-waarde", 1),
    "kopie-van-TD-2016-001.yaml": ("dubbel-dossier", 2),
    "leeg.yaml": ("leeg-bestand", 1),
    "lijst-bovenaan.yaml": ("ongeldige-waarde", 1),
    "meerdere-documenten.yaml": ("yaml-syntaxis", 21),
    "nesting-10000-haken.yaml": ("te-diep", 1),
    "nesting-diepe-mapping.yaml": ("te-diep", 64),
    "nul-bytes.yaml": ("geen-utf8", 3),
    "onbekend-kader.yaml": ("onbekend-kader", 4),
    "onbekende-kaderversie.yaml": ("onbekend-kader", 4),
    "onbekende-tag.yaml": ("yaml-tag", 3),
    "open-aanhalingsteken.yaml": ("yaml-syntaxis", 4),
    "open-accolade.yaml": ("yaml-syntaxis", 5),
    "open-blokhaak.yaml": ("yaml-syntaxis", 10),
    "python-name.yaml": ("yaml-tag", 3),
    "python-object.yaml": ("yaml-tag", 3),
    "recursieve-alias.yaml": ("alias-bom", 1),
    "reuzengetal.yaml": ("ongeldige-waarde", 10),
    "samenvoegsleutel.yaml": ("yaml-tag", 9),
    "sleutel-geen-tekst.yaml": ("sleutel-geen-tekst", 4),
    "tab-inspringing.yaml": ("tab", 8),
    "tekst-bovenaan.yaml": ("ongeldige-waarde", 1),
    "tikfout-diep.yaml": ("onbekend-veld", 8),
    "tikfout-gemeente.yaml": ("onbekende-gemeente", 2),
    "tikfout-sleutel.yaml": ("onbekend-veld", 5),
    "utf16.yaml": ("geen-utf8", 1),
    "yaml11-boolean-antwoord.yaml": ("yaml-boolean", 17),
    "yaml11-boolean.yaml": ("yaml-boolean", 3),
    "fifo.yaml": ("geen-gewoon-bestand", 1),
    "socket.yaml": ("geen-gewoon-bestand", 1),
    "link-naar-dev-zero.yaml": ("geen-gewoon-bestand", 1),
    "hangende-link.yaml": ("kapotte-link", 1),
    "link-lus.yaml": ("kapotte-link", 1),
    "map.yaml": ("geen-gewoon-bestand", 1),
    "net-te-groot.yaml": ("bestand-te-groot", 1),
}
LEESFOUTEN = {"geen-utf8", "geen-gewoon-bestand", "kapotte-link", "bestand-te-groot"}
"""Codes of files that cannot be read as YAML text."""
PRIVACY_ONLEESBAAR = {naam for naam, (code, _) in VERWACHT.items() if code in LEESFOUTEN}
"""Entries `privacy` cannot scan (a NUL byte is valid UTF-8 text: that file is scanned), so it reports them."""

COMMANDOS = ["beoordeel", "kader controleer", "privacy", "rapport", "exporteer"]


def test_het_corpus_is_volledig() -> None:
    statisch = sorted(p.name for p in VIJANDIG.glob("*.yaml"))
    assert sorted(VERWACHT) == sorted([*statisch, *BIJZONDER])
    assert len(VERWACHT) >= 40


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with data/testdorp (a valid gemeente with dossiers) and kaders/ (mini 0.1 and 0.2)."""
    shutil.copytree(TESTDORP, tmp_path / "data" / "testdorp")
    (tmp_path / "kaders").mkdir()
    shutil.copy(MINI, tmp_path / "kaders" / "mini.yaml")
    (tmp_path / "kaders" / "mini-0.2.yaml").write_text(
        MINI.read_text(encoding="utf-8").replace('versie: "0.1"', 'versie: "0.2"'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _zet_neer(naam: str, map_: Path) -> Path:
    doel = map_ / naam
    if naam in BIJZONDER:
        BIJZONDER[naam](doel)
    else:
        shutil.copy(VIJANDIG / naam, doel)
    return doel


def _toestand(map_: Path) -> dict[str, object]:
    """Every entry under `map_` with the bytes and modification time of the regular files (others: their kind)."""
    toestand: dict[str, object] = {}
    for wortel, mappen, bestanden in os.walk(map_):
        for naam in mappen + bestanden:
            pad = Path(wortel) / naam
            if pad.is_symlink():
                toestand[str(pad)] = ("link", os.readlink(pad))
            elif pad.is_file() and not pad.is_fifo() and not pad.is_socket():
                toestand[str(pad)] = (hashlib.sha256(pad.read_bytes()).hexdigest(), pad.stat().st_mtime_ns)
            else:
                toestand[str(pad)] = ("anders", pad.is_dir())
    return toestand


def _argumenten(commando: str, bestand: Path) -> list[str]:
    return {
        "beoordeel": ["beoordeel", "--kaders", "kaders", "data"],
        "kader controleer": ["kader", "controleer", str(bestand)],
        "privacy": ["privacy", str(bestand)],
        "rapport": ["rapport", "--alle", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"],
        "exporteer": ["exporteer", "--data", "data", "--kaders", "kaders", "--formaat", "csv", "--uitvoer", "uit"],
    }[commando]


@pytest.mark.timeout(600)  # a hang guard, generous for a busy machine
@pytest.mark.parametrize("commando", COMMANDOS)
@pytest.mark.parametrize("naam", sorted(VERWACHT))
def test_vijandig_bestand(naam: str, commando: str, werkmap: Path, runner: CliRunner) -> None:
    bestand = _zet_neer(naam, DOSSIERS)
    voor = _toestand(werkmap)
    resultaat = runner.invoke(app, _argumenten(commando, bestand))
    uitvoer = resultaat.stdout + resultaat.stderr
    code, regel = VERWACHT[naam]
    assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), uitvoer
    assert "Traceback" not in uitvoer and "interne fout" not in uitvoer
    if naam in ("hangende-link.yaml", "link-lus.yaml", "map.yaml") and commando in ("kader controleer", "privacy"):
        # named on the command line itself: a usage error that says what is wrong with the path
        assert resultaat.exit_code == 2, uitvoer
        assert re.match(rf"fout: (map )?'{re.escape(str(bestand))}' (is een symbolische link |bevat geen YAML)",
                        resultaat.stderr), uitvoer
    elif commando == "privacy" and naam not in PRIVACY_ONLEESBAAR:
        # readable text without personal data: nothing for privacy to report
        assert (resultaat.exit_code, resultaat.stdout) == (0, "Geen problemen gevonden in 1 bestand.\n")
    elif commando == "kader controleer" and code not in LEESFOUTEN | {"yaml-syntaxis", "te-diep", "alias-bom"}:
        assert resultaat.exit_code == 1, uitvoer  # not a kader at all; named with line and column
        assert re.search(rf"^{re.escape(toon_pad(bestand))}:\d+:\d+: ", uitvoer, re.MULTILINE), uitvoer
    else:
        # an unknown gemeente is an error in every command (the same fact, the same severity)
        assert resultaat.exit_code == 1, uitvoer
        assert re.search(rf"^{re.escape(toon_pad(bestand))}:{regel}:\d+: .*\[{code}\]$", uitvoer, re.MULTILINE), uitvoer
    assert not (werkmap / "uit").exists()
    assert _toestand(werkmap) == voor  # nothing written, nothing changed


@pytest.mark.proces
@pytest.mark.timeout(900)
@pytest.mark.parametrize("commando", COMMANDOS)
def test_elk_commando_beantwoordt_het_hele_corpus_in_een_eigen_proces(commando: str, werkmap: Path) -> None:
    """The whole corpus in one folder, in a real process with a time limit: a hang fails instead of hanging."""
    for naam in VERWACHT:
        _zet_neer(naam, DOSSIERS)
    voor = _toestand(werkmap)
    doel = DOSSIERS if commando in ("kader controleer", "privacy") else Path("data")
    argumenten = _argumenten(commando, doel)
    klaar = subprocess.run([sys.executable, "-m", "wijkteamtoets", *argumenten], capture_output=True, text=True,
                           timeout=600, cwd=werkmap)
    uitvoer = klaar.stdout + klaar.stderr
    assert klaar.returncode == 1, uitvoer
    assert "Traceback" not in uitvoer
    for naam in VERWACHT:
        if commando == "privacy" and naam not in PRIVACY_ONLEESBAAR:
            continue
        assert re.search(rf"^{re.escape(toon_pad(DOSSIERS / naam))}:\d+:\d+: ", uitvoer, re.MULTILINE), naam
    assert not (werkmap / "uit").exists()
    assert _toestand(werkmap) == voor


@pytest.mark.timeout(600)
def test_invoer_blijft_byte_voor_byte_gelijk_na_elk_commando(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                runner: CliRunner) -> None:
    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    shutil.copytree(REPO / "kaders", tmp_path / "kaders")
    shutil.copytree(VIJANDIG, tmp_path / "vijandig")
    monkeypatch.chdir(tmp_path)
    invoer = [tmp_path / "voorbeelden", tmp_path / "kaders", tmp_path / "vijandig"]
    voor = [_toestand(map_) for map_ in invoer]
    opdrachten = [
        ["beoordeel", "voorbeelden"], ["beoordeel", "--formaat", "json", "voorbeelden/gouda"],
        ["beoordeel", "vijandig"], ["kader", "controleer"], ["kader", "controleer", "vijandig"], ["kader", "toon"],
        ["privacy", "voorbeelden", "kaders", "vijandig"],
        ["rapport", "--alle", "--uitvoer", "uit"], ["rapport", "--gemeente", "gouda", "--formaat", "markdown",
                                                     "--uitvoer", "uit", "--overschrijf"],
        ["rapport", "--alle", "--data", "vijandig", "--uitvoer", "uit2"],
        ["exporteer", "--formaat", "csv", "--uitvoer", "uit"], ["exporteer", "--formaat", "json", "--uitvoer", "uit"],
        ["exporteer", "--uitvoer", "uit"], ["exporteer", "--data", "vijandig", "--uitvoer", "uit2"],
    ]
    for opdracht in opdrachten:
        resultaat = runner.invoke(app, opdracht)
        assert resultaat.exit_code in (0, 1), (opdracht, resultaat.output)
        assert [_toestand(map_) for map_ in invoer] == voor, opdracht
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == [
        "deelrapport-almelo.html", "deelrapport-bergen-op-zoom.html", "deelrapport-den-helder.html",
        "deelrapport-doetinchem.html", "deelrapport-goeree-overflakkee.html", "deelrapport-gouda.html",
        "deelrapport-gouda.md", "oordelen.csv", "oordelen.json", "oordelen.xlsx", "overkoepelend.html"]
    assert not (tmp_path / "uit2").exists()


# --- one file, one count --------------------------------------------------------------------------------------


def test_dezelfde_map_twee_keer_genoemd_telt_een_keer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      runner: CliRunner) -> None:
    monkeypatch.chdir(REPO)
    relatief = Path("voorbeelden")
    bestanden = verzamel_bestanden([relatief, REPO / "voorbeelden", relatief / "gouda" / "gemeente.yaml"])
    assert bestanden == verzamel_bestanden([relatief])
    assert len(bestanden) == len({p.resolve() for p in bestanden})
    # through a symbolic link too
    (tmp_path / "link").symlink_to(REPO / "voorbeelden")
    assert verzamel_bestanden([tmp_path / "link", relatief]) == bestanden

    resultaat = runner.invoke(app, ["exporteer", "--data", "voorbeelden", "--data", str(REPO / "voorbeelden"),
                                    "--formaat", "csv", "--uitvoer", str(tmp_path / "twee.csv")])
    assert resultaat.exit_code == 0, resultaat.output
    resultaat = runner.invoke(app, ["exporteer", "--formaat", "csv", "--uitvoer", str(tmp_path / "een.csv")])
    assert resultaat.exit_code == 0, resultaat.output
    assert (tmp_path / "twee.csv").read_bytes() == (tmp_path / "een.csv").read_bytes()


def test_kopie_van_een_dossier_is_een_fout_die_beide_bestanden_noemt(werkmap: Path, runner: CliRunner) -> None:
    shutil.copy(DOSSIERS / "TD-2016-001.yaml", DOSSIERS / "kopie.yaml")
    for opdracht in (["beoordeel", "--kaders", "kaders", "data"],
                     ["rapport", "--alle", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"],
                     ["exporteer", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"]):
        resultaat = runner.invoke(app, opdracht)
        assert resultaat.exit_code == 1, resultaat.output
        kopie = f"{GETOOND}/dossiers/[bestand 6]"  # after the five TD-... files (C locale: capitals first)
        assert (f"{GETOOND}/dossiers/TD-2016-001.yaml:2:10: dossier TD-2016-001 met beoordelaar INS1 staat ook in "
                f"{kopie} [dubbel-dossier]") in resultaat.stderr
        assert (f"{kopie}:2:10: dossier TD-2016-001 met beoordelaar INS1 staat ook in "
                f"{GETOOND}/dossiers/TD-2016-001.yaml [dubbel-dossier]") in resultaat.stderr
    assert not (werkmap / "uit").exists()


def test_tweede_beoordeling_door_een_andere_beoordelaar_is_geen_kopie(werkmap: Path, runner: CliRunner) -> None:
    # the testdorp data already holds TD-2016-002 by INS1 and by INS2
    resultaat = runner.invoke(app, ["beoordeel", "--kaders", "kaders", "data"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "dubbel-dossier" not in resultaat.output


def test_twee_gemeentebestanden_voor_een_gemeente(werkmap: Path, runner: CliRunner) -> None:
    shutil.copy(Path("data/testdorp/gemeente.yaml"), Path("data/testdorp/tweede.gemeente.yaml"))
    resultaat = runner.invoke(app, ["rapport", "--alle", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"])
    assert resultaat.exit_code == 1
    assert (f"{GETOOND}/gemeente.yaml:2:11: deze gemeente heeft ook een gemeentebestand in "
            f"{GETOOND}/[bestand 3] [dubbel-gemeentebestand]") in resultaat.stderr  # tweede.gemeente.yaml
    assert (f"{GETOOND}/[bestand 3]:2:11: deze gemeente heeft ook een gemeentebestand in "
            f"{GETOOND}/gemeente.yaml [dubbel-gemeentebestand]") in resultaat.stderr
    assert not (werkmap / "uit").exists()


# --- known gemeenten --------------------------------------------------------------------------------------------


def test_tikfout_in_gemeente_noemt_de_dichtstbijzijnde_namen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              runner: CliRunner) -> None:
    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    shutil.copytree(REPO / "kaders", tmp_path / "kaders")
    monkeypatch.chdir(tmp_path)
    dossier = Path("voorbeelden/gouda/dossiers/GOU-2016-035.yaml")
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("gemeente: Gouda", "gemeente: Goda"),
                       encoding="utf-8")
    melding = (f"{dossier}:4:11: de gemeente van dit dossier heeft geen gemeentebestand in de gegevens en is "
               "geen Nederlandse gemeente [onbekende-gemeente]\n    tip: bedoelt u 'Gouda'?")
    resultaat = runner.invoke(app, ["beoordeel", str(dossier)])
    assert resultaat.exit_code == 1  # the same error as in a report, where it would be a seventh gemeente
    assert melding in resultaat.stderr
    resultaat = runner.invoke(app, ["rapport", "--alle", "--uitvoer", "uit"])
    assert resultaat.exit_code == 1
    assert melding in resultaat.stderr
    assert "Geen rapport geschreven" in resultaat.stderr
    assert not Path("uit").exists()


def test_een_echte_gemeente_zonder_gemeentebestand_mag(werkmap: Path, runner: CliRunner) -> None:
    dossier = DOSSIERS / "TD-2016-001.yaml"
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("gemeente: Testdorp", "gemeente: Súdwest-Fryslân"),
                       encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "--kaders", "kaders", str(dossier)])
    assert resultaat.exit_code == 0
    assert "onbekende-gemeente" not in resultaat.output


def test_gemeente_anders_geschreven_dan_in_het_gemeentebestand(werkmap: Path, runner: CliRunner) -> None:
    dossier = DOSSIERS / "TD-2016-001.yaml"
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("gemeente: Testdorp", "gemeente: testdorp"),
                       encoding="utf-8")
    resultaat = runner.invoke(app, ["exporteer", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"])
    assert resultaat.exit_code == 1
    assert (f"{GETOOND}/dossiers/TD-2016-001.yaml:3:11: de gemeente van dit dossier wordt elders anders geschreven "
            "[onbekende-gemeente]\n    tip: schrijf de gemeente zoals in het gemeentebestand, anders telt het dossier "
            "als een andere gemeente\n" in resultaat.stderr)


def test_de_gemeentelijst() -> None:
    namen = officiele_namen()
    assert len(namen) == 342 == len(set(namen))
    for naam in ("'s-Gravenhage", "Bergen op Zoom", "Capelle aan den IJssel", "Den Helder", "Goeree-Overflakkee",
                 "Súdwest-Fryslân", "Voorne aan Zee", "Dijk en Waard", "Bergen (NH.)", "Bergen (L.)"):
        assert naam in namen
    for weg in ("Weesp", "Bonaire", "Heerhugowaard", "Goda"):
        assert slug(weg) not in nederlandse_gemeenten()
    assert nederlandse_gemeenten()[slug("den haag")] == "Den Haag"


@pytest.mark.parametrize("naam", ["Testdorp", "testdorp", "TESTDORP"])
def test_gemeente_optie_accepteert_naam_en_bestandsnaam(naam: str, werkmap: Path, runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["rapport", "--gemeente", naam, "--data", "data", "--kaders", "kaders",
                                    "--uitvoer", "uit"])
    assert resultaat.exit_code == 0, resultaat.output
    assert sorted(p.name for p in (werkmap / "uit").iterdir()) == ["deelrapport-testdorp.html"]


def test_gemeente_optie_met_bestandsnaam_van_samengestelde_naam(tmp_path: Path, runner: CliRunner,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    resultaat = runner.invoke(app, ["exporteer", "--gemeente", "bergen-op-zoom", "--formaat", "csv",
                                    "--uitvoer", str(tmp_path / "b.csv")])
    assert resultaat.exit_code == 0, resultaat.output
    regels = (tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert regels and all(r.startswith("Bergen op Zoom;") for r in regels)


# --- cross-checks ------------------------------------------------------------------------------------------------


def _wijzig(pad: Path, oud: str, nieuw: str) -> None:
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst
    pad.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def test_datum_buiten_de_periode_is_een_waarschuwing(werkmap: Path, runner: CliRunner) -> None:
    _wijzig(DOSSIERS / "TD-2016-003.yaml", "datum: 2016-10-", "datum: 2017-10-")
    resultaat = runner.invoke(app, ["beoordeel", "--kaders", "kaders", "data"])
    assert resultaat.exit_code == 0
    getoond = re.escape(GETOOND)
    assert re.search(rf"^{getoond}/dossiers/TD-2016-003.yaml:\d+:8: waarschuwing: datum 2017-10-\d\d ligt buiten "
                     rf"de periode van het onderzoek \(2016-10-01 tot 2016-10-31\) in {getoond}/gemeente.yaml "
                     r"\[datum-buiten-periode\]$", resultaat.stderr, re.MULTILINE), resultaat.stderr
    resultaat = runner.invoke(app, ["rapport", "--alle", "--data", "data", "--kaders", "kaders", "--uitvoer", "uit"])
    assert resultaat.exit_code == 0  # a warning does not stop the report


def test_onbekende_beoordelaar_is_een_waarschuwing(werkmap: Path, runner: CliRunner) -> None:
    _wijzig(DOSSIERS / "TD-2016-003.yaml", "beoordelaar: INS2", "beoordelaar: XYZ9")
    resultaat = runner.invoke(app, ["beoordeel", "--kaders", "kaders", "data"])
    assert resultaat.exit_code == 0
    assert (f"{GETOOND}/dossiers/TD-2016-003.yaml:6:14: waarschuwing: beoordelaar XYZ9 staat niet bij de beoordelaars "
            f"(INS1, INS2) in {GETOOND}/gemeente.yaml [onbekende-beoordelaar]") in resultaat.stderr


def test_ander_kader_dan_het_gemeentebestand_is_een_fout(werkmap: Path, runner: CliRunner) -> None:
    _wijzig(DOSSIERS / "TD-2016-003.yaml", 'versie: "0.1"', 'versie: "0.2"')
    resultaat = runner.invoke(app, ["beoordeel", "--kaders", "kaders", "data"])
    assert resultaat.exit_code == 1
    assert (f"{GETOOND}/dossiers/TD-2016-003.yaml:5:8: het dossier gebruikt kader mini-kader 0.2, het gemeentebestand "
            f"{GETOOND}/gemeente.yaml kader mini-kader 0.1 [ander-kader]") in resultaat.stderr


# --- hostile files on the command line and in the reader ---------------------------------------------------------


def test_kapotte_link_op_de_opdrachtregel_wordt_zo_genoemd(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "lus.yaml").symlink_to(tmp_path / "lus.yaml")
    (tmp_path / "hangend.yaml").symlink_to(tmp_path / "weg.yaml")
    resultaat = runner.invoke(app, ["beoordeel", str(tmp_path / "lus.yaml")])
    assert (resultaat.exit_code, resultaat.stderr) == (2, f"fout: '{tmp_path / 'lus.yaml'}' is een symbolische link "
                                                          "in een kring (hij verwijst via andere links naar zichzelf)\n")
    resultaat = runner.invoke(app, ["privacy", str(tmp_path / "hangend.yaml")])
    assert (resultaat.exit_code, resultaat.stderr) == (2, f"fout: '{tmp_path / 'hangend.yaml'}' is een symbolische "
                                                          f"link naar '{tmp_path / 'weg.yaml'}', dat niet bestaat\n")
    with pytest.raises(PadFout):
        verzamel_bestanden([tmp_path / "lus.yaml"])


@pytest.mark.timeout(300)  # a hang guard
def test_begrensd_lezen_ook_als_stat_niets_zegt() -> None:
    # /proc files say size 0 but have content: the limit holds on what is read, not on stat
    pad = Path("/proc/self/status")
    assert len(lees_begrensd(pad)) > 0
    with pytest.raises(InvoerFout) as fout:
        lees_begrensd(pad, max_bytes=10)
    assert [p.code for p in fout.value.problemen] == ["bestand-te-groot"]
    assert fout.value.problemen[0].melding == "bestand is groter dan 10 bytes; het maximum is 10 bytes"


# --- all or nothing on disk ---------------------------------------------------------------------------------------


def _set(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in map_.iterdir() if not p.name.startswith(".") and p.is_file()}


def _verborgen(map_: Path) -> list[str]:
    return sorted(p.name for p in map_.iterdir() if p.name.startswith("."))


def test_resten_van_een_onderbroken_run_worden_opgeruimd_of_afgemaakt(tmp_path: Path) -> None:
    oud = {tmp_path / "a.html": "oud a", tmp_path / "b.html": "oud b"}
    schrijf_set(dict(oud))
    # an interrupted run killed while moving: a complete staged set with its manifest, one file already moved
    klaar = tmp_path / ".wijkteamtoets-999999999-abcdef.onderweg"
    klaar.mkdir()
    (klaar / "b.html").write_text("nieuw b", encoding="utf-8")
    (tmp_path / "a.html").write_text("nieuw a", encoding="utf-8")
    (klaar / MANIFEST).write_text('["a.html", "b.html"]', encoding="utf-8")
    # one killed while staging (no manifest), and a leftover of the old writer
    half = tmp_path / ".wijkteamtoets-999999998-ghijkl.onderweg"
    half.mkdir()
    (half / "a.html").write_text("half", encoding="utf-8")
    (tmp_path / ".b.html.x1y2z3w4.tmp").write_text("oud tijdelijk", encoding="utf-8")
    (tmp_path / ".eigen-bestand").write_text("van de gebruiker", encoding="utf-8")
    assert len(ruim_op(tmp_path)) == 3
    assert _set(tmp_path) == {"a.html": b"nieuw a", "b.html": b"nieuw b"}
    assert _verborgen(tmp_path) == [".eigen-bestand"]


def test_bestanden_krijgen_de_umask_van_de_gebruiker(tmp_path: Path) -> None:
    vorige = os.umask(0o027)
    try:
        schrijf_set({tmp_path / "r.html": "x", tmp_path / "s.html": "y"})
    finally:
        os.umask(vorige)
    assert {(tmp_path / n).stat().st_mode & 0o777 for n in ("r.html", "s.html")} == {0o640}


def test_een_set_die_niet_past_schrijft_niets(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_text("bestaat", encoding="utf-8")
    from wijkteamtoets.bestandssysteem import BestaatAl

    with pytest.raises(BestaatAl):
        schrijf_set({tmp_path / "a.html": "a", tmp_path / "b.html": "b"})
    assert _set(tmp_path) == {"b.html": b"bestaat"} and _verborgen(tmp_path) == []


def _rapportproces(werk: Path, uit: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "wijkteamtoets", "rapport", "--alle", "--overschrijf", "--data",
                             "data", "--uitvoer", str(uit)], cwd=werk, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _rapport_hier(werk: Path, uit: Path) -> int:
    """The same `rapport --alle` in this process (where nothing is killed): its exit code."""
    with chdir(werk):
        return CliRunner().invoke(app, ["rapport", "--alle", "--overschrijf", "--data", "data", "--uitvoer",
                                        str(uit)]).exit_code


def _wacht_op(voorwaarde: Callable[[], bool], proces: subprocess.Popen[bytes]) -> None:
    while not voorwaarde() and proces.poll() is None:
        time.sleep(0.001)


@pytest.mark.proces
@pytest.mark.timeout(900)
def test_kill_tijdens_rapport_alle_laat_oude_of_nieuwe_set(tmp_path: Path) -> None:
    werk = tmp_path / "werk"
    for gemeente in ("gouda", "almelo"):
        shutil.copytree(REPO / "voorbeelden" / gemeente, werk / "data" / gemeente)
    shutil.copytree(REPO / "kaders", werk / "kaders")
    oud_map, nieuw_map, uit = tmp_path / "oud", tmp_path / "nieuw", tmp_path / "uit"
    assert _rapport_hier(werk, oud_map) == 0  # the two sets to compare with are made in this process
    _wijzig(werk / "data" / "gouda" / "gemeente.yaml", 'conclusie: "', 'conclusie: "Nieuw. ')
    _wijzig(werk / "data" / "almelo" / "gemeente.yaml", 'conclusie: "', 'conclusie: "Nieuw. ')
    assert _rapport_hier(werk, nieuw_map) == 0
    oud, nieuw = _set(oud_map), _set(nieuw_map)
    assert oud.keys() == nieuw.keys() == {"deelrapport-almelo.html", "deelrapport-gouda.html", "overkoepelend.html"}
    assert oud["deelrapport-almelo.html"] != nieuw["deelrapport-almelo.html"]
    assert oud["deelrapport-gouda.html"] != nieuw["deelrapport-gouda.html"]

    def staging() -> list[Path]:
        return [p for p in uit.iterdir() if p.name.startswith(".wijkteamtoets-")]

    def gestaagd(aantal: int) -> bool:
        for map_ in staging():
            try:
                if len(os.listdir(map_)) >= aantal:
                    return True
            except FileNotFoundError:  # the run finished it meanwhile
                pass
        return False

    momenten: list[Callable[[], bool]] = [
        lambda: bool(staging()),  # the staging folder has just been made
        lambda: gestaagd(2),  # halfway through staging
        lambda: any((s / MANIFEST).exists() for s in staging()),  # staged completely, about to move
        lambda: _set(uit) != oud,  # the first file has moved
    ]
    for moment in momenten:
        shutil.rmtree(uit, ignore_errors=True)
        shutil.copytree(oud_map, uit)
        proces = _rapportproces(werk, uit)
        _wacht_op(moment, proces)
        proces.send_signal(signal.SIGKILL)
        proces.wait(timeout=60)
        huidig = _set(uit)
        if huidig not in (oud, nieuw):
            # killed between two moves: the complete staged set is still there, and the next run finishes it
            assert any((s / MANIFEST).exists() for s in staging())
        ruim_op(uit)  # what the next run does first
        assert _set(uit) in (oud, nieuw)
        assert _verborgen(uit) == []
    # a real next run after a kill cleans up and writes the new set
    shutil.rmtree(uit)
    shutil.copytree(oud_map, uit)
    proces = _rapportproces(werk, uit)
    _wacht_op(lambda: bool(staging()), proces)
    proces.send_signal(signal.SIGKILL)
    proces.wait(timeout=60)
    assert _rapportproces(werk, uit).wait(timeout=300) == 0
    assert _set(uit) == nieuw and _verborgen(uit) == []


# --- failure you can report --------------------------------------------------------------------------------------


def _interne_fout(*_args: object, **_kwargs: object) -> None:
    raise ValueError("geheime inhoud uit een bestand")


@pytest.mark.parametrize(("argumenten", "omgeving", "traceback"), [
    (["privacy", "voorbeelden"], {}, False),
    (["privacy", "voorbeelden", "--debug"], {}, True),
    (["--debug", "privacy", "voorbeelden"], {}, True),
    (["privacy", "voorbeelden"], {"WIJKTEAMTOETS_DEBUG": "1"}, True),
])
def test_interne_fout_geeft_exitcode_3_en_met_debug_de_traceback(
        argumenten: list[str], omgeving: dict[str, str], traceback: bool, in_repo: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("wijkteamtoets.controles.privacy.scan_bestand", _interne_fout)
    monkeypatch.setattr(sys, "argv", ["wijkteamtoets", *argumenten])
    monkeypatch.delenv("WIJKTEAMTOETS_DEBUG", raising=False)
    for naam, waarde in omgeving.items():
        monkeypatch.setenv(naam, waarde)
    with pytest.raises(SystemExit) as einde:
        main()
    assert einde.value.code == 3
    fout = capsys.readouterr().err
    assert ("Traceback (most recent call last)" in fout) is traceback
    assert fout.splitlines()[-1].startswith("interne fout in wijkteamtoets (ValueError). Dit is een fout in het "
                                            "programma, niet in uw bestanden.")
    assert ("geheime inhoud" in fout) is traceback  # the message itself only with --debug


def test_readme_documenteert_de_exitcodes() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code in ("0", "1", "2", "3", "130"):
        assert f"| `{code}` |" in readme
    assert "--debug" in readme and "WIJKTEAMTOETS_DEBUG=1" in readme
