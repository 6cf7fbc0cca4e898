"""The fingerprint of the program a cached report depends on: the bytes of every file of the package, hashed
once per state of the files (kept in the cache under their paths, sizes and times of change), so a run whose
program did not change reads no file of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wijkteamtoets.controles import cache, kadercache, vaststelling


@pytest.fixture
def eigen_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv("WIJKTEAMTOETS_CACHEMAP", str(tmp_path / "cache"))
    vaststelling.programma.cache_clear()
    yield tmp_path / "cache"
    vaststelling.programma.cache_clear()


def _lees_niets(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    gelezen: list[Path] = []
    echte = Path.read_bytes

    def lees(pad: Path) -> bytes:
        if vaststelling.__file__.rsplit("/", 2)[0] in str(pad):
            gelezen.append(pad)
        return echte(pad)

    monkeypatch.setattr(Path, "read_bytes", lees)
    return gelezen


def test_ongewijzigde_bestanden_worden_niet_opnieuw_gelezen(eigen_cache: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    eerst = vaststelling.programma()
    vaststelling.programma.cache_clear()  # a later run
    gelezen = _lees_niets(monkeypatch)
    assert vaststelling.programma() == eerst
    assert gelezen == []


def test_een_gewijzigd_bestand_is_een_ander_programma(eigen_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eerst = vaststelling.programma()
    vaststelling.programma.cache_clear()
    stempel = kadercache.programma()
    monkeypatch.setattr(kadercache, "programma", lambda: stempel + "x")  # a file's size or time changed
    monkeypatch.setattr(vaststelling, "_inhoud", lambda pakket: cache.sleutel("andere", "bytes"))
    assert vaststelling.programma() != eerst


def test_zonder_cache_telt_elke_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "uit")
    vaststelling.programma.cache_clear()
    gelezen = _lees_niets(monkeypatch)
    vaststelling.programma()
    vaststelling.programma.cache_clear()
    assert any(p.name == "vaststelling.py" for p in gelezen)
