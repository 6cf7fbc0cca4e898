"""Names found by where they stand in a sentence and by how they are written (issue 20): the subject of a verb only
a person does ("Bakker vertelt"), an inverted subject ("vertelde Kibrom dat"), the object of a verb of care, a name
after a professional's role or a document word, names with an apostrophe or a particle, short names, and names in
file names beside an initial; and the lines that must stay clean: a common noun with its article, an organisation
or a Dutch word in the same places, a gemeente code after "dossier"."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _namen(regel: str) -> list[str]:
    tekst = regel + "\n"
    return [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize(("regel", "naam"), [
    # the subject before a verb only a person does: a surname that is also a Dutch word, a name no list knows
    ('toelichting: "Bakker vertelt dat het thuis rustiger is."', "Bakker"),
    ('toelichting: "Visser belde over de afspraak met school."', "Visser"),
    ('citaat: "Dimitrova is op 4 oktober uit huis geplaatst."', "Dimitrova"),
    ('citaat: "alexandru is op 4 oktober uit huis geplaatst."', "alexandru"),
    ('citaat: "sharona kook wil geen contact meer met de jeugdbeschermer."', "sharona kook"),
    ('citaat: "Ahmadzai werkt als taxichauffeur."', "Ahmadzai"),
    ('citaat: "jan de vries is de stiefvader."', "jan de vries"),
    ('citaat: "Casusregie ligt bij het wijkteam; Cheikh is hiervan op de hoogte gebracht."', "Cheikh"),
    # the subject after a fronted part, or of a subordinate clause
    ('citaat: "In het netwerkberaad vertelde ousmane sow dat ze geen vrienden heeft."', "ousmane sow"),
    ('citaat: "Volgens de mentor komt SOW vaak te laat en oogt moe."', "SOW"),
    ('citaat: "Bij het huisbezoek opende Ousmane Coulibaly de deur niet."', "Ousmane Coulibaly"),
    ('citaat: "Afgesproken is dat Ousmane zelf de huisarts belt."', "Ousmane"),
    # the object of a verb of care, one phoned with, one named with a role
    ('citaat: "De schuldhulpverlener heeft Gijs van \'t Hof doorverwezen naar de voedselbank."', "Gijs van 't Hof"),
    ('citaat: "De schuldhulpverlener heeft A. Sow doorverwezen naar de voedselbank."', "A. Sow"),
    ('citaat: "Ik heb met SOW gebeld over de afspraak."', "SOW"),
    ('citaat: "Er is een gesprek gepland met Ibrahima en de leerplichtambtenaar."', "Ibrahima"),
    ('team: "Jeugdteam Oost (casusregisseur ama)"', "ama"),
    # a state only a person is in, a person's case or relation, a talk with a person
    ('citaat: "Bij het huisbezoek was Kasia niet thuis."', "Kasia"),
    ('citaat: "De casus van Teklehaimanot is besproken in het MDO."', "Teklehaimanot"),
    ('citaat: "De broer van mohammed is gearresteerd."', "mohammed"),
    ('citaat: "Het gesprek met abrehet is verzet naar volgende week."', "abrehet"),
    ('citaat: "Stiefvader mark jansen heeft een verleden van huiselijk geweld."', "mark jansen"),
    # a name with an age or a family, one spoken to, one of whom a consent, a worry or a stay is told
    ('citaat: "Wójcik (14) zit op het vmbo."', "Wójcik"),
    ('citaat: "Zebari en haar twee kinderen wonen in een opvang."', "Zebari"),
    ('citaat: "De hulpverlener sprak Georgi aan op zijn gedrag."', "Georgi"),
    ('citaat: "Volgens de school is mebrahtu vaak afwezig."', "mebrahtu"),
    ('citaat: "Met instemming van Darwish is de school geïnformeerd."', "Darwish"),
    ('citaat: "Er zijn zorgen over de veiligheid van Georgi."', "Georgi"),
    ('citaat: "Soran heeft een licht verstandelijke beperking."', "Soran"),
    ('citaat: "Door de scheiding ziet Georgi zijn vader weinig."', "Georgi"),
    ('citaat: "Gisteren is Mebrahtu opgenomen in het ziekenhuis."', "Mebrahtu"),
    ('citaat: "Wanneer Mebrahtu thuiskomt, is er vaak ruzie."', "Mebrahtu"),
    ('citaat: "De leerplichtambtenaar heeft Chiamaka opgeroepen."', "Chiamaka"),
    ('citaat: "De voogd van Wójcik is overgeplaatst."', "Wójcik"),
    # a surname that is a Dutch word too, with a capital inside a sentence or after a first name
    ('citaat: "In het netwerkberaad vertelde Bos dat ze geen vrienden heeft."', "Bos"),
    ('team: "Jeugdteam Oost (casusregisseur Vos)"', "Vos"),
    ('citaat: "Afgesproken is dat lieke kok zelf de huisarts belt."', "lieke kok"),
    # lowercase names of other origins, with their particles
    ('citaat: "barzani is op 4 oktober uit huis geplaatst."', "barzani"),
    ('citaat: "Afgesproken is dat el ouali zelf de huisarts belt."', "el ouali"),
    ('"gesprek tjon a fong": ja', "tjon a fong"),
    # written as names are: an apostrophe, a particle with a hyphen
    ('citaat: "Volgens D\'Souza gaat het beter."', "D'Souza"),
    ('citaat: "Aoife O\'Brien is op 4 oktober uit huis geplaatst."', "Aoife O'Brien"),
    ('team: "Jeugdteam Oost - plan AL-MASRI"', "AL-MASRI"),
    # a document word before or after a name in a key
    ('"plan Ama": ja', "Ama"),
    ('"Amrani dossier": ja', "Amrani"),
    ('"casus Sow": ja', "Sow"),  # a short name no list knows, but used abroad
    ('"Pham (moeder)": ja', "Pham"),
    ('"verslag Mebrahtu en school": ja', "Mebrahtu"),
])
def test_naam_op_de_plaats_van_een_persoon(regel: str, naam: str) -> None:
    assert _namen(regel) == [naam]


@pytest.mark.parametrize("regel", [
    'citaat: "De bakker vertelt dat het gezin elke week brood haalt."',  # a noun with its article
    'citaat: "Bakker en slager zijn de enige winkels in de wijk."',
    'citaat: "Visser zijn hier veel in de haven."',
    'citaat: "Moeder vertelt dat het beter gaat."',  # a role
    'citaat: "Cliënte vertelt dat ze bang is."',
    'citaat: "Triade heeft de melding doorgezet."',  # an organisation, with a verb an organisation does
    'citaat: "Afgesproken is dat Triade zelf contact opneemt."',
    'citaat: "De leerplichtambtenaar belt de ouders morgen."',  # a verb after a role with its article
    'citaat: "Opschalen wil zeggen dat de regisseur een probleem kan voorleggen."',  # a Dutch verb
    'citaat: "Samenvattend vindt de inspectie het beleid onvoldoende."',  # a participle
    'citaat: "Toen vertelde de leerkracht dat het kind gepest wordt."',
    'citaat: "Het gezin komt uit Moldova."',  # a country ending like a surname
    'citaat: "contact met regievoerder via beeldbellen."',  # a function, by its ending
    'citaat: "Mentor belt de ouders."',  # a role and a verb that is a surname too
    'citaat: "Vader belt de school elke week."',
    'citaat: "Het kantoor van het wijkteam zit aan de Dr. Lelylaan."',  # a street named after a doctor
    'citaat: "Na overleg met Triade is besloten tot een ondertoezichtstelling."',  # an organisation
    'citaat: "De situatie van Kanaleneiland is anders dan die van Overvecht."',  # a neighbourhood
    'citaat: "Bij het overleg was Triade niet aanwezig."',
    'citaat: "Kok en bakker zijn de beroepen die jongeren het vaakst noemen."',  # a surname at a sentence start
    'citaat: "Volgens de AMW belt de school te laat."',  # an abbreviation in capitals
    'citaat: "Het gezin verblijft bij Pluryn."',  # an institution one stays at
    'citaat: "Wijkteam Noord (3) heeft de meeste casussen."',  # a number in brackets after a team
    'citaat: "De gemeente en haar partners hebben afspraken gemaakt."',
    'citaat: "Volgens Triade is de behandeling afgerond."',
    'citaat: "In 2016 is Kwadraad opgenomen in het netwerk."',
    'citaat: "De contactpersoon van Lindenhout belde."',  # a professional of an organisation
    'citaat: "Dossier GOU-2015-061 is in het onderzoek meegenomen."',  # a gemeente code, not a name
    '"dossier GOU-2017-100": ja',
    '"Malburgen dossier": ja',  # a neighbourhood
    '"plan Kolenkit": ja',
    '"Wijkteam Kralingen dossier": ja',
])
def test_gewone_zinnen_op_dezelfde_plaatsen_blijven_schoon(regel: str) -> None:
    assert _namen(regel) == []


@pytest.mark.parametrize("bestand", ["jansen_p.yaml", "evaluatie_JANKOWSKI.yaml", "ALM-2016-120-itto-boukhrouf.yaml",
                                     "plan_DIALLO.yaml", "casus_HENK.yaml"])
def test_naam_in_een_bestandsnaam(bestand: str) -> None:
    assert scan_naam(bestand) == ["naam"]


@pytest.mark.parametrize("bestand", ["Dossier_TIL-2017-056_is_in_de_steekproef_getrokken.yaml",
                                     "dossier_GOU-2015-131.yaml", "yaml-boolean.yaml", "verslag_p.yaml"])
def test_bestandsnaam_zonder_naam_blijft_schoon(bestand: str) -> None:
    assert scan_naam(bestand) == []


@pytest.mark.parametrize(("regel", "naam"), [
    # a role of a professional or of the family that the lists of roles leave out, also as a compound
    ('citaat: "Volgens casemanager de Wit gaat het beter."', "de Wit"),
    ('citaat: "Stagiaire de Graaf was aanwezig bij het MDO."', "de Graaf"),
    ('citaat: "Gesprek met gastouder Van Dam over de opvang."', "Van Dam"),
    ('citaat: "Volgens zorgmoeder de Bruin gaat het beter."', "de Bruin"),
    ('citaat: "Overbuurvrouw Kowalczyk was niet thuis."', "Kowalczyk"),
    # a side of the family in brackets between the role and the name
    ('citaat: "Gesprek met oom (vz) de Ruiter over de opvang."', "de Ruiter"),
    # a common Dutch surname after its interfix, also when the word alone is a Dutch word
    ('citaat: "Gesprek met huisarts Van der Meer over de thuissituatie."', "Van der Meer"),
])
def test_naam_na_een_rol_die_geen_lijst_kent(regel: str, naam: str) -> None:
    assert any(naam in gevonden for gevonden in _namen(regel))
