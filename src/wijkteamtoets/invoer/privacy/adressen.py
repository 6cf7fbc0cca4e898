"""Addresses: postcodes (also in lowercase, after "postcode", or as the whole value), streets with a house number
and its additions, "Postbus 12", "Markt 4", "Laan van Meerdervoort 1021"; an address takes its postcode and place
with it ("Tulpstraat 175, 6582wr Almere"). Streets in lowercase are `straten`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .detectoren import _MAANDEN, _context_voor
from .lijsten import lijst, plaatsnamen
from .straten import HUISNUMMER, kleine_straten
from .treffer import Treffer

_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_ADRES_POSTCODE = re.compile(rf"(?<![\w-]){_POSTCODE}(?![\w-])")
_POSTCODE_MET_NUMMER = re.compile(rf"(?<![\w-]){_POSTCODE},? ?\d{{1,5}}[a-z]?(?![\w-])|(?<![\w-])\d{{1,5}}[a-z]?,? "
                                  rf"{_POSTCODE}(?![\w-])")
_STRAAT_ACHTERVOEGSELS = ("straat|straatweg|weg|laan|plein|singel|gracht|kade|dijk|hof|steeg|pad|dreef|park|veld|"
                          "markt|baan|ring|wal|haven|erf|zijde|hout|dam|plantsoen|boulevard|allee|burg|kamp|"
                          "akker|wetering|vaart|hoven|straatje|plaats|dwarsstraat")
_STRAAT = re.compile(
    rf"(?<![\w-])(?P<straat>(?:(?:Dr|Mr|Prof|Burg|Ds|St|Mgr)\. ?|[1-9](?:e|ste|de) )?"
    rf"(?:[A-Z][a-zà-ÿ'-]+ (?:(?:de|van|der|den|het|'t) )*){{0,2}}[A-Z][a-zà-ÿ'-]*(?:{_STRAAT_ACHTERVOEGSELS}))"
    rf" (?P<nummer>{HUISNUMMER})(?![\w,.]\d|[\d%])"
)
_NIET_NA_HUISNUMMER = re.compile(rf"^\s*(?:{_MAANDEN}|uur|%|procent|keer|dagen|weken|maanden|jaar|minuten|"
                                 rf"dossiers|gezinnen|cliënten|x\b)", re.IGNORECASE)
_GEEN_STRAAT = {"zorgpad", "gerechtshof", "hof", "sportpark", "park", "behandelpad", "leerpad", "zorgveld",
                "werkveld", "speelveld", "jeugdveld", "sociaalplein", "plein", "markt", "arbeidsmarkt", "weg",
                "haven", "ring", "baan", "loopbaan", "wal", "dam", "kamp", "burg", "veld", "pad", "zorgweg",
                "hulpverleningsveld", "jeugdhof", "woonerf"}
_POSTBUS = re.compile(r"(?<![\w-])(?i:postbus|antwoordnummer)\s+\d{1,6}(?![\w-])")
_LOSSE_STRAAT = re.compile(
    r"(?<![\w-])(?:(?:Grote |Kleine |Oude |Nieuwe )?(?:Markt|Plein|Brink|Dam|Kade|Haven|Singel|Gracht|Dijk|Wal|Vismarkt|Kerkplein|Hofplein"
    r"|Lange \w+|Korte \w+|Oude \w+|Nieuwe \w+)"
    r"|(?:Laan|Weg|Plein|Kade|Dijk|Straat|Singel|Hof|Park|Gracht|Burgemeester|Dokter|Professor|Prins|Koningin|Graaf"
    r")(?: (?:van|der|de|den|het|naar|op|tot|aan|in|bij|te|ter)){1,3} [A-Z][a-zà-ÿ']+(?:-[A-Za-zà-ÿ']+)*"
    r"(?: [A-Z][a-zà-ÿ']+(?:-[A-Za-zà-ÿ']+)*)?)"
    rf" {HUISNUMMER}(?![\w,.]\d|[\d%])")
_POSTCODE_KLEIN = re.compile(r"(?<![\w-])[1-9]\d{3} ?(?!en|de|op|in|te|om|na|is|al|af|of|ze|je|we|zo|nu|ja|er|an|et|uw|ik"
                             r"|ex|km|cm|mm|kg|uu|pm|am)[a-z]{2}(?![\w-])")
_POSTCODE_KLEIN_MET_NUMMER = re.compile(_POSTCODE_KLEIN.pattern.removesuffix(r"(?![\w-])")
                                        + r",? \d{1,5}(?: ?[a-zA-Z])?(?![\w-])")
_POSTCODE_HEEL = re.compile(r"[1-9]\d{3} ?(?!(?i:en|de|op|in|te|om|na|is|al|of|ze|je|we|zo|nu|ja|er|uw|ik|km|cm|mm|kg)\b)"
                            r"[A-Za-z]{2}(?:,? \d{1,5}[a-z]?)?")
_NA_POSTCODEWOORD = re.compile(r"(?i:\bpostcode\w*|\bpc)\b[^\d\n]{0,30}?(?<![\w-])([1-9]\d{3} ?[A-Za-z]{2})(?![\w-])")
_PLAATSVOORZETSEL = re.compile(r"\b(?i:op|in|naar|bij|te)\s$")
_WOONCONTEXT = re.compile(r"(?:postcode|\bwoont|\bwonend|adres|woonachtig|verhuisd|\bpc)\b", re.IGNORECASE)


# an address goes on with its postcode and place: "Tulpstraat 175, 6582wr Almere", "2801 AB Gouda"
_PLAATS = r"(?:'s-)?[A-Z][\w'-]*(?:\s+(?:aan|op|den|de|der|in|bij)(?:\s+(?:den|de|der|het))?\s+[A-Z][\w'-]*)?"
_VERVOLG_POSTCODE = re.compile(rf",?\s+[1-9]\d{{3}}\s?[A-Za-z]{{2}}(?![\w-])(?:,?\s+{_PLAATS}(?![\w-]))?")
_VERVOLG_PLAATS = re.compile(rf",?\s+{_PLAATS}(?![\w-])")
_EINDIGT_OP_POSTCODE = re.compile(r"[1-9]\d{3}\s?[A-Za-z]{2}$")


def _adressen(tekst: str, met_straatlijst: bool) -> Iterator[Treffer]:
    for treffer in _adressen_kaal(tekst, met_straatlijst):
        eind = treffer.eind
        vervolg = _VERVOLG_POSTCODE.match(tekst, eind)
        if vervolg is not None:
            eind = vervolg.end()
        elif _EINDIGT_OP_POSTCODE.search(tekst, treffer.begin, eind):
            plaats = _VERVOLG_PLAATS.match(tekst, eind)
            eind = plaats.end() if plaats is not None and not plaats.group().strip(", ").startswith(("De ", "Het ")) \
                else eind
        yield Treffer("adres", treffer.begin, eind)


def _adressen_kaal(tekst: str, met_straatlijst: bool) -> Iterator[Treffer]:
    if re.search(r"\d", tekst) is None:
        return
    for treffer in _POSTBUS.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    yield from kleine_straten(tekst)  # "woont op schooldijk 95 bis"
    for treffer in _NA_POSTCODEWOORD.finditer(tekst):  # "postcode 9349 er": after the word, any two letters
        yield Treffer("adres", treffer.start(1), treffer.end(1))
    for treffer in _LOSSE_STRAAT.finditer(tekst):
        if re.search(r"(?i:team|gezin)\s+$", _context_voor(tekst, treffer.start(), 30)):
            continue  # "Buurtteam Oude Noorden 2": a team and its number
        if not _NIET_NA_HUISNUMMER.match(tekst, treffer.end()):
            yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _POSTCODE_KLEIN_MET_NUMMER.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    waarde = _POSTCODE_HEEL.fullmatch(tekst.strip(" \t\"'."))  # the whole value: a key "9255 hg", a file "1609_an_150"
    if waarde is not None:
        begin = tekst.index(waarde.group())
        yield Treffer("adres", begin, begin + len(waarde.group()))
    for treffer in _POSTCODE_KLEIN.finditer(tekst):
        na = re.match(r",? ([A-Z][a-zà-ÿ'-]+)", tekst[treffer.end():treffer.end() + 40])
        if _WOONCONTEXT.search(_context_voor(tekst, treffer.start())) or re.search(
                _PLAATSVOORZETSEL, _context_voor(tekst, treffer.start(), 6)) or (
                na is not None and na.group(1).casefold() in plaatsnamen()) or re.search(
                r"\d[a-z]?,? $", _context_voor(tekst, treffer.start(), 8)):
            yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _POSTCODE_MET_NUMMER.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _ADRES_POSTCODE.finditer(tekst):
        # a postcode in capitals is one wherever it stands ("Wijkteam, 5667JJ"); four digits and two capitals
        # are hardly ever anything else
        yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _STRAAT.finditer(tekst):
        straat = treffer.group("straat")
        laatste = straat.split()[-1]
        if _NIET_NA_HUISNUMMER.match(tekst, treffer.end()):
            continue
        bekend = straat in lijst("locations/lst_street") or laatste in lijst("locations/lst_street")
        if laatste.casefold() in _GEEN_STRAAT and not bekend:
            continue
        if met_straatlijst and not bekend and not _STERKE_STRAAT.search(laatste) and not re.search(
                r"\b(?:woont|wonend|adres|woonachtig|verhuisd|woning|inschrijving|ingeschreven|op de|aan de|in de|bij|naar"
                r"|op)\s*:?\s*$",
                _context_voor(tekst, treffer.start()), re.IGNORECASE):
            continue
        heel = bekend or laatste == straat or straat.split()[0].casefold() in ("van", "de", "den", "ter", "ten", "het") \
            or re.fullmatch(r"[1-9](?:e|ste|de)|Koningin|Prinses|Prins|Graaf|Burgemeester", straat.split()[0]) is not None
        begin = treffer.start() if heel else treffer.start("straat") + len(straat) - len(laatste)
        yield Treffer("adres", begin, treffer.end())


# a compound of at least three letters and a street word ("Merelbaan", "Esdoornhof"), not the bare word
_STERKE_STRAAT = re.compile(r"\w(?:straat|laan|gracht|singel|steeg|dreef|straatweg|kade)$"
                            r"|\w{3}(?:baan|weg|plein|dijk|hof|erf|ring|pad|park|markt|hoven|akker|wal|veld|kamp)$")
