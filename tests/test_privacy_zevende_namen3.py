"""Names in the seventh corpus (issue 20), as review forms, interview notes and transcripts write them: a first name
with the surname in capitals ("Ionela POPESCU"), a name in capitals with its interfix ("JOOST DE GRAAF"), a second
name joined by "en" after a role ("kinderen Wei en Tunde"), a plural role before a surname ("Pleegouders Asante"),
the label of an interviewee ("Geïnterviewde: Wati"), spoken Dutch ("ik zeg tegen babiker elsheikh"), a lowercase
first name with a surname Dutch never writes ("dat nadia azzouz met"), a particle joined to a known name ("Al-Hassan",
"Al-Ani-Chen"), a person a report is about ("de melding over Chichi"), one seen or applied for ("zien we Ngozi",
"aangevraagd door Nwosu"), the register order between dashes ("Balogun, Tunde"), a parent in English before two
given names ("Father Mei Ling"), and a name Dutch never writes that ends like a Dutch word ("Casusregisseur
Ruthsel"). The same frames before an abbreviation, an organisation, a group or a common word stay clean."""

from __future__ import annotations

import pytest

from privacymeting import gevonden


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    return gevonden("naam", regel, plaats)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Opmerking bij dossier: de melding noemt Ionela POPESCU als pleger.", "Ionela POPESCU"),
    ("Ouders: Thiago CARVALHO en Efua MENSAH, adres onbekend.", "Efua MENSAH"),
    ("Client Budi SIREGAR is niet verschenen.", "Budi SIREGAR"),
])
def test_een_voornaam_met_de_achternaam_in_hoofdletters(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize("regel", ["Bij aanmelding: moeder Fatima BSN onbekend.",
                                   "Sinds de zomer werken moeder Fatima en Veilig Thuis samen."])
def test_een_afkorting_of_organisatie_naast_een_voornaam_hoort_niet_bij_de_naam(regel: str) -> None:
    assert _namen(regel) == ["Fatima"]


@pytest.mark.parametrize(("regel", "naam"), [
    ("Het geld ging naar een rekening op naam van JOOST DE GRAAF.", "JOOST DE GRAAF"),
    ("Brief aan JAN VAN DER BERG verstuurd.", "JAN VAN DER BERG"),
])
def test_een_naam_in_hoofdletters_met_tussenvoegsel(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Gezinssamenstelling: vader Heijden, F. van der, moeder Faadumo Farah, kinderen Wei en Tunde.", "Tunde"),
    ("Sinds de zomer wonen moeder Fatima en Yonas bij oma.", "Yonas"),
])
def test_een_tweede_naam_met_en_na_een_rol(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Pleegouders Asante wonen dichtbij; de omgang is op zaterdag.", "Asante"),
    ("De ouders Yilmaz zijn vorig jaar gescheiden.", "Yilmaz"),
])
def test_een_achternaam_na_een_rol_in_het_meervoud(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Geïnterviewde: Wati, ambulant hulpverlener, bereikbaar via het team.", "Wati"),
    ("Respondent: Kiros, vader van de jongste.", "Kiros"),
])
def test_een_naam_na_het_label_van_een_geinterviewde(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("dus ik zeg tegen babiker elsheikh van je moet gewoon naar school gaan", "babiker elsheikh"),
    ("en toen vroeg ik aan semhar tesfay of ze mee wilde", "semhar tesfay"),
])
def test_een_naam_na_zeggen_tegen_in_spreektaal(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


def test_een_kleine_voornaam_met_een_achternaam_die_nederlands_nooit_schrijft() -> None:
    regel = "in het plan staat dat nadia azzouz met de kinderen tijdelijk bij oma verblijft"
    assert "nadia azzouz" in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("R1: ik ben sinds januari casusregisseur voor Al-Hassan, daarvoor lag het bij een collega.", "Al-Hassan"),
    ("Moeder heet sinds haar huwelijk Mustafa Al-Ani-Chen; in het dossier staan beide namen door elkaar.",
     "Mustafa Al-Ani-Chen"),
    ("Volgens het plan is Tesfay Kidane-Martina sinds maart de voogd.", "Tesfay Kidane-Martina"),
])
def test_een_naam_met_een_koppelteken_tussen_bekende_delen(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Interview teamleider: de melding over Chichi kwam via de huisarts binnen.", "Chichi"),
    ("R3: op school zien we Ngozi bijna elke dag zonder ontbijt.", "Ngozi"),
    ("Parkeervergunning aangevraagd voor het busje door Nwosu.", "Nwosu"),
    ("1.2.1 Regie: deels. Casusregisseur Ruthsel heeft het plan niet met vader besproken.", "Ruthsel"),
    ("dossier 09 — Balogun, Tunde — lopend", "Balogun, Tunde"),
    ("Father Mei Ling shared his IBAN for the reimbursement of the school trip.", "Mei Ling"),
])
def test_een_naam_waar_de_zin_een_persoon_zet(regel: str, naam: str) -> None:
    assert naam in _namen(regel)


def test_op_voor_een_achternaam_is_geen_tussenvoegsel() -> None:
    namen = _namen("De leerplichtambtenaar meldt 40 uur verzuim van Krzysztof op Yuverta.")
    assert "Krzysztof" in namen and not any(" op " in naam for naam in namen)
    assert "Jan op den Kamp" in _namen("Gesprek met Jan op den Kamp over de huur.")


@pytest.mark.parametrize("regel", [
    "Het RAPPORT VAN DE INSPECTIE is openbaar.",
    "Pleegouders Nederland geeft voorlichting over de nieuwe regels.",
    "Geïnterviewde: de teamleider van het wijkteam.",
    "ik zeg tegen de juf dat het goed gaat",
    "ik zei tegen hem dat hij moest blijven",
    "In de wijk zien we Eritreeërs vaak in de bibliotheek.",
    "Het formulier is ingevuld door de gezinscoach.",
    "De melding over de situatie kwam via de huisarts.",
    "Samenwerking met Pluryn, Yorneo en Karakter is goed.",
    "Het zorg- en veiligheidshuis in Noord-Brabant werkt samen met Sint-Maartenskliniek.",
])
def test_dezelfde_kaders_zonder_persoon_blijven_schoon(regel: str) -> None:
    assert _namen(regel) == []
