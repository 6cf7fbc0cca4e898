"""Streets written in lowercase with a house number ("graaf florisstraat 304-hs", "woont op schooldijk 95
bis"): an address only right after "adres" or a preposition of place, so that prose stays clean."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .treffer import Treffer

# a house number with its additions: "304-hs", "95 bis", "136 A", "297b", "255-II", "12-2"
HUISNUMMER = (r"\d{1,4}(?:[ -]?(?:bis|hs|bg|huis|rood|zw|zwart|boven|beneden)(?!\w)|-(?:I{1,3}|IV)(?!\w)"
              r"| ?[a-zA-Z](?!\w))?(?:-\d{1,4})?")
_KLEIN = re.compile(
    r"(?<![\w-])(?P<straat>(?:(?:[a-zà-ÿ'-]+|van|de|der|den) ){0,3}[a-zà-ÿ'-]{3,}"
    r"(?:straat|laan|plein|gracht|singel|kade|dijk|weg|erf|ring|hof|baan|dreef|steeg|hoven|akker))"
    rf" (?P<nummer>{HUISNUMMER})(?![\w,.]\d|[\d%])")
_CONTEXT = re.compile(r"(?:\b(?:woonadres|adres)\s*:?\s*|\b(?:op|aan|naar|in)\s+(?:de\s+)?"
                      # "woont graaf florisstraat 304-hs", "nieuw woonadres volgens moeder: reigerstraat 282-2"
                      r"|\b(?:woont|wonend|woonachtig|verblijft|verhuisd)\s+|adres\b[^.:;\n]{0,30}:\s*)$",
                      re.IGNORECASE)
_GEEN_STRAATWOORD = frozenset({"op", "aan", "naar", "in", "bij", "te", "de", "het", "een", "woont", "adres",
                               "verhuisd", "wonend", "woonachtig", "woonadres"})
_NIET_NA = re.compile(r"\s*(?:uur|%|procent|keer|dagen|weken|maanden|jaar|minuten|dossiers|gezinnen|x\b)",
                      re.IGNORECASE)


def kleine_straten(tekst: str) -> Iterator[Treffer]:
    for treffer in _KLEIN.finditer(tekst):
        if _NIET_NA.match(tekst, treffer.end()):
            continue
        # the street starts at the word after the cue: find the shortest tail of the words with the cue before it
        woorden = list(re.finditer(r"\S+", treffer.group("straat")))
        for woord in woorden:
            if woord.group() in _GEEN_STRAATWOORD and woord is not woorden[-1]:
                continue
            begin = treffer.start("straat") + woord.start()
            if _CONTEXT.search(tekst[max(0, begin - 40):begin]):
                yield Treffer("adres", begin, treffer.end())
                break
