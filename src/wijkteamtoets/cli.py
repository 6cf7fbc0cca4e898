"""The command line: parses options, calls the library, renders with rich, maps errors to exit codes.

Exit codes: 0 success, 1 problems found in input files, 2 usage error. Heavy libraries (pandas,
jinja2) are imported inside the commands that need them, so `beoordeel` and `kader controleer`
start fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from . import __version__, nederlands
from .laden import PadFout, controleer_kaderbestanden, verzamel_bestanden
from .meldingen import Formaat, formatteer
from .problemen import CODES, Niveau, Probleem
from .schrijven import BestaatAl, schrijf_bestand

nederlands.vertaal_hulpteksten()

EXIT_OK = 0
EXIT_PROBLEMEN = 1
EXIT_GEBRUIK = 2

STANDAARD_KADERS = Path("kaders")

app = typer.Typer(
    name="wijkteamtoets",
    help="Wijkteam-dossiers toetsen aan een toezichtkader, de oordelen bundelen per gemeente en thema, "
    "en rapporten maken.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
kader_app = typer.Typer(help="Het toezichtkader controleren en bekijken.", no_args_is_help=True)
app.add_typer(kader_app, name="kader")


def _stop_met_gebruiksfout(melding: str) -> NoReturn:
    typer.echo(f"fout: {melding}", err=True)
    raise typer.Exit(EXIT_GEBRUIK)


def _exitcode(problemen: list[Probleem]) -> int:
    return EXIT_PROBLEMEN if any(p.niveau is Niveau.FOUT for p in problemen) else EXIT_OK


def _versie(waarde: bool) -> None:
    if waarde:
        typer.echo(f"wijkteamtoets {__version__}")
        raise typer.Exit()


@app.callback()
def hoofd(
    versie: Annotated[bool, typer.Option("--versie", help="Toon de versie en stop.", callback=_versie,
                                         is_eager=True)] = False,
) -> None:
    """Wijkteam-dossiers toetsen aan een toezichtkader en rapporteren."""


PadenArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Kaderbestanden of mappen met kaderbestanden. Standaard: [bold]kaders/[/].",
                   show_default=False),
]


def _kaderbestanden(paden: list[Path] | None) -> list[Path]:
    try:
        return verzamel_bestanden(paden or [STANDAARD_KADERS])
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))


@kader_app.command("controleer")
def kader_controleer(
    paden: PadenArgument = None,
    formaat: Annotated[Formaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, json of github "
                                             "(annotaties in GitHub Actions).")] = Formaat.TEKST,
) -> None:
    """Controleer kaderbestanden: schema en betekenis (ids, voorwaarden, normering). Voor CI."""
    bestanden = _kaderbestanden(paden)
    uitkomst = controleer_kaderbestanden(bestanden)
    sys.stdout.write(formatteer(uitkomst.problemen, formaat, len(bestanden)))
    raise typer.Exit(_exitcode(uitkomst.problemen))


@kader_app.command("toon")
def kader_toon(
    paden: PadenArgument = None,
    indicator: Annotated[str | None, typer.Option("--indicator", "-i", help="Toon alleen deze indicator "
                                                  "(id).")] = None,
    volledig: Annotated[bool, typer.Option("--volledig", help="Toon ook de operationalisering.")] = False,
) -> None:
    """Toon het kader als boom: thema's, criteria, indicatoren met hun feiten en eisen."""
    from .weergave import kader_boom

    bestanden = _kaderbestanden(paden)
    uitkomst = controleer_kaderbestanden(bestanden)
    if any(p.niveau is Niveau.FOUT for p in uitkomst.problemen):
        sys.stderr.write(formatteer(uitkomst.problemen, Formaat.TEKST, len(bestanden)))
        raise typer.Exit(EXIT_PROBLEMEN)
    if indicator is not None and not any(k.indicator(indicator) for k in uitkomst.kaders):
        bekend = ", ".join(i.id for k in uitkomst.kaders for _, _, i in k.indicatoren())
        _stop_met_gebruiksfout(f"indicator '{indicator}' bestaat niet; bekend zijn: {bekend}")
    console = Console(highlight=False)
    for kader in uitkomst.kaders:
        console.print(kader_boom(kader, volledig=volledig or indicator is not None, alleen=indicator))


class SchemaSoort(str, Enum):
    KADER = "kader"


@app.command("schema")
def schema(
    soort: Annotated[SchemaSoort, typer.Argument(help="Voor welk soort bestand: kader.")],
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Schrijf naar dit bestand in plaats "
                                                 "van naar het scherm.")] = None,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaand bestand.")] = False,
) -> None:
    """Schrijf het JSON Schema van kaderbestanden, voor validatie en aanvulling in de editor."""
    from .schema import json_schema_tekst

    tekst = json_schema_tekst(soort.value)
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    try:
        schrijf_bestand(uitvoer, tekst, overschrijf=overschrijf)
    except BestaatAl as fout:
        _stop_met_gebruiksfout(str(fout))
    except OSError as fout:
        _stop_met_gebruiksfout(f"kan '{uitvoer}' niet schrijven ({fout.strerror})")
    typer.echo(f"Schema geschreven naar {uitvoer}", err=True)


@app.command("codes")
def codes() -> None:
    """Toon alle meldingscodes met hun betekenis."""
    from rich.table import Table

    tabel = Table("code", "betekenis", box=None, show_header=True, header_style="bold")
    for code, betekenis in CODES.items():
        tabel.add_row(code, betekenis)
    Console(highlight=False).print(tabel)


def main() -> None:
    """Entry point of the console script: the app, with a last line of defence against tracebacks."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("afgebroken", err=True)
        sys.exit(130)
    except Exception as fout:  # noqa: BLE001 - no traceback in front of a user
        typer.echo(f"interne fout in wijkteamtoets ({type(fout).__name__}: {fout}). Dit is een fout in het "
                   "programma, niet in uw bestanden; meld het aan de beheerders.", err=True)
        sys.exit(3)
