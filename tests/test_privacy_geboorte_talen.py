"""Birth dates as the papers of a wijkteam file write them in other languages and on scanned letters (issue 20,
corpus `achtste`): month names in Turkish, Polish, German and French ("Doğum tarihi / geb. 1 Ekim 2020", "ur. 18
lutego 1987", "né le 3 mars 2011"), the label in those languages, "(geb.)" as an aside before the date, and the label
misread by OCR ("Geboortedaturn: 05-04-2016"). The same month names in a date that is no birth date stay clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _data(regel: str) -> list[str]:
    tekst = _yaml("citaat", regel)
    return [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "geboortedatum"]


@pytest.mark.parametrize(("regel", "datum"), [
    ("Doğum tarihi / geb. 14 Şubat 2012, ingevuld door de tolk.", "14 Şubat 2012"),
    ("Volgens de Turkse akte: doğum tarihi 3 Ağustos 1988.", "3 Ağustos 1988"),
    ("Data urodzenia / geb.: 7 września 2015; córka van mevrouw.", "7 września 2015"),
    ("Syn, ur. 22 października 2010, chodzi do szkoły.", "22 października 2010"),
    ("Laut Pass geboren am 9 März 1979, jetzt in Emmen.", "9 März 1979"),
    ("La mère, née le 3 mars 1985 à Liège, est présente.", "3 mars 1985"),
    ("Date de naissance: 12 décembre 2014.", "12 décembre 2014"),
    ("E yu, a nase (geb.) 19-03-1967 na Kòrsou.", "19-03-1967"),
    ("Betreft: cliënt   Geboortedaturn: 05-04-2016", "05-04-2016"),
    ("Geb0ortedatum: 11-11-2011 (scan van de brief)", "11-11-2011"),
])
def test_geboortedatum_in_andere_talen(regel: str, datum: str) -> None:
    assert datum in _data(regel)


@pytest.mark.parametrize("regel", [
    "Toplantı 14 Şubat 2024 tarihinde yapıldı; de tolk was aanwezig.",
    "Spotkanie odbyło się 7 września 2023 w gemeentehuis.",
    "Das Gespräch war am 9 März 2024 in Emmen.",
    "La réunion du 3 mars 2024 est annulée.",
    "De beschikking (geb. verzoek) is afgegeven op 19-03-2024.",
    "Geboorteaangifte besproken; volgende afspraak 05-04-2024.",
    "Zaaknummer 2024-03-19, bedrag € 1.250,- per 12 Ekim.",
    "Artikel 7.3.1 Jeugdwet, besluit van 3 mars 2015 (Belgisch Staatsblad).",
])
def test_andere_datum_blijft_schoon(regel: str) -> None:
    assert _data(regel) == []
