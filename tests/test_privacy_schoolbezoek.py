"""A school a child attends, named without a class next to it (issue 20, corpus `zesde`): the school's kind or school
word makes it a school, and the way Dutch writes attendance makes it one child's school: a verb or phrase of
attendance right before it ("zit op", "ingeschreven bij", "leerling van", "meldt de zoon aan bij"), a child in the
sentence with "op" or "naar" before it, a part of the school after it ("(bovenbouw)"), a placement ("of ... een plek
heeft") or a document of one pupil's schooling ("verzuimmelding", "groepsplan"). A school as a building or an
organisation of the neighbourhood, with no child, stays clean; so does a school named after a person or with its
school word after the name, which is as often the neighbourhood's building, unless a part of the school or a pupil's
document stands with it."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst


def _vondsten(regel: str, plaats: str = "toelichting") -> list[tuple[str, str]]:
    tekst = _yaml(plaats, regel)
    return [(v.soort, " ".join(tekst[v.begin:v.eind].split())) for v in scan_tekst(tekst).vondsten]


def _scholen(regel: str, plaats: str = "toelichting") -> list[str]:
    return [w for s, w in _vondsten(regel, plaats) if s == "school"]


@pytest.mark.parametrize(("regel", "school"), [
    ("Het meisje zit sinds januari op SBO De Wissel.", "SBO De Wissel"),
    ("Sinds de verhuizing staat ze ingeschreven op ISK De Brug.", "ISK De Brug"),
    ("Tijdelijk ingeschreven bij obs De Vlinder, daarna verhuizing.", "obs De Vlinder"),
    ("Hij is leerling van Kindcentrum De Sterrenboog.", "Kindcentrum De Sterrenboog"),
    ("De moeder meldt de zoon aan bij VSO De Horizon.", "VSO De Horizon"),
    ("Aangemeld bij Mytylschool De Ruimte, nog geen besluit.", "Mytylschool De Ruimte"),
    ("De oudste gaat na de zomer naar ISK Zuid.", "ISK Zuid"),
    ("Het Stedelijk Lyceum Zuid (onderbouw) belde over de dochter.", "Stedelijk Lyceum Zuid"),
    ("Dochter krijgt op pcbs De Akker extra hulp bij rekenen.", "pcbs De Akker"),
    ("Uw zoon was vandaag niet aanwezig op sbo de zwaluw.", "sbo de zwaluw"),
    ("Moeder heeft de jongen ingeschreven op ROC Midden Noord.", "ROC Midden Noord"),
    ("Vader is ontevreden over IKC De Kameleon (middenbouw).", "IKC De Kameleon"),
    ("De IB'er gaat na of SO De Kei een plek heeft voor volgend jaar.", "SO De Kei"),
    ("Verzuimmelding van cbs De Fakkel ontvangen via leerplicht.", "cbs De Fakkel"),
    ("Sinds januari volgt hij onderwijs op VSO De Ommezwaai.", "VSO De Ommezwaai"),
    ("Vorige week is ze uitgeschreven bij ISK Het Anker.", "ISK Het Anker"),
    ("Na het onderzoek is de jongen verwezen naar SO De Kameleon.", "SO De Kameleon"),
    ("De mentor van ISK De Globe belde over de zoon.", "ISK De Globe"),
    ("De IB'er op obs Het Spectrum maakt zich zorgen om het meisje.", "obs Het Spectrum"),
])
def test_een_school_waar_een_kind_op_zit_zonder_klas(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize("naam", ["verzuimmelding cbs De Fakkel 2024-03-01", "groepsplan Stedelijk Gymnasium Noord",
                                  "OPP obs De Vlinder"])
def test_een_school_in_de_bestandsnaam_van_een_leerlingdocument(naam: str) -> None:
    assert "school" in scan_naam(naam.replace(" ", "_") + ".yaml")


@pytest.mark.parametrize("regel", [
    "In de gymzaal van het Erasmus College is de inloop van het wijkteam.",
    "Overleg met de directie van De Regenboog over de wijk.",
    "Het buurthuis naast obs De Vlinder is tot mei gesloten.",
    "De leerlingen van het Stedelijk Lyceum Zuid maken de wijkkrant.",
    "De wijkcoach gaat naar het Erasmus College voor een voorlichting.",
    "Op vrijdag is er een informatieavond in de aula van SBO De Wissel.",
    "De oudste zit in de bovenbouw en doet het redelijk.",
    "Het advies voor volgend schooljaar is de bovenbouw van het vmbo.",
    "Zoon speelt na school in de speeltuin achter de Piet Heinschool.",
    "De school heeft een plek voor de inloop van het wijkteam.",
    "De zorgcoördinator van ISK De Globe schuift aan bij het wijkoverleg.",
    "Moeder is verwezen naar de buurtcoach van het wijkteam.",
    "Het wijkteam zit elke dinsdag op obs De Vlinder voor het spreekuur.",
    "De wijkcoach is op dinsdag aanwezig op SBO De Wissel.",
    # a school named after a person, or with its school word after the name, is as often the neighbourhood's
    # building: without a class it needs a part of the school after it or a pupil's document
    "De jongen zit op de Wilhelminaschool.",
    "Het meisje gaat naar het Erasmiaans Gymnasium.",
])
def test_een_school_als_gebouw_of_organisatie_zonder_kind_blijft_schoon(regel: str) -> None:
    assert _scholen(regel) == []


@pytest.mark.parametrize(("regel", "school"), [
    ("notitie de vonk (sbo) gr. 3", "de vonk (sbo) gr. 3"),
    ("Wijkteam West: de Hoeksteen (cbs) groep 2", "de Hoeksteen (cbs) groep 2"),
    ("Zoon zit op De Wilgen (obs), groep 4.", "De Wilgen (obs), groep 4"),
    ("Dochter gaat na de zomer naar Noorderpoort leerjaar 1.", "Noorderpoort leerjaar 1"),
])
def test_een_school_met_haar_soort_tussen_haakjes_erna_of_een_leerjaar(regel: str, school: str) -> None:
    assert school in " ".join(_scholen(regel))


@pytest.mark.parametrize("regel", ["De moeder (ouder) gaat naar groep 4 voor een les.",
                                   "Gesprek met de vader (isk-docent) over groep 3.",
                                   "Zoon (sbo) zit in groep 5 en Dochter (obs) in groep 2."])
def test_een_rol_tussen_haakjes_is_geen_soort_school(regel: str) -> None:
    assert _scholen(regel) == []
