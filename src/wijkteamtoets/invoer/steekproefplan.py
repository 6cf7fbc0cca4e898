"""Attribute sampling for a steekproef of dossiers: the planned size, the reproducible draw and the bounds.

Pure functions on numbers and ids, no I/O. The distributions come from scipy (imported inside the
functions, so commands that only read a steekproef file stay fast).

*Plan.* As jfa plans an attribute sample with the binomial likelihood (and as the AICPA audit sampling
tables do): the smallest n for which, with k = ceil(verwacht · n) expected deviations, the chance of seeing
at most k deviations when the true rate equals the tolerable rate is below 1 − betrouwbaarheid. With
0.95 / 0.10 / 0 that is 29 dossiers.

*Bounds.* The one-sided upper bound on the deviation rate after k deviations in n is the Clopper-Pearson
bound (the quantile of Beta(k + 1, n − k)), as jfa's `evaluation(method = "binomial")` and AICPA's tables
give it. The two-sided interval of a share is Wilson's score interval.

*Draw.* Every zaaknummer gets a key: the SHA-256 of ``<zaad>\\x00<zaaknummer>`` (UTF-8). The rows are
ranked by key (ties, which SHA-256 makes practically impossible, by zaaknummer); the first n are the
sample in draw order, the next ones the reserves. Only SHA-256 and string order decide, so the same
population and zaad give the same sample on every machine and Python version; this method is named
`TREKKING` in every steekproef file. With strata each stratum is ranked the same way and gets its share
of the sample (proportional by largest remainder, or equal), and the sample and reserves are listed in
key order.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

TREKKING = "sha256-rangorde-v1"
"""Name of the draw method; a different method must get a different name."""

MAX_OMVANG = 5000
"""The largest planned size searched for (a plan that needs more cannot be met with dossiers read by hand)."""


def verwachte_afwijkingen(verwacht: float, n: int) -> int:
    """The deviations expected in a sample of `n` at rate `verwacht` (rounded up, as jfa does)."""
    return math.ceil(verwacht * n)


def plan_omvang(betrouwbaarheid: float, tolerantie: float, verwacht: float = 0.0) -> int | None:
    """The planned sample size (binomial, as jfa and AICPA); None when no size up to `MAX_OMVANG` suffices."""
    from scipy.stats import binom  # type: ignore[import-untyped]

    if not (0 < betrouwbaarheid < 1 and 0 < tolerantie < 1 and 0 <= verwacht < tolerantie):
        raise ValueError("betrouwbaarheid and tolerantie between 0 and 1, verwacht below tolerantie")
    risico = 1 - betrouwbaarheid
    for n in range(1, MAX_OMVANG + 1):
        if binom.cdf(verwachte_afwijkingen(verwacht, n), n, tolerantie) < risico:
            return n
    return None


def bovengrens(afwijkingen: int, n: int, betrouwbaarheid: float = 0.95) -> float:
    """The one-sided upper bound on the deviation rate after `afwijkingen` in `n` (Clopper-Pearson)."""
    from scipy.stats import beta

    if not 0 <= afwijkingen <= n or n < 1:
        raise ValueError("0 <= afwijkingen <= n and n >= 1")
    if afwijkingen == n:
        return 1.0
    return float(beta.ppf(betrouwbaarheid, afwijkingen + 1, n - afwijkingen))


def wilson(successen: int, n: int, betrouwbaarheid: float = 0.95) -> tuple[float, float]:
    """Wilson's score interval for a share of `successen` in `n` (two-sided, at `betrouwbaarheid`)."""
    from scipy.stats import norm

    if not 0 <= successen <= n or n < 1:
        raise ValueError("0 <= successen <= n and n >= 1")
    z = float(norm.ppf(1 - (1 - betrouwbaarheid) / 2))
    p = successen / n
    noemer = 1 + z * z / n
    midden = (p + z * z / (2 * n)) / noemer
    breedte = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / noemer
    return max(0.0, midden - breedte), min(1.0, midden + breedte)


def sleutel(zaad: str, zaaknummer: str) -> str:
    """The rank key of a zaaknummer under a zaad (hex SHA-256)."""
    return hashlib.sha256(f"{zaad}\x00{zaaknummer}".encode()).hexdigest()


def rangorde(zaad: str, zaaknummers: Sequence[str]) -> list[str]:
    """The zaaknummers in draw order under `zaad`."""
    return sorted(zaaknummers, key=lambda z: (sleutel(zaad, z), z))


def verdeel(omvang: int, groottes: Mapping[str, int], gelijk: bool = False) -> dict[str, int]:
    """How many of `omvang` each stratum gets: proportional to its size (largest remainder; ties to the
    larger stratum, then by name) or `gelijk` (equal shares, the rest to the larger strata); never more
    than a stratum holds."""
    namen = sorted(groottes, key=lambda s: (-groottes[s], s))
    totaal = sum(groottes.values())
    omvang = min(omvang, totaal)
    if not namen:
        return {}
    aandeel = {s: (omvang / len(namen) if gelijk else omvang * groottes[s] / totaal) for s in namen}
    toegewezen = {s: min(math.floor(aandeel[s]), groottes[s]) for s in namen}
    rest = omvang - sum(toegewezen.values())
    while rest > 0:
        # the largest remainder first; a full stratum gets nothing more
        kandidaten = [s for s in namen if toegewezen[s] < groottes[s]]
        kandidaten.sort(key=lambda s: (-(aandeel[s] - toegewezen[s]), -groottes[s], s))
        toegewezen[kandidaten[0]] += 1
        rest -= 1
    return toegewezen


@dataclass(frozen=True)
class Trekking:
    """The outcome of a draw: the sample and the reserves (both in draw order), and per stratum its size,
    sample and reserves."""

    geselecteerd: list[str]
    reserve: list[str]
    lagen: dict[str, tuple[int, int, int]]  # stratum -> (populatie, omvang, reserve)


def trek(zaad: str, zaaknummers: Sequence[str], omvang: int, reserve: int = 0,
         strata: Mapping[str, str] | None = None, gelijk: bool = False) -> Trekking:
    """Draw `omvang` zaaknummers and `reserve` reserves under `zaad`; with `strata` (zaaknummer -> stratum)
    per stratum, allocated proportionally or `gelijk`."""
    if strata is None:
        volgorde = rangorde(zaad, zaaknummers)
        return Trekking(volgorde[:omvang], volgorde[omvang:omvang + reserve], {})
    per_laag: dict[str, list[str]] = {}
    for zaak in zaaknummers:
        per_laag.setdefault(strata[zaak], []).append(zaak)
    groottes = {laag: len(zaken) for laag, zaken in per_laag.items()}
    steekproef = verdeel(omvang, groottes, gelijk)
    over = {laag: groottes[laag] - steekproef[laag] for laag in groottes}
    reserves = verdeel(reserve, over, gelijk)
    gekozen: list[str] = []
    achter: list[str] = []
    for laag, zaken in per_laag.items():
        volgorde = rangorde(zaad, zaken)
        gekozen += volgorde[:steekproef[laag]]
        achter += volgorde[steekproef[laag]:steekproef[laag] + reserves[laag]]
    lagen = {laag: (groottes[laag], steekproef[laag], reserves[laag]) for laag in sorted(groottes)}
    return Trekking(rangorde(zaad, gekozen), rangorde(zaad, achter), lagen)
