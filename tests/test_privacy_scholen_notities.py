"""A pupil's school in the short notes of gemeente staff (issue 20): the school with its class written beside it in
any short form ("sbo de vlonder klas 2", "het Wessel College, gr. 5", "rkbs Sint Lucas (2 havo)", "groep 4 van
St.-Bavoschool", "kl. 2", "brugkl."), a name without a school word after a word that places a pupil ("zit op",
"leerplicht:", "IB'er van", "mentor"). The whole value is one finding, class included. A note about school without a
named school, a place and a person beside a class stay clean. The examples are other schools than the corpora's own."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_tekst


def _scholen(zin: str) -> list[str]:
    regel = f'citaat: "{zin}"\n'
    return [regel[v.begin:v.eind] for v in scan_tekst(regel).vondsten if v.soort == "school"]


@pytest.mark.parametrize(("zin", "school"), [
    # the class after the school belongs to the value, in every short form
    ("zoon zit op sbo de vlonder klas 2", "sbo de vlonder klas 2"),
    ("zoon zit op cbs de lichtboei groep 3", "cbs de lichtboei groep 3"),
    ("contact het Wessel College, gr. 5", "het Wessel College, gr. 5"),
    ("Jongste naar het Wessel College (gr. 5)", "het Wessel College (gr. 5)"),
    ("leerplicht: daltonschool de klimboom gr 6", "daltonschool de klimboom gr 6"),
    ("leerplicht: lorentz college groep 3", "lorentz college groep 3"),
    ("contact IKC De Zonnevlek (klas 3 mavo)", "IKC De Zonnevlek (klas 3 mavo)"),
    ("zit in rkbs Sint Lucas, gr 6", "rkbs Sint Lucas, gr 6"),
    ("zit in rkbs Sint Lucas (2 havo)", "rkbs Sint Lucas (2 havo)"),
    ("mentor Lorentz College kl. 2", "Lorentz College kl. 2"),
    ("vso De Lindenhof brugkl.", "vso De Lindenhof brugkl"),
    ("IB'er van bs De Vlonder gr. 5", "bs De Vlonder gr. 5"),
    # a school named after a saint, with the title joined by a hyphen
    ("Wijkteam Noord / school St.-Bavoschool, groep 8", "St.-Bavoschool, groep 8"),
    ("contact st.-bavoschool klas 1 vmbo-b", "st.-bavoschool klas 1 vmbo-b"),
    # the class before the school
    ("Jongste naar groep 4 van St.-Bavoschool", "groep 4 van St.-Bavoschool"),
    ("zoon zit op klas 3 mavo van Zwolse Velden", "klas 3 mavo van Zwolse Velden"),
    ("leerplicht: gr 6 van basisschool De Grote Boom", "gr 6 van basisschool De Grote Boom"),
    # a name without a school word beside its class
    ("zit in Zwolse Velden, klas 2", "Zwolse Velden, klas 2"),
    ("zoon zit op Brielse Poort (klas 2)", "Brielse Poort (klas 2)"),
    ("Zwolse Velden, leerjaar 3 (cm)", "Zwolse Velden, leerjaar 3"),
])
def test_school_met_klas_in_een_korte_notitie_is_een_vondst(zin: str, school: str) -> None:
    assert any(school in gevonden for gevonden in _scholen(zin)), _scholen(zin)


@pytest.mark.parametrize("zin", [
    "zoon zit in klas 2, gaat goed",
    "bs in de wijk, gr. 5 vol",
    "Gesprek met mentor over klas 2.",
    "leerplicht: verzuim groep 7 gemeld",
    "school: geen verzuim, gr. 5",
    "Moeder Fatima Bouzid, groep 5",
    "mentor Jan de Vries, klas 2",
    "gezin woont in Den Haag, groep 3",
    "Op school gaat het beter, kl. 2 afgerond.",
    "obs in de buurt heeft brugkl. niet.",
    # an organisation of care beside a class is no school
    "aangemeld bij Kenter Jeugdhulp, klas 2",
    "Lucertis Kinderpsychiatrie, groep 3",
])
def test_notitie_over_school_zonder_schoolnaam_blijft_schoon(zin: str) -> None:
    assert _scholen(zin) == []
