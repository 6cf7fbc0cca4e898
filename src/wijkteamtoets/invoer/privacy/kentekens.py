"""Kentekens in lowercase or without hyphens ("kb-150-r", "G37ZPX"): a kenteken only after a word of a
vehicle, and only when the six characters, split in groups, form one of the Dutch sidecodes. Written in three
groups (hyphens in any case, spaces in capitals: "3-ht-679", "TND 87 G") it is a kenteken anywhere, when its
groups form a sidecode."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..patronen import patroon
from .treffer import Treffer

_KANDIDAAT = patroon(r"(?<![\w-])(?=[\w -]{0,10}\d)(?=[\w -]{0,10}[^\W\d_])(?:[A-Za-z0-9]{6}|[A-Za-z0-9]{1,3}-[A-Za-z0-9]{1,3}"
                        r"-[A-Za-z0-9]{1,3}|[A-Za-z0-9]{1,3} [A-Za-z0-9]{1,3} [A-Za-z0-9]{1,3})(?![\w-])")
# a vehicle, also by its make ("een grijze Opel met 61-sg-sh"), or its insurance
_VOERTUIGEN = (r"kenteken|auto|busje|bus|bestelbus|scooter|brommer|motor|wagen|voertuig|"
               r"aanhanger|camper|vrachtwagen|verzekering|opel|volkswagen|vw|toyota|peugeot|renault|ford|bmw|"
               r"mercedes|audi|fiat|kia|skoda|citroën|citroen|volvo|seat|nissan|hyundai|mazda|suzuki|tesla")
_VOERTUIG = patroon(rf"\b(?:{_VOERTUIGEN})\w*\b[^.;\n]{{0,25}}$", re.IGNORECASE)
# the abbreviation of a note: "kent. BJH96V", "kent.: 291SL4", "kent: 91KZSB" (not the verb: "kent de regels")
_KENT = patroon(r"\bkent(?:\.:?|:)\s*$", re.IGNORECASE)


def _sidecode(tekens: str, kenteken: re.Pattern[str]) -> bool:
    """Whether the six characters split in three groups of one to three are a sidecode."""
    for a, b in itertools.product(range(1, 4), repeat=2):
        if a + b < 6 and 6 - a - b <= 3 and kenteken.fullmatch(f"{tekens[:a]}-{tekens[a:a + b]}-{tekens[a + b:]}"):
            return True
    return False


def kentekens_na_voertuig(tekst: str, kenteken: re.Pattern[str]) -> Iterator[Treffer]:
    """Kentekens in any case, with or without hyphens, right after a vehicle word, or in capitals as the whole
    value (a comment "F357SF"); `kenteken` is the pattern of the sidecodes in capitals with hyphens."""
    heel = tekst.strip(" \t\"'.")
    for treffer in _KANDIDAAT.finditer(tekst):
        tekens = treffer.group().replace("-", "").replace(" ", "").upper()
        if len(tekens) != 6 or not _sidecode(tekens, kenteken) or (" " in treffer.group() and not treffer.group().isupper()):
            continue  # with spaces only in capitals ("BG 139 H"; not "2 uur 15")
        if _VOERTUIG.search(tekst[max(0, treffer.start() - 45):treffer.start()]) \
                or _KENT.search(tekst, max(0, treffer.start() - 10), treffer.start()) or (
                heel.isupper() and (treffer.group() == heel or re.fullmatch(r"[A-Z0-9]{6}", treffer.group()))):
            # in capitals: the whole value, or six characters without separators anywhere (a sidecode has
            # groups of only letters or only digits, which a code such as "1G1P1R" has not)
            yield Treffer("kenteken", treffer.start(), treffer.end())


_IN_GROEPEN = patroon(r"(?<![\w-])([A-Za-z0-9]{1,3})([- ])([A-Za-z0-9]{1,3})\2([A-Za-z0-9]{1,3})(?![\w-])")


def kentekens_in_groepen(tekst: str, kenteken: re.Pattern[str]) -> Iterator[Treffer]:
    """Kentekens anywhere: three groups with hyphens (any case, one case per kenteken) or spaces (capitals)
    whose groups form a sidecode."""
    for treffer in _IN_GROEPEN.finditer(tekst):
        tekens = re.sub(r"[- ]", "", treffer.group())
        letters = re.sub(r"\d", "", tekens)
        if len(tekens) != 6 or not letters or len(letters) == 6 or not (letters.isupper() or letters.islower()):
            continue
        if (treffer.group(2) == "-" or letters.isupper()) and kenteken.fullmatch(
                "-".join(treffer.group(1, 3, 4)).upper()):
            yield Treffer("kenteken", treffer.start(), treffer.end())


# a foreign plate: Belgian ("1-WDY-428", since 2010 a digit, three letters, three digits; before that "ABC-123" or
# "123-ABC") or German (district, one or two letters, one to four digits, "E" or "H" for an electric or old car:
# "MG-XW 7904", "B-AB 123E"); one case of letters per plate
_BUITENLANDS = patroon(r"(?<![\w-])(?:[1-9]-(?:[A-Z]{3}|[a-z]{3})-\d{3}|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3}"
                       r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ -]?\d{1,4}[EH]?)(?![\w-])")
# such a shape is also a code of a form or a case ("protocol 1-ABC-123", "casus WMO-123"): a plate only right after a
# vehicle, its plate or its country, with nothing between but the words that join them ("een grijze Opel, 2-kpt-519",
# "auto met Belgische nummerplaat 1-ABC-123", "Kenteken (D): KLE-MA 58")
_VOERTUIG_DIRECT = patroon(rf"(?i:\b(?:{_VOERTUIGEN}|nummerplaat|plaat)\w*"
                           r"(?:[\s,:()]+(?:met|had|heeft|een|de|het|van|belgisch\w*|duits\w*|d|b|nr\.?|nummer"
                           r"|kenteken|nummerplaat))*[\s,:()]*)$")


def buitenlandse_kentekens(tekst: str) -> Iterator[Treffer]:
    """Belgian and German kentekens right after a vehicle, a plate or its country."""
    for treffer in _BUITENLANDS.finditer(tekst):
        if _VOERTUIG_DIRECT.search(tekst[max(0, treffer.start() - 60):treffer.start()]):
            yield Treffer("kenteken", treffer.start(), treffer.end())
