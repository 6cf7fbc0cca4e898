"""The pipeline rule: a stage imports only the stages before it, and nothing imports the cli.

The rule is read from the modules' own import statements (`ast`), so it holds for lazy imports inside
functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import wijkteamtoets

PAKKET = Path(wijkteamtoets.__file__).parent
VOLGORDE = ["problemen", "invoer", "controles", "beoordelen", "rapportage", "cli"]


def _stap(module: str) -> str:
    """The stage of a dotted module name inside the package ('invoer.kader' -> 'invoer')."""
    return module.split(".")[0]


def _geimporteerde_modules(pad: Path, tekst: str | None = None) -> set[str]:
    """Every module of the package that `pad` (or `tekst` as if it were at `pad`) imports, as a dotted
    name relative to the package."""
    pakket_delen = list(pad.relative_to(PAKKET).with_suffix("").parts[:-1])
    gevonden: set[str] = set()
    bron = pad.read_text(encoding="utf-8") if tekst is None else tekst
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.ImportFrom):
            if knoop.level:
                basis = pakket_delen[: len(pakket_delen) - (knoop.level - 1)]
                naam = ".".join([*basis, *([knoop.module] if knoop.module else [])])
                if knoop.module is None:
                    gevonden.update(".".join([*basis, alias.name]) for alias in knoop.names)
                elif naam:
                    gevonden.add(naam)
            elif knoop.module and knoop.module.startswith("wijkteamtoets."):
                gevonden.add(knoop.module.removeprefix("wijkteamtoets."))
        elif isinstance(knoop, ast.Import):
            gevonden.update(alias.name.removeprefix("wijkteamtoets.") for alias in knoop.names
                            if alias.name.startswith("wijkteamtoets."))
    return {m for m in gevonden if m and _stap(m) in VOLGORDE}


MODULES = sorted(p for p in PAKKET.rglob("*.py") if p.parent != PAKKET or p.name not in ("__init__.py", "__main__.py"))


@pytest.mark.parametrize("pad", MODULES, ids=lambda p: str(p.relative_to(PAKKET)))
def test_een_stap_importeert_alleen_eerdere_stappen(pad: Path) -> None:
    eigen = VOLGORDE.index(_stap(".".join(pad.relative_to(PAKKET).with_suffix("").parts)))
    te_laat = sorted(m for m in _geimporteerde_modules(pad) if VOLGORDE.index(_stap(m)) > eigen)
    assert te_laat == [], f"{pad.relative_to(PAKKET)} importeert een latere stap: {te_laat}"


def test_elke_module_hoort_bij_een_stap() -> None:
    for pad in MODULES:
        assert _stap(".".join(pad.relative_to(PAKKET).with_suffix("").parts)) in VOLGORDE, pad


def test_de_regel_vangt_een_import_terug() -> None:
    """The checker itself must see a backward import, also one hidden inside a function."""
    pad = PAKKET / "invoer" / "kader.py"
    tekst = pad.read_text(encoding="utf-8") + "\n\ndef _x():\n    from ..rapportage import aggregeren\n"
    assert any(_stap(m) == "rapportage" for m in _geimporteerde_modules(pad, tekst))
    assert not any(_stap(m) == "rapportage" for m in _geimporteerde_modules(pad))


def test_elk_pakket_zegt_wat_het_bezit_en_mag_importeren() -> None:
    for stap in VOLGORDE[1:]:
        doc = ast.get_docstring(ast.parse((PAKKET / stap / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "Owns:" in doc and "import" in doc, stap


def test_openbare_namen_bestaan() -> None:
    for naam in wijkteamtoets.__all__:
        assert getattr(wijkteamtoets, naam) is not None, naam
