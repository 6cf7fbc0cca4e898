"""Masking values in messages with the fast privacy scan, and the names other modules import from here.

The detectors themselves live in `invoer.privacy` (a registry of kinds, one entry each). `toon` is the one
helper every message uses to echo a value from a file: whatever `zoek` flags is masked and control
characters are escaped.
"""

from __future__ import annotations

import unicodedata

from .privacy import SOORTEN, Treffer, normaliseer, zoek, zonder_overlap
from .privacy.lijsten import lijst, plaatsnamen

__all__ = ["SOORTEN", "Treffer", "escape_besturingstekens", "lijst", "maskeer", "normaliseer", "plaatsnamen", "toon",
           "zoek", "zonder_overlap"]


# --- echoing values in messages ---------------------------------------------------------------------

def escape_besturingstekens(tekst: str) -> str:
    """Control and other invisible format characters written as ``\\xNN`` / ``\\uNNNN`` escapes."""
    if tekst.isprintable():
        return tekst
    delen = []
    for teken in tekst:
        if teken.isprintable() or teken == " ":
            delen.append(teken)
        elif unicodedata.category(teken) == "Zs":
            delen.append(" ")
        else:
            code = ord(teken)
            delen.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(delen)


def toon(waarde: object, maximum: int = 80) -> str:
    """A value from a file as it may appear in a message: personal data masked as ``[soort verborgen]``,
    control characters escaped, and long values shortened."""
    tekst = str(waarde)
    if len(tekst) > 4 * maximum:
        tekst = tekst[: 4 * maximum]
    veilig = maskeer(tekst)
    return veilig if len(veilig) <= maximum else veilig[: maximum - 1] + "…"


def maskeer(tekst: str) -> str:
    """`tekst` with what the fast scan finds replaced by ``[soort verborgen]`` and control characters escaped.
    The reporters pass every message through this, so a value a check forgot to `toon` is still masked."""
    delen = []
    vorige = 0
    for treffer in zoek(tekst.replace("_", " ")):  # !Jan_de_Vries_BSN_123456782 reads as words
        delen += [tekst[vorige:treffer.begin], f"[{treffer.soort} verborgen]"]
        vorige = treffer.eind
    delen.append(tekst[vorige:])
    return escape_besturingstekens("".join(delen))
