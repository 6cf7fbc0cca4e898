"""deduce's street names as a sorted block (`invoer.privacy.woordblok`), in a file built once per machine
(`controles.lijstbestanden`): the same answers as the set of the list, read back without making that set, never
trusted when the file was changed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from wijkteamtoets.controles import lijstbestanden
from wijkteamtoets.invoer.privacy import lijsten, woordblok
from wijkteamtoets.invoer.privacy.woordblok import Woordblok

STRATEN = "locations/lst_street"


def test_een_blok_antwoordt_als_de_verzameling() -> None:
    willekeur = random.Random(22)
    tekens = "aAbBzZéÉłŁ -'.\n"
    woorden = {"".join(willekeur.choice(tekens) for _ in range(willekeur.randint(0, 6))) for _ in range(400)}
    blok = Woordblok(Woordblok.maak(woorden))
    assert len(blok) == len(woorden)
    for woord in [*woorden, *("".join(willekeur.choice(tekens) for _ in range(willekeur.randint(0, 7)))
                              for _ in range(4000)), "\ud800", "a\nb", 12]:
        assert (woord in blok) == (woord in woorden), repr(woord)


@pytest.fixture
def gebruikersmap(eigen_gebruikersmap: Path) -> Iterator[Path]:
    """A user's cache folder of its own, with the large lists read afresh."""
    woordblok.groot.cache_clear()
    yield eigen_gebruikersmap
    woordblok.groot.cache_clear()


def test_de_straatnamen_komen_uit_een_bestand_dat_eenmaal_per_machine_gebouwd_wordt(
        gebruikersmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    straten = lijsten.lijst(STRATEN)
    blok, klein = woordblok.groot(STRATEN), woordblok.groot(STRATEN, klein=True)
    assert isinstance(blok, Woordblok) and len(blok) == len(straten)
    assert all(straat in blok for straat in straten) and "Kalverstraat" in blok and "Kalverstraat " not in blok
    assert "kalverstraat" in klein and "Kalverstraat" not in klein  # case-folded: a block of its own
    bestanden = sorted(gebruikersmap.glob("lijst-*.bin"))
    assert len(bestanden) == 2
    woordblok.groot.cache_clear()  # a later process reads the files and makes no set
    monkeypatch.setattr(lijsten, "lijst", lambda naam: pytest.fail("de lijst opnieuw gelezen"))
    assert "Kalverstraat" in woordblok.groot(STRATEN) and "kalverstraat" in woordblok.straten_klein()
    assert sorted(gebruikersmap.glob("lijst-*.bin")) == bestanden


def test_een_gewijzigd_blokbestand_wordt_niet_vertrouwd(gebruikersmap: Path) -> None:
    assert "Kalverstraat" in woordblok.groot(STRATEN)
    (bestand,) = gebruikersmap.glob("lijst-*.bin")
    ruw = bestand.read_bytes()
    bestand.write_bytes(ruw.replace(b"Kalverstraat\n", b"Kalverstraaz\n"))
    woordblok.groot.cache_clear()
    assert "Kalverstraat" in woordblok.groot(STRATEN)
    assert bestand.read_bytes() == ruw  # built again, under the user's key


def test_zonder_cachemap_is_de_lijst_een_verzameling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lijstbestanden.cache, "afgeleid_bestand", lambda pad, bouw: None)
    woordblok.groot.cache_clear()
    try:
        assert woordblok.groot(STRATEN) == lijsten.lijst(STRATEN)
    finally:
        woordblok.groot.cache_clear()
