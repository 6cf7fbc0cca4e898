"""Dutch wording for the few fixed texts that Typer shows in help pages."""

from __future__ import annotations

from typer import rich_utils
from typer._click import core

_HULP = "Toon deze hulp en stop."


def vertaal_hulpteksten() -> None:
    """Put Dutch panel titles and help-option text into Typer's help pages."""
    rich_utils.ARGUMENTS_PANEL_TITLE = "Argumenten"
    rich_utils.OPTIONS_PANEL_TITLE = "Opties"
    rich_utils.COMMANDS_PANEL_TITLE = "Commando's"
    rich_utils.ERRORS_PANEL_TITLE = "Fout"
    rich_utils.ABORTED_TEXT = "Afgebroken."
    rich_utils.DEFAULT_STRING = "[standaard: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[verplicht]"
    rich_utils.RICH_HELP = "Probeer [blue]'{command_path} {help_option}'[/] voor hulp."
    if getattr(core.Command.get_help_option, "_nederlands", False):
        return
    origineel = core.Command.get_help_option

    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        optie = origineel(self, ctx)
        if optie is not None:
            optie.help = _HULP
        return optie

    get_help_option._nederlands = True  # type: ignore[attr-defined]
    core.Command.get_help_option = get_help_option
