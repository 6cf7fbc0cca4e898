"""Judging a dossier or gemeente file that is being filled in: its text in memory, not yet on disk.

`toets_inhoud` is what the form of `wijkteamtoets invullen` calls on every change and on save. It runs the
same loading, checks and derivation as `beoordeel` (`yamlbron`, `validatie`, `dossiercontrole`, `afleiden`),
on the bytes the file would get, so the page shows exactly the oordelen `beoordeel` gives once it is saved.
While the header of a new file is incomplete (no beoordelaar yet, no leefgebieden), the oordelen are still
derived from the answers alone, with the header problems listed beside them.

`vervallen` says which questions fall away by the answers on feiten (an eis that holds only when a feit
has another answer, or every question of an indicator that is not applicable), each with the reason in
words; the form greys them out and writes no answer for them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ConfigDict, Field

from ..controles.consensuscontrole import controleer_consensus
from ..controles.dossiercontrole import controleer_dossier, controleer_gemeente
from ..controles.laden import Kaderregister
from ..controles.privacy import als_problemen, scan_inhoud
from ..controles.privacylezen import Onleesbaar
from ..invoer.bestanden import is_gemeentebestand
from ..invoer.consensus import Consensus
from ..invoer.dossier import BeantwoordingVeld, Dossier, Gemeentebevindingen, IndicatorBevinding, KaderVerwijzing
from ..invoer.kader import Antwoord, Feit, Kader, Niveau
from ..invoer.onderzoek import Periode
from ..invoer.persoonsgegevens import toon
from ..invoer.validatie import Id, Knoop, valideer
from ..invoer.voorwaarden import Antwoorden, Uitkomst, feiten_van, toets, vragen_op_niveau, wordt_beoordeeld_op
from ..invoer.yamlbron import YamlDocument, lees_yaml_tekst
from ..problemen import Ernst, InvoerFout, Probleem, heeft_fouten, pad_tekst
from .afleiden import Beoordeling, beoordeel_dossier, beoordeel_gemeente
from .dubbel import koppel_consensus, pas_consensus_toe


class _Antwoordendeel(Knoop):
    """Only the answers of a file (the rest is ignored): enough to derive oordelen from."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    kader: KaderVerwijzing
    feiten: dict[Id, BeantwoordingVeld] = Field(default_factory=dict)
    indicatoren: dict[Id, IndicatorBevinding] = Field(default_factory=dict)


@dataclass
class Invuluitslag:
    """What the form shows for one version of the file."""

    beoordeling: Beoordeling | None = None
    problemen: list[Probleem] = field(default_factory=list)
    document: YamlDocument | None = None  # positions of every node, to put problems at their field
    volledig_geldig: bool = False  # the whole file loads: `beoordeel` gives these oordelen


def toets_inhoud(pad: Path, ruw: bytes, register: Kaderregister, *, volledige_privacyscan: bool = False
                 ) -> Invuluitslag:
    """Load, check, scan and judge the bytes `ruw` as if they were the file `pad`."""
    uitslag = Invuluitslag()
    toon_pad = pad_tekst(pad)
    try:
        scan = scan_inhoud(ruw, pad.name, volledige_privacyscan)
    except Onleesbaar:
        pass  # the loader below reports why
    else:
        uitslag.problemen.extend(als_problemen(toon_pad, scan, Ernst.WAARSCHUWING))
    try:
        document = lees_yaml_tekst(ruw, toon_pad)
    except InvoerFout as fout:
        uitslag.problemen.extend(fout.problemen)
        return uitslag
    uitslag.document = document
    gemeente = is_gemeentebestand(pad)
    try:
        model: Dossier | Gemeentebevindingen = (valideer(document, Gemeentebevindingen) if gemeente
                                                else valideer(document, Dossier))
    except InvoerFout as fout:
        uitslag.problemen.extend(fout.problemen)
        uitslag.beoordeling = _uit_antwoorden(document, register, gemeente, uitslag.problemen)
        return uitslag
    kader = register.zoek(model.kader)
    if kader is None:
        uitslag.problemen.append(_onbekend_kader(model.kader, register))
        return uitslag
    if isinstance(model, Gemeentebevindingen):
        problemen = controleer_gemeente(kader, model)
        if not heeft_fouten(problemen):
            uitslag.beoordeling = beoordeel_gemeente(kader, model, toon_pad)
    else:
        problemen = controleer_dossier(kader, model)
        if not heeft_fouten(problemen):
            uitslag.beoordeling = beoordeel_dossier(kader, model, toon_pad)
    uitslag.problemen.extend(problemen)
    uitslag.volledig_geldig = uitslag.beoordeling is not None
    return uitslag


def _onbekend_kader(verwijzing: KaderVerwijzing, register: Kaderregister) -> Probleem:
    return verwijzing.probleem("onbekend-kader", f"kader '{toon(verwijzing.id)}' versie '{toon(verwijzing.versie)}' "
                               "bestaat niet", f"beschikbaar: {register.beschikbaar()}", "versie")


def _uit_antwoorden(document: YamlDocument, register: Kaderregister, gemeente: bool,
                    problemen: list[Probleem]) -> Beoordeling | None:
    """The oordelen from the answers alone, while the rest of the file still has problems (None when the
    answers themselves have errors: those are in `problemen` already, or are added)."""
    if not isinstance(document.data, dict):
        return None
    try:
        deel = valideer(document, _Antwoordendeel)
    except InvoerFout:
        return None  # the full validation above has reported these problems
    kader = register.zoek(deel.kader)
    if kader is None:
        return None
    # The header is not valid yet: the models are built without validation, from the answers that are.
    kop: dict[str, Any] = {"gemeente": _tekst(document.data.get("gemeente")), "kader": deel.kader,
                           "indicatoren": deel.indicatoren}
    if gemeente:
        leeg: dict[str, Any] = {"van": None, "tot": None}
        periode = Periode.model_construct(**leeg)
        bevindingen = Gemeentebevindingen.model_construct(**kop, beoordelaars=[], periode=periode)
        eigen = [p for p in controleer_gemeente(kader, bevindingen) if p.pad != "<geheugen>"]
        beoordeling = beoordeel_gemeente(kader, bevindingen, document.pad)
    else:
        kop.update(dossier=_tekst(document.data.get("dossier")), team=_tekst(document.data.get("team")),
                   beoordelaar="", datum=None, feiten=deel.feiten)
        dossier = Dossier.model_construct(**kop)
        eigen = [p for p in controleer_dossier(kader, dossier) if p.pad != "<geheugen>"]
        beoordeling = beoordeel_dossier(kader, dossier, document.pad)
    problemen.extend(p for p in eigen if p not in problemen)
    return None if heeft_fouten(eigen) else beoordeling


def _tekst(waarde: object) -> str:
    return waarde if isinstance(waarde, str) else ""


def vervallen(kader: Kader, niveau: Niveau, antwoorden: Antwoorden) -> dict[str, str]:
    """The questions (by id) that fall away by the answers on feiten, each with the reason in words."""
    feiten = feiten_van(kader)
    uitkomst: dict[str, str] = {}
    for _, _, indicator in kader.indicatoren():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        vragen = vragen_op_niveau(indicator, niveau)
        if niveau is Niveau.DOSSIER:
            toepassing = toets(indicator.van_toepassing_als, antwoorden, feiten)
            if toepassing.uitkomst is Uitkomst.NEE:
                reden = ("de indicator is niet van toepassing door het antwoord op "
                         f"{_feiten_tekst(toepassing.beslissend, antwoorden, feiten)}")
                uitkomst.update({v.id: reden for v in vragen if v.id not in indicator.van_toepassing_als})
                continue
        for vraag in vragen:
            geldt = toets(vraag.als, antwoorden, feiten)
            if geldt.uitkomst is Uitkomst.NEE:
                uitkomst[vraag.id] = f"vervalt door het antwoord op {_feiten_tekst(geldt.beslissend, antwoorden, feiten)}"
    return uitkomst


def _feiten_tekst(ids: tuple[str, ...], antwoorden: Antwoorden, feiten: Mapping[str, Feit]) -> str:
    delen = []
    for feit_id in ids:
        feit = feiten.get(feit_id)
        antwoord = antwoorden.get(feit_id)
        waarde = antwoord.value if isinstance(antwoord, Antwoord) else "niet ingevuld"
        delen.append(f"'{feit.vraag if feit is not None else feit_id}' ({waarde})")
    return " en ".join(delen)


def toets_consensus(pad: Path, ruw: bytes, register: Kaderregister, beoordelingen: Mapping[str, Dossier],
                    afgesproken: Dossier, *, volledige_privacyscan: bool = False) -> Invuluitslag:
    """Load, check and judge the bytes `ruw` of a consensus file as `beoordeel` does with the ratings of its
    dossier (`beoordelingen`, by beoordelaar code): the oordelen of the agreed version. While the file still has
    errors (an empty reason), the oordelen are those of `afgesproken`, the agreed answers as the form holds them."""
    uitslag = Invuluitslag()
    toon_pad = pad_tekst(pad)
    with contextlib.suppress(Onleesbaar):
        uitslag.problemen.extend(als_problemen(toon_pad, scan_inhoud(ruw, pad.name, volledige_privacyscan),
                                               Ernst.WAARSCHUWING))
    try:
        document = lees_yaml_tekst(ruw, toon_pad)
        uitslag.document = document
        consensus = valideer(document, Consensus)
    except InvoerFout as fout:
        uitslag.problemen.extend(fout.problemen)
        consensus = None
    kader = register.zoek(consensus.kader if consensus is not None else afgesproken.kader)
    if kader is None:
        return uitslag
    if consensus is not None:
        problemen = [*controleer_consensus(kader, consensus), *koppel_consensus(consensus, dict(beoordelingen))]
        if not heeft_fouten(problemen):
            samen = pas_consensus_toe(beoordelingen[consensus.basis], consensus)
            na = [p for p in controleer_dossier(kader, samen) if p.ernst is Ernst.FOUT]
            problemen.extend(consensus.probleem(p.code, f"na de wijzigingen van de consensus: {p.melding}", p.hint,
                                                "wijzigingen") for p in na)
            if not na:
                uitslag.beoordeling = beoordeel_dossier(kader, samen, toon_pad,
                                                        consensus_van=tuple(consensus.beoordelaars))
                uitslag.volledig_geldig = True
        uitslag.problemen.extend(problemen)
    if uitslag.beoordeling is None:
        uitslag.beoordeling = beoordeel_dossier(kader, afgesproken, toon_pad)
    return uitslag
