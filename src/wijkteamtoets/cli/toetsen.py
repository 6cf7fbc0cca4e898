"""The commands that judge and scan without publishing: ``beoordeel``, ``privacy`` and ``vergelijk``.

Each maps its options onto `rapportage.toetsing.Toetsing` and picks a reporter (`rapportage.formaten`);
the gates and refusals are the library's.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..problemen import aantal, heeft_fouten, pad_tekst, toon_pad
from ..rapportage.formaten import BeoordeelFormaat, VergelijkFormaat, rapporteur
from .basis import (
    EXIT_PROBLEMEN,
    KadersOptie,
    OverschrijfOptie,
    app,
    exitcode,
    laad_lijsten_als_nodig,
    stop_met_gebruiksfout,
    voortgang,
    weigeringen,
)
from .meldingen import HERHALING, Formaat, formatteer

if TYPE_CHECKING:
    from ..beoordelen.afleiden import Beoordeling


def _toetsing(paden: list[Path] | None, kaders: list[Path] | None, balk=None):  # type: ignore[no-untyped-def]
    from ..rapportage.toetsing import Toetsing

    with weigeringen("uitvoer"):
        return Toetsing(paden, kaders, **({"voortgang": balk} if balk is not None else {}))


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
    alle_meldingen: Annotated[bool, typer.Option("--alle-meldingen", help="Toon elke waarschuwing; standaard "
                                                 "staat een waarschuwing die vaak terugkomt er een paar keer, "
                                                 "met het aantal van de rest.")] = False,
) -> None:
    """Toets dossiers en gemeentebestanden aan hun kader en leid per indicator het oordeel af, met de reden."""
    from ..invoer.kader import Oordeel

    with voortgang() as balk:
        toetsing = _toetsing(paden, kaders, balk)
        met_details = details if details is not None else len(toetsing.bestanden) == 1
        with weigeringen("uitvoer"):
            uitslag = toetsing.beoordeel()
        problemen = uitslag.problemen
        tekst = ""
        balk.fase("Uitvoer opmaken")
        if formaat is not BeoordeelFormaat.TEKST:
            tekst = rapporteur(formaat)(uitslag.beoordelingen, problemen, len(toetsing.bestanden),
                                                       met_details)
    if formaat is not BeoordeelFormaat.JSON and problemen:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, len(toetsing.bestanden),
                                    herhaling=None if alle_meldingen else HERHALING))
    if formaat is BeoordeelFormaat.TEKST and met_details and len(uitslag.beoordelingen) == 1:
        tekst = _zonder_rich(uitslag.beoordelingen[0])  # into a file or pipe: what rich prints, without rich
    sys.stdout.write(tekst)
    if formaat is BeoordeelFormaat.TEKST and uitslag.beoordelingen and not tekst:
        from rich.console import Console

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


def _zonder_rich(beoordeling: Beoordeling) -> str:
    """The detail view of one beoordeling as rich prints it to a standard output that is no terminal; "" when
    rich itself must print it (a terminal, forced colour)."""
    from .beoordelingtekst import als_tekst, beoordeling_blokken, uitvoerbreedte

    breedte = uitvoerbreedte()
    return (als_tekst(beoordeling_blokken(beoordeling), breedte) or "") if breedte is not None else ""


@app.command("privacy")
def privacy(
    paden: Annotated[list[Path], typer.Argument(help="Bestanden of mappen (YAML) om te doorzoeken.",
                                                show_default=False)],
    formaat: Annotated[Formaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, json of github.")
                       ] = Formaat.TEKST,
    pseudonimiseer: Annotated[bool, typer.Option("--pseudonimiseer", help="Schrijf kopieën met elke vondst "
                                                 "vervangen door \\[soort-nummer] (met --uitvoer); de originelen "
                                                 "blijven ongewijzigd.")] = False,
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Map voor de gepseudonimiseerde "
                                                 "kopieën.", show_default=False)] = None,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang bestaande kopieën.")] = False,
    toon_paden: Annotated[bool, typer.Option("--toon-paden", help="Toon bestands- en mapnamen die niet het "
                                             "naamschema volgen zoals ze zijn, om ze te hernoemen; alleen in een "
                                             "terminal en als tekst.")] = False,
) -> None:
    """Zoek persoonsgegevens (naam, BSN, telefoon, e-mail, IBAN, adres, geboortedatum, kenteken, sociale media,
    school met groep) in sleutels, waarden, commentaar en bestandsnamen, zonder ze te tonen."""
    if pseudonimiseer != (uitvoer is not None):
        stop_met_gebruiksfout("--pseudonimiseer en --uitvoer MAP horen bij elkaar")
    if toon_paden and (formaat is not Formaat.TEKST or not op_een_terminal()):
        stop_met_gebruiksfout("--toon-paden toont bestandsnamen alleen in een terminal, als tekst: een naam mag "
                              "niet in een bestand, pijp of CI-log belanden")
    toetsing = _toetsing(paden, None)
    with weigeringen("kopieën"):
        toetsing.controleer_uitvoer(uitvoer)
    laad_lijsten_als_nodig(toetsing.bestanden)
    if uitvoer is not None:
        with weigeringen("kopieën"):
            kopieen, vervangen = toetsing.pseudonimiseer(uitvoer, overschrijf=overschrijf)
        typer.echo(f"{aantal(len(kopieen), 'gepseudonimiseerde kopie', 'gepseudonimiseerde kopieën')} geschreven "
                   f"in {uitvoer} ({aantal(vervangen, 'vervanging', 'vervangingen')}).")
        return
    with voortgang() as balk:
        toetsing.voortgang = balk
        problemen = toetsing.privacy()
    sys.stdout.write(formatteer(problemen, formaat, len(toetsing.bestanden), pad=pad_tekst if toon_paden else toon_pad))
    raise typer.Exit(exitcode(problemen))


def op_een_terminal() -> bool:
    """Whether standard output is a terminal (a person reads it), not a file, pipe or log."""
    return sys.stdout.isatty()


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
    toetsing = _toetsing(paden, kaders)
    with weigeringen("vergelijking"):
        toetsing.controleer_uitvoer(uitvoer)
    laad_lijsten_als_nodig(toetsing.bestanden)
    with weigeringen("vergelijking"):
        uitkomst, kader = toetsing.vergelijking(uitvoer)
    waarschuwingen = toetsing.beoordeel(volledig=True).problemen  # the same run: nothing is judged again
    if waarschuwingen:
        sys.stderr.write(formatteer(waarschuwingen, Formaat.TEKST, len(toetsing.bestanden)))
    if formaat is VergelijkFormaat.TEKST and uitvoer is None:
        from rich.console import Console

        from ..rapportage import vergelijking as weergave
        from .terminal import vergelijking_weergave

        Console(highlight=False).print(vergelijking_weergave(weergave.gegevens(uitkomst, kader), weergave.UITLEG))
        return
    tekst = rapporteur(VergelijkFormaat.MARKDOWN if formaat is VergelijkFormaat.TEKST else formaat)(uitkomst, kader)
    if uitvoer is None:
        sys.stdout.write(tekst)
        return
    with weigeringen("vergelijking"):
        toetsing.schrijf(uitvoer, tekst, overschrijf=overschrijf)
    typer.echo(f"Vergelijking geschreven naar {uitvoer}", err=True)
