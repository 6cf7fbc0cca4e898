"""Rendering for the terminal with rich: renderables only, the CLI decides where they go."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from rich.tree import Tree

from .kader import Indicator, Kader, Vraag


def voorwaarde_tekst(voorwaarde: dict) -> str:
    """A condition in words: ``als feit = ja en ander-feit = nee``."""
    delen = [f"{feit} = {' of '.join(a.value for a in antwoorden)}" for feit, antwoorden in voorwaarde.items()]
    return " en ".join(delen)


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
                criterium_tak.children.append(indicator_boom(f"{t}.{c}.{i}", indicator, volledig))
    return wortel
