"""JSON Schema for the input files, generated from the models (so it can never drift from them).

Editors that use yaml-language-server read the schema through the modeline at the top of a file
(``# yaml-language-server: $schema=...``) and then offer completion and validation while typing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .consensus import Consensus
from .dossier import Dossier, Gemeentebevindingen
from .kader import FEIT_ANTWOORDEN, Antwoord, Eis, Kader, Niveau, Vraag
from .koppeling import Koppeling
from .onderzoek import Onderzoek
from .steekproef import Steekproef
from .voorwaarden import vragen_op_niveau, wordt_beoordeeld_op

SCHEMA_MODELLEN: dict[str, tuple[type[BaseModel], str]] = {
    "kader": (Kader, "Toezichtkader voor wijkteamtoets (kaders/*.yaml)"),
    "dossier": (Dossier, "Dossierbestand voor wijkteamtoets (bevindingen over één dossier)"),
    "gemeente": (Gemeentebevindingen, "Gemeentebestand voor wijkteamtoets (gemeente.yaml)"),
    "onderzoek": (Onderzoek, "Onderzoeksbestand voor wijkteamtoets (onderzoek.yaml: het onderzoek als geheel)"),
    "consensus": (Consensus, "Consensusbestand voor wijkteamtoets (<dossier>.consensus.yaml)"),
    "koppeling": (Koppeling, "Koppeling tussen twee versies van een kader voor wijkteamtoets (kader migreer)"),
    "steekproef": (Steekproef, "Steekproefbestand voor wijkteamtoets (steekproef.yaml: de getrokken dossiers van een "
                               "gemeente)"),
}


def json_schema(soort: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of input files of this `soort` ('kader', 'dossier', 'gemeente', 'onderzoek',
    'consensus' or 'steekproef')."""
    model, titel = SCHEMA_MODELLEN[soort]
    schema = model.model_json_schema()
    # Class docstrings are English developer text; editors show descriptions to users, so keep only
    # the Dutch field descriptions.
    schema.pop("description", None)
    for definitie in schema.get("$defs", {}).values():
        definitie.pop("description", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": titel, **{
        sleutel: waarde for sleutel, waarde in schema.items() if sleutel != "title"}}


def json_schema_tekst(soort: str, kader: Kader | None = None) -> str:
    """The schema as text; with a `kader`, the schema of dossier or gemeente files for that kader."""
    schema = json_schema(soort) if kader is None else kader_json_schema(soort, kader)
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def schemabestandsnaam(soort: str, kader: Kader | None = None) -> str:
    """The file name of a schema in ``schemas/``: ``dossier.schema.json`` or ``dossier.<kader-id>.schema.json``."""
    return f"{soort}.schema.json" if kader is None else f"{soort}.{kader.id}.schema.json"


def is_schema_van(pad: Path, kader: Kader) -> bool:
    """Whether the kader schema in file `pad` is the one of this kader version (a kader id has one schema file;
    with two versions in kaders/, it may be the other one's)."""
    try:
        eigenschappen = json.loads(pad.read_text(encoding="utf-8"))["properties"]["kader"]["properties"]
        return bool(eigenschappen["id"]["const"] == kader.id and eigenschappen["versie"]["const"] == kader.versie)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _antwoordschema(vraag: Vraag) -> dict[str, Any]:
    """An answer on `vraag`: empty, the short answer, or the full mapping; the vraag is the description."""
    toegestaan = [a.value for a in (Antwoord if isinstance(vraag, Eis) else FEIT_ANTWOORDEN)]
    soort = "feit" if not isinstance(vraag, Eis) else ("kerneis" if vraag.kern else "eis")
    beschrijving = f"{soort}: {vraag.vraag}" + (f" (let op: {vraag.toelichting})" if vraag.toelichting else "")
    return {"description": beschrijving, "anyOf": [
        {"type": "null"}, {"type": "string", "enum": toegestaan},
        {"allOf": [{"$ref": "#/$defs/Beantwoording"},
                   {"properties": {"antwoord": {"anyOf": [{"type": "null"},
                                                          {"type": "string", "enum": toegestaan}]}}}]}]}


def _vragenobject(vragen: list[Vraag], beschrijving: str) -> dict[str, Any]:
    return {"type": "object", "description": beschrijving, "additionalProperties": False,
            "properties": {vraag.id: _antwoordschema(vraag) for vraag in vragen}}


def kader_json_schema(soort: str, kader: Kader) -> dict[str, Any]:
    """The schema of dossier or gemeente files for one kader: only its indicator, feit and eis ids are
    allowed (a misspelled id is an error in the editor), each with its vraag as description."""
    if soort not in ("dossier", "gemeente"):
        raise ValueError(f"een schema per kader bestaat alleen voor dossier en gemeente, niet voor {soort}")
    niveau = Niveau.DOSSIER if soort == "dossier" else Niveau.GEMEENTE
    schema = json_schema(soort)
    schema["title"] = f"{schema['title']}, kader {kader.id} versie {kader.versie}"
    eigenschappen = schema["properties"]
    eigenschappen["kader"] = {"type": "object", "additionalProperties": False, "required": ["id", "versie"],
                              "properties": {"id": {"const": kader.id, "description": kader.titel},
                                             "versie": {"const": kader.versie}}}
    if soort == "dossier":
        eigenschappen["feiten"] = _vragenobject(list(kader.feiten), "Algemene feiten: één keer per dossier.")
    indicatoren: dict[str, Any] = {}
    for nummer, _, _, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        tekst = f"{nummer} {' '.join(indicator.tekst.split())}"
        indicatoren[indicator.id] = {
            "type": "object", "description": tekst, "additionalProperties": False,
            "properties": {"antwoorden": _vragenobject(vragen_op_niveau(indicator, niveau), tekst),
                           "afwijking": {"anyOf": [{"$ref": "#/$defs/Afwijking"}, {"type": "null"}]}}}
    eigenschappen["indicatoren"] = {"type": "object", "additionalProperties": False, "properties": indicatoren}
    return schema
