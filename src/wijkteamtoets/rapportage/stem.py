"""Who speaks in a report: the voice of each soort of onderzoek, as plain phrases for the templates.

An inspectie speaks as the inspecties ("De inspecties beoordeelden ..."); a zelfevaluatie as the
gemeente and its team, in the first person ("Wij beoordeelden ..."), and never names an inspectorate.
A new soort of onderzoek is one more entry in `STEMMEN`. The phrases take a plural verb in both
voices, so the templates write the verb once. Without an onderzoek file a report is a concept of an
inspectie, but names no inspectorate: it does not know which.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..invoer.onderzoek import Onderzoek, Soort


@dataclass(frozen=True)
class Stem:
    """The phrases in which a report of one soort speaks. All subjects take a plural verb."""

    soort: str  # how the title page names the kind of onderzoek
    deelrapport: str  # how a report on one gemeente calls itself
    wij: str  # subject at the start of a sentence: 'De inspecties' / 'Wij'
    wij_klein: str  # the same inside a sentence: 'de inspecties' / 'wij'
    zij: str  # the same, referring back: 'Zij' / 'Wij'
    uitvoerders: str  # heading above the list of uitvoerders (title page and colofon)
    aanbevelen: str  # leads the aanbevelingen of a deelrapport; '{gemeente}' is filled in
    aanbevelen_allen: str  # leads the aanbevelingen of the overarching report
    wederhoor_bij: str  # to whom the concept goes for hoor en wederhoor


STEMMEN: dict[Soort, Stem] = {
    Soort.INSPECTIE: Stem(
        soort="Inspectieonderzoek", deelrapport="Deelrapport", wij="De inspecties", wij_klein="de inspecties", zij="Zij",
        uitvoerders="Inspecties",
        aanbevelen="De inspecties bevelen {gemeente} en haar samenwerkingspartners aan:",
        aanbevelen_allen="De inspecties bevelen alle gemeenten en hun samenwerkingspartners aan:",
        wederhoor_bij="de gemeente"),
    Soort.ZELFEVALUATIE: Stem(
        soort="Zelfevaluatie", deelrapport="Rapport van de zelfevaluatie",
        wij="Wij", wij_klein="wij", zij="Wij", uitvoerders="Uitgevoerd door",
        aanbevelen="Uit deze zelfevaluatie volgen deze aanbevelingen voor {gemeente} en haar "
                   "samenwerkingspartners:",
        aanbevelen_allen="Uit deze zelfevaluatie volgen deze aanbevelingen voor alle gemeenten en hun "
                         "samenwerkingspartners:",
        wederhoor_bij="de betrokken teams en samenwerkingspartners"),
}


def stem(onderzoek: Onderzoek | None) -> dict[str, Any]:
    """The voice of `onderzoek` as plain data for the templates."""
    return asdict(STEMMEN[onderzoek.soort if onderzoek is not None else Soort.INSPECTIE])
