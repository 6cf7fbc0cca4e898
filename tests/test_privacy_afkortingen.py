"""Values written the way short dossier notes write them (`vijfde-a`, tuning part): a BSN glued to its label by a
hyphen ("bsn-969 452 068") and a kenteken after the abbreviation "kent." are found; a number glued to another
label is still no BSN; a name after a family role that the role list lacked ("grootmoeder", "zwager") is found."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _vondsten(regel: str, plaats: str = "team") -> list[tuple[str, str]]:
    tekst = _yaml(plaats, regel)
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("regel", "waarde"), [
    ("bsn-969 452 068 (cm)", "969 452 068"),
    ("bsn-983.390.927 (cm)", "983.390.927"),
    ("BSN-969452068", "969452068"),
])
def test_een_bsn_vast_aan_zijn_label(regel: str, waarde: str) -> None:
    assert ("bsn", waarde) in _vondsten(regel)


@pytest.mark.parametrize(("regel", "waarde"), [
    ("Wijkteam Noord / kent. BJH96V", "BJH96V"),
    ("kent.: 291SL4", "291SL4"),
    ("kent: 91KZSB", "91KZSB"),
])
def test_een_kenteken_na_de_afkorting_kent(regel: str, waarde: str) -> None:
    assert any(soort == "kenteken" and waarde in tekst for soort, tekst in _vondsten(regel, "commentaar"))


@pytest.mark.parametrize("regel", ["zaak-969452068 is gesloten", "factuur-983.390.927 betaald",
                                   "Moeder kent de regels van de school."])
def test_een_ander_label_of_het_werkwoord_kent_blijft_schoon(regel: str) -> None:
    assert _vondsten(regel, "toelichting") == []


@pytest.mark.parametrize(("regel", "naam"), [
    ("Overleg met grootmoeder Ninik over opvang", "Ninik"),
    ("De zwager, Popal, past soms op.", "Popal"),
])
def test_een_naam_na_een_familierol(regel: str, naam: str) -> None:
    assert any(soort == "naam" and naam in tekst for soort, tekst in _vondsten(regel, "toelichting"))


@pytest.mark.parametrize(("regel", "adres"), [
    ("HB op Kerkhofstraat 143, 2060 Antwerpen, moeder alleen thuis", "Kerkhofstraat 143, 2060 Antwerpen"),
    ("Gezin woont Leien 12, 2140 Borgerhout", "Leien 12, 2140 Borgerhout"),
])
def test_een_belgisch_adres_met_een_postcode_die_geen_jaar_van_een_dossier_is(regel: str, adres: str) -> None:
    assert ("adres", adres) in _vondsten(regel, "citaat")


def test_een_jaar_na_een_adres_blijft_buiten_het_adres() -> None:
    assert ("adres", "Kerkstraat 12") in _vondsten("Kerkstraat 12, 2019 Verbouwing van de keuken.", "citaat")
