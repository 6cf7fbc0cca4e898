"""The form `invullen` without a browser: round-trip editing, judging text in memory, the server's guards,
and `nieuw consensus`. The browser tests are in test_invullen_browser.py."""

from __future__ import annotations

import difflib
import http.client
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import KADER, REPO
from wijkteamtoets.beoordelen.invullen import toets_inhoud, vervallen
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.cli.invullen.commando import _sessie
from wijkteamtoets.cli.invullen.formulier import antwoorden_van, lees_staat, paginagegevens, zonder_vervallen
from wijkteamtoets.cli.invullen.pagina import pagina
from wijkteamtoets.cli.invullen.server import Formulierserver
from wijkteamtoets.controles.laden import laad_register
from wijkteamtoets.invoer.bewerken import Antwoordinvoer, Bronverwijzing, Formulierstaat, bewerk, laad
from wijkteamtoets.invoer.kader import Antwoord, Niveau
from wijkteamtoets.invoer.yamlbron import lees_yaml_tekst

GOUDA = REPO / "voorbeelden" / "gouda" / "dossiers"
DOSSIER = GOUDA / "GOU-2016-256.yaml"


@pytest.fixture(scope="module")
def register():  # type: ignore[no-untyped-def]
    return laad_register([KADER])[0]


def _gewijzigd(voor: str, na: str) -> list[tuple[str, str]]:
    """The lines of `voor` that differ in `na`, as (old, new) pairs of changed blocks."""
    paren = []
    for soort, i1, i2, j1, j2 in difflib.SequenceMatcher(a=voor.splitlines(), b=na.splitlines()).get_opcodes():
        if soort != "equal":
            paren.append(("\n".join(voor.splitlines()[i1:i2]), "\n".join(na.splitlines()[j1:j2])))
    return paren


# --- round-trip editing -----------------------------------------------------------------------------------

def test_zonder_wijziging_blijft_elk_byte_gelijk() -> None:
    for pad in sorted((REPO / "voorbeelden").rglob("*.yaml"))[:40]:
        tekst = pad.read_text(encoding="utf-8")
        assert bewerk(tekst, Formulierstaat()) == tekst, pad


def test_een_antwoord_wijzigen_verandert_alleen_die_regel() -> None:
    tekst = DOSSIER.read_text(encoding="utf-8")
    staat = Formulierstaat(antwoorden={("hulpvraag-in-dialoog", "ouders-betrokken-bij-hulpvraag"):
                                       Antwoordinvoer("nee")})
    assert _gewijzigd(tekst, bewerk(tekst, staat)) == [("      ouders-betrokken-bij-hulpvraag: ja",
                                                        "      ouders-betrokken-bij-hulpvraag: nee")]


def test_zelfde_antwoord_laat_de_uitgebreide_vorm_staan() -> None:
    """An answer with bronnen and toelichting that the form sends back unchanged is not rewritten."""
    tekst = DOSSIER.read_text(encoding="utf-8")
    staat = Formulierstaat(antwoorden={
        ("veiligheid-ingeschat", "risico-inschatting-gemaakt"): Antwoordinvoer(
            "nee", "Inschatting op gevoel: 'vader houdt veel van zijn kind'.",
            (Bronverwijzing(interview="maatschappelijk werker wijkteam"),))})
    assert bewerk(tekst, staat) == tekst


def test_eigen_opmaak_van_andere_regels_blijft_staan() -> None:
    """ruamel.yaml would write 'dossier:    X' as 'dossier: X' and indent the list: those lines did not change."""
    tekst = "dossier:    GOU-2016-256   # c\nlijst:\n- a\n- b\nfeiten:\n  x:\n"
    assert bewerk(tekst, Formulierstaat()) == tekst
    staat = Formulierstaat(antwoorden={("", "x"): Antwoordinvoer("ja")})
    assert bewerk(tekst, staat) == "dossier:    GOU-2016-256   # c\nlijst:\n- a\n- b\nfeiten:\n  x: ja\n"


def test_bron_en_toelichting_maken_een_uitgebreid_antwoord_met_tekst_tussen_aanhalingstekens() -> None:
    tekst = "# kop\nfeiten:\n  # feit: vraag?\n  veiligheidsrisicos-gesignaleerd:\nindicatoren: {}\n"
    staat = Formulierstaat(antwoorden={("", "veiligheidsrisicos-gesignaleerd"): Antwoordinvoer(
        "ja", "no", (Bronverwijzing(document="Plan van aanpak", pagina=3, citaat="2016-01-01"),
                     Bronverwijzing(interview="moeder")))})
    nieuw = bewerk(tekst, staat)
    assert nieuw == ("# kop\nfeiten:\n  # feit: vraag?\n  veiligheidsrisicos-gesignaleerd:\n    antwoord: ja\n"
                     "    bronnen:\n      - {document: \"Plan van aanpak\", pagina: 3, citaat: \"2016-01-01\"}\n"
                     "      - {interview: \"moeder\"}\n    toelichting: \"no\"\nindicatoren: {}\n")
    # read back by the project's own (YAML 1.1) reader: texts stay texts, not a boolean or a date
    data = lees_yaml_tekst(nieuw.encode(), "x.yaml").data
    assert data["feiten"]["veiligheidsrisicos-gesignaleerd"]["toelichting"] == "no"
    assert data["feiten"]["veiligheidsrisicos-gesignaleerd"]["bronnen"][0]["citaat"] == "2016-01-01"


def test_kopvelden_in_hun_gebruikelijke_vorm() -> None:
    tekst = ("context:\n  aanmelding_via:    # keuze\n  leefgebieden: []   # bijvoorbeeld\n"
             "  gezinssamenstelling: []\n  omschrijving: \"\"\n")
    staat = Formulierstaat(kop={("context", "aanmelding_via"): "school",
                                ("context", "leefgebieden"): ["opvoeding", "financien"],
                                ("context", "gezinssamenstelling"): [{"rol": "moeder", "leeftijd": 34}],
                                ("context", "omschrijving"): ""})
    assert bewerk(tekst, staat) == ("context:\n  aanmelding_via: school # keuze\n"
                                    "  leefgebieden: [opvoeding, financien] # bijvoorbeeld\n"
                                    "  gezinssamenstelling:\n    - {rol: moeder, leeftijd: 34}\n"
                                    "  omschrijving: \"\"\n")


def _zoals_de_pagina_het_stuurt(gegevens: dict) -> dict:  # type: ignore[type-arg]
    """What invullen.js sends for a page that nobody changed (the same fields, in the page's order)."""
    kop: dict[str, object] = {}
    for item in gegevens["kop"]:
        veld, waarde = item["veld"], item["waarde"]
        if veld.soort == "regels":
            waarde = "\n".join(waarde) if isinstance(waarde, list) else waarde
        elif veld.soort == "codes":
            waarde = ", ".join(waarde) if isinstance(waarde, list) else waarde
        elif veld.soort == "gezin":
            waarde = [{"rol": lid.get("rol", ""), "leeftijd": str(lid.get("leeftijd", ""))} for lid in waarde or []]
        elif veld.soort == "meerkeuze":
            waarde = [optie for optie in veld.opties if optie in (waarde or [])]  # checkboxes in the page's order
        kop[veld.sleutel] = waarde
    vragen = [*gegevens["feiten"], *(v for t in gegevens["themas"] for i in t["indicatoren"] for v in i["vragen"])]
    antwoorden = [{"indicator": v["indicator"], "vraag": v["id"],
                   "antwoord": v["antwoord"] if v["antwoord"] in v["keuzes"] else "", "toelichting": v["toelichting"],
                   "bronnen": [{"soort": "interview" if b["interview"] and not b["document"] else "document", **b}
                               for b in v["bronnen"]]} for v in vragen]
    afwijkingen = [{"indicator": i["id"], **i["afwijking"]} for t in gegevens["themas"] for i in t["indicatoren"]]
    return {"kop": kop, "antwoorden": antwoorden, "afwijkingen": afwijkingen}


def test_een_pagina_die_niemand_wijzigde_laat_elk_voorbeeld_byte_voor_byte_gelijk(register) -> None:  # type: ignore[no-untyped-def]
    kader = register.kies(None, None)
    bestanden = [p for p in sorted((REPO / "voorbeelden").rglob("*.yaml"))
                 if not p.name.endswith(("consensus.yaml", "onderzoek.yaml", "steekproef.yaml"))]
    assert len(bestanden) > 50
    for pad in bestanden:
        niveau = Niveau.GEMEENTE if pad.name == "gemeente.yaml" else Niveau.DOSSIER
        tekst = pad.read_text(encoding="utf-8")
        staat = lees_staat(_zoals_de_pagina_het_stuurt(paginagegevens(kader, niveau, laad(tekst))), kader, niveau)
        staat = zonder_vervallen(staat, vervallen(kader, niveau, antwoorden_van(staat)))
        assert bewerk(tekst, staat) == tekst, pad


# --- judging text in memory -------------------------------------------------------------------------------

def test_vervallen_eisen_met_de_reden(register) -> None:  # type: ignore[no-untyped-def]
    kader = register.kies(None, None)
    weg = vervallen(kader, Niveau.DOSSIER, {"veiligheidsrisicos-gesignaleerd": Antwoord.NEE})
    assert weg["risico-inschatting-gemaakt"] == ("vervalt door het antwoord op 'Zijn er veiligheidsrisico's of "
                                                 "ontwikkelingsbedreigingen voor de kinderen gesignaleerd?' (nee)")
    assert "aandacht-voor-veiligheid" not in weg
    assert "risico-inschatting-gemaakt" not in vervallen(kader, Niveau.DOSSIER,
                                                         {"veiligheidsrisicos-gesignaleerd": Antwoord.JA})


def test_oordelen_uit_de_antwoorden_zolang_de_kop_nog_fouten_heeft(register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    doel = tmp_path / "GOU-2016-900.yaml"
    assert runner.invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-d", "GOU-2016-900", "-o", str(doel),
                               "--kaders", str(KADER)]).exit_code == 0
    tekst = doel.read_text(encoding="utf-8")
    staat = Formulierstaat(antwoorden={("hulpvraag-in-dialoog", "ouders-betrokken-bij-hulpvraag"):
                                       Antwoordinvoer("nee")})
    uitslag = toets_inhoud(doel, bewerk(tekst, staat).encode(), register)
    assert not uitslag.volledig_geldig
    codes = {(p.code, p.regel) for p in uitslag.problemen if p.ernst.value == "fout"}
    # team and beoordelaar empty; aanmelding_via, leefgebieden and gezinssamenstelling not filled in
    assert codes == {("lege-tekst", 13), ("lege-tekst", 15), ("ongeldige-waarde", 18), ("ongeldige-waarde", 20),
                     ("ongeldige-waarde", 21)}
    assert uitslag.beoordeling is not None
    oordeel = next(o for o in uitslag.beoordeling.oordelen if o.indicator == "hulpvraag-in-dialoog")
    assert oordeel.oordeel.value == "voldoet niet"  # a kerneis answered 'nee'


def test_een_geldig_bestand_geeft_dezelfde_oordelen_als_beoordeel(register) -> None:  # type: ignore[no-untyped-def]
    uitslag = toets_inhoud(DOSSIER, DOSSIER.read_bytes(), register)
    resultaat = CliRunner().invoke(app, ["beoordeel", str(DOSSIER), "--kaders", str(KADER), "-f", "json"])
    verwacht = {o["indicator"]: o["oordeel"] for o in json.loads(resultaat.stdout)["beoordelingen"][0]["oordelen"]}
    assert uitslag.volledig_geldig and uitslag.beoordeling is not None
    assert {o.indicator: o.oordeel.value for o in uitslag.beoordeling.oordelen} == verwacht


# --- the server's guards ----------------------------------------------------------------------------------

@pytest.fixture
def server(tmp_path: Path) -> Iterator[Formulierserver]:
    pad = tmp_path / DOSSIER.name
    shutil.copy(DOSSIER, pad)
    formulierserver = Formulierserver(_sessie(pad, [KADER]), 0, pagina)
    draad = threading.Thread(target=formulierserver.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    draad.start()
    yield formulierserver
    formulierserver.shutdown()
    formulierserver.server_close()


def _vraag(server: Formulierserver, methode: str, pad: str, kop: dict[str, str] | None = None,
           inhoud: bytes | None = None, wacht: float = 60) -> tuple[int, bytes]:
    verbinding = http.client.HTTPConnection("127.0.0.1", server.poort, timeout=wacht)
    koppen = {"Host": f"127.0.0.1:{server.poort}", **(kop or {})}
    verbinding.request(methode, pad, body=inhoud, headers=koppen)
    antwoord = verbinding.getresponse()
    gelezen = antwoord.read()
    verbinding.close()
    return antwoord.status, gelezen


def test_de_server_luistert_alleen_op_127_0_0_1(server: Formulierserver) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert server.adres.startswith(f"http://127.0.0.1:{server.poort}/t/")


def test_met_token_de_pagina(server: Formulierserver) -> None:
    status, inhoud = _vraag(server, "GET", f"/t/{server.token}/")
    assert status == 200
    assert "Dossier invullen" in inhoud.decode() and "Opslaan" in inhoud.decode()


@pytest.mark.parametrize("pad", ["/", "/t/", "/t/verkeerd/", "/static/invullen.js", "/t/verkeerd/static/invullen.js",
                                 "/favicon.ico"])
def test_zonder_het_juiste_token_geweigerd(server: Formulierserver, pad: str) -> None:
    status, inhoud = _vraag(server, "GET", pad)
    assert (status, inhoud) == (403, b"403 Geweigerd: dit adres hoort niet bij dit formulier.\n")


@pytest.mark.parametrize("host", ["evil.example:80", "127.0.0.1", "127.0.0.1:1", ""])
def test_een_andere_host_geweigerd(server: Formulierserver, host: str) -> None:
    status, _ = _vraag(server, "GET", f"/t/{server.token}/", {"Host": host})
    assert status == 403


def test_alleen_de_eigen_bestanden(server: Formulierserver) -> None:
    for pad in ["static/../server.py", "static/%2e%2e/server.py", "../../etc/passwd", "static/formulier.py"]:
        status, _ = _vraag(server, "GET", f"/t/{server.token}/{pad}")
        assert status == 404, pad
    assert _vraag(server, "GET", f"/t/{server.token}/static/invullen.js")[0] == 200


def test_post_zonder_csrf_token_of_van_een_andere_site_geweigerd(server: Formulierserver) -> None:
    basis = {"Content-Type": "application/json"}
    adres = f"/t/{server.token}/bewaar"
    voor = DOSSIER.read_bytes()
    assert _vraag(server, "POST", adres, basis, b"{}") == (403, b"403 Geweigerd: het CSRF-token ontbreekt of klopt "
                                                                b"niet.\n")
    assert _vraag(server, "POST", adres, {**basis, "X-CSRF-Token": "fout"}, b"{}")[0] == 403
    assert _vraag(server, "POST", adres, {**basis, "X-CSRF-Token": server.csrf, "Origin": "http://evil.example"},
                  b"{}")[0] == 403
    assert _vraag(server, "POST", adres, {"Content-Type": "text/plain", "X-CSRF-Token": server.csrf}, b"{}")[0] == 415
    assert server.sessie.pad.read_bytes() == voor
    status, inhoud = _vraag(server, "POST", f"/t/{server.token}/toets",
                            {**basis, "X-CSRF-Token": server.csrf, "Origin": f"http://127.0.0.1:{server.poort}"}, b"{}")
    assert status == 200 and json.loads(inhoud)["oordelen"]["hulpvraag-in-dialoog"]["oordeel"] == "voldoet niet"


def test_persoonsgegevens_bij_hun_veld_zonder_de_waarde(server: Formulierserver) -> None:
    verzoek = {"antwoorden": [{"indicator": "hulpvraag-in-dialoog", "vraag": "ouders-betrokken-bij-hulpvraag",
                               "antwoord": "ja", "toelichting": "Gebeld met moeder op 06-12345678."}]}
    status, inhoud = _vraag(server, "POST", f"/t/{server.token}/toets",
                            {"Content-Type": "application/json", "X-CSRF-Token": server.csrf},
                            json.dumps(verzoek).encode())
    assert status == 200
    meldingen = [m for m in json.loads(inhoud)["meldingen"] if m["code"].startswith("privacy-")]
    assert [(m["veld"], m["code"], m["melding"]) for m in meldingen] == [
        ("v:hulpvraag-in-dialoog:ouders-betrokken-bij-hulpvraag", "privacy-telefoonnummer",
         "mogelijk telefoonnummer; de waarde wordt niet getoond")]
    assert b"12345678" not in inhoud
    # the header problems of a scaffold stand at their field; a missing field at none
    server.sessie.tekst = server.sessie.tekst.replace("team: Sociaal Team Jeugd Noord\n", "team: \"\"\n")
    _, inhoud = _vraag(server, "POST", f"/t/{server.token}/toets",
                       {"Content-Type": "application/json", "X-CSRF-Token": server.csrf}, b"{}")
    # (besides the warnings that a 'nee' names no bron, which this scaffold's answers carry)
    assert [(m["veld"], m["code"]) for m in json.loads(inhoud)["meldingen"]
            if m["code"] != "bron-ontbreekt"] == [("kop:team", "lege-tekst")]


def test_opslaan_houdt_de_rechten_van_het_bestand(server: Formulierserver) -> None:
    pad = server.sessie.pad
    pad.chmod(0o600)
    verzoek = {"antwoorden": [{"indicator": "hulpvraag-in-dialoog", "vraag": "ouders-betrokken-bij-hulpvraag",
                               "antwoord": "nee"}]}
    status, inhoud = _vraag(server, "POST", f"/t/{server.token}/bewaar",
                            {"Content-Type": "application/json", "X-CSRF-Token": server.csrf},
                            json.dumps(verzoek).encode(), wacht=600)  # the full privacy scan loads its lists
    assert status == 200 and json.loads(inhoud)["bewaard"] is True
    assert pad.stat().st_mode & 0o777 == 0o600
    assert "      ouders-betrokken-bij-hulpvraag: nee\n" in pad.read_text(encoding="utf-8")
    assert [p.name for p in pad.parent.iterdir()] == [pad.name]  # no temporary file left


def test_opslaan_weigert_als_het_bestand_intussen_buiten_het_formulier_veranderde(server: Formulierserver) -> None:
    server.sessie.pad.write_text(DOSSIER.read_text(encoding="utf-8") + "# elders bewerkt\n", encoding="utf-8")
    status, inhoud = _vraag(server, "POST", f"/t/{server.token}/bewaar",
                            {"Content-Type": "application/json", "X-CSRF-Token": server.csrf}, b"{}")
    assert status == 409
    assert json.loads(inhoud)["bewaard"] is False
    assert server.sessie.pad.read_text(encoding="utf-8").endswith("# elders bewerkt\n")


def test_invullen_zonder_bruikbaar_bestand(tmp_path: Path) -> None:
    runner = CliRunner()
    resultaat = runner.invoke(app, ["invullen", str(tmp_path / "x.txt"), "--geen-browser"])
    assert resultaat.exit_code == 2
    assert "is geen YAML-bestand" in resultaat.stderr
    kapot = tmp_path / "GOU-2016-001.yaml"
    kapot.write_text("dossier: [\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["invullen", str(kapot), "--geen-browser", "--kaders", str(KADER)])
    assert resultaat.exit_code == 1
    assert "[yaml-syntaxis]" in resultaat.stderr and "los eerst de problemen hierboven op" in resultaat.stderr


# --- nieuw consensus --------------------------------------------------------------------------------------

def test_nieuw_consensus_met_de_verschillen(tmp_path: Path) -> None:
    runner = CliRunner()
    doel = tmp_path / "GOU-2016-256.consensus.yaml"
    resultaat = runner.invoke(app, ["nieuw", "consensus", str(GOUDA / "GOU-2016-256.IGZ1.yaml"), str(DOSSIER),
                                    "-o", str(doel), "--kaders", str(KADER)])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stderr == (f"Consensusbestand geschreven naar {doel}: 2 verschillen om te bespreken "
                                "(basis: IJZ2).\n")
    tekst = doel.read_text(encoding="utf-8")
    assert "beoordelaars: [IJZ2, IGZ1]" in tekst and "basis: IJZ2" in tekst
    assert ("  # 1.1.2 achterliggende-hulpvragen, eis: Is de problematiek op alle leefgebieden uitgevraagd, bij "
            "ouders, kinderen en betrokkenen (bijvoorbeeld met de Zelfredzaamheid-Matrix)?\n"
            "  #   IJZ2: deels; IGZ1: nee\n  - indicator: achterliggende-hulpvragen\n"
            "    vraag: alle-leefgebieden-uitgevraagd\n    antwoord:\n    reden:\n") in tekst
    # until each difference has a reason, beoordeel says so, at the line of each empty reason
    shutil.copy(DOSSIER, tmp_path)
    shutil.copy(GOUDA / "GOU-2016-256.IGZ1.yaml", tmp_path)
    beoordeling = runner.invoke(app, ["beoordeel", str(tmp_path), "--kaders", str(KADER)])
    assert beoordeling.exit_code == 1
    assert beoordeling.stderr.count("GOU-2016-256.consensus.yaml:") == 2
    assert "[lege-tekst]" in beoordeling.stderr
    # settled: every reason written, agreed answers filled in
    ingevuld = tekst.replace("    antwoord:\n    reden:\n", "    antwoord: nee\n    reden: \"Samen nagelezen.\"\n")
    doel.write_text(ingevuld, encoding="utf-8")
    beoordeling = runner.invoke(app, ["beoordeel", str(tmp_path), "--kaders", str(KADER)])
    assert beoordeling.exit_code == 0, beoordeling.output


def test_nieuw_consensus_weigert_twee_verschillende_dossiers(tmp_path: Path) -> None:
    resultaat = CliRunner().invoke(app, ["nieuw", "consensus", str(DOSSIER), str(GOUDA / "GOU-2016-035.yaml"),
                                         "-o", str(tmp_path), "--kaders", str(KADER)])
    assert resultaat.exit_code == 2
    assert "de twee beoordelingen gaan niet over hetzelfde dossier" in resultaat.stderr
    assert not list(tmp_path.iterdir())


def test_een_bezette_poort(tmp_path: Path) -> None:
    import socket

    with socket.socket() as bezet:
        bezet.bind(("127.0.0.1", 0))
        bezet.listen()
        poort = bezet.getsockname()[1]
        resultaat = CliRunner().invoke(app, ["invullen", str(tmp_path / "gemeente.yaml"), "--poort", str(poort),
                                             "--geen-browser", "--kaders", str(KADER)])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith(f"fout: kan poort {poort} op 127.0.0.1 niet gebruiken (")
    assert "tip: kies een andere --poort" in resultaat.stderr
    assert not (tmp_path / "gemeente.yaml").exists()


def test_een_consensus_die_nog_niet_bestaat(tmp_path: Path) -> None:
    resultaat = CliRunner().invoke(app, ["invullen", str(tmp_path / "GOU-2016-256.consensus.yaml"), "--geen-browser"])
    assert resultaat.exit_code == 2
    assert "consensusbestand" in resultaat.stderr and "wijkteamtoets nieuw consensus" in resultaat.stderr
