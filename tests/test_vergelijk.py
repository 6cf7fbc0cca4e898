"""Interbeoordelaarsbetrouwbaarheid: the statistics against published worked examples, degenerate cases,
consensus files, and the `vergelijk` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO, verwachte_regels
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.cli.meldingen import VERBORGEN_TIP
from wijkteamtoets.problemen import CODES, toon_pad
from wijkteamtoets.rapportage import betrouwbaarheid
from wijkteamtoets.rapportage.betrouwbaarheid import (
    EEN_CATEGORIE,
    gewogen_kappa,
    kappa_uit_tabel,
    krippendorff_alpha,
    percentage_overeenstemming,
)

CONSENSUS = DATA / "consensus"
N = None


# --- Cohen's kappa -----------------------------------------------------------------------------------

def test_kappa_cohen_1960_tabel_1() -> None:
    """Cohen (1960), 'A coefficient of agreement for nominal scales', Educ. Psychol. Meas. 20, p. 37-46,
    Table 1: 200 cases, three categories; p_o = .70, p_c = .41, kappa = .49."""
    maat = kappa_uit_tabel([[88, 14, 18], [10, 40, 10], [2, 6, 12]], gewogen=False)
    assert maat.n == 200
    assert maat.waarde == pytest.approx((0.70 - 0.41) / (1 - 0.41))
    assert round(maat.waarde, 2) == 0.49


def test_kappa_voorbeeld_wikipedia() -> None:
    """The worked example of the Wikipedia article 'Cohen's kappa' (50 grant proposals, two readers:
    20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): p_o = 0.7, p_e = 0.5, kappa = 0.4."""
    assert kappa_uit_tabel([[20, 5], [10, 15]], gewogen=False).waarde == pytest.approx(0.4)


def test_kappa_en_gewogen_kappa_met_interval_zoals_sas() -> None:
    """SAS/STAT PROC FREQ (AGREE option) printout for the 3x3 table [[0,4,1],[0,8,0],[0,1,5]], as
    reproduced in statsmodels' test suite (stats/tests/test_inter_rater.py): simple kappa 0.4842, ASE
    0.1380, 95% CI 0.2137-0.7547; weighted kappa (Cicchetti-Allison, i.e. linear weights) 0.4701,
    ASE 0.1457, 95% CI 0.1845-0.7558."""
    tabel = [[0, 4, 1], [0, 8, 0], [0, 1, 5]]
    enkel = kappa_uit_tabel(tabel, gewogen=False)
    assert (round(enkel.waarde, 4), round(enkel.onder, 4), round(enkel.boven, 4)) == (0.4842, 0.2137, 0.7547)
    gewogen = kappa_uit_tabel(tabel, gewogen=True)
    assert (round(gewogen.waarde, 4), round(gewogen.onder, 4), round(gewogen.boven, 4)) == (0.4701, 0.1845, 0.7558)


def test_volledige_overeenstemming_geeft_1() -> None:
    maat = gewogen_kappa([(2, 2), (1, 1), (0, 0), (2, 2)])
    assert maat.waarde == 1.0
    assert krippendorff_alpha([[2, 2], [1, 1], [0, 0], [2, 2]], [0, 1, 2]).waarde == 1.0
    assert percentage_overeenstemming([["ja", "ja"], ["nee", "nee"]]).waarde == 1.0


def test_een_categorie_geeft_een_nederlandse_melding_en_geen_deling_door_nul() -> None:
    kappa = gewogen_kappa([(2, 2)] * 5)
    alpha = krippendorff_alpha([[2, 2]] * 5, [0, 1, 2])
    assert (kappa.waarde, kappa.melding) == (None, EEN_CATEGORIE)
    assert (alpha.waarde, alpha.melding) == (None, EEN_CATEGORIE)


def test_een_dossier_geeft_een_nederlandse_melding() -> None:
    melding = "niet te berekenen: 1 dossier met twee beoordelingen; nodig zijn er minstens 2"
    assert gewogen_kappa([(2, 1)]).melding == melding
    assert krippendorff_alpha([[2, 1]], [0, 1, 2]).melding == melding
    assert percentage_overeenstemming([]).melding == "niet te berekenen: geen dossiers met twee beoordelingen"


# --- Krippendorff's alpha ----------------------------------------------------------------------------

# Krippendorff (2011), 'Computing Krippendorff's Alpha-Reliability', Annenberg School for Communication,
# section C (nominal, alpha = 0.743) and D (the same data as ordinal, alpha = 0.815): 4 observers,
# 12 units, values 1-5, with missing values. Here per unit the values of observers A, B, C, D.
KRIPPENDORFF_2011 = [[1, 1, N, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
                     [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [N, 5, 5, 5], [N, N, 1, 1], [N, 3, N, N]]


@pytest.mark.parametrize(("niveau", "gepubliceerd"), [("nominal", 0.743), ("ordinal", 0.815)])
def test_alpha_krippendorff_2011(niveau: str, gepubliceerd: float) -> None:
    maat = krippendorff_alpha(KRIPPENDORFF_2011, [1, 2, 3, 4, 5], niveau)
    assert round(maat.waarde, 3) == gepubliceerd
    assert maat.n == 11  # unit 12 has one value: not pairable
    assert maat.onder is not None and maat.onder <= maat.waarde <= maat.boven


def test_bootstrapinterval_is_deterministisch() -> None:
    eerste = krippendorff_alpha(KRIPPENDORFF_2011, [1, 2, 3, 4, 5])
    betrouwbaarheid._alpha_met_interval.cache_clear()  # resampled again, not remembered from the first call
    assert krippendorff_alpha(KRIPPENDORFF_2011, [1, 2, 3, 4, 5]) == eerste
    zonder = krippendorff_alpha(KRIPPENDORFF_2011, [1, 2, 3, 4, 5], herhalingen=0)
    assert (zonder.waarde, zonder.onder, zonder.boven, zonder.melding) == (eerste.waarde, None, None, "")


# --- consensus files ---------------------------------------------------------------------------------

FOUTE_CONSENSUS = sorted((CONSENSUS / "fout").glob("*.yaml"))


@pytest.mark.parametrize("bestand", FOUTE_CONSENSUS, ids=lambda p: p.name)
def test_fout_consensus_geeft_exacte_melding(bestand: Path, runner: CliRunner, in_repo: Path) -> None:
    verwacht = verwachte_regels(bestand)
    pad = str(bestand.relative_to(REPO))
    andere = [str((CONSENSUS / "beoordelingen").relative_to(REPO))]
    if "dubbel" in bestand.name:
        andere.append(str((CONSENSUS / "akkoord").relative_to(REPO)))
    resultaat = runner.invoke(app, ["beoordeel", *andere, pad])
    alleen_waarschuwingen = all(": waarschuwing: " in r for r in verwacht if not r.startswith("    tip: "))
    assert resultaat.exit_code == (0 if alleen_waarschuwingen else 1), resultaat.output
    getoond = toon_pad(bestand)  # 'fout' and the name of the file follow no naming scheme: their places
    assert resultaat.stderr.splitlines()[:-2] == [r if r.startswith("    tip: ") else f"{getoond}:{r}" for r in verwacht]
    assert resultaat.stderr.splitlines()[-2] == VERBORGEN_TIP


def test_consensuscodes_hebben_een_negatief_voorbeeld() -> None:
    gedekt = {code for bestand in FOUTE_CONSENSUS for regel in verwachte_regels(bestand) for code in CODES
              if regel.endswith(f"[{code}]")}
    assert {code for code in CODES if code.startswith("consensus-")} <= gedekt


def test_consensus_telt_en_de_beoordelingen_staan_eronder(runner: CliRunner, in_repo: Path) -> None:
    paden = [str((CONSENSUS / d).relative_to(REPO)) for d in ("beoordelingen", "akkoord")]
    data = json.loads(runner.invoke(app, ["beoordeel", "-f", "json", *paden]).stdout)
    rijen = [(b["naam"], b["beoordelaar"], b["consensus"], b["telt_mee"]) for b in data["beoordelingen"]]
    assert rijen == [("TST-2016-001", "INS1", False, False), ("TST-2016-001", "INS2", False, False),
                     ("TST-2016-001", "INS1+INS2", True, True)]
    consensus = data["beoordelingen"][2]
    assert data["totaal"] == consensus["telling"]  # the dossier counts once: its consensus
    zelfredzaamheid = next(o for o in consensus["oordelen"] if o["indicator"] == "zelfredzaamheid")
    assert zelfredzaamheid["oordeel"] == "voldoet deels"  # the agreed answer 'deels', not INS1's 'ja'


def test_beoordeel_toont_dubbel_dossier_eenmaal_in_elke_volgorde(runner: CliRunner, in_repo: Path) -> None:
    paden = [str(p.relative_to(REPO)) for p in sorted((CONSENSUS / "beoordelingen").glob("*.yaml"))]
    vooruit = runner.invoke(app, ["beoordeel", "--overzicht", *paden], env={"COLUMNS": "120"})
    achteruit = runner.invoke(app, ["beoordeel", "--overzicht", *reversed(paden)], env={"COLUMNS": "120"})
    assert vooruit.stdout == achteruit.stdout
    regels = vooruit.stdout.splitlines()
    assert sum("TST-2016-001" in r for r in regels) == 1
    assert any("↳" in r and "INS2" in r for r in regels)
    totaal = next(r for r in regels if "totaal" in r)
    assert [int(c) for c in totaal.split("│")[4:9]] == [12, 0, 0, 1, 0]  # counted once, not 24 + 2


# --- the command -------------------------------------------------------------------------------------

def test_vergelijk_voorbeelden_geeft_cijfers_en_verschillen(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["vergelijk", "voorbeelden/", "-f", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    data = json.loads(resultaat.stdout)
    assert data["dossiers"] >= 12
    oordelen = data["cijfers"]["totaal"][0]
    assert 0 < oordelen["overeenstemming"]["waarde"] < 1
    assert oordelen["kappa"]["onder"] < oordelen["kappa"]["waarde"] < oordelen["kappa"]["boven"]
    assert oordelen["alpha"]["onder"] < oordelen["alpha"]["waarde"] <= oordelen["alpha"]["boven"]
    gouda = next(d for d in data["per_dossier"] if d["dossier"] == "GOU-2016-256")
    assert gouda["consensus"] == "IJZ2, IGZ1"
    verschil = next(v for v in gouda["verschillen"] if v["vraag_id"] == "alle-leefgebieden-uitgevraagd")
    assert [(k["beoordelaar"], k["waarde"]) for k in verschil["kanten"]] == [("IJZ2", "deels"), ("IGZ1", "nee")]


def test_vergelijk_zet_toelichting_en_bronnen_naast_elkaar_in_markdown(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["vergelijk", "voorbeelden/gouda/", "-f", "markdown"])
    assert resultaat.exit_code == 0, resultaat.output
    regel = next(r for r in resultaat.stdout.splitlines() if r.startswith("| 1.1.4 | zelfredzaamheid | Is aannemelijk")
                 and "Tweede beoordelaar" in r)
    assert regel.count("|") == 6  # nr, indicator, vraag and one cell per beoordelaar
    assert "bronnen: document: Plan van aanpak" in regel


def test_vergelijk_html_is_ge_escaped(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    doel = tmp_path / "vergelijking.html"
    resultaat = runner.invoke(app, ["vergelijk", "voorbeelden/", "-f", "html", "-o", str(doel)])
    assert resultaat.exit_code == 0, resultaat.output
    html = doel.read_text(encoding="utf-8")
    assert "<h2 id=\"verschillen\">Verschillen per dossier</h2>" in html
    assert "<script" not in html


def test_vergelijk_zonder_dubbele_beoordelingen(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["vergelijk", "tests/data/dossiers/goed/volledig-goed.yaml"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == ("fout: geen dubbel beoordeelde dossiers gevonden: een dossier telt als dubbel "
                                "beoordeeld als er twee bestanden zijn met hetzelfde dossiernummer en een andere "
                                "beoordelaar\n")


def test_consensus_verandert_het_rapport(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    """The consensus of GOU-2016-256 turns its 'voldoet deels' on zelfredzaamheid into 'voldoet niet'."""
    kopie = tmp_path / "zonder"
    subprocess.run(["cp", "-r", "voorbeelden/gouda", str(kopie)], check=True)
    (kopie / "dossiers" / "GOU-2016-256.consensus.yaml").unlink()
    met = runner.invoke(app, ["rapport", "-g", "Gouda", "-f", "markdown", "-o", str(tmp_path / "met.md")])
    zonder = runner.invoke(app, ["rapport", "-g", "Gouda", "-f", "markdown", "--data", str(kopie),
                                 "-o", str(tmp_path / "zonder.md")])
    assert met.exit_code == zonder.exit_code == 0, met.output + zonder.output
    met_tekst, zonder_tekst = (tmp_path / "met.md").read_text(), (tmp_path / "zonder.md").read_text()
    assert "3 van de 12 beoordeelde dossiers voldoen" in met_tekst
    assert "dossier 4 (beoordelaars IJZ2, IGZ1): de consensus van de beoordelaars telt (IJZ2, IGZ1, 9 december 2016)." \
        in met_tekst
    assert ("dossier 4 (beoordelaars IJZ2, IGZ1): geen consensus vastgelegd: de eerste beoordeling telt (vroegste "
            "datum, dan beoordelaarscode).") in zonder_tekst
    assert "| alle oordelen per indicator | 26 | 96% |" in met_tekst
    verdeling = [r for r in met_tekst.splitlines() if "4 voldoet niet" in r or "voldoet niet: 4" in r]
    assert met_tekst != zonder_tekst and verdeling


def test_drie_beoordelingen_geven_alpha_maar_geen_kappa(runner: CliRunner, in_repo: Path, tmp_path: Path) -> None:
    bron = CONSENSUS / "beoordelingen"
    for pad in bron.glob("*.yaml"):
        (tmp_path / pad.name).write_text(pad.read_text(encoding="utf-8"), encoding="utf-8")
    derde = (bron / "TST-2016-001.INS2.yaml").read_text(encoding="utf-8").replace("beoordelaar: INS2", "beoordelaar: INS3")
    (tmp_path / "TST-2016-001.INS3.yaml").write_text(derde.replace("inzet-sluit-aan-op-zelfredzaamheid: ja",
                                                                   "inzet-sluit-aan-op-zelfredzaamheid: nee"),
                                                     encoding="utf-8")
    resultaat = runner.invoke(app, ["vergelijk", "-f", "json", "--kaders", str(REPO / "kaders"), str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    data = json.loads(resultaat.stdout)
    assert (data["dossiers"], data["beoordelingen"]) == (1, 3)
    [dossier] = data["per_dossier"]
    assert dossier["beoordelaars"] == ["INS1", "INS2", "INS3"]
    antwoorden = data["cijfers"]["totaal"][1]
    assert antwoorden["kappa"]["melding"] == ("niet berekend: Cohen's kappa geldt voor precies twee beoordelingen "
                                              "per dossier; zie alpha")
    assert antwoorden["alpha"]["waarde"] is not None  # pooled over the eisen of the one dossier
    # too few dossiers for figures per indicator: one line that says how many are needed (issue 23)
    assert data["cijfers"]["indicatoren"] == []
    assert "1 dossier met meer dan één beoordeling; nodig zijn er minstens 2" in data["cijfers_melding"]


@pytest.mark.proces
def test_andere_commandos_laden_statsmodels_niet(tmp_path: Path) -> None:
    """statsmodels costs seconds to import: only `vergelijk` may load it; `beoordeel` does not load scipy either
    (`rapport` may: the upper bound of a steekproef is a Clopper-Pearson bound)."""
    code = ("import sys; from typer.testing import CliRunner; from wijkteamtoets.cli.commandos import app; "
            "a = CliRunner().invoke(app, ['beoordeel', 'voorbeelden/gouda']).exit_code; "
            "s = 'scipy' in sys.modules; "
            "b = CliRunner().invoke(app, ['rapport', '-g', 'Gouda', '-f', 'markdown', '-o', sys.argv[1]]).exit_code; "
            "print(a, b, 'statsmodels' in sys.modules, s); "
            "CliRunner().invoke(app, ['vergelijk', 'voorbeelden/gouda']); print('statsmodels' in sys.modules)")
    uit = subprocess.run([sys.executable, "-c", code, str(tmp_path / "gouda.md")], cwd=REPO,
                         capture_output=True, text=True, check=True)
    assert uit.stdout.splitlines() == ["0 0 False False", "True"]


def test_overkoepelend_noemt_dubbele_dossiers_zonder_dossiernummer(runner: CliRunner, in_repo: Path,
                                                                    tmp_path: Path) -> None:
    resultaat = runner.invoke(app, ["rapport", "--alle", "-f", "markdown", "-o", str(tmp_path)])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (tmp_path / "overkoepelend.md").read_text(encoding="utf-8")
    assert "- Gouda, dossier 4 (beoordelaars IJZ2, IGZ1): de consensus van de beoordelaars telt" in tekst
    assert "GOU-2016-256" not in tekst


@pytest.mark.parametrize("formaat", ["tekst", "markdown", "html"])
def test_vergelijk_maakt_tekst_uit_bestanden_onschadelijk(formaat: str, runner: CliRunner, tmp_path: Path) -> None:
    bron = CONSENSUS / "beoordelingen"
    (tmp_path / "TST-2016-001.yaml").write_text((bron / "TST-2016-001.yaml").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    tweede = (bron / "TST-2016-001.INS2.yaml").read_text(encoding="utf-8").replace(
        "      zelfredzaamheid-ingeschat: {antwoord: deels, bronnen: [{interview: teamleider}]}",
        '      zelfredzaamheid-ingeschat:\n        antwoord: deels\n        bronnen: [{interview: teamleider}]\n'
        '        toelichting: "<img src=x> [klik](http://x) \\e[31mrood"')
    assert "<img" in tweede  # the toelichting is planted
    (tmp_path / "TST-2016-001.INS2.yaml").write_text(tweede, encoding="utf-8")
    resultaat = runner.invoke(app, ["vergelijk", "-f", formaat, "--kaders", str(REPO / "kaders"), str(tmp_path)],
                              env={"COLUMNS": "200"})
    assert resultaat.exit_code == 0, resultaat.output
    assert "\x1b" not in resultaat.stdout  # the escape character itself never reaches the output
    if formaat == "markdown":  # shown literally: no HTML, no link
        assert r"\<img src=x\> \[klik\](http://x) \\x1b\[31mrood" in resultaat.stdout
    elif formaat == "html":
        assert "&lt;img src=x&gt; [klik](http://x) \\x1b[31mrood" in resultaat.stdout
        assert "<img" not in resultaat.stdout
    else:
        assert r"<img src=x> [klik](http://x) \x1b[31mrood" in resultaat.stdout


def test_schema_consensus_is_voor_elk_kader_hetzelfde(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["schema", "consensus", "--kader", "toezicht-wijkteams-2017"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr == ("fout: --kader hoort bij 'schema dossier' of 'schema gemeente'\n"
                                "tip: het schema van consensusbestanden is voor elk kader hetzelfde\n")
