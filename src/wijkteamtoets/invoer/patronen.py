"""Regular expressions compiled when first used, not when their module is imported.

Python compiles every pattern again in every process; the privacy detectors hold a few hundred, of which
a short run (one dossier, a message to mask) uses a handful. ``patroon`` stands where ``re.compile`` stood::

    _POSTCODE = patroon(r"\\b[1-9]\\d{3} ?[A-Z]{2}\\b")

and compiles on the first search, match, substitution or attribute (``pattern`` is known without compiling, so
a pattern can be built from other patterns' text at import without compiling them).
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["patroon"]


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
        gecompileerd = re.compile(self.pattern, self._vlaggen)
        for eigen in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
                      "flags", "groups", "groupindex"):
            setattr(self, eigen, getattr(gecompileerd, eigen))
        return getattr(gecompileerd, naam)

    def __repr__(self) -> str:
        return f"patroon({self.pattern!r})"


def patroon(tekst: str, vlaggen: int = 0) -> re.Pattern[str]:
    """`tekst` as a regular expression, compiled when first used (see the module docstring)."""
    return cast("re.Pattern[str]", _UitgesteldPatroon(tekst, int(vlaggen)))
