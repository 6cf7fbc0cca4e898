"""File-system plumbing for every stage: bounded reading, atomic writing, writing a set all or nothing, a lock.

This is the one module that touches files at the level of bytes; the stages above it use it:

* `lees_begrensd` reads an input file (the YAML loader, the privacy scan, the cache keys). It never hangs
  and never reads more than the limit, whatever the path points at: the limit is enforced on the opened
  file while reading, not only by `stat`; devices (``/dev/zero``), FIFOs, sockets and folders are refused
  before they are read (a FIFO is opened non-blocking); a dangling symbolic link and a link loop are named.
* `schrijf_atomisch` writes one file through a temporary file in the same folder and a rename (the
  cache's entries and its key).
* `schrijf_set` writes a set of output files (reports, exports) all or nothing. It stages the whole set in a
  temporary folder inside the output folder (``.wijkteamtoets-<pid>-<random>.onderweg``), writes a manifest
  when every file is complete, and only then moves the files into place. A run that is killed before the
  manifest leaves the old set untouched; a run killed while moving (a window of a few renames) leaves a
  complete staged set with its manifest. The next run that writes into the folder (`ruim_op`) removes an
  incomplete staging folder and finishes the moves of a complete one, so the folder then holds the old set
  or the new set, never a mix. Output files are created with mode 0666 minus the user's umask.
* `slot` is an exclusive lock between processes (deduce's lookup structures are built by one process).

May import: `wijkteamtoets.problemen` only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .problemen import InvoerFout, Probleem, pad_tekst

# --- reading ------------------------------------------------------------------------------------------

MAX_BYTES = 2 * 1024 * 1024
"""The largest input file read, in bytes (2 MiB): far above any real kader or dossier file."""

_BLOK = 64 * 1024


def _fout(pad: Path, code: str, melding: str, hint: str = "") -> InvoerFout:
    # the path as shown is made only for a problem: reading thousands of files asks for none
    return InvoerFout([Probleem(pad=pad_tekst(pad), regel=1, kolom=1, code=code, melding=melding, hint=hint)])


def soort_bestand(modus: int) -> str | None:
    """The Dutch name of what `modus` (an ``st_mode``) is, or None for a regular file."""
    if stat.S_ISREG(modus):
        return None
    if stat.S_ISDIR(modus):
        return "een map"
    if stat.S_ISFIFO(modus):
        return "een named pipe (FIFO)"
    if stat.S_ISSOCK(modus):
        return "een socket"
    if stat.S_ISCHR(modus) or stat.S_ISBLK(modus):
        return "een apparaat"
    return "geen gewoon bestand"


def linkprobleem(pad: Path) -> str | None:
    """Why the symbolic link `pad` cannot be followed (dangling or a loop), or None if it can (or is no link)."""
    if not pad.is_symlink():
        return None
    try:
        os.stat(pad)
    except FileNotFoundError:
        return f"symbolische link naar '{os.readlink(pad)}', dat niet bestaat"
    except OSError as fout:
        if fout.errno == errno.ELOOP:
            return "symbolische link in een kring (hij verwijst via andere links naar zichzelf)"
        raise
    return None


def lees_begrensd(pad: Path | str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file `pad`, at most `max_bytes`; raise `InvoerFout` otherwise.

    The problem is at line 1, column 1 of the file and has one of the codes ``bestand-onleesbaar``,
    ``bestand-te-groot``, ``geen-gewoon-bestand`` or ``kapotte-link``."""
    pad = toon = Path(pad)
    try:
        link = linkprobleem(pad)
    except OSError as fout:
        raise _fout(toon, "bestand-onleesbaar", f"bestand kan niet gelezen worden ({fout.strerror})") from None
    if link is not None:
        raise _fout(toon, "kapotte-link", link, "herstel of verwijder de link")
    try:
        soort = soort_bestand(os.stat(pad).st_mode)
        if soort is not None:  # refuse before opening: opening a device can already have effects
            raise _fout(toon, "geen-gewoon-bestand", f"dit is {soort}, geen gewoon bestand",
                        "geef alleen gewone YAML-bestanden of mappen daarmee")
        vlaggen = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(pad, vlaggen)
    except FileNotFoundError:
        raise _fout(toon, "bestand-onleesbaar", "bestand bestaat niet", "controleer het pad") from None
    except OSError as fout:
        raise _fout(toon, "bestand-onleesbaar", f"bestand kan niet gelezen worden ({fout.strerror})") from None
    try:
        status = os.fstat(descriptor)  # the file actually opened, in case the path was swapped meanwhile
        soort = soort_bestand(status.st_mode)
        if soort is not None:
            raise _fout(toon, "geen-gewoon-bestand", f"dit is {soort}, geen gewoon bestand",
                        "geef alleen gewone YAML-bestanden of mappen daarmee")
        if status.st_size > max_bytes:
            raise _te_groot(toon, f"bestand is {status.st_size} bytes", max_bytes)
        delen: list[bytes] = []
        gelezen = 0
        while gelezen <= max_bytes:
            deel = os.read(descriptor, min(_BLOK, max_bytes + 1 - gelezen))
            if not deel:
                break
            delen.append(deel)
            gelezen += len(deel)
        if gelezen > max_bytes:
            raise _te_groot(toon, f"bestand is groter dan {max_bytes} bytes", max_bytes)
        return b"".join(delen)
    except OSError as fout:
        raise _fout(toon, "bestand-onleesbaar", f"bestand kan niet gelezen worden ({fout.strerror})") from None
    finally:
        os.close(descriptor)


def _te_groot(toon: Path, hoe_groot: str, max_bytes: int) -> InvoerFout:
    return _fout(toon, "bestand-te-groot", f"{hoe_groot}; het maximum is {max_bytes} bytes", "splits het bestand op")


# --- writing ------------------------------------------------------------------------------------------

STAGING_VOORVOEGSEL = ".wijkteamtoets-"
STAGING_ACHTERVOEGSEL = ".onderweg"
"""Names of the folders in which `schrijf_set` stages a set of output files; never input."""


def is_stagingmap(naam: str) -> bool:
    """Whether `naam` is a staging folder of this program (its files are output being written, not input)."""
    return naam.startswith(STAGING_VOORVOEGSEL) and naam.endswith(STAGING_ACHTERVOEGSEL)


def schrijf_atomisch(pad: Path, data: bytes, *, modus: int = 0o666) -> None:
    """Replace `pad` by `data` in one rename: a reader sees the old file or the new one, never a part.

    The temporary file is created with `modus` (minus the umask) in the folder of `pad`."""
    descriptor, tijdelijk = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=pad.parent)
    try:
        os.fchmod(descriptor, modus & ~_umask())
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(data)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise


def _umask() -> int:
    huidig = os.umask(0)
    os.umask(huidig)
    return huidig


MANIFEST = "KLAAR.json"
_STAGING = re.compile(rf"^{re.escape(STAGING_VOORVOEGSEL)}(?P<pid>\d+)-\w+{re.escape(STAGING_ACHTERVOEGSEL)}$")
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
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_VOORVOEGSEL}{os.getpid()}-", suffix=STAGING_ACHTERVOEGSEL, dir=map_))
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


# --- locking ------------------------------------------------------------------------------------------

@contextlib.contextmanager
def slot(pad: Path) -> Iterator[None]:
    """An exclusive lock on the file `pad` between processes (made if needed), held for the `with` block."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock
        yield
        return
    with open(pad, "a") as bestand:
        fcntl.flock(bestand, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(bestand, fcntl.LOCK_UN)
