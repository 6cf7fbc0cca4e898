"""The output formats, one enum per kind of output, each with its registry of reporters.

A new format is one member and one entry here. The reporters are named as ``module:function`` of this
package and imported only when used, so that the CLI can offer the choices without importing pandas or
jinja2 (``beoordeel`` must start fast). ``tekst`` is rendered for a terminal by the cli (rich); it has no
entry in a registry here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any


class BeoordeelFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"


class VergelijkFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


class RapportFormaat(str, Enum):
    HTML = "html"
    MARKDOWN = "markdown"
    PDF = "pdf"


class ExportFormaat(str, Enum):
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


BEOORDELINGEN: Mapping[BeoordeelFormaat, str] = {
    BeoordeelFormaat.MARKDOWN: "beoordelingen:markdown_rapport",
    BeoordeelFormaat.JSON: "beoordelingen:json_rapport",
}
"""Reporters of beoordelingen: (beoordelingen, problemen, aantal bestanden, details) -> text."""

VERGELIJKINGEN: Mapping[VergelijkFormaat, str] = {
    VergelijkFormaat.MARKDOWN: "vergelijking:als_markdown",
    VergelijkFormaat.JSON: "vergelijking:als_json",
    VergelijkFormaat.HTML: "vergelijking:als_html",
}
"""Reporters of a comparison: (vergelijking, kader) -> text."""

EXPORTEN: Mapping[ExportFormaat, str] = {
    ExportFormaat.CSV: "spreadsheet:csv_export",
    ExportFormaat.JSON: "spreadsheet:json_export",
    ExportFormaat.XLSX: "spreadsheet:als_xlsx",
}
"""Reporters of the oordelen table: (tabel, kaders, datamappen) -> contents of the file."""

RAPPORTEN: Mapping[RapportFormaat, str] = {
    RapportFormaat.HTML: ".html",
    RapportFormaat.MARKDOWN: ".md",
    RapportFormaat.PDF: ".pdf",
}
"""Report formats and their file extensions (the PDF is typeset from the HTML templates)."""


def rapporteur(register: Mapping[Any, str], formaat: str) -> Callable[..., Any]:
    """The reporter of `formaat` in `register`, imported now."""
    module, functie = register[type(next(iter(register)))(formaat)].split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), functie)  # type: ignore[no-any-return]
