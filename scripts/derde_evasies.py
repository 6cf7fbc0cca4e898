"""Evasions for the third privacy corpus: ways a value can be written so that a plain pattern misses it while a
reader still sees it. Each returns the changed value, or None when it does not apply to that value or placement.
"""

from __future__ import annotations

import html
import random
import unicodedata
from collections.abc import Callable

CYRILLISCH = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "j": "ј",
    "A": "А",
    "B": "В",
    "E": "Е",
    "K": "К",
    "M": "М",
    "H": "Н",
    "O": "О",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "X": "Х",
}
GRIEKS = {
    "o": "ο",
    "a": "α",
    "v": "ν",
    "A": "Α",
    "B": "Β",
    "E": "Ε",
    "Z": "Ζ",
    "H": "Η",
    "I": "Ι",
    "K": "Κ",
    "M": "Μ",
    "N": "Ν",
    "O": "Ο",
    "P": "Ρ",
    "T": "Τ",
    "Y": "Υ",
    "X": "Χ",
}
DUBBEL_AANHALING = {"citaat", "citaat-gevouwen", "team", "sleutel"}  # where a YAML escape is read as one


def _binnen(waarde: str, rng: random.Random, teken: str, alleen_letters: bool = False) -> str | None:
    """`teken` between two word characters (letters only when `alleen_letters`)."""
    plekken = [
        i
        for i in range(1, len(waarde))
        if (waarde[i - 1].isalpha() and waarde[i].isalpha()) or (not alleen_letters and waarde[i - 1].isalnum() and waarde[i].isalnum())
    ]
    if not plekken:
        return None
    i = rng.choice(plekken)
    return waarde[:i] + teken + waarde[i:]


def _vervang(waarde: str, rng: random.Random, tabel: dict[str, str], hoeveel: int) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c in tabel]
    if not plekken:
        return None
    gekozen = set(rng.sample(plekken, min(hoeveel, len(plekken))))
    return "".join(tabel[c] if i in gekozen else c for i, c in enumerate(waarde))


def volle_breedte(waarde: str, rng: random.Random) -> str | None:
    if any(c.isdigit() for c in waarde):
        return "".join(chr(ord(c) - 0x30 + 0xFF10) if "0" <= c <= "9" else c for c in waarde)
    if waarde.isascii() and any(c.isalpha() for c in waarde):
        return "".join(chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else c for c in waarde)
    return None


_NAMED = {
    "é": "&eacute;",
    "ë": "&euml;",
    "ï": "&iuml;",
    "ö": "&ouml;",
    "ü": "&uuml;",
    "ç": "&ccedil;",
    "@": "&commat;",
    " ": "&nbsp;",
    "-": "&#45;",
    ".": "&period;",
}


def html_entiteit(waarde: str, rng: random.Random) -> str | None:
    """One or two characters as an HTML entity: named where one exists, otherwise decimal or hexadecimal."""
    uit = list(waarde)
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in _NAMED]
    if not plekken:
        return None
    for i in rng.sample(plekken, min(2, len(plekken))):
        c = waarde[i]
        if c in _NAMED and rng.random() < 0.7:
            uit[i] = _NAMED[c]
        else:
            uit[i] = rng.choice([f"&#{ord(c)};", f"&#x{ord(c):x};", f"&#X{ord(c):X};"])
    tekst = "".join(uit)
    return tekst if html.unescape(tekst).replace("\xa0", " ") == waarde else None


def yaml_escape(waarde: str, rng: random.Random) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c.isalnum()]
    if not plekken:
        return None
    uit = list(waarde)
    for i in rng.sample(plekken, min(2, len(plekken))):
        c = waarde[i]
        uit[i] = f"\\x{ord(c):02x}" if ord(c) < 0x80 and rng.random() < 0.5 else f"\\u{ord(c):04x}"
    return "".join(uit)


def combinerend(waarde: str, rng: random.Random) -> str | None:
    ontleed = unicodedata.normalize("NFD", waarde)
    return ontleed if ontleed != waarde else None


def nbsp(waarde: str, rng: random.Random) -> str | None:
    return waarde.replace(" ", "\u00a0") if " " in waarde else None


EVASIES: dict[str, Callable[[str, random.Random], str | None]] = {
    "nulbreedte": lambda w, r: _binnen(w, r, "\u200b"),
    "nulbreedte-verbinder": lambda w, r: _binnen(w, r, "\u200d"),
    "woordverbinder": lambda w, r: _binnen(w, r, "\u2060"),
    "zacht-afbreekstreepje": lambda w, r: _binnen(w, r, "\u00ad", alleen_letters=True),
    "cyrillisch": lambda w, r: _vervang(w, r, CYRILLISCH, 2),
    "grieks": lambda w, r: _vervang(w, r, GRIEKS, 2),
    "volle-breedte": volle_breedte,
    "html-entiteit": html_entiteit,
    "yaml-escape": yaml_escape,
    "combinerend-accent": combinerend,
    "nbsp": nbsp,
}


def past(evasie: str, plaats: str) -> bool:
    """Whether `evasie` can stand in `plaats`: YAML escapes only in double quotes, HTML entities not in a file name."""
    if evasie == "yaml-escape":
        return plaats in DUBBEL_AANHALING
    return not (evasie in ("html-entiteit", "nbsp") and plaats == "bestandsnaam")


def pas_toe(evasie: str, waarde: str, plaats: str, rng: random.Random) -> str | None:
    if evasie == "gemengd":
        keuzes = [e for e in EVASIES if past(e, plaats) and e not in ("yaml-escape", "combinerend-accent")]
        eerste, tweede = rng.sample(keuzes, 2)
        tussen = EVASIES[eerste](waarde, rng)
        return EVASIES[tweede](tussen, rng) if tussen is not None else None
    if not past(evasie, plaats):
        return None
    return EVASIES[evasie](waarde, rng)
