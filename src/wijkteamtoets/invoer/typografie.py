"""Traces of typing in a word processor inside the values of a YAML file: warnings with the fix.

Text pasted from Word carries characters that look like plain ones but are not: curly quotes around a
value (``team: “Wijkteam Stadshagen”`` is read with the quotes, as another team), non-breaking spaces
(``Wijkteam\\u00a0Zuid`` is not ``Wijkteam Zuid``) and tabs inside a value. `controleer_typografie` names
each by place and kind, never by the text itself (it may describe a family), with the fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..problemen import Ernst, Probleem
from .yamlbron import Locatie, YamlDocument

KRULQUOTES = "“”„‟‘’‚‛«»"
"""Typographic quotes a word processor puts where a straight quote was typed."""

VASTE_SPATIES = {"\u00a0": "vaste spatie", "\u202f": "smalle vaste spatie", "\u2007": "vaste cijferspatie"}


def controleer_typografie(document: YamlDocument) -> list[Probleem]:
    """A warning for each value that starts or ends with a typographic quote, holds a non-breaking space, or
    holds a tab."""
    return sorted(_controleer(document, document.data, ()))


def _controleer(document: YamlDocument, waarde: Any, locatie: Locatie) -> Iterator[Probleem]:
    if isinstance(waarde, dict):
        for sleutel, kind in waarde.items():
            yield from _controleer(document, kind, (*locatie, sleutel))
    elif isinstance(waarde, list):
        for index, kind in enumerate(waarde):
            yield from _controleer(document, kind, (*locatie, index))
    elif isinstance(waarde, str):
        yield from _in_tekst(document, waarde, locatie)


def _in_tekst(document: YamlDocument, tekst: str, locatie: Locatie) -> Iterator[Probleem]:
    plek = document.plek(locatie)

    def waarschuw(melding: str, hint: str) -> Probleem:
        return Probleem(pad=document.pad, regel=plek.regel, kolom=plek.kolom, code="typografie", melding=melding,
                        hint=hint, ernst=Ernst.WAARSCHUWING)

    kaal = tekst.strip()
    if kaal and (kaal[0] in KRULQUOTES or kaal[-1] in KRULQUOTES):
        teken = kaal[0] if kaal[0] in KRULQUOTES else kaal[-1]
        yield waarschuw(f"de waarde begint of eindigt met een gekruld aanhalingsteken (U+{ord(teken):04X}) uit een "
                        "tekstverwerker; YAML leest het als deel van de tekst",
                        'vervang de gekrulde aanhalingstekens door rechte (") of laat ze weg')
    for teken, naam in VASTE_SPATIES.items():
        if teken in tekst:
            yield waarschuw(f"de waarde bevat een {naam} (U+{ord(teken):04X}) uit een tekstverwerker; die is "
                            "niet gelijk aan een gewone spatie", "vervang de vaste spatie door een gewone spatie")
    if "\t" in tekst:
        yield waarschuw("de waarde bevat een tab", "vervang de tab door een spatie")
