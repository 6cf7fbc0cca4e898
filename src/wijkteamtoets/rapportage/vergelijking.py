"""Renderings of a `Vergelijking` (agreement figures and disagreements): JSON, Markdown and HTML.

Pure functions over plain data. Numbers are written the Dutch way (0,47); Markdown escapes what would
become HTML or break a table; HTML goes through an autoescaping Jinja template.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..invoer.kader import Kader
from ..problemen import json_tekst
from .beoordelingen import gemeente_tekst, markdown_tekst, zonder_stuurtekens
from .betrouwbaarheid import Cijfers, Maat, Vergelijking


def getal(waarde: float | None) -> str:
    """0.4701 -> '0,47'; None -> '–'."""
    return "–" if waarde is None else f"{waarde:.2f}".replace(".", ",").replace("-0,00", "0,00")


def procent(maat: Maat) -> str:
    return "–" if maat.waarde is None else f"{round(maat.waarde * 100)}%"


def maat_tekst(maat: Maat | None) -> str:
    """'0,47 (95%: 0,18 tot 0,76)', or the reason why there is no value."""
    if maat is None:
        return "–"
    if maat.waarde is None:
        return maat.melding
    tekst = getal(maat.waarde)
    if maat.onder is not None and maat.boven is not None:
        tekst += f" (95%: {getal(maat.onder)} tot {getal(maat.boven)})"
    elif maat.melding:
        tekst += f" ({maat.melding})"
    return tekst


def _rij(cijfers: Cijfers) -> dict[str, Any]:
    return {"soort": cijfers.soort, "id": cijfers.id, "nummer": cijfers.nummer, "tekst": cijfers.tekst,
            "n": cijfers.dossiers, "overeenstemming": procent(cijfers.overeenstemming),
            "kappa": maat_tekst(cijfers.kappa), "ac1": maat_tekst(cijfers.ac1), "alpha": maat_tekst(cijfers.alpha)}


def gegevens(vergelijking: Vergelijking, kader: Kader) -> dict[str, Any]:
    """Everything the templates show, as plain data."""
    return {
        "kader": {"id": kader.id, "versie": kader.versie, "titel": kader.titel},
        "dossiers": vergelijking.dossiers, "beoordelingen": vergelijking.beoordelingen,
        "beoordelaars": list(vergelijking.beoordelaars), "melding": vergelijking.melding,
        "cijfers_melding": vergelijking.cijfers_melding,
        "totaal": [_rij(c) for c in vergelijking.totaal],
        "indicatoren": [_rij(c) for c in vergelijking.indicatoren],
        "eisen": [_rij(c) for c in vergelijking.eisen],
        "per_dossier": [{
            "gemeente": gemeente_tekst(d.gemeente), "dossier": d.dossier, "beoordelaars": list(d.beoordelaars),
            "consensus": d.consensus, "indicatoren": d.indicatoren, "gelijke_oordelen": d.gelijke_oordelen,
            "verschillen": [{"nummer": v.nummer, "indicator": v.indicator, "indicator_tekst": v.indicator_tekst,
                             "vraag_id": v.vraag_id, "vraag": v.vraag,
                             "kanten": [{"beoordelaar": k.beoordelaar, "waarde": k.waarde,
                                         "toelichting": zonder_stuurtekens(k.toelichting),
                                         "bronnen": [zonder_stuurtekens(b) for b in k.bronnen]} for k in v.kanten]}
                            for v in d.verschillen],
        } for d in vergelijking.per_dossier],
    }


UITLEG = ("Overeenstemming: het aandeel paren beoordelingen met dezelfde waarde. Kappa: Cohen's gewogen kappa "
          "(lineaire gewichten; nee < deels < ja, voldoet niet < voldoet deels < voldoet) met het asymptotische "
          "95%-interval. AC1: Gwet's AC1 (Gwet 2008) met een 95%-interval; blijft bruikbaar als bijna "
          "alle beoordelingen gelijk zijn, waar kappa inzakt. Alpha: Krippendorff's alpha (ordinaal) met een "
          "95%-bootstrapinterval over de dossiers. "
          "'Niet van toepassing', 'niet te beoordelen', 'onbekend' en een ontbrekend antwoord tellen mee in de "
          "overeenstemming, niet in kappa, AC1 en alpha. n: het aantal dossiers (bij de totalen: dossier × indicator "
          "of dossier × eis).")


def als_json(vergelijking: Vergelijking, kader: Kader) -> str:
    data = gegevens(vergelijking, kader)
    data["cijfers"] = {"totaal": [asdict(c) for c in vergelijking.totaal],
                       "indicatoren": [asdict(c) for c in vergelijking.indicatoren],
                       "eisen": [asdict(c) for c in vergelijking.eisen]}
    for sleutel in ("totaal", "indicatoren", "eisen"):
        data.pop(sleutel)
    return json_tekst(data, indent=2) + "\n"


def md(tekst: str) -> str:
    """Text from a file, safe in a Markdown table cell: no HTML, links, images or control characters."""
    return markdown_tekst(tekst)


def _md_tabel(rijen: list[dict[str, Any]], eerste: str) -> list[str]:
    regels = [f"| nr | {eerste} | n | overeenstemming | kappa (gewogen) | AC1 | alpha (ordinaal) |",
              "| --- | --- | ---: | ---: | --- | --- | --- |"]
    for r in rijen:
        regels.append(f"| {r['nummer']} | {md(r['tekst'])} | {r['n']} | {r['overeenstemming']} | {md(r['kappa'])} | "
                      f"{md(r['ac1'])} | {md(r['alpha'])} |")
    return [*regels, ""]


def als_markdown(vergelijking: Vergelijking, kader: Kader) -> str:
    data = gegevens(vergelijking, kader)
    regels = ["# Vergelijking van beoordelaars", ""]
    if data["melding"]:
        return "\n".join([*regels, data["melding"][0].upper() + data["melding"][1:] + ".", ""])
    regels += [f"{data['dossiers']} dossiers zijn door meer dan één beoordelaar beoordeeld ({data['beoordelingen']} "
               f"beoordelingen; beoordelaars {', '.join(data['beoordelaars'])}). Kader: {md(kader.titel)} "
               f"({kader.id}, versie {kader.versie}).", "", UITLEG, "", "## Totaal", "",
               *_md_tabel(data["totaal"], "wat")]
    if data["cijfers_melding"]:
        regels += [data["cijfers_melding"][0].upper() + data["cijfers_melding"][1:] + ".", ""]
    else:
        regels += ["## Per indicator", "", *_md_tabel(data["indicatoren"], "indicator")]
        regels += ["## Per eis", "", *_md_tabel(data["eisen"], "eis")]
    regels += ["## Verschillen per dossier", ""]
    for d in data["per_dossier"]:
        status = f"consensus vastgelegd ({d['consensus']})" if d["consensus"] else "nog geen consensus"
        regels += [f"### {d['dossier']} ({md(d['gemeente'])})", "",
                   f"Beoordelaars: {', '.join(d['beoordelaars'])}; {d['gelijke_oordelen']} van de {d['indicatoren']} "
                   f"oordelen gelijk; {status}.", ""]
        if not d["verschillen"]:
            regels += ["Geen verschillen.", ""]
            continue
        kop = " | ".join(d["beoordelaars"])
        regels += [f"| nr | indicator | vraag | {kop} |", "| --- | --- | --- | " + " | ".join("---" for _ in
                                                                                             d["beoordelaars"]) + " |"]
        for v in d["verschillen"]:
            cellen = []
            for k in v["kanten"]:
                cel = f"**{md(k['waarde'])}**"
                if k["toelichting"]:
                    cel += f"<br>{md(k['toelichting'])}"
                if k["bronnen"]:
                    cel += "<br>bronnen: " + "; ".join(md(b) for b in k["bronnen"])
                cellen.append(cel)
            regels.append(f"| {v['nummer']} | {md(v['indicator'])} | {md(v['vraag'])} | " + " | ".join(cellen) + " |")
        regels.append("")
    return "\n".join(regels).rstrip("\n") + "\n"


def als_html(vergelijking: Vergelijking, kader: Kader) -> str:
    from .sjabloon import render

    data = gegevens(vergelijking, kader)
    data["uitleg"] = UITLEG
    # a working document for the consensus overleg, not a report of the onderzoek: no CONCEPT marking
    data["concept"] = False
    return render("vergelijking", data, "html")
