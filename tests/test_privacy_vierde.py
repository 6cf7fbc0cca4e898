"""The fourth privacy corpus (`scripts/maak_vierde_privacycorpus.py`, `tests/data/privacy/vierde-a` and `vierde-b`)
is well formed, as large as promised, covers every kind and placement in both parts, keeps the parts apart (names,
schools, sentences), holds values that really are of their kind, and is what the script makes. Recall and false
alarms are figures for `benchmarks/privacy.py --vierde`, never asserted here: both parts were measured blind once,
then `vierde-a` became a tuning part; nobody tunes the detector on `vierde-b`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpuscontrole import naamwoorden, onechte_waarden, schone_teksten, script_maakt_de_delen, zinnen
from privacymeting import _kenmerken, labels, leesbaar, regels

DELEN = ("vierde-a", "vierde-b")
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}
# the kinds the README's privacy table names
SOORTEN = {"naam", "bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken", "sociale-media", "school"}
PARTIKELS = {"van", "den", "der", "de", "ter", "het", "aït", "el", "al", "ben", "bin", "abu", "thi", "duc", "ngoc"}


@pytest.mark.parametrize("deel", DELEN)
def test_elk_deel_heeft_elke_soort_in_elke_plaats_en_leesbare_waarden(deel: str) -> None:
    gelabeld = labels(deel)
    assert {(s, p) for _, _, p, _, s, _ in gelabeld} == {(s, p) for s in SOORTEN for p in PLAATSEN}
    assert [w for _, _, p, e, _, w in gelabeld if not leesbaar(p, e, w)] == []
    assert {e for _, _, _, e, _, _ in gelabeld} > {"geen", "zero-width", "cyrillisch", "volle-breedte", "html-entiteit"}


def test_grootte_zoals_beloofd_met_de_meeste_namen_en_adressen() -> None:
    per_soort = Counter(s for d in DELEN for *_, s, _ in labels(d))
    assert sum(per_soort.values()) >= 1200 and min(per_soort.values()) >= 60
    assert {s for s, _ in per_soort.most_common(2)} == {"naam", "adres"}
    assert sum(len(regels(d, "schoon.txt")) for d in DELEN) >= 2400
    for deel in DELEN:  # two halves of about the same size
        assert 0.45 < len(labels(deel)) / sum(per_soort.values()) < 0.55


@pytest.mark.parametrize("deel", DELEN)
def test_kenmerken_wijzen_naar_elke_waarde_en_schone_regel(deel: str) -> None:
    per_plek = {(i, n): s for i, n, _, _, s, _ in labels(deel)}
    schoon = {i for i, _ in regels(deel, "schoon.txt")}
    gelezen = _kenmerken(deel)  # as the measurement reads them: "waarden:<line>:<index>" or "schoon:<line>"
    for plek, paren in gelezen.items():
        kenmerk = {p.split(":", 1)[0] for p in paren}
        if plek.startswith("waarden:"):
            _, i, n = plek.split(":")
            assert {"herkomst", "schrijfwijze"} <= kenmerk if per_plek[(int(i), int(n))] == "naam" else "vorm" in kenmerk
        else:
            assert "categorie" in kenmerk
    assert set(gelezen) == {f"waarden:{i}:{n}" for i, n in per_plek} | {f"schoon:{i}" for i in schoon}


def test_de_delen_delen_geen_naam_school_of_zin() -> None:
    def scholen(deel: str) -> set[str]:
        return {waarde.casefold().removeprefix("het ") for *_, e, s, waarde in labels(deel) if s == "school" and e == "geen"}

    assert naamwoorden("vierde-a", PARTIKELS) and naamwoorden("vierde-b", PARTIKELS)
    assert naamwoorden("vierde-a", PARTIKELS).isdisjoint(naamwoorden("vierde-b", PARTIKELS))
    assert scholen("vierde-a").isdisjoint(scholen("vierde-b"))
    assert zinnen("vierde-a", zonder="school:").isdisjoint(zinnen("vierde-b", zonder="school:"))
    assert schone_teksten("vierde-a").isdisjoint(schone_teksten("vierde-b"))


@pytest.mark.parametrize("deel", DELEN)
def test_een_waarde_is_echt_van_haar_soort(deel: str) -> None:
    """A BSN passes the elfproef, an IBAN its check digits, a phone number is a number that can exist, and a birth
    date stands in a birth context."""
    assert onechte_waarden(deel) == []


def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(tmp_path: Path) -> None:
    assert script_maakt_de_delen("maak_vierde_privacycorpus.py", DELEN, tmp_path)
