"""Foreign kentekens as a police report or a note about a home visit writes them (issue 20, corpus `achtste`): a
Belgian plate ("1-WDY-428", "2-abc-123", the older "ABC-123" after a vehicle), a German one after a vehicle ("MG-XW
7904", "B-AB 123E"). Codes of the same shape without a vehicle or a country stay clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


@pytest.mark.parametrize(("regel", "kenteken"), [
    ("Politie meldt: betrokkene reed in voertuig 1-WDY-428, bestuurder onbekend.", "1-WDY-428"),
    ("journaal 09-05: vader belde; auto 2-NZN-360 stond weer voor de deur.", "2-NZN-360"),
    ("De wagen met Belgische nummerplaat 1-ABC-123 is van de ex-partner.", "1-ABC-123"),
    ("Moeder rijdt in een grijze Opel, 2-kpt-519, volgens de buurvrouw.", "2-kpt-519"),
    ("Het busje had een Belgisch kenteken (XYZ-482).", "XYZ-482"),
    ("Bij het huisbezoek stond een auto met kenteken MG-XW 7904 voor het huis.", "MG-XW 7904"),
    ("Vader kwam met een Duitse auto, B-AB 123E, naar de school.", "B-AB 123E"),
    ("Kenteken (D): KLE-MA 58", "KLE-MA 58"),
])
def test_buitenlands_kenteken(regel: str, kenteken: str) -> None:
    assert kenteken in gevonden("kenteken", regel)


@pytest.mark.parametrize("regel", [
    "Zie protocol 1-ABC-123 van de GGD voor de werkwijze.",
    "Volgens artikel 2-WMO-100 is dat niet toegestaan.",
    "Casus WMO-123 is afgesloten; het gezin heeft een auto.",
    "Formulier GGZ-NL 2020 is ingevuld door de auto-monteur.",
    "De wagen stond bij pand NH-AB 12 volgens het bouwbesluit.",
    "Groep 7 van de school kreeg 3-ABC-452 als toetscode.",
])
def test_code_zonder_voertuig_blijft_schoon(regel: str) -> None:
    assert gevonden("kenteken", regel) == []
