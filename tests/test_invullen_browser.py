"""The form `wijkteamtoets invullen` in a real Chromium (Playwright), started as a user starts it.

Chromium is Debian's package (`/usr/bin/chromium`; `.ci/run` installs it). Nothing is installed here: without
Chromium these tests are skipped with the reason.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import KADER, REPO
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.invoer.yamlbron import lees_yaml_tekst

pytestmark = pytest.mark.browser

GOUDA = REPO / "voorbeelden" / "gouda"
VLAGGEN = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"]
WACHT = 900_000  # ms; the first save waits for the privacy scan's name lists (minutes on a busy machine)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    pad = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    if pad is None:
        pytest.skip("Chromium ontbreekt: installeer Debian's pakket chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=pad, args=VLAGGEN, headless=True)
        yield browser
        browser.close()


class Formulier:
    """`wijkteamtoets invullen PAD --geen-browser` as a subprocess; the first line of its output is the address."""

    def __init__(self, pad: Path) -> None:
        self.proces = subprocess.Popen(
            [sys.executable, "-m", "wijkteamtoets", "invullen", str(pad), "--geen-browser", "--kaders", str(KADER)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        regel: list[str] = []
        lezer = threading.Thread(target=lambda: regel.append(self.proces.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        lezer.start()
        lezer.join(120)
        assert regel and regel[0].startswith("http://127.0.0.1:"), (regel, self.proces.poll())
        self.adres = regel[0].strip()

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a user stops it: the exit code and what it wrote on stderr."""
        self.proces.send_signal(signal.SIGINT)
        try:
            _, fouten = self.proces.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            self.proces.kill()
            raise
        return self.proces.returncode, fouten


@pytest.fixture
def formulier() -> Iterator[Any]:
    gestart: list[Formulier] = []

    def start(pad: Path) -> Formulier:
        gestart.append(Formulier(pad))
        return gestart[-1]

    yield start
    for f in gestart:
        if f.proces.poll() is None:
            code, fouten = f.stop()
            assert code == 0, fouten
            assert fouten.endswith("Formulier gestopt.\n"), fouten


def _open(browser, adres: str, breedte: int = 1280):  # type: ignore[no-untyped-def]
    """The page, and every request it made to anything but this server and every script error."""
    pagina = browser.new_page(viewport={"width": breedte, "height": 900})
    elders: list[str] = []
    fouten: list[str] = []
    eigen = re.match(r"http://127\.0\.0\.1:\d+/", adres)
    assert eigen is not None
    pagina.on("request", lambda verzoek: None if verzoek.url.startswith(eigen.group(0)) else elders.append(verzoek.url))
    pagina.on("console", lambda bericht: fouten.append(bericht.text) if bericht.type == "error" else None)
    pagina.on("pageerror", lambda fout: fouten.append(str(fout)))
    pagina.goto(adres)
    _rustig(pagina)
    return pagina, elders, fouten


def _rustig(pagina) -> None:  # type: ignore[no-untyped-def]
    """Wait until the page has no change waiting to be judged (reading, not input)."""
    pagina.evaluate("window.wijkteamtoets.rustig()")


def _tab_naar(pagina, selector: str, maximum: int = 400) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(maximum):
        if pagina.evaluate("s => { const el = document.activeElement; return !!el && el.matches(s); }", selector):
            return
        pagina.keyboard.press("Tab")
    raise AssertionError(f"{selector} niet bereikt met Tab")


def _kies_radio(pagina, keuzes: list[str], antwoord: str) -> None:  # type: ignore[no-untyped-def]
    """The focus is on the checked radio 'niet ingevuld' (the last one): arrow right to `antwoord`."""
    for _ in range(keuzes.index(antwoord) + 1):
        pagina.keyboard.press("ArrowRight")
    _rustig(pagina)


def _oordelen_op_pagina(pagina) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return pagina.evaluate("""() => Object.fromEntries(Array.from(document.querySelectorAll('.oordeel-waarde'))
        .map(el => [el.id.slice(2), el.dataset.oordeel]))""")


def _oordelen_van_beoordeel(pad: Path) -> dict[str, str]:
    resultaat = CliRunner().invoke(app, ["beoordeel", str(pad), "--kaders", str(KADER), "-f", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    uitslag = json.loads(resultaat.stdout)
    assert [p for p in uitslag["problemen"] if p["niveau"] == "fout"] == []
    return {o["indicator"]: o["oordeel"] for o in uitslag["beoordelingen"][0]["oordelen"]}


def _bewaar(pagina, pad: Path, elders: list[str], fouten: list[str]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Save with Ctrl+S, check the status line and that nothing went wrong on the page, close it, and return the
    oordelen it showed. No errors; warnings only where a 'nee' names no bron (issue 23), which a keyboard run
    leaves to the inspector."""
    pagina.keyboard.press("Control+s")
    pagina.wait_for_selector("#status[data-bewaard=ja]", timeout=WACHT)
    assert re.fullmatch(rf"Opgeslagen in {re.escape(str(pad))}\. 0 fouten, \d+ waarschuwingen?\.",
                        pagina.locator("#status").inner_text())
    getoond = _oordelen_op_pagina(pagina)
    assert elders == [] and fouten == []
    pagina.close()
    return getoond


def _axe(pagina) -> list[str]:  # type: ignore[no-untyped-def]
    from axe_playwright_python.sync_playwright import Axe

    resultaat = Axe().run(pagina)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in resultaat.response["violations"]]


FEITEN = {"veiligheidsrisicos-gesignaleerd": "nee", "zware-hulpvraag": "ja", "familiegroepsplan-opgesteld": "nee",
          "vrijwillige-hulp-ontoereikend": "nee", "ondersteuningsbehoefte-veranderd": "ja", "dossier-afgesloten": "ja",
          "nog-ondersteuning-nodig": "nee"}
EISEN = ["ja", "deels", "ja", "nee", "ja", "deels"]


def test_een_leeg_dossier_met_alleen_het_toetsenbord_invullen(browser, formulier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pad = tmp_path / "GOU-2016-900.yaml"
    resultaat = CliRunner().invoke(app, ["nieuw", "dossier", "-g", "Gouda", "-d", "GOU-2016-900", "-o", str(pad),
                                         "--kaders", str(KADER)])
    assert resultaat.exit_code == 0, resultaat.output
    leeg = pad.read_text(encoding="utf-8")
    pagina, elders, fouten = _open(browser, formulier(pad).adres)
    # the empty scaffold's problems stand at their fields, with the codes of the command line
    assert "[lege-tekst]" in pagina.locator("#m-kop--team").inner_text()
    assert "[ongeldige-waarde]" in pagina.locator("#m-kop--context-leefgebieden").inner_text()
    toetsen = pagina.keyboard

    _tab_naar(pagina, "#k-kop--team")
    toetsen.type("Sociaal Team Noord")
    _tab_naar(pagina, "#k-kop--beoordelaar")
    toetsen.type("INS1")
    _tab_naar(pagina, "#k-kop--context-aanmelding_via")
    toetsen.press("ArrowDown")
    toetsen.press("ArrowDown")  # (kies), veilig-thuis, school
    for leefgebied in ("financien", "opvoeding"):
        _tab_naar(pagina, f"#f-kop--context-leefgebieden input[value={leefgebied}]")
        toetsen.press("Space")
    for stappen, leeftijd in ((1, "34"), (5, "8")):  # moeder; kind
        _tab_naar(pagina, "#f-kop--context-gezinssamenstelling .lid-toevoegen")
        toetsen.press("Enter")
        for _ in range(stappen):
            toetsen.press("ArrowDown")
        toetsen.press("Tab")
        toetsen.type(leeftijd)
    _tab_naar(pagina, "#k-kop--context-omschrijving")
    toetsen.type("Moeder vraagt hulp bij de opvoeding; schulden.")
    _rustig(pagina)

    beantwoord: set[str] = set()
    vragen = pagina.evaluate("""() => Array.from(document.querySelectorAll('fieldset.vraag')).map(f => ({
        id: f.id, vraag: f.dataset.vraag, keuzes: Array.from(f.querySelectorAll('input[type=radio]')).map(r => r.value)}))""")
    eis = 0
    for vraag in vragen:
        if pagina.locator(f"#{vraag['id']}").evaluate("f => f.classList.contains('vervallen')"):
            assert pagina.locator(f"#r-{vraag['id'][2:]}").inner_text().startswith("Vervalt: ")
            continue
        if vraag["vraag"] in FEITEN:
            antwoord = FEITEN[vraag["vraag"]]
        else:
            antwoord, eis = EISEN[eis % len(EISEN)], eis + 1
        _tab_naar(pagina, f"#{vraag['id']} input[type=radio]:checked")
        _kies_radio(pagina, vraag["keuzes"], antwoord)
        beantwoord.add(vraag["vraag"])
        if vraag["vraag"] == "ouders-betrokken-bij-hulpvraag":  # a document as bron, with a toelichting
            toetsen.press("Tab")
            toetsen.press("Enter")  # opens 'Bronnen en toelichting'
            toetsen.press("Tab")
            toetsen.type("Hulpvraag samen met moeder opgesteld.")
            toetsen.press("Tab")
            toetsen.press("Enter")  # Bron toevoegen: the focus goes to its kind
            toetsen.press("Tab")
            toetsen.type("Plan van aanpak")
            toetsen.press("Tab")
            toetsen.type("2")
            toetsen.press("Tab")
            toetsen.type("Moeder wil rust in huis.")
        if vraag["vraag"] == "kinderen-betrokken-bij-hulpvraag":  # an interview as bron
            toetsen.press("Tab")
            toetsen.press("Enter")
            _tab_naar(pagina, f"#{vraag['id']} .bron-toevoegen")
            toetsen.press("Enter")
            toetsen.press("ArrowDown")  # interview: the document fields are hidden, Tab goes to the role
            toetsen.press("Tab")
            toetsen.type("jeugdprofessional")
        _rustig(pagina)
    # the vervallen questions of 1.1.3 are greyed with their reason, and the indicator 2.2.3 does not apply
    assert pagina.locator("#r-v--veiligheid-ingeschat--risico-inschatting-gemaakt").inner_text() == (
        "Vervalt: vervalt door het antwoord op 'Zijn er veiligheidsrisico's of ontwikkelingsbedreigingen voor de "
        "kinderen gesignaleerd?' (nee).")
    assert pagina.locator("#o-veiligheid-geevalueerd").get_attribute("data-oordeel") == "niet van toepassing"

    getoond = _bewaar(pagina, pad, elders, fouten)

    # beoordeel gives exactly what the page showed
    assert _oordelen_van_beoordeel(pad) == getoond
    assert {"voldoet niet", "niet van toepassing"} <= set(getoond.values()) and len(set(getoond.values())) >= 3
    opgeslagen = pad.read_text(encoding="utf-8")
    data = lees_yaml_tekst(opgeslagen.encode(), "x").data
    assert data["context"] == {"aanmelding_via": "school", "leefgebieden": ["financien", "opvoeding"],
                               "gezinssamenstelling": [{"rol": "moeder", "leeftijd": 34}, {"rol": "kind", "leeftijd": 8}],
                               "omschrijving": "Moeder vraagt hulp bij de opvoeding; schulden."}
    assert data["indicatoren"]["hulpvraag-in-dialoog"]["antwoorden"] == {
        "ouders-betrokken-bij-hulpvraag": {"antwoord": "ja", "toelichting": "Hulpvraag samen met moeder opgesteld.",
                                           "bronnen": [{"document": "Plan van aanpak", "pagina": 2,
                                                        "citaat": "Moeder wil rust in huis."}]},
        "kinderen-betrokken-bij-hulpvraag": {"antwoord": "deels", "bronnen": [{"interview": "jeugdprofessional"}]}}
    # only the lines of the filled-in fields changed; every comment of the scaffold is still there, unchanged
    veranderd = set()
    for soort, i1, i2, _, _ in difflib.SequenceMatcher(a=leeg.splitlines(), b=opgeslagen.splitlines()).get_opcodes():
        if soort != "equal":
            for regel in leeg.splitlines()[i1:i2]:
                assert not regel.lstrip().startswith("#"), regel
                veranderd.add(regel.split(":")[0].strip())
    # (the two answers with bronnen keep their key line: their mapping is inserted below it)
    assert veranderd == {"team", "beoordelaar", "aanmelding_via", "leefgebieden", "gezinssamenstelling",
                         "omschrijving"} | beantwoord - {"ouders-betrokken-bij-hulpvraag", "kinderen-betrokken-bij-hulpvraag"}


def test_bestaand_dossier_toegankelijk_en_een_wijziging_raakt_alleen_haar_regel(browser, formulier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pad = tmp_path / "GOU-2016-256.yaml"
    shutil.copy(GOUDA / "dossiers" / pad.name, pad)
    voor = pad.read_text(encoding="utf-8")
    adres = formulier(pad).adres
    for breedte in (1280, 390):
        pagina, elders, fouten = _open(browser, adres, breedte)
        pagina.locator("details.extra").first.evaluate("d => d.open = true")
        assert _axe(pagina) == [], breedte
        assert pagina.evaluate("document.documentElement.scrollWidth") <= breedte
        assert elders == [] and fouten == []
        pagina.close()
    pagina, _, _ = _open(browser, adres)
    assert _oordelen_op_pagina(pagina) == _oordelen_van_beoordeel(pad)
    # one answer changed with the keyboard: ja -> nee
    _tab_naar(pagina, "#f-v--hulpvraag-in-dialoog--ouders-betrokken-bij-hulpvraag input[type=radio]:checked")
    pagina.keyboard.press("ArrowRight")
    pagina.keyboard.press("ArrowRight")
    _rustig(pagina)
    pagina.keyboard.press("Control+s")
    pagina.wait_for_selector("#status[data-bewaard=ja]", timeout=WACHT)
    getoond = _oordelen_op_pagina(pagina)
    pagina.close()
    na = pad.read_text(encoding="utf-8")
    verschil = [r for r in difflib.unified_diff(voor.splitlines(), na.splitlines(), lineterm="", n=0)
                if not r.startswith(("---", "+++", "@@"))]
    assert verschil == ["-      ouders-betrokken-bij-hulpvraag: ja", "+      ouders-betrokken-bij-hulpvraag: nee"]
    assert _oordelen_van_beoordeel(pad) == getoond


def test_gemeentebestand_toegankelijk_op_beide_breedtes(browser, formulier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pad = tmp_path / "gemeente.yaml"
    shutil.copy(GOUDA / "gemeente.yaml", pad)
    adres = formulier(pad).adres
    for breedte in (1280, 390):
        pagina, elders, fouten = _open(browser, adres, breedte)
        assert pagina.get_by_role("heading", name="Gegevens van de gemeente").is_visible()
        assert _axe(pagina) == [], breedte
        assert elders == [] and fouten == []
        pagina.close()


def test_consensus_uit_twee_beoordelingen_invullen(browser, formulier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for naam in ("GOU-2016-256.yaml", "GOU-2016-256.IGZ1.yaml"):
        shutil.copy(GOUDA / "dossiers" / naam, tmp_path / naam)
    pad = tmp_path / "GOU-2016-256.consensus.yaml"
    resultaat = CliRunner().invoke(app, ["nieuw", "consensus", str(tmp_path / "GOU-2016-256.yaml"),
                                         str(tmp_path / "GOU-2016-256.IGZ1.yaml"), "--kaders", str(KADER)])
    assert resultaat.exit_code == 0, resultaat.output
    voor = pad.read_text(encoding="utf-8")
    adres = formulier(pad).adres
    pagina, elders, fouten = _open(browser, adres, 390)
    assert _axe(pagina) == []
    pagina.close()
    pagina, elders, fouten = _open(browser, adres)
    veld = "#f-v--achterliggende-hulpvragen--alle-leefgebieden-uitgevraagd"
    assert pagina.locator(f"{veld} .hulp").last.inner_text() == "Beoordelingen: IJZ2 (basis): deels; IGZ1: nee"
    assert "[lege-tekst]" in pagina.locator("#m-v--achterliggende-hulpvragen--alle-leefgebieden-uitgevraagd").inner_text()
    for vraag in ("achterliggende-hulpvragen--alle-leefgebieden-uitgevraagd", "een-gezin-een-plan--regie-inhoud-duidelijk"):
        _tab_naar(pagina, f"#f-v--{vraag} input[type=radio]:checked")
        _kies_radio(pagina, ["ja", "deels", "nee", "onbekend", ""], "nee")
        _tab_naar(pagina, f"#rdn-v--{vraag}")
        pagina.keyboard.type("Samen nagelezen: het staat niet in het dossier.")
    _tab_naar(pagina, "#k-kop--toelichting")
    pagina.keyboard.type("Verschillen besproken.")
    _rustig(pagina)
    getoond = _bewaar(pagina, pad, elders, fouten)
    na = pad.read_text(encoding="utf-8")
    verschil = [r for r in difflib.unified_diff(voor.splitlines(), na.splitlines(), lineterm="", n=0)
                if not r.startswith(("---", "+++", "@@"))]
    assert verschil == ['-toelichting: ""                   # korte samenvatting van het overleg',
                        '+toelichting: "Verschillen besproken." # korte samenvatting van het overleg',
                        *(['-    antwoord:', '-    reden:', '+    antwoord: nee',
                           '+    reden: "Samen nagelezen: het staat niet in het dossier."'] * 2)]
    # beoordeel on the folder: the consensus version has exactly the oordelen the page showed
    resultaat = CliRunner().invoke(app, ["beoordeel", str(tmp_path), "--kaders", str(KADER), "-f", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    consensus = [b for b in json.loads(resultaat.stdout)["beoordelingen"] if b["consensus"]]
    assert len(consensus) == 1
    assert {o["indicator"]: o["oordeel"] for o in consensus[0]["oordelen"]} == getoond
