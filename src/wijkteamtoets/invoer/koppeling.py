"""The koppeling between two versions of a kader: which old id became which new id.

A koppeling file (``kaders/koppeling-<id>-<oud>-<nieuw>.yaml`` by convention, written in a first draft by
``kader verschil --koppeling``) says, from the kader `van` to the kader `naar`:

* `indicatoren`: old indicator id -> new indicator id, only where the id changed;
* `vragen`: old feit or eis id -> new id, or a list of new ids when an eis was split (the answer is then
  copied to each part, as the koppeling says so);
* `onbekend`: new feiten and eisen that had no counterpart; migrated files answer them 'onbekend';
* `vervallen`: old indicatoren, feiten and eisen whose answers are dropped on purpose.

An id that exists in both kaders maps to itself unless the koppeling says otherwise. Whether the koppeling
fits both kaders (and leaves nothing unmapped) is checked in `controles.migratie`.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .dossier import KaderVerwijzing
from .validatie import Id, Knoop, een_of_lijst

_ID_SCHEMA = {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}


class Koppeling(Knoop):
    """How the ids of one kader version map onto those of the next."""

    van: KaderVerwijzing = Field(description="Het oude kader (id en versie).")
    naar: KaderVerwijzing = Field(description="Het nieuwe kader (id en versie).")
    toelichting: str = Field("", description="Wat er veranderde en waarom de koppeling zo is.")
    indicatoren: dict[Id, Id] = Field(default_factory=dict, description="Oud indicator-id -> nieuw indicator-id "
                                      "(alleen waar het id veranderde).")
    vragen: dict[Id, Annotated[list[Id], *een_of_lijst(_ID_SCHEMA)]] = Field(
        default_factory=dict, description="Oud feit- of eis-id -> nieuw id, of een lijst van nieuwe ids als de eis "
        "is gesplitst (het antwoord gaat dan naar elk deel).")
    onbekend: list[Id] = Field(default_factory=list, description="Nieuwe feiten en eisen zonder voorganger: in "
                               "gemigreerde bestanden 'onbekend'.")
    vervallen: list[Id] = Field(default_factory=list, description="Oude indicatoren, feiten en eisen waarvan de "
                                "antwoorden bewust vervallen.")
