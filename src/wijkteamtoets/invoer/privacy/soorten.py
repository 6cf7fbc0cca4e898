"""The registry of kinds of personal data: one entry per kind, so a new kind is one entry.

Each `Soort` has its name (also the kind in a ``privacy-ok`` marker), the problem code, the Dutch
description used in messages, its detector (``module:function`` inside this package, imported when first
needed, so no pattern is compiled and no library imported before a text is scanned), its priority when two
findings overlap, and the mask that replaces a value in a message.
"""

from __future__ import annotations

import bisect
import functools
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .normaliseren import met_regeleinden, normaliseer_met_bron
from .treffer import Treffer


@dataclass(frozen=True)
class Soort:
    """One kind of personal data."""

    naam: str
    beschrijving: str
    detector: str  # "module:function"; the function takes (text, volledig) or (text)
    met_volledig: bool = False  # whether the detector takes the `volledig` flag

    @property
    def code(self) -> str:
        return f"privacy-{self.naam}"

    @property
    def masker(self) -> str:
        return f"[{self.naam} verborgen]"


REGISTER: tuple[Soort, ...] = (  # in order of priority: on overlap of equal length the earlier kind wins
    Soort("iban", "bankrekeningnummer (IBAN)", "detectoren:_ibans"),
    Soort("e-mail", "e-mailadres", "detectoren:_emails", met_volledig=True),
    Soort("sociale-media", "account of profiel op sociale media", "sociale_media:sociale_media"),
    Soort("bsn", "burgerservicenummer (BSN)", "detectoren:_bsns"),
    Soort("telefoonnummer", "telefoonnummer", "telefoonnummers:_telefoons"),
    Soort("geboortedatum", "geboortedatum", "detectoren:_geboortedata"),
    Soort("kenteken", "kenteken", "detectoren:_kentekens"),
    Soort("adres", "adres (postcode of straat met huisnummer)", "adressen:_adressen", met_volledig=True),
    Soort("school", "school met groep of klas", "scholen:scholen"),
    Soort("naam", "naam van een persoon", "namen:namen", met_volledig=True),
)

SOORTEN: dict[str, str] = {soort.naam: soort.beschrijving for soort in REGISTER}
"""The kinds of personal data the scan looks for, with their Dutch description."""

_VOORRANG = {soort.naam: plaats for plaats, soort in enumerate(REGISTER)}


@functools.cache
def _detector(soort: Soort) -> Callable[..., Iterable[Treffer]]:
    module, functie = soort.detector.split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), functie)  # type: ignore[no-any-return]


def zoek_genormaliseerd(tekst: str, volledig: bool = False, regels: str | None = None) -> list[Treffer]:
    """Every finding of every kind in an already normalised `tekst`, without overlap, in order of position;
    `regels` is the same text with its line breaks and tabs (`met_regeleinden`), for the rows and columns of a table."""
    treffers: list[Treffer] = []
    for soort in REGISTER:
        detector = _detector(soort)
        treffers += detector(tekst, volledig) if soort.met_volledig else detector(tekst)
        if soort.naam == "naam":  # "YUSUF ÖZTÜRK" read as "Yusuf Öztürk"
            from .vormen import namen_in_hoofdletters

            treffers += namen_in_hoofdletters(tekst, functools.partial(detector, volledig=volledig))
            if volledig:  # "Moeder BISSESAR": one word in capitals
                from .vormen import losse_hoofdletternamen

                treffers += losse_hoofdletternamen(tekst)
    if volledig:  # "Annem zegt", "Segun e mama, tur kos ta bai bon": words of other languages are no name
        from .andere_talen import zonder_andere_taal

        treffers = zonder_andere_taal(tekst, treffers)
    tabel = tekst if regels is None else regels
    if len(tabel) > 8 and ("," in tabel or ";" in tabel or "|" in tabel or "\t" in tabel):
        treffers = _tabelcellen()(tabel, treffers)  # every cell of personal data under its header
    return zonder_overlap(treffers)


@functools.cache
def _tabelcellen() -> Callable[[str, list[Treffer]], list[Treffer]]:
    """`tabelcellen.in_tabellen`, imported when first needed."""
    from .tabelcellen import in_tabellen

    return in_tabellen


def zoek(tekst: str, volledig: bool = False) -> list[Treffer]:
    """Every piece of personal data in `tekst`, in order of position, with spans in `tekst` itself.

    The detectors read the text normalised as a reader sees it (`normaliseren`); `volledig` adds the wider
    name rules and checks street names against deduce's street list. A finding inside a longer one (the
    digits of an IBAN that look like a phone number) is left out."""
    genormaliseerd = normaliseer_met_bron(tekst)
    uitkomst = []
    for treffer in zoek_genormaliseerd(genormaliseerd.tekst, volledig, met_regeleinden(tekst, genormaliseerd)):
        begin, eind = genormaliseerd.origineel(treffer.begin, treffer.eind)
        uitkomst.append(Treffer(treffer.soort, begin, eind))
    return uitkomst


def zonder_overlap(treffers: list[Treffer]) -> list[Treffer]:
    """Overlapping findings reduced to one: the longest wins, ties go to the more specific kind.

    The chosen findings never overlap, so they stay sorted by both begin and end: a candidate only has to be
    checked against its neighbours (O(n log n), also for 200,000 findings on one line)."""
    begins: list[int] = []
    einden: list[int] = []
    gekozen: list[Treffer] = []
    for treffer in sorted(set(treffers), key=lambda t: (-(t.eind - t.begin), _VOORRANG[t.soort], t.begin)):
        plek = bisect.bisect_right(begins, treffer.begin)
        if plek > 0 and einden[plek - 1] > treffer.begin:
            continue  # the chosen finding that starts at or before this one reaches into it
        if plek < len(begins) and begins[plek] < treffer.eind:
            continue  # the next chosen finding starts inside this one
        begins.insert(plek, treffer.begin)
        einden.insert(plek, treffer.eind)
        gekozen.insert(plek, treffer)
    return sorted(gekozen, key=lambda t: (t.begin, t.soort))
