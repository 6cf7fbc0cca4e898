"""Regular expressions compiled when first used, not when their module is imported.

Python compiles every pattern again in every process; the privacy detectors hold a few hundred, of which
a short run (one dossier, a message to mask) uses a handful. ``patroon`` stands where ``re.compile`` stood::

    _POSTCODE = patroon(r"\\b[1-9]\\d{3} ?[A-Z]{2}\\b")

and compiles on the first search, match, substitution or attribute (``pattern`` is known without compiling, so
a pattern can be built from other patterns' text at import without compiling them). A pattern built while the
program runs (from a list of names) is compiled with `compileer`.

Compiling goes through the compiler a later stage registers (`gebruik_compileerder`: `controles.patroonopslag`
keeps what the compiler made once per machine, so a new process does not compile again); ``re.compile`` until then.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

__all__ = ["compileer", "gebruik_compileerder", "patroon"]

_COMPILEERDER: list[Callable[[str, int], re.Pattern[str]]] = [re.compile]


def gebruik_compileerder(compileerder: Callable[[str, int], re.Pattern[str]]) -> None:
    """Compile every pattern from now on with `compileerder`, which must give what ``re.compile`` gives."""
    _COMPILEERDER[:] = [compileerder]


def compileer(tekst: str, vlaggen: int = 0) -> re.Pattern[str]:
    """``re.compile(tekst, vlaggen)`` through the registered compiler."""
    return _COMPILEERDER[0](tekst, int(vlaggen))


class _UitgesteldPatroon:
    """Stands in for a compiled pattern; compiles it on first use and then answers from the compiled one.

    After the first use every method of the compiled pattern is an attribute of this object itself, so a hot
    loop pays one attribute lookup, as with the compiled pattern (``__getattr__`` only runs for a name that is
    not there yet)."""

    def __init__(self, tekst: str, vlaggen: int) -> None:
        self.pattern = tekst
        self._vlaggen = vlaggen

    def __getattr__(self, naam: str) -> Any:
        if naam.startswith("__") or naam == "_vlaggen":  # copy, pickle and friends: not a pattern's business
            raise AttributeError(naam)
        gecompileerd = compileer(self.pattern, self._vlaggen)
        for eigen in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                      "flags", "groups", "groupindex"):
            setattr(self, eigen, getattr(gecompileerd, eigen))
        return getattr(gecompileerd, naam)

    def __repr__(self) -> str:
        return f"patroon({self.pattern!r})"


def patroon(tekst: str, vlaggen: int = 0) -> re.Pattern[str]:
    """`tekst` as a regular expression, compiled when first used (see the module docstring)."""
    return cast("re.Pattern[str]", _UitgesteldPatroon(tekst, int(vlaggen)))
