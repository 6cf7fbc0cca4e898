"""The third privacy corpus (`scripts/maak_derde_privacycorpus.py`, `tests/data/privacy/derde-*`) is well formed,
as large as its docstring says, covers every kind and placement in both parts, keeps the held-out part's names
apart, and is what the script makes. Recall and false alarms are figures for `benchmarks/privacy.py --derde`, never
asserted here: nobody tunes the detector on ``derde-heldout``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from corpuscontrole import naamwoorden, schone_teksten
from privacymeting import CORPUS, labels, leesbaar, regels

DELEN = ("derde-afstemmen", "derde-heldout")
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}
# the kinds the README's privacy table names
SOORTEN = {"naam", "bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken", "sociale-media", "school"}
PARTIKELS = {"van", "den", "der", "ter", "ben", "aït", "al", "el", "de", "in", "het", "tjon", "fong"}


@pytest.mark.parametrize("deel", DELEN)
def test_elk_deel_heeft_elke_soort_en_plaats_en_leesbare_waarden(deel: str) -> None:
    gelabeld = labels(deel)
    assert {s for *_, s, _ in gelabeld} == SOORTEN
    assert {p for _, _, p, *_ in gelabeld} == PLAATSEN
    assert [w for _, _, p, e, _, w in gelabeld if not leesbaar(p, e, w)] == []


def test_grootte_zoals_beloofd_en_verdeling_zestig_veertig() -> None:
    waarden = {d: len(labels(d)) for d in DELEN}
    schoon = {d: len(regels(d, "schoon.txt")) for d in DELEN}
    assert sum(waarden.values()) >= 1200 and sum(schoon.values()) >= 2400
    assert 0.55 < waarden["derde-afstemmen"] / sum(waarden.values()) < 0.65
    assert 0.55 < schoon["derde-afstemmen"] / sum(schoon.values()) < 0.65


@pytest.mark.parametrize("deel", DELEN)
def test_kenmerken_wijzen_naar_bestaande_regels_en_namen_hebben_herkomst(deel: str) -> None:
    per_plek = {(i, n): (s, e) for i, n, _, e, s, _ in labels(deel)}
    schoon = {i for i, _ in regels(deel, "schoon.txt")}
    gezien = set()
    for _, regel in regels(deel, "kenmerken.txt"):
        plek, paren = regel.split("\t")
        kenmerk = dict(p.split("=", 1) for p in paren.split())
        if plek.startswith("waarden:"):
            _, i, n = plek.split(":")
            soort, evasie = per_plek[(int(i), int(n))]
            assert kenmerk["ontwijking"] == evasie and kenmerk["corpus"] in {"A", "B"}
            assert soort != "naam" or {"herkomst", "schrijfwijze"} <= set(kenmerk)
        else:
            assert int(plek.split(":")[1]) in schoon and "categorie" in kenmerk
        gezien.add(plek)
    assert len(gezien) == len(per_plek) + len(schoon)


def test_heldout_deelt_geen_naam_en_geen_schone_regel_met_het_afstemdeel() -> None:
    afstemmen, heldout = (naamwoorden(d, PARTIKELS) for d in DELEN)
    assert afstemmen and heldout
    assert afstemmen.isdisjoint(heldout)
    assert schone_teksten("derde-afstemmen").isdisjoint(schone_teksten("derde-heldout"))


def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "maak_derde_privacycorpus.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    namen = ("waarden.txt", "schoon.txt", "kenmerken.txt")
    gemaakt = {(d, n): (tmp_path / d / n).read_text(encoding="utf-8") for d in DELEN for n in namen}
    assert gemaakt == {sleutel: (CORPUS / sleutel[0] / sleutel[1]).read_text(encoding="utf-8") for sleutel in gemaakt}
