"""Migrating dossier and gemeente files from one kader version to the next, through a koppeling.

`controleer_koppeling` checks a koppeling against both kaders: every id it names exists (old ids in the old
kader, new ids in the new one, a feit stays a feit and an eis an eis), and nothing is left unmapped: an old
feit, eis or indicator that is not in the new kader is mapped or declared `vervallen`, a new feit or eis that
was not in the old kader is a target of the koppeling or declared `onbekend`. So a migration never guesses.

`migreer_gegevens` applies a checked koppeling to the plain data of one file: answers move to their new ids
(a split eis gets the answer on each part), afwijkingen move with their indicator, new eisen declared
`onbekend` get that answer where they apply, and the kader reference changes. `migreer_bestand` does this for
one valid file and returns the text of the migrated copy, with a `herkomst` (original file and koppeling,
each with its SHA-256), after checking the copy against the new kader. Nothing here writes a file.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..invoer.bestanden import is_consensusbestand, is_onderzoeksbestand, is_steekproefbestand, verzamel_bestanden
from ..invoer.consensus import Consensus
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.kader import Antwoord, Eis, Indicator, Kader, Niveau, Vraag
from ..invoer.koppeling import Koppeling
from ..invoer.lezen import lees_begrensd
from ..invoer.validatie import valideer
from ..invoer.voorwaarden import Uitkomst, feiten_van, toets, vragen_op_niveau, wordt_beoordeeld_op
from ..invoer.yamlbron import lees_yaml, lees_yaml_tekst
from ..problemen import Ernst, InvoerFout, Probleem, heeft_fouten, pad_tekst, toon_pad
from .consensuscontrole import controleer_consensus, laad_consensus
from .dossiercontrole import controleer_dossier, controleer_gemeente
from .laden import Kaderregister, laad_bevindingen

ONBEKEND_TOELICHTING = "Nieuw in kader {id} versie {versie}; in de vorige versie niet gevraagd (koppeling: onbekend)."


def laad_koppeling(pad: Path) -> tuple[Koppeling | None, list[Probleem]]:
    """Read and validate one koppeling file."""
    try:
        return valideer(lees_yaml(pad), Koppeling), []
    except InvoerFout as fout:
        return None, fout.problemen


def _vragen(kader: Kader) -> dict[str, Vraag]:
    """Every feit and eis of the kader by id (ids are unique in a kader)."""
    vragen: dict[str, Vraag] = dict(feiten_van(kader))
    for _, _, indicator in kader.indicatoren():
        vragen.update({eis.id: eis for eis in indicator.eisen})
    return vragen


def _soort(vraag: Vraag) -> str:
    return "eis" if isinstance(vraag, Eis) else "feit"


def controleer_koppeling(koppeling: Koppeling, oud: Kader, nieuw: Kader) -> list[Probleem]:
    """The problems of `koppeling` between `oud` and `nieuw` (see the module docstring)."""
    problemen: list[Probleem] = []

    def meld(code: str, melding: str, hint: str, *veld: str | int) -> None:
        problemen.append(koppeling.probleem(code, melding, hint, *veld))

    for veld, kader in (("van", oud), ("naar", nieuw)):
        verwijzing = getattr(koppeling, veld)
        if (verwijzing.id, verwijzing.versie) != (kader.id, kader.versie):
            meld("koppeling-ongeldig", f"de koppeling gaat {veld} kader {verwijzing.id} {verwijzing.versie}, niet "
                 f"{kader.id} {kader.versie}", "gebruik de koppeling die bij deze twee kaders hoort", veld)
    oude_vragen, nieuwe_vragen = _vragen(oud), _vragen(nieuw)
    oude_ind = {i.id for _, _, i in oud.indicatoren()}
    nieuwe_ind = {i.id for _, _, i in nieuw.indicatoren()}
    for oud_id, nieuw_id in koppeling.indicatoren.items():
        if oud_id not in oude_ind:
            meld("koppeling-ongeldig", f"indicator '{oud_id}' bestaat niet in kader {oud.versie}",
                 "noem links een indicator van het oude kader", "indicatoren", oud_id)
        if nieuw_id not in nieuwe_ind:
            meld("koppeling-ongeldig", f"indicator '{nieuw_id}' bestaat niet in kader {nieuw.versie}",
                 "noem rechts een indicator van het nieuwe kader", "indicatoren", oud_id)
    doelen: set[str] = set()
    for oud_id, nieuwe_ids in koppeling.vragen.items():
        bron = oude_vragen.get(oud_id)
        if bron is None:
            meld("koppeling-ongeldig", f"vraag '{oud_id}' bestaat niet in kader {oud.versie}",
                 "noem links een feit of eis van het oude kader", "vragen", oud_id)
        for nieuw_id in nieuwe_ids:
            doelen.add(nieuw_id)
            doel = nieuwe_vragen.get(nieuw_id)
            if doel is None:
                meld("koppeling-ongeldig", f"vraag '{nieuw_id}' bestaat niet in kader {nieuw.versie}",
                     "noem rechts een feit of eis van het nieuwe kader", "vragen", oud_id)
            elif bron is not None and _soort(bron) != _soort(doel):
                meld("koppeling-ongeldig", f"'{oud_id}' is een {_soort(bron)} en '{nieuw_id}' een {_soort(doel)}",
                     "een feit gaat naar een feit en een eis naar een eis", "vragen", oud_id)
    for index, nieuw_id in enumerate(koppeling.onbekend):
        if nieuw_id not in nieuwe_vragen:
            meld("koppeling-ongeldig", f"vraag '{nieuw_id}' onder 'onbekend' bestaat niet in kader {nieuw.versie}",
                 "noem onder 'onbekend' alleen nieuwe feiten en eisen", "onbekend", index)
        elif nieuw_id in doelen:
            meld("koppeling-ongeldig", f"vraag '{nieuw_id}' staat onder 'onbekend' en krijgt ook een antwoord via "
                 "'vragen'", "kies één van beide", "onbekend", index)
    for index, oud_id in enumerate(koppeling.vervallen):
        if oud_id not in oude_vragen and oud_id not in oude_ind:
            meld("koppeling-ongeldig", f"'{oud_id}' onder 'vervallen' bestaat niet in kader {oud.versie}",
                 "noem onder 'vervallen' alleen feiten, eisen of indicatoren van het oude kader", "vervallen", index)
    vervallen = set(koppeling.vervallen)
    for oud_id in oude_vragen:
        if oud_id not in nieuwe_vragen and oud_id not in koppeling.vragen and oud_id not in vervallen:
            meld("koppeling-onvolledig", f"vraag '{oud_id}' van kader {oud.versie} bestaat niet in kader "
                 f"{nieuw.versie} en staat niet in de koppeling; de antwoorden erop zouden stil verdwijnen",
                 "koppel hem onder 'vragen' aan een nieuwe vraag, of zet hem onder 'vervallen'")
    for oud_id in sorted(oude_ind - nieuwe_ind - set(koppeling.indicatoren) - vervallen):
        meld("koppeling-onvolledig", f"indicator '{oud_id}' van kader {oud.versie} bestaat niet in kader "
             f"{nieuw.versie} en staat niet in de koppeling",
             "koppel hem onder 'indicatoren' aan een nieuwe indicator, of zet hem onder 'vervallen'")
    gedekt = doelen | set(koppeling.onbekend) | {v for v in oude_vragen if v not in koppeling.vragen}
    for nieuw_id in nieuwe_vragen:
        if nieuw_id not in gedekt:
            meld("koppeling-onvolledig", f"vraag '{nieuw_id}' van kader {nieuw.versie} krijgt geen antwoord uit "
                 f"kader {oud.versie}", "koppel er onder 'vragen' een oude vraag aan, of zet hem onder 'onbekend'")
    return problemen


@dataclass(frozen=True)
class _Kaart:
    """A checked koppeling as lookups."""

    vragen: dict[str, list[str]]  # old vraag id -> new vraag ids
    indicatoren: dict[str, str | None]  # old indicator id -> new id (None: dropped)
    plek: dict[str, str | None]  # new vraag id -> its new indicator (None: algemeen feit)


def _kaart(koppeling: Koppeling, oud: Kader, nieuw: Kader) -> _Kaart:
    nieuwe_vragen = _vragen(nieuw)
    vervallen = set(koppeling.vervallen)
    vragen = {v: (list(koppeling.vragen[v]) if v in koppeling.vragen else
                  [] if v in vervallen or v not in nieuwe_vragen else [v]) for v in _vragen(oud)}
    nieuwe_ind = {i.id for _, _, i in nieuw.indicatoren()}
    indicatoren: dict[str, str | None] = {
        i.id: (koppeling.indicatoren.get(i.id) or (i.id if i.id in nieuwe_ind and i.id not in vervallen else None))
        for _, _, i in oud.indicatoren()}
    plek: dict[str, str | None] = {f.id: None for f in nieuw.feiten}
    for _, _, indicator in nieuw.indicatoren():
        plek.update({v.id: indicator.id for v in [*indicator.feiten, *indicator.eisen]})
    return _Kaart(vragen, indicatoren, plek)


def _antwoord(waarde: Any) -> Antwoord | None:
    ruw = waarde.get("antwoord") if isinstance(waarde, dict) else waarde
    try:
        return Antwoord(ruw) if isinstance(ruw, str) else None
    except ValueError:
        return None


def migreer_gegevens(gegevens: dict[str, Any], koppeling: Koppeling, oud: Kader, nieuw: Kader,
                     niveau: Niveau) -> dict[str, Any]:
    """The plain data of one dossier (`niveau` dossier) or gemeente file, migrated by a checked koppeling."""
    kaart = _kaart(koppeling, oud, nieuw)
    uit = copy.deepcopy(gegevens)
    uit["kader"] = {"id": nieuw.id, "versie": nieuw.versie}
    algemeen: dict[str, Any] = {}
    per_indicator: dict[str, dict[str, Any]] = {}
    afwijkingen: dict[str, Any] = {}

    def plaats(oud_id: str, waarde: Any) -> None:
        for nieuw_id in kaart.vragen.get(oud_id, []):
            indicator = kaart.plek[nieuw_id]
            doel = algemeen if indicator is None else per_indicator.setdefault(indicator, {})
            doel[nieuw_id] = copy.deepcopy(waarde)

    for oud_id, waarde in (gegevens.get("feiten") or {}).items():
        plaats(oud_id, waarde)
    for oud_ind, bevinding in (gegevens.get("indicatoren") or {}).items():
        nieuw_ind = kaart.indicatoren.get(oud_ind)
        if nieuw_ind is not None:
            per_indicator.setdefault(nieuw_ind, {})
            if isinstance(bevinding, dict) and bevinding.get("afwijking") is not None:
                afwijkingen[nieuw_ind] = copy.deepcopy(bevinding["afwijking"])
        for oud_id, waarde in ((bevinding or {}).get("antwoorden") or {}).items():
            plaats(oud_id, waarde)
    _vul_onbekend(koppeling, nieuw, niveau, algemeen, per_indicator)
    if niveau is Niveau.DOSSIER or algemeen:  # in a gemeente file algemene feiten are refused by the check
        uit["feiten"] = algemeen
    indicatoren: dict[str, Any] = {}
    for _, _, indicator in nieuw.indicatoren():
        if indicator.id in per_indicator:
            bevinding = {"antwoorden": per_indicator[indicator.id]}
            if indicator.id in afwijkingen:
                bevinding["afwijking"] = afwijkingen[indicator.id]
            indicatoren[indicator.id] = bevinding
    uit["indicatoren"] = indicatoren
    return uit


def _vul_onbekend(koppeling: Koppeling, nieuw: Kader, niveau: Niveau, algemeen: dict[str, Any],
                  per_indicator: dict[str, dict[str, Any]]) -> None:
    """Answer 'onbekend' on the new feiten and eisen the koppeling declares so, where they apply."""
    toelichting = ONBEKEND_TOELICHTING.format(id=nieuw.id, versie=nieuw.versie)
    onbekend = set(koppeling.onbekend)
    feiten = feiten_van(nieuw)
    if niveau is Niveau.DOSSIER:
        for feit in nieuw.feiten:
            if feit.id in onbekend:
                algemeen.setdefault(feit.id, {"antwoord": Antwoord.ONBEKEND.value, "toelichting": toelichting})
    for _, _, indicator in nieuw.indicatoren():
        if indicator.id not in per_indicator or not wordt_beoordeeld_op(indicator, niveau):
            continue
        antwoorden = per_indicator[indicator.id]
        for vraag in vragen_op_niveau(indicator, niveau):
            if vraag.id in onbekend and vraag.id not in antwoorden and _kan_gelden(indicator, vraag, per_indicator,
                                                                                   algemeen, feiten):
                antwoorden[vraag.id] = {"antwoord": Antwoord.ONBEKEND.value, "toelichting": toelichting}


def _kan_gelden(indicator: Indicator, vraag: Vraag, per_indicator: dict[str, dict[str, Any]],
                algemeen: dict[str, Any], feiten: Any) -> bool:
    """Whether `vraag` (and its indicator) may apply given the answers so far (an answer where it does not
    apply would be refused)."""
    antwoorden = {k: _antwoord(v) for k, v in algemeen.items()}
    for eigen in per_indicator.values():
        antwoorden.update({k: _antwoord(v) for k, v in eigen.items()})
    return all(toets(voorwaarde, antwoorden, feiten).uitkomst is not Uitkomst.NEE
               for voorwaarde in (indicator.van_toepassing_als, vraag.als) if voorwaarde)


def migreer_consensus(gegevens: dict[str, Any], koppeling: Koppeling, oud: Kader, nieuw: Kader) -> dict[str, Any]:
    """The plain data of a consensus file, migrated by a checked koppeling: each changed answer goes to the new
    id(s) of its vraag, each afwijking to the new id of its indicator."""
    kaart = _kaart(koppeling, oud, nieuw)
    uit = copy.deepcopy(gegevens)
    uit["kader"] = {"id": nieuw.id, "versie": nieuw.versie}
    wijzigingen = []
    for wijziging in gegevens.get("wijzigingen") or []:
        for nieuw_id in kaart.vragen.get(wijziging.get("vraag"), []):
            kopie = copy.deepcopy(wijziging)
            kopie["vraag"] = nieuw_id
            kopie["indicator"] = kaart.plek[nieuw_id]
            if kopie["indicator"] is None:
                kopie.pop("indicator")
            wijzigingen.append(kopie)
    uit["wijzigingen"] = wijzigingen
    afwijkingen = []
    for afwijking in gegevens.get("afwijkingen") or []:
        nieuw_ind = kaart.indicatoren.get(afwijking.get("indicator"))
        if nieuw_ind is not None:
            afwijkingen.append({**copy.deepcopy(afwijking), "indicator": nieuw_ind})
    uit["afwijkingen"] = afwijkingen
    return uit


def sha256(pad: Path) -> str:
    return hashlib.sha256(lees_begrensd(pad)).hexdigest()


def als_yaml(gegevens: dict[str, Any], kop: str) -> str:
    """Plain data as a YAML file with a comment at the top."""
    tekst = yaml.safe_dump(gegevens, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    return "".join(f"# {regel}\n" for regel in kop.splitlines()) + tekst


def migreer_bestand(pad: Path, soort: type[Dossier | Gemeentebevindingen | Consensus], koppeling: Koppeling,
                    koppelingpad: Path, oud: Kader, nieuw: Kader, doel: str) -> tuple[str | None, list[Probleem]]:
    """The text of the migrated copy of the valid file `pad` (a `soort` under `oud`), checked against `nieuw` as
    if it were at `doel`; None with the problems when the copy would not be valid. A dossier or gemeente file
    records where it came from under `herkomst`; a consensus file in its header comment."""
    gegevens = yaml.safe_load(lees_begrensd(pad).decode("utf-8"))  # already read safely and validated
    if soort is Consensus:
        uit = migreer_consensus(gegevens, koppeling, oud, nieuw)
    else:
        uit = migreer_gegevens(gegevens, koppeling, oud, nieuw, Niveau.DOSSIER if soort is Dossier else Niveau.GEMEENTE)
    herkomst: dict[str, Any] = {"bestand": toon_pad(pad), "sha256": sha256(pad),
                       "kader": {"id": oud.id, "versie": oud.versie},
                "koppeling": toon_pad(koppelingpad), "koppeling_sha256": sha256(koppelingpad)}
    kop = f"Gemigreerd met 'wijkteamtoets kader migreer' van kader {oud.id} {oud.versie} naar {nieuw.versie}."
    if soort is Consensus:
        kop += "\n" + "\n".join(f"herkomst {k}: {v if isinstance(v, str) else v['versie']}" for k, v in herkomst.items())
    else:
        uit.pop("herkomst", None)
        uit["herkomst"] = herkomst
        kop += "\nWaar het vandaan komt staat onder 'herkomst'."
    tekst = als_yaml(uit, kop)
    try:
        kopie = valideer(lees_yaml_tekst(tekst.encode("utf-8"), doel), soort)
    except InvoerFout as fout:
        return None, fout.problemen
    if isinstance(kopie, Dossier):
        problemen = controleer_dossier(nieuw, kopie)
    elif isinstance(kopie, Gemeentebevindingen):
        problemen = controleer_gemeente(nieuw, kopie)
    else:
        problemen = controleer_consensus(nieuw, kopie)
    return (None if heeft_fouten(problemen) else tekst), problemen


@dataclass
class Migratie:
    """The migrated copies (target path -> text) and every problem; nothing is written when there are errors."""

    kopieen: dict[Path, str]
    problemen: list[Probleem]
    bestanden: int = 0


def migreer_paden(paden: list[Path], register: Kaderregister, nieuw: Kader, koppelingpad: Path,
                  uitvoer: Path) -> Migratie:
    """Migrate every dossier, gemeente and consensus file in `paden` to `nieuw` through the koppeling at
    `koppelingpad`; copies go to `uitvoer`, keeping their place below the folder they were found in."""
    koppeling, problemen = laad_koppeling(koppelingpad)
    uitkomst = Migratie(kopieen={}, problemen=problemen)
    if koppeling is None:
        return uitkomst
    oud = register.zoek(koppeling.van)
    if oud is None:
        problemen.append(koppeling.probleem("onbekend-kader", f"kader {koppeling.van.id} {koppeling.van.versie} bestaat "
                                            "niet", f"beschikbaar: {register.beschikbaar()}", "van"))
        return uitkomst
    problemen.extend(controleer_koppeling(koppeling, oud, nieuw))
    if heeft_fouten(problemen):
        return uitkomst
    for basis in paden:
        for pad in verzamel_bestanden([basis]):
            uitkomst.bestanden += 1
            relatief = pad.relative_to(basis) if basis.is_dir() else Path(pad.name)
            doel = uitvoer / relatief
            tekst, eigen = _migreer_een(pad, register, koppeling, koppelingpad, oud, nieuw, doel)
            problemen.extend(eigen)
            if tekst is not None:
                uitkomst.kopieen[doel] = tekst
    problemen.sort()
    return uitkomst


def _migreer_een(pad: Path, register: Kaderregister, koppeling: Koppeling, koppelingpad: Path, oud: Kader,
                 nieuw: Kader, doel: Path) -> tuple[str | None, list[Probleem]]:
    if is_onderzoeksbestand(pad):
        return None, [Probleem(pad_tekst(pad), 1, 1, "niet-te-migreren", "een onderzoeksbestand hoort niet bij een "
                               "kaderversie en wordt niet gekopieerd", "maak voor een nieuwe ronde een eigen "
                               "onderzoek.yaml (wijkteamtoets nieuw onderzoek)", Ernst.WAARSCHUWING)]
    if is_steekproefbestand(pad):
        return None, [Probleem(pad_tekst(pad), 1, 1, "niet-te-migreren", "een steekproefbestand hoort niet bij een "
                               "kaderversie en wordt niet gekopieerd", "een nieuwe ronde trekt een eigen steekproef "
                               "(wijkteamtoets steekproef)", Ernst.WAARSCHUWING)]
    soort: type[Dossier | Gemeentebevindingen | Consensus]
    if is_consensusbestand(pad):
        _, kader, problemen = laad_consensus(pad, register)
        soort = Consensus
    else:
        geladen, problemen = laad_bevindingen(pad, register)
        kader = geladen.kader if geladen is not None else None
        soort = Gemeentebevindingen if geladen is not None and geladen.gemeente is not None else Dossier
    fouten = [p for p in problemen if p.ernst is Ernst.FOUT]
    if fouten or kader is None:
        return None, fouten
    if (kader.id, kader.versie) != (oud.id, oud.versie):
        return None, [Probleem(pad_tekst(pad), 1, 1, "niet-te-migreren", f"het bestand gebruikt kader {kader.id} "
                               f"{kader.versie}; de koppeling gaat van {oud.id} {oud.versie}",
                               "migreer alleen bestanden van het kader waar de koppeling van uitgaat")]
    tekst, problemen = migreer_bestand(pad, soort, koppeling, koppelingpad, oud, nieuw, pad_tekst(doel))
    return tekst, [p for p in problemen if p.ernst is Ernst.FOUT]
