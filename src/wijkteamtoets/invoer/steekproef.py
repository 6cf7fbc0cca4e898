"""The steekproef file: which dossiers of a gemeente's wijkteam were drawn, how, and what replaced what.

A steekproef file (``steekproef.yaml`` in a gemeente's folder, or ``<naam>.steekproef.yaml``) is written by
``wijkteamtoets steekproef`` and records the population (the file's name, SHA-256 and number of rows, never
its contents), the plan (a fixed size, or betrouwbaarheid and tolerantie as in attribute sampling), the
zaad and the draw method, the selected zaaknummers in draw order, the reserves in order, and the
replacements an inspector records by hand (each with its reason). Whether the dossiers match it is checked in
`controles.steekproefcontrole`; this model describes the shape, and `steekproef_yaml` writes the file.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

from pydantic import Field

from .dossier import DOSSIER_ID_PATROON
from .validatie import Knoop, Tekst

Zaaknummer = Annotated[str, Field(pattern=DOSSIER_ID_PATROON)]


class Toewijzing(str, Enum):
    """How the sample is spread over the strata."""

    PROPORTIONEEL = "proportioneel"
    GELIJK = "gelijk"


class Populatie(Knoop):
    """The population file the sample was drawn from, by name, hash and size (never its contents)."""

    bestand: Tekst = Field(description="Naam van het populatiebestand (CSV of XLSX) zonder map.")
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 van het populatiebestand.")]
    rijen: int = Field(ge=1, description="Aantal dossiers (rijen) in de populatie.")


class Plan(Knoop):
    """The plan: a fixed size, or the size attribute sampling gives for betrouwbaarheid and tolerantie."""

    omvang: int = Field(ge=1, description="Aantal te trekken dossiers.")
    betrouwbaarheid: float = Field(0.95, gt=0, lt=1, description="Zekerheid van de uitspraak, bijv. 0.95.")
    tolerantie: float | None = Field(None, gt=0, lt=1, description="Aanvaardbaar aandeel dossiers dat niet voldoet "
                                     "(bijv. 0.10); leeg bij een vaste omvang.")
    verwacht: float | None = Field(None, ge=0, lt=1, description="Verwacht aandeel dossiers dat niet voldoet "
                                   "(bijv. 0.0); leeg bij een vaste omvang.")


class Laag(Knoop):
    """One stratum: its value in the stratification column and how many dossiers it has and got."""

    waarde: Tekst
    populatie: int = Field(ge=1)
    omvang: int = Field(ge=0)
    reserve: int = Field(ge=0)


class Strata(Knoop):
    kolom: Tekst = Field(description="Kolom van het populatiebestand waarop gestratificeerd is.")
    toewijzing: Toewijzing = Field(description="proportioneel of gelijk.")
    lagen: list[Laag] = Field(min_length=1)


class Vervanging(Knoop):
    """A selected dossier that was not read, the reserve read instead (if any), and why."""

    dossier: Zaaknummer = Field(description="Het geselecteerde dossier dat vervangen is.")
    reserve: Zaaknummer | None = Field(None, description="Het reservedossier dat ervoor in de plaats kwam (de "
                                       "eerstvolgende ongebruikte reserve); leeg: niet vervangen.")
    reden: Tekst = Field(description="Waarom, bijv. 'dossier niet beschikbaar'.")


class Steekproef(Knoop):
    """The steekproef of one gemeente: population, plan, draw, selection, reserves and replacements."""

    gemeente: Tekst
    populatie: Populatie
    methode: Tekst = Field(description="De trekkingsmethode, bijv. sha256-rangorde-v1.")
    plan: Plan
    zaad: Tekst = Field(description="Het zaad van de trekking (tussen aanhalingstekens).")
    strata: Strata | None = None
    geselecteerd: list[Zaaknummer] = Field(min_length=1, description="De geselecteerde dossiers, in "
                                           "trekkingsvolgorde.")
    reserve: list[Zaaknummer] = Field(default_factory=list, description="De reservedossiers, in volgorde.")
    vervangingen: list[Vervanging] = Field(default_factory=list, description="Elke vervanging met haar reden.")

    def te_beoordelen(self) -> list[str]:
        """The dossiers that should be read: the selection, each replaced one swapped for its reserve (if any)."""
        vervangen = {v.dossier: v.reserve for v in self.vervangingen}
        uit = []
        for zaak in self.geselecteerd:
            if zaak not in vervangen:
                uit.append(zaak)
            elif vervangen[zaak] is not None:
                uit.append(str(vervangen[zaak]))
        return uit


def _tekst(waarde: str) -> str:
    return json.dumps(waarde, ensure_ascii=False)


def _getal(waarde: float) -> str:
    return repr(float(waarde))


def steekproef_yaml(steekproef: Steekproef, schema: str | None = None) -> str:
    """The steekproef as a YAML file with Dutch comments (deterministic: the same steekproef, the same bytes)."""
    regels = [f"# yaml-language-server: $schema={schema}"] if schema else []
    p = steekproef.plan
    regels += [
        "# Steekproef van dossiers, gemaakt met 'wijkteamtoets steekproef'. Wijzig alleen 'vervangingen'.",
        f"gemeente: {_tekst(steekproef.gemeente)}",
        "populatie:",
        f"  bestand: {_tekst(steekproef.populatie.bestand)}",
        f"  sha256: {steekproef.populatie.sha256}",
        f"  rijen: {steekproef.populatie.rijen}",
        f"methode: {_tekst(steekproef.methode)}",
        "plan:",
        f"  omvang: {p.omvang}",
        f"  betrouwbaarheid: {_getal(p.betrouwbaarheid)}",
    ]
    if p.tolerantie is not None:
        regels.append(f"  tolerantie: {_getal(p.tolerantie)}")
    if p.verwacht is not None:
        regels.append(f"  verwacht: {_getal(p.verwacht)}")
    regels.append(f"zaad: {_tekst(steekproef.zaad)}")
    if steekproef.strata is not None:
        regels += ["strata:", f"  kolom: {_tekst(steekproef.strata.kolom)}",
                   f"  toewijzing: {steekproef.strata.toewijzing.value}", "  lagen:"]
        for laag in steekproef.strata.lagen:
            regels += [f"    - waarde: {_tekst(laag.waarde)}", f"      populatie: {laag.populatie}",
                       f"      omvang: {laag.omvang}", f"      reserve: {laag.reserve}"]
    regels.append("# De geselecteerde dossiers, in trekkingsvolgorde.")
    regels.append("geselecteerd:")
    regels += [f"  - {zaak}" for zaak in steekproef.geselecteerd]
    regels.append("# Reserves, in volgorde: een vervanging neemt de eerstvolgende ongebruikte reserve.")
    regels.append("reserve:" + ("" if steekproef.reserve else " []"))
    regels += [f"  - {zaak}" for zaak in steekproef.reserve]
    regels += ["# Leg elke vervanging vast, bijvoorbeeld:",
               "#   - dossier: ABC-2016-001   # het geselecteerde dossier",
               "#     reserve: ABC-2016-002   # de eerstvolgende ongebruikte reserve (leeg: niet vervangen)",
               "#     reden: dossier niet beschikbaar"]
    if not steekproef.vervangingen:
        regels.append("vervangingen: []")
    else:
        regels.append("vervangingen:")
        for v in steekproef.vervangingen:
            regels += [f"  - dossier: {v.dossier}", f"    reserve: {v.reserve or 'null'}",
                       f"    reden: {_tekst(v.reden)}"]
    return "\n".join(regels) + "\n"
