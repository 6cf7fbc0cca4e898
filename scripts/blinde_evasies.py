"""Evasions for the blind privacy corpus: ways a value can be hidden from a naive scan while a reader still
sees it. Every function takes the value and a `random.Random` and returns the disguised value."""

from __future__ import annotations

import random
import re

CYRILLISCH = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ", strict=True))
GRIEKS = dict(zip("ABEZHIKMNOPTYXoiv", "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν", strict=True))


def _binnen_woord(waarde: str, rng: random.Random) -> int:
    """A position between two letters or digits of one word (0 when there is none)."""
    plekken = [i for i in range(1, len(waarde)) if waarde[i - 1].isalnum() and waarde[i].isalnum()]
    return rng.choice(plekken) if plekken else 0


def _invoegen(teken: str):  # type: ignore[no-untyped-def]
    def evasie(waarde: str, rng: random.Random) -> str:
        i = _binnen_woord(waarde, rng)
        return waarde[:i] + teken + waarde[i:]
    return evasie


def _vervang(tabel: dict[str, str], hoeveel: int = 2):  # type: ignore[no-untyped-def]
    def evasie(waarde: str, rng: random.Random) -> str:
        plekken = [i for i, c in enumerate(waarde) if c in tabel]
        for i in rng.sample(plekken, min(hoeveel, len(plekken))):
            waarde = waarde[:i] + tabel[waarde[i]] + waarde[i + 1:]
        return waarde
    return evasie


def volle_breedte(waarde: str, rng: random.Random) -> str:
    if any(c.isdigit() for c in waarde):
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in waarde)
    woorden = waarde.split(" ")
    i = rng.randrange(len(woorden))
    woorden[i] = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in woorden[i])
    return " ".join(woorden)


def html_entiteit(waarde: str, rng: random.Random) -> str:
    if "@" in waarde and rng.random() < 0.5:
        return waarde.replace("@", "&#64;")
    keuze = rng.choice(["shy", "zwsp", "decimaal", "hex", "naam"])
    i = _binnen_woord(waarde, rng)
    if keuze == "shy":
        return waarde[:i] + "&shy;" + waarde[i:]
    if keuze == "zwsp":
        return waarde[:i] + "&#8203;" + waarde[i:]
    if keuze == "decimaal":
        return waarde[:i] + f"&#{ord(waarde[i])};" + waarde[i + 1:]
    if keuze == "hex":
        return waarde[:i] + f"&#x{ord(waarde[i]):x};" + waarde[i + 1:]
    return waarde.replace(" ", "&nbsp;", 1) if " " in waarde else waarde[:i] + "&ZeroWidthSpace;" + waarde[i:]


def yaml_escape(waarde: str, rng: random.Random) -> str:
    """Only for double-quoted YAML scalars: the escape is decoded by the YAML parser."""
    i = _binnen_woord(waarde, rng)
    keuze = rng.choice(["zwsp", "shy", "letter", "cyrillisch"])
    if keuze == "zwsp":
        return waarde[:i] + "\\u200b" + waarde[i:]
    if keuze == "shy":
        return waarde[:i] + "\\xad" + waarde[i:]
    if keuze == "cyrillisch" and any(c in CYRILLISCH for c in waarde):
        j = rng.choice([k for k, c in enumerate(waarde) if c in CYRILLISCH])
        return waarde[:j] + f"\\u{ord(CYRILLISCH[waarde[j]]):04x}" + waarde[j + 1:]
    return waarde[:i] + f"\\x{ord(waarde[i]):02x}" + waarde[i + 1:] if ord(waarde[i]) < 256 else waarde


EVASIES = {
    "nulbreedte": _invoegen("\u200b"),
    "zacht-afbreekstreepje": _invoegen("\u00ad"),
    "woordverbinder": _invoegen("\u2060"),
    "cyrillisch": _vervang(CYRILLISCH),
    "grieks": _vervang(GRIEKS),
    "volle-breedte": volle_breedte,
    "html-entiteit": html_entiteit,
    "yaml-escape": yaml_escape,
}


def kies_evasie(plaats: str, waarde: str, rng: random.Random) -> tuple[str, str]:
    """(evasion name, disguised value); about a third of the values get one, sometimes two ('gemengd')."""
    if rng.random() > 0.36:
        return "geen", waarde
    namen = [n for n in EVASIES if n != "yaml-escape" or plaats in ("citaat", "citaat-gevouwen", "team", "sleutel")]
    if not re.search(r"[A-Za-z]", waarde):
        namen = [n for n in namen if n not in ("cyrillisch", "grieks")]
    if rng.random() < 0.15:
        a, b = rng.sample([n for n in namen if n != "yaml-escape"], 2)
        nieuw = EVASIES[b](EVASIES[a](waarde, rng), rng)
        return ("gemengd", nieuw) if nieuw != waarde else ("geen", waarde)
    naam = rng.choice(namen)
    nieuw = EVASIES[naam](waarde, rng)
    return (naam, nieuw) if nieuw != waarde else ("geen", waarde)
