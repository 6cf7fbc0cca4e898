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

    citaat: "bel 088-1234567"   # privacy-ok: telefoonnummer 088-1234567, algemeen nummer van Veilig Thuis

A marker without a reason, with an unknown kind, that accepts nothing, or that would accept more than
one value is itself reported, so that acceptances stay narrow.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..invoer.patronen import patroon
from ..invoer.persoonsgegevens import escape_besturingstekens
from ..invoer.privacy import SOORTEN, Treffer, normaliseer
from ..invoer.privacy.lijsten import Stand, geen_personen_stand, laad_woordenlijsten, vaste_stand
from ..problemen import Ernst, Probleem, pad_tekst
from . import cache, privacyzoeker
from .privacylezen import Onleesbaar, decodeer, lees_begrensd
from .privacytekst import Segment
from .privacytekst import segmenten as lees_segmenten

_ONBEKENDE_SOORT = "privacy-ok noemt een onbekende soort (bekend: " + ", ".join(SOORTEN) + ")"
"""The message for a privacy-ok marker whose kind is not one of `SOORTEN`: the word itself is never shown."""

__all__ = ["SOORTEN", "Markeringsfout", "Scan", "Vondst", "scan_bestand", "scan_naam", "scan_tekst"]


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


# --- deduce ------------------------------------------------------------------------------------------

def lijsten_geladen() -> bool:
    """Whether deduce's name model is loaded in this process."""
    return privacyzoeker.geladen()


def laad_lijsten() -> None:
    """Load deduce's name model and the word lists now (the CLI shows a spinner meanwhile)."""
    privacyzoeker.namenmodel().model()
    laad_woordenlijsten()


def scan_naam(naam: str, volledig: bool = True) -> list[str]:
    """The kinds of personal data in a file name (`privacybestandsnaam`, imported when first needed)."""
    from .privacybestandsnaam import scan_naam as scan

    with vaste_stand():
        return scan(naam, volledig)


# --- markers ---------------------------------------------------------------------------------------

_MARKERING = patroon(
    r"privacy-ok:\s*(?P<soort>[\w-]+)(?:\s+(?P<waarde>\"[^\"]*\"|'[^']*'|[^,]*?))?\s*(?:,\s*(?P<reden>.*\S))?\s*$")


def _sleutel(soort: str, waarde: str) -> str:
    """A value compared loosely: digits only for numbers, otherwise case and spacing ignored."""
    waarde = normaliseer(waarde).strip().strip("\"'")
    if soort in ("bsn", "telefoonnummer", "iban"):
        return re.sub(r"[^0-9A-Za-z]", "", waarde).upper()
    return " ".join(waarde.casefold().split())


# --- scanning ------------------------------------------------------------------------------------------

_ESCAPE = patroon(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")


def _regelkolom(regelbegins: list[int], index: int) -> tuple[int, int]:
    regel = bisect.bisect_right(regelbegins, index) - 1
    return regel + 1, index - regelbegins[regel] + 1


def scan_tekst(tekst: str, volledig: bool = True, toon: str = "<tekst>") -> Scan:
    """Every piece of personal data in the YAML text `tekst` not accepted by a ``privacy-ok`` marker, and
    every marker that is not narrow enough. `volledig` adds deduce's name recognition."""
    with vaste_stand():  # every text of the file with the same lists of organisations
        return _scan_tekst(tekst, volledig, toon)


def _scan_tekst(tekst: str, volledig: bool, toon: str) -> Scan:
    zoeker = privacyzoeker.zoeker(volledig)
    regelbegins = [0, *(m.end() for m in re.finditer("\n", tekst))]
    segmenten = lees_segmenten(tekst, toon)
    gevonden: list[tuple[Vondst, str, tuple[int, int]]] = []  # finding, its value's key, lines of its segment
    markeringen: list[tuple[int, int, re.Match[str], tuple[int, int]]] = []  # line, column, match, scope
    scalairregels: dict[int, tuple[int, int]] = {}
    gelezen: list[tuple[Segment, str, list[Treffer]]] = []  # every segment as read, with its findings
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
        gelezen.append((segment, inhoud, zoeker(inhoud)))
    if volledig:  # a name found once is a name wherever its words stand in the file ("Mebrahtu belde")
        from ..invoer.privacy.herhaling import herhaalde_namen, naamwoorden

        woorden = naamwoorden(inhoud[t.begin:t.eind] for _, inhoud, treffers in gelezen for t in treffers
                              if t.soort == "naam")
        for _, inhoud, treffers in gelezen if woorden else ():
            vrij = _vrij_van(treffers)
            treffers += [t for t in herhaalde_namen(inhoud, woorden) if vrij(t)]
    for segment, inhoud, treffers in gelezen:
        for treffer in treffers:
            begin = segment.plekken[treffer.begin]
            eind = segment.plekken[treffer.eind - 1] + 1
            if segment.stijl == '"' and tekst[eind - 1] == "\\":  # a value that ends in an escape ("L\u0435")
                escape = _ESCAPE.match(tekst, eind - 1)
                eind = escape.end() if escape else eind
            regel, kolom = _regelkolom(regelbegins, begin)
            gevonden.append((Vondst(treffer.soort, regel, kolom, begin, eind),
                             _sleutel(treffer.soort, inhoud[treffer.begin:treffer.eind]), segment.regels))
    scan = Scan()
    geaccepteerd: set[int] = set()
    for regel, kolom, opmerking, _ in markeringen:
        soort, waarde, reden = opmerking.group("soort"), opmerking.group("waarde"), opmerking.group("reden")
        if soort not in SOORTEN:
            scan.fouten.append(Markeringsfout(regel, kolom, _ONBEKENDE_SOORT))  # its word is file text: not shown
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


def _vrij_van(treffers: list[Treffer]) -> Callable[[Treffer], bool]:
    """A test whether a finding overlaps none of `treffers`, in log time (binary search on the begins, with the
    largest end so far), so that a long line full of names does not make the scan quadratic."""
    gesorteerd = sorted(treffers, key=lambda a: a.begin)
    begins = [a.begin for a in gesorteerd]
    verste = list(itertools.accumulate((a.eind for a in gesorteerd), max))

    def vrij(nieuw: Treffer) -> bool:
        i = bisect.bisect_left(begins, nieuw.eind)  # the findings that begin before `nieuw` ends
        return i == 0 or verste[i - 1] <= nieuw.begin

    return vrij


# --- files, bounded reading and the cache ---------------------------------------------------------

def _versie() -> str:
    """Part of every cache key: the scanner's own code, the versions of the libraries it uses and the lists of
    organisations as they are now (a list changed while the process runs gives another key)."""
    return _versie_bij(geen_personen_stand())


@functools.lru_cache(maxsize=8)
def _versie_bij(lijsten: Stand) -> str:
    from .pakketten import versie

    code = hashlib.sha256()
    hier = Path(__file__)
    for module in (hier, *(hier.with_name(naam) for naam in ("namenmodel.py", "privacytekst.py", "privacybestandsnaam.py",
                                                            "privacyzoeker.py", "privacylezen.py", "woordfrequenties.py",
                                                            "voornamen.py", "deducestukken.py", "lijstbestanden.py",
                                                            "patroonopslag.py")),
                   hier.parent.parent / "invoer" / "patronen.py",
                   *sorted((hier.parent.parent / "invoer" / "privacy").glob("*.*")),
                   *(Path(pad) for pad, _, _ in lijsten)):
        code.update(Path(module).read_bytes())
    for pakket in ("deduce", "python-stdnum", "phonenumbers", "wordfreq"):
        code.update(versie(pakket).encode())
    return code.hexdigest()[:16]


scannerversie = _versie  # part of the key of every cached result that holds a scan
SNEL = "privacysnel"  # the namespace of fast scans; a full scan (namespace ``privacy``) serves a fast request too


def _cachesleutel(ruw: bytes, naam: str) -> str:
    """The key of a scan: exactly what it depends on (the scanner, the file name and the bytes)."""
    return cache.sleutel(_versie(), naam.encode("utf-8", "replace"), ruw)


def _uit_cache(ruw: bytes, naam: str, ruimte: str = "privacy") -> Scan | None:
    """The cached scan of these bytes, if there is an authentic one (see `controles.cache`)."""
    data = cache.lees(ruimte, _cachesleutel(ruw, naam))
    if not isinstance(data, dict):
        return None
    try:
        return Scan(vondsten=[Vondst(str(v[0]), *(int(x) for x in v[1:5])) for v in data["vondsten"]],
                    fouten=[Markeringsfout(int(f[0]), int(f[1]), str(f[2])) for f in data["fouten"]],
                    naamvondsten=[str(s) for s in data["naam"]])
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _in_cache(ruw: bytes, naam: str, scan: Scan, ruimte: str = "privacy") -> None:
    """Store kinds and places only: never a value (no marker message repeats a word from the file)."""
    data = {"vondsten": [[v.soort, v.regel, v.kolom, v.begin, v.eind] for v in scan.vondsten],
            "fouten": [[f.regel, f.kolom, f.melding] for f in scan.fouten], "naam": scan.naamvondsten}
    cache.bewaar(ruimte, _cachesleutel(ruw, naam), data)


def scan_inhoud(ruw: bytes, naam: str, volledig: bool = True) -> Scan:
    """Scan the bytes of a file called `naam`, cached per content and kind of scan (raises `Onleesbaar`)."""
    tekst = decodeer(ruw)
    bewaard = _uit_cache(ruw, naam) or (None if volledig else _uit_cache(ruw, naam, SNEL))
    if bewaard is not None:
        return bewaard
    scan = scan_tekst(tekst, volledig, naam)
    scan.naamvondsten = list(_bestandsnaam(naam, volledig, geen_personen_stand()))  # an edited file keeps its name
    _in_cache(ruw, naam, scan, "privacy" if volledig else SNEL)
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
        if _uit_cache(ruw, pad.name) is None:
            return True
    return False


def scan_bestand(pad: Path, ernst: Ernst = Ernst.FOUT, volledig: bool = True, *,
                 meld_leesfouten: bool = False, ruw: bytes | None = None) -> list[Probleem]:
    """The privacy problems of one file, at `ernst` (a warning in `beoordeel`, an error elsewhere).

    A file that cannot be read or decoded cannot be scanned: with `meld_leesfouten` (the `privacy`
    command) that is an error (never a silent all-clear); otherwise nothing is returned, because the
    loader reports it. Without `volledig` the fast scan is used, or a cached full result when there is one.
    `ruw`: the file's bytes as the caller read them (the loader judged the same content)."""
    with vaste_stand():  # the file, its name and its folders' names with the same lists of organisations
        return _scan_bestand(pad, ernst, volledig, meld_leesfouten, ruw)


def _scan_bestand(pad: Path, ernst: Ernst, volledig: bool, meld_leesfouten: bool, ruw: bytes | None) -> list[Probleem]:
    toon = pad_tekst(pad)
    try:
        scan = scan_inhoud(lees_begrensd(pad) if ruw is None else ruw, pad.name, volledig)
    except Onleesbaar as fout:
        if not meld_leesfouten:
            return []
        return [Probleem(pad=toon, regel=fout.regel, kolom=fout.kolom, code=fout.code, melding=fout.melding, hint=fout.hint,
                         ernst=Ernst.FOUT)]
    return sorted(als_problemen(toon, scan, ernst) + mapproblemen(pad, ernst, volledig))


def mapproblemen(pad: Path, ernst: Ernst = Ernst.FOUT, volledig: bool = True) -> list[Probleem]:
    """Personal data in the names of the two folders that hold a file (``data/<gemeente>/dossiers``): a
    folder name reaches reports and exports as well as a file name does."""
    soorten: set[str] = set()
    for map_ in (pad.parent, pad.parent.parent)[: len(pad.parts) - 1]:
        if map_.name:  # the lists are part of the key: a user's own list of organisations changes the result
            soorten.update(_mapnaam(map_.name, volledig, geen_personen_stand()))
    return [Probleem(pad=pad_tekst(pad), regel=1, kolom=1, code=f"privacy-{soort}",
                     melding=f"mogelijk {SOORTEN[soort]} in de mapnaam; de waarde wordt niet getoond",
                     hint="geef de map een pseudonieme naam", ernst=ernst) for soort in sorted(soorten)]


@functools.lru_cache(maxsize=4096)  # `scan_naam` of a folder name once per process: each file in the folder asks
def _mapnaam(naam: str, volledig: bool, lijsten: Stand) -> tuple[str, ...]:
    return _naamsoorten(naam, volledig, ("privacy", SNEL)[: 1 if volledig else 2])


@functools.lru_cache(maxsize=4096)
def _bestandsnaam(naam: str, volledig: bool, lijsten: Stand) -> tuple[str, ...]:
    """`scan_naam` of a file name, kept as a folder name's is, but only of the kind of scan asked for."""
    return _naamsoorten(naam, volledig, ("privacy" if volledig else SNEL,))


def _naamsoorten(naam: str, volledig: bool, ruimtes: tuple[str, ...]) -> tuple[str, ...]:
    sleutel = _cachesleutel(b"", naam)  # kinds only, under the name's hash, in namespaces of their own
    for ruimte in ruimtes:
        data = cache.lees(f"{ruimte}map", sleutel)
        if isinstance(data, list) and all(isinstance(s, str) and s in SOORTEN for s in data):
            return tuple(data)
    cache.bewaar(f"{'privacy' if volledig else SNEL}map", sleutel, soorten := scan_naam(naam, volledig))
    return tuple(soorten)


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

def sleutel_van_waarde(soort: str, waarde: str) -> str:
    """A value compared loosely (the same person or number gets the same placeholder)."""
    return _sleutel(soort, waarde)

