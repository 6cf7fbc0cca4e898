"""No false alarms in the kinds of line the eighth corpus showed (issue 20), and the person in the same frame still
found: an @-mention of a channel, team, role or everyone in a Teams note is no account and no person (an
@-mention of a person is a name); words of Papiamento, Frisian, Polish and Turkish mixed into Dutch notes,
Turkish, Papiamento and Polish words for family members and Arabic interjections are no names; a Dutch verb of
the -eren kind ("doubleert") is no name after a role; a method's maker after the method's own name ("Marte Meo
van Maria Aarts") is no person. The sentences are ordinary notes written for these tests, not corpus lines."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _vondsten(regel: str, plaats: str = "citaat") -> list[tuple[str, str]]:
    yaml_tekst = _yaml(plaats, regel)
    return [(v.soort, yaml_tekst[v.begin:v.eind]) for v in scan_tekst(yaml_tekst).vondsten]


TEAMS_GEEN_PERSOON = [
    "@kanaal het overleg van donderdag gaat niet door.",
    "@iedereen graag voor vrijdag de uren invullen.",
    "@Planning kan iemand het rooster van volgende week aanpassen?",
    "Notulen gedeeld met @Team Jeugd en Gezin.",
    "Vraag van @MDO-overleg: is het verslag al klaar?",
    "@jeugdconsulenten wie neemt de nieuwe aanmelding over?",
    "@Sociaal Team West wie kan morgen mee op huisbezoek?",
    "@gedragswetenschappers graag jullie advies over de casus.",
    "De gemeente deelt het nieuws via @GGDZW op sociale media.",
    "@Regievoerders graag de evaluaties inplannen.",
]


@pytest.mark.parametrize("regel", TEAMS_GEEN_PERSOON)
@pytest.mark.parametrize("plaats", ["citaat", "toelichting", "team"])
def test_vermelding_van_kanaal_of_team_is_geen_persoon(regel: str, plaats: str) -> None:
    assert _vondsten(regel, plaats) == []


@pytest.mark.parametrize("regel", [*TEAMS_GEEN_PERSOON, "@allen morgen geen overleg.", "@Intake de aanmelding is binnen.",
                                   "Graag aandacht @allemaal voor de nieuwe AVG-regels."])
def test_vermelding_van_kanaal_of_team_in_bestandsnaam_is_geen_persoon(regel: str) -> None:
    assert scan_naam(regel.replace(" ", "_") + ".yaml") == []


@pytest.mark.parametrize(("bestandsnaam", "soort"), [
    ("screenshot_@lisa_xo.yaml", "sociale-media"),
    ("screenshot_@sand_988.yaml", "sociale-media"),
    ("@Fatima_kun_jij_bellen.yaml", "naam"),
])
def test_account_of_persoon_in_bestandsnaam_blijft_gevonden(bestandsnaam: str, soort: str) -> None:
    assert soort in scan_naam(bestandsnaam)


@pytest.mark.parametrize(("regel", "naam"), [
    ("@Fatima kun jij moeder vandaag terugbellen?", "Fatima"),
    ("@Mebrahtu wil jij het verslag rondsturen?", "Mebrahtu"),
    ("Vraag van @Yusuf Demir: is het plan al getekend?", "Yusuf Demir"),
])
def test_vermelding_van_persoon_is_een_naam(regel: str, naam: str) -> None:
    assert ("naam", naam) in _vondsten(regel)


@pytest.mark.parametrize(("regel", "account"), [
    ("Haar account @lisa_xo2008 stond open op de laptop.", "@lisa_xo2008"),
    ("Wie kent @wahyuxpratama? Volgens school is dat het account van de oudste.", "@wahyuxpratama"),
    ("Zijn Instagram is @KevinOfficial, daar zet hij filmpjes op.", "@KevinOfficial"),
    ("Ze volgt @noortje2008 op TikTok.", "@noortje2008"),
])
def test_account_blijft_een_account(regel: str, account: str) -> None:
    assert ("sociale-media", account) in _vondsten(regel)


ANDERE_TALEN = [
    # Papiamento
    "Segun e mama, tur kos ta bai bon.",
    "Mi ta kere ku e yu ta bon, danki.",
    "Ayera e dòkter no a bini na e sita.",
    "Kiko bo ta hasi awe? Mi ta bai kas.",
    # Frisian
    "Mem hat in petear hân mei de húsdokter.",
    "Heit wol earst prate mei de buorlju oer it plan.",
    "Jo hawwe in soad stipe krigen.",
    # Polish in Dutch
    "Dobrze, we bellen over szkoła jutro.",
    "Dobrze, we bellen over rodzina jutro.",
    "Nie wiem, misschien helpt praca.",
    # Turkish in Dutch
    "Annem zegt: de doktor begrijpt ons niet.",
    "Babam zegt dat de okul niet helpt, çok zor.",
    "Kızım zegt dat ze moe is.",
    "Hocam zegt dat het beter gaat.",
    "Komşumuz belt steeds de politie.",
    # Arabic interjections in Dutch
    "Hamdoulillah is er nu contact met de huisarts.",
    "Alhamdulillah gaat het beter met moeder.",
    "Wallah, ik heb de school gisteren gebeld.",
]


@pytest.mark.parametrize("regel", ANDERE_TALEN)
@pytest.mark.parametrize("plaats", ["citaat", "commentaar"])
def test_woorden_van_andere_talen_zijn_geen_naam(regel: str, plaats: str) -> None:
    assert _vondsten(regel, plaats) == []


@pytest.mark.parametrize(("regel", "naam"), [
    ("Segun Shurandy Martina, tur kos ta bai bon.", "Shurandy Martina"),
    ("Mem hat in petear hân mei Fatima Bouzid.", "Fatima Bouzid"),
    ("Dobrze, we bellen met Agnieszka Kowalska jutro.", "Agnieszka Kowalska"),
    ("Dobrze, we bellen met magdalena wozniak jutro.", "magdalena wozniak"),
    ("Annesi Ayşe Yılmaz zegt: okul çok zor.", "Ayşe Yılmaz"),
    ("Babası Mehmet Kaya werkt in Duitsland.", "Mehmet Kaya"),
    ("Selim zegt dat het beter gaat.", "Selim"),
    ("Ayşem belt steeds de politie.", "Ayşem"),
    ("Hamdoulillah heeft Ngozi nu een plek op de opvang.", "Ngozi"),
])
def test_persoon_in_zin_van_andere_taal_blijft_een_naam(regel: str, naam: str) -> None:
    assert ("naam", naam) in _vondsten(regel)


@pytest.mark.parametrize("regel", [
    "Het meisje doubleert groep 5.",
    "De jongen reageert boos op de leerkracht.",
    "Moeder accepteert de hulp van het wijkteam.",
    "Vader participeerde niet in het gesprek.",
])
def test_werkwoord_na_rol_is_geen_naam(regel: str) -> None:
    assert _vondsten(regel) == []


def test_naam_tussen_rol_en_werkwoord_blijft_gevonden() -> None:
    assert ("naam", "Tesfay") in _vondsten("Het meisje Tesfay doubleert groep 5.")


@pytest.mark.parametrize("regel", [
    "Het team werkt met Multisysteemtherapie van Scott Henggeler.",
    "We gebruiken Marte Meo van Maria Aarts sinds vorig jaar.",
    "Voor dit gezin past Signs of Safety van Andrew Turnell het best.",
    "Het team werkt met Functional Family Therapy van James Alexander.",
    "De Kanjertraining van Gerard Weide wordt op school gegeven.",
])
def test_maker_na_naam_van_methode_is_geen_persoon(regel: str) -> None:
    assert _vondsten(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [
    ("Gesprek met Maria Aarts over de schulden.", "Maria Aarts"),
    ("Moeder Maria Aarts werkt met Marte Meo.", "Maria Aarts"),
    ("De casus van Maria Aarts is besproken in het MDO.", "Maria Aarts"),
    ("Gesprek met James Alexander over de huur.", "James Alexander"),
    ("Buurman Gerard Weide belde over de overlast.", "Gerard Weide"),
])
def test_persoon_met_naam_van_maker_blijft_een_naam(regel: str, naam: str) -> None:
    assert ("naam", naam) in _vondsten(regel)
