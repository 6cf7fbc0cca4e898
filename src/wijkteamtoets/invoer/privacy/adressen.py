"""Addresses: postcodes (also in lowercase, after "postcode", or as the whole value), "Postbus 12", and streets
with a house number (`straten`: "Merelbaan 15 bis", "Laan van Meerdervoort 1021", "Markt 4"); an address takes its
postcode and place with it ("Tulpstraat 175, 6582wr Almere", "Spoorsingel 8A, 2595 AB Den Haag", "OOSTERDREEF 142,
2903 EM CAPELLE AAN DEN IJSSEL"), also a Belgian one ("Kerkplein 222 bus 3, 3500 Hasselt"). The postcode may come
first, with the number after it ("2926 PR, nr. 829a", "1618 NG Hoorn, nr. 18 3hg"), or glued to its place
("1626MTHoorn").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import _context_voor
from .lijsten import plaatsnamen
from .straten import _NIET_NA, HUISNUMMER, straten
from .treffer import Treffer

_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_ADRES_POSTCODE = patroon(rf"(?<![\w-]){_POSTCODE}(?![\w-])")
# the house number after a postcode with its additions ("2241 NV 13 C", "1649ht 11 A"), or before it
# ("2926 PR, nr. 829a", "6834 VK, nr. 136-II")
_NR = r"(?:,?\s*(?i:nr|no|nummer|huisnummer)\.?)?,? ?"
_POSTCODE_MET_NUMMER = patroon(rf"(?<![\w-]){_POSTCODE}{_NR}(?:{HUISNUMMER})(?![\w-])|(?<![\w-])\d{{1,5}}[a-z]?,? "
                                  rf"{_POSTCODE}(?![\w-])")
# a postcode glued to its place ("1626MTHoorn")
_POSTCODE_AAN_PLAATS = patroon(r"(?<![\w-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}([A-Z][a-z][\w'-]*)(?![\w-])")
# the key of an address in a register or export: postcode and house number joined by a hyphen ("8283WB-27")
_POSTCODE_HUISNUMMER = patroon(r"(?<![\w-])[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}-[1-9]\d{0,4}(?![\w-])")
# unless a label names it as the number of something else ("Factuur 2024AB-12", "kenmerk: 2019XY-3")
_ANDER_NUMMER_ERVOOR = patroon(r"(?i:\b(?:factuur|zaak|kenmerk|referentie|dossier|order|polis|ticket|code|nr"
                               r"|nummer)\w*\.?\s*[:#]?\s*)$")
_POSTBUS = patroon(r"(?<![\w-])(?i:postbus|antwoordnummer)\s+\d{1,6}(?![\w-])")
_POSTCODE_KLEIN = patroon(r"(?<![\w-])[1-9]\d{3} ?(?!en|de|op|in|te|om|na|is|al|af|of|ze|je|we|zo|nu|ja|er|an|et|uw|ik"
                             r"|ex|km|cm|mm|kg|uu|pm|am)[a-z]{2}(?![\w-])")
_POSTCODE_KLEIN_MET_NUMMER = patroon(_POSTCODE_KLEIN.pattern.removesuffix(r"(?![\w-])")
                                        + rf"{_NR}(?:{HUISNUMMER})(?![\w-])")
_POSTCODE_HEEL = patroon(r"[1-9]\d{3} ?(?!(?i:en|de|op|in|te|om|na|is|al|of|ze|je|we|zo|nu|ja|er|uw|ik|km|cm|mm|kg)\b)"
                            r"[A-Za-z]{2}(?:,? \d{1,5}[a-z]?)?")
_NA_POSTCODEWOORD = patroon(r"(?i:\bpostcode\w*|\bpc)\b[^\d\n]{0,30}?(?<![\w-])([1-9]\d{3} ?[A-Za-z]{2})(?![\w-])")
_PLAATSVOORZETSEL = patroon(r"\b(?i:op|in|naar|bij|te)\s$")
_WOONCONTEXT = patroon(r"(?:postcode|\bwoont|\bwonende?|adres|woonachtig|verhuisd|\bpc|\bbrp)\b", re.IGNORECASE)


# an address goes on with its postcode and place: "Tulpstraat 175, 6582wr Almere", "2801 AB Gouda"
# (also in capitals: "2903 EM CAPELLE AAN DEN IJSSEL"); a Belgian postcode has four digits ("3500 Hasselt")
# ("DEN HAAG", "'S-HERTOGENBOSCH", "Hoek van Holland", "Berg en Dal", "Bergen (NH)", "Emmerich am Rhein")
_PLAATS = (r"(?:(?:Den|De|Het|'t|DEN|DE|HET)\s+)?(?:'[sS]-)?[A-Z][\w'-]*(?:\s+(?:aan|op|den|de|der|in|bij|van|en|AAN|OP"
           r"|DEN|DE|DER|IN|BIJ|VAN|EN|am|an|im|ob)(?:\s+(?:den|de|der|het|DEN|DE|DER|HET))?\s+[A-Z][\w'-]*)?"
           r"(?:\s+\(?(?:NH|ZH|NB|N\.H\.|Z\.H\.|N\.B\.|Gld|GLD|Ov|OV|Fr|FR|Gn|GN|Dr|DR|Ut|UT|Zl|ZL|Fl|FL|Lb|LB)\)?"
           r"(?![\w-]))?")
_VERVOLG_POSTCODE = patroon(rf",?\s+[1-9]\d{{3}}\s?[A-Za-z]{{2}}(?![\w-])(?:,?\s+{_PLAATS}(?![\w-]))?")
# a German postcode has five digits ("Hauptstraße 5, 47533 Kleve")
_VERVOLG_DUITS = patroon(rf",?\s+(?:D-)?\d{{5}}\s+{_PLAATS}(?![\w-])")
# an address on the islands goes on with its place and island: "Kaya Grandi 37, Kralendijk, Bonaire"
_VERVOLG_CARIBISCH = patroon(rf"(?:,?\s+{_PLAATS})?,?\s+(?:Curaçao|Kòrsou|Aruba|Bonaire|Bonaire|Boneiru|Sint Maarten"
                             r"|St\.\s?Maarten|Sint Eustatius|Statia|Saba)(?![\w-])")
_VERVOLG_BELGISCH = patroon(rf",?\s+(?:B-)?([1-9]\d{{3}})\s+({_PLAATS})(?![\w-])")
# the house number after the postcode and place: "1618 NG Hoorn, nr. 18"
_VERVOLG_NUMMER = patroon(rf",?\s*(?i:nr|no|nummer|huisnummer)\.?\s*(?:{HUISNUMMER})(?![\w-])")
_BEVAT_POSTCODE = patroon(r"(?<!\w)[1-9]\d{3}\s?[A-Za-z]{2}(?!\w)")
_VERVOLG_PLAATS = patroon(rf",?\s+{_PLAATS}(?![\w-])")
_EINDIGT_OP_POSTCODE = patroon(r"[1-9]\d{3}\s?[A-Za-z]{2}$")


# the part of a building after the house number: a floor ("2e etage", "(3e verdieping)", "1 hoog achter"), a unit or
# room with its number ("unit 3", "app. 14", "kamer 12") or a part of the house ("begane grond", "achterhuis")
_DEEL_VAN_GEBOUW = patroon(
    r"(?:,\s*|\s+)(?P<haakje>\(\s*)?(?i:[1-9]\d?(?:e|ste|de)\s+(?:etage|verdieping|woonlaag)"
    r"|(?:unit|app\.?|appartement|kamer|flat|studio|woning)\s*(?:nr\.?\s*)?\d{1,4}[a-zA-Z]?(?![\w-])"
    r"|begane\s+grond|bovenwoning|benedenwoning|onderwoning|achterhuis|voorhuis|souterrain|zolderverdieping"
    r")(?(haakje)\s*\))(?![\w-])")
_ACHTER_OF_VOOR = patroon(r"\s+(?i:achter|voor)(?![\w-])(?!\s+(?:de|het|een|zijn|haar)\b)")


def _met_deel_van_gebouw(tekst: str, begin: int, eind: int) -> int:
    """The end of an address with the part of the building written after its number, or `eind`."""
    if re.search(r"(?i:hoog|hg)$", tekst[begin:eind]) and (kant := _ACHTER_OF_VOOR.match(tekst, eind)) is not None:
        return kant.end()  # "12 1 hoog achter"
    deel = _DEEL_VAN_GEBOUW.match(tekst, eind)
    return deel.end() if deel is not None else eind


def _adressen(tekst: str, met_straatlijst: bool) -> Iterator[Treffer]:
    for kaal in _adressen_kaal(tekst, met_straatlijst):
        treffer = Treffer("adres", kaal.begin, _met_deel_van_gebouw(tekst, kaal.begin, kaal.eind))
        eind = treffer.eind
        vervolg = _VERVOLG_POSTCODE.match(tekst, eind)
        belgisch = _VERVOLG_BELGISCH.match(tekst, eind) if vervolg is None else None
        na_postcode = None
        if belgisch is not None and _belgisch(tekst[treffer.begin:eind], belgisch):
            eind, na_postcode = belgisch.end(), belgisch.end(1)  # "Kerkplein 222 bus 3, 3500 Hasselt"
        elif vervolg is None and (caribisch := _VERVOLG_CARIBISCH.match(tekst, eind)) is not None:
            eind = caribisch.end()
        elif (duits := _VERVOLG_DUITS.match(tekst, eind)) is not None and vervolg is None:
            eind = duits.end()
        elif vervolg is not None:
            eind = vervolg.end()
            if _EINDIGT_OP_POSTCODE.search(tekst, treffer.begin, eind):
                eind = _kleine_plaats(tekst, eind)  # "kerkstraat 12, 2801 ab gouda"
        elif _EINDIGT_OP_POSTCODE.search(tekst, treffer.begin, eind):
            plaats = _VERVOLG_PLAATS.match(tekst, eind)
            eind = plaats.end() if plaats is not None and not plaats.group().strip(", ").startswith(
                ("De ", "Het ", "DE ", "HET ")) else _kleine_plaats(tekst, eind)
        if eind == treffer.eind:
            eind = _plaats_zonder_postcode(tekst, treffer.begin, eind)  # "Dorpsstraat 35-hs Amsterdam"
        postcodes = list(_BEVAT_POSTCODE.finditer(tekst, treffer.begin, eind))
        if postcodes and na_postcode is None:
            na_postcode = postcodes[-1].end()
        if na_postcode is not None:
            eind = max(eind, _bekende_plaats(tekst, na_postcode))  # "5845 AB Sint Anthonis", "Aalst (Gld)"
        nummer = _VERVOLG_NUMMER.match(tekst, eind)
        if nummer is not None and postcodes:
            eind = nummer.end()
        elif postcodes and postcodes[-1].end() < eind and (straat := _STRAAT_NA_PLAATS.match(tekst, eind)) is not None \
                and not _NIET_NA.match(tekst, straat.end()):
            eind = straat.end()  # "2554 HP Den Haag, Goudsbloemvallei 18": the street after its postcode and place
        yield Treffer("adres", treffer.begin, eind)


# a street and its number after the postcode and place: any words with a capital ("Goudsbloemvallei 18", "Laan van
# Nieuw Oost-Indië 3-II")
_STRAAT_NA_PLAATS = patroon(rf",\s*(?:'[sS]-)?[A-Z][\w'.-]*(?:\s+(?:(?:van|de|der|den|het|'t|ter|ten)\s+){{0,3}}[A-Z][\w'.-]*)"
                            rf"{{0,3}}\s+(?:{HUISNUMMER})(?![\w-])")


_WOORDEN_NA_ADRES = patroon(r",?[ ]{1,2}((?:'[sS]-)?[^\W\d_][\w'-]*(?:[ ][^\W\d_][\w'-]*){0,3})")


def _plaats_zonder_postcode(tekst: str, begin: int, eind: int) -> int:
    """The end of a place the list knows right after an address without a postcode ("Dorpsstraat 35-hs Amsterdam",
    "PRINS HENDRIKKADE 188 BIS DELFT", "Molenweg 3, Den Haag"), or `eind`. A place in lowercase only follows a street
    in lowercase ("kerkstraat 119-hs breda"; not "Kerkstraat 12 best")."""
    woorden = _WOORDEN_NA_ADRES.match(tekst, eind)
    if woorden is None:
        return eind
    delen = list(re.finditer(r"\S+", woorden.group(1)))
    klein_adres = tekst[begin:eind] == tekst[begin:eind].lower()
    for aantal in range(len(delen), 0, -1):
        kandidaat = " ".join(d.group() for d in delen[:aantal])
        if kandidaat.casefold() in plaatsnamen() and (klein_adres or not kandidaat.islower()) \
                and kandidaat[:1].isupper() != klein_adres:
            return woorden.start(1) + delen[aantal - 1].end()
    return eind


_WOORDEN_NA_POSTCODE = patroon(r",?\s+(\S+(?:\s+\S+){0,4})")


@functools.cache
def _eerste_woorden() -> frozenset[str]:
    """The first words of the places of more than one word ("sint", "capelle", "'s-heer")."""
    return frozenset(plaats.split()[0] for plaats in plaatsnamen() if " " in plaats)


def _bekende_plaats(tekst: str, na_postcode: int) -> int:
    """The end of the longest place of two to five words the list knows right after a postcode ("Sint Anthonis",
    "Aalst (Gld)", "HOEK VAN HOLLAND"), or `na_postcode`."""
    woorden = _WOORDEN_NA_POSTCODE.match(tekst, na_postcode)
    if woorden is None:
        return na_postcode
    delen = list(re.finditer(r"\S+", woorden.group(1)))
    if delen[0].group().casefold() not in _eerste_woorden():
        return na_postcode
    for aantal in range(len(delen), 1, -1):
        samen = " ".join(d.group() for d in delen[:aantal])
        kandidaat = samen.rstrip(".,;:!?\"')")
        if kandidaat.casefold() not in plaatsnamen() and kandidaat.casefold() + ")" in plaatsnamen():
            kandidaat += ")"  # "Aalst (Gld)."
        if kandidaat.casefold() in plaatsnamen():
            return woorden.start(1) + delen[aantal - 1].end() - (len(samen) - len(kandidaat))
    return na_postcode


# Belgian places where a postcode looks like a year of a dossier (1900-2039: Brussels, Antwerp and around), and the
# cities a Dutch file names most; the Dutch place list does not hold them
BELGISCHE_PLAATSEN = frozenset({
    "antwerpen", "brussel", "bruxelles", "gent", "brugge", "leuven", "mechelen", "hasselt", "genk", "luik", "liège",
    "namen", "namur", "charleroi", "kortrijk", "oostende", "aalst", "sint-niklaas", "turnhout", "roeselare", "lier",
    "mortsel", "schoten", "brasschaat", "berchem", "borgerhout", "deurne", "merksem", "hoboken", "wilrijk", "ekeren",
    "edegem", "kontich", "boom", "vilvoorde", "zaventem", "halle", "dilbeek", "ukkel", "elsene", "schaarbeek",
    "anderlecht", "molenbeek", "sint-jans-molenbeek", "etterbeek", "jette", "vorst", "evere", "ganshoren", "laken",
    "kapellen", "wijnegem", "zoersel", "wommelgem", "boechout", "hove", "aartselaar", "niel", "hemiksem", "schelle",
    "zwijndrecht", "beveren", "lokeren", "dendermonde", "geel", "mol", "herentals", "tienen", "maasmechelen", "lommel"})


def _belgisch(adres: str, vervolg: re.Match[str]) -> bool:
    """Whether four digits and a place after a street address are a Belgian postcode: after "bus", or no year a
    dossier names ("Nieuwstraat 8, 3000 Leuven", "Kerkhofstraat 143, 2060 Antwerpen"; not "Kerkstraat 12, 2019
    Verbouwing"), or before a place the list knows."""
    return re.search(r"[\s/]bus\s", adres) is not None or re.fullmatch(r"19\d\d|20[0-3]\d", vervolg.group(1)) is None \
        or vervolg.group(2).casefold() in plaatsnamen() or vervolg.group(2).casefold() in BELGISCHE_PLAATSEN


_KLEINE_PLAATS = patroon(r",?\s+([a-z][\w'-]*(?:\s+(?:aan|op|den|de|der|in|bij)(?:\s+(?:den|de|der|het))?\s+[a-z][\w'-]*)?)"
                            r"(?![\w-])")


def _kleine_plaats(tekst: str, eind: int) -> int:
    """The end of a known place in lowercase after a postcode ("2801 ab gouda", "capelle aan den ijssel")."""
    plaats = _KLEINE_PLAATS.match(tekst, eind)
    if plaats is None:
        return eind
    woorden = plaats.group(1)
    for kandidaat in (woorden, woorden.split()[0]):
        if kandidaat.casefold() in plaatsnamen():
            return plaats.start(1) + len(kandidaat)
    return eind


# a house number right before a postcode (Dutch, or Belgian with its place): whatever words stand before it are a
# street ("De Dreef 204, 2611 HN Delft", "HET ROND 197B, 3512JE UTRECHT", "Rue de la Loi 16, 1000 Brussel")
_KLEINE_POSTCODE = _POSTCODE_KLEIN.pattern.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")
_NUMMER_VOOR_POSTCODE = patroon(
    rf"(?<=[\w.] )(?:{HUISNUMMER})(?=,?\s+(?:{_POSTCODE}|{_KLEINE_POSTCODE}"
    r"|(?:B-)?(?P<postcode>[1-9]\d{3})\s+(?P<plaats>[A-Z][\w'-]+))(?![\w-]))")
_STRAATWOORDEN_ERVOOR = patroon(
    r"(?:(?:'[sS]-)?[A-Z][\w'.-]*(?:\s+(?:(?:de|la|le|du|des|van|der|den|het|'t|ter|ten)\s+){0,3}[A-Z][\w'.-]*){0,2}"
    r"|(?<![\w-])[a-zà-ÿ][\w'-]{3,})\s+$")


def _straten_voor_postcode(tekst: str) -> Iterator[Treffer]:
    from .straten import _TEAMWOORD

    for nummer in _NUMMER_VOOR_POSTCODE.finditer(tekst):
        plaats = (nummer.group("plaats") or "").casefold()
        if plaats and not (plaats in BELGISCHE_PLAATSEN or (
                _WOONCONTEXT.search(_context_voor(tekst, nummer.start(), 60)) and (
                    plaats in plaatsnamen() or not re.fullmatch(r"19\d\d|20[0-3]\d", nummer.group("postcode"))))):
            continue  # four digits before a place: a Belgian city, or a word of living and no year of a dossier
        woorden = _STRAATWOORDEN_ERVOOR.search(tekst, max(0, nummer.start() - 60), nummer.start())
        if woorden is None:
            continue
        begin = woorden.start()
        if woorden.group()[:1].islower():
            from .lijsten import frequentie

            if frequentie(woorden.group().strip()) >= 3.0:
                continue  # "wonen 12, 2801 ab": an ordinary word is no street
        for woord in re.finditer(r"\S+", woorden.group()):  # a team's word before the street is not part of it
            if _TEAMWOORD.fullmatch(woord.group().strip(".")):
                begin = woorden.start() + woord.end() + 1
        if begin < nummer.start():
            yield Treffer("adres", begin, nummer.end())


def _adressen_kaal(tekst: str, met_straatlijst: bool) -> Iterator[Treffer]:
    if re.search(r"\d", tekst) is None:
        return
    yield from _straten_voor_postcode(tekst)
    for treffer in _POSTBUS.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _POSTCODE_HUISNUMMER.finditer(tekst):
        if not _ANDER_NUMMER_ERVOOR.search(tekst, max(0, treffer.start() - 30), treffer.start()):
            yield Treffer("adres", treffer.start(), treffer.end())
    yield from straten(tekst, met_straatlijst)  # "Merelbaan 15 bis", "woont op schooldijk 95 bis"
    for treffer in _NA_POSTCODEWOORD.finditer(tekst):  # "postcode 9349 er": after the word, any two letters
        yield Treffer("adres", treffer.start(1), treffer.end(1))
    for treffer in _POSTCODE_KLEIN_MET_NUMMER.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    waarde = _POSTCODE_HEEL.fullmatch(tekst.strip(" \t\"'."))  # the whole value: a key "9255 hg", a file "1609_an_150"
    if waarde is not None:
        begin = tekst.index(waarde.group())
        yield Treffer("adres", begin, begin + len(waarde.group()))
    for treffer in _POSTCODE_KLEIN.finditer(tekst):
        na = re.match(r",? ([A-Z][a-zà-ÿ'-]+)", tekst[treffer.end():treffer.end() + 40])
        if _WOONCONTEXT.search(_context_voor(tekst, treffer.start())) or _PLAATSVOORZETSEL.search(
                _context_voor(tekst, treffer.start(), 6)) or (
                na is not None and na.group(1).casefold() in plaatsnamen()) or re.search(
                r"\d[a-z]?,? $", _context_voor(tekst, treffer.start(), 8)):
            yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _POSTCODE_AAN_PLAATS.finditer(tekst):
        if treffer.group(1).casefold() in plaatsnamen():
            yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _POSTCODE_MET_NUMMER.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _ADRES_POSTCODE.finditer(tekst):
        # a postcode in capitals is one wherever it stands ("Wijkteam, 5667JJ"); four digits and two capitals
        # are hardly ever anything else
        yield Treffer("adres", treffer.start(), treffer.end())
