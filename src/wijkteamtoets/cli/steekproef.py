"""The `steekproef` command: draw a reproducible sample of dossiers from a wijkteam's population file, and
`nieuw dossier --steekproef`: a fill-in file for every dossier a steekproef asks to read.

Thin: the library draws (`controles.trekking`), writes nothing half (`rapportage.schrijven`) and the
command only parses options and maps outcomes to exit codes. Registered on the app of `basis` when `commandos`
imports this module.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..problemen import toon_uitvoer
from .basis import EXIT_PROBLEMEN, app, stop_met_gebruiksfout


class ToewijzingKeuze(str, Enum):
    PROPORTIONEEL = "proportioneel"
    GELIJK = "gelijk"


def _procent(waarde: float) -> str:
    return f"{waarde * 100:.4g}%".replace(".", ",")


@app.command("steekproef")
def steekproef(
    populatie: Annotated[Path, typer.Argument(help="Het populatiebestand (CSV of XLSX): één rij per dossier, met "
                                              "een kolom 'zaaknummer' (pseudoniem) en eventueel categorieën om op "
                                              "te stratificeren.", show_default=False)],
    gemeente: Annotated[str, typer.Option("--gemeente", "-g", help="De gemeente van het wijkteam.",
                                          show_default=False)],
    zaad: Annotated[str, typer.Option("--zaad", help="Het zaad van de trekking (een getal of woord); hetzelfde "
                                      "zaad en bestand geven dezelfde steekproef.", show_default=False)],
    uitvoer: Annotated[Path, typer.Option("--uitvoer", "-o", help="De map waarin steekproef.yaml komt (meestal "
                                          "de map van de gemeente).", show_default=False)],
    omvang: Annotated[int | None, typer.Option("--omvang", "-n", min=1, help="Een vaste omvang: zoveel dossiers "
                                               "trekken.", show_default=False)] = None,
    betrouwbaarheid: Annotated[float, typer.Option("--betrouwbaarheid", min=0.5, max=0.999, help="De zekerheid "
                                                   "van de uitspraak over alle dossiers.")] = 0.95,
    tolerantie: Annotated[float | None, typer.Option("--tolerantie", min=0.001, max=0.5, help="Plan: het "
                                                     "aanvaardbare aandeel dossiers dat niet voldoet (bijv. 0.10); "
                                                     "de omvang volgt uit de binomiale verdeling.",
                                                     show_default=False)] = None,
    verwacht: Annotated[float, typer.Option("--verwacht", min=0.0, max=0.5, help="Plan: het verwachte aandeel "
                                            "dossiers dat niet voldoet.")] = 0.0,
    strata: Annotated[str | None, typer.Option("--strata", help="Stratificeer op deze kolom van het "
                                               "populatiebestand (bijv. team).", show_default=False)] = None,
    toewijzing: Annotated[ToewijzingKeuze, typer.Option("--toewijzing", help="Verdeling over de strata: "
                                                        "proportioneel of gelijk.")] = ToewijzingKeuze.PROPORTIONEEL,
    reserve: Annotated[int, typer.Option("--reserve", min=0, help="Aantal reservedossiers, voor dossiers die niet "
                                         "beschikbaar blijken.")] = 0,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaande steekproef.yaml.")
                           ] = False,
) -> None:
    """Trek een reproduceerbare steekproef van dossiers uit de populatie van een wijkteam en schrijf
    steekproef.yaml (populatie, plan, zaad, geselecteerde dossiers en reserves)."""
    from ..bestandssysteem import BestaatAl, schrijf_bestand
    from ..controles.trekking import TrekkingFout, Verzoek, trek_steekproef
    from ..invoer.persoonsgegevens import toon
    from ..invoer.steekproef import Toewijzing, steekproef_yaml
    from ..problemen import aantal
    from .meldingen import Formaat, formatteer

    if (omvang is None) == (tolerantie is None):
        stop_met_gebruiksfout("kies --omvang N of een plan met --tolerantie (en eventueel --betrouwbaarheid en "
                               "--verwacht)")
    if tolerantie is not None and verwacht >= tolerantie:
        stop_met_gebruiksfout("--verwacht moet kleiner zijn dan --tolerantie")
    if not zaad.strip():
        stop_met_gebruiksfout("--zaad mag niet leeg zijn")
    if not populatie.is_file():
        stop_met_gebruiksfout(f"populatiebestand '{populatie}' bestaat niet")
    if uitvoer.suffix in (".yaml", ".yml"):
        stop_met_gebruiksfout("--uitvoer is een map; de steekproef heet daarin steekproef.yaml")
    verzoek = Verzoek(gemeente=gemeente, zaad=zaad.strip(), omvang=omvang, betrouwbaarheid=betrouwbaarheid,
                      tolerantie=tolerantie, verwacht=verwacht, reserve=reserve, strata=strata,
                      toewijzing=Toewijzing(toewijzing.value))
    _laad_namenlijsten()
    try:
        getrokken, problemen = trek_steekproef(populatie, verzoek)
    except TrekkingFout as fout:
        stop_met_gebruiksfout(str(fout))
    if getrokken is None:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, 1))
        typer.echo("Geen steekproef geschreven: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    doel = uitvoer / "steekproef.yaml"
    try:
        schrijf_bestand(doel, steekproef_yaml(getrokken), overschrijf=overschrijf)
    except BestaatAl as fout:
        stop_met_gebruiksfout(str(fout))
    except OSError as fout:
        stop_met_gebruiksfout(f"kan '{toon_uitvoer(doel, uitvoer)}' niet schrijven ({fout.strerror})")
    plan = getrokken.plan
    uitleg = (f"plan: {_procent(plan.betrouwbaarheid)} betrouwbaarheid, {_procent(plan.tolerantie)} tolerantie, "
              f"{_procent(plan.verwacht or 0.0)} verwacht" if plan.tolerantie is not None else "vaste omvang")
    typer.echo(f"Steekproef van {toon(gemeente)}: {plan.omvang} van de {getrokken.populatie.rijen} dossiers ({uitleg}"
               f"), {aantal(len(getrokken.reserve), 'reserve', 'reserves')}. Geschreven naar {toon_uitvoer(doel, uitvoer)}")


def _laad_namenlijsten() -> None:
    """The privacy gate reads names with deduce: load its lists first, with a spinner on a terminal."""
    from rich.console import Console

    from ..controles import privacy

    console = Console(stderr=True)
    if console.is_terminal and not privacy.lijsten_geladen():
        with console.status("Namenlijsten voor de privacycontrole laden ..."):
            privacy.laad_lijsten()


def dossiers_voor_steekproef(steekproefbestand: Path) -> list[str]:
    """The dossier ids `nieuw dossier --steekproef` makes files for: the selection with recorded replacements
    applied; a usage error when the file cannot be used."""
    from ..controles.steekproefcontrole import laad_steekproef
    from .meldingen import Formaat, formatteer

    gelezen, problemen = laad_steekproef(steekproefbestand)
    if gelezen is None:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, 1))
        raise typer.Exit(EXIT_PROBLEMEN)
    return gelezen.te_beoordelen()
