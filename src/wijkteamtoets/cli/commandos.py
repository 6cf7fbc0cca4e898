"""The command line: parses options, calls the library, renders with rich, maps errors to exit codes.

Exit codes: 0 success, 1 problems found in input files, 2 usage error, 3 internal error (a bug; `--debug`
shows the traceback), 130 interrupted. Everything beyond Typer (the models, pandas, jinja2) is imported
inside the commands that need them, so `--help` and `--versie` build no model and `beoordeel` and
`kader controleer` load neither pandas nor jinja2.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeGuard

import typer

from ..invoer.bestanden import PadFout, standaard_kaders, verzamel_bestanden
from ..invoer.onderzoek import Soort as OnderzoekSoort
from ..problemen import CODES, heeft_fouten, toon_uitvoer
from .basis import (
    EXIT_PROBLEMEN,
    KadersOptie,
    OverschrijfOptie,
    app,
    draai,
    exitcode,
    register,
    schrijf,
    stop_met_gebruiksfout,
)
from .meldingen import Formaat, formatteer

_stop_met_gebruiksfout = stop_met_gebruiksfout
_exitcode = exitcode
_register = register
_schrijf = schrijf


kader_app = typer.Typer(help="Het toezichtkader controleren, bekijken, vergelijken en migreren.", no_args_is_help=True)
app.add_typer(kader_app, name="kader")


PadenArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Kaderbestanden of mappen met kaderbestanden. Standaard: [bold]kaders/[/] in de werkmap, "
                   "of anders het meegeleverde kader.",
                   show_default=False),
]


def _kaderbestanden(paden: list[Path] | None) -> list[Path]:
    try:
        return verzamel_bestanden(paden or standaard_kaders())
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))


@kader_app.command("controleer")
def kader_controleer(
    paden: PadenArgument = None,
    formaat: Annotated[Formaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, json of github "
                                             "(annotaties in GitHub Actions).")] = Formaat.TEKST,
) -> None:
    """Controleer kaderbestanden: schema en betekenis (ids, voorwaarden, normering). Voor CI."""
    from ..controles.laden import controleer_kaderbestanden

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
    from ..controles.laden import controleer_kaderbestanden
    from .terminal import kader_boom

    bestanden = _kaderbestanden(paden)
    uitkomst = controleer_kaderbestanden(bestanden)
    if heeft_fouten(uitkomst.problemen):
        sys.stderr.write(formatteer(uitkomst.problemen, Formaat.TEKST, len(bestanden)))
        raise typer.Exit(EXIT_PROBLEMEN)
    if indicator is not None and not any(k.indicator(indicator) for k in uitkomst.kaders):
        bekend = ", ".join(i.id for k in uitkomst.kaders for _, _, i in k.indicatoren())
        _stop_met_gebruiksfout(f"deze indicator bestaat niet; bekend zijn: {bekend}")
    from rich.console import Console

    console = Console(highlight=False)
    for kader in uitkomst.kaders:
        console.print(kader_boom(kader, volledig=volledig or indicator is not None, alleen=indicator))


# the commands of these modules come after `kader` in the help, in this order
from . import toetsen, publiceren, steekproef as _steekproefcommando  # noqa: E402, F401, I001

__all__ = ["app", "main"]


class SchemaSoort(str, Enum):
    KADER = "kader"
    DOSSIER = "dossier"
    GEMEENTE = "gemeente"
    ONDERZOEK = "onderzoek"
    CONSENSUS = "consensus"
    KOPPELING = "koppeling"
    STEEKPROEF = "steekproef"


@app.command("schema")
def schema(
    soort: Annotated[SchemaSoort, typer.Argument(help="Voor welk soort bestand: kader, dossier, gemeente, "
                                                 "onderzoek, consensus, koppeling of steekproef.")],
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Schrijf naar dit bestand in plaats "
                                                 "van naar het scherm.")] = None,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaand bestand.")] = False,
    kader_id: Annotated[str | None, typer.Option("--kader", help="Alleen bij dossier en gemeente: het schema voor "
                                                 "dit kader, dat elke indicator, elk feit en elke eis bij naam kent, "
                                                 "met de vraag als uitleg.", show_default=False)] = None,
    kaderversie: KaderVersieOptie = None,
    kaders: KadersOptie = None,
) -> None:
    """Schrijf het JSON Schema van kader-, dossier-, gemeente- of onderzoeksbestanden, voor controle en aanvulling
    in de editor."""
    from ..invoer.schema import json_schema_tekst

    if kader_id is None and kaderversie is None:
        tekst = json_schema_tekst(soort.value)
    elif soort in (SchemaSoort.KADER, SchemaSoort.ONDERZOEK, SchemaSoort.CONSENSUS, SchemaSoort.KOPPELING,
                   SchemaSoort.STEEKPROEF):
        _stop_met_gebruiksfout("--kader hoort bij 'schema dossier' of 'schema gemeente'",
                               f"het schema van {soort.value}bestanden is voor elk kader hetzelfde")
    else:
        tekst = json_schema_tekst(soort.value, _kies_kader(kaders, kader_id, kaderversie))
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    _schrijf(uitvoer, tekst, overschrijf)
    typer.echo(f"Schema geschreven naar {uitvoer}", err=True)


nieuw_app = typer.Typer(help="Een nieuw, in te vullen dossier-, gemeente- of onderzoeksbestand maken.",
                        no_args_is_help=True)
app.add_typer(nieuw_app, name="nieuw")

GemeenteOptie = Annotated[str, typer.Option("--gemeente", "-g", help="Naam van de gemeente.", show_default=False)]
UitvoerOptie = Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Bestand of map om naar te schrijven.",
                                                   show_default=False)]
KaderIdOptie = Annotated[str | None, typer.Option("--kader", help="Id van het kader (nodig als er meer kaders zijn).",
                                                  show_default=False)]
KaderVersieOptie = Annotated[str | None, typer.Option("--kaderversie", help="Versie van het kader (standaard de "
                                                      "hoogste).", show_default=False)]


def _kies_kader(kaders: list[Path] | None, kader_id: str | None, versie: str | None):  # type: ignore[no-untyped-def]
    register, problemen = _register(kaders)
    if heeft_fouten(problemen):
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, len({p.pad for p in problemen})))
        raise typer.Exit(EXIT_PROBLEMEN)
    try:
        return register.kies(kader_id, versie)
    except LookupError as fout:
        _stop_met_gebruiksfout(str(fout))


def _schemapad(doel: Path, soort: str, kader) -> Path | None:  # type: ignore[no-untyped-def]
    """The schema for the editor modeline, relative to `doel`: the kader's own schema in ``schemas/`` of the
    working folder (``schema dossier --kader ID``), else the general one, else none."""
    from ..invoer.schema import is_schema_van, schemabestandsnaam

    for naam in (schemabestandsnaam(soort, kader), schemabestandsnaam(soort)):
        schema = Path.cwd() / "schemas" / naam
        if schema.exists() and (naam == schemabestandsnaam(soort) or is_schema_van(schema, kader)):
            return Path(os.path.relpath(schema, doel.resolve().parent))
    return None


def _is_yamlbestand(uitvoer: Path | None) -> TypeGuard[Path]:
    """--uitvoer names a file when it ends in .yaml or .yml; otherwise it is a folder (made if needed)."""
    return uitvoer is not None and uitvoer.suffix in (".yaml", ".yml")


def _doelmap(uitvoer: Path | None) -> Path:
    if uitvoer is None:
        return Path.cwd()
    return uitvoer.parent if _is_yamlbestand(uitvoer) else uitvoer


@nieuw_app.command("dossier")
def nieuw_dossier(
    gemeente: GemeenteOptie,
    dossier: Annotated[str | None, typer.Option("--dossier", "-d", help="Pseudoniem dossiernummer, bijv. "
                                                "GOU-2016-017. Standaard het volgende vrije nummer.",
                                                show_default=False)] = None,
    team: Annotated[str | None, typer.Option("--team", help="Naam van het team.", show_default=False)] = None,
    beoordelaar: Annotated[str | None, typer.Option("--beoordelaar", help="Code van de beoordelaar, bijv. INS1.",
                                                    show_default=False)] = None,
    uitvoer: UitvoerOptie = None,
    overschrijf: OverschrijfOptie = False,
    kaders: KadersOptie = None,
    kader_id: KaderIdOptie = None,
    kaderversie: KaderVersieOptie = None,
    steekproef: Annotated[Path | None, typer.Option("--steekproef", help="Maak een dossierbestand voor elk dossier "
                                                    "dat deze steekproef.yaml laat lezen (in de map van --uitvoer).",
                                                    show_default=False)] = None,
) -> None:
    """Maak een dossierbestand met elke vraag van het kader, klaar om in te vullen."""
    import datetime as dt
    import re

    from ..invoer.dossier import BEOORDELAAR_PATROON, DOSSIER_ID_PATROON
    from ..invoer.invulbestand import dossier_sjabloon, onderzoek_naast, onderzoeksperiode, volgend_dossiernummer

    kader = _kies_kader(kaders, kader_id, kaderversie)
    vandaag = dt.date.today()
    map = _doelmap(uitvoer)
    if steekproef is not None:  # one file per dossier the steekproef asks to read
        from .steekproef import dossiers_voor_steekproef

        if dossier is not None or _is_yamlbestand(uitvoer):
            _stop_met_gebruiksfout("--steekproef maakt een bestand per dossier: geef geen --dossier, en als --uitvoer "
                                   "een map")
        nummers = dossiers_voor_steekproef(steekproef)
        bestaand = [map / f"{n}.yaml" for n in nummers if (map / f"{n}.yaml").exists()]
        if bestaand and not overschrijf:  # all or nothing: check every target before writing one
            _stop_met_gebruiksfout(f"'{bestaand[0]}' bestaat al; gebruik --overschrijf om het te vervangen")
        for nummer in nummers:
            nieuw_dossier(gemeente, nummer, team, beoordelaar, map, overschrijf, kaders, kader_id, kaderversie)
        return
    periode = onderzoeksperiode(onderzoek_naast(map))  # the onderzoek's year numbers the dossier, else this year
    nummer = dossier or volgend_dossiernummer(gemeente, periode[0].year if periode else vandaag.year, map)
    if not re.match(DOSSIER_ID_PATROON, nummer):
        _stop_met_gebruiksfout("het dossiernummer is geen pseudoniem dossiernummer; gebruik de vorm ABC-2016-001")
    if beoordelaar is not None and not re.match(BEOORDELAAR_PATROON, beoordelaar):
        _stop_met_gebruiksfout("--beoordelaar is geen beoordelaarscode; gebruik een code als INS1")
    doel = uitvoer if _is_yamlbestand(uitvoer) else map / f"{nummer}.yaml"
    tekst = dossier_sjabloon(kader, gemeente, nummer, team=team, beoordelaar=beoordelaar, datum=vandaag,
                             schema=_schemapad(doel, "dossier", kader))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Dossierbestand geschreven naar {toon_uitvoer(doel, uitvoer or Path.cwd())}", err=True)


@nieuw_app.command("gemeente")
def nieuw_gemeente(
    gemeente: GemeenteOptie,
    uitvoer: UitvoerOptie = None,
    overschrijf: OverschrijfOptie = False,
    kaders: KadersOptie = None,
    kader_id: KaderIdOptie = None,
    kaderversie: KaderVersieOptie = None,
) -> None:
    """Maak een gemeentebestand met de vragen op gemeenteniveau, klaar om in te vullen."""
    from ..invoer.invulbestand import gemeente_sjabloon, onderzoek_naast, onderzoeksperiode

    kader = _kies_kader(kaders, kader_id, kaderversie)
    doel = uitvoer if _is_yamlbestand(uitvoer) else _doelmap(uitvoer) / "gemeente.yaml"
    tekst = gemeente_sjabloon(kader, gemeente, periode=onderzoeksperiode(onderzoek_naast(doel.parent)),
                              schema=_schemapad(doel, "gemeente", kader))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Gemeentebestand geschreven naar {toon_uitvoer(doel, uitvoer or Path.cwd())}", err=True)


@nieuw_app.command("onderzoek")
def nieuw_onderzoek(
    titel: Annotated[str, typer.Option("--titel", help="Titel van het onderzoek.")] = "Het wijkteam en kwetsbare "
    "gezinnen",
    soort: Annotated[OnderzoekSoort, typer.Option("--soort", help="inspectie (door inspecties) of zelfevaluatie "
                                                  "(door de gemeente en haar team): bepaalt wie er in de rapporten "
                                                  "spreekt.")] = OnderzoekSoort.INSPECTIE,
    uitvoer: UitvoerOptie = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Maak een onderzoeksbestand (onderzoek.yaml): het onderzoek als geheel, met soort, status en aanbevelingen."""
    from ..invoer.invulbestand import onderzoek_sjabloon

    doel = uitvoer if uitvoer is not None and _is_yamlbestand(uitvoer) else _doelmap(uitvoer) / "onderzoek.yaml"
    tekst = onderzoek_sjabloon(titel, soort=soort, schema=_schemapad(doel, "onderzoek", None))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Onderzoeksbestand geschreven naar {toon_uitvoer(doel, uitvoer or Path.cwd())}", err=True)


from .invullen.commando import invullen as _invullen  # noqa: E402
from .invullen.commando import nieuw_consensus as _nieuw_consensus  # noqa: E402

app.command("invullen")(_invullen)
nieuw_app.command("consensus")(_nieuw_consensus)


@app.command("codes")
def codes() -> None:
    """Toon alle meldingscodes met hun betekenis."""
    from rich.console import Console
    from rich.table import Table

    tabel = Table("code", "betekenis", box=None, show_header=True, header_style="bold")
    for code, betekenis in CODES.items():
        tabel.add_row(code, betekenis)
    Console(highlight=False).print(tabel)


main = draai
"""Entry point of the console script with every command (`basis.draai`)."""


# `kader verschil`, `kader migreer`, `trend` and `vaststellen` live in modules of their own
from . import kaderversies, rondes  # noqa: E402

kaderversies.registreer(kader_app)
rondes.registreer(app)
