"""Whether words are a school's name, shared by `scholen` and `schoolvormen`: a name with an article ("De Fontein",
"het Johan de Witt"), capitalised words beside a class without a school word ("Goudse Waarden, klas 2"), and the
words of school life that never name a school."""

from __future__ import annotations

import re

GEEN_SCHOOLNAAM = frozenset({"school", "basisschool", "klas", "groep", "juf", "meester", "leerkracht", "week",
                             "dag", "maand", "jaar", "les", "ochtend", "middag", "middelbare", "speciale", "nieuwe",
                             "oude", "andere", "eigen", "zelfde", "huidige", "vorige", "volgende", "kinderen",
                             "leerlingen", "ouders", "mentor", "intern", "zorg", "zorgcoördinator", "directeur",
                             # a kind of school is no school's name: "klas 3 van de mavo"
                             "mavo", "havo", "vwo", "vmbo", "sbo", "isk", "praktijkschool", "kopklas", "brugklas",
                             "directie", "lagere", "gewone", "reguliere", "buurt", "wijk", "opvang", "bso"})
"""Words of school life and kinds of school: never a school's name ("klas 3 van de mavo")."""
# the last word of an organisation of care, not a school ("Het Gezinshuis", "het Wilhelmina Kinderziekenhuis")
ORGANISATIE_EIND = (r"(?:team|huis|centrum|instituut|fonds|groep|stichting|zorg|kliniek|dienst|loket|punt|raad"
                    r"|bureau|bescherming|opvang|ziekenhuis|gasthuis|ministerie)")


def naam_met_lidwoord(lidwoord: str, woorden: list[str]) -> bool:
    """Whether an article and capitalised words are a school's name: "De" not before a surname ("De Vries"), and no
    common word ("Het Kind") unless "het" stands before a person's full name ("het Johan de Witt")."""
    from .lijsten import frequentie, voornamen_wereld

    namen = [w for w in woorden if w[:1].isupper()]
    eerste = namen[0].casefold()
    if any(re.search(rf"{ORGANISATIE_EIND}$", w.casefold()) for w in namen):
        return False  # "Het Gezinshuis", "het Wilhelmina Kinderziekenhuis": an organisation of care
    if lidwoord == "De":
        return not _persoonsnaam(namen) and frequentie(eerste) < 4.0
    if len(namen) > 1 and eerste in voornamen_wereld():
        return True  # a school named after a person: no person takes "het"
    return frequentie(eerste) < 4.0 and not (len(namen) == 1 and eerste in voornamen_wereld())  # not "het Frans"


def naam_zonder_schoolwoord(woorden: list[str]) -> bool:
    """Whether capitalised words beside a class are a school's name ("Goudse Waarden, klas 2"): not a person (a known
    first name first, or a known surname after a common word: "Meneer Bakker"), not a place ("Den Haag") or an
    organisation of care (by its word or in the list of organisations: "Kenter Jeugdhulp"), and not common words
    only."""
    from .lijsten import achternamen, frequentie, geen_personen, plaatsnamen, voornamen_wereld

    laag = [w.casefold() for w in woorden]
    if laag[0] in voornamen_wereld() or " ".join(laag) in plaatsnamen() or all(frequentie(w) >= 4.0 for w in laag):
        return False
    if laag[-1] in achternamen() and frequentie(laag[0]) >= 3.5:
        return False
    return not any(re.search(rf"{ORGANISATIE_EIND}$", w) for w in laag) and not geen_personen().search(" ".join(woorden))


def _persoonsnaam(woorden: list[str]) -> bool:
    """Whether words may be a person's name: a known first name first, a known surname last, or a common word."""
    from .lijsten import achternamen, frequentie, voornamen_wereld

    eerste, laatste = woorden[0].casefold(), woorden[-1].casefold()
    return eerste in voornamen_wereld() or laatste in achternamen() or any(
        frequentie(w.casefold()) >= 4.0 for w in woorden)
