"""Values of a table or CSV export under a header that names its columns (issue 20, corpus `zevende`): "Naam;Geb.datum;
BSN;Adres" followed by rows gives each cell of those rows its column's kind, so a date in the column of birth dates is
a birth date, a bare surname or a lowercase name in a column of names a name and a name in the column of schools a
school, whatever the cell looks like; in a literal or folded block, over wrapped lines, with tabs, pipes (Markdown) or
quoted CSV cells. A date in another column (a date of a conversation), a cell that is no person ("n.v.t.", a role, a
dossier id, a team) and a table without a column of personal data (counts per thema, gemeenten) stay clean."""

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


# --- every column of personal data, by its header (issue 20: steekproeflijsten, CSV exports, Markdown tables) ----

def _per_regel(tekst: str, volledig: bool = True) -> set[tuple[str, int, str]]:
    """(kind, line, value) of every finding in the YAML `tekst`."""
    return {(v.soort, v.regel, " ".join(tekst[v.begin:v.eind].split()))
            for v in scan_tekst(tekst, volledig=volledig).vondsten}


STEEKPROEFLIJST = """\
toelichting: |
  Steekproeflijst van het wijkteam (export 12-03-2024):
  Dossier;Naam;Geb.datum;BSN;Adres;Telefoon
  GOU-2016-035;Bakker;03-04-2012;213-626-007;Kerkstraat 12;06-12345678
  GOU-2016-036;de vries, jan;n.v.t.;-;onbekend;-
  GOU-2016-037;Tunde;1-2-2010;276940453;Markt 4;010 1234567
"""
MARKDOWN = """\
citaat: |
  | Naam kind | School | Groep |
  |---|---|---|
  | Sem | De Regenboog | 5 |
  | noor | het anker | 3 |
"""
TABS = 'citaat: "Naam\\tTelefoon\\tE-mail\\nJansen\\t06 12345678\\tjan.jansen@ziggo.nl\\nbakker\\t0612345678\\t-"\n'
GEVOUWEN = """\
toelichting: >
  Nm;Geb.dat;Tel.nr;Woonplaats
  Visser;12-03-2011;06-55553333;Gouda
  Smit;04-05-2009;0182 123456;Waddinxveen
"""
CSV_MET_AANHALINGSTEKENS = """\
toelichting: |
  naam,adres,woonplaats
  "Yilmaz, Ayse","Dorpsstraat 4",Gouda
  "de Boer, Kees",Lange Tiendeweg 12,Gouda
"""
ENGELS = """\
citaat: |
  Name;Date of birth;Phone;School
  Smith;2010-09-03;+31 6 12345678;St. Joseph
"""
ROL_IN_DE_KOP = """\
toelichting: |
  Naam moeder;Naam kind;School;Mobiel
  Bouzid;Sara;Het Kompas;0612345678
"""
AFKORTINGEN = """\
toelichting: |
  Ach.naam;Vnaam;Geb.dat;Postcode;Huisnr
  Kaya;Elif;2-11-2013;2801 ab;14
"""

COMMENTAAR = """\
# Steekproef (export van het wijkteam):
# Naam;Geb.datum;BSN
# Bakker;03-04-2012;-
# de vries;n.v.t.;-
oordeel: ja
#   | Naam kind | School |
#   |---|---|
#   | Sem | De Regenboog |
"""
CSV_KOP_TUSSEN_AANHALINGSTEKENS = """\
toelichting: |
  "NAAM";"GEB.DATUM";"BSN"
  "BAKKER";"03-04-2012";"-"
  "Pietersen, Anna";"onbekend";""
"""


@pytest.mark.parametrize(("tekst", "verwacht"), [
    (STEEKPROEFLIJST, {("naam", 4, "Bakker"), ("geboortedatum", 4, "03-04-2012"), ("bsn", 4, "213-626-007"),
                       ("adres", 4, "Kerkstraat 12"), ("naam", 5, "de vries, jan"), ("naam", 6, "Tunde"),
                       ("geboortedatum", 6, "1-2-2010"), ("adres", 6, "Markt 4")}),
    (MARKDOWN, {("naam", 4, "Sem"), ("school", 4, "De Regenboog"), ("naam", 5, "noor"), ("school", 5, "het anker")}),
    (TABS, {("naam", 1, "Jansen"), ("naam", 1, "bakker"), ("telefoonnummer", 1, "0612345678")}),
    (GEVOUWEN, {("naam", 3, "Visser"), ("geboortedatum", 3, "12-03-2011"), ("adres", 3, "Gouda"),
                ("naam", 4, "Smit"), ("geboortedatum", 4, "04-05-2009"), ("adres", 4, "Waddinxveen")}),
    (CSV_MET_AANHALINGSTEKENS, {("naam", 3, "Yilmaz, Ayse"), ("adres", 3, "Dorpsstraat 4"), ("naam", 4, "de Boer, Kees"),
                                ("adres", 4, "Lange Tiendeweg 12")}),
    (ENGELS, {("naam", 3, "Smith"), ("geboortedatum", 3, "2010-09-03"), ("school", 3, "St. Joseph")}),
    (ROL_IN_DE_KOP, {("naam", 3, "Bouzid"), ("naam", 3, "Sara"), ("school", 3, "Het Kompas"),
                     ("telefoonnummer", 3, "0612345678")}),
    (AFKORTINGEN, {("naam", 3, "Kaya"), ("naam", 3, "Elif"), ("geboortedatum", 3, "2-11-2013"), ("adres", 3, "2801 ab")}),
    (COMMENTAAR, {("naam", 3, "Bakker"), ("geboortedatum", 3, "03-04-2012"), ("naam", 4, "de vries"),
                  ("naam", 8, "Sem"), ("school", 8, "De Regenboog")}),
    (CSV_KOP_TUSSEN_AANHALINGSTEKENS, {("naam", 3, "BAKKER"), ("geboortedatum", 3, "03-04-2012"),
                                       ("naam", 4, "Pietersen, Anna")}),
], ids=["steekproeflijst", "markdown", "tabs", "gevouwen", "csv", "engels", "rol-in-de-kop", "afkortingen", "commentaar",
        "csv-kop"])
@pytest.mark.parametrize("volledig", [False, True], ids=["snel", "volledig"])
def test_elke_cel_onder_een_kop_van_persoonsgegevens(tekst: str, verwacht: set[tuple[str, int, str]],
                                                     volledig: bool) -> None:
    assert verwacht <= _per_regel(tekst, volledig)


def test_een_waarde_loopt_niet_over_twee_cellen() -> None:
    """Each cell is one value: an address in the next cell does not swallow the name before it."""
    tekst = "toelichting: |\n  Client;Adres;IBAN\n  R.H. Petrova;Van Limburg Stirumlaan 163, 1311 TA Almere;-\n"
    vondsten = _per_regel(tekst)
    assert ("naam", 3, "R.H. Petrova") in vondsten
    assert ("adres", 3, "Van Limburg Stirumlaan 163, 1311 TA Almere") in vondsten


@pytest.mark.parametrize("plaats", ["citaat", "citaat-gevouwen", "toelichting", "sleutel", "commentaar", "team"])
@pytest.mark.parametrize(("regel", "waarden"), [
    ("Naam;Geb.datum;BSN;Adres | Bakker;27-12-2021;213-626-007;Kerkstraat 9",
     [("naam", "Bakker"), ("adres", "Kerkstraat 9")]),
    ("Client;Adres;IBAN → bilal azzouz;Parelhoenstraat 68;BE54 0762 6501 8197", [("naam", "bilal azzouz")]),
    ("Kind;School;Groep | Noor;De Vlinder;5 | Sem;het anker;7",
     [("naam", "Noor"), ("school", "De Vlinder"), ("naam", "Sem"), ("school", "het anker")]),
    # a word that announces the header, a column it does not know (one plain word), a dash before the row
    ("kolommen naam;geb.datum;bsn;maatregel - Bakker, Sem;2014-05-01;12345678;OTS",
     [("naam", "Bakker, Sem"), ("geboortedatum", "2014-05-01"), ("bsn", "12345678")]),
    ("Velden naam | geboortedatum: de Groot, Pim | 12/12/2012",
     [("naam", "de Groot, Pim"), ("geboortedatum", "12/12/2012")]),
])
def test_cellen_van_een_tabel_op_een_regel(plaats: str, regel: str, waarden: list[tuple[str, str]]) -> None:
    vondsten = _vondsten(regel, plaats)
    for soort, waarde in waarden:
        assert any(s == soort and waarde in v for s, v in vondsten), (soort, waarde, vondsten)


@pytest.mark.parametrize(("kop", "rij", "soort", "cel"), [
    ("Naam;Rol", "Jansen;vader", "naam", "Jansen"), ("Cliënt;Rol", "Jansen;moeder", "naam", "Jansen"),
    ("Jeugdige;Leeftijd", "jansen;14", "naam", "jansen"), ("Moeder;Vader;Relatie", "Yilmaz;Kaya;gescheiden", "naam", "Yilmaz"),
    ("Contactpersoon;Relatie", "Pietersen;oom", "naam", "Pietersen"), ("Nm;Leeftijd", "Bakker;8", "naam", "Bakker"),
    ("Vnaam;Leeftijd", "Sem;8", "naam", "Sem"), ("Ach.naam;Leeftijd", "de Jong;8", "naam", "de Jong"),
    ("Naam kind;Leeftijd", "Sem;8", "naam", "Sem"), ("Naam (moeder);Leeftijd", "Bakker;31", "naam", "Bakker"),
    ("Achternaam;Voornaam", "Visser;Anna", "naam", "Visser"), ("Last name;First name", "Visser;Anna", "naam", "Visser"),
    ("Naam;BSN", "Sem;2144.86.114", "bsn", "2144.86.114"),
    ("Naam;Burgerservicenummer", "Sem;107-885-256", "bsn", "107-885-256"),
    ("Naam;Tel", "Sem;06 - 11514441", "telefoonnummer", "06 - 11514441"),
    ("Naam;Tel.nr", "Sem;0182-123456", "telefoonnummer", "0182-123456"),
    ("Naam;Mobiel", "Sem;06 16 98 95 80", "telefoonnummer", "06 16 98 95 80"),
    ("Naam;Telefoon moeder", "Sem;+31 6 12345678", "telefoonnummer", "+31 6 12345678"),
    ("Naam;E-mail", "Sem;j.bakker(at)home.nl", "e-mail", "j.bakker(at)home.nl"),
    ("Naam;Adres", "Sem;Markt 4", "adres", "Markt 4"), ("Naam;Straat", "Sem;Lange Tiendeweg 12", "adres", "Lange Tiendeweg 12"),
    ("Naam;Woonplaats", "Sem;Waddinxveen", "adres", "Waddinxveen"),
    ("Naam;School", "Sem;De Regenboog", "school", "De Regenboog"),
    ("Kind;Basisschool", "Sem;het anker", "school", "het anker"),
    ("Naam;Geb.dat", "Sem;03-04-2012", "geboortedatum", "03-04-2012"),
    ("Name;Date of birth", "Sem;3 March 2012", "geboortedatum", "3 March 2012"),
    ("Naam;Geb.datum", "Sem;14 marca 2011", "geboortedatum", "14 marca 2011"),  # a month in Polish
    # addresses as they are written: an ordinal, a floor, a colour of the bell, across from, a place without comma
    ("Naam;Adres", "Sem;2e Jacob van Lennepstraat 14 B", "adres", "2e Jacob van Lennepstraat 14 B"),
    ("Naam;Adres", "Sem;Hoefkade 221 3 hoog", "adres", "Hoefkade 221 3 hoog"),
    ("Naam;Adres", "Sem;Boschdijk 12 rood", "adres", "Boschdijk 12 rood"),
    ("Naam;Adres", "Sem;Stationsweg t/o 18", "adres", "Stationsweg t/o 18"),
    ("Naam;Adres", "Sem;akerstraat 62 heerlen", "adres", "akerstraat 62 heerlen"),
    ("Naam;Adres", "Sem;2801 JE 12", "adres", "2801 JE 12"),
])
def test_kopwoorden_en_afkortingen(kop: str, rij: str, soort: str, cel: str) -> None:
    tekst = f"toelichting: |\n  {kop}\n  {rij}\n"
    assert (soort, 3, cel) in _per_regel(tekst)


@pytest.mark.parametrize("tekst", [
    # cells that are no person under a header of personal data
    "toelichting: |\n  Dossier;Naam;BSN;Telefoon;School\n  GOU-2016-035;n.v.t.;-;onbekend;geen\n"
    "  GOU-2016-036;moeder;nvt;-;n.v.t.\n  GOU-2016-037;-;onbekend;?;-\n",
    "toelichting: |\n  | Cliënt | Adres | Aantal gesprekken |\n  |---|---|---|\n  | kind 1 | onbekend | 4 |\n"
    "  | moeder | n.v.t. | 12 |\n",
    "toelichting: |\n  Naam;Rol;Aantal\n  Team Noord;regie;12\n  Wijkteam Oost;casusregie;8\n",
    # tables without a column of personal data: counts per thema, dates of the steekproef, indicators, gemeenten
    "toelichting: |\n  Thema;Aantal dossiers;Voldoet;Voldoet niet\n  Toeleiding en toegang;12;8;4\n  In zorg;11;7;4\n",
    "toelichting: |\n  Steekproef;Datum;Gemeente\n  1;12-03-2024;Gouda\n  2;19-03-2024;Bergen op Zoom\n",
    "toelichting: |\n  | Indicator | Oordeel | Aantal |\n  |---|---|---|\n  | 1.1.1 | voldoet | 8 |\n"
    "  | 2.1.3 | voldoet deels | 3 |\n",
    "toelichting: |\n  Naam;Aantal dossiers\n  Gouda;12\n  Almelo;11\n  Den Helder;10\n",
    "toelichting: |\n  Gemeente,Dossiers,Datum bezoek\n  Goeree-Overflakkee,11,12-03-2024\n  Doetinchem,10,14-03-2024\n",
    "toelichting: |\n  Datum;Gesprek;Duur\n  12-03-2021;huisbezoek;60 min\n  13-03-2021;telefonisch;15 min\n",
    # a header repeated on a new page, a service number, the names of methods and documents under the bare "Naam"
    "toelichting: |\n  Kind;School;Groep\n  Kind;School;Groep\n  n.v.t.;-;-\n",
    "toelichting: |\n  Naam,Rol,Telefoon\n  Veilig Thuis,meldpunt,0800-2000\n  Wijkteam Noord,regie,-\n",
    "toelichting: |\n  Naam;Soort;Bron\n  Triple P;opvoedondersteuning;NJi\n  Signs of Safety;werkwijze;-\n"
    "  Plan van aanpak;document;dossier\n",
    # a professional's code; a date at the end of a row and the number at the start of the next are no phone number
    "toelichting: |\n  Nr;Dossier;Regisseur;Startdatum\n  1;GOU-2016-035;KB;01-03-2023\n  2;GOU-2016-036;JDW;05-03-2023\n",
    "toelichting: |\n  kolommen naam;team;maatregel - n.v.t.;Noord;OTS\n",
    # words of a list under labels that look like a header: no name under "moeder", no school under "school"
    "toelichting: |\n  Zorgen: moeder; school; geld\n  ruzie; huur; schulden\n  Ruzie; Huur; Schulden\n",
    # a header pasted above notes with a semicolon here and there: no row of cells
    "toelichting: |\n  Kolommen: Client;Adres;IBAN\n  Het team werkt met een brede intake; zware hulp volgt na 14 weken.\n"
    "  De evaluatie van 6-3-2015 is verplaatst; de regisseur was ziek.\n  Moeder werkt bij de thuiszorg; zij is sinds"
    " 23-6-2016 in dienst.\n  Zaaknummer 201622401 bij Veilig Thuis; het onderzoek loopt.\n",
    "toelichting: |\n  Achternaam;Voornaam;Postcode;Huisnr\n  Spreekuur op dinsdagochtend; in mei is er geen spreekuur.\n"
    "  In 2014 werkte het team met 12 gezinnen; het CJG deed de nazorg.\n",
    # prose with commas and semicolons is no table
    "toelichting: |\n  Aanwezig: moeder, vader, casusregisseur, gezinsvoogd\n  Afwezig: oma, school\n",
    "toelichting: |\n  Naam, geboortedatum en adres ontbreken in het plan; moeder, vader en de school\n"
    "  zijn niet gesproken, zegt de regisseur.\n",
])
def test_schone_tabellen_blijven_schoon(tekst: str) -> None:
    assert _per_regel(tekst) == set()


def test_afgebroken_proza_is_geen_tabel() -> None:
    """A wrapped sentence whose line starts like a header ("geb. 19.07.2006, BSN") is no table: the address after it
    is found whole, not cut into cells."""
    tekst = ("toelichting: >-\n  Verwijzing huisartsenpraktijk\n  De Linde: betreft de jongste,\n  geb. 19.07.2006, BSN\n"
             "  359749513, wonende\n  Schoolstraat 19, 1525GM\n  Zaandam.\n")
    assert ("adres", 6, "Schoolstraat 19, 1525GM Zaandam") in _per_regel(tekst)


def test_een_komma_met_spatie_is_proza() -> None:
    tekst = "toelichting: >\n  Het plan noemt alleen\n  naam, woonplaats\n  en leeftijd, niet de school.\n"
    assert _per_regel(tekst) == set()
