"""Evaluating conditions (``als:`` and ``van_toepassing_als:``) on the answers of a dossier.

A condition can hold, not hold, or be undecided because a feit it needs is not answered or
'onbekend'. Both the dossier checks and the derivation of oordelen use this one evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from .dossier import Beantwoording, IndicatorBevinding
from .kader import Antwoord, Feit, Indicator, Kader, Niveau, Vraag

Antwoorden = Mapping[str, Antwoord | None]
"""Answers by feit or eis id; None means the question was left empty."""


class Uitkomst(str, Enum):
    JA = "ja"
    NEE = "nee"
    ONBESLIST = "onbeslist"


@dataclass(frozen=True)
class Toetsing:
    """The outcome of a condition and the feiten that decided it (when it failed or is undecided)."""

    uitkomst: Uitkomst
    beslissend: tuple[str, ...] = ()


GELDT = Toetsing(Uitkomst.JA)


def feiten_van(kader: Kader) -> dict[str, Feit]:
    """Every feit of the kader by id: the algemene feiten and those of each indicator."""
    feiten = {feit.id: feit for feit in kader.feiten}
    for _, _, indicator in kader.indicatoren():
        feiten.update({feit.id: feit for feit in indicator.feiten})
    return feiten


def toets(voorwaarde: Mapping[str, list[Antwoord]], antwoorden: Antwoorden, feiten: Mapping[str, Feit],
          _diepte: int = 0) -> Toetsing:
    """Whether `voorwaarde` holds on `antwoorden`. A feit whose own condition fails counts as not
    matching; a feit without an answer (or 'onbekend') leaves the condition undecided."""
    if _diepte > len(feiten):  # cycles are refused by kadercontrole; this only guards against a hang
        return Toetsing(Uitkomst.ONBESLIST)
    mislukt: list[str] = []
    onbeslist: list[str] = []
    for feit_id, toegestaan in voorwaarde.items():
        feit = feiten.get(feit_id)
        if feit is not None and feit.als:
            eigen = toets(feit.als, antwoorden, feiten, _diepte + 1)
            if eigen.uitkomst is Uitkomst.NEE:
                mislukt.append(feit_id)
                continue
            if eigen.uitkomst is Uitkomst.ONBESLIST:
                onbeslist.extend(eigen.beslissend)
                continue
        antwoord = antwoorden.get(feit_id)
        if antwoord is None or antwoord is Antwoord.ONBEKEND:
            onbeslist.append(feit_id)
        elif antwoord not in toegestaan:
            mislukt.append(feit_id)
    if mislukt:
        return Toetsing(Uitkomst.NEE, tuple(mislukt))
    if onbeslist:
        return Toetsing(Uitkomst.ONBESLIST, tuple(dict.fromkeys(onbeslist)))
    return GELDT


def vragen_op_niveau(indicator: Indicator, niveau: Niveau) -> list[Vraag]:
    """The feiten and eisen of `indicator` that are answered at `niveau`.

    Feiten are answered per dossier; on gemeente level only the eisen of that level count."""
    feiten: list[Vraag] = list(indicator.feiten) if niveau is Niveau.DOSSIER else []
    return [*feiten, *indicator.eisen_op(niveau)]


def wordt_beoordeeld_op(indicator: Indicator, niveau: Niveau) -> bool:
    return indicator.niveau in (niveau, Niveau.BEIDE)


def verzamel_antwoorden(algemeen: Mapping[str, Beantwoording], bevindingen: Mapping[str, IndicatorBevinding]
                        ) -> dict[str, Antwoord | None]:
    """All answers of a file by question id: the algemene feiten and every indicator's answers."""
    antwoorden = {sleutel: waarde.antwoord for sleutel, waarde in algemeen.items()}
    for bevinding in bevindingen.values():
        antwoorden.update({sleutel: waarde.antwoord for sleutel, waarde in bevinding.antwoorden.items()})
    return antwoorden


def voorwaarde_tekst(voorwaarde: Mapping[str, list[Antwoord]]) -> str:
    """A condition in words: ``feit = ja en ander-feit = nee``."""
    return " en ".join(f"{feit} = {' of '.join(a.value for a in antwoorden)}" for feit, antwoorden in voorwaarde.items())
