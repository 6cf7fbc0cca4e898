"""The outcome of checking the kader files, kept in the cache, so that a run whose kaders did not change
validates only the kader its files refer to.

Checking every kader file (YAML, schema, meaning, privacy scan) costs more than judging one dossier. The
outcome depends on exactly: the bytes and the shown path of each kader file, the program's own code
(`programma`), the versions of Python, pydantic and PyYAML, and the privacy scanner with its lists
(`privacy.scannerversie`, which covers the user's own list of organisations). Under that key the cache holds
which file holds which kader (id and versie) and the problems of the files: places, codes and messages (which
are safe by construction: a message shows no value from a file that could identify a person; see
`problemen`). An entry that is missing, changed or not authentic is ignored and the files are checked again
(`controles.cache`).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from ..problemen import Ernst, Probleem, pad_tekst
from . import cache

RUIMTE = "kaders"
"""The cache namespace of checked kader files."""


@functools.cache
def programma() -> str:
    """A fingerprint of the program's own files (path, size and time of change of each), cheap enough for
    every run: a development install whose code or lists change is a new program. (The bytes of every file,
    as `vaststelling.programma` hashes them for reports, would cost more than the check it saves.)"""
    pakket = Path(__file__).resolve().parent.parent
    delen: list[str] = []
    for map_, mappen, bestanden in os.walk(pakket):
        mappen[:] = sorted(m for m in mappen if m != "__pycache__")
        for naam in sorted(bestanden):
            if naam.endswith((".pyc", ".pickle")):
                continue
            status = os.stat(os.path.join(map_, naam))
            delen.append(f"{os.path.relpath(os.path.join(map_, naam), pakket)}\0{status.st_size}\0"
                         f"{status.st_mtime_ns}")
    return cache.sleutel(*delen)


def sleutel(bestanden: list[Path], inhoud: list[bytes | None]) -> str | None:
    """The key of the check of these kader files with these bytes; None when a file could not be read (then
    the check itself says why)."""
    if any(ruw is None for ruw in inhoud):
        return None
    import pydantic
    import yaml

    from .privacy import scannerversie

    return cache.sleutel(programma(), scannerversie(), sys.version, pydantic.VERSION, yaml.__version__,
                         *(deel for pad, ruw in zip(bestanden, inhoud, strict=True)
                           for deel in (pad_tekst(pad), ruw or b"")))


def lees(naam: str, bestanden: list[Path]) -> tuple[dict[tuple[str, str], int], list[Probleem]] | None:
    """The stored check: per valid kader (id, versie) the index of its file in `bestanden`, and the problems
    of all files; None when there is no authentic, well-formed entry."""
    data = cache.lees(RUIMTE, naam)
    if not isinstance(data, dict):
        return None
    try:
        kaders = {(str(k), str(v)): int(i) for k, v, i in data["kaders"]}
        problemen = [Probleem(str(p[0]), int(p[1]), int(p[2]), str(p[3]), str(p[4]), str(p[5]), Ernst(p[6]))
                     for p in data["problemen"]]
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    if any(not 0 <= i < len(bestanden) for i in kaders.values()):
        return None
    return kaders, problemen


def bewaar(naam: str, kaders: dict[tuple[str, str], int], problemen: list[Probleem]) -> None:
    """Store the check of the kader files (see `lees`)."""
    cache.bewaar(RUIMTE, naam, {
        "kaders": [[k, v, i] for (k, v), i in kaders.items()],
        "problemen": [[p.pad, p.regel, p.kolom, p.code, p.melding, p.hint, p.ernst.value] for p in problemen],
    })
