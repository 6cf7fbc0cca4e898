"""Finding input files and loading them into validated models.

This is the one entry point from files to models: YAML is read by `yamlbron`, validated by
`validatie`, and checked for meaning by `kadercontrole`. Nothing here prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .kader import Kader
from .kadercontrole import controleer_kader
from .problemen import InvoerFout, Probleem
from .validatie import valideer
from .yamlbron import lees_yaml

YAML_EXTENSIES = (".yaml", ".yml")


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


def laad_kader(pad: Path) -> Kader:
    """Read and validate one kader file; raise `InvoerFout` with the YAML and schema problems."""
    return valideer(lees_yaml(pad), Kader)


@dataclass
class Kadercontrole:
    """The outcome of checking kader files: the kaders that loaded and every problem found."""

    bestanden: list[Path]
    kaders: list[Kader] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)


def controleer_kaderbestanden(bestanden: list[Path]) -> Kadercontrole:
    """Load and check each kader file; one bad file does not stop the others."""
    uitkomst = Kadercontrole(bestanden=bestanden)
    gezien: dict[tuple[str, str], Kader] = {}
    for bestand in bestanden:
        try:
            kader = laad_kader(bestand)
        except InvoerFout as fout:
            uitkomst.problemen.extend(fout.problemen)
            continue
        uitkomst.kaders.append(kader)
        uitkomst.problemen.extend(controleer_kader(kader))
        sleutel = (kader.id, kader.versie)
        if sleutel in gezien:
            eerder = gezien[sleutel].probleem("dubbel-id", "")
            uitkomst.problemen.append(kader.probleem(
                "dubbel-id", f"kader '{kader.id}' versie {kader.versie} staat ook in {eerder.pad}",
                "verhoog de versie of verwijder één van de bestanden", "versie"))
        else:
            gezien[sleutel] = kader
    return uitkomst
