"""Evasions for the fifth privacy corpus: ways a value is hidden from a plain text search while a reader still
sees it. Each takes a value and returns the changed value, or None when it cannot apply (no digit to widen, no
letter with a look-alike)."""

from __future__ import annotations

import random

CYRILLISCH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В",
              "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
GRIEKS = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ",
          "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "o": "ο"}
ONZICHTBAAR = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _binnenplekken(waarde: str) -> list[int]:
    """Positions between two letters or digits."""
    return [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]


def zero_width(waarde: str, rng: random.Random) -> str | None:
    plekken = _binnenplekken(waarde)
    if not plekken:
        return None
    for i in sorted(rng.sample(plekken, min(len(plekken), rng.choice([1, 1, 2]))), reverse=True):
        waarde = waarde[:i] + rng.choice(ONZICHTBAAR) + waarde[i:]
    return waarde


def zacht_afbreekstreepje(waarde: str, rng: random.Random) -> str | None:
    plekken = [i for i in _binnenplekken(waarde) if waarde[i - 1].isalpha() and waarde[i].isalpha()]
    if not plekken:
        return None
    i = rng.choice(plekken)
    return waarde[:i] + "\u00ad" + waarde[i:]


def _vervang(waarde: str, tabel: dict[str, str], rng: random.Random) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c in tabel]
    if not plekken:
        return None
    kies = rng.sample(plekken, min(len(plekken), rng.choice([1, 2, 3])))
    return "".join(tabel[c] if i in kies else c for i, c in enumerate(waarde))


def cyrillisch(waarde: str, rng: random.Random) -> str | None:
    return _vervang(waarde, CYRILLISCH, rng)


def grieks(waarde: str, rng: random.Random) -> str | None:
    return _vervang(waarde, GRIEKS, rng)


def volle_breedte(waarde: str, rng: random.Random) -> str | None:
    if not any(c.isdigit() for c in waarde):
        return None
    alles = rng.random() < 0.6
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() and (alles or rng.random() < 0.5) else c for c in waarde) \
        if alles else "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in waarde)


def html_entiteit(waarde: str, rng: random.Random) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in "@.-"]
    if not plekken:
        return None
    kies = set(rng.sample(plekken, min(len(plekken), rng.choice([1, 2, 3]))))
    vorm = rng.choice(["dec", "hex"])
    return "".join((f"&#{ord(c)};" if vorm == "dec" else f"&#x{ord(c):x};") if i in kies else c
                   for i, c in enumerate(waarde))


def yaml_escape(waarde: str, rng: random.Random) -> str | None:
    """A YAML double-quoted escape for one or two characters (``\\u0065``, ``\\x40``)."""
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in "@.-"]
    if not plekken:
        return None
    kies = set(rng.sample(plekken, min(len(plekken), rng.choice([1, 2]))))
    return "".join((f"\\u{ord(c):04x}" if ord(c) > 0x7F or rng.random() < 0.6 else f"\\x{ord(c):02x}") if i in kies
                   else c for i, c in enumerate(waarde))


EVASIES = {"zero-width": zero_width, "zacht-afbreekstreepje": zacht_afbreekstreepje, "cyrillisch": cyrillisch,
           "grieks": grieks, "volle-breedte": volle_breedte, "html-entiteit": html_entiteit,
           "yaml-escape": yaml_escape}
ESCAPE_PLAATSEN = {"citaat", "citaat-gevouwen", "team", "sleutel"}
