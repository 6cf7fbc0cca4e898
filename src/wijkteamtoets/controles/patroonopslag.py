"""Compiled regular expressions kept once per machine and Python version, so a new process does not compile them again.

Python compiles every regular expression again in every process: the privacy scan of one new dossier uses about
two hundred, which costs more than the scan itself (0.1 s). What the compiler makes of a pattern, the program
that the regex engine runs, depends only on the pattern, its flags and the Python version. `compileer` gives
``re.compile(tekst, vlaggen)``: from that program when the store has it, otherwise compiled as ``re.compile`` does
and remembered; at the end of the process the new programs are added to the store. It is used for the patterns of
`invoer.patronen` (registered when this package is imported: `gebruik`).

The store is one file in the user's cache folder per Python version (like deduce's lookup structures), read
without a lock and authenticated under the user's key (`cache.onderteken`): a file that was changed or planted is
ignored, never run. Writing takes the lock only to merge with what another process may have added, then publishes
the file atomically. It holds no data from any file: only the program's own patterns. Entries that the
engine cannot take (another Python) are compiled again. ``re.compile`` itself is used for a pattern with
``re.DEBUG``, and when this Python's compiler is not the one this module knows (checked on the first new pattern).
"""

from __future__ import annotations

import atexit
import hmac
import marshal
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

try:  # the regex compiler's own steps (private to re): without them, re.compile every time
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _CODETYPE = {2: "H", 4: "I", 8: "L"}.get(_sre.CODESIZE)
except ImportError:  # pragma: no cover - another Python
    _CODETYPE = None

Ingang = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` needs besides the pattern: flags, the program (as bytes), groups, group names both ways."""

MAX_INGANGEN = 4096
MAX_BYTES = 8 * 1024 * 1024
"""The most patterns and bytes kept: past either, the store keeps only what the process that writes it used (a
pattern built from a list that changes, such as the user's makers, leaves its old versions behind)."""

_SLOT = threading.Lock()
_opslag: dict[tuple[str, int], Ingang] | None = None  # the store as read, once per process
_nieuw: dict[tuple[str, int], Ingang] = {}  # compiled in this process and not in the store
_gebruikt: set[tuple[str, int]] = set()
_vertrouwd: bool | None = None  # whether the compiler steps here give what re.compile gives (first new pattern)


def compileer(tekst: str, vlaggen: int = 0) -> re.Pattern[str]:
    """``re.compile(tekst, vlaggen)``, from the store when it has this pattern (see the module)."""
    vlaggen = int(vlaggen)
    if _CODETYPE is None or vlaggen & re.DEBUG or not isinstance(tekst, str) or _vertrouwd is False:
        return re.compile(tekst, vlaggen)
    sleutel = (tekst, vlaggen)
    ingang = _nieuw.get(sleutel) or _ingangen().get(sleutel)
    if ingang is not None:
        try:
            patroon = _uit_ingang(tekst, ingang)
        except (TypeError, ValueError, RuntimeError):  # not a program this engine takes: compile it again
            pass
        else:
            _gebruikt.add(sleutel)
            return patroon
    ingang = _ingang(tekst, vlaggen)
    patroon = _uit_ingang(tekst, ingang)
    if not _controleer(patroon, tekst, vlaggen):
        return re.compile(tekst, vlaggen)
    with _SLOT:
        if not _nieuw:
            atexit.register(bewaar)
        _nieuw[sleutel] = ingang
        _gebruikt.add(sleutel)
    return patroon


def _ingang(tekst: str, vlaggen: int) -> Ingang:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for `tekst` (the same steps)."""
    ontleed = _parser.parse(tekst, vlaggen)
    code = _compiler._code(ontleed, vlaggen)
    groepen = dict(ontleed.state.groupdict)
    namen: list[str | None] = [None] * ontleed.state.groups
    for naam, nummer in groepen.items():
        namen[nummer] = naam
    return (int(vlaggen | ontleed.state.flags), array(_CODETYPE or "I", code).tobytes(), int(ontleed.state.groups - 1),
            groepen, tuple(namen))


def _uit_ingang(tekst: str, ingang: Ingang) -> re.Pattern[str]:
    vlaggen, code, groepen, namen, nummers = ingang
    programma = array(_CODETYPE or "I")
    programma.frombytes(code)
    return _sre.compile(tekst, vlaggen, programma.tolist(), groepen, namen, nummers)  # type: ignore[no-any-return]


def _controleer(patroon: re.Pattern[str], tekst: str, vlaggen: int) -> bool:
    """Whether the steps here give what ``re.compile`` gives (flags, groups and program: pattern equality),
    checked once per process, on its first new pattern."""
    global _vertrouwd
    if _vertrouwd is None:
        _vertrouwd = patroon == re.compile(tekst, vlaggen)
    return _vertrouwd


# --- the file -----------------------------------------------------------------------------------------

def _bestand() -> Path:
    from . import cache

    versie = cache.sleutel(sys.version, str(getattr(_sre, "MAGIC", "")), str(getattr(_sre, "CODESIZE", "")))
    return cache.gebruikersmap() / f"patronen-{sys.implementation.cache_tag}-{versie[:16]}.bin"


def _lees(pad: Path) -> dict[tuple[str, int], Ingang]:
    """The authentic store in `pad`, or nothing (missing, too large, changed, planted, or not a store)."""
    from ..bestandssysteem import lees_begrensd
    from ..problemen import InvoerFout
    from . import cache

    try:
        ruw = lees_begrensd(pad, MAX_BYTES + 128)
    except InvoerFout:
        return {}
    mac, _, data = ruw.partition(b"\n")
    try:
        verwacht = cache.onderteken(pad.name, data)
    except (OSError, cache.CacheOnveilig):
        return {}
    if verwacht is None or not hmac.compare_digest(mac, verwacht):
        return {}
    try:
        opslag = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    return opslag if isinstance(opslag, dict) else {}


def _ingangen() -> dict[tuple[str, int], Ingang]:
    global _opslag
    if _opslag is None:
        with _SLOT:
            if _opslag is None:
                _opslag = _lees(_bestand())
    return _opslag


def bewaar() -> None:
    """Add the patterns compiled in this process to the store (at exit): under the lock, merged with the store
    as it is now, published atomically. A store that cannot be written is skipped, silently."""
    from ..bestandssysteem import schrijf_atomisch, slot
    from . import cache

    with _SLOT:
        nieuw = dict(_nieuw)
        _nieuw.clear()
    if not nieuw:
        return
    try:
        pad = _bestand()
        if cache.onderteken(pad.name, b"") is None:  # makes the user's cache folder (private) and its key
            return
        with slot(pad.parent / f".{pad.name}.lock"):
            opslag: dict[Any, Ingang] = {**_lees(pad), **nieuw}
            data = marshal.dumps(opslag)
            if len(opslag) > MAX_INGANGEN or len(data) > MAX_BYTES:
                data = marshal.dumps({k: v for k, v in opslag.items() if k in _gebruikt})
            mac = cache.onderteken(pad.name, data)
            if mac is not None and len(data) <= MAX_BYTES:
                schrijf_atomisch(pad, mac + b"\n" + data, modus=0o600)
    except (OSError, ValueError, cache.CacheOnveilig):
        return


def gebruik() -> None:
    """Compile the patterns of `invoer.patronen` through the store."""
    from ..invoer.patronen import gebruik_compileerder

    gebruik_compileerder(compileer)
