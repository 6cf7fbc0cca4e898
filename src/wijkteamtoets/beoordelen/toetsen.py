"""The one place that wires loading, checking and judging of dossier and gemeente files.

`toets_bestanden` loads every file (one bad file does not stop the others), checks it against its
kader, checks the set of files as a whole (copies, unknown gemeenten, dates and beoordelaars against the
gemeente file: `controles.samenhang`), scans it for personal data (warnings), derives the oordelen and returns plain results; the CLI
only renders them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..controles.laden import GeladenBestand, Kaderregister, laad_bevindingen
from ..controles.privacy import scan_bestand
from ..controles.samenhang import controleer_samenhang
from ..invoer.dossier import Gemeentebevindingen
from ..invoer.kader import Kader
from ..problemen import Ernst, Probleem
from .afleiden import Beoordeling, beoordeel_dossier, beoordeel_gemeente


@dataclass
class Uitslag:
    """Oordelen of every valid file and the problems of all files."""

    bestanden: list[Path]
    beoordelingen: list[Beoordeling] = field(default_factory=list)
    problemen: list[Probleem] = field(default_factory=list)
    gemeentebestanden: dict[str, Gemeentebevindingen] = field(default_factory=dict)
    kaders: dict[str, Kader] = field(default_factory=dict)  # per gemeente, the kader its files refer to


def toets_bestanden(bestanden: list[Path], register: Kaderregister,
                    voortgang: Callable[[Path], None] | None = None) -> Uitslag:
    """Load, check and judge each file, in the order given (callers pass them sorted). `voortgang`, if
    given, is called after each file (for a progress bar)."""
    uitslag = Uitslag(bestanden=bestanden)
    geladen_bestanden: list[GeladenBestand] = []
    for pad in bestanden:
        if voortgang is not None:
            voortgang(pad)
        geladen, problemen = laad_bevindingen(pad, register)
        uitslag.problemen.extend(problemen)
        uitslag.problemen.extend(scan_bestand(pad, Ernst.WAARSCHUWING))
        if geladen is not None:
            geladen_bestanden.append(geladen)
            beoordeling = _beoordeel(geladen)
            uitslag.kaders.setdefault(beoordeling.gemeente, geladen.kader)
            if geladen.gemeente is not None:
                uitslag.gemeentebestanden[geladen.gemeente.gemeente] = geladen.gemeente
            uitslag.beoordelingen.append(beoordeling)
            uitslag.problemen.extend(_afwijkingen_zonder_verschil(geladen, beoordeling))
    uitslag.problemen.extend(controleer_samenhang([g.dossier for g in geladen_bestanden if g.dossier is not None],
                                                  [g.gemeente for g in geladen_bestanden if g.gemeente is not None]))
    uitslag.problemen.sort()
    return uitslag


def _beoordeel(geladen: GeladenBestand) -> Beoordeling:
    if geladen.dossier is not None:
        return beoordeel_dossier(geladen.kader, geladen.dossier, geladen.pad)
    assert geladen.gemeente is not None
    return beoordeel_gemeente(geladen.kader, geladen.gemeente, geladen.pad)


def _afwijkingen_zonder_verschil(geladen: GeladenBestand, beoordeling: Beoordeling) -> list[Probleem]:
    bevindingen = (geladen.dossier or geladen.gemeente).indicatoren  # type: ignore[union-attr]
    problemen = []
    for oordeel in beoordeling.oordelen:
        if oordeel.afwijking is not None and oordeel.afwijking.oordeel is oordeel.afgeleid:
            afwijking = bevindingen[oordeel.indicator].afwijking
            assert afwijking is not None
            problemen.append(afwijking.probleem(
                "afwijking-zonder-verschil", f"de afwijking bij '{oordeel.indicator}' geeft hetzelfde oordeel "
                f"als het afgeleide ('{oordeel.afgeleid.value}')", "verwijder de afwijking", "oordeel",
                ernst=Ernst.WAARSCHUWING))
    return problemen
