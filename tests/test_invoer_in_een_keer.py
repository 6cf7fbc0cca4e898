"""Every problem of a file in one pass, the same severity everywhere, and traces of Word (issue 23, items 3-5)."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA, KADER
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.controles.laden import Kaderregister, laad_kader
from wijkteamtoets.invoer.lezen import decodeer_utf8
from wijkteamtoets.problemen import Ernst, InvoerFout

REGISTER = Kaderregister([laad_kader(KADER)])
ALLES = DATA / "oordelen" / "alles-tegelijk.yaml"


def _problemen(*paden: Path) -> list[tuple[int, int, str, str]]:
    uitslag = toets_bestanden(list(paden), REGISTER, parallel=False)
    return [(p.regel, p.kolom, p.code, p.ernst.value) for p in uitslag.problemen if p.code != "ontbrekend-antwoord"]


def test_elke_fout_van_een_bestand_in_de_eerste_run() -> None:
    """A bad date, 'Ja', 'ja ', a bron without document, a misspelled eis id and a misspelled gemeente: all
    at once, not over three runs."""
    assert _problemen(ALLES) == [
        (2, 11, "onbekende-gemeente", "fout"),
        (3, 7, "typografie", "waarschuwing"),
        (6, 8, "ongeldige-waarde", "fout"),
        (18, 39, "ongeldige-waarde", "fout"),
        (19, 41, "ongeldige-waarde", "fout"),
        (23, 19, "bron-ontbreekt", "waarschuwing"),  # its only bron is not valid
        (24, 19, "ongeldige-waarde", "fout"),
        (25, 7, "onbekende-vraag", "fout"),
    ]


def test_spatie_rond_een_antwoord_krijgt_de_juiste_tip() -> None:
    uitslag = toets_bestanden([ALLES], REGISTER, parallel=False)
    regel_19 = next(p for p in uitslag.problemen if p.regel == 19)
    assert regel_19.hint == "haal de spatie rond de waarde weg: 'ja'"


def test_een_yaml_syntaxfout_stopt_de_rest_van_dat_bestand(tmp_path: Path) -> None:
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text(ALLES.read_text(encoding="utf-8") + "  : [\n", encoding="utf-8")
    assert [code for _, _, code, _ in _problemen(kapot)] == ["yaml-syntaxis"]


def test_onbekende_gemeente_is_overal_een_fout(tmp_path: Path) -> None:
    goed = (DATA / "dossiers" / "goed" / "volledig-goed.yaml").read_text(encoding="utf-8")
    bestand = tmp_path / "tikfout.yaml"
    bestand.write_text(goed.replace("gemeente: Houten", "gemeente: Houtn"), encoding="utf-8")
    assert ("onbekende-gemeente", "fout") in [(code, ernst) for _, _, code, ernst in _problemen(bestand)]


def test_gekrulde_aanhalingstekens_vaste_spatie_en_tab_zijn_waarschuwingen(tmp_path: Path) -> None:
    goed = (DATA / "dossiers" / "goed" / "volledig-goed.yaml").read_text(encoding="utf-8")
    team = next(regel for regel in goed.splitlines() if regel.startswith("team: "))
    for naam, waarde, verwacht in [
        ("krul.yaml", "“Wijkteam Stadshagen”",
         ("de waarde begint of eindigt met een gekruld aanhalingsteken (U+201C) uit een tekstverwerker; YAML leest "
          "het als deel van de tekst", 'vervang de gekrulde aanhalingstekens door rechte (") of laat ze weg')),
        ("spatie.yaml", "Wijkteam\u00a0Stadshagen",
         ("de waarde bevat een vaste spatie (U+00A0) uit een tekstverwerker; die is niet gelijk aan een gewone "
          "spatie", "vervang de vaste spatie door een gewone spatie")),
        ("tab.yaml", '"Wijkteam\tStadshagen"', ("de waarde bevat een tab", "vervang de tab door een spatie")),
    ]:
        bestand = tmp_path / naam
        bestand.write_text(goed.replace(team, f"team: {waarde}"), encoding="utf-8")
        uitslag = toets_bestanden([bestand], REGISTER, parallel=False)
        woord = [(p.regel, p.ernst, p.melding, p.hint) for p in uitslag.problemen if p.code == "typografie"]
        regel = goed.splitlines().index(team) + 1
        assert woord == [(regel, Ernst.WAARSCHUWING, *verwacht)], naam
        assert len(uitslag.beoordelingen) == 1  # a warning: the dossier is still judged


def test_utf16_en_latin1_worden_bij_naam_genoemd() -> None:
    for ruw, verwacht in [
        ("gemeente: Gouda\n".encode("utf-16"), "het bestand is opgeslagen als UTF-16 ('Unicode'), niet als UTF-8"),
        ("gemeente: Gouda\n".encode("utf-16-le"), "het bestand is opgeslagen als UTF-16 ('Unicode'), niet als UTF-8"),
        ("team: Caf\u00e9\n".encode("latin-1"), "het bestand lijkt opgeslagen als Latin-1 / Windows-1252, niet als "
                                               "UTF-8 (byte 0xe9 is in die codering een letter met een accent)"),
        (b"a: \x81\x8d\n", "byte 0x81 is geen geldige UTF-8"),
    ]:
        try:
            decodeer_utf8(ruw, "x.yaml")
        except InvoerFout as fout:
            assert [p.melding for p in fout.problemen] == [verwacht]
        else:
            raise AssertionError("geen fout")
