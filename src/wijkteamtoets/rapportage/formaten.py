"""The output formats, one enum per kind of output; each member names its reporter.

A new format is one member here: its name as users type it and the reporter that writes it, as
``module:function`` of this package, imported only when used, so that the CLI can offer the choices without
importing pandas or jinja2 (``beoordeel`` must start fast). ``tekst`` is rendered for a terminal by the cli
(rich) and names no reporter. A report format names its file extension instead (the PDF is typeset from the
HTML templates).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum
from typing import Any


class Formaat(str, Enum):
    """A format of one kind of output: the value is the name users type, `doel` the reporter (or extension)."""

    doel: str

    def __new__(cls, naam: str, doel: str = "") -> Formaat:
        lid = str.__new__(cls, naam)
        lid._value_ = naam
        lid.doel = doel
        return lid


class BeoordeelFormaat(Formaat):
    """Reporters of beoordelingen: (beoordelingen, problemen, aantal bestanden, details) -> text."""

    TEKST = "tekst"
    MARKDOWN = "markdown", "beoordelingen:markdown_rapport"
    JSON = "json", "beoordelingen:json_rapport"


class VergelijkFormaat(Formaat):
    """Reporters of a comparison: (vergelijking, kader) -> text."""

    TEKST = "tekst"
    MARKDOWN = "markdown", "vergelijking:als_markdown"
    JSON = "json", "vergelijking:als_json"
    HTML = "html", "vergelijking:als_html"


class RapportFormaat(Formaat):
    """Report formats and their file extensions."""

    HTML = "html", ".html"
    MARKDOWN = "markdown", ".md"
    PDF = "pdf", ".pdf"


class ExportFormaat(Formaat):
    """Reporters of the oordelen table: (tabel, kaders, datamappen) -> contents of the file."""

    CSV = "csv", "spreadsheet:csv_export"
    JSON = "json", "spreadsheet:json_export"
    XLSX = "xlsx", "spreadsheet:als_xlsx"


def rapporteur(formaat: Formaat) -> Callable[..., Any]:
    """The reporter of `formaat`, imported now."""
    module, functie = formaat.doel.split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), functie)  # type: ignore[no-any-return]
