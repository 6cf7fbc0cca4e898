"""What every command module shares: the Typer app, exit codes, options, progress and the mapping of library
refusals onto messages and exit codes.

Exit codes: 0 success, 1 problems found in input files, 2 usage error, 3 internal error (a bug; `--debug`
shows the traceback), 130 interrupted. Nothing here decides policy: gates live in the library
(`beoordelen.poorten`, applied by `rapportage.toetsing.Toetsing`); this module only says what they said.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from .. import __version__
from ..invoer.voortgang import GEEN_VOORTGANG, Voortgang
from ..problemen import Probleem, heeft_fouten, toon_pad
from . import nederlands
from .meldingen import Formaat, formatteer

if TYPE_CHECKING:
    from rich.console import Console

nederlands.vertaal_hulpteksten()

EXIT_OK = 0
EXIT_PROBLEMEN = 1
EXIT_GEBRUIK = 2
EXIT_INTERN = 3
EXIT_AFGEBROKEN = 130

app = typer.Typer(
    name="wijkteamtoets",
    help="Wijkteam-dossiers toetsen aan een toezichtkader, de oordelen bundelen per gemeente en thema, "
    "en rapporten maken.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _debug_gevraagd(argumenten: list[str]) -> bool:
    return "--debug" in argumenten or os.environ.get("WIJKTEAMTOETS_DEBUG", "").lower() in ("1", "ja", "true", "yes")


def draai() -> None:
    """Run the app on the command line, with a last line of defence against tracebacks.

    An unexpected error (a bug) prints a short Dutch message and exits with EXIT_INTERN; with ``--debug``
    (anywhere on the command line) or ``WIJKTEAMTOETS_DEBUG=1`` the traceback is printed first."""
    argumenten = sys.argv[1:]
    debug = _debug_gevraagd(argumenten)
    if "--debug" in argumenten[1:]:  # also after the command: move it to where the main callback reads it
        argumenten = ["--debug", *[a for a in argumenten if a != "--debug"]]
    from ..controles.cache import CacheOnveilig

    try:
        app(args=argumenten, prog_name="wijkteamtoets")
    except CacheOnveilig as fout:
        typer.echo(f"fout: {fout.melding}", err=True)
        typer.echo(f"tip: {fout.tip}", err=True)
        sys.exit(EXIT_GEBRUIK)
    except KeyboardInterrupt:
        typer.echo("afgebroken", err=True)
        sys.exit(EXIT_AFGEBROKEN)
    except Exception as fout:
        if debug:
            import traceback

            traceback.print_exc()
        typer.echo(f"interne fout in wijkteamtoets ({type(fout).__name__}). Dit is een fout in het programma, niet "
                   "in uw bestanden. " + ("Stuur de traceback hierboven mee als u het meldt aan de beheerders "
                                          "(controleer eerst of er geen persoonsgegevens in staan)." if debug else
                                          "Draai het commando opnieuw met --debug (of WIJKTEAMTOETS_DEBUG=1) en "
                                          "meld de uitvoer aan de beheerders."), err=True)
        sys.exit(EXIT_INTERN)


def stop_met_gebruiksfout(melding: str, tip: str | None = None) -> NoReturn:
    from ..invoer.persoonsgegevens import maskeer

    typer.echo(f"fout: {maskeer(melding)}", err=True)
    if tip:
        typer.echo(f"tip: {maskeer(tip)}", err=True)
    raise typer.Exit(EXIT_GEBRUIK)


def exitcode(problemen: list[Probleem]) -> int:
    return EXIT_PROBLEMEN if heeft_fouten(problemen) else EXIT_OK


def _versie(waarde: bool) -> None:
    if waarde:
        typer.echo(f"wijkteamtoets {__version__}")
        raise typer.Exit()


@app.callback()
def hoofd(
    versie: Annotated[bool, typer.Option("--versie", help="Toon de versie en stop.", callback=_versie,
                                         is_eager=True)] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Toon bij een interne fout (exitcode 3) de volledige "
                                        "traceback, om mee te sturen met een foutmelding. Ook met "
                                        "WIJKTEAMTOETS_DEBUG=1.")] = False,
) -> None:
    """Wijkteam-dossiers toetsen aan een toezichtkader en rapporteren."""


KadersOptie = Annotated[
    list[Path] | None,
    typer.Option("--kaders", "-k", help="Kaderbestand of map met kaders waar de bestanden naar verwijzen. "
                 "Standaard: [bold]kaders/[/] in de werkmap, of anders het meegeleverde kader.",
                 show_default=False),
]
DataOptie = Annotated[list[Path] | None, typer.Option("--data", help="Map(pen) of bestanden met dossiers en "
                                                      "gemeentebestanden. Standaard: [bold]voorbeelden/[/].",
                                                      show_default=False)]
OverschrijfOptie = Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaand bestand.")]
STANDAARD_RAPPORTEN = Path("rapporten")


def terminal_op_stderr() -> Console | None:
    """A rich Console on stderr when stderr is a terminal (as rich decides it), else None. When rich's own
    settings (TTY_COMPATIBLE, FORCE_COLOR) are not set and stderr is no terminal, the answer is certain without
    importing rich: a run whose output goes to a file or a pipe does not pay for it."""
    if "TTY_COMPATIBLE" not in os.environ and "FORCE_COLOR" not in os.environ:
        try:
            if not sys.stderr.isatty():
                return None
        except (AttributeError, ValueError):  # no isatty, or a closed stream: rich says "no terminal" too
            return None
    from rich.console import Console

    console = Console(stderr=True)
    return console if console.is_terminal else None


@contextlib.contextmanager
def voortgang() -> Iterator[Voortgang]:
    """A progress bar on stderr through every phase of a long run, only on a terminal; otherwise quiet."""
    console = terminal_op_stderr()
    if console is None:
        yield GEEN_VOORTGANG
        return
    from .terminal import voortgangsbalk

    with voortgangsbalk(console) as balk:
        yield balk


@contextlib.contextmanager
def weigeringen(soort: str) -> Iterator[None]:
    """Say what the library refused: a usage error (exit 2), or the problems that block writing `soort`
    (exit 1, "Geen rapport geschreven: ...")."""
    from ..beoordelen.poorten import Gebruiksfout, Geweigerd
    from ..bestandssysteem import BestaatAl
    from ..controles.cache import CacheOnveilig

    try:
        yield
    except (Gebruiksfout, CacheOnveilig) as fout:
        stop_met_gebruiksfout(fout.melding, fout.tip)
    except BestaatAl as fout:
        stop_met_gebruiksfout(str(fout))
    except Geweigerd as fout:
        sys.stderr.write(formatteer(fout.problemen, Formaat.TEKST, fout.bestanden or len({p.pad for p in fout.problemen})))
        typer.echo(f"Geen {soort} geschreven: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN) from None


def laad_lijsten_als_nodig(bestanden: list[Path]) -> None:
    """Load deduce's lookup lists before a full privacy scan, with a spinner on a terminal (first time only)."""
    from ..controles import privacy as privacyscan

    if not privacyscan.volledige_scan_nodig(bestanden):
        return
    console = terminal_op_stderr()
    if console is not None:
        with console.status("Namenlijsten voor de privacycontrole laden (de eerste keer duurt dit even) ..."):
            privacyscan.laad_lijsten()
    else:
        privacyscan.laad_lijsten()


KADERS_TIP = ("geef met --kaders een kaderbestand of een map met kaders; zonder --kaders gebruikt wijkteamtoets de "
              "map kaders/ in de werkmap, of anders het meegeleverde kader")


def register(kaders: list[Path] | None):  # type: ignore[no-untyped-def]
    """The kaderregister of `kaders` (default: kaders/ or the shipped kader) and the problems of the kader files;
    a path that does not exist is a usage error."""
    from ..controles.laden import laad_register
    from ..invoer.bestanden import PadFout, standaard_kaders

    try:
        return laad_register(kaders or standaard_kaders())
    except PadFout as fout:
        stop_met_gebruiksfout(str(fout), KADERS_TIP)


def schrijf(pad: Path, tekst: str, overschrijf: bool) -> None:
    """Write one output file atomically; an existing file (without `overschrijf`) or an OS error is a usage error."""
    from ..bestandssysteem import BestaatAl, schrijf_bestand

    try:
        schrijf_bestand(pad, tekst, overschrijf=overschrijf)
    except BestaatAl as fout:
        stop_met_gebruiksfout(str(fout))
    except OSError as fout:
        stop_met_gebruiksfout(f"kan '{toon_pad(pad)}' niet schrijven ({fout.strerror})")
