"""The privacy scan: every kind of personal data found at its place, look-alikes left alone, values never shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO, stabiel
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.cli.meldingen import VERBORGEN_TIP
from wijkteamtoets.controles.privacy import scan_bestand, scan_tekst
from wijkteamtoets.invoer.privacy import SOORTEN
from wijkteamtoets.problemen import toon_pad


def _soorten(tekst: str, volledig: bool = False) -> list[tuple[str, int]]:
    scan = scan_tekst(tekst, volledig)
    assert scan.fouten == []
    return [(v.soort, v.kolom) for v in scan.vondsten]


@pytest.mark.parametrize(("tekst", "verwacht"), [
    # BSN: nine digits passing the elfproef, in a BSN context or with BSN formatting
    ("BSN 123456782", [("bsn", 5)]),
    ("nummer 1234.56.782 genoemd", [("bsn", 8)]),
    ("123 456 782", [("bsn", 1)]),
    ("123.456.782", [("bsn", 1)]),
    # followed by a comma, slash or dash, and with a non-breaking space or an en dash
    ("BSN kind 111222333, moeder", [("bsn", 10)]),
    ("bsn 111222333/ onbekend", [("bsn", 5)]),
    ("BSN\u00a0111222333– niet geverifieerd", [("bsn", 5)]),
    # e-mail, also written with (at) and (dot)
    ("mail naar j.jansen@example.nl", [("e-mail", 11)]),
    ("mail j.jansen (at) gmail (dot) com", [("e-mail", 6)]),
    # phone numbers, Dutch and international (phonenumbers)
    ("06-12345678", [("telefoonnummer", 1)]),
    ("bel 06 1234 5678", [("telefoonnummer", 5)]),
    ("+31 6 12345678", [("telefoonnummer", 1)]),
    ("0031612345678", [("telefoonnummer", 1)]),
    ("010-1234567", [("telefoonnummer", 1)]),
    ("(010) 123 45 67", [("telefoonnummer", 1)]),
    ("bereikbaar op 06-12345678, verder", [("telefoonnummer", 15)]),
    ("bereikbaar op 06\u201312345678/ of", [("telefoonnummer", 15)]),
    ("vader belde vanaf +90 532 123 4567", [("telefoonnummer", 19)]),
    # IBAN of any country, with a valid mod-97 check (python-stdnum)
    ("NL91ABNA0417164300", [("iban", 1)]),
    ("rekening NL91 ABNA 0417 1643 00", [("iban", 10)]),
    ("DE89370400440532013000", [("iban", 1)]),
    # addresses
    ("woont op 2801 AB 12", [("adres", 10)]),
    ("Kerkstraat 12", [("adres", 1)]),
    ("12, 2801 AB", [("adres", 1)]),
    ("2801 ab", [("adres", 1)]),  # a postcode as the whole value (a key, a file name), in any case
    ("1609 an 150", [("adres", 1)]),
    # birth dates: in a birth context or dating a family member
    ("geboren 12-03-2009", [("geboortedatum", 9)]),
    ("geb. 2009-03-12", [("geboortedatum", 6)]),
    ("zoon (12-03-2009) zit op school", [("geboortedatum", 7)]),
    # names: after a form of address or role, first name plus surname, initials
    ("mevrouw Jansen", [("naam", 9)]),
    ("gesprek met dhr. De Vries", [("naam", 18)]),
    ("mw. Bakker", [("naam", 5)]),
    ("moeder Yilmaz", [("naam", 8)]),
    ("de heer Van der Berg", [("naam", 9)]),
    ("moeder (Fatima) gaf aan", [("naam", 9)]),
    ("Jan de Vries belde", [("naam", 1)]),
    ("contact met J. Jansen", [("naam", 13)]),
    # kenteken, social media, school with groep
    ("kenteken 12-ABC-3", [("kenteken", 1)]),
    ("auto XX-99-99 voor de deur", [("kenteken", 6)]),
    ("filmpjes op instagram.com/kevin_2002", [("sociale-media", 13)]),
    ("berichten van @noortje2008", [("sociale-media", 15)]),
    ("zit op basisschool De Regenboog in groep 5", [("school", 8)]),
])
def test_persoonsgegevens_worden_gevonden(tekst: str, verwacht: list[tuple[str, int]]) -> None:
    assert _soorten(tekst) == verwacht


@pytest.mark.parametrize("tekst", [
    "bsn 123456789",  # fails the elfproef
    "000000000",
    "NL91ABNA0417164301",  # wrong check digits
    "datum 14-11-2016", "2016-11-14", "evaluatie 14-03-2016", "op 2016-03-12",
    "in 2001-05-01 opgericht", "afspraken van 12-03-2001", "12 maart 1985 trad de wet in werking",
    "bedrag € 123.456.782", "1.234,56 euro", "schuld van 12.345,67", "123456782 euro",
    "zaak 2016-123456782", "zaaknummer 2016-0412", "dossier GOU-2016-035", "zaaknummer 123456782",
    "zaken 201600121, 201600122, 201600123, 201600124, 201600125, 201600126, 201600127, 201600128",
    "postcodegebied 2801", "in 2015 en 2016",  # a postcode area, years
    "moeder heeft", "vader gaat mee", "Mevrouw is", "moeder En vader", "moeder Veilig Thuis belde",
    "moeder Engels", "vader spreekt Arabisch", "Zorgpad 2", "Gerechtshof 12 mei", "het Gerechtshof 12 mei 2015",
    "gemeente Gouda", "wijkteam Gouda Oost", "Jeugdbescherming West", "artikel 2.3 Jeugdwet",
    "A. Toeleiding en toegang", "scores: {ja: 1.0, deels: 0.5}", "pagina: 12", "leeftijd: 34",
    "jaar 2016, 123 dossiers", "=SUM(A1)", "groep 7 en een achterstand",
])
def test_gelijkende_getallen_en_woorden_worden_niet_gemeld(tekst: str) -> None:
    assert _soorten(tekst) == []
    assert _soorten(tekst, volledig=True) == []


def test_volledige_scan_vindt_losse_voornamen_met_deduce() -> None:
    assert _soorten("citaat: het gesprek met Lisa werd vervolgd", volledig=True) == [("naam", 25)]
    assert _soorten("citaat: het gesprek met Lisa werd vervolgd") == []


def test_gevouwen_blok_met_naam_over_twee_regels() -> None:
    tekst = "toelichting: >-\n  Gesprek met Jan de\n  Vries over de zoon, bereikbaar op 06-\n  12345678.\n"
    scan = scan_tekst(tekst, volledig=False)
    assert [(v.soort, v.regel, v.kolom) for v in scan.vondsten] == [("naam", 2, 15), ("telefoonnummer", 3, 37)]
    tekst = 'citaat: "moeder\\u00a0(Fatima) belde,\\n BSN 111222333"\n'
    assert [(v.soort, v.regel) for v in scan_tekst(tekst, volledig=False).vondsten] == [("naam", 1), ("bsn", 1)]


def test_sleutels_commentaar_en_bestandsnaam_worden_doorzocht(tmp_path: Path) -> None:
    tekst = "Jan de Vries 0612345678: x\nid: GOU-1   # moeder Yilmaz belde\nurl: 'http://a#b'\n"
    assert _soorten(tekst) == [("naam", 1), ("telefoonnummer", 14), ("naam", 22)]
    pad = tmp_path / "jan-de-vries_06-12345678.yaml"
    pad.write_text("id: x\n", encoding="utf-8")
    problemen = scan_bestand(pad, volledig=False)
    assert [(p.regel, p.code) for p in problemen] == [(1, "privacy-telefoonnummer")]
    assert "in de bestandsnaam" in problemen[0].melding


def test_geaccepteerd_per_waarde() -> None:
    regel = "citaat: 'bel 010-1234567'   # privacy-ok: telefoonnummer, algemeen nummer van Veilig Thuis"
    assert _soorten(regel) == []
    # only that value: a second number of the same kind on the line needs its own acceptance
    regel = ("citaat: 'bel 010-1234567 of 06-12345678'  # privacy-ok: telefoonnummer 010-1234567, "
             "algemeen nummer van Veilig Thuis")
    assert _soorten(regel) == [("telefoonnummer", 29)]
    # only that line
    vondsten = scan_tekst("a: bel 010-1234567  # privacy-ok: telefoonnummer, algemeen nummer\nb: bel 010-1234567\n",
                          volledig=False).vondsten
    assert [(v.soort, v.regel) for v in vondsten] == [("telefoonnummer", 2)]
    # in a block scalar, on the header line
    blok = "toelichting: >-  # privacy-ok: telefoonnummer 010-1234567, Veilig Thuis\n  Bel 010-1234567 of\n  06-12345678.\n"
    assert [(v.soort, v.regel) for v in scan_tekst(blok, volledig=False).vondsten] == [("telefoonnummer", 3)]


@pytest.mark.parametrize(("regel", "melding"), [
    ("a: bel 010-1234567  # privacy-ok: telefoonnummer", "privacy-ok voor telefoonnummer zonder reden"),
    ("a: niets hier  # privacy-ok: bsn, test", "privacy-ok voor bsn, maar hier staat geen burgerservicenummer (BSN)"),
    ("a: x  # privacy-ok: pincode, reden", "privacy-ok noemt een onbekende soort (bekend: " + ", ".join(SOORTEN) + ")"),
    ("a: Fatima Bouzid  # privacy-ok: Fatima Bouzid, moeder", "privacy-ok noemt een onbekende soort (bekend: "
     + ", ".join(SOORTEN) + ")"),  # the word after privacy-ok: is text from the file, never shown
    ("a: bel 010-1234567 of 06-12345678  # privacy-ok: telefoonnummer, twee nummers",
     "privacy-ok voor telefoonnummer past op meer dan één waarde; noem de waarde die u accepteert"),
    ("a: bel 010-1234567  # privacy-ok: telefoonnummer 06-1, ander nummer",
     "privacy-ok voor telefoonnummer, maar hier staat geen telefoonnummer met die waarde"),
])
def test_te_ruime_acceptatie_wordt_gemeld(regel: str, melding: str) -> None:
    assert [f.melding for f in scan_tekst(regel, volledig=False).fouten] == [melding]


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
    getoond = toon_pad(geplant)  # the folders of pytest are stand-ins, the dossier file is named as it is
    assert getoond.endswith("]/GOU-2016-035.yaml")
    assert [stabiel(r) for r in regels] == [stabiel(r) for r in [
        f"{getoond}:22:39: mogelijk naam van een persoon; de waarde wordt niet getoond [privacy-naam]",
        f"{getoond}:22:51: mogelijk burgerservicenummer (BSN); de waarde wordt niet getoond [privacy-bsn]",
        f"{getoond}:22:67: mogelijk telefoonnummer; de waarde wordt niet getoond [privacy-telefoonnummer]",
        VERBORGEN_TIP,
        "3 fouten in 1 bestand.",
    ]]
    for waarde in ["Jansen", "123456782", "12345678"]:
        assert waarde not in resultaat.output


def test_beoordeel_waarschuwt(runner: CliRunner, geplant: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "-k", str(REPO / "kaders"), str(geplant)])
    assert resultaat.exit_code == 0
    assert stabiel(f"{toon_pad(geplant)}:22:51: waarschuwing: mogelijk burgerservicenummer (BSN)") in stabiel(resultaat.stderr)
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
        "de waarde van 'dossier' is geen pseudoniem dossiernummer [ongeldig-id]")


# --- no false all-clear -----------------------------------------------------------------------------

@pytest.mark.parametrize(("inhoud", "code", "plek", "melding"), [
    ("naam: Jan de Vries\n".encode("utf-16"), "geen-utf8", "1:1", "bestand is UTF-16 of binair, geen UTF-8"),
    (b"a: 1\ntoelichting: \xe9\xe9n gesprek\n", "geen-utf8", "2:14",
     "het bestand lijkt opgeslagen als Latin-1 / Windows-1252, niet als UTF-8 (byte 0xe9 is in die codering een "
     "letter met een accent); het bestand is niet doorzocht"),
    (b"a: 1\nb: c\x00d\n", "geen-utf8", "2:5", "bestand bevat een NUL-teken (binair?); het is niet doorzocht"),
    (b"a: " + b"x" * (2 * 1024 * 1024), "bestand-te-groot", "1:1", "bestand is 2097155 bytes; het maximum is 2097152"),
])
def test_onleesbaar_is_een_fout_geen_schone_uitslag(runner: CliRunner, tmp_path: Path, inhoud: bytes, code: str,
                                                    plek: str, melding: str) -> None:
    pad = tmp_path / "dossier.yaml"
    pad.write_bytes(inhoud)
    resultaat = runner.invoke(app, ["privacy", str(pad)])
    assert resultaat.exit_code == 1
    assert stabiel(resultaat.stdout).startswith(stabiel(f"{toon_pad(pad)}:{plek}: {melding}"))
    assert f"[{code}]" in resultaat.stdout and "Geen problemen" not in resultaat.stdout


def test_fifo_hangt_niet_en_is_een_fout(runner: CliRunner, tmp_path: Path) -> None:
    import os

    pad = tmp_path / "pijp.yaml"
    os.mkfifo(pad)
    resultaat = runner.invoke(app, ["privacy", str(pad)])
    assert resultaat.exit_code == 1
    assert "dit is een named pipe (FIFO), geen gewoon bestand [geen-gewoon-bestand]" in resultaat.stdout


def test_apparaat_is_een_fout(runner: CliRunner) -> None:
    resultaat = runner.invoke(app, ["privacy", "/dev/zero"])
    assert resultaat.exit_code == 1 and "dit is een apparaat, geen gewoon bestand [geen-gewoon-bestand]" in resultaat.stdout


# --- never echo a value -----------------------------------------------------------------------------

@pytest.mark.parametrize(("yaml_tekst", "verwacht", "verboden"), [
    ("dossier: '123456782'\n", "de waarde van 'dossier' is geen pseudoniem dossiernummer", "123456782"),
    ("a: 1\nJan de Vries 0612345678: 2\nJan de Vries 0612345678: 3\n", "deze sleutel komt al voor op regel 2",
     "0612345678"),
    ("a: !Jan_de_Vries_BSN_123456782 x\n", "deze tag is niet toegestaan", "123456782"),
    ("a: 1\n\"moeder Yilmaz \\e\\u202e\": 2\n", ":2:1: onbekend veld [onbekend-veld]", "\x1b"),
])
def test_meldingen_tonen_geen_persoonsgegevens_en_geen_stuurtekens(runner: CliRunner, tmp_path: Path,
                                                                   yaml_tekst: str, verwacht: str,
                                                                   verboden: str) -> None:
    pad = tmp_path / "GOU-2016-999.yaml"
    pad.write_text(yaml_tekst, encoding="utf-8")
    resultaat = runner.invoke(app, ["beoordeel", "-k", str(REPO / "kaders"), str(pad)])
    assert resultaat.exit_code == 1
    assert verwacht in resultaat.stderr
    assert verboden not in resultaat.output


@pytest.mark.parametrize("formaat", ["tekst", "json", "github"])
def test_melders_maskeren_ook_een_waarde_die_een_controle_vergat(formaat: str) -> None:
    from wijkteamtoets.cli.meldingen import Formaat, formatteer
    from wijkteamtoets.problemen import Probleem

    probleem = Probleem("GOU-2016-001.yaml", 3, 5, "onbekende-gemeente",
                        "gemeente 'Jan de Vries\x1b[2J' heeft geen gemeentebestand",
                        "bel moeder op 06-12345678 of mail j.devries@example.nl")
    tekst = formatteer([probleem], Formaat(formaat), 1)
    for waarde in ("Vries", "12345678", "example.nl", "\x1b"):
        assert waarde not in tekst
    assert "[naam verborgen]" in tekst and "[telefoonnummer verborgen]" in tekst and "[e-mail verborgen]" in tekst
    assert "GOU-2016-001.yaml" in tekst and "heeft geen gemeentebestand" in tekst


# --- pseudonymising ---------------------------------------------------------------------------------

def test_pseudonimiseer_schrijft_geldige_kopieen_en_laat_originelen_staan(runner: CliRunner, tmp_path: Path) -> None:
    import yaml

    bron = tmp_path / "bron"
    bron.mkdir()
    origineel = ("id: GOU-1  # gesprek met moeder Yilmaz\n"
                 "citaat: Jan de Vries belde vanaf 06-12345678\n"
                 "toelichting: >-\n  Gesprek met Jan de\n  Vries; 06-12345678 of mevrouw Yilmaz.\n"
                 "bron: 'BSN 111222333'\n")
    (bron / "a.yaml").write_text(origineel, encoding="utf-8")
    uit = tmp_path / "uit"
    resultaat = runner.invoke(app, ["privacy", "--pseudonimiseer", "--uitvoer", str(uit), str(bron)])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout == f"1 gepseudonimiseerde kopie geschreven in {uit} (7 vervangingen).\n"  # as typed
    assert (bron / "a.yaml").read_text(encoding="utf-8") == origineel
    assert [p.name for p in uit.iterdir()] == ["pseudoniem-1.yaml"]  # a name outside the naming scheme
    kopie = (uit / "pseudoniem-1.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(kopie) == {
        "id": "GOU-1", "citaat": "[naam-2] belde vanaf [telefoonnummer-1]",
        "toelichting": "Gesprek met [naam-2]; [telefoonnummer-1] of mevrouw [naam-1].", "bron": "BSN [bsn-1]"}
    assert "# gesprek met moeder [naam-1]" in kopie
    assert runner.invoke(app, ["privacy", str(uit)]).exit_code == 0
    # an existing copy is not overwritten without --overschrijf
    assert runner.invoke(app, ["privacy", "--pseudonimiseer", "--uitvoer", str(uit), str(bron)]).exit_code == 2


def test_pseudonimiseer_vraagt_een_uitvoermap(runner: CliRunner, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["privacy", "--pseudonimiseer", str(tmp_path)])
    assert resultaat.exit_code == 2 and "--pseudonimiseer en --uitvoer MAP horen bij elkaar" in resultaat.stderr


# --- cache and speed ------------------------------------------------------------------------------

def test_cache_bewaart_geen_waarden(runner: CliRunner, geplant: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv("WIJKTEAMTOETS_CACHEMAP", str(cache))
    eerste = runner.invoke(app, ["privacy", str(geplant)])
    bestanden = list((cache / "privacy").rglob("*.json"))
    assert len(bestanden) == 1
    inhoud = bestanden[0].read_text(encoding="utf-8")
    assert "Jansen" not in inhoud and "123456782" not in inhoud and "12345678" not in inhoud
    assert runner.invoke(app, ["privacy", str(geplant)]).stdout == eerste.stdout
    # beoordeel uses the cached full result (deduce is not loaded for it)
    assert "privacy-naam" in runner.invoke(app, ["beoordeel", "-k", str(REPO / "kaders"), str(geplant)]).stderr


@pytest.mark.parametrize("eenheid", ["12-03-2016 ", "123456782 ", "201600123 "])
def test_lange_regel_blijft_lineair(eenheid: str) -> None:
    """A 200 KB line and a 20 KB line: the scan of the long one does at most ~10x the work (counted in
    candidate checks, not in seconds; timings are in benchmarks/privacy.py)."""
    from wijkteamtoets.invoer.privacy import detectoren

    aanroepen = {"n": 0}
    echt = detectoren._context_voor

    def tel(*args: object, **kwargs: object) -> str:
        venster = echt(*args, **kwargs)  # type: ignore[arg-type]
        aanroepen["n"] += 1 + len(venster)  # characters looked at: quadratic if a window were the whole prefix
        return venster

    tellingen = []
    for n in (2_000, 20_000):
        aanroepen["n"] = 0
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(detectoren, "_context_voor", tel)
            scan_tekst("x: " + eenheid * n + "\n", volledig=False)
        tellingen.append(aanroepen["n"])
    assert tellingen[1] <= 10 * tellingen[0] + 10


def test_deduce_krijgt_een_lange_regel_in_begrensde_stukken(monkeypatch: pytest.MonkeyPatch) -> None:
    """deduce merges a run of adjacent names recursively (its time grows with the cube of the run, and a few
    thousand names overflow the stack): it must only see bounded pieces, together about the line once."""
    from types import SimpleNamespace

    from wijkteamtoets.controles import namenmodel

    stukken: list[str] = []

    def neem_op(tekst: str) -> SimpleNamespace:
        stukken.append(tekst)
        return SimpleNamespace(annotations=[])

    monkeypatch.setattr(namenmodel, "model", lambda: SimpleNamespace(deidentify=neem_op))
    monkeypatch.setattr(namenmodel, "_al_gevonden", lambda *args: False)  # send every piece, also known names
    regel = "Jan de Vries en Fatima Yilmaz " * 4_000
    scan_tekst("x: " + regel + "\n", volledig=True)
    assert stukken and max(len(s) for s in stukken) <= 2_100
    assert max(sum(w[:1].isupper() for w in s.split()) for s in stukken) <= 25
    assert len(regel) <= sum(len(s) for s in stukken) <= 1.5 * len(regel)
    # the pieces overlap, so a name at a cut is seen whole in the next piece
    assert all(stukken[i][-12:] in stukken[i + 1] for i in range(len(stukken) - 1))


def test_zonder_overlap_kiest_als_de_eenvoudige_versie() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from wijkteamtoets.invoer.privacy import REGISTER, Treffer, zonder_overlap

    _VOORRANG = [soort.naam for soort in REGISTER]

    def eenvoudig(treffers: list[Treffer]) -> list[Treffer]:
        gekozen: list[Treffer] = []
        for t in sorted(set(treffers), key=lambda t: (-(t.eind - t.begin), _VOORRANG.index(t.soort), t.begin)):
            if all(t.eind <= a.begin or t.begin >= a.eind for a in gekozen):
                gekozen.append(t)
        return sorted(gekozen, key=lambda t: (t.begin, t.soort))

    treffer = st.builds(lambda soort, begin, lengte: Treffer(soort, begin, begin + lengte),
                        st.sampled_from(_VOORRANG), st.integers(0, 60), st.integers(1, 15))

    @given(st.lists(treffer, max_size=40))
    def controleer(treffers: list[Treffer]) -> None:
        assert zonder_overlap(treffers) == eenvoudig(treffers)

    controleer()
