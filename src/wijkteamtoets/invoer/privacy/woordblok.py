"""Lists too large to make a set of in every process (deduce's 153,000 street names), searched in place.

A `Woordblok` holds the words of a list sorted, as one block of UTF-8 (which sorts as the characters do) with where
each word begins, and answers ``woord in blok`` by bisection: exactly what ``woord in set(woorden)`` answers, without
making 153,000 strings and a set of them (0.04 s, more than the scan of a dossier). `groot` gives such a list: from
a file built once per machine when a later stage registers one (`gebruik_blokbestand`: `controles.lijstbestanden`),
otherwise as a set.
"""

from __future__ import annotations

import functools
import struct
from array import array
from collections.abc import Callable, Container, Iterable

__all__ = ["Woordblok", "gebruik_blokbestand", "groot", "straten_klein"]


class Woordblok:
    """Sorted words in one block of bytes: the number of words (4 bytes), where each begins in the block (4 bytes
    each, and the end), then the words, each followed by a newline."""

    def __init__(self, data: bytes) -> None:
        (aantal,) = struct.unpack_from("<I", data)
        self._begins = array("I")
        self._begins.frombytes(data[4:8 + 4 * aantal])
        self._data, self._basis = data, 8 + 4 * aantal
        if len(self._begins) != aantal + 1 or self._begins[0] != 0 or self._basis + self._begins[-1] != len(data):
            raise ValueError("block does not match its header")

    @staticmethod
    def maak(woorden: Iterable[str]) -> bytes:
        """The bytes of the block of `woorden` (duplicates once)."""
        regels = [woord.encode("utf-8") + b"\n" for woord in sorted(set(woorden))]
        begins = array("I", [0])
        for regel in regels:
            begins.append(begins[-1] + len(regel))
        return struct.pack("<I", len(regels)) + begins.tobytes() + b"".join(regels)

    def __len__(self) -> int:
        return len(self._begins) - 1

    def __contains__(self, woord: object) -> bool:
        if not isinstance(woord, str):
            return False
        try:
            gezocht = woord.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word of a list read as UTF-8
            return False
        data, basis, begins = self._data, self._basis, self._begins
        laag, hoog = 0, len(begins) - 1
        while laag < hoog:
            midden = (laag + hoog) // 2
            if data[basis + begins[midden]:basis + begins[midden + 1] - 1] < gezocht:
                laag = midden + 1
            else:
                hoog = midden
        return laag < len(begins) - 1 and data[basis + begins[laag]:basis + begins[laag + 1] - 1] == gezocht


_LADERS: list[Callable[[str, bool, Callable[[], Iterable[str]]], Woordblok | None]] = []


def gebruik_blokbestand(laden: Callable[[str, bool, Callable[[], Iterable[str]]], Woordblok | None]) -> None:
    """Read a large list through `laden(naam, klein, woorden)`: a block from a file built once per machine from
    `woorden()`; None when it cannot (then `groot` makes a set)."""
    _LADERS[:] = [laden]
    groot.cache_clear()


@functools.cache
def groot(naam: str, klein: bool = False) -> Container[str]:
    """deduce's list `naam` (``lijsten.lijst``), case-folded with `klein`, for ``in`` only."""
    from .lijsten import lijst

    def woorden() -> Iterable[str]:
        return {woord.casefold() for woord in lijst(naam)} if klein else lijst(naam)

    for laden in _LADERS:
        if (blok := laden(naam, klein, woorden)) is not None:
            return blok
    return frozenset(woorden())


def straten_klein() -> Container[str]:
    """deduce's Dutch street names, case-folded."""
    return groot("locations/lst_street", klein=True)
