"""Whether a capitalised word that opens a sentence is a person: Dutch capitalises every first word, so a word
there is a name only when the rest of the sentence points at a person.

A first name that is also a common Dutch word ("Merel", "Roos", "Lente", "Iris") or "De" with such a word ("De
Brink", "De Wal") opening a sentence as its subject is that word, unless a cue of a person follows in the same
sentence: a verb only persons do ("belde", "huilt", "woont", "gaf aan"), a pronoun ("haar", "hij"), an age ("is 8
jaar", "(9)"), a school class ("groep 5"), a role ("is de moeder"), an aside after a comma, or a second person
("Roos en Daan"). A season, month or feast (`TIJDEN`) is a time, not a person, unless a surname follows it ("Mei
Ling Chen") or a role stands before it ("oma Roos" is no time; "dochter Juni" is a person): "Verslag Lente 2024",
"Planning Herfst", "Notulen Mei". These tests look at the sentence only; `controles.namenmodel` uses them on the
names deduce finds, `verwijzingen` on the times.
"""

from __future__ import annotations

import re

from ..patronen import patroon
from .detectoren import ROL

# feasts of the religions and traditions of the families in a dossier, and days of remembrance
_FEESTEN = ("pesach|chanoeka|soekot|jom\\s+kipoer|poerim|divali|diwali|holi|nowruz|newroz|bayram|eid(?:\\s+al-\\w+)?"
            "|keti\\s+koti|vesak|kwanzaa|paasfeest|loofhuttenfeest|hemelvaartsdag|goede\\s+vrijdag|allerheiligen"
            "|kerstavond|oudejaarsavond|bevrijdingsdag|dodenherdenking|moederdag|vaderdag|kinderboekenweek")
# the words of time that are also first names or read as names at a sentence start or in a title
TIJDEN = ("lente|voorjaar|zomer|herfst|najaar|winter|januari|februari|maart|april|mei|juni|juli|augustus|september"
          "|oktober|november|december|pasen|pinksteren|kerst|kerstmis|carnaval|ramadan|suikerfeest|offerfeest"
          "|koningsdag|sinterklaas|oudjaar|nieuwjaar|hemelvaart|" + _FEESTEN)
_TIJD = patroon(rf"(?<![\w-])(?i:{TIJDEN})(?![\w'’-])")
# a feast after a preposition of time is a time, whatever the sentence says of a person ("Met Pesach is de zoon
# niet op school", "Rond Divali logeert oma bij het gezin")
_FEEST_NA_VOORZETSEL = patroon(rf"(?<![\w-])(?i:met|tijdens|rond|rondom|na|voor|sinds|tot|vanaf|op|bij|na afloop van"
                               rf"|in de week van)\s+(?i:het\s+|de\s+)?(?i:{_FEESTEN}|pasen|pinksteren|kerst|kerstmis"
                               rf"|ramadan|suikerfeest|offerfeest|carnaval|sinterklaas|koningsdag|oudjaar|nieuwjaar"
                               rf"|hemelvaart)$")
_NA_TIJD_NAAM = patroon(r"[\s_-]+(?:(?:van|de|der|den|el|al|ter|ten)[\s_-]+)*[A-Z][a-zà-ÿ]")
_ROL_ERVOOR = patroon(rf"(?i:\b(?:{ROL})[\s_-]*[:(,]?[\s_-]*)$")
_VOORNAAM_ERVOOR = patroon(r"(?<![\w-])(?P<voornaam>[A-Z][a-zà-ÿ]+)[\s_-]+$")

_PERSOONSWERKWOORD = (
    r"zegt|zei|zeggen|vertelt|vertelde|vertellen|belt|belde|huilt|huilde|lacht|lachte|woont|woonde|speelt|speelde"
    r"|slaapt|sliep|eet|at|praat|praatte|wil|wilde|voelt|voelde|vindt|vond|denkt|dacht|weet|wist|geeft\s+aan"
    r"|gaf\s+aan|spijbelt|spijbelde|gaat|ging|zit|zat|komt|kwam|loopt|liep|rent|rende|kreeg|krijgt\s+(?:hulp|les|zorg)"
    r"|werkt\s+als|verhuist|verhuisde|verblijft|verbleef|heeft\s+(?:gezegd|verteld|gebeld|gehuild|aangegeven|laten"
    r"\s+weten)|mag|moet|kan|kon|zou|leert|leerde|schrijft|schreef|vraagt|vroeg|antwoordt|antwoordde|durft|durfde"
    r"|mist|miste|houdt\s+van|hield\s+van|zorgt\s+voor|wacht|wachtte|is\s+(?:bang|boos|verdrietig|ziek|zwanger|moe"
    r"|blij|alleen|geboren|overleden|verhuisd|gepest|opgenomen|aangemeld|geplaatst|thuis)|staat\s+op\s+(?:de\s+)?wachtlijst"
    r"|ligt\s+(?:nog\s+)?in\s+(?:het\s+)?(?:ziekenhuis|bed)|valt\s+(?:\w+\s+){0,2}uit|(?:de|het)\s+(?:les|lessen|klas|spreekuur)|krijgt|kreeg|ontvangt|ontving|sport|sportte"
    r"|(?:wordt|werd)\s+(?:\w+\s+){0,2}(?:begeleid|opgevangen|geholpen|gezien|behandeld|opgehaald|gebracht|gepest"
    r"|onderzocht|aangemeld|geplaatst|verzorgd)|(?:heeft|had)\s+(?:\w+\s+){0,2}(?:moeite|last|hulp|diagnose|behoefte"
    r"|vriend\w*|problemen|angst|verdriet|pijn|schulden|geen|een\s+(?:broer|zus|baan|relatie))")
_PERSOONSCUE = patroon(
    rf"^\s*(?:[,(]|en\s+[A-Z]|&)|(?<![\w-])(?:haar|hij|zij|ze|hem|zich|zichzelf|zelf|jongste|oudste|{ROL}"
    rf"|{_PERSOONSWERKWOORD})(?![\w-])|\d+\s*(?:jaar|jr|maanden|weken)\b|\boud\b|(?i:groep|klas)\s+\d"
    r"|naar\s+(?:de\s+)?(?:school|opvang|crèche|peuterspeelzaal)")


def tijd_spans(tekst: str) -> list[tuple[int, int]]:
    """Seasons, months and feasts that no surname follows and no role precedes: a time, no person."""
    spans = []
    for tijd in _TIJD.finditer(tekst):
        voor = tekst[max(0, tijd.start() - 25):tijd.start()]
        if _NA_TIJD_NAAM.match(tekst, tijd.end()) or _ROL_ERVOOR.search(voor) or _na_voornaam(voor):
            continue  # "Mei Ling Chen", "oma Roos", "Hanna Winter": a person
        if tijd.group()[:1].isupper() and persoon_in_zin(tekst, tijd.end()) \
                and not _FEEST_NA_VOORZETSEL.search(tekst, max(0, tijd.start() - 30), tijd.end()):
            continue  # "Juni is pas twee maanden oud", "Mei belde"
        spans.append(tijd.span())
    return spans


def _na_voornaam(voor: str) -> bool:
    from .naamwoorden import bekende_voornaam

    woord = _VOORNAAM_ERVOOR.search(voor)
    return woord is not None and bekende_voornaam(woord.group("voornaam"))


def persoon_in_zin(tekst: str, eind: int) -> bool:
    """Whether the rest of the sentence after position `eind` holds a cue of a person (see the module)."""
    rest = re.split(r"(?<=[.!?;])\s|\n", tekst[eind:eind + 200], maxsplit=1)[0]
    return _PERSOONSCUE.search(rest) is not None


def zinsbegin(tekst: str, begin: int) -> bool:
    """Whether `begin` opens the text or a sentence (after quotes or a bracket)."""
    voor = tekst[max(0, begin - 10):begin].rstrip(" \"'(")
    return not voor or voor[-1] in ".!?;"


def gewoon_woord_als_onderwerp(tekst: str, begin: int, eind: int) -> bool:
    """Whether tekst[begin:eind] is one word, or "De"/"Het" and one word, opening a sentence, that is a common
    Dutch word (also when it is a first name or a surname), followed by a lowercase word and by no cue of a person
    in the rest of the sentence: "Merel maakt de wachtlijst niet korter", "De Brink is op marktdag erg druk"."""
    from .lijsten import frequentie

    woorden = tekst[begin:eind].split()
    if woorden[:1] in (["De"], ["Het"]):
        woorden = woorden[1:]
    if len(woorden) != 1 or not zinsbegin(tekst, begin) or not re.fullmatch(r"[A-Z][a-zà-ÿ]+", woorden[0]):
        return False
    if _GEZEGDE_VAN_PLAATS.match(tekst, eind):
        return True  # "Marlot telt veel eenoudergezinnen", "Jericho grenst aan het centrum": a place
    if frequentie(woorden[0].casefold()) < 3.0 or not re.match(r"\s+[a-z]", tekst[eind:eind + 3]):
        return False
    return not persoon_in_zin(tekst, eind)


# what only a place does: count its households, border on, lie next to, have a team "there"
_GEZEGDE_VAN_PLAATS = patroon(r"\s+(?:telt\s+(?:veel|ruim|bijna|zo'n|circa|ongeveer|\d)|heeft\s+er\s|grenst\s+aan\s"
                                 r"|ligt\s+(?:vlak\s+|pal\s+|direct\s+)?(?:naast|tegen|ten\s+\w+\s+van|aan\s+de\s+rand))")
