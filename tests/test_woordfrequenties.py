"""The Dutch word frequencies of the privacy scan from the compact table: the same answer as wordfreq for every
word the table answers (the name rules compare against thresholds, so a rounding difference would change a
finding), built once per machine, and never trusted when it was changed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import wordfreq

from wijkteamtoets.controles import cache, woordfrequenties
from wijkteamtoets.invoer.privacy import lijsten


@pytest.fixture
def gebruikersmap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A user's cache folder of its own, with a fresh table."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache._geheim.cache_clear()
    woordfrequenties._tabel.cache_clear()
    yield tmp_path / "wijkteamtoets"
    cache._geheim.cache_clear()
    woordfrequenties._tabel.cache_clear()


def _woorden() -> list[str]:
    """Words of the list, joined with hyphens, cut off, unknown, with accents: what the name rules ask."""
    willekeur = random.Random(22)
    lijst = [w for band in wordfreq.get_frequency_list("nl", "best") for w in band]
    gewoon = willekeur.sample([w for w in lijst if w.isalpha() and w.islower()], 3000)
    return [*gewoon, *("-".join(willekeur.sample(gewoon, 2)) for _ in range(500)),
            *(w[: willekeur.randint(1, len(w))] + "-" for w in gewoon[:300]), "hulpvraag-in-dialoog",
            "-lee", "-", "xqzvbw", "bouzid", "café", "reëel", "ruïne", "één", "ÿ"]


def test_de_tabel_geeft_wat_wordfreq_geeft(gebruikersmap: Path) -> None:
    woorden = _woorden()
    assert [woordfrequenties.zipf(w) for w in woorden] == [
        float(wordfreq.zipf_frequency(w, "nl", wordlist="best")) for w in woorden]
    assert list(gebruikersmap.glob("woordfrequenties-nl-*.bin"))


@pytest.mark.parametrize("woord", ["Fatima", "d'r", "o.a.", "3e", "straße", "groep 7"])
def test_andere_woorden_beantwoordt_wordfreq_zelf(gebruikersmap: Path, woord: str) -> None:
    assert woordfrequenties.zipf(woord) is None
    assert lijsten.frequentie(woord) == float(wordfreq.zipf_frequency(woord, "nl", wordlist="best"))


def test_een_gewijzigde_tabel_wordt_niet_vertrouwd(gebruikersmap: Path) -> None:
    assert woordfrequenties.zipf("moeder") == float(wordfreq.zipf_frequency("moeder", "nl"))
    (bestand,) = gebruikersmap.glob("woordfrequenties-nl-*.bin")
    ruw = bestand.read_bytes()
    mac, _, data = ruw.partition(b"\n")
    bestand.write_bytes(mac + b"\n" + data.replace(b"moeder\n", b"moedes\n"))  # "moeder" now unknown
    woordfrequenties._tabel.cache_clear()
    assert woordfrequenties.zipf("moeder") == float(wordfreq.zipf_frequency("moeder", "nl"))
    assert bestand.read_bytes() == ruw  # built again, under the user's key


def test_de_scan_gebruikt_de_tabel(gebruikersmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the privacy scan, a plain word is looked up in the table: wordfreq is not asked."""
    from wijkteamtoets.controles import namenmodel  # noqa: F401 - registers the table

    lijsten.frequentie.cache_clear()
    monkeypatch.setattr(wordfreq, "zipf_frequency", lambda *a, **k: pytest.fail("wordfreq gevraagd"))
    assert lijsten.frequentie("gezinsvoogd") > 0
