"""Ways Dutch names a pupil's school that the patterns of `scholen` do not read:

* a kind in lowercase before a rare name ("gymnasium celeanum", "lyceum sorghvliet");
* a brand before its level, maybe with its place ("Yuverta vmbo Hoogeveen", "Wellant vmbo", "Lentiz mavo
  Maassluis"); a first name, a place or a common word before a level is no brand ("Krzysztof vmbo", "Engels havo");
* a name in lowercase without a school word, after "op" or "naar", beside its class written in digits or words ("zit op
  de ambelt in groep zes"); a word of school life or an ordinary word is no school ("op de bank in groep drie");
* the name in brackets right after the word school ("niet de school (De Ambelt)", "school (Het Baken)"); a person's
  name there is the school's contact, no school ("de school (Jansen)");
* a kind that a place has one of, with the place ("de ISK in Delft", "het sbo in Gouda", "het Gymnasium in Gouda").

Each gives a candidate that `schoolbezoek` still has to show as one child's school (a class beside it, a verb of
attendance, a child in the sentence), except the name without a school word, which only counts beside its class.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..patronen import patroon
from .schoolnamen import GEEN_SCHOOLNAAM, naam_met_lidwoord, naam_zonder_schoolwoord
from .treffer import Treffer

_KLEINE_SOORT_NAAM = patroon(r"(?<![\w-])(?i:gymnasium|lyceum|atheneum|college)\s+(?P<naam>[a-zà-ÿ][\w'-]{3,})(?![\w-])")
_NIVEAU = r"(?:vmbo|mavo|havo|vwo|mbo|VMBO|MAVO|HAVO|VWO|MBO)"
_MERK_NIVEAU = patroon(rf"(?<![\w-])(?P<merk>[A-Z][a-zà-ÿ'-]+)\s+(?P<niveau>{_NIVEAU})(?![\w-])"
                       r"(?:\s+(?P<plaats>[A-Z][\w'-]+)(?![\w-]))?")
_TELWOORD = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht)"
_KLEIN_VOOR_KLAS = patroon(
    r"(?<![\w-])(?i:op|naar)\s+(?P<lidwoord>de|het|'t)\s+(?P<naam>[a-zà-ÿ][\w'-]{3,})\s+(?:in\s+)?"
    rf"(?i:groep|klas|leerjaar)\s*(?:\d{{1,2}}[a-zA-Z]?|(?i:{_TELWOORD}))(?![\w-])")
_GEEN_NAAM_VOOR_KLAS = patroon(r".*(?:opvang|speelzaal|school|klas|groep|les|club|vereniging)")
_TUSSEN_HAAKJES = patroon(r"(?<![\w-])[Ss]chool\s*\(\s*(?P<naam>(?:(?P<lidwoord>De|Het|'t)\s+)?[A-Z][\w'-]+"
                          r"(?:\s+[A-Z][\w'-]+){0,2})\s*\)")
_SOORT_IN_PLAATS = patroon(r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?i:isk|sbo|so|vso|praktijkschool|gymnasium|vrije\s+school"
                           r"|mytylschool|tyltylschool|roc)\s+(?:in|te)\s+(?P<plaats>[A-Z][\w'-]+(?:\s+[a-z]{2,3}\s+[A-Z][\w'-]+)?)"
                           r"(?![\w-])")


def scholen_in_vorm(tekst: str) -> Iterator[tuple[int, int]]:
    """Candidates of the module with a kind or brand (spans), for `schoolbezoek` and the class check of `scholen`."""
    from .lijsten import frequentie, lijst, plaatsnamen, voornamen_wereld

    for treffer in _KLEINE_SOORT_NAAM.finditer(tekst):
        naam = treffer.group("naam").casefold()
        if frequentie(naam) < 3.0 and naam not in lijst("whitelist/lst_stop_word"):
            yield treffer.span()
    for treffer in _MERK_NIVEAU.finditer(tekst):
        merk = treffer.group("merk").casefold()
        if frequentie(merk) >= 3.0 or merk in voornamen_wereld() or merk in plaatsnamen():
            continue
        plaats = treffer.group("plaats")  # "Yuverta vmbo Hoogeveen": the place belongs to the name
        yield treffer.start(), treffer.end() if plaats and plaats.casefold() in plaatsnamen() else treffer.end("niveau")
    for treffer in _TUSSEN_HAAKJES.finditer(tekst):
        lidwoord, woorden = treffer.group("lidwoord"), treffer.group("naam").split()
        if naam_met_lidwoord(lidwoord, woorden[1:]) if lidwoord else naam_zonder_schoolwoord(woorden):
            yield treffer.span("naam")
    for treffer in _SOORT_IN_PLAATS.finditer(tekst):
        if treffer.group("plaats").casefold() in plaatsnamen():
            yield treffer.span()


def scholen_naast_klas(tekst: str) -> Iterator[Treffer]:
    """A name in lowercase without a school word beside its class ("op de ambelt in groep zes")."""
    from .lijsten import frequentie

    for treffer in _KLEIN_VOOR_KLAS.finditer(tekst):
        naam = treffer.group("naam").casefold()
        if frequentie(naam) < 4.0 and not _GEEN_NAAM_VOOR_KLAS.fullmatch(naam) and naam not in GEEN_SCHOOLNAAM:
            yield Treffer("school", treffer.start("lidwoord"), treffer.end())
