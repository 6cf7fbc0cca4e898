"""Names of persons: the fast rules on deduce's Dutch lists, and the wider rules of the full scan for names
of every origin and in any case.

Fast (`namen`): a role or title before a capitalised word ("moeder Fatima", "dhr. De Groot"), initials before
a surname, a first name followed by a surname or by an age or role in brackets.

Full (`breed.namen_breed`, with `breed.geen_persoon_spans`): first names of many countries
(`lijsten.voornamen_wereld`), words that are no Dutch
word at all (wordfreq) as unknown names ("Tesfay Gebremedhin"), names typed in lowercase after a cue
("gesprek met fatima bouzid", "moeder aisha"); organisations and teams of the field (`geen-personen.txt`)
are never a person, and a team word followed by a name is a name only when a first name stands in it
("Wijkteam Fatima Bouzid" is a name, "Jeugdteam De Bakker" is not); and names where a sentence puts a person
(`zinsbouw.namen_in_zin`: "Bakker vertelt", "vertelde Kibrom dat", "casusregisseur ama") or written as names are
("O'Brien", "Al-Masri").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import GEEN_NAAMVORM, ROL
from .lijsten import GEEN_NAAM, gewone_woorden, lijst, plaatsnamen
from .treffer import Treffer

_AANSPREEKVORM = patroon(
    rf"(?<![\w-])(?i:{ROL})\s*(?:\(\s*)?(?P<naam>(?:(?i:van der|van den|van de|van|de|der|den|ter|ten|in 't|'t) )?"
    r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?(?: (?:(?:van der|van den|van de|van|de|der|den|ter|ten) )?"
    r"[A-Z][a-zà-ÿ'-]+)?)"
)
_VOORLETTERS = patroon(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,4}(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te) )?"
    r"(?P<naam>[A-Z][a-zà-ÿ'-]{1,}(?:-[A-Z][a-zà-ÿ'-]+)?)"
)
_WOORD = patroon(r"[A-Z][a-zà-ÿ'-]*[a-zà-ÿ]|[A-Z]")
_TUSSENVOEGSELS = ("van der ", "van den ", "van de ", "van ", "de ", "der ", "den ", "ter ", "ten ", "te ",
                   "in 't ", "'t ", "el ", "al ", "ben ", "bin ")
_INTERFIXEN = {"van", "der", "den", "de", "ter", "ten", "te", "'t", "in"}
_NATIONALITEIT = patroon(r"(?:aanse|aans|ische|isch|ese|ees|eense|ndse|ndse|kse|rse|ierse|ijnse)$")
_ACHTERNAAM = patroon(r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?")


def _is_naamwoord(woord: str) -> bool:
    return woord.casefold() not in gewone_woorden() and woord.casefold() not in plaatsnamen()


_HOOFDLETTER = patroon(r"[A-Z]")
"""Every fast rule starts at a capital: a text without one has no name for them (and needs no list)."""


def _namen(tekst: str) -> Iterator[Treffer]:
    if _HOOFDLETTER.search(tekst) is None:
        return
    voornamen = lijst("names/lst_first_name")
    achternamen = lijst("names/lst_surname")
    for treffer in _AANSPREEKVORM.finditer(tekst):
        naam = treffer.group("naam")
        woorden = [w for w in naam.split() if w[:1].isupper() and w.casefold() not in _INTERFIXEN]
        met_tussenvoegsel = len(naam.split()) > len(woorden)
        if not woorden or _NATIONALITEIT.search(woorden[0]) or GEEN_NAAMVORM.search(woorden[-1]) or (
                woorden[0].casefold() in GEEN_NAAM and not met_tussenvoegsel):
            continue
        if met_tussenvoegsel or _is_naamwoord(woorden[0]) or woorden[0] in voornamen or woorden[0] in achternamen:
            yield Treffer("naam", treffer.start("naam"), treffer.end("naam"))
    for treffer in _VOORLETTERS.finditer(tekst):
        naam = treffer.group("naam")
        meer_letters = treffer.group().count(".") > 1
        met_interfix = treffer.group()[: treffer.start("naam") - treffer.start()].rstrip().endswith(tuple(_INTERFIXEN))
        if naam in achternamen or ((meer_letters or met_interfix) and _is_naamwoord(naam)):
            yield Treffer("naam", treffer.start(), treffer.end())
    # a first name from deduce's list followed by a surname ("Jan de Vries", "Sanne Bakker") or by a role
    # or age in brackets ("Kevin (zoon, 14 jaar)", "Sophie (8)")
    for treffer in _WOORD.finditer(tekst):
        woord = treffer.group()
        if woord not in voornamen or woord.casefold() in gewone_woorden():
            continue
        rest = tekst[treffer.end():treffer.end() + 40]
        if re.match(rf"\s?\(\s*(?:\d|(?i:{ROL})\b)", rest):
            yield Treffer("naam", treffer.start(), treffer.end())
            continue
        if not rest.startswith(" "):
            continue
        rest = rest[1:]
        tussen = next((t for t in _TUSSENVOEGSELS if rest.startswith(t)), "")
        achter = _ACHTERNAAM.match(rest, len(tussen))
        if achter is None:
            continue
        if achter.group() in achternamen or tussen or (
                achter.group() in voornamen and achter.group().casefold() not in gewone_woorden()):
            yield Treffer("naam", treffer.start(), treffer.end() + 1 + achter.end())


# a first name with the initial of the surname ("Corrie D.", "Krzysztof K.")
_MET_INITIAAL = patroon(r"(?<![\w.-])(?P<voor>[A-Z][a-zà-ÿ'-]+)\s(?:[A-Z]\.){1,2}(?![\w])")
# the order of a register, the interfix at the end: "Heijden, Monique van der", "Vliet, Bram van"
_OMGEKEERD_MET_INTERFIX = patroon(
    r"(?<![\w-])(?P<achter>[A-Z][a-zà-ÿ'-]+),\s(?P<voor>[A-Z][a-zà-ÿ'-]+)(?:\s[A-Z][a-zà-ÿ'-]+)?"
    r"\s(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|in 't|'t|dela|del|da|dos|das)(?![\w'-])(?!\s+[A-Z])")


def _namen_in_vorm(tekst: str) -> Iterator[Treffer]:
    """A known first name with an initial ("Saba B.", also a name that is a place), and the register's order
    with the interfix at the end: a surname from the lists (also one that is a word after an interfix, "Berg"),
    a comma and a first name; both forms are names wherever they stand."""
    from .lijsten import achternamen, frequentie, voornamen_wereld
    from .zinsbouw import _achternamen_na_tussenvoegsel

    def voornaam(woord: str, grens: float) -> bool:
        laag = woord.casefold()
        return laag in voornamen_wereld() and laag not in gewone_woorden() and frequentie(laag) < grens

    for treffer in _MET_INITIAAL.finditer(tekst):
        if voornaam(treffer.group("voor"), 4.6):
            yield Treffer("naam", treffer.start(), treffer.end())
    for treffer in _OMGEKEERD_MET_INTERFIX.finditer(tekst):
        achter = treffer.group("achter").casefold()
        if voornaam(treffer.group("voor"), 5.5) and achter not in GEEN_NAAM and (
                achter in achternamen() or achter in _achternamen_na_tussenvoegsel()):
            yield Treffer("naam", treffer.start(), treffer.end())


def namen(tekst: str, volledig: bool = False) -> Iterator[Treffer]:
    """Names in `tekst`: the fast rules, and with `volledig` the rules for every origin and case; never a
    name inside an organisation or a team name of the field."""
    gevonden = list(_namen(tekst))
    if volledig:
        from .breed import namen_breed
        from .naamkaders import namen_in_kader
        from .persoonskaders import namen_in_persoonskader
        from .schrijfwijzen import namen_in_schrijfwijze
        from .zinsbouw import namen_in_zin

        gevonden += namen_breed(tekst)
        gevonden += namen_in_zin(tekst)
        gevonden += _namen_in_vorm(tekst)
        gevonden += namen_in_kader(tekst)  # "Ingevuld door X namens moeder", "Casus X:", "Wijkteam Noord / X"
        gevonden += namen_in_schrijfwijze(tekst)  # "Nowak K.", "M. (Mira) Kaya", "KARIMI Hamid"
        gevonden += namen_in_persoonskader(tekst)  # "Van: Edneia <...>", "[10:42] Wahidjan:", "moeder en Minhie"
    if not gevonden:
        return
    from .breed import geen_persoon_spans  # organisations and teams: only read when a name was found

    bezet = geen_persoon_spans(tekst, volledig)
    for treffer in gevonden:
        if not bezet.raakt(treffer.begin, treffer.eind):
            yield treffer
