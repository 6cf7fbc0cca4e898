"""Precision by rules that follow how clean inspector prose looks (issue 20): the phone number of an organisation,
a 9-digit number labelled as something else than a BSN, a team named after a namesake, a street or place named
after a person, an institution with "het" before its name, a pseudonymous id and a role mailbox are no personal
data. None of the names below is on a list; each case has a person in the same kind of sentence that is still
found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _soorten(regel: str, plaats: str = "toelichting") -> list[str]:
    return [v.soort for v in scan_tekst(_yaml(plaats, regel)).vondsten]


SCHOON = [
    # phone numbers of an organisation: the sentence names a team, desk, office or office hours
    "Het buurtteam is bereikbaar via 0544 39 12 00.",
    "Aanmelden bij het sociaal team (0575) 84 72 00, op werkdagen van 9 tot 12 uur.",
    "De balie van het stadskantoor, tel. 043 350 40 00, verwees de aanvrager door.",
    "Tijdens kantooruren is het Jongerenloket bereikbaar op 070 353 75 00.",
    "Het jeugdteam staat in de gids met het algemene nummer 0294 23 15 00.",
    # a 9-digit number that passes the eleven test, labelled as something else than a BSN
    "Het klantnummer is 123456782; het ontbrak op de brief.",
    "De zaak (644000132) is na evaluatie gesloten.",
    "Verwijsnummer 232262536 is door de huisarts ingevuld.",
    "Beschikkingsnummer 100000009 is ingetrokken.",
    # a team named after a namesake (royals, saints): the team of a neighbourhood or parish
    "Wijkteam Maurits heeft de casus binnen twee weken opgepakt.",
    "De regie lag bij Buurtteam Frederik.",
    "Het plan is door Jeugdteam Catharina opgesteld.",
    # a street or place named after a person, without a house number
    "Het gezin woont in de Hendrik Werkmanstraat.",
    "De speeltuin aan de Theo van Doesburgweg is gesloten.",
    "Het gezin verhuisde van Anna Paulowna naar Hoorn.",
    "De wijk Bernadette heeft een eigen team.",
    "Het onderzoek vond plaats in Zwolle, in de wijken Oude Westen en Bloemhof.",
    "Buurtteam Reeland heeft de casus opgepakt.",
    # a trade before "worden" (a person as subject takes "wordt")
    "Visser worden is de droom van veel jongeren in het project.",
    # an institution: "het" before a person's name, or a name before MC, ArenA, "voor ... zorg"
    "De vader werkt in het Pieter van Foreest.",
    "Het kind is opgenomen in het Wilhelmina Kinderziekenhuis.",
    "De moeder werkt bij Marius Flothuis voor jeugd en gezin.",
    # an organisation by its field or kind around the name
    "Het kind is aangemeld bij Praktijk Mulder.",
    "Overleg met Max Ernst GGZ is gepland.",
    "De begeleiding is overgedragen aan Frion Zorg.",
    "Speeltuinvereniging Oranje Nassau heeft de melding doorgezet.",
    "Huize Willem heeft een plek voor de jongen.",
    "Sophia Revalidatie heeft een advies gegeven aan het wijkteam.",
    "Het Johan de Witt Gymnasium is partner in het samenwerkingsverband.",
    "De wachtlijst bij Willem Arntsz vertraagt de inzet van specialistische hulp.",
    # a method after its maker
    "Het team werkt met de presentiebenadering van Baart.",
    "De jeugdhulp werkte met het Houvast-model van Hilde Mast.",
    "De leerkracht werkt volgens Dalton.",
    # a pseudonymous id
    "Cliënt K-0312 is in de steekproef opgenomen.",
    "Jongere J-0023 woont bij een pleeggezin.",
    # a role mailbox
    "Stuur het formulier naar jeugdteam.noord@gemeente.nl.",
    "De aanvraag ging naar backoffice.jeugd@rotterdam.nl.",
    "Het CJG is te mailen via cjg@cjgrijnmond.nl.",
    # an abbreviation as the whole mailbox of a gemeente's domain: a desk or officer, never a person
    "Vragen over privacy gaan naar fg@gouda.nl.",
    "Het wijkteam mailde sdv@bodegraven-reeuwijk.nl over de aanvraag.",
    "Aanmelden kan via wmo@gemeentewaddinxveen.nl.",
]

PERSOON = [
    ("Moeder is bereikbaar op 0544 39 12 07.", "telefoonnummer"),
    ("Het wijkteam belde vader op 043 350 40 12.", "telefoonnummer"),
    ("Het buurtteam heeft haar nummer: 06 12 34 56 78.", "telefoonnummer"),
    ("De GGD belde naar 053 432 11 09.", "telefoonnummer"),
    ("Contactgegevens: 053 432 11 09", "telefoonnummer"),
    ("Wijkteam Noord, 020 276 7313", "telefoonnummer"),
    ("BSN moeder: 123456782, klantnummer onbekend.", "bsn"),
    ("In het dossier staat 123456782 bij de gegevens van moeder.", "bsn"),
    ("Het zaaknummer ontbreekt; het BSN van het kind is 111222333.", "bsn"),
    ("Wijkteam Fatima Bouzid heeft de casus opgepakt.", "naam"),
    ("Gesprek met Jan Hogeweg over de schulden.", "naam"),
    ("Gesprek met vader Jan Welzijn over de schulden.", "naam"),
    ("Gesprek met moeder Fatima Revalidatie.", "naam"),
    ("Mevrouw Visser wordt morgen gebeld.", "naam"),
    ("De jongen is geplaatst bij Fatima Bouzid.", "naam"),
    ("Wijkteam Tesfay heeft de casus opgepakt.", "naam"),
    ("Moeder mailde vanaf fatima.bouzid@hotmail.com.", "e-mail"),
    ("Het adres van vader is j.devries@ziggo.nl.", "e-mail"),
    ("Moeder mailt vanaf jk@gmail.com.", "e-mail"),
    ("De casusregisseur mailde m.jansen@gouda.nl.", "e-mail"),
    ("Vader is bereikbaar via ahmed@gouda.nl.", "e-mail"),
]


@pytest.mark.parametrize("regel", SCHOON)
def test_schone_regel_zonder_persoonsgegevens(regel: str) -> None:
    assert _soorten(regel) == []


@pytest.mark.parametrize(("regel", "soort"), PERSOON)
def test_persoonsgegevens_in_dezelfde_soort_zin_blijven_gevonden(regel: str, soort: str) -> None:
    assert soort in _soorten(regel)


@pytest.mark.parametrize("team", ["Wijkteam Maurits", "Buurtteam Johannes", "Team Nicolaas"])
def test_teamveld_naar_een_naamgever_is_geen_naam(team: str) -> None:
    assert _soorten(team, "team") == []


def test_teamveld_met_een_voornaam_die_geen_naamgever_is_blijft_een_naam() -> None:
    assert _soorten("Wijkteam Rebwar", "team") == ["naam"]
