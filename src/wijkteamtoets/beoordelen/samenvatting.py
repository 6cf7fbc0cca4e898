"""A small, text-free summary per judged file, so that an unchanged run need not load the file again.

After a file has been loaded, checked, scanned (full privacy scan) and judged, `maak` records what the gates and
the checks across files need of it: its problems (codes, positions and the messages the checks made, which never
repeat a text of the file), which file it is (dossier or gemeente), the gemeente, the dossier id, the beoordelaar
code, the datum, the kader (id and versie), the periode and beoordelaar codes of a gemeente file, the state of its
wederhoor (which points are still open) and the positions of those fields. No toelichting, citaat, context or any
other text of the dossier is stored, and no oordeel: an entry can only say what blocks and what the files are.

The summaries of the files of one folder (in a national round: the dossiers of one gemeente; a folder of more than
`BUNDEL` files is split in sorted order) share one entry in namespace ``samenvatting`` of `controles.cache` (JSON,
authenticated with the user's key), so an unchanged run reads one entry per folder, not one per file. Its key
holds exactly what the summaries depend on (`bundelsleutel`): the program (its version and the bytes of its own
code and lists: `controles.vaststelling.programma`), the privacy scanner, the kaders (together `basis`, once per
run), and of every file in it the path and the SHA-256 of the bytes that were judged (`cache.afdruk`: the loader,
the scan and the key see one read of the file, so a file saved during the run is never taken for the text that
was judged). An entry is only written when every file of its group has a summary; one that is missing, changed or
not authentic gives None, and the caller loads the files as always.

`Samenvatting` answers like the models do where the checks across files ask (`gemeente`, `dossier`,
`beoordelaar`, `datum`, `kader.id`, `periode.van`, `probleem(code, melding, hint, veld)`), so
`controles.samenhang`, `controles.steekproefcontrole` and the wederhoor gate run on it unchanged. A position it did
not record raises `LookupError`: the caller then takes the full path instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..controles import cache, vaststelling
from ..controles.privacy import scannerversie
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.yamlbron import Plek
from ..problemen import Ernst, Probleem, pad_tekst
from .afleiden import Beoordeling

RUIMTE = "samenvatting"
"""The namespace of the entries in `controles.cache`."""

VERSIE = "3"
"""The shape of an entry (part of its key)."""

BUNDEL = 200
"""At most this many files share one entry (so that no entry outgrows what `cache.MAX_INGANG` reads)."""

_VELDEN_DOSSIER = ("dossier", "gemeente", "kader", "datum", "beoordelaar")
_VELDEN_GEMEENTE = ("gemeente", "kader")


def basis(kaders: str) -> str:
    """What every summary of a run depends on besides its file: the shape of an entry, the program, the privacy
    scanner (with the lists as they are now) and the kaders (`kaders`: the register's fingerprint)."""
    return cache.sleutel(VERSIE, vaststelling.programma(), scannerversie(), kaders)


def bundelsleutel(basis_: str, leden: list[tuple[str, str]]) -> str:
    """The key of the summaries of the files shown as the paths in `leden`, each with the SHA-256 of its judged
    bytes (`cache.afdruk`), in a run with `basis_` (`basis`), with the full privacy scan."""
    return cache.sleutel(basis_, *(deel for lid in leden for deel in lid))


def groepen(paden: list[Path]) -> list[list[Path]]:
    """`paden` (sorted) by folder, each folder in parts of at most `BUNDEL` files: the files that share an entry."""
    per_map: dict[Path, list[Path]] = {}
    for pad in paden:
        per_map.setdefault(pad.parent, []).append(pad)
    return [leden[begin:begin + BUNDEL] for leden in per_map.values() for begin in range(0, len(leden), BUNDEL)]


class Verwijzing(NamedTuple):
    """The kader a file refers to."""

    id: str
    versie: str


class Tijdvak(NamedTuple):
    """The periode of a gemeente file."""

    van: dt.date
    tot: dt.date


_GEEN_KADER = Verwijzing("", "")


@dataclass(frozen=True)
class _Geplaatst:
    """Something with recorded positions: answers `probleem` as a model does, at a recorded field only."""

    pad: str
    plekken: dict[str, tuple[int, int]]

    def probleem(self, code: str, melding: str, hint: str = "", *veld: str | int, ernst: Ernst = Ernst.FOUT
                 ) -> Probleem:
        naam = "" if not veld or veld == ("",) else ".".join(str(v) for v in veld)
        if naam not in self.plekken:
            raise LookupError(f"no recorded position for {naam!r}")
        regel, kolom = self.plekken[naam]
        return Probleem(pad=self.pad, regel=regel, kolom=kolom, code=code, melding=melding, hint=hint, ernst=ernst)


@dataclass(frozen=True)
class Punt(_Geplaatst):
    """One point of a gemeente's reaction: only whether it has an afhandeling."""

    afhandeling: bool | None = None  # None: still open


@dataclass(frozen=True)
class Reactie:
    punten: tuple[Punt, ...]


@dataclass(frozen=True)
class Samenvatting(_Geplaatst):
    """The summary of one dossier or gemeente file (see the module docstring)."""

    soort: str = "dossier"  # or "gemeente"
    problemen: tuple[Probleem, ...] = ()
    gemeente: str = ""
    kader: Verwijzing = _GEEN_KADER
    naam: str = ""  # the Beoordeling's naam: the dossier id or the gemeente
    dossier: str = ""
    beoordelaar: str = ""
    datum: dt.date | None = None
    periode: Tijdvak | None = None
    beoordelaars: tuple[str, ...] = ()
    wederhoor: Reactie | None = None

    def beoordeling(self) -> Beoordeling:
        """A Beoordeling without oordelen: which file of which gemeente (all the gates ask of one)."""
        return Beoordeling(naam=self.naam, gemeente=self.gemeente, pad=self.pad, soort=self.soort,
                           beoordelaar=self.beoordelaar, datum=self.datum)


def _plekken(model: Dossier | Gemeentebevindingen, velden: tuple[str, ...]) -> dict[str, list[int]]:
    """Line and column of the model itself (key "") and of each of `velden`."""
    uit = {}
    for veld in ("", *velden):
        uit[veld] = _regel_kolom(model.plek(*((veld,) if veld else ())))
    return uit


def _regel_kolom(plek: Plek | None) -> list[int]:
    return [plek.regel, plek.kolom] if plek is not None else [1, 1]


def maak(model: Dossier | Gemeentebevindingen, beoordeling: Beoordeling,
         problemen: list[Probleem]) -> dict[str, Any] | None:
    """The entry of a file that loaded and was judged (call while its positions are still known); None when a
    problem lies in another file or folder (the entry names no path, so it could not give that one back)."""
    if any(p.pad != beoordeling.pad for p in problemen):
        return None
    data: dict[str, Any] = {
        "naam": beoordeling.naam, "beoordelaar": beoordeling.beoordelaar,
        "gemeente": model.gemeente, "kader": [model.kader.id, model.kader.versie],
        # no path: a file name can hold a name; the key holds the path, so reading gives it back (`_uit`)
        "problemen": [[p.regel, p.kolom, p.code, p.melding, p.hint, p.ernst.value] for p in problemen]}
    if isinstance(model, Dossier):
        data |= {"soort": "dossier", "plekken": _plekken(model, _VELDEN_DOSSIER), "dossier": model.dossier,
                 "datum": model.datum.isoformat()}
        return data
    data |= {"soort": "gemeente", "plekken": _plekken(model, _VELDEN_GEMEENTE), "beoordelaars": list(model.beoordelaars),
             "periode": [model.periode.van.isoformat(), model.periode.tot.isoformat()], "wederhoor": None}
    if model.wederhoor is not None:
        data["wederhoor"] = [[*_regel_kolom(punt.plek()), punt.afhandeling is not None]
                             for punt in model.wederhoor.punten]
    return data


class Bewaarder:
    """Stores the summaries of a run over `paden` group by group (`groepen`), each as soon as every file of it has
    been judged, so that a run holds the entries of a few groups at a time, not of every file."""

    def __init__(self, basis_: str, paden: list[Path]) -> None:
        self.basis = basis_
        self._groep: dict[Path, list[Path]] = {pad: groep for groep in groepen(sorted(paden)) for pad in groep}
        self._binnen: dict[Path, tuple[str, dict[str, Any] | None]] = {}

    def voeg_toe(self, pad: Path, afdruk: str | None, ingang: dict[str, Any] | None) -> None:
        """The file `pad` was judged: the SHA-256 of its bytes and its entry (`maak`; None when it has none, and
        then its group is not stored)."""
        groep = self._groep.get(pad)
        if groep is None or afdruk is None:
            return
        self._binnen[pad] = (afdruk, ingang)
        if any(lid not in self._binnen for lid in groep):
            return
        leden = [self._binnen.pop(lid) for lid in groep]
        data = [ingang for _, ingang in leden if ingang is not None]
        if len(data) == len(groep):
            cache.bewaar(RUIMTE, bundelsleutel(self.basis, [(pad_tekst(lid), afdruk) for lid, (afdruk, _) in
                                                            zip(groep, leden, strict=True)]), {"bestanden": data})


def lees(basis_: str, leden: dict[Path, tuple[str, str]]) -> dict[Path, Samenvatting] | None:
    """The authentic summaries of the files in `leden` (each with its shown path and the SHA-256 of its bytes as
    read in this run), or None when a group of them has no authentic entry of the right shape (absent, changed,
    not ours)."""
    gevonden: dict[Path, Samenvatting] = {}
    for groep in groepen(sorted(leden)):
        data = cache.lees(RUIMTE, bundelsleutel(basis_, [leden[pad] for pad in groep]))
        if not isinstance(data, dict) or not isinstance(data.get("bestanden"), list) or len(
                data["bestanden"]) != len(groep):
            return None
        try:
            gevonden.update((pad, _uit(ingang, leden[pad][0])) for pad, ingang in zip(groep, data["bestanden"],
                                                                                      strict=True))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None
    return gevonden


_ERNST = {ernst.value: ernst for ernst in Ernst}


def _uit(data: dict[str, Any], pad: str) -> Samenvatting:
    plekken = {str(k): (int(v[0]), int(v[1])) for k, v in data["plekken"].items()}
    problemen = tuple(Probleem(pad, int(p[0]), int(p[1]), str(p[2]), str(p[3]), str(p[4]), _ERNST[p[5]])
                      for p in data["problemen"])
    gedeeld: dict[str, Any] = {"pad": pad, "plekken": plekken, "problemen": problemen, "gemeente": str(data["gemeente"]),
                 "kader": Verwijzing(str(data["kader"][0]), str(data["kader"][1])), "naam": str(data["naam"]),
                 "beoordelaar": str(data["beoordelaar"])}
    if data["soort"] == "dossier":
        return Samenvatting(soort="dossier", dossier=str(data["dossier"]), datum=dt.date.fromisoformat(data["datum"]),
                            **gedeeld)
    if data["soort"] != "gemeente":
        raise ValueError("unknown kind")
    reactie = None
    if data["wederhoor"] is not None:
        reactie = Reactie(tuple(Punt(pad=pad, plekken={"": (int(r), int(k))}, afhandeling=True if af else None)
                                for r, k, af in data["wederhoor"]))
    van, tot = (dt.date.fromisoformat(d) for d in data["periode"])
    return Samenvatting(soort="gemeente", periode=Tijdvak(van, tot), beoordelaars=tuple(map(str, data["beoordelaars"])),
                        wederhoor=reactie, **gedeeld)


