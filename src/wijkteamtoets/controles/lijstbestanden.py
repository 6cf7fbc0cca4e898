"""deduce's large lists (its 153,000 street names) as blocks (`invoer.privacy.woordblok`) in files built once per
machine.

Making a set of the street list costs 0.04 s in every process that scans an address, more than the scan of a
dossier; reading the block back costs a tenth of that. The file is kept in the user's cache folder under a name
that follows from the list, its size and time of change and the form of the block, so a new deduce gives a new
file, and it is authenticated under the user's key like the word frequencies (`cache.afgeleid_bestand`: built
under a lock, published atomically, read without one): a file that was changed or planted is built again,
never trusted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..invoer.privacy.lijsten import bronpad
from ..invoer.privacy.woordblok import Woordblok
from . import cache

_VORM = 1
"""The version of the block's form; another version is built anew."""


def laad(naam: str, klein: bool, woorden: Callable[[], Iterable[str]]) -> Woordblok | None:
    """The block of deduce's list `naam` (case-folded with `klein`), built from `woorden()` when its file is missing
    or not authentic; None when there is no cache folder to keep it in or no list file (the caller makes a set)."""
    bron = bronpad(naam)
    if bron is None:
        return None
    try:
        status = bron.stat()
    except OSError:
        return None
    sleutel = cache.sleutel(naam, str(klein), str(bron), str(status.st_size), str(status.st_mtime_ns), str(_VORM))
    data = cache.afgeleid_bestand(cache.gebruikersmap() / f"lijst-{sleutel[:20]}.bin", lambda: Woordblok.maak(woorden()))
    if data is None:
        return None
    try:
        return Woordblok(data)
    except (ValueError, IndexError):
        return None
