"""Rendering judged results into report and export files, and writing them all or nothing.

The gates (valid input, no personal data, wederhoor, one kader) are applied before this by
`rapportage.toetsing.Toetsing`; here the reports are rendered one at a time while the writer stages them, and
the set is written all or nothing (`bestandssysteem.schrijf_set`), never over an existing file unless asked.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..beoordelen.afleiden import Beoordeling
from ..beoordelen.poorten import Gebruiksfout
from ..beoordelen.toetsen import Uitslag
from ..bestandssysteem import schrijf_set
from ..invoer.gemeenten import slug
from ..invoer.kader import Kader
from ..invoer.voortgang import GEEN_VOORTGANG, Voortgang
from . import trend
from .formaten import ExportFormaat, RapportFormaat, rapporteur

if TYPE_CHECKING:  # pandas, jinja2 and the report contents are imported when a report is rendered, not before
    import pandas as pd

    from .inhoud import Aggregaten
    from .rapportcache import Rapportcache
    from .spreadsheet import Blad

EXTENSIE = {f.value: f.doel for f in RapportFormaat}


def schrijf_rapporten(
    uitslag: Uitslag, gemeenten: list[str], kader: Kader, *, formaat: str, uitvoer: Path, alle: bool,
    sjabloonmap: Path | None = None, toon_dossiers: bool = False, overschrijf: bool = False,
    voortgang: Voortgang = GEEN_VOORTGANG, ontwikkeling: trend.Ontwikkeling | None = None,
    rapportcache: Rapportcache | None = None, alleen_ongewijzigd: bool = False,
) -> list[Path] | None:
    """Render and write the deelrapport of each of `gemeenten` (and with `alle` the overarching report), all
    or nothing. The gates have been passed (`rapportage.toetsing`); this only renders and writes. With
    `rapportcache` and `overschrijf`, a report whose target already holds what this run would write is neither
    rendered nor written again (`rapportcache`); returns every target, written now or unchanged. With
    `alleen_ongewijzigd` nothing is rendered or written: every target unchanged, or None."""
    extensie = EXTENSIE[formaat]
    een_bestand = not alle and len(gemeenten) == 1 and uitvoer.suffix in EXTENSIE.values()
    map_ = uitvoer.parent if een_bestand else uitvoer
    namen = {g: (uitvoer.name if een_bestand else f"deelrapport-{slug(g)}{extensie}") for g in gemeenten}

    @functools.cache
    def gebundeld() -> tuple[pd.DataFrame, dict[str, pd.DataFrame], Aggregaten, dict[str, list[Beoordeling]]]:
        """Split and aggregate once for all gemeenten (doing it again for each deelrapport was quadratic), and
        only when some report is rendered."""
        from .aggregeren import oordelentabel
        from .inhoud import Aggregaten

        voortgang.fase("Oordelen bundelen")
        tabel = oordelentabel(uitslag.beoordelingen)
        beoordelingen_van: dict[str, list[Beoordeling]] = {}
        for beoordeling in uitslag.beoordelingen:
            beoordelingen_van.setdefault(beoordeling.gemeente, []).append(beoordeling)
        return (tabel, {str(g): deel for g, deel in tabel.groupby("gemeente", sort=False)}, Aggregaten.bereken(tabel, kader),
                beoordelingen_van)

    # Each report is rendered only when the writer stages it and is dropped right after, so memory does not
    # grow with the number of reports (national scale: 342 deelrapporten).
    def deelrapport(g: str, doel: Path) -> Callable[[], str | bytes]:
        eigen_ontwikkeling = trend.deelrapport_ontwikkeling(ontwikkeling, g, kader)
        if rapportcache is not None:
            rapportcache.deelrapport(doel, g, eigen_ontwikkeling)

        def maak() -> str | bytes:
            from .inhoud import deelrapport_gegevens
            from .steekproefcijfers import steekproef_gegevens, zoek

            tabel, tabel_van, aggregaten, beoordelingen_van = gebundeld()
            gegevens = deelrapport_gegevens(g, tabel_van.get(g, tabel.iloc[0:0]), beoordelingen_van.get(g, []),
                                            uitslag.gemeentebestanden.get(g), kader, toon_dossiers=toon_dossiers,
                                            onderzoek=uitslag.onderzoek, aggregaten=aggregaten,
                                            dossierbestanden=uitslag.dossiers)
            gegevens["ontwikkeling"] = eigen_ontwikkeling
            gegevens["steekproef"] = steekproef_gegevens(zoek(uitslag.steekproeven, g), tabel_van.get(
                g, tabel.iloc[0:0]), toon_dossiers)
            return _onthoud(doel, _maak(render("deelrapport", gegevens, formaat, sjabloonmap), formaat))
        return maak

    overgangen = trend.overkoepelend_ontwikkeling(ontwikkeling)

    def overkoepelend() -> str | bytes:
        from .overkoepelend import overkoepelend_gegevens
        from .steekproefcijfers import overzicht

        tabel = gebundeld()[0]
        gegevens = overkoepelend_gegevens(tabel, uitslag.beoordelingen, uitslag.gemeentebestanden, kader, namen,
                                          onderzoek=uitslag.onderzoek, toon_dossiers=toon_dossiers,
                                          dossierbestanden=uitslag.dossiers)
        gegevens["overgangen"] = overgangen
        gegevens["steekproeven"] = overzicht(tabel, uitslag.steekproeven, gemeenten)
        return _onthoud(map_ / f"overkoepelend{extensie}",
                        _maak(render("overkoepelend", gegevens, formaat, sjabloonmap), formaat))

    def _onthoud(doel: Path, inhoud: str | bytes) -> str | bytes:
        if rapportcache is not None:
            rapportcache.gemaakt(doel, inhoud)
        return inhoud

    makers: dict[Path, Callable[[], str | bytes]] = {map_ / namen[g]: deelrapport(g, map_ / namen[g])
                                                      for g in gemeenten}
    if alle:
        makers[map_ / f"overkoepelend{extensie}"] = overkoepelend
        if rapportcache is not None:
            rapportcache.overkoepelend(map_ / f"overkoepelend{extensie}", namen, overgangen)
    doelen = list(makers)
    if rapportcache is not None and overschrijf:
        makers = {doel: maker for doel, maker in makers.items() if not rapportcache.ongewijzigd(doel)}
    if alleen_ongewijzigd:
        return None if makers or rapportcache is None or not overschrijf else doelen
    if makers:
        gebundeld()  # its own phase, before the reports are rendered
        schrijf_alles(_OpAanvraag(makers), overschrijf, voortgang, fase="Rapporten opmaken en schrijven")
    if rapportcache is not None:
        rapportcache.bewaar()
    return doelen


def render(soort: str, gegevens: dict[str, Any], formaat: str, sjabloonmap: Path | None) -> str:
    """`sjabloon.render` (imported with jinja2 only when a report is rendered)."""
    from .sjabloon import render as sjabloon_render

    return sjabloon_render(soort, gegevens, formaat, sjabloonmap)


def _maak(html_of_tekst: str, formaat: str) -> str | bytes:
    """The file contents: the rendered text, or for 'pdf' the HTML typeset as a tagged PDF (PDF/UA-1)."""
    if formaat != "pdf":
        return html_of_tekst
    from .pdf import html_naar_pdf

    return html_naar_pdf(html_of_tekst)


class _OpAanvraag(Mapping[Path, "str | bytes"]):
    """A mapping of output path to contents that makes each file's contents only when it is asked for (and
    keeps none of them), so the writer holds one rendered report at a time."""

    def __init__(self, makers: dict[Path, Callable[[], str | bytes]]) -> None:
        self._makers = makers

    def __getitem__(self, pad: Path) -> str | bytes:
        return self._makers[pad]()

    def __iter__(self) -> Iterator[Path]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def schrijf_alles(inhoud: Mapping[Path, str | bytes], overschrijf: bool, voortgang: Voortgang = GEEN_VOORTGANG,
                   fase: str = "Bestanden schrijven") -> None:
    """Write the whole set all or nothing (staged, then moved into place); refuse before writing anything if
    one target exists."""
    voortgang.fase(fase, len(inhoud))
    try:
        schrijf_set(inhoud, overschrijf=overschrijf, na_elk=voortgang.stap)
    except OSError as fout:
        pad = next(iter(inhoud)) if len(inhoud) == 1 else next(iter(inhoud)).parent
        raise Gebruiksfout(f"kan '{pad}' niet schrijven ({fout.strerror})") from None


def tabel_als(tabel: pd.DataFrame, formaat: str, kaders: Mapping[str, Kader], data: list[Path],
              extra: Sequence[Blad] = ()) -> str | bytes:
    """The oordelen as the contents of a file in `formaat` (`formaten.ExportFormaat`; paths relative to `data`);
    the `extra` sheets (answers per eis, context per dossier) go after the oordelen in a workbook (xlsx)."""
    if extra:
        return rapporteur(ExportFormaat(formaat))(tabel, kaders, data, extra)  # type: ignore[no-any-return]
    return rapporteur(ExportFormaat(formaat))(tabel, kaders, data)  # type: ignore[no-any-return]
