"""Names found once in a file, found again wherever their words stand on their own ("Mebrahtu belde" after
"Mebrahtu Tesfay" elsewhere in the file), outside organisations and teams."""

from __future__ import annotations

from collections.abc import Iterable

from .breed import _TOKEN, geen_persoon_spans
from .lijsten import gewone_woorden, plaatsnamen
from .naamwoorden import NAAMDEEL
from .treffer import Treffer


def naamwoorden(namen: Iterable[str]) -> frozenset[str]:
    """The words of names found in a file that name a person on their own too: no interfix, no Dutch word."""
    from .lijsten import frequentie
    from .normaliseren import normaliseer

    return frozenset(laag for naam in namen for woord in _TOKEN.findall(normaliseer(naam))
                     for laag in [woord.casefold()] if len(laag) > 2 and laag not in NAAMDEEL
                     and laag not in gewone_woorden() and laag not in plaatsnamen() and frequentie(laag) < 4.0)


def herhaalde_namen(tekst: str, woorden: frozenset[str]) -> list[Treffer]:
    """Every place in `tekst` (spans in `tekst` itself) where one of `woorden`, the words of a name found
    elsewhere in the file, stands on its own, outside an organisation or team name."""
    from .normaliseren import normaliseer_met_bron

    genormaliseerd = normaliseer_met_bron(tekst)
    kandidaten = [m for m in _TOKEN.finditer(genormaliseerd.tekst) if m.group().casefold() in woorden]
    if not kandidaten:
        return []
    bezet = geen_persoon_spans(genormaliseerd.tekst, True)
    return [Treffer("naam", *genormaliseerd.origineel(m.start(), m.end())) for m in kandidaten
            if not bezet.raakt(m.start(), m.end())]
