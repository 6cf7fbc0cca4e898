"""Dutch wording for the fixed texts that Typer shows in help pages and usage errors.

Typer's help titles are module constants, and its (vendored Click) usage errors are English f-strings;
`vertaal_hulpteksten` sets the titles and translates the usage errors right before they are shown.
"""

from __future__ import annotations

import re

from typer import rich_utils
from typer._click import core, formatting

_HULP = "Toon deze hulp en stop."

# English usage-error wording (vendored Click) -> Dutch; applied in this order to the whole message.
_FOUTMELDINGEN: list[tuple[str, str]] = [
    (r"^No such option: (.+?)(?:\.)?$", r"onbekende optie: \1"),
    (r"^No such command (.+?)\.", r"onbekend commando: \1."),
    (r"^Missing option (.+?)\.$", r"de optie \1 ontbreekt."),
    (r"^Missing argument (.+?)\.$", r"het argument \1 ontbreekt."),
    (r"^Missing command\.$", "er ontbreekt een commando."),
    (r"^Invalid value for (.+?): (?:Value error, )?(.+)$", r"ongeldige waarde voor \1: \2"),
    (r"^Got unexpected extra arguments? \((.+)\)$", r"onverwacht extra argument: \1"),
    (r"^Option (.+?) requires an argument\.$", r"de optie \1 heeft een waarde nodig."),
    (r"^Option (.+?) does not take a value\.$", r"de optie \1 heeft geen waarde."),
    (r"'(.+?)' is not one of (.+?)\.", r"'\1' is geen van \2."),
    (r"\. Did you mean (.+)\?", r". Bedoelt u \1?"),
    (r"Did you mean (.+)\?", r"Bedoelt u \1?"),
]


def vertaal_foutmelding(melding: str) -> str:
    """A usage error in Dutch (text that is not recognised stays as it is)."""
    for patroon, vervanging in _FOUTMELDINGEN:
        melding = re.sub(patroon, vervanging, melding, flags=re.S)
    return melding


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
    _vertaal_foutmeldingen()
    origineel = core.Command.get_help_option

    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        optie = origineel(self, ctx)
        if optie is not None:
            optie.help = _HULP
        return optie

    get_help_option._nederlands = True  # type: ignore[attr-defined]
    core.Command.get_help_option = get_help_option


def _vertaal_foutmeldingen() -> None:
    toon_fout = rich_utils.rich_format_error

    def rich_format_error(self):  # type: ignore[no-untyped-def]
        engels = self.format_message
        self.format_message = lambda: vertaal_foutmelding(engels())
        return toon_fout(self)

    rich_utils.rich_format_error = rich_format_error
    schrijf_gebruik = formatting.HelpFormatter.write_usage

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:  # type: ignore[no-untyped-def]
        schrijf_gebruik(self, prog, args, "Gebruik: " if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage
