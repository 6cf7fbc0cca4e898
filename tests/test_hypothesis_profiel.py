"""CI runs Hypothesis deterministically with a bounded number of examples (profile chosen in conftest)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import REPO


def test_ci_profiel_is_deterministisch_en_begrensd() -> None:
    code = ("import conftest\nfrom hypothesis import settings\n"
            "s = settings.default\nprint(s.derandomize, s.max_examples, s.database)")
    omgeving = {**os.environ, "CI": "true"}
    omgeving.pop("HYPOTHESIS_PROFILE", None)
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, text=True, check=True,
                               cwd=REPO / "tests", env=omgeving)
    assert resultaat.stdout.split() == ["True", "100", "None"]
