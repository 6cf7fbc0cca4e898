"""Dutch wording for the fixed texts of Typer and Click: help pages, usage lines, type names, usage errors.

Works with rich on and off (``TYPER_USE_RICH=0``). Click is reached only through public Typer names
(`typer.Context`, `typer.BadParameter`, `typer.core`, `typer.main`, `typer.completion`, `typer.rich_utils`),
never through Typer's private vendored package, and every hook is installed only when the name it needs
exists, so another Typer version in the pinned range gets as much Dutch as it allows instead of a crash.
`vertaal_hulpteksten` installs everything once; `vertaal_foutmelding` translates one usage error.
"""

from __future__ import annotations

import contextlib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import IO, Any

import typer

_HULP = "Toon deze hulp en stop."
_GEBRUIK = "Gebruik: "
_KOPPEN = {"Options": "Opties", "Arguments": "Argumenten", "Commands": "Commando's"}

# Type names as Typer shows them (`<str>`, `<list[Path]>`, `TEXT`, ...) -> Dutch.
_TYPEN = {
    "str": "tekst", "text": "tekst", "int": "getal", "integer": "getal", "float": "getal", "path": "pad",
    "file": "bestand", "filename": "bestand", "directory": "map", "datetime": "datum", "date": "datum",
}

# English usage-error wording (Click and Typer) -> Dutch; applied in this order to the whole message.
_FOUTMELDINGEN: list[tuple[str, str | Callable[[re.Match[str]], str]]] = [
    (r"^No such option: (.+?)(?:\.)?(?= \(Possible|$)", r"onbekende optie: \1"),
    (r"\s*\(Possible options?: (.+?)\)", r" (mogelijke opties: \1)"),
    (r"^No such command (.+?)\.", r"onbekend commando: \1."),
    (r"^Missing option (.+?)\.", r"de optie \1 ontbreekt."),
    (r"^Missing argument (.+?)\.", r"het argument \1 ontbreekt."),
    (r"^Missing parameter:? (.+?)\.?$", r"de parameter \1 ontbreekt."),
    (r"^Missing command\.$", "er ontbreekt een commando."),
    (r"^Invalid value for (.+?): (?:Value error, )?", r"ongeldige waarde voor \1: "),
    (r"^Invalid value: ", "ongeldige waarde: "),
    (r"^Got unexpected extra argument(?:s|\(s\))? \((.+)\)$",
     lambda m: ("onverwacht extra argument: " if len(re.findall(r"'[^']*'|\S+", m.group(1))) == 1
                else "onverwachte extra argumenten: ") + m.group(1)),
    (r"^Option (.+?) requires an argument\.$", r"de optie \1 heeft een waarde nodig."),
    (r"^Option (.+?) requires (\d+) arguments\.$", r"de optie \1 heeft \2 waarden nodig."),
    (r"^Option (.+?) does not take a value\.$", r"de optie \1 heeft geen waarde."),
    (r"'(.+?)' is not one of (.+?)\.", r"'\1' is geen van \2."),
    (r"'(.+?)' is not '(.+?)'\.", r"'\1' is niet '\2'."),
    (r"(?:Value )?'(.+?)' is not a valid (\w+)\.", lambda m: f"'{m.group(1)}' is geen geldig(e) {_type(m.group(2))}."),
    (r"Input should be a valid (\w+)(?:, [^.]*)?\.?$", lambda m: f"geen geldig(e) {_type(m.group(1))}."),
    (r"(?i:file|directory|path|bestand|map|pad) '(.+?)' does not exist\.", r"'\1' bestaat niet."),
    (r"(?i:file|directory|path) '(.+?)' is a directory\.", r"'\1' is een map, geen bestand."),
    (r"(?i:file|directory|path) '(.+?)' is a file\.", r"'\1' is een bestand, geen map."),
    (r"(?i:file|directory|path) '(.+?)' is not readable\.", r"'\1' is niet leesbaar."),
    (r"(?i:file|directory|path) '(.+?)' is not writable\.", r"'\1' is niet schrijfbaar."),
    (r"(?i:file|directory|path) '(.+?)' is not executable\.", r"'\1' is niet uitvoerbaar."),
    (r"Did you mean one of (.+)\?", r"Bedoelt u een van \1?"),
    (r"Did you mean (.+)\?", r"Bedoelt u \1?"),
    (r"\bChoose from:", "Kies uit:"),
]


class _NaImport:
    """Runs actions on module `naam` right after it is imported, so that a module only help pages and error
    panels need (Typer's rich_utils, 0.1 s to import) is not imported on every run just to translate it. A finder
    on ``sys.meta_path`` needs only `find_spec`, not the base class of ``importlib.abc`` (which imports
    ``importlib.resources``, tempfile and zipfile)."""

    def __init__(self, naam: str) -> None:
        self.naam = naam
        self.acties: list[Callable[[ModuleType], None]] = []

    def find_spec(self, naam: str, pad: Sequence[str] | None, doel: ModuleType | None = None) -> ModuleSpec | None:
        if naam != self.naam:
            return None
        sys.meta_path.remove(self)  # find the real spec (and never act twice)
        spec = importlib.util.find_spec(naam)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        laad, acties = spec.loader.exec_module, self.acties

        def exec_module(module: ModuleType) -> None:
            laad(module)
            for actie in acties:
                actie(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _na_import(naam: str, actie: Callable[[ModuleType], None]) -> None:
    """Run `actie` on module `naam` now if it is loaded, otherwise as soon as it is imported."""
    if naam in sys.modules:
        actie(sys.modules[naam])
        return
    haak = next((z for z in sys.meta_path if isinstance(z, _NaImport) and z.naam == naam), None)
    if haak is None:
        haak = _NaImport(naam)
        sys.meta_path.insert(0, haak)
    haak.acties.append(actie)


def _type(naam: str) -> str:
    return _TYPEN.get(naam.lower(), naam)


def vertaal_foutmelding(melding: str) -> str:
    """A usage error in Dutch (text that is not recognised stays as it is)."""
    for patroon, vervanging in _FOUTMELDINGEN:
        melding = re.sub(patroon, vervanging, melding, flags=re.S)
    return melding


def vertaal_type(label: str | None) -> str | None:
    """A type as Typer shows it (`<list[Path]>`, `<bool>`, `TEXT`) in Dutch; flags get none at all."""
    if label is None:
        return None
    kaal = label.strip()
    omhuld = kaal.startswith("<") and kaal.endswith(">")
    binnen = kaal[1:-1] if omhuld else kaal
    if binnen.lower() in ("bool", "boolean"):
        return None
    lijst = re.fullmatch(r"list\[(.+)\]", binnen)
    if lijst:
        binnen = lijst.group(1)
    if "|" not in binnen:
        binnen = _type(binnen)
    binnen += " ..." if lijst else ""
    return f"<{binnen}>" if omhuld else binnen


def vertaal_gebruik(argumenten: str) -> str:
    """The argument part of a usage line in Dutch: `[OPTIES] COMMANDO [ARGUMENTEN]...`, `PADEN...`."""
    argumenten = argumenten.replace("[OPTIONS]", "[OPTIES]")
    argumenten = argumenten.replace("COMMAND [ARGS]...", "COMMANDO [ARGUMENTEN]...")
    argumenten = re.sub(r"\bCOMMAND\b", "COMMANDO", argumenten)
    argumenten = argumenten.replace("[ARGS]", "[ARGUMENTEN]")
    return re.sub(r"\{(\w+)\}", lambda m: m.group(1).upper(), argumenten)


_RICH_OPMAAK = re.compile(r"\[/?(?:bold|italic|dim|underline|blue|green|red|yellow|cyan|magenta)?\]")


def _vertaal_hulpregel(tekst: str) -> str:
    """One help text of the plain (rich off) help page: Dutch extras, no rich markup."""
    tekst = _RICH_OPMAAK.sub("", tekst)
    tekst = re.sub(r"\bdefault: ", "standaard: ", tekst)
    tekst = re.sub(r"\benv var: ", "omgevingsvariabele: ", tekst)
    tekst = re.sub(r"(?<=[\[; ])required(?=[\];])", "verplicht", tekst)
    return re.sub(r"\(deprecated\)", "(verouderd)", tekst)


def _maak_opmaker(basis: type[Any]) -> type[Any]:
    """A subclass of Click's HelpFormatter that writes the plain help page in Dutch."""

    class NederlandseOpmaker(basis):  # type: ignore[misc]
        _nederlands = True

        def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
            super().write_usage(prog, vertaal_gebruik(args), _GEBRUIK if prefix is None else prefix)

        @contextlib.contextmanager
        def section(self, name: str) -> Iterator[None]:
            with super().section(_KOPPEN.get(name, name)):
                yield

        def write_heading(self, heading: str) -> None:
            super().write_heading(_KOPPEN.get(heading, heading))

        def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
            rijen = [(re.sub(r"<[^<>]+>", lambda m: vertaal_type(m.group(0)) or "", term), _vertaal_hulpregel(uitleg))
                     for term, uitleg in rows]
            super().write_dl(rijen, *args, **kwargs)

        def write_text(self, text: str) -> None:
            super().write_text(_RICH_OPMAAK.sub("", text))

    return NederlandseOpmaker


def _zet_opmaker() -> None:
    """Make every Click context (rich on or off) write usage lines and plain help pages in Dutch."""
    for klasse in typer.Context.__mro__:
        opmaker = vars(klasse).get("formatter_class")
        if opmaker is not None and not getattr(opmaker, "_nederlands", False):
            setattr(klasse, "formatter_class", _maak_opmaker(opmaker))  # noqa: B010


def _omhul(klassenamen: tuple[str, ...], methode: str,
           omhulsel: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    """Replace `methode` on each named class of `typer.core` by `omhulsel(original)`, once (the wrapper is
    marked `_nederlands`); a class or method this Typer version lacks is left alone."""
    import typer.core

    for naam in klassenamen:
        klasse = getattr(typer.core, naam, None)
        origineel = getattr(klasse, methode, None)
        if klasse is None or origineel is None or getattr(origineel, "_nederlands", False):
            continue
        nieuw = omhulsel(origineel)
        nieuw._nederlands = True  # type: ignore[attr-defined]
        setattr(klasse, methode, nieuw)


def _zet_typen() -> None:
    """Dutch type names in help pages: `<pad ...>` for `<list[Path]>`, nothing for flags."""
    def omhulsel(origineel: Callable[..., str | None]) -> Callable[..., str | None]:
        def display_type(self: Any, ctx: Any) -> str | None:
            return vertaal_type(origineel(self, ctx))
        return display_type

    _omhul(("TyperArgument", "TyperOption"), "display_type", omhulsel)


def _zet_hulpoptie() -> None:
    """'Toon deze hulp en stop.' as the help of -h/--help on every command and group."""
    def omhulsel(origineel: Callable[..., Any]) -> Callable[..., Any]:
        def get_help_option(self: Any, ctx: Any) -> Any:
            optie = origineel(self, ctx)
            if optie is not None:
                optie.help = _HULP
            return optie
        return get_help_option

    _omhul(("TyperCommand", "TyperGroup"), "get_help_option", omhulsel)


def _zet_foutmeldingen() -> None:
    """Usage errors in Dutch, both through rich (a panel) and without rich (plain lines on stderr)."""
    _na_import("typer.rich_utils", _vertaal_foutpaneel)
    klassen: dict[str, Any] = {klasse.__name__: klasse for klasse in typer.BadParameter.__mro__}
    for naam, toon in (("ClickException", _toon_fout), ("UsageError", _toon_gebruiksfout)):
        if naam in klassen and "show" in vars(klassen[naam]):
            setattr(klassen[naam], "show", toon)  # noqa: B010


def _vertaal_foutpaneel(rich_utils: ModuleType) -> None:
    toon_fout = getattr(rich_utils, "rich_format_error", None)
    if toon_fout is not None and not getattr(toon_fout, "_nederlands", False):
        def rich_format_error(self: Any, _toon: Callable[[Any], None] = toon_fout) -> None:
            engels = self.format_message
            self.format_message = lambda: vertaal_foutmelding(engels())
            _toon(self)

        rich_format_error._nederlands = True  # type: ignore[attr-defined]
        setattr(rich_utils, "rich_format_error", rich_format_error)  # noqa: B010


def _toon_fout(self: Any, file: IO[Any] | None = None) -> None:
    typer.echo(f"Fout: {vertaal_foutmelding(self.format_message())}", file=file or sys.stderr)


def _toon_gebruiksfout(self: Any, file: IO[Any] | None = None) -> None:
    uit = file or sys.stderr
    ctx = getattr(self, "ctx", None)
    if ctx is not None:
        typer.echo(ctx.get_usage(), file=uit, color=ctx.color)
        if ctx.command.get_help_option(ctx) is not None:
            typer.echo(f"Probeer '{ctx.command_path} {ctx.help_option_names[0]}' voor hulp.", file=uit,
                       color=ctx.color)
        typer.echo("", file=uit)
    _toon_fout(self, uit)


def _zet_completion() -> None:
    """Dutch help and messages for --install-completion and --show-completion."""
    import typer.main
    from typer import completion

    origineel = getattr(typer.main, "get_install_completion_arguments", None)
    if origineel is None or getattr(origineel, "_nederlands", False):
        return

    def get_install_completion_arguments() -> tuple[Any, Any]:
        installeer, toon = origineel()
        installeer.help = "Installeer de aanvulling (tab-completion) voor de shell die u nu gebruikt."
        toon.help = "Toon het aanvulscript voor de shell die u nu gebruikt, om het zelf te installeren."
        if getattr(completion, "install", None) is not None:
            installeer.callback = _installeer_completion
        return installeer, toon

    get_install_completion_arguments._nederlands = True  # type: ignore[attr-defined]
    typer.main.get_install_completion_arguments = get_install_completion_arguments


def _installeer_completion(ctx: Any, param: Any, waarde: Any) -> Any:
    if not waarde or ctx.resilient_parsing:
        return waarde
    from typer import completion

    installeer: Callable[..., tuple[str, Any]] = getattr(completion, "install")  # noqa: B009 (not in __all__)
    shell, pad = installeer(shell=waarde) if isinstance(waarde, str) else installeer()
    typer.secho(f"Aanvulling voor {shell} geïnstalleerd in {pad}", fg="green")
    typer.echo("De aanvulling werkt zodra u de terminal opnieuw start.")
    raise typer.Exit(0)


def vertaal_hulpteksten() -> None:
    """Put Dutch texts into Typer's help pages, usage lines and usage errors (once; later calls do nothing)."""
    teksten = {
        "ARGUMENTS_PANEL_TITLE": "Argumenten", "OPTIONS_PANEL_TITLE": "Opties",
        "COMMANDS_PANEL_TITLE": "Commando's", "ERRORS_PANEL_TITLE": "Fout", "ABORTED_TEXT": "Afgebroken.",
        "DEFAULT_STRING": "[standaard: {}]", "REQUIRED_LONG_STRING": "[verplicht]",
        "ENVVAR_STRING": "[omgevingsvariabele: {}]", "DEPRECATED_STRING": "(verouderd) ",
        "RICH_HELP": "Probeer [blue]'{command_path} {help_option}'[/] voor hulp.",
    }
    def zet_teksten(rich_utils: ModuleType) -> None:
        for naam, tekst in teksten.items():
            setattr(rich_utils, naam, tekst)

    _na_import("typer.rich_utils", zet_teksten)
    _zet_opmaker()
    _zet_typen()
    _zet_hulpoptie()
    _zet_foutmeldingen()
    _zet_completion()
