"""The command line: parses options, calls the library, renders with rich, maps errors to exit codes.

Exit codes: 0 success, 1 problems found in input files, 2 usage error, 3 internal error (a bug; `--debug`
shows the traceback), 130 interrupted. Everything beyond Typer (the models, pandas, jinja2) is imported
inside the commands that need them, so `--help` and `--versie` build no model and `beoordeel` and
`kader controleer` load neither pandas nor jinja2.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, TypeGuard

import typer
from rich.console import Console

from .. import __version__
from ..invoer.bestanden import PadFout, standaard_kaders, verzamel_bestanden
from ..invoer.voortgang import GEEN_VOORTGANG, Voortgang
from ..problemen import CODES, Probleem, aantal, heeft_fouten
from ..rapportage.schrijven import BestaatAl, schrijf_bestand
from . import nederlands
from .meldingen import Formaat, formatteer

nederlands.vertaal_hulpteksten()

EXIT_OK = 0
EXIT_PROBLEMEN = 1
EXIT_GEBRUIK = 2
EXIT_INTERN = 3
EXIT_AFGEBROKEN = 130

KADERS_TIP = ("geef met --kaders een kaderbestand of een map met kaders; zonder --kaders gebruikt wijkteamtoets de "
              "map kaders/ in de werkmap, of anders het meegeleverde kader")
DATA_TIP = ("geef met --data de map met dossier- en gemeentebestanden; zonder --data zoekt wijkteamtoets de map "
            "voorbeelden/ in de werkmap")

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
kader_app = typer.Typer(help="Het toezichtkader controleren, bekijken, vergelijken en migreren.", no_args_is_help=True)
app.add_typer(kader_app, name="kader")


def _stop_met_gebruiksfout(melding: str, tip: str | None = None) -> NoReturn:
    from ..invoer.persoonsgegevens import maskeer

    typer.echo(f"fout: {maskeer(melding)}", err=True)
    if tip:
        typer.echo(f"tip: {maskeer(tip)}", err=True)
    raise typer.Exit(EXIT_GEBRUIK)


def _exitcode(problemen: list[Probleem]) -> int:
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
        _stop_met_gebruiksfout(f"indicator '{indicator}' bestaat niet; bekend zijn: {bekend}")
    console = Console(highlight=False)
    for kader in uitkomst.kaders:
        console.print(kader_boom(kader, volledig=volledig or indicator is not None, alleen=indicator))


class BeoordeelFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"


KadersOptie = Annotated[
    list[Path] | None,
    typer.Option("--kaders", "-k", help="Kaderbestand of map met kaders waar de bestanden naar verwijzen. "
                 "Standaard: [bold]kaders/[/] in de werkmap, of anders het meegeleverde kader.",
                 show_default=False),
]


def _register(kaders: list[Path] | None):  # type: ignore[no-untyped-def]
    from ..controles.laden import laad_register

    try:
        register, problemen = laad_register(kaders or standaard_kaders())
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), KADERS_TIP)
    return register, problemen


@app.command("beoordeel")
def beoordeel(
    paden: Annotated[list[Path], typer.Argument(help="Dossierbestanden, gemeentebestanden (gemeente.yaml) of "
                                                "mappen daarmee.", show_default=False)],
    kaders: KadersOptie = None,
    formaat: Annotated[BeoordeelFormaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst (tabellen), "
                                                      "markdown of json.")] = BeoordeelFormaat.TEKST,
    details: Annotated[bool | None, typer.Option("--details/--overzicht", help="Per indicator het oordeel en "
                                                 "waarom, of alleen een regel per bestand. Standaard: details bij "
                                                 "één bestand, anders een overzicht.", show_default=False)] = None,
    streng: Annotated[bool, typer.Option("--streng", help="Eindig met code 1 als een indicator 'voldoet niet'.")
                      ] = False,
) -> None:
    """Toets dossiers en gemeentebestanden aan hun kader en leid per indicator het oordeel af, met de reden."""
    from ..beoordelen.toetsen import toets_bestanden
    from ..invoer.kader import Oordeel
    from ..rapportage.beoordelingen import als_json, als_markdown

    try:
        bestanden = verzamel_bestanden(paden)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))
    met_details = details if details is not None else len(bestanden) == 1
    with _voortgang() as voortgang:
        voortgang.fase("Kaders lezen")
        register, kaderproblemen = _register(kaders)
        voortgang.fase("Bestanden lezen en beoordelen", len(bestanden))
        uitslag = toets_bestanden(bestanden, register, voortgang)
        problemen = sorted(kaderproblemen + uitslag.problemen)
        voortgang.fase("Uitvoer opmaken")
        tekst = ""
        if formaat is BeoordeelFormaat.JSON:
            tekst = als_json(uitslag.beoordelingen, problemen, len(bestanden))
        elif formaat is BeoordeelFormaat.MARKDOWN:
            tekst = als_markdown(uitslag.beoordelingen, met_details)
    if formaat is BeoordeelFormaat.JSON:
        sys.stdout.write(tekst)
    else:
        if problemen:
            sys.stderr.write(formatteer(problemen, Formaat.TEKST, len(bestanden)))
        if formaat is BeoordeelFormaat.MARKDOWN:
            sys.stdout.write(tekst)
        elif uitslag.beoordelingen:
            from .terminal import beoordeling_weergave, overzicht_tabel

            console = Console(highlight=False)
            if met_details:
                for beoordeling in uitslag.beoordelingen:
                    console.print(beoordeling_weergave(beoordeling))
            if not met_details or len(uitslag.beoordelingen) > 1:
                console.print(overzicht_tabel(uitslag.beoordelingen))
    if heeft_fouten(problemen):
        raise typer.Exit(EXIT_PROBLEMEN)
    if streng and any(o.oordeel is Oordeel.VOLDOET_NIET for b in uitslag.beoordelingen for o in b.oordelen):
        raise typer.Exit(EXIT_PROBLEMEN)


def _laad_lijsten_als_nodig(paden: list[Path]) -> None:
    """Load deduce's lookup lists before a full privacy scan, with a spinner on a terminal (first time only)."""
    from ..controles import privacy as privacyscan

    try:
        bestanden = verzamel_bestanden(paden)
    except PadFout:
        return
    if not privacyscan.volledige_scan_nodig(bestanden):
        return
    console = Console(stderr=True)
    if console.is_terminal:
        with console.status("Namenlijsten voor de privacycontrole laden (de eerste keer duurt dit even) ..."):
            privacyscan.laad_lijsten()
    else:
        privacyscan.laad_lijsten()


@app.command("privacy")
def privacy(
    paden: Annotated[list[Path], typer.Argument(help="Bestanden of mappen (YAML) om te doorzoeken.",
                                                show_default=False)],
    formaat: Annotated[Formaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, json of github.")
                       ] = Formaat.TEKST,
    pseudonimiseer: Annotated[bool, typer.Option("--pseudonimiseer", help="Schrijf kopieën met elke vondst "
                                                 "vervangen door [soort-nummer] (met --uitvoer); de originelen "
                                                 "blijven ongewijzigd.")] = False,
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Map voor de gepseudonimiseerde "
                                                 "kopieën.", show_default=False)] = None,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang bestaande kopieën.")] = False,
) -> None:
    """Zoek persoonsgegevens (naam, BSN, telefoon, e-mail, IBAN, adres, geboortedatum, kenteken, sociale media,
    school met groep) in sleutels, waarden, commentaar en bestandsnamen, zonder ze te tonen."""
    from ..controles.privacy import scan_bestand

    if pseudonimiseer != (uitvoer is not None):
        _stop_met_gebruiksfout("--pseudonimiseer en --uitvoer MAP horen bij elkaar")
    try:
        bestanden = verzamel_bestanden(paden)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))
    _laad_lijsten_als_nodig(paden)
    if pseudonimiseer:
        assert uitvoer is not None
        _pseudonimiseer(bestanden, uitvoer, overschrijf)
        return
    problemen: list[Probleem] = []
    with _voortgang() as voortgang:
        voortgang.fase("Bestanden doorzoeken", len(bestanden))
        for bestand in bestanden:
            problemen.extend(scan_bestand(bestand, meld_leesfouten=True))
            voortgang.stap()
    problemen.sort()
    sys.stdout.write(formatteer(problemen, formaat, len(bestanden)))
    raise typer.Exit(_exitcode(problemen))


def _pseudonimiseer(bestanden: list[Path], uitvoer: Path, overschrijf: bool) -> None:
    from ..controles.privacy import pseudonimiseer

    uitkomst = pseudonimiseer(bestanden)
    if uitkomst.problemen:
        sys.stderr.write(formatteer(uitkomst.problemen, Formaat.TEKST, len(bestanden)))
        typer.echo("Geen kopieën geschreven: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    originelen = {b.resolve() for b in bestanden}
    doelen = {uitvoer / relatief: tekst for relatief, tekst in uitkomst.kopieen.items()}
    for doel in doelen:
        if doel.resolve() in originelen:
            _stop_met_gebruiksfout(f"'{doel}' is een origineel; kies een andere map voor --uitvoer")
        if doel.exists() and not overschrijf:
            _stop_met_gebruiksfout(f"'{doel}' bestaat al; gebruik --overschrijf om het te vervangen")
    for doel, tekst in doelen.items():
        try:
            schrijf_bestand(doel, tekst, overschrijf=overschrijf)
        except OSError as fout:
            _stop_met_gebruiksfout(f"kan '{doel}' niet schrijven ({fout.strerror})")
    typer.echo(f"{aantal(len(doelen), 'gepseudonimiseerde kopie', 'gepseudonimiseerde kopieën')} geschreven in "
               f"{uitvoer} ({aantal(uitkomst.vervangen, 'vervanging', 'vervangingen')}).")


class RapportFormaat(str, Enum):
    HTML = "html"
    MARKDOWN = "markdown"
    PDF = "pdf"


class ExportFormaat(str, Enum):
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"


STANDAARD_DATA = Path("voorbeelden")
STANDAARD_RAPPORTEN = Path("rapporten")
DataOptie = Annotated[list[Path] | None, typer.Option("--data", help="Map(pen) of bestanden met dossiers en "
                                                      "gemeentebestanden. Standaard: [bold]voorbeelden/[/].",
                                                      show_default=False)]


@contextlib.contextmanager
def _voortgang() -> Iterator[Voortgang]:
    """A progress bar on stderr through every phase of a long run, only on a terminal; otherwise quiet."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield GEEN_VOORTGANG
        return
    from .terminal import voortgangsbalk

    with voortgangsbalk(console) as voortgang:
        yield voortgang


def _controleer_data(paden: list[Path]) -> None:
    try:
        verzamel_bestanden(paden)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), DATA_TIP)


def _meld_uitslag(uitslag, soort: str) -> None:  # type: ignore[no-untyped-def]
    if uitslag.problemen:
        sys.stderr.write(formatteer(uitslag.problemen, Formaat.TEKST,
                                    uitslag.bestanden or len({p.pad for p in uitslag.problemen})))
        typer.echo(f"Geen {soort} geschreven: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    for pad in uitslag.geschreven:
        typer.echo(f"{soort.capitalize()} geschreven: {pad}")


@app.command("rapport")
def rapport(
    gemeente: Annotated[str | None, typer.Option("--gemeente", "-g", help="Maak het deelrapport van deze gemeente.",
                                                 show_default=False)] = None,
    alle: Annotated[bool, typer.Option("--alle", help="Maak het overkoepelende rapport en een deelrapport per "
                                       "gemeente.")] = False,
    formaat: Annotated[RapportFormaat, typer.Option("--formaat", "-f", help="html (één bestand, ook offline en "
                                                    "printbaar), pdf (toegankelijk, PDF/UA) of markdown.")] = RapportFormaat.HTML,
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
    import jinja2

    from ..rapportage.maken import RapportFout, maak_rapporten
    from ..rapportage.pdf import PdfFout

    if (gemeente is None) == (not alle):
        _stop_met_gebruiksfout("kies --gemeente NAAM of --alle")
    if sjabloon is not None and not sjabloon.is_dir():
        _stop_met_gebruiksfout(f"sjabloonmap '{sjabloon}' bestaat niet")
    paden = data or [STANDAARD_DATA]
    _controleer_data(paden)
    _laad_lijsten_als_nodig(paden)
    try:
        with _voortgang() as voortgang:
            uitslag = maak_rapporten(data=paden, kaders=kaders or standaard_kaders(), gemeente=gemeente,
                                     formaat=formaat.value, uitvoer=uitvoer, sjabloonmap=sjabloon,
                                     toon_dossiers=toon_dossiers, overschrijf=overschrijf, voortgang=voortgang)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), KADERS_TIP)
    except (RapportFout, BestaatAl) as fout:
        _stop_met_gebruiksfout(str(fout))
    except PdfFout as fout:
        typer.echo(f"fout: {fout}", err=True)
        raise typer.Exit(EXIT_PROBLEMEN) from None
    except jinja2.TemplateError as fout:
        _stop_met_gebruiksfout(f"sjabloon kan niet gebruikt worden: {fout}")
    _meld_uitslag(uitslag, "rapport")


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
    from ..rapportage.maken import RapportFout
    from ..rapportage.maken import exporteer as exporteer_tabel

    paden = data or [STANDAARD_DATA]
    _controleer_data(paden)
    _laad_lijsten_als_nodig(paden)
    try:
        with _voortgang() as voortgang:
            uitslag = exporteer_tabel(data=paden, kaders=kaders or standaard_kaders(), gemeente=gemeente,
                                      formaat=formaat.value, uitvoer=uitvoer, overschrijf=overschrijf,
                                      voortgang=voortgang)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout), KADERS_TIP)
    except (RapportFout, BestaatAl) as fout:
        _stop_met_gebruiksfout(str(fout))
    _meld_uitslag(uitslag, "export")


class VergelijkFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


@app.command("vergelijk")
def vergelijk(
    paden: Annotated[list[Path], typer.Argument(help="Dossierbestanden (ook consensusbestanden) of mappen daarmee.",
                                                show_default=False)],
    kaders: KadersOptie = None,
    formaat: Annotated[VergelijkFormaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, markdown, json of "
                                                      "html.")] = VergelijkFormaat.TEKST,
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Schrijf naar dit bestand in plaats van "
                                                 "naar het scherm.", show_default=False)] = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Vergelijk dubbel beoordeelde dossiers: overeenstemming, kappa en alpha per indicator en eis, en de
    verschillen per dossier voor het consensusoverleg."""
    from ..beoordelen.toetsen import toets_bestanden
    from ..rapportage import vergelijking as weergave
    from ..rapportage.betrouwbaarheid import vergelijk as bereken

    register, kaderproblemen = _register(kaders)
    try:
        bestanden = verzamel_bestanden(paden)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))
    _laad_lijsten_als_nodig(paden)
    uitslag = toets_bestanden(bestanden, register, volledig=True)
    problemen = sorted(kaderproblemen + uitslag.problemen)
    # Toelichtingen and citaten are shown side by side: personal data blocks the output, as in rapport.
    blokkerend = [p for p in problemen if p.ernst.value == "fout" or p.code.startswith("privacy-")]
    if problemen:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, len(bestanden)))
    if blokkerend:
        typer.echo("Geen vergelijking gemaakt: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    kaders_in_gebruik = {(k.id, k.versie): k for k in uitslag.kaders.values()}
    if len(kaders_in_gebruik) != 1:
        _stop_met_gebruiksfout("de bestanden gebruiken verschillende kaders; vergelijk per kader" if kaders_in_gebruik
                               else "er zijn geen dossierbestanden gevonden")
    kader = next(iter(kaders_in_gebruik.values()))
    uitkomst = bereken(uitslag.beoordelingen, kader)
    if uitkomst.melding:
        _stop_met_gebruiksfout(uitkomst.melding)
    if formaat is VergelijkFormaat.TEKST and uitvoer is None:
        from .terminal import vergelijking_weergave

        Console(highlight=False).print(vergelijking_weergave(weergave.gegevens(uitkomst, kader), weergave.UITLEG))
        return
    tekst = {VergelijkFormaat.JSON: weergave.als_json, VergelijkFormaat.HTML: weergave.als_html,
             VergelijkFormaat.MARKDOWN: weergave.als_markdown}.get(formaat, weergave.als_markdown)(uitkomst, kader)
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    _schrijf(uitvoer, tekst, overschrijf)
    typer.echo(f"Vergelijking geschreven naar {uitvoer}", err=True)


class SchemaSoort(str, Enum):
    KADER = "kader"
    DOSSIER = "dossier"
    GEMEENTE = "gemeente"
    ONDERZOEK = "onderzoek"
    CONSENSUS = "consensus"
    KOPPELING = "koppeling"


@app.command("schema")
def schema(
    soort: Annotated[SchemaSoort, typer.Argument(help="Voor welk soort bestand: kader, dossier, gemeente, "
                                                 "onderzoek, consensus of koppeling.")],
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
    elif soort in (SchemaSoort.KADER, SchemaSoort.ONDERZOEK, SchemaSoort.CONSENSUS, SchemaSoort.KOPPELING):
        _stop_met_gebruiksfout("--kader hoort bij 'schema dossier' of 'schema gemeente'",
                               f"het schema van {soort.value}bestanden is voor elk kader hetzelfde")
    else:
        tekst = json_schema_tekst(soort.value, _kies_kader(kaders, kader_id, kaderversie))
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    _schrijf(uitvoer, tekst, overschrijf)
    typer.echo(f"Schema geschreven naar {uitvoer}", err=True)


def _schrijf(pad: Path, tekst: str, overschrijf: bool) -> None:
    try:
        schrijf_bestand(pad, tekst, overschrijf=overschrijf)
    except BestaatAl as fout:
        _stop_met_gebruiksfout(str(fout))
    except OSError as fout:
        _stop_met_gebruiksfout(f"kan '{pad}' niet schrijven ({fout.strerror})")


nieuw_app = typer.Typer(help="Een nieuw, in te vullen dossier-, gemeente- of onderzoeksbestand maken.",
                        no_args_is_help=True)
app.add_typer(nieuw_app, name="nieuw")

GemeenteOptie = Annotated[str, typer.Option("--gemeente", "-g", help="Naam van de gemeente.", show_default=False)]
UitvoerOptie = Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Bestand of map om naar te schrijven.",
                                                   show_default=False)]
OverschrijfOptie = Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaand bestand.")]
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
) -> None:
    """Maak een dossierbestand met elke vraag van het kader, klaar om in te vullen."""
    import datetime as dt
    import re

    from ..invoer.dossier import BEOORDELAAR_PATROON, DOSSIER_ID_PATROON
    from ..invoer.invulbestand import dossier_sjabloon, volgend_dossiernummer
    from ..invoer.persoonsgegevens import toon

    kader = _kies_kader(kaders, kader_id, kaderversie)
    vandaag = dt.date.today()
    map = _doelmap(uitvoer)
    nummer = dossier or volgend_dossiernummer(gemeente, vandaag.year, map)
    if not re.match(DOSSIER_ID_PATROON, nummer):
        _stop_met_gebruiksfout(f"'{toon(nummer)}' is geen pseudoniem dossiernummer; gebruik de vorm ABC-2016-001")
    if beoordelaar is not None and not re.match(BEOORDELAAR_PATROON, beoordelaar):
        _stop_met_gebruiksfout(f"'{toon(beoordelaar)}' is geen beoordelaarscode; gebruik een code als INS1")
    doel = uitvoer if _is_yamlbestand(uitvoer) else map / f"{nummer}.yaml"
    tekst = dossier_sjabloon(kader, gemeente, nummer, team=team, beoordelaar=beoordelaar, datum=vandaag,
                             schema=_schemapad(doel, "dossier", kader))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Dossierbestand geschreven naar {doel}", err=True)


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
    import datetime as dt

    from ..invoer.invulbestand import gemeente_sjabloon

    kader = _kies_kader(kaders, kader_id, kaderversie)
    doel = uitvoer if _is_yamlbestand(uitvoer) else _doelmap(uitvoer) / "gemeente.yaml"
    tekst = gemeente_sjabloon(kader, gemeente, datum=dt.date.today(), schema=_schemapad(doel, "gemeente", kader))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Gemeentebestand geschreven naar {doel}", err=True)


@nieuw_app.command("onderzoek")
def nieuw_onderzoek(
    titel: Annotated[str, typer.Option("--titel", help="Titel van het onderzoek.")] = "Het wijkteam en kwetsbare "
    "gezinnen",
    uitvoer: UitvoerOptie = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Maak een onderzoeksbestand (onderzoek.yaml): het onderzoek als geheel, met status en aanbevelingen."""
    import datetime as dt

    from ..invoer.invulbestand import onderzoek_sjabloon

    doel = uitvoer if uitvoer is not None and _is_yamlbestand(uitvoer) else _doelmap(uitvoer) / "onderzoek.yaml"
    tekst = onderzoek_sjabloon(titel, datum=dt.date.today(), schema=_schemapad(doel, "onderzoek", None))
    _schrijf(doel, tekst, overschrijf)
    typer.echo(f"Onderzoeksbestand geschreven naar {doel}", err=True)


@app.command("codes")
def codes() -> None:
    """Toon alle meldingscodes met hun betekenis."""
    from rich.table import Table

    tabel = Table("code", "betekenis", box=None, show_header=True, header_style="bold")
    for code, betekenis in CODES.items():
        tabel.add_row(code, betekenis)
    Console(highlight=False).print(tabel)


def _debug_gevraagd(argumenten: list[str]) -> bool:
    return "--debug" in argumenten or os.environ.get("WIJKTEAMTOETS_DEBUG", "").lower() in ("1", "ja", "true", "yes")


def main() -> None:
    """Entry point of the console script: the app, with a last line of defence against tracebacks.

    An unexpected error (a bug) prints a short Dutch message and exits with EXIT_INTERN; with ``--debug``
    (anywhere on the command line) or ``WIJKTEAMTOETS_DEBUG=1`` the traceback is printed first."""
    argumenten = sys.argv[1:]
    debug = _debug_gevraagd(argumenten)
    if "--debug" in argumenten[1:]:  # also after the command: move it to where the main callback reads it
        argumenten = ["--debug", *[a for a in argumenten if a != "--debug"]]
    try:
        app(args=argumenten, prog_name="wijkteamtoets")
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


from . import kaderversies, rondes  # noqa: E402  (commands in their own modules)

kaderversies.registreer(kader_app)
rondes.registreer(app)
