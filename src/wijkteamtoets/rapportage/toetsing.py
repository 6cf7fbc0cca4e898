"""The pipeline as one object: collect the files once, load, check, judge, apply every gate, report.

`Toetsing` is what every command and every notebook uses, so they get the same gates and refusals::

    toetsing = Toetsing("voorbeelden")
    tabel = toetsing.tabel()                                   # pandas, one row per dossier x indicator
    toetsing.deelrapport("Gouda", Path("rapporten/gouda.html"))  # refused (Geweigerd) on personal data

The files are collected once (`bestanden`); each judgement is made once per kind (fast or full privacy scan,
all gemeenten or one) and kept. Before anything is written the gates of `beoordelen.poorten` run: valid input,
no personal data in any file whose text can reach the output (with the full scan), a recorded and answered
wederhoor for a definitief report (for a concept: warnings in `waarschuwingen`), one kader, and an output outside
the data. A refusal is `Geweigerd` (the problems; exit 1 in the CLI) or `Gebruiksfout` (exit 2).
`rapport --gemeente G` judges and scans only G's files; the other files are loaded for the checks across files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..beoordelen import poorten
from ..beoordelen.poorten import Gebruiksfout, Geweigerd
from ..bestandssysteem import BestaatAl, schrijf_bestand
from ..controles import cache
from ..invoer.bestanden import PadFout, standaard_kaders, verzamel_bestanden
from ..invoer.gemeenten import BEKENDE_GEMEENTEN, slug
from ..invoer.voortgang import GEEN_VOORTGANG, Voortgang
from ..problemen import Ernst, Probleem, toon_pad, toon_waarde

if TYPE_CHECKING:  # loading and judging are imported where they are used: `privacy` needs neither
    import pandas as pd

    from ..beoordelen.toetsen import Uitslag
    from ..controles.laden import Kaderregister
    from ..invoer.kader import Kader
    from .betrouwbaarheid import Vergelijking

__all__ = ["Gebruiksfout", "Geweigerd", "Toetsing"]

STANDAARD_DATA = Path("voorbeelden")
DATA_TIP = ("geef met --data de map met dossier- en gemeentebestanden; zonder --data zoekt wijkteamtoets de map "
            "voorbeelden/ in de werkmap")
KADERS_TIP = ("geef met --kaders een kaderbestand of een map met kaders; zonder --kaders gebruikt wijkteamtoets de "
              "map kaders/ in de werkmap, of anders het meegeleverde kader")


class Toetsing:
    """One run over a set of dossier, gemeente, onderzoek and consensus files (see the module docstring).

    `data`: files or folders (default ``voorbeelden/``); `kaders`: kader files or folders (default ``kaders/``
    in the working folder, else the shipped kader). Raises `Gebruiksfout` when a path does not exist or holds no
    YAML, and `cache.CacheOnveilig` when the cache folder is not private."""

    def __init__(self, data: Path | str | Sequence[Path | str] | None = None,
                 kaders: Path | str | Sequence[Path | str] | None = None, *,
                 voortgang: Voortgang = GEEN_VOORTGANG) -> None:
        self.data = _paden(data) or [STANDAARD_DATA]
        self.kaders = _paden(kaders) or standaard_kaders()
        self.voortgang = voortgang
        try:
            self.bestanden = verzamel_bestanden(self.data)
        except PadFout as fout:
            raise Gebruiksfout(str(fout), "" if data is not None else DATA_TIP) from None
        if cache.aan():  # before the folder and its key are made
            poorten.cache_buiten_data(cache.basismap(), self.data)
        cache.controleer()
        self._register: tuple[Kaderregister, list[Probleem]] | None = None
        self._uitslagen: dict[tuple[bool, str | None], Uitslag] = {}
        self.waarschuwingen: list[Probleem] = []  # of the last output: shown, but it was written (wederhoor)
        # called with the files before they are judged with the full scan (the CLI loads deduce's lists there)
        self.voor_volledige_scan: Callable[[list[Path]], None] | None = None

    # --- loading and judging ------------------------------------------------------------------------

    def register(self) -> tuple[Kaderregister, list[Probleem]]:
        """The kaders (read once) and the problems of the kader files."""
        if self._register is None:
            from ..controles.laden import laad_register

            self.voortgang.fase("Kaders lezen")
            try:
                self._register = laad_register(self.kaders)
            except PadFout as fout:
                raise Gebruiksfout(str(fout), KADERS_TIP) from None
        return self._register

    def beoordeel(self, *, volledig: bool = False, gemeente: str | None = None) -> Uitslag:
        """Load, check and judge the files (once per kind of run). `volledig`: the full privacy scan (with
        deduce), as every written output needs; `gemeente`: only that gemeente's files are scanned and judged.
        The problems of the kader files are part of the result."""
        sleutel = (volledig, slug(gemeente) if gemeente is not None else None)
        if sleutel not in self._uitslagen:
            eerder = self._uitslagen.get((volledig, None))
            if eerder is not None:  # a run over all gemeenten serves one gemeente too
                return eerder
            from ..beoordelen.toetsen import toets_bestanden

            register, kaderproblemen = self.register()
            if volledig and self.voor_volledige_scan is not None:
                self.voor_volledige_scan(self.bestanden)
            self.voortgang.fase("Bestanden lezen en beoordelen", len(self.bestanden))
            uitslag = toets_bestanden(self.bestanden, register, self.voortgang, volledig=volledig, gemeente=gemeente)
            uitslag.problemen = sorted(kaderproblemen + uitslag.problemen)
            self._uitslagen[sleutel] = uitslag
        return self._uitslagen[sleutel]

    def tabel(self, gemeente: str | None = None) -> pd.DataFrame:
        """The oordelen as one tidy pandas table (gemeente, dossier, thema, criterium, indicator, oordeel, ...),
        from the same judgement (full privacy scan) that reports use."""
        from .aggregeren import oordelentabel

        uitslag = self.beoordeel(volledig=True, gemeente=gemeente)
        tabel = oordelentabel(uitslag.beoordelingen)
        if gemeente is not None:
            tabel = tabel[tabel["gemeente"].map(slug) == slug(gemeente)].reset_index(drop=True)
        return tabel

    def privacy(self) -> list[Probleem]:
        """The full privacy scan of every file (a file that cannot be read is an error: never a silent all-clear)."""
        from ..controles.privacy import scan_bestand

        self.voortgang.fase("Bestanden doorzoeken", len(self.bestanden))
        problemen: list[Probleem] = []
        for bestand in self.bestanden:
            problemen.extend(scan_bestand(bestand, meld_leesfouten=True))
            self.voortgang.stap()
        return sorted(problemen)

    # --- gates --------------------------------------------------------------------------------------

    def controleer_uitvoer(self, uitvoer: Path | None) -> None:
        """`Gebruiksfout` when `uitvoer` lies in the data or the data in it (every writing method checks this
        too; the CLI asks first, before the name lists of the full privacy scan are loaded)."""
        if uitvoer is not None:
            poorten.uitvoer_buiten_data(uitvoer, self.data)

    def _gemeenten(self, uitslag: Uitslag, gemeente: str | None) -> list[str]:
        bekend = sorted({b.gemeente for b in uitslag.beoordelingen} | uitslag.alle_gemeenten)
        if not bekend:
            raise Gebruiksfout("er zijn geen dossiers of gemeentebestanden gevonden", DATA_TIP)
        if gemeente is None:
            return bekend
        gevonden = [g for g in bekend if slug(g) == slug(gemeente)]
        if not gevonden:
            from .beoordelingen import gemeenten_tekst

            wat = toon_waarde(gemeente, "deze gemeente", BEKENDE_GEMEENTEN, "gemeente")
            raise Gebruiksfout(f"{wat} komt niet voor in de gegevens; bekend zijn: {gemeenten_tekst(bekend)}")
        return gevonden

    def _poort(self, uitvoer: Path | None, gemeente: str | None, *, wederhoor: bool) -> tuple[Uitslag, list[str]]:
        """Judge with the full scan and pass every gate for an output about `gemeente` (None: all)."""
        if uitvoer is not None:
            poorten.uitvoer_buiten_data(uitvoer, self.data)
        return self._poorten(self.beoordeel(volledig=True, gemeente=gemeente), gemeente, wederhoor=wederhoor)

    def _poorten(self, uitslag: Uitslag, gemeente: str | None, *, wederhoor: bool) -> tuple[Uitslag, list[str]]:
        """Every gate on `uitslag` for an output about `gemeente` (None: all)."""
        fouten = poorten.fouten(uitslag)
        if fouten:
            raise Geweigerd(fouten, len(uitslag.bestanden))
        gemeenten = self._gemeenten(uitslag, gemeente)
        blokkerend = sorted(poorten.blokkerend(uitslag, gemeenten) + poorten.steekproef(uitslag, gemeenten))
        if wederhoor:  # a report: a vastgesteld onderzoek must be unchanged, and its wederhoor complete
            from ..controles.vaststelling import programmaversie

            blokkerend = sorted(blokkerend + poorten.vastgesteld_gewijzigd(
                uitslag.onderzoek, self.register()[0].kaders(), programmaversie()))
            if not blokkerend:
                hoor = poorten.wederhoor(uitslag, gemeenten)
                blokkerend = [p for p in hoor if p.ernst is Ernst.FOUT]
                self.waarschuwingen = [p for p in hoor if p.ernst is not Ernst.FOUT]
        if blokkerend:
            raise Geweigerd(blokkerend, len(uitslag.bestanden))
        return uitslag, gemeenten

    # --- outputs ------------------------------------------------------------------------------------

    def rapporten(self, uitvoer: Path, formaat: str = "html", *, gemeente: str | None = None,
                  sjabloonmap: Path | None = None, toon_dossiers: bool = False, overschrijf: bool = False) -> list[Path]:
        """The deelrapport of `gemeente` (uitvoer: a folder, or a file), or with gemeente None one deelrapport per
        gemeente plus the overarching report in folder `uitvoer`. Returns the files written. Every gate runs first;
        with `overschrijf`, a report whose file already holds what this run would write is left as it is
        (`rapportcache`: an unchanged run renders nothing)."""
        if overschrijf and cache.aan():
            ongewijzigd = self._ongewijzigde_rapporten(uitvoer, formaat, gemeente, sjabloonmap, toon_dossiers)
            if ongewijzigd is not None:
                return ongewijzigd
        uitslag, gemeenten = self._poort(uitvoer, gemeente, wederhoor=True)
        geschreven = self._schrijf_rapporten(uitslag, gemeenten, uitvoer, formaat, gemeente, sjabloonmap,
                                             toon_dossiers, overschrijf=overschrijf)
        assert geschreven is not None  # only a run that may skip nothing else returns None
        return geschreven

    def _ongewijzigde_rapporten(self, uitvoer: Path, formaat: str, gemeente: str | None, sjabloonmap: Path | None,
                                toon_dossiers: bool) -> list[Path] | None:
        """The reports, when every one of them already holds what this run would write: judged from the file
        summaries (`beoordelen.ongewijzigd`) through the same gates. None when a summary is missing or not
        authentic, when a gate refuses (the full run then says why) or when some report must be rendered."""
        from ..beoordelen.ongewijzigd import lichte_uitslag

        poorten.uitvoer_buiten_data(uitvoer, self.data)
        register, kaderproblemen = self.register()
        uitslag = lichte_uitslag(self.bestanden, register)
        if uitslag is None:
            return None
        uitslag.problemen = sorted(kaderproblemen + uitslag.problemen)
        try:
            uitslag, gemeenten = self._poorten(uitslag, gemeente, wederhoor=True)
            return self._schrijf_rapporten(uitslag, gemeenten, uitvoer, formaat, gemeente, sjabloonmap,
                                           toon_dossiers, overschrijf=True, alleen_ongewijzigd=True)
        except (Gebruiksfout, Geweigerd, LookupError):
            return None

    def _schrijf_rapporten(self, uitslag: Uitslag, gemeenten: list[str], uitvoer: Path, formaat: str,
                           gemeente: str | None, sjabloonmap: Path | None, toon_dossiers: bool, *, overschrijf: bool,
                           alleen_ongewijzigd: bool = False) -> list[Path] | None:
        from . import trend
        from .maken import schrijf_rapporten
        from .rapportcache import Rapportcache

        kader = poorten.een_kader(uitslag, gemeenten, "maak per kader een rapport met --data")
        from ..controles.publicatie import controleer_onderzoek_themas

        if themafouten := controleer_onderzoek_themas(uitslag.onderzoek, kader):
            raise Geweigerd(themafouten, len(uitslag.bestanden))
        ontwikkeling, rondeproblemen = trend.ontwikkeling(uitslag.onderzoek, uitslag.beoordelingen, kader, self.kaders)
        if rondeproblemen:
            raise Geweigerd(sorted(rondeproblemen), len(uitslag.bestanden))
        rapportcache = Rapportcache.voor(uitslag, self.bestanden, self.register()[0].vingerafdruk, formaat=formaat,
                                         sjabloonmap=sjabloonmap, toon_dossiers=toon_dossiers)
        return schrijf_rapporten(uitslag, gemeenten, kader, formaat=formaat, uitvoer=uitvoer, alle=gemeente is None,
                                 sjabloonmap=sjabloonmap, toon_dossiers=toon_dossiers, overschrijf=overschrijf,
                                 voortgang=self.voortgang, ontwikkeling=ontwikkeling, rapportcache=rapportcache,
                                 alleen_ongewijzigd=alleen_ongewijzigd)

    def deelrapport(self, gemeente: str, uitvoer: Path, formaat: str = "html", **opties: bool) -> Path:
        """Write the deelrapport of `gemeente` to `uitvoer` (a file, or a folder); return the file."""
        return self.rapporten(Path(uitvoer), formaat, gemeente=gemeente, **opties)[0]  # type: ignore[arg-type]

    def exporteer(self, uitvoer: Path, formaat: str = "xlsx", *, gemeente: str | None = None,
                  overschrijf: bool = False) -> Path:
        """Write the oordelen table as csv, json or xlsx (`formaten.ExportFormaat`; xlsx also with the sheets Antwoorden
        and Context) to `uitvoer` (a file, or a folder for ``oordelen.<formaat>``); return the file."""
        from .aggregeren import oordelentabel
        from .maken import schrijf_alles, tabel_als
        from .spreadsheet import met_herkomst

        uitslag, gemeenten = self._poort(uitvoer, gemeente, wederhoor=False)
        self.voortgang.fase("Oordelen bundelen")
        tabel = oordelentabel(uitslag.beoordelingen)
        tabel = tabel[tabel["gemeente"].isin(gemeenten)].reset_index(drop=True)
        tabel = met_herkomst(tabel, uitslag.onderzoek.titel if uitslag.onderzoek else "", uitslag.kaders)
        doel = uitvoer if uitvoer.suffix else uitvoer / f"oordelen.{formaat}"
        self.voortgang.fase("Export opmaken")
        from .steekproefcijfers import met_steekproefcijfers

        tabel = met_steekproefcijfers(tabel, uitslag.steekproeven)
        extra = []
        if formaat == "xlsx":  # every answer per eis and the context per dossier, for analysts
            from .antwoorden import antwoordbladen

            extra = antwoordbladen(uitslag.beoordelingen, tabel, uitslag.dossiers, uitslag.gemeentebestanden,
                                   uitslag.kaders, uitslag.onderzoek, gemeenten)
        schrijf_alles({doel: tabel_als(tabel, formaat, uitslag.kaders, self.data, extra)}, overschrijf,
                      self.voortgang)
        return doel

    def vergelijking(self, uitvoer: Path | None = None) -> tuple[Vergelijking, Kader]:
        """The agreement between double-rated dossiers. Toelichtingen and citaten are shown side by side, so
        every error and every personal data finding blocks (`Geweigerd`); the files must use one kader."""
        from .betrouwbaarheid import vergelijk

        if uitvoer is not None:
            poorten.uitvoer_buiten_data(uitvoer, self.data)
        uitslag = self.beoordeel(volledig=True)
        blokkerend = poorten.blokkerend(uitslag)
        if blokkerend:
            raise Geweigerd(blokkerend, len(uitslag.bestanden))
        kader = poorten.een_kader(uitslag, uitslag.kaders, "vergelijk per kader")
        uitkomst = vergelijk(uitslag.beoordelingen, kader)
        if uitkomst.melding:
            raise Gebruiksfout(uitkomst.melding)
        return uitkomst, kader

    def schrijf(self, uitvoer: Path, inhoud: str | bytes, *, overschrijf: bool = False) -> None:
        """Write one output (a comparison, a schema) atomically, outside the data."""
        poorten.uitvoer_buiten_data(uitvoer, self.data)
        try:
            schrijf_bestand(uitvoer, inhoud, overschrijf=overschrijf)
        except BestaatAl as fout:
            raise Gebruiksfout(str(fout)) from None
        except OSError as fout:
            raise Gebruiksfout(f"kan '{uitvoer}' niet schrijven ({fout.strerror})") from None

    def pseudonimiseer(self, uitvoer: Path, *, overschrijf: bool = False) -> tuple[list[Path], int]:
        """Write pseudonymised copies of the files into folder `uitvoer` (never over an original, never inside
        the data); return the copies and the number of replacements. `Geweigerd` when a file cannot be done."""
        from ..controles.pseudonimiseren import pseudonimiseer

        poorten.uitvoer_buiten_data(uitvoer, self.data)
        uitkomst = pseudonimiseer(self.bestanden)
        if uitkomst.problemen:
            raise Geweigerd(uitkomst.problemen, len(self.bestanden))
        originelen = {b.resolve() for b in self.bestanden}
        doelen = {uitvoer / relatief: tekst for relatief, tekst in uitkomst.kopieen.items()}
        for doel in doelen:
            if doel.resolve() in originelen:
                raise Gebruiksfout(f"'{toon_pad(doel)}' is een origineel; kies een andere map voor --uitvoer")
            if doel.exists() and not overschrijf:
                raise Gebruiksfout(f"'{toon_pad(doel)}' bestaat al; gebruik --overschrijf om het te vervangen")
        for doel, tekst in doelen.items():
            try:
                schrijf_bestand(doel, tekst, overschrijf=overschrijf)
            except OSError as fout:
                raise Gebruiksfout(f"kan '{toon_pad(doel)}' niet schrijven ({fout.strerror})") from None
        return list(doelen), uitkomst.vervangen


def _paden(waarde: Path | str | Sequence[Path | str] | None) -> list[Path]:
    if waarde is None:
        return []
    if isinstance(waarde, (str, Path)):
        return [Path(waarde)]
    return [Path(w) for w in waarde]
