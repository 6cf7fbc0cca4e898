"""Gwet's AC1 beside kappa and alpha, and one line when there are too few pairs (issue 23, item 6)."""

from __future__ import annotations

import pytest

from conftest import DATA, REPO
from wijkteamtoets.cli import app
from wijkteamtoets.rapportage.betrouwbaarheid import MINIMAAL_PAREN, gewogen_kappa, te_weinig_paren
from wijkteamtoets.rapportage.gwet import gwet_ac1, tabel_uit_paren


def test_ac1_zoals_gepubliceerd_door_gwet_2014() -> None:
    """Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed.: 100 pregnant women classified by two
    abstractors (Ectopic, AIU, NIU); AC1 = 0.8493, standard error 0.0432, 95% interval 0.7636 to 0.9351."""
    ac1, fout, onder, boven = gwet_ac1([[13, 0, 0], [0, 20, 7], [0, 4, 56]])  # type: ignore[misc]
    assert (round(ac1, 4), round(fout, 4), round(onder, 4), round(boven, 4)) == (0.8493, 0.0432, 0.7636, 0.9351)


def test_ac1_blijft_hoog_waar_kappa_inzakt() -> None:
    """Almost every answer 'ja' and the two beoordelaars agree on 18 of 20: kappa is about 0, AC1 high."""
    paren = [(2, 2)] * 18 + [(2, 1), (1, 2)]
    kappa = gewogen_kappa(paren)
    ac1 = gwet_ac1(tabel_uit_paren(paren, 3))
    assert kappa.waarde is not None and kappa.waarde < 0.05
    assert ac1 is not None and ac1[0] > 0.85


def test_te_weinig_paren_is_een_regel() -> None:
    assert MINIMAAL_PAREN == 2
    assert te_weinig_paren(1) == (
        "per indicator en per eis zijn kappa, AC1 en alpha niet te berekenen: 1 dossier met meer dan één beoordeling; "
        "nodig zijn er minstens 2 (voor een smal interval tientallen); de totalen hierboven tellen elk dossier × "
        "indicator en dossier × eis")


def test_vergelijk_met_een_dubbel_dossier_zegt_het_in_een_regel(runner, in_repo) -> None:  # type: ignore[no-untyped-def]
    resultaat = runner.invoke(app, ["vergelijk", "--kaders", str(REPO / "kaders"),
                                    str(DATA / "consensus" / "beoordelingen")], env={"COLUMNS": "100"})
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.count("niet te berekenen") == 1
    assert "Per indicator en per eis zijn kappa, AC1 en alpha niet te berekenen: 1 dossier" in " ".join(
        resultaat.stdout.split())
    assert "AC1" in resultaat.stdout


@pytest.mark.parametrize("tabel", [[[5]], [[1, 0], [0, 0]]])
def test_ac1_zonder_grond_geeft_niets(tabel: list[list[int]]) -> None:
    assert gwet_ac1(tabel) is None
