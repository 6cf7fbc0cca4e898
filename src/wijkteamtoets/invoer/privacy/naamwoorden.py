"""Whether one word can be (part of) a person's name: the word-level tests that the name rules of `breed`,
`zinsbouw`, `vormen` and `geen_persoon` share. They look only at the word and the lists (`lijsten`), never at
the sentence, so every rule module can use them without importing another rule module.
"""

from __future__ import annotations

import re

from ..patronen import patroon
from .lijsten import gewone_woorden, plaatsnamen, samenstelling

NAAMDEEL = {"van", "der", "den", "de", "ter", "ten", "te", "el", "al", "ben", "bin", "abu", "ibn", "ould", "da",
             "dos", "do", "di", "la", "le", "von", "zu", "ait", "aït", "bou", "op", "het", "in", "'t",
             # Filipino, Spanish, Portuguese and Italian ("Jomar dela Cruz", "Lopes das Neves", "Di Della Rocca")
             "dela", "del", "delos", "della", "das"}


def bekende_voornaam(woord: str) -> bool:
    from .lijsten import frequentie, op_voornamenlijst

    laag = woord.casefold()
    return (op_voornamenlijst(laag)
            and laag not in gewone_woorden() and laag not in plaatsnamen() and frequentie(laag) < 4.6)


def vreemd_woord(woord: str, grens: float = 2.0) -> bool:
    """A word that is no Dutch word (nor a place or known word): in a name's position it is a name."""
    from .lijsten import frequentie

    laag = woord.casefold()
    return (len(laag) > 2 and laag not in gewone_woorden() and laag not in plaatsnamen()
            and frequentie(laag) < grens and not samenstelling(laag) and not werkwoordsvorm(laag))


_EREN = patroon(r"(?P<stam>[a-zà-ÿ]{4,})ee(?P<medeklinker>[a-zà-ÿ])(?:t|de|den|d)")


def werkwoordsvorm(laag: str) -> bool:
    """A form of a Dutch verb in -eren that is rarer than the verb itself ("doubleert", "participeerde",
    "gereanimeerd": doubleren, participeren, reanimeren): a verb, no name, after a role too ("het meisje
    doubleert")."""
    from .lijsten import frequentie

    vorm = _EREN.fullmatch(laag)
    if vorm is None:
        return False
    stam = vorm.group("stam").removeprefix("ge") if laag.startswith("ge") and laag.endswith("d") else vorm.group("stam")
    return frequentie(f"{stam}e{vorm.group('medeklinker')}en") >= 1.5


def achternaamachtig(woord: str, grens: float = 2.0) -> bool:
    from .lijsten import achternamen, frequentie

    laag = woord.casefold()
    return laag not in gewone_woorden() and laag not in plaatsnamen() and (
        (laag in achternamen() and frequentie(laag) < 4.3) or vreemd_woord(woord, grens) or naamvorm(woord)
        or dubbele_naam(woord))


def _bekende_naam(laag: str) -> bool:
    """A first name or surname of the lists that is no common Dutch word or place."""
    from .lijsten import achternamen, op_voornamenlijst

    return (op_voornamenlijst(laag) or laag in achternamen()) \
        and laag not in gewone_woorden() and laag not in plaatsnamen()


def dubbele_naam(woord: str) -> bool:
    """A name of parts joined by hyphens, each a name of the lists, a word Dutch hardly uses or a particle
    ("Kidane-Martina", "Heijden-Kalloe", "Al-Ani-Chen"); a compound of Dutch words or places is none
    ("Noord-Brabant", "Sint-Maartenskliniek")."""
    delen = woord.split("-")
    if len(delen) < 2 or not all(delen) or not woord[:1].isupper():
        return False
    kern = [d for d in delen if d.casefold() not in NAAMDEEL]
    return bool(kern) and all(_bekende_naam(d.casefold()) or vreemd_woord(d) for d in kern)


def naamachtige_teamnaam(rest: str) -> bool:
    """Whether the words after a team word are a person's name ("Wijkteam Fatima Bouzid", "Wijkteam Shurandy
    Martina"): a known first name first, or two or more parts that are all no Dutch word, place or compound.
    "Wijkteam Noord", "Buurtteam Kralingen" and "Jeugdteam Bloemendaal Noord" are places."""
    delen = [d for d in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", rest) if d.casefold() not in NAAMDEEL]
    if not delen:
        return False
    if bekende_voornaam(delen[0]) or (len(delen) == 1 and nooit_gezien_woord(delen[0])):
        return True
    return len(delen) >= 2 and all(achternaamachtig(d) or bekende_voornaam(d) for d in delen)


_PLAATSACHTERVOEGSEL = patroon(r"(?:wijk|weg|buurt|dorp|veen|broek|hoven|kwartier|park|hof|haven|polder|burg|"
                                  r"horst|rode|woud|lust|oord|laan|dijk|kamp|hoek|meer|zijl|zicht|ijk|eiland|stad)$")


def nooit_gezien_woord(woord: str) -> bool:
    """A word that wordfreq never saw in Dutch, no compound and not formed like a place ("Rebwar", "Shurandy";
    not "Kattenbroek" or "Boerhaavewijk"): standing alone as a team or a whole value, it is a name."""
    from .lijsten import frequentie

    laag = woord.casefold()
    delen = re.split(r"['’-]", woord)
    if len(delen) > 1 and any(d.isupper() or frequentie(d.casefold()) >= 3.0 for d in delen if len(d) > 1):
        return False  # "LIRIK-formulier": an abbreviation or a Dutch word in it
    return (len(laag) >= 4 and frequentie(laag) == 0.0 and laag not in gewone_woorden() and laag not in plaatsnamen()
            and not samenstelling(laag) and not _PLAATSACHTERVOEGSEL.search(laag) and not _losse_samenstelling(laag)
            and not werkwoordsvorm(laag))


def _losse_samenstelling(laag: str) -> bool:
    """A compound of a rarer Dutch word and a common one ("ooievaarspas")."""
    from .lijsten import LANGSTE_SAMENSTELLING, frequentie

    if len(laag) > LANGSTE_SAMENSTELLING:  # every cut costs a lookup: a run of letters this long is no word
        return False
    for knip in range(5, len(laag) - 2):
        links, rechts = laag[:knip], laag[knip:]
        if (frequentie(links) >= 2.0 or (links[-1] in "se" and frequentie(links[:-1]) >= 2.0)) \
                and frequentie(rechts) >= 3.5:
            return True
    return False


_NAAMUITGANG = patroon(r"(?:ski|ska|sky|wicz|czyk|czak|enko|chuk|yuk|iuk|ova|eva|[^aeiou]ov|[^aeiou]ev|ovic|ović|evic|ević|escu|oglu|"
                          r"oğlu|yan|zadeh|zada|ullah|ullahi|uddin|addin)$")


def naamvorm(woord: str, alleen_schrijfwijze: bool = False) -> bool:
    """Whether `woord` is written as names are and Dutch words are not: a letter and an apostrophe before a
    capital ("O'Brien", "N'Diaye", "D'Souza"), a particle joined by a hyphen ("Al-Masri", "El-Amrani", "Abu-Bakr")
    or an ending of Slavic, Romanian, Turkish, Armenian or Persian surnames ("Jankowski", "Dimitrova", "Petrov",
    "Shevchenko", "Popescu", "Petrosyan", "Hosseinzadeh"), on a word that is no common Dutch word. Such an ending
    also names places and famous namesakes ("Moldova", "Kandinsky College"): `alleen_schrijfwijze` leaves it out,
    for a word that is a name by its form alone, wherever it stands."""
    from .lijsten import frequentie

    if re.fullmatch(r"[A-Z]['’][A-Z][a-zà-ÿ]{2,}", woord):
        return True
    laag = woord.casefold()
    if laag in gewone_woorden() or laag in plaatsnamen():
        return False
    deeltje = re.fullmatch(r"(?:al|el|abu|ben|bin|ibn|ait|aït|bou|ould|ul)-([^\W\d_]{2,}(?:-[^\W\d_]{2,})*)", laag)
    if deeltje is not None:  # "Al-Masri", also before a known name ("Al-Hassan") or a double one ("Al-Ani-Chen")
        return all(frequentie(deel) < 3.0 or _bekende_naam(deel) for deel in deeltje.group(1).split("-"))
    return not alleen_schrijfwijze and len(laag) >= 6 and _NAAMUITGANG.search(laag) is not None \
        and frequentie(laag) < 3.0
