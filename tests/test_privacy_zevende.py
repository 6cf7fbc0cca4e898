"""The seventh privacy corpus (`scripts/maak_zevende_privacycorpus.py`, `tests/data/privacy/zevende-a` and
`zevende-b`: review forms, interview notes, steekproef lists, CSV and table rows, chats, transcripts, Surinamese,
Antillean, English and Frisian notes) is well formed, as large as promised, covers every kind, placement and evasion
in both parts, writes values the ways it promises, keeps the parts apart (names, streets, schools, sentences, clean
lines), holds values that really are of their kind and clean lines without a value, and is what the script makes.
It was written without looking at the detector or the earlier corpora; recall and false alarms are measured blind
by the lead, never asserted here."""

from __future__ import annotations

import re

import pytest

from privacymeting import labels, regels

DELEN = ("zevende-a", "zevende-b")


@pytest.mark.parametrize("deel", DELEN)
def test_waarden_staan_in_de_beloofde_vormen_en_plekken(deel: str) -> None:
    """IBANs of several countries, phone numbers with and without a country code, Postbus, Belgian and German
    addresses, and names inside a CSV row, inside a table cell and in lowercase in a transcript."""
    tekst = {i: r.split("\t")[2] for i, r in regels(deel, "waarden.txt")}
    open_ = [(i, s, w) for i, _, _, e, s, w in labels(deel) if e == "geen"]
    assert len({w[:2].upper() for _, s, w in open_ if s == "iban"}) >= 4
    telefoons = [w for _, s, w in open_ if s == "telefoonnummer"]
    assert any(w.startswith("+") for w in telefoons) and any(w.startswith("0") for w in telefoons)
    adressen = [w for _, s, w in open_ if s == "adres"]
    assert any(w.startswith("Postbus") for w in adressen)
    assert any((re.search(r"\b\d{4} [A-Z][a-z]", w) and " bus " in w) or "Brussel" in w for w in adressen)  # Belgian
    assert any(re.search(r"\b\d{5} [A-ZÄÖÜ]", w) for w in adressen)  # German
    namen = [(tekst[i], w) for i, s, w in open_ if s == "naam"]
    assert any(re.search(r"\{naam:[^}]+\}[;,]\{", r) for r, _ in namen)  # a cell of a CSV row
    assert any(r.startswith("|") or r.startswith("Nr.") for r, _ in namen)  # a cell of a table row
    assert any(w == w.lower() and r == r.lower() for r, w in namen)  # a transcript without capitals
