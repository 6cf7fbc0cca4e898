"""The one cache of derived results, in namespaces, as a trust boundary.

Entries live in the user's cache folder (``platformdirs``: on Linux ``~/.cache/wijkteamtoets/``), one file
per entry in the folder of its namespace (``privacy/`` for the privacy scan), named by a SHA-256 key over
exactly what the result depends on (`sleutel`; the caller chooses the parts: content, scanner version, ...).

The cache is not trusted blindly:

* an entry is data only: JSON, never a pickle, so reading an entry can never run code;
* every entry is authenticated with HMAC-SHA256 under a per-user secret key (the file ``sleutel`` in the
  cache folder, mode 0600, made on first use). The MAC covers the namespace, the key and the data, so an entry
  that was changed, written by someone else or copied to another key is ignored and the result recomputed;
* the cache folder, its namespaces and the key file must belong to the user and not be writable (the key: not
  readable) by group or others; otherwise `CacheOnveilig` is raised with a Dutch message that says how to fix
  it (as ssh refuses a private key that others can read);
* what goes in holds no personal data: only derived results and positions (the privacy scan stores kinds,
  lines and columns, never a value or a dossier text).

``WIJKTEAMTOETS_CACHE=uit`` switches the cache off; ``WIJKTEAMTOETS_CACHEMAP=MAP`` puts it in another folder.
deduce's lookup structures are not results: they stay in the user's cache folder (`gebruikersmap`). The
folders can be removed at any time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..bestandssysteem import lees_begrensd, schrijf_atomisch, slot
from ..problemen import InvoerFout

UIT_OMGEVING = "WIJKTEAMTOETS_CACHE"
"""Set to ``uit`` to neither read nor write the cache."""

MAP_OMGEVING = "WIJKTEAMTOETS_CACHEMAP"
"""A folder for the cache instead of the user's cache folder."""

SLEUTELBESTAND = "sleutel"
"""The file with the per-user secret key of the HMAC, in the cache folder (mode 0600)."""

MAX_INGANG = 8 * 1024 * 1024
"""The largest entry read, in bytes; a larger file is not an entry of ours."""


class CacheOnveilig(Exception):
    """The cache folder or its key can be changed or read by others: refuse to use it (a usage error)."""

    def __init__(self, melding: str, tip: str) -> None:
        super().__init__(melding)
        self.melding = melding
        self.tip = tip


def aan() -> bool:
    """Whether the cache is used in this run."""
    return os.environ.get(UIT_OMGEVING, "").strip().lower() not in ("uit", "0", "nee", "off")


def gebruikersmap() -> Path:
    """The program's folder in the user's cache folder (``platformdirs``; on Linux ``~/.cache/wijkteamtoets``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("wijkteamtoets", appauthor=False))


def basismap() -> Path:
    """The cache folder: ``WIJKTEAMTOETS_CACHEMAP`` or `gebruikersmap`."""
    eigen = os.environ.get(MAP_OMGEVING, "").strip()
    return Path(eigen) if eigen else gebruikersmap()


def sleutel(*delen: str | bytes) -> str:
    """The SHA-256 of the parts, each length-prefixed so that no two lists of parts give the same key."""
    som = hashlib.sha256()
    for deel in delen:
        data = deel.encode("utf-8") if isinstance(deel, str) else deel
        som.update(len(data).to_bytes(8, "little"))
        som.update(data)
    return som.hexdigest()


def afdruk(inhoud: bytes) -> str:
    """The SHA-256 of a file's bytes, standing for them in a key (`sleutel`): read once per run, hashed once."""
    return hashlib.sha256(inhoud).hexdigest()


def bestandsinhoud(pad: Path, maximum: int) -> bytes | None:
    """The bytes of a regular file of at most `maximum` bytes, to key its result; None for anything else
    (a missing file, a folder, a device or FIFO, a file too large): then no cache is used for it."""
    try:
        return lees_begrensd(pad, maximum)
    except InvoerFout:
        return None


# --- the folder and the key ---------------------------------------------------------------------------

def _eigen(pad: Path, soort: str, verboden: int, modus: str) -> None:
    """Refuse `pad` unless it belongs to this user and has none of the `verboden` permission bits."""
    if not hasattr(os, "getuid"):  # not POSIX: no owners and modes to check
        return
    status = os.lstat(pad)
    if stat.S_ISLNK(status.st_mode):
        raise CacheOnveilig(f"{soort} '{pad}' is een symbolische link; wijkteamtoets gebruikt hem niet",
                            f"verwijder de link (rm '{pad}') of wijs met {MAP_OMGEVING} een eigen map aan")
    if status.st_uid != os.getuid():
        raise CacheOnveilig(f"{soort} '{pad}' is niet van u (eigenaar: gebruiker {status.st_uid}); wijkteamtoets "
                            "gebruikt hem niet", f"verwijder hem (rm -r '{pad}') of wijs met {MAP_OMGEVING} een eigen "
                            "map aan; wijkteamtoets maakt de cache dan opnieuw")
    if status.st_mode & verboden:
        raise CacheOnveilig(f"{soort} '{pad}' heeft rechten {stat.S_IMODE(status.st_mode):o}: anderen kunnen hem "
                            f"{'lezen of ' if verboden & 0o044 else ''}wijzigen; wijkteamtoets gebruikt hem niet",
                            f"maak hem privé met: chmod {modus} '{pad}'")


def _maak_map(map_: Path) -> None:
    """Make `map_` private to the user if it is missing; refuse it if others can write in it."""
    map_.mkdir(mode=0o700, parents=True, exist_ok=True)
    _eigen(map_, "de cachemap", 0o022, "700")


@functools.cache
def _geheim(map_: Path) -> bytes:
    """The secret key of the HMAC in `map_` (made on first use, mode 0600; refused if others can read it)."""
    _maak_map(map_)
    pad = map_ / SLEUTELBESTAND
    if not pad.exists() and not pad.is_symlink():
        nieuw = map_ / f".{SLEUTELBESTAND}.{os.getpid()}.{secrets.token_hex(4)}"
        descriptor = os.open(nieuw, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        with os.fdopen(descriptor, "w") as bestand:
            bestand.write(secrets.token_hex(32))
        try:
            os.link(nieuw, pad)  # appears complete or not at all; a process that made one first wins
        except FileExistsError:
            pass
        finally:
            nieuw.unlink(missing_ok=True)
    _eigen(pad, "de cachesleutel", 0o077, "600")
    geheim = bytes.fromhex(pad.read_text(encoding="ascii").strip() or "00")
    if len(geheim) < 16:
        raise CacheOnveilig(f"de cachesleutel '{pad}' is te kort of beschadigd",
                            f"verwijder hem (rm '{pad}'); wijkteamtoets maakt een nieuwe")
    return geheim


def controleer_eigen_map(map_: Path) -> None:
    """Refuse (`CacheOnveilig`) a folder of derived files that another program loads as code (deduce's lookup
    pickle) unless it and everything in it belong to the user and others cannot write there."""
    if not map_.exists():
        return
    _eigen(map_, "de cachemap", 0o022, "700")
    for pad in sorted(map_.rglob("*")):
        _eigen(pad, "de cachemap" if pad.is_dir() else "het cachebestand", 0o022, "700" if pad.is_dir() else "600")


def controleer() -> None:
    """Check the cache folder and its key now (raises `CacheOnveilig`); nothing when the cache is off."""
    if aan():
        with contextlib.suppress(OSError):  # no folder can be made: then there is no cache to trust or refuse
            _geheim(basismap().resolve())


def onderteken(doel: str, data: bytes) -> bytes | None:
    """The HMAC of `data` (a derived file of kind `doel` that is loaded as code, such as deduce's name lookup
    pickle) under the user's key in the user's cache folder; None when no key can be made there (then the file
    is neither written nor trusted). Raises `CacheOnveilig` for a folder or key that others can change."""
    try:
        geheim = _geheim(gebruikersmap().resolve())
    except OSError:
        return None
    return _mac(geheim, "bestand", doel, data)


def afgeleid_bestand(pad: Path, bouw: Callable[[], bytes]) -> bytes | None:
    """The bytes of a file derived once per machine in the user's cache folder (deduce's name lookup structures,
    the table of word frequencies): read without a lock when it is there and its HMAC under the user's key is
    right, otherwise made by `bouw` under a lock (one process builds, the others wait for that one file) and
    published atomically. None when no folder or key can be made there (the caller then builds in memory)."""

    def gelezen() -> bytes | None:
        try:
            ruw = pad.read_bytes()
        except OSError:
            return None
        mac, _, data = ruw.partition(b"\n")
        verwacht = onderteken(pad.name, data)
        return data if verwacht is not None and hmac.compare_digest(mac, verwacht) else None

    if (data := gelezen()) is not None:
        return data
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with slot(pad.parent / f".{pad.name}.lock"):
            if (data := gelezen()) is not None:  # another process may have built it while this one waited
                return data
            data = bouw()
            mac = onderteken(pad.name, data)
            if mac is None:
                return None
            schrijf_atomisch(pad, mac + b"\n" + data, modus=0o600)
            return data
    except OSError:
        return None


# --- entries ------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8)
def _opgelost(map_: str, werkmap: str) -> Path:
    """The cache folder `map_` resolved, once per folder and working folder (a run reads thousands of entries)."""
    return Path(map_).resolve()


def _pad(ruimte: str, naam: str) -> Path:
    if not ruimte.isidentifier() or not all(c in "0123456789abcdef" for c in naam) or len(naam) < 8:
        raise ValueError("namespace is a plain name and the key a hexadecimal hash")
    return _opgelost(str(basismap()), os.getcwd()) / ruimte / naam[:2] / f"{naam}.json"


def _mac(geheim: bytes, ruimte: str, naam: str, data: bytes) -> bytes:
    return hmac.new(geheim, b"\0".join([ruimte.encode(), naam.encode(), data]), hashlib.sha256).hexdigest().encode()


def lees(ruimte: str, naam: str) -> Any | None:
    """The data stored under `naam` in namespace `ruimte`, or None: absent, unreadable, or not authentic (then
    the caller computes it again). Raises `CacheOnveilig` for a folder or key that others can change."""
    if not aan():
        return None
    pad = _pad(ruimte, naam)
    try:
        geheim = _geheim(pad.parent.parent.parent)
    except OSError:  # no cache folder can be made (a read-only home): work without the cache
        return None
    try:
        for map_ in (pad.parent.parent, pad.parent):  # the namespace and its shard: others may not plant here
            _eigen(map_, "de cachemap", 0o022, "700")
        ruw = lees_begrensd(pad, MAX_INGANG)
    except (InvoerFout, FileNotFoundError):
        return None
    mac, _, data = ruw.partition(b"\n")
    if not hmac.compare_digest(mac, _mac(geheim, ruimte, naam, data)):
        return None
    try:
        return json.loads(data)
    except ValueError:
        return None


def bewaar(ruimte: str, naam: str, waarde: Any) -> None:
    """Store the JSON data `waarde` under `naam` in namespace `ruimte`, authenticated and atomically; a cache
    that cannot be written is skipped. Raises `CacheOnveilig` for a folder or key that others can change."""
    if not aan():
        return
    pad = _pad(ruimte, naam)
    try:
        geheim = _geheim(pad.parent.parent.parent)
    except OSError:
        return
    data = json.dumps(waarde, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        _maak_map(pad.parent.parent)
        _maak_map(pad.parent)
        schrijf_atomisch(pad, _mac(geheim, ruimte, naam, data) + b"\n" + data, modus=0o600)
    except OSError:
        return


def vingerafdruk(ruimte: str, data: bytes) -> str | None:
    """A fingerprint of `data` (a file written from derived results, such as a report) for an entry of namespace
    `ruimte`: an HMAC under the user's key, so that the entry tells nothing about the contents (a plain hash would
    confirm a guess). None when the cache is off or no key can be made."""
    if not aan():
        return None
    try:
        geheim = _geheim(basismap().resolve())
    except OSError:
        return None
    return _mac(geheim, ruimte, "vingerafdruk", data).decode("ascii")
