"""Compiled patterns kept once per machine (`controles.patroonopslag`): a later process takes what the regex compiler
made from the store instead of compiling again, gets exactly what ``re.compile`` gives, and never trusts a store
that was changed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wijkteamtoets.controles import patroonopslag

PATRONEN = [(r"\b(?P<cijfers>[1-9]\d{3}) ?(?P<letters>[A-Z]{2})\b", 0), (r"(?i:moeder|vader)\s+(?P<naam>[A-Z]\w+)", 0),
            (r"geb(?:oren)?\.?\s*(\d{1,2})-(\d{1,2})-(\d{4})", re.IGNORECASE), (r"ſ|K", re.IGNORECASE)]
TEKST = "Moeder Fatima (geb. 3-4-1980) woont op 2801 AB; vader Kees ook. SK en sk."


@pytest.fixture
def opslag(eigen_gebruikersmap: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's cache folder of its own, and a process that has read no store yet."""
    _nieuw_proces(monkeypatch)
    return eigen_gebruikersmap


def _nieuw_proces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patroonopslag, "_opslag", None)
    monkeypatch.setattr(patroonopslag, "_nieuw", {})
    monkeypatch.setattr(patroonopslag, "_gebruikt", set())
    monkeypatch.setattr(patroonopslag, "_vertrouwd", None)


def _niet_compileren(tekst: str, vlaggen: int) -> patroonopslag.Ingang:
    raise AssertionError(f"opnieuw gecompileerd: {tekst}")


def test_een_later_proces_neemt_de_patronen_uit_de_opslag(opslag: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eerst = [patroonopslag.compileer(bron, vlaggen) for bron, vlaggen in PATRONEN]
    patroonopslag.bewaar()
    (bestand,) = opslag.glob("patronen-*.bin")
    assert (opslag.stat().st_mode & 0o777, bestand.stat().st_mode & 0o777) == (0o700, 0o600)  # the user's only
    _nieuw_proces(monkeypatch)
    monkeypatch.setattr(patroonopslag, "_ingang", _niet_compileren)
    for (bron, vlaggen), voorheen in zip(PATRONEN, eerst, strict=True):
        patroon = patroonopslag.compileer(bron, vlaggen)
        echt = re.compile(bron, vlaggen)
        assert patroon == echt == voorheen  # equal patterns: same flags, groups and program
        assert (patroon.flags, patroon.groups, patroon.groupindex) == (echt.flags, echt.groups, echt.groupindex)
        assert [m.groupdict() or m.groups() for m in patroon.finditer(TEKST)] == \
               [m.groupdict() or m.groups() for m in echt.finditer(TEKST)]


def test_een_gewijzigde_opslag_wordt_niet_vertrouwd(opslag: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for bron, vlaggen in PATRONEN:
        patroonopslag.compileer(bron, vlaggen)
    patroonopslag.bewaar()
    (bestand,) = opslag.glob("patronen-*.bin")
    mac, _, data = bestand.read_bytes().partition(b"\n")
    bestand.write_bytes(mac + b"\n" + data.replace(b"[1-9]", b"[0-9]"))  # another program under the same pattern
    _nieuw_proces(monkeypatch)
    gecompileerd: list[str] = []
    echt_ingang = patroonopslag._ingang
    monkeypatch.setattr(patroonopslag, "_ingang", lambda t, v: gecompileerd.append(t) or echt_ingang(t, v))
    bron, vlaggen = PATRONEN[0]
    assert patroonopslag.compileer(bron, vlaggen) == re.compile(bron, vlaggen)
    assert gecompileerd == [bron]


def test_een_fout_patroon_geeft_de_fout_van_re(opslag: Path) -> None:
    with pytest.raises(re.error):
        patroonopslag.compileer(r"(open", 0)


def test_de_opslag_houdt_alleen_wat_gebruikt_werd_als_hij_te_groot_wordt(opslag: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for bron, vlaggen in PATRONEN:
        patroonopslag.compileer(bron, vlaggen)
    patroonopslag.bewaar()
    _nieuw_proces(monkeypatch)
    monkeypatch.setattr(patroonopslag, "MAX_INGANGEN", len(PATRONEN))
    patroonopslag.compileer(PATRONEN[0][0], PATRONEN[0][1])  # from the store
    patroonopslag.compileer(r"nieuw\d+", 0)  # one more than the store may hold
    patroonopslag.bewaar()
    (bestand,) = opslag.glob("patronen-*.bin")
    assert sorted(patroonopslag._lees(bestand)) == sorted([PATRONEN[0], (r"nieuw\d+", 0)])


@pytest.mark.proces
def test_een_nieuw_proces_compileert_de_patronen_van_het_maskeren_niet_opnieuw(tmp_path: Path) -> None:
    """Masking a message (each `beoordeel` does) compiles its patterns once per machine, not in every process."""
    code = ("import sys\nimport wijkteamtoets.controles\nfrom wijkteamtoets.controles import patroonopslag\n"
            "from wijkteamtoets.invoer.persoonsgegevens import maskeer\n"
            "echt = patroonopslag._ingang\nteller = []\n"
            "patroonopslag._ingang = lambda t, v: teller.append(t) or echt(t, v)\n"
            "print(maskeer('moeder Fatima Bouzid belde op 06-12345678 over 2801 AB'), len(teller))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    eerste, tweede = (subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                                     timeout=300).stdout.split() for _ in range(2))
    assert eerste[:-1] == tweede[:-1]
    assert "[naam" in " ".join(eerste) and "[telefoonnummer" in " ".join(eerste)
    assert int(eerste[-1]) > 10
    assert int(tweede[-1]) == 0
