"""A pupil's school: a named school with a groep, klas or leerjaar nearby ("basisschool De Regenboog, groep 5",
"klas 2 van het Da Vinci College").

A school on its own is public (an organisation); with a class it points to one child, so the detector looks for a
school's name near a class word. Overlapping findings are joined into one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .treffer import Treffer

_SCHOOLWOORD = (r"basisschool|school|obs|cbs|pcbs|rkbs|ibs|sbo|so|vso|kindcentrum|ikc|montessorischool|"
                r"daltonschool|jenaplanschool|scholengemeenschap|college|lyceum")
_SCHOOL = re.compile(
    rf"\b(?i:{_SCHOOLWOORD})\s+(?:(?i:de|het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}"
    rf"[^.;\n]{{0,40}}?\b(?i:groep\s*\d(?:/\d|\w)?|gr\.\s*\d(?:/\d)?|klas\s*\d\w?|leerjaar\s*\d|brugklas"
    rf"|[1-6](?:e|de|ste)\s+klas)"
    rf"|\b(?:(?i:groep|klas|leerjaar)\s*\d\w?|(?i:brugklas))\s+(?i:van|op|bij|in)\s+(?:(?i:basisschool|school|obs|cbs|de|het|'t)\s+)*"
    rf"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}(?:\s+(?i:basisschool|school|college))?"
    # a school named without the word school: "zit op De Klimop in groep 3"
    rf"|(?:(?<=\b(?i:op)\s)|(?<=\b(?i:naar)\s))(?:(?:De|Het|'t)\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}},?\s+"
    rf"(?:(?i:in)\s+)?(?i:groep|klas)\s*\d\w?",
)


# a school's name in lowercase after its groep: "groep 8 van de tweemaster"; not a word of school life
_KLEINE_SCHOOL = re.compile(r"\b(?i:groep|klas|leerjaar)\s*\d\w?\s+(?i:van|op|bij)\s+(?i:de|het|'t)\s+"
                            r"(?P<naam>[a-zà-ÿ][\w'-]{3,})(?![\w-])")
_GEEN_SCHOOLNAAM = frozenset({"school", "basisschool", "klas", "groep", "juf", "meester", "leerkracht", "week",
                              "dag", "maand", "jaar", "les", "ochtend", "middag", "middelbare", "speciale", "nieuwe",
                              "oude", "andere", "eigen", "zelfde", "huidige", "vorige", "volgende", "kinderen",
                              "leerlingen", "ouders", "mentor", "intern", "zorg", "zorgcoördinator", "directeur",
                              "directie", "lagere", "gewone", "reguliere", "buurt", "wijk", "opvang", "bso"})


# a named school: its kind before the name ("rkbs De Eendracht", "sbo-school De Wilgenstam") or its school word
# in or after it ("Max Havelaarschool", "Christelijk Lyceum Gouda", "Da Vinci College Kagerstraat")
_NAAM_VAN_SCHOOL = re.compile(
    r"(?<![\w-])(?:(?i:obs|cbs|pcbs|rkbs|ibs|sbo|vso|sbo-school|(?:openbare\s+|christelijke\s+|katholieke\s+)?basisschool)"
    r"\s+(?:(?:De|Het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    r"|(?:[A-Z][\w'-]*\s+(?:(?:van|de|der|den|het|'t)\s+)*){0,3}(?:[A-Z][\w'-]*(?:school|college)|College|Lyceum"
    r"|Scholengemeenschap)"
    r"(?:\s+(?!De\b|Het\b)[A-Z][\w'-]*)?)(?![\w-])")
_KLASWOORD = re.compile(r"(?i:\bgroep\s*\d|\bgr\.\s*\d|\bklas\b|\bhavo\b|\bvwo\b|\bvmbo|\bleerjaar|\bbrugklas|\d(?:e|de)\s+klas)")


def scholen(tekst: str) -> Iterator[Treffer]:
    """Schools, overlapping findings joined ("klas 1 van het Da Vinci College" and "Da Vinci College
    Kagerstraat" are one)."""
    treffers = sorted(_scholen_los(tekst), key=lambda t: t.begin)
    for index, treffer in enumerate(treffers):
        if index and treffers[index - 1].eind > treffer.begin:
            treffers[index] = Treffer("school", treffers[index - 1].begin, max(treffer.eind, treffers[index - 1].eind))
            treffers[index - 1] = Treffer("school", -1, -1)
    yield from (t for t in treffers if t.begin >= 0)


def _scholen_los(tekst: str) -> Iterator[Treffer]:
    laag = tekst.casefold()
    klassen = [m.start() for m in _KLASWOORD.finditer(tekst)]
    for treffer in _NAAM_VAN_SCHOOL.finditer(tekst) if klassen else ():  # a pupil's school: a class nearby
        plek = bisect.bisect_left(klassen, treffer.start() - 60)  # the first class word that may be near
        if plek < len(klassen) and klassen[plek] <= treffer.end() + 60:
            yield Treffer("school", treffer.start(), treffer.end())
    if "groep" in laag or "klas" in laag or "leerjaar" in laag or "gr." in laag:
        for treffer in _SCHOOL.finditer(tekst):
            yield Treffer("school", treffer.start(), treffer.end())
        for treffer in _KLEINE_SCHOOL.finditer(tekst):
            naam = treffer.group("naam").casefold()
            if naam not in _GEEN_SCHOOLNAAM and not naam.endswith(("school", "klas", "groep")):
                yield Treffer("school", treffer.start(), treffer.end())
