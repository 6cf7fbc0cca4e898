"""Decoding an input file's bytes as UTF-8 with a Dutch message at the first bad byte (naming UTF-16 and
Latin-1 / Windows-1252 files as such).

The bytes themselves are read by `wijkteamtoets.bestandssysteem.lees_begrensd` (bounded, never from a
device or FIFO); its names are available here too, for the readers of this stage.
"""

from __future__ import annotations

from ..bestandssysteem import MAX_BYTES, lees_begrensd, linkprobleem, soort_bestand
from ..problemen import InvoerFout, Probleem

__all__ = ["MAX_BYTES", "decodeer_utf8", "lees_begrensd", "linkprobleem", "soort_bestand"]


_OPSLAAN_ALS_UTF8 = "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8)"


def is_utf16(ruw: bytes) -> bool:
    """Whether `ruw` looks like UTF-16 text: a UTF-16 byte order mark, or a NUL byte beside most ASCII letters."""
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    begin = ruw[:400]
    return len(begin) >= 4 and (begin[0::2].count(0) > len(begin) // 4 or begin[1::2].count(0) > len(begin) // 4)


def decodeer_utf8(ruw: bytes, toon: str) -> str:
    """`ruw` as text (UTF-8, a byte order mark dropped); raise `InvoerFout` (``geen-utf8``) at the first bad byte.

    A file saved as UTF-16 (Windows' 'Unicode') or as Latin-1 / Windows-1252 is named as such."""
    if is_utf16(ruw):
        raise InvoerFout([Probleem(pad=toon, regel=1, kolom=1, code="geen-utf8",
                                   melding="het bestand is opgeslagen als UTF-16 ('Unicode'), niet als UTF-8",
                                   hint=_OPSLAAN_ALS_UTF8)])
    if ruw.startswith(b"\xef\xbb\xbf"):
        ruw = ruw[3:]
    try:
        return ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        voor = ruw[: fout.start]
        regel = voor.count(b"\n") + 1
        begin_regel = voor.rfind(b"\n") + 1
        kolom = len(voor[begin_regel:].decode("utf-8", errors="replace")) + 1
        if _is_latin1(ruw):
            melding = (f"het bestand lijkt opgeslagen als Latin-1 / Windows-1252, niet als UTF-8 (byte "
                       f"0x{ruw[fout.start]:02x} is in die codering een letter met een accent)")
        else:
            melding = f"byte 0x{ruw[fout.start]:02x} is geen geldige UTF-8"
        raise InvoerFout([Probleem(pad=toon, regel=regel, kolom=kolom, code="geen-utf8", melding=melding,
                                   hint=_OPSLAAN_ALS_UTF8)]) from None


def _is_latin1(ruw: bytes) -> bool:
    """Whether the bytes that are not UTF-8 read as text in Windows-1252: letters with accents and typographic
    marks between ASCII letters, no control bytes."""
    try:
        tekst = ruw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    hoog = [teken for teken in tekst if ord(teken) > 127]
    return bool(hoog) and all(teken.isalpha() or teken in "‘’“”–—…€°·«»" for teken in hoog)
