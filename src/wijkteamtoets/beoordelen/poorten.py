"""The gates between judged results and any output: what blocks writing, as plain library functions.

Every command and every notebook goes through the same gates (`rapportage.toetsing.Toetsing` applies them):

* `blokkerend`: an error in any file blocks (an unknown gemeente counts as one: it would be a gemeente of its
  own and be missing from its real gemeente), and so does personal data in any file whose text can reach the
  output (then shown as an error);
* `steekproef`: a report or export claims what a gemeente's steekproef allows, so a selected dossier that is
  missing, a dossier that was not selected and a reserve read without a recorded replacement block it (the
  checks are `controles.steekproefcontrole`; in `beoordeel` they stay warnings);
* `wederhoor`: a definitief report needs the wederhoor of each gemeente recorded (a reaction, or the date by which
  none came) with every point answered; for a concept the same gaps are warnings;
* `een_kader`: one report or comparison uses one kader;
* `vastgesteld_gewijzigd`: a report of a vastgesteld onderzoek is refused when an input changed since;
* `uitvoer_buiten_data`: an output never lands in a data folder (the next run would read it as input), and a
  data folder never lies inside the output folder.

A gate returns problems (exit code 1 in the CLI) or raises `Gebruiksfout` (a usage error, exit code 2).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..invoer.gemeenten import slug
from ..problemen import Ernst, Probleem

if TYPE_CHECKING:  # the gates of the output: `privacy` and the CLI's first checks need none of the models
    from ..invoer.kader import Kader
    from ..invoer.onderzoek import Onderzoek
    from .toetsen import Uitslag


class Gebruiksfout(Exception):
    """A request that cannot be met (a usage error), with a Dutch message and an optional tip."""

    def __init__(self, melding: str, tip: str = "") -> None:
        super().__init__(melding)
        self.melding = melding
        self.tip = tip


class Geweigerd(Exception):
    """A gate refused to write: the problems that block, and how many input files were read."""

    def __init__(self, problemen: list[Probleem], bestanden: int) -> None:
        super().__init__(f"{len(problemen)} blokkerende problemen")
        self.problemen = problemen
        self.bestanden = bestanden


def als_fout(p: Probleem) -> Probleem:
    return Probleem(pad=p.pad, regel=p.regel, kolom=p.kolom, code=p.code, melding=p.melding, hint=p.hint,
                    ernst=Ernst.FOUT)


def fouten(uitslag: Uitslag) -> list[Probleem]:
    """Errors in any file; an unknown gemeente is one (it would count as a gemeente of its own)."""
    return sorted(als_fout(p) for p in uitslag.problemen if p.ernst is Ernst.FOUT or p.code == "onbekende-gemeente")


def blokkerend(uitslag: Uitslag, gemeenten: Iterable[str] | None = None) -> list[Probleem]:
    """`fouten`, and personal data as errors in every file whose text can reach an output about `gemeenten`
    (None: all): their files, and the files that feed every report (the onderzoek)."""
    gekozen = None if gemeenten is None else set(gemeenten)
    gemeente_van = {b.pad: b.gemeente for b in uitslag.beoordelingen}
    privacy = [als_fout(p) for p in uitslag.problemen if p.code.startswith("privacy-") and p.ernst is not Ernst.FOUT
               and (gekozen is None or gemeente_van.get(p.pad, "") in gekozen or p.pad not in gemeente_van)]
    return sorted(fouten(uitslag) + privacy)


STEEKPROEF_POORT = ("steekproef-dossier-ontbreekt", "steekproef-niet-geselecteerd",
                    "steekproef-reserve-zonder-vervanging")
"""Warnings of the steekproef check that block an output about their gemeente (as errors)."""


def steekproef(uitslag: Uitslag, gemeenten: Iterable[str]) -> list[Probleem]:
    """The steekproef warnings (`STEEKPROEF_POORT`) of the files of `gemeenten` (dossiers and steekproef), as
    errors."""
    gekozen = {slug(g) for g in gemeenten}
    gemeente_van = {b.pad: b.gemeente for b in uitslag.beoordelingen}
    gemeente_van.update({s.probleem("steekproef-dubbel", "").pad: g for g, s in uitslag.steekproeven.items()})
    return sorted(als_fout(p) for p in uitslag.problemen
                  if p.code in STEEKPROEF_POORT and p.pad in gemeente_van and slug(gemeente_van[p.pad]) in gekozen)


WEDERHOOR_HINT = ("leg onder 'wederhoor:' de reactie van de gemeente vast (van, ontvangen, punten), of "
                  "'geen_reactie: JJJJ-MM-DD' als de termijn verstreek zonder reactie")


def wederhoor(uitslag: Uitslag, gemeenten: Iterable[str]) -> list[Probleem]:
    """Hoor en wederhoor for a report on `gemeenten`: each gemeente needs its reaction recorded (or the date by
    which none came, `geen_reactie`), and in a definitief onderzoek every point of a reaction needs an answer.
    Missing is an error (`wederhoor-ontbreekt`, `wederhoor-open`) when the onderzoek is definitief, a warning
    otherwise (a concept, or no onderzoek file). Only the errors block; the caller shows the warnings."""
    from ..invoer.onderzoek import Status

    onderzoek = uitslag.onderzoek
    definitief = onderzoek is not None and onderzoek.status is Status.DEFINITIEF
    ernst = Ernst.FOUT if definitief else Ernst.WAARSCHUWING
    gevolg = "het rapport kan niet definitief worden" if definitief else "nodig voor een definitief rapport"
    problemen: list[Probleem] = []
    for g in gemeenten:
        bevindingen = uitslag.gemeentebestanden.get(g)
        if bevindingen is None:
            if onderzoek is not None and definitief:
                problemen.append(onderzoek.probleem(
                    "wederhoor-ontbreekt", f"{g} heeft geen gemeentebestand, dus geen vastgelegd wederhoor; {gevolg}",
                    "maak het gemeentebestand met 'wijkteamtoets nieuw gemeente' en leg daarin het wederhoor vast, "
                    "of zet de status terug op 'voor wederhoor'", "status"))
            continue
        if bevindingen.wederhoor is None:
            problemen.append(bevindingen.probleem(
                "wederhoor-ontbreekt", f"het wederhoor van {g} is niet vastgelegd; {gevolg}", WEDERHOOR_HINT,
                "gemeente", ernst=ernst))
            continue
        if not definitief:
            continue  # open points of a concept: the warning of dossiercontrole says it already
        for nummer, punt in enumerate(bevindingen.wederhoor.punten, 1):
            if punt.afhandeling is None:
                problemen.append(punt.probleem(
                    "wederhoor-open", f"punt {nummer} van de reactie van {g} heeft nog geen afhandeling; het "
                    "rapport kan niet definitief worden",
                    "vul 'afhandeling: aangepast' of 'afhandeling: niet aangepast' in, met een toelichting, of "
                    "zet de status van het onderzoek terug op 'voor wederhoor'"))
    return sorted(problemen)


def een_kader(uitslag: Uitslag, gemeenten: Iterable[str], per_kader: str) -> Kader:
    """The one kader the files of `gemeenten` use; `Gebruiksfout` when there are more (or none). `per_kader`
    says what to do instead ("maak per kader een rapport met --data")."""
    kaders = {(k.id, k.versie): k for g in gemeenten if (k := uitslag.kaders.get(g)) is not None}
    if not kaders:
        raise Gebruiksfout("er zijn geen dossierbestanden gevonden")
    if len(kaders) > 1:
        namen = ", ".join(f"{i} {v}" for i, v in sorted(kaders))
        raise Gebruiksfout(f"de bestanden gebruiken verschillende kaders ({namen}); {per_kader}")
    return next(iter(kaders.values()))


def _binnen(pad: Path, map_: Path) -> bool:
    return pad == map_ or map_ in pad.parents


def uitvoer_buiten_data(uitvoer: Path, data: Iterable[Path]) -> None:
    """Raise `Gebruiksfout` when `uitvoer` lies inside a data folder (or is a data file), or a data folder lies
    inside `uitvoer`: the next run would read the output as input, or the output would mix with the data."""
    doel = uitvoer.resolve()
    for bron in data:
        map_ = bron.resolve()
        if _binnen(doel, map_):
            raise Gebruiksfout(f"--uitvoer '{uitvoer}' ligt in de gegevens ('{bron}'); de volgende run zou de "
                               "uitvoer als invoer lezen", "kies voor --uitvoer een map buiten de gegevens")
        if _binnen(map_, doel):
            raise Gebruiksfout(f"de gegevens ('{bron}') liggen in --uitvoer '{uitvoer}'",
                               "kies voor --uitvoer een map buiten de gegevens")


def cache_buiten_data(cachemap: Path, data: Iterable[Path]) -> None:
    """Raise `Gebruiksfout` when the cache folder lies in a data folder, or a data folder in it: the cache holds
    the secret key of its MACs, which would travel with every copy of the data."""
    doel = cachemap.resolve()
    for bron in data:
        map_ = bron.resolve()
        if _binnen(doel, map_) or _binnen(map_, doel):
            raise Gebruiksfout(f"de cachemap (WIJKTEAMTOETS_CACHEMAP) ligt in de gegevens ('{bron}'), of de gegevens "
                               "in de cachemap; de geheime sleutel van de cache zou met de gegevens meegaan",
                               "wijs met WIJKTEAMTOETS_CACHEMAP een eigen map buiten de gegevens aan")


def vastgesteld_gewijzigd(onderzoek: Onderzoek | None, kaders: list[Kader], programma: str) -> list[Probleem]:
    """The gate of a vastgesteld onderzoek: every input file that changed since the vaststelling (errors; another
    program version alone is a warning and does not block)."""
    from .rondes import controleer_vastgesteld

    return [p for p in controleer_vastgesteld(onderzoek, kaders, programma) if p.ernst is Ernst.FOUT]
