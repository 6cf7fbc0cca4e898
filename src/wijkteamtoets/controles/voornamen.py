"""The first names of many countries (`lijsten.voornamen_wereld`) from a file built once per machine.

Building the set from deduce's list and gender-guesser's dictionary of 45,000 names costs 0.06 s, more than
half the scan of a dossier; reading it back as one block of lines costs a tenth of that. The file is kept in
the user's cache folder under a name that follows from the size and time of change of every source it is
built from (`lijsten.voornamen_bronnen`: the lists and the module that reads them), so a new list or rule is
built anew, and it is authenticated under the user's key like the word frequencies (`cache.afgeleid_bestand`):
a file that was changed or planted is built again, never trusted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..invoer.privacy import lijsten
from . import cache


def _bestand() -> Path:
    delen = []
    for bron in lijsten.voornamen_bronnen():
        try:
            status = bron.stat()
        except OSError:
            delen.append(f"{bron} -")
            continue
        delen.append(f"{bron} {status.st_size} {status.st_mtime_ns}")
    return cache.gebruikersmap() / f"voornamen-{cache.sleutel(*delen)[:20]}.txt"


def laad(bouw: Callable[[], frozenset[str]]) -> frozenset[str] | None:
    """The first names from the file, built by `bouw` when it is missing or not authentic; None when there is no
    cache folder to keep it in (the caller then builds them itself)."""
    data = cache.afgeleid_bestand(_bestand(), lambda: "\n".join(sorted(bouw())).encode("utf-8"))
    if data is None:
        return None
    try:
        return frozenset(data.decode("utf-8").split("\n")) if data else frozenset()
    except UnicodeDecodeError:
        return None
