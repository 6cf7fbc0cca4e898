"""deduce and docdeid imported for the name model without numpy, the one docdeid step that used it, and its tries
as flat tables.

docdeid's package imports numpy (about 0.1 s, as much as the scan of a dossier) for one step only: its overlap
resolver marks the characters already taken in an array. This module imports deduce while ``numpy`` stands for
a module that imports the real numpy on first use (`_NumpyLater`), and `Overlapoplosser` is that resolver with
a ``bytearray`` as the mask: the same annotations in the same order (``tests/test_privacy_opstart.py``). When
numpy is already loaded (a report renders with pandas), nothing stands in for it. In the same way rapidfuzz (its
edit distance, which only deduce's redactor and patient annotator use: the name model has neither) is imported on
first use, not with deduce, and deduce reads its own version with `pakketten.versie` instead of importing
``importlib.metadata`` (0.01 s) for it. Importing this module also undoes what deduce does to logging on import (it makes the
root logger print on stdout).

`PlatteTrie` is docdeid's `LookupTrie` (deduce's first names, surnames and eponymous diseases) as one dict from
every path of the trie to whether an item ends there: the same answers, read back from the pickle of the name
model several times faster, as it holds no object per node, and only when a text needs it.
"""

from __future__ import annotations

import importlib
import logging
import marshal
import sys
import types
from typing import Any

from .pakketten import versie


class _NumpyLater(types.ModuleType):
    """numpy (or ``numpy.typing``) as docdeid binds it on import: any attribute imports the real module.

    docdeid names ``numpy.typing.NDArray`` in a signature, evaluated on import but never used: that one is
    ``Any`` here."""

    def __getattr__(self, naam: str) -> Any:
        if naam.startswith("__"):
            raise AttributeError(naam)
        if sys.modules.get(self.__name__) is self:  # still importing docdeid: no longer stand in
            _geen_plaatsvervangers()
        return getattr(importlib.import_module(self.__name__), naam)


class _Later:
    """A class or function of a module that is imported when one of its attributes is first asked for
    (``DamerauLevenshtein.distance``), for a module that binds it by name on import."""

    def __init__(self, module: str, naam: str) -> None:
        self._module, self._naam = module, naam

    def __getattr__(self, attribuut: str) -> Any:
        if attribuut.startswith("__"):
            raise AttributeError(attribuut)
        return getattr(getattr(importlib.import_module(self._module), self._naam), attribuut)


_PLAATSVERVANGERS: dict[str, types.ModuleType] = {}


def _geen_plaatsvervangers() -> None:
    for naam, later in _PLAATSVERVANGERS.items():
        if sys.modules.get(naam) is later:
            del sys.modules[naam]
    if getattr(importlib, "metadata", None) is _PLAATSVERVANGERS.get("importlib.metadata"):
        del importlib.metadata


def _importeer() -> Any:
    """deduce, imported with numpy and rapidfuzz standing in when they are not loaded yet, and with logging as it
    was."""
    if "numpy" not in sys.modules:
        numpy, numpy_typing = _NumpyLater("numpy"), _NumpyLater("numpy.typing")
        numpy_typing.NDArray = Any  # type: ignore[attr-defined]
        numpy.typing = numpy_typing  # type: ignore[attr-defined]
        _PLAATSVERVANGERS.update({"numpy": numpy, "numpy.typing": numpy_typing})
    if "importlib.metadata" not in sys.modules:  # deduce asks it for its own version, nothing more
        metadata = types.ModuleType("importlib.metadata")
        metadata.version = versie  # type: ignore[attr-defined]
        _PLAATSVERVANGERS["importlib.metadata"] = metadata
        importlib.metadata = metadata  # ``import importlib.metadata`` reads it here
    if "rapidfuzz" not in sys.modules:
        rapidfuzz, afstand = types.ModuleType("rapidfuzz"), types.ModuleType("rapidfuzz.distance")
        afstand.DamerauLevenshtein = _Later("rapidfuzz.distance", "DamerauLevenshtein")  # type: ignore[attr-defined]
        rapidfuzz.distance = afstand  # type: ignore[attr-defined]
        _PLAATSVERVANGERS.update({"rapidfuzz": rapidfuzz, "rapidfuzz.distance": afstand})
    sys.modules.update(_PLAATSVERVANGERS)
    wortel = logging.getLogger()
    handlers, niveau = list(wortel.handlers), wortel.level
    try:
        try:
            import deduce  # type: ignore[import-untyped]
        except (AttributeError, ImportError):  # a deduce that wants more than a stand-in has: without stand-ins
            _geen_plaatsvervangers()
            import deduce
    finally:
        _geen_plaatsvervangers()
        for handler in list(wortel.handlers):
            if handler not in handlers:
                wortel.removeHandler(handler)
        wortel.setLevel(niveau)
    return deduce


deduce = _importeer()

import docdeid as dd  # noqa: E402 - imported by deduce above, with numpy standing in
from docdeid.annotation import Annotation, AnnotationSet  # noqa: E402
from docdeid.ds.lookup import LookupTrie  # noqa: E402
from docdeid.process.annotation_processor import OverlapResolver  # noqa: E402
from docdeid.process.doc_processor import DocProcessorGroup  # noqa: E402

__all__ = ["Overlapoplosser", "PlatteTrie", "dd", "deduce", "zonder_numpy"]


class Overlapoplosser(OverlapResolver):
    """docdeid's `OverlapResolver` with a ``bytearray`` for its mask of characters taken: the annotations in
    the given order, each kept whole when none of its characters is taken, otherwise cut into its runs of
    characters not taken yet."""

    def process_annotations(self, annotations: AnnotationSet, text: str) -> AnnotationSet:
        verwerkt = []
        genomen = bytearray(max(annotatie.end_char for annotatie in annotations))
        for annotatie in annotations.sorted(by=self._sort_by, callbacks=self._sort_by_callbacks,
                                            deterministic=True):
            begin, eind = annotatie.start_char, annotatie.end_char
            masker = genomen[begin:eind]
            if not any(masker):
                verwerkt.append(annotatie)
            else:
                for run_begin, run_eind in _vrije_stukken(masker):
                    verwerkt.append(Annotation(text=annotatie.text[run_begin:run_eind],
                                                  start_char=begin + run_begin, end_char=begin + run_eind,
                                                  tag=annotatie.tag))
            genomen[begin:eind] = b"\x01" * (eind - begin)
        return AnnotationSet(verwerkt)


def zonder_numpy(groep: DocProcessorGroup) -> None:
    """Put an `Overlapoplosser` in the place of every docdeid `OverlapResolver` in `groep` (deduce uses one
    after its annotators and one inside its person annotation converter)."""
    for naam, verwerker in list(groep):
        if isinstance(verwerker, DocProcessorGroup):
            zonder_numpy(verwerker)
        elif type(verwerker) is OverlapResolver:
            groep.add_processor(naam, _zonder_numpy(verwerker))
        elif type(getattr(verwerker, "_overlap_resolver", None)) is OverlapResolver:
            verwerker._overlap_resolver = _zonder_numpy(verwerker._overlap_resolver)


def _zonder_numpy(oplosser: OverlapResolver) -> Overlapoplosser:
    return Overlapoplosser(oplosser._sort_by, oplosser._sort_by_callbacks)


def _vrije_stukken(masker: bytearray) -> list[tuple[int, int]]:
    """The runs of zeros in `masker`, as (begin, end) pairs (docdeid's `_zero_runs`)."""
    stukken, begin = [], None
    for positie, waarde in enumerate(masker):
        if waarde == 0 and begin is None:
            begin = positie
        elif waarde != 0 and begin is not None:
            stukken.append((begin, positie))
            begin = None
    if begin is not None:
        stukken.append((begin, len(masker)))
    return stukken


class PlatteTrie(LookupTrie):
    """docdeid's `LookupTrie` as a flat table: every path from the root (a tuple of tokens, as the matching
    pipeline makes them) to whether an item ends there. `longest_matching_prefix` and ``in`` answer as the trie
    does; `children` holds the first tokens (all docdeid's `MultiTokenLookupAnnotator` reads of it). Pickled, the
    table is one block of bytes (`marshal`), read when first asked for: a text that holds none of the first
    tokens of a trie (most hold no eponymous disease) never reads it."""

    def __init__(self, paden: dict[tuple[str, ...], bool], matching_pipeline: Any = None) -> None:
        super().__init__(matching_pipeline=matching_pipeline)
        self._tabel: dict[tuple[str, ...], bool] | None = paden
        self._blok = b""
        self.is_terminal = paden.get((), False)
        self.children = dict.fromkeys(pad[0] for pad in paden if len(pad) == 1)  # type: ignore[assignment]

    @property
    def _paden(self) -> dict[tuple[str, ...], bool]:
        if self._tabel is None:
            self._tabel, self._blok = marshal.loads(self._blok), b""
        return self._tabel

    def __getstate__(self) -> dict[str, Any]:
        return {"pijplijn": self.matching_pipeline, "eind": self.is_terminal, "begin": tuple(self.children),
                "paden": marshal.dumps(self._paden)}

    def __setstate__(self, staat: dict[str, Any]) -> None:
        self.matching_pipeline, self.is_terminal = staat["pijplijn"], staat["eind"]
        self.children = dict.fromkeys(staat["begin"])  # type: ignore[assignment]
        self._tabel, self._blok = None, staat["paden"]

    @classmethod
    def van(cls, trie: LookupTrie) -> PlatteTrie:
        """The flat table of `trie`."""
        paden: dict[tuple[str, ...], bool] = {}
        open_: list[tuple[tuple[str, ...], LookupTrie]] = [((), trie)]
        while open_:
            pad, knoop = open_.pop()
            paden[pad] = knoop.is_terminal
            open_.extend(((*pad, token), kind) for token, kind in knoop.children.items())
        return cls(paden, trie.matching_pipeline)

    def add_item(self, item: list[str]) -> None:
        raise NotImplementedError("a PlatteTrie is made from a whole LookupTrie (PlatteTrie.van)")

    def __contains__(self, item: list[str]) -> bool:
        if len(item) == 0:
            return self.is_terminal
        return self._paden.get((self._apply_matching_pipeline(item[0]), *item[1:]), False)  # as the trie: the head only

    def longest_matching_prefix(self, item: list[str], start_i: int = 0) -> list[str] | None:
        paden = self._paden
        langste = 0
        pad: tuple[str, ...] = ()
        for positie in range(start_i, len(item)):
            if paden[pad]:
                langste = len(pad)
            volgend = (*pad, self._apply_matching_pipeline(item[positie]))
            if volgend not in paden:
                break
            pad = volgend
        else:
            if paden[pad]:
                langste = len(pad)
        return list(pad[:langste]) if langste else None
