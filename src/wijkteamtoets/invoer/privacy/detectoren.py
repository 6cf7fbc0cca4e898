"""Detectors of every kind except names and phone numbers (`telefoonnummers`): python-stdnum for BSN and IBAN
(imported only when a text holds digits that could be one), and own patterns only where no library
fits (kenteken side codes, e-mail spelled with ``(at)`` or spaces, birth dates in a birth context). Schools
with their groep or klas are `scholen`'s, accounts on social media `sociale_media`'s.

Each detector takes the normalised text and yields `Treffer`s. Everything is linear in the length of the
text: patterns are anchored on their own match and every context check looks at a bounded window.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator
from pathlib import Path

from ..patronen import patroon
from .kentekens import buitenlandse_kentekens, kentekens_in_groepen, kentekens_na_voertuig
from .lijsten import lijst
from .maanden import GEBOORTELABEL_OCR, GEBOORTELABELS, MAANDEN
from .treffer import Treffer

_ENGELSE_MAANDEN = "january|february|march|april|may|june|july|august|september|october|november|december"
_JAAR = r"(?:(?:19|20)\d{2}|'\d{2})"
_DATUM = patroon(
    rf"(?<![\w-])(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:(?:19|20)\d{{2}}|'?\d{{2}})"
    rf"|\d{{1,2}}(?:e|ste|de|\.)? (?:{MAANDEN})\.? {_JAAR}|\d{{1,2}}-(?:{MAANDEN})-{_JAAR}"
    rf"|(?:{_ENGELSE_MAANDEN}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{{1,2}}(?:st|nd|rd|th)?,? {_JAAR}"
    rf"|(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{{2}})(?![\w-])",
    re.IGNORECASE,
)
ROL = (r"moeder|vader|zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broer|broertje|zus|zusje|zuster|oma|opa|"
        r"tante|oom|neef|nicht|stiefvader|stiefmoeder|pleegvader|pleegmoeder|pleegkind|partner|ex-partner|"
        r"echtgeno(?:ot|te)|vriend|vriendin|buurvrouw|buurman|cliënt|client|cliente|jongere|meisje|jongen|"
        r"juf|meester|dokter|dr\.|gezin|familie|mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|heer|"
        r"klasgenoot|klasgenote|stiefzoon|stiefdochter|kleinzoon|"
        r"kleindochter|schoonmoeder|schoonvader|halfbroer|halfzus|halfzuster|grootmoeder|grootvader|grootouder|"
        r"overgrootmoeder|overgrootvader|stiefbroer|stiefzus|pleegzoon|pleegdochter|pleegouder|schoonzus|zwager|"
        r"schoonzoon|schoondochter|tweelingbroer|tweelingzus|peettante|peetoom|achterneef|achternicht")
# a word formed as a street, a school or an institution is no name, also after "Dr." ("Dr. Lelylaan")
GEEN_NAAMVORM = patroon(r"\w(?:straat|laan|weg|plein|gracht|kade|singel|dreef|school|college|lyceum|ziekenhuis|"
                           r"kliniek|instituut)$", re.IGNORECASE)
_GEBOORTECONTEXT = patroon(
    rf"(?:(?:\b(?:geboren|geb\.?|geboortedatum|geb\.?\s?d(?:at(?:um)?|tm)?\.?|geboortedag|verjaardag|jarig"
    rf"|date\s+of\s+birth|birth\s?date|dob|d\.o\.b\.?|born|berne|{GEBOORTELABELS}|{GEBOORTELABEL_OCR})|°)\)?(?:\s+en\s+-?plaats|(?:\s+(?:\w+|d\.d\.)){{0,2}})|\*"
    # the noun with a few words before its verb or colon: "de geboortedatum van de jongste is", "geboortedatum
    # volgens het paspoort:"
    rf"|\bgeboorte(?:datum|dag)(?:\s+(?!(?:en|of|maar|want|omdat|dat|is|was)\b)[\w'-]+){{0,4}}\s*(?:\s(?:is|was|luidt)|:)"
    rf"|\b(?:{ROL})\b[^.;:!?]{{0,25}}?[(,:]?\s*(?:geb\.?\s*|geboren\s*(?:op\s*)?)?\(?)\s*:?\s*(?:op\s+)?$",
    re.IGNORECASE,
)
# after a non-word character, or glued by a hyphen to the label bsn ("bsn-969 452 068")
_BSN_KANDIDAAT = patroon(r"(?:(?<![\w€$.,/-])|(?<=[Bb][Ss][Nn]-))(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3})"
                            r"(?![\w€]|[-.,/]\d)")
_BSN_CONTEXT = patroon(r"\b(?:bsn|b\.s\.n\.?|burgerservice\s?nummer|burgerservicenr|sofi(?:nummer|nr)?|"
                          r"sofi-nummer|bsn-nummer|bsn-nr)\b", re.IGNORECASE)
# a BSN word that may be glued to its number ("BSN123456782"); the last one before the number counts
_BSN_CONTEXT_LIJM = patroon(r"(?i:\b(?:bsn|b\.s\.n\.?|burgerservice\s?nummer|burgerservicenr|sofi(?:nummer|nr)?|"
                               r"sofi-nummer|bsn-nummer|bsn-nr))(?!.*(?i:bsn|sofi|burgerservice))", re.DOTALL)
_GEEN_BSN_WOORD = patroon(r"(?:\b(?:zaak|zaaknummer|zaaknr|kenmerk|registratie\w*|dossiernummer|dossiernr|"
                               r"factuur\w*|referentie\w*|ref|kvk|kvk-nummer|order\w*|klantnummer|polis\w*|"
                               r"meldingnummer|meldnummer|volgnummer|agb|agb-code|btw)\b\.?|€|"
                               r"\beur\b|\beuro\b)", re.IGNORECASE)
_BSN_WOORDSTAM = patroon(r"(?i:bsn|b\.s\.n|sofi|burgerservice)")
_BSN_ERNA = patroon(r"\s*\(\s*(?i:bsn|burgerservicenummer|sofinummer)\s*\)")
_ZWAK_GEEN_BSN_WOORD = patroon(r"\b(?:nr|nummer|code|id)\b\.?", re.IGNORECASE)
_BEDRAG_NA = patroon(r"\s*(?:euro|eur\b|,-|€)", re.IGNORECASE)
_IBAN_KANDIDAAT = patroon(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])")
_EMAIL = patroon(
    r"(?<![\w.+-])[\w.+-]{1,64}(?:@|\s?(?:\((?:at|apenstaartje)\)|\[(?:at|apenstaartje|@)\]|\(@\)|\{(?:at|@)\}| at | apenstaartje )\s?)"
    r"[\w-]{1,63}(?:\s?(?:\.|\(dot\)|\[dot\]|\(punt\)|\[punt\]| dot | punt )\s?[\w-]{1,63}){1,5}",
    re.IGNORECASE,
)
_TLD = patroon(r"(?:\.|\(dot\)|\[dot\]|\(punt\)|\[punt\]| dot | punt )\s?[A-Za-z]{2,24}$", re.IGNORECASE)
_KENTEKEN = patroon(
    r"(?<![\w-])(?:[B-DF-HJ-NP-TV-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[B-DF-HJ-NP-TV-Z]{2}|\d{2}-[B-DF-HJ-NP-TV-Z]{2}-\d{2}"
    r"|[B-DF-HJ-NP-TV-Z]{2}-\d{2}-[B-DF-HJ-NP-TV-Z]{2}|[B-DF-HJ-NP-TV-Z]{2}-[B-DF-HJ-NP-TV-Z]{2}-\d{2}"
    r"|\d{2}-[B-DF-HJ-NP-TV-Z]{2}-[B-DF-HJ-NP-TV-Z]{2}|(?i:\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2})"
    r"|[B-DF-HJ-NP-TV-Z]{2}-\d{3}-[B-DF-HJ-NP-TV-Z]|[B-DF-HJ-NP-TV-Z]-\d{3}-[B-DF-HJ-NP-TV-Z]{2}"
    r"|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}"
    r"|\d-[B-DF-HJ-NP-TV-Z]{2}-\d{3}|\d{3}-[B-DF-HJ-NP-TV-Z]{2}-\d)(?![\w-])"
    r"|(?i:kenteken(?:nummer)?\s*:?\s*)(?-i:[A-Z0-9]{1,3}[- ]?[A-Z0-9]{1,3}[- ]?[A-Z0-9]{1,3})(?![\w-]| \d)"
)
_KENTEKEN_TEKEN = patroon(r"(?i:[A-Z]-\d|\d-[A-Z])")


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
    yield from _bsns_met_losse_cijfers(tekst)
    yield from _bsns_na_label(tekst)
    yield from _bsns_van_acht_cijfers(tekst)
    kandidaten = list(_BSN_KANDIDAAT.finditer(tekst))
    if not kandidaten:
        return
    from stdnum.nl import bsn  # imported only when digits that could be one appear
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
        if _BSN_ERNA.match(tekst, treffer.end()) and bsn.is_valid(cijfers):
            yield Treffer("bsn", begin, treffer.end())  # "725763863 (BSN)"
            continue
        tegen = _direct_voor(tekst, geen_bsn, begin) or _ander_label(tekst, begin)
        zwak_tegen = _direct_voor(tekst, zwak, begin)
        if (_vlak_voor(bsn_woorden, begin, 40) and not _ander_label_na_bsn_woord(tekst, bsn_woorden, begin)) \
                or (treffer.group() != cijfers and not tegen):
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


# a label that names a number as something else than a BSN: a compound of nummer/nr/code ("klantnummer",
# "verwijsnummer", "productcode") anywhere in the clause before it, or a noun of a case or document directly
# before it ("zaak (644000132)", "Dossier 287776037:", "Toewijzing 272594908")
_SAMENGESTELD_LABEL = patroon(r"(?i:\b[^\W\d_]{3,}-?(?:nummer|nummers|nr|code|kenmerk)\b|\bkenmerk\b|\breferentie\b)")
# (not "aanvraag", "verzoek" or "melding": "aanvraag 497292889" is as often an application about a person)
_LABELNAAMWOORD = patroon(r"(?i:\b(?:zaak|dossier|casus|toewijzing|beschikking|factuur|registratie|order|polis|"
                             r"klant|contract|product|rekening|ticket|bestelling|machtiging|declaratie)"
                             r"\s*(?:nummer|nr\.?|no\.?|#)?\s*[(:#]?\s*)$")
_CLAUSULEGRENS = patroon(r"[.!?;]\s|\n\s*\n|\s[-–]\s")


def _ander_label(tekst: str, begin: int) -> bool:
    """Whether the number at `begin` is labelled as something else than a BSN (a BSN word near it wins)."""
    voor = tekst[max(0, begin - 60):begin]
    if (grenzen := list(_CLAUSULEGRENS.finditer(voor))):
        voor = voor[grenzen[-1].end():]
    voor = re.sub(r"\s+", " ", voor)
    return _SAMENGESTELD_LABEL.search(voor) is not None or _LABELNAAMWOORD.search(voor) is not None


def _ander_label_na_bsn_woord(tekst: str, bsn_woorden: list[int], begin: int) -> bool:
    """Whether another label stands between the last BSN word and the number ("BSN van moeder volgt; dossiernummer
    1922 85 142"): the number is that label's."""
    tussen = tekst[bsn_woorden[bisect.bisect_right(bsn_woorden, begin) - 1]:begin]
    return _GEEN_BSN_WOORD.search(tussen) is not None or _SAMENGESTELD_LABEL.search(tussen) is not None


# nine digits in any grouping a form or a person uses ("12.34.56.789", "12345 6789", "1234 56 789"), also glued to
# the label ("BSN123456782", "BSN1234 56 789"): a BSN only right after a BSN word
_GEGROEPEERD = patroon(r"(?:(?<![\w€$.,/-])|(?<=[Bb][Ss][Nn])|(?<=[A-Za-z]\.))\d{2,9}(?:[ .]\d{2,5}){0,3}(?![\w€]|[-.,/]\d)")


def _bsns_na_label(tekst: str) -> Iterator[Treffer]:
    """A BSN in any grouping of its nine digits right after a BSN word (at most 25 characters before it, with no
    other label between)."""
    if _BSN_WOORDSTAM.search(tekst) is None:  # no label anywhere: nothing to look up per number
        return
    for treffer in _GEGROEPEERD.finditer(tekst):
        cijfers = re.sub(r"\D", "", treffer.group())
        if not _elfproef(cijfers):
            continue
        voor = max(0, treffer.start() - 25)
        label = _BSN_CONTEXT_LIJM.search(tekst, voor, treffer.start())
        if label is None or _ander_label_na_bsn_woord(tekst, [label.end()], treffer.start()):
            continue
        from stdnum.nl import bsn

        if bsn.is_valid(cijfers):
            yield Treffer("bsn", treffer.start(), treffer.end())


_LOSSE_CIJFERS = patroon(r"(?<![\w.,/-])\d(?:[ .-]\d){8}(?![\w]|[.,/-]?\d)")


def _bsns_met_losse_cijfers(tekst: str) -> Iterator[Treffer]:
    """A BSN written digit by digit ("1 2 3 4 5 6 7 8 2") right after a BSN word."""
    for treffer in _LOSSE_CIJFERS.finditer(tekst):
        cijfers = re.sub(r"\D", "", treffer.group())
        if _elfproef(cijfers) and _BSN_CONTEXT.search(_context_voor(tekst, treffer.start(), 25)):
            from stdnum.nl import bsn

            if bsn.is_valid(cijfers):
                yield Treffer("bsn", treffer.start(), treffer.end())


_ACHT_CIJFERS = patroon(r"(?<![\w€$.,/-])\d{8}(?![\w/-]|[.,]\d)")


def _bsns_van_acht_cijfers(tekst: str) -> Iterator[Treffer]:
    """A BSN whose leading zero was dropped (eight digits, "12345672"), only right after a BSN word: the
    eleven test holds on the nine digits with the zero in front."""
    for treffer in _ACHT_CIJFERS.finditer(tekst):
        cijfers = "0" + treffer.group()
        if _elfproef(cijfers) and _BSN_CONTEXT.search(_context_voor(tekst, treffer.start(), 25)):
            from stdnum.nl import bsn

            if bsn.is_valid(cijfers):
                yield Treffer("bsn", treffer.start(), treffer.end())


def _ibans(tekst: str) -> Iterator[Treffer]:
    for treffer in _IBAN_KANDIDAAT.finditer(tekst):
        from stdnum import iban  # imported only when a candidate appears
        kandidaat = treffer.group()
        # the candidate may run on into following capitals: try the longest valid prefix
        for eind in range(len(kandidaat), 14, -1):
            deel = kandidaat[:eind].rstrip()
            if deel and deel[:2].isalpha() and (deel[:2].isupper() or deel[:2].islower()) \
                    and iban.is_valid(deel.upper(), check_country=False):  # any bank, also one stdnum lacks
                yield Treffer("iban", treffer.start(), treffer.start() + len(deel))
                break


_EMAIL_MET_SPATIES = patroon(r"(?<![\w.+-])[\w+-]{1,64}(?:(?:[ ]{0,3}\.[ ]{0,3}|[ ]{1,3}(?i:punt|dot)[ ]{1,3})"
                                r"[\w+-]{1,64}){0,4}[ ]{1,3}@[ ]{1,3}"
                                r"[\w-]{1,63}(?:[ ]{0,3}\.[ ]{0,3}[\w-]{1,63}){0,4}[ ]{0,3}\.[ ]{0,3}[A-Za-z]{2,24}(?![\w-])")


@functools.cache
def rolmailboxen() -> frozenset[str]:
    """The words of a role mailbox's local part (`rolmailboxen.txt` beside this module)."""
    regels = Path(__file__).with_name("rolmailboxen.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(r.strip().casefold() for r in regels if r.strip() and not r.startswith("#"))


def _functioneel(adres: str, volledig: bool) -> bool:
    """Whether an e-mail address is a mailbox of an organisation ("info@", "wijkteam.noord@", "wmo-loket@",
    "cjg@cjgrijnmond.nl", "fg@gouda.nl"): an abbreviation at a gemeente's domain, or every part of its local
    part is a role word (`rolmailboxen.txt`), an abbreviation that stands in the domain too, or (with `volledig`)
    a Dutch word or place (wordfreq), never a person's name."""
    lokaal, _, domein = adres.partition("@")
    lokaal = lokaal.strip().casefold()
    domein = re.sub(r"\s", "", domein).casefold()
    if lokaal in rolmailboxen() or _afkorting_van_gemeente(lokaal, domein):
        return True
    if volledig and "_" in lokaal and _na_woorden_van_een_zin(lokaal, domein):
        return True
    delen = [d for d in re.split(r"[._-]+", lokaal) if d]
    return bool(delen) and all(_rolwoord(deel, domein, volledig) for deel in delen)


def _na_woorden_van_een_zin(lokaal: str, domein: str) -> bool:
    """A file name writes the spaces of a sentence as underscores: "vragen_via_meldpunt@vtnoord.nl" is a role mailbox
    after common Dutch words, never after a name ("fatima_info@...")."""
    from .lijsten import achternamen, frequentie, voornamen_wereld

    kop, _, staart = lokaal.rpartition("_")
    if not staart or not _functioneel(f"{staart}@{domein}", volledig=True):
        return False
    woorden = [w for w in kop.split("_") if w]
    return bool(woorden) and all(frequentie(w) >= 3.0 and (frequentie(w) >= 5.0 or (
        w not in voornamen_wereld() and w not in achternamen())) for w in woorden)


def _afkorting_van_gemeente(lokaal: str, domein: str) -> bool:
    """An abbreviation as the whole mailbox of a gemeente's own domain ("fg@gouda.nl", "sdv@bodegraven-reeuwijk.nl"):
    a desk or an officer; a gemeente gives a person a mailbox with a name, not letters without a vowel."""
    from ..gemeenten import nederlandse_gemeenten

    if not re.fullmatch(r"[a-z][b-df-hj-np-tv-z]{1,4}", lokaal):
        return False
    return domein.partition(".")[0].removeprefix("gemeente") in nederlandse_gemeenten()


def _rolwoord(deel: str, domein: str, volledig: bool) -> bool:
    if deel in rolmailboxen():
        return True
    if re.fullmatch(r"[a-z]{2,5}", deel) and deel in domein.split(".")[0] and not re.search(r"[aeiouy]", deel[1:]) \
            and len(deel) >= 3:
        return True  # an abbreviation of the organisation that owns the domain: "cjg@cjgrijnmond.nl"
    if not volledig or not re.fullmatch(r"[a-z]{4,}", deel):
        return False
    from .lijsten import achternamen, frequentie, plaatsnamen, samenstelling, voornamen_wereld

    if deel in voornamen_wereld() or deel in achternamen():
        return False
    kern = deel.removesuffix("s")
    return deel in plaatsnamen() or frequentie(deel) >= 3.0 or frequentie(kern) >= 3.0 or samenstelling(kern)


def _emails(tekst: str, volledig: bool = False) -> Iterator[Treffer]:
    for treffer in _emails_alle(tekst):
        if not _functioneel(tekst[treffer.begin:treffer.eind], volledig):  # "mailto:" belongs to the address
            mailto = tekst[max(0, treffer.begin - 7):treffer.begin].casefold() == "mailto:"
            yield Treffer("e-mail", treffer.begin - 7 * mailto, treffer.eind)


def _emails_alle(tekst: str) -> Iterator[Treffer]:
    if "@" in tekst:
        for treffer in _EMAIL_MET_SPATIES.finditer(tekst):
            yield Treffer("e-mail", treffer.start(), treffer.end())
    laag = tekst.casefold()
    if "@" not in tekst and not any(w in laag for w in (" at ", "(at)", "[at]", "{at}", "apenstaartje")):
        return
    for treffer in _EMAIL.finditer(tekst):
        waarde = treffer.group()
        if "@" in waarde or _TLD.search(waarde):
            yield Treffer("e-mail", treffer.start(), treffer.end())


_GEBOORTE_TEKEN = patroon(rf"(?<![^\W\d_])(?=[A-Za-zÀ-ÿ])(?i:geb|jarig|verjaardag|birth|dob|d\.o\.b|born|berne"
                          rf"|{GEBOORTELABELS}|{ROL})|°|\*")


_NAAM_HAAKJE = patroon(r"\b([A-Z][a-zà-ÿ]+)\s*\(\s*(?:geb\.?\s*|\*\s*)?$")
_GEBOREN_NA = patroon(r"[\s,)]{0,3}(?:\w+\s+){0,3}(?:geboren|ter wereld gekomen)\b"
                         r"|\s*\(\s*(?:geboortedatum|geb\.?\s?datum|geb\.?|dob)\s*\)", re.IGNORECASE)
_GEEN_GEBOORTE = patroon(r"\b(?:sinds|vanaf|per|tot|tussen|na|tijdens|levert|leverde|is|was|werd|wordt|heeft|had|"
                            r"hebben|hebt|zijn|waren|gehad|op|bij|met|door|aan|naar|om|"
                            r"op\s+de\s+hoek|aangemeld|verhuisd|gestart|begonnen|gestopt|afgesproken)\b", re.IGNORECASE)
# a child or parent heading its date in a list of the family: "Kinderen: zoon 12-03-2009, dochter 04-05-2012",
# "kind 1: 12-03-2009"; not after an activity ("Gesprek moeder 12-03-2016")
_IN_OPSOMMING = patroon(r"(?:\A|[:,;(]|\ben)\s*(?i:zoon|dochter|kind|broer|broertje|zus|zusje|baby|moeder|vader"
                           r"|pleegzoon|pleegdochter|stiefzoon|stiefdochter|jongste|oudste)(?:\s*\d)?\s*:?\s*$")
_GEBOORTEWOORD = patroon(r"(?:\bgeb\b|\bgeb\.|\bgebd(?:at|tm|\.)|geboren|birth\s?date"
                            r"|geboorte|jarig|verjaardag|°|\*|\bdate\s+of\s+birth|\bdob\b"
                            r"|\bd\.o\.b\b"
                            rf"|\bborn\b|\bberne\b|\b(?:{GEBOORTELABELS}|{GEBOORTELABEL_OCR}))", re.IGNORECASE)


def _geboortedata(tekst: str) -> Iterator[Treffer]:
    datums = list(_DATUM.finditer(tekst))
    if not datums:
        return
    tekens = [m.end() for m in _GEBOORTE_TEKEN.finditer(tekst)]  # the context check only runs near one of these
    for treffer in datums:
        if _GEBOREN_NA.match(tekst, treffer.end()):  # "is op 12-03-2014 geboren"
            yield Treffer("geboortedatum", treffer.start(), treffer.end())
            continue
        haakje = "(" in tekst[max(0, treffer.start() - 8):treffer.start()]  # only then the name check
        naam = _NAAM_HAAKJE.search(_context_voor(tekst, treffer.start(), 30)) if haakje else None
        if naam is not None and naam.group(1) in lijst("names/lst_first_name"):
            yield Treffer("geboortedatum", treffer.start(), treffer.end())  # "Kevin (03-04-2012)"
            continue
        plaats = bisect.bisect_right(tekens, treffer.start()) - 1
        if plaats < 0 or treffer.start() - tekens[plaats] > 45:
            continue
        voor = _context_voor(tekst, treffer.start(), 45)
        if not _GEBOORTECONTEXT.search(voor):
            continue
        if _GEBOORTEWOORD.search(voor):
            yield Treffer("geboortedatum", treffer.start(), treffer.end())
        elif _IN_OPSOMMING.search(tekst, max(0, treffer.start() - 30), treffer.start()) \
                and re.match(r"\s*(?:[,;)]|$|en\b)", tekst[treffer.end():]):
            yield Treffer("geboortedatum", treffer.start(), treffer.end())  # "Kinderen: zoon 12-03-2009, dochter ..."
        elif not _GEEN_GEBOORTE.search(voor) and re.search(r"[(,]\s*$", voor) \
                and re.match(r"\s*(?:[),]|$)", tekst[treffer.end():]):
            # a role alone makes a date a birth date only as an aside: "zoon (03-04-2012)", "dochter,
            # 3-4-2012, zit in groep 5"; not "Gesprek moeder 12-03-2016: ..." or "Moeder, 12-03-2016: belt"
            yield Treffer("geboortedatum", treffer.start(), treffer.end())


def _kentekens(tekst: str) -> Iterator[Treffer]:
    if "kenteken" in tekst.casefold() or _KENTEKEN_TEKEN.search(tekst):
        for treffer in _KENTEKEN.finditer(tekst):
            yield Treffer("kenteken", treffer.start(), treffer.end())
    yield from kentekens_na_voertuig(tekst, _KENTEKEN)  # "busje met kb-150-r", "auto G37ZPX"
    yield from kentekens_in_groepen(tekst, _KENTEKEN)  # "3-ht-679", "TND 87 G"
    yield from buitenlandse_kentekens(tekst)  # "auto 1-WDY-428", "kenteken MG-XW 7904"
