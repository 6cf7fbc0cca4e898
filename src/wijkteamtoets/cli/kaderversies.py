"""The commands about kader versions: `kader verschil` (what changed, and a draft koppeling) and `kader migreer`
(migrated copies of dossiers through a koppeling). Thin: the work is in `controles.kaderverschil`,
`controles.migratie` and `rapportage.kaderverschil`."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..invoer.bestanden import PadFout, standaard_kaders, verzamel_bestanden
from ..problemen import aantal, heeft_fouten, toon_pad
from .basis import EXIT_PROBLEMEN, KadersOptie, OverschrijfOptie
from .basis import register as _register
from .basis import schrijf as _schrijf
from .basis import stop_met_gebruiksfout as _stop_met_gebruiksfout
from .meldingen import Formaat, formatteer


class VerschilFormaat(str, Enum):
    TEKST = "tekst"
    MARKDOWN = "markdown"
    JSON = "json"


def _een_kader(pad: Path):  # type: ignore[no-untyped-def]
    """The one valid kader in file `pad`; problems end the command with exit code 1."""
    from ..controles.laden import controleer_kaderbestanden

    if not pad.is_file():
        _stop_met_gebruiksfout(f"kaderbestand '{pad}' bestaat niet")
    uitkomst = controleer_kaderbestanden([pad])
    if heeft_fouten(uitkomst.problemen) or not uitkomst.kaders:
        sys.stderr.write(formatteer(uitkomst.problemen, Formaat.TEKST, 1))
        raise typer.Exit(EXIT_PROBLEMEN)
    return uitkomst.kaders[0]


def kader_verschil(
    oud: Annotated[Path, typer.Argument(help="Het oude kaderbestand.", show_default=False)],
    nieuw: Annotated[Path, typer.Argument(help="Het nieuwe kaderbestand.", show_default=False)],
    formaat: Annotated[VerschilFormaat, typer.Option("--formaat", "-f", help="Uitvoer: tekst, markdown of json (een "
                                                     "lijst van wijzigingen met soort, id en nieuw_id).")
                       ] = VerschilFormaat.TEKST,
    koppeling: Annotated[Path | None, typer.Option("--koppeling", help="Schrijf ook een eerste opzet van de koppeling "
                                                   "van het oude naar het nieuwe kader naar dit bestand, om na te "
                                                   "lopen.", show_default=False)] = None,
    data: Annotated[list[Path] | None, typer.Option("--data", help="Tel ook in deze dossiers en gemeentebestanden van "
                                                    "de oude versie welke antwoorden verloren gaan en waar een nieuwe "
                                                    "vraag een antwoord nodig heeft.", show_default=False)] = None,
    kaders: KadersOptie = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Toon wat er tussen twee versies van een kader veranderde (toegevoegd, verwijderd, hernoemd, tekst en
    normering gewijzigd) en wat dat betekent voor dossiers van de oude versie."""
    from ..controles.kaderverschil import verschil
    from ..rapportage import kaderverschil as weergave

    uitkomst = verschil(_een_kader(oud), _een_kader(nieuw))
    impact = _impact(uitkomst, data, kaders) if data else None
    tekst = {VerschilFormaat.JSON: weergave.als_json, VerschilFormaat.MARKDOWN: weergave.als_markdown,
             VerschilFormaat.TEKST: weergave.als_tekst}[formaat](uitkomst, impact)
    sys.stdout.write(tekst)
    if koppeling is not None:
        _schrijf(koppeling, weergave.koppeling_opzet(uitkomst), overschrijf)
        typer.echo(f"Opzet van de koppeling geschreven naar {koppeling}; loop hem na voor u migreert.", err=True)


def _impact(uitkomst, data: list[Path], kaders: list[Path] | None):  # type: ignore[no-untyped-def]
    """Count the effect on the files of the old version in `data` (other files are passed over)."""
    from ..controles.kaderverschil import dossierimpact
    from ..controles.laden import laad_bevindingen
    from ..invoer.bestanden import is_consensusbestand, is_onderzoeksbestand, is_steekproefbestand
    from ..invoer.dossier import Dossier, Gemeentebevindingen

    try:
        bestanden = verzamel_bestanden(data)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))
    register, kaderproblemen = _register(kaders)
    modellen: list[Dossier | Gemeentebevindingen] = []
    problemen = list(kaderproblemen)
    for pad in bestanden:
        if is_onderzoeksbestand(pad) or is_consensusbestand(pad) or is_steekproefbestand(pad):
            continue
        geladen, eigen = laad_bevindingen(pad, register)
        problemen.extend(eigen)
        if geladen is not None and (geladen.kader.id, geladen.kader.versie) == (uitkomst.oud.id, uitkomst.oud.versie):
            model = geladen.dossier or geladen.gemeente
            if model is not None:
                modellen.append(model)
    if heeft_fouten(problemen):
        sys.stderr.write(formatteer(sorted(p for p in problemen if p.ernst.value == "fout"), Formaat.TEKST,
                                   len(bestanden)))
        raise typer.Exit(EXIT_PROBLEMEN)
    return dossierimpact(uitkomst, modellen)


def kader_migreer(
    paden: Annotated[list[Path], typer.Argument(help="Dossier-, gemeente- en consensusbestanden of mappen daarmee.",
                                                show_default=False)],
    naar: Annotated[Path, typer.Option("--naar", help="Het nieuwe kaderbestand.", show_default=False)],
    koppeling: Annotated[Path, typer.Option("--koppeling", help="Het koppelingsbestand van het oude naar het nieuwe "
                                            "kader.", show_default=False)],
    uitvoer: Annotated[Path, typer.Option("--uitvoer", "-o", help="Map voor de gemigreerde kopieën (de originelen "
                                          "blijven ongewijzigd).", show_default=False)],
    kaders: KadersOptie = None,
    overschrijf: OverschrijfOptie = False,
) -> None:
    """Schrijf gemigreerde kopieën van dossiers naar een nieuwe kaderversie, via een koppeling; wat niet te koppelen
    is, wordt genoemd en niets wordt geraden."""
    from ..controles.migratie import migreer_paden
    from ..rapportage.schrijven import BestaatAl, schrijf_set

    nieuw_kader = _een_kader(naar)
    if not koppeling.is_file():
        _stop_met_gebruiksfout(f"koppeling '{koppeling}' bestaat niet")
    try:
        bestanden = verzamel_bestanden(paden)
    except PadFout as fout:
        _stop_met_gebruiksfout(str(fout))
    register, kaderproblemen = _register(kaders or standaard_kaders())
    originelen = {b.resolve() for b in bestanden}
    uitvoer_echt = uitvoer.resolve()
    if any(o.is_relative_to(uitvoer_echt) for o in originelen):
        _stop_met_gebruiksfout(f"'{uitvoer}' bevat originelen; kies een andere map voor --uitvoer")
    uitkomst = migreer_paden(paden, register, nieuw_kader, koppeling, uitvoer)
    problemen = sorted(kaderproblemen + uitkomst.problemen)
    if problemen:
        sys.stderr.write(formatteer(problemen, Formaat.TEKST, uitkomst.bestanden or len(bestanden)))
    if heeft_fouten(problemen):
        typer.echo("Geen kopieën geschreven: los eerst de problemen hierboven op.", err=True)
        raise typer.Exit(EXIT_PROBLEMEN)
    per_map: dict[Path, dict[Path, str | bytes]] = {}
    for doel, tekst in uitkomst.kopieen.items():
        if doel.exists() and not overschrijf:
            _stop_met_gebruiksfout(f"'{toon_pad(doel)}' bestaat al; gebruik --overschrijf om het te vervangen")
        per_map.setdefault(doel.parent, {})[doel] = tekst
    try:
        for inhoud in per_map.values():
            schrijf_set(inhoud, overschrijf=overschrijf)
    except BestaatAl as fout:
        _stop_met_gebruiksfout(str(fout))
    except OSError as fout:
        _stop_met_gebruiksfout(f"kan niet schrijven in '{uitvoer}' ({fout.strerror})")
    typer.echo(f"{aantal(len(uitkomst.kopieen), 'gemigreerde kopie', 'gemigreerde kopieën')} geschreven in {uitvoer} "
               f"(kader {nieuw_kader.id} {nieuw_kader.versie}).")


def registreer(kader_app: typer.Typer) -> None:
    """Add `kader verschil` and `kader migreer` to the `kader` group."""
    kader_app.command("verschil")(kader_verschil)
    kader_app.command("migreer")(kader_migreer)
