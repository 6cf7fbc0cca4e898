"""The consensus file: the agreed version of a dossier that two or more beoordelaars rated independently.

A consensus file (``<dossier>.consensus.yaml``, beside the ratings) names the dossier, who agreed and
when, the rating it starts from (`basis`) and every answer the beoordelaars changed against that
rating, each with the reason. Everything not named stays as in the basis rating. Whether the
consensus fits the ratings and the kader is checked in `controles.consensuscontrole`; this model
only describes the shape.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from .dossier import BEOORDELAAR_PATROON, DOSSIER_ID_PATROON, Afwijking, Bron, KaderVerwijzing
from .kader import Antwoord
from .validatie import Id, Knoop, Tekst

Beoordelaarscode = Annotated[str, Field(pattern=BEOORDELAAR_PATROON)]


class Wijziging(Knoop):
    """One answer the beoordelaars agreed to change against the basis rating."""

    indicator: Id | None = Field(None, description="De indicator van de vraag; leeg voor een algemeen feit.")
    vraag: Id = Field(description="Id van het feit of de eis.")
    antwoord: Antwoord | None = Field(description="Het afgesproken antwoord (ja, deels, nee, onbekend); leeg: het "
                                                  "antwoord vervalt.")
    bronnen: list[Bron] = Field(default_factory=list)
    toelichting: str = Field("", description="De toelichting bij het afgesproken antwoord.")
    reden: Tekst = Field(description="Waarom de beoordelaars dit antwoord afspraken.")


class AfwijkingWijziging(Knoop):
    """A professional judgment the beoordelaars agreed on (or removed) for one indicator."""

    indicator: Id
    afwijking: Afwijking | None = Field(description="De afgesproken afwijking; leeg: de afwijking van de basis "
                                                    "vervalt.")
    reden: Tekst


class Consensus(Knoop):
    """The agreed version of a double-rated dossier, as changes against one of its ratings."""

    dossier: Annotated[str, Field(pattern=DOSSIER_ID_PATROON, description="Het dossiernummer van de beoordelingen.")]
    gemeente: Tekst
    kader: KaderVerwijzing
    beoordelaars: list[Beoordelaarscode] = Field(min_length=2, description="Wie het eens werden (codes).")
    datum: dt.date = Field(description="Datum van het consensusoverleg (JJJJ-MM-DD).")
    basis: Beoordelaarscode = Field(description="De beoordeling waarvan alles blijft staan wat hieronder niet "
                                                "verandert.")
    toelichting: str = Field("", description="Korte samenvatting van het overleg.")
    wijzigingen: list[Wijziging] = Field(default_factory=list)
    afwijkingen: list[AfwijkingWijziging] = Field(default_factory=list)
