"""How the seventh privacy corpus writes a name (full, initials, surname only, first name, "Achternaam, Voornaam",
particles at the end, CAPITALS, lowercase, a double surname, a nickname), and the checks the script makes before it
writes: the two parts share no name word, and no clean line holds a planted value, a mobile number or a BSN."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import zevende_namen as nm
from stdnum.nl import bsn


@dataclass(frozen=True)
class Persoon:
    herkomst: str
    voornaam: str
    achternaam: str
    bijnaam: str


def _tussenvoegsel(achternaam: str) -> tuple[str, str]:
    """(particles, core) of a surname: ``van der Heijden`` -> (``van der``, ``Heijden``)."""
    woorden = achternaam.split()
    i = 0
    while i < len(woorden) - 1 and woorden[i][0].islower():
        i += 1
    return " ".join(woorden[:i]), " ".join(woorden[i:])


def schrijf_naam(p: Persoon, wijze: str, partner: Persoon, r: random.Random) -> str:
    v, a = p.voornaam, p.achternaam
    voorletters = "".join(w[0] + "." for w in re.split(r"[\s-]+", v))
    deeltjes, kern = _tussenvoegsel(a)
    return {
        "volledig": f"{v} {a}",
        "voorletter-achternaam": f"{voorletters} {a}",
        "initialen": f"{voorletters}{r.choice('AEHJMS')}. {a}",
        "achternaam": a[0].upper() + a[1:],
        "voornaam": v,
        "achternaam-komma-voornaam": f"{a}, {v}",
        "achternaam-komma-voorletters": f"{a}, {voorletters}",
        "tussenvoegsel-achteraan": f"{kern}, {voorletters} {deeltjes}",
        "hoofdletters": f"{v} {a}".upper(),
        "achternaam-in-hoofdletters": f"{v} {a.upper()}",
        "dubbele-achternaam": f"{v} {a}-{partner.achternaam}",
        "kleine-letters": f"{v} {a}".lower(),
        "bijnaam": p.bijnaam,
    }[wijze]


def _woorden(namen: list[str]) -> set[str]:
    return {w for n in namen for w in re.findall(r"\w{3,}", n.casefold())} - nm.PARTIKELS


def namen_gescheiden() -> None:
    """Part a and part b share no word of a first name, surname or nickname."""
    a = _woorden([n for v, s, _, _ in nm.HERKOMSTEN.values() for n in v + s] + [b for b, _ in nm.BIJNAMEN.values()])
    b = _woorden([n for _, _, v, s in nm.HERKOMSTEN.values() for n in v + s] + [b for _, b in nm.BIJNAMEN.values()])
    if a & b:
        raise SystemExit(f"namen in beide delen: {sorted(a & b)}")


def controleer_schoon(teksten: list[str], waarden: list[str]) -> None:
    """Stops when a clean line holds a planted value (longer than three characters), a mobile number, nine digits
    that pass the elfproef, a TAB, a double quote or a backslash."""
    lang = sorted({w.casefold() for w in waarden if len(w) > 3}, key=len, reverse=True)
    een_van = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lang)) + r")(?!\w)")
    fout = [t for t in teksten if een_van.search(t.casefold()) or re.search(r"\b06[- ]?\d{8}\b", t)
            or any(bsn.is_valid(g) for g in re.findall(r"\d{9}", re.sub(r"[\s.]", "", t))) or re.search(r'[\t"\\]', t)]
    if fout or len(set(teksten)) != len(teksten):
        raise SystemExit(f"schone regels met een waarde of dubbel: {fout[:5]}")
