"""Names of persons: the fast rules on deduce's Dutch lists, and the wider rules of the full scan for names
of every origin and in any case.

Fast (`namen`): a role or title before a capitalised word ("moeder Fatima", "dhr. De Groot"), initials before
a surname, a first name followed by a surname or by an age or role in brackets.

Full (`namen_breed`): first names of many countries (`lijsten.voornamen_wereld`), words that are no Dutch
word at all (wordfreq) as unknown names ("Tesfay Gebremedhin"), names typed in lowercase after a cue
("gesprek met fatima bouzid", "moeder aisha"); organisations and teams of the field (`geen-personen.txt`)
are never a person, and a team word followed by a name is a name only when a first name stands in it
("Wijkteam Fatima Bouzid" is a name, "Jeugdteam De Bakker" is not).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .detectoren import ROL
from .lijsten import GEEN_NAAM, gewone_woorden, lijst, plaatsnamen
from .treffer import Treffer

_AANSPREEKVORM = re.compile(
    rf"(?<![\w-])(?i:{ROL})\s*(?:\(\s*)?(?P<naam>(?:(?i:van der|van den|van de|van|de|der|den|ter|ten|in 't|'t) )?"
    r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?(?: (?:(?:van der|van den|van de|van|de|der|den|ter|ten) )?"
    r"[A-Z][a-zà-ÿ'-]+)?)"
)
_VOORLETTERS = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,4}(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te) )?"
    r"(?P<naam>[A-Z][a-zà-ÿ'-]{1,}(?:-[A-Z][a-zà-ÿ'-]+)?)"
)
_WOORD = re.compile(r"[A-Z][a-zà-ÿ'-]*[a-zà-ÿ]|[A-Z]")
_TUSSENVOEGSELS = ("van der ", "van den ", "van de ", "van ", "de ", "der ", "den ", "ter ", "ten ", "te ",
                   "in 't ", "'t ", "el ", "al ", "ben ", "bin ")
_INTERFIXEN = {"van", "der", "den", "de", "ter", "ten", "te", "'t", "in"}
_NATIONALITEIT = re.compile(r"(?:aanse|aans|ische|isch|ese|ees|eense|ndse|ndse|kse|rse|ierse|ijnse)$")
_ACHTERNAAM = re.compile(r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?")


def _is_naamwoord(woord: str) -> bool:
    return woord.casefold() not in gewone_woorden() and woord.casefold() not in plaatsnamen()


def _namen(tekst: str) -> Iterator[Treffer]:
    voornamen = lijst("names/lst_first_name")
    achternamen = lijst("names/lst_surname")
    for treffer in _AANSPREEKVORM.finditer(tekst):
        naam = treffer.group("naam")
        woorden = [w for w in naam.split() if w[:1].isupper() and w.casefold() not in _INTERFIXEN]
        met_tussenvoegsel = len(naam.split()) > len(woorden)
        if not woorden or _NATIONALITEIT.search(woorden[0]) or (
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



def namen(tekst: str, volledig: bool = False) -> Iterator[Treffer]:
    """Names in `tekst`: the fast rules, and with `volledig` the rules for every origin and case; never a
    name inside an organisation or a team name of the field."""
    gevonden = list(_namen(tekst))
    if volledig:
        from .breed import namen_breed

        gevonden += namen_breed(tekst)
    if not gevonden:
        return
    bezet = geen_persoon_spans(tekst, volledig)
    for treffer in gevonden:
        if not bezet.raakt(treffer.begin, treffer.eind):
            yield treffer


_TEAM = re.compile(r"(?<![\w-])(?i:(?:sociaal\s+)?(?:wijk|jeugd|buurt|gebieds|jeugd-\s+en\s+gezins|jeugd\s+en\s+gezins|"
                   r"sociaal\s+wijk|sociaal\s+)?team)\s+(?P<rest>(?:(?:de|het|'t|van|der|den)\s+)*[A-Z][\w'-]*"
                   r"(?:\s+(?:(?:de|het|'t|van|der|den)\s+)*[A-Z][\w'-]*){0,2})")


_REGIO = re.compile(r"(?:\s+[A-Z][\w'-]*(?![\w'-])){1,3}")


def _regiowoord(woord: str, volledig: bool) -> bool:
    """A word of a region or place after an organisation: a place, or a common Dutch word ("Midden")."""
    laag = woord.casefold()
    if woord in lijst("names/lst_first_name") or laag in _INTERFIXEN:
        return False
    if any(laag.split("-")[0] in verzameling for verzameling in (plaatsnamen(), gewone_woorden())):
        return True
    if volledig:
        from .lijsten import frequentie

        return all(frequentie(deel) >= 3.0 for deel in laag.split("-"))
    return False


class Bezet:
    """Spans of a text merged into sorted, non-overlapping ones, so that an overlap is found by bisection
    (linear in the text, also with thousands of organisations on one line)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        samengevoegd: list[list[int]] = []
        for begin, eind in sorted(spans):
            if samengevoegd and begin <= samengevoegd[-1][1]:
                samengevoegd[-1][1] = max(samengevoegd[-1][1], eind)
            else:
                samengevoegd.append([begin, eind])
        self.begins = [b for b, _ in samengevoegd]
        self.einden = [e for _, e in samengevoegd]

    def raakt(self, begin: int, eind: int) -> bool:
        """Whether ``[begin, eind)`` overlaps one of the spans."""
        plek = bisect.bisect_right(self.begins, eind - 1) - 1
        return plek >= 0 and self.einden[plek] > begin


_ORGANISATIEVORM = re.compile(
    r"(?<![\w-])(?:Stichting|Vereniging|Coöperatie|Zorggroep|Kinderopvang|Kinderdagverblijf|Basisschool|Buurthuis"
    r"|Wijkcentrum|Jeugd\s+(?:en|&)\s+Gezin)(?:\s+(?:(?:de|het|'t|van|voor|der|den|al|el)\s+)*(?!Stichting\b)[A-Z][\w'-]*){1,3}"
    # named after a person, but an organisation by the word after it ("Verwey-Jonker Instituut")
    r"|(?<![\w-])(?:[A-Z][\w'-]*\s+(?:(?:van|de|der|den)\s+)*){1,3}(?:Instituut|Ziekenhuis|Kliniek|Fonds|Stichting"
    r"|Academie|Huis|Hogeschool|Universiteit|Lyceum|College|School|Centrum|Groep|Prijs)(?![\w-])")


def geen_persoon_spans(tekst: str, volledig: bool = True) -> Bezet:
    """Spans of organisations (`geen-personen.txt`) and of team names ("Jeugdteam De Bakker"; not
    "Wijkteam Fatima Bouzid", in which a first name stands). Without `volledig` only deduce's Dutch first
    names are consulted (no word-frequency list is loaded)."""
    from .breed import naamachtige_teamnaam
    from .lijsten import geen_personen

    spans = []
    for organisatie in geen_personen().finditer(tekst):
        # a region or place after an organisation belongs to it ("Veilig Thuis Hollands Midden", "GGD
        # Gelderland-Zuid"), unless a first name stands there
        regio = _REGIO.match(tekst, organisatie.end())
        verder = regio is not None and not organisatie.group().casefold().endswith("team") and all(
            _regiowoord(w, volledig) for w in regio.group().split())
        spans.append((organisatie.start(), regio.end() if verder and regio else organisatie.end()))
    spans += [m.span() for m in _ORGANISATIEVORM.finditer(tekst)]  # "Stichting Al Amal": named, but no person
    for team in _TEAM.finditer(tekst):
        eerste = re.match(r"(?:(?:de|het|'t|van|der|den)\s+)*([\w'-]+)", team.group("rest"), re.IGNORECASE)
        if re.match(r"[A-Z]\.", tekst[team.start("rest"):team.start("rest") + 2]):
            continue  # "Wijkteam A. Al-Khatib": initials, a person
        if re.match(r"(?i:de|het|'t)\s", team.group("rest")):
            spans.append(team.span())  # "Wijkteam De Kern", "Jeugdteam Het Anker": an article names a place
            continue
        voornaam = eerste is not None and (naamachtige_teamnaam(team.group("rest")) if volledig
                                           else eerste.group(1) in lijst("names/lst_first_name"))
        if not voornaam:
            spans.append(team.span())
    return Bezet(spans)
