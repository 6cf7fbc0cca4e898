"""Typesetting an HTML report as a tagged, accessible PDF (PDF/UA-1) with WeasyPrint.

The PDF comes from the same templates and print stylesheet as the HTML: page numbers, running
headers, the inhoudsopgave with page numbers and the CONCEPT marking are CSS paged media in
`basis.html.j2`. WeasyPrint is imported here only, so only ``--formaat pdf`` needs it (and the Pango
libraries it uses).
"""

from __future__ import annotations


class PdfFout(Exception):
    """WeasyPrint or the libraries it needs are missing (a Dutch message says what to install)."""


def html_naar_pdf(html: str) -> bytes:
    """The report as PDF/UA-1: tagged, with the document language and title from the HTML."""
    try:
        import weasyprint  # type: ignore[import-untyped]  # WeasyPrint ships no type information
    except (ImportError, OSError) as fout:  # OSError: Pango or its libraries are missing
        raise PdfFout(f"PDF maken lukt niet: WeasyPrint of de Pango-bibliotheken ontbreken ({fout}); installeer "
                      "ze met 'pip install weasyprint' en (Debian) 'apt-get install libpango-1.0-0 "
                      "libpangoft2-1.0-0'") from None
    pdf: bytes = weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")  # bytes: no target given
    return pdf
