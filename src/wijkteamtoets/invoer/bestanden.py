"""Finding input files: the YAML files named on the command line, each file once.

Paths are resolved before they are collected, so a file named twice (``voorbeelden`` and
``$PWD/voorbeelden``, or through a symbolic link) is read once. Inside a folder nothing with a YAML
name is skipped silently: a folder named ``x.yaml``, a dangling symbolic link, a link loop, a FIFO or a
device is collected too, so that the reader names it as such. Only the staging folders in which this
program writes its own output (`is_stagingmap`) are passed over.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..bestandssysteem import is_stagingmap, linkprobleem

YAML_EXTENSIES = (".yaml", ".yml")

KADERMAP = Path("kaders")
"""The folder in the working directory that holds the kaders, when there is one."""


def meegeleverde_kaders() -> Path:
    """The folder with the kaders shipped inside the installed package."""
    from importlib import resources  # only when needed: it costs start-up time

    return Path(str(resources.files("wijkteamtoets") / "kaders"))


def standaard_kaders() -> list[Path]:
    """Where kaders come from without ``--kaders``: ``kaders/`` in the working folder if it exists,
    otherwise the kaders shipped with the package."""
    return [KADERMAP] if KADERMAP.is_dir() else [meegeleverde_kaders()]


class PadFout(Exception):
    """A path given on the command line does not exist or holds no YAML files (a usage error)."""


def _sleutel(pad: Path) -> str:
    """What identifies the file: its resolved path (a link loop cannot be resolved: then the absolute path)."""
    try:
        return str(pad.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(pad)


def _in_map(map_: Path) -> list[Path]:
    gevonden = []
    for wortel, mappen, bestanden in os.walk(map_, followlinks=False):
        mappen[:] = [m for m in mappen if not is_stagingmap(m)]
        for naam in sorted(bestanden + mappen):
            if naam.endswith(YAML_EXTENSIES):
                gevonden.append(Path(wortel) / naam)
    return gevonden


def verzamel_bestanden(paden: list[Path]) -> list[Path]:
    """The YAML files named by `paden`: files as given, folders searched recursively; each file once, sorted."""
    bestanden: list[Path] = []
    for pad in paden:
        if pad.is_dir():
            gevonden = _in_map(pad)
            if not gevonden:
                raise PadFout(f"map '{pad}' bevat geen YAML-bestanden (.yaml of .yml)")
            bestanden.extend(gevonden)
        elif pad.exists():
            bestanden.append(pad)
        else:
            try:
                link = linkprobleem(pad)
            except OSError:
                link = None
            raise PadFout(f"'{pad}' is een {link}" if link else f"'{pad}' bestaat niet")
    # One path per file; of the names for one file the shortest (then alphabetically first) is shown,
    # so the output does not depend on the order of the arguments.
    per_bestand: dict[str, Path] = {}
    for bestand in bestanden:
        sleutel = _sleutel(bestand)
        eerder = per_bestand.get(sleutel)
        if eerder is None or (len(str(bestand)), str(bestand)) < (len(str(eerder)), str(eerder)):
            per_bestand[sleutel] = bestand
    return sorted(per_bestand.values())


def is_gemeentebestand(pad: Path) -> bool:
    """Gemeente files are named ``gemeente.yaml`` (or ``<naam>.gemeente.yaml``)."""
    return pad.name in ("gemeente.yaml", "gemeente.yml") or pad.name.endswith((".gemeente.yaml", ".gemeente.yml"))


def is_onderzoeksbestand(pad: Path) -> bool:
    """The onderzoek file is named ``onderzoek.yaml`` (or ``<naam>.onderzoek.yaml``); it is no dossier.

    All YAML files that are neither a gemeente, an onderzoek, a consensus nor a steekproef file are dossier files."""
    return pad.name in ("onderzoek.yaml", "onderzoek.yml") or pad.name.endswith((".onderzoek.yaml",
                                                                                  ".onderzoek.yml"))


def is_consensusbestand(pad: Path) -> bool:
    """Consensus files are named ``<dossier>.consensus.yaml``: the agreed version of a double-rated dossier."""
    return pad.name.endswith((".consensus.yaml", ".consensus.yml"))


def is_steekproefbestand(pad: Path) -> bool:
    """The steekproef of a gemeente is named ``steekproef.yaml`` (or ``<naam>.steekproef.yaml``); it is no dossier."""
    return pad.name in ("steekproef.yaml", "steekproef.yml") or pad.name.endswith((".steekproef.yaml",
                                                                                    ".steekproef.yml"))
