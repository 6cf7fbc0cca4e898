"""Writing output files safely: atomically, and never over an existing file unless asked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class BestaatAl(Exception):
    """The output file exists and overwriting was not asked for."""

    def __init__(self, pad: Path) -> None:
        super().__init__(f"'{pad}' bestaat al; gebruik --overschrijf om het te vervangen")
        self.pad = pad


def schrijf_bestand(pad: Path, inhoud: str | bytes, *, overschrijf: bool = False) -> None:
    """Write `inhoud` to `pad` via a temporary file in the same folder and a rename, so that a
    reader never sees a half-written file and a failure leaves nothing behind."""
    if pad.exists() and not overschrijf:
        raise BestaatAl(pad)
    pad.parent.mkdir(parents=True, exist_ok=True)
    data = inhoud.encode("utf-8") if isinstance(inhoud, str) else inhoud
    descriptor, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(data)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.chmod(tijdelijk, 0o644)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise
