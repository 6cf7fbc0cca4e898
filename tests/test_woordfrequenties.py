"""The Dutch word frequencies of the privacy scan from the compact table: the same answer as wordfreq for every
word the table answers (the name rules compare against thresholds, so a rounding difference would change a
finding), built once per machine, and never trusted when it was changed."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import wordfreq

from wijkteamtoets.controles import woordfrequenties
from wijkteamtoets.invoer.privacy import lijsten


@pytest.fixture
def gebruikersmap(eigen_gebruikersmap: Path) -> Iterator[Path]:
    """A user's cache folder of its own, with a fresh table."""
    woordfrequenties._tabel.cache_clear()
    yield eigen_gebruikersmap
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


def test_woorden_met_een_apostrof_geeft_de_tabel_zoals_wordfreq(gebruikersmap: Path) -> None:
    """Plurals of words ending in a vowel, 's and 't, and every word with an apostrophe in wordfreq's list."""
    willekeur = random.Random(22)
    lijst = [w for band in wordfreq.get_frequency_list("nl", "best") for w in band
             if "'" in w and re.fullmatch(r"[a-zà-öø-ÿ']+", w)]  # Dutch letters: not "5'00" or "škoda's"
    woorden = ["foto's", "baby's", "risico's", "veiligheidsrisico's", "auto's", "menu's", "zo'n", "'t", "'s",
               "'s-hertogenbosch", "'s-gravenhage", "m'n", "d'r", "rock'n'roll", "jongens'", "ex-partner's",
               "oma's-huis", "'", "a'", *willekeur.sample(lijst, min(len(lijst), 2000))]
    assert [woordfrequenties.zipf(w) for w in woorden] == [
        float(wordfreq.zipf_frequency(w, "nl", wordlist="best")) for w in woorden]


@pytest.mark.parametrize("woord", ["Fatima", "d’r", "l'homme", "rock''n", "o.a.", "3e", "straße", "groep 7"])
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


@pytest.mark.proces
def test_de_volledige_scan_van_woorden_met_een_apostrof_laadt_wordfreq_niet(tmp_path: Path) -> None:
    """wordfreq keeps "risico's" as one word in Dutch, so the table answers it: the full scan of a dossier with
    such words does not load wordfreq's Dutch list (28 MB, 0.2 s) once the table is there."""
    assert woordfrequenties._tabel() is not None  # built once per machine, as a user's first scan does
    dossier = tmp_path / "GOU-2016-408.yaml"
    dossier.write_text("id: GOU-2016-408\ntoelichting: De veiligheidsrisico's en de risico's voor de baby's zijn "
                       "met de foto's in 's-Hertogenbosch besproken; zo'n plan helpt.\n", encoding="utf-8")
    code = ("import sys\nfrom wijkteamtoets.cli.commandos import app\n"
            "try:\n    app(['privacy', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('wordfreq', 'deduce') if m in sys.modules))")
    resultaat = subprocess.run([sys.executable, "-c", code, str(dossier)], capture_output=True, timeout=600,
                               text=True, check=True, cwd=tmp_path, env={**os.environ, "WIJKTEAMTOETS_CACHE": "uit"})
    assert resultaat.stdout.splitlines()[-1] == "['deduce']"  # the full scan ran, without wordfreq
