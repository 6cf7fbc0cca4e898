"""A cache of results per input file, so that a run over unchanged files does not redo the work.

Results are kept in the user's cache folder (``platformdirs``: on Linux ``~/.cache/wijkteamtoets/``), in
a folder of their own (`MAP`), one file per result, named by a SHA-256 key over everything the result
depends on: the file's bytes and the path shown in messages, the kaders (their bytes and paths), the
program (its version, the size and time of every source file, and the versions of PyYAML and pydantic)
and today's date (the privacy scan takes the current year for files without a date). A changed file,
kader or program, or another day, gives another key, so a stale result is never used.

The cache only holds what this user's own runs put there (the folder is made private to the user); an
entry that cannot be read is treated as absent. ``WIJKTEAMTOETS_CACHE=uit`` switches this cache and the
privacy scan's cache off; ``WIJKTEAMTOETS_CACHEMAP=MAP`` puts both in another folder. deduce's lookup
structures are not results: they always stay in the user's cache folder (`gebruikersmap`). The folders can be
removed at any time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

MAP = "toetsing"
"""The folder of this cache inside the program's cache folder (other caches keep to their own folder)."""

UIT_OMGEVING = "WIJKTEAMTOETS_CACHE"
"""Set to ``uit`` to neither read nor write the caches of results (this one and the privacy scan's)."""

MAP_OMGEVING = "WIJKTEAMTOETS_CACHEMAP"
"""A folder for the caches of results instead of the user's cache folder."""

_PAKKET = Path(__file__).resolve().parent.parent


def aan() -> bool:
    """Whether the cache is used in this run."""
    return os.environ.get(UIT_OMGEVING, "").strip().lower() not in ("uit", "0", "nee", "off")


def gebruikersmap() -> Path:
    """The program's folder in the user's cache folder (``platformdirs``; on Linux ``~/.cache/wijkteamtoets``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("wijkteamtoets", appauthor=False))


def basismap() -> Path:
    """The folder for the caches of results: ``WIJKTEAMTOETS_CACHEMAP`` or `gebruikersmap`."""
    eigen = os.environ.get(MAP_OMGEVING, "").strip()
    return Path(eigen) if eigen else gebruikersmap()


def _map() -> Path:
    return basismap() / MAP


@cache
def programma() -> str:
    """A fingerprint of the program and the libraries whose behaviour shapes a result."""
    import pydantic
    import yaml

    from .. import __version__

    delen = [__version__, sys.version, yaml.__version__, pydantic.VERSION, dt.date.today().isoformat()]
    for pad in sorted(_PAKKET.rglob("*")):
        if pad.suffix in (".py", ".j2", ".html", ".md", ".css") and pad.is_file():
            status = pad.stat()
            delen.append(f"{pad.relative_to(_PAKKET)}:{status.st_size}:{status.st_mtime_ns}")
    return sleutel(*delen)


def sleutel(*delen: str | bytes) -> str:
    """The SHA-256 of the parts, each length-prefixed so that no two lists of parts give the same key."""
    som = hashlib.sha256()
    for deel in delen:
        data = deel.encode("utf-8") if isinstance(deel, str) else deel
        som.update(len(data).to_bytes(8, "little"))
        som.update(data)
    return som.hexdigest()


def bestandsinhoud(pad: Path, maximum: int) -> bytes | None:
    """The bytes of a regular file of at most `maximum` bytes, to key its result; None for anything else
    (a missing file, a folder, a device or FIFO, a file too large): then no cache is used for it."""
    try:
        status = os.stat(pad)
        if not stat.S_ISREG(status.st_mode) or status.st_size > maximum:
            return None
        with open(pad, "rb") as bestand:
            data = bestand.read(maximum + 1)
    except OSError:
        return None
    return data if len(data) <= maximum else None


def _pad(naam: str) -> Path:
    return _map() / naam[:2] / f"{naam}.pickle"


def lees(naam: str) -> Any | None:
    """The result stored under `naam`, or None."""
    if not aan():
        return None
    try:
        with open(_pad(naam), "rb") as bestand:
            return pickle.load(bestand)
    except Exception:  # absent, unreadable or from an incompatible version: compute it again
        return None


def bewaar(naam: str, waarde: Any) -> None:
    """Store `waarde` under `naam`, atomically; a cache that cannot be written is silently skipped."""
    if not aan():
        return
    doel = _pad(naam)
    try:
        _map().mkdir(mode=0o700, parents=True, exist_ok=True)
        doel.parent.mkdir(mode=0o700, exist_ok=True)
        descriptor, tijdelijk = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=doel.parent)
        try:
            with os.fdopen(descriptor, "wb") as bestand:
                pickle.dump(waarde, bestand, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tijdelijk, doel)
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise
    except (OSError, pickle.PicklingError):
        return
