"""The parts of a publication as plain data: title page and colofon, samenvatting, conclusies and
aanbevelingen per thema, Voorbeeld and Goed voorbeeld boxes, hoor en wederhoor, the interviews, the
kader and its bijlage, and the agreement between beoordelaars in the verantwoording.

`inhoud` puts these parts into the data of a deelrapport or the overarching report. Voorbeeld boxes
come from the dossier files (and goede voorbeelden also from the gemeente file); a box never shows the
dossier it comes from. Only dossiers that count (one rating per double-rated dossier) give boxes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..beoordelen.afleiden import Beoordeling
from ..beoordelen.dubbel import REGEL_TEKST, groepeer
from ..invoer.dossier import Dossier, Gemeentebevindingen, Voorbeeld, Voorbeeldsoort
from ..invoer.kader import Kader, Oordeel
from ..invoer.onderzoek import Aanbeveling, Onderzoek, Status, Wederhoor
from .betrouwbaarheid import vergelijk
from .stem import stem
from .vergelijking import maat_tekst, procent

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def datum_tekst(datum: dt.date) -> str:
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def publicatie_gegevens(onderzoek: Onderzoek | None) -> dict[str, Any]:
    """The onderzoek as the title page, colofon, inleiding, aanbevelingen and vervolg show it, and the voice
    (`stem`) every text of the report takes. Without an onderzoek file a report is a concept: nothing says it
    was published."""
    if onderzoek is None:
        return {"onderzoek": None, "status": Status.CONCEPT.value, "concept": True, "stem": stem(None)}
    m = onderzoek.methode
    return {
        "onderzoek": {
            "titel": onderzoek.titel, "soort": onderzoek.soort.value, "uitvoerder": list(onderzoek.uitvoerder),
            "opdrachtgever": onderzoek.opdrachtgever, "onderzoeksvraag": onderzoek.onderzoeksvraag,
            "periode": {"van": datum_tekst(onderzoek.periode.van), "tot": datum_tekst(onderzoek.periode.tot)},
            "methode": {"dossierselectie": m.dossierselectie, "dossiers_per_gemeente": m.dossiers_per_gemeente,
                        "interviews": list(m.interviews), "netwerkpartners": list(m.netwerkpartners),
                        "documenten": list(m.documenten)},
            "inleiding": onderzoek.inleiding, "samenvatting": onderzoek.samenvatting,
            "aanbevelingen": [a.tekst for a in onderzoek.aanbevelingen],
            "vervolg": onderzoek.vervolg, "versie": onderzoek.versie,
            "datum": datum_tekst(onderzoek.publicatiedatum), "plaats": onderzoek.plaats,
            "maand": f"{MAANDEN[onderzoek.publicatiedatum.month - 1]} {onderzoek.publicatiedatum.year}",
            "colofon": onderzoek.colofon,
        },
        "status": onderzoek.status.value,
        "concept": onderzoek.status is not Status.DEFINITIEF,
        "stem": stem(onderzoek),
    }


def aanbevelingen_per_thema(aanbevelingen: Sequence[Aanbeveling], kader: Kader) -> list[dict[str, Any]]:
    """Aanbevelingen grouped: first those for the whole, then per thema in kader order; each group with its
    heading ('' for the whole) and the number of its first aanbeveling (numbering runs on)."""
    groepen: list[dict[str, Any]] = []
    eerste = 1
    for t, thema in [(None, None), *enumerate(kader.themas, 1)]:
        teksten = [a.tekst for a in aanbevelingen if a.thema == (thema.id if thema else None)]
        if teksten:
            groepen.append({"kop": f"Bij thema {t}: {thema.titel}" if thema else "", "begin": eerste,
                            "teksten": teksten})
            eerste += len(teksten)
    return groepen


def geordende_aanbevelingen(groepen: list[dict[str, Any]]) -> list[str]:
    return [tekst for groep in groepen for tekst in groep["teksten"]]


def voorbeeldkaders(voorbeelden: Iterable[Voorbeeld]) -> dict[str, list[dict[str, str]]]:
    """Per thema id the boxes to show: Voorbeeld boxes first, then Goed voorbeeld, each in file order."""
    per_thema: dict[str, list[dict[str, str]]] = {}
    for v in sorted(voorbeelden, key=lambda v: v.soort is Voorbeeldsoort.GOED_VOORBEELD):
        goed = v.soort is Voorbeeldsoort.GOED_VOORBEELD
        per_thema.setdefault(v.thema, []).append({"soort": "Goed voorbeeld" if goed else "Voorbeeld",
                                                  "klasse": "goed" if goed else "fout",
                                                  "titel": v.titel, "tekst": v.tekst})
    return per_thema


def voorbeelden_van(beoordelingen: Iterable[Beoordeling], geteld: set[str], dossiers: Mapping[str, Dossier],
                    bevindingen: Iterable[Gemeentebevindingen]) -> list[Voorbeeld]:
    """The casussen of the counted dossiers (sorted by dossier, so the order does not depend on the file
    order) and of the gemeente files."""
    eigen = sorted((b for b in beoordelingen if b.soort == "dossier" and b.pad in geteld and b.pad in dossiers),
                   key=lambda b: (b.gemeente, b.naam))
    return [*(v for b in eigen for v in dossiers[b.pad].voorbeelden),
            *(v for g in bevindingen for v in g.voorbeelden)]


def wederhoor_gegevens(wederhoor: Wederhoor | None) -> dict[str, Any] | None:
    if wederhoor is None:
        return None
    if wederhoor.geen_reactie is not None:
        return {"geen_reactie": datum_tekst(wederhoor.geen_reactie), "punten": []}
    punten = [{"passage": p.passage, "reactie": p.reactie, "afhandeling": p.afhandeling.value if p.afhandeling else "",
               "toelichting": p.toelichting} for p in wederhoor.punten]
    return {"geen_reactie": "", "van": wederhoor.van,
            "ontvangen": datum_tekst(wederhoor.ontvangen) if wederhoor.ontvangen else "", "punten": punten,
            "aangepast": sum(p["afhandeling"] == "aangepast" for p in punten),
            "niet_aangepast": sum(p["afhandeling"] == "niet aangepast" for p in punten),
            "open": sum(not p["afhandeling"] for p in punten)}


_POSITIEF = re.compile(r"\b(toegankelijk\w*|betrek\w*|betrokken|zorgvuldig\w*|helder\w*|goed\w*|adequa\w*|"
                       r"voldoe\w*|concrete|systematisch\w*|regelmatig\w*|breed|aandacht)\b", re.IGNORECASE)
_NEGATIEF = re.compile(r"\b(niet|geen|onvoldoende|ontbre\w*|zelden|mist|missen|tekort\w*|schiet\w*|maar|echter|"
                       r"buiten beeld|wisselend|aandachtspunt)\b", re.IGNORECASE)


def tegenstrijdigheden(conclusie: str, thema_oordelen: list[Oordeel]) -> dict[str, Any] | None:
    """Sentences of the written conclusie that point the other way than the derived thema oordelen.

    When most thema's *voldoen niet*, a sentence with only positive words contradicts them; when most
    *voldoen*, a sentence with negative words does. A heuristic for the concept: it asks the inspecteur
    to look again, it never changes an oordeel."""
    beoordeeld = [o for o in thema_oordelen if o in (Oordeel.VOLDOET, Oordeel.VOLDOET_DEELS, Oordeel.VOLDOET_NIET)]
    zinnen = [z.strip() for z in re.split(r"(?<=[.!?])\s+", conclusie) if z.strip()]
    if beoordeeld and beoordeeld.count(Oordeel.VOLDOET_NIET) * 2 > len(beoordeeld):
        tegen = [z for z in zinnen if _POSITIEF.search(z) and not _NEGATIEF.search(z)]
        uitkomst = {"zinnen": tegen, "zinnen_klinken": "positief", "oordeel": Oordeel.VOLDOET_NIET.value}
    elif beoordeeld and beoordeeld.count(Oordeel.VOLDOET) * 2 > len(beoordeeld):
        tegen = [z for z in zinnen if _NEGATIEF.search(z)]
        uitkomst = {"zinnen": tegen, "zinnen_klinken": "negatief", "oordeel": Oordeel.VOLDOET.value}
    else:
        return None
    return uitkomst if tegen else None


def gesprekken(bevindingen: Gemeentebevindingen | None, eigen: list[Beoordeling]) -> dict[str, Any]:
    """The interviews the data records: roles named as bronnen in the gemeente file, and how many
    dossiers cite an interview. Reports state interviews only from this."""
    rollen: set[str] = set()
    if bevindingen is not None:
        for bevinding in bevindingen.indicatoren.values():
            for beantwoording in bevinding.antwoorden.values():
                rollen.update(b.interview for b in beantwoording.bronnen if b.interview)
    dossiers = {b.naam for b in eigen if b.soort == "dossier" for o in b.oordelen for v in o.bevindingen
                if any(bron.startswith("interview: ") for bron in v.bronnen)}
    return {"rollen": sorted(rollen), "dossiers": len(dossiers)}


def bijlage(kader: Kader) -> list[dict[str, Any]]:
    """The whole kader as the bijlage shows it: thema, criterium, indicator and operationalisering."""
    return [{"nummer": str(t), "titel": thema.titel,
             "criteria": [{"nummer": f"{t}.{c}", "tekst": criterium.tekst,
                           "indicatoren": [{"nummer": f"{t}.{c}.{i}", "tekst": indicator.tekst,
                                            "operationalisering": indicator.operationalisering,
                                            "niveau": indicator.niveau.value}
                                           for i, indicator in enumerate(criterium.indicatoren, 1)]}
                          for c, criterium in enumerate(thema.criteria, 1)]}
            for t, thema in enumerate(kader.themas, 1)]


def kader_gegevens(kader: Kader) -> dict[str, Any]:
    n = kader.normering
    return {"id": kader.id, "versie": kader.versie, "titel": kader.titel, "bijlage": bijlage(kader),
            "bron": {"titel": kader.bron.titel, "uitgever": kader.bron.uitgever, "datum": kader.bron.datum,
                     "vindplaats": kader.bron.vindplaats},
            "normering": [("Van antwoorden naar een oordeel per indicator", n.antwoorden.uitleg),
                          ("Van dossiers naar een oordeel per gemeente", n.dossiers.uitleg),
                          ("Van indicatoren naar een criterium", n.indicatoren.uitleg),
                          ("Van criteria naar een thema", n.criteria.uitleg)]}


def dossiernamen(beoordelingen: Iterable[Beoordeling], toon_dossiers: bool) -> dict[str, str]:
    """How a dossier is named in a report: its pseudonymous id only when asked, else 'dossier 1', ..."""
    ids = sorted({b.naam for b in beoordelingen if b.soort == "dossier"})
    return {naam: naam if toon_dossiers else f"dossier {i}" for i, naam in enumerate(ids, 1)}


def betrouwbaarheid_gegevens(beoordelingen: list[Beoordeling], kader: Kader, toon_dossiers: bool,
                             met_gemeente: bool) -> dict[str, Any]:
    """The agreement paragraph of the verantwoording: how many dossiers were rated twice, the agreement
    on oordelen and answers (percentage and Krippendorff's alpha; kappa per indicator is in
    `wijkteamtoets vergelijk`), and per double-rated dossier which rating counts and why."""
    uitkomst = vergelijk(beoordelingen, kader, met_kappa=False, per_vraag=False)
    groepen = [g for g in groepeer(beoordelingen) if g.dubbel]
    namen = {(gemeente, dossier): f"{gemeente}, {naam}" if met_gemeente else naam
             for gemeente in sorted({b.gemeente for b in beoordelingen})
             for dossier, naam in dossiernamen([b for b in beoordelingen if b.gemeente == gemeente],
                                                toon_dossiers).items()}
    return {
        "dossiers": uitkomst.dossiers,
        "totaal": [{"tekst": c.tekst, "n": c.dossiers, "overeenstemming": procent(c.overeenstemming),
                    "alpha": maat_tekst(c.alpha)} for c in uitkomst.totaal],
        "regels": [{"dossier": namen[(g.gemeente, g.dossier)],
                    "beoordelaars": ", ".join(b.beoordelaar for b in g.beoordelingen),
                    "regel": REGEL_TEKST[g.regel] + (f" ({g.consensus.beoordelaar.replace('+', ', ')}, "
                                                     f"{datum_tekst(g.consensus.datum)})"
                                                     if g.consensus is not None and g.consensus.datum else "")}
                   for g in groepen],
        "consensus": sum(1 for g in groepen if g.consensus is not None),
    }
