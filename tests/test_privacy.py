"""The privacy scan: every kind of personal data found at its place, look-alikes left alone, values never shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.privacy import scan_tekst


def _soorten(tekst: str, peiljaar: int = 2016) -> list[tuple[str, int]]:
    vondsten, fouten = scan_tekst(tekst, peiljaar)
    assert fouten == []
    return [(v.soort, v.kolom) for v in vondsten]


@pytest.mark.parametrize(("tekst", "verwacht"), [
    # BSN: nine digits passing the elfproef, also with dots or spaces
    ("BSN 123456782", [("bsn", 5)]),
    ("nummer 1234.56.782 genoemd", [("bsn", 8)]),
    ("123 456 782", [("bsn", 1)]),
    ("123.456.782", [("bsn", 1)]),
    # e-mail
    ("mail naar j.jansen@example.nl", [("e-mail", 11)]),
    # Dutch phone numbers
    ("06-12345678", [("telefoonnummer", 1)]),
    ("bel 06 1234 5678", [("telefoonnummer", 5)]),
    ("+31 6 12345678", [("telefoonnummer", 1)]),
    ("0031612345678", [("telefoonnummer", 1)]),
    ("010-1234567", [("telefoonnummer", 1)]),
    ("(010) 123 45 67", [("telefoonnummer", 1)]),
    # IBAN with a valid mod-97 check
    ("NL91ABNA0417164300", [("iban", 1)]),
    ("rekening NL91 ABNA 0417 1643 00", [("iban", 10)]),
    # addresses
    ("woont op 2801 AB 12", [("adres", 10)]),
    ("Kerkstraat 12", [("adres", 1)]),
    ("12, 2801 AB", [("adres", 1)]),
    # birth dates
    ("geboren 12-03-2009", [("geboortedatum", 9)]),
    ("geb. 2009-03-12", [("geboortedatum", 6)]),
    ("12 maart 1985", [("geboortedatum", 1)]),
    # names after forms of address
    ("mevrouw Jansen", [("naam", 1)]),
    ("gesprek met dhr. De Vries", [("naam", 13)]),
    ("mw. Bakker", [("naam", 1)]),
    ("moeder Yilmaz", [("naam", 1)]),
    ("de heer Van der Berg", [("naam", 1)]),
])
def test_persoonsgegevens_worden_gevonden(tekst: str, verwacht: list[tuple[str, int]]) -> None:
    assert _soorten(tekst) == verwacht


@pytest.mark.parametrize("tekst", [
    "bsn 123456789",  # fails the elfproef
    "000000000",
    "NL91ABNA0417164301",  # wrong check digits
    "datum 14-11-2016", "2016-11-14", "evaluatie 14-03-2016", "op 2016-03-12",  # recent dates are no birth dates
    "bedrag € 123.456.782", "1.234,56 euro", "schuld van 12.345,67",  # amounts
    "zaak 2016-123456782", "zaaknummer 2016-0412", "dossier GOU-2016-017",  # case numbers and dossier ids
    "2801 AB", "postcodegebied 2801",  # a postcode without house number
    "moeder heeft", "vader gaat mee", "Mevrouw is", "moeder En vader", "moeder Veilig Thuis belde",
    "scores: {ja: 1.0, deels: 0.5}", "pagina: 12", "leeftijd: 34", "jaar 2016, 123 dossiers",
])
def test_gelijkende_getallen_en_woorden_worden_niet_gemeld(tekst: str) -> None:
    assert _soorten(tekst) == []


def test_oude_volledige_datum_telt_ten_opzichte_van_het_jaar_van_het_bestand() -> None:
    assert _soorten("gezien op 14-03-2001", peiljaar=2016) == [("geboortedatum", 11)]
    assert _soorten("gezien op 14-03-2010", peiljaar=2016) == []


def test_geaccepteerd_per_regel_met_reden() -> None:
    regel = "citaat: 'bel 088-1234567'   # privacy-ok: telefoonnummer, algemeen nummer van Veilig Thuis"
    assert scan_tekst(regel, 2016) == ([], [])
    # only that kind, only that line
    vondsten, _ = scan_tekst(regel + "\nbel 06-12345678 en mevrouw Jansen", 2016)
    assert [(v.soort, v.regel) for v in vondsten] == [("telefoonnummer", 2), ("naam", 2)]
    vondsten, _ = scan_tekst("mevrouw Jansen, 088-1234567  # privacy-ok: telefoonnummer, algemeen nummer", 2016)
    assert [v.soort for v in vondsten] == ["naam"]


@pytest.mark.parametrize(("regel", "melding"), [
    ("bel 088-1234567  # privacy-ok: telefoonnummer", "privacy-ok voor telefoonnummer zonder reden"),
    ("niets hier  # privacy-ok: bsn, test", "privacy-ok voor bsn, maar op deze regel staat geen burgerservicenummer (BSN)"),
    ("x  # privacy-ok: pincode, reden", "privacy-ok noemt onbekende soort 'pincode'"),
])
def test_te_ruime_acceptatie_wordt_gemeld(regel: str, melding: str) -> None:
    _, fouten = scan_tekst(regel, 2016)
    assert [f.melding for f in fouten] == [melding]


def test_voorbeelden_en_kader_zijn_schoon(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["privacy", "voorbeelden", "kaders", "tests/data/dossiers/goed"])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.startswith("Geen problemen gevonden in ")


@pytest.fixture
def geplant(tmp_path: Path) -> Path:
    """A copy of a voorbeeld with personal data planted in a toelichting on line 22."""
    doel = tmp_path / "GOU-2016-035.yaml"
    shutil.copy(REPO / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml", doel)
    tekst = doel.read_text(encoding="utf-8")
    oud = 'toelichting: "Overdracht Veilig Thuis na politiemelding."'
    assert tekst.splitlines()[21].strip() == oud
    doel.write_text(tekst.replace(oud, 'toelichting: "Melding van mevrouw Jansen (BSN 123456782), tel 06-12345678."'),
                    encoding="utf-8")
    return doel


def test_geplante_gegevens_op_de_juiste_plek_zonder_waarde(runner: CliRunner, geplant: Path) -> None:
    resultaat = runner.invoke(app, ["privacy", str(geplant)])
    assert resultaat.exit_code == 1
    regels = [r for r in resultaat.stdout.splitlines() if not r.startswith("    tip:")]
    assert regels == [
        f"{geplant}:22:31: mogelijk naam na een aanspreekvorm; de waarde wordt niet getoond [privacy-naam]",
        f"{geplant}:22:51: mogelijk burgerservicenummer (BSN); de waarde wordt niet getoond [privacy-bsn]",
        f"{geplant}:22:67: mogelijk telefoonnummer; de waarde wordt niet getoond [privacy-telefoonnummer]",
        "3 fouten in 1 bestand.",
    ]
    for waarde in ["Jansen", "123456782", "12345678"]:
        assert waarde not in resultaat.output


def test_beoordeel_waarschuwt(runner: CliRunner, geplant: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-k", str(REPO / "kaders"), str(geplant)])
    assert resultaat.exit_code == 0
    assert f"{geplant}:22:51: waarschuwing: mogelijk burgerservicenummer (BSN)" in resultaat.stderr
    assert "123456782" not in resultaat.output


def test_kader_controleer_faalt_op_persoonsgegevens(runner: CliRunner, tmp_path: Path) -> None:
    kader = tmp_path / "kader.yaml"
    kader.write_text(KADER.read_text(encoding="utf-8").replace(
        "    toelichting: >-\n      Ook signalen", "    toelichting: >-\n      Bel mw. Bakker. Ook signalen", 1),
        encoding="utf-8")
    resultaat = runner.invoke(app, ["kader", "controleer", str(kader)])
    assert resultaat.exit_code == 1
    assert "[privacy-naam]" in resultaat.stdout and "Bakker" not in resultaat.stdout


def test_privacy_json(runner: CliRunner, geplant: Path) -> None:
    import json

    resultaat = runner.invoke(app, ["privacy", "-f", "json", str(geplant)])
    codes = [p["code"] for p in json.loads(resultaat.stdout)["problemen"]]
    assert codes == ["privacy-naam", "privacy-bsn", "privacy-telefoonnummer"]


def test_privacy_gebruiksfout(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(app, ["privacy", str(tmp_path / "weg.yaml")]).exit_code == 2
    assert runner.invoke(app, ["privacy", str(tmp_path)]).exit_code == 2


def test_dossiernummer_moet_pseudoniem_zijn() -> None:
    from conftest import verwachte_regels

    assert verwachte_regels(DATA / "dossiers" / "fout" / "ongeldig-dossiernummer.yaml")[0].endswith(
        "'Jansen-2016' is geen pseudoniem dossiernummer [ongeldig-id]")
