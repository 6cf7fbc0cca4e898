"""The onderzoek as data: one inspection as a whole, and hoor en wederhoor per gemeente.

An onderzoek file (``onderzoek.yaml`` beside the gemeente folders) says what the inspection was: its
titel, the inspecties that did it, the onderzoeksvraag, periode and method, the inleiding, the
overarching aanbevelingen, the vervolg, and the publication data (status, versie, publicatiedatum,
plaats). A deelrapport and the overarching report are views of one onderzoek.

A gemeente's reaction on its concept deelrapport (`Wederhoor`) lives in the gemeente file, point by
point, with what the inspecties did with each point. These models only describe the shape; that a
definitive report needs an answer on every point is checked when reports are made.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from .validatie import Knoop, Tekst


class Status(str, Enum):
    """Where a report stands: a concept, sent to the gemeenten for hoor en wederhoor, or definitive."""

    CONCEPT = "concept"
    VOOR_WEDERHOOR = "voor wederhoor"
    DEFINITIEF = "definitief"


class Afhandeling(str, Enum):
    """What the inspecties did with one point of a gemeente's reaction."""

    AANGEPAST = "aangepast"
    NIET_AANGEPAST = "niet aangepast"


class Reactiepunt(Knoop):
    """One point of a gemeente's reaction and what the inspecties did with it."""

    passage: str = Field("", description="Over welk deel van het rapport (bijv. 'Samenvatting' of '1.1.2'); "
                         "leeg: over het rapport als geheel.")
    reactie: Tekst = Field(description="De reactie van de gemeente, kort samengevat.")
    afhandeling: Afhandeling | None = Field(None, description="aangepast of niet aangepast; leeg: nog niet "
                                            "afgehandeld (dan kan het rapport niet definitief worden).")
    toelichting: str = Field("", description="Wat is aangepast, of waarom niet (verplicht bij 'niet aangepast').")


class Wederhoor(Knoop):
    """A gemeente's reaction on its concept deelrapport (hoor en wederhoor)."""

    van: Tekst = Field(description="Wie reageerde, als functie of orgaan (bijv. 'college van burgemeester en "
                       "wethouders'), nooit een naam.")
    ontvangen: dt.date = Field(description="Datum waarop de reactie binnenkwam (JJJJ-MM-DD).")
    punten: list[Reactiepunt] = Field(min_length=1, description="De reactie per passage of als geheel.")


class Periode(Knoop):
    van: dt.date
    tot: dt.date


class Methode(Knoop):
    """How the onderzoek was done: selection of dossiers, interviews, netwerkpartners, documents."""

    dossierselectie: Tekst = Field(description="Hoe de dossiers gekozen zijn.")
    dossiers_per_gemeente: int | None = Field(None, ge=1, description="Hoeveel dossiers per gemeente.")
    interviews: list[Tekst] = Field(default_factory=list, description="Met wie gesprekken zijn gevoerd, als "
                                    "rollen (bijv. 'medewerkers van de wijkteams'); leeg als er geen waren.")
    netwerkpartners: list[Tekst] = Field(default_factory=list, description="Welke netwerkpartners betrokken "
                                         "zijn (als organisaties of rollen).")
    documenten: list[Tekst] = Field(default_factory=list, description="Welke documenten bestudeerd zijn.")


def _kort_vorige(waarde: Any) -> Any:
    """Allow ``vorige: ../nulmeting`` as short for ``vorige: {map: ../nulmeting}``."""
    return {"map": waarde} if isinstance(waarde, str) else waarde


class Vorige(Knoop):
    """The previous round of this onderzoek: its folder and, when the kader changed, the koppeling."""

    map: Tekst = Field(description="De map van het vorige onderzoek (met zijn onderzoek.yaml), vanaf de map van "
                       "dit onderzoek.yaml.")
    koppeling: str = Field("", description="Het koppelingsbestand van het kader van de vorige ronde naar dat van "
                           "deze ronde, vanaf de map van dit onderzoek.yaml; nodig als het kader veranderde.")


class Onderzoek(Knoop):
    """One inspection as a whole: what the deelrapporten and the overarching report are about."""

    titel: Tekst
    inspecties: list[Tekst] = Field(min_length=1, description="De inspecties die het onderzoek deden.")
    opdrachtgever: str = Field("", description="Opdrachtgever of programma (bijv. 'Toezicht Sociaal Domein').")
    onderzoeksvraag: Tekst
    periode: Periode
    methode: Methode
    inleiding: Tekst = Field(description="Inleiding op het onderzoek: aanleiding en opzet.")
    aanbevelingen: list[Tekst] = Field(default_factory=list, description="Overkoepelende aanbevelingen.")
    vervolg: Tekst = Field(description="Wat er na dit rapport gebeurt.")
    status: Status = Field(description="concept, voor wederhoor of definitief.")
    versie: Tekst = Field(description="Versie van het rapport, tussen aanhalingstekens (bijv. \"1.0\").")
    publicatiedatum: dt.date = Field(description="Datum van het rapport (JJJJ-MM-DD).")
    plaats: Tekst = Field(description="Plaats van uitgave (bijv. 'Utrecht').")
    colofon: str = Field("", description="Extra tekst voor het colofon (contact, uitgave).")
    vorige: Annotated[Vorige | None, BeforeValidator(_kort_vorige)] = Field(
        None, description="De vorige ronde: een map, of {map: ..., koppeling: ...}. De vorige ronde wordt opnieuw "
        "beoordeeld met het kader van deze ronde, zodat beide rondes gelijk vergeleken worden.")
