"""Names in the kinds of text of the seventh corpus (issue 20): Frisian, English and Surinamese spoken words are no
person, nor the name of a data field in a table's header ("Client;Adres;IBAN"), nor a method's maker after the
method's brand name ("Triple P van Matthew Sanders"); a person named in a register's order with initials
("Elnour, H.", "Graaf, J. de") or after a Frisian or English word for a parent ("Mem Sriwati", "Father Mei Ling")
is found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


SCHOON = [
    # a header of column names
    "Client;Adres;IBAN",
    "Kolommen: Naam;BSN;IBAN;Telefoon",
    "| Client | Adres | IBAN |",
    # a Frisian sentence of common words
    "it wykteam hat it plan net op 'e tiid besprutsen",
    "Konklúzje: it bern hat gjin plan, de mem wol dat it wykteam wer nei har sjocht",
    "Yn it dossier stiet net wat de heit fan it plan fynt.",
    # spoken Surinamese and Antillean Dutch
    "tan bun, de evaluatie is gedaan",
    "Notitie: boi, die formulieren zijn te lang",
    "ai boi, no span, het komt goed",
    # a method's maker after its brand name
    "Het team werkt met Triple P van Matthew Sanders.",
    "Supervisie op basis van Triple P van Matthew Sanders.",
]

PERSONEN = [
    ("Mem Sriwati hat sein dat it bern wer nei skoalle giet.", "Sriwati"),
    ("Heit Anouar hat it plan net sjoen.", "Anouar"),
    ("Father Wagiman shared his IBAN for the reimbursement of the school trip.", "Wagiman"),
    ("Mother Chichi said the family moved last month.", "Chichi"),
    ("dossier 07 — Elnour, H. — afgesloten", "Elnour, H."),
    ("Kopie ID-bewijs van Ghebremedhin, H. zit als bijlage in het dossier.", "Ghebremedhin, H."),
    ("het geld ging op naam van Graaf, J. de.", "Graaf, J. de"),
    ("vader Heijden, F. van der, moeder onbekend", "Heijden, F. van der"),
    ("casusregisseur voor Santos Lima, T. dos, daarvoor een collega", "Santos Lima, T. dos"),
    # a person beside a method: the person stays
    ("Moeder Sanders volgt de training Triple P.", "Sanders"),
]


@pytest.mark.parametrize("regel", SCHOON)
def test_geen_persoon_in_kop_fries_spreektaal_of_methode(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "naam"), PERSONEN)
def test_persoon_in_register_fries_of_engels_gevonden(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel)), _namen(regel)
