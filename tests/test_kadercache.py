"""The checked kaders in the cache: a run whose kader files did not change gives the same register and the
same problems without checking the files again, and reads only the kader a file refers to; a changed kader
file, or an entry that is not authentic, is checked again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wijkteamtoets.controles import cache, kadercache, laden
from wijkteamtoets.invoer.dossier import KaderVerwijzing

REPO = Path(__file__).resolve().parent.parent
FOUT = REPO / "tests" / "data" / "kaders" / "fout"


@pytest.fixture
def kadermap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The shipped kaders and two kaders with problems, in a working folder with a cache folder of its own."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv(cache.MAP_OMGEVING, str(tmp_path / "cache"))
    cache._geheim.cache_clear()
    shutil.copytree(REPO / "kaders", tmp_path / "kaders")
    for naam in ("meerdere-problemen.yaml", "dubbel-id.yaml"):
        shutil.copy(FOUT / naam, tmp_path / "kaders" / naam)
    return tmp_path / "kaders"


@pytest.fixture
def controles(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """Every call that really checks kader files, with the files it checked."""
    gedaan: list[list[Path]] = []
    echte = laden.controleer_kaderbestanden

    def tellend(bestanden: list[Path]) -> laden.Kadercontrole:
        gedaan.append(list(bestanden))
        return echte(bestanden)

    monkeypatch.setattr(laden, "controleer_kaderbestanden", tellend)
    return gedaan


def _beschrijving(register: laden.Kaderregister) -> list[tuple[str, str, str]]:
    return [(k.id, k.versie, k.model_dump_json()) for k in register.kaders()]


def test_ongewijzigde_kaders_geven_hetzelfde_zonder_nieuwe_controle(kadermap: Path,
                                                                     controles: list[list[Path]]) -> None:
    register, problemen = laden.laad_register([kadermap])
    assert len(controles) == 1 and problemen  # the two bad kaders have problems
    opnieuw, bewaarde_problemen = laden.laad_register([kadermap])
    assert len(controles) == 1  # nothing checked again
    assert bewaarde_problemen == problemen
    assert opnieuw.vingerafdruk == register.vingerafdruk
    assert opnieuw.beschikbaar() == register.beschikbaar() and opnieuw.namen() == register.namen()
    assert _beschrijving(opnieuw) == _beschrijving(register)


def test_alleen_het_gevraagde_kader_wordt_gelezen(kadermap: Path, controles: list[list[Path]],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    laden.laad_register([kadermap])
    gelezen: list[str] = []
    echte = laden.lees_yaml_tekst
    monkeypatch.setattr(laden, "lees_yaml_tekst", lambda ruw, toon: gelezen.append(toon) or echte(ruw, toon))
    register, _ = laden.laad_register([kadermap])
    kader = register.zoek(KaderVerwijzing.model_validate({"id": "toezicht-wijkteams-2017", "versie": "1.0"}))
    assert kader is not None and (kader.id, kader.versie) == ("toezicht-wijkteams-2017", "1.0")
    assert gelezen == ["kaders/toezicht-wijkteams-2017.yaml"]


def test_een_gewijzigd_kader_wordt_opnieuw_gecontroleerd(kadermap: Path, controles: list[list[Path]]) -> None:
    _, eerst = laden.laad_register([kadermap])
    with open(kadermap / "meerdere-problemen.yaml", "a", encoding="utf-8") as bestand:
        bestand.write("# gewijzigd\n")
    _, daarna = laden.laad_register([kadermap])
    assert len(controles) == 2 and daarna == eerst


def test_een_vervalste_ingang_wordt_niet_vertrouwd(kadermap: Path, controles: list[list[Path]]) -> None:
    _, eerst = laden.laad_register([kadermap])
    (ingang,) = (kadermap.parent / "cache" / kadercache.RUIMTE).rglob("*.json")
    mac, _, _ = ingang.read_bytes().partition(b"\n")
    ingang.write_bytes(mac + b'\n{"kaders":[],"problemen":[]}')  # "no problems", with the old MAC
    _, daarna = laden.laad_register([kadermap])
    assert len(controles) == 2 and daarna == eerst


def test_zonder_cache_wordt_elke_keer_gecontroleerd(kadermap: Path, controles: list[list[Path]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "uit")
    laden.laad_register([kadermap])
    laden.laad_register([kadermap])
    assert len(controles) == 2 and not (kadermap.parent / "cache").exists()
