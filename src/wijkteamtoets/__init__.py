"""wijkteamtoets: wijkteam dossiers toetsen aan een toezichtkader, oordelen bundelen en rapporteren.

The package is a pipeline of subpackages; each may import only the ones before it:

    problemen        the problem record and the catalogue of codes (used by every stage)
    bestandssysteem  file-system plumbing: bounded reading, atomic writing, sets all or nothing, a lock
    invoer           files -> validated models with positions
    controles        checks on the models, the privacy scan, loading with checks applied
    beoordelen       answers -> oordelen with reasons
    rapportage       oordelen -> aggregated tables, reports and exports
    cli              the command line over all of the above

The names below are the stable public API. They are imported lazily, so that ``import wijkteamtoets``
stays cheap for commands that need little.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_PUBLIEK: dict[str, str] = {
    "Probleem": "problemen",
    "InvoerFout": "problemen",
    "CODES": "problemen",
    "lees_yaml": "invoer.yamlbron",
    "lees_begrensd": "bestandssysteem",
    "Kader": "invoer.kader",
    "Oordeel": "invoer.kader",
    "Antwoord": "invoer.kader",
    "Dossier": "invoer.dossier",
    "Gemeentebevindingen": "invoer.dossier",
    "Onderzoek": "invoer.onderzoek",
    "Consensus": "invoer.consensus",
    "verzamel_bestanden": "invoer.bestanden",
    "laad_kader": "controles.laden",
    "laad_register": "controles.laden",
    "Kaderregister": "controles.laden",
    "scan_bestand": "controles.privacy",
    "controleer_samenhang": "controles.samenhang",
    "beoordeel_dossier": "beoordelen.afleiden",
    "beoordeel_gemeente": "beoordelen.afleiden",
    "Beoordeling": "beoordelen.afleiden",
    "toets_bestanden": "beoordelen.toetsen",
    "oordelentabel": "rapportage.aggregeren",
    "Toetsing": "rapportage.toetsing",
    "Gebruiksfout": "beoordelen.poorten",
    "Geweigerd": "beoordelen.poorten",
    "vergelijk": "rapportage.betrouwbaarheid",
}

__all__ = ["__version__", *_PUBLIEK]

if TYPE_CHECKING:
    from .beoordelen.afleiden import Beoordeling, beoordeel_dossier, beoordeel_gemeente
    from .beoordelen.poorten import Gebruiksfout, Geweigerd
    from .beoordelen.toetsen import toets_bestanden
    from .bestandssysteem import lees_begrensd
    from .controles.laden import Kaderregister, laad_kader, laad_register
    from .controles.privacy import scan_bestand
    from .controles.samenhang import controleer_samenhang
    from .invoer.bestanden import verzamel_bestanden
    from .invoer.consensus import Consensus
    from .invoer.dossier import Dossier, Gemeentebevindingen
    from .invoer.kader import Antwoord, Kader, Oordeel
    from .invoer.yamlbron import lees_yaml
    from .problemen import CODES, InvoerFout, Probleem
    from .rapportage.aggregeren import oordelentabel
    from .rapportage.betrouwbaarheid import vergelijk
    from .rapportage.toetsing import Toetsing


def __getattr__(naam: str) -> Any:
    module = _PUBLIEK.get(naam)
    if module is None:
        raise AttributeError(f"module 'wijkteamtoets' has no attribute {naam!r}")
    return getattr(importlib.import_module(f".{module}", __name__), naam)
