"""Sheets for analysts beside the oordelen: every answer per eis, and the context of every dossier.

"Antwoorden" has one row per file and question of the kader (algemene feiten, and per indicator its
feiten and eisen on the file's niveau), with the answer as written ('' when not filled in), whether the
file counts, and the kader id, versie and onderzoek. "Context" has one row per dossier file: aanmelding
via, leefgebieden and the gezinssamenstelling by role and age. Only ids, fixed values from the kader
and models, and numbers: no toelichting, omschrijving or other free text from the files. The cells are
escaped like every sheet of the export (`spreadsheet.als_xlsx`: text cells, never formulas).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..beoordelen.afleiden import Beoordeling
from ..invoer.dossier import Dossier, Gemeentebevindingen, IndicatorBevinding, Rol
from ..invoer.kader import Eis, Kader, Niveau, Vraag
from ..invoer.onderzoek import Onderzoek
from ..invoer.voorwaarden import vragen_op_niveau, wordt_beoordeeld_op
from .spreadsheet import Blad

ANTWOORDKOPPEN = ["Gemeente", "Soort bestand", "Dossier", "Beoordelaar", "Telt mee", "Nummer", "Indicator-id",
                  "Soort vraag", "Vraag-id", "Vraag", "Antwoord", "Kader-id", "Kaderversie", "Onderzoek"]
CONTEXTKOPPEN = ["Gemeente", "Dossier", "Beoordelaar", "Telt mee", "Aanmelding via", "Leefgebieden",
                 "Aantal leefgebieden", "Gezinssamenstelling", "Aantal gezinsleden", "Aantal kinderen",
                 "Leeftijden kinderen", "Kader-id", "Kaderversie", "Onderzoek"]


def _soort(vraag: Vraag) -> str:
    return ("kerneis" if vraag.kern else "eis") if isinstance(vraag, Eis) else "feit"


def _antwoord(bevinding: IndicatorBevinding | None, vraag_id: str) -> str:
    beantwoording = bevinding.antwoorden.get(vraag_id) if bevinding is not None else None
    return beantwoording.antwoord.value if beantwoording is not None and beantwoording.antwoord is not None else ""


def antwoordbladen(beoordelingen: Iterable[Beoordeling], tabel: pd.DataFrame, dossiers: Mapping[str, Dossier],
                   gemeentebestanden: Mapping[str, Gemeentebevindingen], kaders: Mapping[str, Kader],
                   onderzoek: Onderzoek | None, gemeenten: Iterable[str]) -> list[Blad]:
    """The sheets "Antwoorden" and "Context" for the files of `gemeenten`, in the order of the oordelen."""
    telt_mee = {str(b): bool(t) for b, t in zip(tabel["bestand"], tabel["telt_mee"], strict=True)}
    titel = onderzoek.titel if onderzoek is not None else ""
    gekozen = set(gemeenten)
    antwoorden = Blad("Antwoorden", ANTWOORDKOPPEN, [])
    context = Blad("Context", CONTEXTKOPPEN, [])
    for b in sorted(beoordelingen, key=lambda b: (b.gemeente, b.soort, b.naam, b.pad)):
        if b.gemeente not in gekozen:
            continue
        kader = kaders[b.gemeente]
        if b.soort == "dossier":
            dossier = dossiers.get(b.pad)
            if dossier is None:
                continue
            niveau, bevindingen = Niveau.DOSSIER, dossier.indicatoren
            vast: list[Any] = [b.gemeente, "dossier", b.naam, b.beoordelaar, telt_mee.get(b.pad, False)]
            for feit in kader.feiten:
                beantwoording = dossier.feiten.get(feit.id)
                waarde = beantwoording.antwoord.value if beantwoording and beantwoording.antwoord else ""
                antwoorden.rijen.append([*vast, "", "", "feit", feit.id, feit.vraag, waarde, kader.id, kader.versie,
                                         titel])
            context.rijen.append(_contextrij(b, dossier, telt_mee.get(b.pad, False), kader, titel))
        else:
            gemeentebestand = gemeentebestanden.get(b.gemeente)
            if gemeentebestand is None:
                continue
            niveau, bevindingen = Niveau.GEMEENTE, gemeentebestand.indicatoren
            vast = [b.gemeente, "gemeente", "", b.beoordelaar, True]
        for nummer, _, _, indicator in kader.genummerd():
            if not wordt_beoordeeld_op(indicator, niveau):
                continue
            for vraag in vragen_op_niveau(indicator, niveau):
                antwoorden.rijen.append([*vast, str(nummer), indicator.id, _soort(vraag), vraag.id,
                                         " ".join(vraag.vraag.split()), _antwoord(bevindingen.get(indicator.id),
                                                                                   vraag.id),
                                         kader.id, kader.versie, titel])
    return [antwoorden, context]


def _contextrij(b: Beoordeling, dossier: Dossier, telt: bool, kader: Kader, titel: str) -> list[Any]:
    c = dossier.context
    gezin = sorted(c.gezinssamenstelling, key=lambda lid: (list(Rol).index(lid.rol), -lid.leeftijd))
    kinderen = sorted(lid.leeftijd for lid in c.gezinssamenstelling if lid.rol is Rol.KIND)
    return [b.gemeente, b.naam, b.beoordelaar, telt, c.aanmelding_via.value,
            "; ".join(gebied.value for gebied in c.leefgebieden), len(c.leefgebieden),
            "; ".join(f"{lid.rol.value} ({lid.leeftijd})" for lid in gezin), len(gezin), len(kinderen),
            "; ".join(str(leeftijd) for leeftijd in kinderen), kader.id, kader.versie, titel]
