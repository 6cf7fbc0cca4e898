"""Reading a file for the privacy scan: bounded, UTF-8 only; a file that cannot be scanned raises `Onleesbaar`
with the problem to report at its place."""

from __future__ import annotations

from pathlib import Path

from ..invoer import lezen
from ..invoer.lezen import MAX_BYTES
from ..problemen import InvoerFout

__all__ = ["Onleesbaar", "decodeer", "lees_begrensd"]


class Onleesbaar(Exception):
    """A file that cannot be scanned; carries the problem to report, at the place where it is."""

    def __init__(self, code: str, melding: str, hint: str = "", regel: int = 1, kolom: int = 1) -> None:
        super().__init__(melding)
        self.code, self.melding, self.hint, self.regel, self.kolom = code, melding, hint, regel, kolom


def lees_begrensd(pad: Path, maximum: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `maximum` bytes (`invoer.lezen.lees_begrensd`, the reader every
    input goes through); raise `Onleesbaar` otherwise."""
    try:
        return lezen.lees_begrensd(pad, maximum)
    except InvoerFout as fout:
        probleem = fout.problemen[0]
        raise Onleesbaar(probleem.code, probleem.melding, probleem.hint) from None


def decodeer(ruw: bytes) -> str:
    """The text of a YAML file (`invoer.lezen.decodeer_utf8`); raise `Onleesbaar` for UTF-16/32, other
    encodings and binary content."""
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(ruw) > 1 and (ruw[0] == 0 or ruw[1] == 0)):
        raise Onleesbaar("geen-utf8", "bestand is UTF-16 of binair, geen UTF-8",
                         "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8)")
    try:
        tekst = lezen.decodeer_utf8(ruw, "")
    except InvoerFout as fout:
        probleem = fout.problemen[0]
        raise Onleesbaar(probleem.code, f"{probleem.melding}; het bestand is niet doorzocht", probleem.hint,
                         probleem.regel, probleem.kolom) from None
    nul = tekst.find("\x00")
    if nul >= 0:
        raise Onleesbaar("geen-utf8", "bestand bevat een NUL-teken (binair?); het is niet doorzocht",
                         "gebruik een YAML-tekstbestand", tekst.count("\n", 0, nul) + 1, nul - tekst.rfind("\n", 0, nul))
    return tekst
