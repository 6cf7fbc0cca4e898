"""A person stays a person in the frames the "no person" rules read (issue 20): those rules take a maker, an author,
a place, an employer or a method out of the name findings, and each must not take a client, a child or a family
member out with it. The sentences are ordinary dossier sentences a review of the rules wrote, not corpus lines."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_tekst

PERSONEN = [
    # children with their birth years are no citation, also several in one pair of brackets
    ("kinderen (Fatima, 2012; Youssef, 2015) wonen bij moeder", "Fatima"),
    ("kinderen (Fatima, 2012; Youssef, 2015) wonen bij moeder", "Youssef"),
    ("De kinderen (Noor, 2014 & Sem, 2016) gaan naar de opvang", "Noor"),
    ("Kinderen (Bakker, 2012; Jansen, 2015) wonen bij vader", "Bakker"),
    # a surname that is also a maker's, without any sign of literature
    ("Pavlov belde gisteren over de huur", "Pavlov"),
    ("Gesprek met Kovacs over de schulden", "Kovacs"),
    ("Gesprek met Horowitz over de huur", "Horowitz"),
    ("Ainsworth belde de politie om drie uur 's nachts", "Ainsworth"),
    ("Kübler-Ross woont naast het gezin", "Kübler-Ross"),
    # a capitalised word after a preposition is a place only when it is one
    ("Moeder heeft weinig vertrouwen in Yusuf", "Yusuf"),
    ("Uit Yilmaz zijn verklaring blijkt dat het misging", "Yilmaz"),
    ("De kinderen spelen in Noor haar kamer", "Noor"),
    ("Jeugdige is verhuisd naar Pietersen in Utrecht", "Pietersen"),
    ("Zoon is gevlucht naar Bakker, een vriend van vader", "Bakker"),
    # an employer that is a person
    ("Vader werkt bij Ahmed Benali in de winkel", "Benali"),
    ("Zoon heeft een bijbaan bij Jansen op de markt", "Jansen"),
    ("Moeder werkt als oppas bij Yilmaz", "Yilmaz"),
    # a name after "een" or a syndrome's "van" that is a surname of the lists
    ("Een Bakker uit de straat heeft geklaagd", "Bakker"),
    ("Het syndroom van Bakker is bij moeder vastgesteld", "Bakker"),
    # what a person made, said or did is no method
    ("Gesprek gevoerd aan de hand van de tekening van Sara", "Sara"),
    ("Op basis van de melding van Jansen is een onderzoek gestart", "Jansen"),
    ("Aan de hand van de observaties van Yilmaz is het plan bijgesteld", "Yilmaz"),
    # a method's own name before a maker is a sign of literature; an organisation or team before a person is none
    ("Het wijkteam van Maria Aarts belde over de huur", "Maria Aarts"),
    # a person mentioned in a Teams note is a name, as a channel or a team is none
    ("@Fatima kun jij moeder vandaag terugbellen?", "Fatima"),
    # a person in a sentence of another language, after its word for a family member or before its verb
    ("Annesi Ayşe Yılmaz zegt dat het goed gaat", "Ayşe Yılmaz"),
    ("Yıldırım belde gisteren over de huur", "Yıldırım"),
    ("Selim zegt dat het beter gaat", "Selim"),
    ("Segun Shurandy Martina, tur kos ta bai bon", "Shurandy Martina"),
    ("Dobrze, we bellen met magdalena wozniak jutro", "magdalena wozniak"),
    ("Het meisje Tesfay doubleert groep 5", "Tesfay"),
]


@pytest.mark.parametrize(("regel", "naam"), PERSONEN)
def test_een_persoon_blijft_een_naam(regel: str, naam: str) -> None:
    tekst = f'toelichting: "{regel}"\n'
    gevonden = [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "naam"]
    assert any(naam in stuk for stuk in gevonden), gevonden


GEEN_PERSONEN = [
    ("Het team werkt met de hechtingstheorie van Ainsworth.", "Ainsworth"),
    ("De fasen van Kübler-Ross (1969) zijn besproken.", "Kübler-Ross"),
    ("Uit onderzoek blijkt dat vroeg ingrijpen helpt (Miller & Rollnick, 2013).", "Miller"),
    ("Het gezin is vanuit Asmara naar Nederland gekomen.", "Asmara"),
    ("Moeder werkt als schoonmaakster bij Asito.", "Asito"),
    ("Het syndroom van Down is bij de jongste vastgesteld.", "Down"),
    ("Er is een nieuwe Samsung gekocht.", "Samsung"),
]


@pytest.mark.parametrize(("regel", "naam"), GEEN_PERSONEN)
def test_een_maker_plaats_of_werkgever_blijft_geen_persoon(regel: str, naam: str) -> None:
    tekst = f'toelichting: "{regel}"\n'
    gevonden = [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "naam"]
    assert not any(naam in stuk for stuk in gevonden), gevonden
