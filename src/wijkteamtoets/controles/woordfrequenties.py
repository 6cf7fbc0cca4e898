"""How common a Dutch word is (wordfreq's Zipf scale), from a compact table instead of wordfreq itself.

Loading wordfreq costs more than scanning a dossier: the library and its tokenizer (0.1 s), its Dutch list of
311,000 words as a dictionary (0.1 s), and its Unicode patterns on the first word (0.05 s). The name rules of
the privacy scan ask only for single words of letters, sometimes joined by hyphens (``"hulpvraag-in-dialoog"``)
or with an apostrophe (``"risico's"``, ``"zo'n"``, ``"'s-hertogenbosch"``). For those wordfreq's answer is
fixed by the list alone: the word's tokens are its parts between hyphens without apostrophes at their ends (an
apostrophe between letters stays inside the token in Dutch), and its frequency follows from the band
(centibel) each token is in. So the list is kept once per machine and wordfreq version as a table (words
sorted, with their band), built in a second, authenticated under the user's key like deduce's lookup
structures (`cache.onderteken`), and read without building a dictionary. Any other word (digits, capitals, a
curly apostrophe, a French elision such as ``"l'homme"``) is still answered by wordfreq; `zipf` gives exactly
what ``wordfreq.zipf_frequency(woord, "nl")`` gives.
"""

from __future__ import annotations

import functools
import math
import struct
from array import array
from pathlib import Path

from ..invoer.patronen import patroon
from . import cache

_EENVOUDIG = patroon(r"[a-zà-öø-ÿ'-]+")
"""Words the table may answer: lowercase letters (also with accents, as one character each), hyphens and
straight apostrophes; no digits or other signs."""

_TOKEN = patroon(r"[a-zà-öø-ÿ]+(?:'[a-zà-öø-ÿ]+)*")
"""One token for wordfreq: letters, with single apostrophes between them (Unicode does not break a word there)."""

_ELISIE = patroon(r"[a-zà-öø-ÿ]{1,2}'[aehiouyáéíóúàèìòùâêîôûåïöœ]")
"""The start wordfreq splits off as a French elision (``"d'arc"``: ``"d"`` and ``"arc"``, its ``TOKEN_RE``)."""

_VORM = 2
"""The version of the table's content (2: also the words with an apostrophe); another version is built anew."""

_MINIMUM = 10**0.0 / 1e9
"""wordfreq's floor for `zipf_frequency` (``zipf_to_freq(0.0)``): the frequency of a word it does not know."""


class _Tabel:
    """The words of the list, sorted, as one block of UTF-8 (searched in place: no 300,000 strings are made),
    with where each word begins and its band (centibels below 1)."""

    def __init__(self, blok: bytes, begins: array[int], banden: array[int]) -> None:
        self.blok = blok
        self.begins = begins  # one more than there are words: the last is the end of the block
        self.banden = banden

    def band(self, woord: str) -> int | None:
        gezocht = woord.encode("utf-8")  # UTF-8 sorts as the characters do
        laag, hoog = 0, len(self.banden)
        while laag < hoog:
            midden = (laag + hoog) // 2
            if self.blok[self.begins[midden]:self.begins[midden + 1] - 1] < gezocht:
                laag = midden + 1
            else:
                hoog = midden
        if laag < len(self.banden) and self.blok[self.begins[laag]:self.begins[laag + 1] - 1] == gezocht:
            return int(self.banden[laag])
        return None


def zipf(woord: str) -> float | None:
    """``wordfreq.zipf_frequency(woord, "nl")`` from the table; None when the table cannot say (another kind of
    word, or no table could be read or built)."""
    if _EENVOUDIG.fullmatch(woord) is None or (tokens := _tokens(woord)) is None:
        return None
    tabel = _tabel()
    if tabel is None:
        return None
    return _zipf(tokens, tabel)


def _tokens(woord: str) -> list[str] | None:
    """wordfreq's tokens of `woord` (lowercase letters, hyphens and apostrophes): its parts between hyphens,
    without the apostrophes at their ends (``"'s-hertogenbosch"``: ``"s"`` and ``"hertogenbosch"``); None for a
    part wordfreq splits otherwise (two apostrophes in a row, a French elision)."""
    tokens = []
    for deel in woord.split("-"):
        deel = deel.strip("'")
        if not deel:
            continue
        if _TOKEN.fullmatch(deel) is None or _ELISIE.match(deel) is not None:
            return None
        tokens.append(deel)
    return tokens


def _zipf(tokens: list[str], tabel: _Tabel) -> float:
    """wordfreq's `_word_frequency` and `zipf_frequency` for these tokens, step by step (the same rounding)."""
    if not tokens:
        return round(math.log(_MINIMUM, 10) + 9, 2)
    een_gedeeld_door = 0.0
    for token in tokens:
        band = tabel.band(token)
        if band is None:
            return round(math.log(_MINIMUM, 10) + 9, 2)
        een_gedeeld_door += 1.0 / 10 ** (-band / 100)
    ongerond = max(1.0 / een_gedeeld_door, _MINIMUM)
    nullen = math.floor(-math.log(ongerond, 10))
    return round(math.log(round(ongerond, nullen + 3), 10) + 9, 2)


def _bestand() -> Path:
    from .pakketten import versie

    return cache.gebruikersmap() / f"woordfrequenties-nl-{versie('wordfreq')}-{_VORM}.bin"


@functools.cache
def _tabel() -> _Tabel | None:
    """The table: read when it was built before (and is authentic), otherwise built once and published
    (`cache.afgeleid_bestand`); None when there is no cache folder to keep it in (wordfreq then answers every
    word) or the file does not hold a table."""
    data = cache.afgeleid_bestand(_bestand(), _bouw)
    if data is None:
        return None
    try:
        return _uit(data)
    except (struct.error, ValueError):
        return None


def _bouw() -> bytes:
    """wordfreq's Dutch list as the table: the number of words, their bands (2 bytes each), where each begins in
    the block (4 bytes each, and the end), and the block of words, each followed by a newline."""
    from wordfreq import get_frequency_list

    banden: dict[str, int] = {}
    for band, woorden in enumerate(get_frequency_list("nl", "best")):
        for woord in woorden:  # a word in two bands: the later one counts, as in wordfreq's dictionary
            if _EENVOUDIG.fullmatch(woord) and "-" not in woord:  # every token `_tokens` can give
                banden[woord] = band
    gesorteerd = sorted(banden)
    regels = [w.encode("utf-8") + b"\n" for w in gesorteerd]
    begins = array("I", [0])
    for regel in regels:
        begins.append(begins[-1] + len(regel))
    return (struct.pack("<I", len(gesorteerd)) + array("H", (banden[w] for w in gesorteerd)).tobytes()
            + begins.tobytes() + b"".join(regels))


def _uit(data: bytes) -> _Tabel:
    (aantal,) = struct.unpack_from("<I", data)
    banden, begins = array("H"), array("I")
    banden.frombytes(data[4:4 + 2 * aantal])
    begins.frombytes(data[4 + 2 * aantal:4 + 6 * aantal + 4])
    blok = data[4 + 6 * aantal + 4:]
    if len(banden) != aantal or len(begins) != aantal + 1 or begins[-1] != len(blok) or begins[0] != 0:
        raise ValueError("table does not match its header")
    return _Tabel(blok, begins, banden)
