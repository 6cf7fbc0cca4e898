"""Plain-text renderings of beoordelingen: Markdown and JSON. Pure functions over plain data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..beoordelen.afleiden import Beoordeling, IndicatorOordeel, Reden
from ..beoordelen.dubbel import groepeer
from ..invoer.gemeenten import BEKENDE_GEMEENTEN
from ..invoer.kader import Nummer, Oordeel
from ..problemen import Probleem, aantal, bekende_waarde, json_tekst, toon_pad, voor_markdown, voor_terminal

TEKEN = {
    Oordeel.VOLDOET: "✔",
    Oordeel.VOLDOET_DEELS: "◐",
    Oordeel.VOLDOET_NIET: "✘",
    Oordeel.NIET_VAN_TOEPASSING: "–",
    Oordeel.NIET_TE_BEOORDELEN: "?",
}
"""A symbol per oordeel, always shown next to the word (never colour alone)."""


def telling_tekst(telling: dict[Oordeel, int]) -> str:
    """``9 voldoet, 2 voldoet deels, ...`` for every oordeel, in fixed order."""
    return ", ".join(f"{aantal} {oordeel.value}" for oordeel, aantal in telling.items())


def overzicht(beoordelingen: Iterable[Beoordeling]) -> list[tuple[Beoordeling, bool, bool]]:
    """The beoordelingen in a fixed order (whatever the order of the files), each with whether it is the
    first row of its dossier and whether it counts: a dossier with more ratings (and a consensus) is one
    dossier with its ratings below each other, and only one of them counts in the total."""
    lijst = list(beoordelingen)
    rijen: list[tuple[Beoordeling, bool, bool]] = []
    for groep in groepeer(lijst):
        alle = [*groep.beoordelingen, *([groep.consensus] if groep.consensus else [])]
        rijen += [(b, i == 0, b is groep.telt) for i, b in enumerate(alle)]
    rijen += [(b, True, True) for b in sorted((b for b in lijst if b.soort == "gemeente"), key=lambda b: b.naam)]
    return rijen


def totaal(beoordelingen: Iterable[Beoordeling]) -> dict[Oordeel, int]:
    """The oordelen of every file that counts: each dossier once (its consensus, else its first rating)."""
    som = {oordeel: 0 for oordeel in Oordeel}
    for beoordeling, _, telt in overzicht(beoordelingen):
        if telt:
            for oordeel, aantal in beoordeling.telling().items():
                som[oordeel] += aantal
    return som


def beoordelaar_tekst(beoordeling: Beoordeling) -> str:
    return f"consensus {beoordeling.beoordelaar.replace('+', ', ')}" if beoordeling.consensus else beoordeling.beoordelaar


def oordeel_tekst(oordeel: IndicatorOordeel) -> str:
    tekst = f"{TEKEN[oordeel.oordeel]} {oordeel.oordeel.value}"
    if oordeel.afwijking is not None:
        tekst += f" (afwijking; afgeleid: {oordeel.afgeleid.value})"
    return tekst


zonder_stuurtekens = voor_terminal
"""Text from a file made safe for a terminal or a one-line cell (see `problemen.voor_terminal`)."""

markdown_tekst = voor_markdown
"""Text from a file as literal Markdown in a table cell (see `problemen.voor_markdown`)."""


def gemeente_tekst(naam: str) -> str:
    """A gemeente as a title or overview may show it: its name when it is a known Dutch gemeente, otherwise the
    field may hold anything (a person's name), so it is not shown."""
    return bekende_waarde(naam, BEKENDE_GEMEENTEN) or "gemeente niet in de lijst"


def gemeenten_tekst(namen: Iterable[str]) -> str:
    """Gemeenten for a message: the known ones by name, the others counted ('Gouda en 1 andere')."""
    namen = list(namen)
    bekend = [g for g in (bekende_waarde(naam, BEKENDE_GEMEENTEN) for naam in namen) if g]
    anders = len(namen) - len(bekend)
    if not bekend:
        return aantal(anders, "gemeente buiten de gemeentelijst", "gemeenten buiten de gemeentelijst")
    return ", ".join(bekend) + (f" en {anders} andere" if anders else "")


def naam_tekst(beoordeling: Beoordeling) -> str:
    """The name of a beoordeling as a title shows it: the dossier number, or the gemeente (`gemeente_tekst`)."""
    return beoordeling.naam if beoordeling.soort == "dossier" else gemeente_tekst(beoordeling.naam)


_cel = voor_markdown


def reden_markdown(reden: Reden) -> str:
    """A reason as Markdown for a table cell, with the beoordelaar's toelichting after it."""
    tekst = markdown_tekst(reden.tekst)
    if reden.toelichting:
        tekst += f" — *toelichting: {markdown_tekst(reden.toelichting)}*"
    if reden.bronnen:
        tekst += f" — bron: {markdown_tekst('; '.join(reden.bronnen))}"
    return tekst


def als_markdown(beoordelingen: list[Beoordeling], details: bool) -> str:
    regels: list[str] = []
    if details:
        for beoordeling in beoordelingen:
            regels += _markdown_beoordeling(beoordeling)
    if len(beoordelingen) != 1 or not details:
        regels += ["## Overzicht", "", "| bestand | naam | gemeente | beoordelaar | telt | "
                   + " | ".join(o.value for o in Oordeel) + " |",
                   "| --- | --- | --- | --- | --- | " + " | ".join("---:" for _ in Oordeel) + " |"]
        for beoordeling, eerste, telt in overzicht(beoordelingen):
            naam = _cel(naam_tekst(beoordeling)) if eerste else "↳"
            gemeente = _cel(gemeente_tekst(beoordeling.gemeente)) if eerste else ""
            regels.append(f"| {_cel(toon_pad(beoordeling.pad))} | {naam} | {gemeente} | "
                          f"{_cel(beoordelaar_tekst(beoordeling))} | {'ja' if telt else 'nee'} | "
                          + " | ".join(str(n) for n in beoordeling.telling().values()) + " |")
        regels.append("| **totaal** | | | | | " + " | ".join(f"**{n}**" for n in totaal(beoordelingen).values()) + " |")
        regels += ["", "Een dossier met meer beoordelingen telt één keer in het totaal: de consensus als die er is, "
                   "anders de eerste beoordeling (vroegste datum, dan beoordelaarscode).", ""]
    return "\n".join(regels).rstrip("\n") + "\n"


def _markdown_beoordeling(beoordeling: Beoordeling) -> list[str]:
    if beoordeling.soort == "dossier":
        regels = [f"## Dossier {_cel(beoordeling.naam)} ({_cel(gemeente_tekst(beoordeling.gemeente))})", "",
                  f"Beoordelaar: {_cel(beoordeling.beoordelaar)}. Bestand: {_cel(toon_pad(beoordeling.pad))}.", ""]
    else:
        regels = [f"## Gemeente {_cel(gemeente_tekst(beoordeling.naam))}", "",
                  f"Beoordelaars: {_cel(beoordeling.beoordelaar)}. Bestand: {_cel(toon_pad(beoordeling.pad))}.", ""]
    thema = criterium = None
    for index, oordeel in enumerate(beoordeling.oordelen):
        if oordeel.thema != thema:
            thema, criterium = oordeel.thema, None
            regels += [f"### Thema {Nummer.uit_tekst(oordeel.nummer).van_thema}: {_cel(oordeel.thema_titel)}", ""]
        if oordeel.criterium != criterium:
            criterium = oordeel.criterium
            regels += [f"**Criterium {Nummer.uit_tekst(oordeel.nummer).van_criterium}: {_cel(oordeel.criterium_tekst)}**", "",
                       "| nr | indicator | oordeel | waarom |", "| --- | --- | --- | --- |"]
        waarom = "<br>".join(reden_markdown(reden) for reden in oordeel.redenen)
        regels.append(f"| {oordeel.nummer} | {_cel(oordeel.indicator_tekst)} | {_cel(oordeel_tekst(oordeel))} | "
                      f"{waarom} |")
        volgende = index + 1
        if volgende == len(beoordeling.oordelen) or beoordeling.oordelen[volgende].criterium != criterium:
            regels.append("")
    regels += [f"Samenvatting {_cel(naam_tekst(beoordeling))}: {telling_tekst(beoordeling.telling())}.", ""]
    return regels


def _json_oordeel(oordeel: IndicatorOordeel) -> dict[str, Any]:
    return {
        "nummer": oordeel.nummer, "thema": oordeel.thema, "criterium": oordeel.criterium,
        "indicator": oordeel.indicator, "oordeel": oordeel.oordeel.value, "afgeleid": oordeel.afgeleid.value,
        "score": oordeel.score,
        "kerneis_beslist": bool(oordeel.kerneisen_niet_voldaan),
        "kerneisen_niet_voldaan": list(oordeel.kerneisen_niet_voldaan),
        "afwijking": None if oordeel.afwijking is None else {
            "oordeel": oordeel.afwijking.oordeel.value, "motivatie": oordeel.afwijking.motivatie},
        "niet_voldaan": list(oordeel.niet_voldaan),
        "redenen": [{"soort": r.soort, "vraag": r.vraag, "tekst": r.tekst, "toelichting": r.toelichting,
                     "bronnen": list(r.bronnen)}
                    for r in oordeel.redenen],
    }


def als_json(beoordelingen: list[Beoordeling], problemen: list[Probleem], aantal_bestanden: int) -> str:
    data = {
        "bestanden": aantal_bestanden,
        "beoordelingen": [{
            "soort": b.soort, "naam": naam_tekst(b), "gemeente": gemeente_tekst(b.gemeente), "beoordelaar": b.beoordelaar,
            "pad": toon_pad(b.pad),
            "consensus": b.consensus, "telt_mee": telt,
            "telling": {o.value: n for o, n in b.telling().items()},
            "oordelen": [_json_oordeel(o) for o in b.oordelen],
        } for b, _, telt in overzicht(beoordelingen)],
        "totaal": {o.value: n for o, n in totaal(beoordelingen).items()},
        "problemen": [{"pad": toon_pad(p.pad), "regel": p.regel, "kolom": p.kolom, "niveau": p.ernst.value, "code": p.code,
                       "melding": p.melding, "hint": p.hint} for p in problemen],
    }
    return json_tekst(data, indent=2) + "\n"


def markdown_rapport(beoordelingen: list[Beoordeling], problemen: list[Probleem], aantal_bestanden: int,
                     details: bool) -> str:
    """The reporter of `formaten.BeoordeelFormaat.MARKDOWN` (the problems go to the terminal apart)."""
    return als_markdown(beoordelingen, details)


def json_rapport(beoordelingen: list[Beoordeling], problemen: list[Probleem], aantal_bestanden: int,
                 details: bool) -> str:
    """The reporter of `formaten.BeoordeelFormaat.JSON` (always with details and problems)."""
    return als_json(beoordelingen, problemen, aantal_bestanden)
