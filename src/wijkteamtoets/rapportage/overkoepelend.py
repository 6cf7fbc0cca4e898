"""The plain data of the overarching report across gemeenten (the templates get nothing else)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..beoordelen.afleiden import Beoordeling
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.kader import Kader, Oordeel
from ..invoer.onderzoek import Onderzoek
from .aggregeren import gemeenteoordelen, overeenstemming, samenvatten
from .delen import (
    aanbevelingen_per_thema,
    betrouwbaarheid_gegevens,
    datum_tekst,
    kader_gegevens,
    publicatie_gegevens,
    voorbeelden_van,
    voorbeeldkaders,
)
from .inhoud import _oordeel, _procent, _segmenten


def overkoepelend_gegevens(tabel: pd.DataFrame, beoordelingen: list[Beoordeling],
                           gemeentebestanden: dict[str, Gemeentebevindingen], kader: Kader,
                           deelrapporten: dict[str, str], onderzoek: Onderzoek | None = None, *,
                           toon_dossiers: bool = False, dossierbestanden: Mapping[str, Dossier] | None = None
                           ) -> dict[str, Any]:
    """The overarching report across gemeenten: the matrix gemeenten x indicatoren and a comparison per thema."""
    gemeenten = sorted(tabel["gemeente"].unique())
    oordelen = gemeenteoordelen(tabel, kader)
    _, themas = samenvatten(oordelen, kader)
    indicatoren = [{"nummer": str(nummer), "id": ind.id, "tekst": ind.tekst} for nummer, _, _, ind in kader.genummerd()]
    matrix = []
    per_gemeente = {g: deel.set_index("indicator")["oordeel"] for g, deel in oordelen.groupby("gemeente")}
    for gemeente in gemeenten:
        rij = per_gemeente[gemeente]
        cellen = [{"indicator": ind["nummer"], **_oordeel(rij[ind["id"]])} for ind in indicatoren]
        matrix.append({"gemeente": gemeente, "deelrapport": deelrapporten.get(gemeente, ""), "cellen": cellen})
    geteld = set(tabel.loc[tabel["telt_mee"].astype(bool), "bestand"])
    kaders_per_thema = voorbeeldkaders(voorbeelden_van(beoordelingen, geteld, dossierbestanden or {},
                                                       [gemeentebestanden[g] for g in gemeenten
                                                        if g in gemeentebestanden]))
    conclusies = onderzoek.conclusies if onderzoek else {}
    per_thema = []
    for t, thema in enumerate(kader.themas, 1):
        rij = themas[themas["thema"] == thema.id].set_index("gemeente")["oordeel"]
        telling = {o.value: int((rij == o.value).sum()) for o in Oordeel}
        per_thema.append({"nummer": str(t), "titel": thema.titel,
                          "gemeenten": [{"gemeente": g, **_oordeel(rij[g])} for g in gemeenten],
                          "segmenten": _segmenten(telling),
                          "telling": [{"aantal": telling[o.value], **_oordeel(o.value)} for o in Oordeel],
                          "conclusie": conclusies.get(thema.id, ""),
                          "voorbeelden": kaders_per_thema.get(thema.id, [])})
    dossiers = tabel[(tabel["soort"] == "dossier") & ~tabel["consensus"].astype(bool)]
    dubbel = overeenstemming(tabel)
    groepen = aanbevelingen_per_thema(onderzoek.aanbevelingen if onderzoek else [], kader)
    return {
        **publicatie_gegevens(onderzoek),
        "kader": kader_gegevens(kader),
        "samenvatting": onderzoek.samenvatting if onderzoek else "",
        "aanbevelingsgroepen": groepen,
        "gemeenten": [{"naam": g, "deelrapport": deelrapporten.get(g, ""),
                       "netwerk": gemeentebestanden[g].netwerk if g in gemeentebestanden else "",
                       "conclusie": gemeentebestanden[g].conclusie if g in gemeentebestanden else "",
                       "aanbevelingen": [a.tekst for a in gemeentebestanden[g].aanbevelingen]
                       if g in gemeentebestanden else []}
                      for g in gemeenten],
        "indicatoren": indicatoren,
        "matrix": matrix,
        "themas": per_thema,
        "oordelen": [_oordeel(o.value) for o in Oordeel],
        "verantwoording": {
            "gemeenten": len(gemeenten),
            "dossiers": int(dossiers[["gemeente", "dossier"]].drop_duplicates().shape[0]),
            "beoordelingen": int(dossiers["bestand"].nunique()),
            "beoordelaars": len(set(dossiers["beoordelaar"])),
            "dubbel": {"dossiers": dubbel.dossiers, "indicatoren": dubbel.indicatoren,
                       "aandeel": _procent(dubbel.aandeel)},
            "betrouwbaarheid": betrouwbaarheid_gegevens(beoordelingen, kader, toon_dossiers, met_gemeente=True),
            "periode": _periode(gemeentebestanden.values()),
        },
    }


def _periode(bestanden: Iterable[Gemeentebevindingen]) -> dict[str, str] | None:
    lijst = list(bestanden)
    if not lijst:
        return None
    return {"van": datum_tekst(min(b.periode.van for b in lijst)), "tot": datum_tekst(max(b.periode.tot for b in lijst))}
