"""Whether a text ends with a cue word and its tail ("moeder: ", "gesprek met ", "oudste, "), by a set lookup.

A name rule asks this of the thirty characters before every word of a text. The regular expression that says it,
``(?i:\\b(?:moeder|vader|...)\\s*[:(]?\\s*)$``, tries every alternative at every position of the window; `Eindwoord`
gives exactly the same answer by looking only at the few places where the word can start: its words (a finite
pattern of alternatives, groups, ``?`` and escaped punctuation, such as `detectoren.ROL`) are expanded into a set
once. A word in other than ASCII letters is checked by the regular expression itself, and a pattern that is not
that simple uses the regular expression everywhere, so the answer never differs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..patronen import compileer


class _NietEindig(ValueError):
    """The pattern is not a finite list of alternatives this module can expand."""


def _taal(patroon: str) -> frozenset[str]:
    """Every text the pattern matches, lower-cased: alternatives ``|``, groups ``(?:...)``, an optional ``?`` and
    escaped punctuation (``\\.``); anything else raises `_NietEindig`."""
    plek = 0

    def alternatief() -> set[str]:
        nonlocal plek
        uit = reeks()
        while plek < len(patroon) and patroon[plek] == "|":
            plek += 1
            uit |= reeks()
        return uit

    def reeks() -> set[str]:
        nonlocal plek
        uit = {""}
        while plek < len(patroon) and patroon[plek] not in "|)":
            deel = atoom()
            if patroon.startswith("?", plek):
                plek += 1
                deel = deel | {""}
            if plek < len(patroon) and patroon[plek] in "?*+{":
                raise _NietEindig(patroon)
            uit = {a + b for a in uit for b in deel}
        return uit

    def atoom() -> set[str]:
        nonlocal plek
        teken = patroon[plek]
        if patroon.startswith("(?:", plek):
            plek += 3
            binnen = alternatief()
            if not patroon.startswith(")", plek):
                raise _NietEindig(patroon)
            plek += 1
            return binnen
        if teken == "\\":
            volgend = patroon[plek + 1:plek + 2]
            if not volgend or volgend.isalnum() or volgend == "_":
                raise _NietEindig(patroon)  # \b, \s, \d, ...: a class, not a letter
            plek += 2
            return {volgend}
        if teken in "()[]{}*+?.^$":
            raise _NietEindig(patroon)
        plek += 1
        return {teken.lower()}

    woorden = alternatief()
    if plek != len(patroon):
        raise _NietEindig(patroon)
    return frozenset(woorden)


class Eindwoord:
    """Whether a text ends with one of `woorden` (a case-insensitive pattern of alternatives) at a word boundary,
    then white space, one of `tekens` (required when `verplicht`, otherwise optional) and white space: exactly
    ``re.search(rf"(?i:\\b(?:{woorden})\\s*[{tekens}]{'' if verplicht else '?'}\\s*)$", tekst) is not None``."""

    def __init__(self, woorden: str, tekens: str, verplicht: bool) -> None:
        self.woorden, self.tekens, self.verplicht = woorden, tekens, verplicht
        try:
            taal = _taal(woorden)
        except _NietEindig:
            taal = frozenset()
        # every word starts with a letter: a boundary (\b) before it is a non-word character or the start
        self._met_set = bool(taal) and all(w[:1].isalpha() for w in taal)
        self._set = taal
        self._lengtes = range(min(map(len, taal)), max(map(len, taal)) + 1) if self._met_set else range(0)
        # per last two characters (ASCII), the lengths of the words that end in them: most places end in none
        self._staarten: dict[str, list[int]] | None = None
        if self._met_set and all(len(w) >= 2 and w[-2:].isascii() for w in taal):
            self._staarten = {}
            for woord in sorted(taal, key=len):
                lengtes = self._staarten.setdefault(woord[-2:], [])
                if len(woord) not in lengtes:
                    lengtes.append(len(woord))

    @functools.cached_property
    def _regex(self) -> re.Pattern[str]:
        """The regular expression itself (compiled when first needed: most texts never need it)."""
        teken = f"[{re.escape(self.tekens)}]{'' if self.verplicht else '?'}"
        return compileer(rf"(?i:\b(?:{self.woorden})\s*{teken}\s*)$")

    @functools.cached_property
    def _woord(self) -> re.Pattern[str]:
        return compileer(rf"(?i:{self.woorden})")

    def __call__(self, tekst: str) -> bool:
        if not self._met_set:
            return self._regex.search(tekst) is not None
        kaal = tekst.rstrip()
        einden = []
        if kaal[-1:] and kaal[-1] in self.tekens:
            einden.append(len(kaal[:-1].rstrip()))  # the word before the sign
        if not self.verplicht:
            einden.append(len(kaal))  # the word before the white space alone
        return any(self._eindigt_op(tekst, eind) for eind in einden)

    def _eindigt_op(self, tekst: str, eind: int) -> bool:
        """Whether a word of the set ends at `eind` and starts at a word boundary."""
        lengtes: Sequence[int] = self._lengtes
        staart = tekst[max(0, eind - 2):eind]
        if self._staarten is not None and len(staart) == 2 and staart.isascii():
            # ASCII characters match only their own upper or lower case: only words that end like this can match
            lengtes = self._staarten.get(staart.lower(), ())
        for lengte in lengtes:
            begin = eind - lengte
            if begin < 0:
                break
            if not tekst[begin].isalpha():
                continue  # every word starts with a letter (a character that matches one ignoring case is one too)
            if begin > 0 and (tekst[begin - 1].isalnum() or tekst[begin - 1] == "_"):
                continue  # no boundary (\b) before the word: it would start inside another
            woord = tekst[begin:eind]
            if woord.isascii():
                if woord.lower() in self._set:
                    return True
            elif self._woord.fullmatch(tekst, begin, eind) is not None:
                return True
        return False
