"""The evasions of the eighth privacy corpus: ways a value hides its characters while a reader still sees it. Each
takes a value and returns it hidden, or None when the value has nothing the evasion can hide (Cyrillic needs a
letter with a look-alike, a YAML escape a place where YAML reads one)."""

from __future__ import annotations

import random
from collections.abc import Callable

ESCAPE_PLAATSEN = {"citaat", "citaat-gevouwen", "team", "sleutel"}  # double-quoted YAML reads an escape there

_ONZICHTBAAR = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_CYRILLISCH = dict(zip("aceopxyiABEHKMOPCTXsj", "асеорхуіАВЕНКМОРСТХѕј", strict=True))
_GRIEKS = dict(zip("ABEHIKMNOPTXYZov", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖον", strict=True))
_ENTITEITEN = {"é": "&eacute;", "ë": "&euml;", "è": "&egrave;", "ü": "&uuml;", "ö": "&ouml;", "ç": "&ccedil;",
               "á": "&aacute;", "&": "&amp;", "'": "&#39;", "@": "&#64;", ".": "&#46;", "-": "&#45;", " ": "&nbsp;"}


def _binnen(r: random.Random, waarde: str) -> int | None:
    """A position between two word characters of `waarde`, where an inserted character splits the value."""
    plekken = [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]
    return r.choice(plekken) if plekken else None


def zero_width(r: random.Random, waarde: str) -> str | None:
    plek = _binnen(r, waarde)
    if plek is None:
        return None
    tweede = _binnen(r, waarde[plek:]) if len(waarde) > 12 and r.random() < 0.5 else None
    teken = r.choice(_ONZICHTBAAR)
    uit = waarde[:plek] + teken + waarde[plek:]
    if tweede is not None:
        uit = uit[:plek + 1 + tweede] + teken + uit[plek + 1 + tweede:]
    return uit


def zacht_afbreekstreepje(r: random.Random, waarde: str) -> str | None:
    plekken = [i for i in range(2, len(waarde) - 1) if waarde[i - 1].isalpha() and waarde[i].isalpha()]
    if not plekken:
        plekken = [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]
    if not plekken:
        return None
    plek = r.choice(plekken)
    return waarde[:plek] + "\u00ad" + waarde[plek:]


def _vervang(r: random.Random, waarde: str, tabel: dict[str, str], hoeveel: int) -> str | None:
    plekken = [i for i, c in enumerate(waarde) if c in tabel]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(hoeveel, len(plekken))))
    return "".join(tabel[c] if i in gekozen else c for i, c in enumerate(waarde))


def cyrillisch(r: random.Random, waarde: str) -> str | None:
    return _vervang(r, waarde, _CYRILLISCH, r.choice([1, 2, 3]))


def grieks(r: random.Random, waarde: str) -> str | None:
    return _vervang(r, waarde, _GRIEKS, r.choice([1, 2]))


def volle_breedte(r: random.Random, waarde: str) -> str | None:
    """Fullwidth forms of the ASCII letters and digits, for the whole value or its digits only."""
    if not any(c.isascii() and c.isalnum() for c in waarde):
        return None
    alleen_cijfers = any(c.isdigit() for c in waarde) and r.random() < 0.5
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isdigit() if alleen_cijfers else c.isalnum()) else c
                   for c in waarde)


def html_entiteit(r: random.Random, waarde: str) -> str | None:
    """One to three characters as an HTML entity: a named one where HTML has it, else a decimal or hex code."""
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in _ENTITEITEN]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(r.choice([1, 2, 3]), len(plekken))))

    def entiteit(c: str) -> str:
        if c in _ENTITEITEN and r.random() < 0.7:
            return _ENTITEITEN[c]
        return f"&#{ord(c)};" if r.random() < 0.5 else f"&#x{ord(c):x};"

    return "".join(entiteit(c) if i in gekozen else c for i, c in enumerate(waarde))


def yaml_escape(r: random.Random, waarde: str) -> str | None:
    """One or two characters as a YAML escape in a double-quoted string (\\x41, \\u00e9)."""
    plekken = [i for i, c in enumerate(waarde) if c.isalnum()]
    if not plekken:
        return None
    gekozen = set(r.sample(plekken, min(r.choice([1, 2]), len(plekken))))

    def escape(c: str) -> str:
        return f"\\x{ord(c):02x}" if ord(c) < 256 and r.random() < 0.5 else f"\\u{ord(c):04x}"

    return "".join(escape(c) if i in gekozen else c for i, c in enumerate(waarde))


EVASIES: dict[str, Callable[[random.Random, str], str | None]] = {
    "zero-width": zero_width, "zacht-afbreekstreepje": zacht_afbreekstreepje, "cyrillisch": cyrillisch,
    "grieks": grieks, "volle-breedte": volle_breedte, "html-entiteit": html_entiteit, "yaml-escape": yaml_escape,
}
