"""The pre-commit hook, run for real by pre-commit in another repository with its own kaders."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import DATA, REPO

pytestmark = pytest.mark.proces


def _git(map: Path, *argumenten: str) -> None:
    subprocess.run(["git", *argumenten], cwd=map, check=True, capture_output=True, timeout=600,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def _wielen() -> dict[str, str]:
    """pip settings that let pre-commit install the hook from a folder of ready wheels instead of the index.

    The folder holds wheels of every dependency and of the build backend, is kept between runs in the user's
    cache (one per version of pyproject.toml) and is made once; installing from it is several times faster
    than resolving against the index. If it cannot be made, pre-commit uses the index as usual."""
    sleutel = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()[:16]
    basis = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wijkteamtoets-tests"
    map_ = basis / f"wielen-{sleutel}"
    if not map_.is_dir():
        basis.mkdir(parents=True, exist_ok=True)
        tijdelijk = Path(tempfile.mkdtemp(dir=basis))
        gemaakt = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "-w", str(tijdelijk), str(REPO),
                                  "setuptools>=69"], capture_output=True, timeout=600, text=True, check=False)
        if gemaakt.returncode != 0:
            shutil.rmtree(tijdelijk, ignore_errors=True)
            return {}
        try:
            tijdelijk.rename(map_)
        except OSError:  # made by a parallel run in the meantime
            shutil.rmtree(tijdelijk, ignore_errors=True)
    return {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(map_)}


@pytest.fixture(scope="module")
def wielen() -> dict[str, str]:
    return _wielen()


def _bron(doel: Path) -> str:
    """The working tree of this repository (tracked and new files) committed in a repository of its own, as a
    user's `.pre-commit-config.yaml` points at a release; its commit."""
    namen = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                           capture_output=True, check=True, timeout=600).stdout.decode().split("\0")
    for naam in filter(None, namen):
        if (REPO / naam).is_file():
            (doel / naam).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / naam, doel / naam)
    _git(doel, "init", "-q")
    _git(doel, "add", ".")
    _git(doel, "commit", "-qm", "wijkteamtoets")
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=doel, capture_output=True, text=True, check=True,
                          timeout=600).stdout.strip()


def _run(map: Path, cache: Path, wielen: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=map, capture_output=True, timeout=600, text=True, check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(cache), "PRE_COMMIT_COLOR": "never", "VIRTUALENV_NO_PERIODIC_UPDATE": "1",
             **wielen},
    )


def test_hook_keurt_goed_kader_goed_en_kapot_kader_af(tmp_path: Path, wielen: dict[str, str]) -> None:
    """Both runs use one hook environment (pre-commit's cache), as in a user's repository: it is installed once."""
    bron = tmp_path / "wijkteamtoets"
    versie = _bron(bron)
    andere = tmp_path / "andere-repo"
    (andere / "kaders").mkdir(parents=True)
    (andere / "kaders" / "eigen-kader.yaml").write_bytes((DATA / "kaders" / "goed" / "mini.yaml").read_bytes())
    (andere / "README.md").write_text("geen kader\n", encoding="utf-8")
    (andere / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {bron}\n    rev: {versie}\n    hooks:\n      - id: wijkteamtoets-kader\n", encoding="utf-8")
    _git(andere, "init", "-q")
    _git(andere, "add", ".")
    _git(andere, "commit", "-qm", "eigen kader")
    cache = tmp_path / "pre-commit-cache"

    goed = _run(andere, cache, wielen)
    assert goed.returncode == 0, goed.stdout + goed.stderr
    assert "wijkteamtoets kader controleer" in goed.stdout and "Passed" in goed.stdout

    (andere / "kaders" / "kapot.yaml").write_bytes((DATA / "kaders" / "fout" / "onbekend-feit.yaml").read_bytes())
    _git(andere, "add", ".")
    kapot = _run(andere, cache, wielen)
    assert kapot.returncode == 1, kapot.stdout + kapot.stderr
    assert "Failed" in kapot.stdout
    assert "kaders/kapot.yaml:69:23: dit feit bestaat niet [onbekend-feit]" in kapot.stdout
    # the broken file is a copy of the same kader id and versie, which is reported too
    assert "kaders/kapot.yaml:3:9: kader 'mini-kader' versie 0.1 staat ook in kaders/eigen-kader.yaml" in kapot.stdout
    assert "2 fouten in 1 van de 2 bestanden." in kapot.stdout
