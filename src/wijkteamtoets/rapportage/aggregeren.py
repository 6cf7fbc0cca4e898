"""Aggregating oordelen per gemeente, indicator, criterium and thema with pandas. No I/O.

Everything starts from one tidy table (`oordelentabel`): a row per file x indicator. From it:

* `verdelingen`: per gemeente and dossier-level indicator, how many dossiers got each oordeel;
* `gemeenteoordelen`: per gemeente and indicator the oordeel by the kader's normering (for an
  indicator on both levels, the least favourable of the dossier part and the gemeente part);
* `samenvatten`: the roll-up per criterium and thema by the kader's rules;
* `tekortkomingen`: the eisen that were answered 'nee' most often.

A dossier rated by two beoordelaars counts once: its consensus when there is one, otherwise the first
rating (earliest datum, then beoordelaar code); the independent ratings are used to measure agreement
(`overeenstemming`, and `betrouwbaarheid` for kappa and alpha). The rule lives in `beoordelen.dubbel`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..beoordelen.afleiden import Beoordeling, oordeel_uit_oordelen
from ..beoordelen.dubbel import tellende_bestanden
from ..invoer.kader import BEOORDEELBARE_OORDELEN, Kader, Niveau, Oordeel, nummer_sleutel

KOLOMMEN = [
    "gemeente", "soort", "dossier", "bestand", "team", "beoordelaar", "datum", "consensus", "telt_mee",
    "thema", "thema_titel", "criterium", "criterium_tekst", "nummer", "indicator", "indicator_tekst",
    "oordeel", "afgeleid", "afwijking", "motivatie", "score", "niet_voldaan",
]
"""The columns of the tidy table, also of the CSV, JSON and Excel exports."""


def oordelentabel(beoordelingen: Iterable[Beoordeling]) -> pd.DataFrame:
    """One row per file x indicator, with `telt_mee` True for the one rating of each dossier that counts."""
    lijst = list(beoordelingen)
    tellend = tellende_bestanden(lijst)
    rijen = []
    for b in lijst:
        for o in b.oordelen:
            rijen.append({
                "gemeente": b.gemeente, "soort": b.soort, "dossier": b.naam if b.soort == "dossier" else "",
                "bestand": b.pad, "team": b.team, "beoordelaar": b.beoordelaar,
                "datum": b.datum.isoformat() if b.datum else "", "consensus": b.consensus,
                "telt_mee": b.pad in tellend,
                "thema": o.thema, "thema_titel": o.thema_titel, "criterium": o.criterium,
                "criterium_tekst": o.criterium_tekst, "nummer": o.nummer, "indicator": o.indicator,
                "indicator_tekst": o.indicator_tekst, "oordeel": o.oordeel.value, "afgeleid": o.afgeleid.value,
                "afwijking": o.afwijking is not None, "motivatie": o.afwijking.motivatie if o.afwijking else "",
                "score": o.score, "niet_voldaan": ";".join(o.niet_voldaan),
            })
    tabel = pd.DataFrame(rijen, columns=KOLOMMEN)
    if tabel.empty:
        return tabel
    return tabel.sort_values(["gemeente", "soort", "dossier", "consensus", "datum", "beoordelaar", "bestand",
                              "nummer"], kind="stable", key=_natuurlijk).reset_index(drop=True)


def verdelingen(tabel: pd.DataFrame) -> pd.DataFrame:
    """Per gemeente and dossier-level indicator: the number of dossiers per oordeel, and the share voldoet
    among the dossiers where the indicator could be judged."""
    dossiers = tabel[(tabel["soort"] == "dossier") & tabel["telt_mee"]]
    telling = (dossiers.groupby(["gemeente", "nummer", "indicator", "oordeel"]).size()
               .unstack("oordeel", fill_value=0)
               .reindex(columns=[o.value for o in Oordeel], fill_value=0))
    telling["beoordeeld"] = telling[[o.value for o in BEOORDEELBARE_OORDELEN]].sum(axis=1)
    telling["dossiers"] = telling[[o.value for o in Oordeel]].sum(axis=1)
    telling["aandeel_voldoet"] = (telling["voldoet"] / telling["beoordeeld"]).where(telling["beoordeeld"] > 0)
    return telling.reset_index().sort_values(["gemeente", "nummer"], kind="stable", key=_natuurlijk,
                                             ignore_index=True)


def _natuurlijk(kolom: pd.Series) -> pd.Series:
    """Sort key for `sort_values`: the `nummer` column in natural order (1.1.2 before 1.1.10)."""
    return kolom.map(nummer_sleutel) if kolom.name == "nummer" else kolom


def gemeenteoordelen(tabel: pd.DataFrame, kader: Kader) -> pd.DataFrame:
    """Per gemeente and indicator: the oordeel from the dossiers, from the gemeente file, and combined."""
    indicatoren = {i.id: i for _, _, i in kader.indicatoren()}
    weging = kader.normering.dossiers
    # grouped once (not filtered per gemeente and indicator: that was quadratic in the number of gemeenten)
    dossierdeel = tabel[(tabel["soort"] == "dossier") & tabel["telt_mee"]]
    uit_dossiers: dict[tuple[Any, ...], list[str]] = {
        sleutel: list(groep) for sleutel, groep in dossierdeel.groupby(["gemeente", "indicator"], sort=False)["oordeel"]}
    uit_gemeente: dict[tuple[Any, ...], str] = {
        sleutel: groep.iloc[0] for sleutel, groep
        in tabel[tabel["soort"] == "gemeente"].groupby(["gemeente", "indicator"], sort=False)["oordeel"]}
    rijen = []
    for gemeente in sorted(tabel["gemeente"].unique()):
        for thema, criterium, indicator in kader.indicatoren():
            dossieroordeel = score = None
            if indicator.niveau is not Niveau.GEMEENTE:
                dossieroordeel, score = oordeel_uit_oordelen(
                    [Oordeel(o) for o in uit_dossiers.get((gemeente, indicator.id), [])], weging)
            eigen_oordeel = uit_gemeente.get((gemeente, indicator.id))
            gemeentedeel = Oordeel(eigen_oordeel) if eigen_oordeel is not None else (
                Oordeel.NIET_TE_BEOORDELEN if indicator.niveau is not Niveau.DOSSIER else None)
            rijen.append({
                "gemeente": gemeente, "thema": thema.id, "criterium": criterium.id, "indicator": indicator.id,
                "niveau": indicatoren[indicator.id].niveau.value,
                "uit_dossiers": dossieroordeel.value if dossieroordeel else "",
                "score_dossiers": score,
                "op_gemeenteniveau": gemeentedeel.value if gemeentedeel else "",
                "oordeel": _minst_gunstig([o for o in (dossieroordeel, gemeentedeel) if o is not None]).value,
            })
    return pd.DataFrame(rijen)


def _minst_gunstig(oordelen: list[Oordeel]) -> Oordeel:
    """The least favourable of the oordelen of both parts of an indicator; a definite 'voldoet niet'
    wins over an open part, an open part wins over a favourable one."""
    if Oordeel.VOLDOET_NIET in oordelen:
        return Oordeel.VOLDOET_NIET
    if Oordeel.NIET_TE_BEOORDELEN in oordelen:
        return Oordeel.NIET_TE_BEOORDELEN
    beoordeeld = [o for o in oordelen if o in BEOORDEELBARE_OORDELEN]
    if not beoordeeld:
        return Oordeel.NIET_VAN_TOEPASSING
    return max(beoordeeld, key=list(BEOORDEELBARE_OORDELEN).index)


def samenvatten(oordelen: pd.DataFrame, kader: Kader) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The roll-up per gemeente: criterium oordelen from their indicatoren, thema oordelen from their criteria."""
    criteria, themas = [], []
    per_criterium: dict[tuple[Any, ...], list[str]] = {
        sleutel: list(groep) for sleutel, groep in oordelen.groupby(["gemeente", "criterium"], sort=False)["oordeel"]}
    for gemeente in sorted(oordelen["gemeente"].unique()):
        for thema in kader.themas:
            criteriumoordelen = []
            for criterium in thema.criteria:
                onder = [Oordeel(o) for o in per_criterium.get((gemeente, criterium.id), [])]
                oordeel, score = oordeel_uit_oordelen(onder, kader.normering.indicatoren)
                criteriumoordelen.append(oordeel)
                criteria.append({"gemeente": gemeente, "thema": thema.id, "criterium": criterium.id,
                                 "oordeel": oordeel.value, "score": score})
            oordeel, score = oordeel_uit_oordelen(criteriumoordelen, kader.normering.criteria)
            themas.append({"gemeente": gemeente, "thema": thema.id, "oordeel": oordeel.value, "score": score})
    return pd.DataFrame(criteria), pd.DataFrame(themas)


def tekortkomingen(tabel: pd.DataFrame, aantal: int = 3) -> pd.DataFrame:
    """Per gemeente and indicator the eisen answered 'nee' most often (counted dossiers only)."""
    dossiers = tabel[(tabel["soort"] == "dossier") & tabel["telt_mee"] & (tabel["niet_voldaan"] != "")]
    if dossiers.empty:
        return pd.DataFrame(columns=["gemeente", "indicator", "eis", "aantal"])
    eisen = dossiers.assign(eis=dossiers["niet_voldaan"].str.split(";")).explode("eis")
    telling = eisen.groupby(["gemeente", "indicator", "eis"]).size().rename("aantal").reset_index()
    telling = telling.sort_values(["gemeente", "indicator", "aantal", "eis"], ascending=[True, True, False, True],
                                  kind="stable")
    return telling.groupby(["gemeente", "indicator"]).head(aantal).reset_index(drop=True)


@dataclass(frozen=True)
class Overeenstemming:
    """Agreement between two beoordelaars on the dossiers they both rated."""

    dossiers: int
    indicatoren: int
    gelijk: int

    @property
    def aandeel(self) -> float | None:
        return self.gelijk / self.indicatoren if self.indicatoren else None


def overeenstemming(tabel: pd.DataFrame, gemeente: str | None = None) -> Overeenstemming:
    """How often the first and second independent rating of double-rated dossiers gave the same oordeel."""
    dossiers = tabel[(tabel["soort"] == "dossier") & ~tabel["consensus"].astype(bool)]
    if gemeente is not None:
        dossiers = dossiers[dossiers["gemeente"] == gemeente]
    dossiers = dossiers.sort_values(["gemeente", "dossier", "indicator", "datum", "beoordelaar", "bestand"],
                                    kind="stable")
    rang = dossiers.groupby(["gemeente", "dossier", "indicator"]).cumcount()
    eerste = dossiers[rang == 0].set_index(["gemeente", "dossier", "indicator"])["oordeel"]
    tweede = dossiers[rang == 1].set_index(["gemeente", "dossier", "indicator"])["oordeel"]
    samen = pd.concat([eerste.rename("eerste"), tweede.rename("tweede")], axis=1, join="inner")
    return Overeenstemming(dossiers=samen.reset_index()[["gemeente", "dossier"]].drop_duplicates().shape[0],
                           indicatoren=len(samen), gelijk=int((samen["eerste"] == samen["tweede"]).sum()))


def te_weinig_dossiers(telling: dict[str, int], minimaal: int) -> str:
    """Why a gemeente gets no oordeel on an indicator from its dossiers (fewer judged than the normering asks),
    and what those few dossiers showed; '' when there are enough."""
    beoordeeld = sum(telling.get(o.value, 0) for o in BEOORDEELBARE_OORDELEN)
    if beoordeeld == 0 or beoordeeld >= minimaal:
        return ""
    getoond = ", ".join(f"{telling[o.value]} {o.value}" for o in BEOORDEELBARE_OORDELEN if telling.get(o.value))
    woord = "dossier" if beoordeeld == 1 else "dossiers"
    return (f"geen oordeel uit de dossiers: {beoordeeld} beoordeeld {woord}, de normering vraagt er minstens "
            f"{minimaal}; wat er is: {getoond}")
