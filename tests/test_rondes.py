"""Rounds: the previous round judged again under the current kader, the trend, reports with the development,
vaststelling of a definitive onderzoek, and exports that say which onderzoek and kader a row belongs to."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO, stabiel
from wijkteamtoets.beoordelen.poorten import vastgesteld_gewijzigd as _vastgesteld_gewijzigd
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.laden import laad_onderzoek, laad_register
from wijkteamtoets.invoer.bestanden import verzamel_bestanden
from wijkteamtoets.problemen import toon_pad
from wijkteamtoets.rapportage.aggregeren import gemeenteoordelen, oordelentabel
from wijkteamtoets.rapportage.toetsing import Toetsing
from wijkteamtoets.rapportage.trend import maak_trend, richting, wilson

VERVOLG = REPO / "voorbeelden-vervolg-2019"


def test_wilson() -> None:
    assert wilson(0, 0) is None
    onder, boven = wilson(5, 10)  # type: ignore[misc]
    assert (round(onder, 4), round(boven, 4)) == (0.2366, 0.7634)
    onder, boven = wilson(0, 10)  # type: ignore[misc]
    assert (onder, round(boven, 4)) == (0.0, 0.2775)
    onder, boven = wilson(12, 12)  # type: ignore[misc]
    assert (round(onder, 4), boven) == (0.7575, 1.0)


def test_richting() -> None:
    assert richting("voldoet niet", "voldoet deels") == "beter"
    assert richting("voldoet", "voldoet deels") == "slechter"
    assert richting("voldoet", "voldoet") == "gelijk"
    assert richting("niet te beoordelen", "voldoet") == "niet vergelijkbaar"
    assert richting(None, "voldoet") == "niet vergelijkbaar"


@pytest.fixture(scope="module")
def ontwikkeling():  # type: ignore[no-untyped-def]
    uitkomst, problemen, _ = maak_trend([VERVOLG], [REPO / "kaders"])
    assert problemen == [] and uitkomst is not None
    return uitkomst


def test_trend_per_gemeente_en_indicator(ontwikkeling) -> None:  # type: ignore[no-untyped-def]
    regels = {(r.gemeente, r.indicator): r for r in ontwikkeling.regels}
    assert {g for g, _ in regels} == {"Gouda", "Den Helder"}  # the gemeenten of the vervolg, not all six
    veiligheid = regels[("Gouda", "veiligheid-ingeschat")]
    assert (veiligheid.oordeel_vorige, veiligheid.oordeel_nu, veiligheid.richting) == ("voldoet niet", "voldoet deels",
                                                                                       "beter")
    assert (veiligheid.voldoet_vorige, veiligheid.beoordeeld_vorige, veiligheid.voldoet_nu, veiligheid.beoordeeld_nu) \
        == (2, 12, 9, 12)
    assert veiligheid.interval_nu == wilson(9, 12)
    assert regels[("Gouda", "passende-zorg")].richting == "slechter"
    assert regels[("Den Helder", "veiligheid-ingeschat")].richting == "slechter"
    assert regels[("Den Helder", "plan-met-gezin")].richting == "beter"
    gemeentedeel = regels[("Gouda", "ervaringen-benut")]
    assert (gemeentedeel.oordeel_vorige, gemeentedeel.oordeel_nu, gemeentedeel.aandeel_voldoet_nu) == (
        "voldoet deels", "voldoet niet", None)
    assert "opnieuw beoordeeld met kader toezicht-wijkteams-2017 1.1 via de koppeling" in ontwikkeling.gelijk_vergeleken
    assert ontwikkeling.kaders_vorige == ["toezicht-wijkteams-2017 1.0"]
    overgang = {o["indicator"]: o for o in ontwikkeling.overgangen}
    assert overgang["veiligheid-ingeschat"] == {"nummer": "1.1.3", "indicator": "veiligheid-ingeschat", "beter": 1,
                                                "gelijk": 0, "slechter": 1, "niet vergelijkbaar": 0}


def test_vorige_ronde_wordt_gelijk_vergeleken(ontwikkeling) -> None:  # type: ignore[no-untyped-def]
    """The 2016 files are judged under kader 1.1 through the koppeling: where the koppeling only renames, the
    oordelen are those of 1.0; where an eis was split (doelen-geprioriteerd), the rule of 1.1 applies."""
    register, _ = laad_register([REPO / "kaders"])
    uitslag = toets_bestanden(verzamel_bestanden([REPO / "voorbeelden"]), register)
    kader_10 = register.kies("toezicht-wijkteams-2017", "1.0")
    oud = gemeenteoordelen(oordelentabel(uitslag.beoordelingen), kader_10)
    oud_oordeel = {(r["gemeente"], r["indicator"]): r["oordeel"] for r in oud.to_dict(orient="records")}
    for regel in ontwikkeling.regels:
        if regel.indicator != "doelen-geprioriteerd":
            assert regel.oordeel_vorige == oud_oordeel[(regel.gemeente, regel.indicator)], regel


def test_cli_trend_json_en_csv(runner: CliRunner, in_repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The three formats of one trend: the first command makes it (the real `maak_trend`), the next two get the
    same result for the same arguments, so they test how the command maps --formaat onto its output."""
    from wijkteamtoets.rapportage import trend as weergave

    echte, gemaakt = weergave.maak_trend, []

    def eenmaal(*argumenten):  # type: ignore[no-untyped-def]
        if not gemaakt:
            gemaakt.append((argumenten, echte(*argumenten)))
        assert argumenten == gemaakt[0][0]
        return gemaakt[0][1]

    monkeypatch.setattr(weergave, "maak_trend", eenmaal)
    resultaat = runner.invoke(app, ["trend", "voorbeelden-vervolg-2019", "--formaat", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    records = json.loads(resultaat.stdout)
    assert len(records) == 2 * 16
    record = next(r for r in records if r["gemeente"] == "Den Helder" and r["indicator"] == "plan-met-gezin")
    assert {k: record[k] for k in ("gemeente", "indicator", "oordeel_vorige", "oordeel_nu", "aandeel_voldoet_vorige",
                                   "aandeel_voldoet_nu")} == {
        "gemeente": "Den Helder", "indicator": "plan-met-gezin", "oordeel_vorige": "voldoet deels",
        "oordeel_nu": "voldoet", "aandeel_voldoet_vorige": 0.7778, "aandeel_voldoet_nu": 1.0}
    resultaat = runner.invoke(app, ["trend", "voorbeelden-vervolg-2019", "--formaat", "csv"])
    assert resultaat.exit_code == 0
    rijen = list(csv.DictReader(io.StringIO(resultaat.stdout.lstrip("\ufeff")), delimiter=";"))
    assert rijen[0]["gemeente"] == "Den Helder" and rijen[0]["aandeel_voldoet_vorige"] == "0,78"
    resultaat = runner.invoke(app, ["trend", "voorbeelden-vervolg-2019"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout.startswith("Ontwikkeling sinds Het wijkteam en kwetsbare gezinnen\n")


def test_trend_zonder_vorige_of_koppeling(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["trend", "voorbeelden"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == ("fout: het onderzoek noemt geen vorige ronde; voeg 'vorige: MAP' toe aan "
                                "onderzoek.yaml\n")
    kopie = tmp_path / "vervolg"
    shutil.copytree(VERVOLG, kopie)
    onderzoek = kopie / "onderzoek.yaml"
    tekst = onderzoek.read_text(encoding="utf-8")
    onderzoek.write_text(tekst.replace("  koppeling: ../koppelingen/toezicht-wijkteams-2017-1.0-1.1.yaml\n", "")
                         .replace("map: ../voorbeelden", f"map: {REPO / 'voorbeelden'}"), encoding="utf-8")
    resultaat = runner.invoke(app, ["trend", str(kopie)])
    assert resultaat.exit_code == 1
    assert ("het bestand van de vorige ronde gebruikt kader toezicht-wijkteams-2017 1.0, deze ronde "
            "toezicht-wijkteams-2017 1.1 (geen koppeling) [vorige-ronde]") in resultaat.stderr
    onderzoek.write_text(tekst.replace("map: ../voorbeelden", "map: ../bestaat-niet"), encoding="utf-8")
    resultaat = runner.invoke(app, ["trend", str(kopie)])
    assert resultaat.exit_code == 1
    assert "de map van de vorige ronde" in resultaat.stderr and "bestaat niet" in resultaat.stderr


def test_rapport_toont_de_ontwikkeling(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--alle", "--data", "voorbeelden-vervolg-2019", "--formaat", "markdown",
                                    "--uitvoer", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    deel = (tmp_path / "deelrapport-gouda.md").read_text(encoding="utf-8")
    assert "## Ontwikkeling sinds Het wijkteam en kwetsbare gezinnen\n" in deel
    assert ("| 1.1.3 | Bij het bepalen van de hulpvraag zijn de veiligheidsrisico's / ontwikkelingsbedreigingen voor de "
            "kinderen aantoonbaar en tijdig ingeschat. | voldoet niet | voldoet deels | beter | 17% (5–45%) | 75% "
            "(47–91%) |") in deel
    assert "gelijk vergeleken" in deel
    overkoepelend = (tmp_path / "overkoepelend.md").read_text(encoding="utf-8")
    assert "| 1.1.3 | veiligheid-ingeschat | 1 | 0 | 1 | 0 |" in overkoepelend
    # the 2016 round itself has no predecessor: no such section
    resultaat = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--formaat", "markdown",
                                    "--uitvoer", str(tmp_path / "gouda-2016.md")])
    assert resultaat.exit_code == 0, resultaat.output
    assert "Ontwikkeling sinds" not in (tmp_path / "gouda-2016.md").read_text(encoding="utf-8")


@pytest.fixture
def onderzoek_gouda(tmp_path: Path) -> Path:
    """A definitive onderzoek with one gemeente (a copy of the voorbeelden of Gouda)."""
    map_ = tmp_path / "onderzoek"
    map_.mkdir()
    shutil.copy(REPO / "voorbeelden" / "onderzoek.yaml", map_ / "onderzoek.yaml")
    shutil.copytree(REPO / "voorbeelden" / "gouda", map_ / "gouda")
    return map_


def test_vaststellen_en_rapport_weigert_na_een_wijziging(runner: CliRunner, in_repo: Path, onderzoek_gouda: Path,
                                                         tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["vaststellen", str(onderzoek_gouda)])
    assert resultaat.exit_code == 0, resultaat.output
    manifest = json.loads((onderzoek_gouda / "vastgesteld.json").read_text(encoding="utf-8"))
    assert resultaat.stdout == f"Onderzoek vastgesteld: 18 bestanden en 1 kader in {onderzoek_gouda}/vastgesteld.json.\n"
    assert "gouda/dossiers/GOU-2016-035.yaml" in manifest["bestanden"]
    assert manifest["kaders"][0]["id"] == "toezicht-wijkteams-2017" and manifest["kaders"][0]["versie"] == "1.0"
    assert manifest["programma"] and manifest["onderzoek"]["titel"] == "Het wijkteam en kwetsbare gezinnen"
    # unchanged: the gate lets the report through
    onderzoek, _ = laad_onderzoek(onderzoek_gouda / "onderzoek.yaml")
    assert vastgesteld_gewijzigd(onderzoek, [REPO / "kaders"]) == []
    # one changed dossier, one removed: refused, naming both
    dossier = onderzoek_gouda / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("ouders-betrokken-bij-hulpvraag: ja",
                                                                  "ouders-betrokken-bij-hulpvraag: nee"), encoding="utf-8")
    (onderzoek_gouda / "gouda" / "dossiers" / "GOU-2016-066.yaml").unlink()
    resultaat = runner.invoke(app, ["rapport", "--gemeente", "Gouda", "--data", str(onderzoek_gouda), "--formaat",
                                    "markdown", "--uitvoer", str(tmp_path / "gouda-2.md")])
    assert resultaat.exit_code == 1
    assert stabiel(f"{toon_pad(dossier)}:1:1: 'gouda/dossiers/GOU-2016-035.yaml' is veranderd sinds de vaststelling "
                   f"({toon_pad(onderzoek_gouda)}/vastgesteld.json) [vaststelling-gewijzigd]") in stabiel(resultaat.stderr)
    assert "'gouda/dossiers/GOU-2016-066.yaml' is verdwenen sinds de vaststelling" in resultaat.stderr
    assert not (tmp_path / "gouda-2.md").exists()
    # vastgesteld once: a second time is refused
    resultaat = runner.invoke(app, ["vaststellen", str(onderzoek_gouda)])
    assert resultaat.exit_code == 1
    assert "het onderzoek is al vastgesteld [vaststelling-ongeldig]" in resultaat.stderr


def test_vaststellen_alleen_een_definitief_onderzoek(runner: CliRunner, in_repo: Path, onderzoek_gouda: Path) -> None:
    onderzoek = onderzoek_gouda / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8").replace("status: definitief", "status: concept"),
                         encoding="utf-8")
    resultaat = runner.invoke(app, ["vaststellen", str(onderzoek_gouda)])
    assert resultaat.exit_code == 1
    assert ("het onderzoek heeft status 'concept'; alleen een definitief onderzoek wordt vastgesteld "
            "[vaststelling-ongeldig]") in resultaat.stderr
    assert not (onderzoek_gouda / "vastgesteld.json").exists()


def test_latere_ronde_vergelijkt_met_de_vastgestelde_staat(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    shutil.copytree(VERVOLG, tmp_path / "vervolg")
    shutil.copytree(REPO / "koppelingen", tmp_path / "koppelingen")
    assert runner.invoke(app, ["vaststellen", str(tmp_path / "voorbeelden")]).exit_code == 0
    assert runner.invoke(app, ["trend", str(tmp_path / "vervolg"), "-f", "json"]).exit_code == 0
    gemeente = tmp_path / "voorbeelden" / "gouda" / "gemeente.yaml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8").replace("knelpunten-in-beeld: deels",
                                                                    "knelpunten-in-beeld: ja"), encoding="utf-8")
    resultaat = runner.invoke(app, ["trend", str(tmp_path / "vervolg"), "-f", "json"])
    assert resultaat.exit_code == 1
    assert "'gouda/gemeente.yaml' is veranderd sinds de vaststelling" in resultaat.stderr


def vastgesteld_gewijzigd(onderzoek: object, kaders: list[Path]) -> list[object]:
    """The gate as `Toetsing.rapporten` applies it: the kaders of `kaders`, this program's version."""
    from importlib.metadata import version

    from wijkteamtoets.controles.laden import laad_register

    return list(_vastgesteld_gewijzigd(onderzoek, laad_register(kaders)[0].kaders(), version("wijkteamtoets")))  # type: ignore[arg-type]


def test_export_noemt_onderzoek_en_kader(in_repo: Path, tmp_path: Path) -> None:
    toetsing = Toetsing([VERVOLG], [REPO / "kaders"])
    toetsing.exporteer(tmp_path / "o.json", "json", gemeente="Gouda")
    rijen = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))
    assert {(r["onderzoek"], r["kader_id"], r["kader_versie"]) for r in rijen} == {
        ("Het wijkteam en kwetsbare gezinnen: vervolgonderzoek 2019", "toezicht-wijkteams-2017", "1.1")}
    toetsing.exporteer(tmp_path / "o.csv", "csv", gemeente="Gouda")
    kop = (tmp_path / "o.csv").read_text(encoding="utf-8").lstrip("\ufeff").splitlines()[0]
    assert ";Onderzoek;Kader-id;Kaderversie;" in kop + ";"


def test_andere_programmaversie_is_een_waarschuwing(runner: CliRunner, in_repo: Path, onderzoek_gouda: Path) -> None:
    from wijkteamtoets.controles.vaststelling import controleer_vaststelling

    assert runner.invoke(app, ["vaststellen", str(onderzoek_gouda)]).exit_code == 0
    register, _ = laad_register([REPO / "kaders"])
    problemen = controleer_vaststelling(onderzoek_gouda, register.kaders(), "0.0.0-anders")
    assert [(p.code, p.ernst.value) for p in problemen] == [("vaststelling-gewijzigd", "waarschuwing")]
    assert "nu 0.0.0-anders; de uitkomst kan verschillen" in problemen[0].melding
    onderzoek, _ = laad_onderzoek(onderzoek_gouda / "onderzoek.yaml")
    assert vastgesteld_gewijzigd(onderzoek, [REPO / "kaders"]) == []
    # a manifest that cannot be read is an error of its own
    (onderzoek_gouda / "vastgesteld.json").write_text("{", encoding="utf-8")
    problemen = controleer_vaststelling(onderzoek_gouda, register.kaders(), "0.0.0-anders")
    assert [(p.code, p.melding) for p in problemen] == [
        ("vaststelling-ongeldig", "het vaststellingsbestand is onleesbaar of onvolledig")]


def test_trend_op_een_lege_map_noemt_de_gegevens(runner: CliRunner, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["trend", str(tmp_path)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines()[1] == (
        "tip: geef de map van het onderzoek: met onderzoek.yaml en de bestanden per gemeente")


@pytest.mark.parametrize("ronde", ["vervolg", "vorige"])
def test_trend_schrijft_niet_in_de_gegevens_van_een_van_beide_rondes(ronde: str, runner: CliRunner, in_repo: Path,
                                                                     tmp_path: Path) -> None:
    """Both rounds are data: a trend written into either would be read as a broken file by the next run."""
    shutil.copytree(in_repo / "voorbeelden", tmp_path / "vorige")
    shutil.copytree(in_repo / "voorbeelden-vervolg-2019", tmp_path / "vervolg")
    shutil.copytree(in_repo / "koppelingen", tmp_path / "koppelingen")
    onderzoek = tmp_path / "vervolg" / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8").replace("../voorbeelden", "../vorige"), encoding="utf-8")
    doel = tmp_path / ronde / "gouda" / "dossiers" / "trend.yaml"
    resultaat = runner.invoke(app, ["trend", str(tmp_path / "vervolg"), "-f", "markdown", "-o", str(doel)])
    assert resultaat.exit_code == 2, resultaat.output
    assert resultaat.stderr.startswith(f"fout: --uitvoer '{doel}' ligt in de gegevens")
    assert not doel.exists()


def test_trend_in_markdown_toont_de_titel_als_tekst(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    """The title of the previous round comes from its onderzoek.yaml: in Markdown no live link, image or HTML."""
    shutil.copytree(in_repo / "voorbeelden", tmp_path / "vorige")
    shutil.copytree(in_repo / "voorbeelden-vervolg-2019", tmp_path / "vervolg")
    shutil.copytree(in_repo / "koppelingen", tmp_path / "koppelingen")
    onderzoek = tmp_path / "vervolg" / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8").replace("../voorbeelden", "../vorige"), encoding="utf-8")
    vorige = tmp_path / "vorige" / "onderzoek.yaml"
    vorige.write_text(vorige.read_text(encoding="utf-8").replace(
        "titel: Het wijkteam en kwetsbare gezinnen", 'titel: "[klik](https://x.invalid) ![b](https://x.invalid/b.png) '
        '<b>vet</b>"'), encoding="utf-8")
    resultaat = runner.invoke(app, ["trend", str(tmp_path / "vervolg"), "-f", "markdown"])
    assert resultaat.exit_code == 0, resultaat.output
    kop, _, uitleg = resultaat.stdout.splitlines()[:3]
    assert kop == "# Ontwikkeling sinds \\[klik\\](https://x.invalid) \\!\\[b\\](https://x.invalid/b.png) \\<b\\>vet\\</b\\>"
    assert uitleg.startswith("De vorige ronde (\\[klik\\](https://x.invalid) \\!\\[b\\]")
