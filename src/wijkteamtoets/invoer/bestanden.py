"""Finding input files: the YAML files named on the command line, each once."""

from __future__ import annotations

from pathlib import Path

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


def verzamel_bestanden(paden: list[Path]) -> list[Path]:
    """The YAML files named by `paden`: files as given, folders searched recursively, sorted."""
    bestanden: list[Path] = []
    for pad in paden:
        if pad.is_dir():
            gevonden = sorted(p for p in pad.rglob("*") if p.suffix in YAML_EXTENSIES and p.is_file())
            if not gevonden:
                raise PadFout(f"map '{pad}' bevat geen YAML-bestanden (.yaml of .yml)")
            bestanden.extend(gevonden)
        elif pad.exists():
            bestanden.append(pad)
        else:
            raise PadFout(f"'{pad}' bestaat niet")
    return sorted(dict.fromkeys(bestanden))


def is_gemeentebestand(pad: Path) -> bool:
    """Gemeente files are named ``gemeente.yaml`` (or ``<naam>.gemeente.yaml``); all others are dossiers."""
    return pad.name in ("gemeente.yaml", "gemeente.yml") or pad.name.endswith((".gemeente.yaml", ".gemeente.yml"))
