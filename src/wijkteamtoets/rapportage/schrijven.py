"""Writing output files safely: a set of files all or nothing, never over an existing file unless asked.

`schrijf_set` stages the whole set in a temporary folder inside the output folder
(``.wijkteamtoets-<pid>-<random>.onderweg``), writes a manifest when every file is complete, and only then
moves the files into place. A run that is killed before the manifest leaves the old set untouched; a run
killed while moving (a window of a few renames) leaves a complete staged set with its manifest. The next
run that writes into the folder (`ruim_op`) removes an incomplete staging folder and finishes the moves of
a complete one, so the folder then holds the old set or the new set, never a mix. Leftover ``.tmp`` files
of older versions are removed too. Files are created with mode 0666 minus the user's umask, like any
program that creates files.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ..invoer.bestanden import STAGING_ACHTERVOEGSEL as ACHTERVOEGSEL
from ..invoer.bestanden import STAGING_VOORVOEGSEL as VOORVOEGSEL

MANIFEST = "KLAAR.json"
_STAGING = re.compile(rf"^{re.escape(VOORVOEGSEL)}(?P<pid>\d+)-\w+{re.escape(ACHTERVOEGSEL)}$")
_OUD_TMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # mkstemp leftovers of versions before the staging folder


class BestaatAl(Exception):
    """The output file exists and overwriting was not asked for."""

    def __init__(self, pad: Path) -> None:
        super().__init__(f"'{pad}' bestaat al; gebruik --overschrijf om het te vervangen")
        self.pad = pad


def schrijf_bestand(pad: Path, inhoud: str | bytes, *, overschrijf: bool = False) -> None:
    """Write one file atomically (see `schrijf_set`)."""
    schrijf_set({pad: inhoud}, overschrijf=overschrijf)


def schrijf_set(inhoud: Mapping[Path, str | bytes], *, overschrijf: bool = False,
                na_elk: Callable[[], None] | None = None) -> None:
    """Write every file of `inhoud` (all in one folder), all or nothing; refuse before writing anything if
    one exists and `overschrijf` is not set. `na_elk` is called after each file is staged (progress)."""
    mappen = {pad.parent for pad in inhoud}
    if len(mappen) != 1:
        raise ValueError("schrijf_set writes into one folder")
    map_ = mappen.pop()
    if map_.exists() and not map_.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(map_))
    map_.mkdir(parents=True, exist_ok=True)
    ruim_op(map_)
    if not overschrijf:
        for pad in inhoud:
            if pad.exists() or pad.is_symlink():
                raise BestaatAl(pad)
    staging = Path(tempfile.mkdtemp(prefix=f"{VOORVOEGSEL}{os.getpid()}-", suffix=ACHTERVOEGSEL, dir=map_))
    try:
        for pad, tekst in inhoud.items():
            _maak(staging / pad.name, tekst.encode("utf-8") if isinstance(tekst, str) else tekst)
            if na_elk is not None:
                na_elk()
        # the manifest appears in one rename, so it is either absent or complete
        _maak(staging / f"{MANIFEST}.tmp", json.dumps([pad.name for pad in inhoud]).encode("utf-8"))
        _fsync_map(staging)
        os.replace(staging / f"{MANIFEST}.tmp", staging / MANIFEST)
        _fsync_map(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _voltooi(staging, map_)


def _maak(pad: Path, data: bytes) -> None:
    """Create `pad` (it must not exist) with mode 0666 minus the umask, and flush it to disk."""
    descriptor = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    with os.fdopen(descriptor, "wb") as bestand:
        bestand.write(data)
        bestand.flush()
        os.fsync(bestand.fileno())


def _fsync_map(map_: Path) -> None:
    try:
        descriptor = os.open(map_, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _voltooi(staging: Path, map_: Path) -> None:
    """Move every staged file of a complete set into `map_`, then remove the staging folder."""
    try:
        namen = [str(naam) for naam in json.loads((staging / MANIFEST).read_text(encoding="utf-8"))]
    except (OSError, ValueError):  # not our manifest after all: treat the set as incomplete
        shutil.rmtree(staging, ignore_errors=True)
        return
    for naam in namen:
        if Path(naam).name != naam or naam in ("", ".", ".."):
            continue  # only plain file names, never a path out of the folder
        bron = staging / naam
        if bron.exists():  # after an interrupted move, some files are already in place
            os.replace(bron, map_ / naam)
    _fsync_map(map_)
    shutil.rmtree(staging, ignore_errors=True)


def _leeft(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def ruim_op(map_: Path) -> list[Path]:
    """Finish or remove what interrupted runs left in `map_`; return what was cleaned up.

    A staging folder of a process that still runs is left alone."""
    opgeruimd: list[Path] = []
    try:
        namen = os.listdir(map_)
    except OSError:
        return opgeruimd
    for naam in namen:
        pad = map_ / naam
        treffer = _STAGING.match(naam)
        if treffer and pad.is_dir() and not pad.is_symlink():
            if _leeft(int(treffer.group("pid"))):
                continue
            if (pad / MANIFEST).is_file():
                _voltooi(pad, map_)
            else:
                shutil.rmtree(pad, ignore_errors=True)
            opgeruimd.append(pad)
        elif _OUD_TMP.match(naam) and pad.is_file() and not pad.is_symlink():
            pad.unlink(missing_ok=True)
            opgeruimd.append(pad)
    return opgeruimd
