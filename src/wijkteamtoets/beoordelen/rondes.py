"""Rounds: the previous round of an onderzoek, judged again under the kader of the current round.

An onderzoek names its predecessor with ``vorige:`` (a folder, and a koppeling when the kader changed).
`laad_vorige_ronde` reads that folder, checks it against its vaststelling when it has one (a later round
compares with the vastgestelde state, `controles.vaststelling`), loads every dossier and gemeente file under
its own kader, applies consensus files, migrates each file in memory through the koppeling
(`controles.migratie`) and derives the oordelen under the *current* kader, so both rounds are compared like
for like. What cannot be mapped is an error; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..controles.consensuscontrole import laad_consensus
from ..controles.dossiercontrole import controleer_dossier, controleer_gemeente
from ..controles.laden import Kaderregister, laad_bevindingen, laad_onderzoek
from ..controles.migratie import controleer_koppeling, laad_koppeling, migreer_gegevens
from ..controles.vaststelling import MANIFEST, Vaststelling, controleer_vaststelling, is_vastgesteld, vaststelling
from ..invoer.bestanden import (
    PadFout,
    is_consensusbestand,
    is_onderzoeksbestand,
    is_steekproefbestand,
    verzamel_bestanden,
)
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.kader import Kader, Niveau
from ..invoer.koppeling import Koppeling
from ..invoer.onderzoek import Onderzoek, Status
from ..invoer.validatie import valideer
from ..invoer.yamlbron import lees_yaml_tekst
from ..problemen import Ernst, InvoerFout, Probleem, heeft_fouten, pad_tekst, toon_pad
from .afleiden import Beoordeling, beoordeel_dossier, beoordeel_gemeente
from .dubbel import koppel_consensus, pas_consensus_toe


@dataclass
class VorigeRonde:
    """The previous round, judged again under the current kader."""

    onderzoek: Onderzoek
    map: Path
    kaders: list[str]  # the kader versions its files used ("id versie")
    koppeling: Path | None
    vastgesteld: bool
    beoordelingen: list[Beoordeling] = field(default_factory=list)


def onderzoeksmap(onderzoek: Onderzoek) -> Path:
    """The folder of an onderzoek.yaml (the one its relative paths start from)."""
    return Path(onderzoek.probleem("vorige-ronde", "").pad).parent


def laad_vorige_ronde(onderzoek: Onderzoek, kader: Kader, register: Kaderregister,
                      programma: str) -> tuple[VorigeRonde | None, list[Probleem]]:
    """The previous round of `onderzoek` judged under `kader` (None with the problems when it cannot be)."""
    vorige = onderzoek.vorige
    if vorige is None:
        return None, []
    basis = onderzoeksmap(onderzoek)
    map_ = basis / vorige.map
    try:
        bestanden = verzamel_bestanden([map_]) if map_.is_dir() else None
    except PadFout:
        bestanden = None
    if bestanden is None:
        return None, [vorige.probleem("vorige-ronde", f"de map van de vorige ronde '{toon_pad(map_)}' bestaat niet "
                                      "of bevat geen YAML-bestanden", "noem de map met het onderzoek.yaml van de "
                                      "vorige ronde, vanaf de map van dit onderzoek.yaml", "map")]
    onderzoeken = [p for p in bestanden if is_onderzoeksbestand(p)]
    if len(onderzoeken) != 1:
        return None, [vorige.probleem("vorige-ronde", f"de map van de vorige ronde '{toon_pad(map_)}' heeft "
                                      f"{len(onderzoeken)} onderzoeksbestanden in plaats van één", "noem de map "
                                      "met precies één onderzoek.yaml", "map")]
    eerder, problemen = laad_onderzoek(onderzoeken[0])
    problemen = problemen + controleer_vaststelling(map_, register.kaders(), programma)
    koppeling, koppelingpad, oud = None, None, None
    if vorige.koppeling:
        koppelingpad = basis / vorige.koppeling
        if not koppelingpad.is_file():
            problemen.append(vorige.probleem("vorige-ronde", f"koppeling '{toon_pad(koppelingpad)}' bestaat niet",
                                             "noem het koppelingsbestand vanaf de map van dit onderzoek.yaml",
                                             "koppeling"))
        else:
            koppeling, eigen = laad_koppeling(koppelingpad)
            problemen.extend(eigen)
            oud = register.zoek(koppeling.van) if koppeling is not None else None
            if koppeling is not None and oud is None:
                problemen.append(koppeling.probleem("onbekend-kader", f"kader {koppeling.van.id} "
                                                    f"{koppeling.van.versie} bestaat niet", f"beschikbaar: "
                                                    f"{register.beschikbaar()}", "van"))
            elif koppeling is not None and oud is not None:
                problemen.extend(controleer_koppeling(koppeling, oud, kader))
    if eerder is None or heeft_fouten(problemen):
        return None, problemen
    ronde = VorigeRonde(onderzoek=eerder, map=map_, kaders=[], koppeling=koppelingpad, vastgesteld=is_vastgesteld(map_))
    problemen.extend(_beoordeel_opnieuw(bestanden, ronde, register, kader, koppeling, oud, vorige))
    if heeft_fouten(problemen):
        return None, problemen
    return ronde, problemen


def _beoordeel_opnieuw(bestanden: list[Path], ronde: VorigeRonde, register: Kaderregister, kader: Kader,
                       koppeling: Koppeling | None, oud: Kader | None, vorige: Any) -> list[Probleem]:
    problemen: list[Probleem] = []
    per_dossier: dict[tuple[str, str], dict[str, Dossier]] = {}
    kaders: set[str] = set()
    for pad in bestanden:
        if is_onderzoeksbestand(pad) or is_consensusbestand(pad) or is_steekproefbestand(pad):
            continue
        geladen, eigen = laad_bevindingen(pad, register)
        problemen.extend(p for p in eigen if p.ernst is Ernst.FOUT)
        if geladen is None:
            continue
        kaders.add(f"{geladen.kader.id} {geladen.kader.versie}")
        model = geladen.dossier or geladen.gemeente
        assert model is not None
        omgezet, eigen = _naar_kader(model, geladen.kader, kader, koppeling, oud, pad, vorige)
        problemen.extend(eigen)
        if omgezet is None:
            continue
        if isinstance(model, Dossier) and isinstance(omgezet, Dossier):
            per_dossier.setdefault((model.gemeente, model.dossier), {})[model.beoordelaar] = model
            ronde.beoordelingen.append(beoordeel_dossier(kader, omgezet, pad_tekst(pad)))
        elif isinstance(omgezet, Gemeentebevindingen):
            ronde.beoordelingen.append(beoordeel_gemeente(kader, omgezet, pad_tekst(pad)))
    for pad in (p for p in bestanden if is_consensusbestand(p)):
        consensus, consensuskader, eigen = laad_consensus(pad, register)
        problemen.extend(p for p in eigen if p.ernst is Ernst.FOUT)
        if consensus is None or consensuskader is None:
            continue
        ratings = per_dossier.get((consensus.gemeente, consensus.dossier), {})
        eigen = [p for p in koppel_consensus(consensus, ratings) if p.ernst is Ernst.FOUT]
        problemen.extend(eigen)
        if eigen:
            continue
        samen = pas_consensus_toe(ratings[consensus.basis], consensus)
        omgezet, eigen = _naar_kader(samen, consensuskader, kader, koppeling, oud, pad, vorige)
        problemen.extend(eigen)
        if isinstance(omgezet, Dossier):
            ronde.beoordelingen.append(beoordeel_dossier(kader, omgezet, pad_tekst(pad),
                                                         consensus_van=tuple(consensus.beoordelaars)))
    ronde.kaders = sorted(kaders)
    return problemen


def _naar_kader(model: Dossier | Gemeentebevindingen, eigen: Kader, kader: Kader, koppeling: Koppeling | None,
                oud: Kader | None, pad: Path, vorige: Any) -> tuple[Dossier | Gemeentebevindingen | None,
                                                                   list[Probleem]]:
    """`model` (valid under `eigen`) as a model under `kader`: itself, or migrated through the koppeling."""
    if (eigen.id, eigen.versie) == (kader.id, kader.versie):
        return model, []
    if koppeling is None or oud is None or (eigen.id, eigen.versie) != (oud.id, oud.versie):
        van = f"kader {koppeling.van.id} {koppeling.van.versie}" if koppeling is not None else "geen koppeling"
        return None, [Probleem(pad_tekst(pad), 1, 1, "vorige-ronde", f"het bestand van de vorige ronde gebruikt kader "
                               f"{eigen.id} {eigen.versie}, deze ronde {kader.id} {kader.versie} ({van})",
                               "geef onder 'vorige:' een koppeling van het kader van de vorige ronde naar dat van "
                               "deze ronde (zie 'wijkteamtoets kader verschil --koppeling')")]
    niveau = Niveau.DOSSIER if isinstance(model, Dossier) else Niveau.GEMEENTE
    gegevens = migreer_gegevens(model.model_dump(mode="json"), koppeling, oud, kader, niveau)
    tekst = yaml.safe_dump(gegevens, sort_keys=False, allow_unicode=True)
    try:
        kopie = valideer(lees_yaml_tekst(tekst.encode("utf-8"), f"{pad_tekst(pad)} (omgezet naar {kader.versie})"),
                         type(model))
    except InvoerFout as fout:
        return None, fout.problemen
    problemen = (controleer_dossier(kader, kopie) if isinstance(kopie, Dossier) else controleer_gemeente(kader, kopie))
    fouten = [p for p in problemen if p.ernst is Ernst.FOUT]
    return (None if fouten else kopie), fouten


def stel_vast(map_: Path, register: Kaderregister, programma: str,
              datum: dt.date) -> tuple[Vaststelling | None, list[Probleem]]:
    """The manifest that freezes the definitive onderzoek in `map_` (its onderzoek.yaml directly in `map_`), or
    None with the problems that stand in the way: files with errors, no onderzoek, not definitief, or already
    vastgesteld."""
    from .toetsen import toets_bestanden

    onderzoekbestand = next((map_ / naam for naam in ("onderzoek.yaml", "onderzoek.yml") if (map_ / naam).is_file()),
                            None)
    if onderzoekbestand is None:
        return None, [Probleem(pad_tekst(map_), 1, 1, "vaststelling-ongeldig", "de map heeft geen onderzoek.yaml",
                               "stel de map vast waarin het onderzoek.yaml van het onderzoek staat")]
    if is_vastgesteld(map_):
        return None, [Probleem(pad_tekst(map_ / MANIFEST), 1, 1, "vaststelling-ongeldig", "het onderzoek is al "
                               "vastgesteld", "een vastgesteld onderzoek verandert niet; maak een nieuwe versie in een "
                               "nieuwe map")]
    uitslag = toets_bestanden(verzamel_bestanden([map_]), register)
    fouten = [p for p in uitslag.problemen if p.ernst is Ernst.FOUT]
    if fouten or uitslag.onderzoek is None:
        return None, fouten
    if uitslag.onderzoek.status is not Status.DEFINITIEF:
        return None, [uitslag.onderzoek.probleem("vaststelling-ongeldig", f"het onderzoek heeft status "
                                                 f"'{uitslag.onderzoek.status.value}'; alleen een definitief onderzoek "
                                                 "wordt vastgesteld", "zet de status op 'definitief' als het rapport "
                                                 "af is", "status")]
    kaders = [register.zoek_sleutel((k.id, k.versie)) for k in uitslag.kaders.values()]
    return vaststelling(map_, uitslag.onderzoek.titel, uitslag.onderzoek.versie, kaders, programma, datum), []


def controleer_vastgesteld(onderzoek: Onderzoek | None, kaders: list[Kader], programma: str) -> list[Probleem]:
    """The gate for reports: when the onderzoek is vastgesteld, every difference from its manifest (errors name
    the changed files; another program version is a warning)."""
    if onderzoek is None:
        return []
    return controleer_vaststelling(onderzoeksmap(onderzoek), kaders, programma)
