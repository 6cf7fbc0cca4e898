"""The Dutch gemeenten: names a dossier may use without a gemeente file, and matching of names.

The list is package data (`gemeenten.txt`, 342 gemeenten as of 1 January 2025, with its source in its
header), made by ``scripts/gemeentelijst.py`` and read by `problemen.gemeenteregels` (a path shows a
gemeente folder by its name, see `problemen.toon_pad`). A name is matched through its `slug`: case, accents,
spaces and punctuation do not matter (``Bergen op Zoom``, ``bergen-op-zoom`` and ``BERGEN OP ZOOM`` are one
gemeente).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from functools import cache

from ..problemen import gemeenteregels
from ..problemen import slug as slug  # re-exported: the matching key of a gemeente name


@cache
def nederlandse_gemeenten() -> dict[str, str]:
    """Every name in the list (official names and their aliases), by slug."""
    namen: dict[str, str] = {}
    for regel in gemeenteregels():
        for naam in regel.split(" | "):
            namen.setdefault(slug(naam), naam.strip())
    return namen


def officiele_namen() -> list[str]:
    """The official name of every gemeente in the list (the first name on each line)."""
    return [regel.split(" | ")[0] for regel in gemeenteregels()]


def dichtstbij(naam: str, kandidaten: list[str], aantal: int = 3) -> list[str]:
    """The names in `kandidaten` that look most like `naam` (for 'bedoelt u ...?'), best first."""
    per_sleutel: dict[str, str] = {}
    for kandidaat in kandidaten:
        per_sleutel.setdefault(kandidaat.casefold(), kandidaat)
    treffers = difflib.get_close_matches(naam.casefold(), list(per_sleutel), n=aantal, cutoff=0.6)
    return [per_sleutel[t] for t in treffers]


class _BekendeGemeenten(Mapping[str, str]):
    """The Dutch gemeenten as known names for messages: a name whose `slug` is in the list maps to its own
    spelling in the list (``toon_waarde(naam, ..., BEKENDE_GEMEENTEN)`` shows 'Bergen op Zoom' for
    'bergen-op-zoom'); any other text, such as a person's name in the gemeente field, is not known."""

    def __getitem__(self, naam: str) -> str:
        return nederlandse_gemeenten()[slug(naam)]

    def __iter__(self) -> Iterator[str]:
        return iter(nederlandse_gemeenten().values())

    def __len__(self) -> int:
        return len(nederlandse_gemeenten())


BEKENDE_GEMEENTEN: Mapping[str, str] = _BekendeGemeenten()
