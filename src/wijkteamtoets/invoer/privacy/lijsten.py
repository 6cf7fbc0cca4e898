"""Word lists the detectors read: deduce's source lists (as plain sets), first names of many countries, a
Dutch word-frequency list, place names, and the organisations and teams of the field that are no persons.

The list of organisations and teams is data, not code: `geen-personen.txt` beside this module, extended by
a file of the same name in the user's kaders folder (``kaders/geen-personen.txt``, one name per line).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from ..patronen import patroon
from .alternatieven import Namenpatroon


def _deduce_lijsten() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec("deduce")
    except (ImportError, ValueError):  # pragma: no cover - deduce is a dependency
        return None
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"


def bronpad(naam: str) -> Path | None:
    """The file of deduce's source lookup list `naam`."""
    basis = _deduce_lijsten()
    return None if basis is None else basis / naam / "items.txt"


@functools.cache
def lijst(naam: str) -> frozenset[str]:
    """One of deduce's source lookup lists (e.g. ``names/lst_first_name``) as a set of its lines."""
    pad = bronpad(naam)
    if pad is None:  # pragma: no cover
        return frozenset()
    try:
        return frozenset(r.strip() for r in pad.read_text(encoding="utf-8").splitlines() if r.strip())
    except OSError:  # pragma: no cover
        return frozenset()


_PROVINCIE = patroon(r"\s*\(\w+\)$")
_SCHEIDING = patroon(r"[\s-]")


@functools.cache
def woonplaatsen_van_meer_woorden() -> frozenset[str]:
    """deduce's Dutch residences whose name has more than one word ("Oud-Beijerland", "Anna Paulowna"), without
    the province some carry ("Bergen (NH)")."""
    plaatsen = lijst("locations/lst_placename/lst_residence")
    kaal = (_PROVINCIE.sub("", naam) if naam.endswith(")") else naam for naam in plaatsen)
    return frozenset(naam for naam in kaal if _SCHEIDING.search(naam))


@functools.cache
def gewone_woorden() -> frozenset[str]:
    """Lower-case Dutch words that are not names even when a list says so ("Wil", "Roos", "Engels")."""
    return frozenset(w.casefold() for naam in ("whitelist/lst_common_word", "whitelist/lst_stop_word")
                     for w in lijst(naam)) | GEEN_NAAM


@functools.cache
def plaatsnamen() -> frozenset[str]:
    """Gemeenten, residences, regions and provinces (case-folded): place names are no personal data."""
    return frozenset(w.casefold() for naam in ("locations/lst_placename/lst_municipality",
                                               "locations/lst_placename/lst_residence",
                                               "locations/lst_placename/lst_region",
                                               "locations/lst_placename/lst_province")
                     for w in lijst(naam))


@functools.cache
def gemeentecodes() -> frozenset[str]:
    """The codes of the gemeenten in dossier ids ("GOU" for Gouda, "TIL", "BOZ" for Bergen op Zoom)."""
    from ..gemeenten import officiele_namen
    from ..invulbestand import gemeentecode

    return frozenset(gemeentecode(naam) for naam in officiele_namen())


_TALEN = {"engels", "nederlands", "arabisch", "turks", "pools", "frans", "duits", "spaans", "somalisch",
          "tigrinya", "berbers", "tamazight", "koerdisch", "farsi", "dari", "perzisch", "russisch", "portugees",
          "papiaments", "chinees", "italiaans", "roemeens", "bulgaars", "oekraiens", "oekraïens", "hindi", "urdu",
          "sranantongo", "marokkaans", "syrisch", "eritrees", "afghaans", "surinaams", "antilliaans", "fries",
          "limburgs", "gebarentaal", "tolk"}
GEEN_NAAM = _TALEN | {
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
    "west", "stad", "dorp", "corona", "regio", "provincie", "land", "nederland", "nederlandse",
}


_VOORNAMENBESTAND: list[Callable[[Callable[[], frozenset[str]]], frozenset[str] | None]] = []


def gebruik_voornamenbestand(laden: Callable[[Callable[[], frozenset[str]]], frozenset[str] | None]) -> None:
    """Read the first names through `laden`, given the builder (`bouw_voornamen_wereld`): a file built once per
    machine (`controles.voornamen`); None when it cannot, then they are built here. Building them costs more
    than the scan of a dossier."""
    _VOORNAMENBESTAND[:] = [laden]
    voornamen_wereld.cache_clear()


@functools.cache
def voornamen_wereld() -> frozenset[str]:
    """First names of many countries (case-folded): deduce's Dutch list and gender-guesser's dictionary of
    about 45,000 first names from 55 countries (Turkey, Arabia/Persia, Poland, Morocco's and Syria's Arabic
    names, Afghanistan's Persian ones, ...), plus `voornamen-extra.txt` for origins both lack (Eritrea,
    Suriname)."""
    for laden in _VOORNAMENBESTAND:
        if (namen := laden(lambda: bouw_voornamen_wereld())) is not None:
            return namen
    return bouw_voornamen_wereld()


def _namenwoordenboek() -> Path | None:
    """gender-guesser's dictionary of first names (``nam_dict.txt``), found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("gender_guesser")
    except (ImportError, ValueError):  # pragma: no cover - gender-guesser is a dependency
        return None
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"


def voornamen_bronnen() -> list[Path]:
    """The files `bouw_voornamen_wereld` reads and this module, which says how: a file built from them is
    built again when one of them changed."""
    basis = _deduce_lijsten()
    bronnen = [Path(__file__), Path(__file__).with_name("voornamen-extra.txt")]
    if basis is not None:
        bronnen.append(basis / "names" / "lst_first_name" / "items.txt")
    if (woordenboek := _namenwoordenboek()) is not None:
        bronnen.append(woordenboek)
    return bronnen


def bouw_voornamen_wereld() -> frozenset[str]:
    """`voornamen_wereld` built from its lists (0.06 s)."""
    namen = {w.casefold() for w in lijst("names/lst_first_name")}
    try:
        pad = _namenwoordenboek()
        if pad is not None:
            with open(pad, encoding="iso-8859-1") as bestand:
                for regel in bestand:
                    if regel[:1] in "#=" or len(regel) < 4:
                        continue
                    naam = regel[3:29].strip()
                    if "+" in naam or "<" in naam or "&" in naam:
                        continue
                    namen.update(delen.casefold() for delen in naam.split() if len(delen) > 2)
    except (ImportError, OSError, ValueError):  # pragma: no cover - gender-guesser is a dependency
        pass
    namen.update(_lees_lijst(Path(__file__).with_name("voornamen-extra.txt")))
    return frozenset(namen)


_LETTERS_ZONDER_ACCENT = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
                                        "œ": "oe", "þ": "th"})


@functools.cache
def zonder_accenten(woord: str) -> str:
    """`woord` without diacritics ("łukasz" -> "lukasz", "kamińska" -> "kaminska"): the lists write a name
    of many origins in one way only."""
    import unicodedata

    return "".join(t for t in unicodedata.normalize("NFKD", woord.translate(_LETTERS_ZONDER_ACCENT))
                   if not unicodedata.combining(t))


def op_voornamenlijst(laag: str) -> bool:
    """Whether a case-folded word is a first name of any list (`voornamen_wereld`), also written without its
    diacritics ("lukasz" for "łukasz"); also one that is a common word or a place too ("Anna", "Mei")."""
    return laag in voornamen_wereld() or zonder_accenten(laag) in voornamen_wereld()


@functools.cache
def achternamen() -> frozenset[str]:
    """Surnames (case-folded): deduce's list and `achternamen-extra.txt` (origins deduce's list lacks)."""
    return frozenset({w.casefold() for w in lijst("names/lst_surname")}
                     | _lees_lijst(Path(__file__).with_name("achternamen-extra.txt")))


def _lees_lijst(pad: Path) -> set[str]:
    try:
        return {r.split("#")[0].strip().casefold() for r in pad.read_text(encoding="utf-8").splitlines()
                if r.split("#")[0].strip()}
    except OSError:
        return set()


_FREQUENTIETABEL: list[Callable[[str], float | None]] = []


def gebruik_frequentietabel(opzoeken: Callable[[str], float | None]) -> None:
    """Ask `opzoeken` first (wordfreq's answer from a compact table, `controles.woordfrequenties`; None when it
    cannot say): loading wordfreq itself costs more than a scan."""
    _FREQUENTIETABEL[:] = [opzoeken]
    frequentie.cache_clear()


@functools.cache
def frequentie(woord: str) -> float:
    """How common `woord` is in Dutch (wordfreq's Zipf scale: 0 for unknown words, 3 for one in a million
    words, 6 for the most common ones). A word that is no Dutch word at all is a candidate name."""
    for opzoeken in _FREQUENTIETABEL:
        if (waarde := opzoeken(woord)) is not None:
            return waarde
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return 0.0
    return float(wordfreq.zipf_frequency(woord, "nl", wordlist="best"))


@functools.cache
def elders_gezien(woord: str) -> bool:
    """Whether `woord` is used in English or French text (wordfreq): names of many origins are ("sow", "tunde",
    "mazur"), while a rare word used only in Dutch is a Dutch place or organisation ("malburgen", "kolenkit").
    The two lists load on first use (about half a second), only for the few words that need it."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return False
    return max(wordfreq.zipf_frequency(woord, taal, wordlist="best") for taal in ("en", "fr")) >= 1.0


def laad_woordenlijsten(wordfreq_zelf: bool = False) -> None:
    """Load the word lists every scan reads (wordfreq's Dutch frequencies, the name and place lists) now: before
    worker processes fork, so that they share one copy instead of each loading its own. `wordfreq_zelf` also
    loads wordfreq's own Dutch list, which the full scan reads for the first word the compact table cannot
    answer (one with a digit or a letter outside Latin-1: "3e", "łukasz"): a large batch nearly always has one,
    and then every worker read its own copy (30 MB and 0.2 s each)."""
    frequentie("de")
    for laad in (voornamen_wereld, achternamen, gewone_woorden, plaatsnamen):
        laad()
    if wordfreq_zelf:
        try:
            import wordfreq
        except ImportError:  # pragma: no cover - wordfreq is a dependency
            return
        wordfreq.zipf_frequency("risico's", "nl", wordlist="best")


_KADERMAPPEN: list[Path] = [Path("kaders")]


def gebruik_kadermap(map_: Path) -> None:
    """Read the lists of `LIJSTEN` in `map_` too (the kaders folder a command was given)."""
    if map_ not in _KADERMAPPEN:
        _KADERMAPPEN.append(map_)


Stand = tuple[tuple[str, int, int], ...]
"""Every list file of `LIJSTEN` as (path, modification time in ns, size): what the lists were read from."""


_VAST = threading.local()


@contextlib.contextmanager
def vaste_stand() -> Iterator[Stand]:
    """Read the state of the lists once for a whole file: every text of it is searched with the same lists, and
    its many texts cost no stat each."""
    vorige = getattr(_VAST, "stand", None)
    _VAST.stand = stand = geen_personen_stand()
    try:
        yield stand
    finally:
        _VAST.stand = vorige


def geen_personen_stand() -> Stand:
    """The state of the files with organisations and teams that are no persons and with makers of methods
    (`LIJSTEN`: the shipped ones and the user's own that exist now): one stat per file, so a file that appears,
    changes or goes during a long process (the editor's language server, a notebook) counts from the next text or
    file on (`vaste_stand`). Part of the key of what is derived from them."""
    if (vast := getattr(_VAST, "stand", None)) is not None:
        return vast  # type: ignore[no-any-return]
    stand = []
    for bestandsnaam in LIJSTEN:
        for nummer, pad in enumerate(_lijstpaden(bestandsnaam)):
            try:
                status = os.stat(pad)
            except (OSError, ValueError):
                status = None
            if status is not None and stat.S_ISREG(status.st_mode):
                stand.append((pad, status.st_mtime_ns, status.st_size))
            elif nummer == 0:  # a shipped list is always part of the lists (read as empty if it cannot be)
                stand.append((pad, -1, -1))
    return tuple(stand)


LIJSTEN = {"geen-personen.txt": "WIJKTEAMTOETS_GEEN_PERSONEN", "makers.txt": "WIJKTEAMTOETS_MAKERS"}
"""The lists a user extends, each by a file of the same name in the kaders folder or a file in an environment
variable: organisations and teams that are no persons, and makers of methods and theories (`eponiemen`)."""


def _lijstpaden(bestandsnaam: str) -> list[str]:
    extra = os.environ.get(LIJSTEN[bestandsnaam])
    return [str(Path(__file__).with_name(bestandsnaam)), *(os.path.join(m, bestandsnaam) for m in _KADERMAPPEN),
            *([extra] if extra else [])]


def lijstbestanden(bestandsnaam: str, stand: Stand) -> list[Path]:
    """The files of one list of `LIJSTEN` in `stand`."""
    paden = _lijstpaden(bestandsnaam)
    return [Path(pad) for pad, _, _ in stand if pad in paden]


def geen_personen_bestanden() -> list[Path]:
    """The files with organisations and teams that are no persons: the shipped one and the user's own."""
    return lijstbestanden("geen-personen.txt", geen_personen_stand())


def geen_personen() -> Namenpatroon:
    """One pattern that matches every organisation and team name of the lists (case-insensitive)."""
    return geen_personen_uit(geen_personen_stand())


@functools.lru_cache(maxsize=8)
def geen_personen_uit(stand: Stand) -> Namenpatroon:
    """The pattern of `geen_personen` for the list files in `stand` (made once per state of the files)."""
    namen: set[str] = set()
    for pad in lijstbestanden("geen-personen.txt", stand):
        namen |= _lees_lijst(pad)
    delen = sorted(((r"\s+".join(re.escape(w) for w in naam.split()), naam.split()) for naam in namen if naam),
                   key=lambda deel: len(deel[0]), reverse=True)
    return Namenpatroon(r"(?<![\w-])", delen, r"(?![\w-])", re.IGNORECASE)


# the longest Dutch compound worth cutting up ("arbeidsongeschiktheidsverzekering" has 33 letters); every cut of a
# word costs a lookup, so a run of letters without a space (a pasted hash, a line of one repeated word) is no compound
LANGSTE_SAMENSTELLING = 60


def samenstelling(woord: str) -> bool:
    """Whether `woord` is a Dutch compound ("stelseltoezicht", "tienerkinderen"): two common Dutch words,
    maybe joined by -s- or -e-."""
    if len(woord) > LANGSTE_SAMENSTELLING:
        return False
    for knip in range(4, len(woord) - 3):
        links, rechts = woord[:knip], woord[knip:]
        if frequentie(links) < 3.0 and not (links[-1:] in ("s", "e") and frequentie(links[:-1]) >= 3.0):
            continue
        if frequentie(rechts) >= 3.0 or _samenstelling_rest(rechts):
            return True
    return False


def _samenstelling_rest(deel: str) -> bool:
    return any(frequentie(deel[:k]) >= 3.0 and frequentie(deel[k:]) >= 3.0 for k in range(4, len(deel) - 3))
