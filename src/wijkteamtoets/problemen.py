"""Problems found in input files: one small immutable record and the catalogue of codes, and the one place that decides what text from a
file may be shown, and how it is escaped for where it goes.

Loading and checking produce `Probleem` records and never print; reporters format them. Every kind of problem has a stable code (like a
lint rule id) listed in `CODES`, so users can look it up (`wijkteamtoets codes`) and tests can assert on it.

Messages are safe by construction: a message, hint, title or table header shows a value from a file only through `toon_waarde`, which
shows it when it is a known name (a kader id, a field name, a known gemeente) or a strict pseudonymous id (`is_pseudoniem`), and
otherwise names it by its place and kind ("deze beoordelaarscode", "dit veld"). Text from a file that is shown anyway (a report, `kader
toon`) is escaped for its destination: `voor_terminal`, `voor_markdown`, `voor_document` (HTML, PDF, spreadsheet), `json_tekst` (every
JSON output)."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Container, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from pathlib import Path
from typing import Any


def aantal(getal: int, enkelvoud: str, meervoud: str) -> str:
    """A count with the right Dutch form: ``aantal(1, "dossier", "dossiers")`` is ``1 dossier``."""
    return f"{getal} {enkelvoud if getal == 1 else meervoud}"


class Ernst(str, Enum):
    """Severity of a problem: a `fout` makes the input invalid, a `waarschuwing` does not."""

    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Probleem:
    """One problem at one place in one input file (regel and kolom are 1-based)."""

    pad: str
    regel: int
    kolom: int
    code: str
    melding: str
    hint: str = ""
    ernst: Ernst = Ernst.FOUT

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown problem code {self.code!r}")


class InvoerFout(Exception):
    """Raised when an input file cannot be used; carries every problem found in it."""

    def __init__(self, problemen: list[Probleem]) -> None:
        super().__init__("; ".join(f"{toon_pad(p.pad)}:{p.regel}:{p.kolom}: {p.melding}" for p in problemen))
        self.problemen = sorted(problemen)


def heeft_fouten(problemen: list[Probleem]) -> bool:
    """Whether any problem is an error (warnings alone leave the input valid)."""
    return any(p.ernst is Ernst.FOUT for p in problemen)


def pad_tekst(pad: Path | str) -> str:
    """The path as the program knows it (relative to the working directory when possible), with every name in
    it: the identity of a file in `Probleem.pad` and cache keys. A message shows it only through `toon_pad`."""
    try:  # abspath, not resolve: a symbolic link is shown as the link itself (and a link loop cannot fail here)
        absoluut, werkmap = os.path.abspath(pad), os.getcwd()
    except OSError:
        return str(Path(pad))
    if os.sep == "/" and not absoluut.startswith("//"):  # plain string work: a run asks this for thousands of files
        binnen = werkmap.rstrip("/") + "/"
        return "." if absoluut == werkmap else absoluut[len(binnen):] if absoluut.startswith(binnen) else str(Path(pad))
    try:
        return str(Path(absoluut).relative_to(werkmap))
    except ValueError:
        return str(Path(pad))


# The catalogue of problem codes. Keep it in sync with the README section "Meldingen".
CODES: dict[str, str] = {
    # Reading the file
    "bestand-onleesbaar": "Het bestand bestaat niet of kan niet gelezen worden.",
    "bestand-te-groot": "Het bestand is groter dan de toegestane maximale grootte.",
    "geen-utf8": "Het bestand bevat bytes die geen geldige UTF-8 zijn.",
    "geen-gewoon-bestand": "Het pad is geen gewoon bestand maar een map, apparaat, named pipe (FIFO) of socket.",
    "kapotte-link": "Een symbolische link verwijst naar iets dat niet bestaat, of via andere links naar zichzelf.",
    "leeg-bestand": "Het bestand is leeg of bevat alleen commentaar.",
    "tab": "Een tab wordt gebruikt voor inspringing; YAML staat alleen spaties toe.",
    "yaml-syntaxis": "De YAML-syntaxis is ongeldig.",
    "dubbele-sleutel": "Een sleutel komt twee keer voor in dezelfde mapping.",
    "yaml-tag": "Een YAML-tag (zoals !!python/object) is niet toegestaan.",
    "alias-bom": "Aliassen (*naam) zouden uitgroeien tot te veel knopen.",
    "te-diep": "De structuur is te diep genest.",
    "typografie": "Een waarde bevat een gekruld aanhalingsteken, vaste spatie of tab uit een tekstverwerker.",
    "sleutel-geen-tekst": "Een sleutel is geen tekst (bijvoorbeeld een getal, lijst of ja/nee-waarde).",
    # Schema
    "ontbrekend-veld": "Een verplicht veld ontbreekt.",
    "onbekend-veld": "Een veld is onbekend op deze plaats (tikfout?).",
    "yaml-boolean": "Een waarde als no/yes/on/off wordt door YAML als ja/nee-waarde gelezen waar tekst verwacht wordt.",
    "yaml-getal": "Een waarde wordt door YAML als getal of datum gelezen waar tekst verwacht wordt.",
    "ongeldige-waarde": "Een waarde heeft niet het verwachte type of is niet toegestaan.",
    "ongeldig-id": "Een id, dossiernummer of beoordelaarscode voldoet niet aan het patroon.",
    "lege-tekst": "Een tekstveld is leeg.",
    # Kader semantics
    "dubbel-id": "Een id komt meer dan eens voor in het kader.",
    "onbekend-feit": "Een voorwaarde verwijst naar een feit dat niet bestaat.",
    "feit-buiten-bereik": "Een voorwaarde verwijst naar een feit van een andere indicator.",
    "voorwaarde-antwoord": "Een voorwaarde noemt een antwoord dat een feit niet kan hebben.",
    "cyclus": "Voorwaarden tussen feiten verwijzen in een kring naar elkaar.",
    "geen-eisen": "Een indicator heeft geen enkele eis.",
    "niveau-conflict": "Het niveau van een eis past niet bij het niveau van zijn indicator.",
    "normering-onvolledig": "De normering mist een score of drempel.",
    "normering-volgorde": "Scores of drempels van de normering staan niet in aflopende volgorde.",
    "correctie-niet-gevonden": "Een gemelde tekstcorrectie komt niet voor in de tekst waar hij bij hoort.",
    "alternatief-ongeldig": "De alternatieven (routes bij 'of' in de bron) van een indicator noemen een onbekende "
                            "eis, een eis twee keer, of maar één route.",
    # Dossier and gemeente files against their kader
    "onbekend-kader": "Het bestand noemt een kader of kaderversie die niet bestaat.",
    "onbekend-thema": "Een voorbeeld, conclusie of aanbeveling noemt een thema dat niet in het kader staat.",
    "onbekende-indicator": "Een indicator bestaat niet in het kader.",
    "onbekende-vraag": "Een feit of eis bestaat niet, of hoort bij een andere indicator.",
    "verkeerd-niveau": "Een indicator of eis wordt op een ander niveau beoordeeld (dossier of gemeente).",
    "ongeldig-antwoord": "Een antwoord is niet toegestaan voor deze vraag (een feit kan niet 'deels' zijn).",
    "antwoord-niet-van-toepassing": "Een eis of feit is beantwoord terwijl hij volgens de feiten niet van toepassing is.",
    "bron-ontbreekt": "Een antwoord 'nee' of 'deels' op een eis noemt geen bron (document of interview); een fout "
                      "als het kader 'bron_verplicht' zegt.",
    "ontbrekend-antwoord": "Een antwoord of indicator ontbreekt; het oordeel wordt 'niet te beoordelen'.",
    "afwijking-zonder-verschil": "Een afwijking geeft hetzelfde oordeel als het afgeleide oordeel.",
    # The set of files as a whole (see controles/samenhang.py)
    "dubbel-dossier": "Twee bestanden hebben hetzelfde dossiernummer en dezelfde beoordelaar (een kopie?).",
    "dubbel-gemeentebestand": "Twee gemeentebestanden zijn van dezelfde gemeente.",
    "onbekende-gemeente": "De gemeente heeft geen gemeentebestand in de gegevens en is geen Nederlandse gemeente (tikfout?).",
    "ander-kader": "Een dossier en het gemeentebestand van zijn gemeente noemen een ander kader of een andere kaderversie.",
    "datum-buiten-periode": "De datum van een dossier ligt buiten de periode van het onderzoek in het gemeentebestand.",
    "onbekende-beoordelaar": "De beoordelaar van een dossier staat niet bij de beoordelaars in het gemeentebestand.",
    # The onderzoek and hoor en wederhoor
    "onderzoek-dubbel": "Er is meer dan één onderzoeksbestand (onderzoek.yaml) in de gegevens.",
    "wederhoor-ontbreekt": "Het wederhoor van een gemeente is niet vastgelegd (ook niet 'geen reactie' met een "
                           "datum); een definitief rapport kan dan niet.",
    "wederhoor-open": "Een punt uit de reactie van de gemeente heeft nog geen afhandeling; het rapport kan niet "
                      "definitief worden.",
    # Kaderversies, rondes and vaststelling
    "koppeling-ongeldig": "Een koppeling noemt een kader, indicator, feit of eis die niet bestaat, of koppelt een feit aan "
                          "een eis.",
    "koppeling-onvolledig": "Een koppeling laat een oude of nieuwe vraag of indicator ongenoemd; migreren zou iets stil "
                            "laten vallen of raden.",
    "niet-te-migreren": "Een bestand kan niet gemigreerd worden (geen dossier- of gemeentebestand, of ander kader dan "
                        "de koppeling).",
    "vorige-ronde": "De vorige ronde van het onderzoek (vorige:) ontbreekt, is ongeldig of heeft een koppeling nodig.",
    "vaststelling-gewijzigd": "Een bestand van een vastgesteld onderzoek is veranderd, toegevoegd of verdwenen sinds "
                              "de vaststelling.",
    "vaststelling-ongeldig": "Het vaststellingsbestand (vastgesteld.json) is onleesbaar of het onderzoek kan niet "
                             "vastgesteld worden.",
    # Consensus of a double-rated dossier
    "consensus-ongeldig": "Een consensusbestand spreekt zichzelf of de beoordelingen tegen (basis, dubbele vraag, datum).",
    "consensus-zonder-beoordeling": "Een consensus noemt een beoordelaar of dossier zonder meegegeven beoordeling.",
    "consensus-dubbel": "Er zijn twee consensusbestanden voor hetzelfde dossier.",
    "consensus-zonder-verschil": "Een wijziging in een consensusbestand geeft hetzelfde antwoord als de basis.",
    # The steekproef (see controles/steekproefcontrole.py)
    "populatie-ongeldig": "Het populatiebestand is geen bruikbare lijst (geen CSV of XLSX, onleesbaar, of zonder kolom "
                          "zaaknummer).",
    "populatie-dubbel": "Een zaaknummer staat meer dan eens in het populatiebestand.",
    "steekproef-ongeldig": "Een steekproefbestand spreekt zichzelf tegen (dubbel dossier, vervanging zonder "
                           "geselecteerd dossier of reserve, reserves niet op volgorde, omvang anders dan het plan).",
    "steekproef-dubbel": "Er zijn twee steekproefbestanden voor dezelfde gemeente.",
    "steekproef-dossier-ontbreekt": "Een geselecteerd dossier (of een reserve die een vervanging vult) heeft geen "
                                    "dossierbestand en geen vastgelegde vervanging.",
    "steekproef-niet-geselecteerd": "Een dossier is niet geselecteerd in de steekproef van zijn gemeente (of is "
                                    "vervangen en toch beoordeeld).",
    "steekproef-reserve-zonder-vervanging": "Een reservedossier is beoordeeld zonder vastgelegde vervanging.",
    "steekproef-te-klein": "Er zijn minder dossiers beoordeeld dan de steekproef plant.",
    # Personal data (see privacy.py)
    "privacy-bsn": "Mogelijk een burgerservicenummer (9 cijfers die de elfproef doorstaan, met BSN-context of -opmaak).",
    "privacy-e-mail": "Mogelijk een e-mailadres.",
    "privacy-telefoonnummer": "Mogelijk een telefoonnummer (Nederlands of internationaal, volgens phonenumbers).",
    "privacy-iban": "Mogelijk een bankrekeningnummer (IBAN met geldig controlegetal).",
    "privacy-adres": "Mogelijk een adres: postcode met huisnummer, of straat met huisnummer.",
    "privacy-geboortedatum": "Mogelijk een geboortedatum (een datum na 'geboren' of bij een gezinslid).",
    "privacy-naam": "Mogelijk een naam: voor- en achternaam, voorletters, of een naam na een aanspreekvorm of rol.",
    "privacy-kenteken": "Mogelijk een Nederlands kenteken.",
    "privacy-sociale-media": "Mogelijk een account of profiel op sociale media (@naam, profiel-URL).",
    "privacy-school": "Mogelijk een school met groep of klas van een kind.",
    "privacy-ok-ongeldig": "Een privacy-ok-markering zonder reden, met onbekende soort, die niets accepteert of "
                           "meer dan één waarde zou accepteren.",
}


# --- What a message may show of a file ----------------------------------------------------------------

DOSSIER_ID_PATROON = r"^[A-Z]{2,4}-[0-9]{4}-[0-9]{3}$"
"""A pseudonymous dossier number: letters of the gemeente, year, sequence number (``GOU-2016-035``)."""

BEOORDELAAR_PATROON = r"^[A-Z]{1,5}[0-9]{1,3}$"
"""A beoordelaarscode: capitals and a number (``INS1``, ``IJZ04``), never a name."""

_PSEUDONIEM = re.compile(f"{DOSSIER_ID_PATROON[1:-1]}|{BEOORDELAAR_PATROON[1:-1]}")


def is_pseudoniem(tekst: object) -> bool:
    """Whether `tekst` is a strict pseudonymous id: a dossier number or a beoordelaarscode (no name fits)."""
    return isinstance(tekst, str) and _PSEUDONIEM.fullmatch(tekst) is not None


def toon_waarde(waarde: object, anders: str, bekend: Container[str] | Mapping[str, object] = (), wat: str = "") -> str:
    """A value from a file as a message may show it: ``'waarde'`` (after `wat`: ``sleutel 'versie'``) when it is
    a known name (in `bekend`; a mapping gives its own spelling of the name) or a pseudonymous id, and otherwise
    `anders`, the place and kind of the value ("deze sleutel", "dit veld"). This is the only way a message
    shows a value from a file."""
    getoond = bekende_waarde(waarde, bekend)
    if getoond is None or "'" in getoond:
        return anders
    return f"{wat} '{getoond}'" if wat else f"'{getoond}'"


def bekende_waarde(waarde: object, bekend: Container[str] | Mapping[str, object] = ()) -> str | None:
    """The value as `toon_waarde` may show it, without quotes (for a title or a table cell), or None when it is
    not a known name or pseudonymous id."""
    if not isinstance(waarde, str) or not waarde.isprintable():
        return None
    getoond: str | None = None
    if is_pseudoniem(waarde):
        getoond = waarde
    elif isinstance(bekend, Mapping):  # its own spelling of the name, or (a mapping of ids to models) the id
        gevonden = bekend.get(waarde)
        getoond = gevonden if isinstance(gevonden, str) else None if gevonden is None else waarde
    elif waarde in bekend:
        getoond = waarde
    return getoond if getoond is not None and getoond.isprintable() else None


# --- Escaping per destination -----------------------------------------------------------------------

def _escape(teken: str) -> str:
    code = ord(teken)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def voor_terminal(tekst: str) -> str:
    """Text from a file as one line on a terminal: line breaks and tabs become spaces, every other control,
    bidi or format character (ESC, OSC 8 links, U+202E, zero-width) is shown as a ``\\x1b``-style escape."""
    if tekst.isprintable():
        return tekst
    delen = []
    for teken in tekst.replace("\r\n", " "):
        if teken.isprintable():
            delen.append(teken)
        elif teken in "\r\n\t" or unicodedata.category(teken) == "Zs":
            delen.append(" ")
        else:
            delen.append(_escape(teken))
    return "".join(delen)


_MARKDOWN_TEKENS = re.compile(r"([\\`*_\[\]<>!|#~])")


def voor_markdown(tekst: str) -> str:
    """Text from a file as literal Markdown on one line (a table cell or a heading): no links, images, HTML or
    emphasis, and control characters escaped as for the terminal."""
    return _MARKDOWN_TEKENS.sub(r"\\\1", voor_terminal(tekst))


_DOCUMENT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                       r"\u2066-\u2069\ufeff\ufff9-\ufffb]")
"""C0 and C1 controls, bidi controls (marks, embeddings, overrides, isolates) and invisible format characters
(zero-width space, word joiner, byte order mark). The joiners a script needs (U+200C, U+200D) and the soft
hyphen stay: they change how a word is drawn, not what it says or in which direction it runs."""


def voor_document(tekst: str) -> str:
    """Text for HTML, PDF or a spreadsheet cell: NUL and the other C0/C1 controls (which these formats cannot
    hold, or would pass on raw) and bidi and invisible format characters (which would reverse or hide what a
    reader sees) shown as ``\\x00``/``\\u202e``-style escapes; line breaks and tabs stay."""
    return _DOCUMENT.sub(lambda m: _escape(m.group()), tekst)


def json_tekst(data: object, **opties: Any) -> str:
    """`data` as JSON text (UTF-8, not ASCII-only) in which every character that is not printable (controls,
    bidi and format characters, separators) is a ``\\u`` escape: nothing raw reaches a terminal or file, and
    reading it back gives the very same data. `opties` go to `json.dumps` (``indent``, ``sort_keys``)."""
    tekst = json.dumps(data, ensure_ascii=False, **opties)
    if tekst.replace("\n", "").isprintable():
        return tekst
    return "".join(teken if teken.isprintable() or teken == "\n" else json.dumps(teken)[1:-1] for teken in tekst)


# --- What a message may show of a path ----------------------------------------------------------------

def slug(naam: str) -> str:
    """A name as a file-name part and matching key: 'Bergen op Zoom' -> 'bergen-op-zoom'."""
    ascii_naam = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_naam.lower()).strip("-") or "gemeente"


@cache
def gemeenteregels() -> list[str]:
    """The lines of the list of Dutch gemeenten (package data of `invoer`, beside its modules as every list of the
    package is read): official name, then any aliases, separated by `` | ``."""
    tekst = (Path(__file__).parent / "invoer" / "gemeenten.txt").read_text(encoding="utf-8")
    return [regel for regel in tekst.splitlines() if regel.strip() and not regel.startswith("#")]


STANDAARDNAMEN = frozenset({
    "data", "gegevens", "voorbeelden", "tests", "uit", "uitvoer", "consensus", "dossiers", "kaders", "koppelingen",
    "rapporten", "sjablonen", "gemeente", "onderzoek", "steekproef", "vastgesteld", "koppeling", "overkoepelend",
    "oordelen", "vergelijking", "toezicht-wijkteams-2017"})
"""The names of the project's own folders and files (without extension), shown in every path."""

_DOSSIERBESTAND = re.compile(f"{DOSSIER_ID_PATROON[1:-1]}(\\.({BEOORDELAAR_PATROON[1:-1]}|consensus))?\\.ya?ml")
_NAAMSCHEMA = re.compile(r"(?:(deelrapport|populatie)-)?('?[A-Za-z0-9][A-Za-z0-9 '-]*?)"
                         r"(?:\.(yaml|yml|json|csv|xlsx|html|pdf|md))?")


def volgt_naamschema(naam: str) -> bool:
    """Whether a file or folder name follows the project's naming scheme and may be shown: a dossier file (``GOU-2016-035.yaml``,
    ``.IGZ1.yaml``, ``.consensus.yaml``), a year, a standard name (`STANDAARDNAMEN`) or a Dutch gemeente (``gouda``, ``Bergen op Zoom``),
    also as ``deelrapport-gouda.html`` or ``populatie-gouda.csv``."""
    if naam in (".", "..") or _DOSSIERBESTAND.fullmatch(naam) or re.fullmatch(r"(19|20)[0-9]{2}", naam):
        return True
    if (gevonden := _NAAMSCHEMA.fullmatch(naam)) is None:
        return False
    if gevonden.group(1) is None and gevonden.group(2).casefold() in STANDAARDNAMEN:
        return True
    return slug(gevonden.group(2)) in _gemeenteslugs()


@cache
def _gemeenteslugs() -> frozenset[str]:
    return frozenset(slug(naam) for regel in gemeenteregels() for naam in regel.split(" | "))


_GENOEMD: set[str] = set()


def genoemd(*paden: Path | str) -> None:
    """Folders the user opened in a view only she sees (the local form of `invullen`): `toon_pad` shows them as typed there; file names
    still follow the scheme. Messages, reports and logs never call this: a folder typed on a command line can hold a name as well as one
    the program found, so it follows the scheme too."""
    _GENOEMD.update(os.path.abspath(pad if os.path.isdir(pad) else os.path.dirname(pad) or ".") for pad in paden)


def _genoemde_delen(delen: tuple[str, ...]) -> int:
    """How many leading parts of a path form a path the user named (0 when none does)."""
    return max((i for i in range(1, len(delen) + 1) if os.path.abspath(os.path.join(*delen[:i])) in _GENOEMD),
               default=0) if _GENOEMD else 0


def toon_pad(pad: Path | str, onder: Path | str | None = None) -> str:
    """A path as every message, title, table and written file shows it: each file or folder name that follows the naming scheme
    (`volgt_naamschema`) or lies in a folder opened in the form (`genoemd`) as it is, any other as ``[bestand N]`` or ``[map N]``, the
    N-th name in its folder (``LC_ALL=C ls -A``; no N when it is not there), so no name the program found leaks whatever the privacy scan
    finds (``privacy --toon-paden`` shows them in a terminal). Below a folder ``kaders`` or ``koppelingen`` every name is shown: a kader
    is about the norm, not a person. With `onder` (a folder holding `pad`): the part below it."""
    tekst = pad_tekst(pad)
    if re.fullmatch(r"<[a-z]+>", tekst):  # a text that is no file, such as <geheugen>
        return tekst
    delen = Path(tekst).parts
    begin = 0 if onder is None else len(Path(pad_tekst(onder)).parts)
    getoond, vrij = list(delen), max(begin, _genoemde_delen(delen))
    for i, naam in enumerate(delen):
        if i < vrij or (i == 0 and Path(naam).anchor == naam) or volgt_naamschema(naam):
            continue
        if any(deel.casefold() in ("kaders", "koppelingen") for deel in delen[:i]):
            break
        map_ = os.path.abspath(os.path.join(*delen[:i]) if i else ".")
        soort = "map" if i < len(delen) - 1 or os.path.isdir(os.path.join(map_, naam)) else "bestand"
        try:
            plaats = _plaatsen(map_, os.stat(map_).st_mtime_ns).get(naam)
        except OSError:
            plaats = None
        getoond[i] = f"[{soort} {plaats}]" if plaats else f"[{soort}]"
    return Path(*getoond[begin:]).as_posix()


@lru_cache(maxsize=64)
def _plaatsen(map_: str, gewijzigd: int) -> dict[str, int]:
    """The place of every name in a folder (``LC_ALL=C ls -A``), by name; cached per folder and change time."""
    return {naam: plaats for plaats, naam in enumerate(sorted(os.listdir(map_)), start=1)}


def toon_uitvoer(pad: Path, uitvoer: Path) -> str:
    """A file written in or as `uitvoer` (the user's own --uitvoer) as a message shows it: what the user typed
    as typed, the name the program made below it (from a gemeente, say) as `toon_pad` shows it."""
    if pad == uitvoer or not pad.is_relative_to(uitvoer):
        return str(pad) if pad == uitvoer else toon_pad(pad)
    return str(uitvoer / toon_pad(pad, onder=uitvoer))


def toon_bestandsnaam(naam: str) -> str:
    """A file name recorded in a file (without its folder), as a report shows it: the name when it follows the
    naming scheme, otherwise ``[bestandsnaam verborgen]``."""
    return naam if volgt_naamschema(naam) else "[bestandsnaam verborgen]"
