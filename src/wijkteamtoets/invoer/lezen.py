"""Reading the bytes of an input file, bounded and refusing anything that is not a regular file.

`lees_begrensd` is the one function every reader of input files uses (the YAML loader and the privacy
scan). It never hangs and never reads more than the limit, whatever the path points at:

* the limit is enforced on the opened file while reading, not only by `stat` (a file that grows, or a
  file in ``/proc`` whose size says 0, is still cut off);
* devices (``/dev/zero``), FIFOs, sockets and folders are refused before they are read: a FIFO is
  opened non-blocking, so a pipe without a writer cannot block the program;
* a symbolic link that points at nothing and a symbolic link loop are named as such.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..problemen import InvoerFout, Probleem, pad_tekst

MAX_BYTES = 2 * 1024 * 1024
"""The largest input file read, in bytes (2 MiB): far above any real kader or dossier file."""

_BLOK = 64 * 1024


def _fout(toon: str, code: str, melding: str, hint: str = "") -> InvoerFout:
    return InvoerFout([Probleem(pad=toon, regel=1, kolom=1, code=code, melding=melding, hint=hint)])


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
    pad = Path(pad)
    toon = pad_tekst(pad)
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


def _te_groot(toon: str, hoe_groot: str, max_bytes: int) -> InvoerFout:
    return _fout(toon, "bestand-te-groot", f"{hoe_groot}; het maximum is {max_bytes} bytes", "splits het bestand op")


def decodeer_utf8(ruw: bytes, toon: str) -> str:
    """`ruw` as text (UTF-8, a byte order mark dropped); raise `InvoerFout` (``geen-utf8``) at the first bad byte."""
    if ruw.startswith(b"\xef\xbb\xbf"):
        ruw = ruw[3:]
    try:
        return ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        voor = ruw[: fout.start]
        regel = voor.count(b"\n") + 1
        begin_regel = voor.rfind(b"\n") + 1
        kolom = len(voor[begin_regel:].decode("utf-8", errors="replace")) + 1
        raise InvoerFout([Probleem(
            pad=toon, regel=regel, kolom=kolom, code="geen-utf8",
            melding=f"byte 0x{ruw[fout.start]:02x} is geen geldige UTF-8",
            hint="sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8)",
        )]) from None


def lees_tekst(pad: Path | str, max_bytes: int = MAX_BYTES) -> str:
    """The text of the regular file `pad`: read by `lees_begrensd` and decoded by `decodeer_utf8`."""
    return decodeer_utf8(lees_begrensd(pad, max_bytes), pad_tekst(pad))
