"""The evasions of the seventh privacy corpus: ways a value hides its characters while a reader still sees it (an
invisible character inside, a look-alike letter, full-width forms, an HTML entity, a YAML escape). Each function
changes one or two characters of a value and returns None when the value has nothing it can change."""

from __future__ import annotations

import random
from collections.abc import Callable

CYRILLISCH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е",
              "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
GRIEKS = {"o": "ο", "A": "Α", "B": "Β", "E": "Ε", "Z": "Ζ", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο",
          "P": "Ρ", "T": "Τ", "Y": "Υ", "X": "Χ", "v": "ν", "i": "ι"}


def _binnen(r: random.Random, waarde: str, teken: str) -> str | None:
    """`teken` inserted between two letters or digits inside the value."""
    plekken = [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]
    if not plekken:
        return None
    i = r.choice(plekken)
    return waarde[:i] + teken + waarde[i:]


def _vervang(r: random.Random, waarde: str, tabel: dict[str, str], hoeveel: int = 2) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c in tabel]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(hoeveel, len(plekken))))
    return "".join(tabel[c] if i in gekozen else c for i, c in enumerate(waarde))


def _volle_breedte(r: random.Random, waarde: str) -> str | None:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in waarde)


def _html(r: random.Random, waarde: str) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c.isascii() and (c.isalnum() or c in "@.-")]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(2, len(plekken))))
    vorm = r.choice(["&#{};", "&#x{:x};"])
    return "".join((vorm.format(ord(c)) if c != "@" or "x" in vorm else "&commat;") if i in gekozen else c
                   for i, c in enumerate(waarde))


def _yaml_escape(r: random.Random, waarde: str) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c.isascii() and c.isalnum()]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(2, len(plekken))))
    vorm = r.choice(["\\x{:02x}", "\\u{:04x}", "\\u{:04X}"])
    return "".join(vorm.format(ord(c)) if i in gekozen else c for i, c in enumerate(waarde))


EVASIES: dict[str, Callable[[random.Random, str], str | None]] = {
    "zero-width": lambda r, w: _binnen(r, w, r.choice(["\u200b", "\u200c", "\u2060"])),
    "zacht-afbreekstreepje": lambda r, w: _binnen(r, w, "\u00ad"),
    "cyrillisch": lambda r, w: _vervang(r, w, CYRILLISCH),
    "grieks": lambda r, w: _vervang(r, w, GRIEKS),
    "volle-breedte": _volle_breedte,
    "html-entiteit": _html,
    "yaml-escape": _yaml_escape,
}
# the placements where YAML reads an escape (a double-quoted scalar)
ESCAPE_PLAATSEN = {"citaat", "citaat-gevouwen", "team", "sleutel"}
