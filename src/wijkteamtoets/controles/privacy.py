"""Finding personal data in input files, as a reader sees the text.

The scan reads what a reader of the file sees: every key and value of the YAML (folded and literal
blocks, escapes and wrapped lines joined into the text they stand for, so a name split over two lines
is still a name), every comment, and the file's own name. Each finding is mapped back to the line and
column where it starts in the file. A finding never carries the value itself: reporters only say what
kind of data was found where.

Two depths:

* the fast scan (`invoer.persoonsgegevens`): python-stdnum, phonenumbers, deduce's plain name and
  street lists and own patterns; used by ``beoordeel`` and ``kader controleer``, which must start fast;
* the full scan adds deduce's recognition of names (first names, surnames, initials, interfixes with
  context rules). Its lookup structures take seconds to load, so full results are kept per file content
  in the user's cache folder (only kind, line and column; never a value). ``privacy``, ``rapport`` and
  ``exporteer`` use the full scan; ``beoordeel`` uses a cached full result when there is one.

A false alarm is accepted for one value with a comment on its line (or on the line of a block
scalar's header) that names the kind, the value if the line holds more than one of that kind, and a
reason::

    citaat: "bel 0800-2000"   # privacy-ok: telefoonnummer 0800-2000, algemeen nummer van Veilig Thuis

A marker without a reason, with an unknown kind, that accepts nothing, or that would accept more than
one value is itself reported, so that acceptances stay narrow.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..invoer import lezen
from ..invoer.lezen import MAX_BYTES
from ..invoer.persoonsgegevens import escape_besturingstekens
from ..invoer.privacy import SOORTEN, Treffer, normaliseer, normaliseer_met_bron, zoek, zoek_genormaliseerd, zonder_overlap
from ..invoer.privacy.detectoren import ROL
from ..invoer.privacy.lijsten import GEEN_NAAM, geen_personen_bestanden, gewone_woorden, lijst, plaatsnamen
from ..invoer.privacy.namen import geen_persoon_spans
from ..invoer.yamlbron import componeer
from ..problemen import Ernst, InvoerFout, Probleem, pad_tekst
from . import cache, namenmodel

__all__ = ["SOORTEN", "Markeringsfout", "Scan", "Vondst", "scan_bestand", "scan_tekst"]


@dataclass(frozen=True)
class Vondst:
    """Personal data of one kind at one place; the value itself is deliberately not kept.

    `begin` and `eind` are offsets in the file's text (-1 for the file name), so that
    ``--pseudonimiseer`` can replace the value without it ever being stored."""

    soort: str
    regel: int
    kolom: int
    begin: int = -1
    eind: int = -1


@dataclass(frozen=True)
class Markeringsfout:
    """A ``privacy-ok`` marker that is not narrow enough: no reason, unknown kind, nothing or too much to accept."""

    regel: int
    kolom: int
    melding: str


@dataclass
class Scan:
    """The outcome of scanning one file."""

    vondsten: list[Vondst] = field(default_factory=list)
    fouten: list[Markeringsfout] = field(default_factory=list)
    naamvondsten: list[str] = field(default_factory=list)  # kinds found in the file name


# --- the text a reader sees ---------------------------------------------------------------------------

@dataclass
class _Segment:
    """One piece of text as read (a key, a value or a comment) with, per character, its offset in the file."""

    tekst: str
    plekken: Sequence[int]
    regels: tuple[int, int]  # first and last line (0-based) the markers of which apply
    stijl: str | None = None  # YAML scalar style: None (plain), "'", '"', "|", ">", or "#" for a comment
    bron: tuple[int, int] = (0, 0)  # the scalar's own span in the file


def _uitlijnen(bron: str, begin: int, eind: int, waarde: str) -> Sequence[int]:
    """For every character of `waarde`, its offset in ``bron[begin:eind]`` (greedy, bounded look-ahead)."""
    for start in (begin, begin + 1):  # written as read (plain, or quoted without escapes): a plain range
        if bron.startswith(waarde, start) and start + len(waarde) <= eind:
            return range(start, start + len(waarde))
    plekken: list[int] = []
    j = begin
    for teken in waarde:
        gevonden = -1
        k = j
        grens = min(eind, j + 80)
        while k < grens:  # skip indentation, line breaks and quotes
            b = bron[k]
            if b == teken or (teken in " \n" and b in " \n\r"):
                gevonden = k
                break
            if b not in " \t\r\n\"'\\":
                break
            k += 1
        if gevonden < 0:  # an escape sequence: look a little further for the same character
            for k in range(j, min(eind, j + 12)):
                if bron[k] == teken:
                    gevonden = k
                    break
        if gevonden < 0:
            plekken.append(min(j, max(begin, eind - 1)))
            continue
        plekken.append(gevonden)
        j = gevonden + 1
    return plekken


def _segmenten(tekst: str, toon: str) -> list[_Segment]:
    """Keys, values and comments of the YAML in `tekst`; every line on its own when it is not valid YAML."""
    import yaml

    wortel, ongeldig = None, False
    snel = getattr(yaml, "CSafeLoader", None)
    if snel is not None and not _DIEP.search(tekst):
        try:  # libyaml's parser: fast; nesting is shallow, so its recursion is safe
            wortel = yaml.compose(tekst, Loader=snel)
        except yaml.YAMLError:
            ongeldig = True
    else:
        try:
            wortel = componeer(tekst, toon)
        except InvoerFout:
            ongeldig = True
    if ongeldig:
        segmenten = []
        positie = 0
        for nummer, regel in enumerate(tekst.split("\n")):
            segmenten.append(_Segment(regel, list(range(positie, positie + len(regel))), (nummer, nummer),
                                      "regel", (positie, positie + len(regel))))
            positie += len(regel) + 1
        return segmenten
    segmenten = []
    spans: list[tuple[int, int]] = []
    gezien: set[int] = set()
    stapel = [wortel] if wortel is not None else []
    while stapel:
        node = stapel.pop()
        if id(node) in gezien:
            continue
        gezien.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            begin, eind = node.start_mark.index, node.end_mark.index
            inhoud_begin = begin
            if node.style in ("|", ">"):
                regeleinde = tekst.find("\n", begin, eind)
                inhoud_begin = eind if regeleinde < 0 else regeleinde + 1
            if node.value:
                segmenten.append(_Segment(node.value, _uitlijnen(tekst, inhoud_begin, eind, node.value),
                                          (node.start_mark.line, max(node.start_mark.line, node.end_mark.line
                                                                     - (1 if node.end_mark.column == 0 else 0))),
                                          node.style, (begin, eind)))
            spans.append((inhoud_begin, eind))
        elif isinstance(node, yaml.SequenceNode):
            stapel.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for sleutel, waarde in reversed(node.value):
                stapel.extend((waarde, sleutel))
    segmenten.extend(_commentaren(tekst, spans))
    return segmenten


_HEKJE = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)


_DIEP = re.compile(r"(?:[\[{]\s*){40}|(?:-[ \t]+){40}|\n {200,}\S")


def _commentaren(tekst: str, spans: list[tuple[int, int]]) -> Iterator[_Segment]:
    spans.sort()
    beginnen = [b for b, _ in spans]
    positie = 0
    while True:
        treffer = _HEKJE.search(tekst, positie)
        if treffer is None:
            return
        index = treffer.start()
        plaats = bisect.bisect_right(beginnen, index) - 1
        if plaats >= 0 and spans[plaats][0] <= index < spans[plaats][1]:
            positie = index + 1
            continue
        einde = tekst.find("\n", index)
        einde = len(tekst) if einde < 0 else einde
        regel = tekst.count("\n", 0, index) if len(tekst) < 200_000 else _regelnummer(tekst, index)
        yield _Segment(tekst[index + 1:einde], list(range(index + 1, einde)), (regel, regel), "#", (index, einde))
        positie = einde + 1


def _regelnummer(tekst: str, index: int) -> int:
    return tekst.count("\n", 0, index)


# --- deduce ------------------------------------------------------------------------------------------

def _deduce() -> Any:
    """deduce with only its name annotators and lists (`namenmodel`): built once per machine in seconds,
    loaded without a lock."""
    return namenmodel.model()


def lijsten_geladen() -> bool:
    """Whether deduce's name model is loaded in this process."""
    return namenmodel.geladen()


def laad_lijsten() -> None:
    """Load deduce's lookup structures now (the CLI shows a spinner meanwhile)."""
    _deduce()


_GEEN_PERSOON = re.compile(r"(?i:gemeente|wijkteam|team|jeugd|zorg|veilig|thuis|stichting|school|raad|ggd|ggz|"
                           r"centrum|instelling|inspectie|ministerie|politie|rechtbank|regio|huis|plein|loket|"
                           r"sociaal|wijk|buurt|dienst|afdeling|bureau|college|kantoor|punt|netwerk|platform)")


# a street is the address detector's business (deduce's full model let its street annotators win there)
_STRAATWOORD = re.compile(r"(?:^|\s)(?:Laan|Weg|Straat|Plein|Kade|Singel|Gracht|Dijk|Hof|Markt|Park|Dreef)(?:\s|$)"
                          r"|\w(?:straat|laan|weg|plein|kade|singel|gracht|dijk|dreef|steeg)\b")


_AANSPREKING = re.compile(rf"(?:(?i:{ROL})\s+)+")


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
        document = _deduce().deidentify(tekst[begin_stuk:eind_stuk])
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
            if not hoofdletters or _GEEN_PERSOON.search(kaal) or _STRAATWOORD.search(kaal):
                continue
            if re.fullmatch(r"(?:[A-Z]\.\s?)+\w+", kaal) and woorden[-1] not in lijst("names/lst_surname") \
                    and woorden[-1] not in lijst("names/lst_first_name"):
                continue  # "A. Toeleiding": a numbered heading, not initials
            tussenvoegsel = re.search(r"\w \b(?:van|de|der|den|ter|ten|te)\b \w", kaal) is not None
            if not tussenvoegsel and all(w.casefold() in plaatsnamen() or w.casefold() in gewone_woorden() or w.casefold() in GEEN_NAAM
                   for w in hoofdletters):
                continue
            begin = begin_stuk + int(annotatie.start_char) + verschuiving
            if any(b < begin + len(kaal) and begin < e for b, e in organisaties):
                continue  # "het William Schrikker Instituut", "Jeugdteam De Bakker": no person
            yield Treffer("naam", begin, begin + len(kaal))


def _zoek_volledig(tekst: str) -> list[Treffer]:
    """Every finding in `tekst` (spans in `tekst` itself): the detectors and deduce on the normalised text."""
    genormaliseerd = normaliseer_met_bron(tekst)
    snel = zoek_genormaliseerd(genormaliseerd.tekst, volledig=True)
    alle = zonder_overlap([*snel, *_namen_volgens_deduce(genormaliseerd.tekst, snel)])
    return [Treffer(t.soort, *genormaliseerd.origineel(t.begin, t.eind)) for t in alle]


# --- markers ---------------------------------------------------------------------------------------

_MARKERING = re.compile(
    r"privacy-ok:\s*(?P<soort>[\w-]+)(?:\s+(?P<waarde>\"[^\"]*\"|'[^']*'|[^,]*?))?\s*(?:,\s*(?P<reden>.*\S))?\s*$")


def _sleutel(soort: str, waarde: str) -> str:
    """A value compared loosely: digits only for numbers, otherwise case and spacing ignored."""
    waarde = normaliseer(waarde).strip().strip("\"'")
    if soort in ("bsn", "telefoonnummer", "iban"):
        return re.sub(r"[^0-9A-Za-z]", "", waarde).upper()
    return " ".join(waarde.casefold().split())


# --- scanning ------------------------------------------------------------------------------------------

def _regelkolom(regelbegins: list[int], index: int) -> tuple[int, int]:
    regel = bisect.bisect_right(regelbegins, index) - 1
    return regel + 1, index - regelbegins[regel] + 1


def scan_tekst(tekst: str, volledig: bool = True, toon: str = "<tekst>") -> Scan:
    """Every piece of personal data in the YAML text `tekst` not accepted by a ``privacy-ok`` marker, and
    every marker that is not narrow enough. `volledig` adds deduce's name recognition."""
    zoeker = _zoek_volledig if volledig else (lambda t: zoek(t))
    regelbegins = [0, *(m.end() for m in re.finditer("\n", tekst))]
    segmenten = _segmenten(tekst, toon)
    gevonden: list[tuple[Vondst, str, tuple[int, int]]] = []  # finding, its value's key, lines of its segment
    markeringen: list[tuple[int, int, re.Match[str], tuple[int, int]]] = []  # line, column, match, scope
    scalairregels: dict[int, tuple[int, int]] = {}
    for segment in segmenten:
        inhoud = segment.tekst
        if segment.stijl == "#":
            markering = re.match(r"\s*(privacy-ok:)", inhoud)
            if markering is not None:
                markeringstreffer = _MARKERING.match(inhoud, markering.start(1))
                regel, kolom = _regelkolom(regelbegins, segment.plekken[0] - 1)
                if markeringstreffer is not None:
                    markeringen.append((regel, kolom, markeringstreffer, segment.regels))
                inhoud = ""
        else:
            for regel in range(segment.regels[0], min(segment.regels[1], segment.regels[0] + 10_000) + 1):
                vorige = scalairregels.get(regel)
                if vorige is None or vorige[1] - vorige[0] < segment.regels[1] - segment.regels[0]:
                    scalairregels[regel] = segment.regels
        for treffer in zoeker(inhoud):
            begin = segment.plekken[treffer.begin]
            eind = segment.plekken[treffer.eind - 1] + 1
            regel, kolom = _regelkolom(regelbegins, begin)
            gevonden.append((Vondst(treffer.soort, regel, kolom, begin, eind),
                             _sleutel(treffer.soort, inhoud[treffer.begin:treffer.eind]), segment.regels))
    scan = Scan()
    geaccepteerd: set[int] = set()
    for regel, kolom, opmerking, _ in markeringen:
        soort, waarde, reden = opmerking.group("soort"), opmerking.group("waarde"), opmerking.group("reden")
        if soort not in SOORTEN:
            scan.fouten.append(Markeringsfout(regel, kolom, f"privacy-ok noemt onbekende soort '{soort}'"))
            continue
        if not reden:
            scan.fouten.append(Markeringsfout(regel, kolom, f"privacy-ok voor {soort} zonder reden"))
            continue
        bereik = scalairregels.get(regel - 1, (regel - 1, regel - 1))
        kandidaten = [i for i, (v, _, lijnen) in enumerate(gevonden) if v.soort == soort and (
            bereik[0] <= v.regel - 1 <= bereik[1] or lijnen[0] <= regel - 1 <= lijnen[1])]
        if waarde:
            kandidaten = [i for i in kandidaten if gevonden[i][1] == _sleutel(soort, waarde)]
        if not kandidaten:
            scan.fouten.append(Markeringsfout(regel, kolom, f"privacy-ok voor {soort}, maar hier staat geen "
                                              + (f"{SOORTEN[soort]} met die waarde" if waarde else SOORTEN[soort])))
            continue
        if len({gevonden[i][1] for i in kandidaten}) > 1:
            scan.fouten.append(Markeringsfout(regel, kolom, f"privacy-ok voor {soort} past op meer dan één waarde; "
                                              "noem de waarde die u accepteert"))
            continue
        geaccepteerd.update(kandidaten)
    scan.vondsten = sorted((v for i, (v, _, _) in enumerate(gevonden) if i not in geaccepteerd),
                           key=lambda v: (v.regel, v.kolom, v.soort))
    return scan


def scan_naam(naam: str, volledig: bool = True) -> list[str]:
    """The kinds of personal data in a file name (separators read as spaces)."""
    stam = re.sub(r"\.(?:ya?ml)$", "", naam)
    leesbaar = re.sub(r"_|\+(?!\d)", " ", stam)
    treffers = (_zoek_volledig if volledig else zoek)(leesbaar)
    return sorted({t.soort for t in treffers})


# --- files, bounded reading and the cache ---------------------------------------------------------

class Onleesbaar(Exception):
    """A file that cannot be scanned; carries the problem to report, at the place where it is."""

    def __init__(self, code: str, melding: str, hint: str = "", regel: int = 1, kolom: int = 1) -> None:
        super().__init__(melding)
        self.code, self.melding, self.hint, self.regel, self.kolom = code, melding, hint, regel, kolom


def lees_begrensd(pad: Path, maximum: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `maximum` bytes (`invoer.lezen.lees_begrensd`, the reader every
    input goes through); raise `Onleesbaar` otherwise."""
    try:
        return lezen.lees_begrensd(pad, maximum)
    except InvoerFout as fout:
        probleem = fout.problemen[0]
        raise Onleesbaar(probleem.code, probleem.melding, probleem.hint) from None


def decodeer(ruw: bytes) -> str:
    """The text of a YAML file (`invoer.lezen.decodeer_utf8`); raise `Onleesbaar` for UTF-16/32, other
    encodings and binary content."""
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(ruw) > 1 and (ruw[0] == 0 or ruw[1] == 0)):
        raise Onleesbaar("geen-utf8", "bestand is UTF-16 of binair, geen UTF-8",
                         "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8)")
    try:
        tekst = lezen.decodeer_utf8(ruw, "")
    except InvoerFout as fout:
        probleem = fout.problemen[0]
        raise Onleesbaar(probleem.code, f"{probleem.melding}; het bestand is niet doorzocht", probleem.hint,
                         probleem.regel, probleem.kolom) from None
    nul = tekst.find("\x00")
    if nul >= 0:
        raise Onleesbaar("geen-utf8", "bestand bevat een NUL-teken (binair?); het is niet doorzocht",
                         "gebruik een YAML-tekstbestand", tekst.count("\n", 0, nul) + 1, nul - tekst.rfind("\n", 0, nul))
    return tekst


@functools.cache
def _versie() -> str:
    """Part of every cache key: the scanner's own code and the versions of the libraries it uses."""
    import importlib.metadata

    code = hashlib.sha256()
    for module in (Path(__file__), Path(__file__).with_name("namenmodel.py"),
                   *sorted((Path(__file__).parent.parent / "invoer" / "privacy").glob("*.*")),
                   *geen_personen_bestanden()):
        code.update(Path(module).read_bytes())
    for pakket in ("deduce", "python-stdnum", "phonenumbers"):
        code.update(importlib.metadata.version(pakket).encode())
    return code.hexdigest()[:16]


def _cachebestand(ruw: bytes, naam: str) -> Path:
    sleutel = hashlib.sha256(b"\0".join([_versie().encode(), naam.encode("utf-8", "replace"), ruw])).hexdigest()
    return cache.basismap() / "privacy" / sleutel[:2] / f"{sleutel}.json"


def _uit_cache(pad: Path) -> Scan | None:
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
        return Scan(vondsten=[Vondst(*v) for v in data["vondsten"]],
                    fouten=[Markeringsfout(*f) for f in data["fouten"]], naamvondsten=list(data["naam"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _in_cache(pad: Path, scan: Scan) -> None:
    """Store kinds and places only: never a value."""
    data = {"vondsten": [[v.soort, v.regel, v.kolom, v.begin, v.eind] for v in scan.vondsten],
            "fouten": [[f.regel, f.kolom, f.melding] for f in scan.fouten], "naam": scan.naamvondsten}
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        tijdelijk = pad.with_suffix(f".{os.getpid()}.tmp")
        tijdelijk.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tijdelijk, pad)
    except OSError:
        pass  # no cache folder: the next run scans again


def scan_inhoud(ruw: bytes, naam: str, volledig: bool = True) -> Scan:
    """Scan the bytes of a file called `naam`; full scans are cached per content (raises `Onleesbaar`)."""
    tekst = decodeer(ruw)
    bestand = _cachebestand(ruw, naam) if cache.aan() else None
    bewaard = _uit_cache(bestand) if bestand is not None and (volledig or bestand.exists()) else None
    if bewaard is not None:
        return bewaard
    scan = scan_tekst(tekst, volledig, naam)
    scan.naamvondsten = scan_naam(naam, volledig)
    if volledig and bestand is not None:
        _in_cache(bestand, scan)
    return scan


def volledige_scan_nodig(paden: list[Path]) -> bool:
    """Whether a full scan of `paden` would load deduce (some file has no cached result yet)."""
    if lijsten_geladen():
        return False
    if not cache.aan():
        return bool(paden)
    for pad in paden:
        try:
            ruw = lees_begrensd(pad)
        except Onleesbaar:
            continue
        if not _cachebestand(ruw, pad.name).exists():
            return True
    return False


def scan_bestand(pad: Path, ernst: Ernst = Ernst.FOUT, volledig: bool = True, *,
                 meld_leesfouten: bool = False) -> list[Probleem]:
    """The privacy problems of one file, at `ernst` (a warning in `beoordeel`, an error elsewhere).

    A file that cannot be read or decoded cannot be scanned: with `meld_leesfouten` (the `privacy`
    command) that is an error (never a silent all-clear); otherwise nothing is returned, because the
    loader reports it. Without `volledig` the fast scan is used, or a cached full result when there is one."""
    toon = pad_tekst(pad)
    try:
        scan = scan_inhoud(lees_begrensd(pad), pad.name, volledig)
    except Onleesbaar as fout:
        if not meld_leesfouten:
            return []
        return [Probleem(pad=toon, regel=fout.regel, kolom=fout.kolom, code=fout.code, melding=fout.melding, hint=fout.hint,
                         ernst=Ernst.FOUT)]
    return als_problemen(toon, scan, ernst)


_HINT = ("verwijder of pseudonimiseer dit (wijkteamtoets privacy --pseudonimiseer); is het geen persoonsgegeven, "
         "zet dan op deze regel het commentaar # privacy-ok: {soort} <waarde>, <reden>")


def als_problemen(pad: str, scan: Scan, ernst: Ernst = Ernst.FOUT) -> list[Probleem]:
    problemen = [Probleem(pad=pad, regel=v.regel, kolom=v.kolom, code=f"privacy-{v.soort}",
                          melding=f"mogelijk {SOORTEN[v.soort]}; de waarde wordt niet getoond",
                          hint=_HINT.format(soort=v.soort), ernst=ernst)
                 for v in scan.vondsten]
    problemen += [Probleem(pad=pad, regel=1, kolom=1, code=f"privacy-{soort}",
                           melding=f"mogelijk {SOORTEN[soort]} in de bestandsnaam; de waarde wordt niet getoond",
                           hint="geef het bestand een pseudonieme naam", ernst=ernst)
                  for soort in scan.naamvondsten]
    problemen += [Probleem(pad=pad, regel=f.regel, kolom=f.kolom, code="privacy-ok-ongeldig",
                           melding=escape_besturingstekens(f.melding),
                           hint="gebruik # privacy-ok: <soort> <waarde>, <reden> alleen op een regel met die waarde",
                           ernst=ernst) for f in scan.fouten]
    return sorted(problemen)


# --- pseudonymising ----------------------------------------------------------------------------------

@dataclass
class Pseudonimisering:
    """Copies of files with every finding replaced by a placeholder, and the problems that stopped some."""

    kopieen: dict[Path, str] = field(default_factory=dict)  # relative path -> new text
    problemen: list[Probleem] = field(default_factory=list)
    vervangen: int = 0


def pseudonimiseer(bestanden: list[Path]) -> Pseudonimisering:
    """Copies of `bestanden` (relative to their common folder) with each finding replaced by a placeholder
    per kind and person (``[naam-1]``, ``[telefoonnummer-1]``; the same value gets the same placeholder in
    every file). Plain scalars that get a placeholder are double-quoted, so every copy stays valid YAML."""
    from ..invoer.yamlbron import lees_yaml_tekst

    uitkomst = Pseudonimisering()
    nummers: dict[tuple[str, str], str] = {}
    tellers: dict[str, int] = {}
    basis = Path(os.path.commonpath([str(p.resolve().parent) for p in bestanden])) if bestanden else Path()

    def plaatshouder(soort: str, waarde: str) -> str:
        sleutel = (soort, _sleutel(soort, waarde))
        if sleutel not in nummers:
            tellers[soort] = tellers.get(soort, 0) + 1
            nummers[sleutel] = f"[{soort}-{tellers[soort]}]"
        return nummers[sleutel]

    for index, pad in enumerate(bestanden, 1):
        toon = pad_tekst(pad)
        try:
            ruw = lees_begrensd(pad)
            tekst = decodeer(ruw)
        except Onleesbaar as fout:
            uitkomst.problemen.append(Probleem(pad=toon, regel=fout.regel, kolom=fout.kolom, code=fout.code,
                                               melding=fout.melding,
                                               hint=fout.hint))
            continue
        scan = scan_inhoud(ruw, pad.name)
        segmenten = sorted((s for s in _segmenten(tekst, toon) if s.bron[1] > s.bron[0]), key=lambda s: s.bron)
        beginnen = [s.bron[0] for s in segmenten]
        te_quoten: dict[int, _Segment] = {}
        vervangingen: list[tuple[int, int, str]] = []
        for vondst in scan.vondsten:
            vervangingen.append((vondst.begin, vondst.eind, plaatshouder(vondst.soort, tekst[vondst.begin:vondst.eind])))
            plaats = bisect.bisect_right(beginnen, vondst.begin) - 1
            if plaats >= 0 and not segmenten[plaats].stijl and segmenten[plaats].bron[1] >= vondst.eind:
                te_quoten[segmenten[plaats].bron[0]] = segmenten[plaats]
        bewerkingen: list[tuple[int, int, str]] = []
        binnen: set[tuple[int, int, str]] = set()
        for segment in te_quoten.values():
            begin, eind = segment.bron
            delen: list[str] = []
            vorige = begin
            for vervanging in sorted(v for v in vervangingen if begin <= v[0] and v[1] <= eind):
                delen += [tekst[vorige:vervanging[0]], vervanging[2]]
                vorige = vervanging[1]
                binnen.add(vervanging)
            delen.append(tekst[vorige:eind])
            inhoud = "".join(delen)
            bewerkingen.append((begin, eind, '"' + inhoud.replace("\\", "\\\\").replace('"', '\\"') + '"'))
        bewerkingen += [v for v in vervangingen if v not in binnen]
        stukken: list[str] = []
        einde = len(tekst)
        for begin, eind, tekstdeel in sorted(bewerkingen, key=lambda b: -b[0]):
            if eind > einde:  # overlapping edit (cannot happen with non-overlapping findings): skip it
                continue
            stukken += [tekst[eind:einde], tekstdeel]
            einde = begin
        stukken.append(tekst[:einde])
        nieuw = "".join(reversed(stukken))
        uitkomst.vervangen += len(vervangingen)
        naam = pad.name if not scan.naamvondsten else f"pseudoniem-{index}{pad.suffix}"
        try:
            componeer(tekst, toon)
            geldig = True
        except InvoerFout:
            geldig = False
        if geldig:
            try:
                lees_yaml_tekst(nieuw.encode("utf-8"), toon)
            except InvoerFout as fout:
                if not all(p.code in ("dubbele-sleutel",) for p in fout.problemen):
                    uitkomst.problemen.append(Probleem(
                        pad=toon, regel=1, kolom=1, code="yaml-syntaxis",
                        melding="de gepseudonimiseerde kopie zou geen geldige YAML zijn; niet geschreven",
                        hint="pseudonimiseer dit bestand met de hand"))
                    continue
        uitkomst.kopieen[pad.resolve().parent.relative_to(basis) / naam] = nieuw
    return uitkomst
