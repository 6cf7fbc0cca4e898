"""Checks of a steekproef: the population file's privacy gate, the steekproef file itself, and the dossiers
of a gemeente against its steekproef.

* `controleer_populatie`: a population file may hold only strict pseudonymous zaaknummers (each once) and
  categories; every other cell goes through the privacy scan, and a finding is named by row, column and kind,
  never by its value (errors: nothing is drawn).
* `laad_steekproef`: a steekproef file valid against its model and consistent in itself (every id once, each
  replacement of a selected dossier by a listed reserve, reserves used in order, the selection as large as
  the plan).
* `vergelijk_met_steekproef`: the dossiers of a gemeente against its steekproef: a selected dossier that is
  missing (`steekproef-dossier-ontbreekt`), a dossier that was not selected (`steekproef-niet-geselecteerd`),
  a reserve read without a recorded replacement (`steekproef-reserve-zonder-vervanging`) and fewer dossiers
  than planned (`steekproef-te-klein`). All are warnings here, since a folder is often checked while the
  fieldwork is under way; `rapportage.maken` makes the first three errors for the gemeenten in a report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..invoer.dossier import DOSSIER_ID_PATROON, Dossier
from ..invoer.gemeenten import BEKENDE_GEMEENTEN, slug
from ..invoer.persoonsgegevens import SOORTEN
from ..invoer.populatie import ID_KOLOMMEN, Populatietabel
from ..invoer.steekproef import Steekproef
from ..invoer.steekproefplan import TREKKING
from ..invoer.validatie import valideer
from ..invoer.yamlbron import lees_yaml
from ..problemen import Ernst, InvoerFout, Probleem, aantal, bekende_waarde, toon_pad

_EENVOUDIG = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^[0-9]+$")
"""Cells that are a date or a number: the fast scan suffices (deduce reads no names in them)."""


@dataclass
class Populatie:
    """A checked population: the zaaknummers in file order and, per column, the value of each zaaknummer."""

    zaaknummers: list[str] = field(default_factory=list)
    kolommen: dict[str, dict[str, str]] = field(default_factory=dict)


def _soorten(waarde: str) -> list[str]:
    from .privacy import scan_tekst

    scan = scan_tekst(json.dumps(waarde, ensure_ascii=False), volledig=not _EENVOUDIG.match(waarde))
    return sorted({v.soort for v in scan.vondsten})


def controleer_populatie(tabel: Populatietabel) -> tuple[Populatie, list[Probleem]]:
    """The zaaknummers and categories of a population file, and every problem in it (see the module docstring)."""
    problemen: list[Probleem] = []

    def probleem(regel: int, kolom: int, code: str, melding: str, hint: str) -> None:
        problemen.append(Probleem(pad=tabel.pad, regel=regel, kolom=kolom, code=code, melding=melding, hint=hint))

    idkolom = next(i for i, k in enumerate(tabel.kolommen) if k.casefold() in ID_KOLOMMEN)
    kopsoorten: dict[str, list[str]] = {}
    for k, kop in enumerate(tabel.kolommen, 1):
        for soort in kopsoorten.setdefault(kop, _soorten(kop)) if kop else []:
            probleem(1, k, f"privacy-{soort}", f"kopregel, kolom {k}: mogelijk {SOORTEN[soort]}; de waarde wordt "
                     "niet getoond", "noem de kolom naar wat erin staat (team, aanmelding, startdatum)")
    populatie = Populatie()
    gezien: dict[str, int] = {}
    per_waarde: dict[str, list[str]] = {}
    for regel, cellen in tabel.rijen:
        zaak = cellen[idkolom] if idkolom < len(cellen) else ""
        if not re.match(DOSSIER_ID_PATROON, zaak):
            probleem(regel, idkolom + 1, "ongeldig-id", f"rij {regel}: het zaaknummer is "
                     + ("leeg" if not zaak else "geen pseudoniem dossiernummer; de waarde wordt niet getoond"),
                     "gebruik pseudonieme nummers van de vorm ABC-2016-001; nooit een naam, BSN of registratienummer")
        elif zaak in gezien:
            probleem(regel, idkolom + 1, "populatie-dubbel", f"rij {regel}: zaaknummer {zaak} staat ook in rij "
                     f"{gezien[zaak]}", "elk dossier staat één keer in de populatie")
        else:
            gezien[zaak] = regel
            populatie.zaaknummers.append(zaak)
        for k, (kop, waarde) in enumerate(zip(tabel.kolommen, cellen, strict=False)):
            if k != idkolom and waarde:
                per_waarde.setdefault(waarde, []).append(f"{regel}:{k + 1}")
                if re.match(DOSSIER_ID_PATROON, zaak):
                    populatie.kolommen.setdefault(kop, {})[zaak] = waarde
    for waarde, plekken in per_waarde.items():
        for soort in _soorten(waarde):
            for plek in plekken:
                regel, kolom = (int(d) for d in plek.split(":"))
                probleem(regel, kolom, f"privacy-{soort}", f"rij {regel}, kolom {kolom}: mogelijk {SOORTEN[soort]}; "
                         "de waarde wordt niet getoond", "een populatiebestand bevat alleen pseudonieme "
                         "zaaknummers en categorieën (team, aanmelding, startdatum); verwijder deze kolom of cel")
    return populatie, sorted(problemen)


def laad_steekproef(pad: Path, ruw: bytes | None = None) -> tuple[Steekproef | None, list[Probleem]]:
    """Load and check one steekproef file (from `ruw` when the caller read it); None when it has errors."""
    try:
        steekproef = valideer(lees_yaml(pad, ruw), Steekproef)
    except InvoerFout as fout:
        return None, fout.problemen
    problemen = controleer_steekproef(steekproef)
    return (None if problemen else steekproef), problemen


def controleer_steekproef(s: Steekproef) -> list[Probleem]:
    """The contradictions inside one steekproef file (code ``steekproef-ongeldig``)."""
    problemen: list[Probleem] = []

    def fout(melding: str, hint: str, *veld: str | int) -> None:
        problemen.append(s.probleem("steekproef-ongeldig", melding, hint, *veld))

    if s.methode != TREKKING:
        fout("deze trekkingsmethode is onbekend", f"wijkteamtoets trekt met '{TREKKING}'; maak de steekproef opnieuw "
             "met 'wijkteamtoets steekproef'", "methode")
    eerder: set[str] = set()
    for lijst in ("geselecteerd", "reserve"):
        for i, zaak in enumerate(getattr(s, lijst)):
            if zaak in eerder:
                fout(f"dossier {zaak} staat meer dan eens in de steekproef", "elk dossier staat één keer in "
                     "'geselecteerd' of 'reserve'", lijst, i)
            eerder.add(zaak)
    if len(s.geselecteerd) != s.plan.omvang:
        fout(f"de steekproef heeft {aantal(len(s.geselecteerd), 'geselecteerd dossier', 'geselecteerde dossiers')}, "
             f"het plan {s.plan.omvang}", "maak de steekproef opnieuw met 'wijkteamtoets steekproef'", "geselecteerd")
    if s.populatie.rijen < len(s.geselecteerd) + len(s.reserve):
        fout("de steekproef heeft meer dossiers dan de populatie", "maak de steekproef opnieuw", "populatie", "rijen")
    vervangen: set[str] = set()
    gebruikt: list[str] = []
    for i, v in enumerate(s.vervangingen):
        if v.dossier not in s.geselecteerd:
            fout(f"dossier {v.dossier} wordt vervangen, maar is niet geselecteerd", "noem bij 'dossier' een "
                 "dossier uit 'geselecteerd'", "vervangingen", i, "dossier")
        elif v.dossier in vervangen:
            fout(f"dossier {v.dossier} wordt twee keer vervangen", "leg één vervanging per dossier vast",
                 "vervangingen", i, "dossier")
        vervangen.add(v.dossier)
        if v.reserve is None:
            continue
        if v.reserve not in s.reserve:
            fout(f"{v.reserve} staat niet bij de reserves", "kies de eerstvolgende ongebruikte reserve uit 'reserve'",
                 "vervangingen", i, "reserve")
        elif v.reserve in gebruikt:
            fout(f"reserve {v.reserve} vervangt al een ander dossier", "kies de eerstvolgende ongebruikte reserve",
                 "vervangingen", i, "reserve")
        else:
            verwacht = next(r for r in s.reserve if r not in gebruikt)
            if v.reserve != verwacht:
                fout(f"reserve {v.reserve} wordt gebruikt vóór reserve {verwacht}", "gebruik de reserves in hun "
                     "volgorde, anders is de vervanging geen toeval meer", "vervangingen", i, "reserve")
        gebruikt.append(v.reserve)
    return sorted(problemen)


def vergelijk_met_steekproef(steekproeven: Iterable[Steekproef], dossiers: Iterable[Dossier]) -> list[Probleem]:
    """The dossiers of each gemeente with a steekproef against it (see the module docstring): warnings."""
    per_gemeente: dict[str, list[Dossier]] = {}
    for dossier in dossiers:
        per_gemeente.setdefault(slug(dossier.gemeente), []).append(dossier)
    problemen: list[Probleem] = []
    for s in steekproeven:
        problemen += _vergelijk(s, per_gemeente.get(slug(s.gemeente), []))
    return sorted(problemen)


def _van(s: Steekproef) -> str:
    """' van Gouda' for a steekproef of a known gemeente; nothing for a gemeente field that is not one (a name?)."""
    gemeente = bekende_waarde(s.gemeente, BEKENDE_GEMEENTEN)
    return f" van {gemeente}" if gemeente else ""


def _vergelijk(s: Steekproef, dossiers: list[Dossier]) -> list[Probleem]:
    problemen: list[Probleem] = []
    te_lezen = s.te_beoordelen()
    vervangen = {v.dossier for v in s.vervangingen}
    aanwezig: dict[str, Dossier] = {}
    for dossier in sorted(dossiers, key=lambda d: d.probleem("steekproef-te-klein", "").pad):
        aanwezig.setdefault(dossier.dossier, dossier)
    pad = s.probleem("steekproef-te-klein", "").pad
    for i, zaak in enumerate(s.geselecteerd):
        if zaak not in vervangen and zaak not in aanwezig:
            problemen.append(s.probleem(
                "steekproef-dossier-ontbreekt", f"dossier {zaak} is geselecteerd in de steekproef{_van(s)}, "
                "maar er is geen dossierbestand van", "beoordeel het dossier, of leg onder 'vervangingen' vast "
                "waarom het niet gelezen is (met de eerstvolgende reserve)", "geselecteerd", i, ernst=Ernst.WAARSCHUWING))
    for i, v in enumerate(s.vervangingen):
        if v.reserve is not None and v.reserve not in aanwezig:
            problemen.append(s.probleem(
                "steekproef-dossier-ontbreekt", f"reserve {v.reserve} vervangt {v.dossier}, maar er is geen "
                "dossierbestand van", "beoordeel het reservedossier", "vervangingen", i, "reserve",
                ernst=Ernst.WAARSCHUWING))
    for zaak, dossier in sorted(aanwezig.items()):
        if zaak in te_lezen:
            continue
        if zaak in vervangen:
            melding = f"dossier {zaak} is vervangen in de steekproef ({toon_pad(pad)}), maar heeft toch een dossierbestand"
            code, hint = "steekproef-niet-geselecteerd", "verwijder het dossier of de vervanging"
        elif zaak in s.reserve:
            melding = f"dossier {zaak} is een reserve van de steekproef ({toon_pad(pad)}), maar er is geen vervanging vastgelegd"
            code, hint = ("steekproef-reserve-zonder-vervanging", "leg in de steekproef onder 'vervangingen' vast welk "
                          "geselecteerd dossier deze reserve vervangt en waarom")
        else:
            melding = f"dossier {zaak} is niet geselecteerd in de steekproef{_van(s)} ({toon_pad(pad)})"
            code, hint = ("steekproef-niet-geselecteerd", "beoordeel alleen geselecteerde dossiers (of hun reserve, met "
                          "een vastgelegde vervanging); een ander dossier maakt de uitspraak over het wijkteam ongeldig")
        problemen.append(dossier.probleem(code, melding, hint, "dossier", ernst=Ernst.WAARSCHUWING))
    gelezen = sum(1 for zaak in te_lezen if zaak in aanwezig)
    if gelezen < s.plan.omvang:
        problemen.append(s.probleem(
            "steekproef-te-klein", f"de steekproef{_van(s)} plant {aantal(s.plan.omvang, 'dossier', 'dossiers')}; "
            f"er {'is' if gelezen == 1 else 'zijn'} er {gelezen} beoordeeld", "beoordeel de ontbrekende dossiers; "
            "het rapport noemt het kleinere aantal en rekent ermee", "plan", "omvang", ernst=Ernst.WAARSCHUWING))
    return problemen

