"""The full privacy scan grows linearly with the text, also on text no person writes (issue 20: never a hang).

A file may hold up to 2 MiB of text. A pattern that lets a run of particles or capitalised words repeat without bound
("van van van ...", "Aap Noot Mies ...") or a word cut up at every letter makes the scan quadratic: a toelichting
of 32,000 characters then took 3 s and one of 2 MiB would take hours. The check compares the CPU time of the same
text at two lengths in one run (a ratio, not a time): four times the text may cost about four times as much, not
sixteen."""

from __future__ import annotations

import json
import time

import pytest

from wijkteamtoets.controles.privacy import scan_tekst

KORT, LANG = 8_000, 32_000
# linear is about 4; quadratic was 10 to 16 on these texts
GRENS = 7.0


def _cpu(stuk: str, lengte: int) -> float:
    tekst = "toelichting: " + json.dumps((stuk * (lengte // len(stuk) + 1))[:lengte]) + "\n"
    tijden = []
    for _ in range(2):
        begin = time.process_time()
        scan_tekst(tekst)
        tijden.append(time.process_time() - begin)
    return min(tijden)


@pytest.mark.parametrize("stuk", [
    "Mies",  # one word of 32,000 letters: cut up at every letter to find a compound
    "van ",  # particles without a name after them
    "Aap Noot Mies School ",  # capitalised words before a place adjective that never comes
    "Van der Berg ",
    "De Goudse ",
    "groep 5 van de ",
    # a maker's name in a text without a sentence end: the sentence around each one was read to the end of the text
    "zoals Young beschrijft ",
    "volgens Miller ",
    "Aa (2012) ",
    # a lowercase first name before a run of particles, a school whose sentence is read for a pupil's name, a name
    # before a birth date read back from the bracket
    "nadia el el ",
    "Op ISK De Brug zien we Ngozi ",
    "Efosa (geb. ",
    # tables (`tabelkop`): a header of pipes that never ends, a header before every row, rows without end
    "Naam | ",
    "Naam;BSN\nJansen;1\n",
    "Kind;School | Noor;De Vlinder | ",
    "| Sem | De Regenboog ",
    "|a",
    "kolom foo bar | ",
])
def test_volledige_scan_groeit_lineair(stuk: str) -> None:
    scan_tekst("toelichting: opwarmen\n")  # lists and deduce loaded before the clock runs
    kort, lang = _cpu(stuk, KORT), _cpu(stuk, LANG)
    assert lang < GRENS * max(kort, 0.01), f"{stuk!r}: {kort:.2f} s -> {lang:.2f} s"
