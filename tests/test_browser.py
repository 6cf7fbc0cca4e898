"""The HTML reports in a real browser (headless Chromium, driven by Playwright).

Chromium comes from Debian's package `chromium`, which `.ci/run` installs; a test installs nothing. Marked
`browser` (slow: a real browser), and run in CI like every other test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO
from wijkteamtoets.cli.commandos import app

TESTDORP = DATA / "rapport"
VLAGGEN = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"]
XSS = "<script>alert(1)</script>"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium, installed by `.ci/run` (tests install nothing). In CI a missing Chromium fails the
    run; at a desk without it the browser tests are skipped with the reason."""
    pad = shutil.which("chromium") or shutil.which("chromium-browser")
    if pad is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium ontbreekt; .ci/run installeert het (apt-get install chromium)")
        pytest.skip("Chromium ontbreekt; installeer het met apt-get install chromium, of draai .ci/run")
    return pad


@pytest.fixture(scope="session")
def rapporten(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Testdorp reports, with a toelichting that tries to run a script."""
    map_ = tmp_path_factory.mktemp("browser")
    data = map_ / "data"
    shutil.copytree(TESTDORP / "testdorp", data)
    pad = data / "dossiers" / "TD-2016-002.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("Geen inschatting gemaakt.", XSS), encoding="utf-8")
    resultaat = CliRunner().invoke(app, ["rapport", "--alle", "--data", str(data), "--kaders",
                                         str(TESTDORP / "kaders"), "-o", str(map_ / "uit")])
    assert resultaat.exit_code == 0, resultaat.output
    return map_ / "uit"


@pytest.fixture(scope="module")  # one Playwright per thread at a time: test_invullen_browser.py starts its own
def browser(chromium: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=VLAGGEN, headless=True)
        yield browser
        browser.close()


def _open(browser, pad: Path):  # type: ignore[no-untyped-def]
    """Open a report; return the page and what it did: console errors, dialogs, network requests."""
    pagina = browser.new_page(viewport={"width": 1100, "height": 1400})
    gebeurd: dict[str, list[str]] = {"fouten": [], "dialogen": [], "netwerk": []}
    pagina.on("console", lambda bericht: gebeurd["fouten"].append(bericht.text) if bericht.type == "error" else None)
    pagina.on("pageerror", lambda fout: gebeurd["fouten"].append(str(fout)))
    pagina.on("dialog", lambda dialoog: (gebeurd["dialogen"].append(dialoog.message), dialoog.dismiss()))

    def verzoek(route) -> None:  # type: ignore[no-untyped-def]
        if not route.request.url.startswith("file://"):
            gebeurd["netwerk"].append(route.request.url)
            route.abort()
        else:
            route.continue_()

    pagina.route("**/*", verzoek)
    pagina.goto(pad.as_uri())
    pagina.wait_for_load_state("load")
    return pagina, gebeurd


def test_deelrapport_in_de_browser(browser, rapporten: Path) -> None:  # type: ignore[no-untyped-def]
    pagina, gebeurd = _open(browser, rapporten / "deelrapport-testdorp.html")
    assert gebeurd == {"fouten": [], "dialogen": [], "netwerk": []}
    for kop in ["Het wijkteam en kwetsbare gezinnen in Testdorp", "Samenvatting", "Het lokale netwerk",
                "Thema 1: Thema A", "Afwijkingen van het afgeleide oordeel", "Verantwoording"]:
        assert pagina.get_by_role("heading", name=kop, exact=True).is_visible(), kop
    assert pagina.get_by_text("1 van de 2 beoordeelde dossiers voldoet (50%)").is_visible()
    assert pagina.get_by_text("In het interview bleek de regie helder belegd.").is_visible()
    # the toelichting with a script tag is shown as text and has not run
    assert pagina.get_by_text(XSS, exact=True).is_visible()
    assert pagina.evaluate("document.querySelectorAll('script').length") == 0
    screenshot = rapporten / "deelrapport.png"
    pagina.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 20_000
    pdf = rapporten / "deelrapport.pdf"
    pagina.pdf(path=str(pdf), format="A4", print_background=True)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.read_bytes().count(b"/Type /Page") >= 3
    pagina.close()


def test_overkoepelend_rapport_in_de_browser(browser, rapporten: Path) -> None:  # type: ignore[no-untyped-def]
    pagina, gebeurd = _open(browser, rapporten / "overkoepelend.html")
    assert gebeurd == {"fouten": [], "dialogen": [], "netwerk": []}
    assert pagina.get_by_role("heading", name="Oordelen per gemeente en indicator").is_visible()
    rij = pagina.locator("table.matrix tbody tr")
    assert rij.count() == 1
    assert rij.first.locator("th").inner_text() == "Testdorp"
    assert rij.first.locator("td span[aria-hidden=true]").all_inner_texts() == ["◐", "◐", "✘"]
    assert rij.first.locator("td .sr-only").all_inner_texts() == ["voldoet deels", "voldoet deels", "voldoet niet"]
    assert pagina.get_by_role("link", name="Testdorp").first.get_attribute("href") == "deelrapport-testdorp.html"
    screenshot = rapporten / "overkoepelend.png"
    pagina.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    pagina.pdf(path=str(rapporten / "overkoepelend.pdf"), format="A4")
    pagina.close()


@pytest.fixture(scope="session")
def voorbeeldrapporten(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reports of the voorbeelden: six deelrapporten and the overarching report with its wide matrix."""
    map_ = tmp_path_factory.mktemp("voorbeelden")
    resultaat = CliRunner().invoke(app, ["rapport", "--alle", "--data", str(REPO / "voorbeelden"), "--kaders",
                                         str(REPO / "kaders"), "-o", str(map_)])
    assert resultaat.exit_code == 0, resultaat.output
    return map_


@pytest.mark.parametrize("naam", ["deelrapport-gouda.html", "overkoepelend.html"])
def test_op_een_telefoon_scrollt_de_pagina_niet_opzij(browser, voorbeeldrapporten: Path, naam: str) -> None:  # type: ignore[no-untyped-def]
    pagina = browser.new_page(viewport={"width": 390, "height": 844})
    pagina.goto((voorbeeldrapporten / naam).as_uri())
    breedte = pagina.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert breedte[0] <= breedte[1], f"de pagina is {breedte[0]} px breed op een scherm van {breedte[1]} px"
    # wide tables scroll inside their own box, which a keyboard user can reach
    rollen = pagina.locator("div.tabelrol")
    assert rollen.count() > 0
    if naam == "overkoepelend.html":
        matrix = pagina.locator("div.tabelrol:has(table.matrix)")
        assert matrix.evaluate("e => e.scrollWidth > e.clientWidth")  # the matrix is wider than the phone ...
        assert matrix.get_attribute("tabindex") == "0"  # ... and scrolls in its own box
    pagina.close()


@pytest.mark.parametrize("naam", ["deelrapport-gouda.html", "overkoepelend.html"])
@pytest.mark.parametrize("breedte", [390, 1100])
def test_axe_vindt_geen_ernstige_toegankelijkheidsproblemen(browser, voorbeeldrapporten: Path, naam: str,  # type: ignore[no-untyped-def]
                                                           breedte: int) -> None:
    from axe_playwright_python.sync_playwright import Axe

    pagina = browser.new_page(viewport={"width": breedte, "height": 900})
    pagina.goto((voorbeeldrapporten / naam).as_uri())
    uitkomst = Axe().run(pagina, options={"resultTypes": ["violations"],
                                          "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa",
                                                                               "best-practice"]}})
    ernstig = [f"{v['id']} ({v['impact']}): {v['help']}; {[n['target'] for n in v['nodes']][:3]}"
               for v in uitkomst.response["violations"] if v["impact"] in ("serious", "critical")]
    assert ernstig == []
    pagina.close()
