"""Patterns of organisations and places that look like a person's name but are none.

An organisation named after a person carries an organisation word ("Sophia Kinderziekenhuis", "Reinier de
Graaf Gasthuis", "Bernard van Leer Foundation", "Stichting Al Amal"), and a gemeente of several words may
hold a word that is also a name ("Capelle aan den IJssel", "Alphen aan den Rijn"). These are patterns, not
lists of values: a new hospital or foundation is recognised by its word.
"""

from __future__ import annotations

import functools
import re

from ..patronen import patroon
from .alternatieven import Namenpatroon
from .detectoren import ROL
from .verwijzingen import verwijzing_spans

# the word that makes the words before it an organisation; compounds too ("Kinderziekenhuis",
# "Maartenskliniek"), and the care words also in lowercase ("het Albert Schweitzer ziekenhuis")
_ORGANISATIEWOORD = (
    r"(?:Instituut|Fonds|Stichting|Foundation|Academie|Huis|Hogeschool|Universiteit|Lyceum|College|School"
    r"|Centrum|Groep|Prijs|Hospitium|Hospice|Kliniek|Ziekenhuis|Gasthuis|Hal|Sporthal|Stadion|Kerk|Moskee|Museum"
    r"|Bibliotheek|Theater|Schouwburg|Kazerne|Brug|Tunnel|Zaal|Clinics?|Academy|Institute|Centre|Center"
    # an abbreviation or a care word of an organisation after the name ("Max Ernst GGZ", "Erasmus MC", "Lunet Jeugdzorg")
    r"|GGZ|GGD|MC|UMC|BV|B\.V\.|Jeugdzorg|Jeugdhulp|Thuiszorg|Kinderopvang|Zorggroep|Gymnasium|Atheneum|Kinderkliniek"
    r"|[A-Z]?[a-z]*(?:ziekenhuis|gasthuis|kliniek|hospitium|hospice|instituut)"
    # a compound of an organisation word ("Prinses Beatrix Spierfonds", "Jan Ligthart Basisschool")
    r"|[A-Z][a-z]{2,}(?:fonds|school|centrum|college|huis|groep|academie|zaal|hal|stichting|kerk|kapel|parochie"
    r"|moskee|kliniek|gymnasium))")
_ZORGWOORD = r"[a-z]*(?:ziekenhuis|gasthuis|kliniek|hospitium|hospice|instituut)"

ORGANISATIEVORM = patroon(
    # a school by its kind ("Obs De Fontein", "rkbs De Eendracht")
    r"(?<![\w-])(?i:obs|cbs|pcbs|rkbs|ibs|sbo|sbo-school|vso|ikc)\s+(?:(?:De|Het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    # a method, model or theory named after its maker ("de competentiepiramide van Miller", "de roos van Leary")
    r"|(?<=[a-z])(?:piramide|model|methode|theorie|cirkel|driehoek|schaal|principe|ladder|kwadrant|roos|matrix|"
    r"techniek|curve|effect|fasen|stadia|cyclus|hiërarchie|taxonomie|niveaus|kwadranten|ijsberg|spiraal|paradox|"
    r"typologie|stappenplan|vragenlijst|wet|stijlen|taken|gespreksvoering|benadering|rollen|gewoonten|axioma's|venster"
    r"|kubus|krachtenveld|dimensies|factoren|behoeften|principes|wetten|disfuncties|dysfuncties)\s+van\s+(?:[A-Z]\.\s?){0,4}(?:(?:de|van|der|den)\s+)?[A-Z][\w'-]+"
    r"(?:\s+(?:en|&)\s+[A-Z][\w'-]+)?"
    r"|(?<![\w-])(?:piramide|model|methode|theorie|cirkel|driehoek|roos|ladder|kwadrant|kwadranten|cyclus|hiërarchie"
    r"|taxonomie|niveaus|ijsberg|rad|spiraal|paradox|typologie|fasen|stadia|gespreksvoering)\s+van\s+(?:[A-Z]\.\s?){0,4}"
    r"(?:(?:de|van|der|den)\s+)?[A-Z][\w'-]+"
    r"|(?<![\w-])(?:Stichting|Vereniging|Coöperatie|Zorggroep|Kinderopvang|Kinderdagverblijf|Basisschool|Buurthuis"
    r"|Wijkcentrum|Jeugd\s+(?:en|&)\s+Gezin"
    # a building, school or clinic by the word before its namesake ("Sporthal Fanny Blankers-Koen", "Kliniek Willem
    # Drees", "Park Jan Steen")
    r"|Sporthal|Sportpark|Zwembad|Gymzaal|Kliniek|Ziekenhuis|Instituut|Centrum|Huis|Hal|Zaal|Park|Plein|College|Lyceum"
    r"|School|Groep|Dorpshuis|Wijkgebouw|Gemeenschapshuis|Inloophuis|Jongerencentrum|Gezondheidscentrum|Zorgcentrum"
    r"|Woonzorgcentrum|Verpleeghuis|Kindcentrum|Gasthuis|Hospice|Kerk|Museum|Theater|Bibliotheek|Huize|Praktijk(?!\s+van\b)"
    # any compound of such a word ("Speeltuinvereniging Oranje Nassau", "Zorgboerderij De Hoeve")
    r"|[A-Z][a-zà-ÿ]+(?:vereniging|stichting|opvang|verblijf|centrum|huis|boerderij|kliniek|praktijk|fonds|school))(?:\s+(?:(?:de|het|'t|van|voor|der|den|al|el)\s+){0,3}(?!Stichting\b)[A-Z][\w'-]*){1,3}"
    # named after a person, but an organisation by the word after it ("Verwey-Jonker Instituut"); one space or a
    # line break between the words, not the columns of a form ("Leerling: Houda   Groep: 6")
    r"|(?<![\w-])(?:[A-Z][\w'-]*(?:[ \t]|\s*\n\s*)(?:(?:van|de|der|den)\s+){0,3}){1,3}" + _ORGANISATIEWOORD
    + r"(?![\w-])(?!\s*:)"  # "Groep:", "School:": the next label of a form
    # a method or approach named after its maker ("de Marte Meo-methode", "de Kees Boeke-aanpak", "de methode
    # Ligthart")
    r"|(?<![\w-])(?<![Dd]e\s)(?<!\bHet\s)(?<!\bhet\s)(?:methode|aanpak)\s+(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+"
    r"|(?<=\b[Dd]e\s)(?:methode|aanpak)\s+(?:[A-Z][\w'-]+\s+)?[A-Z][\w'-]+"
    r"|(?<![\w-])(?:[A-Z][\w']*[\s-]+){0,3}[A-Z][\w']*-(?i:methode|model|aanpak|training|therapie|benadering|principe"
    r"|schaal|test|techniek|theorie|programma|protocol|systeem)(?![\w-])"
    # "het Trimbos-instituut"; all in lowercase only after an article: "het reinier de graaf gasthuis"
    r"|(?<![\w-])[A-Z][\w']*-" + _ZORGWOORD + r"(?![\w-])"
    r"|(?:(?<=\b[Hh]et\s)|(?<=\b[Dd]e\s))(?:[a-z][\w']*\s+(?:(?:van|de|der|den)\s+){0,3}){1,3}" + _ZORGWOORD + r"(?![\w-])")


@functools.cache
def gemeentevorm() -> Namenpatroon:
    """The Dutch gemeenten whose name has more than one word ("Capelle aan den IJssel", "Bergen op Zoom",
    "Alphen-Chaam"), in any case: a known gemeente is no person. A one-word gemeente is left to the place
    lists, so that a surname that is also a place still counts in a person's context."""
    from ..gemeenten import nederlandse_gemeenten

    namen = [n for n in nederlandse_gemeenten().values() if re.search(r"[\s-]", n.strip("'"))]
    delen = sorted((_naamdeel(n, r"[\s_-]+") for n in namen), key=lambda deel: len(deel[0]), reverse=True)
    return Namenpatroon(r"(?<![\w-])", delen, r"(?![\w-])", re.IGNORECASE)


def _naamdeel(naam: str, tussen: str) -> tuple[str, list[str]]:
    """The regex of a name of more words, any of `tussen` between them, and its words."""
    woorden = re.split(r"[\s-]+", naam)
    return tussen.join(re.escape(w) for w in woorden), woorden


# namesakes known by one name: painters and writers, the royals of Orange-Nassau and the saints of parishes and
# churches (in the Latin form a parish uses). After them streets, schools, churches and neighbourhoods are named,
# and so the teams that work there: "Wijkteam Maurits", "Buurtteam Johannes", "Team Juliana"
_NAAMGEVERS = frozenset({
    "rembrandt", "vermeer", "erasmus", "spinoza", "multatuli", "thorbecke", "tesselschade",
    "beatrix", "juliana", "wilhelmina", "emma", "sophia", "amalia", "máxima", "maxima", "irene", "margriet",
    "christina", "bernhard", "claus", "willem-alexander", "alexander", "oranje", "willem", "maurits", "frederik",
    "hendrik", "lodewijk", "constantijn", "friso", "ariane", "alexia",
    "johannes", "nicolaas", "catharina", "petrus", "paulus", "jozef", "antonius", "franciscus", "martinus",
    "bonifatius", "lambertus", "theresia", "margaretha", "jacobus", "laurentius", "willibrord", "bavo", "servaas",
    "ludger", "liduina", "odulphus", "dominicus", "aloysius", "ignatius", "bernardus", "hubertus", "radboud",
    "lebuinus", "plechelmus", "gertrudis", "cunera", "walburga", "ursula", "cecilia", "stephanus", "christoffel",
    "augustinus", "benedictus", "gregorius", "bartholomeus", "mattheus", "barbara", "agnes", "clara", "elisabeth",
    "andreas", "michaël", "gabriël", "vitus", "bernadette", "marnix", "nassau", "oranje-nassau", "coornhert",
    "vondel", "huygens", "breero", "bredero", "sweelinck", "berlage", "mondriaan"})
# the endings of Dutch place and neighbourhood names ("Reeland", "Lakerlopen", "Kronehoef", "Bargeres"), on a word
# no list knows as a first name
_WIJKVORM = patroon(r"\w{3,}(?:land|landen|lopen|loop|heim|beek|donk|hout|veld|velden|berg|laar|weide|stede|terp"
                    r"|wolde|werd|gaarde|hagen|schoten|heuvel|bosch|dal|duin|rade|akker|akkers|hoef|brink|es|esch"
                    r"|kerk|molen|poort|sluis|vaart|zand|wijck|waard|waarde|mare|meer|broek|hoven|horst)$")
_STRAATWOORDEN = ("straat", "laan", "plein", "singel", "weg", "kade", "park", "plantsoen", "hof", "buurt", "dreef")


def naar_straat_genoemd(naam: str) -> bool:
    """Whether streets are named after `naam` ("Johan de Witt": Johan de Wittlaan, -straat): after a team word
    such a name is the neighbourhood the team works in, not a person (deduce's list of Dutch streets)."""
    from .lijsten import voornamen_wereld
    from .woordblok import straten_klein

    kaal = " ".join(naam.casefold().split())
    if len(kaal.split()) < 2 and (kaal in voornamen_wereld() and kaal not in _NAAMGEVERS):
        # one first name ("Fatima": Fatimastraat) is a person after a team word, unless a namesake whom streets
        # are named after in many towns ("Buurtteam Kennedy": Kennedylaan, -plein, -singel, -weg, -park)
        return _straatvormen(kaal) >= (5 if kaal in _nederlandse_voornamen() else 4)
    if len(kaal.split()) < 2 and _WIJKVORM.search(kaal):
        return True  # a neighbourhood by its form ("Buurtteam Reeland", "0-100-team Lakerlopen")
    # the team is named after the street itself ("Wijkteam Jacob Catsplein")
    return kaal in straten_klein() or any(kaal + woord in straten_klein() for woord in _STRAATWOORDEN)


def _straatvormen(woord: str, soorten: tuple[str, ...] = ("laan", "straat", "plein", "weg", "singel", "park")) -> int:
    from .woordblok import straten_klein

    return sum(woord + soort in straten_klein() for soort in soorten)


_ALLE_STRAATSOORTEN = ("laan", "straat", "plein", "weg", "singel", "park", "kade", "hof", "pad", "dreef", "plantsoen",
                       "ring", "baan", "gracht", "erf")


def naamgever_van_straten(woord: str, minstens: int) -> bool:
    """Whether streets of at least `minstens` kinds are named after `woord` (Darwinstraat, -weg, -hof, -pad,
    -dreef, -plantsoen): a namesake whom teams and institutions are named after too."""
    return _straatvormen(woord.casefold(), _ALLE_STRAATSOORTEN) >= minstens


# a title and one surname that is no common surname but the namesake of streets: an institution named after a
# public figure ("Dr. Sarphati heeft advies gegeven": Sarphatistraat, -park, -kade); "Dr. Jansen" is a person
_TITEL_NAAMGEVER = patroon(r"(?<![\w-])(?:Dr|Mr|Prof|Mgr|Ds|Ir)\.?\s+(?P<naam>[A-Z][a-zà-ÿ]{3,})(?![\w'’-])"
                           r"(?!\s+(?:(?:van|de|der|den)\s+){0,3}[A-Z])")


# the ideas or work of one public figure whom streets are named after ("de ideeën van Stevin", "de inzichten van
# Darwin"): a person in the dossier is named with a surname too, or by a common surname ("de visie van Jansen")
_IDEEEN_VAN = patroon(r"(?<![\w-])(?i:ideeën|inzichten|werk|denken|visie|gedachten|boeken|lessen|theorieën|ontdekkingen"
                      r"|uitvindingen|principes)\s+van\s+(?P<naam>[A-Z][a-zà-ÿ]{3,})(?![\w'’-])"
                      r"(?!\s+(?:(?:van|de|der|den)\s+){0,3}[A-Z])")


def _titel_naamgever_spans(tekst: str) -> list[tuple[int, int]]:
    from .lijsten import achternamen, voornamen_wereld

    spans = [m.span("naam") for m in _IDEEEN_VAN.finditer(tekst)
             if m.group("naam").casefold() not in achternamen() and naamgever_van_straten(m.group("naam"), 5)]
    return spans + [m.span() for m in _TITEL_NAAMGEVER.finditer(tekst)
            if m.group("naam").casefold() not in achternamen() and m.group("naam").casefold() not in voornamen_wereld()
            and naamgever_van_straten(m.group("naam"), 3) and not _ROL_ERVOOR.search(tekst[max(0, m.start() - 25):m.start()])]


@functools.cache
def _nederlandse_voornamen() -> frozenset[str]:
    from .lijsten import lijst

    return frozenset(w.casefold() for w in lijst("names/lst_first_name"))


# a street, square or park named after a person, written without a house number ("de Theo van Doesburgweg",
# "de Hendrik Werkmanstraat"): the words before the street word are its namesake, no person in the dossier
_STRAATNAAM = patroon(
    r"(?<![\w-])(?:[A-Z][\w'.-]*\s+(?:(?:van|de|der|den|ten|ter|'t|la|le|du)\s+){0,3}){1,3}"
    r"(?P<laatste>[A-Z][\w'-]*?[a-zà-ÿ](?:straat|laan|plein|gracht|kade|singel|dreef|plantsoen|steeg|weg|park|hof|pad"
    r"|dijk|markt|wal|burgwal|boulevard|allee|passage|erf|hoek|veld|tuin|baan))(?![\w-])")
# "het" before a person's name makes it a building or an institution ("in het Pieter van Foreest", "het
# Antoni van Leeuwenhoek"): a person never takes "het"
_HET_NAAM = patroon(r"(?<![\w-])[Hh]et\s+(?![\w-]*(?i:team)\b)"
                      r"(?P<naam>[A-Z][\w'-]*(?:\s+(?:(?:van|de|der|den|ten|ter)\s+){0,3}[A-Z][\w'-]*){0,3})")
# a name after a word for a place is the place, also a list of them ("de wijk Bernadette", "de kern
# Wilhelminadorp", "in de wijken Oude Westen en Bloemhof")
_PLAATSNAAM = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
_PLAATSWOORD_NAAM = patroon(
    r"(?<![\w-])(?i:wijk|wijken|woonwijk|buurt|buurten|buurtschap|kern|kernen|dorp|dorpen|stadsdeel|stadsdelen"
    rf"|gemeente|gemeenten|parochie|plaats|plaatsen|stad)\s+(?P<naam>{_PLAATSNAAM}(?:(?:\s*,\s*|\s+en\s+){_PLAATSNAAM})*)")
# an organisation whose name ends in its field ("Lunet Zorg", "Swalm Welzijn", "Sophia Revalidatie"); not after a role
# or title ("moeder Fatima Zorg" stays a name)
_ZORG_OF_WELZIJN = patroon(r"(?<![\w-])(?:[A-Z][\w'-]*\s+(?:(?:van|de|der|den)\s+){0,3}){1,3}(?:Zorg|Welzijn|Revalidatie"
                           r"|Psychiatrie|Opvang|Wonen|Begeleiding|Hulpverlening|Jeugd)(?![\w-])")
_ROL_ERVOOR = patroon(rf"(?i:\b(?:{ROL})\s*[:(,]?\s*)$")
# a name that has a waiting list, is escalated to or bought care from is an organisation's ("de wachtlijst bij
# Willem Arntsz", "opschalen naar Ottho Gerhard Heldring", "zorg ingekocht bij Pieter van Foreest"); not a referral
# or a placement, which may name a person ("geplaatst bij tante Fatima", "overgedragen aan Jan de Vries")
_WACHTLIJST_BIJ = patroon(
    r"(?<![\w-])(?i:wachtlijst\s+bij|wachttijd\s+bij|opschalen\s+naar|opgeschaald\s+naar|ingekocht\s+bij)\s+"
    r"(?:(?i:de|het)\s+)?"
    r"(?P<naam>(?!(?i:" + ROL + r")\b)[A-Z][\w'.-]*(?:\s+(?:(?:van|de|der|den|ten|ter)\s+){0,3}[A-Z][\w'.-]*){0,3})")
# a word before the infinitive "worden" is a trade, not a person ("Visser worden is de droom van veel jongeren"):
# a person as subject takes "wordt"
_BEROEP_WORDEN = patroon(r"(?<![\w-])[A-Z][a-zà-ÿ]+(?=\s+(?:worden|blijven)\b(?!\s+(?:ze|zij|hij|er)\b))")
# a pseudonymous id of a person in a sample ("Cliënt K-0312", "Jongere J-0023", "gezin G17", "moeder (M1)")
_PSEUDONIEM = patroon(r"(?<![\w-])[A-Z]{1,4}(?:-?\d{1,5})(?:[-/]\d{1,5})*(?![\w-])")
# a method after its maker, named in a compound ("het Houvast-model van Hilde Mast"), or worked by ("werkt
# volgens Dalton")
_METHODE = patroon(
    r"(?<=-)(?:model|methode|aanpak|theorie|schema|protocol|programma)\s+van\s+(?:[A-Z]\.\s?){0,4}"
    r"(?:[A-Z][\w'-]+\s+)?(?:(?:de|van|der|den)\s+){0,3}[A-Z][\w'-]+"
    r"|(?<![\w-])(?i:werk(?:t|en|te|ten)|gewerkt)\s+volgens\s+(?:(?i:de|het)\s+)?(?:(?i:methode|model|principes?)\s+)?"
    r"[A-Z][\w'-]+")


def plek_en_vorm_spans(tekst: str, volledig: bool) -> list[tuple[int, int]]:
    """Spans of streets, buildings, places, pseudonymous ids and methods named after a person: no person.

    A street's last word that is itself a surname ("Jan Hogeweg", "Piet Westerhof") keeps the name a name."""
    spans: list[tuple[int, int]] = []
    achternamen: frozenset[str] = frozenset()
    if volledig:
        from .lijsten import achternamen as _achternamen

        achternamen = _achternamen()
    for straat in _STRAATNAAM.finditer(tekst):
        if straat.group("laatste").casefold() not in achternamen:
            spans.append(straat.span())
    spans += [m.span("naam") for m in _HET_NAAM.finditer(tekst)]
    spans += [m.span("naam") for m in _PLAATSWOORD_NAAM.finditer(tekst)]
    spans += [m.span() for m in _PSEUDONIEM.finditer(tekst)]
    spans += [m.span() for m in _METHODE.finditer(tekst)]
    spans += [m.span() for m in _BEROEP_WORDEN.finditer(tekst)]
    spans += [m.span("naam") for m in _WACHTLIJST_BIJ.finditer(tekst)]
    spans += [m.span() for m in _ZORG_OF_WELZIJN.finditer(tekst)
              if not _ROL_ERVOOR.search(tekst[max(0, m.start() - 25):m.start()])
              and not _ROL_ERVOOR.search(m.group().split()[0] + " ")]
    spans += [m.span() for m in plaatsvorm().finditer(tekst)]
    spans += verwijzing_spans(tekst, volledig)  # "de methode van Nagy", "behandeld in Laurentius", "bij de Haven"
    if volledig:
        spans += _titel_naamgever_spans(tekst)  # "Dr. Sarphati heeft advies gegeven", "de ideeën van Stevin"
    return spans


_PARTIKELS = frozenset({"de", "den", "der", "het", "'t", "van", "aan", "op", "in", "ter", "ten", "en", "sint", "st"})


@functools.cache
def plaatsvorm() -> Namenpatroon:
    """Residences of more than one word that hold a person's name ("Anna Paulowna", "Hendrik-Ido-Ambacht",
    "Den Bosch"): a place, no person (deduce's list of Dutch residences)."""
    from .lijsten import voornamen_wereld, woonplaatsen_van_meer_woorden

    namen = {"Den Bosch"}  # the name everybody uses for 's-Hertogenbosch
    for kaal in woonplaatsen_van_meer_woorden():  # a name of one word holds no first name and something else
        woorden = [w for w in re.split(r"[\s-]+", kaal) if w.casefold() not in _PARTIKELS]
        if not re.match(r"(?i:de|den|het|'t|op|in|aan|ter|ten)\s", kaal) and len(woorden) > 1 and any(
                len(w) > 2 and w.casefold() in voornamen_wereld() for w in woorden):
            namen.add(kaal)
    delen = sorted((_naamdeel(n, r"[\s-]+") for n in namen), key=lambda deel: len(deel[0]), reverse=True)
    return Namenpatroon(r"(?<![\w-])", delen, r"(?![\w-])", re.IGNORECASE)
