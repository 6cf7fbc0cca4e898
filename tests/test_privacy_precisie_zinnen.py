"""Precision of names by the place a word has in a Dutch sentence (issue 20): a capitalised word that opens a
sentence as its subject, is a common Dutch word in lowercase and has no cue of a person after it ("Merel maakt de
wachtlijst niet korter", "De Brink is op marktdag erg druk") is that word, not a first name or a surname; a season,
month or feast is a time, not a person, unless a surname or a cue of a person goes with it ("Verslag Lente 2024",
"Planning Herfst"). The same first names with a cue of a person ("Merel (9)", "Roos belde", "Jade woont bij haar
oma") are still found. The probe set `tests/data/privacy/precisie-zinnen/` (written by
`scripts/maak_precisie_zinnen.py` before the rules changed) measures both sides."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from privacymeting import _yaml, meet
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


SCHOON = [
    # a common word opening a sentence as a subject that is no person
    "Merel maakt de wachtlijst niet korter.",
    "Roos staat centraal in het nieuwe jaarplan.",
    "Hazel brengt elk jaar extra werk voor het team.",
    "Amber is het thema van de ouderavond.",
    "Lente brengt extra meldingen over schulden.",
    # a place with an article opening a sentence
    "De Brink is op marktdag erg druk.",
    "De Wal ligt vlak naast het wijkcentrum.",
    "De Haven is op zaterdag erg druk.",
    # a season, month or feast in a document's or team's name
    "Verslag Lente 2024",
    "Planning Herfst",
    "Jaarplan Zomer",
]


@pytest.mark.parametrize("regel", SCHOON)
def test_gewoon_woord_als_onderwerp_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize("bestand", ["Verslag_Lente_2024.yaml", "Planning_Herfst.yaml", "Notulen_Mei.yaml"])
def test_tijd_in_een_bestandsnaam_is_geen_naam(bestand: str) -> None:
    assert "naam" not in scan_naam(bestand)


PERSONEN = [
    ("Roos belde gisteren met de mentor van school.", "Roos"),
    ("Merel (9) gaat sinds kort naar een andere school.", "Merel"),
    ("Jade woont sinds maart bij haar oma.", "Jade"),
    ("Amber huilde tijdens het gesprek.", "Amber"),
    ("Fleur gaat naar groep 5.", "Fleur"),
    ("Roos is 8 jaar.", "Roos"),
    ("Oma Roos haalt de kinderen op.", "Roos"),
    ("De Brink belde gisteren.", "Brink"),
    ("Verslag Amber de Wit", "Amber de Wit"),
]


@pytest.mark.parametrize(("regel", "naam"), PERSONEN)
def test_zelfde_woord_met_een_persoon_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))


def test_proefset_zinnen() -> None:
    """On the probe set: at most 4 false alarms in its 310 clean lines (44 before these rules: 142 per 1,000), and no
    person lost that was found before (56 of 68)."""
    uitslag = meet("precisie-zinnen")
    assert uitslag.alarmen["alles"] <= 4
    assert uitslag.gevonden["alles"] >= 56


@pytest.mark.parametrize("team", ["Team Darwin", "Team Edison", "Team Stevin"])
def test_team_naar_een_naamgever_van_veel_straten_is_geen_naam(team: str) -> None:
    assert _namen(team, "team") == []


@pytest.mark.parametrize("team", ["Wijkteam Fatima", "Team Lina", "Buurtteam Karim"])
def test_team_met_een_voornaam_blijft_een_naam(team: str) -> None:
    assert _namen(team, "team") != []


@pytest.mark.parametrize("regel", ["Dr. Sarphati heeft een advies gegeven aan het wijkteam.",
                                   "Overleg met Dr. Sarphati is gepland."])
def test_titel_en_naamgever_van_straten_is_een_instelling(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [("Dr. Jansen belde over de uitslag.", "Jansen"),
                                             ("De huisarts, dr. Okafor, verwees naar de GGZ.", "Okafor"),
                                             ("Mevrouw Storm is de buurvrouw.", "Storm")])
def test_titel_en_achternaam_van_een_persoon_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))


@pytest.mark.parametrize("regel", ["Het team gebruikt de ideeën van Stevin.", "De inzichten van Darwin helpen het team.",
                                   "Het team bouwt voort op het werk van Huygens."])
def test_ideeen_van_een_naamgever_van_straten_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [("De ideeën van Fatima over de opvoeding zijn duidelijk.", "Fatima"),
                                             ("Het werk van Ahmed Yilmaz is in gevaar.", "Ahmed Yilmaz"),
                                             ("De visie van Jansen op de opvoeding verschilt.", "Jansen")])
def test_ideeen_van_een_persoon_blijven_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))


@pytest.mark.parametrize("regel", ["Marlot telt veel eenoudergezinnen.",
                                   "In Nijmegen werkt men met gebiedsteams; Jericho heeft er een eigen team.",
                                   "Marlot grenst aan het centrum."])
def test_wijk_met_het_gezegde_van_een_plaats_is_geen_naam(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), [("Marlot heeft een eigen kamer bij oma.", "Marlot"),
                                             ("Jericho ligt in het ziekenhuis.", "Jericho")])
def test_zelfde_naam_met_het_gezegde_van_een_persoon_blijft_een_naam(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))
