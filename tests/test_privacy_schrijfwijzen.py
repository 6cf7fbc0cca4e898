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


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Leerplicht: veel verzuim op Deltion College 4e jaar bol.", "Deltion College 4e jaar bol"),
    ("Schoolgegevens: ROC van Twente, jaar 2, mentor bekend.", "ROC van Twente, jaar 2"),
    ("Zoon zit op mbo Utrecht niveau 2, jaar 1 en gaat met plezier.", "mbo Utrecht niveau 2, jaar 1"),
    ("Schoolgegevens: groep 1-2 van sbo De Piramide, mentor bekend.", "groep 1-2 van sbo De Piramide"),
    ("Thuiszitter, laatst op RK basisschool De Lindeboom (groep 3).", "RK basisschool De Lindeboom (groep 3)"),
    ("Broertje is ingeschreven bij Prot. Chr. Basisschool De Zaaier groep 8.",
     "Prot. Chr. Basisschool De Zaaier groep 8"),
    ("Zoon zit op mavo Nieuw Zuid 3 vmbo-t en gaat met plezier.", "mavo Nieuw Zuid 3 vmbo-t"),
    ("Schoolgegevens: 2 mavo van Praktijkonderwijs De Sprong.", "2 mavo van Praktijkonderwijs De Sprong"),
    ("Zoon zit op cbs het kompas combinatiegroep 5/6 en gaat met plezier.", "cbs het kompas combinatiegroep 5/6"),
    ("Mail van Stedelijk Gymnasium Leiden 3 gt over schorsing.", "Stedelijk Gymnasium Leiden 3 gt"),
])
def test_een_school_met_elke_schrijfwijze_van_klas_of_jaar(regel: str, waarde: str) -> None:
    assert ("school", waarde) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Zij doet een mbo-opleiding niveau 2, jaar 1 is bijna klaar.",
                                   "Het ROC heeft in jaar 2 een nieuwe mentor.", "In het 3e jaar van het traject.",
                                   "De mavo in de wijk heeft een wachtlijst voor klas 1."])
def test_een_schoolsoort_of_jaar_zonder_school_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Melding over overlast bij Dorpsstraat 35-hs Amsterdam.", "Dorpsstraat 35-hs Amsterdam"),
    ("Oma woont op Lange Nieuwstraat 220 A Nijmegen, kinderen logeren daar vaak.", "Lange Nieuwstraat 220 A Nijmegen"),
    ("verslag woont aan de PRINS HENDRIKKADE 188 BIS DELFT", "PRINS HENDRIKKADE 188 BIS DELFT"),
    ("adres: kerkstraat 119-hs breda", "kerkstraat 119-hs breda"),
    ("Melding over overlast bij adres: Hauptstraße 5, 47533 Kleve.", "Hauptstraße 5, 47533 Kleve"),
    ("Jongere woont Bahnhofstr. 12, 52062 Aachen en komt niet naar school.", "Bahnhofstr. 12, 52062 Aachen"),
    ("Gezin p/a Kirchweg 7a, 47574 Goch sinds januari.", "Kirchweg 7a, 47574 Goch"),
])
def test_een_adres_met_zijn_plaats_of_een_duitse_postcode(regel: str, waarde: str) -> None:
    assert ("adres", waarde) in _vondsten(regel)


@pytest.mark.parametrize(("regel", "adres"), [
    ("Huisbezoek op Kerkstraat 12 Moeder was niet thuis.", "Kerkstraat 12"),
    ("Gesprek op Molenweg 3 Vader kwam later.", "Molenweg 3"),
])
def test_een_woord_na_het_adres_dat_geen_plaats_is_hoort_er_niet_bij(regel: str, adres: str) -> None:
    assert ("adres", adres) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Bladzijde 12 van het plan.", "Er zijn 12.450 euro en 47533 punten."])
def test_een_bladzijde_of_getal_is_geen_adres(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Uit de BRP: De Dreef 204, 2611 HN Delft.", "De Dreef 204, 2611 HN Delft"),
    ("Post gaat naar HET ROND 197B, 3512JE UTRECHT.", "HET ROND 197B, 3512JE UTRECHT"),
    ("woonadres: rozengaard 111-2, 5611ab eindhoven", "rozengaard 111-2, 5611ab eindhoven"),
    ("Gezin bij oma op Rue de la Loi 16, 1000 Brussel sinds januari.", "Rue de la Loi 16, 1000 Brussel"),
    ("Post gaat naar Adres: Meir 12, 2000 Antwerpen.", "Meir 12, 2000 Antwerpen"),
    ("Woont aan de Lange Kievitstraat 111, 2018 Antwerpen.", "Lange Kievitstraat 111, 2018 Antwerpen"),
])
def test_een_straat_voor_een_postcode_of_een_belgische_plaats(regel: str, waarde: str) -> None:
    assert any(soort == "adres" and waarde in tekst for soort, tekst in _vondsten(regel))


@pytest.mark.parametrize("regel", ["Sinds 2018 Antwerpen als standplaats voor het team.",
                                   "Er waren 12, 2018 Nieuwe meldingen.", "Zij kreeg 3, 2019 Gent bleef stil."])
def test_een_jaar_of_telling_voor_een_plaats_is_geen_adres(regel: str) -> None:
    assert "adres" not in [s for s, _ in _vondsten(regel)]


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ("Zijn YouTube-kanaal: gamer_sem07 heeft veel volgers.", "sociale-media", "gamer_sem07"),
    ("Contact liep via Snapchat (kevin_2009x), zegt moeder.", "sociale-media", "kevin_2009x"),
    ("Ze heeft Instagram 'noor.xx' op privé gezet.", "sociale-media", "noor.xx"),
    ("Zoon gebruikt de naam xx_fleur_xx op Instagram.", "sociale-media", "xx_fleur_xx"),
    ("Aanmelding met BSN-nr.725763863 via de huisarts.", "bsn", "725763863"),
    ("Geboortedatum en -plaats: 12-03-2009, Gouda", "geboortedatum", "12-03-2009"),
    ("Jeugdige, 12-03-2009 (geboortedatum), staat onder toezicht.", "geboortedatum", "12-03-2009"),
    ("Zij is geboren op de 3e april 2012 in Gouda.", "geboortedatum", "3e april 2012"),
    ("Zoon zit op de Regenboog in groep 5.", "school", "de Regenboog in groep 5"),
])
def test_nog_meer_schrijfwijzen(regel: str, soort: str, waarde: str) -> None:
    assert any(s == soort and waarde in tekst for s, tekst in _vondsten(regel))


@pytest.mark.parametrize("regel", ["Zij zit op de BSO in groep 5.", "Zoon zit op de Voetbal in groep 5 niet.",
                                   "Gesprek op de 3e april 2024 gepland.", "Klas 3 van de mavo gaat op kamp.",
                                   "Zij gebruikt de naam van haar moeder op Facebook."])
def test_nog_meer_schone_regels(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Zoon zit op graafschap college leerjaar 1 en gaat met plezier.", "graafschap college leerjaar 1"),
    ("Thuiszitter sinds maart, laatst op stedelijk gymnasium leiden 3 gt.", "stedelijk gymnasium leiden 3 gt"),
    ("Broertje is ingeschreven bij praktijkonderwijs de sprong 3 gt.", "praktijkonderwijs de sprong 3 gt"),
    ("team: sint-janscollege 3 gt", "sint-janscollege 3 gt"),
])
def test_een_school_in_kleine_letters_met_zijn_klas_erachter(regel: str, waarde: str) -> None:
    assert ("school", waarde) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Het college van B&W besprak klas 3 van de mavo niet.",
                                   "Zij volgt een cursus op het college, leerjaar 1 is klaar."])
def test_een_gewoon_woord_voor_college_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Gegevens: geb.d. 12-03-2009, zie BRP.", "12-03-2009"),
    ("Gegevens: gebd. 12-03-2009, zie BRP.", "12-03-2009"),
    ("Gegevens: gebdtm 12-03-2009, zie BRP.", "12-03-2009"),
    ("Gegevens: birthdate 12-03-2009, zie BRP.", "12-03-2009"),
    ("Kinderen: zoon 12-03-2009, dochter 04-05-2012", "12-03-2009"),
    ("Kinderen: zoon 12-03-2009, dochter 04-05-2012", "04-05-2012"),
    ("Gezin: moeder, kind 1: 12-03-2009", "12-03-2009"),
])
def test_een_geboortedatum_na_een_afkorting_of_in_een_opsomming_van_het_gezin(regel: str, waarde: str) -> None:
    assert ("geboortedatum", waarde) in _vondsten(regel)


@pytest.mark.parametrize("regel", ["Gesprek moeder 12-03-2016, afspraken gemaakt.", "Moeder 12-03-2016 gebeld.",
                                   "Het is gebeurd op 12-03-2016, zegt moeder.", "Huisbezoek: moeder 12-03-2016: niet thuis."])
def test_een_datum_van_een_gesprek_met_een_gezinslid_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ("instagram account van dochter: mila.jansen_", "sociale-media", "mila.jansen_"),
    ("Zoon zit op cbs De Klimop groep zes.", "school", "cbs De Klimop groep zes"),
    ("Hij zit in groep acht van De Klimop.", "school", "groep acht van De Klimop"),
])
def test_een_account_van_een_gezinslid_en_een_uitgeschreven_groep(regel: str, soort: str, waarde: str) -> None:
    assert any(s == soort and waarde in tekst for s, tekst in _vondsten(regel))


@pytest.mark.parametrize(("regel", "soort", "waarde"), [
    ("Contact met onbekende man via Roblox: rayan_010.", "sociale-media", "rayan_010"),
    ("Zijn gamertag is Rayan010, zegt de mentor.", "sociale-media", "Rayan010"),
    ("Hij speelt online, PSN: rayan_010.", "sociale-media", "rayan_010"),
    ("Alle links op linktr.ee/lisa_xo staan open.", "sociale-media", "linktr.ee/lisa_xo"),
    ("Ingeschreven onder 725763863 (BSN), zegt de BRP.", "bsn", "725763863"),
])
def test_een_account_op_een_spelplatform_en_een_bsn_met_zijn_label_erachter(regel: str, soort: str, waarde: str) -> None:
    assert any(s == soort and waarde in tekst for s, tekst in _vondsten(regel))


@pytest.mark.parametrize("regel", ["Zoon speelt veel Roblox en Fortnite.", "Zaak 725763863 (kenmerk) is gesloten."])
def test_een_spel_zonder_account_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel)] == []
