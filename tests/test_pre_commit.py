"""The pre-commit hook, run for real by pre-commit against another repository with its own kaders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import DATA, REPO


def _git(map: Path, *argumenten: str) -> None:
    subprocess.run(["git", *argumenten], cwd=map, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


def _try_repo(map: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "wijkteamtoets-kader", "--all-files"],
        cwd=map, capture_output=True, text=True, check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(cache), "PRE_COMMIT_COLOR": "never"},
    )


def test_hook_keurt_goed_kader_goed_en_kapot_kader_af(tmp_path: Path) -> None:
    andere = tmp_path / "andere-repo"
    (andere / "kaders").mkdir(parents=True)
    (andere / "kaders" / "eigen-kader.yaml").write_bytes((DATA / "kaders" / "goed" / "mini.yaml").read_bytes())
    (andere / "README.md").write_text("geen kader\n", encoding="utf-8")
    _git(andere, "init", "-q")
    _git(andere, "add", ".")
    _git(andere, "commit", "-qm", "eigen kader")
    cache = tmp_path / "pre-commit-cache"

    goed = _try_repo(andere, cache)
    assert goed.returncode == 0, goed.stdout + goed.stderr
    assert "wijkteamtoets kader controleer" in goed.stdout and "Passed" in goed.stdout

    (andere / "kaders" / "kapot.yaml").write_bytes((DATA / "kaders" / "fout" / "onbekend-feit.yaml").read_bytes())
    _git(andere, "add", ".")
    kapot = _try_repo(andere, cache)
    assert kapot.returncode == 1, kapot.stdout + kapot.stderr
    assert "Failed" in kapot.stdout
    assert "kaders/kapot.yaml:69:23: feit 'risico-gesignaleert' bestaat niet [onbekend-feit]" in kapot.stdout
    # the broken file is a copy of the same kader id and versie, which is reported too
    assert "kaders/kapot.yaml:3:9: kader 'mini-kader' versie 0.1 staat ook in kaders/eigen-kader.yaml" in kapot.stdout
    assert "2 fouten in 1 van de 2 bestanden." in kapot.stdout
