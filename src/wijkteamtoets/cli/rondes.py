"""The commands about rounds: `trend` (what changed since the previous round, per gemeente and indicator) and
`vaststellen` (freeze a definitive onderzoek with a manifest of hashes). Thin: the work is in
`beoordelen.rondes`, `controles.vaststelling` and `rapportage.trend`."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..invoer.bestanden import PadFout, standaard_kaders, verzamel_bestanden
from ..problemen import toon_uitvoer
from ..rapportage.toetsing import DATA_TIP, Gebruiksfout
from .basis import EXIT_PROBLEMEN, KADERS_TIP, KadersOptie, OverschrijfOptie
from .basis import register as _register
from .basis import schrijf as _schrijf
from .basis import stop_met_gebruiksfout as _stop_met_gebruiksfout
from .meldingen import Formaat, formatteer


class TrendFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"
    CSV = "csv"


def trend(
    pad: Annotated[Path, typer.Argument(help="De map van het onderzoek (met onderzoek.yaml dat met 'vorige:' de "
                                        "vorige ronde noemt).", show_default=False)],
    formaat: Annotated[TrendFormaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, markdown, json of csv.")
                       ] = TrendFormaat.TEKST,
    kaders: KadersOptie = None,
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Schrijf naar dit bestand in plaats van "
                                                 "naar het scherm.", show_default=False)] = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Vergelijk een onderzoek met zijn vorige ronde: per gemeente en indicator het oordeel toen en nu en het
    aandeel dossiers dat voldoet (met 95%-interval), beide beoordeeld met het huidige kader."""
    from ..rapportage import trend as weergave

    if not pad.is_dir():
        _stop_met_gebruiksfout(f"map '{pad}' bestaat niet", DATA_TIP)
    try:
        verzamel_bestanden([pad])  # a folder without YAML is the data's problem, not the kaders'
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), "geef de map van het onderzoek: met onderzoek.yaml en de bestanden per gemeente")
    try:
        ontwikkeling, problemen, aantal_bestanden = weergave.maak_trend([pad], kaders or standaard_kaders(), uitvoer)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), KADERS_TIP)
    except Gebruiksfout as fout:
        _stop_met_gebruiksfout(fout.melding, fout.tip)
    except weergave.TrendFout as fout:
        _stop_met_gebruiksfout(str(fout))
    if ontwikkeling is None:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, aantal_bestanden))
        typer.echo("Geen trend gemaakt: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    if formaat is TrendFormaat.TEKST and uitvoer is None:
        from rich.console import Console
        from rich.table import Table

        console = Console(highlight=False)
        console.print(f"Ontwikkeling sinds {ontwikkeling.titel_vorige}", style="bold", markup=False)
        console.print(ontwikkeling.gelijk_vergeleken, markup=False)
        tabel = Table(*weergave.KOPPEN, box=None, header_style="bold")
        for rij in weergave.rijen_tekst(ontwikkeling):
            tabel.add_row(*rij)
        console.print(tabel)
        overgangen = Table("nr.", "indicator", *weergave.RICHTINGEN, title="Overgangen per indicator (gemeenten)",
                           box=None, header_style="bold")
        for r in ontwikkeling.overgangen:
            overgangen.add_row(r["nummer"], r["indicator"], *(str(r[x]) for x in weergave.RICHTINGEN))
        console.print(overgangen)
        return
    tekst = {TrendFormaat.JSON: weergave.als_json, TrendFormaat.CSV: weergave.als_csv}.get(
        formaat, weergave.als_markdown)(ontwikkeling)
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    _schrijf(uitvoer, tekst, overschrijf)
    typer.echo(f"Trend geschreven naar {uitvoer}", err=True)


def vaststellen(
    pad: Annotated[Path, typer.Argument(help="De map van het onderzoek (met onderzoek.yaml).", show_default=False)],
    kaders: KadersOptie = None,
) -> None:
    """Stel een definitief onderzoek vast: leg de SHA-256 van elk invoerbestand, van het kader en de versie van het
    programma vast in vastgesteld.json naast onderzoek.yaml. Een rapport controleert dat daarna."""
    import datetime as dt

    from .. import __version__
    from ..beoordelen.rondes import stel_vast
    from ..controles.vaststelling import manifestpad

    if not pad.is_dir():
        _stop_met_gebruiksfout(f"map '{pad}' bestaat niet")
    register, kaderproblemen = _register(kaders)
    manifest, problemen = stel_vast(pad, register, __version__, dt.date.today())
    if manifest is None:
        sys.stderr.write(formatteer(sorted(kaderproblemen + problemen), Formaat.TEKST,
                                    len({p.pad for p in problemen}) or 1))
        typer.echo("Niet vastgesteld: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    doel = manifestpad(pad)
    _schrijf(doel, manifest.als_json(), False)
    typer.echo(f"Onderzoek vastgesteld: {len(manifest.bestanden)} bestanden en "
               f"{len(manifest.kaders)} {'kader' if len(manifest.kaders) == 1 else 'kaders'} in {toon_uitvoer(doel, pad)}.")


def registreer(app: typer.Typer) -> None:
    """Add `trend` and `vaststellen` to the app."""
    app.command("trend")(trend)
    app.command("vaststellen")(vaststellen)
