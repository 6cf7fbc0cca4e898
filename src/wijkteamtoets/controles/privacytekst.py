"""The text of a YAML file as a reader sees it: every key, value and comment as a `Segment`, with, per
character, its offset in the file (folded and literal blocks, escapes and wrapped lines joined into the text
they stand for, a folded line break kept as a line break; every line on its own when the file is not valid YAML)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..invoer.patronen import patroon
from ..invoer.yamlbron import componeer
from ..problemen import InvoerFout


@dataclass
class Segment:
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
        volgende = -1
        grens = min(eind, j + 80)
        while k < grens:  # skip indentation, line breaks and quotes
            b = bron[k]
            if b == teken or (teken in " \n" and b in " \n\r"):
                gevonden = k
                break
            escape = _ESCAPE.match(bron, k) if b == "\\" else None
            if escape is not None and _ontsnapt(escape.group()) == teken:  # "\u0069" is "i"
                gevonden, volgende = k, escape.end()
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
        j = volgende if volgende > 0 else gevonden + 1
    return plekken


_ESCAPE = patroon(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_EENVOUDIG = {"n": "\n", "t": "\t", "/": "/", "\\": "\\", '"': '"', " ": " ", "_": "\xa0", "0": "\0"}


def _ontsnapt(escape: str) -> str:
    """The character a YAML escape sequence of a double-quoted scalar stands for."""
    return chr(int(escape[2:], 16)) if len(escape) > 2 else _EENVOUDIG.get(escape[1], "")


def segmenten(tekst: str, toon: str) -> list[Segment]:
    """Keys, values and comments of the YAML in `tekst`; every line on its own when it is not valid YAML."""
    import yaml

    wortel, ongeldig = None, False
    snel = _kale_lader()
    if snel is not None and not _diep(tekst):
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
            segmenten.append(Segment(regel, list(range(positie, positie + len(regel))), (nummer, nummer),
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
                plekken = _uitlijnen(tekst, inhoud_begin, eind, node.value)
                waarde = node.value if isinstance(plekken, range) else _met_regeleinden(tekst, node.value, plekken)
                segmenten.append(Segment(waarde, plekken,
                                          (node.start_mark.line, max(node.start_mark.line, node.end_mark.line
                                                                     - (1 if node.end_mark.column == 0 else 0))),
                                          node.style, (begin, eind)))
            spans.append((inhoud_begin, eind))
        elif isinstance(node, yaml.SequenceNode):
            stapel.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for sleutel, waarde in reversed(node.value):
                stapel.extend((waarde, sleutel))
    segmenten.extend(_tabellen_in_commentaar(tekst, _commentaren(tekst, spans)))
    return segmenten


def _met_regeleinden(bron: str, waarde: str, plekken: Sequence[int]) -> str:
    """`waarde` with a line break again where YAML folded one into a space (a folded block, a plain or quoted scalar
    over several lines): the same text to every detector (they read a line break as a space), and the rows of a table
    pasted into it to `invoer.privacy.tabelkop`."""
    if " " not in waarde:
        return waarde
    tekens: list[str] | None = None
    index = waarde.find(" ")
    while 0 <= index < len(waarde) - 1:
        if bron.find("\n", plekken[index], plekken[index + 1]) >= 0:
            tekens = tekens if tekens is not None else list(waarde)
            tekens[index] = "\n"
        index = waarde.find(" ", index + 1)
    return waarde if tekens is None else "".join(tekens)


def _hekje(tekst: str, vanaf: int) -> int:
    """The first '#' from `vanaf` that can open a comment: at the start of a line or after a space or tab (-1: none)."""
    index = tekst.find("#", vanaf)
    while index > 0 and tekst[index - 1] not in "\n \t":
        index = tekst.find("#", index + 1)
    return index


_DIEP = patroon(r"(?:[\[{]\s*){40}|(?:-[ \t]+){40}|\n {200,}\S")


def _diep(tekst: str) -> bool:
    """Whether `tekst` may nest deeper than libyaml's parser should recurse (`_DIEP`); the counts first, as each
    form needs forty brackets, forty dashes or two hundred spaces of indentation."""
    if tekst.count("[") + tekst.count("{") < 40 and tekst.count("-") < 40 and "\n" + " " * 200 not in tekst:
        return False
    return _DIEP.search(tekst) is not None


@functools.cache
def _kale_lader() -> type | None:
    """libyaml's loader without tag resolution: the scan reads values, styles and places, never types (PyYAML's
    resolver would test every scalar against its patterns for int, float, bool, ...). None without libyaml."""
    import yaml

    snel = getattr(yaml, "CSafeLoader", None)
    if snel is None:
        return None

    class KaleLader(snel):  # type: ignore[misc, valid-type]
        def resolve(self, kind: type, value: object, implicit: object) -> str:
            return ""

    return KaleLader


def _commentaren(tekst: str, spans: list[tuple[int, int]]) -> Iterator[Segment]:
    spans.sort()
    beginnen = [b for b, _ in spans]
    positie = 0
    while True:
        index = _hekje(tekst, positie)
        if index < 0:
            return
        plaats = bisect.bisect_right(beginnen, index) - 1
        if plaats >= 0 and spans[plaats][0] <= index < spans[plaats][1]:
            positie = index + 1
            continue
        einde = tekst.find("\n", index)
        einde = len(tekst) if einde < 0 else einde
        regel = tekst.count("\n", 0, index) if len(tekst) < 200_000 else _regelnummer(tekst, index)
        yield Segment(tekst[index + 1:einde], list(range(index + 1, einde)), (regel, regel), "#", (index, einde))
        positie = einde + 1


def _tabellen_in_commentaar(tekst: str, commentaren: Iterator[Segment]) -> Iterator[Segment]:
    """The comments, with a table pasted as comment lines (``# Naam;BSN``, ``# Jansen;...``) as one segment: its
    lines joined by line breaks, so that `invoer.privacy.tabelkop` reads its rows and columns. Only consecutive
    comments that fill their lines are joined, never a ``privacy-ok`` marker, and only when they hold a table."""
    blok: list[Segment] = []
    for segment in commentaren:
        heel = not tekst[tekst.rfind("\n", 0, segment.bron[0]) + 1:segment.bron[0]].strip() \
            and not segment.tekst.lstrip().startswith("privacy-ok")
        if blok and not (heel and segment.regels[0] == blok[-1].regels[0] + 1):
            yield from _als_tabel(blok)
            blok = []
        if heel:
            blok.append(segment)
        else:
            yield segment
    yield from _als_tabel(blok)


def _als_tabel(blok: list[Segment]) -> Iterator[Segment]:
    """Comment lines as one segment if they hold a table with a row, else each on its own."""
    if len(blok) >= 2 and sum(any(s in c.tekst for s in ";,|\t") for c in blok) >= 2:
        from ..invoer.privacy.tabelkop import tabellen

        tekst = "\n".join(c.tekst for c in blok)
        if any(tabel.cellen for tabel in tabellen(tekst)):
            plekken = [plek for c in blok for plek in (*c.plekken, c.bron[1])][:-1]  # a line break: its end of line
            yield Segment(tekst, plekken, (blok[0].regels[0], blok[-1].regels[1]), "#", (blok[0].bron[0], blok[-1].bron[1]))
            return
    yield from blok


def _regelnummer(tekst: str, index: int) -> int:
    return tekst.count("\n", 0, index)
