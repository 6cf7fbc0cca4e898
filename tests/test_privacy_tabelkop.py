"""Values of a table or CSV export under a header that names its columns (issue 20, corpus `zevende`): "Naam;Geb.datum;
BSN;Adres" followed by rows gives each cell of those rows its column's kind, so a date in the column of birth dates is
a birth date and a name in the column of schools a school, whatever the cell looks like. A date in another column
(a date of a conversation) and a table without such a header stay clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _vondsten(regel: str, plaats: str = "citaat") -> list[tuple[str, str]]:
    tekst = _yaml(plaats, regel)
    return [(v.soort, " ".join(tekst[v.begin:v.eind].split())) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize("plaats", ["citaat", "toelichting", "sleutel", "commentaar"])
@pytest.mark.parametrize(("regel", "datum"), [
    ("Naam;Geb.datum;BSN;Adres | Nwosu, Tunde;27-12-2021;213-626-007;Oranjeboomstraat 9", "27-12-2021"),
    ("Regel 17 uit de export (Naam;Geb.datum;Telefoon): N.A. Al-Ani;28-09-2020;06 16 98 95 80", "28-09-2020"),
    ("Naam;Geboortedatum;Woonplaats | Pham, Quang;02.03.2006;Utrecht", "02.03.2006"),
    ("Naam | Geboortedatum | School | Kees | 24 april 2013 | De Regenboog", "24 april 2013"),
    ("naam,geb. datum,telefoon | Jansen,2010-09-03,0612345678", "2010-09-03"),
])
def test_datum_in_de_kolom_van_geboortedata(regel: str, datum: str, plaats: str) -> None:
    assert ("geboortedatum", datum) in _vondsten(regel, plaats)


def test_datum_in_de_kolom_van_geboortedata_over_regels() -> None:
    tekst = "toelichting: |\n  Naam;Geb.datum;BSN\n  Jansen;05-10-1989;-\n  Pietersen;18 februari 2017;-\n"
    vondsten = [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]
    assert ("geboortedatum", "05-10-1989") in vondsten
    assert ("geboortedatum", "18 februari 2017") in vondsten


@pytest.mark.parametrize("regel", [
    "Datum;Gesprek;Duur | 12-03-2021;huisbezoek;60 min",
    "Naam;Datum gesprek;Thema | Team Noord;12-03-2021;veiligheid",
    "Kolommen: datum, onderwerp, afspraak. 12-03-2021, intake, vervolg",
    "Geb.datum is niet ingevuld; 12-03-2021 is de datum van de intake",
    "Naam;Geb.datum;Startdatum | Jansen;onbekend;12-03-2021",
    "Bekend zijn naam, geboortedatum, adres; op 12-03-2021 volgt de rest",
])
def test_datum_in_een_andere_kolom_blijft_schoon(regel: str) -> None:
    assert [s for s, _ in _vondsten(regel) if s == "geboortedatum"] == []
