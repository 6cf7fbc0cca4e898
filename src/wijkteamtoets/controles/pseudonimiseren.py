"""Pseudonymised copies of files: every finding of the full privacy scan replaced by a placeholder per kind
and person; plain scalars that get a placeholder are double-quoted, so every copy stays valid YAML."""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..invoer.yamlbron import componeer
from ..problemen import InvoerFout, Probleem, pad_tekst, volgt_naamschema
from .privacy import scan_inhoud, sleutel_van_waarde
from .privacylezen import Onleesbaar, decodeer, lees_begrensd
from .privacytekst import Segment
from .privacytekst import segmenten as lees_segmenten


@dataclass
class Pseudonimisering:
    """Copies of files with every finding replaced by a placeholder, and the problems that stopped some."""

    kopieen: dict[Path, str] = field(default_factory=dict)  # relative path -> new text
    problemen: list[Probleem] = field(default_factory=list)
    vervangen: int = 0


def pseudonimiseer(bestanden: list[Path]) -> Pseudonimisering:
    """Copies of `bestanden` (relative to their common folder) with each finding replaced by a placeholder
    per kind and person (``[naam-1]``, ``[telefoonnummer-1]``; the same value gets the same placeholder in
    every file). Plain scalars that get a placeholder are double-quoted, so every copy stays valid YAML. A copy
    keeps a file or folder name only when it follows the naming scheme (`problemen.volgt_naamschema`) and holds
    no finding; any other file is ``pseudoniem-N``, any other folder ``map-N``."""
    from ..invoer.yamlbron import lees_yaml_tekst

    uitkomst = Pseudonimisering()
    nummers: dict[tuple[str, str], str] = {}
    tellers: dict[str, int] = {}
    basis = Path(os.path.commonpath([str(p.resolve().parent) for p in bestanden])) if bestanden else Path()

    def plaatshouder(soort: str, waarde: str) -> str:
        sleutel = (soort, sleutel_van_waarde(soort, waarde))
        if sleutel not in nummers:
            tellers[soort] = tellers.get(soort, 0) + 1
            nummers[sleutel] = f"[{soort}-{tellers[soort]}]"
        return nummers[sleutel]

    mappen: dict[tuple[str, ...], str] = {}

    def kopiemap(relatief: Path) -> Path:
        delen = relatief.parts
        return Path(*(deel if volgt_naamschema(deel) else mappen.setdefault(delen[:i + 1], f"map-{len(mappen) + 1}")
                      for i, deel in enumerate(delen)))

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
        segmenten = sorted((s for s in lees_segmenten(tekst, toon) if s.bron[1] > s.bron[0]), key=lambda s: s.bron)
        beginnen = [s.bron[0] for s in segmenten]
        te_quoten: dict[int, Segment] = {}
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
        naam = pad.name if volgt_naamschema(pad.name) and not scan.naamvondsten else f"pseudoniem-{index}{pad.suffix}"
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
        uitkomst.kopieen[kopiemap(pad.resolve().parent.relative_to(basis)) / naam] = nieuw
    return uitkomst
