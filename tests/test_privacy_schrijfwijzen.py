"""Birth dates, BSNs, accounts, schools and addresses in the forms Dutch professionals write them (issue 20, probe part
`vormen-proef`): a BSN in any grouping of its digits after its label, or glued to it; a birth date with an English
or hyphenated month and after the labels of forms ("d.o.b.", "gebdatum", "geboren d.d."); an account after "fb",
"IG" or "Discord"; a school with the year of an mbo or a combination group; an address with its place or a Belgian
or German postcode. Clean lines that look like them stay clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _vondsten(regel: str, plaats: str = "toelichting") -> list[tuple[str, str]]:
    tekst = _yaml(plaats, regel)
    return [(v.soort, " ".join(tekst[v.begin:v.eind].split())) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Zie formulier: sofinummer 72.57.63.863, nog niet in de BRP.", "72.57.63.863"),
    ("Kind ingeschreven met BSN kind 16227 5869.", "16227 5869"),
    ("Moeder gaf haar burgerservicenr. 1922 85 142 telefonisch door.", "1922 85 142"),
    ("Controle BSN691682483 door de backoffice gedaan.", "691682483"),
    ("In de beschikking staat BSN9878 25 707, dat klopt niet.", "9878 25 707"),
    ("Aanmelding met (bsn 68.81.36.138) via Veilig Thuis.", "68.81.36.138"),
])
def test_een_bsn_in_elke_groepering_na_zijn_label(regel: str, waarde: str) -> None:
    assert ("bsn", waarde) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Kenmerk 72.57.63.863 graag vermelden.", "Zaak 16227 5869 is gesloten.",
                                   "BSN van moeder volgt; dossiernummer 1922 85 142."])
def test_een_gegroepeerd_nummer_zonder_bsn_label_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Broer geb. March 18, 1997 heeft een eigen hulpverlener.", "March 18, 1997"),
    ("Uit de BRP: dochter (27-Oct-1964), ingeschreven bij oma.", "27-Oct-1964"),
    ("geboortedatum:22-februari-1997", "22-februari-1997"),
    ("Gezin: moeder, zusje, 05-Sep-2021, woont bij vader.", "05-Sep-2021"),
    ("Aanvraag ontvangen, geboren d.d. 17.02.93 volgens de BRP.", "17.02.93"),
    ("Gezinssamenstelling: moeder, d.o.b. 08/10/1985 woont bij vader.", "08/10/1985"),
    ("Kind gebdatum 24.11.2001, zit in groep 6.", "24.11.2001"),
    ("geboortedatum kind: 28 February 1955", "28 February 1955"),
    ("In de mail van school: leerling * 25 May 2021, veel verzuim.", "25 May 2021"),
])
def test_een_geboortedatum_in_elke_schrijfwijze(regel: str, waarde: str) -> None:
    assert ("geboortedatum", waarde) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Evaluatie gepland op 15-May-2016.", "Zitting kinderrechter 23 Feb 2025.",
                                   "Moeder is op March 3, 2021 verhuisd.", "Deadline rapportage: 1-oktober-2024."])
def test_een_datum_van_iets_anders_is_geen_geboortedatum(regel: str) -> None:
    assert "geboortedatum" not in [s for s, _ in _vondsten(regel)]


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Zoon plaatst filmpjes op fb: xx_fleur_xx, school maakt zich zorgen.", "xx_fleur_xx"),
    ("Screenshot van discord: dj_rayan010 toegevoegd aan het dossier.", "dj_rayan010"),
    ("Zoon plaatst filmpjes op Discord shanaya_ams, school maakt zich zorgen.", "shanaya_ams"),
    ("Volgens de mentor wordt hij gepest via IG: jaydenx.", "jaydenx"),
])
def test_een_account_na_fb_ig_of_discord(regel: str, waarde: str) -> None:
    assert any(soort == "sociale-media" and waarde in tekst for soort, tekst in _vondsten(regel))


@pytest.mark.parametrize("regel", ["De gemeente Utrecht is te vinden op instagram.com/gemeenteutrecht.",
                                   "Nieuws staat op www.facebook.com/GGDZeeland en op de site.",
                                   "Zoon zit veel op Discord en TikTok.", "De fb-pagina van de school is dicht."])
def test_het_account_van_een_organisatie_of_een_platform_alleen_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []
