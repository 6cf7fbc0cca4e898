"""Composing YAML text into a node graph with positions: bounded depth, libyaml or Python, Dutch syntax messages.

Scanning, parsing and composing run in libyaml's C code when PyYAML has it (`MET_LIBYAML`); the pure-Python
parser is the fallback. Both give the same positions (1-based lines, columns counted in characters); only the
wording of some syntax errors differs, and both are translated. `yamlbron` builds the data from the nodes.
"""

from __future__ import annotations

from typing import Any, cast

import yaml
from yaml.composer import Composer
from yaml.resolver import Resolver

from ..problemen import InvoerFout, Probleem

MAX_DIEPTE = 64
"""The deepest nesting of collections accepted."""

def probleem_op(pad: str, regel: int, kolom: int, code: str, melding: str, hint: str = "") -> Probleem:
    return Probleem(pad=pad, regel=regel, kolom=kolom, code=code, melding=melding, hint=hint)


def regel_kolom(tekst: str, index: int) -> tuple[int, int]:
    voor = tekst[:index]
    return voor.count("\n") + 1, index - (voor.rfind("\n") + 1) + 1


class TeDiep(Exception):
    def __init__(self, mark: Any) -> None:
        super().__init__("te diep genest")
        self.mark = mark


MET_LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
"""Whether libyaml's C parser is available (PyYAML built with it); without it the pure-Python parser is used."""

VEILIGE_C_KNOPEN = 2000
"""Upper bound on collections for which libyaml's C composer is used directly.

The C composer recurses without any limit and crashes the interpreter on very deep nesting. Every
collection starts with one of the characters ``[{-?:``, so a text with at most this many of them cannot
nest deeper than this: far below where the C stack would run out, and the depth is then checked
exactly while the data is built. Other texts are first streamed as events to check the depth."""


class _Diepte(Composer):
    """A composer that bounds the nesting depth (the Python composer recurses)."""

    _diepte = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._diepte += 1
        try:
            if self._diepte > MAX_DIEPTE:
                raise TeDiep(cast(Any, self).peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._diepte -= 1


class _Lezer(_Diepte, yaml.SafeLoader):
    """The pure-Python reader: scanner, parser and depth-bounded composer in Python."""


if MET_LIBYAML:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _CLezer(CParser, Resolver):
        """libyaml's scanner, parser and composer in C; resolution of plain scalars as SafeLoader does it."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Resolver.__init__(self)

    class _CGebeurtenissen(CParser):
        """libyaml's parser, only to stream events (used to check the depth before composing in C)."""


def _controleer_diepte(tekst: str) -> None:
    """Stream the events of `tekst` with libyaml and raise `TeDiep` at the first node nested too deep."""
    lezer = _CGebeurtenissen(tekst)
    diepte = 0
    try:
        while True:
            gebeurtenis = lezer.get_event()
            if gebeurtenis is None or isinstance(gebeurtenis, yaml.StreamEndEvent):
                return
            if isinstance(gebeurtenis, _KNOOP_BEGIN):
                if diepte + 1 > MAX_DIEPTE:
                    raise TeDiep(gebeurtenis.start_mark)
                if isinstance(gebeurtenis, _VERZAMELING_BEGIN):
                    diepte += 1
            elif isinstance(gebeurtenis, _VERZAMELING_EINDE):
                diepte -= 1
    finally:
        lezer.dispose()


_KNOOP_BEGIN = (yaml.ScalarEvent, yaml.AliasEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)
_VERZAMELING_BEGIN = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_VERZAMELING_EINDE = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def componeer(tekst: str, toon: str) -> yaml.Node | None:
    """The composed node graph of `tekst` (with positions), or `InvoerFout`; used by the privacy scan."""
    return componeer_strikt(tekst, toon)


def componeer_strikt(tekst: str, toon: str) -> yaml.Node | None:
    try:
        if MET_LIBYAML:
            try:
                return _componeer_met_libyaml(tekst)
            except yaml.MarkedYAMLError as fout:
                if not _is_libyaml_dieptegrens(fout):
                    raise
            # libyaml (from the one bundled with PyYAML 6.0.4 on) stops at its own nesting limit, with its own
            # English message and another position; the Python reader applies the project's limit instead.
        return _componeer_met(_Lezer(tekst))
    except TeDiep as fout:
        raise InvoerFout([te_diep(toon, fout.mark)]) from None
    except yaml.MarkedYAMLError as fout:
        raise InvoerFout([_syntaxisprobleem(fout, tekst, toon)]) from None
    except yaml.reader.ReaderError as fout:
        positie = fout.position
        if MET_LIBYAML:  # libyaml counts bytes of the UTF-8 text, Python counts characters
            positie = len(tekst.encode("utf-8")[:positie].decode("utf-8", errors="ignore"))
        regel, kolom = regel_kolom(tekst, positie)
        raise InvoerFout([probleem_op(toon, regel, kolom, "yaml-syntaxis",
                                    f"besturingsteken #x{fout.character:04x} is niet toegestaan in YAML",
                                    "verwijder het onzichtbare teken")]) from None
    except yaml.YAMLError:
        raise InvoerFout([probleem_op(toon, 1, 1, "yaml-syntaxis", "ongeldige YAML",
                                    "controleer of dit een YAML-tekstbestand is")]) from None


def _componeer_met_libyaml(tekst: str) -> yaml.Node | None:
    if sum(tekst.count(teken) for teken in "[{-?:") > VEILIGE_C_KNOPEN:
        _controleer_diepte(tekst)
    return _componeer_met(_CLezer(tekst))


def _componeer_met(lezer: Any) -> yaml.Node | None:
    try:
        return cast("yaml.Node | None", lezer.get_single_node())
    finally:
        lezer.dispose()


def _is_libyaml_dieptegrens(fout: yaml.MarkedYAMLError) -> bool:
    """Whether libyaml stopped at its own nesting limit ('exceeded maximum nesting depth')."""
    return "nesting depth" in (fout.problem or "")


def te_diep(toon: str, mark: Any) -> Probleem:
    return probleem_op(toon, mark.line + 1, mark.column + 1, "te-diep",
                     f"de structuur is dieper genest dan {MAX_DIEPTE} niveaus")


def _syntaxisprobleem(fout: yaml.MarkedYAMLError, tekst: str, toon: str) -> Probleem:
    mark = fout.problem_mark or fout.context_mark
    regel, kolom = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    regels = tekst.splitlines()
    if 0 < regel <= len(regels):
        inspringing = regels[regel - 1][: len(regels[regel - 1]) - len(regels[regel - 1].lstrip())]
        if "\t" in inspringing:
            return probleem_op(toon, regel, inspringing.index("\t") + 1, "tab",
                             "tab gebruikt voor inspringing",
                             "YAML staat alleen spaties toe; vervang de tab door spaties")
    probleem = fout.problem or fout.context or ""
    for begin, vertaling in _VERTALINGEN:
        if probleem.startswith(begin) or (fout.context or "").startswith(begin):
            melding = f"ongeldige YAML: {vertaling}"
            break
    else:  # never the parser's English: a Dutch message with the place is what a user can act on
        melding = "ongeldige YAML: de opbouw klopt hier niet"
    return probleem_op(toon, regel, kolom, "yaml-syntaxis", melding,
                     "controleer inspringing, dubbele punten en aanhalingstekens op deze regel")


# Dutch wording for the PyYAML problems users meet most; anything else gets a general Dutch message.
# libyaml words some problems differently from the pure-Python parser; both wordings are listed.
_VERTALINGEN = (
    ("mapping values are not allowed here", "een ':' is hier niet toegestaan (tekst met ': ' tussen aanhalingstekens zetten)"),
    ("mapping values are not allowed in this context",
     "een ':' is hier niet toegestaan (tekst met ': ' tussen aanhalingstekens zetten)"),
    ("block sequence entries are not allowed in this context", "een lijstelement ('- ') is hier niet toegestaan"),
    ("sequence entries are not allowed here", "een lijstelement ('- ') is hier niet toegestaan"),
    ("did not find expected <document start>", "onverwachte inhoud; staat er tekst vóór de eerste sleutel?"),
    ("could not find expected ':'", "een ':' na de sleutel ontbreekt"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("expected a single document", "het bestand bevat meer dan één YAML-document ('---')"),
    ("found undefined alias", "een alias (*naam) verwijst naar een anker dat niet bestaat"),
    ("found unexpected end of stream", "het bestand houdt onverwacht op (ontbreekt een afsluitend aanhalingsteken?)"),
    ("found unknown escape character", "onbekend escapeteken in tekst tussen dubbele aanhalingstekens"),
    ("found character that cannot start any token", "dit teken kan hier niet staan"),
    ("did not find expected key", "verwachtte hier een sleutel (klopt de inspringing?)"),
    ("did not find expected '-' indicator", "verwachtte hier een lijstelement ('- ')"),
    ("did not find expected node content", "verwachtte hier een waarde"),
    ("expected the node content", "verwachtte hier een waarde (houdt het bestand te vroeg op?)"),
    ("did not find expected ',' or ']'", "een ',' of ']' ontbreekt in de lijst tussen [ ]"),
    ("did not find expected ',' or '}'", "een ',' of '}' ontbreekt in de mapping tussen { }"),
    ("expected ',' or ']'", "een ',' of ']' ontbreekt in de lijst tussen [ ]"),
    ("expected ',' or '}'", "een ',' of '}' ontbreekt in de mapping tussen { }"),
    ("found unexpected ':'", "onverwachte ':' (zet tekst met een dubbele punt tussen aanhalingstekens)"),
    ("expected <document start>", "onverwachte inhoud; staat er tekst vóór de eerste sleutel?"),
    ("found duplicate anchor", "een anker (&naam) komt twee keer voor"),
)
