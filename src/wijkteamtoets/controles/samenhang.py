"""Checks across the set of dossier and gemeente files: every file counted once, every slip caught.

A single file can be valid while the set is not. `controleer_samenhang` finds:

* a copied dossier: two files with the same dossier id and the same beoordelaar (error, naming both);
  the same dossier by a *different* beoordelaar is a legitimate second rating;
* two gemeente files of one gemeente (error, naming both);
* a dossier whose gemeente has no gemeente file and is no Dutch gemeente (a typo like 'Goda'), or that
  spells a known gemeente differently: an error with the nearest known names, in every command (it would
  count as another gemeente); also for a dossier file with other errors (its valid parts, `DossierDeels`),
  so the typo comes out in the same run;
* a dossier on another kader (or kaderversie) than its gemeente file (error);
* a dossier dated outside the gemeente's periode, or rated by a beoordelaar the gemeente file does not
  list (warnings).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..invoer.dossier import Dossier, DossierDeels, Gemeentebevindingen
from ..invoer.gemeenten import BEKENDE_GEMEENTEN, dichtstbij, nederlandse_gemeenten, officiele_namen, slug
from ..problemen import Ernst, Probleem, toon_pad, toon_waarde


def _pad(model: Dossier | Gemeentebevindingen) -> str:
    return model.probleem("dubbel-dossier", "").pad


def _ook_in(anderen: Iterable[str]) -> str:
    return ", ".join(toon_pad(p) for p in sorted(anderen))


def controleer_samenhang(dossiers: list[Dossier], gemeenten: list[Gemeentebevindingen],
                        onvolledig: Iterable[DossierDeels] = ()) -> list[Probleem]:
    """The problems of the set of loaded files as a whole (see the module docstring); `onvolledig` are the
    valid parts of dossier files with errors, checked only for the name of their gemeente."""
    problemen: list[Probleem] = []

    per_dossier: dict[tuple[str, str], list[Dossier]] = defaultdict(list)
    for dossier in dossiers:
        per_dossier[(dossier.dossier, dossier.beoordelaar)].append(dossier)
    for (nummer, beoordelaar), kopieen in per_dossier.items():
        for dossier in kopieen if len(kopieen) > 1 else []:
            anderen = [_pad(d) for d in kopieen if d is not dossier]
            problemen.append(dossier.probleem(
                "dubbel-dossier", f"dossier {nummer} met beoordelaar {beoordelaar} staat ook in {_ook_in(anderen)}",
                "een dossier telt één keer per beoordelaar: verwijder de kopie (een tweede beoordeling heeft een "
                "andere beoordelaar)", "dossier"))

    per_gemeente: dict[str, list[Gemeentebevindingen]] = defaultdict(list)
    for gemeente in gemeenten:
        per_gemeente[slug(gemeente.gemeente)].append(gemeente)
    for bestanden in per_gemeente.values():
        for gemeente in bestanden if len(bestanden) > 1 else []:
            anderen = [_pad(g) for g in bestanden if g is not gemeente]
            problemen.append(gemeente.probleem(
                "dubbel-gemeentebestand", f"{toon_waarde(gemeente.gemeente, 'deze gemeente', BEKENDE_GEMEENTEN, 'gemeente')} heeft ook een "
                f"gemeentebestand in "
                f"{_ook_in(anderen)}", "houd één gemeentebestand per gemeente", "gemeente"))

    in_gegevens = sorted({g.gemeente for g in gemeenten})
    for deels in onvolledig:
        if deels.gemeente:
            problemen.extend(_gemeentenaam(deels, per_gemeente, in_gegevens))
    for dossier in dossiers:
        naam = _gemeentenaam(dossier, per_gemeente, in_gegevens)
        problemen.extend(naam)
        eigen = per_gemeente.get(slug(dossier.gemeente))
        if eigen and not naam:
            problemen.extend(_tegen_gemeentebestand(dossier, eigen[0]))
    return problemen


def _gemeentenaam(dossier: Dossier | DossierDeels, per_gemeente: dict[str, list[Gemeentebevindingen]],
                  in_gegevens: list[str]) -> list[Probleem]:
    """An error when the dossier's gemeente is not known as written (an error in every command: the dossier
    would count as a gemeente of its own and be missing from its real gemeente)."""
    eigen = per_gemeente.get(slug(dossier.gemeente))
    juist = eigen[0].gemeente if eigen else nederlandse_gemeenten().get(slug(dossier.gemeente))
    if juist is None:
        suggesties = [toon_waarde(s, "", BEKENDE_GEMEENTEN)
                      for s in dichtstbij(dossier.gemeente, in_gegevens + officiele_namen())]
        suggesties = [s for s in suggesties if s]
        return [dossier.probleem(
            "onbekende-gemeente", "de gemeente van dit dossier heeft geen gemeentebestand in de gegevens en is geen "
            "Nederlandse gemeente", f"bedoelt u {' of '.join(suggesties)}?" if suggesties else
            "controleer de spelling, of voeg een gemeentebestand toe (wijkteamtoets nieuw gemeente)", "gemeente")]
    if dossier.gemeente != juist:
        goed = toon_waarde(juist, "", BEKENDE_GEMEENTEN)
        return [dossier.probleem(
            "onbekende-gemeente", f"de gemeente van dit dossier wordt elders anders geschreven{' (' + goed + ')' if goed else ''}",
            f"schrijf {goed or 'de gemeente zoals in het gemeentebestand'}, anders telt het dossier als een andere "
            "gemeente", "gemeente")]
    return []


def _tegen_gemeentebestand(dossier: Dossier, gemeente: Gemeentebevindingen) -> list[Probleem]:
    problemen = []
    pad = _pad(gemeente)
    if (dossier.kader.id, dossier.kader.versie) != (gemeente.kader.id, gemeente.kader.versie):
        problemen.append(dossier.probleem(
            "ander-kader", f"het dossier gebruikt kader {dossier.kader.id} {dossier.kader.versie}, het gemeentebestand "
            f"{toon_pad(pad)} kader {gemeente.kader.id} {gemeente.kader.versie}",
            "beoordeel alle bestanden van een gemeente met hetzelfde kader", "kader"))
    periode = gemeente.periode
    if not periode.van <= dossier.datum <= periode.tot:
        problemen.append(dossier.probleem(
            "datum-buiten-periode", f"datum {dossier.datum.isoformat()} ligt buiten de periode van het onderzoek "
            f"({periode.van.isoformat()} tot {periode.tot.isoformat()}) in {toon_pad(pad)}",
            "controleer de datum, of de periode in het gemeentebestand", "datum", ernst=Ernst.WAARSCHUWING))
    if dossier.beoordelaar not in gemeente.beoordelaars:
        problemen.append(dossier.probleem(
            "onbekende-beoordelaar", f"beoordelaar {dossier.beoordelaar} staat niet bij de beoordelaars "
            f"({', '.join(gemeente.beoordelaars)}) in {toon_pad(pad)}",
            "controleer de code, of voeg de beoordelaar toe aan het gemeentebestand", "beoordelaar",
            ernst=Ernst.WAARSCHUWING))
    return problemen
