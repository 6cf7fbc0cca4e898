"""The commands `wijkteamtoets invullen` (the form in the browser) and `wijkteamtoets nieuw consensus`.

Only Typer and the standard library are imported at module level, so registering these commands costs the
other commands nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

EXIT_PROBLEMEN = 1
EXIT_GEBRUIK = 2


def _stop(melding: str, tip: str | None = None, code: int = EXIT_GEBRUIK) -> NoReturn:
    from ...invoer.persoonsgegevens import maskeer

    typer.echo(f"fout: {maskeer(melding)}", err=True)
    if tip:
        typer.echo(f"tip: {maskeer(tip)}", err=True)
    raise typer.Exit(code)


def _pad(pad: Path, uitvoer: Path | None = None) -> str:
    """A path as a message shows it (`problemen.toon_pad`: a name outside the naming scheme is a stand-in), or
    a file written in or as the user's own `uitvoer` (`problemen.toon_uitvoer`)."""
    from ...problemen import toon_pad, toon_uitvoer

    return toon_pad(pad) if uitvoer is None else toon_uitvoer(pad, uitvoer)


def _meld(problemen: list, bestanden: int) -> None:  # type: ignore[type-arg]
    from ..meldingen import Formaat, formatteer

    sys.stderr.write(formatteer(sorted(problemen), Formaat.TEKST, bestanden))


def _register(kaders: list[Path] | None):  # type: ignore[no-untyped-def]
    from ...controles.laden import laad_register
    from ...invoer.bestanden import PadFout, standaard_kaders
    from ...problemen import heeft_fouten

    try:
        register, problemen = laad_register(kaders or standaard_kaders())
    except PadFout as fout:
        _stop(str(fout), "geef met --kaders een kaderbestand of een map met kaders")
    if heeft_fouten(problemen):
        _meld(problemen, len({p.pad for p in problemen}))
        raise typer.Exit(EXIT_PROBLEMEN)
    return register


KadersOptie = Annotated[
    list[Path] | None,
    typer.Option("--kaders", "-k", help="Kaderbestand of map met kaders. Standaard: [bold]kaders/[/] in de werkmap, "
                 "of anders het meegeleverde kader.", show_default=False),
]


def _sessie(pad: Path, kaders: list[Path] | None):  # type: ignore[no-untyped-def]
    """The file to edit with its kader: the file itself, or the scaffold of a new one."""
    import datetime as dt
    import re

    from ...problemen import genoemd

    genoemd(pad)  # the user typed it: the form and its messages show it as typed

    from ...beoordelen.invullen import toets_inhoud
    from ...invoer.bestanden import is_consensusbestand, is_gemeentebestand, is_onderzoeksbestand
    from ...invoer.dossier import DOSSIER_ID_PATROON, KaderVerwijzing
    from ...invoer.invulbestand import dossier_sjabloon, gemeente_sjabloon
    from ...invoer.kader import Niveau
    from ...invoer.lezen import lees_begrensd
    from ...problemen import InvoerFout
    from .server import Invulsessie

    if pad.suffix not in (".yaml", ".yml"):
        _stop(f"'{pad}' is geen YAML-bestand", "geef een dossier- of gemeentebestand met de extensie .yaml")
    if is_onderzoeksbestand(pad):
        _stop(f"'{pad}' is een onderzoeksbestand; het formulier is er voor dossier-, gemeente- en consensusbestanden",
              "vul het onderzoeksbestand aan in een editor")
    if is_consensusbestand(pad) and not pad.exists():
        _stop(f"consensusbestand '{pad}' bestaat nog niet", "maak het met 'wijkteamtoets nieuw consensus' uit de "
              "twee beoordelingen, en open het dan met invullen")
    register = _register(kaders)
    niveau = Niveau.GEMEENTE if is_gemeentebestand(pad) else Niveau.DOSSIER
    if not pad.exists() and not pad.is_symlink():
        try:
            kader = register.kies(None, None)
        except LookupError as fout:
            _stop(str(fout))
        vandaag = dt.date.today()
        if niveau is Niveau.GEMEENTE:
            from ...invoer.invulbestand import onderzoek_naast, onderzoeksperiode

            tekst = gemeente_sjabloon(kader, "", periode=onderzoeksperiode(onderzoek_naast(pad.parent)))
        else:
            nummer = pad.stem if re.match(DOSSIER_ID_PATROON, pad.stem) else ""
            tekst = dossier_sjabloon(kader, "", nummer, datum=vandaag)
        return Invulsessie(pad=pad, kader=kader, register=register, niveau=niveau, tekst=tekst, op_schijf=None)
    try:
        ruw = lees_begrensd(pad)
        tekst = ruw.decode("utf-8")
    except InvoerFout as fout:
        _meld(fout.problemen, 1)
        raise typer.Exit(EXIT_PROBLEMEN) from None
    except UnicodeDecodeError:
        tekst = ""
    uitslag = toets_inhoud(pad, ruw, register)
    if uitslag.document is None or not tekst:
        _meld(uitslag.problemen, 1)
        typer.echo("Het formulier kan dit bestand niet openen: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    data = uitslag.document.data
    verwijzing = data.get("kader") if isinstance(data, dict) else None
    kader = register.zoek(KaderVerwijzing.model_construct(id=str(verwijzing.get("id")), versie=str(verwijzing.get("versie")))
                          ) if isinstance(verwijzing, dict) else None
    if kader is None:
        _meld(uitslag.problemen, 1)
        _stop(f"het kader van '{pad}' is onbekend", f"beschikbaar: {register.beschikbaar()}; geef het kader met "
              "--kaders", EXIT_PROBLEMEN)
    sessie = Invulsessie(pad=pad, kader=kader, register=register, niveau=niveau, tekst=tekst, op_schijf=ruw)
    if is_consensusbestand(pad):
        sessie.consensus = _consensusdeel(pad, data, register)
    return sessie


def _consensusdeel(pad: Path, data: dict, register):  # type: ignore[no-untyped-def, type-arg]
    """The ratings a consensus file refers to, from its folder; stop when the basis rating is not there."""
    from ...invoer.persoonsgegevens import toon
    from .consensus import Consensusdeel, laad_beoordelingen

    beoordelingen = laad_beoordelingen(pad, data, register)
    basis = str(data.get("basis") or "")
    if basis not in beoordelingen:
        _stop(f"de basisbeoordeling '{toon(basis)}' van dit dossier staat niet (zonder fouten) in {pad.parent}"
              if basis else "het consensusbestand noemt geen basis",
              "zet het consensusbestand naast de beoordelingen van het dossier, en controleer ze met 'wijkteamtoets "
              "beoordeel'", EXIT_PROBLEMEN)
    return Consensusdeel(basis=basis, beoordelingen=beoordelingen)


def invullen(
    pad: Annotated[Path, typer.Argument(help="Het dossier-, gemeente- (gemeente.yaml) of consensusbestand "
                                        "(<dossier>.consensus.yaml) om in te vullen; bestaat een dossier- of "
                                        "gemeentebestand nog niet, dan maakt het formulier het bij opslaan.",
                                        show_default=False)],
    kaders: KadersOptie = None,
    poort: Annotated[int, typer.Option("--poort", help="Poort op 127.0.0.1. Standaard: een vrije poort.",
                                       min=0, max=65535)] = 0,
    geen_browser: Annotated[bool, typer.Option("--geen-browser", help="Open geen browser; toon alleen het adres.")
                            ] = False,
) -> None:
    """Vul een dossier-, gemeente- of consensusbestand in met een formulier in uw browser, met het oordeel per
    indicator ernaast. Alleen op deze computer bereikbaar; stop met Ctrl-C."""
    import threading
    import webbrowser

    from ...controles.privacy import laad_lijsten
    from .pagina import pagina
    from .server import Formulierserver

    sessie = _sessie(pad, kaders)
    try:
        server = Formulierserver(sessie, poort, pagina)
    except OSError as fout:
        _stop(f"kan poort {poort} op 127.0.0.1 niet gebruiken ({fout.strerror})", "kies een andere --poort, of laat "
              "--poort weg voor een vrije poort")
    sessie.voorbereiding = threading.Thread(target=laad_lijsten, daemon=True)
    sessie.voorbereiding.start()
    try:  # from the first line on, Ctrl-C stops the form cleanly
        typer.echo(server.adres)
        sys.stdout.flush()
        typer.echo(f"Formulier voor {_pad(pad)} staat klaar op het adres hierboven (alleen op deze computer). "
                   "Stop met Ctrl-C.", err=True)
        if not geen_browser:
            threading.Thread(target=webbrowser.open, args=(server.adres,), daemon=True).start()
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    typer.echo("Formulier gestopt.", err=True)


def nieuw_consensus(
    beoordelingen: Annotated[list[Path], typer.Argument(help="De twee beoordelingen (dossierbestanden) van één "
                                                        "dossier.", show_default=False)],
    uitvoer: Annotated[Path | None, typer.Option("--uitvoer", "-o", help="Bestand of map om naar te schrijven. "
                                                 "Standaard: <dossier>.consensus.yaml naast de eerste beoordeling.",
                                                 show_default=False)] = None,
    overschrijf: Annotated[bool, typer.Option("--overschrijf", help="Vervang een bestaand bestand.")] = False,
    kaders: KadersOptie = None,
) -> None:
    """Maak een consensusbestand uit twee beoordelingen van één dossier, met elk verschil om te bespreken."""
    import datetime as dt

    from ...controles.laden import laad_bevindingen
    from ...invoer.consensussjabloon import basis_en_ander, consensus_sjabloon, verschillen
    from ...invoer.persoonsgegevens import toon
    from ..basis import schrijf

    if len(beoordelingen) != 2:
        _stop(f"geef precies twee beoordelingen van één dossier (nu {len(beoordelingen)})")
    register = _register(kaders)
    dossiers = []
    for pad in beoordelingen:
        if not pad.is_file():
            _stop(f"'{pad}' bestaat niet of is geen bestand")
        geladen, problemen = laad_bevindingen(pad, register)
        if geladen is None or geladen.dossier is None:
            _meld(problemen, 1)
            _stop(f"'{pad}' is geen bruikbare dossierbeoordeling", "los eerst de problemen hierboven op",
                  EXIT_PROBLEMEN)
        dossiers.append((geladen.dossier, geladen.kader))
    (een, kader), (twee, ander_kader) = dossiers
    if (een.gemeente, een.dossier) != (twee.gemeente, twee.dossier):
        _stop("de twee beoordelingen gaan niet over hetzelfde dossier", "geef twee beoordelingen met hetzelfde "
              "dossiernummer en dezelfde gemeente")
    if een.beoordelaar == twee.beoordelaar:
        _stop(f"beide beoordelingen zijn van {een.beoordelaar}", "een consensus volgt op twee onafhankelijke "
              "beoordelingen door verschillende beoordelaars")
    if kader is not ander_kader:
        _stop("de twee beoordelingen gebruiken verschillende kaders of versies")
    basis, ander = basis_en_ander(een, twee)
    datum = max(dt.date.today(), een.datum, twee.datum)
    tekst = consensus_sjabloon(kader, een, twee, datum=datum)
    naam = f"{een.dossier}.consensus.yaml"
    doel = beoordelingen[0].parent / naam if uitvoer is None else (
        uitvoer if uitvoer.suffix in (".yaml", ".yml") else uitvoer / naam)
    schrijf(doel, tekst, overschrijf)
    aantal = len(verschillen(kader, basis, ander))
    typer.echo(f"Consensusbestand geschreven naar {_pad(doel, uitvoer)}: {aantal} {'verschil' if aantal == 1 else 'verschillen'} "
               f"om te bespreken (basis: {toon(basis.beoordelaar)}).", err=True)
