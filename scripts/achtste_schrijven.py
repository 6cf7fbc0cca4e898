"""How the eighth privacy corpus writes a name, and the checks the script runs before it writes a file: the parts
share no name word, and no clean line holds a planted value, a BSN-like number or a mobile number."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import achtste_namen as nm
from stdnum.nl import bsn

PARTIKELS = {"van", "der", "den", "ter", "ten", "het", "dos", "da", "de", "dela", "el", "al", "ait"}


@dataclass
class Persoon:
    herkomst: str
    voornaam: str
    achternaam: str
    bijnamen: list[str]

    @property
    def kern(self) -> str:
        """The surname without its lowercase particles (de Ruiter -> Ruiter)."""
        woorden = self.achternaam.split()
        while len(woorden) > 1 and woorden[0][0].islower():
            woorden = woorden[1:]
        return " ".join(woorden)

    @property
    def partikel(self) -> str:
        return self.achternaam[: len(self.achternaam) - len(self.kern)].strip()


def _voorletters(voornaam: str) -> str:
    return "".join(d[0].upper() + "." for d in re.split(r"[\s-]+", voornaam) if d)


def _hoofd(tekst: str) -> str:
    """The surname as written without a first name: its first particle capitalised (mevrouw De Ruiter)."""
    return tekst[0].upper() + tekst[1:]


_OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("li", "h"), ("l", "I"), ("e", "c"), ("o", "0"), ("u", "ii"), ("n", "ri"),
        ("a", "o")]


def _ocr(tekst: str, r: random.Random) -> str:
    """One OCR mistake as a scanner makes it: rn read as m, l as I, e as c, o as 0, u as ii."""
    mogelijk = [(oud, nieuw) for oud, nieuw in _OCR if oud in tekst[1:]]
    oud, nieuw = r.choice(mogelijk)
    plek = tekst.index(oud, 1)
    return tekst[:plek] + nieuw + tekst[plek + len(oud):]


def schrijf_naam(p: Persoon, wijze: str, ander: Persoon, r: random.Random) -> str:
    """`p` written the way `wijze` says; `ander` gives the second surname of a double surname."""
    volledig = f"{p.voornaam} {p.achternaam}"
    if wijze == "volledig":
        return volledig
    if wijze == "voorletter-achternaam":
        return f"{_voorletters(p.voornaam)} {p.achternaam}"
    if wijze == "initialen-achternaam":
        return f"{_voorletters(p.voornaam)}{r.choice('ABCDEGHJKLMNPRSTW')}. {p.achternaam}"
    if wijze == "achternaam-komma-voornaam":
        return f"{_hoofd(p.achternaam)}, {p.voornaam}"
    if wijze == "achternaam-komma-voorletters":
        return f"{_hoofd(p.achternaam)}, {_voorletters(p.voornaam)}"
    if wijze == "tussenvoegsel-achteraan":
        return f"{p.kern}, {p.voornaam} {p.partikel}".rstrip()
    if wijze == "hoofdletters":
        return volledig.upper()
    if wijze == "kleine-letters":
        return volledig.lower()
    if wijze == "achternaam-in-hoofdletters":
        return f"{p.voornaam} {p.achternaam.upper()}"
    if wijze == "dubbele-achternaam":
        return f"{p.voornaam} {p.achternaam}-{ander.achternaam}"
    if wijze == "achternaam":
        return _hoofd(p.achternaam)
    if wijze == "voornaam":
        return p.voornaam
    if wijze == "bijnaam":
        return r.choice(p.bijnamen)
    if wijze == "drie-namen":  # a given name, the father's and the family name, as Eritrean and Somali names go
        return f"{p.voornaam} {ander.voornaam} {p.achternaam}"
    if wijze == "roepnaam-tussen-haakjes":
        return f"{p.voornaam} ({r.choice(p.bijnamen)}) {p.achternaam}"
    if wijze == "ocr":
        return _ocr(volledig, r)
    raise ValueError(wijze)


def _woorden(tekst: str) -> set[str]:
    return {w for w in re.findall(r"\w{3,}", tekst.casefold())} - PARTIKELS


def namen_gescheiden() -> None:
    """Raise when a name word of part a is also one of part b."""
    kanten: list[set[str]] = [set(), set()]
    for herkomst, lijsten in nm.HERKOMSTEN.items():
        for kant in (0, 1):
            for naam in (*lijsten[2 * kant], *lijsten[2 * kant + 1], *nm.BIJNAMEN[herkomst][kant]):
                kanten[kant] |= _woorden(naam)
    gedeeld = kanten[0] & kanten[1]
    if gedeeld:
        raise SystemExit(f"namen in beide delen: {sorted(gedeeld)}")


def controleer_schoon(schoon: list[str], waarden: list[str]) -> None:
    """Raise when a clean line holds a planted value (longer than three characters), nine digits passing the
    elfproef or a mobile number, or when two clean lines are the same."""
    lang = sorted({w.casefold() for w in waarden if len(w) > 3}, key=len, reverse=True)
    een_van = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, lang)) + r")(?!\w)")
    fout = [t for t in schoon if een_van.search(t.casefold()) or re.search(r"\b06[- ]?\d{8}\b", t)
            or any(bsn.is_valid(g) for g in re.findall(r"\d{9}", re.sub(r"[\s.]", "", t)))]
    dubbel = [t for t in set(schoon) if schoon.count(t) > 1]
    if fout or dubbel:
        raise SystemExit("schone regels met een waarde of dubbel:\n" + "\n".join(fout + dubbel))
