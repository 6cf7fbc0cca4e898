"""Detection of personal data as a reader sees it (issue 20): normalised text with findings at the original
place, names of every origin and case, formats of neighbouring countries, organisations and teams as data,
birth dates only in a birth context, the registry of kinds, and deduce at the size of its name lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from wijkteamtoets.controles import namenmodel
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst
from wijkteamtoets.invoer.privacy import REGISTER, SOORTEN, lijsten, normaliseer_met_bron, zoek
from wijkteamtoets.problemen import CODES


def _gevonden(tekst: str) -> list[tuple[str, str]]:
    return [(v.soort, tekst[v.begin:v.eind]) for v in scan_tekst(tekst).vondsten]


@pytest.mark.parametrize(("waarde", "soort"), [
    ("1234\u200b56782", "bsn"),  # a zero-width space inside a BSN
    ("１２３４５６７８２", "bsn"),  # fullwidth digits
    ("&#49;23456782", "bsn"),  # an HTML entity
    ("06\u00ad12345678", "telefoonnummer"),  # a soft hyphen
])
def test_ontwijkingen_worden_gevonden_op_de_plek_in_het_bestand(waarde: str, soort: str) -> None:
    tekst = f"x: ja\nbsn-gegevens: \"{'BSN ' if soort == 'bsn' else 'tel '}{waarde}\"\n"
    vondsten = scan_tekst(tekst).vondsten
    assert [(v.soort, v.regel, tekst[v.begin:v.eind]) for v in vondsten] == [(soort, 2, waarde)]
    assert vondsten[0].kolom == tekst.split("\n")[1].index(waarde) + 1


def test_cyrillische_letters_in_een_naam() -> None:
    naam = "F\u0430tim\u0430 Bouzid"  # two Cyrillic a's
    assert _gevonden(f'citaat: "Gesprek met {naam} over de schulden."\n') == [("naam", naam)]


def test_normaliseren_houdt_de_weg_terug_naar_het_origineel() -> None:
    genormaliseerd = normaliseer_met_bron("a&amp;b\u200bc ＡＢ")
    assert genormaliseerd.tekst == "a&bc AB"
    assert genormaliseerd.origineel(1, 2) == (1, 6)  # '&' came from '&amp;'
    assert genormaliseerd.origineel(2, 4) == (6, 9)  # 'bc' spans the zero-width space
    assert genormaliseerd.origineel(5, 7) == (10, 12)


@pytest.mark.parametrize(("tekst", "verwacht"), [
    ("Gesprek met fatima bouzid over de huur.", ("naam", "fatima bouzid")),
    ("Volgens Tesfay Gebremedhin is het rustig.", ("naam", "Tesfay Gebremedhin")),
    ("Afspraak met Krzysztof Nowak gemaakt.", ("naam", "Krzysztof Nowak")),
    ("Moeder Nasrin Haidari komt niet.", ("naam", "Nasrin Haidari")),
    ("Rekening nl91abna0417164300 van moeder.", ("iban", "nl91abna0417164300")),
    ("Gestort op BE71 0961 2345 6769.", ("iban", "BE71 0961 2345 6769")),
    ("Bel 06/12345678 na vijf uur.", ("telefoonnummer", "06/12345678")),
    ("Oom belt vanuit +32 2 123 45 67.", ("telefoonnummer", "+32 2 123 45 67")),
    ("Post naar Postbus 12 in Gouda.", ("adres", "Postbus 12")),
    ("Zij woont op Markt 4.", ("adres", "Markt 4")),
    ("Huisbezoek op Laan van Meerdervoort 1021.", ("adres", "Laan van Meerdervoort 1021")),
    # an address takes its place with it
    ("Het gezin woont in 2801 ab Gouda.", ("adres", "2801 ab Gouda")),
    ("Een auto met 12-ABC-3 voor de deur.", ("kenteken", "12-ABC-3")),
    ("Mail jan . devries @ ziggo . nl voor de afspraak.", ("e-mail", "jan . devries @ ziggo . nl")),
])
def test_namen_en_schrijfwijzen_van_elke_herkomst(tekst: str, verwacht: tuple[str, str]) -> None:
    assert _gevonden(f'citaat: "{tekst}"\n') == [verwacht]


@pytest.mark.parametrize("tekst", [
    "Overleg met het William Schrikker Instituut over de maatregel.",
    "Jeugdteam De Bakker heeft het plan geëvalueerd.",
    "De bakker op de hoek levert het gezin sinds 12-03-2014 brood.",
    "Humanitas en MEE zijn betrokken; de GGD doet het onderzoek.",
    "Zaak overgedragen aan Jeugdbescherming west en de Raad voor de Kinderbescherming.",
])
def test_organisaties_teams_en_datums_zonder_geboorte_zijn_geen_persoonsgegevens(tekst: str) -> None:
    assert _gevonden(f'toelichting: "{tekst}"\n') == []


def test_een_teamnaam_met_een_voornaam_is_een_naam() -> None:
    assert _gevonden('team: "Wijkteam Fatima Bouzid"\n') == [("naam", "Fatima Bouzid")]
    assert scan_naam("Tesfay_Gebremedhin.yaml") == ["naam"]


def test_gebruiker_vult_de_lijst_van_organisaties_aan_naast_de_kaders(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    tekst = "Overleg met Tesfay Gebremedhin over de nazorg."
    assert zoek(tekst, volledig=True)
    (tmp_path / "geen-personen.txt").write_text("# eigen regio\nTesfay Gebremedhin\n", encoding="utf-8")
    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [])
    lijsten.gebruik_kadermap(tmp_path)
    try:
        assert zoek(tekst, volledig=True) == []
    finally:
        lijsten.geen_personen_uit.cache_clear()


@pytest.mark.parametrize("tekst", [
    'team: "Tesfay Gebremedhin"\n',  # a short value, as keys and team fields are
    'toelichting: "Overleg met Tesfay Gebremedhin over de nazorg, zoals in de vorige ronde afgesproken."\n',
])
def test_een_lijst_van_organisaties_die_tijdens_het_proces_verschijnt_of_verandert_telt_mee(
        tekst: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running process (the editor's language server, a notebook) sees the user's list as it is now."""
    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [tmp_path])
    eigen = tmp_path / "geen-personen.txt"
    assert [v.soort for v in scan_tekst(tekst).vondsten] == ["naam"]
    eigen.write_text("# eigen regio\nStichting De Brug\n", encoding="utf-8")  # appears during the process
    assert [v.soort for v in scan_tekst(tekst).vondsten] == ["naam"]
    eigen.write_text("# eigen regio\nStichting De Brug\nTesfay Gebremedhin\n", encoding="utf-8")  # then changes
    for volledig in (True, False):
        assert scan_tekst(tekst, volledig).vondsten == []
    eigen.unlink()  # and disappears
    assert [v.soort for v in scan_tekst(tekst).vondsten] == ["naam"]


def test_geboortedatum_alleen_met_geboortecontext() -> None:
    assert _gevonden('citaat: "Zoon is geboren op 12-03-2014."\n') == [("geboortedatum", "12-03-2014")]
    assert _gevonden('citaat: "Het plan is op 12-03-2014 vastgesteld."\n') == []


def test_register_een_soort_is_een_regel_met_code_en_masker() -> None:
    assert list(SOORTEN) == [s.naam for s in REGISTER]
    for soort in REGISTER:
        assert soort.code in CODES and soort.masker == f"[{soort.naam} verborgen]"


def test_namenmodel_leest_zonder_slot_als_het_gebouwd_is(monkeypatch: pytest.MonkeyPatch) -> None:
    gebouwd = namenmodel._bestand()
    namenmodel.model()  # built before (conftest), or built now
    assert gebouwd.exists()

    def geen_slot(pad: Path) -> None:
        raise AssertionError("a lock while only reading")

    monkeypatch.setattr(namenmodel.cache, "slot", geen_slot)
    assert namenmodel._structuren(Path(), None) is not None


def test_namenmodel_laadt_geen_neergezet_of_gewijzigd_bestand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The name lookup file is a pickle, so code: one that is not signed with the user's key is never loaded."""
    import pickle

    class Bom:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (Path.touch, (str(tmp_path / "uitgevoerd"),))

    pad = tmp_path / "namen.pickle"
    monkeypatch.setattr(namenmodel, "_bestand", lambda: pad)
    monkeypatch.setattr(namenmodel, "_bouw", lambda lijstmap, tokenizer: {"opnieuw": "gebouwd"})
    pad.write_bytes(pickle.dumps(Bom()))  # planted, without a signature
    assert namenmodel._structuren(Path(), None) == {"opnieuw": "gebouwd"}
    pad.write_bytes(b"0" * 64 + b"\n" + pickle.dumps(Bom()))  # a signature that does not match
    assert namenmodel._structuren(Path(), None) == {"opnieuw": "gebouwd"}
    assert not (tmp_path / "uitgevoerd").exists()
    data = pickle.dumps({"x": 1})
    mac = namenmodel.cache.onderteken(pad.name, data)
    assert mac is not None
    pad.write_bytes(mac + b"\n" + data)
    assert namenmodel._structuren(Path(), None) == {"x": 1}


def test_namenmodel_bouwt_en_publiceert_in_een_keer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import deduce  # type: ignore[import-untyped]

    monkeypatch.setattr(namenmodel, "_bestand", lambda: tmp_path / "namen.pickle")
    lijstmap = Path(deduce.__file__).parent / "data" / "lookup"
    structuren = namenmodel._structuren(lijstmap, deduce.Deduce._initialize_tokenizer(lijstmap))
    namen = set(structuren.keys())
    assert {"first_name", "surname", "whitelist"} <= namen
    assert "street" not in namen and "placename" not in namen  # only the name lists
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == ["namen.pickle"]


def test_een_naam_in_de_mapnaam_wordt_gemeld(tmp_path: Path) -> None:
    from wijkteamtoets.controles.privacy import scan_bestand

    map_ = tmp_path / "Tesfay_Gebremedhin" / "dossiers"
    map_.mkdir(parents=True)
    (map_ / "GOU-2016-001.yaml").write_text("oordeel: ja\n", encoding="utf-8")
    problemen = scan_bestand(map_ / "GOU-2016-001.yaml")
    assert [(p.code, p.melding) for p in problemen] == [
        ("privacy-naam", "mogelijk naam van een persoon in de mapnaam; de waarde wordt niet getoond")]
    assert "Tesfay" not in problemen[0].melding + problemen[0].hint
