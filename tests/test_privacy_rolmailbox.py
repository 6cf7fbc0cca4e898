"""Role mailboxes (issue 20): an address whose local part is a desk, role or function of an organisation, in Dutch or
in another language of the field, or an abbreviation of one ("fg@", "dpo@", "office@", "kontakt@"), is no personal
data, also in a file name where underscores stand for the spaces of a sentence before it ("vragen_via_meldpunt@...").
A person's address stays personal data, in text and in a file name. The examples are other mailboxes than the
corpora's own."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _soorten(regel: str) -> list[str]:
    return [v.soort for v in scan_tekst(f'citaat: "{regel}"\n').vondsten]


def _soorten_bestandsnaam(regel: str) -> list[str]:
    return scan_naam(regel.replace(" ", "_") + ".yaml")


ROLMAILBOXEN = [
    "vragen via meldpunt@vtnoord.nl",
    "stukken naar klachten@zorgbalie.nl",
    "doorgestuurd aan secretariaat@humanitas.nl",
    "Klacht ingediend via servicepunt@woerden.nl",
    # an abbreviation of a desk or officer of the field, at any organisation
    "vragen via fg@jeugdformaat.nl",
    "stukken naar dpo@lucertis.nl",
    "privacyvraag naar avg@kwadraad.nl",
    # another language of the field
    "doorgestuurd aan office@kwadraad.nl",
    "vragen via support@zorgmail.nl",
    "stukken naar kontakt@jugendamt-kleve.de",
    "vragen via accueil@cpas-bruxelles.be",
    # the roles and teams of this field, also in several parts
    "verslag naar ib@obsdewaaier.nl",
    "vragen via poh@gezondheidscentrumoost.nl",
    "overdracht via ambulant.team@kwadraad.nl",
    "stukken naar gezinsvoogdij@jbrotterdam.nl",
    "afspraken via casemanager-wmo@zeist.nl",
    "doorgestuurd aan leerlingzorg@csvincent.nl",
    "vragen via zorgcoordinator.onderbouw@lyceum.nl",
]


@pytest.mark.parametrize("regel", ROLMAILBOXEN)
def test_rolmailbox_in_tekst_is_geen_persoonsgegeven(regel: str) -> None:
    assert "e-mail" not in _soorten(regel)


@pytest.mark.parametrize("regel", ROLMAILBOXEN)
def test_rolmailbox_is_ook_geen_account(regel: str) -> None:
    """"via" before an address is no account word: the part before the @ is no handle."""
    assert "sociale-media" not in _soorten(regel)


@pytest.mark.parametrize("regel", ROLMAILBOXEN)
def test_rolmailbox_in_bestandsnaam_is_geen_persoonsgegeven(regel: str) -> None:
    assert "e-mail" not in _soorten_bestandsnaam(regel)


PERSONEN = [
    "vragen via fatima.bouzid@hotmail.com",
    "stukken naar jan.devries@ziggo.nl",
    "doorgestuurd aan m.jansen@gouda.nl",
    "vragen via ahmed@gouda.nl",
    "mail van jk@gmail.com",
    "stukken naar info.bakker@kpnmail.nl",
    "vragen via support.fatima@gmail.com",
    "verslag naar ib.yilmaz@obsdewaaier.nl",
]


@pytest.mark.parametrize("regel", PERSONEN)
def test_adres_van_een_persoon_blijft_gevonden(regel: str) -> None:
    assert "e-mail" in _soorten(regel)
    assert "e-mail" in _soorten_bestandsnaam(regel)
