"""The annotated findings: one dossier file per case, one gemeente file per gemeente.

A dossier file (``voorbeelden/<gemeente>/dossiers/*.yaml``) holds a pseudonymous dossier id, its
context, per indicator the inspector's answers on feiten and eisen with their bronnen, and short casus
descriptions for the Voorbeeld boxes of the reports. A gemeente file
(``voorbeelden/<gemeente>/gemeente.yaml``) holds the local network, the answers for the gemeente-level
indicators, the inspectors' samenvatting, conclusie (overall and per thema) and aanbevelingen, goede
voorbeelden, and the gemeente's reaction on the concept (wederhoor). Whether answers and thema ids fit
the kader is checked in `dossiercontrole`; these models only describe the shape.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator, ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import WithJsonSchema

from ..problemen import BEOORDELAAR_PATROON as BEOORDELAAR_PATROON
from ..problemen import DOSSIER_ID_PATROON as DOSSIER_ID_PATROON
from .kader import Antwoord, Oordeel
from .onderzoek import AanbevelingVeld, Periode, Wederhoor
from .validatie import PATRONEN, SYNONIEMEN, Id, Knoop, Tekst

# Pseudonymous dossier ids like ``GOU-2016-017`` and codes of beoordelaars like ``IJZ04``: no room for a name,
# BSN or address. Defined with the messages (`problemen`), which may show exactly these.

PATRONEN[DOSSIER_ID_PATROON] = (
    "is geen pseudoniem dossiernummer",
    "gebruik de vorm ABC-2016-001 (letters voor de gemeente, jaar, volgnummer); nooit een naam, BSN of adres",
)
PATRONEN[BEOORDELAAR_PATROON] = ("is geen beoordelaarscode", "gebruik een code als INS1 of IJZ04, nooit een naam")


class Aanmelding(str, Enum):
    """How the family came to the wijkteam."""

    VEILIG_THUIS = "veilig-thuis"
    SCHOOL = "school"
    HUISARTS = "huisarts"
    POLITIE = "politie"
    ZELF = "zelf"
    JEUGDGEZONDHEIDSZORG = "jeugdgezondheidszorg"
    WONINGCORPORATIE = "woningcorporatie"
    SCHULDHULPVERLENING = "schuldhulpverlening"
    RAAD_VOOR_DE_KINDERBESCHERMING = "raad-voor-de-kinderbescherming"
    ANDERS = "anders"


class Leefgebied(str, Enum):
    """Leefgebieden with problematiek (after the Zelfredzaamheid-Matrix, plus the child's domains)."""

    FINANCIEN = "financien"
    WERK_EN_OPLEIDING = "werk-en-opleiding"
    HUISVESTING = "huisvesting"
    HUISELIJKE_RELATIES = "huiselijke-relaties"
    GEESTELIJKE_GEZONDHEID = "geestelijke-gezondheid"
    LICHAMELIJKE_GEZONDHEID = "lichamelijke-gezondheid"
    VERSLAVING = "verslaving"
    SOCIAAL_NETWERK = "sociaal-netwerk"
    JUSTITIE = "justitie"
    OPVOEDING = "opvoeding"
    ONTWIKKELING_KIND = "ontwikkeling-kind"
    ONDERWIJS = "onderwijs"
    VEILIGHEID = "veiligheid"


class Rol(str, Enum):
    """The role of a family member; ages, never names or birth dates."""

    MOEDER = "moeder"
    VADER = "vader"
    STIEFOUDER = "stiefouder"
    PLEEGOUDER = "pleegouder"
    KIND = "kind"
    GROOTOUDER = "grootouder"
    ANDER_GEZINSLID = "ander-gezinslid"


ROL_SYNONIEMEN: dict[str, Rol] = {
    "zoon": Rol.KIND, "dochter": Rol.KIND, "stiefvader": Rol.STIEFOUDER, "oma": Rol.GROOTOUDER,  # examples first
    **dict.fromkeys(["zoon", "dochter", "baby", "broer", "zus", "zuster", "halfbroer", "halfzus", "stiefzoon",
                     "stiefdochter", "pleegzoon", "pleegdochter", "pleegkind", "stiefkind", "kinderen"], Rol.KIND),
    **dict.fromkeys(["mama", "mam"], Rol.MOEDER),
    **dict.fromkeys(["papa", "pap"], Rol.VADER),
    **dict.fromkeys(["stiefvader", "stiefmoeder"], Rol.STIEFOUDER),
    **dict.fromkeys(["pleegvader", "pleegmoeder"], Rol.PLEEGOUDER),
    **dict.fromkeys(["opa", "oma", "grootvader", "grootmoeder"], Rol.GROOTOUDER),
    **dict.fromkeys(["oom", "tante", "neef", "nicht", "familielid"], Rol.ANDER_GEZINSLID),
}
"""Common words for family members, read as the role they belong to (``zoon`` is a ``kind``)."""

SYNONIEMEN["rol"] = {woord: rol.value for woord, rol in ROL_SYNONIEMEN.items()}


def _rol(waarde: Any) -> Any:
    """Accept a common word for a role (zoon, stiefvader, oma, ...), in any case."""
    if isinstance(waarde, str):
        woord = waarde.strip().casefold()
        return ROL_SYNONIEMEN.get(woord, woord)
    return waarde


class Gezinslid(Knoop):
    rol: Annotated[Rol, BeforeValidator(_rol), WithJsonSchema({
        "type": "string", "enum": [r.value for r in Rol] + list(ROL_SYNONIEMEN),
        "description": "De rol in het gezin. Ook gangbare woorden als zoon, dochter, stiefvader of oma worden "
                       "begrepen."})]
    leeftijd: int = Field(ge=0, le=110, description="Leeftijd in jaren (0 voor een baby).")


class Context(Knoop):
    aanmelding_via: Aanmelding
    leefgebieden: list[Leefgebied] = Field(min_length=1, description="Leefgebieden met problematiek.")
    gezinssamenstelling: list[Gezinslid] = Field(min_length=1)
    omschrijving: str = Field("", description="Korte, pseudonieme schets van de casus (geen namen of adressen).")


class Voorbeeldsoort(str, Enum):
    """A Voorbeeld box shows what goes wrong in a casus; a Goed voorbeeld what works."""

    VOORBEELD = "voorbeeld"
    GOED_VOORBEELD = "goed voorbeeld"


class Voorbeeld(Knoop):
    """A short casus description for a box in the reports, under one thema; shown without the dossier id."""

    thema: Id = Field(description="Id van het thema uit het kader dat de casus illustreert.")
    soort: Voorbeeldsoort = Field(Voorbeeldsoort.VOORBEELD, description="voorbeeld (wat er misgaat) of goed "
                                  "voorbeeld (wat werkt).")
    titel: str = Field("", description="Korte kop, vooral bij een goed voorbeeld (bijv. 'meten, evalueren en "
                       "verbeteren').")
    tekst: Tekst = Field(description="De casus in een paar zinnen, in rollen en zonder namen, adressen, data of "
                         "andere herleidbare details.")


class Bron(Knoop):
    """Evidence for an answer: a document (with pagina and citaat) or an interview (with whom, by role)."""

    document: str | None = Field(None, description="Naam van het document, bijv. 'Plan van aanpak'.")
    pagina: int | None = Field(None, ge=1)
    citaat: str | None = Field(None, description="Letterlijk citaat, gepseudonimiseerd.")
    interview: str | None = Field(None, description="Met wie, als rol: 'jeugdprofessional', 'moeder'.")

    @model_validator(mode="after")
    def _document_of_interview(self) -> Bron:
        if (self.document is None) == (self.interview is None):
            raise ValueError("een bron noemt óf een document óf een interview")
        if self.interview is not None and (self.pagina is not None):
            raise ValueError("een interview heeft geen pagina")
        return self


def _kort_antwoord(waarde: Any) -> Any:
    """Allow ``eis-id: nee`` as short for ``eis-id: {antwoord: nee}``; empty means not filled in."""
    if waarde is None or isinstance(waarde, str | bool | int | float):
        return {"antwoord": waarde}
    return waarde


class Beantwoording(Knoop):
    """An inspector's answer on one eis or feit, with evidence."""

    antwoord: Antwoord | None = Field(description="ja, deels, nee of onbekend; leeg: nog niet ingevuld.")
    bronnen: list[Bron] = Field(default_factory=list)
    toelichting: str = ""


class _KortOfUitgebreid:
    """JSON Schema for an answer: empty, just the answer, or the full mapping with bronnen."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        return {"anyOf": [{"type": "null"}, {"type": "string", "enum": [a.value for a in Antwoord]},
                          handler(core_schema)]}


BeantwoordingVeld = Annotated[Beantwoording, BeforeValidator(_kort_antwoord), _KortOfUitgebreid()]


class Afwijking(Knoop):
    """A professional judgment that deviates from the derived oordeel; always with a motivatie."""

    oordeel: Oordeel
    motivatie: Tekst


class IndicatorBevinding(Knoop):
    antwoorden: dict[Id, BeantwoordingVeld] = Field(default_factory=dict)
    afwijking: Afwijking | None = None


class KaderVerwijzing(Knoop):
    id: Id
    versie: Tekst


class Herkomst(Knoop):
    """Where a migrated file came from (written by `kader migreer`): the original file and the koppeling."""

    bestand: Tekst = Field(description="Het oorspronkelijke bestand (pad zoals opgegeven).")
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 van het oorspronkelijke bestand.")]
    kader: KaderVerwijzing = Field(description="Het kader van het oorspronkelijke bestand.")
    koppeling: Tekst = Field(description="Het koppelingsbestand waarmee gemigreerd is.")
    koppeling_sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 van de koppeling.")]


class Dossier(Knoop):
    """The findings on one dossier."""

    dossier: Annotated[str, Field(pattern=DOSSIER_ID_PATROON,
                                  description="Pseudoniem dossiernummer, bijv. GOU-2016-017.")]
    gemeente: Tekst
    team: Tekst
    kader: KaderVerwijzing
    beoordelaar: Annotated[str, Field(pattern=BEOORDELAAR_PATROON, description="Code, nooit een naam.")]
    datum: dt.date = Field(description="Datum van beoordeling (JJJJ-MM-DD).")
    context: Context
    feiten: dict[Id, BeantwoordingVeld] = Field(default_factory=dict, description="Algemene feiten.")
    indicatoren: dict[Id, IndicatorBevinding] = Field(default_factory=dict)
    voorbeelden: list[Voorbeeld] = Field(default_factory=list, description="Casussen uit dit dossier voor de "
                                         "kaders 'Voorbeeld' en 'Goed voorbeeld' in de rapporten (zonder "
                                         "dossiernummer getoond).")
    herkomst: Herkomst | None = Field(None, description="Alleen in een gemigreerde kopie: waar het bestand vandaan "
                                      "komt (zie 'wijkteamtoets kader migreer').")


class Gemeentebevindingen(Knoop):
    """The findings on a gemeente: its local network and the gemeente-level indicators."""

    gemeente: Tekst
    kader: KaderVerwijzing
    beoordelaars: list[Annotated[str, Field(pattern=BEOORDELAAR_PATROON)]] = Field(min_length=1)
    periode: Periode
    netwerk: Tekst = Field(description="Het lokale netwerk: teams, werkwijze, samenwerkingspartners.")
    teams: list[Tekst] = Field(min_length=1)
    indicatoren: dict[Id, IndicatorBevinding] = Field(default_factory=dict)
    samenvatting: str = Field("", description="De kernboodschap van het deelrapport, in een paar zinnen; "
                              "weglaten: de samenvatting opent met de conclusie.")
    conclusie: Tekst = Field(description="De conclusie over deze gemeente als geheel.")
    conclusies: dict[Id, Tekst] = Field(default_factory=dict, description="Per thema (id uit het kader) de "
                                        "conclusie over deze gemeente, naast de afgeleide oordelen.")
    aanbevelingen: list[AanbevelingVeld] = Field(default_factory=list, description="Aanbevelingen aan deze "
                                                 "gemeente: een tekst, of {tekst, thema} bij één thema.")
    voorbeelden: list[Voorbeeld] = Field(default_factory=list, description="Goede (of andere) voorbeelden uit "
                                         "de werkwijze van de gemeente, per thema.")
    wederhoor: Wederhoor | None = Field(None, description="De reactie van de gemeente op het concept (hoor en "
                                        "wederhoor) en wat ermee gedaan is, of de datum waarop de termijn "
                                        "zonder reactie verstreek. Nodig voor een definitief rapport.")
    herkomst: Herkomst | None = Field(None, description="Alleen in een gemigreerde kopie: waar het bestand vandaan "
                                      "komt (zie 'wijkteamtoets kader migreer').")


class _Deels(Knoop):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class DossierDeels(_Deels):
    """The parts of a dossier file that the checks against the kader need; read leniently (see
    `validatie.valideer_deels`) from a file that has other errors, so that every problem comes out at once."""

    dossier: str = ""
    gemeente: str = ""
    kader: KaderVerwijzing
    feiten: dict[Id, BeantwoordingVeld] = Field(default_factory=dict)
    indicatoren: dict[Id, IndicatorBevinding] = Field(default_factory=dict)


class GemeenteDeels(_Deels):
    """The parts of a gemeente file that the checks against the kader need (see `DossierDeels`)."""

    gemeente: str = ""
    kader: KaderVerwijzing
    indicatoren: dict[Id, IndicatorBevinding] = Field(default_factory=dict)
