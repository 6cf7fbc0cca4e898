"""Loading a consensus file and checking it against its kader: the rules a schema cannot express.

Errors: an unknown indicator or question, a question that belongs to another indicator or is judged on
the gemeente level, 'deels' on a feit, the same question changed twice, a basis that is not one of the
beoordelaars who agreed. Whether the consensus fits the ratings of its dossier (and what the dossier
looks like once the changes are applied) is checked where all files of a run are known, in
`beoordelen.dubbel`. Nothing here prints.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from ..invoer.consensus import Consensus
from ..invoer.kader import Antwoord, Feit, Kader, Niveau
from ..invoer.validatie import valideer
from ..invoer.voorwaarden import vragen_op_niveau, wordt_beoordeeld_op
from ..invoer.yamlbron import lees_yaml
from ..problemen import InvoerFout, Probleem, heeft_fouten, toon_waarde
from .laden import Kaderregister


def _suggestie(gegeven: str, bekend: list[str]) -> str:
    gelijkend = difflib.get_close_matches(gegeven, bekend, n=1)
    if gelijkend:
        return f"bedoelt u {toon_waarde(gelijkend[0], 'een ander id', bekend)}?"
    return "kijk met 'wijkteamtoets kader toon' welke ids er zijn"


def _ids(kader: Kader) -> set[str]:
    """Every id of a feit and eis in `kader`: known names that a message may show."""
    return {feit.id for feit in kader.feiten} | {vraag.id for _, _, indicator in kader.indicatoren()
                                                 for vraag in [*indicator.feiten, *indicator.eisen]}


def controleer_consensus(kader: Kader, consensus: Consensus) -> list[Probleem]:
    """Every problem of `consensus` against `kader`, sorted by place."""
    problemen: list[Probleem] = []
    if consensus.basis not in consensus.beoordelaars:
        problemen.append(consensus.probleem(
            "consensus-ongeldig", f"basis {toon_waarde(consensus.basis, 'van deze consensus')} staat niet bij de beoordelaars die het "
            "eens werden",
            f"kies als basis één van {', '.join(consensus.beoordelaars)}", "basis"))
    if len(set(consensus.beoordelaars)) != len(consensus.beoordelaars):
        problemen.append(consensus.probleem("consensus-ongeldig", "een beoordelaar staat twee keer in de lijst",
                                            "noem elke beoordelaar één keer", "beoordelaars"))
    indicatoren = {indicator.id: indicator for _, _, indicator in kader.indicatoren()}
    algemeen = {feit.id: feit for feit in kader.feiten}
    gezien: set[tuple[str | None, str]] = set()
    for wijziging in consensus.wijzigingen:
        sleutel = (wijziging.indicator, wijziging.vraag)
        if sleutel in gezien:
            problemen.append(wijziging.probleem("consensus-ongeldig", f"'{wijziging.vraag}' wordt twee keer "
                                                "gewijzigd", "houd één wijziging per vraag", "vraag"))
        gezien.add(sleutel)
        if wijziging.indicator is None:
            vragen: dict[str, object] = dict(algemeen)
            waar = "de algemene feiten"
        else:
            indicator = indicatoren.get(wijziging.indicator)
            if indicator is None:
                problemen.append(wijziging.probleem(
                    "onbekende-indicator", f"deze indicator bestaat niet in kader {kader.id} {kader.versie}",
                    _suggestie(wijziging.indicator, list(indicatoren)), "indicator"))
                continue
            if not wordt_beoordeeld_op(indicator, Niveau.DOSSIER):
                problemen.append(wijziging.probleem(
                    "verkeerd-niveau", f"indicator '{indicator.id}' wordt niet per dossier beoordeeld",
                    "een consensus gaat over een dossier; wijzig het gemeentebestand", "indicator"))
                continue
            vragen = {vraag.id: vraag for vraag in vragen_op_niveau(indicator, Niveau.DOSSIER)}
            waar = f"indicator '{indicator.id}'"
        vraag = vragen.get(wijziging.vraag)
        if vraag is None:
            problemen.append(wijziging.probleem(
                "onbekende-vraag", f"{toon_waarde(wijziging.vraag, 'deze vraag', _ids(kader))} is geen feit of eis (per dossier) "
                f"van {waar}",
                _suggestie(wijziging.vraag, list(vragen)), "vraag"))
        elif isinstance(vraag, Feit) and wijziging.antwoord is Antwoord.DEELS:
            problemen.append(wijziging.probleem("ongeldig-antwoord", f"feit '{wijziging.vraag}' kan niet 'deels' "
                                                "zijn", "een feit is ja, nee of onbekend", "antwoord"))
    for afwijking in consensus.afwijkingen:
        indicator = indicatoren.get(afwijking.indicator)
        if indicator is None or not wordt_beoordeeld_op(indicator, Niveau.DOSSIER):
            problemen.append(afwijking.probleem(
                "onbekende-indicator", f"{toon_waarde(afwijking.indicator, 'deze indicator', indicatoren, 'indicator')} wordt in kader "
                f"{kader.id} {kader.versie} "
                "niet per dossier beoordeeld", _suggestie(afwijking.indicator, list(indicatoren)), "indicator"))
    return sorted(problemen)


def laad_consensus(pad: Path, register: Kaderregister, ruw: bytes | None = None
                   ) -> tuple[Consensus | None, Kader | None, list[Probleem]]:
    """Load one consensus file (from `ruw` when the caller read it) and check it against its kader: (consensus or
    None, its kader, problems)."""
    try:
        consensus = valideer(lees_yaml(pad, ruw), Consensus)
    except InvoerFout as fout:
        return None, None, fout.problemen
    kader = register.zoek(consensus.kader)
    if kader is None:
        return None, None, [consensus.kader.probleem(
            "onbekend-kader", "dit kader of deze kaderversie bestaat niet",
            f"beschikbaar: {register.beschikbaar()}", "versie")]
    problemen = controleer_consensus(kader, consensus)
    return (None if heeft_fouten(problemen) else consensus), kader, problemen
