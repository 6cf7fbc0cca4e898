"""Names of every origin, in any case: the wider name rules of the full scan.

A name is recognised by its parts, not by a list of the names themselves: first names of many countries
(`lijsten.voornamen_wereld`), surnames (`lijsten.achternamen` and deduce's surnames after an interfix), and
words that are no Dutch word at all (wordfreq, and not a Dutch compound) as names of origins no list knows
("Tesfay Gebremedhin"). Context decides how much is needed: after a cue ("gesprek met", "moeder", "volgens")
or as a whole value (a key, a team field, a file name) two such parts are a name also in lowercase
("gesprek met mebrahtu tewolde", "fadumo_hirsi"); in running text a lowercase name needs a known first name
("magdalena wozniak zegt"). Organisations and teams of the field (`namen.geen_persoon_spans`) are never a
person (`geen_persoon.geen_persoon_spans`, used by `namen` and by deduce's names in `controles.namenmodel`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import GEEN_NAAMVORM, ROL
from .eindwoorden import Eindwoord
from .geen_persoon import Bezet as Bezet  # re-exported: other modules read them here
from .geen_persoon import geen_persoon_spans as geen_persoon_spans
from .lijsten import gewone_woorden, lijst, plaatsnamen
from .naamwoorden import NAAMDEEL, achternaamachtig, bekende_voornaam, naamvorm, nooit_gezien_woord, vreemd_woord
from .organisaties import naar_straat_genoemd
from .treffer import Treffer

_TOKEN = patroon(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_RANG = r"jongste|oudste|middelste|tweede|derde"
# a cue before a name: a role, title or rank with a comma, or a role or a word such as "met" or "volgens" ("gesprek
# met", "moeder: "); read as ``(?i:\b(?:woorden)\s*[tekens]?\s*)$`` by a set lookup (`Eindwoord`)
_CUE_KOMMA = Eindwoord(rf"{_RANG}|{ROL}", ",", verplicht=True)
# (spoken Dutch names the one spoken to after "tegen" or "aan": "ik zeg tegen babiker", "vroeg ik aan semhar")
_CUE_WOORD = Eindwoord(rf"{ROL}|met|over|volgens|namens|door|cliënte?|client|gesprek met|contact(?: met)?|"
                       r"(?:zeg|zegt|zei|zeiden|zeggen|vroeg|vraag|vraagt|vroegen)(?: (?:ik|ze|hij|we|zij))? (?:tegen|aan)|"
                       r"sprak met|belde|bellen met|aanwezig:|bij|betreft", ":(", verplicht=False)
# a role or title, also as an aside ("De buurvrouw, Yonas, heeft ...")
_STERKE_ROL = Eindwoord(ROL, ":(,", verplicht=False)
_STERKE_RANG = Eindwoord(_RANG, ",", verplicht=True)
# a team or place word right before (only whether one ends the text counts: "Sociaal wijkteam", "locatie")
_TEAMWOORD = patroon(r"(?i:team(?:\s+jeugd\s+en\s+gezin)?|locatie|school|stichting|praktijk|centrum|huis)$")


def _cue(voor: str) -> bool:
    return _CUE_KOMMA(voor) or _CUE_WOORD(voor)


def _sterke_cue(voor: str) -> bool:
    return _STERKE_ROL(voor) or _STERKE_RANG(voor)


def _na_voorletter(woord: str, grens: float) -> bool:
    """After an initial a surname needs no more than not being a Dutch word or place: a rare word, even one that
    splits like a compound ("V. Marinova"), or a name of any list that is not common in Dutch ("J. Zhao")."""
    from .lijsten import achternamen, frequentie, voornamen_wereld

    laag = woord.casefold()
    if laag in gewone_woorden() or laag in plaatsnamen():
        return False
    return frequentie(laag) < grens or ((laag in achternamen() or laag in voornamen_wereld()) and frequentie(laag) < 4.0)


_INITIALEN = patroon(r"(?<![\w.])(?:[A-Z]\.\s?){1,4}"
                     r"(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te|el|al|ben|dela|del|da|dos)\s)?"
                     r"(?P<naam>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)?)")  # "A. Çelik", "Ł. Nowak"


_PARTIKEL = patroon(r"(?i:al|el|ben|bin|abu|ait|aït|ou)-[A-Z]")
_NEDERLANDS_ACHTERVOEGSEL = patroon(r"(?:ing|heid|tie|isme|schap|teit|nis|sel|ering|baarheid|lijkheid)$")


def namen_breed(tekst: str) -> Iterator[Treffer]:
    """Names of every origin and in any case in the normalised `tekst` (see the module); also as the text reads
    with names in capitals written as names ("FATIMA BOUZID") and, in a short value such as a key, with
    hyphens as spaces ("fatima-bouzid"). Both variants keep every offset."""
    if not re.search(r"[^\W\d_]{3}", tekst):
        return
    yield from _namen_breed(tekst)
    variant = _HOOFDLETTERREEKS.sub(lambda m: m.group().title(), tekst)
    if len(tekst) <= 80:
        variant = re.sub(r"(?<=[^\W\d_])[-_](?=[^\W\d_])", " ", variant)
    if variant != tekst:  # a lowercase name joined by hyphens needs a known part ("fatima-bouzid", not "yaml-boolean")
        yield from (t for t in _namen_breed(variant) if tekst[t.begin:t.eind] == variant[t.begin:t.eind]
                    or met_bekend_naamdeel(tekst[t.begin:t.eind]))


_HOOFDLETTERREEKS = patroon(r"(?<![\w-])[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})+(?![\w-])")


def _namen_breed(tekst: str) -> Iterator[Treffer]:
    for treffer in _INITIALEN.finditer(tekst):
        naam = treffer.group("naam")
        if _PARTIKEL.match(naam):
            yield Treffer("naam", treffer.start(), treffer.end())  # "A. Al-Khatib", "M. El-Amrani"
            continue
        voor = tekst[max(0, treffer.start() - 30):treffer.start()]
        context = _cue(voor) or treffer.start() <= len(tekst) - len(tekst.lstrip(" \t\"'"))
        grens = 3.0 if treffer.group().count(".") > 1 or context else 2.0
        if treffer.group().count(".") == 1 and _NEDERLANDS_ACHTERVOEGSEL.search(naam) and not _cue(voor):
            continue  # "A. Toeleiding", "B. Samenwerking": a numbered heading, not initials
        stukken = [d for d in naam.split("-") if len(d) > 2]  # "Al-Khatib": al is a particle
        if not stukken and context and naam.casefold() not in gewone_woorden():
            yield Treffer("naam", treffer.start(), treffer.end())  # "Mw. T.H. Le", "dhr. K. Ng": a short surname
        elif stukken and all(achternaamachtig(deel, grens) or _na_voorletter(deel, grens) for deel in stukken):
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
        cue = _cue(voor)
        ervoor = tekst[max(0, woord.start() - 40):woord.start()].rstrip()  # bounded: linear in the text
        team = _TEAMWOORD.search(ervoor) is not None and not ervoor.endswith(":")
        begin_tekst = woord.start() <= eerste
        if not groot and not (cue or team or begin_tekst or _kleine_voornaam(woord.group())
                              or _voor_vreemde_achternaam(tekst, woorden, i)):
            i += 1
            continue
        delen, j = _naamdelen(tekst, woorden, i, bezet, groot, cue or begin_tekst)
        soorten = [s for _, s in delen]
        kern = [s for s in soorten if s != "interfix"]
        na_rol = (_sterke_cue(voor) or _TEGEN.search(voor) is not None) and (
            soorten[:1] == ["zwak"] or (soorten[:1] == ["onbekend"] and nooit_gezien_woord(woord.group())))
        if not kern or (soorten[0] in ("zwak", "onbekend") and len(kern) < 2 and not na_rol):
            i += 1  # a lowercase word no list knows as a first name is a name only with a second part
            continue
        alleen = begin_tekst and delen[-1][0].end() >= laatste
        nooit_gezien = kern == ["achternaam"] and nooit_gezien_woord(delen[0][0].group())
        if team:
            naam = (soorten[0] in ("voornaam", "zwak") or len(kern) >= 2 or nooit_gezien) and not naar_straat_genoemd(
                tekst[delen[0][0].start():delen[-1][0].end()])
        elif alleen and len(kern) <= 3 and (soorten[0] == "voornaam" or len(kern) >= 2 or nooit_gezien
                                            or (kern == ["achternaam"] and _zeldzame_achternaam(woord.group()))):
            # a name as the whole value: a key, a team field, a file name; one word alone that Dutch never
            # uses too ("Djeison"): organisations of one such word ("Yorneo") stand in `geen-personen.txt`
            naam = True
        elif cue:
            # after "bij", "door", "namens" one capitalised word no list knows is as often an organisation
            # ("aangemeld bij Yorneo"); after a role or title ("moeder", "dhr.") it is a name, and after "met"
            # or "over" a word Dutch never uses is one too ("het gaat beter met Tiziri")
            naam = not (groot and kern == ["achternaam"] and not _sterke_cue(voor)
                        and not (nooit_gezien and _PERSOONSCUE.search(voor)))
        elif groot and kern == ["voornaam"]:
            # a first name of any origin that is rare as a Dutch word: "De gezinscoach heeft Mariya doorverwezen",
            # "Łukasz gesprek"; a commoner one only inside a sentence (at its start every word has a capital)
            from .lijsten import frequentie

            zeldzaam = frequentie(woord.group().casefold())
            naam = zeldzaam < 1.5 or (zeldzaam < 2.0 and not begin_tekst and _midden_in_zin(tekst, woord.start()))
        elif not groot:  # "magdalena wozniak zegt ...", or two words no list knows opening the text
            naam = len(kern) >= 2 and (soorten[0] in ("voornaam", "zwak") or begin_tekst)
        else:
            naam = ("voornaam" in kern and len(kern) >= 2) or (len(kern) >= 2 and all(
                vreemd_woord(w.group(), 2.0 if k == 0 else _grens_achternaam(delen[:k], True))
                for k, (w, s) in enumerate(delen) if s != "interfix"))
        if naam:
            yield Treffer("naam", delen[0][0].start(), delen[-1][0].end())
            i = j
        else:
            i += 1


def _zeldzame_achternaam(woord: str) -> bool:
    """A surname of the lists that Dutch text hardly uses otherwise ("Çelik"), or one written as names are
    (`naamvorm`: "Kowalczyk", "Petrov"): alone as a whole value it is a person; an organisation of one word is no
    surname ("Pluryn", "Karakter")."""
    from .lijsten import achternamen, frequentie, zonder_accenten

    laag = woord.casefold()
    return ((laag in achternamen() or zonder_accenten(laag) in achternamen()) and frequentie(laag) < 2.5) \
        or naamvorm(woord[:1] + woord[1:].lower())


def _naamdelen(tekst: str, woorden: list[re.Match[str]], i: int, bezet: Bezet, groot: bool,
               cue: bool) -> tuple[list[tuple[re.Match[str], str]], int]:
    """The run of name parts from word `i` (all capitalised, or all lowercase), joined by interfixes, each with
    its part: voornaam (a known first name), zwak (in lowercase a first name that is also a common word),
    onbekend (in lowercase a first word that no list knows), achternaam, interfix; and the index after it."""
    from .lijsten import frequentie

    j = i
    delen: list[tuple[re.Match[str], str]] = []
    while j < len(woorden) and len(delen) < 5:
        w = woorden[j]
        tussen = tekst[woorden[j - 1].end():w.start()] if j > i else ""
        if tussen.strip().strip("_") not in ("", "-") or (tussen.strip() == "-" and tussen != "-"):
            break  # a dash with spaces around it separates ("Yonas Tesfay - Postbus 12"); a hyphen joins
        if bezet.raakt(w.start(), w.start() + 1):
            break
        laag = w.group().casefold()
        if j > i and laag in NAAMDEEL and j + 1 < len(woorden) and (
                laag not in ("op", "in") or woorden[j + 1].group().casefold() in _LIDWOORD_IN_NAAM):
            delen.append((w, "interfix"))  # "op" and "in" only before an article: "Op den Kamp", "In 't Veld"
            j += 1
            continue
        if groot and j > i and delen[-1][1] != "interfix" and w.group().isupper() and achternaam_in_hoofdletters(
                w.group()):
            delen.append((w, "achternaam"))  # "Ionela POPESCU", "Efua MENSAH": a form's surname in capitals
            j += 1
            continue
        if groot != w.group()[:1].isupper() or (w.group().isupper() and len(w.group()) > 1) \
                or GEEN_NAAMVORM.search(w.group()):
            break  # a change of case, or an abbreviation (CJG, GGD): not a name
        na_interfix = bool(delen) and delen[-1][1] == "interfix"
        if bekende_voornaam(w.group()) and (groot or frequentie(laag) < 3.6):
            delen.append((w, "voornaam"))  # in lowercase only a name that is rare as a word ("kern" is a word)
        elif not groot and j == i and bekende_voornaam(w.group()):
            delen.append((w, "zwak"))  # "nadia", "ruud": a name when a surname follows
        elif not groot and j == i:
            if not vreemd_woord(w.group()) or len(laag) > 14:
                break
            delen.append((w, "onbekend"))  # "mebrahtu": no Dutch word; a name when a second part follows
        elif not groot and (len(laag) > 14 or (len(laag) > 6 and _NEDERLANDS_ACHTERVOEGSEL.search(laag))):
            break  # "tab-inspringing": a Dutch derived word is no surname
        elif (na_interfix and w.group()[:1].upper() + w.group()[1:] in lijst("names/lst_interfix_surname")) \
                or achternaamachtig(w.group(), _grens_achternaam(delen, cue or not groot)) \
                or (j > i and delen[0][1] in ("voornaam", "zwak") and _achternaam_ook_plaats(laag)):
            delen.append((w, "achternaam"))
        else:
            break
        j += 1
    while delen and delen[-1][1] == "interfix":
        delen.pop()
    return delen, j


# spoken Dutch names the one spoken to after "zeg tegen": one word Dutch never uses there is a name ("ik zeg tegen
# efosa"), as after a role
_TEGEN = patroon(r"(?i:\b(?:zeg|zegt|zei|zeiden|zeggen)\s+tegen\s*)$")
# after these a word Dutch never uses is a person ("het gaat beter met Tiziri"), not an organisation
# ("besproken met Xonar")
_PERSOONSCUE = patroon(r"(?i:\b(?:(?:zeg|zegt|zei|zeiden|zeggen)\s+tegen"
                       r"|(?:gaat|ging)\s+(?:het\s+)?(?:goed|beter|slechter|slecht)\s+met|(?:gesprek|gesproken|gebeld)"
                       r"\s+met|over|contact|betreft)\s*:?\s*)$")


def _grens_achternaam(delen: list[tuple[re.Match[str], str]], ruim: bool) -> float:
    """How common a word may be in Dutch and still be a surname here: after a word Dutch never uses the rarest
    limit is wide ("Chukwuemeka Obi"), after a known first name or a cue wider than alone."""
    if delen and delen[-1][1] != "interfix" and nooit_gezien_woord(delen[-1][0].group()):
        return 3.5
    return 3.0 if ruim or _na_naamdeel(delen) else 2.0


def _midden_in_zin(tekst: str, begin: int) -> bool:
    """Whether the word at `begin` stands inside a sentence: after a lowercase word or a comma."""
    voor = tekst[max(0, begin - 20):begin].rstrip()
    return bool(voor) and (voor[-1] == "," or voor[-1].islower())


def _na_naamdeel(delen: list[tuple[re.Match[str], str]]) -> bool:
    """Whether the part before is a known first name or a word Dutch never uses: a surname after it may be a
    rarer word in Dutch text too ("Stoyan Petrova", "Tigist Wolde"), as names of other origins often are."""
    if not delen or delen[-1][1] == "interfix":
        return False
    woord, soort = delen[-1]
    return soort in ("voornaam", "zwak") or nooit_gezien_woord(woord.group())


def _achternaam_ook_plaats(laag: str) -> bool:
    """A surname that is also a place ("Rietveld", "Van Gelder"): after a first name it is the surname."""
    from .lijsten import achternamen, frequentie

    return laag in achternamen() and laag not in gewone_woorden() and frequentie(laag) < 4.3


_KLEIN_DEELTJE = frozenset({"el", "al", "ben", "bin", "abu", "ait", "bou"})
_LIDWOORD_IN_NAAM = frozenset({"de", "den", "der", "het", "'t", "ten", "ter"})


def achternaam_in_hoofdletters(woord: str) -> bool:
    """A word in capitals after a first name that is a surname, as forms write it ("POPESCU", "MENSAH", "SIREGAR"):
    a surname of the lists, or a word of four letters or more that reads as a name; no abbreviation ("GGD", "BSN")."""
    from .lijsten import achternamen, frequentie
    from .vormen import _AFKORTINGEN
    from .zinsbouw import _AFKORTINGEN as _AFKORTINGEN_ZIN

    laag = woord.casefold()
    if laag in _AFKORTINGEN or laag in _AFKORTINGEN_ZIN or not re.search(r"[aeiouy]", laag):
        return False
    titel = woord[:1] + woord[1:].lower()
    if laag in achternamen() and laag not in gewone_woorden() and frequentie(laag) < 4.3:
        return True
    return len(laag) >= 4 and achternaamachtig(titel, 3.0)


def _voor_vreemde_achternaam(tekst: str, woorden: list[re.Match[str]], i: int) -> bool:
    """A first name in lowercase, also a common one ("nadia"), right before a surname of the lists that Dutch hardly
    writes, maybe after its particle ("nadia azzouz", "mohamed el amrani"): it opens a name anywhere in a sentence.
    A word no list knows is not enough: spoken Sranan or Papiamento is made of such words after a short one that is a
    first name too ("mi fowtu")."""
    from .lijsten import achternamen, frequentie

    if len(woorden[i].group()) < 3 or not bekende_voornaam(woorden[i].group()):
        return False
    volgende = i + 1
    while volgende < min(len(woorden) - 1, i + 3) and woorden[volgende].group() in _KLEIN_DEELTJE:
        volgende += 1  # "mohamed el amrani", "fatima ben ali" (at most two particles: a run of them is no name)
    if volgende >= len(woorden) or not re.fullmatch(r"[ a-z]+", tekst[woorden[i].end():woorden[volgende].start()]):
        return False
    volgend = woorden[volgende].group()
    return volgend.islower() and volgend in achternamen() and volgend not in gewone_woorden() and frequentie(volgend) < 2.0


def _kleine_voornaam(woord: str) -> bool:
    """A first name in lowercase that is rare as a Dutch word ("fatima", "tesfay"): it may open a name anywhere
    in a sentence ("de kinderen van fatima bouzid"); the name still needs a surname after it."""
    from .lijsten import frequentie

    return len(woord) > 2 and bekende_voornaam(woord) and frequentie(woord.casefold()) < 3.6


def met_bekend_naamdeel(naam: str) -> bool:
    """Whether `naam` has a capital or a known first name or surname in it, or is two or more words that read as
    names of origins no list knows ("itto boukhrouf": no Dutch word, one never seen, each of two syllables or
    more; not the technical words of "yaml-boolean")."""
    from .lijsten import achternamen, voornamen_wereld

    woorden = _TOKEN.findall(naam.replace("-", " ").replace("_", " "))
    return any(w[:1].isupper() for w in woorden) or any(
        w.casefold() in voornamen_wereld() or w.casefold() in achternamen() for w in woorden) or (
        len(woorden) >= 2 and any(nooit_gezien_woord(w) for w in woorden) and all(
            vreemd_woord(w) and len(re.findall(r"[aeiouy]+", w.casefold())) >= 2 for w in woorden))
