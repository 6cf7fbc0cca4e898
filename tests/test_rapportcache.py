"""An unchanged report run renders nothing (issue 22): per report a key over exactly what it is made from, an entry
that holds only a fingerprint of the written file, and every gate still applied on every run."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from wijkteamtoets import Geweigerd, Toetsing
from wijkteamtoets.rapportage import maken

GEMEENTEN = ["Almelo", "Bergen op Zoom", "Den Helder", "Doetinchem", "Goeree-Overflakkee", "Gouda"]
ALLES = [*GEMEENTEN, "overkoepelend"]
MARKERING = "kwartelkoningmarkering"


@pytest.fixture
def werkmap(werkmap_met_cache: Path, privacycache: Path) -> Path:
    shutil.copytree(privacycache, werkmap_met_cache / "cache")
    return werkmap_met_cache


@pytest.fixture
def opgemaakt(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reports rendered, in order (the gemeente of a deelrapport, or 'overkoepelend')."""
    gemaakt: list[str] = []
    echte = maken.render

    def render(soort: str, gegevens: dict[str, Any], *args: Any) -> str:
        gemaakt.append(gegevens["gemeente"] if soort == "deelrapport" else soort)
        return echte(soort, gegevens, *args)

    monkeypatch.setattr(maken, "render", render)
    return gemaakt


def _rapporteer(opgemaakt: list[str], **opties: Any) -> list[str]:
    opgemaakt.clear()
    Toetsing("voorbeelden", "kaders").rapporten(Path("uit"), opties.pop("formaat", "html"), overschrijf=True, **opties)
    return sorted(opgemaakt)


def _inhoud(map_: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(map_.iterdir())}


def test_een_ongewijzigde_run_maakt_niets_opnieuw(werkmap: Path, opgemaakt: list[str]) -> None:
    assert _rapporteer(opgemaakt) == ALLES
    koud = _inhoud(werkmap / "uit")
    assert len(koud) == 7
    assert _rapporteer(opgemaakt) == []
    assert _inhoud(werkmap / "uit") == koud
    # without the cache every report is rendered again, to the same bytes
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIJKTEAMTOETS_CACHE", "uit")
        assert _rapporteer(opgemaakt) == ALLES
    assert _inhoud(werkmap / "uit") == koud


def _wijzig_dossier(werkmap: Path) -> None:
    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    tekst = dossier.read_text(encoding="utf-8")
    dossier.write_text(tekst.replace('toelichting: "Overdracht Veilig Thuis na politiemelding."',
                                     'toelichting: "Overdracht Veilig Thuis na een melding."', 1), encoding="utf-8")


def _wijzig_kader(werkmap: Path) -> None:
    kader = werkmap / "kaders" / "toezicht-wijkteams-2017.yaml"
    kader.write_text(kader.read_text(encoding="utf-8") + "# een opmerking\n", encoding="utf-8")


def _wijzig_onderzoek(werkmap: Path) -> None:
    onderzoek = werkmap / "voorbeelden" / "onderzoek.yaml"
    onderzoek.write_text(onderzoek.read_text(encoding="utf-8") + "# een opmerking\n", encoding="utf-8")


def _wijzig_gemeentebestand(werkmap: Path) -> None:
    gemeente = werkmap / "voorbeelden" / "almelo" / "gemeente.yaml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8") + "# een opmerking\n", encoding="utf-8")


@pytest.mark.parametrize(("wijziging", "opnieuw"), [
    (_wijzig_dossier, ["Gouda", "overkoepelend"]),
    (_wijzig_gemeentebestand, ["Almelo", "overkoepelend"]),
    (_wijzig_kader, ALLES),
    (_wijzig_onderzoek, ALLES),
])
def test_een_wijziging_maakt_precies_de_rapporten_opnieuw_die_ervan_afhangen(
        werkmap: Path, opgemaakt: list[str], wijziging: Any, opnieuw: list[str]) -> None:
    _rapporteer(opgemaakt)
    wijziging(werkmap)
    assert _rapporteer(opgemaakt) == opnieuw
    assert _rapporteer(opgemaakt) == []


def test_een_andere_optie_maakt_alles_opnieuw(werkmap: Path, opgemaakt: list[str]) -> None:
    _rapporteer(opgemaakt)
    assert _rapporteer(opgemaakt, toon_dossiers=True) == ALLES
    assert _rapporteer(opgemaakt, toon_dossiers=True) == []
    assert _rapporteer(opgemaakt) == ALLES


def test_een_gewijzigde_ingang_of_uitvoer_wordt_niet_vertrouwd(werkmap: Path, opgemaakt: list[str]) -> None:
    _rapporteer(opgemaakt)
    ingangen = sorted((werkmap / "cache" / "rapport").rglob("*.json"))
    assert len(ingangen) == 7
    ruw = ingangen[0].read_bytes()
    mac, _, data = ruw.partition(b"\n")
    ingangen[0].write_bytes(mac + b"\n" + data.replace(b'"uitvoer":"', b'"uitvoer":"0', 1))
    assert len(_rapporteer(opgemaakt)) == 1
    # a report changed by hand is made again
    gouda = werkmap / "uit" / "deelrapport-gouda.html"
    gouda.write_text(gouda.read_text(encoding="utf-8").replace("Gouda", "Goud"), encoding="utf-8")
    assert _rapporteer(opgemaakt) == ["Gouda"]
    assert "Goud<" not in gouda.read_text(encoding="utf-8")
    gouda.unlink()
    assert _rapporteer(opgemaakt) == ["Gouda"]
    assert gouda.exists()


def test_de_poorten_gelden_ook_met_een_warme_cache(werkmap: Path, opgemaakt: list[str]) -> None:
    _rapporteer(opgemaakt)
    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    tekst = dossier.read_text(encoding="utf-8")
    dossier.write_text(tekst.replace("dossier: GOU-2016-035\n", "dossier: GOU-2016-035\n# bsn 111222333\n", 1),
                       encoding="utf-8")
    with pytest.raises(Geweigerd) as weigering:
        _rapporteer(opgemaakt)
    assert [(p.pad, p.code) for p in weigering.value.problemen] == [
        ("voorbeelden/gouda/dossiers/GOU-2016-035.yaml", "privacy-bsn")]
    assert opgemaakt == []


def test_de_cache_bevat_geen_tekst_uit_de_bestanden(werkmap: Path, opgemaakt: list[str]) -> None:
    gemeente = werkmap / "voorbeelden" / "gouda" / "gemeente.yaml"
    tekst = gemeente.read_text(encoding="utf-8")
    assert "\nconclusie: " in tekst
    gemeente.write_text(tekst.replace("\nconclusie: \"", f"\nconclusie: \"{MARKERING} ", 1), encoding="utf-8")
    _wijzig_dossier(werkmap)
    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    dossier.write_text(dossier.read_text(encoding="utf-8").replace("na een melding", f"na {MARKERING}"),
                       encoding="utf-8")
    _rapporteer(opgemaakt)
    _rapporteer(opgemaakt, formaat="markdown")
    assert MARKERING in (werkmap / "uit" / "deelrapport-gouda.html").read_text(encoding="utf-8")
    inhoud = b"".join(p.read_bytes() for p in (werkmap / "cache").rglob("*") if p.is_file())
    assert len(list((werkmap / "cache" / "rapport").rglob("*.json"))) == 14
    assert MARKERING.encode() not in inhoud and b"Overdracht" not in inhoud
    # the report entries hold only fingerprints; the file summaries name the gemeente (a known name, as messages do)
    rapport = b"".join(p.read_bytes() for p in (werkmap / "cache" / "rapport").rglob("*") if p.is_file())
    assert b"Gouda" not in rapport


def test_een_ander_programma_maakt_alles_opnieuw(werkmap: Path, opgemaakt: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from wijkteamtoets.controles import vaststelling

    _rapporteer(opgemaakt)
    monkeypatch.setattr(vaststelling, "programma", lambda: "een volgende versie van het programma")
    assert _rapporteer(opgemaakt) == ALLES
    assert _rapporteer(opgemaakt) == []


def test_een_gewijzigd_eigen_sjabloon_maakt_alles_opnieuw(werkmap: Path, opgemaakt: list[str]) -> None:
    sjablonen = werkmap / "sjablonen"
    sjablonen.mkdir()
    standaard = (Path(maken.__file__).parent / "sjablonen" / "voorblad.html.j2").read_text(encoding="utf-8")
    assert '<header class="voorblad">' in standaard
    eigen = sjablonen / "voorblad.html.j2"
    eigen.write_text(standaard.replace('<header class="voorblad">', '<header class="voorblad">eerste', 1),
                     encoding="utf-8")
    _rapporteer(opgemaakt, sjabloonmap=sjablonen)
    assert _rapporteer(opgemaakt, sjabloonmap=sjablonen) == []
    eigen.write_text(standaard.replace('<header class="voorblad">', '<header class="voorblad">tweede', 1),
                     encoding="utf-8")
    assert _rapporteer(opgemaakt, sjabloonmap=sjablonen) == ALLES
    assert '<header class="voorblad">tweede' in (werkmap / "uit" / "deelrapport-gouda.html").read_text(encoding="utf-8")


def test_een_bestand_dat_tijdens_de_run_verandert_wordt_de_volgende_keer_opnieuw_gecontroleerd(
        werkmap: Path, opgemaakt: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor saves a dossier while the report is made: what was judged is the old text, so the next run
    must not take its summary or its report for the new text (here: with a BSN, which must stop the report)."""
    from wijkteamtoets.beoordelen import toetsen

    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    nieuw = dossier.read_text(encoding="utf-8").replace("dossier: GOU-2016-035\n",
                                                        "dossier: GOU-2016-035\n# bsn 111222333\n", 1)
    echte = toetsen.scan_bestand

    def scan_en_opslaan(pad: Path, *args: Any, **kwargs: Any) -> Any:
        uitkomst = echte(pad, *args, **kwargs)
        if pad.name == dossier.name and dossier.read_text(encoding="utf-8") != nieuw:
            dossier.write_text(nieuw, encoding="utf-8")  # saved right after this file was read and scanned
        return uitkomst

    with monkeypatch.context() as mp:
        mp.setattr(toetsen, "scan_bestand", scan_en_opslaan)
        assert _rapporteer(opgemaakt) == ALLES
    assert dossier.read_text(encoding="utf-8") == nieuw
    with pytest.raises(Geweigerd) as weigering:
        _rapporteer(opgemaakt)
    assert [(p.pad, p.code) for p in weigering.value.problemen] == [
        ("voorbeelden/gouda/dossiers/GOU-2016-035.yaml", "privacy-bsn")]
