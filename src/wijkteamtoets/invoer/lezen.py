"""Decoding an input file's bytes as UTF-8 with a Dutch message at the first bad byte.

The bytes themselves are read by `wijkteamtoets.bestandssysteem.lees_begrensd` (bounded, never from a
device or FIFO); its names are available here too, for the readers of this stage.
"""

from __future__ import annotations

from ..bestandssysteem import MAX_BYTES, lees_begrensd, linkprobleem, soort_bestand
from ..problemen import InvoerFout, Probleem

__all__ = ["MAX_BYTES", "decodeer_utf8", "lees_begrensd", "linkprobleem", "soort_bestand"]


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
