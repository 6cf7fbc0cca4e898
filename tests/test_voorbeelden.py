"""The bundled voorbeelden: valid, pseudonymous, varied, and a reviewed snapshot of their oordelen.

To update the snapshot after a deliberate change: WIJKTEAMTOETS_SNAPSHOT_BIJWERKEN=1 python -m pytest
tests/test_voorbeelden.py, then review the diff of tests/data/voorbeelden-oordelen.txt.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DATA, REPO
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.cli.commandos import app
from wijkteamtoets.controles.laden import laad_register
from wijkteamtoets.invoer.bestanden import verzamel_bestanden
from wijkteamtoets.invoer.kader import Oordeel

VOORBEELDEN = REPO / "voorbeelden"
SNAPSHOT = DATA / "voorbeelden-oordelen.txt"
GEMEENTEN = ["Almelo", "Bergen op Zoom", "Den Helder", "Doetinchem", "Goeree-Overflakkee", "Gouda"]


@pytest.fixture(scope="module")
def uitslag():  # type: ignore[no-untyped-def]
    register, problemen = laad_register([REPO / "kaders"])
    assert problemen == []
    return toets_bestanden(verzamel_bestanden([VOORBEELDEN]), register)


def test_alle_voorbeelden_zijn_geldig_en_compleet(uitslag) -> None:  # type: ignore[no-untyped-def]
    # the voorbeelden name a bron for few of their negative answers: each such answer is a warning (issue 23)
    assert [p for p in uitslag.problemen if p.code != "bron-ontbreekt"] == []
    assert {p.ernst.value for p in uitslag.problemen} <= {"waarschuwing"}
    assert uitslag.onderzoek is not None and uitslag.onderzoek.status.value == "definitief"
    assert len(uitslag.steekproeven) == 1  # Gouda's steekproef.yaml
    assert len(uitslag.beoordelingen) == len(uitslag.bestanden) - 2  # every file but onderzoek.yaml and steekproef.yaml


def test_zes_gemeenten_met_elk_minstens_tien_dossiers(uitslag) -> None:  # type: ignore[no-untyped-def]
    dossiers = Counter(b.gemeente for b in uitslag.beoordelingen if b.soort == "dossier")
    gemeenten = sorted(b.gemeente for b in uitslag.beoordelingen if b.soort == "gemeente")
    assert gemeenten == GEMEENTEN
    assert set(dossiers) == set(GEMEENTEN)
    assert min(dossiers.values()) >= 10


def test_dossiers_varieren_zoals_een_echte_caseload(uitslag) -> None:  # type: ignore[no-untyped-def]
    from wijkteamtoets.invoer.dossier import Dossier
    from wijkteamtoets.invoer.validatie import valideer
    from wijkteamtoets.invoer.yamlbron import lees_yaml

    dossiers = [valideer(lees_yaml(Path(b.pad)), Dossier) for b in uitslag.beoordelingen
                if b.soort == "dossier" and not b.consensus]
    assert len({d.context.aanmelding_via for d in dossiers}) >= 6
    assert len({len(d.context.gezinssamenstelling) for d in dossiers}) >= 3
    antwoord = lambda d, v: next((a.antwoord.value for b in [d.feiten, *[i.antwoorden for i in d.indicatoren.values()]]  # noqa: E731
                                  for k, a in b.items() if k == v), None)
    for feit in ["veiligheidsrisicos-gesignaleerd", "familiegroepsplan-opgesteld", "dossier-afgesloten",
                 "vrijwillige-hulp-ontoereikend"]:
        assert {antwoord(d, feit) for d in dossiers} >= {"ja", "nee"}, feit
    goed = [b for b in uitslag.beoordelingen if b.soort == "dossier"
            and all(o.oordeel in (Oordeel.VOLDOET, Oordeel.NIET_VAN_TOEPASSING) for o in b.oordelen)]
    assert len(goed) >= 3  # some dossiers are good


def test_minstens_twaalf_dossiers_hebben_twee_beoordelaars_die_verschillen(uitslag) -> None:  # type: ignore[no-untyped-def]
    from wijkteamtoets.beoordelen.dubbel import groepeer

    dubbel = [g for g in groepeer(uitslag.beoordelingen) if g.dubbel]
    assert len(dubbel) >= 12
    for groep in dubbel:
        codes = [b.beoordelaar for b in groep.beoordelingen]
        assert len(set(codes)) == len(codes) == 2, groep.dossier
        assert set(codes) <= set(uitslag.gemeentebestanden[groep.gemeente].beoordelaars), groep.dossier
        antwoorden = [{(o.indicator, v.vraag_id): v.antwoord for o in b.oordelen for v in o.bevindingen}
                      for b in groep.beoordelingen]
        assert antwoorden[0] != antwoorden[1], f"{groep.dossier}: geen enkel verschil in de antwoorden"
    verschillende_oordelen = [g for g in dubbel if [o.oordeel for o in g.beoordelingen[0].oordelen]
                              != [o.oordeel for o in g.beoordelingen[1].oordelen]]
    assert len(verschillende_oordelen) >= 4
    assert any(g.consensus is not None for g in dubbel)


def _snapshot(uitslag) -> str:  # type: ignore[no-untyped-def]
    """Per gemeente: for each indicator the distribution of dossier oordelen (the rating that counts for
    each dossier: its consensus, else its first rating), and the oordelen from the gemeente file."""
    from wijkteamtoets.beoordelen.dubbel import groepeer

    regels = []
    for gemeente in GEMEENTEN:
        regels.append(gemeente)
        eerste = {g.dossier: g.telt for g in groepeer(uitslag.beoordelingen) if g.gemeente == gemeente}
        regels.append(f"  dossiers: {len(eerste)}")
        per_indicator: dict[tuple[str, str], Counter[Oordeel]] = {}
        for b in eerste.values():
            for o in b.oordelen:
                per_indicator.setdefault((o.nummer, o.indicator), Counter())[o.oordeel] += 1
        for (nummer, indicator), telling in sorted(per_indicator.items()):
            verdeling = ", ".join(f"{telling[o]} {o.value}" for o in Oordeel if telling[o])
            regels.append(f"  {nummer} {indicator}: {verdeling}")
        [gemeentebestand] = [b for b in uitslag.beoordelingen if b.gemeente == gemeente and b.soort == "gemeente"]
        for o in gemeentebestand.oordelen:
            regels.append(f"  gemeenteniveau {o.nummer} {o.indicator}: {o.oordeel.value}")
    return "\n".join(regels) + "\n"


def test_snapshot_van_de_oordelen_per_gemeente(uitslag) -> None:  # type: ignore[no-untyped-def]
    actueel = _snapshot(uitslag)
    if os.environ.get("WIJKTEAMTOETS_SNAPSHOT_BIJWERKEN") == "1":
        SNAPSHOT.write_text(actueel, encoding="utf-8")
    assert actueel == SNAPSHOT.read_text(encoding="utf-8")


def test_beoordeel_op_alle_voorbeelden(runner: CliRunner, in_repo: Path) -> None:
    resultaat = runner.invoke(app, ["beoordeel", "voorbeelden/"], env={"COLUMNS": "120"})
    assert resultaat.exit_code == 0, resultaat.output
    # only warnings for negative answers without a bron (the voorbeelden cite few): five of them shown, the
    # rest counted in one line, and the closing count covers all of them
    regels = resultaat.stderr.splitlines()
    meldingen = [r for r in regels[:-2] if not r.startswith("    tip: ")]
    assert len(meldingen) == 5 and all(r.endswith("[bron-ontbreekt]") for r in meldingen)
    assert regels[-2] == ("... en nog 1058 waarschuwingen [bron-ontbreekt]; toon alle meldingen met "
                          "--alle-meldingen")
    assert regels[-1] == "1063 waarschuwingen in 80 van de 86 bestanden."
    for gemeente in GEMEENTEN:
        assert gemeente in resultaat.stdout
    assert "totaal" in resultaat.stdout
