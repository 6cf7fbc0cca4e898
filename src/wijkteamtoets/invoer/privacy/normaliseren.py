"""The text a reader sees: normalised before any detector runs, with a way back to the original offsets.

A value can hide from a pattern in ways a reader never notices: a zero-width space or a soft hyphen inside a
BSN or a name, fullwidth digits, HTML entities (``&#49;``), YAML or JSON escapes written out in a comment
(``\\u200b``), Cyrillic or Greek letters that look like Latin ones, look-alike spaces and dashes. `normaliseer`
undoes all of that (Unicode NFKC, format characters removed, entities and escapes decoded, look-alikes mapped
to Latin) and keeps, for every character of the result, the span of the original text it came from, so a
finding still points at the original line and column.
"""

from __future__ import annotations

import bisect
import html
import unicodedata
from dataclasses import dataclass

from ..patronen import patroon

_GELIJKE_TEKENS = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\ufe63": "-",
    "\uff0d": "-", "\u2018": "'", "\u2019": "'", "\uff20": "@", "\t": " ", "\n": " ", "\r": " ",
})

# Cyrillic and Greek letters that look like Latin ones (Unicode's confusables for these scripts, the letters
# that matter for names and numbers)
_GELIJKENDE_LETTERS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "һ": "h",
    "ɡ": "g", "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ї": "I", "Ј": "J", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ϲ": "c", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C", "Ϝ": "F", "ϳ": "j",
})

# what needs more than a one-for-one replacement: entities, written-out escapes, and any non-ASCII run
_BIJZONDER = patroon(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
                     r"|\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})|[^\x00-\x7f]+")


@dataclass(frozen=True)
class Genormaliseerd:
    """A normalised text and, per character, the span ``[begin, eind)`` of the original it stands for.

    `begins` is None when the text did not change (then every offset maps to itself)."""

    tekst: str
    begins: list[int] | None = None
    einden: list[int] | None = None

    def origineel(self, begin: int, eind: int) -> tuple[int, int]:
        """The span of the original text that the normalised span ``[begin, eind)`` came from."""
        if self.begins is None or self.einden is None:
            return begin, eind
        if eind <= begin:
            return self.begins[begin] if begin < len(self.begins) else (self.einden[-1] if self.einden else 0), \
                self.begins[begin] if begin < len(self.begins) else (self.einden[-1] if self.einden else 0)
        return self.begins[begin], self.einden[eind - 1]


def _teken(teken: str) -> str:
    """One character (with its combining marks) as a reader sees it: format characters dropped, NFKC,
    look-alike letters, spaces and dashes mapped."""
    if len(teken) == 1 and unicodedata.category(teken) in ("Cf", "Mn"):
        return ""  # zero-width space and joiners, soft hyphen, bidi controls, BOM; a mark on a plain letter
    samengesteld = unicodedata.normalize("NFKC", teken)
    if len(samengesteld) > 1:  # a mark that composes with nothing (a strike-through, a dot above a Latin x)
        samengesteld = "".join(t for t in samengesteld if not unicodedata.combining(t)) or samengesteld
    return samengesteld.translate(_GELIJKENDE_LETTERS).translate(_GELIJKE_TEKENS)


def _decodeer(stuk: str) -> str:
    if stuk.startswith("&"):
        return html.unescape(stuk)
    if stuk.startswith("\\"):
        try:
            return chr(int(stuk[2:], 16))
        except ValueError:
            return stuk
    return stuk


def normaliseer_met_bron(tekst: str) -> Genormaliseerd:
    """`tekst` normalised (see the module), with the way back to original offsets."""
    if tekst.isascii() and "&" not in tekst and "\\" not in tekst:
        return Genormaliseerd(tekst.translate(_GELIJKE_TEKENS))
    delen: list[str] = []
    begins: list[int] = []
    einden: list[int] = []
    vorige = 0
    for treffer in _BIJZONDER.finditer(tekst):
        start, eind = treffer.span()
        if start > vorige:
            delen.append(tekst[vorige:start].translate(_GELIJKE_TEKENS))
            begins.extend(range(vorige, start))
            einden.extend(range(vorige + 1, start + 1))
        stuk = treffer.group()
        if stuk[0] in "&\\":
            gedecodeerd = _decodeer(stuk)
            for teken in gedecodeerd:
                nieuw = _teken(teken)
                delen.append(nieuw)
                begins.extend([start] * len(nieuw))
                einden.extend([eind] * len(nieuw))
        else:
            positie = start
            while positie < eind:
                volgende = positie + 1
                while volgende < eind and unicodedata.combining(tekst[volgende]):
                    volgende += 1
                nieuw = _teken(tekst[positie:volgende])
                delen.append(nieuw)
                begins.extend([positie] * len(nieuw))
                einden.extend([volgende] * len(nieuw))
                positie = volgende
        vorige = eind
    if vorige < len(tekst):
        delen.append(tekst[vorige:].translate(_GELIJKE_TEKENS))
        begins.extend(range(vorige, len(tekst)))
        einden.extend(range(vorige + 1, len(tekst) + 1))
    return Genormaliseerd("".join(delen), begins, einden)


_REGELEINDE = patroon(r"[\n\t]")


def met_regeleinden(origineel: str, genormaliseerd: Genormaliseerd) -> str:
    """The normalised text of `origineel` with its line breaks and tabs kept (as spaces they lose the rows and
    columns of a table, `tabelkop`): the same length and offsets as `genormaliseerd.tekst`."""
    tekst = genormaliseerd.tekst
    if "\n" not in origineel and "\t" not in origineel:
        return tekst
    if genormaliseerd.begins is None:  # nothing but line breaks, tabs and returns changed
        return origineel.replace("\r", " ")
    tekens = list(tekst)
    for plek in _REGELEINDE.finditer(origineel):
        index = bisect.bisect_left(genormaliseerd.begins, plek.start())
        if index < len(tekens) and genormaliseerd.begins[index] == plek.start() and tekens[index] == " ":
            tekens[index] = plek.group()
    return "".join(tekens)


def normaliseer(tekst: str) -> str:
    """`tekst` normalised as a reader sees it (the offsets may differ from the original: see
    `normaliseer_met_bron`)."""
    return normaliseer_met_bron(tekst).tekst
