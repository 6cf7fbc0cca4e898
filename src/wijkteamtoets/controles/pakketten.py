"""The version of an installed package, as part of the key of what is derived from it (a cached scan, deduce's name
lookup file, the table of word frequencies).

``importlib.metadata`` costs more than a `beoordeel` of one dossier spends on judging it: importing it (with the
e-mail package, zipfile and csv) and parsing a package's whole metadata with the e-mail parser. The version is the
``Version`` field among the first lines of the metadata file in the package's ``.dist-info`` folder, found on
``sys.path`` the way ``importlib.metadata`` finds it (the first folder whose name normalises to the package's);
that is all that is read here, and ``importlib.metadata`` answers whatever this cannot (a zip, an egg, a
distribution another finder provides). The answer is the same.
"""

from __future__ import annotations

import functools
import os
import re
import sys


@functools.cache
def versie(pakket: str) -> str:
    """``importlib.metadata.version(pakket)`` (raises ``PackageNotFoundError`` as it does)."""
    metadata = _metadatabestand(pakket)
    if metadata is not None:
        try:
            with open(metadata, encoding="utf-8") as bestand:
                for regel in bestand:
                    if not regel.strip():  # the fields end at the first empty line
                        break
                    if regel.startswith("Version:"):
                        return regel.partition(":")[2].strip()
        except (OSError, UnicodeDecodeError):
            pass
    import importlib.metadata

    return importlib.metadata.version(pakket)


def _normaal(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower().replace("-", "_")


def _metadatabestand(pakket: str) -> str | None:
    """The ``METADATA`` of the first ``.dist-info`` folder of `pakket` on ``sys.path``; None where
    ``importlib.metadata`` must decide (an ``.egg-info``, a path that is no folder)."""
    gezocht = _normaal(pakket)
    for map_ in sys.path:
        infos = _infos(map_)
        if infos is None:
            return None  # a zip or another kind of entry: importlib.metadata's business
        if (kind := infos.get(gezocht)) is not None:
            return os.path.join(map_, kind, "METADATA") if kind.lower().endswith(".dist-info") else None
    return None


@functools.cache
def _infos(map_: str) -> dict[str, str] | None:
    """Per normalised name the first ``.dist-info`` or ``.egg-info`` folder in `map_` (as listed); {} for a path
    that does not exist, None for one that is no folder."""
    try:
        kinderen = os.listdir(map_ or ".")
    except OSError:
        return None if os.path.exists(map_ or ".") else {}
    infos: dict[str, str] = {}
    for kind in kinderen:
        laag = kind.lower()
        if laag.endswith((".dist-info", ".egg-info")):
            infos.setdefault(_normaal(laag.rpartition(".")[0].partition("-")[0]), kind)
    return infos
