"""Patterns of organisations and places that look like a person's name but are none.

An organisation named after a person carries an organisation word ("Sophia Kinderziekenhuis", "Reinier de
Graaf Gasthuis", "Bernard van Leer Foundation", "Stichting Al Amal"), and a gemeente of several words may
hold a word that is also a name ("Capelle aan den IJssel", "Alphen aan den Rijn"). These are patterns, not
lists of values: a new hospital or foundation is recognised by its word.
"""

from __future__ import annotations

import functools
import re

# the word that makes the words before it an organisation; compounds too ("Kinderziekenhuis",
# "Maartenskliniek"), and the care words also in lowercase ("het Albert Schweitzer ziekenhuis")
_ORGANISATIEWOORD = (
    r"(?:Instituut|Fonds|Stichting|Foundation|Academie|Huis|Hogeschool|Universiteit|Lyceum|College|School"
    r"|Centrum|Groep|Prijs|Hospitium|Hospice|Kliniek|Ziekenhuis|Gasthuis|Hal|Sporthal|Stadion|Kerk|Moskee|Museum"
    r"|Bibliotheek|Theater|Schouwburg|Kazerne|Brug|Tunnel|Zaal"
    r"|[A-Z]?[a-z]*(?:ziekenhuis|gasthuis|kliniek|hospitium|hospice|instituut)"
    # a compound of an organisation word ("Prinses Beatrix Spierfonds", "Jan Ligthart Basisschool")
    r"|[A-Z][a-z]{2,}(?:fonds|school|centrum|college|huis|groep|academie|zaal|hal|stichting))")
_ZORGWOORD = r"[a-z]*(?:ziekenhuis|gasthuis|kliniek|hospitium|hospice|instituut)"

ORGANISATIEVORM = re.compile(
    # a school by its kind ("Obs De Fontein", "rkbs De Eendracht")
    r"(?<![\w-])(?i:obs|cbs|pcbs|rkbs|ibs|sbo|sbo-school|vso|ikc)\s+(?:(?:De|Het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    # a method, model or theory named after its maker ("de competentiepiramide van Miller", "de roos van Leary")
    r"|(?<=[a-z])(?:piramide|model|methode|theorie|cirkel|driehoek|schaal|principe|ladder|kwadrant|roos|matrix|"
    r"techniek|curve|effect|fasen|stadia|cyclus|hiërarchie|taxonomie|niveaus|kwadranten|ijsberg|spiraal|paradox|"
    r"typologie|stappenplan|vragenlijst|wet|stijlen|taken|gespreksvoering)\s+van\s+(?:[A-Z]\.\s?)*(?:(?:de|van|der|den)\s+)?[A-Z][\w'-]+"
    r"(?:\s+(?:en|&)\s+[A-Z][\w'-]+)?"
    r"|(?<![\w-])(?:piramide|model|methode|theorie|cirkel|driehoek|roos|ladder|kwadrant|kwadranten|cyclus|hiërarchie"
    r"|taxonomie|niveaus|ijsberg|rad|spiraal|paradox|typologie|fasen|stadia|gespreksvoering)\s+van\s+(?:[A-Z]\.\s?)*"
    r"(?:(?:de|van|der|den)\s+)?[A-Z][\w'-]+"
    r"|(?<![\w-])(?:Stichting|Vereniging|Coöperatie|Zorggroep|Kinderopvang|Kinderdagverblijf|Basisschool|Buurthuis"
    r"|Wijkcentrum|Jeugd\s+(?:en|&)\s+Gezin"
    # a building, school or clinic by the word before its namesake ("Sporthal Fanny Blankers-Koen", "Kliniek Willem
    # Drees", "Park Jan Steen")
    r"|Sporthal|Sportpark|Zwembad|Gymzaal|Kliniek|Ziekenhuis|Instituut|Centrum|Huis|Hal|Zaal|Park|Plein|College|Lyceum"
    r"|School|Groep|Dorpshuis|Wijkgebouw|Gemeenschapshuis|Inloophuis|Jongerencentrum|Gezondheidscentrum|Zorgcentrum"
    r"|Woonzorgcentrum|Verpleeghuis|Kindcentrum|Gasthuis|Hospice|Kerk|Museum|Theater|Bibliotheek)(?:\s+(?:(?:de|het|'t|van|voor|der|den|al|el)\s+)*(?!Stichting\b)[A-Z][\w'-]*){1,3}"
    # named after a person, but an organisation by the word after it ("Verwey-Jonker Instituut")
    r"|(?<![\w-])(?:[A-Z][\w'-]*\s+(?:(?:van|de|der|den)\s+)*){1,3}" + _ORGANISATIEWOORD + r"(?![\w-])"
    # a method or approach named after its maker ("de Marte Meo-methode", "de Kees Boeke-aanpak", "de methode
    # Ligthart")
    r"|(?<![\w-])(?<![Dd]e\s)(?<!\bHet\s)(?<!\bhet\s)(?:methode|aanpak)\s+(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+"
    r"|(?<=\b[Dd]e\s)(?:methode|aanpak)\s+(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+"
    r"|(?<![\w-])(?:[A-Z][\w']*[\s-]+){0,3}[A-Z][\w']*-(?i:methode|model|aanpak|training|therapie|benadering|principe"
    r"|schaal|test|techniek|theorie|programma|protocol|systeem)(?![\w-])"
    # "het Trimbos-instituut"; all in lowercase only after an article: "het reinier de graaf gasthuis"
    r"|(?<![\w-])[A-Z][\w']*-" + _ZORGWOORD + r"(?![\w-])"
    r"|(?:(?<=\b[Hh]et\s)|(?<=\b[Dd]e\s))(?:[a-z][\w']*\s+(?:(?:van|de|der|den)\s+)*){1,3}" + _ZORGWOORD + r"(?![\w-])")


@functools.cache
def gemeentevorm() -> re.Pattern[str]:
    """The Dutch gemeenten whose name has more than one word ("Capelle aan den IJssel", "Bergen op Zoom",
    "Alphen-Chaam"), in any case: a known gemeente is no person. A one-word gemeente is left to the place
    lists, so that a surname that is also a place still counts in a person's context."""
    from ..gemeenten import nederlandse_gemeenten

    namen = [n for n in nederlandse_gemeenten().values() if re.search(r"[\s-]", n.strip("'"))]
    delen = sorted((r"[\s_-]+".join(re.escape(w) for w in re.split(r"[\s-]+", n)) for n in namen),
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(delen) + r")(?![\w-])", re.IGNORECASE)


# painters and others known by one name, after whom streets and neighbourhoods are named
_BEROEMD = frozenset({"rembrandt", "vermeer", "erasmus", "spinoza", "multatuli", "thorbecke", "tesselschade",
                      # royals after whom streets, schools and neighbourhoods are named
                      "beatrix", "juliana", "wilhelmina", "emma", "amalia", "máxima", "maxima", "irene", "margriet",
                      "christina", "bernhard", "willem-alexander", "alexander", "oranje"})
_STRAATWOORDEN = ("straat", "laan", "plein", "singel", "weg", "kade", "park", "plantsoen", "hof", "buurt", "dreef")


def naar_straat_genoemd(naam: str) -> bool:
    """Whether streets are named after `naam` ("Johan de Witt": Johan de Wittlaan, -straat): after a team word
    such a name is the neighbourhood the team works in, not a person (deduce's list of Dutch streets)."""
    from .lijsten import straten_klein, voornamen_wereld

    kaal = " ".join(naam.casefold().split())
    if len(kaal.split()) < 2 and (kaal in voornamen_wereld() and kaal not in _BEROEMD):
        return False  # one first name ("Fatima": Fatimastraat) is a person after a team word
    # the team is named after the street itself ("Wijkteam Jacob Catsplein")
    return kaal in straten_klein() or any(kaal + woord in straten_klein() for woord in _STRAATWOORDEN)
