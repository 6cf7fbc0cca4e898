"""References to a method's maker, an institution or a place that look like a person's name but name none.

These follow how Dutch inspector prose writes such references, not lists of the values:

* a method and its maker: the maker follows "van" or "volgens" after a word for a theory, model or way of
  working ("de ontwikkelingsstadia van Piaget", "het gedachtegoed van Haim Omer", "oplossingsgericht werken
  volgens Insoo Kim Berg"); the maker of a method is a public author, not a person in the dossier;
* an institution: a person is never the place one is treated, admitted or placed "in" ("behandeld in Reinier
  van Arkel", "na de opname in Laurentius");
* a place: a lowercase "de" before a capitalised word, after a word for a place or a preposition of place,
  writes a building, square or neighbourhood ("vlak bij de Goudse Poort", "locatie de Meent"); a person's
  surname takes a capital "De" or stands after a first name, an initial or a title ("mevrouw de Haan");
  a word made of a place ("Goudse", "Amsterdamse") is never part of a person's name;
* a gemeente followed by capitalised words that hold no first name is a neighbourhood, also in a file name
  ("Zwolle Lakerlopen", "Breda Hoge Vucht");
* a capitalised word joined by "en" to a lowercase common noun is that noun ("Roos en tulp bloeien").
"""

from __future__ import annotations

import functools
import re

from ..patronen import patroon
from .alternatieven import Namenpatroon
from .detectoren import ROL
from .onderwerp import tijd_spans

_NAAM = (r"(?:[A-Z]\.\s?){0,4}(?:(?:[Dd]e|[Vv]an|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]+"
         r"(?:\s+(?:(?:de|van|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]+){0,2}")
_MAKERS = rf"(?P<maker>{_NAAM}(?:\s*(?:,|en|&)\s+{_NAAM})*)"
# a word for a theory, model or body of thought: on its own ("het gedachtegoed van Haim Omer", "de methodiek van
# Gordon") or, as a word that may also be a person's ("de fasen van Fatima"), only after an adjective or a number or as
# the end of a compound ("de zes denkhoeden van De Bono", "de ontwikkelingsstadia van Piaget"); words a person has
# too ("de positieve benadering van Jan", "de emotionele behoeften van", "het dagboek van") are left out
_LEER = r"gedachtegoed|theorie|theorieën|publicaties|methodiek|methode|model|modellen|leer|denkhoeden"
_LEER_SAMEN = (r"stadia|fasen|principes|cirkel|driehoek|piramide|ladder|kwadrant|kwadranten|niveaus|gesprekstechniek"
               r"|gespreksmethode|gespreksvoering|leiderschap|hoeden|kegel|axioma's|wetten|dimensies|venster|matrix|rad"
               r"|roos|ijsberg")
_BIJVOEGLIJK = r"(?:(?:[a-zë-]+(?:e|isch)|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+)"
_MAKER_VAN = patroon(
    rf"(?<![\w-])(?:(?i:de|het)\s+{_BIJVOEGLIJK}*(?:[A-Z0-9]{{1,5}}-)?[a-zë-]*(?:{_LEER})"
    rf"|(?i:de|het)\s+(?:{_BIJVOEGLIJK}+(?:[A-Z0-9]{{1,5}}-)?[a-zë-]*|(?:[A-Z0-9]{{1,5}}-)?[a-zë-]+)(?:{_LEER_SAMEN})"
    r"|(?i:de|het)\s+[A-Z0-9]{1,5}-(?:schema|schema's|model|methode|modellen)"
    r"|(?i:geweldloos\s+verzet|nieuwe\s+autoriteit|geweldloze\s+communicatie|signs\s+of\s+safety))"
    # the thing it is about may come in between ("de stadia van rouw van Kübler-Ross")
    rf"(?:\s+van\s+[a-z]+)?\s+(?:van|volgens)\s+{_MAKERS}")
# a way of working after its maker: "oplossingsgericht werken volgens Insoo Kim Berg", "de aanpak volgens Omer";
# not a verb of the person ("werkt volgens Fatima niet": `organisaties._METHODE` keeps one word there)
_MAKER_VOLGENS = patroon(
    rf"(?<![\w-])(?:[a-z]+(?:gericht|sensitief|matig)(?:\s+[a-z]+en)?|werken|coachen|communicatie|gespreksvoering|aanpak"
    rf"|methode|methodiek|werkwijze|model|principes|gedachtegoed|theorie|therapie)\s+volgens\s+"
    rf"(?:(?:het|de)\s+(?:gedachtegoed|principes|methode|model|ideeën)\s+van\s+)?{_MAKERS}")
# an institution one is treated, admitted or placed in: a person is never "in" ("behandeld in Reinier van Arkel")
_INSTELLING_IN = patroon(
    r"(?<![\w-])(?i:behandeld|opgenomen|opname|behandeling|verblijf|verblijft|verbleef|geplaatst|plaatsing|"
    r"dagbehandeling|klinisch|intern)\s+in\s+(?P<naam>(?!(?i:het|de)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:van|de|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]*){0,3})")
# "de" in lowercase before a capitalised word after a word of place or a preposition: a building, square or
# neighbourhood ("vlak bij de Haven", "locatie de Meent"); not after a role, title or first name ("mevrouw de
# Haan", "Jan de Vries"), nor after a word that points at a person ("met", "over", "door")
_PLEKWOORD = (r"in|op|aan|bij|naar|nabij|naast|achter|rond|rondom|uit|vanuit|richting|langs|tegenover|voorbij|via|locatie|wijk"
              r"|buurt|winkelcentrum|gebouw|pand|plein|park|vestiging")
_DE_PLEK = patroon(rf"(?<![\w-])(?i:{_PLEKWOORD})\s+de\s+(?P<naam>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})")
# "De" opening a sentence before capitalised words of which one is made of a place ("De Goudse Poort")
_PLAATS_BIJVOEGLIJK = patroon(r"(?<![\w-])(?:(?:De|Het|de|het)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][a-z]+(?:se|sche)"
                              r"(?:\s+[A-Z][\w'’-]*)+")
# "De" or "Het" opening a sentence or a whole value before one capitalised word that is no surname: a place or an
# organisation ("De Meent is druk", "De Meander")
_DE_ZINSBEGIN = patroon(r"(?<![\w,;-])(?<![\w,;-]\s)(?:De|Het)[\s_]+(?P<naam>[A-Z][a-z]+)(?=\s+[a-z]|[\s\"'.]*$)")
# a saint in the Latin form a parish, school or hospital uses, standing alone ("aangemeld bij Antonius",
# "Laurentius heeft advies gegeven"); a person's Latin baptismal name is followed by a surname ("Antonius de Vries")
_HEILIGE = patroon(
    r"(?<![\w-])(?:Sint\s+|St\.\s*)?(?:Antonius|Laurentius|Franciscus|Bonifatius|Lambertus|Martinus|Willibrordus|Hubertus"
    r"|Odulphus|Aloysius|Ignatius|Bernardus|Lebuinus|Plechelmus|Augustinus|Gregorius|Stephanus|Servatius|Dionysius"
    r"|Canisius|Severinus|Vincentius|Liduina|Gertrudis|Walburga|Cunera)(?![\w-])"
    r"(?P<na>\s+(?:(?:van|de|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]*)?")
# a school named after a person, by the word before ("Stedelijk Gymnasium Johan van Oldenbarnevelt") or as a
# compound after a title and initials ("de Dr. H. Bavinckschool", "Mr. J.J. van der Veldeschool")
_SCHOOL_NAAR = patroon(
    r"(?<![\w-])(?:Gymnasium|Atheneum|Lyceum|College|Scholengemeenschap|Basisschool)\s+(?:(?:de|van|der|den)\s+){0,3}"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:de|van|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]*){0,3}"
    r"|(?<![\w-])(?:[A-Z][a-z]{0,3}\.\s?){1,4}(?:(?:van|de|der|den)\s+){0,3}[A-Z][\w'’-]*"
    r"(?:school|college|lyceum|huis|kliniek|centrum|fonds|stichting|kerk)(?![\w-])")
# "Sint" before a name makes it a saint's, so a parish, school, hospital or place ("Sint Jansdal", "St. Anna")
_SINT = patroon(r"(?<![\w-])(?:Sint|St\.)\s*[A-Z][\w'’-]*")
_ROL_ERVOOR = patroon(rf"(?i:\b(?:{ROL})\s*[:(,]?\s*)$")
# a word named as a word or as the name of an approach ("Moed, zo noemt het team de nieuwe aanpak", "Hoop is het
# woord dat ouders noemen", "het motto Samen"): not a person, who is named differently ("zo heet de moeder")
_WOORD_ALS_NAAM = patroon(
    r"(?<![\w,;-])(?<![\w,;-]\s)(?P<woord>[A-Z][a-z]+)(?=,\s+zo\s+noem(?:t|en|de|den)\s+(?:\w+\s+){0,3}?(?:de|het)\s+"
    r"(?:nieuwe\s+)?(?:aanpak|methode|werkwijze|project|programma|training|cursus|groep|plek|ruimte|werkvorm|visie"
    r"|campagne|lijn|koers)\b|\s+is\s+(?:het|een)\s+(?:woord|motto|sleutelwoord|kernwoord|thema|devies)\b)"
    r"|\b(?:woord|motto|thema|devies)\s+[\"'‘“]?(?P<woord2>[A-Z][a-z]+)")
# an article before a first name and a surname, or before a title, names a school or building after its namesake
# ("De Nicolaas Beets krijgt een nieuw gebouw", "op de Mgr. Bekkers"): a person takes no article
_LIDWOORD_NAAM = patroon(
    r"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?:(?P<titel>(?:Mgr|Dr|Ds|Mr|Prof|Pater|Pastoor|Kardinaal|Burgemeester)\.?)\s+"
    r"(?:[A-Z]\.\s?){0,4}|(?P<voornaam>[A-Z][a-zà-ÿ]+)\s+(?:(?:van|de|der|den|ter|ten|von)\s+){0,3})[A-Z][\w'’-]+"
    r"(?:\s+(?:(?:van|de|der|den|ter|ten)\s+){0,3}[A-Z][\w'’-]+)?")
# a trade named as a trade ("Voerman van beroep")
_VAN_BEROEP = patroon(r"(?<![\w-])[A-Z][a-z]+(?=\s+van\s+beroep\b)")
# "Roos en tulp", "Winter en kleur": a capitalised word joined to a lowercase common noun is a noun too
_EN_ZELFSTANDIG = patroon(r"(?<![\w,;-])(?<![\w,;-]\s)(?P<woord>[A-Z][a-z]+)\s+en\s+(?P<ander>[a-z]{3,})\b")


def verwijzing_spans(tekst: str, volledig: bool) -> list[tuple[int, int]]:
    """Spans of methods' makers, institutions and places in `tekst` (see the module): no person."""
    spans = [m.span("maker") for m in _MAKER_VAN.finditer(tekst)]
    spans += [m.span("maker") for m in _MAKER_VOLGENS.finditer(tekst)]
    spans += [m.span("naam") for m in _INSTELLING_IN.finditer(tekst)]
    spans += [m.span() for m in _SCHOOL_NAAR.finditer(tekst)]
    spans += [m.span() for m in _SINT.finditer(tekst)]
    spans += [m.span() for m in _VAN_BEROEP.finditer(tekst)]
    spans += [m.span("woord") if m.group("woord") else m.span("woord2") for m in _WOORD_ALS_NAAM.finditer(tekst)]
    spans += [m.span() for m in _LIDWOORD_NAAM.finditer(tekst)
              if m.group("titel") or (m.group("voornaam").casefold() in _nederlandse_voornamen()
                                      and not _na_tussenvoegsel(m.group("voornaam")))]  # "De Roos Meijer": a person
    spans += [m.span("naam") for m in _DE_PLEK.finditer(tekst)]
    spans += [m.span() for m in _PLAATS_BIJVOEGLIJK.finditer(tekst) if _van_een_plaats(m.group(), volledig)]
    spans += [(m.start(), m.start("na") if m.group("na") else m.end()) for m in _HEILIGE.finditer(tekst)
              if (not m.group("na") or _is_plaats(m.group("na")))
              and not _ROL_ERVOOR.search(tekst[max(0, m.start() - 25):m.start()])
              and not re.search(r"[A-Z][\w'’-]*\s+$", tekst[max(0, m.start() - 25):m.start()])]  # "Anna Laurentius"
    if volledig:
        spans += [m.span("woord") for m in _EN_ZELFSTANDIG.finditer(tekst) if _gewoon_zelfstandig(m.group("ander"))]
        spans += _gemeente_en_wijk(tekst)
        spans += [m.span("naam") for m in _DE_ZINSBEGIN.finditer(tekst) if _geen_achternaam(m.group("naam"))]
        spans += tijd_spans(tekst)  # "Verslag Lente 2024", "Planning Herfst": a time, no person
    return spans


def _van_een_plaats(woorden: str, volledig: bool) -> bool:
    """Whether a capitalised word in `woorden` is made of a place ("Goudse", "Haagse", "Amsterdamse")."""
    from .lijsten import plaatsnamen

    for woord in re.findall(r"[A-Z][a-z]+(?:se|sche)\b", woorden):
        stam = re.sub(r"(?:se|sche)$", "", woord).casefold()
        if any(s in plaatsnamen() for s in (stam, stam + "a", stam + "en", stam + "e", stam[:-1] if stam.endswith(stam[-1] * 2) else stam)):
            return True
        if volledig and stam in _PLAATSSTAMMEN:
            return True
    return False


# the adjectives of places whose stem differs from the place ("Haagse": Den Haag; "Leidse": Leiden)
_PLAATSSTAMMEN = frozenset({"haag", "leid", "delf", "goud", "bredaa", "twent", "friese", "zeeuw", "brabant", "limburg",
                            "utrecht", "groning", "drent", "gelder", "hollands", "rotterdam", "amsterdam"})


def _is_plaats(woorden: str) -> bool:
    from ..gemeenten import nederlandse_gemeenten
    from .lijsten import plaatsnamen

    kaal = woorden.strip()
    return kaal.casefold() in plaatsnamen() or kaal in nederlandse_gemeenten().values()


@functools.cache
def _nederlandse_voornamen() -> frozenset[str]:
    from .lijsten import lijst

    return frozenset(w.casefold() for w in lijst("names/lst_first_name"))


def _na_tussenvoegsel(woord: str) -> bool:
    """Whether `woord` is a surname that follows "de" or "van" ("Vries", "Roos", "Winter")."""
    from .lijsten import lijst

    return woord in lijst("names/lst_interfix_surname") or woord.title() in lijst("names/lst_interfix_surname")


def _geen_achternaam(woord: str) -> bool:
    from .lijsten import achternamen

    return woord.casefold() not in achternamen() and not _na_tussenvoegsel(woord)


def _gewoon_zelfstandig(woord: str) -> bool:
    """A common Dutch noun-like word, in no name list and no function word ("Zebari en haar kinderen" is a person)."""
    from .lijsten import frequentie, lijst, voornamen_wereld

    return (frequentie(woord) >= 3.0 and woord not in voornamen_wereld()
            and woord not in lijst("whitelist/lst_stop_word") and woord not in _FUNCTIEWOORDEN)


_FUNCTIEWOORDEN = frozenset({"haar", "zijn", "hun", "mijn", "jouw", "onze", "ons", "uw", "hem", "hij", "zij", "ze",
                             "de", "het", "een", "die", "dat", "deze", "dit", "zo", "dan", "ook", "nu", "toen", "daarna"})


@functools.cache
def _gemeente_eerst() -> Namenpatroon:
    from ..gemeenten import nederlandse_gemeenten
    from .lijsten import woonplaatsen_van_meer_woorden

    # the gemeenten, and the residences of more words ("Oud-Beijerland", "Nieuw-Vennep"): one-word residences
    # include surnames ("Vries", "Boer")
    meer = {n for n in woonplaatsen_van_meer_woorden() if not re.match(r"(?i:de|den|het|'t)\s", n)}
    return Namenpatroon(r"(?<![\w-])", _gemeentedelen({*nederlandse_gemeenten().values(), *meer}),
                        r"[\s_]+(?P<wijk>[A-Z][\w'’-]*(?:[\s_]+[A-Z][\w'’-]*){0,2})")


def _gemeentedelen(namen: set[str]) -> list[tuple[str, list[str]]]:
    """Per name its regex (`[\\s_-]+` between the words) and its words, longest regex first, each regex once."""
    delen: dict[str, list[str]] = {}
    for naam in namen:
        woorden = re.split(r"[\s-]+", naam)
        delen.setdefault(r"[\s_-]+".join(re.escape(w) for w in woorden), woorden)
    return sorted(delen.items(), key=lambda deel: len(deel[0]), reverse=True)


@functools.cache
def _gemeente_achteraan() -> Namenpatroon:
    from ..gemeenten import nederlandse_gemeenten

    return Namenpatroon(r"(?P<voor>(?<![\w'’-])[A-Z][\w'’-]*(?:[\s_]+(?:(?:van|de|der|den|voor)[\s_]+)*"
                        r"[A-Z][\w'’-]*){0,3})[\s_]+", _gemeentedelen(set(nederlandse_gemeenten().values())),
                        r"(?![\w-])")


def _gemeente_en_wijk(tekst: str) -> list[tuple[int, int]]:
    """A gemeente followed by capitalised words that hold no first name: a neighbourhood ("Zwolle Lakerlopen");
    and an organisation before a gemeente, its location ("Heliomare Gouda", "Revalidatie Westland"), when its
    words hold no first name and are not all surnames ("Bouzid Gouda" may be a person's file)."""
    from .lijsten import achternamen, voornamen_wereld

    spans = []
    for m in _gemeente_eerst().finditer(tekst):
        woorden = re.split(r"[\s_-]+", m.group("wijk"))
        if not any(w.casefold() in voornamen_wereld() for w in woorden):
            spans.append(m.span("wijk"))
    for m in _gemeente_achteraan().finditer(tekst):
        woorden = [w.casefold() for w in re.split(r"[\s_-]+", m.group("voor")) if w not in ("van", "de", "der", "den", "voor")]
        if not any(w in voornamen_wereld() for w in woorden) and not all(w in achternamen() for w in woorden):
            spans.append(m.span())
    return spans
