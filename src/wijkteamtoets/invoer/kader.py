"""The toezichtkader as data: Kader -> Thema -> Criterium -> Indicator, with feiten, eisen and normering.

These models describe what a kader file (``kaders/*.yaml``) may contain; `wijkteamtoets schema kader`
publishes them as JSON Schema. Semantic rules that span several nodes (unique ids, conditions that
refer to existing feiten, ordered thresholds) live in `kadercontrole`.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Annotated, NamedTuple

from pydantic import Field

from .validatie import Id, Knoop, Tekst, een_of_lijst


class Antwoord(str, Enum):
    """An inspector's answer to an eis or feit, read from the dossier."""

    JA = "ja"
    DEELS = "deels"
    NEE = "nee"
    ONBEKEND = "onbekend"


FEIT_ANTWOORDEN = (Antwoord.JA, Antwoord.NEE, Antwoord.ONBEKEND)
"""A feit is a yes/no fact; 'deels' makes no sense for it."""


class Oordeel(str, Enum):
    """The judgment of an indicator (per dossier or per gemeente), criterium or thema."""

    VOLDOET = "voldoet"
    VOLDOET_DEELS = "voldoet deels"
    VOLDOET_NIET = "voldoet niet"
    NIET_VAN_TOEPASSING = "niet van toepassing"
    NIET_TE_BEOORDELEN = "niet te beoordelen"


BEOORDEELBARE_OORDELEN = (Oordeel.VOLDOET, Oordeel.VOLDOET_DEELS, Oordeel.VOLDOET_NIET)
"""The oordelen that count in percentages and thresholds, most favourable first."""


class Niveau(str, Enum):
    """Where an indicator (or one of its eisen) is judged."""

    DOSSIER = "dossier"
    GEMEENTE = "gemeente"
    BEIDE = "beide"


_FEIT_ANTWOORD_SCHEMA = {"type": "string", "enum": [a.value for a in FEIT_ANTWOORDEN]}

Voorwaarde = dict[Id, Annotated[list[Antwoord], *een_of_lijst(_FEIT_ANTWOORD_SCHEMA)]]
"""Feit id -> the answer(s) it must have; all entries must hold (AND)."""


class Vraag(Knoop):
    """A question an inspector answers from the dossier or from interviews and documents."""

    id: Id = Field(description="Stabiel id, uniek binnen het kader.")
    vraag: Tekst = Field(description="De vraag zoals de inspecteur die beantwoordt.")
    toelichting: str = Field("", description="Waar de inspecteur op let bij het beantwoorden.")
    als: Voorwaarde = Field(
        default_factory=dict,
        description="Alleen van toepassing als deze feiten het genoemde antwoord hebben (alle tegelijk).",
    )


class Feit(Vraag):
    """A fact that only decides whether eisen (or a whole indicator) apply."""


class Eis(Vraag):
    """A checkable element of the operationalisering."""

    kern: bool = Field(
        False, description="Kerneis: een 'nee' hierop geeft de indicator altijd 'voldoet niet'."
    )
    niveau: Niveau | None = Field(
        None, description="Alleen bij een indicator op niveau 'beide': waar deze eis beoordeeld wordt."
    )


class Alternatief(Knoop):
    """One way to meet an indicator whose text reads "... of ...": its own eisen (plus the eisen in no
    alternatief, which every way shares)."""

    id: Id = Field(description="Stabiel id, uniek binnen de indicator.")
    tekst: Tekst = Field(description="De route in gewone woorden, bijv. 'het gezin kan zelfstandig verder'.")
    eisen: list[Id] = Field(min_length=1, description="De eisen die alleen voor deze route gelden.")


class Indicator(Knoop):
    """An indicator of the kader with its operationalisering decomposed into feiten and eisen."""

    id: Id
    tekst: Tekst = Field(description="De tekst van de indicator, letterlijk uit de bron.")
    operationalisering: Tekst = Field(description="De operationalisering, letterlijk uit de bron.")
    niveau: Niveau = Field(description="dossier, gemeente, of beide (eisen op beide niveaus).")
    van_toepassing_als: Voorwaarde = Field(
        default_factory=dict,
        description="De indicator is 'niet van toepassing' tenzij deze feiten het genoemde antwoord hebben.",
    )
    feiten: list[Feit] = Field(default_factory=list)
    eisen: list[Eis] = Field(default_factory=list)
    alternatieven: list[Alternatief] = Field(
        default_factory=list,
        description="Routes waarlangs de indicator voldoet ('of' in de bron): het oordeel is het gunstigste "
                    "oordeel over de routes; een route telt alleen als minstens één van haar eisen van "
                    "toepassing is. Eisen die in geen route staan gelden voor elke route.",
    )

    def eisen_op(self, niveau: Niveau) -> list[Eis]:
        """The eisen judged at `niveau` (dossier or gemeente)."""
        return [eis for eis in self.eisen if (eis.niveau or self.niveau) in (niveau, Niveau.BEIDE)]


class Criterium(Knoop):
    id: Id
    tekst: Tekst
    indicatoren: list[Indicator] = Field(min_length=1)


class Thema(Knoop):
    id: Id
    titel: Tekst
    criteria: list[Criterium] = Field(min_length=1)


class Bron(Knoop):
    """Where the kader comes from."""

    titel: Tekst
    uitgever: Tekst
    datum: Tekst = Field(description="Datum of maand van publicatie, als tekst (bijv. 'maart 2017').")
    vindplaats: Tekst = Field(description="Waar in de bron het kader staat (bijv. 'Bijlage 1').")


class Correctiesoort(str, Enum):
    """What a correctie changes: a typo in a verbatim text, or how the words of the source are encoded."""

    TIKFOUT = "tikfout"
    LEZING = "lezing"


class Correctie(Knoop):
    """A deliberate fix: of an obvious typo in a text taken verbatim from the source (`tikfout`), or of how
    the words of the source ("of", "en", "als ... dan") are encoded in eisen and normering (`lezing`)."""

    element: Id = Field(description="Id van de indicator of het criterium.")
    veld: Tekst = Field(description="Bij een tikfout 'tekst' of 'operationalisering'; bij een lezing het veld "
                                    "dat anders is gecodeerd (bijv. 'alternatieven').")
    soort: Correctiesoort = Field(Correctiesoort.TIKFOUT, description="tikfout (standaard) of lezing.")
    origineel: Tekst = Field(description="De oorspronkelijke tekst of codering.")
    gecorrigeerd: Tekst = Field(description="De verbeterde tekst of codering.")
    reden: Tekst


class Drempel(Knoop):
    oordeel: Oordeel
    vanaf: float = Field(ge=0, le=1, description="Vanaf deze score (0 tot en met 1) geldt dit oordeel.")


class Weging(Knoop):
    """How a set of answers or oordelen combines into one oordeel: scores, a mean, thresholds."""

    uitleg: Tekst = Field(description="De regel in gewone woorden, voor verantwoording in rapporten.")
    scores: dict[str, Annotated[float, Field(ge=0, le=1)]]
    drempels: list[Drempel]
    minimaal_beoordeeld: int = Field(
        1, ge=1, description="Minder beoordeelbare onderdelen dan dit geeft 'niet te beoordelen'."
    )


class Normering(Knoop):
    bron_verplicht: bool = Field(
        False, description="Een antwoord 'nee' of 'deels' op een eis zonder bron is een fout (anders een "
                           "waarschuwing): een negatieve bevinding noemt haar vindplaats.")
    antwoorden: Weging = Field(description="Antwoorden op eisen -> oordeel van een indicator.")
    dossiers: Weging = Field(description="Oordelen per dossier -> oordeel van een gemeente op een indicator.")
    indicatoren: Weging = Field(description="Oordelen van indicatoren -> oordeel van een criterium.")
    criteria: Weging = Field(description="Oordelen van criteria -> oordeel van een thema.")


class Nummer(NamedTuple):
    """The place of an indicator in its kader: thema, criterium and indicator, each counted from 1.

    `str()` gives the number people read (``1.1.2``); comparing two `Nummer`s (or `nummer_sleutel` of their
    text) sorts them naturally, so 1.1.2 comes before 1.1.10."""

    thema: int
    criterium: int
    indicator: int

    def __str__(self) -> str:
        return f"{self.thema}.{self.criterium}.{self.indicator}"

    @property
    def van_criterium(self) -> str:
        """The number of the criterium (``1.1``)."""
        return f"{self.thema}.{self.criterium}"

    @property
    def van_thema(self) -> str:
        """The number of the thema (``1``)."""
        return str(self.thema)

    @classmethod
    def uit_tekst(cls, tekst: str) -> Nummer:
        """The `Nummer` of a text like ``1.1.2``."""
        thema, criterium, indicator = (int(deel) for deel in tekst.split("."))
        return cls(thema, criterium, indicator)


def nummer_sleutel(nummer: str) -> tuple[int, ...]:
    """Sort key for numbers like ``1.1.10``, ``1.2`` or ``3``: by their parts as integers (natural order)."""
    return tuple(int(deel) for deel in nummer.split(".") if deel.isdigit())


class Kader(Knoop):
    """A complete toezichtkader."""

    id: Id
    versie: Tekst
    titel: Tekst
    bron: Bron
    correcties: list[Correctie] = Field(default_factory=list)
    normering: Normering
    feiten: list[Feit] = Field(
        default_factory=list, description="Algemene feiten: één keer per dossier beantwoord, voor alle indicatoren."
    )
    themas: list[Thema] = Field(min_length=1)

    def indicatoren(self) -> Iterator[tuple[Thema, Criterium, Indicator]]:
        """Every indicator with its thema and criterium, in kader order."""
        for thema in self.themas:
            for criterium in thema.criteria:
                for indicator in criterium.indicatoren:
                    yield thema, criterium, indicator

    def genummerd(self) -> Iterator[tuple[Nummer, Thema, Criterium, Indicator]]:
        """Every indicator with its `Nummer`, thema and criterium, in kader order."""
        for t, thema in enumerate(self.themas, 1):
            for c, criterium in enumerate(thema.criteria, 1):
                for i, indicator in enumerate(criterium.indicatoren, 1):
                    yield Nummer(t, c, i), thema, criterium, indicator

    def indicator(self, indicator_id: str) -> Indicator | None:
        return next((i for _, _, i in self.indicatoren() if i.id == indicator_id), None)
