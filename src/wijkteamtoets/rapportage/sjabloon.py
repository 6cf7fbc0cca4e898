"""Rendering the report templates through Jinja: HTML autoescaped, Markdown escaped for Markdown.

Templates are package data (``sjablonen/``), read through Jinja's PackageLoader; an inspectorate's own
folder of templates (``--sjabloon``) comes first. Rendering is a pure function of the template and the
plain data the template gets (`inhoud`, `overkoepelend`, `vergelijking` make that data).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from ..problemen import aantal, voor_document
from .beoordelingen import zonder_stuurtekens

_MARKDOWN_TEKENS = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "\n": " "})
_MARKDOWN_OPMAAK = re.compile(r"([\\`*_\[\]!#~])")


def _markdown_veilig(waarde: Any) -> Any:
    """Escape text for Markdown output: HTML stays text (as entities), and links, images, autolinks and
    emphasis stay literal (their characters backslash-escaped); control characters are shown as escapes."""
    if not isinstance(waarde, str):
        return waarde
    return _MARKDOWN_OPMAAK.sub(r"\\\1", zonder_stuurtekens(waarde)).translate(_MARKDOWN_TEKENS)


def _html_veilig(waarde: Any) -> Any:
    """Text for HTML (and the PDF made from it), before autoescaping: NUL and other C0 controls as escapes. A
    value already marked safe (`Markup`) stays safe."""
    if isinstance(waarde, markupsafe.Markup):
        return markupsafe.Markup(voor_document(str(waarde)))
    return voor_document(waarde) if isinstance(waarde, str) else waarde


@functools.lru_cache(maxsize=8)
def omgeving(sjabloonmap: Path | None, formaat: str) -> jinja2.Environment:
    """A Jinja environment: the inspectorate's own folder first (if any), then the package's templates.
    One per folder and format, so each template is compiled once per run (not once per report)."""
    laders: list[jinja2.BaseLoader] = []
    if sjabloonmap is not None:
        laders.append(jinja2.FileSystemLoader(str(sjabloonmap)))
    laders.append(jinja2.PackageLoader("wijkteamtoets.rapportage", "sjablonen"))
    html = formaat == "html"
    sjablonen = jinja2.Environment(
        loader=jinja2.ChoiceLoader(laders),
        autoescape=html,
        finalize=_html_veilig if html else _markdown_veilig,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    sjablonen.filters["aantal"] = aantal  # {{ n | aantal("dossier", "dossiers") }}: '1 dossier', '2 dossiers'
    return sjablonen


def render(sjabloon: str, gegevens: dict[str, Any], formaat: str, sjabloonmap: Path | None = None) -> str:
    """Fill template `sjabloon` (without extension) for `formaat` ('html', 'pdf' or 'markdown').

    A PDF is made from the HTML templates; they know it through `pdf` (for example to link to the
    other reports as .pdf and to show the inhoudsopgave with page numbers)."""
    html = formaat in ("html", "pdf")
    naam = f"{sjabloon}.{'html' if html else 'md'}.j2"
    return omgeving(sjabloonmap, "html" if html else formaat).get_template(naam).render(
        **gegevens, pdf=formaat == "pdf")
