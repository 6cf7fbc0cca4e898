"""Birth dates as people say and write them beyond the form (issue 20, corpus `zevende`): Frisian month names ("geb.
23 maaie 1976", "16 febrewaris 2020") and the noun geboortedatum with a few words before its verb ("de geboortedatum
van de jongste is 5 november 1994"). Another date in such a sentence, or a date after another noun, stays clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _data(regel: str) -> list[str]:
    tekst = _yaml("citaat", regel)
    return [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "geboortedatum"]


@pytest.mark.parametrize(("regel", "datum"), [
    ("It bern, geb. 23 maaie 1976, hat in diagnoaze krigen.", "23 maaie 1976"),
    ("It bern, berne op 16 febrewaris 2020, wennet by mem.", "16 febrewaris 2020"),
    ("Heit is geb. 3 desimber 1980, seit mem.", "3 desimber 1980"),
    ("ja de geboortedatum van de jongste is 5 november 1994 dat weet ik nog", "5 november 1994"),
    ("De geboortedatum van haar oudste zoon was 12-03-2009, zegt moeder.", "12-03-2009"),
    ("geboortedatum volgens het paspoort: 1 juni 2001", "1 juni 2001"),
])
def test_geboortedatum(regel: str, datum: str) -> None:
    assert datum in _data(regel)


@pytest.mark.parametrize("regel", [
    "De geboortedatum van de jongste ontbreekt; het gesprek was op 5 november 2022.",
    "Op 23 maaie 2023 hawwe wy in petear mei mem hân.",
    "De datum van de intake is 5 november 2022.",
    "Geboortedatum en BSN gecontroleerd; afspraak is 12-03-2024.",
])
def test_andere_datum_blijft_schoon(regel: str) -> None:
    assert _data(regel) == []
