"""Things named after a person that name no person: the frames Dutch puts such namesakes in.

* a name joined by a hyphen to a common Dutch noun is that noun's namesake ("de Apgar-score", "Douwe
  Egberts-punten", "een Wilms-tumor"); a person's double surname joins two names ("Hoekstra-Bakker");
* a test or questionnaire takes an article and is administered, filled in or scored ("De Conners is door de
  leerkracht ingevuld", "Er is een Raven afgenomen"); a person is never "afgenomen" or "ingevuld";
* the indefinite article before a capitalised word writes a thing or a brand ("een oude Mercedes", "een nieuwe
  Samsung"): a person takes no "een";
* one works, has a (side) job or an internship at an employer ("werkt als kok bij Van der Valk", "bijbaan bij
  Dirk van den Broek"); a person one works for is named with a role ("bij tante Fatima");
* a test named by its maker and a word for a scale or inventory ("de Beck Anxiety Inventory");
* a syndrome or disease after its describer ("het syndroom van Prader-Willi", "de ziekte van Von Willebrand");
* a therapy, training or method after "volgens" ("schematherapie volgens Young"), a method's name after
  "methode" at any case ("Methode Kaplan"), and a theory or model after a frame of applying it ("Toegepast: de
  verliescirkel van Kübler-Ross", "o.b.v. de behoeftenhiërarchie van Maslow", "gewerkt volgens het stappenplan
  van Goldstein"): what one applies or works by is a method, its maker a public author;
* a place after a preposition of place or after moving to it ("vanuit Asmara", "familie in Lviv", "gaan naar
  Kleve"); a person one goes to is named with a role or is a first name ("naar vader", "naar Yonas").
"""

from __future__ import annotations

import re

from ..patronen import patroon
from .detectoren import ROL
from .makers import THEORIE, maker_spans
from .naamwoorden import NAAMDEEL, bekende_voornaam

_NAAM = (r"(?:(?:[Vv]an|[Dd]e|[Vv]on|der|den)\s+){0,3}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
         r"(?:\s+(?:(?:van|de|der|den|von)\s+){0,3}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){0,2}")
_MAKERS = rf"(?P<naam>{_NAAM}(?:\s*(?:,|en|&)\s+{_NAAM})*)"
# a name and a lowercase noun joined by a hyphen ("Apgar-score", "Van Wiechen-kenmerken")
_KOPPEL = patroon(rf"(?<![\w-])(?P<naam>{_NAAM})-(?P<woord>[a-zà-ÿ]{{3,}})(?![\w'’])")
# an article and a test: administered, filled in or scored in the same clause
_TEST = patroon(rf"(?<![\w-])(?:[Dd]e|[Hh]et|[Ee]en)\s+(?P<naam>{_NAAM})(?:-[A-Z0-9]{{1,4}})?"
                   r"(?!\s+(?:heeft|hebben|had|hadden)\b)(?=[^.;!?\n]{0,60}?"
                   r"\b(?:afgenomen|ingevuld|gescoord|herhaald|genormeerd)\b)")
# the indefinite article (and adjectives) before one capitalised word; not "een zekere", not a role in between
_EEN = patroon(r"(?<![\w-])[Ee]en\s+(?:(?!zekere\b|andere\b)[a-zà-ÿ]+e\s+){0,2}(?P<naam>[A-Z][a-zà-ÿ'’]+)"
                  r"(?![\w'’-]|\s+(?:(?:van|de|der|den)\s+)?[A-Z])")
# an employer: works, has a job or an internship at
_WERKGEVER = patroon(
    r"(?<![\w-])(?:(?i:werk(?:t|te|ten|en)?)(?:\s+(?:nu|al|nog|ook|parttime|fulltime|tijdelijk|sinds\s+\w+))?"
    r"(?:\s+als\s+[a-zà-ÿ-]+)?|(?i:werkzaam|(?:bij)?baan(?:tje)?|vakantiewerk|stage|stageplek|stageplaats|in\s+dienst))"
    rf"\s+bij\s+(?:(?i:de|het)\s+)?(?P<naam>{_NAAM})")
# a test named by its maker and words for a scale, list or inventory, after an article ("de Beck Anxiety Inventory",
# "de Gilliam Autism Rating Scale"): capitalised words before such a word name the instrument
_INSTRUMENT = patroon(rf"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?P<naam>{_NAAM})\s+(?:[A-Z][a-z]+\s+){{0,3}}(?:Inventory|Scales?|Schaal|Test"
                         r"|Questionnaire|Vragenlijst|Checklist|Index|Assessment|Interview|Profile|Screener|Survey)(?![\w-])")
_ZIEKTE = patroon(r"(?<![\w-])(?i:syndroom|ziekte|lymfoom|tumor|afwijking|reflex)\s+van\s+" + _MAKERS)
_VOLGENS = patroon(
    r"(?<![\w-])[a-zà-ÿ]*(?:therapie|training|methode|methodiek|model|aanpak|benadering|behandeling)\s+volgens\s+"
    + _MAKERS)
_METHODE = patroon(r"(?<![\w-])(?i:methode|methodiek)\s+(?:van\s+)?" + _MAKERS)
# a frame of applying a theory or model: what one applies, analyses by or works by is a method
_TOEPASSEN = patroon(
    r"(?<![\w-])(?i:toegepast\s*:?|o\.b\.v\.|op\s+basis\s+van|aan\s+de\s+hand\s+van|gebaseerd\s+op|geïnspireerd\s+op"
    r"|gewerkt\s+volgens|werkt\s+volgens|werken\s+volgens)\s+(?i:de|het)\s+(?P<ding>(?:[\w'’-]+\s+){0,2}?"
    r"[a-zà-ÿ'’-]+)\s+van\s+" + _MAKERS)
# a place after a preposition of place ("vanuit Asmara", "familie in Lviv"), or after moving to it ("gaan naar
# Kleve"); a person one goes to is named after "bij" or with a role ("naar oma", "naar vader Yonas")
_PLAATS = r"(?P<naam>[A-Z][a-zà-ÿ]+(?:-[a-zA-Z][a-zà-ÿ]*)*(?:\s+[A-Z][a-zà-ÿ]+)?)(?![\w'’-])"
_PLAATS_NA_VOORZETSEL = patroon(rf"(?<![\w-])(?P<voorzetsel>(?i:vanuit|uit|in|te|richting))\s+{_PLAATS}")
_PLAATS_NA_REIS = patroon(r"(?<![\w-])(?i:gaan|gaat|ging|gingen|verhuisd|verhuist|verhuizen|reist|reizen|reisde|vertrekt"
                          rf"|vertrokken|gevlucht|vlucht|terug)\b[^.;:!?\n]{{0,40}}?\bnaar\s+{_PLAATS}")
# what one applies or works by: a theory, model or method word ("de verliescirkel", "het stappenplan"); not what a
# person made, said or did ("de tekening van Sara", "de melding van Jansen")
_THEORIEWOORD = patroon(THEORIE + r"|[\w-]*(?:plan|stappenplan|cirkel|theorie|visie|filosofie)", re.IGNORECASE)
# a word after "vanuit" or "richting" is a place; after "in", "uit" or "te" it may be a person ("vertrouwen in Yusuf")
_ALLEEN_PLAATS = frozenset({"vanuit", "richting"})
# a possessive after the word makes it a person: "in Noor haar kamer", "uit Yilmaz zijn verklaring", "Joost's"
_BEZIT = patroon(r"\s+(?i:zijn|haar|hun|z'n|d'r)\b|['’]s?\b")


def _dutch_noun(woord: str) -> bool:
    from .lijsten import achternamen, frequentie, samenstelling, voornamen_wereld

    laag = woord.casefold()
    return laag not in voornamen_wereld() and laag not in achternamen() and (
        frequentie(laag) >= 2.5 or samenstelling(laag))


def eponiem_spans(tekst: str) -> list[tuple[int, int]]:
    """Spans of names of things named after a person in `tekst` (see the module): no person."""
    spans = [m.span("naam") for m in _KOPPEL.finditer(tekst) if _dutch_noun(m.group("woord"))
             and m.group("woord") not in NAAMDEEL]
    spans += [m.span("naam") for m in _TEST.finditer(tekst) if not _na_persoon(tekst, m.start())]
    spans += [m.span("naam") for m in _EEN.finditer(tekst) if not _achternaam(m.group("naam"))]
    spans += [m.span("naam") for m in _WERKGEVER.finditer(tekst) if not _bekende_naam(m.group("naam"))]
    spans += [m.span("naam") for m in _INSTRUMENT.finditer(tekst)]
    spans += [m.span("naam") for m in _ZIEKTE.finditer(tekst) if not _bekende_naam(m.group("naam"))]
    spans += [m.span("naam") for m in _VOLGENS.finditer(tekst)]
    spans += [m.span("naam") for m in _METHODE.finditer(tekst)]
    spans += [m.span("naam") for m in _TOEPASSEN.finditer(tekst) if _THEORIEWOORD.fullmatch(m.group("ding").split()[-1])]
    spans += [m.span("naam") for m in _PLAATS_NA_VOORZETSEL.finditer(tekst)
              if _plaats(tekst, m.group("naam"), m.end("naam"), streng=m.group("voorzetsel").casefold() not in _ALLEEN_PLAATS)]
    spans += [m.span("naam") for m in _PLAATS_NA_REIS.finditer(tekst) if _plaats(tekst, m.group("naam"), m.end("naam"))]
    spans += maker_spans(tekst)  # "volgens Kübler-Ross", "(Miller & Rollnick, 2013)"
    return spans


_PERSOON_ERVOOR = patroon(rf"(?:(?i:\b(?:{ROL}))|[A-Z]\.|(?P<woord>[A-Z][a-zà-ÿ]+))\s*$")


def _bekende_naam(naam: str) -> bool:
    """Whether `naam` is written as a person's name of the lists: a known first name first, or a surname of the
    lists ("Ahmed Benali", "Jansen", "Van der Berg"); a place, company or brand is none of these."""
    from .lijsten import achternamen

    woorden = naam.split()
    laatste = woorden[-1].casefold()
    return _een_voornaam(woorden[0]) or laatste in achternamen() or " ".join(woorden).casefold() in achternamen()


def _achternaam(naam: str) -> bool:
    """A surname of the lists: "een Bakker uit de straat" is a person, "een oude Mercedes" a car."""
    from .lijsten import achternamen

    return naam.casefold() in achternamen()


def _plaats(tekst: str, naam: str, eind: int, streng: bool = True) -> bool:
    """Whether `naam` after a preposition of place or a move is a place: never with a possessive after it; a place
    of the list; when `streng`, otherwise only a word that is no first name or surname of the lists ("Lviv")."""
    from .lijsten import plaatsnamen

    if _BEZIT.match(tekst, eind):
        return False
    if naam.casefold() in plaatsnamen():
        return True
    return not streng or not _bekende_naam(naam)


def _voornaam(woord: str) -> bool:
    return bekende_voornaam(woord.split("-")[0])


def _een_voornaam(woord: str) -> bool:
    """A first name of any list, also one that is a common word or a place too ("Anna", "Roos")."""
    from .lijsten import op_voornamenlijst

    laag = woord.split("-")[0].casefold()
    return op_voornamenlijst(laag)


def _na_persoon(tekst: str, begin: int) -> bool:
    """Whether a role, a first name or an initial stands just before `begin`: then "de" is an interfix ("Jan de
    Beck", "mevrouw de Wit")."""
    ervoor = _PERSOON_ERVOOR.search(tekst[max(0, begin - 25):begin])
    return ervoor is not None and (ervoor.group("woord") is None or _voornaam(ervoor.group("woord")))
