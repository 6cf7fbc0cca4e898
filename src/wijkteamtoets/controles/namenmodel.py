"""deduce at the size the privacy scan uses: only its name annotators, their lists and the whitelist.

Every other kind (BSN, IBAN, phone numbers, e-mail, addresses, dates) is found by the libraries made for it
(python-stdnum, phonenumbers) and by `invoer.privacy`, so deduce's location, institution, date and
identifier annotators and their large lookup tries are never built. The name lookup structures are built
in seconds, written once per machine and deduce version as one file that is published atomically (a
temporary file, then a rename). Loading takes no lock: only building does, so one process builds while the
others wait for that one file, and every later process simply reads it.

`zoek_volledig` is the full scan of one text: the detectors of `invoer.privacy` plus the names deduce finds,
given to deduce in bounded pieces so its time stays linear in the length of the text.
"""

from __future__ import annotations

import bisect
import copy
import functools
import gc
import logging
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..invoer.patronen import patroon
from ..invoer.privacy import Treffer, normaliseer_met_bron, zoek_genormaliseerd, zonder_overlap
from ..invoer.privacy.andere_talen import zonder_andere_taal
from ..invoer.privacy.breed import geen_persoon_spans
from ..invoer.privacy.detectoren import ROL
from ..invoer.privacy.lijsten import GEEN_NAAM, frequentie, gewone_woorden, lijst, plaatsnamen, voornamen_wereld
from ..invoer.privacy.normaliseren import met_regeleinden
from ..invoer.privacy.onderwerp import gewoon_woord_als_onderwerp
from ..invoer.privacy.tabelcellen import binnen_cellen
from ..invoer.privacy.vormen import komma_namen
from . import cache
from .pakketten import versie

_LIJSTEN = ["names/lst_first_name", "names/lst_initial", "names/lst_interfix", "names/lst_interfix_surname",
            "names/lst_prefix", "names/lst_surname", "whitelist/lst_common_word", "whitelist/lst_eponymous_disease",
            "whitelist/lst_medical_term", "whitelist/lst_stop_word"]
"""The source lists deduce's name annotators and whitelist read (see deduce's `base_config.json`)."""


_VORM = 3
"""The version of the file's content (3: the tries as flat tables, each read when first needed); another version is
built anew."""


def _bouw(lijstmap: Path, tokenizer: Any) -> Any:
    """The lookup structures the name annotators use, built from deduce's source lists (a few seconds); the tries
    as flat tables (`deducestukken.PlatteTrie`), which load from the pickle three times faster."""
    import docdeid as dd
    from deduce import lookup_struct_loader as laden  # type: ignore[import-untyped]
    from deduce.lookup_structs import load_raw_itemsets  # type: ignore[import-untyped]

    from .deducestukken import PlatteTrie

    ruw = load_raw_itemsets(base_path=lijstmap, subdirs=_LIJSTEN)
    structuren = dd.ds.DsCollection()  # type: ignore[attr-defined]
    for naam in ("initial", "interfix_surname"):  # plain sets, as deduce makes every list without a loader
        verzameling = dd.ds.LookupSet()  # type: ignore[attr-defined]
        verzameling.add_items_from_iterable(ruw[naam])
        structuren[naam] = verzameling
    structuren["prefix"] = laden.load_prefix_lookup(ruw)
    structuren["interfix"] = laden.load_interfix_lookup(ruw)
    structuren["whitelist"] = laden.load_whitelist_lookup(ruw)
    structuren["first_name"] = PlatteTrie.van(laden.load_first_name_lookup(ruw, tokenizer))
    structuren["surname"] = PlatteTrie.van(laden.load_surname_lookup(ruw, tokenizer))
    structuren["eponymous_disease"] = PlatteTrie.van(laden.load_eponymous_disease_lookup(ruw, tokenizer))
    return structuren


def _bestand() -> Path:
    return cache.gebruikersmap() / f"deduce-namen-{versie('deduce')}-{_VORM}.pickle"


def _structuren(lijstmap: Path, tokenizer: Any) -> Any:
    """The name lookup structures: read when built before (and authentic: a pickle is code, so a file that was
    changed or planted is never loaded), otherwise built once and published (`cache.afgeleid_bestand`); built in
    memory for this process only when there is no cache folder."""
    data = cache.afgeleid_bestand(_bestand(), lambda: pickle.dumps(_bouw(lijstmap, tokenizer),
                                                                   protocol=pickle.HIGHEST_PROTOCOL))
    if data is None:
        return _bouw(lijstmap, tokenizer)
    uit = gc.isenabled()
    gc.disable()  # a million small objects: the collector would walk them again and again while they are made
    try:
        return pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return _bouw(lijstmap, tokenizer)
    finally:
        # they live as long as the process: out of the collector's sight, or every later collection of the
        # older generations walks them again (0.04 s each, three or more in a scan)
        gc.freeze()
        if uit:
            gc.enable()


@functools.cache
def model() -> Any:
    """deduce with only its name annotators (group ``names``) and the post-processing that merges adjacent
    names; ``model().deidentify(tekst).annotations`` are the names deduce finds."""
    from .deducestukken import dd, deduce, zonder_numpy  # deduce without numpy: see there

    Deduce = deduce.Deduce
    vorige = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        configuratie = copy.deepcopy(dict(Deduce._initialize_config(load_base_config=True, user_config=None)))
        configuratie["annotators"] = {naam: instelling for naam, instelling in configuratie["annotators"].items()
                                      if instelling.get("group") == "names"}
        lijstmap = Path(deduce.__file__).parent / "data" / "lookup"
        tokenizer = Deduce._initialize_tokenizer(lijstmap)
        structuren = _structuren(lijstmap, tokenizer)
        slank = Deduce.__new__(Deduce)
        dd.DocDeid.__init__(slank)  # type: ignore[attr-defined]
        slank.config = configuratie
        slank.lookup_data_path = slank.cache_path = lijstmap
        slank.tokenizers = {"default": tokenizer}
        slank.lookup_structs = structuren
        slank.processors = deduce.deduce._DeduceProcessorLoader().load(config=configuratie,
                                                         extras={"tokenizer": tokenizer, "ds": structuren})
        zonder_numpy(slank.processors)
        slank.processors["post_processing"].remove_processor("redactor")  # only the annotations are read, not the
        # text with every name replaced (the redactor's grouping of similar names would also import rapidfuzz)
    finally:
        logging.disable(vorige)
    return slank


# --- names found by deduce ------------------------------------------------------------------------------

_GEEN_PERSOON = patroon(r"(?i:gemeente|wijkteam|team|jeugd|zorg|veilig|thuis|stichting|school|raad|ggd|ggz|"
                        r"centrum|instelling|inspectie|ministerie|politie|rechtbank|regio|huis|plein|loket|"
                        r"sociaal|wijk|buurt|dienst|afdeling|bureau|college|kantoor|punt|netwerk|platform)")


# a street is the address detector's business (deduce's full model let its street annotators win there)
_STRAATWOORD = patroon(r"(?:^|\s)(?:Laan|Weg|Straat|Plein|Kade|Singel|Gracht|Dijk|Hof|Markt|Park|Dreef)(?:\s|$)"
                       r"|\w(?:straat|laan|weg|plein|kade|singel|gracht|dijk|dreef|steeg)\b")


_AANSPREKING = patroon(rf"(?:(?i:{ROL})\s+)+")


_STUK_HOOFDLETTERWOORDEN = 24  # deduce merges adjacent names recursively: its time grows with the cube of a run
_STUK_TEKENS = 2000
_STUK_OVERLAP = 6  # words repeated at the start of the next piece, so a name or its context is never cut


def _stukken(tekst: str) -> Iterator[tuple[int, int]]:
    """`tekst` as overlapping pieces (begin, end) of bounded size for deduce: a line, cut where it holds more
    than `_STUK_HOOFDLETTERWOORDEN` capitalised words or `_STUK_TEKENS` characters. This keeps deduce's time
    linear in the length of the text (a line of 200,000 names otherwise takes hours or overflows the stack)."""
    for regel in re.finditer(r"[^\n]+", tekst):
        woorden = [(w.start(), w.end(), w.group()[:1].isupper()) for w in re.finditer(r"\S+", regel.group())]
        eerste = 0
        while eerste < len(woorden):
            laatste, hoofdletters = eerste, 0
            while laatste < len(woorden):
                hoofdletters += woorden[laatste][2]
                if laatste > eerste and (hoofdletters > _STUK_HOOFDLETTERWOORDEN
                                         or woorden[laatste][1] - woorden[eerste][0] > _STUK_TEKENS):
                    break
                laatste += 1
            yield regel.start() + woorden[eerste][0], regel.start() + woorden[laatste - 1][1]
            if laatste >= len(woorden):
                break
            eerste = max(eerste + 1, laatste - _STUK_OVERLAP)


def _al_gevonden(tekst: str, begin: int, eind: int, begins: list[int], treffers: list[Treffer]) -> bool:
    """Whether every capitalised word in tekst[begin:eind] lies inside a finding of the fast scan (then deduce
    has nothing to add there)."""
    for woord in re.finditer(r"\S+", tekst[begin:eind]):
        if not woord.group()[:1].isupper():
            continue
        plek = bisect.bisect_right(begins, begin + woord.start()) - 1
        if plek < 0 or treffers[plek].eind < begin + woord.end():
            return False
    return True


def _namen_volgens_deduce(tekst: str, snel: list[Treffer]) -> Iterator[Treffer]:
    """Names deduce finds in `tekst`; `snel` are the (non-overlapping) findings of the fast scan, which lets
    pieces that hold nothing new skip deduce."""

    if not re.search(r"[A-Z][a-zà-ÿ]", tekst):
        return
    begins = [t.begin for t in snel]
    organisaties = geen_persoon_spans(tekst)
    for begin_stuk, eind_stuk in _stukken(tekst):
        if snel and _al_gevonden(tekst, begin_stuk, eind_stuk, begins, snel):
            continue
        document = model().deidentify(tekst[begin_stuk:eind_stuk])
        for annotatie in document.annotations:
            if annotatie.tag not in ("persoon", "patient"):
                continue
            waarde = annotatie.text
            kaal = re.sub(r"(?:\s+(?:op|de|van|der|den|het|in|te|ten|ter|en|bij|aan))+\s*$|\s+$", "", waarde)
            voor = _AANSPREKING.match(kaal)
            verschuiving = voor.end() if voor else 0
            kaal = kaal[verschuiving:]
            woorden = re.findall(r"[\w'-]+", kaal)
            hoofdletters = [w for w in woorden if w[:1].isupper()]
            if not hoofdletters or _GEEN_PERSOON.search(kaal) or _STRAATWOORD.search(kaal) \
                    or kaal.casefold() in plaatsnamen():  # "Den Haag", "Bergen op Zoom"
                continue
            if re.fullmatch(r"(?:[A-Z]\.\s?)+\w+", kaal) and woorden[-1] not in lijst("names/lst_surname") \
                    and woorden[-1] not in lijst("names/lst_first_name"):
                continue  # "A. Toeleiding": a numbered heading, not initials
            tussenvoegsel = re.search(r"\w \b(?:van|de|der|den|ter|ten|te)\b \w", kaal) is not None
            if not tussenvoegsel and all(w.casefold() in plaatsnamen() or w.casefold() in gewone_woorden() or w.casefold() in GEEN_NAAM
                   for w in hoofdletters):
                continue
            begin = begin_stuk + int(annotatie.start_char) + verschuiving
            if woorden[0].casefold() in plaatsnamen() and not any(w in lijst("names/lst_first_name") for w in woorden):
                continue  # "Westland Feijenoord", "Hoorn Kolenkit": a place and its district, no first name
            if len(woorden) == 1 and _zinsbegin(tekst, begin) and frequentie(kaal.casefold()) >= 3.0 \
                    and kaal.casefold() not in voornamen_wereld():
                continue  # "Kraai en ekster nestelen": a common word opening a sentence
            if gewoon_woord_als_onderwerp(tekst, begin, begin + len(kaal)):
                continue  # "Lente brengt extra meldingen", "De Brink is druk": a common word as a subject, no person
            if organisaties.raakt(begin, begin + len(kaal)):
                continue  # "het William Schrikker Instituut", "Jeugdteam De Bakker": no person
            yield Treffer("naam", begin, begin + len(kaal))


def _zinsbegin(tekst: str, begin: int) -> bool:
    voor = tekst[max(0, begin - 10):begin].rstrip(" \"'(")
    return not voor or voor[-1] in ".!?:;"


def _namen_samengevoegd(treffers: list[Treffer]) -> list[Treffer]:
    """`treffers` with overlapping names joined into one: deduce's "Gezinsvoogd S." and the rules' "S. Karataş"
    are one name "Gezinsvoogd S. Karataş", not the longer one alone (which would leave "Karataş" unmasked)."""
    namen: list[Treffer] = []
    for treffer in sorted((t for t in treffers if t.soort == "naam"), key=lambda t: (t.begin, t.eind)):
        if namen and treffer.begin < namen[-1].eind:
            namen[-1] = Treffer("naam", namen[-1].begin, max(namen[-1].eind, treffer.eind))
        else:
            namen.append(treffer)
    return [*(t for t in treffers if t.soort != "naam"), *namen]


def zoek_volledig(tekst: str) -> list[Treffer]:
    """Every finding in `tekst` (spans in `tekst` itself): the detectors and deduce on the normalised text."""
    genormaliseerd = normaliseer_met_bron(tekst)
    regels = met_regeleinden(tekst, genormaliseerd)  # a table's rows and columns: no name runs over two cells
    snel = zoek_genormaliseerd(genormaliseerd.tekst, volledig=True, regels=regels)
    deduce = binnen_cellen(regels, list(_namen_volgens_deduce(genormaliseerd.tekst, snel)))
    alle = zonder_overlap(_namen_samengevoegd([*snel, *deduce]))
    alle = zonder_overlap([*alle, *binnen_cellen(regels, komma_namen(genormaliseerd.tekst, alle))])  # "Bekele, Dawit"
    alle = zonder_andere_taal(genormaliseerd.tekst, alle)  # also deduce's names: "Annem zegt" is no person
    return [Treffer(t.soort, *genormaliseerd.origineel(t.begin, t.eind)) for t in alle]


def geladen() -> bool:
    """Whether the name model is loaded in this process."""
    return model.cache_info().currsize > 0
