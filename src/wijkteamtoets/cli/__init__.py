"""Stage 5, cli: the command line. Parses options, calls the library, renders, maps errors to exit codes.

Owns: the Typer app, exit codes, shared options and the mapping of library refusals onto messages (`basis`),
the commands (`commandos`: kader, schema, nieuw, codes and the entry point; `toetsen`: beoordeel, privacy,
vergelijk; `publiceren`: rapport, exporteer; `kaderversies`: kader verschil and kader migreer; `rondes`: trend
and vaststellen; `steekproef`: the steekproef command and `nieuw dossier --steekproef`), terminal rendering with
rich (`terminal`), the reporters that format problems as tekst, json or github annotations (`meldingen`), the
Dutch texts of Typer and Click (`nederlands`) and the form in the browser (`invullen`, a local web server: an
entry point like the commands). No policy: every gate is the library's (`rapportage.toetsing`).

May import every other stage; nothing imports the cli.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the console script. `--versie` alone is answered before Typer is even imported."""
    if sys.argv[1:] == ["--versie"]:
        from .. import __version__

        sys.stdout.write(f"wijkteamtoets {__version__}\n")
        return
    from .commandos import main as hoofdprogramma

    hoofdprogramma()


def __getattr__(naam: str) -> Any:
    if naam == "app":
        from .commandos import app

        return app
    raise AttributeError(naam)
