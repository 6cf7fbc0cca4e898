"""The sixth privacy corpus (`scripts/maak_zesde_privacycorpus.py`, `tests/data/privacy/zesde-a` and `zesde-b`)
is well formed, as large as promised, covers every kind, placement and evasion in both parts, keeps the parts apart
(names, streets, schools, sentences, clean lines), holds values that really are of their kind and clean lines
without a value, and is what the script makes. It was written without looking at the detector or the earlier
corpora; recall and false alarms are measured blind by the lead, never asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuscontrole import (
    naamwoorden,
    onechte_waarden,
    scholen,
    schone_regels_met_een_waarde,
    schone_teksten,
    script_maakt_de_delen,
    straten,
    zinnen,
)

DELEN = ("zesde-a", "zesde-b")
# particles and middle names that names of both parts share
PARTIKELS = {"van", "der", "den", "ter", "thị", "văn", "ait"}


def test_de_delen_delen_geen_naam_straat_school_zin_of_schone_regel() -> None:
    a, b = DELEN
    assert naamwoorden(a, PARTIKELS) and naamwoorden(b, PARTIKELS)
    assert straten(a) and straten(b) and scholen(a) and scholen(b)
    assert naamwoorden(a, PARTIKELS).isdisjoint(naamwoorden(b, PARTIKELS))
    assert straten(a).isdisjoint(straten(b))
    assert scholen(a).isdisjoint(scholen(b))
    assert zinnen(a).isdisjoint(zinnen(b))
    assert schone_teksten(a).isdisjoint(schone_teksten(b))


@pytest.mark.parametrize("deel", DELEN)
def test_een_waarde_is_echt_van_haar_soort(deel: str) -> None:
    """A BSN passes the elfproef, an IBAN its check digits, a phone number is a number that can exist, and a birth
    date stands in a birth context."""
    assert onechte_waarden(deel) == []


@pytest.mark.parametrize("deel", DELEN)
def test_een_schone_regel_draagt_geen_waarde(deel: str) -> None:
    """No clean line holds a planted value, a number of nine digits that passes the elfproef, or a mobile number."""
    assert schone_regels_met_een_waarde(deel) == []


def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(tmp_path: Path) -> None:
    assert script_maakt_de_delen("maak_zesde_privacycorpus.py", DELEN, tmp_path)
