"""A ready-to-fill consensus file for a dossier that two beoordelaars rated independently. Pure text.

`consensus_sjabloon` compares the two ratings question by question and lists every answer they differ on
as a wijziging to settle: the answers of both beoordelaars stand beside it as a comment, the agreed
answer and the reason are left empty. Until each is filled in, `beoordeel` reports the empty reasons, so
no difference is silently settled. The earlier rating (by datum, then beoordelaar code) is the basis.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from .dossier import Beantwoording, Dossier
from .kader import Eis, Kader, Niveau, Vraag
from .voorwaarden import vragen_op_niveau, wordt_beoordeeld_op


@dataclass(frozen=True)
class Verschil:
    """One question the two ratings answer differently."""

    nummer: str  # of the indicator ('' for an algemeen feit)
    indicator: str | None
    vraag: Vraag
    basis: str  # the answer in words ('leeg' when not filled in)
    ander: str


def _antwoord(beantwoording: Beantwoording | None) -> str:
    if beantwoording is None or beantwoording.antwoord is None:
        return "leeg"
    return beantwoording.antwoord.value


def basis_en_ander(een: Dossier, twee: Dossier) -> tuple[Dossier, Dossier]:
    """The basis rating (earliest datum, then beoordelaar code) and the other one."""
    eerst, later = sorted((een, twee), key=lambda d: (d.datum, d.beoordelaar))
    return eerst, later


def verschillen(kader: Kader, basis: Dossier, ander: Dossier) -> list[Verschil]:
    """Every question of `kader` (per dossier) that the two ratings answer differently, in kader order."""
    uitkomst = [Verschil("", None, feit, _antwoord(basis.feiten.get(feit.id)), _antwoord(ander.feiten.get(feit.id)))
                for feit in kader.feiten]
    for nummer, _, _, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, Niveau.DOSSIER):
            continue
        van_basis = basis.indicatoren.get(indicator.id)
        van_ander = ander.indicatoren.get(indicator.id)
        for vraag in vragen_op_niveau(indicator, Niveau.DOSSIER):
            uitkomst.append(Verschil(
                str(nummer), indicator.id, vraag,
                _antwoord(van_basis.antwoorden.get(vraag.id) if van_basis else None),
                _antwoord(van_ander.antwoorden.get(vraag.id) if van_ander else None)))
    return [v for v in uitkomst if v.basis != v.ander]


def consensus_sjabloon(kader: Kader, een: Dossier, twee: Dossier, *, datum: dt.date) -> str:
    """The consensus file for the ratings `een` and `twee` of one dossier, with every difference to settle."""
    basis, ander = basis_en_ander(een, twee)
    lijst = verschillen(kader, basis, ander)
    regels = [
        "# Consensus voor wijkteamtoets: de afgesproken versie van een dossier dat twee beoordelaars "
        "onafhankelijk beoordeelden.",
        f"# Alles wat hieronder niet verandert, blijft zoals {basis.beoordelaar} het beoordeelde (de basis).",
        "# Vul bij elk verschil het afgesproken antwoord in (ja, deels, nee, onbekend; leeg: het antwoord vervalt)",
        "# en schrijf de reden. Is het antwoord van de basis het afgesproken antwoord, verwijder dan de wijziging.",
        "# Schrijf nooit namen, BSN, adressen of geboortedata.",
        "",
        f"dossier: {basis.dossier}",
        f"gemeente: {json.dumps(basis.gemeente, ensure_ascii=False)}",
        f"kader: {{id: {kader.id}, versie: {json.dumps(kader.versie)}}}",
        f"beoordelaars: [{basis.beoordelaar}, {ander.beoordelaar}]        # wie het eens werden (codes, nooit namen)",
        f"datum: {datum.isoformat()}                 # datum van het consensusoverleg",
        f"basis: {basis.beoordelaar}",
        'toelichting: ""                   # korte samenvatting van het overleg',
    ]
    if not lijst:
        regels += ["# De beoordelingen geven op elke vraag hetzelfde antwoord: er is niets te bespreken.",
                   "wijzigingen: []"]
        return "\n".join(regels) + "\n"
    regels += [f"# {len(lijst)} {'verschil' if len(lijst) == 1 else 'verschillen'} om te bespreken.", "wijzigingen:"]
    for verschil in lijst:
        soort = "feit" if not isinstance(verschil.vraag, Eis) else ("eis (kern)" if verschil.vraag.kern else "eis")
        waar = f"{verschil.nummer} {verschil.indicator}" if verschil.indicator else "algemeen feit"
        regels += [f"  # {waar}, {soort}: {' '.join(verschil.vraag.vraag.split())}",
                   f"  #   {basis.beoordelaar}: {verschil.basis}; {ander.beoordelaar}: {verschil.ander}"]
        if verschil.indicator:
            regels.append(f"  - indicator: {verschil.indicator}")
            regels.append(f"    vraag: {verschil.vraag.id}")
        else:
            regels.append(f"  - vraag: {verschil.vraag.id}")
        regels += ["    antwoord:", "    reden:"]
    return "\n".join(regels) + "\n"
