"""The probe part `vormen-proef` (`scripts/maak_vormenproef.py`): birth dates, BSNs, social media accounts, schools
and addresses in the many forms Dutch professionals write them, written before the detectors were read (issue 20).
It holds every one of the five kinds in every placement, BSNs that pass the elfproef, clean lines without a planted
value, a form label for every value, and is what the script makes. Its figures come from
`tests/privacymeting.py:meet("vormen-proef")`, never asserted here."""

from __future__ import annotations

import re
from pathlib import Path

from stdnum.nl import bsn

from corpuscontrole import script_maakt_de_delen
from privacymeting import _LABEL, _kenmerken, labels, leesbaar, regels

DEEL = "vormen-proef"
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}
SOORTEN = {"geboortedatum", "bsn", "sociale-media", "school", "adres"}


def test_elke_soort_in_elke_plaats_met_leesbare_waarden() -> None:
    gelabeld = labels(DEEL)
    assert {(s, p) for _, _, p, _, s, _ in gelabeld if s != "naam"} == {(s, p) for s in SOORTEN for p in PLAATSEN}
    assert [w for _, _, p, e, _, w in gelabeld if not leesbaar(p, e, w)] == []


def test_elk_bsn_doorstaat_de_elfproef_en_elke_datum_heeft_een_jaar() -> None:
    waarden = [(s, w) for *_, s, w in labels(DEEL)]
    assert [w for s, w in waarden if s == "bsn" and not bsn.is_valid(re.sub(r"\D", "", w))] == []
    assert [w for s, w in waarden if s == "geboortedatum" and not re.search(r"\d{2}$|'\d\d$", w)] == []


def test_schone_regels_zonder_waarde_en_kenmerken_bij_elke_regel() -> None:
    schoon = regels(DEEL, "schoon.txt")
    assert len(schoon) >= 150 and [r for _, r in schoon if _LABEL.search(r)] == []
    gelezen = _kenmerken(DEEL)
    plekken = {f"waarden:{i}:{n}" for i, n, *_ in labels(DEEL)} | {f"schoon:{i}" for i, _ in schoon}
    assert set(gelezen) == plekken
    assert all(any(k.startswith("vorm:") for k in gelezen[f"waarden:{i}:{n}"]) for i, n, *_ in labels(DEEL))


def test_het_script_maakt_het_deel(tmp_path: Path) -> None:
    assert script_maakt_de_delen("maak_vormenproef.py", (DEEL,), tmp_path)
