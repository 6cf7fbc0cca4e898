"""Tables in a text: a header that names its columns ("Naam;Geb.datum;BSN;Adres", "| Naam kind | School |",
"naam,geb. datum,telefoon", "Name<TAB>Phone") and the rows under it, each cell with the column it stands in.

The text is read with its line breaks and tabs (`normaliseren.met_regeleinden`; a line that YAML folded into a space
is a line break again, see `controles.privacytekst`). A header is a line, or a piece after a bracket, colon, pipe or
arrow, of two to sixteen column labels with one separator (``;``, ``,``, ``|`` or TAB) that this module knows
(`kolomsoorten`: Dutch and English, abbreviated, with the person as a label: "Naam moeder", "BSN kind"), at least one
of a kind of personal data; it ends at the end of its line, a closing bracket, a colon, a pipe or an arrow. A label
this module does not know makes the line no header: a list of words in prose is none ("naam, geboortedatum en
adres ontbreken"). Only a header of pipes may go on with its first row on the same line ("Naam | School | Kees |
De Regenboog").

The rows follow the header: cells between separators (a CSV cell in double quotes may hold the separator), a row
ending at a line break, at a pipe or an arrow between rows of another separator ("Naam;BSN | Jansen;123 | ..."),
and in a table of pipes also after as many cells as the header has columns. A line break inside a row whose other
cells still have to come is a line wrapped inside a cell. A row of dashes (Markdown's ``|---|---|``) is no row. The
table ends at an empty line, a line without a separator after a full row, a cell longer than any value
(`_LANGSTE_CEL`), or the next header. Everything is linear: each position is read a bounded number of times.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..patronen import patroon
from .kolomsoorten import Kolom, kolom

_LANGSTE_CEL = 150
"""A cell longer than this is prose after the table, not a value in it."""

# a header: two or more labels with one separator, standing on its own (at the start of the text or a line, after a
# bracket, colon, pipe or arrow, or after a word that announces it: "kop naam;bsn", "Kolom naam | school"; a Markdown
# header also after its opening pipe)
_LABEL = r"[^\W\d_](?:[^\n;,|\t():→>= ]| (?!-)|\([^\n;,|\t()]{0,20}\)){0,39}"  # " - " ends it: "Naam;BSN - Jansen;..."
_AANKONDIGING = ("kop", "koppen", "kolom", "kolommen", "veldnamen", "velden", "header", "headers", "columns", "fields")
_VOOR_KOP = (r"(?:\A|(?<=[\n(\[:>→|])|" + "|".join(rf"(?<=\b(?i:{woord}) )" for woord in _AANKONDIGING)
             + r")[ \t]*\|?[ \t]*")
_KOP = patroon(rf"{_VOOR_KOP}(?P<kop>\"?{_LABEL}(?P<s>[;,|\t])[ ]*\"?{_LABEL}(?:(?P=s)[ ]*\"?{_LABEL}){{0,14}})")
# where a header may start: after one of these characters, or after a word that announces it; its first label
_KANDIDAAT = patroon(r"[\n(\[:>→|]")
_AANKONDIGEND = patroon(rf"(?i:\b(?:{'|'.join(_AANKONDIGING)}) )")
_EERSTE_LABEL = patroon(rf"[ \t]*\|?[ \t]*(?P<label>\"?{_LABEL})[;,|\t]")
_LABELS = patroon(r"[^;,|\t]+")
_ONBEKEND_LABEL = patroon(r"[ \t]*\"?[^\W\d_]{2,20}\"?[ \t]*")  # a column this module does not know: one plain word
# what may follow a header of another separator than a pipe: the end of its line, a bracket, a colon, a pipe, an arrow
# or a dash between spaces
_NA_KOP = patroon(r"[ \t]*(?:[\n|)\]:→]|->|=>|\Z)|[ \t]+-(?=\s|\Z)")
_NA_PIJPKOP = patroon(r"[ \t]*\|?[ \t]*(?:[\n)\]:→]|->|=>|\Z)|[ \t]+-(?=\s|\Z)")  # a header of pipes: no cell after it
# from the end of a header to its first row: a closing bracket, a colon, a pipe, an arrow or a dash, and a line break
_NAAR_RIJEN = patroon(r"[ \t]*[)\]]?[ \t]*(?::|→|->|=>|\||-(?=\s|\Z))?[ \t]*\n?")
# what ends a cell (or a row) in a table of each separator
_GRENZEN = {s: patroon(rf"[{re.escape(s)}\n|\"]|→|->|=>") for s in ";,\t"} | {"|": patroon(r"[|\n]")}
_RIJGRENS = patroon(r"[|→]|->|=>")
# a line of one short word after a full row: the end of its last cell, wrapped ("Kerkstraat" / "9")
_STAART = patroon(r"[ \t]*[^\s;,|\t]{1,10}[ \t]*")
_STREEPJES = patroon(r"[ \t]*:?-{3,}:?[ \t]*")
_AANHALING = patroon(r'"(?:[^"\n]|""){0,200}"')


@dataclass
class Tabel:
    """One table: its columns and, for each cell of its rows, its span and column; the separators between its cells
    (and the end of its header), which no single value crosses."""

    kolommen: tuple[Kolom, ...]
    cellen: list[tuple[int, int, int]] = field(default_factory=list)  # begin, end, column index
    grenzen: list[int] = field(default_factory=list)


def tabellen(tekst: str) -> Iterator[Tabel]:
    """The tables in `tekst` (read with its line breaks and tabs), in order."""
    laag = tekst.casefold()
    aankondigingen = [m.end() for m in _AANKONDIGEND.finditer(tekst)] \
        if any(woord in laag for woord in ("kop", "kolom", "veld", "header", "column", "field")) else []
    begin: int | None = 0
    while begin is not None:
        eerste = _EERSTE_LABEL.match(tekst, begin)
        kop = _KOP.match(tekst, begin) if eerste is not None and kolom(eerste.group("label")) is not None else None
        gevonden = None if kop is None else _als_kop(tekst, kop)
        if kop is None or gevonden is None:
            begin = _volgende_kandidaat(tekst, begin + 1, aankondigingen)
            continue
        tabel, eind = gevonden
        positie = eind if _is_kop(tekst, eind) else \
            _rijen(tekst, tabel, eind, kop.group("s"), kop.group().lstrip(" \t").startswith("|"))
        yield tabel
        begin = _volgende_kandidaat(tekst, max(positie, begin + 1), aankondigingen)


def _volgende_kandidaat(tekst: str, vanaf: int, aankondigingen: list[int]) -> int | None:
    """The first place from `vanaf` where a header may start: after a character of `_KANDIDAAT` or an announcing word
    ("kop naam;bsn", "Kolom naam | geb.datum"); a search for one character class, which is fast on long prose."""
    teken = _KANDIDAAT.search(tekst, max(vanaf - 1, 0))
    plek = bisect.bisect_left(aankondigingen, vanaf)
    kandidaten = [k for k in (teken.end() if teken else None, aankondigingen[plek] if plek < len(aankondigingen) else None)
                  if k is not None]
    return min(kandidaten) if kandidaten else None


def _als_kop(tekst: str, kop: re.Match[str]) -> tuple[Tabel, int] | None:
    """The table a header candidate opens (without rows) and where its header ends, or None if it is no header.

    A header on its own line may have a few columns this module does not know, each one plain word ("Maatregel");
    a header of pipes that goes on with other text on its line ends at its first unknown label, where its first row
    starts ("Naam | School | Kees | De Regenboog")."""
    scheiding, start = kop.group("s"), kop.start("kop")
    labels = [(start + label.start(), start + label.end(), kolom(label.group()))
              for label in _LABELS.finditer(kop.group("kop"))]
    eind = _zonder_staart(tekst, start, labels[-1][1])
    na_kop = _NA_PIJPKOP if scheiding == "|" else _NA_KOP
    onbekend = [i for i, (b, e, soort) in enumerate(labels) if soort is None]
    if onbekend and (not na_kop.match(tekst, eind) or len(onbekend) > max(1, len(labels) // 3)
                     or not all(_ONBEKEND_LABEL.fullmatch(tekst, b, e) for b, e, soort in labels if soort is None)):
        if scheiding != "|" or onbekend[0] < 2:
            return None
        labels = labels[:onbekend[0]]  # "Naam | School | Kees | ...": the first row follows on this line
        eind = _zonder_staart(tekst, start, labels[-1][1])
        rijen = tekst.index("|", eind) + 1
    elif not na_kop.match(tekst, eind) and (scheiding != "|" or not _NA_KOP.match(tekst, eind)):
        return None  # prose goes on after the labels: "Kolommen: datum, onderwerp, afspraak. 12-03-2021, ..."
    else:
        verder = _NAAR_RIJEN.match(tekst, eind)
        rijen = verder.end() if verder else eind
    kolommen = [Kolom("") if soort is None else soort for _, _, soort in labels]
    if len(kolommen) < 2 or not any(k.soort for k in kolommen) or all(k.aard == "persoon" for k in kolommen):
        return None  # no column of personal data, or persons only: "Aanwezig: moeder, vader, oma"
    if len(kolommen) - len(onbekend) < 2 or (scheiding == "," and ", " in tekst[start:eind]):
        return None  # a CSV header has no space after its commas; prose has: "vermeldt naam, adres en BSN"
    return Tabel(tuple(kolommen), grenzen=[*(b - 1 for b, _, _ in labels[1:]), eind]), rijen


def _zonder_staart(tekst: str, begin: int, eind: int) -> int:
    """The end of a header's last label without its spaces or the start of an arrow ("IBAN -> ...")."""
    while eind > begin and (tekst[eind - 1] == " " or (tekst[eind - 1] in "-=" and tekst[eind:eind + 1] == ">")):
        eind -= 1
    return eind


class _Rij:
    """The cells of the row being read: their spans, the separators between them, where the open cell begins."""

    def __init__(self, begin: int) -> None:
        self.cellen: list[tuple[int, int]] = []
        self.grenzen: list[int] = []
        self.celbegin = begin
        self.afgebroken = False  # a cell of it goes on on the next line

    def sluit(self, eind: int) -> None:
        self.cellen.append((self.celbegin, eind))


def _rijen(tekst: str, tabel: Tabel, positie: int, scheiding: str, markdown: bool) -> int:
    """Read the rows of `tabel` from `positie` into it; return where the table ends."""
    n = len(tabel.kolommen)
    grens = _GRENZEN[scheiding]
    rij = _Rij(_rijbegin(tekst, positie, scheiding))
    positie = rij.celbegin
    while True:
        if scheiding != "|" and not _open(tekst, rij, positie):  # a CSV cell in quotes: its separators are text
            aanhaling = _AANHALING.match(tekst, _celbegin(tekst, rij))
            positie = aanhaling.end() if aanhaling is not None else positie
        volgende = grens.search(tekst, positie, rij.celbegin + _LANGSTE_CEL + 1)
        if volgende is None:
            if len(tekst) - rij.celbegin > _LANGSTE_CEL:
                _bewaar(tekst, tabel, rij, n)
                return rij.celbegin  # prose after the table
            if _open(tekst, rij, len(tekst)) or rij.cellen:
                rij.sluit(len(tekst))
            _bewaar(tekst, tabel, rij, n)
            return len(tekst)
        teken, positie = volgende.group(), volgende.end()
        if teken == '"':
            continue
        if teken == scheiding or teken != "\n":  # a separator, or a pipe or an arrow between rows
            rij.sluit(volgende.start())
            rij.grenzen.append(volgende.start())
            rij.celbegin = positie
            if teken != scheiding or (scheiding == "|" and len(rij.cellen) >= n):  # the next row starts
                _bewaar(tekst, tabel, rij, n)
                rij = _Rij(_rijbegin(tekst, positie, scheiding))
                positie = rij.celbegin
            continue
        # a line break: the row ends, its open cell goes on on the next line, or the table ends
        regeleinde = tekst.find("\n", positie, positie + 1000)
        volgende_regel = tekst[positie:positie + 1000 if regeleinde < 0 else regeleinde]
        open_cel = _open(tekst, rij, volgende.start())
        gevuld = len(rij.cellen) + (1 if open_cel else 0)
        if gevuld == 0:  # the row has not begun: after a full row of pipes
            if not volgende_regel.strip() or not _rij_volgt(volgende_regel, scheiding, markdown) \
                    or _is_kop(tekst, positie):
                return positie
            rij.celbegin = _rijbegin(tekst, positie, scheiding)
            positie = rij.celbegin
            continue
        if markdown:
            einde_rij = not open_cel and volgende_regel.lstrip().startswith("|")
        else:  # the next line up to a pipe or an arrow between rows: as many cells as a row, or the end of a cell
            rijgrens = None if scheiding == "|" else _RIJGRENS.search(volgende_regel)
            deel = volgende_regel if rijgrens is None else volgende_regel[:rijgrens.start()]
            cellen_erna = deel.count(scheiding) + (0 if scheiding == "|" else 1)
            staart = scheiding not in deel and (deel != volgende_regel or _STAART.fullmatch(deel) is not None)
            einde_rij = (gevuld >= n and not staart) or (len(rij.cellen) >= 1 and cellen_erna >= n)
        if not einde_rij and volgende_regel.strip() and positie - rij.celbegin <= _LANGSTE_CEL:
            rij.afgebroken = True
            continue  # a line wrapped inside a cell
        rij.sluit(volgende.start())
        if not volgende_regel.strip() or _is_kop(tekst, positie) \
                or not _rij_volgt(volgende_regel, scheiding, markdown):
            _bewaar(tekst, tabel, rij, n)
            return positie  # an empty line, a new header, or a line that is no row
        rij.grenzen.append(volgende.start())  # between two rows: no value runs on into the next
        _bewaar(tekst, tabel, rij, n)
        rij = _Rij(_rijbegin(tekst, positie, scheiding))
        positie = rij.celbegin


def _is_kop(tekst: str, positie: int) -> bool:
    """Whether a header starts at `positie` (the start of a line)."""
    kop = _KOP.match(tekst, positie)
    return kop is not None and _als_kop(tekst, kop) is not None


def _rij_volgt(regel: str, scheiding: str, markdown: bool) -> bool:
    """Whether a line can be a row of the table: it opens with a pipe (Markdown) or holds a separator."""
    return regel.lstrip().startswith("|") if markdown else scheiding in regel


_OPENENDE_PIJP = patroon(r"[ \t]*\|")


def _rijbegin(tekst: str, positie: int, scheiding: str) -> int:
    """Where the first cell of a row starts: after the opening pipe of a Markdown row."""
    if scheiding == "|":
        pijp = _OPENENDE_PIJP.match(tekst, positie)
        return pijp.end() if pijp else positie
    return positie


def _celbegin(tekst: str, rij: _Rij) -> int:
    begin = rij.celbegin
    while begin < len(tekst) and tekst[begin] in " \t":
        begin += 1
    return begin


def _open(tekst: str, rij: _Rij, eind: int) -> str:
    """The text of the open cell up to `eind`, stripped."""
    return tekst[rij.celbegin:eind].strip()


def _bewaar(tekst: str, tabel: Tabel, rij: _Rij, n: int) -> None:
    """Keep the cells of a finished row of two or more cells: not a row of dashes (Markdown's ``|---|``), not one with
    more cells than the header has columns (a comma in an unquoted cell: its columns cannot be known), not one over
    several lines with fewer cells than columns."""
    cellen = [_gestript(tekst, begin, eind) for begin, eind in rij.cellen]
    while cellen and cellen[-1][0] == cellen[-1][1]:  # "Jansen;8;": an empty cell after the last one
        cellen.pop()
    if len(rij.cellen) < 2 or not cellen or len(cellen) > n or (rij.afgebroken and len(rij.cellen) < n):
        return  # a row over several lines has all its cells: else it is prose with a separator on some lines
    if all(_STREEPJES.fullmatch(tekst, begin, eind) or begin == eind for begin, eind in cellen):
        return
    tabel.grenzen += rij.grenzen
    tabel.cellen += [(begin, eind, index) for index, (begin, eind) in enumerate(cellen) if eind > begin]


def _gestript(tekst: str, begin: int, eind: int) -> tuple[int, int]:
    """A cell's span without the spaces and the CSV quotes around it."""
    while begin < eind and tekst[begin] in " \t\n":
        begin += 1
    while eind > begin and tekst[eind - 1] in " \t\n":
        eind -= 1
    if eind - begin >= 2 and tekst[begin] == '"' and tekst[eind - 1] == '"':
        return begin + 1, eind - 1
    return begin, eind
