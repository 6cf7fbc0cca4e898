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
    r"|Wijkcentrum|Jeugd\s+(?:en|&)\s+Gezin)(?:\s+(?:(?:de|het|'t|van|voor|der|den|al|el)\s+)*(?!Stichting\b)[A-Z][\w'-]*){1,3}")


def geen_persoon_spans(tekst: str, volledig: bool = True) -> Bezet:
    """Spans of organisations (`geen-personen.txt`) and of team names ("Jeugdteam De Bakker"; not
    "Wijkteam Fatima Bouzid", in which a first name stands). Without `volledig` only deduce's Dutch first
    names are consulted (no word-frequency list is loaded)."""
    from .lijsten import geen_personen

    spans = [(m.start(), m.end()) for m in geen_personen().finditer(tekst)]
    spans += [m.span() for m in _ORGANISATIEVORM.finditer(tekst)]  # "Stichting Al Amal": named, but no person
    for team in _TEAM.finditer(tekst):
        eerste = re.match(r"(?:(?:de|het|'t|van|der|den)\s+)*([\w'-]+)", team.group("rest"), re.IGNORECASE)
        if re.match(r"[A-Z]\.", tekst[team.start("rest"):team.start("rest") + 2]):
            continue  # "Wijkteam A. Al-Khatib": initials, a person
        if re.match(r"(?i:de|het|'t)\s", team.group("rest")):
            spans.append(team.span())  # "Wijkteam De Kern", "Jeugdteam Het Anker": an article names a place
            continue
        voornaam = eerste is not None and (_bekende_voornaam(eerste.group(1)) if volledig
                                           else eerste.group(1) in lijst("names/lst_first_name"))
        if not voornaam:
            spans.append(team.span())
    return Bezet(spans)


# --- names of every origin, in any case (full scan) ----------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NAAMDEEL = {"van", "der", "den", "de", "ter", "ten", "te", "el", "al", "ben", "bin", "abu", "ibn", "ould", "da",
             "dos", "do", "di", "la", "le", "von", "zu", "ait", "aït", "bou", "op", "het", "in", "'t"}
_CUE = re.compile(rf"(?i:\b(?:{ROL}|met|over|volgens|namens|door|cliënte?|client|gesprek met|contact met|"
                  r"sprak met|belde|bellen met|aanwezig:|bij)\s*[:(]?\s*)$")
_TEAMWOORD = re.compile(r"(?i:(?:wijk|jeugd|buurt|gebieds|sociaal|zorg|gezins|ouder|jongeren)?team|"
                        r"jeugdteam|wijkteam|sociaal\s+team|locatie|school|stichting|praktijk|centrum|huis)$")


def _bekende_voornaam(woord: str) -> bool:
    from .lijsten import frequentie, voornamen_wereld

    laag = woord.casefold()
    return (laag in voornamen_wereld() and laag not in gewone_woorden() and laag not in plaatsnamen()
            and frequentie(laag) < 4.6)


def _vreemd(woord: str, grens: float = 2.0) -> bool:
    """A word that is no Dutch word (nor a place or known word): in a name's position it is a name."""
    from .lijsten import frequentie

    laag = woord.casefold()
    return (len(laag) > 2 and laag not in gewone_woorden() and laag not in plaatsnamen()
            and frequentie(laag) < grens and not _samenstelling(laag))


def _samenstelling(woord: str) -> bool:
    """Whether `woord` is a Dutch compound ("stelseltoezicht", "tienerkinderen"): two common Dutch words,
    maybe joined by -s- or -e-."""
    from .lijsten import frequentie

    for knip in range(4, len(woord) - 3):
        links, rechts = woord[:knip], woord[knip:]
        if frequentie(links) < 3.0 and not (links[-1:] in ("s", "e") and frequentie(links[:-1]) >= 3.0):
            continue
        if frequentie(rechts) >= 3.0 or _samenstelling_rest(rechts):
            return True
    return False


def _samenstelling_rest(deel: str) -> bool:
    from .lijsten import frequentie

    return any(frequentie(deel[:k]) >= 3.0 and frequentie(deel[k:]) >= 3.0 for k in range(4, len(deel) - 3))


def _achternaamachtig(woord: str, grens: float = 2.0) -> bool:
    from .lijsten import achternamen, frequentie

    laag = woord.casefold()
    return laag not in gewone_woorden() and laag not in plaatsnamen() and (
        (laag in achternamen() and frequentie(laag) < 4.3) or _vreemd(woord, grens))


_INITIALEN = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,4}(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|el|al|ben)\s)?"
                        r"(?P<naam>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)")


_NEDERLANDS_ACHTERVOEGSEL = re.compile(r"(?:ing|heid|tie|isme|schap|teit|nis|sel|ering|baarheid|lijkheid)$")


def namen_breed(tekst: str) -> Iterator[Treffer]:
    from .lijsten import frequentie

    if not re.search(r"[^\W\d_]{3}", tekst):
        return
    for treffer in _INITIALEN.finditer(tekst):
        naam = treffer.group("naam")
        grens = 3.0 if treffer.group().count(".") > 1 else 2.0
        if grens < 3.0 and _NEDERLANDS_ACHTERVOEGSEL.search(naam):
            continue  # "A. Toeleiding", "B. Samenwerking": a numbered heading, not initials
        stukken = [d for d in naam.split("-") if len(d) > 2]  # "Al-Khatib": al is a particle
        if stukken and all(_achternaamachtig(deel, grens) for deel in stukken):
            yield Treffer("naam", treffer.start(), treffer.end())
    bezet = geen_persoon_spans(tekst, True)
    woorden = list(_TOKEN.finditer(tekst))
    eerste = len(tekst) - len(tekst.lstrip(" \t\"'"))  # where the text starts and ends, quotes left out
    laatste = len(tekst.rstrip(" \t\"'."))
    i = 0
    while i < len(woorden):
        woord = woorden[i]
        if bezet.raakt(woord.start(), woord.start() + 1):
            i += 1
            continue
        voor = tekst[max(0, woord.start() - 30):woord.start()]
        groot = woord.group()[:1].isupper()
        cue = _CUE.search(voor) is not None
        ervoor = tekst[max(0, woord.start() - 40):woord.start()].rstrip()  # bounded: linear in the text
        team = _TEAMWOORD.search(ervoor) is not None and not ervoor.endswith(":")
        begin_tekst = woord.start() <= eerste
        if not groot and not (cue or team or begin_tekst):
            i += 1
            continue
        # the run of name parts from here: name words, joined by interfixes
        j = i
        delen: list[tuple[re.Match[str], str]] = []
        while j < len(woorden) and len(delen) < 5:
            w = woorden[j]
            if j > i and tekst[woorden[j - 1].end():w.start()].strip() not in ("", "-"):
                break
            if bezet.raakt(w.start(), w.start() + 1):
                break
            laag = w.group().casefold()
            if j > i and laag in _NAAMDEEL and j + 1 < len(woorden):
                delen.append((w, "interfix"))
                j += 1
                continue
            if not groot and w.group()[:1].isupper():
                break
            if groot and not w.group()[:1].isupper():
                break
            if w.group().isupper() and len(w.group()) > 1:
                break  # an abbreviation (CJG, GGD), not a name
            if _bekende_voornaam(w.group()) and (groot or frequentie(w.group().casefold()) < 3.6):
                delen.append((w, "voornaam"))  # in lowercase only a name that is rare as a word ("kern" is a word)
            elif not groot and (j == i or len(w.group()) > 14):
                break  # in lowercase only a known first name starts a name ("gesprek met fatima bouzid")
            elif _achternaamachtig(w.group(), 3.0 if cue else 2.0):
                delen.append((w, "achternaam"))
            else:
                break
            j += 1
        while delen and delen[-1][1] == "interfix":
            delen.pop()
        soorten = [s for _, s in delen]
        if not delen:
            i += 1
            continue
        naam = False
        kern = [s for s in soorten if s != "interfix"]
        alleen = begin_tekst and delen[-1][0].end() >= laatste
        if team:
            naam = soorten[0] == "voornaam"
        elif alleen and len(kern) <= 3 and (soorten[0] == "voornaam" or (groot and len(kern) >= 2)):
            naam = True  # a name as the whole value: a key, a team field, a file name
        elif cue:
            naam = True
        elif not groot:
            naam = len(kern) >= 2 and soorten[0] == "voornaam"  # "magdalena wozniak zegt ..."
        elif groot:
            naam = ("voornaam" in kern and len(kern) >= 2) or (len(kern) >= 2 and all(
                _vreemd(w.group()) for w, s in delen if s != "interfix"))
        if naam:
            yield Treffer("naam", delen[0][0].start(), delen[-1][0].end())
            i = j
        else:
            i += 1
