"""Addresses as registers and letters from elsewhere write them (issue 20, corpus `achtste`): a street word cut short
("Molenwg. 7", "Bachln. 12", "Kerkpln. 3"), a street on the islands that opens with Papiamento's "Kaya" or "Caya"
with its place and island ("Kaya Grandi 37, Kralendijk, Bonaire"), and the key of postcode and house number that a
register uses ("8283WB-27"). Prose with the same words stays clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


@pytest.mark.parametrize(("regel", "adres"), [
    ("De aanvraag woningaanpassing betreft de benedenwoning aan de Molenwg. 7.", "Molenwg. 7"),
    ("Moeder woont sinds maart op de Bachln. 12 bij haar zus.", "Bachln. 12"),
    ("Adres volgens BRP: Nieuwe Binnenwg. 164, 2e etage.", "Nieuwe Binnenwg. 164, 2e etage"),
    ("Het gezin kwam in 2019 uit Kaya Grandi 37, Kralendijk, Bonaire naar Nederland.",
     "Kaya Grandi 37, Kralendijk, Bonaire"),
    ("Vader woont op Caya Betico Croes 534, Oranjestad, Aruba.", "Caya Betico Croes 534, Oranjestad, Aruba"),
    ("gezinsadres Kaya Flamboyan 23, Willemstad, Curaçao.", "Kaya Flamboyan 23, Willemstad, Curaçao"),
    ("rij 14   cliënt   8283WB-27   actief", "8283WB-27"),
    ("Intake schuldhulp: mevrouw, 3149TR-400, rekeningnummer volgt.", "3149TR-400"),
])
def test_adres(regel: str, adres: str) -> None:
    assert adres in gevonden("adres", regel)


@pytest.mark.parametrize("regel", [
    "De wg. 3 (werkgroep) komt op 12 maart bijeen.",
    "Kaya is 7 jaar en zit in groep 4.",
    "Het team bezocht Aruba, Bonaire en Curaçao in 2019 voor 3 weken.",
    "Factuur 2024AB-12 is betaald; bedrag € 350,-.",
    "Zaaknummer 1234-AB-56 is gesloten.",
])
def test_blijft_schoon(regel: str) -> None:
    assert gevonden("adres", regel) == []
