"""Exports an inspector opens in Dutch Excel without fixing anything: CSV, JSON and XLSX of the oordelen.

The tidy table of `aggregeren` is turned into sheets with Dutch headers, typed dates and numbers,
scores rounded to two decimals and ``ja``/``nee`` instead of True/False. The XLSX has one sheet per
level (dossiers, gemeente × indicator, criteria, thema's) with the kader's texts, column widths and a
bold, frozen header with filters. Text from files never becomes a formula: in CSV a cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe (OWASP "CSV
injection"); in XLSX every text is stored as a text cell, never as a formula. Numbers stay numbers.
Pure functions: bytes and text in memory, the caller writes them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..invoer.kader import Kader, Oordeel
from ..problemen import json_tekst, toon_pad, voor_document
from .aggregeren import gemeenteoordelen, samenvatten, verdelingen

GEVAARLIJKE_BEGINTEKENS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is read as a formula by spreadsheet programs (OWASP CSV injection)."""

DOSSIERKOLOMMEN: dict[str, str] = {
    "gemeente": "Gemeente",
    "soort": "Soort bestand",
    "dossier": "Dossier",
    "bestand": "Bestand",
    "team": "Team",
    "beoordelaar": "Beoordelaar",
    "datum": "Datum",
    "consensus": "Consensus",
    "telt_mee": "Telt mee",
    "thema": "Thema-id",
    "thema_titel": "Thema",
    "criterium": "Criterium-id",
    "criterium_tekst": "Criterium",
    "nummer": "Nummer",
    "indicator": "Indicator-id",
    "indicator_tekst": "Indicator",
    "oordeel": "Oordeel",
    "afgeleid": "Afgeleid oordeel",
    "afwijking": "Afwijking",
    "motivatie": "Motivatie",
    "score": "Score",
    "niet_voldaan": "Niet voldaan (eisen)",
    "onderzoek": "Onderzoek",
    "kader_id": "Kader-id",
    "kader_versie": "Kaderversie",
    # the figures of the gemeente's steekproef (rapportage.steekproefcijfers), empty without one
    "interval_ondergrens": "Steekproef: aandeel voldoet, 95%-ondergrens",
    "interval_bovengrens": "Steekproef: aandeel voldoet, 95%-bovengrens",
    "niet_voldoen_bovengrens": "Steekproef: ten hoogste aandeel niet voldoen (alle dossiers)",
}
"""Column names of the tidy table and their Dutch headers in CSV and XLSX (JSON keeps the names)."""


@dataclass(frozen=True)
class Blad:
    """One sheet: a name, Dutch headers and rows of plain values (str, float, int, bool, date or None)."""

    naam: str
    koppen: list[str]
    rijen: list[list[Any]]


def _tekst(waarde: Any) -> Any:
    """Control characters that a spreadsheet cell cannot hold (XLSX refuses them) shown as ``\\x1b`` text."""
    return voor_document(waarde) if isinstance(waarde, str) else waarde


def neutraliseer(waarde: Any) -> Any:
    """A text that a spreadsheet would read as a formula gets a leading apostrophe; other values stay."""
    waarde = _tekst(waarde)
    if isinstance(waarde, str) and waarde.startswith(GEVAARLIJKE_BEGINTEKENS):
        return "'" + waarde
    return waarde


def _score(waarde: Any) -> float | None:
    if waarde is None or (isinstance(waarde, float) and math.isnan(waarde)):
        return None
    return round(float(waarde), 2)


def _fractie(waarde: Any) -> float | None:
    if waarde is None or (isinstance(waarde, float) and math.isnan(waarde)):
        return None
    return round(float(waarde), 4)


def _datum(waarde: Any) -> dt.date | None:
    if isinstance(waarde, dt.date):
        return waarde
    return dt.date.fromisoformat(waarde) if isinstance(waarde, str) and waarde else None


def _relatief(bestand: str, datamappen: Iterable[Path]) -> str:
    """The path of `bestand` relative to the data folder it was found in (posix), never absolute, as
    `toon_pad` shows it (a name outside the naming scheme is a stand-in)."""
    pad = Path(bestand).resolve()
    for map_ in datamappen:
        basis = map_.resolve()
        if basis.is_file():
            if basis == pad:
                return toon_pad(pad, onder=pad.parent)
            continue
        if pad.is_relative_to(basis):
            return toon_pad(pad, onder=basis)
    return toon_pad(pad, onder=pad.parent)


HERKOMSTKOLOMMEN = ("onderzoek", "kader_id", "kader_versie")
"""Columns that say where a row comes from: the onderzoek (its titel) and the kader (id and versie)."""


def met_herkomst(tabel: pd.DataFrame, onderzoek: str, kaders: Mapping[str, Kader]) -> pd.DataFrame:
    """The tidy table with the onderzoek and, per gemeente, the id and versie of its kader."""
    return tabel.assign(onderzoek=onderzoek, kader_id=tabel["gemeente"].map(lambda g: kaders[g].id if g in kaders else ""),
                        kader_versie=tabel["gemeente"].map(lambda g: kaders[g].versie if g in kaders else ""))


def dossierrijen(tabel: pd.DataFrame, datamappen: Iterable[Path]) -> list[dict[str, Any]]:
    """The tidy table as plain records: dates as dates, scores rounded, paths relative to the data folder."""
    mappen = list(datamappen)
    rijen: list[dict[str, Any]] = []
    tabel = tabel.assign(**{k: "" for k in HERKOMSTKOLOMMEN if k not in tabel.columns})
    for ruw in tabel.reindex(columns=list(DOSSIERKOLOMMEN)).to_dict(orient="records"):
        rij = {str(sleutel): waarde for sleutel, waarde in ruw.items()}
        for kolom in STEEKPROEFKOLOMMEN:
            rij[kolom] = _fractie(rij[kolom])
        rij["datum"] = _datum(rij["datum"])
        rij["score"] = _score(rij["score"])
        rij["telt_mee"] = bool(rij["telt_mee"])
        rij["consensus"] = bool(rij["consensus"])
        rij["afwijking"] = bool(rij["afwijking"])
        rij["bestand"] = _relatief(rij["bestand"], mappen)
        rijen.append(rij)
    return rijen


def _ja_nee(waarde: Any) -> Any:
    return ("ja" if waarde else "nee") if isinstance(waarde, bool) else waarde


def bladen(tabel: pd.DataFrame, kaders: Mapping[str, Kader], datamappen: Iterable[Path]) -> list[Blad]:
    """The sheets of the export: dossiers, gemeente × indicator, criteria and thema's (kaders per gemeente)."""
    records = dossierrijen(tabel, datamappen)
    dossiers = Blad("Dossiers", list(DOSSIERKOLOMMEN.values()),
                    [[_ja_nee(r[k]) for k in DOSSIERKOLOMMEN] for r in records])
    indicatoren = Blad("Gemeente × indicator", [
        "Gemeente", "Thema", "Criterium", "Nummer", "Indicator", "Niveau", "Dossiers", "Beoordeeld",
        *(f"Dossiers: {o.value}" for o in Oordeel), "Aandeel voldoet", "Oordeel uit dossiers", "Score dossiers",
        "Oordeel op gemeenteniveau", "Oordeel", *(DOSSIERKOLOMMEN[k] for k in STEEKPROEFKOLOMMEN)], [])
    criteria = Blad("Criteria", ["Gemeente", "Thema", "Nummer", "Criterium", "Oordeel", "Score"], [])
    themas = Blad("Thema's", ["Gemeente", "Nummer", "Thema", "Oordeel", "Score"], [])
    for gemeente in sorted(tabel["gemeente"].unique()) if not tabel.empty else []:
        kader = kaders[gemeente]
        eigen = tabel[tabel["gemeente"] == gemeente]
        oordelen = gemeenteoordelen(eigen, kader)
        verdeling = verdelingen(eigen).set_index("indicator") if (eigen["soort"] == "dossier").any() else None
        steekproef = _steekproefcijfers(eigen)
        nummers = _nummers(kader)
        themas_ = {t.id: t for t in kader.themas}
        criteria_ = {c.id: c for t in kader.themas for c in t.criteria}
        for rij in oordelen.to_dict(orient="records"):
            thema, criterium, indicator = (themas_[rij["thema"]], criteria_[rij["criterium"]],
                                           kader.indicator(rij["indicator"]))
            assert indicator is not None
            telling: list[Any] = [None] * (len(Oordeel) + 3)
            if verdeling is not None and rij["indicator"] in verdeling.index:
                v = verdeling.loc[rij["indicator"]]
                telling = [int(v["dossiers"]), int(v["beoordeeld"]), *(int(v[o.value]) for o in Oordeel),
                           _score(v["aandeel_voldoet"])]
            indicatoren.rijen.append([
                gemeente, thema.titel, criterium.tekst, nummers[rij["indicator"]], _een_regel(indicator.tekst),
                rij["niveau"], *telling, rij["uit_dossiers"] or None, _score(rij["score_dossiers"]),
                rij["op_gemeenteniveau"] or None, rij["oordeel"],
                *steekproef.get(rij["indicator"], [None] * len(STEEKPROEFKOLOMMEN))])
        criteriumtabel, thematabel = samenvatten(oordelen, kader)
        for rij in criteriumtabel.to_dict(orient="records"):
            criteria.rijen.append([gemeente, themas_[rij["thema"]].titel, nummers[rij["criterium"]],
                                   criteria_[rij["criterium"]].tekst, rij["oordeel"], _score(rij["score"])])
        for rij in thematabel.to_dict(orient="records"):
            themas.rijen.append([gemeente, nummers[rij["thema"]], themas_[rij["thema"]].titel, rij["oordeel"],
                                 _score(rij["score"])])
    return [dossiers, indicatoren, criteria, themas]


STEEKPROEFKOLOMMEN = ("interval_ondergrens", "interval_bovengrens", "niet_voldoen_bovengrens")


def _steekproefcijfers(eigen: pd.DataFrame) -> dict[str, list[float | None]]:
    """Per indicator the steekproef figures on the gemeente's dossier rows (the same on each row), if any."""
    if not set(STEEKPROEFKOLOMMEN) <= set(eigen.columns):
        return {}
    rijen = eigen[eigen[STEEKPROEFKOLOMMEN[0]].notna()].drop_duplicates("indicator")
    return {str(r["indicator"]): [_fractie(r[k]) for k in STEEKPROEFKOLOMMEN] for r in rijen.to_dict(orient="records")}


def _een_regel(tekst: str) -> str:
    return " ".join(tekst.split())


def _nummers(kader: Kader) -> dict[str, str]:
    """Per thema, criterium and indicator id its number as text ('1', '1.2', '1.2.3')."""
    nummers: dict[str, str] = {}
    for nummer, thema, criterium, indicator in kader.genummerd():
        nummers[thema.id] = nummer.van_thema
        nummers[criterium.id] = nummer.van_criterium
        nummers[indicator.id] = str(nummer)
    return nummers


def als_csv(tabel: pd.DataFrame, datamappen: Iterable[Path]) -> str:
    """The dossier sheet as CSV for Dutch Excel: ';', decimal comma, ja/nee, ISO dates, no formulas."""
    records = dossierrijen(tabel, datamappen)
    rijen = [{DOSSIERKOLOMMEN[k]: neutraliseer(_ja_nee(v)) for k, v in r.items()} for r in records]
    frame = pd.DataFrame(rijen, columns=list(DOSSIERKOLOMMEN.values()))
    return "\ufeff" + frame.to_csv(sep=";", decimal=",", index=False, lineterminator="\n", float_format="%.2f")


def als_json(tabel: pd.DataFrame, datamappen: Iterable[Path]) -> str:
    """The tidy table as JSON records (machine names, booleans, ISO dates, scores rounded)."""
    records = dossierrijen(tabel, datamappen)
    for rij in records:
        rij["datum"] = rij["datum"].isoformat() if rij["datum"] else None
    return json_tekst(records, indent=2) + "\n"


DATUMFORMAAT = "dd-mm-yyyy"
SCOREFORMAAT = "0.00"
PROCENTKOLOMMEN = {"Aandeel voldoet": "0%", **{DOSSIERKOLOMMEN[k]: "0%" for k in STEEKPROEFKOLOMMEN}}
"""Columns shown as a percentage (the value stays a fraction between 0 and 1)."""
MAX_BREEDTE = 60


def als_xlsx(tabel: pd.DataFrame, kaders: Mapping[str, Kader], datamappen: Iterable[Path],
             extra: Iterable[Blad] = ()) -> bytes:
    """The workbook: one sheet per level (and the `extra` sheets after them), typed cells, widths, a bold
    frozen header with filters."""
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    boek = Workbook()
    boek.remove(boek.active)
    for blad in [*bladen(tabel, kaders, datamappen), *extra]:
        werkblad = boek.create_sheet(blad.naam)
        werkblad.append(blad.koppen)
        for cel in werkblad[1]:
            cel.font = Font(bold=True)
        breedtes = [len(kop) for kop in blad.koppen]
        for r, rij in enumerate(blad.rijen, 2):
            for k, waarde in enumerate(rij, 1):
                waarde = _tekst(waarde)
                waarde = _ja_nee(waarde)
                cel = werkblad.cell(row=r, column=k, value=waarde)
                if isinstance(waarde, str):
                    cel.data_type = "s"  # text, never a formula (openpyxl reads '=...' as a formula)
                elif isinstance(waarde, dt.date):
                    cel.number_format = DATUMFORMAAT
                elif isinstance(waarde, float):
                    cel.number_format = PROCENTKOLOMMEN.get(blad.koppen[k - 1], SCOREFORMAAT)
                breedtes[k - 1] = max(breedtes[k - 1], len(_als_tekst(waarde)))
        for k, breedte in enumerate(breedtes, 1):
            werkblad.column_dimensions[werkblad.cell(row=1, column=k).column_letter].width = min(breedte + 2,
                                                                                                  MAX_BREEDTE)
        werkblad.freeze_panes = "A2"
        werkblad.auto_filter.ref = werkblad.dimensions
    buffer = io.BytesIO()
    boek.save(buffer)
    return buffer.getvalue()


def _als_tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, dt.date):
        return "00-00-0000"
    if isinstance(waarde, float):
        return f"{waarde:.2f}"
    return str(waarde)


def csv_export(tabel: pd.DataFrame, kaders: Mapping[str, Kader], datamappen: Iterable[Path]) -> str:
    """The reporter of `formaten.ExportFormaat.CSV`."""
    return als_csv(tabel, datamappen)


def json_export(tabel: pd.DataFrame, kaders: Mapping[str, Kader], datamappen: Iterable[Path]) -> str:
    """The reporter of `formaten.ExportFormaat.JSON`."""
    return als_json(tabel, datamappen)
