"""Finding personal data in input files: BSN, e-mail, phone, IBAN, address, birth date, names.

The scan reads the raw text line by line, so every finding has an exact line and column (comments
included: they end up in version control too). A finding never carries the value itself: reporters
only say what kind of data was found where.

A false positive can be accepted for one line with a comment on that line that names the kind and a
reason, for example::

    citaat: "bel 0800-2000"   # privacy-ok: telefoonnummer, algemeen nummer van Veilig Thuis

A marker without a reason, or one that accepts nothing on its line, is itself reported, so that
acceptances stay narrow.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..invoer.lezen import lees_tekst
from ..problemen import Ernst, InvoerFout, Probleem, pad_tekst

SOORTEN: dict[str, str] = {
    "bsn": "burgerservicenummer (BSN)",
    "e-mail": "e-mailadres",
    "telefoonnummer": "telefoonnummer",
    "iban": "bankrekeningnummer (IBAN)",
    "adres": "adres (postcode met huisnummer, of straat met huisnummer)",
    "geboortedatum": "geboortedatum",
    "naam": "naam na een aanspreekvorm",
}
"""The kinds of personal data the scan looks for, with their Dutch description."""

JAREN_VOOR_GEBOORTEDATUM = 14
"""A full date at least this many years before the file's own date is taken for a birth date."""


@dataclass(frozen=True)
class Vondst:
    """Personal data of one kind at one place; the value itself is deliberately not kept."""

    soort: str
    regel: int
    kolom: int


@dataclass(frozen=True)
class Markeringsfout:
    """A ``privacy-ok`` marker that is not narrow enough: no reason, unknown kind, or nothing to accept."""

    regel: int
    kolom: int
    melding: str


# --- the detectors ------------------------------------------------------------------------------

_BSN = re.compile(r"(?<![\w.,/-])(\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{9})(?![\w,/-]|[.,]\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_TELEFOON = re.compile(
    r"(?<![\w+/.,-])(?:(?:\+|00)31[ -]?(?:\(0\))?[ -]?|\(?0)(?=[1-9])(?:\d\)?[ -]?){8}\d(?![\w,/-]|[.,]\d)"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_POSTCODE = r"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"
_ADRES = re.compile(
    rf"\b{_POSTCODE}\b,? ?\d{{1,5}}[a-z]?\b"  # 2801 AB 12
    rf"|\b\d{{1,5}}[a-z]?,? {_POSTCODE}\b"  # 12, 2801 AB
    r"|\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|plein|singel|gracht|kade|dijk|hof|steeg|pad|dreef|park|veld|markt)"
    r" \d{1,5}[a-z]?\b"  # Kerkstraat 12
)
_MAANDEN = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
            "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATUM = re.compile(
    rf"\b(?P<dag>\d{{1,2}})[-/.](?P<maand>\d{{1,2}})[-/.](?P<jaar>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<dag2>\d{{1,2}}) (?P<maandnaam>{_MAANDEN})\.? (?P<jaar2>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<jaar3>(?:19|20)\d{{2}})-(?P<maand3>\d{{2}})-(?P<dag3>\d{{2}})\b",
    re.IGNORECASE,
)
_GEBOORTE = re.compile(r"\b(?:geboren|geb\.?|geboortedatum|geb\.datum)\s*:?\s*(?:op\s+)?$", re.IGNORECASE)
_NAAM = re.compile(
    r"\b(?i:mevrouw|mevr\.|mw\.|meneer|mijnheer|dhr\.|de heer|moeder|vader|zoon|dochter|oma|opa|tante|oom)"
    r" (?:(?i:van der|van de|van den|van|de|der|den|ter|ten|in 't|'t) )?(?:[A-Z][a-zà-ÿ'-]+)(?:-[A-Z][a-zà-ÿ'-]+)?"
)
_GEEN_NAAM = {"En", "Of", "Is", "Was", "Heeft", "Wil", "Kan", "Zegt", "Geeft", "Wordt", "Niet", "Ook", "Die", "Dat",
              "Het", "Een", "Zelf", "Veilig", "Thuis", "De", "Van"}
_VALUTA = re.compile(r"(?:€|eur|euro)\s*$", re.IGNORECASE)
_MARKERING = re.compile(r"#\s*privacy-ok:\s*(?P<soort>[\w-]+)\s*(?:,\s*(?P<reden>.*\S))?\s*$")


def _elfproef(cijfers: str) -> bool:
    if len(cijfers) != 9 or cijfers == "000000000":
        return False
    som = sum(int(c) * w for c, w in zip(cijfers[:8], range(9, 1, -1), strict=False)) - int(cijfers[8])
    return som % 11 == 0


def _iban_geldig(iban: str) -> bool:
    iban = iban.replace(" ", "")
    if not 15 <= len(iban) <= 34:
        return False
    getal = "".join(str(int(teken, 36)) for teken in iban[4:] + iban[:4])
    return int(getal) % 97 == 1


def _bsns(regel: str) -> Iterator[re.Match[str]]:
    for treffer in _BSN.finditer(regel):
        if _VALUTA.search(regel[: treffer.start()]):
            continue
        if _elfproef(re.sub(r"\D", "", treffer.group())):
            yield treffer


def _telefoons(regel: str) -> Iterator[re.Match[str]]:
    for treffer in _TELEFOON.finditer(regel):
        cijfers = re.sub(r"\D", "", treffer.group())
        if cijfers.startswith(("0031", "31")) or len(cijfers) == 10:
            yield treffer


def _ibans(regel: str) -> Iterator[re.Match[str]]:
    for treffer in _IBAN.finditer(regel):
        if _iban_geldig(treffer.group()):
            yield treffer


def _geboortedata(regel: str, peiljaar: int) -> Iterator[re.Match[str]]:
    for treffer in _DATUM.finditer(regel):
        jaar = int(treffer.group("jaar") or treffer.group("jaar2") or treffer.group("jaar3"))
        iso = treffer.group("jaar3") is not None
        aanwijzing = bool(_GEBOORTE.search(regel[: treffer.start()]))
        if aanwijzing or (not iso and jaar <= peiljaar - JAREN_VOOR_GEBOORTEDATUM):
            yield treffer


def _namen(regel: str) -> Iterator[re.Match[str]]:
    for treffer in _NAAM.finditer(regel):
        if treffer.group().split()[-1] not in _GEEN_NAAM:
            yield treffer


def _vondsten_in_regel(regel: str, peiljaar: int) -> Iterator[tuple[str, int]]:
    """(soort, index) of every finding; a finding inside a longer one of another kind (the digits of an
    IBAN that look like a phone number) is left out."""
    treffers = [
        *(("iban", t) for t in _ibans(regel)),
        *(("e-mail", t) for t in _EMAIL.finditer(regel)),
        *(("bsn", t) for t in _bsns(regel)),
        *(("telefoonnummer", t) for t in _telefoons(regel)),
        *(("adres", t) for t in _ADRES.finditer(regel)),
        *(("geboortedatum", t) for t in _geboortedata(regel, peiljaar)),
        *(("naam", t) for t in _namen(regel)),
    ]
    for soort, treffer in treffers:
        binnen_ander = any(ander is not treffer and ander.start() <= treffer.start() and treffer.end() <= ander.end()
                           and len(ander.group()) > len(treffer.group()) for _, ander in treffers)
        if not binnen_ander:
            yield soort, treffer.start()


def peiljaar_van(tekst: str) -> int:
    """The year a file speaks of: its first ISO date after ``datum:`` or ``van:``, else this year."""
    treffer = re.search(r"^\s*(?:datum|periode|van)\s*:\s*\{?\s*(?:van\s*:\s*)?((?:19|20)\d{2})-\d{2}-\d{2}", tekst,
                        re.MULTILINE)
    return int(treffer.group(1)) if treffer else dt.date.today().year


def scan_tekst(tekst: str, peiljaar: int | None = None) -> tuple[list[Vondst], list[Markeringsfout]]:
    """Every piece of personal data in `tekst` not accepted by a ``privacy-ok`` marker, and every marker
    that is not narrow enough."""
    peiljaar = peiljaar if peiljaar is not None else peiljaar_van(tekst)
    vondsten: list[Vondst] = []
    fouten: list[Markeringsfout] = []
    for nummer, regel in enumerate(tekst.splitlines(), 1):
        markering = _MARKERING.search(regel)
        inhoud = regel[: markering.start()] if markering else regel
        gevonden = sorted(set(_vondsten_in_regel(inhoud, peiljaar)), key=lambda v: (v[1], v[0]))
        if markering is None:
            vondsten += [Vondst(soort, nummer, kolom + 1) for soort, kolom in gevonden]
            continue
        soort, reden = markering.group("soort"), markering.group("reden")
        kolom = markering.start() + 1
        if soort not in SOORTEN:
            fouten.append(Markeringsfout(nummer, kolom, f"privacy-ok noemt onbekende soort '{soort}'"))
        elif not reden:
            fouten.append(Markeringsfout(nummer, kolom, f"privacy-ok voor {soort} zonder reden"))
        elif not any(s == soort for s, _ in gevonden):
            fouten.append(Markeringsfout(nummer, kolom, f"privacy-ok voor {soort}, maar op deze regel staat "
                                                        "geen " + SOORTEN[soort]))
        geaccepteerd = soort if soort in SOORTEN and reden else None
        vondsten += [Vondst(s, nummer, k + 1) for s, k in gevonden if s != geaccepteerd]
    return vondsten, fouten


def scan_bestand(pad: Path, ernst: Ernst = Ernst.FOUT, *, meld_leesfouten: bool = False) -> list[Probleem]:
    """The privacy problems of one file, at `ernst` (a warning in `beoordeel`, an error elsewhere).

    The file is read by `lezen.lees_tekst` (bounded; no devices, FIFOs or sockets). A file that cannot be
    read as UTF-8 text cannot be scanned: with `meld_leesfouten` (the `privacy` command) that is itself
    reported as an error; otherwise nothing is returned, because the loader reports it."""
    try:
        tekst = lees_tekst(pad)
    except InvoerFout as fout:
        return fout.problemen if meld_leesfouten else []
    return als_problemen(pad_tekst(pad), tekst, ernst)


def als_problemen(pad: str, tekst: str, ernst: Ernst = Ernst.FOUT) -> list[Probleem]:
    vondsten, fouten = scan_tekst(tekst)
    problemen = [Probleem(pad=pad, regel=v.regel, kolom=v.kolom, code=f"privacy-{v.soort}",
                          melding=f"mogelijk {SOORTEN[v.soort]}; de waarde wordt niet getoond",
                          hint="verwijder of pseudonimiseer dit; is het geen persoonsgegeven, zet dan op deze regel "
                               f"het commentaar privacy-ok: {v.soort}, <reden>", ernst=ernst)
                 for v in vondsten]
    problemen += [Probleem(pad=pad, regel=f.regel, kolom=f.kolom, code="privacy-ok-ongeldig", melding=f.melding,
                           hint="gebruik privacy-ok: <soort>, <reden> alleen op een regel met die soort gegevens",
                           ernst=ernst) for f in fouten]
    return sorted(problemen)
