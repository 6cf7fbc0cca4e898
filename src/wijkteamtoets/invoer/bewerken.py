"""Changing a dossier or gemeente file in place, keeping everything that did not change byte for byte.

The form of `wijkteamtoets invullen` sends what the page shows (`Formulierstaat`); `bewerk` applies it to
the YAML text with ruamel.yaml's round-trip mode, which keeps comments, key order, quoting and the layout of
every node it does not touch. Only values that differ from what the file holds are written: an answer left
as it was keeps its line, its comment and its spelling. Free texts are written double-quoted (never as a
plain scalar that YAML 1.1 could read as a boolean or a date); answers, codes and enum values plainly.

Pure text in, text out: nothing here reads or writes files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from ..problemen import InvoerFout
from .yamlbron import lees_yaml_tekst

Waarde = str | int | list[str] | list[dict[str, str | int]] | None


@dataclass(frozen=True)
class Bronverwijzing:
    """One bron as the form gives it: a document (with pagina and citaat) or an interview (a role)."""

    document: str = ""
    pagina: int | None = None
    citaat: str = ""
    interview: str = ""

    def als_yaml(self) -> CommentedMap:
        kaart = CommentedMap()
        if self.interview and not self.document:
            kaart["interview"] = _vrije_tekst(self.interview)
        else:
            kaart["document"] = _vrije_tekst(self.document)
            if self.pagina is not None:
                kaart["pagina"] = self.pagina
            if self.citaat:
                kaart["citaat"] = _vrije_tekst(self.citaat)
        kaart.fa.set_flow_style()
        return kaart


@dataclass(frozen=True)
class Antwoordinvoer:
    """The answer on one feit or eis as the form gives it (antwoord None: not filled in)."""

    antwoord: str | None = None
    toelichting: str = ""
    bronnen: tuple[Bronverwijzing, ...] = ()


@dataclass
class Formulierstaat:
    """Everything the form holds: header fields by path, answers by (indicator, vraag) ('' for an algemeen
    feit) and afwijkingen by indicator ((oordeel, motivatie), or None for none)."""

    kop: dict[tuple[str, ...], Waarde] = field(default_factory=dict)
    antwoorden: dict[tuple[str, str], Antwoordinvoer] = field(default_factory=dict)
    afwijkingen: dict[str, tuple[str, str] | None] = field(default_factory=dict)


VRIJE_TEKST = frozenset({"team", "gemeente", "omschrijving", "netwerk", "conclusie", "teams", "aanbevelingen",
                         "toelichting", "motivatie", "reden"})
"""Header fields written double-quoted, as free text."""

DATUMS = frozenset({"datum", "van", "tot"})

ONGEORDEND = frozenset({"leefgebieden"})
"""Header lists whose order carries no meaning: the file's order is kept when the form has the same items."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # never fold a long line that was not changed
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def laad(tekst: str) -> Any:
    """The round-trip document of `tekst` (a ruamel CommentedMap for a file whose root is a mapping)."""
    return _yaml().load(tekst)


def als_tekst(document: Any) -> str:
    uit = io.StringIO()
    _yaml().dump(document, uit)
    return uit.getvalue()


def _vrije_tekst(tekst: str) -> Any:
    return DoubleQuotedScalarString(tekst)


def gewoon(waarde: Any) -> Any:
    """Plain Python data of a round-trip value (for comparing and for filling the form)."""
    if isinstance(waarde, Mapping):
        return {str(k): gewoon(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [gewoon(v) for v in waarde]
    if isinstance(waarde, str):
        return str(waarde)
    return waarde


def _datum(waarde: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(waarde)
    except ValueError:
        return waarde


def _kopwaarde(pad: tuple[str, ...], waarde: Waarde) -> Any:
    """A header value as it is written: dates as dates, free texts double-quoted, lists in their usual style."""
    naam = pad[-1]
    if waarde is None or waarde == "":
        return None if naam not in ("omschrijving",) else _vrije_tekst("")
    if isinstance(waarde, list):
        if naam == "gezinssamenstelling":
            rij = CommentedSeq()
            for lid in waarde:
                assert isinstance(lid, dict)
                kaart = CommentedMap(lid)
                kaart.fa.set_flow_style()
                rij.append(kaart)
            return rij
        lijst = CommentedSeq([_vrije_tekst(str(w)) if naam in VRIJE_TEKST else str(w) for w in waarde])
        if naam not in VRIJE_TEKST:
            lijst.fa.set_flow_style()
        return lijst
    if isinstance(waarde, str) and naam in DATUMS:
        return _datum(waarde)
    if isinstance(waarde, str) and naam in VRIJE_TEKST:
        return _vrije_tekst(waarde)
    return waarde


def _gelijk(oud: Any, nieuw: Any) -> bool:
    """Whether the file already says what the form says (empty text, null and an empty list are alike)."""
    oud, nieuw = gewoon(oud), gewoon(nieuw)
    if oud in (None, "", []) and nieuw in (None, "", []):
        return True
    if isinstance(oud, dt.date) and isinstance(nieuw, str):
        return oud.isoformat() == nieuw
    return bool(oud == nieuw)


def _zet(kaart: CommentedMap, sleutel: str, waarde: Any, *, plaats_na: str | None = None) -> None:
    """Set `sleutel` only when its value changes; a new key goes after `plaats_na` when given."""
    if sleutel in kaart:
        oud = kaart[sleutel]
        if sleutel in ONGEORDEND and isinstance(oud, list) and isinstance(waarde, list) \
                and sorted(map(str, oud)) == sorted(map(str, waarde)):
            return
        if not _gelijk(oud, waarde):
            kaart[sleutel] = waarde
        return
    if waarde is None:
        return
    if plaats_na is not None and plaats_na in kaart:
        kaart.insert(list(kaart).index(plaats_na) + 1, sleutel, waarde)
    else:
        kaart[sleutel] = waarde


def _kaart(ouder: CommentedMap, sleutel: str) -> CommentedMap:
    """The mapping under `sleutel`, made when it is missing or empty."""
    if not isinstance(ouder.get(sleutel), CommentedMap):
        ouder[sleutel] = CommentedMap()
    kaart: CommentedMap = ouder[sleutel]
    return kaart


def _bronnen_gelijk(oud: Any, nieuw: Sequence[Bronverwijzing]) -> bool:
    return bool(gewoon(oud or []) == [gewoon(b.als_yaml()) for b in nieuw])


def _zet_bronnen_en_toelichting(kaart: CommentedMap, invoer: Antwoordinvoer) -> None:
    """Bring the bronnen and toelichting of an answer written as a mapping in line with the form, changing only
    what differs and removing what the form left empty."""
    if invoer.bronnen and not _bronnen_gelijk(kaart.get("bronnen"), invoer.bronnen):
        kaart["bronnen"] = CommentedSeq([b.als_yaml() for b in invoer.bronnen])
    elif not invoer.bronnen and "bronnen" in kaart:
        del kaart["bronnen"]
    if invoer.toelichting:
        _zet(kaart, "toelichting", _vrije_tekst(invoer.toelichting))
    elif "toelichting" in kaart:
        del kaart["toelichting"]


def _zet_antwoord(antwoorden: CommentedMap, vraag: str, invoer: Antwoordinvoer) -> None:
    oud = antwoorden.get(vraag)
    uitgebreid = bool(invoer.toelichting or invoer.bronnen)
    if isinstance(oud, CommentedMap):
        _zet(oud, "antwoord", invoer.antwoord)
        if "antwoord" not in oud:
            oud.insert(0, "antwoord", invoer.antwoord)
        _zet_bronnen_en_toelichting(oud, invoer)
        return
    if not uitgebreid:
        if vraag in antwoorden and not _gelijk(oud, invoer.antwoord):
            antwoorden[vraag] = invoer.antwoord
        elif vraag not in antwoorden and invoer.antwoord is not None:
            antwoorden[vraag] = invoer.antwoord  # a question the file left out: nothing is written while it is empty
        return
    kaart = CommentedMap()
    kaart["antwoord"] = invoer.antwoord
    if invoer.bronnen:
        kaart["bronnen"] = CommentedSeq([b.als_yaml() for b in invoer.bronnen])
    if invoer.toelichting:
        kaart["toelichting"] = _vrije_tekst(invoer.toelichting)
    antwoorden[vraag] = kaart


def _leeg(invoer: Antwoordinvoer) -> bool:
    return invoer.antwoord is None and not invoer.toelichting and not invoer.bronnen


def bewerk(tekst: str, staat: Formulierstaat) -> str:
    """`tekst` with the values of `staat` written into it; everything else unchanged (and `tekst` itself, byte
    for byte, when nothing changes, even where ruamel.yaml would write an unchanged file differently)."""
    document = laad(tekst)
    onveranderd = _in_eigen_stijl(tekst)
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    for pad, waarde in staat.kop.items():
        ouder = document
        for deel in pad[:-1]:
            ouder = _kaart(ouder, deel)
        _zet(ouder, pad[-1], _kopwaarde(pad, waarde))
    for (indicator, vraag), invoer in staat.antwoorden.items():
        if indicator == "":
            feiten = document.get("feiten")
            if not isinstance(feiten, CommentedMap):
                if _leeg(invoer):
                    continue
                feiten = _kaart(document, "feiten")
            _zet_antwoord(feiten, vraag, invoer)
            continue
        bevinding = document.get("indicatoren", {}).get(indicator) if isinstance(document.get("indicatoren"),
                                                                                 CommentedMap) else None
        if not isinstance(bevinding, CommentedMap) or not isinstance(bevinding.get("antwoorden"), CommentedMap):
            if _leeg(invoer):
                continue  # nothing to write where the file has no place for it yet
            bevinding = _kaart(_kaart(document, "indicatoren"), indicator)
            _kaart(bevinding, "antwoorden")
        _zet_antwoord(bevinding["antwoorden"], vraag, invoer)
    for indicator, afwijking in staat.afwijkingen.items():
        indicatoren = document.get("indicatoren")
        bevinding = indicatoren.get(indicator) if isinstance(indicatoren, CommentedMap) else None
        if afwijking is None:
            if isinstance(bevinding, CommentedMap) and "afwijking" in bevinding:
                del bevinding["afwijking"]
            continue
        bevinding = _kaart(_kaart(document, "indicatoren"), indicator)
        nieuw = CommentedMap([("oordeel", afwijking[0]), ("motivatie", _vrije_tekst(afwijking[1]))])
        oud = bevinding.get("afwijking")
        if isinstance(oud, CommentedMap):
            _zet(oud, "oordeel", afwijking[0])
            _zet(oud, "motivatie", _vrije_tekst(afwijking[1]))
        else:
            bevinding["afwijking"] = nieuw
    nieuw_tekst = als_tekst(document)
    return tekst if nieuw_tekst == onveranderd else _alleen_gewijzigde_regels(tekst, onveranderd, nieuw_tekst)


def _alleen_gewijzigde_regels(origineel: str, onveranderd: str, nieuw: str) -> str:
    """`nieuw` with every line that did not change taken from `origineel` as it was written.

    ruamel.yaml writes an untouched file in its own style where that differs (spacing after a colon, the
    indentation of a list); `onveranderd` is the original in that style, line for line. Only the lines that
    differ between `onveranderd` and `nieuw` are taken from `nieuw`. When that cannot be done safely (the line
    counts differ, or the merged text would mean something else), `nieuw` is returned as ruamel.yaml wrote it."""
    regels, stijl, doel = (t.splitlines(keepends=True) for t in (origineel, onveranderd, nieuw))
    if len(regels) != len(stijl):
        return nieuw
    samen: list[str] = []
    for soort, i1, i2, j1, j2 in difflib.SequenceMatcher(a=stijl, b=doel, autojunk=False).get_opcodes():
        samen.extend(regels[i1:i2] if soort == "equal" else doel[j1:j2])
    tekst = "".join(samen)
    try:  # read both as the program reads its files (fast, with libyaml): they must mean the same
        gelijk = lees_yaml_tekst(tekst.encode(), "-").data == lees_yaml_tekst(nieuw.encode(), "-").data
    except InvoerFout:  # the merge broke the YAML (mixed indentation): use ruamel.yaml's own text
        return nieuw
    return tekst if gelijk else nieuw


@functools.lru_cache(maxsize=8)
def _in_eigen_stijl(tekst: str) -> str:
    """`tekst` as ruamel.yaml writes it unchanged (the form applies every change to the same saved text)."""
    return als_tekst(laad(tekst))


def _zet_wijziging(kaart: CommentedMap, invoer: Antwoordinvoer, reden: str) -> None:
    """Bring one wijziging of a consensus file in line with the form, changing only what differs."""
    if "antwoord" in kaart:
        _zet(kaart, "antwoord", invoer.antwoord)
    else:
        kaart.insert(list(kaart).index("vraag") + 1 if "vraag" in kaart else 0, "antwoord", invoer.antwoord)
    _zet_bronnen_en_toelichting(kaart, invoer)
    if "reden" in kaart:
        _zet(kaart, "reden", _vrije_tekst(reden) if reden else None)
    elif reden:
        kaart["reden"] = _vrije_tekst(reden)


def bewerk_consensus(tekst: str, kop: Mapping[tuple[str, ...], Waarde],
                     wijzigingen: Mapping[tuple[str, str], tuple[Antwoordinvoer, str] | None]) -> str:
    """A consensus file with the form's header and agreed answers: per (indicator, vraag) ('' for an algemeen
    feit) the wijziging against the basis with its reason, or None where the agreed answer is the basis's (an
    existing wijziging for it is removed). Everything else stays as it was."""
    document = laad(tekst)
    if not isinstance(document, CommentedMap):
        document = CommentedMap()
    onveranderd = _in_eigen_stijl(tekst)
    for pad, waarde in kop.items():
        _zet(document, pad[-1], _kopwaarde(pad, waarde))
    lijst = document.get("wijzigingen")
    if not isinstance(lijst, CommentedSeq) or (lijst.fa.flow_style() and not lijst):
        lijst = CommentedSeq()
    for (indicator, vraag), gewenst in wijzigingen.items():
        plaats = next((i for i, w in enumerate(lijst) if isinstance(w, Mapping)
                       and (w.get("indicator") or "") == indicator and w.get("vraag") == vraag), None)
        if gewenst is None:
            if plaats is not None:
                del lijst[plaats]
            continue
        if plaats is None:
            kaart = CommentedMap([("indicator", indicator)] if indicator else [])
            kaart["vraag"] = vraag
            lijst.append(kaart)
        else:
            kaart = lijst[plaats]
        _zet_wijziging(kaart, *gewenst)
    if lijst is not document.get("wijzigingen") and (lijst or "wijzigingen" in document):
        document["wijzigingen"] = lijst
    nieuw_tekst = als_tekst(document)
    return tekst if nieuw_tekst == onveranderd else _alleen_gewijzigde_regels(tekst, onveranderd, nieuw_tekst)
