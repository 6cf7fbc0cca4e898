"""Vaststelling: freezing a definitive onderzoek, so that its reports can be made again exactly or not at all.

`vaststelling(map_, ...)` describes the onderzoek in folder `map_` as a manifest (``vastgesteld.json`` beside
``onderzoek.yaml``): the SHA-256 of every input file (relative to the folder), of each kader the files refer to,
and the program version. `controleer_vaststelling(map_, ...)` compares the folder with its manifest: a file
that changed, appeared or disappeared is a `vaststelling-gewijzigd` error naming the file, and so is a changed
kader; another program version is a warning (the rules may have changed). Nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..invoer.bestanden import verzamel_bestanden
from ..invoer.kader import Kader
from ..invoer.lezen import lees_begrensd
from ..problemen import Ernst, Probleem, pad_tekst, toon_pad

MANIFEST = "vastgesteld.json"
"""The file name of the manifest, beside onderzoek.yaml (JSON, so it is never read as a dossier)."""


def programmaversie() -> str:
    """The installed program's version, as a manifest records it (from the package metadata, so that no stage
    imports the package root)."""
    from importlib.metadata import version

    return version("wijkteamtoets")


RUIMTE = "programma"
"""The cache namespace of the hash of the program's files, per state of those files."""


@functools.cache
def programma() -> str:
    """The program as a derived result depends on it: its version, the versions of the libraries that render, and
    the bytes of the package's own code, templates and lists (so a development install that changes a rule or a
    template is a new program). Part of the key of every cached report and file summary.

    The bytes are hashed once per state of the files: the hash is kept in the cache under the path, size and
    time of change of every file (`kadercache.programma`, as the kader checks are keyed), so a run whose files
    did not change reads none of them (1.5 MB); a file that changed is hashed again."""
    from importlib.metadata import PackageNotFoundError, version

    from . import cache, kadercache

    versies = []
    for pakket in ("wijkteamtoets", "jinja2", "markupsafe", "pandas", "weasyprint"):
        try:
            versies.append(f"{pakket} {version(pakket)}")
        except PackageNotFoundError:
            versies.append(f"{pakket} -")
    pakket_map = Path(__file__).parent.parent
    stempel = cache.sleutel(str(pakket_map.resolve()), kadercache.programma())
    inhoud = cache.lees(RUIMTE, stempel)
    if not (isinstance(inhoud, str) and len(inhoud) == 64):
        inhoud = _inhoud(pakket_map)
        cache.bewaar(RUIMTE, stempel, inhoud)
    return cache.sleutel(*versies, inhoud)


def _inhoud(pakket_map: Path) -> str:
    """The hash of the path and bytes of every file of the package (not its bytecode)."""
    from . import cache

    bestanden = sorted(p for p in pakket_map.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.suffix not in (".pyc", ".pickle"))
    return cache.sleutel(*(deel for p in bestanden for deel in (p.relative_to(pakket_map).as_posix(), p.read_bytes())))


def manifestpad(map_: Path) -> Path:
    return map_ / MANIFEST


def is_vastgesteld(map_: Path) -> bool:
    return manifestpad(map_).is_file()


def _hash(pad: Path) -> str:
    return hashlib.sha256(lees_begrensd(pad)).hexdigest()


def _bestanden(map_: Path) -> dict[str, str]:
    """Every input file of the onderzoek in `map_` (relative posix path) with its SHA-256."""
    return {pad.resolve().relative_to(map_.resolve()).as_posix(): _hash(pad) for pad in verzamel_bestanden([map_])}


def _kaderhash(kader: Kader) -> tuple[str, str]:
    """The path shown for a kader and the SHA-256 of its file."""
    pad = kader.probleem("dubbel-id", "").pad
    return pad, _hash(Path(pad))


@dataclass(frozen=True)
class Vaststelling:
    """The manifest of a vastgesteld onderzoek."""

    titel: str
    versie: str
    datum: str
    programma: str
    bestanden: dict[str, str]
    kaders: list[dict[str, str]]

    def als_json(self) -> str:
        return json.dumps({"onderzoek": {"titel": self.titel, "versie": self.versie}, "vastgesteld_op": self.datum,
                           "programma": self.programma, "kaders": self.kaders, "bestanden": self.bestanden},
                          ensure_ascii=False, indent=2) + "\n"


def vaststelling(map_: Path, titel: str, versie: str, kaders: Iterable[Kader], programma: str,
                 datum: dt.date) -> Vaststelling:
    """The manifest of the onderzoek in `map_`, with the kaders its files refer to."""
    kaderlijst = []
    for kader in sorted({(k.id, k.versie): k for k in kaders}.values(), key=lambda k: (k.id, k.versie)):
        _, sha = _kaderhash(kader)
        kaderlijst.append({"id": kader.id, "versie": kader.versie, "sha256": sha})
    return Vaststelling(titel=titel, versie=versie, datum=datum.isoformat(), programma=programma,
                        bestanden=_bestanden(map_), kaders=kaderlijst)


def lees_vaststelling(map_: Path) -> tuple[dict[str, Any] | None, list[Probleem]]:
    pad = manifestpad(map_)
    try:
        gegevens = json.loads(lees_begrensd(pad).decode("utf-8"))
        if not (isinstance(gegevens, dict) and isinstance(gegevens.get("bestanden"), dict)
                and isinstance(gegevens.get("kaders"), list)):
            raise ValueError
    except (OSError, ValueError):
        return None, [Probleem(pad_tekst(pad), 1, 1, "vaststelling-ongeldig", "het vaststellingsbestand is onleesbaar "
                               "of onvolledig", "herstel het uit het archief of versiebeheer; maak het niet opnieuw "
                               "zonder na te gaan wat er veranderde")]
    return gegevens, []


def controleer_vaststelling(map_: Path, kaders: Iterable[Kader], programma: str) -> list[Probleem]:
    """The differences between the onderzoek in `map_` and its manifest (none when it is not vastgesteld).
    `kaders`: the kaders available now, to compare those recorded in the manifest with."""
    if not is_vastgesteld(map_):
        return []
    gegevens, problemen = lees_vaststelling(map_)
    if gegevens is None:
        return problemen
    manifest, getoond = pad_tekst(manifestpad(map_)), toon_pad(manifestpad(map_))
    hint = ("het onderzoek is vastgesteld: zet het bestand terug zoals het was, of maak een nieuwe versie van het "
            "onderzoek in een nieuwe map")
    vastgelegd: dict[str, str] = gegevens["bestanden"]
    nu = _bestanden(map_)
    for naam in sorted(set(vastgelegd) | set(nu)):
        pad, bestand = pad_tekst(map_ / naam), toon_pad(map_ / naam, onder=map_)
        if naam not in nu:
            melding = f"'{bestand}' is verdwenen sinds de vaststelling ({getoond})"
        elif naam not in vastgelegd:
            melding = f"'{bestand}' is toegevoegd sinds de vaststelling ({getoond})"
        elif nu[naam] != vastgelegd[naam]:
            melding = f"'{bestand}' is veranderd sinds de vaststelling ({getoond})"
        else:
            continue
        problemen.append(Probleem(pad, 1, 1, "vaststelling-gewijzigd", melding, hint))
    beschikbaar = {(k.id, k.versie): k for k in kaders}
    for vast in gegevens["kaders"]:
        kader = beschikbaar.get((str(vast.get("id")), str(vast.get("versie"))))
        naam = f"kader {vast.get('id')} {vast.get('versie')}"
        if kader is None:
            problemen.append(Probleem(manifest, 1, 1, "vaststelling-gewijzigd", f"{naam} van de vaststelling is er "
                                      "niet meer", "geef met --kaders de kaders van het vastgestelde onderzoek"))
            continue
        pad, sha = _kaderhash(kader)
        if sha != vast.get("sha256"):
            problemen.append(Probleem(pad, 1, 1, "vaststelling-gewijzigd", f"{naam} is veranderd sinds de "
                                      f"vaststelling ({getoond})", "gebruik het kader zoals het was bij de "
                                      "vaststelling; een nieuwe versie van een kader krijgt een nieuw versienummer"))
    if gegevens.get("programma") != programma:
        problemen.append(Probleem(manifest, 1, 1, "vaststelling-gewijzigd", f"vastgesteld met wijkteamtoets "
                                  f"{gegevens.get('programma')}, nu {programma}; de uitkomst kan verschillen",
                                  "vergelijk het rapport met het gepubliceerde", Ernst.WAARSCHUWING))
    return sorted(problemen)
