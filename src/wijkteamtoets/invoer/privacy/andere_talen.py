"""Words of other languages and of spoken Dutch that are no person, and names of data fields.

* Frisian and English function words in a sentence of that language ("it wykteam hat it plan net op 'e tiid
  besprutsen", "shared his IBAN for the trip"): a sentence with two or more words only Frisian (or English) writes
  is that language, and its function words written in lowercase are words, not names;
* the interjections, greetings and words of spoken Surinamese, Antillean and Moroccan Dutch and of the street in
  lowercase ("boi", "tan bun", "no span", "dushi", "yu sabi", "ewa sahbi", "wollah", "tantoe skeer");
* the name of a data field as a table's header or a form writes it ("Client;Adres;IBAN", "BSN", "KvK");
* at the edge of a name (`zonder_andere_taal`), the words of a sentence in Papiamento, Frisian, Polish or Turkish
  mixed into Dutch ("Segun e mama, tur kos ta bai bon", "Mem hat in petear hân", "we bellen over szkoła jutro"),
  words for family members in the languages of the families a wijkteam meets ("Annem zegt", "Annesi Ayşe Yılmaz")
  and interjections of spoken Dutch from Arabic ("Hamdoulillah"): data in `andere-talen.txt` (kept by hand, for the
  languages wordfreq has no list of) and `woorden-andere-talen.txt` (made from wordfreq by
  `scripts/maak_woorden_andere_talen.py`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..patronen import patroon
from .naamwoorden import NAAMDEEL
from .treffer import Treffer

# words only Frisian writes (no Dutch word in this form)
_FRIES = frozenset({"it", "hat", "fan", "wer", "nei", "bern", "mem", "heit", "yn", "ek", "sil", "wurdt", "giet", "hie", "sy",
                    "mear", "skille", "skilje", "húsbesite",
                    "gjin", "har", "mar", "sjocht", "sein", "fynt", "stiet", "wol", "wy", "jo", "dizze", "hjir", "dêr",
                    "makket", "soargen", "skoalle", "út", "oer", "troch", "tiid", "'e", "net", "op", "mei", "de", "en"})
_ALLEEN_FRIES = frozenset({"it", "hat", "fan", "wer", "nei", "bern", "yn", "ek", "sil", "wurdt", "giet", "hie", "gjin", "sy",
                           "mear", "skille", "skilje",
                           "sjocht", "fynt", "stiet", "dizze", "hjir", "dêr", "makket", "soargen", "skoalle", "út", "tiid"})
# words only English writes, and English function words
_ENGELS = frozenset({"the", "his", "her", "their", "they", "she", "he", "with", "for", "from", "and", "of", "to", "is",
                     "was", "has", "had", "shared", "said", "says", "moved", "still", "enrolled", "family", "child",
                     "school", "file", "note", "today", "rather", "than", "by", "phone", "prefers", "via", "at", "trip",
                     "reimbursement", "last", "month", "spoke", "mother", "father", "contact"})
_ALLEEN_ENGELS = frozenset({"the", "his", "their", "they", "she", "with", "from", "and", "of", "shared", "said", "says",
                            "moved", "still", "enrolled", "rather", "than", "prefers", "spoke", "today"})
# interjections, greetings and words of spoken Surinamese, Antillean and Moroccan Dutch and of the street, in
# lowercase ("tan bun", "ewa sahbi", "yu sabi fa a de", "wollah", "tantoe skeer", "mi lobi mi pikin"); a word that is
# also a first name ("ewa", "yu", "mattie") only in a fixed phrase
_SPREEKTAAL = patroon(r"(?<![\w'’-])(?:tan\s+bun|no\s+span|fa\s+waka|mi\s+boi|boi|dushi|danki|kon\s+ta\s+bai"
                      r"|bon\s+dia|bon\s+nochi|bon\s+tardi|pasa\s+bon|ewa(?=\s+sahbi)|(?:mi|yu|a)\s+(?:no\s+)?sabi|sabi"
                      r"|fawaka|tranga\s+yesi|lobi|pikin|famiri|switi|wakti|granman|bakra|fowtu|sahbi|wollah|wallah"
                      r"|wallahi|walla|wellah|inshallah|mashallah|hamdullah|hamdulillah|alhamdulillah|yallah|yalla|wesh"
                      r"|zahma|akhi|khoya|wejo|skeer|tantoe|doekoe|waggie|fissa|mocro|osso|patta)(?![\w'’-])")
# names of data fields, in capitals or as a header writes them
_VELD = patroon(r"(?<![\w-])(?:IBAN|BIC|BSN|KvK|KVK|SWIFT)(?![\w-])")
_ZIN = patroon(r"[^.!?;:\n]+")
_WOORD = patroon(r"'e|[^\W\d_]+(?:['’][^\W\d_]+)?")


def geen_persoon_in_taal(tekst: str) -> list[tuple[int, int]]:
    """Spans of function words of Frisian and English sentences, of spoken interjections and of field names."""
    spans = [m.span() for m in _SPREEKTAAL.finditer(tekst)] + [m.span() for m in _VELD.finditer(tekst)]
    for zin in _ZIN.finditer(tekst):
        woorden = list(_WOORD.finditer(zin.group()))
        laag = {w.group() for w in woorden}
        for alleen, taal in ((_ALLEEN_FRIES, _FRIES), (_ALLEEN_ENGELS, _ENGELS)):
            if len(laag & alleen) >= 2:
                spans += [(zin.start() + w.start(), zin.start() + w.end()) for w in woorden if w.group() in taal]
    return spans


# --- words of other languages at the edge of a name ------------------------------------------------------------

_GRENS_NEDERLANDS = 4.0  # a word at least this common in Dutch (wordfreq's Zipf) is a Dutch word too
_ZINSEINDE = patroon(r"[.!?;:\n]")
_NAAMWOORD = patroon(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ZINSBEREIK = 200  # how far the sentence around a name is read (linear on a text without sentence ends)


@dataclass(frozen=True)
class _Talen:
    """The words of `andere-talen.txt` and `woorden-andere-talen.txt`: per language its words and whether they are
    kept by hand (checked words, no names) or taken from wordfreq (which also counts names); family words;
    interjections."""

    woorden: dict[str, frozenset[str]]
    met_de_hand: frozenset[str]
    familie: frozenset[str]
    uitroep: frozenset[str]


@functools.cache
def _talen() -> _Talen:
    secties: dict[str, set[str]] = {}
    hand: set[str] = set()
    for bestand in ("andere-talen.txt", "woorden-andere-talen.txt"):
        sectie = ""
        try:
            regels = Path(__file__).with_name(bestand).read_text(encoding="utf-8").splitlines()
        except OSError:  # pragma: no cover - shipped with the package
            continue
        for regel in regels:
            regel = regel.split("#")[0].strip()
            if regel.startswith("[") and regel.endswith("]"):
                sectie = regel[1:-1]
                if bestand == "andere-talen.txt":
                    hand.add(sectie)
            elif regel and sectie:
                secties.setdefault(sectie, set()).update(w.casefold() for w in regel.split())
    familie, uitroep = secties.pop("familie", set()), secties.pop("uitroep", set())
    return _Talen({taal: frozenset(w) for taal, w in secties.items()}, frozenset(hand - {"familie", "uitroep"}),
                  frozenset(familie), frozenset(uitroep))


def familiewoord(woord: str) -> bool:
    """Whether `woord` is a word for a family member in a language of `andere-talen.txt` ("Mama", "Tata", "Annesi")."""
    return woord.casefold() in _talen().familie


def _een_naam(laag: str) -> bool:
    """Whether a name list knows `laag` (case-folded) as a first name or a surname."""
    from .lijsten import achternamen, voornamen_wereld

    return laag in voornamen_wereld() or laag in achternamen()


def _van_taal(woord: str, taal: str) -> bool:
    """Whether `woord` is a word of `taal` and no name: of its list kept by hand in small letters, or in any case
    one that no name list knows (wordfreq's lists count names too: "ayşe", "yılmaz")."""
    talen = _talen()
    laag = woord.casefold()
    if laag not in talen.woorden[taal]:
        return False
    return (taal in talen.met_de_hand and woord.islower()) or not _een_naam(laag)


def _talen_van_zin(zin: str) -> frozenset[str]:
    """The languages a sentence is written in besides Dutch: two or more of its words are words of that language
    that are no common Dutch word ("Dobrze, we bellen over szkoła jutro": Polish; "Segun e mama, tur kos ta bai
    bon": Papiamento)."""
    from .lijsten import frequentie

    woorden = {w.group(): w.group().casefold() for w in _NAAMWOORD.finditer(zin)}
    vreemd = [w for w, laag in woorden.items() if frequentie(laag) < _GRENS_NEDERLANDS]
    return frozenset(taal for taal in _talen().woorden if len({w.casefold() for w in vreemd if _van_taal(w, taal)}) >= 2)


# Turkish possessive endings, longest first: "hocam" (my teacher), "komşumuz" (our neighbour), "kızı" (her daughter)
_BEZIT = ("ımız", "imiz", "umuz", "ümüz", "ları", "leri", "mız", "miz", "muz", "müz", "ım", "im", "um", "üm", "sı",
          "si", "su", "sü", "m")


def _turks_bezit(laag: str) -> bool:
    """A Turkish word for a family member or a person around the family with a possessive ending ("Hocam zegt",
    "Komşumuz belt"): a role, no name (a surname formed so stays one: "Yıldırım" is no "yıldır" with "-ım")."""
    familie = _talen().familie
    for uitgang in _BEZIT:
        stam = laag[:-len(uitgang)]
        if laag.endswith(uitgang) and len(stam) >= 3 and stam in familie:
            return not _een_naam(stam)
    return False


def _woord_van_andere_taal(woord: str, zinsbegin: bool, talen_van_zin: frozenset[str]) -> bool:
    """Whether a word at the edge of a name is no part of it: a word for a family member, a Turkish noun with a
    possessive ending or an interjection that no name list knows ("Annem", "Hocam", "Hamdoulillah"), or a word of
    the sentence's other language in small letters or opening the sentence ("Segun e mama")."""
    talen = _talen()
    laag = woord.casefold()
    if (laag in talen.familie or laag in talen.uitroep or _turks_bezit(laag)) and not _een_naam(laag):
        return True
    return (woord.islower() or zinsbegin) and any(_van_taal(woord, taal) for taal in talen_van_zin)


def _taalwoord_in_zin(woord: str, talen_van_zin: frozenset[str]) -> bool:
    """Whether a word of a name found in a sentence of another language is a word of that language: of its list, or
    for a language whose list is kept by hand (and so is short) any word in small letters that is no Dutch word
    and that no name list knows ("jo hawwe in soad stipe krigen")."""
    if any(_van_taal(woord, taal) for taal in talen_van_zin):
        return True
    if not woord.islower() or not talen_van_zin & _talen().met_de_hand:
        return False
    from .lijsten import frequentie

    laag = woord.casefold()
    return frequentie(laag) < 2.0 and not _een_naam(laag)


def zonder_andere_taal(tekst: str, treffers: list[Treffer]) -> list[Treffer]:
    """`treffers` with every name cut short by the words of other languages at its edges (see
    `_woord_van_andere_taal`: "Annesi Ayşe Yılmaz" becomes "Ayşe Yılmaz"), and left out when no word of it is left
    or every word left is a word of its sentence's other language ("bai bon", "hat in petear hân")."""
    if not any(t.soort == "naam" for t in treffers):
        return treffers
    uit: list[Treffer] = []
    talen_per_zin: dict[int, frozenset[str]] = {}
    for treffer in treffers:
        if treffer.soort != "naam":
            uit.append(treffer)
            continue
        van = max(0, treffer.begin - _ZINSBEREIK)
        begin_zin = max((m.end() for m in _ZINSEINDE.finditer(tekst, van, treffer.begin)), default=van)
        einde = _ZINSEINDE.search(tekst, treffer.eind, min(len(tekst), treffer.eind + _ZINSBEREIK))
        if begin_zin not in talen_per_zin:
            talen_per_zin[begin_zin] = _talen_van_zin(tekst[begin_zin:einde.start() if einde else treffer.eind + _ZINSBEREIK])
        ingekort = _ingekort(tekst, treffer, begin_zin, talen_per_zin[begin_zin])
        if ingekort is not None:
            uit.append(ingekort)
    return uit


def _ingekort(tekst: str, treffer: Treffer, begin_zin: int, talen_van_zin: frozenset[str]) -> Treffer | None:
    """A name of `zonder_andere_taal` without the words of other languages at its edges; None when none is left."""
    woorden = list(_NAAMWOORD.finditer(tekst, treffer.begin, treffer.eind))
    eerste = next(_NAAMWOORD.finditer(tekst, begin_zin, treffer.eind), None)
    weg = [_woord_van_andere_taal(w.group(), eerste is not None and w.start() == eerste.start(), talen_van_zin)
           for w in woorden]
    voor, na = 0, len(woorden)
    while voor < na and weg[voor]:
        voor += 1
    while na > voor and weg[na - 1]:
        na -= 1
    # an interfix the cut laid bare is no name by itself ("chodzi do szkoły" is no "do")
    while voor and voor < na and woorden[voor].group().casefold() in NAAMDEEL:
        voor += 1
    while na < len(woorden) and na > voor and woorden[na - 1].group().casefold() in NAAMDEEL:
        na -= 1
    over = woorden[voor:na]
    if not over or all(_taalwoord_in_zin(w.group(), talen_van_zin) for w in over):
        return None
    return Treffer("naam", over[0].start() if voor else treffer.begin, over[-1].end() if na < len(woorden) else treffer.eind)
