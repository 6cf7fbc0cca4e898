"""`wijkteamtoets rapport` and `exporteer`: files written only when everything is right, and as asked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO, stabiel
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.invoer.voortgang import GEEN_VOORTGANG, Voortgang
from wijkteamtoets.problemen import toon_pad

TESTDORP = DATA / "rapport"


def _rapport(runner: CliRunner, *argumenten: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["rapport", "--data", str(TESTDORP / "testdorp"), "--kaders", str(TESTDORP / "kaders"),
                               *argumenten])


def test_readme_commando_schrijft_het_deelrapport_gouda(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--uitvoer", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    doel = tmp_path / "deelrapport-gouda.html"
    assert resultaat.stdout == f"Rapport geschreven: {doel}\n"
    html = doel.read_text(encoding="utf-8")
    assert "<h1>Het wijkteam en kwetsbare gezinnen in Gouda</h1>" in html
    assert "De inspecties beoordeelden 12 dossiers" in html
    assert "http" not in html.split("</style>")[0]  # self-contained: no external stylesheet, font or script
    assert "<script" not in html and "<link" not in html
    assert list(tmp_path.iterdir()) == [doel]


def test_alle_schrijft_overkoepelend_en_zes_deelrapporten(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--alle", "-f", "markdown", "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "deelrapport-almelo.md", "deelrapport-bergen-op-zoom.md", "deelrapport-den-helder.md",
        "deelrapport-doetinchem.md", "deelrapport-goeree-overflakkee.md", "deelrapport-gouda.md", "overkoepelend.md"]
    overkoepelend = (tmp_path / "overkoepelend.md").read_text(encoding="utf-8")
    assert "| Gemeente | 1.1.1 | 1.1.2 |" in overkoepelend
    matrixrij = next(r for r in overkoepelend.splitlines() if r.startswith("| Gouda |") and r.count("|") == 18)
    # 1.1.4 is 'voldoet niet' because the consensus on GOU-2016-256 counts instead of its first rating
    assert matrixrij == "| Gouda | ◐ | ✘ | ✘ | ✘ | ◐ | ◐ | ✘ | ✘ | ✘ | ✘ | ✘ | ◐ | ◐ | ◐ | ✘ | ◐ |"


def test_onbekende_gemeente_noemt_de_bekende(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--gemeente", "Utrecht", "-o", str(tmp_path)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == ("fout: gemeente 'Utrecht' komt niet voor in de gegevens; bekend zijn: Almelo, "
                                "Bergen op Zoom, Den Helder, Doetinchem, Goeree-Overflakkee, Gouda\n")
    assert list(tmp_path.iterdir()) == []


def test_kies_gemeente_of_alle(runner: CliRunner, in_repo: Path) -> None:
    assert runner.invoke(app, ["rapport"]).exit_code == 2
    assert runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--alle"]).exit_code == 2


def test_overschrijft_niet_zonder_vraag_en_schrijft_dan_niets(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "overkoepelend.html").write_text("oud", encoding="utf-8")
    resultaat = _rapport(runner, "--alle", "-o", str(tmp_path))
    assert resultaat.exit_code == 2
    assert "bestaat al; gebruik --overschrijf" in resultaat.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["overkoepelend.html"]  # no deelrapport either
    assert _rapport(runner, "--alle", "-o", str(tmp_path), "--overschrijf").exit_code == 0
    assert (tmp_path / "overkoepelend.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_rapport_is_deterministisch(runner: CliRunner, tmp_path: Path) -> None:
    _rapport(runner, "-g", "Testdorp", "-o", str(tmp_path / "a"))
    _rapport(runner, "-g", "Testdorp", "-o", str(tmp_path / "b"))
    assert (tmp_path / "a" / "deelrapport-testdorp.html").read_bytes() == \
        (tmp_path / "b" / "deelrapport-testdorp.html").read_bytes()


def test_dossiernummers_alleen_op_verzoek(runner: CliRunner, tmp_path: Path) -> None:
    _rapport(runner, "-g", "Testdorp", "-o", str(tmp_path / "zonder.md"), "-f", "markdown")
    _rapport(runner, "-g", "Testdorp", "-o", str(tmp_path / "met.md"), "-f", "markdown", "--toon-dossiers")
    zonder = (tmp_path / "zonder.md").read_text(encoding="utf-8")
    met = (tmp_path / "met.md").read_text(encoding="utf-8")
    assert "TD-2016-" not in zonder and "dossier 2; Is er een inschatting gemaakt? (nee)" in zonder
    assert "TD-2016-002; Is er een inschatting gemaakt? (nee)" in met


def _kopie(tmp_path: Path) -> Path:
    doel = tmp_path / "data"
    shutil.copytree(TESTDORP / "testdorp", doel)
    return doel


def test_weigert_bij_persoonsgegevens_en_zegt_waar(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    pad = data / "dossiers" / "TD-2016-002.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("Geen inschatting gemaakt.", "Mevrouw Jansen belde."),
                   encoding="utf-8")
    uit = tmp_path / "uit"
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-o", str(uit)])
    assert resultaat.exit_code == 1
    assert stabiel(resultaat.stderr).startswith(stabiel(f"{toon_pad(pad)}:19:58: mogelijk naam van een persoon; de waarde wordt niet "
                                       "getoond [privacy-naam]"))  # the folders of pytest are stand-ins
    assert "Jansen" not in resultaat.output
    assert resultaat.stderr.splitlines()[-1] == "Geen rapport geschreven: los eerst de problemen hierboven op."
    assert not uit.exists()


def test_weigert_bij_ongeldige_invoer(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    (data / "dossiers" / "TD-2016-001.yaml").write_text("dossier: [kapot\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-o", str(tmp_path / "uit")])
    assert resultaat.exit_code == 1
    assert "[yaml-syntaxis]" in resultaat.stderr
    assert not (tmp_path / "uit").exists()


def test_markdown_maakt_html_onschadelijk(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    pad = data / "dossiers" / "TD-2016-002.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("Geen inschatting gemaakt.", "<script>alert(1)</script> | x"),
                   encoding="utf-8")
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-f", "markdown", "-o", str(tmp_path / "r.md")])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<script>" not in tekst and "&lt;script&gt;alert(1)&lt;/script&gt; \\| x" in tekst


def test_markdown_zonder_levende_links_of_afbeeldingen(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    pad = data / "dossiers" / "TD-2016-002.yaml"
    kwaad = "![beeld](http://kwaad.example/a.png) [klik](http://kwaad.example) <http://kwaad.example> www.kwaad.example"
    pad.write_text(pad.read_text(encoding="utf-8").replace("Geen inschatting gemaakt.", kwaad), encoding="utf-8")
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-f", "markdown", "-o", str(tmp_path / "r.md")])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "\\!\\[beeld\\](http://kwaad.example/a.png) \\[klik\\](http://kwaad.example) &lt;http" in tekst
    assert "![beeld](" not in tekst and "[klik](" not in tekst.replace("\\[klik\\](", "")


def test_eigen_sjabloon(runner: CliRunner, tmp_path: Path) -> None:
    sjablonen = tmp_path / "sjablonen"
    sjablonen.mkdir()
    (sjablonen / "deelrapport.md.j2").write_text("# Eigen rapport {{ gemeente }}: {{ kerncijfers.dossiers }} dossiers\n",
                                                 encoding="utf-8")
    resultaat = _rapport(runner, "-g", "Testdorp", "-f", "markdown", "--sjabloon", str(sjablonen),
                         "-o", str(tmp_path / "r.md"))
    assert resultaat.exit_code == 0, resultaat.output
    assert (tmp_path / "r.md").read_text(encoding="utf-8") == "# Eigen rapport Testdorp: 4 dossiers\n"
    (sjablonen / "deelrapport.md.j2").write_text("{{ bestaat_niet }}", encoding="utf-8")
    resultaat = _rapport(runner, "-g", "Testdorp", "-f", "markdown", "--sjabloon", str(sjablonen),
                         "-o", str(tmp_path / "r2.md"))
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("fout: sjabloon kan niet gebruikt worden: 'bestaat_niet' is undefined")
    assert not (tmp_path / "r2.md").exists()


@pytest.mark.parametrize("formaat", ["csv", "json", "xlsx"])
def test_exporteer(formaat: str, runner: CliRunner, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["exporteer", "-f", formaat, "--data", str(TESTDORP / "testdorp"), "--kaders",
                                    str(TESTDORP / "kaders"), "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    doel = tmp_path / f"oordelen.{formaat}"
    assert resultaat.stdout == f"Export geschreven: {doel}\n"
    if formaat == "json":
        tabel = pd.DataFrame(json.loads(doel.read_text(encoding="utf-8")))
        assert tabel["telt_mee"].tolist().count(False) == 2
        rij = tabel[(tabel["dossier"] == "TD-2016-003") & (tabel["indicator"] == "regie")].iloc[0]
        assert (rij["oordeel"], rij["afgeleid"], rij["afwijking"]) == ("voldoet", "voldoet deels", True)
        return
    if formaat == "csv":
        tabel = pd.read_csv(doel, sep=";", decimal=",", encoding="utf-8-sig")
    else:
        tabel = pd.read_excel(doel, sheet_name="Dossiers")
    assert len(tabel) == 12
    assert tabel["Telt mee"].tolist().count("nee") == 2
    rij = tabel[(tabel["Dossier"] == "TD-2016-003") & (tabel["Indicator-id"] == "regie")].iloc[0]
    assert (rij["Oordeel"], rij["Afgeleid oordeel"], rij["Afwijking"]) == ("voldoet", "voldoet deels", "ja")


def test_exporteer_een_gemeente_naar_bestand(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    doel = tmp_path / "gouda.json"
    resultaat = runner.invoke(app, ["exporteer", "-f", "json", "-g", "gouda", "-o", str(doel)])
    assert resultaat.exit_code == 0, resultaat.output
    rijen = json.loads(doel.read_text(encoding="utf-8"))
    assert {r["gemeente"] for r in rijen} == {"Gouda"}
    # 12 dossiers, 2 second ratings and 1 consensus, each 13 indicators; gemeente file 4
    assert len(rijen) == 15 * 13 + 4


@pytest.mark.proces
def test_rapport_en_exporteer_laden_pandas_pas_bij_gebruik() -> None:
    import subprocess
    import sys

    code = "import sys\nimport wijkteamtoets.cli.commandos\nprint(sorted(m for m in ('pandas', 'jinja2') if m in sys.modules))"
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, text=True, check=True, cwd=REPO)
    assert resultaat.stdout.strip() == "[]"


class _Opname(Voortgang):
    """Records the phases of a run and the steps done in each."""

    def __init__(self) -> None:
        self.fasen: list[tuple[str, int | None, int]] = []

    def fase(self, naam: str, totaal: int | None = None) -> None:
        self.fasen.append((naam, totaal, 0))

    def stap(self, aantal: int = 1) -> None:
        naam, totaal, gedaan = self.fasen[-1]
        self.fasen[-1] = (naam, totaal, gedaan + aantal)


@pytest.mark.parametrize(("argumenten", "verwacht"), [
    (["rapport", "--alle"], [("Kaders lezen", None, 0), ("Bestanden lezen en beoordelen", 6, 6),
                             ("Oordelen bundelen", None, 0),
                             ("Rapporten opmaken en schrijven", 2, 2)]),
    (["exporteer"], [("Kaders lezen", None, 0), ("Bestanden lezen en beoordelen", 6, 6),
                     ("Oordelen bundelen", None, 0), ("Export opmaken", None, 0), ("Bestanden schrijven", 1, 1)]),
    (["beoordeel"], [("Kaders lezen", None, 0), ("Bestanden lezen en beoordelen", 6, 6),
                     ("Uitvoer opmaken", None, 0)]),
    (["privacy"], [("Bestanden doorzoeken", 6, 6)]),
], ids=lambda x: x[0] if isinstance(x[0], str) else "")
def test_voortgang_dekt_elke_fase(argumenten: list[str], verwacht: list[tuple[str, int | None, int]],
                                  runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import contextlib

    from wijkteamtoets.cli import publiceren, toetsen

    opname = _Opname()
    for module in (publiceren, toetsen):
        monkeypatch.setattr(module, "voortgang", contextlib.contextmanager(lambda: iter([opname])))
    data = str(TESTDORP / "testdorp")
    if argumenten[0] in ("beoordeel", "privacy"):
        extra = ([data, "-k", str(TESTDORP / "kaders")] if argumenten[0] == "beoordeel" else [data])
    else:
        extra = ["--data", data, "--kaders", str(TESTDORP / "kaders"), "-o", str(tmp_path)]
    resultaat = runner.invoke(app, [*argumenten, *extra])
    assert resultaat.exit_code == 0, resultaat.output
    assert opname.fasen == verwacht


def test_voortgangsbalk_alleen_op_een_terminal(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from wijkteamtoets.cli.basis import voortgang as _voortgang

    monkeypatch.setenv("FORCE_COLOR", "1")
    with _voortgang() as voortgang:
        assert voortgang is not GEEN_VOORTGANG
        voortgang.fase("Bestanden lezen en beoordelen", 3)
        for _ in range(3):
            voortgang.stap()
    assert "Bestanden lezen en beoordelen" in capsys.readouterr().err
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    with _voortgang() as voortgang:
        assert voortgang is GEEN_VOORTGANG  # not a terminal (captured): quiet
        voortgang.fase("Bestanden schrijven", 1)
    assert capsys.readouterr().err == ""


def test_onschrijfbare_uitvoer_is_een_nette_fout(runner: CliRunner, tmp_path: Path) -> None:
    geen_map = tmp_path / "bestand"
    geen_map.write_text("x", encoding="utf-8")
    resultaat = _rapport(runner, "-g", "Testdorp", "-o", str(geen_map / "r.html"))
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith(f"fout: kan '{geen_map / 'r.html'}' niet schrijven")


def test_rapport_illustreert_ook_met_de_toelichting_bij_onbekend(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "testdorp"
    shutil.copytree(TESTDORP / "testdorp", data)
    pad = data / "dossiers" / "TD-2016-004.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert "      inschatting: onbekend\n" in tekst
    pad.write_text(tekst.replace("      inschatting: onbekend\n", "      inschatting: {antwoord: onbekend, toelichting: "
                                 "\"Evaluatieverslagen niet aangetroffen.\"}\n"), encoding="utf-8")
    doel = tmp_path / "r.md"
    resultaat = runner.invoke(app, ["rapport", "-g", "Testdorp", "--data", str(data), "--kaders",
                                    str(TESTDORP / "kaders"), "-f", "markdown", "-o", str(doel), "--toon-dossiers"])
    assert resultaat.exit_code == 0, resultaat.output
    rapport = doel.read_text(encoding="utf-8")
    assert "> Evaluatieverslagen niet aangetroffen." in rapport
    assert "> *TD-2016-004; Is er een inschatting gemaakt? (onbekend)*" in rapport


def test_rapporten_worden_een_voor_een_gemaakt_en_weggeschreven(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory must not grow with the number of reports: each report is rendered when the writer stages it,
    so renders and writes alternate instead of all renders coming first."""
    from wijkteamtoets import bestandssysteem
    from wijkteamtoets.rapportage import maken
    from wijkteamtoets.rapportage.toetsing import Toetsing

    gebeurtenissen: list[str] = []
    echte_render, echte_maak = maken.render, bestandssysteem._maak

    def render(soort: str, *args: object, **kwargs: object) -> str:
        gebeurtenissen.append("maak")
        return echte_render(soort, *args, **kwargs)  # type: ignore[arg-type]

    def maak(pad: Path, data: bytes) -> None:
        if not pad.name.startswith("KLAAR"):
            gebeurtenissen.append("schrijf")
        echte_maak(pad, data)

    monkeypatch.setattr(maken, "render", render)
    monkeypatch.setattr(bestandssysteem, "_maak", maak)
    geschreven = Toetsing(REPO / "voorbeelden", REPO / "kaders").rapporten(tmp_path / "uit", "markdown")
    assert len(geschreven) == 7
    assert gebeurtenissen == ["maak", "schrijf"] * 7
    assert sorted(p.name for p in (tmp_path / "uit").iterdir()) == sorted(p.name for p in geschreven)
