"""What `.ci/run` does, run for real against stand-in tools: ruff, mypy and then exactly the README's test
command, and a failure of any of them fails the run (nothing is installed: the tools are stubs)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO

STUB = """#!/bin/sh
echo "$(basename "$0") $*" >> "$CI_LOG"
if [ "$(basename "$0")" = "python3" ] && [ "$1 $2" = "-m venv" ]; then
  mkdir -p "$3/bin"
  for tool in pip ruff mypy python; do cp "$0" "$3/bin/$tool"; done
fi
case "$(basename "$0") $*" in *"$CI_FAAL"*) [ -n "$CI_FAAL" ] && exit 1;; esac
exit 0
"""


def _ci(tmp_path: Path, faal: str = "") -> tuple[int, list[str]]:
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(REPO / ".ci" / "run", repo / ".ci" / "run")
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    for naam in ("python3", "id"):
        (stubs / naam).write_text(STUB if naam == "python3" else "#!/bin/sh\necho 1000\n", encoding="utf-8")
        (stubs / naam).chmod(0o755)
    log = tmp_path / "log"
    log.touch()
    omgeving = {"PATH": f"{stubs}:/usr/bin:/bin", "CI_LOG": str(log), "CI_FAAL": faal, "HOME": str(tmp_path)}
    klaar = subprocess.run(["bash", str(repo / ".ci" / "run")], env=omgeving, capture_output=True, text=True,
                           timeout=120, check=False)
    return klaar.returncode, log.read_text(encoding="utf-8").splitlines()


def test_ci_draait_ruff_mypy_en_het_testcommando_van_de_readme(tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    testcommando = re.search(r"```sh\n.*\n(.*)\n```", readme)
    assert testcommando is not None
    pytest_aanroep = testcommando.group(1).split("&& ")[-1].removeprefix(".venv/bin/")
    code, gedaan = _ci(tmp_path)
    assert code == 0
    aanroepen = [regel.strip() for regel in gedaan if regel.split()[0] in ("ruff", "mypy", "python")]
    assert aanroepen[:3] == ["ruff check src tests benchmarks", "mypy", pytest_aanroep]


@pytest.mark.parametrize("faal", ["ruff", "mypy", "python -m pytest"])
def test_ci_faalt_als_een_stap_faalt(tmp_path: Path, faal: str) -> None:
    code, gedaan = _ci(tmp_path, faal)
    assert code != 0
    assert gedaan[-1].startswith(faal)  # nothing runs after the step that failed

