"""A small, text-free summary per judged file, so that an unchanged run need not load the file again.

After a file has been loaded, checked, scanned (full privacy scan) and judged, `maak` records what the gates and
the checks across files need of it: its problems (codes, positions and the messages the checks made, which never
repeat a text of the file), which file it is (dossier or gemeente), the gemeente, the dossier id, the beoordelaar
code, the datum, the kader (id and versie), the periode and beoordelaar codes of a gemeente file, the state of its
wederhoor (which points are still open) and the positions of those fields. No toelichting, citaat, context or any
other text of the dossier is stored, and no oordeel: an entry can only say what blocks and what the files are.

The entry is stored in namespace ``samenvatting`` of `controles.cache` (JSON, authenticated with the user's key),
under a key of exactly what the result depends on (`sleutel`): the program (its version and the bytes of its own
code and lists: `controles.vaststelling.programma`), the privacy scanner, the kaders (together `basis`, once per
run), the file's path and the SHA-256 of the bytes that were judged (`cache.afdruk`: the loader, the scan and the
key see one read of the file, so a file saved during the run is never taken for the text that was judged).
An entry that is missing, changed or not authentic gives None, and the caller loads the file as always.

`Samenvatting` answers like the models do where the checks across files ask (`gemeente`, `dossier`,
`beoordelaar`, `datum`, `kader.id`, `periode.van`, `probleem(code, melding, hint, veld)`), so
`controles.samenhang`, `controles.steekproefcontrole` and the wederhoor gate run on it unchanged. A position it did
not record raises `LookupError`: the caller then takes the full path instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..controles import cache, vaststelling
from ..controles.privacy import scannerversie
from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.yamlbron import Plek
from ..problemen import Ernst, Probleem
from .afleiden import Beoordeling

RUIMTE = "samenvatting"
"""The namespace of the entries in `controles.cache`."""

VERSIE = "2"
"""The shape of an entry (part of its key)."""

_VELDEN_DOSSIER = ("dossier", "gemeente", "kader", "datum", "beoordelaar")
_VELDEN_GEMEENTE = ("gemeente", "kader")


def basis(kaders: str) -> str:
    """What every summary of a run depends on besides its file: the shape of an entry, the program, the privacy
    scanner (with the lists as they are now) and the kaders (`kaders`: the register's fingerprint)."""
    return cache.sleutel(VERSIE, vaststelling.programma(), scannerversie(), kaders)


def sleutel(basis_: str, pad: str, afdruk: str) -> str:
    """The key of the summary of the file shown as `pad` whose judged bytes have SHA-256 `afdruk` (`cache.afdruk`),
    in a run with `basis_` (`basis`), with the full privacy scan."""
    return cache.sleutel(basis_, pad, afdruk)


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


def bewaar(sleutel_: str, data: dict[str, Any]) -> None:
    cache.bewaar(RUIMTE, sleutel_, data)


def lees(sleutel_: str, pad: str) -> Samenvatting | None:
    """The authentic summary under this key of the file shown as `pad`, or None (absent, changed, not ours, or of
    another shape)."""
    data = cache.lees(RUIMTE, sleutel_)
    if not isinstance(data, dict):
        return None
    try:
        return _uit(data, pad)
    except (KeyError, TypeError, ValueError, IndexError):
        return None


def _uit(data: dict[str, Any], pad: str) -> Samenvatting:
    plekken = {str(k): (int(v[0]), int(v[1])) for k, v in data["plekken"].items()}
    problemen = tuple(Probleem(pad=pad, regel=int(p[0]), kolom=int(p[1]), code=str(p[2]), melding=str(p[3]),
                               hint=str(p[4]), ernst=Ernst(p[5])) for p in data["problemen"])
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


