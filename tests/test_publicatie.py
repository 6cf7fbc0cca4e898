"""A publishable inspection: the onderzoek as data, status, aanbevelingen, hoor en wederhoor, the kader as
bijlage, the PDF and the colour palette."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from conftest import DATA, KADER, REPO, stabiel
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.invoer.kader import Oordeel
from wijkteamtoets.invoer.schema import json_schema_tekst
from wijkteamtoets.problemen import toon_pad
from wijkteamtoets.rapportage.inhoud import tegenstrijdigheden

VOORBEELDEN = REPO / "voorbeelden"
BASIS = REPO / "src" / "wijkteamtoets" / "rapportage" / "sjablonen" / "basis.html.j2"
GOUDA_ZIN = "De Sociale Teams zijn toegankelijk en betrekken ouders en kinderen bij de hulpvraag."


def _indicatoren() -> list[tuple[str, str]]:
    """(tekst, operationalisering) of every indicator of the shipped kader."""
    kader = yaml.safe_load(KADER.read_text(encoding="utf-8"))
    return [(i["tekst"], i["operationalisering"]) for t in kader["themas"] for c in t["criteria"]
            for i in c["indicatoren"]]


def _gewoon(tekst: str) -> str:
    """Text with all whitespace runs as one space (PDF text and HTML wrap lines anywhere)."""
    return " ".join(tekst.split())


def _html_tekst(html: str) -> str:
    return _gewoon(re.sub(r"<[^>]+>", " ", html).replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&"))


def _kopie(tmp_path: Path, status: str | None = None) -> Path:
    """A copy of the voorbeelden, optionally with another status in onderzoek.yaml."""
    data = tmp_path / "data"
    shutil.copytree(VOORBEELDEN, data)
    if status is not None:
        pad = data / "onderzoek.yaml"
        pad.write_text(pad.read_text(encoding="utf-8").replace("status: definitief", f"status: {status}"),
                       encoding="utf-8")
    return data


def _rapport(runner: CliRunner, *argumenten: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["rapport", "--kaders", str(REPO / "kaders"), *argumenten])


# --- the onderzoek file -------------------------------------------------------------------------------------


def test_voorbeelden_hebben_onderzoek_aanbevelingen_en_twee_keer_wederhoor() -> None:
    onderzoek = yaml.safe_load((VOORBEELDEN / "onderzoek.yaml").read_text(encoding="utf-8"))
    assert onderzoek["status"] == "definitief" and onderzoek["aanbevelingen"]
    gemeenten = {p.parent.name: yaml.safe_load(p.read_text(encoding="utf-8"))
                 for p in VOORBEELDEN.glob("*/gemeente.yaml")}
    assert len(gemeenten) == 6 and all(g["aanbevelingen"] for g in gemeenten.values())
    assert all("wederhoor" in g for g in gemeenten.values())  # a definitief onderzoek needs it for each
    afhandelingen = {naam: {p["afhandeling"] for p in g["wederhoor"].get("punten", [])}
                     for naam, g in gemeenten.items()}
    assert afhandelingen["gouda"] >= {"aangepast"}
    assert afhandelingen["almelo"] == {"niet aangepast"}
    assert gemeenten["den-helder"]["wederhoor"] == {"geen_reactie": dt.date(2017, 2, 17)}


def test_schema_van_onderzoek_accepteert_het_voorbeeld_en_weigert_een_fout() -> None:
    schema = json.loads(json_schema_tekst("onderzoek"))
    data = yaml.safe_load((VOORBEELDEN / "onderzoek.yaml").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(data, default=str))  # dates as an editor sees them
    jsonschema.validate(data, schema)
    data["status"] = "klaar"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_onderzoek_yaml_is_geen_dossier(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "voorbeelden/"])
    assert resultaat.exit_code == 0, resultaat.output
    assert "onderzoek.yaml" not in resultaat.output


def test_twee_onderzoeksbestanden_is_een_fout(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    shutil.copy(data / "onderzoek.yaml", data / "gouda" / "tweede.onderzoek.yaml")
    resultaat = _rapport(runner, "--gemeente", "Gouda", "--data", str(data), "-o", str(tmp_path / "uit"))
    assert resultaat.exit_code == 1
    # files are read in sorted order: gouda/tweede.onderzoek.yaml first
    getoond = toon_pad(data)  # the folders of pytest are stand-ins; tweede.onderzoek.yaml is the fifth in gouda/
    assert stabiel(resultaat.stderr).startswith(stabiel(f"{getoond}/onderzoek.yaml:3:1: er is al een onderzoeksbestand: "
                                                        f"{getoond}/gouda/[bestand 5] [onderzoek-dubbel]\n")), resultaat.stderr
    assert not (tmp_path / "uit").exists()


def test_nieuw_onderzoek_maakt_een_invulbestand_met_elk_veld(runner: CliRunner, tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["nieuw", "onderzoek", "--uitvoer", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "onderzoek.yaml").read_text(encoding="utf-8")
    velden = json.loads(json_schema_tekst("onderzoek"))["properties"]
    assert set(yaml.safe_load(tekst)) == set(velden)
    assert "status: concept" in tekst
    assert runner.invoke(app, ["nieuw", "onderzoek", "--uitvoer", str(tmp_path)]).exit_code == 2  # exists


# --- status, wederhoor and the concept ----------------------------------------------------------------------


def test_definitief_deelrapport_heeft_aanbevelingen_wederhoor_en_het_hele_kader(runner: CliRunner,
                                                                               tmp_path: Path, in_repo: Path) -> None:
    resultaat = _rapport(runner, "--gemeente", "Gouda", "-o", str(tmp_path))
    assert resultaat.exit_code == 0, resultaat.output
    html = (tmp_path / "deelrapport-gouda.html").read_text(encoding="utf-8")
    tekst = _html_tekst(html)
    assert "CONCEPT" not in html and "Let op (alleen in het concept)" not in tekst
    assert "Utrecht, maart 2017" in tekst and "Versie 1.0, definitief" in tekst
    for kop in ["Colofon", "Samenvatting", "Inleiding en het onderzoek", "Conclusies", "Aanbevelingen", "Vervolg",
                "Hoor en wederhoor", "Verantwoording", "Bijlage 1: "]:
        assert f">{kop}" in html, kop
    assert ("Spreek af welk Sociaal Team de regie voert bij een gezin dat met beide teams te maken heeft, en maak "
            "één plan voor het hele gezin.") in tekst
    assert ("De reactie van het college van burgemeester en wethouders is ontvangen op 10 februari 2017 en bevat 3 "
            "punten. 2 punten leidden tot een aanpassing van het rapport; 1 niet, met de reden hieronder.") in tekst
    for indicator, operationalisering in _indicatoren():
        assert _gewoon(indicator) in tekst and _gewoon(operationalisering) in tekst


def test_concept_draagt_de_markering_en_wijst_de_tegenstrijdigheid_aan(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path, "voor wederhoor")
    resultaat = _rapport(runner, "--gemeente", "Gouda", "--data", str(data), "-o", str(tmp_path / "uit"))
    assert resultaat.exit_code == 0, resultaat.output
    html = (tmp_path / "uit" / "deelrapport-gouda.html").read_text(encoding="utf-8")
    tekst = _html_tekst(html)
    assert "<title>CONCEPT – Deelrapport Gouda" in html
    assert "CONCEPT (voor wederhoor): dit rapport is nog niet definitief en niet openbaar." in tekst
    assert ("Let op (alleen in het concept): de geschreven conclusie en de afgeleide oordelen wijzen een andere "
            "kant op. Deze zin klinkt positief, terwijl de thema's overwegend 'voldoet niet' als oordeel hebben: "
            f'"{GOUDA_ZIN}"') in tekst
    assert "Hoor en wederhoor" not in tekst  # the reaction belongs in the definitive report


def test_definitief_kan_niet_met_een_open_punt(runner: CliRunner, tmp_path: Path) -> None:
    data = _kopie(tmp_path)
    pad = data / "gouda" / "gemeente.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.replace("      afhandeling: niet aangepast\n", "", 1), encoding="utf-8")
    resultaat = _rapport(runner, "--gemeente", "Gouda", "--data", str(data), "-o", str(tmp_path / "uit"))
    assert resultaat.exit_code == 1
    regel = next(i for i, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1)
                 if "heeft een verbeterplan" in r)
    assert (f"gouda/gemeente.yaml:{regel}:7: punt 3 van de reactie van Gouda heeft nog geen afhandeling; het "
            "rapport kan niet definitief worden [wederhoor-open]") in resultaat.stderr
    assert "Geen rapport geschreven" in resultaat.stderr and not (tmp_path / "uit").exists()
    # the same file is fine for a concept
    onderzoek = data / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8").replace("status: definitief", "status: concept"),
                         encoding="utf-8")
    assert _rapport(runner, "--gemeente", "Gouda", "--data", str(data), "-o", str(tmp_path / "uit")).exit_code == 0


def test_gesprekken_alleen_als_de_gegevens_ze_vastleggen(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "rapport" / "testdorp", data)
    argumenten = ["--gemeente", "Testdorp", "--data", str(data), "--kaders", str(DATA / "rapport" / "kaders")]
    runner.invoke(app, ["rapport", *argumenten, "-o", str(tmp_path / "met")])
    met = _html_tekst((tmp_path / "met" / "deelrapport-testdorp.html").read_text(encoding="utf-8"))
    assert "en voerden gesprekken met" in met
    for pad in data.rglob("*.yaml"):  # drop every interview from the data
        regels = pad.read_text(encoding="utf-8").splitlines(keepends=True)
        pad.write_text("".join(r for r in regels if "interview:" not in r), encoding="utf-8")
    resultaat = runner.invoke(app, ["rapport", *argumenten, "-o", str(tmp_path / "zonder")])
    assert resultaat.exit_code == 0, resultaat.output
    zonder = _html_tekst((tmp_path / "zonder" / "deelrapport-testdorp.html").read_text(encoding="utf-8"))
    assert "gesprek" not in zonder.replace("De gegevens leggen geen gesprekken op gemeenteniveau vast.", "")
    assert "De gegevens leggen geen gesprekken op gemeenteniveau vast." in zonder


def test_tekst_uit_het_onderzoek_wordt_ge_escaped(runner: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA / "rapport" / "testdorp", data)
    onderzoek = yaml.safe_load((VOORBEELDEN / "onderzoek.yaml").read_text(encoding="utf-8"))
    onderzoek["vervolg"] = "<script>alert(1)</script> | " + onderzoek["vervolg"]
    onderzoek.pop("conclusies")  # the thema ids of the shipped kader are not in the mini kader
    onderzoek["aanbevelingen"] = [a["tekst"] if isinstance(a, dict) else a for a in onderzoek["aanbevelingen"]]
    onderzoek["status"] = "concept"  # Testdorp has no wederhoor
    (data / "onderzoek.yaml").write_text(yaml.safe_dump(onderzoek, allow_unicode=True), encoding="utf-8")
    argumenten = ["--alle", "--data", str(data), "--kaders", str(DATA / "rapport" / "kaders")]
    assert runner.invoke(app, ["rapport", *argumenten, "-o", str(tmp_path / "html")]).exit_code == 0
    assert runner.invoke(app, ["rapport", *argumenten, "-f", "markdown", "-o", str(tmp_path / "md")]).exit_code == 0
    for pad in [*(tmp_path / "html").iterdir(), *(tmp_path / "md").iterdir()]:
        inhoud = pad.read_text(encoding="utf-8")
        assert "<script>" not in inhoud and "&lt;script&gt;alert(1)&lt;/script&gt;" in inhoud, pad.name


def test_tegenstrijdigheden() -> None:
    niet = [Oordeel.VOLDOET_NIET] * 3
    conclusie = GOUDA_ZIN + " De splitsing maakt dat één plan vaak ontbreekt."
    assert tegenstrijdigheden(conclusie, niet) == {"zinnen": [GOUDA_ZIN], "zinnen_klinken": "positief",
                                                   "oordeel": "voldoet niet"}
    assert tegenstrijdigheden("Het team werkt zorgvuldig, maar de regie ontbreekt.", niet) is None
    assert tegenstrijdigheden("De veiligheid wordt niet ingeschat.", [Oordeel.VOLDOET] * 3) == {
        "zinnen": ["De veiligheid wordt niet ingeschat."], "zinnen_klinken": "negatief", "oordeel": "voldoet"}
    gemengd = [Oordeel.VOLDOET, Oordeel.VOLDOET_DEELS, Oordeel.VOLDOET_NIET]
    assert tegenstrijdigheden(GOUDA_ZIN, gemengd) is None


def test_markdown_heeft_dezelfde_delen(runner: CliRunner, tmp_path: Path, in_repo: Path) -> None:
    assert _rapport(runner, "--alle", "-f", "markdown", "-o", str(tmp_path)).exit_code == 0
    gouda = (tmp_path / "deelrapport-gouda.md").read_text(encoding="utf-8")
    koppen = [r for r in gouda.splitlines() if r.startswith("## ")]
    assert koppen[:2] == ["## Samenvatting", "## Inleiding en het onderzoek"]
    assert koppen[-5:] == ["## Vervolg", "## Hoor en wederhoor", "## Afwijkingen van het afgeleide oordeel",
                           "## Verantwoording", "## Bijlage 1: " + yaml.safe_load(KADER.read_text(encoding="utf-8"))["titel"]]
    assert "| het rapport als geheel | De gemeente herkent het beeld en heeft een verbeterplan opgesteld. | niet " \
           "aangepast |" in gouda
    overkoepelend = (tmp_path / "overkoepelend.md").read_text(encoding="utf-8")
    for indicator, _ in _indicatoren():
        assert _gewoon(indicator) in _gewoon(overkoepelend)


# --- PDF ----------------------------------------------------------------------------------------------------


def _pdf_paginas(pad: Path) -> tuple[list[str], object]:
    from pypdf import PdfReader

    lezer = PdfReader(pad)
    return [_gewoon(pagina.extract_text()) for pagina in lezer.pages], lezer


def _romptekst(pagina) -> str:  # type: ignore[no-untyped-def]
    """The text of a page between its top and bottom margins (22 mm and 20 mm): not the running header, not
    the page number."""
    delen: list[str] = []

    def bezoek(tekst: str, cm: list[float], tm: list[float], *_: object) -> None:
        boven = tm[5] * abs(cm[3]) if cm[3] < 0 else float(pagina.mediabox.height) - (cm[5] + tm[5] * cm[3])
        if 62 < boven < float(pagina.mediabox.height) - 57:
            delen.append(tekst)

    pagina.extract_text(visitor_text=bezoek)
    return "".join(delen)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Both kinds of PDF (definitief) and the Gouda deelrapport as a concept, made from the onderzoek with two of
    its gemeenten (Gouda and Almelo): typesetting is the slow part, and the other four deelrapporten would only
    repeat the checks on the same template."""
    map_ = tmp_path_factory.mktemp("pdf")
    data = map_ / "data"
    for deel in ("gouda", "almelo"):
        shutil.copytree(VOORBEELDEN / deel, data / deel)
    shutil.copy(VOORBEELDEN / "onderzoek.yaml", data / "onderzoek.yaml")
    runner = CliRunner()
    resultaat = _rapport(runner, "--alle", "--formaat", "pdf", "--data", str(data), "-o", str(map_ / "def"))
    assert resultaat.exit_code == 0, resultaat.output
    assert sorted(p.name for p in (map_ / "def").iterdir()) == [
        "deelrapport-almelo.pdf", "deelrapport-gouda.pdf", "overkoepelend.pdf"]
    onderzoek = data / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8").replace("status: definitief", "status: voor wederhoor"),
                         encoding="utf-8")
    resultaat = _rapport(runner, "--gemeente", "Gouda", "--formaat", "pdf", "--data", str(data),
                         "-o", str(map_ / "concept"))
    assert resultaat.exit_code == 0, resultaat.output
    return {"gouda": map_ / "def" / "deelrapport-gouda.pdf", "overkoepelend": map_ / "def" / "overkoepelend.pdf",
            "concept": map_ / "concept" / "deelrapport-gouda.pdf"}


@pytest.mark.pdf
@pytest.mark.parametrize("soort", ["gouda", "overkoepelend"])
def test_pdf_is_getagd_met_paginanummers_en_het_hele_kader(pdfs: dict[str, Path], soort: str) -> None:
    paginas, lezer = _pdf_paginas(pdfs[soort])
    catalogus = lezer.trailer["/Root"]  # type: ignore[attr-defined]
    assert bool(catalogus["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in catalogus
    assert catalogus["/Lang"] == "nl"
    assert b"pdfuaid:part" in catalogus["/Metadata"].get_data()  # PDF/UA-1 identification
    assert lezer.metadata.title  # type: ignore[attr-defined]
    assert len(paginas) > 5
    for nummer, tekst in enumerate(paginas, 1):
        if nummer > 1:  # not on the title page
            assert f"Pagina {nummer} van {len(paginas)}" in tekst, nummer
    # no page holds only the running header and the page number: every page has text in its body
    for nummer, pagina in enumerate(lezer.pages, 1):  # type: ignore[attr-defined]
        assert _romptekst(pagina).strip(), (nummer, paginas[nummer - 1])
    alles = " ".join(paginas)
    assert "CONCEPT" not in alles
    # the inhoudsopgave has page numbers, and they are right
    inhoud = next(t for t in paginas if re.search(r"Inhoud (Samenvatting|Inleiding en het onderzoek) \.{3,} ?\d+", t))
    bijlage = re.search(r"Bijlage 1: [^.]*?\.{3,} ?(\d+)", inhoud)
    assert bijlage, inhoud
    assert " Bijlage 1: Toezichtkader" in " " + paginas[int(bijlage.group(1)) - 1]
    assert "Aanbevelingen" in alles and "Vervolg" in alles
    for indicator, _ in _indicatoren():
        assert _gewoon(indicator) in alles, indicator


@pytest.mark.pdf
def test_pdf_deelrapport_heeft_aanbevelingen_en_wederhoor(pdfs: dict[str, Path]) -> None:
    alles = " ".join(_pdf_paginas(pdfs["gouda"])[0])
    assert "Zet bij elke aanmelding met veiligheidsrisico's een risicotaxatie-instrument in en leg de uitkomst vast." \
        in alles
    assert "Hoor en wederhoor" in alles and "niet aangepast" in alles


@pytest.mark.pdf
def test_pdf_concept_heeft_op_elke_pagina_de_markering(pdfs: dict[str, Path]) -> None:
    paginas, _ = _pdf_paginas(pdfs["concept"])
    assert len(paginas) > 5
    for nummer, tekst in enumerate(paginas, 1):
        assert "CONCEPT – voor wederhoor, niet openbaar" in tekst, nummer


def test_zonder_weasyprint_een_nette_fout(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          in_repo: Path) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    resultaat = _rapport(runner, "--gemeente", "Gouda", "--formaat", "pdf", "-o", str(tmp_path))
    assert resultaat.exit_code == 1
    assert resultaat.stderr.startswith("fout: PDF maken lukt niet: WeasyPrint of de Pango-bibliotheken ontbreken")
    assert list(tmp_path.iterdir()) == []


# --- colours ------------------------------------------------------------------------------------------------


def _palet(css: str) -> dict[str, str]:
    """The bar colours per oordeel from the stylesheet: '.s-voldoet { background: #1f5fa8; ...'."""
    return dict(re.findall(r"\.s-(\w+) \{ background: (#[0-9a-f]{6});", css))


def _kleinste_afstand(palet: dict[str, str], soort: str) -> tuple[float, str, str]:
    """The smallest colour difference (ΔE in CAM02-UCS) between two oordelen, as seen with `soort` of colour
    vision (Machado et al. 2009 simulation at full severity)."""
    import numpy as np
    from colorspacious import cspace_convert, deltaE

    def gezien(kleur: str) -> object:
        rgb = np.array([int(kleur[i:i + 2], 16) for i in (1, 3, 5)]) / 255
        if soort == "normaal":
            return rgb
        return np.clip(cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": soort, "severity": 100}, "sRGB1"), 0, 1)

    return min((float(deltaE(gezien(a), gezien(b))), x, y)
               for (x, a), (y, b) in itertools.combinations(palet.items(), 2))


@pytest.mark.parametrize("soort", ["normaal", "deuteranomaly", "protanomaly"])
def test_kleuren_blijven_onderscheidbaar_bij_kleurenblindheid(soort: str) -> None:
    palet = _palet(BASIS.read_text(encoding="utf-8"))
    assert set(palet) == {"voldoet", "deels", "niet", "nvt", "ntb"}
    afstand, a, b = _kleinste_afstand(palet, soort)
    assert afstand >= 25, f"{a} en {b} lijken op elkaar ({soort}: ΔE {afstand:.1f})"


def test_het_oude_palet_zakt_voor_de_kleurentest() -> None:
    """The check can fail: the earlier green and red were nearly the same for deuteranopes."""
    oud = {"voldoet": "#4c9a50", "deels": "#e0b43a", "niet": "#c94a4a", "nvt": "#b9b9b9", "ntb": "#9a7fc2"}
    afstand, a, b = _kleinste_afstand(oud, "deuteranomaly")
    assert (a, b) == ("voldoet", "niet") and afstand < 5


def test_elke_balk_heeft_tekens_aantallen_en_een_legenda(runner: CliRunner, tmp_path: Path, in_repo: Path) -> None:
    assert _rapport(runner, "--alle", "-o", str(tmp_path)).exit_code == 0
    for pad in tmp_path.glob("*.html"):
        html = pad.read_text(encoding="utf-8")
        balken = re.findall(r'<figure class="grafiek">(.*?)</figure>', html, re.S)
        assert balken, pad.name
        for balk in balken:
            assert 'role="img" aria-label="' in balk
            assert balk.count('<li><span class="staal s-') == 5  # legend: every oordeel with its count
            segmenten = re.findall(r'<span class="seg s-(\w+)" style="width: ([\d.]+)%"[^>]*>([^<]*)</span>', balk)
            assert segmenten
            for _, breedte, label in segmenten:  # wide segments carry symbol and count
                assert float(breedte) < 8 or re.fullmatch(r"[✔◐✘–?] \d+", label), (pad.name, label)
