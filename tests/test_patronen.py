"""Patterns compiled when first used (`invoer.patronen`): the same matches as `re.compile`, without compiling
at import; the privacy detectors' patterns are only compiled for a text they scan."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from wijkteamtoets.invoer import patronen
from wijkteamtoets.invoer.patronen import patroon


def test_vindt_wat_re_compile_vindt() -> None:
    tekst = "Postcode 2801 AB en 1234cd, bel 0182-123456."
    for bron, vlaggen in [(r"\b(?P<cijfers>[1-9]\d{3}) ?(?P<letters>[a-z]{2})\b", re.IGNORECASE), (r"\d+", 0)]:
        lui, echt = patroon(bron, vlaggen), re.compile(bron, vlaggen)
        assert [m.span() for m in lui.finditer(tekst)] == [m.span() for m in echt.finditer(tekst)]
        assert lui.findall(tekst) == echt.findall(tekst)
        assert lui.sub("X", tekst) == echt.sub("X", tekst)
        assert lui.split(tekst) == echt.split(tekst)
        assert (lui.flags, lui.groups, lui.groupindex) == (echt.flags, echt.groups, echt.groupindex)
        assert [lui.match(tekst), lui.fullmatch("2801 AB") is None] == [echt.match(tekst), echt.fullmatch("2801 AB") is None]


def test_compileert_pas_bij_het_eerste_gebruik(monkeypatch: pytest.MonkeyPatch) -> None:
    gecompileerd: list[str] = []
    monkeypatch.setattr(patronen, "_COMPILEERDER", [lambda bron, vlaggen: gecompileerd.append(bron) or re.compile(bron, vlaggen)])
    basis = patroon(r"[A-Z]{2}")
    samengesteld = patroon(rf"\d{{4}} ?{basis.pattern}")  # built from the text of another: compiles neither
    assert gecompileerd == []
    assert samengesteld.search("in 2801 AB Gouda") is not None
    assert samengesteld.search("geen") is None  # compiled once, not again
    assert gecompileerd == [r"\d{4} ?[A-Z]{2}"]


def test_een_fout_patroon_valt_op_bij_het_eerste_gebruik() -> None:
    fout = patroon(r"(open")
    with pytest.raises(re.error):
        fout.search("open")


@pytest.mark.proces
def test_maskeren_van_een_melding_compileert_weinig_patronen() -> None:
    """Masking one message (what `beoordeel` of an unchanged dossier does) compiles only the patterns the
    detectors reach for that text, not every pattern of every detector module it imports."""
    code = ("import re._compiler as c\nteller = [0]\norigineel = c.compile\n"
            "def compileer(p, f=0):\n    teller[0] += 1\n    return origineel(p, f)\n"
            "c.compile = compileer\n"
            "from wijkteamtoets.invoer.persoonsgegevens import maskeer\n"
            "maskeer(\"'eenduidige-veiligheidsvragen' is 'nee' zonder bron\")\n"
            "print(teller[0])")
    aantal = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                timeout=300).stdout)
    assert aantal < 80  # 152 when every module-level pattern was compiled at import
