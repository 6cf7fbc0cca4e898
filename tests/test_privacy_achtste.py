"""The eighth privacy corpus (`scripts/maak_achtste_privacycorpus.py`, `tests/data/privacy/achtste-a` and
`achtste-b`: verwijsbrieven, overdrachten, Veilig Thuis, beschikkingen, zorgadviesteam, gezinsplannen, Verwijsindex,
logboeken, huisbezoeken, schuldhulp, ProKid, Wmo, dictated memos, OCR'd letters, forwarded e-mails, pasted
spreadsheets, Teams notes, and Papiamento, Turkish, Arabic, Polish and Belgian Dutch mixed in) is well formed, as
large as promised (with the other blind corpora in `test_privacy_blinde_corpora.py`), writes values the ways it
promises, keeps the parts apart (names, streets, schools, sentences, clean lines), holds values that really are of
their kind and clean lines without a value, and is what the script makes. It was written without looking at the
detector or the other corpora; recall and false alarms are measured blind by the lead, never asserted here."""

from __future__ import annotations

import re

import pytest

from corpuscontrole import (
    kenmerk,
)
from privacymeting import labels, regels

DELEN = ("achtste-a", "achtste-b")
# the kinds of paper the values stand in, as a reader recognises them
STIJLEN = {
    "verwijsbrief": r"(?i)verwijs", "overdracht": r"(?i)overdracht", "Veilig Thuis": r"Veilig Thuis|VT\b",
    "beschikking": r"(?i)kinderrechter|rechtbank|rechter\b", "zorgadviesteam": r"ZAT|zorgadviesteam",
    "gezinsplan": r"(?i)gezinsplan|doel \d", "Verwijsindex": r"Verwijsindex", "ProKid": r"ProKid",
    "huisbezoek": r"(?i)huisbezoek", "schuldhulp": r"(?i)schuld", "Wmo": r"(?i)keukentafelgesprek",
    "doorgestuurde e-mail": r"Doorgestuurd bericht|Oorspronkelijk bericht|From:", "Teams": r"@\{naam:",
    "OCR": r"nurnrner|kenrnerk|Geboortedaturn|Naarn:|aanrnelding|rnevrouw", "Papiaments": r"\b(?:ku|di|riba|danki)\b",
    "Turks": r"Babası|Annesi|Doğum|Kızım|Adresimiz|Anne \{", "Pools": r"\b(?:Pani|Pan|Matka|Syn|Konto|Rachunek|Numer)\b",
    "Arabisch": r"Wallah|Inshallah|Hamdoulillah|Yallah|Mashallah|Khalti", "Belgisch": r"°|CLB|mama|papa|GSM",
}


def _open(deel: str) -> list[tuple[str, str, str]]:
    """(line text, kind, value) of every value of `deel` written without an evasion."""
    tekst = {i: r.split("\t")[2] for i, r in regels(deel, "waarden.txt")}
    return [(tekst[i], s, w) for i, _, _, e, s, w in labels(deel) if e == "geen"]


@pytest.mark.parametrize("deel", DELEN)
def test_waarden_staan_in_de_beloofde_vormen(deel: str) -> None:
    """IBANs of five countries or more; phone numbers with a country code, with a leading zero, Belgian and German;
    Postbus, Belgian, German and Caribbean addresses; birth dates with Turkish, Polish and English months and with
    ° and * for born; kentekens in every Dutch sidecode."""
    open_ = _open(deel)
    assert len({w[:2].upper() for _, s, w in open_ if s == "iban"}) >= 5
    telefoons = [w for _, s, w in open_ if s == "telefoonnummer"]
    assert any(w.startswith("+32") or w.startswith("04") for w in telefoons)
    assert any(w.startswith("+49") for w in telefoons) and any(w.startswith("0") for w in telefoons)
    adressen = [w for _, s, w in open_ if s == "adres"]
    assert any(w.startswith("Postbus") for w in adressen)
    assert any(re.search(r", \d{4} [A-Z][a-z]", w) for w in adressen)  # Belgian
    assert any(re.search(r"\b\d{5} [A-ZÄÖÜ]", w) for w in adressen)  # German
    assert any(re.match(r"Ka?ya |Caya ", w) for w in adressen)  # Curaçao, Bonaire, Aruba
    vormen = kenmerk(deel, "vorm")
    assert {"turks", "pools", "engels", "acht-cijfers", "postcode-huisnummer", "at-haken", "spaties"} <= set(vormen)
    assert {f"sidecode-{n}" for n in range(1, 15)} <= {re.sub(r"-(?:zonder-streepjes|kleine-letters)$", "", v) for v in vormen}
    geboren = [r for r, s, _ in open_ if s == "geboortedatum"]
    assert any("°" in r for r in geboren) and any("*{" in r for r in geboren)


@pytest.mark.parametrize("deel", DELEN)
def test_namen_staan_in_de_beloofde_schrijfwijzen_en_plekken(deel: str) -> None:
    """Names read by OCR, with a father's name, with a nickname between brackets; names in an e-mail header, as a
    Teams @mention, in a logboek line that starts with a date, in a spreadsheet row, and in a dictated memo without
    capitals."""
    assert {"ocr", "drie-namen", "roepnaam-tussen-haakjes", "tussenvoegsel-achteraan", "bijnaam"} <= set(kenmerk(deel, "schrijfwijze"))
    namen = [(r, w) for r, s, w in _open(deel) if s == "naam"]
    assert any(re.search(r"(?:Van|From): \{naam:", r) for r, _ in namen)
    assert any("@{naam:" in r for r, _ in namen)
    assert any(re.match(r"(?:\w\w )?\d{1,2}[-/]\d{1,2}", r) for r, _ in namen)
    assert any(re.search(r"\{naam:[^}]+\};|;\{naam:", r) for r, _ in namen)
    assert any(w == w.lower() and r == r.lower() for r, w in namen)


@pytest.mark.parametrize("deel", DELEN)
def test_elke_beloofde_stijl_draagt_waarden(deel: str) -> None:
    teksten = [r for r, _, _ in _open(deel)]
    assert [stijl for stijl, patroon in STIJLEN.items() if not any(re.search(patroon, t) for t in teksten)] == []
