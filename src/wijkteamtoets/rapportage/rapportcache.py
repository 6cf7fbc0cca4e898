"""An unchanged report run renders nothing: per report, what it was made from and a fingerprint of what was written.

A deelrapport depends on the program (its version, its own code and templates, the rendering libraries), the kaders, the
onderzoek, the files of its gemeente (dossiers, consensus, steekproef and gemeente file, by the SHA-256 of the bytes
the judgement was made from: `Uitslag.afdrukken`, so a file saved while the run reads it is not taken for the
text that was judged, and no file is read a second time for a key), the options
(format, own templates, pseudonymous ids shown) and the development since the previous round. `Rapportcache`
makes a key of exactly that (`deelrapport`); the overarching report's key covers the keys of every deelrapport
(`overkoepelend`). After a report was written, the entry under its key (namespace ``rapport`` of
`controles.cache`: JSON, signed with the user's key) holds only an HMAC fingerprint of the written file
(`cache.vingerafdruk`), never a text of the report or of the files. The next run with ``--overschrijf`` skips
rendering a report when its key is found and the file at the target still has that fingerprint; anything else
(another key, a changed or missing output file, an entry that is not authentic) renders it again.

The judgement of every file and every gate (`beoordelen.poorten`) runs on every run before this: a report is only
skipped when the run was allowed to write it, so no verdict comes from this cache. The report data itself is
never stored, so whatever fields the report data gains, the cache stays generic over it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..beoordelen.toetsen import Uitslag
from ..controles import cache, vaststelling
from ..invoer.bestanden import is_onderzoeksbestand
from ..invoer.gemeenten import slug
from ..invoer.lezen import MAX_BYTES
from ..problemen import pad_tekst

RUIMTE = "rapport"
"""The namespace of the entries in `controles.cache`."""


def _inhoud(pad: Path) -> bytes:
    return cache.bestandsinhoud(pad, MAX_BYTES) or b"?"


def _afdruk(uitslag: Uitslag, toon: str, pad: Path) -> str:
    """The SHA-256 of the bytes the file shown as `toon` was judged from (read now only for a file the judgement
    did not read)."""
    afdruk = uitslag.afdrukken.get(toon)
    return afdruk if afdruk is not None else cache.afdruk(_inhoud(pad))


def _map_inhoud(map_: Path | None) -> list[str | bytes]:
    if map_ is None:
        return ["-"]
    return [deel for p in sorted(map_.rglob("*")) if p.is_file() for deel in (p.relative_to(map_).as_posix(), _inhoud(p))]


def _json(waarde: Any) -> str:
    return json.dumps(waarde, sort_keys=True, default=str, ensure_ascii=False)


@dataclass
class Rapportcache:
    """The keys of the reports of one run (see the module docstring) and their entries."""

    basis: str
    bestanden_van: dict[str, list[tuple[str, str]]]  # per gemeente slug: the files its deelrapport is made from
    sleutels: dict[Path, str] = field(default_factory=dict)  # per target: its key
    geschreven: dict[Path, str] = field(default_factory=dict)  # per target rendered in this run: its fingerprint

    @classmethod
    def voor(cls, uitslag: Uitslag, bestanden: Iterable[Path], vingerafdruk_kaders: str, *, formaat: str,
             sjabloonmap: Path | None, toon_dossiers: bool) -> Rapportcache:
        """The cache of a report run over `bestanden` (judged into `uitslag`) with these options."""
        per_pad = {pad_tekst(p): p for p in bestanden}  # per shown path (as judgements name their file)
        onderzoek = [deel for toon in sorted(per_pad) if is_onderzoeksbestand(per_pad[toon])
                     for deel in (toon, _afdruk(uitslag, toon, per_pad[toon]))]
        bestanden_van: dict[str, set[str]] = {}
        for beoordeling in uitslag.beoordelingen:
            if beoordeling.pad in per_pad:
                bestanden_van.setdefault(slug(beoordeling.gemeente), set()).add(beoordeling.pad)
        for gemeente, steekproef in uitslag.steekproeven.items():
            pad = steekproef.probleem("steekproef-dubbel", "").pad
            if pad in per_pad:
                bestanden_van.setdefault(slug(gemeente), set()).add(pad)
        basis = cache.sleutel(vaststelling.programma(), vingerafdruk_kaders, "onderzoek", *onderzoek, "opties", formaat,
                              str(toon_dossiers), "sjablonen", *_map_inhoud(sjabloonmap))
        return cls(basis=basis, bestanden_van={g: [(toon, _afdruk(uitslag, toon, per_pad[toon])) for toon in sorted(tonen)]
                                               for g, tonen in bestanden_van.items()})

    def deelrapport(self, doel: Path, gemeente: str, ontwikkeling: Any) -> str:
        """The key of the deelrapport of `gemeente` written to `doel`."""
        bestanden = self.bestanden_van.get(slug(gemeente), [])
        sleutel = cache.sleutel(self.basis, "deelrapport", gemeente, doel.name, _json(ontwikkeling),
                                *(deel for toon, afdruk in bestanden for deel in (toon, afdruk)))
        self.sleutels[doel] = sleutel
        return sleutel

    def overkoepelend(self, doel: Path, namen: dict[str, str], ontwikkeling: Any) -> str:
        """The key of the overarching report written to `doel`: over the keys of every deelrapport (call
        `deelrapport` for each first) and the file names the report links to."""
        sleutel = cache.sleutel(self.basis, "overkoepelend", doel.name, _json(namen), _json(ontwikkeling),
                                *sorted(self.sleutels.values()))
        self.sleutels[doel] = sleutel
        return sleutel

    def ongewijzigd(self, doel: Path) -> bool:
        """Whether `doel` holds what this run would write: its key has an authentic entry and the file at `doel`
        still has the fingerprint stored there."""
        sleutel = self.sleutels.get(doel)
        if sleutel is None:
            return False
        bewaard = cache.lees(RUIMTE, sleutel)
        if not isinstance(bewaard, dict) or not isinstance(bewaard.get("uitvoer"), str):
            return False
        try:
            if not doel.is_file() or doel.is_symlink():
                return False
            huidig = cache.vingerafdruk(RUIMTE, doel.read_bytes())
        except OSError:
            return False
        return huidig is not None and huidig == bewaard["uitvoer"]

    def gemaakt(self, doel: Path, inhoud: str | bytes) -> None:
        """Remember the fingerprint of what was rendered for `doel` (stored by `bewaar` once the set is written)."""
        vingerafdruk = cache.vingerafdruk(RUIMTE, inhoud.encode("utf-8") if isinstance(inhoud, str) else inhoud)
        if vingerafdruk is not None:
            self.geschreven[doel] = vingerafdruk

    def bewaar(self) -> None:
        """Store the entry of every report written in this run (only its fingerprint)."""
        for doel, vingerafdruk in self.geschreven.items():
            if doel in self.sleutels:
                cache.bewaar(RUIMTE, self.sleutels[doel], {"uitvoer": vingerafdruk})
