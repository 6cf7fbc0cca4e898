"""What CI runs: ruff and mypy before the tests, failing the run when they fail; linters from the test extra."""

from __future__ import annotations

import tomllib

from conftest import REPO

CI = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_ci_draait_ruff_en_mypy_voor_de_tests() -> None:
    assert "set -euo pipefail" in CI
    opdrachten = [regel.strip() for regel in CI if regel.strip() and not regel.startswith(("#", " ", "if", "fi"))]
    ruff = opdrachten.index(".venv/bin/ruff check src tests benchmarks")
    mypy = opdrachten.index(".venv/bin/mypy")
    tests = next(i for i, regel in enumerate(opdrachten) if regel.endswith(".venv/bin/python -m pytest"))
    assert ruff < tests and mypy < tests


def test_linters_komen_uit_de_test_extra_en_mypy_is_streng() -> None:
    extra = " ".join(PYPROJECT["project"]["optional-dependencies"]["test"])
    for pakket in ("ruff", "mypy", "types-PyYAML", "pandas-stubs"):
        assert pakket in extra
    assert PYPROJECT["tool"]["mypy"]["strict"] is True
    assert PYPROJECT["tool"]["pytest"]["ini_options"]["filterwarnings"] == ["error"]
