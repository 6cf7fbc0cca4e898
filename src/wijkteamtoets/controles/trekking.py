"""Drawing a steekproef: a population file read with its checks applied, the plan, and the draw.

`trek_steekproef` reads the population file (`invoer.populatie`), lets it through only when it holds nothing
but pseudonymous zaaknummers and categories (`steekproefcontrole.controleer_populatie`), computes the planned
size (`invoer.steekproefplan.plan_omvang`, or a fixed size), draws the sample and its reserves reproducibly
from the zaad (`invoer.steekproefplan.trek`), and returns the `Steekproef` model; writing it is the caller's.
A request that cannot be met (a plan larger than the population, an unknown strata column) is a
`TrekkingFout` with a Dutch message (a usage error).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..invoer.populatie import lees_populatie
from ..invoer.steekproef import Laag, Plan, Populatie, Steekproef, Strata, Toewijzing
from ..invoer.steekproefplan import TREKKING, plan_omvang, trek
from ..problemen import InvoerFout, Probleem, heeft_fouten
from .steekproefcontrole import controleer_populatie


class TrekkingFout(Exception):
    """A steekproef that cannot be drawn as asked (a usage error, with a Dutch message)."""


@dataclass(frozen=True)
class Verzoek:
    """What to draw: either a fixed `omvang`, or a plan from `betrouwbaarheid`, `tolerantie` and `verwacht`."""

    gemeente: str
    zaad: str
    omvang: int | None = None
    betrouwbaarheid: float = 0.95
    tolerantie: float | None = None
    verwacht: float = 0.0
    reserve: int = 0
    strata: str | None = None
    toewijzing: Toewijzing = Toewijzing.PROPORTIONEEL


def _plan(verzoek: Verzoek) -> Plan:
    if verzoek.omvang is not None:
        return Plan(omvang=verzoek.omvang, betrouwbaarheid=verzoek.betrouwbaarheid)
    assert verzoek.tolerantie is not None
    omvang = plan_omvang(verzoek.betrouwbaarheid, verzoek.tolerantie, verzoek.verwacht)
    if omvang is None:
        raise TrekkingFout("geen steekproef tot 5000 dossiers haalt deze betrouwbaarheid en tolerantie; kies een "
                           "grotere tolerantie of een lager verwacht aandeel")
    return Plan(omvang=omvang, betrouwbaarheid=verzoek.betrouwbaarheid, tolerantie=verzoek.tolerantie,
                verwacht=verzoek.verwacht)


def trek_steekproef(populatiebestand: Path, verzoek: Verzoek) -> tuple[Steekproef | None, list[Probleem]]:
    """The steekproef drawn from `populatiebestand` as `verzoek` asks, or None and the problems in the file."""
    try:
        tabel = lees_populatie(populatiebestand)
    except InvoerFout as fout:
        return None, fout.problemen
    populatie, problemen = controleer_populatie(tabel)
    if heeft_fouten(problemen):
        return None, problemen
    plan = _plan(verzoek)
    n = len(populatie.zaaknummers)
    if plan.omvang + verzoek.reserve > n:
        raise TrekkingFout(f"de populatie heeft {n} dossiers; een steekproef van {plan.omvang} met "
                           f"{verzoek.reserve} reserves past daar niet in")
    strata = None
    kolom: str | None = None
    if verzoek.strata is not None:
        kolom = next((k for k in tabel.kolommen if k.casefold() == verzoek.strata.casefold()), None)
        if kolom is None or kolom.casefold() in ("zaaknummer", "dossier"):
            raise TrekkingFout(f"het populatiebestand heeft geen kolom '{verzoek.strata}' om op te stratificeren; "
                               f"kolommen: {', '.join(k for k in tabel.kolommen if k)}")
        waarden = populatie.kolommen.get(kolom, {})
        strata = {zaak: waarden.get(zaak, "(leeg)") for zaak in populatie.zaaknummers}
    trekking = trek(verzoek.zaad, populatie.zaaknummers, plan.omvang, verzoek.reserve, strata,
                    gelijk=verzoek.toewijzing is Toewijzing.GELIJK)
    if len(trekking.geselecteerd) < plan.omvang or len(trekking.reserve) < verzoek.reserve:
        raise TrekkingFout("de strata zijn te klein voor deze verdeling; kies proportionele toewijzing of een "
                           "kleinere steekproef")
    steekproef = Steekproef(
        gemeente=verzoek.gemeente,
        populatie=Populatie(bestand=tabel.naam, sha256=tabel.sha256, rijen=n),
        methode=TREKKING, plan=plan, zaad=verzoek.zaad,
        strata=None if strata is None or kolom is None else Strata(
            kolom=kolom, toewijzing=verzoek.toewijzing,
            lagen=[Laag(waarde=w, populatie=p, omvang=o, reserve=r) for w, (p, o, r) in trekking.lagen.items()]),
        geselecteerd=trekking.geselecteerd, reserve=trekking.reserve)
    return steekproef, problemen
