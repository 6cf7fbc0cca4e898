"""Fast detectors of personal data in one piece of text, and `toon`: a value made safe to echo.

These are the checks that need no large lookup structures: `python-stdnum` (BSN elfproef, IBAN of
every country), `phonenumbers` (Dutch and international numbers), deduce's plain first-name, surname
and street lists (read as sets, no tokenizer or tries), and own patterns only where no library fits
(postcodes, kenteken side codes, social media handles and profile URLs, ``(at)`` e-mail spellings,
school plus groep/klas, birth dates in a birth or family context).

`zoek` finds them in one text; `controles.privacy` adds deduce's full name recognition on top.
`toon` is the one helper every message uses to echo a value from a file: whatever `zoek` flags is
masked and control characters are escaped.

Everything here is linear in the length of the text: patterns are anchored on their own match and
every context check looks at a bounded window.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SOORTEN: dict[str, str] = {
    "bsn": "burgerservicenummer (BSN)",
    "e-mail": "e-mailadres",
    "telefoonnummer": "telefoonnummer",
    "iban": "bankrekeningnummer (IBAN)",
    "adres": "adres (postcode of straat met huisnummer)",
    "geboortedatum": "geboortedatum",
    "naam": "naam van een persoon",
    "kenteken": "kenteken",
    "sociale-media": "account of profiel op sociale media",
    "school": "school met groep of klas",
}
"""The kinds of personal data the scan looks for, with their Dutch description."""


@dataclass(frozen=True)
class Treffer:
    """One piece of personal data in a text: its kind and its span (the value itself is not kept)."""

    soort: str
    begin: int
    eind: int


# --- normalising --------------------------------------------------------------------------------

_GELIJKE_TEKENS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-", "\u2018": "'", "\u2019": "'", "\uff20": "@", "\t": " ", "\n": " ", "\r": " ",
})


def normaliseer(tekst: str) -> str:
    """The text with look-alike spaces, dashes and quotes replaced one for one (offsets stay valid)."""
    return tekst.translate(_GELIJKE_TEKENS)


# --- lookup lists shipped with deduce (read as plain sets) --------------------------------------------

def _deduce_lijsten() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec("deduce")
    except (ImportError, ValueError):  # pragma: no cover - deduce is a dependency
        return None
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"


@functools.cache
def lijst(naam: str) -> frozenset[str]:
    """One of deduce's source lookup lists (e.g. ``names/lst_first_name``) as a set of its lines."""
    basis = _deduce_lijsten()
    if basis is None:  # pragma: no cover
        return frozenset()
    pad = basis / naam / "items.txt"
    try:
        return frozenset(r.strip() for r in pad.read_text(encoding="utf-8").splitlines() if r.strip())
    except OSError:  # pragma: no cover
        return frozenset()


@functools.cache
def _gewone_woorden() -> frozenset[str]:
    """Lower-case Dutch words that are not names even when a list says so ("Wil", "Roos", "Engels")."""
    return frozenset(w.casefold() for naam in ("whitelist/lst_common_word", "whitelist/lst_stop_word")
                     for w in lijst(naam)) | _GEEN_NAAM


@functools.cache
def plaatsnamen() -> frozenset[str]:
    """Gemeenten, residences, regions and provinces (case-folded): place names are no personal data."""
    return frozenset(w.casefold() for naam in ("locations/lst_placename/lst_municipality",
                                               "locations/lst_placename/lst_residence",
                                               "locations/lst_placename/lst_region",
                                               "locations/lst_placename/lst_province")
                     for w in lijst(naam))


_TALEN = {"engels", "nederlands", "arabisch", "turks", "pools", "frans", "duits", "spaans", "somalisch",
          "tigrinya", "berbers", "tamazight", "koerdisch", "farsi", "dari", "perzisch", "russisch", "portugees",
          "papiaments", "chinees", "italiaans", "roemeens", "bulgaars", "oekraiens", "oekraïens", "hindi", "urdu",
          "sranantongo", "marokkaans", "syrisch", "eritrees", "afghaans", "surinaams", "antilliaans", "fries",
          "limburgs", "gebarentaal", "tolk"}
_GEEN_NAAM = _TALEN | {
    # words that follow a role or a title in inspector prose and are not names
    "en", "of", "is", "was", "heeft", "had", "wil", "kan", "zegt", "geeft", "wordt", "werd", "niet", "ook", "die",
    "dat", "het", "een", "zelf", "veilig", "thuis", "de", "van", "zij", "hij", "ze", "hun", "haar", "zijn",
    "gemeente", "wijkteam", "team", "jeugd", "jeugdzorg", "jeugdbescherming", "raad", "ggd", "ggz", "wmo",
    "sociaal", "zorg", "school", "huisarts", "politie", "rechtbank", "gerechtshof", "kinderrechter", "casus",
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "inspecteur", "inspectie", "consulent", "regisseur", "casusregisseur", "coördinator", "coordinator",
    "gezin", "gezinnen", "kind", "kinderen", "ouders", "ouder", "moeder", "vader", "zoon", "dochter",
    "volgens", "tijdens", "na", "voor", "bij", "met", "op", "in", "aan", "uit", "om", "als", "dan", "nog",
    "geen", "meer", "wel", "al", "er", "toen", "daarna", "later", "eerst", "samen", "alleen", "beide",
    "mevrouw", "meneer", "dhr", "mw", "dossier", "plan", "oordeel", "toelichting", "bron", "citaat",
    "hulpverlening", "hulpverlener", "hulpvraag", "gesprek", "overleg", "melding", "signaal", "ja", "nee",
    "deels", "onbekend", "indicator", "thema", "criterium", "kader", "rapport", "bijlage", "pagina", "art",
    "artikel", "lid", "wet", "jeugdwet", "participatiewet", "wijk", "buurt", "centrum", "noord", "zuid", "oost",
    "west", "stad", "dorp", "regio", "provincie", "land", "nederland", "nederlandse",
}


# --- patterns -------------------------------------------------------------------------------------

_MAANDEN = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
            "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATUM = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:19|20)\d{{2}}|\d{{1,2}} (?:{_MAANDEN})\.? (?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})(?![\w-])",
    re.IGNORECASE,
)
_ROL = (r"moeder|vader|zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broer|broertje|zus|zusje|zuster|oma|opa|"
        r"tante|oom|neef|nicht|stiefvader|stiefmoeder|pleegvader|pleegmoeder|pleegkind|partner|ex-partner|"
        r"echtgeno(?:ot|te)|vriend|vriendin|buurvrouw|buurman|cliënt|client|cliente|jongere|meisje|jongen|"
        r"juf|meester|dokter|dr\.|gezin|familie|mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|heer")
_GEBOORTECONTEXT = re.compile(
    rf"(?:\b(?:geboren|geb\.?|geboortedatum|geb\.?datum|gebdat|geboortedag|verjaardag|jarig|°)(?:\s+\w+){{0,2}}|\*"
    rf"|\b(?:{_ROL})\b[^.;:!?]{{0,25}}?[(,:]?\s*(?:geb\.?\s*|geboren\s*(?:op\s*)?)?\(?)\s*:?\s*(?:op\s+)?$",
    re.IGNORECASE,
)
_BSN_KANDIDAAT = re.compile(r"(?<![\w€$.,/-])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})"
                            r"(?![\w€]|[-.,/]\d)")
_BSN_CONTEXT = re.compile(r"\b(?:bsn|b\.s\.n\.?|burgerservice\s?nummer|burgerservicenr|sofi(?:nummer|nr)?|"
                          r"sofi-nummer|bsn-nummer|bsn-nr)\b", re.IGNORECASE)
_GEEN_BSN_WOORD = re.compile(r"(?:\b(?:zaak|zaaknummer|zaaknr|kenmerk|registratie\w*|dossiernummer|dossiernr|"
                               r"factuur\w*|referentie\w*|ref|kvk|kvk-nummer|order\w*|klantnummer|polis\w*|"
                               r"meldingnummer|meldnummer|volgnummer|agb|agb-code|btw)\b\.?|€|"
                               r"\beur\b|\beuro\b)", re.IGNORECASE)
_ZWAK_GEEN_BSN_WOORD = re.compile(r"\b(?:nr|nummer|code|id)\b\.?", re.IGNORECASE)
_BEDRAG_NA = re.compile(r"\s*(?:euro|eur\b|,-|€)", re.IGNORECASE)
_IBAN_KANDIDAAT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])")
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}(?:@|\s?(?:\((?:at|apenstaartje)\)|\[(?:at|apenstaartje)\]|\{at\}| at | apenstaartje )\s?)"
    r"[\w-]{1,63}(?:\s?(?:\.|\(dot\)|\[dot\]|\(punt\)|\[punt\]| dot | punt )\s?[\w-]{1,63}){1,5}",
    re.IGNORECASE,
)
_TLD = re.compile(r"(?:\.|\(dot\)|\[dot\]|\(punt\)|\[punt\]| dot | punt )\s?[A-Za-z]{2,24}$", re.IGNORECASE)
_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_ADRES_POSTCODE = re.compile(rf"(?<![\w-]){_POSTCODE}(?![\w-])")
_POSTCODE_MET_NUMMER = re.compile(rf"(?<![\w-]){_POSTCODE},? ?\d{{1,5}}[a-z]?(?![\w-])|(?<![\w-])\d{{1,5}}[a-z]?,? "
                                  rf"{_POSTCODE}(?![\w-])")
_STRAAT_ACHTERVOEGSELS = ("straat|straatweg|weg|laan|plein|singel|gracht|kade|dijk|hof|steeg|pad|dreef|park|veld|"
                          "markt|baan|ring|wal|haven|erf|zijde|hout|dam|plantsoen|boulevard|allee|burg|kamp|"
                          "akker|wetering|vaart|hoven|straatje")
_STRAAT = re.compile(
    rf"(?<![\w-])(?P<straat>(?:[A-Z][a-zà-ÿ'-]+ (?:(?:de|van|der|den|het|'t) )*)?[A-Z][a-zà-ÿ'-]*(?:{_STRAAT_ACHTERVOEGSELS}))"
    rf" (?P<nummer>\d{{1,4}}(?: ?[a-zA-Z](?![\w]))?(?:-\d{{1,4}})?)(?![\w,.]\d|[\d%])"
)
_NIET_NA_HUISNUMMER = re.compile(rf"^\s*(?:{_MAANDEN}|uur|%|procent|keer|dagen|weken|maanden|jaar|minuten|"
                                 rf"dossiers|gezinnen|cliënten|x\b)", re.IGNORECASE)
_GEEN_STRAAT = {"zorgpad", "gerechtshof", "hof", "sportpark", "park", "behandelpad", "leerpad", "zorgveld",
                "werkveld", "speelveld", "jeugdveld", "sociaalplein", "plein", "markt", "arbeidsmarkt", "weg",
                "haven", "ring", "baan", "loopbaan", "wal", "dam", "kamp", "burg", "veld", "pad", "zorgweg",
                "hulpverleningsveld", "jeugdhof", "woonerf"}
_KENTEKEN = re.compile(
    r"(?<![\w-])(?:[B-DF-HJ-NP-TV-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[B-DF-HJ-NP-TV-Z]{2}|\d{2}-[B-DF-HJ-NP-TV-Z]{2}-\d{2}"
    r"|[B-DF-HJ-NP-TV-Z]{2}-\d{2}-[B-DF-HJ-NP-TV-Z]{2}|[B-DF-HJ-NP-TV-Z]{2}-[B-DF-HJ-NP-TV-Z]{2}-\d{2}"
    r"|\d{2}-[B-DF-HJ-NP-TV-Z]{2}-[B-DF-HJ-NP-TV-Z]{2}|\d{2}-[B-DF-HJ-NP-TV-Z]{3}-\d|\d-[B-DF-HJ-NP-TV-Z]{3}-\d{2}"
    r"|[B-DF-HJ-NP-TV-Z]{2}-\d{3}-[B-DF-HJ-NP-TV-Z]|[B-DF-HJ-NP-TV-Z]-\d{3}-[B-DF-HJ-NP-TV-Z]{2}"
    r"|[B-DF-HJ-NP-TV-Z]{3}-\d{2}-[B-DF-HJ-NP-TV-Z]|[B-DF-HJ-NP-TV-Z]-\d{2}-[B-DF-HJ-NP-TV-Z]{3}"
    r"|\d-[B-DF-HJ-NP-TV-Z]{2}-\d{3}|\d{3}-[B-DF-HJ-NP-TV-Z]{2}-\d)(?![\w-])"
    r"|(?i:kenteken(?:nummer)?\s*:?\s*)(?-i:[A-Z0-9]{1,3}[- ]?[A-Z0-9]{1,3}[- ]?[A-Z0-9]{1,3})(?![\w-])"
)
_SOCIALE_MEDIA = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|youtube|threads)"
    r"\.com/[\w.@/%-]{2,80}"
    r"|(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?![\w(@])"
    r"|\b(?i:insta(?:gram)?|snap(?:chat)?|tiktok|facebook|twitter|telegram)(?:[ -]?(?i:account|naam|profiel))?"
    r"\s*[:=]\s*@?[\w.]{3,40}",
)
_KENTEKEN_TEKEN = re.compile(r"[B-DF-HJ-NP-TV-Z]-|-[B-DF-HJ-NP-TV-Z]")
_SCHOOLWOORD = (r"basisschool|school|obs|cbs|pcbs|rkbs|ibs|sbo|so|vso|kindcentrum|ikc|montessorischool|"
                r"daltonschool|jenaplanschool|scholengemeenschap|college|lyceum")
_SCHOOL = re.compile(
    rf"\b(?i:{_SCHOOLWOORD})\s+(?:(?i:de|het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}"
    rf"(?=[^.;\n]{{0,40}}?\b(?i:groep\s*\d|klas\s*\d|leerjaar\s*\d|brugklas|[1-6](?:e|de|ste)\s+klas))"
    rf"|\b(?i:groep|klas|leerjaar)\s*\d\w?\s+(?i:van|op|bij|in)\s+(?:(?i:basisschool|school|obs|cbs|de|het|'t)\s+)*"
    rf"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}",
)

_AANSPREEKVORM = re.compile(
    rf"(?<![\w-])(?i:{_ROL})\s*(?:\(\s*)?(?P<naam>(?:(?i:van der|van den|van de|van|de|der|den|ter|ten|in 't|'t) )?"
    r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?(?: (?:(?:van der|van den|van de|van|de|der|den|ter|ten) )?"
    r"[A-Z][a-zà-ÿ'-]+)?)"
)
_VOORLETTERS = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,4}(?:(?:van der|van den|van de|van|de|der|den|ter|ten|te) )?"
    r"(?P<naam>[A-Z][a-zà-ÿ'-]{1,}(?:-[A-Z][a-zà-ÿ'-]+)?)"
)
_WOORD = re.compile(r"[A-Z][a-zà-ÿ'-]*[a-zà-ÿ]|[A-Z]")
_TUSSENVOEGSELS = ("van der ", "van den ", "van de ", "van ", "de ", "der ", "den ", "ter ", "ten ", "te ",
                   "in 't ", "'t ", "el ", "al ", "ben ", "bin ")
_INTERFIXEN = {"van", "der", "den", "de", "ter", "ten", "te", "'t", "in"}
_NATIONALITEIT = re.compile(r"(?:aanse|aans|ische|isch|ese|ees|eense|ndse|ndse|kse|rse|ierse|ijnse)$")
_ACHTERNAAM = re.compile(r"[A-Z][a-zà-ÿ'-]+(?:-[A-Z][a-zà-ÿ'-]+)?")


def _context_voor(tekst: str, begin: int, breedte: int = 40) -> str:
    return tekst[max(0, begin - breedte):begin]


# --- detectors ------------------------------------------------------------------------------------

_ELFPROEF_GEWICHTEN = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def _elfproef(cijfers: str) -> bool:
    return len(cijfers) == 9 and cijfers != "000000000" and (
        sum(map(operator.mul, map(int, cijfers), _ELFPROEF_GEWICHTEN)) % 11 == 0)


def _vlak_voor(tekens: list[int], index: int, breedte: int) -> bool:
    """Whether one of the positions `tekens` (sorted) lies at most `breedte` characters before `index`."""
    plaats = bisect.bisect_right(tekens, index) - 1
    return plaats >= 0 and index - tekens[plaats] <= breedte


def _direct_voor(tekst: str, tekens: list[int], index: int) -> bool:
    """Whether a word ending at one of `tekens` stands right before `index` (only separators between)."""
    plaats = bisect.bisect_right(tekens, index) - 1
    return plaats >= 0 and index - tekens[plaats] <= 4 and not tekst[tekens[plaats]:index].strip(" :.#-\t")


def _bsns(tekst: str) -> Iterator[Treffer]:
    from stdnum.nl import bsn

    kandidaten = list(_BSN_KANDIDAAT.finditer(tekst))
    if not kandidaten:
        return
    getallen = [int(g if (g := k.group()).isdigit() else re.sub(r"\D", "", g)) for k in kandidaten]
    # context words are found once for the whole text (linear), then looked up per candidate
    bsn_woorden = [m.end() for m in _BSN_CONTEXT.finditer(tekst)]
    geen_bsn = [m.end() for m in _GEEN_BSN_WOORD.finditer(tekst)]
    zwak = [m.end() for m in _ZWAK_GEEN_BSN_WOORD.finditer(tekst)]
    for index, treffer in enumerate(kandidaten):
        cijfers = f"{getallen[index]:09d}"
        if not _elfproef(cijfers) or _BEDRAG_NA.match(tekst, treffer.end()):
            continue
        begin = treffer.start()
        tegen = _direct_voor(tekst, geen_bsn, begin)
        zwak_tegen = _direct_voor(tekst, zwak, begin)
        if _vlak_voor(bsn_woorden, begin, 40) or (treffer.group() != cijfers and not tegen):
            if bsn.is_valid(cijfers):
                yield Treffer("bsn", begin, treffer.end())
            continue
        if tegen or zwak_tegen:
            continue
        # a run of nearby numbers (zaaknummers 201600121, 201600122, ...) is a list of case numbers
        buren = [getallen[j] for j in (index - 1, index + 1) if 0 <= j < len(getallen)
                 and abs(kandidaten[j].start() - begin) < 80]
        if any(abs(getallen[index] - buur) < 1000 for buur in buren):
            continue
        if bsn.is_valid(cijfers):
            yield Treffer("bsn", begin, treffer.end())


def _ibans(tekst: str) -> Iterator[Treffer]:
    from stdnum import iban

    for treffer in _IBAN_KANDIDAAT.finditer(tekst):
        kandidaat = treffer.group()
        # the candidate may run on into following capitals: try the longest valid prefix
        for eind in range(len(kandidaat), 14, -1):
            deel = kandidaat[:eind].rstrip()
            if deel and iban.is_valid(deel):
                yield Treffer("iban", treffer.start(), treffer.start() + len(deel))
                break


_TELEFOON_KANDIDAAT = re.compile(r"(?<![\w+/.,-])(?:(?:\+|00)[1-9]|\(?0[1-9])[\d ().-]{5,22}\d")


def _telefoons(tekst: str) -> Iterator[Treffer]:
    """Phone numbers validated by phonenumbers. Only candidates that start like a phone number (+, 00 or 0)
    are handed to the library, each a bounded piece: that keeps the scan linear and fast."""
    import phonenumbers

    for kandidaat in _TELEFOON_KANDIDAAT.finditer(tekst):
        waarde = kandidaat.group()
        # the longest prefix (ending in a digit) that phonenumbers accepts as a valid number
        einden = [m.end() for m in re.finditer(r"\d", waarde)]
        for eind in reversed(einden[7:16]):
            deel = waarde[:eind]
            if deel.startswith("(") and ")" not in deel:
                deel = deel[1:]
            try:
                nummer = phonenumbers.parse(deel, "NL")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(nummer):
                if re.fullmatch(r"\d{1,2}-\d{1,2}-(?:19|20)\d{2}|0\d{8}", deel):
                    break  # a date, or nine digits (the BSN detector's business)
                yield Treffer("telefoonnummer", kandidaat.start(), kandidaat.start() + eind)
                break


def _emails(tekst: str) -> Iterator[Treffer]:
    laag = tekst.casefold()
    if "@" not in tekst and not any(w in laag for w in (" at ", "(at)", "[at]", "{at}", "apenstaartje")):
        return
    for treffer in _EMAIL.finditer(tekst):
        waarde = treffer.group()
        if "@" in waarde or _TLD.search(waarde):
            yield Treffer("e-mail", treffer.start(), treffer.end())


def _adressen(tekst: str, met_straatlijst: bool) -> Iterator[Treffer]:
    for treffer in _POSTCODE_MET_NUMMER.finditer(tekst):
        yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _ADRES_POSTCODE.finditer(tekst):
        if re.search(r"(?:postcode|\bwoont|\bwonend|adres|woonachtig|verhuisd)\b", _context_voor(tekst, treffer.start()),
                     re.IGNORECASE):
            yield Treffer("adres", treffer.start(), treffer.end())
    for treffer in _STRAAT.finditer(tekst):
        straat = treffer.group("straat")
        laatste = straat.split()[-1]
        if _NIET_NA_HUISNUMMER.match(tekst, treffer.end()):
            continue
        bekend = straat in lijst("locations/lst_street") or laatste in lijst("locations/lst_street")
        if laatste.casefold() in _GEEN_STRAAT and not bekend:
            continue
        if met_straatlijst and not bekend and not re.search(
                r"\b(?:woont|wonend|adres|woonachtig|verhuisd|op de|aan de|in de|bij)\s*$",
                _context_voor(tekst, treffer.start()), re.IGNORECASE):
            continue
        begin = treffer.start() if bekend or laatste == straat else treffer.start("straat") + len(straat) - len(laatste)
        yield Treffer("adres", begin, treffer.end())


_GEBOORTE_TEKEN = re.compile(rf"(?<![^\W\d_])(?=[A-Za-zÀ-ÿ])(?i:geb|jarig|verjaardag|{_ROL})|°|\*")


def _geboortedata(tekst: str) -> Iterator[Treffer]:
    datums = list(_DATUM.finditer(tekst))
    if not datums:
        return
    tekens = [m.end() for m in _GEBOORTE_TEKEN.finditer(tekst)]  # the context check only runs near one of these
    for treffer in datums:
        plaats = bisect.bisect_right(tekens, treffer.start()) - 1
        if plaats < 0 or treffer.start() - tekens[plaats] > 45:
            continue
        if _GEBOORTECONTEXT.search(_context_voor(tekst, treffer.start(), 45)):
            yield Treffer("geboortedatum", treffer.start(), treffer.end())


def _is_naamwoord(woord: str) -> bool:
    return woord.casefold() not in _gewone_woorden() and woord.casefold() not in plaatsnamen()


def _namen(tekst: str) -> Iterator[Treffer]:
    voornamen = lijst("names/lst_first_name")
    achternamen = lijst("names/lst_surname")
    for treffer in _AANSPREEKVORM.finditer(tekst):
        naam = treffer.group("naam")
        woorden = [w for w in naam.split() if w[:1].isupper() and w.casefold() not in _INTERFIXEN]
        met_tussenvoegsel = len(naam.split()) > len(woorden)
        if not woorden or _NATIONALITEIT.search(woorden[0]) or (
                woorden[0].casefold() in _GEEN_NAAM and not met_tussenvoegsel):
            continue
        if met_tussenvoegsel or _is_naamwoord(woorden[0]) or woorden[0] in voornamen or woorden[0] in achternamen:
            yield Treffer("naam", treffer.start("naam"), treffer.end("naam"))
    for treffer in _VOORLETTERS.finditer(tekst):
        naam = treffer.group("naam")
        meer_letters = treffer.group().count(".") > 1
        met_interfix = treffer.group()[: treffer.start("naam") - treffer.start()].rstrip().endswith(tuple(_INTERFIXEN))
        if naam in achternamen or ((meer_letters or met_interfix) and _is_naamwoord(naam)):
            yield Treffer("naam", treffer.start(), treffer.end())
    # a first name from deduce's list followed by a surname ("Jan de Vries", "Sanne Bakker") or by a role
    # or age in brackets ("Kevin (zoon, 14 jaar)", "Sophie (8)")
    for treffer in _WOORD.finditer(tekst):
        woord = treffer.group()
        if woord not in voornamen or woord.casefold() in _gewone_woorden():
            continue
        rest = tekst[treffer.end():treffer.end() + 40]
        if re.match(rf"\s?\(\s*(?:\d|(?i:{_ROL})\b)", rest):
            yield Treffer("naam", treffer.start(), treffer.end())
            continue
        if not rest.startswith(" "):
            continue
        rest = rest[1:]
        tussen = next((t for t in _TUSSENVOEGSELS if rest.startswith(t)), "")
        achter = _ACHTERNAAM.match(rest, len(tussen))
        if achter is None:
            continue
        if achter.group() in achternamen or tussen or (
                achter.group() in voornamen and achter.group().casefold() not in _gewone_woorden()):
            yield Treffer("naam", treffer.start(), treffer.end() + 1 + achter.end())


def zoek(tekst: str, volledig: bool = False) -> list[Treffer]:
    """Every piece of personal data in `tekst` found by the fast detectors, in order of position.

    `volledig` also checks street names against deduce's street list (stricter for made-up streets).
    A finding inside a longer one (the digits of an IBAN that look like a phone number) is left out."""
    tekst = normaliseer(tekst)
    treffers = [*_ibans(tekst), *_emails(tekst), *_bsns(tekst), *_telefoons(tekst), *_adressen(tekst, volledig),
                *_geboortedata(tekst), *_namen(tekst)]
    laag = tekst.casefold()
    if "kenteken" in laag or _KENTEKEN_TEKEN.search(tekst):
        treffers += [Treffer("kenteken", t.start(), t.end()) for t in _KENTEKEN.finditer(tekst)]
    if "@" in tekst or ".com/" in laag or any(w in laag for w in ("insta", "snap", "tiktok", "facebook", "twitter",
                                                                  "telegram")):
        treffers += [Treffer("sociale-media", t.start(), t.end()) for t in _SOCIALE_MEDIA.finditer(tekst)]
    if "groep" in laag or "klas" in laag or "leerjaar" in laag:
        treffers += [Treffer("school", t.start(), t.end()) for t in _SCHOOL.finditer(tekst)]
    return zonder_overlap(treffers)


_VOORRANG = ["iban", "e-mail", "sociale-media", "bsn", "telefoonnummer", "geboortedatum", "kenteken", "adres",
             "school", "naam"]


def zonder_overlap(treffers: list[Treffer]) -> list[Treffer]:
    """Overlapping findings reduced to one: the longest wins, ties go to the more specific kind.

    The chosen findings never overlap, so they stay sorted by both begin and end: a candidate only has to be
    checked against its neighbours (O(n log n), also for 200,000 findings on one line)."""
    begins: list[int] = []
    einden: list[int] = []
    gekozen: list[Treffer] = []
    for treffer in sorted(set(treffers), key=lambda t: (-(t.eind - t.begin), _VOORRANG.index(t.soort), t.begin)):
        plek = bisect.bisect_right(begins, treffer.begin)
        if plek > 0 and einden[plek - 1] > treffer.begin:
            continue  # the chosen finding that starts at or before this one reaches into it
        if plek < len(begins) and begins[plek] < treffer.eind:
            continue  # the next chosen finding starts inside this one
        begins.insert(plek, treffer.begin)
        einden.insert(plek, treffer.eind)
        gekozen.insert(plek, treffer)
    return sorted(gekozen, key=lambda t: (t.begin, t.soort))


# --- echoing values in messages ---------------------------------------------------------------------

def escape_besturingstekens(tekst: str) -> str:
    """Control and other invisible format characters written as ``\\xNN`` / ``\\uNNNN`` escapes."""
    if tekst.isprintable():
        return tekst
    delen = []
    for teken in tekst:
        if teken.isprintable() or teken == " ":
            delen.append(teken)
        elif unicodedata.category(teken) == "Zs":
            delen.append(" ")
        else:
            code = ord(teken)
            delen.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(delen)


def toon(waarde: object, maximum: int = 80) -> str:
    """A value from a file as it may appear in a message: personal data masked as ``[soort verborgen]``,
    control characters escaped, and long values shortened."""
    tekst = str(waarde)
    if len(tekst) > 4 * maximum:
        tekst = tekst[: 4 * maximum]
    veilig = maskeer(tekst)
    return veilig if len(veilig) <= maximum else veilig[: maximum - 1] + "…"


def maskeer(tekst: str) -> str:
    """`tekst` with what the fast scan finds replaced by ``[soort verborgen]`` and control characters escaped.
    The reporters pass every message through this, so a value a check forgot to `toon` is still masked."""
    delen = []
    vorige = 0
    for treffer in zoek(tekst.replace("_", " ")):  # !Jan_de_Vries_BSN_123456782 reads as words
        delen += [tekst[vorige:treffer.begin], f"[{treffer.soort} verborgen]"]
        vorige = treffer.eind
    delen.append(tekst[vorige:])
    return escape_besturingstekens("".join(delen))
