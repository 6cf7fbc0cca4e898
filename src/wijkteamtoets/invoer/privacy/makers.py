"""Makers of methods, models, theories and tests, and authors cited as literature: public authors, no persons in the
dossier.

* a maker of the shipped list `makers.txt` (extended by the user's ``kaders/makers.txt`` or a file in
  ``WIJKTEAMTOETS_MAKERS``): a full name of its own ("Insoo Kim Berg") is a maker anywhere; a surname alone only
  with a sign, since a client may bear it ("Pavlov belde"): for a surname no list knows as a person's an author's
  frame is enough ("volgens Kübler-Ross", "zoals Bowlby schreef", "Rollnick beschrijven"); one that is also a common
  surname, a first name or a Dutch word ("Miller", "Young", "Worden") needs a sign of literature: a theory word
  before it ("de schematherapie van Young", "de methode-Gordon", "de SDQ (Goodman)"), a possessive with a theory
  word ("Miller's motiverende gespreksvoering"), a year or "et al." as a citation writes it ("Beck (1979)",
  "(Gordon, 1970)"), or a maker of its own beside it ("Miller en Rollnick");
* an academic citation of any author: "(Naam, 2013)", "(Naam & Naam, 2013)", "Naam et al. (2010)", "Naam (1969)",
  when it says it is literature: "&", "et al.", a page ("p. 12"), or a word of literature in the sentence ("Uit
  onderzoek blijkt ... (Desforges, 2003)"), also for several in one pair of brackets. A first name with a year is a
  child and its birth year ("Milan (2012) gaat naar groep 6");
* a role, title or first name before a maker's name, or a role after it, keeps it a person ("buurman Miller",
  "Gordon Berg, stiefvader", "de heer Rogers (vader)").
"""

from __future__ import annotations

import functools
import re

from ..patronen import compileer, patroon
from .detectoren import ROL
from .lijsten import Stand, geen_personen_stand, lijstbestanden

THEORIE = (r"[\w-]*(?:theorie|theorieën|model|modellen|methode|methodiek|benadering|aanpak|piramide|hiërarchie|fasen"
            r"|fase|stadia|stadium|cirkel|cyclus|ladder|schaal|test|vragenlijst|lijst|therapie|training|taken|taxonomie"
            r"|principes?|concept|gedachtegoed|boek|onderzoek|studie|literatuur|stijlen|analyse|verzet|autoriteit"
            r"|gespreksvoering|interventie|programma|protocol|instrument|matrix|kwadrant|driehoek|roos|curve|paradigma"
            r"|indeling|typologie|ethiek|psychologie|pedagogiek|filosofie|werkwijze|schema|behoeften|inventory|scale"
            r"|kenmerken|taxatie|leer"
            # the English words of a method's name as Dutch texts keep it ("Functional Family Therapy van ...")
            r"|therapy|treatment|approach|programme|program|intervention|parenting|care|resistance)")
# a theory word (or an instrument's abbreviation, or a programme's brand name ending in a capital: "Triple P") and
# "van", "volgens", "naar" or "(" just before a name
_FRAME_ERVOOR = patroon(rf"(?:(?i:\b{THEORIE})|\b[A-Z]{{2,6}}(?:-[A-Z0-9]+)?|\b[A-Z][a-z]{{2,}}\s[A-Z](?![\w.]))(?:\s+[\w'’-]+){{0,3}}?"
                        r"(?:\s+(?i:van|volgens|naar|door|uit|bij)\s+(?:(?i:de|het)\s+)?|\s*\(\s*|-)$")
# a possessive and a theory word ("Miller's motiverende gespreksvoering"), or a theory word right after the maker as
# a compound writes it without its hyphen ("de Gordon training", "Kaplan crisisinterventie")
_BEZIT_ERNA = patroon(rf"(?:['’]s?\s+(?:[\w-]+\s+){{0,2}}?|[\s_]+)(?i:{THEORIE})\b")
_JAAR = r"(?:19|20)\d\d[a-z]?"
_BLADZIJDE = r"(?:p|pp|blz|pag)\.\s*\d+(?:\s*-\s*\d+)?"
_CITAAT_ERNA = patroon(rf"\s*(?:\(\s*{_JAAR}\s*(?:[,:]\s*{_BLADZIJDE}\s*)?\)|,\s*{_JAAR}\s*[,;)]|\s+et\s+al\b)")
_PERSOON_ERVOOR = patroon(rf"(?:(?i:\b(?:{ROL}|mr|ir|drs|ing|prof|collega|mentor|juf|meester|docent|leerkracht"
                          r"|regisseur|casusregisseur|coach|gezinscoach|hulpverlener|behandelaar|huisarts))\.?"
                          r"|\b(?P<initiaal>[A-Z]\.)|(?P<woord>[A-Z][A-Za-zà-ÿ]+))\s*,?\s*$")
_ROL_ERNA = patroon(rf"\s*(?:,|\(|-|–)\s*(?:(?i:de|het|zijn|haar)\s+)?(?i:{ROL})\b")
_NAAM_ERNA = patroon(r"\s+(?:(?:van|de|der|den|el|al)\s+){0,3}[A-Z][a-zà-ÿ]")
# an author's frame: "volgens Worden", "zoals Gordon beschrijft"; with a theory word in the sentence and no role
_AUTEUR_ERVOOR = patroon(r"(?i:\b(?:volgens|zoals|aldus|ontwikkeld\s+door|bedacht\s+door|geïntroduceerd\s+door))"
                         r"\s+(?:[A-Z]\.\s?){0,3}$")
# a programme named right before its makers: "Signs of Safety (Turnell en Edwards)", "Marte Meo (Maria Aarts)"
_NA_PROGRAMMA = patroon(r"\s*(?:\(|\s(?i:van|volgens)\s)\s*$")
_AUTEUR_ERNA = patroon(r"\s+(?i:stelt|stelde|stellen|stelden|beschrijft|beschreef|beschrijven|beschreven|onderscheidt"
                       r"|onderscheidde|onderscheiden|noemt|noemde|noemen|ontwikkelde|ontwikkelden|introduceerde"
                       r"|schrijft|schreef|schrijven|schreven)\b")
_THEORIE_SMAL = patroon(r"(?i:\w*(?:theorie|model|fasen|stadia|schema's|piramide|hiërarchie"
                        r"|hechting|gespreksvoering|cyclus|taxonomie|rouwverwerking|rouwtaken|behoeften)\b)")
_ROL_IN_ZIN = patroon(rf"(?i:\b(?:{ROL})\b)")
_WOORD = patroon(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SAMEN = patroon(r"\s*(?:,|&|\ben\b)\s*")


@functools.lru_cache(maxsize=8)
def _makers_uit(stand: Stand) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The pattern of every maker of the lists in `stand`, the makers that need a sign of literature, the last
    words of every maker (case-folded): a text without one of them names no maker, and the surnames alone that an
    author's frame is sign enough for ("volgens Kübler-Ross": a name no list knows as a person's, not marked ``?``)."""
    namen: set[str] = set()
    met_teken: set[str] = set()
    for pad in lijstbestanden("makers.txt", stand):
        try:
            regels = pad.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue
        for regel in regels:
            naam = regel.split("#")[0].strip()
            vraag = naam.endswith("?")
            naam = " ".join(naam.rstrip("?").split()).casefold()
            if naam:
                namen.add(naam)
                if vraag:
                    met_teken.add(naam)
    # a full name needs a sign when its surname does and its first name is a common one ("Thomas Gordon", not
    # "Insoo Kim Berg")
    # a surname alone always needs one: a client may bear it ("Pavlov belde", "Gesprek met Kovacs")
    met_auteur = frozenset(n for n in namen if len(n.split()) == 1 and n not in met_teken and not _gewoon(n))
    met_teken |= {n for n in namen if len(n.split()) == 1 or (
        (_gewoon(n.split()[-1]) or n.split()[-1] in met_teken) and n.split()[0].capitalize() in _voornamen())}
    # longest first; names of one length in a fixed order, so the pattern is the same in every process
    delen = sorted((r"\s+".join(re.escape(w) for w in n.split()) for n in namen), key=lambda deel: (-len(deel), deel))
    vorm = compileer(r"(?<!\w)(?:" + "|".join(delen or ["(?!)"]) + r")(?![\w-])", re.IGNORECASE)
    return vorm, frozenset(met_teken), frozenset(n.split()[-1] for n in namen), met_auteur


def _voornamen() -> frozenset[str]:
    from .lijsten import lijst

    return lijst("names/lst_first_name")


def _gewoon(woord: str) -> bool:
    """A surname that is also a first name of deduce's Dutch list, a Dutch surname or a Dutch word: as often a
    person's name ("Gordon", "Berg", "Worden"). A first name of a list of the world is no reason ("Ainsworth")."""
    from .lijsten import achternamen, frequentie

    return woord.capitalize() in _voornamen() or woord in achternamen() or frequentie(woord) >= 4.5


def _persoon_ervoor(tekst: str, begin: int, initiaal: bool = True) -> bool:
    """A role, title, first name or (with `initiaal`) an initial just before `begin` ("buurman Miller", "Kevin
    Miller", "K. Miller"); an author of a name of its own is cited with initials ("J. Bowlby")."""
    from .naamwoorden import bekende_voornaam

    ervoor = _PERSOON_ERVOOR.search(tekst, max(0, begin - 30), begin)
    if ervoor is None:
        return False
    woord = ervoor.group("woord")
    if ervoor.group("initiaal"):
        return initiaal
    if woord is None:
        return True
    if tekst[ervoor.end("woord"):begin].strip():
        return False
    from .lijsten import frequentie

    # a first name, or a name-like word no Dutch text writes before an author ("YARITZA DORAN"; not "Volgens")
    return bekende_voornaam(woord.capitalize()) or frequentie(woord.casefold()) < 3.0


def _persoon_erna(tekst: str, eind: int) -> bool:
    """A role after the name ("Gordon Berg, stiefvader", "Rogers (vader)") or a surname after it ("Gordon Berg")."""
    return _ROL_ERNA.match(tekst, eind) is not None or (
        _NAAM_ERNA.match(tekst, eind) is not None and _CITAAT_ERNA.match(tekst, eind) is None)


def _teken(tekst: str, begin: int, eind: int) -> bool:
    """A sign of literature at a name: a theory frame before it, a possessive with a theory word, a citation, or
    an author's frame ("volgens", "zoals ... beschrijft") in a sentence about a theory that names no role."""
    if (_FRAME_ERVOOR.search(tekst, max(0, begin - 90), begin) is not None
            or _BEZIT_ERNA.match(tekst, eind) is not None or _CITAAT_ERNA.match(tekst, eind) is not None
            or _programma_ervoor(tekst, begin, _VAN_NA_PROGRAMMA, 60)):
        return True
    if _AUTEUR_ERVOOR.search(tekst, max(0, begin - 30), begin) is None and _AUTEUR_ERNA.match(tekst, eind) is None:
        return False
    zin = _zin_om(tekst, begin, eind)
    return _THEORIE_SMAL.search(zin) is not None and _ROL_IN_ZIN.search(zin) is None


def _programma_ervoor(tekst: str, begin: int, tussen: re.Pattern[str] | None = None, breedte: int = 80) -> bool:
    """Whether a programme or method of the list of organisations and programmes (`geen-personen.txt`) stands right
    before a maker, within `breedte` characters, with `tussen` between: by default a bracket, "van" or "volgens"
    ("Signs of Safety (Turnell", "Marte Meo (Maria Aarts"), which `maker_spans` asks only for a maker no list knows as
    a person's or a full name of the makers' list (a contact at an organisation bears a common surname as often:
    "Veilig Thuis (Miller)"); `_teken` asks with `_VAN_NA_PROGRAMMA` ("Multi Systeem Therapie van Henggeler").
    Never after an organisation or a team of the list: "het wijkteam van Maria Aarts" names a person."""
    from .lijsten import geen_personen

    patroon_tussen = _NA_PROGRAMMA if tussen is None else tussen
    venster = tekst[max(0, begin - breedte):begin]
    if patroon_tussen.search(venster) is None:
        return False
    return any(patroon_tussen.fullmatch(venster, m.end()) and not _ORGANISATIEWOORD.search(m.group())
               for m in geen_personen().finditer(venster))


# the capitalised words of a title right before a bracket: "Incredible Years (", "Stages of Change-model ("
_TITEL_HAAKJE = patroon(r"(?P<woord>[A-Z][\w'’-]*)\s*\(\s*$")


def _haakje_na_titel(tekst: str, begin: int) -> bool:
    """Whether a maker no list knows as a person's stands in brackets after the title of a method or programme
    ("Incredible Years (Webster-Stratton)"); not after a role or a first name ("moeder (Ainsworth)", "Fatima
    (Ainsworth)"), where the bracket holds a person's surname."""
    from .naamwoorden import bekende_voornaam

    titel = _TITEL_HAAKJE.search(tekst, max(0, begin - 40), begin)
    if titel is None:
        return False
    woord = titel.group("woord")
    return not (_ROL_IN_ZIN.fullmatch(woord) or bekende_voornaam(woord.split("-")[0]))


_VAN_NA_PROGRAMMA = patroon(r"\s+(?i:van|volgens|naar)\s+$")  # "Marte Meo van Maria Aarts", "... naar Aarts"
_ORGANISATIEWOORD = patroon(r"(?i:team|gemeente|stichting|thuis|school|centrum|huis|raad|ggd|ggz|zorg|jeugd|groep)")


def _auteur(tekst: str, begin: int, eind: int) -> bool:
    """An author's frame around a name: "volgens Ainsworth", "zoals Bowlby", "Rollnick beschrijven" (a role right
    beside the name, "volgens Ainsworth, de buurvrouw", has made it a person before this is asked)."""
    return _AUTEUR_ERVOOR.search(tekst, max(0, begin - 30), begin) is not None or _AUTEUR_ERNA.match(tekst, eind) is not None


def maker_spans(tekst: str) -> list[tuple[int, int]]:
    """Spans of makers of the lists in `tekst` that are no person (see the module)."""
    vorm, met_teken, laatste, met_auteur = _makers_uit(geen_personen_stand())
    kandidaten = []
    if not any(w[:1].isupper() and w.casefold() in laatste for woord in _WOORD.findall(tekst)
               for w in (woord, *woord.split("-")[1:])):  # "Kübler-Ross", "de methode-Gordon"
        return citaat_spans(tekst)
    for m in vorm.finditer(tekst):
        begin, eind = m.span()
        if not m.group().split()[-1][:1].isupper():
            continue  # "worden", "jung": the word, not the maker
        if begin and tekst[begin - 1] == "-" and _FRAME_ERVOOR.search(tekst, max(0, begin - 90), begin) is None:
            continue  # a double surname ("Jansen-Miller")
        naam = " ".join(m.group().split()).casefold()
        eigen, auteur = naam not in met_teken, naam in met_auteur
        if _persoon_ervoor(tekst, begin, initiaal=not (eigen or auteur)) or _persoon_erna(tekst, eind):
            continue
        kandidaten.append((begin, eind, eigen or _teken(tekst, begin, eind) or (auteur and _auteur(tekst, begin, eind))
                           or ((auteur or " " in naam) and _programma_ervoor(tekst, begin))
                           or (auteur and _haakje_na_titel(tekst, begin))))
    # a maker beside a recognised one is a maker too ("Miller en Rollnick", "Turnell en Edwards (1999)")
    zeker = [(b, e) for b, e, z in kandidaten if z]
    for begin, eind, z in kandidaten:
        if not z and any(_SAMEN.fullmatch(tekst, e, begin) or _SAMEN.fullmatch(tekst, eind, b) for b, e in zeker):
            zeker.append((begin, eind))
    return zeker + citaat_spans(tekst)


_NAAM = r"(?:(?:[Vv]an|[Dd]e|[Vv]on|der|den)\s+){0,3}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
_NAMEN = rf"{_NAAM}(?:\s*(?:,|&|\ben\b)\s*{_NAAM})*"
# "(Miller & Rollnick, 2013)", "(Sanders, 1999; Webster-Stratton, 2006)", "(Van IJzendoorn, 1995, p. 12)"
_CITAAT_BINNEN = patroon(rf"(?P<namen>{_NAMEN})(?P<etal>\s+et\s+al\.?)?\s*,?\s*{_JAAR}(?P<blz>\s*[,:]\s*{_BLADZIJDE})?")
_HAAKJES = patroon(r"\((?P<inhoud>[^()\n]{4,200})\)")
# "Kübler-Ross (1969)", "Webster-Stratton et al. (2004)", "Turnell en Edwards (1999)"
_CITAAT_ERVOOR = patroon(rf"(?<![\w-])(?P<namen>{_NAMEN})(?P<etal>\s+et\s+al\.?)?\s*\(\s*{_JAAR}"
                         rf"(?P<blz>\s*[,:]\s*{_BLADZIJDE})?\s*\)")
_LITERATUUR = patroon(rf"(?i:\b{THEORIE}\b|\b(?:blijkt|bleek|beschreef|beschreven|beschrijft|beschrijven|stelt|stellen"
                      r"|stelde|noemt|noemen|noemde|onderscheidt|onderscheiden|onderscheidde|ontwikkelde|ontwikkelden"
                      r"|laat\s+zien|liet\s+zien|lieten\s+zien|vond|vonden|toonde|toonden|zie|publiceerde|schreef|schrijft"
                      r"|gevalideerd|meta-analyse|auteur|auteurs|wetenschap\w*|effect\w*|bewezen|evidence"
                      r"|studies|onderzoeken|publicaties|bronnen)\b)")


# how far a sentence around a name is read: a text without sentence ends (a pasted export, a line of one
# repeated phrase) must not make every name read the whole text again
_ZINSBEREIK = 300


def _zin_om(tekst: str, begin: int, eind: int) -> str:
    van = max(0, begin - _ZINSBEREIK)
    tot = min(len(tekst), eind + _ZINSBEREIK)
    start = max(van - 1, tekst.rfind(". ", van, begin), tekst.rfind("\n", van, begin), tekst.rfind("! ", van, begin),
                tekst.rfind("? ", van, begin)) + 1
    stop = min((p for p in (tekst.find(". ", eind, tot), tekst.find("\n", eind, tot)) if p >= 0), default=tot)
    return tekst[start:stop]


def _literatuur(tekst: str, namen: str, sterk: bool, begin: int, eind: int) -> bool:
    """Whether a citation of `namen` is literature: a strong sign ("&", "et al.", a page, several citations), or no
    first name and a word of literature in the sentence."""
    from .lijsten import voornamen_wereld

    eerste = re.sub(r"^(?:(?:[Vv]an|[Dd]e|[Vv]on|der|den)\s+){0,3}", "", namen).split("-")[0].split()[0].casefold()
    if eerste in voornamen_wereld():  # a child and its birth year, also beside another ("(Noor, 2014 & Sem, 2016)")
        return False
    if sterk:
        return True
    return _LITERATUUR.search(_zin_om(tekst, begin, eind).replace(namen, " ")) is not None


def citaat_spans(tekst: str) -> list[tuple[int, int]]:
    """Spans of the names of academic citations in `tekst` (see the module)."""
    if not any(c.isdigit() for c in tekst):
        return []
    spans: list[tuple[int, int]] = []
    vorm = _makers_uit(geen_personen_stand())[0]
    for haakjes in _HAAKJES.finditer(tekst):
        binnen = list(_CITAAT_BINNEN.finditer(tekst, haakjes.start("inhoud"), haakjes.end("inhoud")))
        for citaat in binnen:
            namen = citaat.group("namen")
            # several citations in one pair of brackets are no sign of their own: children with their birth
            # years are listed so too ("(Bakker, 2012; Jansen, 2015)")
            sterk = bool(citaat.group("etal") or citaat.group("blz") or "&" in namen
                         or vorm.fullmatch(namen.split("&")[0].split(" en ")[0].strip()))
            if (sterk or not _persoon_ervoor(tekst, haakjes.start())) and _literatuur(
                    tekst, namen, sterk, haakjes.start(), haakjes.end()):
                spans.append(citaat.span("namen"))
    for citaat in _CITAAT_ERVOOR.finditer(tekst):
        namen = citaat.group("namen")
        sterk = bool(citaat.group("etal") or citaat.group("blz") or "&" in namen)
        if _persoon_ervoor(tekst, citaat.start()):
            continue
        if _literatuur(tekst, namen, sterk, citaat.start(), citaat.end()):
            spans.append(citaat.span("namen"))
    return spans
