"""The onderzoek as data: one inspection or zelfevaluatie as a whole, and hoor en wederhoor per gemeente.

An onderzoek file (``onderzoek.yaml`` beside the gemeente folders) says what the onderzoek was: its
titel, its soort (an inspectie, or a zelfevaluatie of a gemeente) and who carried it out (the
uitvoerder: the inspecties, or the gemeente and its team), the onderzoeksvraag, periode and method,
the inleiding, the samenvatting, the conclusies and aanbevelingen (overall and per thema), the
vervolg, and the publication data (status, versie, publicatiedatum, plaats). A deelrapport and the
overarching report are views of one onderzoek; the soort decides who speaks in them.

A gemeente's reaction on its concept deelrapport (`Wederhoor`) lives in the gemeente file, point by
point, with what was done with each point, or the date by which no reaction had come. These models only
describe the shape; that a definitive report needs it is checked in `controles.wederhoor`.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, GetJsonSchemaHandler, model_validator

from .validatie import Id, Knoop, Tekst


class Status(str, Enum):
    """Where a report stands: a concept, sent to the gemeenten for hoor en wederhoor, or definitive."""

    CONCEPT = "concept"
    VOOR_WEDERHOOR = "voor wederhoor"
    DEFINITIEF = "definitief"


class Soort(str, Enum):
    """What kind of onderzoek: it decides who speaks in every report (see `rapportage.stem`)."""

    INSPECTIE = "inspectie"
    ZELFEVALUATIE = "zelfevaluatie"


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
    """A gemeente's reaction on its concept deelrapport (hoor en wederhoor), or the date by which none came."""

    van: str = Field("", description="Wie reageerde, als functie of orgaan (bijv. 'college van burgemeester en "
                     "wethouders'), nooit een naam.")
    ontvangen: dt.date | None = Field(None, description="Datum waarop de reactie binnenkwam (JJJJ-MM-DD).")
    punten: list[Reactiepunt] = Field(default_factory=list, description="De reactie per passage of als geheel.")
    geen_reactie: dt.date | None = Field(None, description="Als de gemeente niet reageerde: de datum waarop de "
                                         "termijn voor een reactie verstreek (JJJJ-MM-DD). Dan geen van, "
                                         "ontvangen en punten.")

    @model_validator(mode="after")
    def _reactie_of_geen(self) -> Wederhoor:
        if self.geen_reactie is not None:
            if self.van or self.ontvangen is not None or self.punten:
                raise ValueError("'geen_reactie' gaat niet samen met 'van', 'ontvangen' of 'punten'")
        elif not self.van.strip() or self.ontvangen is None or not self.punten:
            raise ValueError("een reactie heeft 'van', 'ontvangen' en ten minste één punt; of zet alleen "
                             "'geen_reactie: JJJJ-MM-DD' als de gemeente niet reageerde")
        return self


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


def _kort_aanbeveling(waarde: Any) -> Any:
    """Allow a plain text as short for ``{tekst: ...}`` (an aanbeveling for no thema in particular)."""
    return {"tekst": waarde} if isinstance(waarde, str) else waarde


class Aanbeveling(Knoop):
    """An aanbeveling, for one thema of the kader or (thema left out) for the whole."""

    tekst: Tekst
    thema: Id | None = Field(None, description="Id van het thema uit het kader waar de aanbeveling bij hoort; "
                             "weglaten: een algemene aanbeveling.")


class _KortOfUitgebreid:
    """JSON Schema for an aanbeveling: a plain text, or the mapping with tekst and thema."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        return {"anyOf": [{"type": "string", "minLength": 1}, handler(core_schema)]}


AanbevelingVeld = Annotated[Aanbeveling, BeforeValidator(_kort_aanbeveling), _KortOfUitgebreid()]
"""An aanbeveling as a plain text, or as ``{tekst: ..., thema: thema-id}``."""


class Onderzoek(Knoop):
    """One onderzoek as a whole: what the deelrapporten and the overarching report are about."""

    titel: Tekst
    soort: Soort = Field(Soort.INSPECTIE, description="inspectie (uitgevoerd door inspecties) of zelfevaluatie "
                         "(door een gemeente en haar team). Bepaalt wie er in de rapporten spreekt: een "
                         "zelfevaluatie noemt nooit een inspectie.")
    uitvoerder: list[Tekst] = Field(min_length=1, description="Wie het onderzoek uitvoerde, als organisaties: de "
                                    "inspecties, of de gemeente en haar (wijk)team(s). Nooit een persoon.")
    opdrachtgever: str = Field("", description="Opdrachtgever of programma (bijv. 'Toezicht Sociaal Domein').")
    onderzoeksvraag: Tekst
    periode: Periode
    methode: Methode
    inleiding: Tekst = Field(description="Inleiding op het onderzoek: aanleiding en opzet.")
    samenvatting: str = Field("", description="De kernboodschap van het overkoepelende rapport, in een paar zinnen.")
    conclusies: dict[Id, Tekst] = Field(default_factory=dict, description="Per thema (id uit het kader) de "
                                        "conclusie over alle gemeenten.")
    aanbevelingen: list[AanbevelingVeld] = Field(default_factory=list, description="Overkoepelende "
                                                 "aanbevelingen: een tekst, of {tekst, thema} bij één thema.")
    vervolg: Tekst = Field(description="Wat er na dit rapport gebeurt.")
    status: Status = Field(description="concept, voor wederhoor of definitief.")
    versie: Tekst = Field(description="Versie van het rapport, tussen aanhalingstekens (bijv. \"1.0\").")
    publicatiedatum: dt.date = Field(description="Datum van het rapport (JJJJ-MM-DD).")
    plaats: Tekst = Field(description="Plaats van uitgave (bijv. 'Utrecht').")
    colofon: str = Field("", description="Extra tekst voor het colofon (contact, uitgave).")
    vorige: Annotated[Vorige | None, BeforeValidator(_kort_vorige)] = Field(
        None, description="De vorige ronde: een map, of {map: ..., koppeling: ...}. De vorige ronde wordt opnieuw "
        "beoordeeld met het kader van deze ronde, zodat beide rondes gelijk vergeleken worden.")

    @model_validator(mode="before")
    @classmethod
    def _oude_naam(cls, data: Any) -> Any:
        """Files written before 'uitvoerder' named the inspecties 'inspecties': still read them."""
        if isinstance(data, dict) and "inspecties" in data and "uitvoerder" not in data:
            data = {("uitvoerder" if k == "inspecties" else k): v for k, v in data.items()}
        return data
