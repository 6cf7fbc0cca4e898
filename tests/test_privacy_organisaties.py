"""Organisations, teams, buildings, schools and methods named after a person are no person, by their RULES: the
names below are on no list (`geen-personen.txt`); they were written before the rules were extended, to check
that the rules carry to names nobody listed. A person in the same kind of sentence is still found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst

# fresh clean lines: an organisation, team, building, school or method with a person's name in it
GEEN_PERSOON = [
    "Het kind is aangemeld bij het Hendrik Marsman Instituut.",
    "De Gerrit Achterberg Groep is betrokken bij de casus.",
    "Overleg met Stichting Jacoba Mossel is gepland.",
    "De jongen zit op Basisschool Annie Romein.",
    "De training vond plaats in Sporthal Fanny Blankers-Koen.",
    "Het meisje gaat naar het Cornelis Lely College.",
    "De avond was in Buurthuis Jacob Cats.",
    "Het spreekuur is in Wijkcentrum Dirk Hartog.",
    "De opvang in het Harriët Freezer Huis loopt goed.",
    "De vader is opgenomen in de Frederik van Eeden Kliniek.",
    "De moeder volgt therapie bij het Hendrik Lorentz Centrum.",
    "Verwijzing naar Kliniek Willem Drees loopt via de huisarts.",
    "De regie ligt bij Jeugdteam Karel Doorman.",
    "Wijkteam Piet Heyn heeft de casus opgepakt.",
    "Overdracht aan Buurtteam Maarten Tromp is schriftelijk bevestigd.",
    "Het gezin werkt met de Marte Meo-methode.",
    "De coach gebruikt de Kees Boeke-aanpak in de klas.",
    "In de training kwam de leercyclus van Kolb aan bod.",
    "De regisseur gebruikte de dramadriehoek van Karpman om de dynamiek te duiden.",
    "Volgens de taxonomie van Bloom is dat een hoger denkniveau.",
    "Het team werkt met het stressmodel van Lazarus.",
    "De ontwikkelingsfasen van Erikson kwamen aan bod.",
    "De participatieladder van Arnstein hangt in de teamkamer.",
    "Het Koningin Wilhelmina Lyceum ligt naast het park.",
    "De jeugdwerker zit in het Jan Nieuwenhuis Huis.",
]

# the same kinds of sentence with a person in it
PERSOON = [
    "Gesprek met moeder Annelies de Boer over de opvang.",
    "Wijkteam Fatima Bouzid heeft de casus opgepakt.",
    "Het kind is aangemeld door vader Kees Dijkstra.",
]


def _namen(regel: str) -> list[str]:
    return [v.soort for v in scan_tekst(_yaml("toelichting", regel)).vondsten if v.soort == "naam"]


@pytest.mark.parametrize("regel", GEEN_PERSOON)
def test_organisatie_team_of_methode_met_persoonsnaam_is_geen_persoon(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize("regel", PERSOON)
def test_een_persoon_in_dezelfde_zin_blijft_gevonden(regel: str) -> None:
    assert _namen(regel) != []


def test_bedrijfsnummer_088_is_geen_persoonlijk_telefoonnummer() -> None:
    # 088 numbers are given only to companies and organisations; a mobile number beside it is still found
    vondsten = scan_tekst(_yaml("toelichting", "Het UWV is bereikbaar op 088-898 2070, moeder op 06-12345678.")).vondsten
    assert [v.soort for v in vondsten] == ["telefoonnummer"]
