"""Checks before publishing: the thema ids the onderzoek names.

The onderzoek file is the same for every kader, so the thema ids in its conclusies and aanbevelingen are
checked against the kader of the report here (`rapportage.toetsing` applies it). Hoor en wederhoor is a
gate of its own (`beoordelen.poorten.wederhoor`). Nothing here prints.
"""

from __future__ import annotations

from ..invoer.kader import Kader
from ..invoer.onderzoek import Onderzoek
from ..problemen import Probleem
from .dossiercontrole import onbekende_themas


def controleer_onderzoek_themas(onderzoek: Onderzoek | None, kader: Kader) -> list[Probleem]:
    """An error for each thema id in the onderzoek's conclusies or aanbevelingen that `kader` does not have."""
    if onderzoek is None:
        return []
    bekend = {thema.id for thema in kader.themas}
    problemen = onbekende_themas(kader, onderzoek.aanbevelingen)
    problemen += [onderzoek.probleem("onbekend-thema", f"thema '{thema}' bestaat niet in kader {kader.id} "
                                     f"{kader.versie}", f"kies uit: {', '.join(sorted(bekend))}", "conclusies",
                                     thema, sleutel=True)
                  for thema in onderzoek.conclusies if thema not in bekend]
    return sorted(problemen)
