"""Reports: plain data for the templates, and rendering through Jinja. Rendering is a pure function.

`deelrapport_gegevens` and `overkoepelend_gegevens` turn the aggregation into plain dicts and lists
(templates never see models or DataFrames); `render` fills a template from the package's `sjablonen/`
or from an inspectorate's own folder. HTML is always autoescaped; Markdown output escapes the
characters that would become HTML when the Markdown is converted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from ..beoordelen.afleiden import Beoordeling
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.gemeenten import slug
from ..invoer.kader import Kader, Nummer, Oordeel
from ..invoer.onderzoek import Onderzoek
from .aggregeren import gemeenteoordelen, overeenstemming, samenvatten, te_weinig_dossiers, tekortkomingen, verdelingen
from .beoordelingen import TEKEN
from .delen import (
    aanbevelingen_per_thema,
    betrouwbaarheid_gegevens,
    datum_tekst,
    dossiernamen,
    geordende_aanbevelingen,
    gesprekken,
    kader_gegevens,
    publicatie_gegevens,
    tegenstrijdigheden,
    voorbeelden_van,
    voorbeeldkaders,
    wederhoor_gegevens,
)

SLUG = {
    Oordeel.VOLDOET: "voldoet",
    Oordeel.VOLDOET_DEELS: "deels",
    Oordeel.VOLDOET_NIET: "niet",
    Oordeel.NIET_VAN_TOEPASSING: "nvt",
    Oordeel.NIET_TE_BEOORDELEN: "ntb",
}
VOORBEELDEN_PER_INDICATOR = 2


def bestandsnaam(gemeente: str) -> str:
    """A file-name part for a gemeente: 'Bergen op Zoom' -> 'bergen-op-zoom'."""
    return slug(gemeente)


def _procent(deel: float | None) -> str:
    return "–" if deel is None or pd.isna(deel) else f"{round(deel * 100)}%"


def _oordeel(waarde: str) -> dict[str, str]:
    """An oordeel for a template: its text, its symbol and a CSS class (never colour alone)."""
    oordeel = Oordeel(waarde) if waarde else Oordeel.NIET_TE_BEOORDELEN
    return {"tekst": oordeel.value, "teken": TEKEN[oordeel], "klasse": SLUG[oordeel]}


def _segmenten(telling: dict[str, int]) -> list[dict[str, Any]]:
    """Stacked-bar segments (x and width in percent) for a distribution of oordelen."""
    totaal = sum(telling.values())
    segmenten, x = [], 0.0
    for oordeel in Oordeel:
        aantal = telling.get(oordeel.value, 0)
        if totaal and aantal:
            breedte = 100 * aantal / totaal
            segmenten.append({"x": round(x, 3), "breedte": round(breedte, 3), "aantal": aantal,
                              **_oordeel(oordeel.value)})
            x += breedte
    return segmenten


def _zin(rij: pd.Series) -> str:
    """'4 van de 10 dossiers voldoen', with the ones left out of the count named."""
    beoordeeld, voldoet = int(rij["beoordeeld"]), int(rij["voldoet"])
    delen = [f"{voldoet} van de {beoordeeld} beoordeelde dossiers {'voldoet' if voldoet == 1 else 'voldoen'}"
             f" ({_procent(rij['aandeel_voldoet'])})"]
    buiten = [f"{int(rij[o.value])} {o.value}" for o in (Oordeel.NIET_VAN_TOEPASSING, Oordeel.NIET_TE_BEOORDELEN)
              if int(rij[o.value])]
    if buiten:
        delen.append(f"niet meegeteld: {', '.join(buiten)}")
    return "; ".join(delen)


@dataclass(frozen=True)
class Aggregaten:
    """The aggregations a deelrapport shows, computed once over the whole table and split per gemeente: for
    a national round, filtering and grouping the table again for each of 342 deelrapporten cost far more."""

    oordelen: dict[str, pd.DataFrame]
    criteria: dict[str, pd.DataFrame]
    themas: dict[str, pd.DataFrame]
    verdeling: dict[str, pd.DataFrame]
    tekort: dict[str, pd.DataFrame]
    leeg_tekort: pd.DataFrame

    @classmethod
    def bereken(cls, tabel: pd.DataFrame, kader: Kader) -> Aggregaten:
        def per_gemeente(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
            return {str(g): deel for g, deel in frame.groupby("gemeente", sort=False)} if len(frame) else {}

        oordelen = gemeenteoordelen(tabel, kader) if len(tabel) else pd.DataFrame()
        criteria, themas = samenvatten(oordelen, kader) if len(oordelen) else (pd.DataFrame(), pd.DataFrame())
        return cls(oordelen=per_gemeente(oordelen), criteria=per_gemeente(criteria), themas=per_gemeente(themas),
                   verdeling={g: v.set_index("indicator") for g, v in per_gemeente(verdelingen(tabel)).items()}
                   if len(tabel) else {},
                   tekort=per_gemeente(tekortkomingen(tabel)), leeg_tekort=tekortkomingen(tabel.iloc[0:0]))


def deelrapport_gegevens(gemeente: str, tabel: pd.DataFrame, beoordelingen: list[Beoordeling],
                         bevindingen: Gemeentebevindingen | None, kader: Kader, *,
                         toon_dossiers: bool = False, onderzoek: Onderzoek | None = None,
                         aggregaten: Aggregaten | None = None, dossierbestanden: Mapping[str, Dossier] | None = None
                         ) -> dict[str, Any]:
    """Everything the deelrapport of `gemeente` shows, as plain data. `aggregaten`: computed once for all
    gemeenten (when many deelrapporten are made); otherwise they are computed from `tabel` here."""
    eigen_tabel = tabel[tabel["gemeente"] == gemeente]
    eigen = [b for b in beoordelingen if b.gemeente == gemeente]
    tellende_bestanden = set(eigen_tabel.loc[eigen_tabel["telt_mee"], "bestand"])
    geteld = {b.pad for b in eigen if b.pad in tellende_bestanden}
    namen = dossiernamen(eigen, toon_dossiers)
    if aggregaten is None:
        aggregaten = Aggregaten.bereken(eigen_tabel, kader)
    oordelen = aggregaten.oordelen[gemeente]
    criteria, themas = aggregaten.criteria[gemeente], aggregaten.themas[gemeente]
    verdeling = aggregaten.verdeling.get(gemeente, pd.DataFrame())
    tekort = aggregaten.tekort.get(gemeente, aggregaten.leeg_tekort)
    vragen = {v.id: v.vraag for _, _, i in kader.indicatoren() for v in [*i.feiten, *i.eisen]}
    per_indicator = oordelen.set_index("indicator")
    kaders_per_thema = voorbeeldkaders(voorbeelden_van(eigen, geteld, dossierbestanden or {},
                                                       [bevindingen] if bevindingen else []))

    thema_lijst = []
    for t, thema in enumerate(kader.themas, 1):
        criterium_lijst = []
        for c, criterium in enumerate(thema.criteria, 1):
            indicator_lijst = []
            for i, indicator in enumerate(criterium.indicatoren, 1):
                rij = cast(pd.Series, per_indicator.loc[indicator.id])
                gegevens: dict[str, Any] = {
                    "nummer": str(Nummer(t, c, i)), "id": indicator.id, "tekst": indicator.tekst,
                    "niveau": indicator.niveau.value, "oordeel": _oordeel(rij["oordeel"]),
                    "uit_dossiers": _oordeel(rij["uit_dossiers"]) if rij["uit_dossiers"] else None,
                    "op_gemeenteniveau": _oordeel(rij["op_gemeenteniveau"]) if rij["op_gemeenteniveau"] else None,
                    "verdeling": None, "tekortkomingen": [], "voorbeelden": [], "gemeentebevindingen": [],
                    "waarom": "",
                }
                if indicator.id in verdeling.index:
                    v = cast(pd.Series, verdeling.loc[indicator.id])
                    telling = {o.value: int(v[o.value]) for o in Oordeel}
                    gegevens["verdeling"] = {"telling": [{"aantal": telling[o.value], **_oordeel(o.value)}
                                                         for o in Oordeel],
                                             "segmenten": _segmenten(telling), "zin": _zin(v),
                                             "dossiers": int(v["dossiers"])}
                    gegevens["waarom"] = te_weinig_dossiers(telling, kader.normering.dossiers.minimaal_beoordeeld)
                eigen_tekort = tekort[tekort["indicator"] == indicator.id]
                gegevens["tekortkomingen"] = [
                    {"vraag": vragen.get(str(eis), str(eis)), "aantal": int(keer)}
                    for eis, keer in zip(eigen_tekort["eis"], eigen_tekort["aantal"], strict=True)]
                gegevens["voorbeelden"] = _voorbeelden(eigen, geteld, indicator.id, namen)
                gegevens["gemeentebevindingen"] = _gemeentebevindingen(eigen, indicator.id)
                indicator_lijst.append(gegevens)
            c_oordeel = criteria[(criteria["criterium"] == criterium.id)]["oordeel"].iloc[0]
            criterium_lijst.append({"nummer": f"{t}.{c}", "tekst": criterium.tekst, "oordeel": _oordeel(c_oordeel),
                                    "indicatoren": indicator_lijst})
        t_oordeel = themas[themas["thema"] == thema.id]["oordeel"].iloc[0]
        thema_lijst.append({"nummer": str(t), "titel": thema.titel, "oordeel": _oordeel(t_oordeel),
                            "criteria": criterium_lijst, "voorbeelden": kaders_per_thema.get(thema.id, []),
                            "conclusie": bevindingen.conclusies.get(thema.id, "") if bevindingen else ""})

    dossiers = eigen_tabel[(eigen_tabel["soort"] == "dossier") & ~eigen_tabel["consensus"].astype(bool)]
    geteld_dossiers = eigen_tabel[(eigen_tabel["soort"] == "dossier") & eigen_tabel["telt_mee"]]["dossier"].nunique()
    dubbel = overeenstemming(eigen_tabel)
    beoordelaars = sorted(set(dossiers["beoordelaar"]) | set(bevindingen.beoordelaars if bevindingen else []))
    indicatoroordelen = [Oordeel(o) for o in oordelen["oordeel"]]
    publicatie = publicatie_gegevens(onderzoek)
    conclusie = bevindingen.conclusie if bevindingen else ""
    thema_oordelen = [Oordeel(themas[themas["thema"] == thema.id]["oordeel"].iloc[0]) for thema in kader.themas]
    groepen = aanbevelingen_per_thema(bevindingen.aanbevelingen if bevindingen else [], kader)
    return {
        **publicatie,
        "gemeente": gemeente,
        "samenvatting": bevindingen.samenvatting if bevindingen else "",
        "aanbevelingen": geordende_aanbevelingen(groepen),
        "aanbevelingsgroepen": groepen,
        "aanbevelen": publicatie["stem"]["aanbevelen"].format(gemeente=gemeente),
        "wederhoor": wederhoor_gegevens(bevindingen.wederhoor if bevindingen else None),
        "tegenstrijdig": tegenstrijdigheden(conclusie, thema_oordelen) if publicatie["concept"] else None,
        "gesprekken": gesprekken(bevindingen, eigen),
        "kader": kader_gegevens(kader),
        "periode": {"van": datum_tekst(bevindingen.periode.van), "tot": datum_tekst(bevindingen.periode.tot)}
        if bevindingen else None,
        "netwerk": bevindingen.netwerk if bevindingen else "",
        "teams": list(bevindingen.teams) if bevindingen else sorted(set(dossiers["team"])),
        "conclusie": conclusie,
        "kerncijfers": {
            "dossiers": int(geteld_dossiers),
            "beoordelaars": len(beoordelaars),
            "indicatoren": [{"aantal": indicatoroordelen.count(o), **_oordeel(o.value)} for o in Oordeel],
        },
        "themas": thema_lijst,
        "afwijkingen": _afwijkingen(eigen, geteld, namen, kader),
        "verantwoording": {
            "dossiers": int(geteld_dossiers),
            "beoordelingen": int(dossiers["bestand"].nunique()),
            "beoordelaars": len(beoordelaars),
            "dubbel": {"dossiers": dubbel.dossiers, "indicatoren": dubbel.indicatoren,
                       "aandeel": _procent(dubbel.aandeel)},
            "betrouwbaarheid": betrouwbaarheid_gegevens(eigen, kader, toon_dossiers, met_gemeente=False),
            "gemeentebestand": bevindingen is not None,
        },
        "toon_dossiers": toon_dossiers,
    }


def _voorbeelden(eigen: list[Beoordeling], geteld: set[str], indicator: str, namen: dict[str, str]
                 ) -> list[dict[str, str]]:
    """A few illustrative toelichtingen on eisen not (fully) met or not known, from counted dossiers, in a fixed
    order."""
    gevonden = []
    for b in sorted(eigen, key=lambda b: b.naam):
        if b.soort != "dossier" or b.pad not in geteld:
            continue
        for o in b.oordelen:
            if o.indicator != indicator:
                continue
            for bevinding in o.bevindingen:
                if bevinding.antwoord in ("nee", "deels", "onbekend") and bevinding.toelichting:
                    gevonden.append({"dossier": namen[b.naam], "vraag": bevinding.vraag,
                                     "antwoord": bevinding.antwoord, "toelichting": bevinding.toelichting})
    return gevonden[:VOORBEELDEN_PER_INDICATOR]


def _gemeentebevindingen(eigen: list[Beoordeling], indicator: str) -> list[dict[str, Any]]:
    return [{"vraag": bevinding.vraag, "antwoord": bevinding.antwoord, "toelichting": bevinding.toelichting,
             "bronnen": list(bevinding.bronnen)}
            for b in eigen if b.soort == "gemeente" for o in b.oordelen if o.indicator == indicator
            for bevinding in o.bevindingen]


def _afwijkingen(eigen: list[Beoordeling], geteld: set[str], namen: dict[str, str], kader: Kader
                 ) -> list[dict[str, Any]]:
    lijst = []
    for b in sorted(eigen, key=lambda b: (b.soort, b.naam)):
        if b.soort == "dossier" and b.pad not in geteld:
            continue
        for o in b.oordelen:
            if o.afwijking is not None:
                lijst.append({"waar": namen[b.naam] if b.soort == "dossier" else "gemeenteniveau",
                              "nummer": o.nummer, "indicator": o.indicator_tekst,
                              "afgeleid": _oordeel(o.afgeleid.value), "oordeel": _oordeel(o.oordeel.value),
                              "motivatie": o.afwijking.motivatie})
    return lijst
