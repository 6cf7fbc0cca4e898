"""One regex over many names (gemeenten, residences, organisations), compiled per text over only the names that
can stand in it.

An alternation of a thousand names costs tens of milliseconds to compile, in every process, while a text holds
a handful of them at most. `Namenpatroon` gives the same matches as the whole pattern
``voor(?:naam1|naam2|...)na``: for each text it compiles (once per distinct selection, remembered) the pattern
over only the names all of whose words occur in the text as words, in their original order. A name that occurs
nowhere in a text can match nowhere in it, so leaving it out changes no match: the alternatives are still tried
in the same order at every position.

"Occurs as a word" is decided the way the regex engine compares: each letter is folded as `re.IGNORECASE` folds
it (with the engine's extra equivalences such as ``ſ`` and ``s``), so a name that the pattern would match is
never left out. This needs the names to stand between non-word characters in a match (the patterns start
with ``(?<![\\w-])`` or a separator, and separate and end the words with whitespace, ``_``, ``-`` or
``(?![\\w-])``): then every run of letters and digits of a name is a whole word of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from ..patronen import patroon

try:  # the equivalences re.IGNORECASE adds to lower-casing ("ſ" and "s", "ı" and "i"); private to re
    import _sre  # type: ignore[import-not-found]
    from re._casefix import _EXTRA_CASES as _EXTRA  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python: no selection, the whole pattern every time
    _EXTRA = None

_RUN = patroon(r"[^\W_]+")
"""A run of letters and digits: what `\\w` matches, without the underscore."""


def _klasse(teken: str) -> tuple[str, ...]:
    """The lower-case characters that `re.IGNORECASE` takes for `teken`: the engine compares the lower case of
    two characters, and takes some lower-case characters for each other (`_EXTRA`)."""
    assert _EXTRA is not None
    laag = _sre.unicode_tolower(ord(teken))
    return tuple(chr(c) for c in (laag, *_EXTRA.get(laag, ())))


def _vouw_teken(code: int) -> int:
    """One representative of the characters that match `chr(code)` case-insensitively: the lowest letter or digit
    among them. Other characters stand for themselves."""
    teken = chr(code)
    if not teken.isalnum():
        return code
    return min((ord(c) for c in _klasse(teken) if c.isalnum()), default=code)


class _Vouwtabel(dict[int, int]):
    """The table of `str.translate` that folds each letter to its representative (filled as characters appear)."""

    def __missing__(self, code: int) -> int:
        self[code] = gevouwen = _vouw_teken(code)
        return gevouwen


_VOUW = _Vouwtabel()


@functools.lru_cache(maxsize=4)  # the name patterns of one scan ask this of the same text one after another
def woorden_van(tekst: str) -> frozenset[str]:
    """The folded words (runs of letters and digits) of `tekst`."""
    return frozenset(_RUN.findall(tekst.translate(_VOUW)))


def _altijd_nodig(woorden: Sequence[str]) -> bool:
    """Whether a name has a character that may match a character of another kind case-insensitively (a letter
    that matches a non-letter or the reverse) or no word at all: such a name is always part of the pattern.
    No ASCII character is of that sort."""
    if not any(_RUN.search(w) for w in woorden):
        return True
    return any(_gemengd(teken) for woord in woorden if not woord.isascii() for teken in woord)


@functools.cache
def _gemengd(teken: str) -> bool:
    return len({teken.isalnum(), *(c.isalnum() for c in _klasse(teken))}) > 1


class Namenpatroon:
    """The pattern ``voor(?:delen[0]|delen[1]|...)na`` with `flags`, where `delen[i]` is a regex over the words
    `woorden[i]` of a name (literal words and separators only). `finditer` and `search` answer as that pattern,
    compiled per text over only the names whose words all occur in it."""

    def __init__(self, voor: str, delen: Sequence[tuple[str, Sequence[str]]], na: str, flags: int = 0) -> None:
        self._voor, self._na, self._flags = voor, na, flags
        self._delen = [bron for bron, _ in delen]
        self._nodig: list[frozenset[str]] = []
        self._index: dict[str, list[int]] = {}
        self._altijd: list[int] = []
        self._gecompileerd: dict[tuple[int, ...], re.Pattern[str]] = {}
        for nummer, (_, woorden) in enumerate(delen):
            if _EXTRA is None or _altijd_nodig(woorden):
                self._altijd.append(nummer)
                self._nodig.append(frozenset())
                continue
            nodig = frozenset(w for woord in woorden for w in _RUN.findall(woord.translate(_VOUW)))
            self._nodig.append(nodig)
            self._index.setdefault(max(sorted(nodig), key=len), []).append(nummer)

    def _patroon(self, tekst: str) -> re.Pattern[str] | None:
        woorden = woorden_van(tekst)
        gekozen = set(self._altijd)
        for woord in woorden:
            for nummer in self._index.get(woord, ()):
                if self._nodig[nummer] <= woorden:
                    gekozen.add(nummer)
        if not gekozen:
            return None
        sleutel = tuple(sorted(gekozen))
        patroon = self._gecompileerd.get(sleutel)
        if patroon is None:
            if len(self._gecompileerd) >= 1024:
                self._gecompileerd.clear()
            patroon = re.compile(self._voor + "(?:" + "|".join(self._delen[i] for i in sleutel) + ")" + self._na,
                                 self._flags)
            self._gecompileerd[sleutel] = patroon
        return patroon

    def finditer(self, tekst: str) -> Iterator[re.Match[str]]:
        patroon = self._patroon(tekst)
        return iter(()) if patroon is None else patroon.finditer(tekst)

    def search(self, tekst: str) -> re.Match[str] | None:
        patroon = self._patroon(tekst)
        return None if patroon is None else patroon.search(tekst)

    def volledig(self) -> re.Pattern[str]:
        """The whole pattern over every name (for tests: the answer `finditer` must equal)."""
        return re.compile(self._voor + "(?:" + "|".join(self._delen or ["(?!)"]) + ")" + self._na, self._flags)
