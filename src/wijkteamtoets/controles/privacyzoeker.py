"""The search of one piece of text for the privacy scan: the fast detectors of `invoer.privacy`, or the full scan
with deduce's names (`namenmodel`).

Short texts (keys, answers such as "ja", document and team names) recur in every dossier, so their findings are
remembered per process, under the state of the lists they depend on (`lijsten.geen_personen_stand`: a user's
list of organisations that appears or changes counts from the next file on). Free text, which does not recur,
is searched every time. The name rules and deduce load on the first search, not when a command that finds every
result in the cache imports the scan.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

from ..invoer.privacy import Treffer, zoek
from ..invoer.privacy.lijsten import Stand, geen_personen_stand

KORT = 64
"""The longest text whose findings are remembered."""

_ONTHOUDEN: dict[tuple[str, bool, Stand], tuple[Treffer, ...]] = {}
_MAX_ONTHOUDEN = 20_000


def namenmodel() -> ModuleType:
    """`controles.namenmodel`, imported now (the full scan: deduce's names)."""
    from . import namenmodel as model

    return model


def geladen() -> bool:
    """Whether deduce's name model is loaded in this process (without importing it)."""
    model = sys.modules.get(f"{__package__}.namenmodel")
    return model is not None and bool(model.geladen())


def zoeker(volledig: bool) -> Callable[[str], list[Treffer]]:
    """The search of one piece of text (spans in the text itself), remembering the findings of short texts."""
    zoek_in: Callable[[str], list[Treffer]] = namenmodel().zoek_volledig if volledig else zoek
    lijsten = geen_personen_stand()

    def zoek_tekst(inhoud: str) -> list[Treffer]:
        if len(inhoud) > KORT:
            return list(zoek_in(inhoud))
        sleutel = (inhoud, volledig, lijsten)
        treffers = _ONTHOUDEN.get(sleutel)
        if treffers is None:
            if len(_ONTHOUDEN) >= _MAX_ONTHOUDEN:
                _ONTHOUDEN.clear()
            treffers = _ONTHOUDEN[sleutel] = tuple(zoek_in(inhoud))
        return list(treffers)

    return zoek_tekst
