"""The privacy scan measured on the generated corpus (`scripts/maak_privacycorpus.py`): the targets of the
issue on the tuning part. The held-out part (`tests/data/privacy/heldout/`, other templates, other names) is
never tuned on: its figures are printed by ``benchmarks/privacy.py``, not asserted here."""

from __future__ import annotations

import re

import pytest

from privacymeting import CORPUS, Uitslag, meet, tabel


def _regels(pad: str) -> list[str]:
    return [r for r in (CORPUS / pad).read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]


def test_corpus_heeft_genoeg_waarden_en_schone_regels_in_elke_plaats() -> None:
    waarden = _regels("afstemmen/waarden.txt") + _regels("heldout/waarden.txt")
    schoon = _regels("afstemmen/schoon.txt") + _regels("heldout/schoon.txt")
    assert len(waarden) >= 1000 and len(schoon) >= 2000
    assert {r.split("\t")[0] for r in waarden} == {"toelichting", "citaat", "team", "commentaar", "sleutel",
                                                   "bestandsnaam"}
    assert {r.split("\t")[1] for r in waarden} >= {"kleine-letters", "nulbreedte", "zacht-afbreekstreepje",
                                                   "cyrillisch", "volle-breedte", "html-entiteit"}


def test_heldout_deelt_geen_naam_met_het_deel_om_af_te_stemmen() -> None:
    def namen(deel: str) -> set[str]:
        return {w.casefold() for r in _regels(f"{deel}/waarden.txt")
                for m in re.finditer(r"\{naam:([^}]+)\}", r) for w in re.findall(r"[^\W\d_]{3,}", m.group(1))}

    assert namen("afstemmen") and namen("heldout") and not namen("afstemmen") & namen("heldout")


@pytest.fixture(scope="module")
def afstemmen() -> Uitslag:
    uitslag = meet("afstemmen")
    print("\n" + tabel("afstemmen", uitslag))
    return uitslag


def test_recall_minstens_97_procent_en_90_per_soort_en_plaats(afstemmen: Uitslag) -> None:
    assert afstemmen.recall() >= 0.97
    for sleutel in afstemmen.totaal:
        if sleutel.startswith(("soort:", "plaats:")):
            assert afstemmen.recall(sleutel) >= 0.90, sleutel


def test_hoogstens_3_valse_meldingen_per_1000_schone_regels(afstemmen: Uitslag) -> None:
    assert afstemmen.vals_per_1000() <= 3, afstemmen.valse[:10]
