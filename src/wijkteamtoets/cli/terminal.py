"""Rendering for the terminal with rich: renderables only, the CLI decides where they go."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..beoordelen.afleiden import Beoordeling, Reden
from ..invoer.kader import Indicator, Kader, Nummer, Oordeel, Vraag
from ..invoer.voortgang import Voortgang
from ..invoer.voorwaarden import voorwaarde_tekst
from ..problemen import voor_terminal
from ..rapportage.beoordelingen import TEKEN, gemeente_tekst, naam_tekst, overzicht, totaal
from .beoordelingtekst import STIJL, Blok, beoordeling_blokken, redenen_delen


def _vraag_regel(soort: str, vraag: Vraag, kern: bool = False, niveau: str | None = None) -> Text:
    regel = Text()
    regel.append(f"{soort} ", style="bold magenta" if soort == "feit" else "bold")
    regel.append(vraag.id, style="cyan")
    if kern:
        regel.append(" (kern)", style="bold red")
    if niveau:
        regel.append(f" [{niveau}]", style="yellow")
    regel.append(f": {voor_terminal(vraag.vraag)}")
    if vraag.als:
        regel.append(f"  alleen als {voorwaarde_tekst(vraag.als)}", style="italic green")
    return regel


def indicator_boom(nummer: str, indicator: Indicator, volledig: bool) -> Tree:
    kop = Text()
    kop.append(f"Indicator {nummer} ", style="bold")
    kop.append(indicator.id, style="cyan")
    kop.append(f" [{indicator.niveau.value}]", style="yellow")
    inhoud = [kop, Text(voor_terminal(indicator.tekst))]
    if volledig:
        inhoud.append(Text(f"Operationalisering: {voor_terminal(indicator.operationalisering)}", style="dim"))
    if indicator.van_toepassing_als:
        inhoud.append(Text(f"Van toepassing als {voorwaarde_tekst(indicator.van_toepassing_als)}",
                           style="italic green"))
    boom = Tree(Group(*inhoud))
    for feit in indicator.feiten:
        boom.add(_vraag_regel("feit", feit))
    for eis in indicator.eisen:
        boom.add(_vraag_regel("eis", eis, eis.kern, eis.niveau.value if eis.niveau else None))
    for alternatief in indicator.alternatieven:
        boom.add(Text.assemble(("route ", "bold green"), (alternatief.id, "cyan"),
                               f": {alternatief.tekst} ({', '.join(alternatief.eisen)}; het gunstigste oordeel telt)"))
    return boom


def kader_boom(kader: Kader, *, volledig: bool = False, alleen: str | None = None) -> Tree:
    """The kader as a tree: thema's, criteria, indicatoren with their feiten and eisen."""
    bron = kader.bron
    wortel = Tree(Text.assemble((voor_terminal(kader.titel), "bold"), "\n" + voor_terminal(
        f"{kader.id}, versie {kader.versie}; bron: {bron.titel} ({bron.datum}), {bron.vindplaats}")))
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
                    thema_tak = wortel.add(Text(f"Thema {t}: {voor_terminal(thema.titel)}", style="bold blue"))
                if criterium_tak is None:
                    criterium_tak = thema_tak.add(Text(f"Criterium {t}.{c}: {voor_terminal(criterium.tekst)}", style="bold"))
                criterium_tak.children.append(indicator_boom(str(Nummer(t, c, i)), indicator, volledig))
    return wortel


def beoordeling_weergave(beoordeling: Beoordeling) -> Group:
    """One dossier or gemeente (`beoordelingtekst.beoordeling_blokken`) as rich renderables."""
    return blokken_weergave(beoordeling_blokken(beoordeling))


def blokken_weergave(blokken: Iterable[Blok]) -> Group:
    """Blocks of styled text as rich renderables: a `Text` each, indented ones in a `Padding`."""
    delen: list[RenderableType] = []
    for blok in blokken:
        tekst = Text.assemble(*blok.delen, style=blok.stijl)
        delen.append(Padding(tekst, (0, 0, 0, blok.inspringing)) if blok.inspringing else tekst)
    return Group(*delen)


def redenen_tekst(redenen: Iterable[Reden]) -> Text:
    """The reasons as plain text (never rich markup), each with the beoordelaar's toelichting under it."""
    return Text.assemble(*redenen_delen(redenen))


KORT = {
    Oordeel.VOLDOET: "voldoet",
    Oordeel.VOLDOET_DEELS: "deels",
    Oordeel.VOLDOET_NIET: "niet",
    Oordeel.NIET_VAN_TOEPASSING: "n.v.t.",
    Oordeel.NIET_TE_BEOORDELEN: "n.t.b.",
}
"""Short column headers for the overview, explained in its caption."""


SMAL = 100
"""Below this many columns (80 in a pipe) the overview shows the oordelen by their sign only, so that the
gemeente and beoordelaar keep their width."""


def overzicht_tabel(beoordelingen: list[Beoordeling], breedte: int | None = None) -> Table:
    """One line per dossier or gemeente file with the number of each oordeel, and a total. `breedte`: the width
    of the terminal (by default as rich detects it; 80 in a pipe)."""
    smal = (breedte if breedte is not None else Console().width) < SMAL
    uitleg = ("✔ = voldoet, ◐ = voldoet deels, ✘ = voldoet niet, – = niet van toepassing, ? = niet te beoordelen"
              if smal else "deels = voldoet deels, niet = voldoet niet, n.v.t. = niet van toepassing, "
                           "n.t.b. = niet te beoordelen")
    tabel = Table(title="Overzicht", title_justify="left", show_footer=True,
                  caption=f"{uitleg}. Een dossier met meer beoordelingen staat één keer, met zijn "
                          "beoordelingen eronder; het totaal telt alleen de beoordeling met * (de consensus, anders "
                          "de eerste).", caption_justify="left")
    rijen = overzicht(beoordelingen)
    gemeenten = [len(b.gemeente) for b, _, _ in rijen] or [8]
    tabel.add_column("naam", footer="totaal", min_width=12)  # a dossier id stays whole
    tabel.add_column("gemeente", min_width=min(max(gemeenten), 12))
    tabel.add_column("beoordelaar", min_width=9)
    som = totaal(beoordelingen)
    for oordeel in Oordeel:
        tabel.add_column(TEKEN[oordeel] if smal else f"{TEKEN[oordeel]} {KORT[oordeel]}", justify="right",
                         footer=str(som[oordeel]), style=STIJL[oordeel], no_wrap=True)
    meer = {(b.gemeente, b.naam) for b, eerste, _ in rijen if not eerste}
    for beoordeling, eerste, telt in rijen:
        ster = " *" if telt and (beoordeling.gemeente, beoordeling.naam) in meer else ""
        tabel.add_row(Text(voor_terminal(naam_tekst(beoordeling)) if eerste else "  ↳"),
                      Text(gemeente_tekst(beoordeling.gemeente) if eerste else ""),
                      Text(("consensus" if beoordeling.consensus else voor_terminal(beoordeling.beoordelaar)) + ster),
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


def _cijfertabel(titel: str, rijen: list[dict[str, object]], eerste: str) -> Table:
    tabel = Table(title=titel, title_justify="left", title_style="bold", expand=True)
    tabel.add_column("nr", no_wrap=True)
    tabel.add_column(eerste, ratio=3)
    tabel.add_column("n", justify="right", no_wrap=True)
    tabel.add_column("overeenstemming", justify="right", no_wrap=True)
    tabel.add_column("kappa (gewogen)", ratio=2)
    tabel.add_column("AC1", ratio=2)
    tabel.add_column("alpha (ordinaal)", ratio=2)
    for r in rijen:
        tabel.add_row(*(Text(str(r[k])) for k in ("nummer", "id", "n", "overeenstemming", "kappa", "ac1", "alpha")))
    return tabel


def vergelijking_weergave(gegevens: dict[str, Any], uitleg: str) -> Group:
    """The agreement figures and, per double-rated dossier, the disagreements side by side."""
    if gegevens["melding"]:
        return Group(Text(gegevens["melding"][0].upper() + gegevens["melding"][1:] + "."))
    delen: list[Any] = [
        Text(f"Vergelijking van beoordelaars: {gegevens['dossiers']} dossiers door meer dan één beoordelaar "
             f"beoordeeld ({gegevens['beoordelingen']} beoordelingen; beoordelaars "
             f"{', '.join(gegevens['beoordelaars'])}).", style="bold"),
    ]
    delen += [Text(uitleg, style="dim"), _cijfertabel("Totaal", gegevens["totaal"], "wat")]
    if gegevens.get("cijfers_melding"):
        delen.append(Text(gegevens["cijfers_melding"][0].upper() + gegevens["cijfers_melding"][1:] + "."))
    else:
        delen += [_cijfertabel("Per indicator", gegevens["indicatoren"], "indicator"),
                  _cijfertabel("Per eis", gegevens["eisen"], "eis")]
    delen.append(Text("\nVerschillen per dossier", style="bold blue"))
    for d in gegevens["per_dossier"]:
        status = f"consensus vastgelegd ({d['consensus']})" if d["consensus"] else "nog geen consensus"
        kop = Text.assemble((f"\n{voor_terminal(d['dossier'])}", "bold"),
                            f" ({gemeente_tekst(d['gemeente'])}), beoordelaars "
                            f"{', '.join(d['beoordelaars'])}: {d['gelijke_oordelen']} van de {d['indicatoren']} "
                            f"oordelen gelijk; {status}")
        delen.append(kop)
        if not d["verschillen"]:
            delen.append(Text("Geen verschillen."))
            continue
        tabel = Table(expand=True)
        tabel.add_column("nr", no_wrap=True)
        tabel.add_column("indicator / vraag", ratio=2)
        for beoordelaar in d["beoordelaars"]:
            tabel.add_column(beoordelaar, ratio=2)
        for v in d["verschillen"]:
            cellen = []
            for k in v["kanten"]:
                cel = Text(voor_terminal(k["waarde"]), style="bold")
                if k["toelichting"]:
                    cel.append(f"\n{voor_terminal(k['toelichting'])}")
                if k["bronnen"]:
                    cel.append("\nbronnen: " + "; ".join(voor_terminal(b) for b in k["bronnen"]), style="dim")
                cellen.append(cel)
            tabel.add_row(Text(v["nummer"]), Text(voor_terminal(f"{v['indicator']}: {v['vraag']}")), *cellen)
        delen.append(tabel)
    return Group(*delen)
