"""The ways a value of the sixth privacy corpus hides its characters (evasions), each a function of the value and a
random generator. `kan` tells whether an evasion changes a value at all (a BSN has no letter to swap for Cyrillic)."""

from __future__ import annotations

import random
from collections.abc import Callable

EVASIES = ("zero-width", "zacht-afbreekstreepje", "cyrillisch", "grieks", "volle-breedte", "html-entiteit",
           "yaml-escape")
# placements where YAML reads a backslash escape (a double-quoted scalar)
MET_ESCAPES = {"citaat", "citaat-gevouwen", "team", "sleutel"}

_CYRILLISCH = dict(zip("aceopxyijsABCEHIJKMOPSTX", "асеорхуіјѕАВСЕНІЈКМОРЅТХ", strict=True))
_GRIEKS = dict(zip("aoivukABEHIKMNOPTXYZ", "αοινυκΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", strict=True))
_ONZICHTBAAR = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
_NAMEN_HTML = {"é": "&eacute;", "ë": "&euml;", "ï": "&iuml;", "ü": "&uuml;", "ö": "&ouml;", "@": "&commat;",
               ".": "&period;", "-": "&hyphen;"}


def _binnen(waarde: str) -> list[int]:
    """Positions between two letters or digits: where a hidden character splits a word."""
    return [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]


def _invoegen(waarde: str, tekens: Callable[[], str], rng: random.Random) -> str:
    plekken = sorted(rng.sample(_binnen(waarde), min(len(_binnen(waarde)), rng.choice([1, 1, 2]))), reverse=True)
    for i in plekken:
        waarde = waarde[:i] + tekens() + waarde[i:]
    return waarde


def _vervang(waarde: str, tabel: dict[str, str], rng: random.Random) -> str:
    plekken = [i for i, c in enumerate(waarde) if c in tabel]
    gekozen = set(rng.sample(plekken, min(len(plekken), rng.choice([1, 2, 3]))))
    return "".join(tabel[c] if i in gekozen else c for i, c in enumerate(waarde))


def _volle_breedte(waarde: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and (c.isalnum() or c in "@.-+") else c for c in waarde)


def _html(waarde: str, rng: random.Random) -> str:
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in _NAMEN_HTML]
    gekozen = set(rng.sample(plekken, min(len(plekken), rng.choice([1, 2, 3]))))

    def entiteit(c: str) -> str:
        if c in _NAMEN_HTML and rng.random() < 0.5:
            return _NAMEN_HTML[c]
        return f"&#{ord(c)};" if rng.random() < 0.6 else f"&#x{ord(c):x};"

    return "".join(entiteit(c) if i in gekozen else c for i, c in enumerate(waarde))


def _yaml(waarde: str, rng: random.Random) -> str:
    plekken = [i for i, c in enumerate(waarde) if c.isalnum() or c in "@.-"]
    gekozen = set(rng.sample(plekken, min(len(plekken), rng.choice([1, 2]))))

    def escape(c: str) -> str:
        return f"\\x{ord(c):02X}" if ord(c) < 0x80 and rng.random() < 0.4 else f"\\u{ord(c):04x}"

    return "".join(escape(c) if i in gekozen else c for i, c in enumerate(waarde))


def verberg(evasie: str, waarde: str, rng: random.Random) -> str:
    """`waarde` with `evasie` applied."""
    if evasie == "zero-width":
        return _invoegen(waarde, lambda: rng.choice(_ONZICHTBAAR), rng)
    if evasie == "zacht-afbreekstreepje":
        return _invoegen(waarde, lambda: "\u00ad", rng)
    if evasie == "cyrillisch":
        return _vervang(waarde, _CYRILLISCH, rng)
    if evasie == "grieks":
        return _vervang(waarde, _GRIEKS, rng)
    if evasie == "volle-breedte":
        return _volle_breedte(waarde, rng)
    if evasie == "html-entiteit":
        return _html(waarde, rng)
    if evasie == "yaml-escape":
        return _yaml(waarde, rng)
    raise ValueError(evasie)


def kan(evasie: str, waarde: str, plaats: str) -> bool:
    """Whether `evasie` changes `waarde` and may stand in `plaats`."""
    if evasie == "yaml-escape":
        return plaats in MET_ESCAPES
    if evasie == "cyrillisch":
        return any(c in _CYRILLISCH for c in waarde)
    if evasie == "grieks":
        return any(c in _GRIEKS for c in waarde)
    if evasie in ("zero-width", "zacht-afbreekstreepje"):
        return bool(_binnen(waarde))
    return any(c.isascii() and c.isalnum() for c in waarde)
