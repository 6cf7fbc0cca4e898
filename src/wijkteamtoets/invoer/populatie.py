"""Reading a population file: the wijkteam's list of dossiers (CSV or XLSX), one row per dossier.

The first row holds the column names; one column is the pseudonymous zaaknummer (``zaaknummer`` or
``dossier``), the others are categories to stratify on (team, aanmelding via, startdatum). CSV is UTF-8 with
``;`` or ``,`` between the cells (as Dutch Excel writes it); XLSX is read from its first sheet, values only.
Every cell becomes text; the position of a cell is its row (line) and column number, 1-based, so problems
point at ``pad:rij:kolom`` and never need to show the value. Whether the contents are pseudonymous is
checked in `controles.steekproefcontrole`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from ..problemen import InvoerFout, Probleem, pad_tekst
from .lezen import decodeer_utf8, lees_begrensd

ID_KOLOMMEN = ("zaaknummer", "dossier")
"""Names of the column with the pseudonymous ids (case does not matter)."""

MAX_POPULATIE_BYTES = 16 * 1024 * 1024
"""The largest population file read (a national registration export fits easily)."""


@dataclass(frozen=True)
class Populatietabel:
    """A population file as text cells, with what identifies the file (name, SHA-256)."""

    pad: str
    naam: str
    sha256: str
    kolommen: list[str]
    rijen: list[tuple[int, list[str]]]  # (row number in the file, cells)


def _cel(waarde: object) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, dt.datetime):
        return waarde.date().isoformat() if waarde.time() == dt.time() else waarde.isoformat()
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    return str(waarde).strip()


def _csv_rijen(ruw: bytes, toon: str) -> list[tuple[int, list[str]]]:
    tekst = decodeer_utf8(ruw, toon)
    eerste = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste.count(";") >= eerste.count(",") else ","
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    rijen = []
    try:
        for cellen in lezer:
            rijen.append((lezer.line_num, [c.strip() for c in cellen]))
    except csv.Error as fout:
        raise InvoerFout([Probleem(pad=toon, regel=lezer.line_num, kolom=1, code="populatie-ongeldig",
                                   melding=f"de CSV kan niet gelezen worden ({fout})",
                                   hint="sla de lijst op als CSV (UTF-8) met ; of , tussen de cellen")]) from None
    return rijen


def _xlsx_rijen(ruw: bytes, toon: str) -> list[tuple[int, list[str]]]:
    import zipfile

    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        boek = load_workbook(io.BytesIO(ruw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as fout:
        raise InvoerFout([Probleem(pad=toon, regel=1, kolom=1, code="populatie-ongeldig",
                                   melding=f"het Excel-bestand kan niet gelezen worden ({type(fout).__name__})",
                                   hint="sla de lijst op als .xlsx (Excel-werkmap) of als CSV")]) from None
    try:
        blad = boek.worksheets[0]
        return [(nummer, [_cel(w) for w in rij])
                for nummer, rij in enumerate(blad.iter_rows(values_only=True), 1)]
    finally:
        boek.close()


def lees_populatie(pad: Path) -> Populatietabel:
    """The population file at `pad` as text cells; raise `InvoerFout` when it cannot be read or has no
    zaaknummer column or no rows."""
    toon = pad_tekst(pad)
    ruw = lees_begrensd(pad, MAX_POPULATIE_BYTES)
    if pad.suffix.lower() in (".xlsx", ".xlsm"):
        rijen = _xlsx_rijen(ruw, toon)
    elif pad.suffix.lower() in (".csv", ".txt"):
        rijen = _csv_rijen(ruw, toon)
    else:
        raise InvoerFout([Probleem(pad=toon, regel=1, kolom=1, code="populatie-ongeldig",
                                   melding="het populatiebestand is geen CSV of XLSX",
                                   hint="exporteer de lijst van dossiers als .csv of .xlsx")])
    rijen = [(nummer, cellen) for nummer, cellen in rijen if any(cellen)]
    if not rijen:
        raise InvoerFout([Probleem(pad=toon, regel=1, kolom=1, code="leeg-bestand",
                                   melding="het populatiebestand bevat geen rijen",
                                   hint="de eerste rij noemt de kolommen (zaaknummer, ...), daarna één rij per dossier")])
    kopregel, koppen = rijen[0]
    if not any(k.casefold() in ID_KOLOMMEN for k in koppen):
        raise InvoerFout([Probleem(pad=toon, regel=kopregel, kolom=1, code="populatie-ongeldig",
                                   melding="de eerste rij heeft geen kolom 'zaaknummer'",
                                   hint="noem de kolom met de pseudonieme dossiernummers 'zaaknummer'")])
    if len(rijen) == 1:
        raise InvoerFout([Probleem(pad=toon, regel=kopregel, kolom=1, code="leeg-bestand",
                                   melding="het populatiebestand bevat alleen een kopregel",
                                   hint="zet onder de kopregel één rij per dossier")])
    breedte = len(koppen)
    gelijk = [(nummer, (cellen + [""] * breedte)[:max(breedte, len(cellen))]) for nummer, cellen in rijen[1:]]
    return Populatietabel(pad=toon, naam=pad.name, sha256=hashlib.sha256(ruw).hexdigest(), kolommen=koppen,
                          rijen=gelijk)
