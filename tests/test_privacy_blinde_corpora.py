"""The promises the briefs of the blind corpora made alike (`zesde`, `zevende`, `achtste`; each written without the
detector or another corpus): every kind in every placement with every evasion, clean lines in every placement, the size,
labels on every value and clean line, names of many origins and writings, two parts that share no name, street, school,
sentence or clean line, values that really are of their kind, clean lines without a value, and the files its script
makes. What is particular to a corpus (its styles and forms) stays in its own test file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpuscontrole import (
    EVASIES,
    PLAATSEN,
    SOORTEN,
    kenmerk,
    kenmerkfouten,
    naamwoorden,
    onechte_waarden,
    scholen,
    schone_regels_met_een_waarde,
    schone_teksten,
    script_maakt_de_delen,
    straten,
    zinnen,
)
from privacymeting import labels, leesbaar, regels

CORPORA = ("zesde", "zevende", "achtste")
DELEN = tuple(f"{corpus}-{helft}" for corpus in CORPORA for helft in "ab")


@pytest.mark.parametrize("deel", DELEN)
def test_elk_deel_heeft_elke_soort_in_elke_plaats_en_elke_evasie(deel: str) -> None:
    gelabeld = labels(deel)
    assert {(s, p) for _, _, p, _, s, _ in gelabeld} == {(s, p) for s in SOORTEN for p in PLAATSEN}
    assert [w for _, _, p, e, _, w in gelabeld if not leesbaar(p, e, w)] == []
    assert {e for _, _, _, e, _, _ in gelabeld} == EVASIES
    verborgen = sum(e != "geen" for *_, e, _, _ in gelabeld) / len(gelabeld)
    assert 0.12 <= verborgen <= 0.2  # about one value in seven hides its characters


@pytest.mark.parametrize("deel", DELEN)
def test_schone_regels_staan_in_elke_plaats(deel: str) -> None:
    assert {r.split("\t")[0] for _, r in regels(deel, "schoon.txt")} == PLAATSEN


@pytest.mark.parametrize("corpus", CORPORA)
def test_grootte_zoals_beloofd_met_de_meeste_namen_en_adressen(corpus: str) -> None:
    delen = (f"{corpus}-a", f"{corpus}-b")
    per_soort = Counter(s for d in delen for *_, s, _ in labels(d))
    assert sum(per_soort.values()) >= 1000 and min(per_soort.values()) >= 50
    assert [s for s, _ in per_soort.most_common(2)] == ["naam", "adres"]
    for deel in delen:
        in_deel = Counter(s for *_, s, _ in labels(deel))
        assert sum(in_deel.values()) >= 500 and [s for s, _ in in_deel.most_common(2)] == ["naam", "adres"]
        assert len(regels(deel, "schoon.txt")) >= 1000


@pytest.mark.parametrize("deel", DELEN)
def test_kenmerken_wijzen_naar_elke_waarde_en_schone_regel(deel: str) -> None:
    """A name has herkomst and schrijfwijze, another value vorm, a clean line categorie, and nothing is left out."""
    assert kenmerkfouten(deel) == []


@pytest.mark.parametrize("deel", DELEN)
def test_namen_van_veel_herkomsten_en_schrijfwijzen_en_schone_regels_van_veel_soorten(deel: str) -> None:
    assert len(kenmerk(deel, "herkomst")) >= 18 and min(kenmerk(deel, "herkomst").values()) >= 3
    assert len(kenmerk(deel, "schrijfwijze")) >= 10
    assert len(kenmerk(deel, "categorie")) >= 20 and min(kenmerk(deel, "categorie").values()) >= 20


# particles and middle names that names of both parts of a corpus share
PARTIKELS = {"zesde": {"van", "der", "den", "ter", "thị", "văn", "ait"}, "zevende": {"van", "der", "den", "ter", "dos", "das"},
             "achtste": {"van", "der", "den", "ter", "ten", "dos", "dela"}}


@pytest.mark.parametrize("corpus", CORPORA)
def test_de_delen_delen_geen_naam_straat_school_zin_of_schone_regel(corpus: str) -> None:
    a, b, partikels = f"{corpus}-a", f"{corpus}-b", PARTIKELS[corpus]
    assert naamwoorden(a, partikels) and naamwoorden(b, partikels)
    assert straten(a) and straten(b) and scholen(a) and scholen(b)
    assert naamwoorden(a, partikels).isdisjoint(naamwoorden(b, partikels))
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


@pytest.mark.parametrize("corpus", CORPORA)
def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(corpus: str, tmp_path: Path) -> None:
    assert script_maakt_de_delen(f"maak_{corpus}_privacycorpus.py", (f"{corpus}-a", f"{corpus}-b"), tmp_path)
