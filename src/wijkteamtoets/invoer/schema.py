"""JSON Schema for the input files, generated from the models (so it can never drift from them).

Editors that use yaml-language-server read the schema through the modeline at the top of a file
(``# yaml-language-server: $schema=...``) and then offer completion and validation while typing.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from .dossier import Dossier, Gemeentebevindingen
from .kader import Kader

SCHEMA_MODELLEN: dict[str, tuple[type[BaseModel], str]] = {
    "kader": (Kader, "Toezichtkader voor wijkteamtoets (kaders/*.yaml)"),
    "dossier": (Dossier, "Dossierbestand voor wijkteamtoets (bevindingen over één dossier)"),
    "gemeente": (Gemeentebevindingen, "Gemeentebestand voor wijkteamtoets (gemeente.yaml)"),
}


def json_schema(soort: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of input files of this `soort` ('kader', 'dossier' or 'gemeente')."""
    model, titel = SCHEMA_MODELLEN[soort]
    schema = model.model_json_schema()
    # Class docstrings are English developer text; editors show descriptions to users, so keep only
    # the Dutch field descriptions.
    schema.pop("description", None)
    for definitie in schema.get("$defs", {}).values():
        definitie.pop("description", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": titel, **{
        sleutel: waarde for sleutel, waarde in schema.items() if sleutel != "title"}}


def json_schema_tekst(soort: str) -> str:
    return json.dumps(json_schema(soort), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
