"""Rendering for the terminal with rich: renderables only, the CLI decides where they go."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..beoordelen.afleiden import Beoordeling, Reden
from ..invoer.kader import Indicator, Kader, Nummer, Oordeel, Vraag
from ..invoer.voortgang import Voortgang
from ..invoer.voorwaarden import voorwaarde_tekst
from ..rapportage.beoordelingen import TEKEN, oordeel_tekst, telling_tekst, totaal, zonder_stuurtekens


def _vraag_regel(soort: str, vraag: Vraag, kern: bool = False, niveau: str | None = None) -> Text:
    regel = Text()
    regel.append(f"{soort} ", style="bold magenta" if soort == "feit" else "bold")
    regel.append(vraag.id, style="cyan")
    if kern:
        regel.append(" (kern)", style="bold red")
    if niveau:
        regel.append(f" [{niveau}]", style="yellow")
    regel.append(f": {vraag.vraag}")
    if vraag.als:
        regel.append(f"  alleen als {voorwaarde_tekst(vraag.als)}", style="italic green")
    return regel


def indicator_boom(nummer: str, indicator: Indicator, volledig: bool) -> Tree:
    kop = Text()
    kop.append(f"Indicator {nummer} ", style="bold")
    kop.append(indicator.id, style="cyan")
    kop.append(f" [{indicator.niveau.value}]", style="yellow")
    inhoud = [kop, Text(indicator.tekst)]
    if volledig:
        inhoud.append(Text(f"Operationalisering: {indicator.operationalisering}", style="dim"))
    if indicator.van_toepassing_als:
        inhoud.append(Text(f"Van toepassing als {voorwaarde_tekst(indicator.van_toepassing_als)}",
                           style="italic green"))
    boom = Tree(Group(*inhoud))
    for feit in indicator.feiten:
        boom.add(_vraag_regel("feit", feit))
    for eis in indicator.eisen:
        boom.add(_vraag_regel("eis", eis, eis.kern, eis.niveau.value if eis.niveau else None))
    return boom


def kader_boom(kader: Kader, *, volledig: bool = False, alleen: str | None = None) -> Tree:
    """The kader as a tree: thema's, criteria, indicatoren with their feiten and eisen."""
    wortel = Tree(Text.assemble((kader.titel, "bold"), f"\n{kader.id}, versie {kader.versie}; bron: "
                                f"{kader.bron.titel} ({kader.bron.datum}), {kader.bron.vindplaats}"))
    if kader.feiten and alleen is None:
        algemeen = wortel.add(Text("Algemene feiten (één keer per dossier)", style="bold"))
        for feit in kader.feiten:
            algemeen.add(_vraag_regel("feit", feit))
    for t, thema in enumerate(kader.themas, 1):
        thema_tak = None
        for c, criterium in enumerate(thema.criteria, 1):
            criterium_tak = None
            for i, indicator in enumerate(criterium.indicatoren, 1):
                if alleen is not None and indicator.id != alleen:
                    continue
                if thema_tak is None:
                    thema_tak = wortel.add(Text(f"Thema {t}: {thema.titel}", style="bold blue"))
                if criterium_tak is None:
                    criterium_tak = thema_tak.add(Text(f"Criterium {t}.{c}: {criterium.tekst}", style="bold"))
                criterium_tak.children.append(indicator_boom(str(Nummer(t, c, i)), indicator, volledig))
    return wortel


STIJL = {
    Oordeel.VOLDOET: "green",
    Oordeel.VOLDOET_DEELS: "yellow",
    Oordeel.VOLDOET_NIET: "bold red",
    Oordeel.NIET_VAN_TOEPASSING: "dim",
    Oordeel.NIET_TE_BEOORDELEN: "magenta",
}


def beoordeling_weergave(beoordeling: Beoordeling) -> Group:
    """One dossier or gemeente: per thema and criterium a table with every indicator, its oordeel and why."""
    if beoordeling.soort == "dossier":
        kop = Text.assemble((f"Dossier {beoordeling.naam}", "bold"),
                            f" ({beoordeling.gemeente}), beoordelaar {beoordeling.beoordelaar}")
    else:
        kop = Text.assemble((f"Gemeente {beoordeling.naam}", "bold"), f", beoordelaars {beoordeling.beoordelaar}")
    delen: list[RenderableType] = [kop]
    tabel: Table | None = None
    thema = criterium = None
    for oordeel in beoordeling.oordelen:
        if oordeel.thema != thema:
            thema = oordeel.thema
            delen.append(Text(f"\nThema {Nummer.uit_tekst(oordeel.nummer).van_thema}: {oordeel.thema_titel}", style="bold blue"))
        if oordeel.criterium != criterium:
            criterium = oordeel.criterium
            tabel = Table(title=Text(f"Criterium {Nummer.uit_tekst(oordeel.nummer).van_criterium}: {oordeel.criterium_tekst}"),
                          title_justify="left", title_style="bold", expand=True)
            tabel.add_column("nr", no_wrap=True)
            tabel.add_column("indicator", no_wrap=True)
            tabel.add_column("oordeel", no_wrap=True)
            tabel.add_column("waarom", ratio=3)
            delen.append(tabel)
        assert tabel is not None
        tabel.add_row(oordeel.nummer, oordeel.indicator, Text(oordeel_tekst(oordeel), style=STIJL[oordeel.oordeel]),
                      redenen_tekst(oordeel.redenen))
    delen.append(Text(f"Samenvatting {beoordeling.naam}: {telling_tekst(beoordeling.telling())}."))
    return Group(*delen)


def redenen_tekst(redenen: Iterable[Reden]) -> Text:
    """The reasons as plain text (never rich markup), each with the beoordelaar's toelichting under it."""
    regels = Text()
    for index, reden in enumerate(redenen):
        if index:
            regels.append("\n")
        regels.append(f"• {zonder_stuurtekens(reden.tekst)}")
        if reden.toelichting:
            regels.append(f"\n  toelichting: {zonder_stuurtekens(reden.toelichting)}", style="italic")
    return regels


KORT = {
    Oordeel.VOLDOET: "voldoet",
    Oordeel.VOLDOET_DEELS: "deels",
    Oordeel.VOLDOET_NIET: "niet",
    Oordeel.NIET_VAN_TOEPASSING: "n.v.t.",
    Oordeel.NIET_TE_BEOORDELEN: "n.t.b.",
}
"""Short column headers for the overview, explained in its caption."""


def overzicht_tabel(beoordelingen: list[Beoordeling]) -> Table:
    """One line per dossier or gemeente file with the number of each oordeel, and a total."""
    tabel = Table(title="Overzicht", title_justify="left", show_footer=True,
                  caption="deels = voldoet deels, niet = voldoet niet, n.v.t. = niet van toepassing, "
                          "n.t.b. = niet te beoordelen", caption_justify="left")
    tabel.add_column("naam", footer="totaal", no_wrap=True)
    tabel.add_column("gemeente")
    som = totaal(beoordelingen)
    for oordeel in Oordeel:
        tabel.add_column(f"{TEKEN[oordeel]} {KORT[oordeel]}", justify="right", footer=str(som[oordeel]),
                         style=STIJL[oordeel], no_wrap=True)
    for beoordeling in beoordelingen:
        tabel.add_row(Text(zonder_stuurtekens(beoordeling.naam)), Text(zonder_stuurtekens(beoordeling.gemeente)),
                      *(str(n) for n in beoordeling.telling().values()))
    return tabel


if TYPE_CHECKING:
    from rich.progress import Progress


class _Balk(Voortgang):
    """A Voortgang drawn as one rich progress bar whose label changes with the phase."""

    def __init__(self, balk: Progress) -> None:
        self._balk = balk
        self._taak = balk.add_task("Voorbereiden", total=None)

    def fase(self, naam: str, totaal: int | None = None) -> None:
        self._balk.update(self._taak, description=naam, total=totaal, completed=0)

    def stap(self, aantal: int = 1) -> None:
        self._balk.advance(self._taak, aantal)


@contextlib.contextmanager
def voortgangsbalk(console: Console) -> Iterator[Voortgang]:
    """A progress bar with a Dutch label per phase, steps done out of the total, and elapsed time."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    kolommen = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(separator=" van "),
                TimeElapsedColumn())
    with Progress(*kolommen, console=console, transient=True) as balk:
        yield _Balk(balk)
