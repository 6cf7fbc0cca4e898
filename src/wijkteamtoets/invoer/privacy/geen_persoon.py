"""Spans of a text that are no person: organisations and teams of the field (`geen-personen.txt`), organisations
by their form ("Stichting Al Amal", "Sophia Kinderziekenhuis"), gemeenten of several words, places and buildings
named after a person, and team names ("Jeugdteam De Bakker"; not "Wijkteam Fatima Bouzid"). A person named after
such a name is no part of it ("Wijkteam Noord Fatima Bouzid", "Obs De Fontein Lisa Jansen")."""

from __future__ import annotations

import bisect
import functools
import re

from ..patronen import patroon
from .andere_talen import geen_persoon_in_taal
from .eponiemen import eponiem_spans
from .lijsten import Stand, geen_personen_uit, gewone_woorden, lijst, plaatsnamen
from .organisaties import ORGANISATIEVORM, gemeentevorm, naar_straat_genoemd, plek_en_vorm_spans

_TEAM = patroon(r"(?<![\w-])(?i:(?:sociaal\s+)?(?:wijk|jeugd|buurt|gebieds|jeugd-\s+en\s+gezins|jeugd\s+en\s+gezins|"
                # any compound of team: "Kernteam", "CJG-team", "0-100-team", "Basisteam Jeugd en Gezin"
                r"sociaal\s+wijk|sociaal\s+|[\w-]*)?team(?:\s+(?:jeugd\s+en\s+gezin|jeugd|zorg))?)\s+(?P<rest>(?P<titel>"
                r"(?:Dr|Mgr|Prof|Burg|Burgemeester|Ds|Pater|Pastoor|Koningin|Koning|Prinses|Prins|Graaf|Gravin|Sint|St)\.?\s+)?"
                r"(?:(?:de|het|'t|van|der|den)\s+){0,3}[A-Z][\w'-]*"
                r"(?:\s+(?:(?:de|het|'t|van|der|den)\s+){0,3}[A-Z][\w'-]*){0,2})")


_REGIO = patroon(r"(?:\s+[A-Z][\w'-]*(?![\w'-])){1,3}")


def _regiowoord(woord: str, volledig: bool) -> bool:
    """A word of a region or place after an organisation: a place, or a common Dutch word ("Midden")."""
    laag = woord.casefold()
    if woord in lijst("names/lst_first_name") or laag in ("van", "der", "den", "de", "ter", "ten", "te", "'t", "in"):
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


def _voornaam_en_huisnaam(naam: str) -> bool:
    """A known first name before a known surname that ends like an organisation word ("Oosterhuis", "Nieuwkerk")."""
    from .lijsten import achternamen
    from .naamwoorden import bekende_voornaam

    delen = naam.split()
    return len(delen) == 2 and bekende_voornaam(delen[0]) and delen[1].casefold() in achternamen()


_NAAMWOORD = patroon(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TITEL = patroon(r"(?i:dr|prof|mgr|ds|mr|ir|st|sint|pater|pastoor|burg|burgemeester|prins|prinses|koning|koningin|"
                 r"graaf|gravin|hertog|hertogin|keizer|paus|kardinaal|generaal|kapitein|admiraal)\.?")


def _tot_persoon(tekst: str, begin: int, eind: int, vanaf: int = 2) -> int:
    """The end of a name of an organisation or team before a person named after it: a known first name as its word
    `vanaf` or later (counted from `begin`), not after a title, with no more than a surname after it in the span
    ("Wijkteam Noord | Fatima Bouzid", "Obs De Fontein | Lisa Jansen"; not "Basisschool Willem Alexander", "Obs
    Prinses Juliana" or "Ronald McDonald Huis")."""
    from .lijsten import frequentie, voornamen_wereld

    woorden = list(_NAAMWOORD.finditer(tekst, begin, eind))
    for i, woord in enumerate(woorden[vanaf:], vanaf):
        laag = woord.group().casefold()
        if not woord.group()[:1].isupper() or _TITEL.fullmatch(woorden[i - 1].group()) or laag not in voornamen_wereld() \
                or laag in gewone_woorden() or laag in plaatsnamen() or frequentie(laag) >= 5.5:
            continue
        rest = [w.group() for w in woorden[i + 1:] if w.group() not in ("van", "de", "der", "den", "ter", "ten", "el", "al")]
        na = re.match(r"\s+(?:(?:van|de|der|den|ter|ten|el|al)\s+){0,3}[A-Z][^\W\d_]", tekst[woord.end():woord.end() + 30])
        if na is not None and len(rest) <= 1 and all(
                w.casefold() not in gewone_woorden() and frequentie(w.casefold()) < 4.5 for w in rest):
            return len(tekst[:woord.start()].rstrip())
        if vanaf == 1 and not rest and frequentie(laag) < 4.6:  # a team's place and a first name: "Wijkteam Zuid | Fatima"
            return len(tekst[:woord.start()].rstrip())
    return eind


def _zonder_persoon(tekst: str, begin: int, eind: int, volledig: bool) -> tuple[int, int]:
    return (begin, _tot_persoon(tekst, begin, eind) if volledig else eind)


def _naamachtige_teamnaam(rest: str) -> bool:
    from .naamwoorden import naamachtige_teamnaam

    return naamachtige_teamnaam(rest)


def _naamgever_na_team(tekst: str, team: re.Match[str]) -> bool:
    """The bare word "Team" and one word that streets of five kinds or more are named after: a team named after
    a public figure ("Team Darwin": Darwinstraat, -weg, -hof, -pad, -dreef, -plantsoen), not a person in the dossier
    ("Team Lina", "Wijkteam Fatima"), who stands after a team word with its place or with a surname."""
    from .organisaties import naamgever_van_straten

    rest = team.group("rest")
    return (tekst[team.start():team.start("rest")].strip().casefold() == "team" and re.fullmatch(r"[A-Z][a-zà-ÿ]+", rest)
            is not None and naamgever_van_straten(rest, 5))


def _register_na_team(tekst: str, team: re.Match[str]) -> bool:
    """One word after a team word and a first name after a comma: a person named surname first ("Team Kusuma, Wahyu
    en collega's", "Team Al-Tamimi, Ruqaya"), not a team's place in a list ("Team Noord, Zuid en West")."""
    from .naamwoorden import bekende_voornaam

    rest = team.group("rest")
    na = re.match(r",\s*([A-ZÀ-ÖØ-Þ][^\W\d_]+)(?![\w-])", tekst[team.end():team.end() + 40])
    return " " not in rest and na is not None and bekende_voornaam(na.group(1)) and rest.casefold() not in plaatsnamen() \
        and rest.casefold() not in gewone_woorden()


def geen_persoon_spans(tekst: str, volledig: bool = True) -> Bezet:
    """Spans of organisations (`geen-personen.txt`) and of team names ("Jeugdteam De Bakker"; not
    "Wijkteam Fatima Bouzid", in which a first name stands). Without `volledig` only deduce's Dutch first
    names are consulted (no word-frequency list is loaded). The name rules of one scan ask this of the same
    text several times: the answer is remembered per text, per list of organisations."""
    from .lijsten import geen_personen_stand

    return _geen_persoon_spans(tekst, volledig, geen_personen_stand())


@functools.lru_cache(maxsize=256)  # keyed by the lists' state, not their pattern: hashing a pattern hashes its code
def _geen_persoon_spans(tekst: str, volledig: bool, lijsten: Stand) -> Bezet:
    organisaties = geen_personen_uit(lijsten)
    spans = []
    for organisatie in organisaties.finditer(tekst):
        # a region or place after an organisation belongs to it ("Veilig Thuis Hollands Midden", "GGD
        # Gelderland-Zuid"), unless a first name stands there
        regio = _REGIO.match(tekst, organisatie.end())
        verder = regio is not None and not organisatie.group().casefold().endswith("team") and all(
            _regiowoord(w, volledig) for w in regio.group().split())
        spans.append(_zonder_persoon(tekst, organisatie.start(), regio.end() if verder and regio else organisatie.end(),
                                     volledig))
    # "Stichting Al Amal": named, but no person; a first name and a surname of a house name is one ("Sandra Oosterhuis")
    spans += [_zonder_persoon(tekst, *m.span(), volledig) for m in ORGANISATIEVORM.finditer(tekst)
              if not _voornaam_en_huisnaam(m.group())]
    spans += [m.span() for m in gemeentevorm().finditer(tekst)]  # "Capelle aan den IJssel"
    spans += plek_en_vorm_spans(tekst, volledig)  # "de Theo van Doesburgweg", "het Pieter van Foreest"
    if volledig:
        spans += eponiem_spans(tekst)  # "de Apgar-score", "werkt bij Van der Valk", "het syndroom van Down"
        spans += geen_persoon_in_taal(tekst)  # "it bern hat", "tan bun", "Client;Adres;IBAN"
    for team in _TEAM.finditer(tekst):
        eerste = re.match(r"(?:(?:de|het|'t|van|der|den)\s+){0,3}([\w'-]+)", team.group("rest"), re.IGNORECASE)
        if re.match(r"[A-Z]\.", tekst[team.start("rest"):team.start("rest") + 2]):
            continue  # "Wijkteam A. Al-Khatib": initials, a person
        if team.group("titel") or re.match(r"(?i:de|het|'t)\s", team.group("rest")):
            spans.append(team.span())  # "Wijkteam De Kern", "Jeugdteam Het Anker": an article names a place,
            # a title a namesake ("Wijkteam Dr. Schaepman", "Buurtteam Prins Bernhard")
            continue
        voornaam = eerste is not None and (_naamachtige_teamnaam(team.group("rest")) if volledig
                                           else eerste.group(1) in lijst("names/lst_first_name"))
        if not voornaam and volledig and _register_na_team(tekst, team):
            continue  # "Team Kusuma, Wahyu en collega's": a person in the register's order, no team's place
        if voornaam and volledig and naar_straat_genoemd(team.group("rest")):
            voornaam = False  # "Wijkteam Johan de Witt": a neighbourhood named after a street's namesake
        if voornaam and volledig and _naamgever_na_team(tekst, team):
            voornaam = False  # "Team Darwin", "Team Edison": a team named after a public figure
        if not voornaam:  # a person named after the team's place is no part of it: "Wijkteam Noord Fatima Bouzid"
            spans.append((team.start(), _tot_persoon(tekst, team.start("rest"), team.end(), 1) if volledig else team.end()))
    return Bezet(spans)
