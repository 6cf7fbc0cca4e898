"""Safe, precise reading of YAML files: the only module that reads YAML (`bewerken` writes it back, for the form).

`lees_yaml` turns a file into plain Python data plus the position of every node, so that later
checks can say `pad:regel:kolom`. It refuses the classic YAML traps on purpose:

* duplicate keys (PyYAML silently keeps the last one) are an error;
* tags other than the standard scalar, mapping and sequence tags (``!!python/object`` and
  friends) are an error, nothing is ever constructed from a tag;
* alias expansion is bounded (no "billion laughs"), recursive aliases are refused;
* nesting depth and file size are bounded, so hostile input cannot hang or crash the reader;
* bytes that are not UTF-8, tabs used for indentation and empty files get their own message.

YAML 1.1 resolution (``no`` is a boolean, ``1.10`` is a float) is kept as PyYAML does it, but the
original text of every plain scalar that did not resolve to a string is remembered in
`YamlDocument.scalaire_bron`, so that validation can tell the user to quote it.

Scanning, parsing and composing (with the depth bound and Dutch syntax messages) are in `yamlparser`;
this module builds the data and the positions from the composed nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from ..problemen import InvoerFout, Probleem, pad_tekst, toon_waarde
from .lezen import MAX_BYTES, lees_begrensd
from .lezen import decodeer_utf8 as _decodeer
from .yamlparser import MAX_DIEPTE, TeDiep, componeer_strikt, probleem_op, regel_kolom, te_diep
from .yamlparser import componeer as componeer  # for the privacy scan, which reads the nodes too

MAX_KNOPEN = 200_000

Locatie = tuple[str | int, ...]

_STANDAARD = "tag:yaml.org,2002:"
_TOEGESTANE_SCALAIRE_TAGS = {
    _STANDAARD + naam for naam in ("str", "int", "float", "bool", "null", "timestamp")
}


@dataclass(frozen=True)
class Plek:
    """A 1-based line and column in a file."""

    regel: int
    kolom: int


@dataclass(frozen=True)
class ScalaireBron:
    """The text of a plain scalar as written, and the kind of value YAML made of it."""

    tekst: str
    soort: str  # "bool", "int", "float", "timestamp" or "null"


@dataclass
class YamlDocument:
    """Plain data of one YAML file, with the position of every value and key."""

    pad: str
    data: Any
    posities: dict[Locatie, Plek] = field(default_factory=dict)
    sleutelposities: dict[Locatie, Plek] = field(default_factory=dict)
    scalaire_bron: dict[Locatie, ScalaireBron] = field(default_factory=dict)
    bron: bytes = b""  # the bytes it was read from (empty when it was built otherwise)

    def plek(self, locatie: Locatie) -> Plek:
        """Position of the node at `locatie`, or of its nearest existing ancestor."""
        for lengte in range(len(locatie), -1, -1):
            plek = self.posities.get(tuple(locatie[:lengte]))
            if plek is not None:
                return plek
        return Plek(1, 1)

    def sleutelplek(self, locatie: Locatie) -> Plek:
        """Position of the key that introduces `locatie` (falls back to `plek`)."""
        return self.sleutelposities.get(tuple(locatie)) or self.plek(locatie)


class Vindplaats:
    """Where the models of one file were read from, as light as possible: the file's name and bytes. The
    positions of values and keys are read again only when a problem has to be placed (rare once a file has
    been checked), instead of being held for every loaded file (a national round holds 10,000 of them)."""

    __slots__ = ("_document", "bron", "pad")

    def __init__(self, pad: str, bron: bytes, document: YamlDocument | None = None) -> None:
        self.pad, self.bron = pad, bron
        self._document = document  # the positions while the file is being checked (see `vergeet`)

    def vergeet(self) -> None:
        """Let go of the positions (they are read again from `bron` if a problem needs them later)."""
        self._document = None

    def __eq__(self, ander: object) -> bool:  # models compare their private attributes too
        return isinstance(ander, Vindplaats) and (self.pad, self.bron) == (ander.pad, ander.bron)

    def __hash__(self) -> int:
        return hash((self.pad, self.bron))

    def __getstate__(self) -> tuple[str, bytes]:
        return self.pad, self.bron

    def __setstate__(self, staat: tuple[str, bytes]) -> None:
        self.pad, self.bron = staat
        self._document = None

    def _posities(self) -> YamlDocument:
        if self._document is None:
            self._document = lees_yaml_tekst(self.bron, self.pad)
        return self._document

    def plek(self, locatie: Locatie) -> Plek:
        return self._posities().plek(locatie)

    def sleutelplek(self, locatie: Locatie) -> Plek:
        return self._posities().sleutelplek(locatie)


def lees_yaml(pad: Path | str, ruw: bytes | None = None) -> YamlDocument:
    """Read one YAML file into a `YamlDocument`; raise `InvoerFout` with every problem found.

    The bytes are read by `lezen.lees_begrensd`: bounded, and never from a device, FIFO or socket. `ruw`: the
    bytes of the file as the caller read them already (so that all it derives from the file is of one content)."""
    return lees_yaml_tekst(lees_begrensd(pad) if ruw is None else ruw, pad_tekst(pad))


def lees_yaml_tekst(ruw: bytes, toon: str) -> YamlDocument:
    """Parse raw bytes that were read from the file shown to the user as `toon`."""
    if len(ruw) > MAX_BYTES:
        raise InvoerFout([probleem_op(toon, 1, 1, "bestand-te-groot",
                                    f"invoer is {len(ruw)} bytes; het maximum is {MAX_BYTES} bytes")])
    tekst = _decodeer(ruw, toon)
    if "\x00" in tekst:
        regel, kolom = regel_kolom(tekst, tekst.index("\x00"))
        raise InvoerFout([probleem_op(toon, regel, kolom, "geen-utf8", "bestand bevat een NUL-teken",
                                    "dit lijkt een binair bestand; gebruik een YAML-tekstbestand")])
    wortel = componeer_strikt(tekst, toon)
    if wortel is None or (isinstance(wortel, yaml.ScalarNode) and wortel.tag == _STANDAARD + "null"
                          and wortel.value == "" and not wortel.style):  # only '---' or an empty document
        raise InvoerFout([probleem_op(toon, 1, 1, "leeg-bestand", "bestand is leeg",
                                    "vul het bestand of verwijder het")])
    document = YamlDocument(pad=toon, data=None, bron=ruw)
    bouwer = _Bouwer(document)
    try:
        document.data = bouwer.bouw(wortel, ())
    except TeDiep as fout:
        raise InvoerFout([te_diep(toon, fout.mark)]) from None
    if bouwer.problemen:
        raise InvoerFout(bouwer.problemen)
    return document


_CONSTRUCTOR = SafeConstructor()


class _Bouwer:
    """Turns a composed node graph into plain data, recording positions and problems."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.problemen: list[Probleem] = []
        self._knopen = 0
        self._actief: set[int] = set()

    def _meld(self, node: yaml.Node, code: str, melding: str, hint: str = "") -> None:
        self.problemen.append(probleem_op(self.document.pad, node.start_mark.line + 1,
                                        node.start_mark.column + 1, code, melding, hint))

    def bouw(self, node: yaml.Node, locatie: Locatie) -> Any:
        if len(locatie) >= MAX_DIEPTE:  # also bounds nesting through aliases
            raise TeDiep(node.start_mark)
        self._knopen += 1
        if self._knopen > MAX_KNOPEN:
            if self._knopen == MAX_KNOPEN + 1:
                self._meld(node, "alias-bom",
                           f"het document groeit uit tot meer dan {MAX_KNOPEN} knopen",
                           "gebruik geen aliassen (*naam) die naar grote structuren verwijzen")
            return None
        if id(node) in self._actief:
            self._meld(node, "alias-bom", "een alias verwijst naar zichzelf",
                       "verwijder de recursieve alias")
            return None
        self.document.posities.setdefault(locatie, Plek(node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            return self._scalair(node, locatie)
        self._actief.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                if node.tag != _STANDAARD + "seq":
                    self._meld(node, "yaml-tag", _tag_melding(node.tag), "verwijder de tag")
                return [self.bouw(kind, (*locatie, index)) for index, kind in enumerate(node.value)]
            if node.tag != _STANDAARD + "map":
                self._meld(node, "yaml-tag", _tag_melding(node.tag), "verwijder de tag")
            return self._mapping(cast(yaml.MappingNode, node), locatie)
        finally:
            self._actief.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, locatie: Locatie) -> dict[str, Any]:
        resultaat: dict[str, Any] = {}
        for sleutelnode, waardenode in node.value:
            if len(locatie) + 1 >= MAX_DIEPTE:  # a key is one level deeper than its mapping, as in the composer
                raise TeDiep(sleutelnode.start_mark)
            if sleutelnode.tag == _STANDAARD + "merge":
                self._meld(sleutelnode, "yaml-tag", "de samenvoegsleutel '<<' wordt niet ondersteund",
                           "schrijf de velden uit in plaats van ze samen te voegen")
                continue
            if not isinstance(sleutelnode, yaml.ScalarNode) or sleutelnode.tag != _STANDAARD + "str":
                self._meld(sleutelnode, "sleutel-geen-tekst", "deze sleutel is geen tekst",
                           "zet de sleutel tussen aanhalingstekens"
                           if isinstance(sleutelnode, yaml.ScalarNode) else "gebruik een tekst als sleutel")
                continue
            sleutel = sleutelnode.value
            kindlocatie = (*locatie, sleutel)
            if sleutel in resultaat:
                eerste = self.document.sleutelposities[kindlocatie]
                self._meld(sleutelnode, "dubbele-sleutel",
                           f"{_sleutel_tekst(sleutel)} komt al voor op regel {eerste.regel}",
                           "YAML houdt alleen de laatste waarde; voeg de twee samen of verwijder er één")
                continue
            self.document.sleutelposities[kindlocatie] = Plek(sleutelnode.start_mark.line + 1,
                                                              sleutelnode.start_mark.column + 1)
            resultaat[sleutel] = self.bouw(waardenode, kindlocatie)
        return resultaat

    def _scalair(self, node: yaml.ScalarNode, locatie: Locatie) -> Any:
        if node.tag not in _TOEGESTANE_SCALAIRE_TAGS:
            self._meld(node, "yaml-tag", _tag_melding(node.tag), "verwijder de tag")
            return None
        try:
            waarde = _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)
        except (ConstructorError, ValueError, OverflowError):
            self._meld(node, "ongeldige-waarde", "deze waarde kan niet gelezen worden",
                       "zet de waarde tussen aanhalingstekens als het tekst is")
            return None
        if not isinstance(waarde, str) and not node.style:  # plain: None in Python, "" from libyaml
            soort = node.tag.removeprefix(_STANDAARD)
            self.document.scalaire_bron[locatie] = ScalaireBron(tekst=node.value, soort=soort)
        return waarde


def _tag_melding(tag: str) -> str:
    """'tag !!python/object is niet toegestaan' for YAML's own tags; any other tag is not shown (it is text from
    the file: ``!Jan_de_Vries``)."""
    eigen = tag.removeprefix(_STANDAARD)
    if eigen != tag and eigen.startswith("python/"):
        return "een Python-tag (!!python/...) is niet toegestaan"
    return f"{toon_waarde(eigen if eigen != tag else '', 'deze tag', _YAML_TAGS, 'tag')} is niet toegestaan"


_YAML_TAGS = {naam: f"!!{naam}" for naam in ("binary", "set", "omap", "pairs", "merge", "value", "yaml", "bool",
                                             "int", "float", "str", "null", "timestamp", "seq", "map")}


def _sleutel_tekst(sleutel: str) -> str:
    """A duplicate key as a message may name it: a field name of the models, otherwise 'deze sleutel'."""
    from .veldnamen import veldnamen

    return toon_waarde(sleutel, "deze sleutel", veldnamen(), "sleutel")
