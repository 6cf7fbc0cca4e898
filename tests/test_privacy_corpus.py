"""The privacy scan measured on a labelled corpus: recall on personal data, false alarms on clean prose.

Every line of `tests/data/privacy/persoonsgegevens.txt` marks its values as ``{soort:waarde}``; every line
of `schoon.txt` is inspector prose without personal data. Each line is scanned in three YAML forms: a
double-quoted value, a folded block wrapped narrowly (values split over two lines) and a single-quoted
value wrapped over lines. The figures are printed (run with ``-s``) and by ``benchmarks/privacy.py``.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import DATA
from wijkteamtoets.controles.privacy import scan_tekst

CORPUS = DATA / "privacy"
_LABEL = re.compile(r"\{(?P<soort>[\w-]+):(?P<waarde>[^}]+)\}")


@dataclass(frozen=True)
class Regel:
    tekst: str
    labels: tuple[tuple[str, str], ...]  # (soort, waarde)


def lees_corpus(pad: Path) -> list[Regel]:
    regels = []
    for ruw in pad.read_text(encoding="utf-8").splitlines():
        if not ruw.strip() or ruw.startswith("#"):
            continue
        labels = tuple((m.group("soort"), m.group("waarde")) for m in _LABEL.finditer(ruw))
        regels.append(Regel(_LABEL.sub(lambda m: m.group("waarde"), ruw), labels))
    return regels


def vormen(tekst: str) -> dict[str, str]:
    """The text as a double-quoted value, a narrowly wrapped folded block and a wrapped single-quoted value."""
    dubbel = tekst.replace("\\", "\\\\").replace('"', '\\"')
    gevouwen = "\n".join("  " + r for r in textwrap.wrap(tekst, 24, break_long_words=False, break_on_hyphens=False))
    enkel = "\n  ".join(textwrap.wrap(tekst.replace("'", "''"), 36, break_long_words=False, break_on_hyphens=False))
    return {"aanhalingstekens": f'citaat: "{dubbel}"\n', "gevouwen": f"toelichting: >-\n{gevouwen}\n",
            "gewikkeld": f"tekst: '{enkel}'\n"}


def _plat(tekst: str) -> str:
    return " ".join(tekst.replace("''", "'").replace("\\\"", '"').split())


def meet(volledig: bool = True) -> dict[str, float]:
    """Recall on the labelled values and false alarms per 1,000 clean lines, over the three forms."""
    gevonden = totaal = 0
    for regel in lees_corpus(CORPUS / "persoonsgegevens.txt"):
        for yaml_tekst in vormen(regel.tekst).values():
            vondsten = [(v.soort, _plat(yaml_tekst[v.begin:v.eind])) for v in scan_tekst(yaml_tekst, volledig).vondsten]
            for soort, waarde in regel.labels:
                totaal += 1
                gevonden += any(s == soort and (w in waarde or waarde in w) for s, w in vondsten)
    alarmen = regels = 0
    for regel in lees_corpus(CORPUS / "schoon.txt"):
        for yaml_tekst in vormen(regel.tekst).values():
            regels += 1
            alarmen += len(scan_tekst(yaml_tekst, volledig).vondsten)
    return {"recall": gevonden / totaal, "waarden": totaal, "vals_per_1000": 1000 * alarmen / regels,
            "schone_regels": regels}


def test_corpus_is_groot_genoeg() -> None:
    persoonlijk = lees_corpus(CORPUS / "persoonsgegevens.txt")
    assert len(persoonlijk) >= 150
    assert len(lees_corpus(CORPUS / "schoon.txt")) >= 300
    soorten = {s for r in persoonlijk for s, _ in r.labels}
    assert soorten == {"naam", "bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken",
                       "sociale-media", "school"}


@pytest.fixture(scope="module")
def cijfers() -> dict[str, float]:
    return meet()


def test_recall_minstens_95_procent(cijfers: dict[str, float]) -> None:
    print(f"\nrecall {cijfers['recall']:.1%} van {cijfers['waarden']} waarden")
    assert cijfers["recall"] >= 0.95


def test_hoogstens_3_valse_alarmen_per_1000_schone_regels(cijfers: dict[str, float]) -> None:
    print(f"\n{cijfers['vals_per_1000']:.1f} valse alarmen per 1.000 schone regels ({cijfers['schone_regels']} regels)")
    assert cijfers["vals_per_1000"] <= 3
