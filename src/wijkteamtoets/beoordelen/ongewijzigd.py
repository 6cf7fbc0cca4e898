"""An unchanged run judged from the file summaries (`samenvatting`), without loading the files again.

`lichte_uitslag` gives what the gates of `beoordelen.poorten` and the report cache need (every problem, which file
is which, the kaders, the onderzoek, the steekproeven and the wederhoor of each gemeente), built from the
authenticated summaries that the full judgement of each file left. It runs the checks across files
(`controles.samenhang`, `controles.steekproefcontrole`) again on the summaries. When any file lacks an authentic
summary (new, changed, tampered with, or judged by another program or against other kaders) it gives None and the
caller judges every file as always: a summary only ever saves work, it never decides on its own.

Each file is read once (`toetsen.lees_eenmaal`): the key of its summary, the loading and scanning of the onderzoek,
steekproef and consensus files and the keys of the reports (`Uitslag.afdrukken`) are all of those bytes. An
unchanged run so costs about reading and hashing the files, one cache entry per file and the checks across files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..controles import cache
from ..controles.laden import Kaderregister, laad_bevindingen
from ..controles.privacy import scan_bestand
from ..controles.samenhang import controleer_samenhang
from ..controles.steekproefcontrole import vergelijk_met_steekproef
from ..invoer.bestanden import is_consensusbestand, is_onderzoeksbestand, is_steekproefbestand
from ..invoer.lezen import MAX_BYTES
from ..problemen import Ernst, pad_tekst
from . import samenvatting
from .toetsen import Uitslag, laad_onderzoek_in, laad_steekproef_in, lees_eenmaal, pas_consensussen_toe

if TYPE_CHECKING:  # an unchanged run builds no model: the models' modules load only for a consensus file
    from ..invoer.consensus import Consensus
    from ..invoer.dossier import Dossier, Gemeentebevindingen
    from ..invoer.kader import Kader


def lichte_uitslag(bestanden: list[Path], register: Kaderregister) -> Uitslag | None:
    """The outcome of a run over `bestanden` as the gates see it, from the summaries: every problem (of each file
    and across files), which file is which (Beoordelingen without oordelen), the kader per gemeente, the onderzoek
    and the steekproeven (read as always: one small file each) and the wederhoor of each gemeente file. None when
    some file has no authentic summary, or when the run needs more than the summaries hold (a previous round):
    then the caller judges every file as always. Consensus files are read and applied as always, with only the
    ratings they join loaded again."""
    uitslag = Uitslag(bestanden=sorted(dict.fromkeys(bestanden)))
    consensusbestanden: list[tuple[Path, bytes]] = []
    leden: dict[Path, tuple[str, str]] = {}  # the dossier and gemeente files: shown path, SHA-256 of their bytes
    for pad in uitslag.bestanden:
        toon = pad_tekst(pad)
        ruw = lees_eenmaal(pad, uitslag, toon)
        if ruw is None:  # a file that cannot be read: the full run says why
            return None
        if is_consensusbestand(pad):
            consensusbestanden.append((pad, ruw))
        elif is_onderzoeksbestand(pad) or is_steekproefbestand(pad):
            uitslag.problemen.extend(scan_bestand(pad, Ernst.WAARSCHUWING, True, ruw=ruw))
            (laad_onderzoek_in if is_onderzoeksbestand(pad) else laad_steekproef_in)(pad, uitslag, ruw)
        else:
            leden[pad] = (toon, uitslag.afdrukken[toon])
    if uitslag.onderzoek is not None and uitslag.onderzoek.vorige is not None:
        return None
    gevonden = samenvatting.lees(samenvatting.basis(register.vingerafdruk), leden)
    if gevonden is None:
        return None
    samenvattingen = [gevonden[pad] for pad in leden]
    paden = {s.pad: pad for pad, s in gevonden.items()}
    for s in samenvattingen:
        uitslag.problemen.extend(s.problemen)
        uitslag.alle_gemeenten.add(s.gemeente)
        try:
            uitslag.kaders.setdefault(s.gemeente, register.zoek_sleutel((s.kader.id, s.kader.versie)))
        except KeyError:
            return None
        if s.soort == "gemeente":
            uitslag.gemeentebestanden[s.gemeente] = cast("Gemeentebevindingen", s)  # answers as the model does
        uitslag.beoordelingen.append(s.beoordeling())
    dossiers = cast("list[Dossier]", [s for s in samenvattingen if s.soort == "dossier"])
    gemeenten = cast("list[Gemeentebevindingen]", [s for s in samenvattingen if s.soort == "gemeente"])
    try:
        uitslag.problemen.extend(controleer_samenhang(dossiers, gemeenten))
        uitslag.problemen.extend(vergelijk_met_steekproef(uitslag.steekproeven.values(), dossiers))
    except LookupError:  # a check asked for a position that is not recorded: judge as always
        return None
    if consensusbestanden and not _consensussen(consensusbestanden, samenvattingen, paden, register, uitslag):
        return None
    uitslag.problemen.sort()
    return uitslag


def _consensussen(bestanden: list[tuple[Path, bytes]], samenvattingen: list[samenvatting.Samenvatting],
                  paden: dict[str, Path], register: Kaderregister, uitslag: Uitslag) -> bool:
    """Apply the consensus files (with their bytes) as the full run does (`toetsen.pas_consensussen_toe`), loading
    only the ratings they join (a consensus is checked against those dossiers); False when one of them does not
    load, or no longer has the bytes its summary was found for."""
    from ..controles.consensuscontrole import laad_consensus

    consensussen: list[tuple[str, Consensus, Kader]] = []
    for pad, ruw in bestanden:
        consensus, kader, problemen = laad_consensus(pad, register, ruw)
        uitslag.problemen.extend([*problemen, *scan_bestand(pad, Ernst.WAARSCHUWING, True, ruw=ruw)])
        if consensus is not None and kader is not None:
            consensussen.append((pad_tekst(pad), consensus, kader))
    nodig = {(c.gemeente, c.dossier) for _, c, _ in consensussen}
    per_dossier: dict[tuple[str, str], dict[str, Dossier]] = {}
    for s in samenvattingen:
        if s.soort == "dossier" and (s.gemeente, s.dossier) in nodig:
            opnieuw = cache.bestandsinhoud(paden[s.pad], MAX_BYTES)
            if opnieuw is None or cache.afdruk(opnieuw) != uitslag.afdrukken.get(s.pad):
                return False
            geladen, _ = laad_bevindingen(paden[s.pad], register, ruw=opnieuw)
            if geladen is None or geladen.dossier is None:
                return False
            per_dossier.setdefault((s.gemeente, s.dossier), {})[geladen.dossier.beoordelaar] = geladen.dossier
    uitslag.problemen.extend(pas_consensussen_toe(consensussen, per_dossier, uitslag))
    return True
