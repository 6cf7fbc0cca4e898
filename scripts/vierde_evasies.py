"""Evasions for the fourth privacy corpus: the ways a value gets hidden or mangled on its way into a file, on
purpose (an attacker) or by accident (copying from Word, a web form, a PDF).

Each function takes the value and a ``random.Random`` and returns the changed value, or None when the evasion does
not fit that value (no letter to swap, no digit to widen). ``yaml-escape`` writes a valid YAML double-quoted escape
and is only used where YAML reads one (citaat, citaat-gevouwen, team, sleutel).
"""

from __future__ import annotations

import random
from collections.abc import Callable

CYRILLISCH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В",
              "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "s": "ѕ",
              "j": "ј", "S": "Ѕ", "I": "І", "J": "Ј"}
GRIEKS = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
          "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο", "v": "ν", "i": "ι"}
ONZICHTBAAR = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _binnen(waarde: str, rng: random.Random) -> int | None:
    """A position between two word characters, where an inserted character splits a word."""
    plekken = [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]
    return rng.choice(plekken) if plekken else None


def zero_width(waarde: str, rng: random.Random) -> str | None:
    plek = _binnen(waarde, rng)
    return None if plek is None else waarde[:plek] + rng.choice(ONZICHTBAAR) + waarde[plek:]


def zacht_afbreekstreepje(waarde: str, rng: random.Random) -> str | None:
    plekken = [i for i in range(2, len(waarde) - 1) if waarde[i - 1].isalpha() and waarde[i].isalpha()]
    if not plekken:
        return None
    plek = rng.choice(plekken)
    return waarde[:plek] + "\u00ad" + waarde[plek:]


def _letters(tabel: dict[str, str]) -> Callable[[str, random.Random], str | None]:
    def wissel(waarde: str, rng: random.Random) -> str | None:
        plekken = [i for i, c in enumerate(waarde) if c in tabel]
        if not plekken:
            return None
        gekozen = set(rng.sample(plekken, min(len(plekken), rng.randint(1, 3))))
        return "".join(tabel[c] if i in gekozen else c for i, c in enumerate(waarde))
    return wissel


def volle_breedte(waarde: str, rng: random.Random) -> str | None:
    if not any(c.isdigit() for c in waarde):
        return None
    alles = rng.random() < 0.6
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and (alles or rng.random() < 0.5) else c for c in waarde)


def html_entiteit(waarde: str, rng: random.Random) -> str | None:
    accenten = {"é": "&eacute;", "ë": "&euml;", "ö": "&ouml;", "ü": "&uuml;", "ç": "&ccedil;", "ï": "&iuml;"}
    if any(c in accenten for c in waarde) and rng.random() < 0.6:
        return "".join(accenten.get(c, c) for c in waarde)
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in "@.-"]
    if not plekken:
        return None
    gekozen = set(rng.sample(plekken, min(len(plekken), rng.randint(1, 4))))
    hex_vorm = rng.random() < 0.3
    return "".join((f"&#x{ord(c):x};" if hex_vorm else f"&#{ord(c)};") if i in gekozen else c
                   for i, c in enumerate(waarde))


def yaml_escape(waarde: str, rng: random.Random) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in " @.-"]
    if not plekken:
        return None
    gekozen = set(rng.sample(plekken, min(len(plekken), rng.randint(1, 3))))
    plek = _binnen(waarde, rng) if rng.random() < 0.3 else None
    if plek is not None:  # an escaped invisible character on top
        waarde = waarde[:plek] + "\u200b" + waarde[plek:]
        gekozen = {i + (i >= plek) for i in gekozen} | {plek}
    vorm = rng.choice(["\\u{:04x}", "\\x{:02x}", "\\u{:04X}"])
    return "".join((vorm if ord(c) < 256 else "\\u{:04x}").format(ord(c)) if i in gekozen else c
                   for i, c in enumerate(waarde))


def harde_spatie(waarde: str, rng: random.Random) -> str | None:
    if " " not in waarde:
        return None
    return waarde.replace(" ", rng.choice(["\u00a0", "\u202f"]))


def richtingsteken(waarde: str, rng: random.Random) -> str | None:
    plek = _binnen(waarde, rng)
    return None if plek is None else waarde[:plek] + rng.choice(["\u200e", "\u200f"]) + waarde[plek:]


EVASIES: dict[str, Callable[[str, random.Random], str | None]] = {
    "zero-width": zero_width,
    "zacht-afbreekstreepje": zacht_afbreekstreepje,
    "cyrillisch": _letters(CYRILLISCH),
    "grieks": _letters(GRIEKS),
    "volle-breedte": volle_breedte,
    "html-entiteit": html_entiteit,
    "yaml-escape": yaml_escape,
    "harde-spatie": harde_spatie,
    "richtingsteken": richtingsteken,
}
# where an evasion can stand: YAML escapes only inside double quotes; no entity or escape in a file name
ALLEEN_IN = {"yaml-escape": {"citaat", "citaat-gevouwen", "team", "sleutel"}}
NIET_IN = {"html-entiteit": {"bestandsnaam"}, "harde-spatie": {"bestandsnaam"}}


def kies_evasie(plaats: str, rng: random.Random) -> str:
    """`geen` most of the time; otherwise an evasion that may stand in this placement."""
    if rng.random() < 0.78:
        return "geen"
    mogelijk = [e for e in EVASIES if plaats in ALLEEN_IN.get(e, {plaats}) and plaats not in NIET_IN.get(e, set())]
    return rng.choice(mogelijk)
