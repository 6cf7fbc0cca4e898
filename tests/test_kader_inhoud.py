"""The shipped toezichtkader: complete, readable, and shown in full by `kader toon`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from conftest import KADER, stabiel
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.kader import Niveau
from wijkteamtoets.problemen import toon_pad


def test_drie_themas_zes_criteria_zestien_indicatoren() -> None:
    kader = laad_kader(KADER)
    assert [t.titel for t in kader.themas] == [
        "Toeleiding en toegang", "In zorg", "Borgen van samenhang in het lokale stelsel"]
    assert [len(t.criteria) for t in kader.themas] == [2, 2, 2]
    assert len(list(kader.indicatoren())) == 16


def test_niveaus_volgen_het_ontwerp() -> None:
    """Thema's 1 and 2 are judged per dossier, thema 3 per gemeente; the regie indicator on both."""
    kader = laad_kader(KADER)
    niveaus = {i.id: i.niveau for _, _, i in kader.indicatoren()}
    assert niveaus.pop("een-gezin-een-plan") is Niveau.BEIDE
    per_thema = {t.id: {niveaus[i.id] for c in t.criteria for i in c.indicatoren if i.id in niveaus}
                 for t in kader.themas}
    assert per_thema == {"toeleiding-en-toegang": {Niveau.DOSSIER}, "in-zorg": {Niveau.DOSSIER},
                         "borgen-van-samenhang": {Niveau.GEMEENTE}}


def test_elke_eis_en_elk_feit_is_een_vraag() -> None:
    kader = laad_kader(KADER)
    vragen = [*kader.feiten] + [v for _, _, i in kader.indicatoren() for v in [*i.feiten, *i.eisen]]
    assert len(vragen) > 40
    for vraag in vragen:
        assert vraag.vraag.endswith("?"), vraag.id


def test_feiten_uit_het_ontwerp_bepalen_de_toepasbaarheid() -> None:
    kader = laad_kader(KADER)
    assert kader.indicator("veiligheid-geevalueerd").van_toepassing_als == {"veiligheidsrisicos-gesignaleerd": ["ja"]}
    assert kader.indicator("afsluiten").van_toepassing_als == {"dossier-afgesloten": ["ja"]}
    plan = kader.indicator("plan-met-gezin")
    assert {e.id: e.als for e in plan.eisen} == {
        "gelegenheid-familiegroepsplan": {},
        "werkt-vanuit-familiegroepsplan": {"familiegroepsplan-opgesteld": ["ja"]},
        "gezin-heeft-afgezien": {"familiegroepsplan-opgesteld": ["nee"]},
        "plan-in-overleg-opgesteld": {"familiegroepsplan-opgesteld": ["nee"]},
    }


def test_kader_toon_laat_alle_zestien_indicatoren_zien(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "toon", str(KADER)], env={"COLUMNS": "200"})
    assert resultaat.exit_code == 0, resultaat.output
    kader = laad_kader(KADER)
    for _, _, indicator in kader.indicatoren():
        assert f"{indicator.id} [{indicator.niveau.value}]" in resultaat.stdout
    assert resultaat.stdout.count("Indicator ") == 16
    assert "Indicator 3.2.1 ervaringen-benut [gemeente]" in resultaat.stdout
    assert "alleen als familiegroepsplan-opgesteld = nee" in resultaat.stdout


def test_kader_toon_een_indicator_met_operationalisering(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "toon", str(KADER), "-i", "afsluiten"], env={"COLUMNS": "200"})
    assert resultaat.exit_code == 0
    assert resultaat.stdout.count("Indicator ") == 1
    assert "Operationalisering: In elk geval moet duidelijk zijn dat een gezin wordt losgelaten" in resultaat.stdout
    assert "Van toepassing als dossier-afgesloten = ja" in resultaat.stdout


def test_kader_toon_onbekende_indicator(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "toon", str(KADER), "-i", "bestaat-niet"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("fout: deze indicator bestaat niet; bekend zijn: hulpvraag-in-dialoog")


def test_kader_toon_op_kapot_kader(runner: CliRunner, tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("id: x\nid: y\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["kader", "toon", str(kapot)])
    assert resultaat.exit_code == 1
    assert stabiel(resultaat.stderr.splitlines()[0]) == stabiel(f"{toon_pad(kapot)}:2:1: sleutel 'id' komt al voor op regel 1 "
                                                "[dubbele-sleutel]")  # outside a folder kaders: a stand-in
    assert resultaat.stdout == ""
