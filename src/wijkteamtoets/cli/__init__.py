"""Stage 5, cli: the command line. Parses options, calls the library, renders, maps errors to exit codes.

Owns: the Typer commands (`commandos`), terminal rendering with rich (`terminal`), the reporters that
format problems as tekst, json or github annotations (`meldingen`) and the Dutch texts of Typer and Click
(`nederlands`).

May import every other stage; nothing imports the cli.
"""

from .commandos import app, main

__all__ = ["app", "main"]
