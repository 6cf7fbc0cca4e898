"""The version of an installed package, as part of the key of what is derived from it (a cached scan, deduce's name
lookup file, the table of word frequencies).

``importlib.metadata.version`` parses a package's whole metadata with the e-mail parser (imported for it, then a
few milliseconds per package, in every run); the version is the ``Version`` field among the first lines of that
file, which is all that is read here. The answer is the same.
"""

from __future__ import annotations

import functools


@functools.cache
def versie(pakket: str) -> str:
    """``importlib.metadata.version(pakket)`` (raises ``PackageNotFoundError`` as it does)."""
    import importlib.metadata

    tekst = importlib.metadata.distribution(pakket).read_text("METADATA") or ""
    for regel in tekst.splitlines():
        if not regel:  # the fields end at the first empty line
            break
        if regel.startswith("Version:"):
            return regel.partition(":")[2].strip()
    return importlib.metadata.version(pakket)
