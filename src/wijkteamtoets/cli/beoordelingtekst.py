"""The detail view of one beoordeling: its content as blocks of styled pieces (`beoordeling_blokken`), which
`terminal` turns into rich renderables, and the same blocks as plain text (`als_tekst`), byte for byte what rich
prints to a file or a pipe, without loading rich's console: `beoordeel` of one dossier into a file or a pipe
does not pay for it (`uitvoerbreedte` says when rich would print plain text, and at what width).

The wrapping is rich's own (`rich._wrap.divide_line` and `rich.cells`, which load in a few milliseconds); a
test compares both ways on every voorbeeld and on generated text.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from ..beoordelen.afleiden import Beoordeling, Reden
from ..invoer.kader import Nummer, Oordeel
from ..problemen import voor_terminal
from ..rapportage.beoordelingen import gemeente_tekst, naam_tekst, oordeel_tekst, telling_tekst

STIJL = {
    Oordeel.VOLDOET: "green",
    Oordeel.VOLDOET_DEELS: "yellow",
    Oordeel.VOLDOET_NIET: "bold red",
    Oordeel.NIET_VAN_TOEPASSING: "dim",
    Oordeel.NIET_TE_BEOORDELEN: "magenta",
}
"""The rich style of each oordeel (the sign and the word say it too: colour is never the only cue)."""


@dataclass(frozen=True)
class Blok:
    """One paragraph of the view: pieces of text with their rich style ("" for none), the style of the whole
    paragraph, and how far it is indented (every line, also a wrapped one)."""

    delen: tuple[tuple[str, str], ...]
    stijl: str = ""
    inspringing: int = 0


def beoordeling_blokken(beoordeling: Beoordeling) -> list[Blok]:
    """One dossier or gemeente: per thema and criterium every indicator with its oordeel, and under it why, as a
    list that wraps at any width (a table squeezed the reasons into a narrow column at 80 columns)."""
    if beoordeling.soort == "dossier":
        kop = ((f"Dossier {voor_terminal(beoordeling.naam)}", "bold"),
               (f" ({gemeente_tekst(beoordeling.gemeente)}), beoordelaar {voor_terminal(beoordeling.beoordelaar)}", ""))
    else:
        kop = ((f"Gemeente {gemeente_tekst(beoordeling.naam)}", "bold"),
               (f", beoordelaars {voor_terminal(beoordeling.beoordelaar)}", ""))
    blokken = [Blok(kop)]
    thema = criterium = None
    for oordeel in beoordeling.oordelen:
        nummer = Nummer.uit_tekst(oordeel.nummer)
        if oordeel.thema != thema:
            thema = oordeel.thema
            blokken.append(Blok(((f"\nThema {nummer.van_thema}: {voor_terminal(oordeel.thema_titel)}", ""),), "bold blue"))
        if oordeel.criterium != criterium:
            criterium = oordeel.criterium
            blokken.append(Blok(((f"Criterium {nummer.van_criterium}: {voor_terminal(oordeel.criterium_tekst)}", ""),),
                                "bold"))
        blokken.append(Blok(((f"{oordeel.nummer} ", ""), (voor_terminal(oordeel.indicator), "cyan"), (": ", ""),
                             (oordeel_tekst(oordeel), STIJL[oordeel.oordeel]))))
        blokken.append(Blok(redenen_delen(oordeel.redenen), inspringing=4))
    blokken.append(Blok(((f"\nSamenvatting {voor_terminal(naam_tekst(beoordeling))}: "
                          f"{telling_tekst(beoordeling.telling())}.", ""),)))
    return blokken


def redenen_delen(redenen: Iterable[Reden]) -> tuple[tuple[str, str], ...]:
    """The reasons as plain text (never rich markup), each with the beoordelaar's toelichting under it."""
    delen: list[tuple[str, str]] = []
    for index, reden in enumerate(redenen):
        if index:
            delen.append(("\n", ""))
        delen.append((f"• {voor_terminal(reden.tekst)}", ""))
        if reden.toelichting:
            delen.append((f"\n  toelichting: {voor_terminal(reden.toelichting)}", "italic"))
        if reden.bronnen:
            delen.append((f"\n  bron: {voor_terminal('; '.join(reden.bronnen))}", "dim"))
    return tuple(delen)


def uitvoerbreedte() -> int | None:
    """The width at which rich would print plain text to standard output, or None when rich must print itself:
    output to a terminal, colour or a terminal forced by the environment (FORCE_COLOR, TTY_COMPATIBLE), a
    COLUMNS that is not a positive number, Windows, or a notebook. Follows rich's `Console.size`: COLUMNS, else
    the size of the first of stdin, stdout and stderr that is a terminal, else 80."""
    if sys.platform == "win32" or "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ \
            or "IPython" in sys.modules:
        return None
    uit = getattr(sys.stdout, "rich_proxied_file", sys.stdout)
    try:
        if uit.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    kolommen = os.environ.get("COLUMNS")
    if kolommen is not None:
        return int(kolommen) if kolommen.isdigit() and int(kolommen) > 0 else None
    for stroom, standaard in ((sys.__stdin__, 0), (sys.__stdout__, 1), (sys.__stderr__, 2)):
        try:
            nummer = stroom.fileno()  # type: ignore[union-attr]
        except Exception:
            nummer = standaard
        try:
            return os.get_terminal_size(nummer).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80


def als_tekst(blokken: list[Blok], breedte: int) -> str | None:
    """The blocks as rich prints them (a `Group` of `Text` and `Padding`) at `breedte` columns without a
    terminal; None for text this does not follow rich on (a tab), so that the caller lets rich print it."""
    regels: list[str] = []
    for blok in blokken:
        tekst = "".join(deel for deel, _ in blok.delen)
        if "\t" in tekst or blok.inspringing >= breedte:
            return None
        breed = breedte - blok.inspringing
        for regel in _gebroken(tekst, breed):
            if blok.inspringing:
                from rich.cells import cell_len

                regel = " " * blok.inspringing + regel + " " * max(0, breed - cell_len(regel))
            regels.append(regel)
    return "".join(f"{regel}\n" for regel in regels)


def _gebroken(tekst: str, breedte: int) -> list[str]:
    """`tekst` wrapped as rich's `Text.wrap` does with its defaults (justify "default", overflow "fold")."""
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    uitkomst = []
    for regel in tekst.split("\n"):
        grenzen = [0, *divide_line(regel, breedte, fold=True), len(regel)]
        for begin, eind in itertools.pairwise(grenzen):
            stuk = regel[begin:eind]
            if len(stuk) > breedte:  # rich's rstrip_end: spaces beyond the width go (counted in characters)
                spaties = len(stuk) - len(stuk.rstrip())
                stuk = stuk[: len(stuk) - min(spaties, len(stuk) - breedte)]
            if cell_len(stuk) > breedte:
                stuk = set_cell_size(stuk, breedte)
            uitkomst.append(stuk)
    return uitkomst
