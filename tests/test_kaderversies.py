"""Kaderversies: the semantic difference between two kaders, the koppeling, and migrating dossiers through it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.kaderverschil import verschil
from wijkteamtoets.controles.laden import laad_kader, laad_register
from wijkteamtoets.controles.migratie import controleer_koppeling, laad_koppeling, migreer_paden
from wijkteamtoets.invoer.bestanden import verzamel_bestanden

KADER_11 = REPO / "kaders" / "toezicht-wijkteams-2017-1.1.yaml"
KOPPELING = REPO / "koppelingen" / "toezicht-wijkteams-2017-1.0-1.1.yaml"
RONDES = DATA / "rondes"


@pytest.fixture(scope="module")
def kaders() -> tuple:  # type: ignore[type-arg]
    return laad_kader(KADER), laad_kader(KADER_11)


def test_verschil_meldt_een_hernoemde_eis_met_beide_ids(kaders) -> None:  # type: ignore[no-untyped-def]
    uitkomst = verschil(*kaders)
    gegevens = [w.als_dict() for w in uitkomst.wijzigingen]
    hernoemd = [w for w in gegevens if w["soort"] == "hernoemd"]
    assert [(w["element"], w["id"], w["nieuw_id"], w["ouder"]) for w in hernoemd] == [
        ("eis", "eenduidige-veiligheidsvragen", "vaste-veiligheidsvragen", "veiligheid-ingeschat")]
    assert hernoemd[0]["woorden"] == [
        {"soort": "=", "tekst": "Zijn over de veiligheid van de kinderen de"}, {"soort": "+", "tekst": "vaste,"},
        {"soort": "=", "tekst": "eenduidige vragen gesteld die het team daarvoor hanteert?"}]
    assert [(w["soort"], w["id"]) for w in gegevens] == [
        ("eigenschap-gewijzigd", "toezicht-wijkteams-2017"), ("hernoemd", "eenduidige-veiligheidsvragen"),
        ("tekst-gewijzigd", "doelen-concreet"), ("toegevoegd", "doelen-gericht-op-effecten")]
    assert gegevens[-1]["lijkt_op"] == "doelen-concreet"  # a split is suggested, not assumed
    gevolgen = uitkomst.gevolgen
    assert gevolgen.verloren == ()
    assert gevolgen.te_beantwoorden == ("doelen-gericht-op-effecten",)
    assert gevolgen.te_koppelen == (("eenduidige-veiligheidsvragen", "vaste-veiligheidsvragen"),)
    assert gevolgen.andere_oordelen == ("doelen-geprioriteerd",)
    assert not gevolgen.alle_oordelen


def test_verschil_normering_verwijderd_en_eigenschappen(tmp_path: Path) -> None:
    tekst = KADER.read_text(encoding="utf-8")
    tekst = tekst.replace('versie: "1.0"', 'versie: "2.0"', 1)
    tekst = tekst.replace("""      - {oordeel: voldoet, vanaf: 0.8}
      - {oordeel: voldoet deels, vanaf: 0.5}
      - {oordeel: voldoet niet, vanaf: 0.0}
    minimaal_beoordeeld: 3""", """      - {oordeel: voldoet, vanaf: 0.75}
      - {oordeel: voldoet deels, vanaf: 0.5}
      - {oordeel: voldoet niet, vanaf: 0.0}
    minimaal_beoordeeld: 3""")
    verwijderd = """              - id: evaluatie-op-vaste-momenten
                vraag: Vindt de evaluatie systematisch plaats, op afgesproken momenten?
"""
    assert verwijderd in tekst
    tekst = tekst.replace(verwijderd, "")
    tekst = tekst.replace("""              - id: doelen-met-prioriteit
                vraag: Zijn de doelen geprioriteerd?""", """              - id: doelen-met-prioriteit
                vraag: Zijn de doelen geprioriteerd?
                kern: true""")
    nieuw = tmp_path / "nieuw.yaml"
    nieuw.write_text(tekst, encoding="utf-8")
    uitkomst = verschil(laad_kader(KADER), laad_kader(nieuw))
    gegevens = [w.als_dict() for w in uitkomst.wijzigingen]
    assert {"soort": "normering-gewijzigd", "element": "normering", "id": "normering.dossiers", "veld": "drempels",
            "oud": "voldoet vanaf 0.8, voldoet deels vanaf 0.5, voldoet niet vanaf 0",
            "nieuw": "voldoet vanaf 0.75, voldoet deels vanaf 0.5, voldoet niet vanaf 0"} in gegevens
    assert {"soort": "verwijderd", "element": "eis", "id": "evaluatie-op-vaste-momenten",
            "ouder": "systematisch-evalueren"} in gegevens
    assert {"soort": "eigenschap-gewijzigd", "element": "eis", "id": "doelen-met-prioriteit", "veld": "kern",
            "oud": "nee", "nieuw": "ja", "ouder": "doelen-geprioriteerd"} in gegevens
    assert uitkomst.gevolgen.verloren == ("evaluatie-op-vaste-momenten",)
    assert uitkomst.gevolgen.alle_oordelen


def test_cli_verschil_json_en_opzet_van_de_koppeling(runner: CliRunner, tmp_path: Path, kaders) -> None:  # type: ignore[no-untyped-def]
    opzet = tmp_path / "koppeling.yaml"
    resultaat = runner.invoke(app, ["kader", "verschil", str(KADER), str(KADER_11), "--formaat", "json",
                                    "--koppeling", str(opzet)])
    assert resultaat.exit_code == 0, resultaat.output
    gegevens = json.loads(resultaat.stdout)
    assert {"soort": "hernoemd", "id": "eenduidige-veiligheidsvragen", "nieuw_id": "vaste-veiligheidsvragen"}.items() \
        <= gegevens["wijzigingen"][1].items()
    assert gegevens["gevolgen"]["te_beantwoorden"] == ["doelen-gericht-op-effecten"]
    assert "loop hem na voor u migreert" in resultaat.stderr
    koppeling, problemen = laad_koppeling(opzet)
    assert problemen == [] and koppeling is not None
    assert koppeling.vragen == {"eenduidige-veiligheidsvragen": ["vaste-veiligheidsvragen"]}
    assert koppeling.onbekend == ["doelen-gericht-op-effecten"]  # the split is only a comment: nothing guessed
    assert "afgesplitst? dan onder vragen: doelen-concreet: [doelen-concreet, doelen-gericht-op-effecten]" in \
        opzet.read_text(encoding="utf-8")
    assert controleer_koppeling(koppeling, *kaders) == []
    # the draft is never overwritten without --overschrijf
    resultaat = runner.invoke(app, ["kader", "verschil", str(KADER), str(KADER_11), "--koppeling", str(opzet)])
    assert resultaat.exit_code == 2
    assert "bestaat al" in resultaat.stderr


def test_cli_verschil_tekst_toont_woorden(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["kader", "verschil", str(KADER), str(KADER_11)])
    assert resultaat.exit_code == 0
    assert ("- eis eenduidige-veiligheidsvragen hernoemd tot vaste-veiligheidsvragen (tekst 97% gelijk)\n"
            "  Zijn over de veiligheid van de kinderen de {+vaste,+} eenduidige vragen gesteld die het team daarvoor "
            "hanteert?\n") in resultaat.stdout
    resultaat = runner.invoke(app, ["kader", "verschil", str(KADER), str(KADER_11), "-f", "markdown"])
    assert "**(wat, wie** en ~~gericht op effecten (wat is er over een tijd anders)?~~" in resultaat.stdout


def test_koppeling_controle_vindt_ongenoemde_en_onbekende_ids(kaders) -> None:  # type: ignore[no-untyped-def]
    koppeling, _ = laad_koppeling(RONDES / "koppeling-onvolledig.yaml")
    assert koppeling is not None
    problemen = controleer_koppeling(koppeling, *kaders)
    assert [(p.code, p.melding) for p in problemen] == [
        ("koppeling-onvolledig", "vraag 'eenduidige-veiligheidsvragen' van kader 1.0 bestaat niet in kader 1.1 en "
         "staat niet in de koppeling; de antwoorden erop zouden stil verdwijnen"),
        ("koppeling-onvolledig", "vraag 'vaste-veiligheidsvragen' van kader 1.1 krijgt geen antwoord uit kader 1.0")]
    koppeling, _ = laad_koppeling(RONDES / "koppeling-ongeldig.yaml")
    assert koppeling is not None
    problemen = controleer_koppeling(koppeling, *kaders)
    meldingen = [(p.code, p.regel, p.melding) for p in problemen]
    assert ("koppeling-ongeldig", 3, "de koppeling gaat naar kader toezicht-wijkteams-2017 2.0, niet "
            "toezicht-wijkteams-2017 1.1") in meldingen
    assert ("koppeling-ongeldig", 7, "'zware-hulpvraag' is een feit en 'aandacht-voor-veiligheid' een eis") in meldingen
    assert ("koppeling-ongeldig", 8, "vraag 'bestaat-niet' bestaat niet in kader 1.0") in meldingen


def _hashes(map_: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(map_.rglob("*")) if p.is_file()}


def test_migreer_schrijft_kopieen_die_beoordeel_accepteert(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    voor = _hashes(REPO / "voorbeelden" / "gouda")
    uit = tmp_path / "gouda-1.1"
    resultaat = runner.invoke(app, ["kader", "migreer", "voorbeelden/gouda", "--naar", str(KADER_11),
                                    "--koppeling", str(KOPPELING), "--uitvoer", str(uit)])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout == f"16 gemigreerde kopieën geschreven in {uit} (kader toezicht-wijkteams-2017 1.1).\n"
    assert _hashes(REPO / "voorbeelden" / "gouda") == voor  # the originals are untouched
    assert sorted(p.relative_to(uit).as_posix() for p in uit.rglob("*.yaml")) == sorted(
        p.relative_to(REPO / "voorbeelden" / "gouda").as_posix() for p in (REPO / "voorbeelden" / "gouda").rglob("*.yaml")
        if p.name != "steekproef.yaml")  # a steekproef belongs to its round, not to a kaderversie
    beoordeeld = runner.invoke(app, ["beoordeel", "--formaat", "json", str(uit)])
    assert beoordeeld.exit_code == 0, beoordeeld.output
    gegevens = json.loads(beoordeeld.stdout)
    assert [p for p in gegevens["problemen"] if p["niveau"] == "fout"] == []
    assert len(gegevens["beoordelingen"]) == 16
    kopie = yaml.safe_load((uit / "dossiers" / "GOU-2016-035.yaml").read_text(encoding="utf-8"))
    origineel = REPO / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    assert kopie["kader"] == {"id": "toezicht-wijkteams-2017", "versie": "1.1"}
    assert kopie["herkomst"] == {
        "bestand": "voorbeelden/gouda/dossiers/GOU-2016-035.yaml",
        "sha256": hashlib.sha256(origineel.read_bytes()).hexdigest(),
        "kader": {"id": "toezicht-wijkteams-2017", "versie": "1.0"},
        "koppeling": "koppelingen/toezicht-wijkteams-2017-1.0-1.1.yaml",
        "koppeling_sha256": hashlib.sha256(KOPPELING.read_bytes()).hexdigest()}
    antwoorden = kopie["indicatoren"]["veiligheid-ingeschat"]["antwoorden"]
    assert antwoorden["vaste-veiligheidsvragen"] == "nee" and "eenduidige-veiligheidsvragen" not in antwoorden
    doelen = kopie["indicatoren"]["doelen-geprioriteerd"]["antwoorden"]
    assert doelen["doelen-concreet"] == doelen["doelen-gericht-op-effecten"] == "deels"  # split: answer to both
    consensus = (uit / "dossiers" / "GOU-2016-256.consensus.yaml").read_text(encoding="utf-8")
    assert "# herkomst bestand: voorbeelden/gouda/dossiers/GOU-2016-256.consensus.yaml\n" in consensus
    # a second run refuses to overwrite
    resultaat = runner.invoke(app, ["kader", "migreer", "voorbeelden/gouda", "--naar", str(KADER_11),
                                    "--koppeling", str(KOPPELING), "--uitvoer", str(uit)])
    assert resultaat.exit_code == 2 and "bestaat al; gebruik --overschrijf" in resultaat.stderr


def test_migreer_met_onbekend(in_repo: Path, tmp_path: Path, kaders) -> None:  # type: ignore[no-untyped-def]
    register, _ = laad_register([REPO / "kaders"])
    uitkomst = migreer_paden([Path("voorbeelden/gouda/dossiers/GOU-2016-035.yaml")], register, kaders[1],
                             RONDES / "koppeling-onbekend.yaml", tmp_path)
    assert [p for p in uitkomst.problemen if p.ernst.value == "fout"] == []
    kopie = yaml.safe_load(uitkomst.kopieen[tmp_path / "GOU-2016-035.yaml"])
    doelen = kopie["indicatoren"]["doelen-geprioriteerd"]["antwoorden"]
    assert doelen["doelen-gericht-op-effecten"] == {
        "antwoord": "onbekend", "toelichting": "Nieuw in kader toezicht-wijkteams-2017 versie 1.1; in de vorige "
        "versie niet gevraagd (koppeling: onbekend)."}
    # an indicator that is not applicable gets no 'onbekend' answer (it would be refused)
    assert "doelen-gericht-op-effecten" not in kopie["indicatoren"]["afsluiten"]["antwoorden"]


def test_migreer_weigert_een_onvolledige_koppeling(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    uit = tmp_path / "uit"
    resultaat = runner.invoke(app, ["kader", "migreer", "voorbeelden/gouda", "--naar", str(KADER_11),
                                    "--koppeling", str(RONDES / "koppeling-onvolledig.yaml"), "--uitvoer", str(uit)])
    assert resultaat.exit_code == 1
    assert "vraag 'eenduidige-veiligheidsvragen' van kader 1.0 bestaat niet in kader 1.1 en staat niet in de " \
           "koppeling; de antwoorden erop zouden stil verdwijnen [koppeling-onvolledig]" in resultaat.stderr
    assert "Geen kopieën geschreven" in resultaat.stderr
    assert not uit.exists()


def test_migreer_weigert_bestanden_van_een_ander_kader_en_uitvoer_bij_de_originelen(
        runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    register, _ = laad_register([REPO / "kaders"])
    gemigreerd = migreer_paden([REPO / "voorbeelden" / "almelo"], register, laad_kader(KADER_11), KOPPELING, tmp_path)
    assert len(gemigreerd.kopieen) == len(verzamel_bestanden([REPO / "voorbeelden" / "almelo"]))
    assert list(tmp_path.iterdir()) == []  # the library returns the copies; it never writes
    resultaat = runner.invoke(app, ["kader", "migreer", "voorbeelden/gouda", "--naar", str(KADER_11),
                                    "--koppeling", str(KOPPELING), "--uitvoer", "voorbeelden"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("fout: 'voorbeelden' bevat originelen; kies een andere map voor --uitvoer")
    # files that already use the new kader cannot be migrated from the old one
    resultaat = runner.invoke(app, ["kader", "migreer", "voorbeelden-vervolg-2019/gouda/gemeente.yaml", "--naar",
                                    str(KADER_11), "--koppeling", str(KOPPELING), "--uitvoer", str(tmp_path / "x")])
    assert resultaat.exit_code == 1
    assert ("het bestand gebruikt kader toezicht-wijkteams-2017 1.1; de koppeling gaat van toezicht-wijkteams-2017 "
            "1.0 [niet-te-migreren]") in resultaat.stderr


def test_verschil_telt_de_gevolgen_voor_dossiers(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["kader", "verschil", str(KADER), str(KADER_11), "-f", "json", "--data",
                                    "voorbeelden/gouda"])
    assert resultaat.exit_code == 0, resultaat.output
    bestanden = json.loads(resultaat.stdout)["bestanden"]
    # 14 dossier files (the consensus file is no rating of its own) and the gemeente file of Gouda (1.0); every
    # dossier answers the renamed eis and has the indicator of the split one; the gemeente file has neither
    assert bestanden == {"aantal": 15, "verloren": {}, "te_koppelen": {"eenduidige-veiligheidsvragen": 14},
                         "te_beantwoorden": {"doelen-gericht-op-effecten": 14}}
