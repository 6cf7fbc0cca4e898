"""What a steekproef allows to conclude, as plain data for the reports and columns for the exports.

Per gemeente with a steekproef and per dossier-level indicator: of the n dossiers in which the indicator
could be judged, how many voldoen, the share with its 95% interval (Wilson), and the one-sided upper bound on
the share of *all* dossiers of the wijkteam that do not (fully) voldoen, at the plan's betrouwbaarheid
(Clopper-Pearson, binomial: as jfa and the AICPA tables evaluate an attribute sample). 'Voldoet deels' counts
as not voldoen; 'niet van toepassing' and 'niet te beoordelen' do not count. The verantwoording describes the
steekproef: population, size, method, zaad, strata and replacements. No I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ..invoer.gemeenten import slug
from ..invoer.kader import Oordeel
from ..invoer.persoonsgegevens import toon
from ..invoer.steekproef import Steekproef
from ..invoer.steekproefplan import bovengrens, wilson
from ..problemen import toon_bestandsnaam

BEOORDEELBAAR = (Oordeel.VOLDOET.value, Oordeel.VOLDOET_DEELS.value, Oordeel.VOLDOET_NIET.value)
INTERVAL = 0.95
"""The two-sided interval of a share is always a 95% interval; the upper bound uses the plan's level."""

EXPORTKOLOMMEN = ("interval_ondergrens", "interval_bovengrens", "niet_voldoen_bovengrens")


def procent(waarde: float) -> str:
    """A share as a Dutch whole percentage: 0.2209 -> '22%'."""
    return f"{round(waarde * 100)}%"


def zoek(steekproeven: Mapping[str, Steekproef], gemeente: str) -> Steekproef | None:
    """The steekproef of `gemeente` (names compared by slug)."""
    return next((s for g, s in steekproeven.items() if slug(g) == slug(gemeente)), None)


def indicatorcijfers(tabel: pd.DataFrame, steekproef: Steekproef) -> dict[str, dict[str, Any]]:
    """Per indicator id (judged in at least one counted dossier of the table) the figures and the statement."""
    dossiers = tabel[(tabel["soort"] == "dossier") & tabel["telt_mee"].astype(bool)
                     & tabel["oordeel"].isin(BEOORDEELBAAR)]
    niveau = steekproef.plan.betrouwbaarheid
    cijfers: dict[str, dict[str, Any]] = {}
    for indicator, groep in dossiers.groupby("indicator", sort=False):
        n = len(groep)
        voldoet = int((groep["oordeel"] == Oordeel.VOLDOET.value).sum())
        onder, boven = wilson(voldoet, n, INTERVAL)
        max_niet = bovengrens(n - voldoet, n, niveau)
        zin = (f"Met {procent(niveau)} zekerheid voldoet ten hoogste {procent(max_niet)} van alle "
               f"{steekproef.populatie.rijen} dossiers van het wijkteam niet of maar deels aan deze indicator.")
        tolerantie = steekproef.plan.tolerantie
        if tolerantie is not None:
            zin += (f" Dat is minder dan de tolerantie van {procent(tolerantie)}: de steekproef laat de conclusie toe "
                    "dat het wijkteam hierop voldoet." if max_niet < tolerantie else
                    f" Dat is meer dan de tolerantie van {procent(tolerantie)}: de steekproef laat niet de conclusie "
                    "toe dat het wijkteam hierop voldoet.")
        cijfers[str(indicator)] = {
            "n": n, "voldoet": voldoet, "aandeel": voldoet / n, "ondergrens": onder, "bovengrens": boven,
            "max_niet": max_niet, "betrouwbaarheid": niveau, "populatie": steekproef.populatie.rijen,
            "interval_tekst": f"{procent(voldoet / n)} voldoet (95%-interval {procent(onder)} tot {procent(boven)})",
            "zin": zin,
        }
    return cijfers


def steekproef_gegevens(steekproef: Steekproef | None, tabel: pd.DataFrame, toon_dossiers: bool) -> dict[str, Any]:
    """The plain data the report templates get for one gemeente: the figures per indicator and the
    verantwoording of the steekproef (None-valued `plan` when there is no steekproef)."""
    if steekproef is None:
        return {"aanwezig": False, "indicatoren": {}}
    plan = steekproef.plan
    dossiers = tabel[(tabel["soort"] == "dossier") & tabel["telt_mee"].astype(bool)]
    vervangingen = []
    for nummer, v in enumerate(steekproef.vervangingen, 1):
        vervangingen.append({
            "dossier": v.dossier if toon_dossiers else f"geselecteerd dossier {steekproef.geselecteerd.index(v.dossier) + 1}",
            "reserve": (v.reserve if toon_dossiers else f"reserve {steekproef.reserve.index(v.reserve) + 1}")
            if v.reserve else "geen (niet vervangen)",
            "reden": v.reden, "nummer": nummer})
    strata = None
    if steekproef.strata is not None:
        strata = {"kolom": toon(steekproef.strata.kolom), "toewijzing": steekproef.strata.toewijzing.value,
                  "lagen": [{"waarde": toon(laag.waarde), "populatie": laag.populatie, "omvang": laag.omvang}
                            for laag in steekproef.strata.lagen]}
    return {
        "aanwezig": True,
        "indicatoren": indicatorcijfers(tabel, steekproef),
        "populatie": steekproef.populatie.rijen,
        "bestand": toon(toon_bestandsnaam(steekproef.populatie.bestand)),
        "sha256": steekproef.populatie.sha256[:16],
        "omvang": plan.omvang,
        "beoordeeld": int(dossiers["dossier"].nunique()),
        "betrouwbaarheid": procent(plan.betrouwbaarheid),
        "tolerantie": procent(plan.tolerantie) if plan.tolerantie is not None else None,
        "verwacht": procent(plan.verwacht or 0.0) if plan.tolerantie is not None else None,
        "methode": toon(steekproef.methode),
        "zaad": toon(steekproef.zaad),
        "reserves": len(steekproef.reserve),
        "strata": strata,
        "vervangingen": vervangingen,
    }


def overzicht(tabel: pd.DataFrame, steekproeven: Mapping[str, Steekproef], gemeenten: list[str]) -> dict[str, Any]:
    """For the overarching report: per gemeente with a steekproef its size and, per indicator, the share voldoet
    with its interval and the upper bound on not voldoen; and the gemeenten without a steekproef."""
    met: list[dict[str, Any]] = []
    zonder: list[str] = []
    for gemeente in gemeenten:
        steekproef = zoek(steekproeven, gemeente)
        if steekproef is None:
            zonder.append(gemeente)
            continue
        eigen = tabel[tabel["gemeente"] == gemeente]
        cijfers = indicatorcijfers(eigen, steekproef)
        nummers = dict(zip(eigen["indicator"], eigen["nummer"], strict=True))
        met.append({
            "gemeente": gemeente, "populatie": steekproef.populatie.rijen, "omvang": steekproef.plan.omvang,
            "vervangen": len(steekproef.vervangingen), "betrouwbaarheid": procent(steekproef.plan.betrouwbaarheid),
            "indicatoren": [{"nummer": nummers[i], "n": c["n"], "interval_tekst": c["interval_tekst"],
                             "max_niet": procent(c["max_niet"])}
                            for i, c in sorted(cijfers.items(), key=lambda ic: [int(d) for d in nummers[ic[0]].split(".")])],
        })
    return {"met": met, "zonder": zonder}


def met_steekproefcijfers(tabel: pd.DataFrame, steekproeven: Mapping[str, Steekproef]) -> pd.DataFrame:
    """The tidy table with the figures of its gemeente's steekproef on each dossier row (`EXPORTKOLOMMEN`:
    the 95% interval of the share voldoet and the upper bound on not voldoen in the population; empty
    without a steekproef)."""
    tabel = tabel.copy()
    for kolom in EXPORTKOLOMMEN:
        tabel[kolom] = None
    if tabel.empty:
        return tabel
    for gemeente, eigen in tabel.groupby("gemeente", sort=False):
        steekproef = zoek(steekproeven, str(gemeente))
        if steekproef is None:
            continue
        cijfers = indicatorcijfers(eigen, steekproef)
        rijen = eigen.index[(eigen["soort"] == "dossier") & eigen["indicator"].isin(list(cijfers))]
        for kolom, sleutel in zip(EXPORTKOLOMMEN, ("ondergrens", "bovengrens", "max_niet"), strict=True):
            tabel.loc[rijen, kolom] = [round(cijfers[i][sleutel], 4) for i in tabel.loc[rijen, "indicator"]]
    return tabel
