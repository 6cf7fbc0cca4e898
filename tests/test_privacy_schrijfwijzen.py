"""Ways Dutch case files write a name (issue 20, recall of names): the surname before its initials as registers and
mail headers write it ("Nowak K.", "Sardjoe P.H."), initials with the first name in brackets ("M. (Mira) Kaya"),
a nickname in quotes inside a name ("Anna 'Pien' de Wit", "‚Lulu‘ Boateng"), the surname in capitals before the
first name ("KARIMI Hamid", "VAN DIJK Sanne"), the register order with the interfix and the initials after a comma
("Berg van den, A.J.") and initials with a capital outside A-Z ("Đ. Trần"). Each form has clean lines of the same
shape that stay clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


def _gevonden(regel: str, naam: str, plaats: str = "citaat") -> bool:
    gevonden = " ".join(_namen(regel, plaats))
    return all(woord in gevonden for woord in naam.split())


@pytest.mark.parametrize(("regel", "naam"), [
    ("Gezinsvoogd Nowak K. heeft op maandag een huisbezoek afgelegd.", "Nowak K."),
    ("Contactgegevens: Sardjoe P.H., telefonisch bereikbaar na 17 uur.", "Sardjoe P.H."),
    ("Van: Hoekstra J. Verzonden: maandag 3 juni 2024 Aan: Wijkteam", "Hoekstra J."),
    ("Leerling Tesfaye M.B. is drie dagen niet op school geweest.", "Tesfaye M.B."),
])
def test_achternaam_voor_voorletters(regel: str, naam: str) -> None:
    assert _gevonden(regel, naam)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Huisbezoek door M. (Mira) Kaya en de gezinscoach.", "M. (Mira) Kaya"),
    ("Moeder, A.J. (Anouk) van Dijk, was aanwezig.", "Anouk van Dijk"),
    ("Gezinscoach Đ. Trần belt de school.", "Đ. Trần"),
])
def test_voorletters_met_roepnaam_of_met_een_hoofdletter_buiten_a_z(regel: str, naam: str) -> None:
    assert _gevonden(regel, naam)


@pytest.mark.parametrize(("regel", "naam"), [
    ("De uitkering gaat naar Anna 'Pien' de Wit.", "Anna Pien de Wit"),
    ("Vermoedelijke pleger: ‚Lulu‘ Boateng, woonachtig in Delft.", "Lulu Boateng"),
    ("Budgetcoach Samir „Sam” Idrissi controleert de afschriften.", "Samir Sam Idrissi"),
])
def test_roepnaam_tussen_aanhalingstekens_in_een_naam(regel: str, naam: str) -> None:
    assert _gevonden(regel, naam)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Intake: name KARIMI Hamid, dob onbekend.", "KARIMI Hamid"),
    ("Notulen punt 4: VAN DIJK Sanne zoekt een plek op school.", "VAN DIJK Sanne"),
    ("Na overleg met Berg van den, A.J. is de melding overgedragen.", "Berg van den A.J."),
])
def test_achternaam_in_hoofdletters_of_in_de_volgorde_van_een_register(regel: str, naam: str) -> None:
    assert _gevonden(regel, naam)


@pytest.mark.parametrize("regel", [
    "Zie Bijlage B. voor het overzicht.",
    "Het plan volgt Route A. van de gemeente.",
    "Fase C. van het traject start in mei.",
    "De ROC Rijnmond biedt een entreeopleiding.",
    "Het GGD Rapport is opgevraagd.",
    "De 'Samen Sterk' aanpak werkt goed.",
    "Het motto is 'Samen' en dat werkt.",
    "Bijlage 3 (Overzicht) Financiën",
])
def test_dezelfde_vorm_zonder_persoon_blijft_schoon(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize(("regel", "plaats", "naam"), [
    ("Gezinsvoogd T. Yıldırım heeft op 3-4-2025 een huisbezoek afgelegd.", "toelichting", "T. Yıldırım"),
    ("Leerplichtambtenaar Wattimena D. heeft ouders opgeroepen.", "citaat-gevouwen", "Wattimena D."),
])
def test_twee_vondsten_van_een_naam_die_elkaar_overlappen_tellen_samen(regel: str, plaats: str, naam: str) -> None:
    assert _gevonden(regel, naam, plaats)


@pytest.mark.parametrize(("regel", "plaats", "naam"), [
    # a label with a colon in the middle of a line, and a patient
    ("Gegevens vader – naam: li wei – geb.datum: onbekend", "toelichting", "li wei"),
    ("Met vriendelijke groet, de huisarts. Patiënt: wahid noorzai, BSN onbekend.", "citaat", "wahid noorzai"),
    # the one who has an action point
    ("Actiepunt 2: mirela ionescu zoekt uit of er plek is.", "citaat", "mirela ionescu"),
    # a surname in capitals with two given names, and initials with a Vietnamese capital
    ("bel me zus maar, NGUYỄN Thị Mai, die spreekt Nederlands", "citaat-gevouwen", "NGUYỄN Thị Mai"),
    ("Gezinscoach T.Đ. Lê belt de school.", "toelichting", "T.Đ. Lê"),
])
def test_naam_na_een_label_of_actiepunt_en_namen_in_vietnamese_schrijfwijze(regel: str, plaats: str, naam: str) -> None:
    assert _gevonden(regel, naam, plaats)


@pytest.mark.parametrize("regel", ["Gegevens school – naam: de Regenboog – adres onbekend",
                                   "Actiepunt 3: de gemeente zoekt uit of er budget is.",
                                   "Patiënt: onbekend, verwijzing volgt."])
def test_label_of_actiepunt_zonder_persoon_blijft_schoon(regel: str) -> None:
    assert _namen(regel) == []
