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
VOLGORDE = ["problemen", "bestandssysteem", "invoer", "controles", "beoordelen", "rapportage", "cli"]


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


MAX_REGELS = 400

# Known violations that other work in progress removes (each must still be a violation: a fixed one is taken off).
NOG_TE_GROOT: set[str] = set()
NOG_PRIVE_IMPORT: set[tuple[str, str, str]] = set()


def _naam(pad: Path) -> str:
    return str(pad.relative_to(PAKKET))


def test_geen_module_boven_de_grens() -> None:
    te_groot = {_naam(p) for p in MODULES if len(p.read_text(encoding="utf-8").splitlines()) > MAX_REGELS}
    assert te_groot - NOG_TE_GROOT == set()
    assert NOG_TE_GROOT - te_groot == set(), "niet meer te groot: haal uit NOG_TE_GROOT"


def _prive_imports(pad: Path) -> set[tuple[str, str, str]]:
    """(module, imported module, name) for every private name `pad` imports from another stage."""
    eigen = _stap(".".join(pad.relative_to(PAKKET).with_suffix("").parts))
    gevonden = set()
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.ImportFrom) and knoop.module:
            delen = pad.relative_to(PAKKET).parent.parts
            module = (".".join((*delen[: len(delen) - (knoop.level - 1)], knoop.module)) if knoop.level
                      else knoop.module.removeprefix("wijkteamtoets."))
            if _stap(module) in VOLGORDE and _stap(module) != eigen:  # the package's own stages
                gevonden.update((_naam(pad), module, a.name) for a in knoop.names
                                if a.name.startswith("_") and not a.name.startswith("__"))
    return gevonden


def test_geen_private_namen_over_stappen_heen() -> None:
    gevonden = set().union(*(_prive_imports(p) for p in MODULES))
    assert gevonden - NOG_PRIVE_IMPORT == set()
    assert NOG_PRIVE_IMPORT - gevonden == set(), "opgelost: haal uit NOG_PRIVE_IMPORT"


def test_geen_kringen_tussen_modules() -> None:
    """No two modules import each other, directly or through others (top-level and lazy imports alike)."""
    graaf = {".".join(p.relative_to(PAKKET).with_suffix("").parts): _geimporteerde_modules(p) for p in MODULES}
    graaf = {m: {d.removesuffix(".__init__") for d in doelen if d in graaf} for m, doelen in graaf.items()}
    klaar: set[str] = set()

    def bezoek(module: str, pad: list[str]) -> None:
        if module in pad:
            raise AssertionError("kring: " + " -> ".join([*pad[pad.index(module):], module]))
        if module in klaar:
            return
        for doel in sorted(graaf.get(module, ())):
            bezoek(doel, [*pad, module])
        klaar.add(module)

    for module in sorted(graaf):
        bezoek(module, [])


def test_de_kringtest_ziet_een_kring() -> None:
    pad = PAKKET / "rapportage" / "aggregeren.py"
    tekst = pad.read_text(encoding="utf-8") + "\n\ndef _x():\n    from . import inhoud\n"
    assert "rapportage.inhoud" in _geimporteerde_modules(pad, tekst)


def test_openbare_namen_bestaan() -> None:
    for naam in wijkteamtoets.__all__:
        assert getattr(wijkteamtoets, naam) is not None, naam
