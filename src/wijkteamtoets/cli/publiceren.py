"""The commands that publish: ``rapport`` (deelrapporten and the overarching report) and ``exporteer``.

Each maps its options onto `rapportage.toetsing.Toetsing`, which applies every gate before writing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..problemen import toon_uitvoer
from ..rapportage.formaten import ExportFormaat, RapportFormaat
from .basis import (
    EXIT_PROBLEMEN,
    STANDAARD_RAPPORTEN,
    DataOptie,
    KadersOptie,
    OverschrijfOptie,
    app,
    laad_lijsten_als_nodig,
    stop_met_gebruiksfout,
    voortgang,
    weigeringen,
)


@app.command("rapport")
def rapport(
    gemeente: Annotated[str | None, typer.Option("--gemeente", "-g", help="Maak het deelrapport van deze gemeente.",
                                                 show_default=False)] = None,
    alle: Annotated[bool, typer.Option("--alle", help="Maak het overkoepelende rapport en een deelrapport per "
                                       "gemeente.")] = False,
    formaat: Annotated[RapportFormaat, typer.Option("--formaat", "-f", help="html (één bestand, ook offline en "
                                                    "printbaar), pdf (toegankelijk, PDF/UA) of markdown.")
                       ] = RapportFormaat.HTML,
    uitvoer: Annotated[Path, typer.Option("--uitvoer", "-o", help="Map voor de rapporten (of, met --gemeente, "
                                          "een bestand).")] = STANDAARD_RAPPORTEN,
    data: DataOptie = None,
    kaders: KadersOptie = None,
    sjabloon: Annotated[Path | None, typer.Option("--sjabloon", help="Map met eigen Jinja-sjablonen die de "
                                                  "standaardsjablonen vervangen.", show_default=False)] = None,
    toon_dossiers: Annotated[bool, typer.Option("--toon-dossiers", help="Noem dossiers bij hun pseudonieme "
                                                "dossiernummer in plaats van 'dossier 1', ...")] = False,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Maak het deelrapport van een gemeente, of met --alle het overkoepelende rapport en alle deelrapporten."""
    from ..rapportage.pdf import PdfFout
    from ..rapportage.toetsing import Toetsing

    if (gemeente is None) == (not alle):
        stop_met_gebruiksfout("kies --gemeente NAAM of --alle")
    if sjabloon is not None and not sjabloon.is_dir():
        stop_met_gebruiksfout(f"sjabloonmap '{sjabloon}' bestaat niet")
    with weigeringen("rapport"):
        toetsing = Toetsing(data, kaders)
        toetsing.controleer_uitvoer(uitvoer)

    def lijsten(bestanden: list[Path]) -> None:  # not needed when every report is unchanged
        from ..controles import privacy as privacyscan

        if privacyscan.volledige_scan_nodig(bestanden):  # a phase of the progress bar: one live display at a time
            toetsing.voortgang.fase("Namenlijsten voor de privacycontrole laden (de eerste keer duurt dit even)")
            privacyscan.laad_lijsten()

    toetsing.voor_volledige_scan = lijsten
    try:
        with voortgang() as balk, weigeringen("rapport"):
            toetsing.voortgang = balk
            geschreven = toetsing.rapporten(uitvoer, formaat.value, gemeente=gemeente, sjabloonmap=sjabloon,
                                            toon_dossiers=toon_dossiers, overschrijf=overschrijf)
    except PdfFout as fout:
        typer.echo(f"fout: {fout}", err=True)
        raise typer.Exit(EXIT_PROBLEMEN) from None
    except Exception as fout:
        import jinja2  # only here: an unchanged run does not import it

        if not isinstance(fout, jinja2.TemplateError):
            raise
        stop_met_gebruiksfout(f"sjabloon kan niet gebruikt worden: {fout}")
    if toetsing.waarschuwingen:
        import sys

        from .meldingen import Formaat, formatteer

        sys.stderr.write(formatteer(toetsing.waarschuwingen, Formaat.TEKST, len({p.pad for p in toetsing.waarschuwingen})))
    for pad in geschreven:
        typer.echo(f"Rapport geschreven: {toon_uitvoer(pad, uitvoer)}")


@app.command("exporteer")
def exporteer(
    formaat: Annotated[ExportFormaat, typer.Option("--formaat", "-f", help="csv (voor Excel: puntkomma en "
                                                   "decimale komma), json of xlsx.")] = ExportFormaat.XLSX,
    uitvoer: Annotated[Path, typer.Option("--uitvoer", "-o", help="Bestand, of map voor oordelen.<formaat>.")
                       ] = STANDAARD_RAPPORTEN,
    gemeente: Annotated[str | None, typer.Option("--gemeente", "-g", help="Alleen deze gemeente.",
                                                 show_default=False)] = None,
    data: DataOptie = None,
    kaders: KadersOptie = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Exporteer de tabel met alle oordelen (gemeente, dossier, indicator, oordeel, ...) voor eigen analyse."""
    from ..rapportage.toetsing import Toetsing

    with weigeringen("export"):
        toetsing = Toetsing(data, kaders)
        toetsing.controleer_uitvoer(uitvoer)
    laad_lijsten_als_nodig(toetsing.bestanden)
    with voortgang() as balk, weigeringen("export"):
        toetsing.voortgang = balk
        doel = toetsing.exporteer(uitvoer, formaat.value, gemeente=gemeente, overschrijf=overschrijf)
    typer.echo(f"Export geschreven: {toon_uitvoer(doel, uitvoer)}")
