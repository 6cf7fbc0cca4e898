"""Shared fixtures: the repository root, the CLI runner, and the data folders."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
KADER = REPO / "kaders" / "toezicht-wijkteams-2017.yaml"

# Hypothesis: in CI (CI=true) the same examples every run, a fixed number of them and no example database,
# so a red build is reproducible; at the desk more examples and a database that remembers failures.
# `HYPOTHESIS_PROFILE=grondig` searches much longer.
settings.register_profile("ci", derandomize=True, max_examples=100, deadline=None, database=None, print_blob=True)
settings.register_profile("ontwikkelen", max_examples=200, deadline=None)
settings.register_profile("grondig", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "ontwikkelen"))

# deduce's lookup structures (for the full privacy scan) are built once per machine into the user's cache folder
# (minutes on a fresh machine), then read by every process (seconds). Pin that folder for the whole session, so
# that the CLI started as a subprocess with another HOME (test_overal, test_nederlands) finds them too.
os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))


def stabiel(tekst: str) -> str:
    """A message with every ``[map N]`` as ``[map]``: pytest's folders (``/tmp/pytest-of-USER/...``) are shown by their place
    in a folder that other processes change while a test runs (a new entry in /tmp moves ``pytest-of-root`` from the
    109th to the 110th place), so a test compares messages about its tmp_path without those numbers; the numbers
    themselves are checked in test_paden.py on folders that only the test changes."""
    return re.sub(r"\[map \d+\]", "[map]", tekst)


@pytest.fixture(scope="session", autouse=True)
def deduce_lijsten() -> None:
    """Build deduce's lookup structures once, before the first test, if they are not in the cache yet; no
    test (and no subprocess with its own timeout) then pays for the build."""
    from wijkteamtoets.controles import namenmodel, privacy

    if not namenmodel._bestand().exists():
        privacy.laad_lijsten()


@pytest.fixture
def eigen_gebruikersmap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A user's cache folder of its own (``XDG_CACHE_HOME``), for what is built once per machine, with its own key."""
    from wijkteamtoets.controles import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache._geheim.cache_clear()
    yield tmp_path / "wijkteamtoets"
    cache._geheim.cache_clear()


@pytest.fixture(scope="session")
def procescache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the tests of this worker and the programs they start as processes."""
    return tmp_path_factory.getbasetemp() / "procescache"


@pytest.fixture(autouse=True)
def cache_van_de_sessie(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Tests run with the cache on, as a user does, in a cache folder shared by this test session (per
    worker), so that the same file is not scanned for personal data again by every test: a cached scan is the
    scan of that exact content by this program (`test_cache.py` shows that an entry is trusted only when it is
    authentic, and turns the cache on in folders of its own). A test that replaces or counts a computation is
    marked `vers` and computes everything. Nothing goes to the user's own cache folder."""
    if request.node.get_closest_marker("vers") is not None:
        monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "uit")
    else:
        monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
        monkeypatch.setenv("WIJKTEAMTOETS_CACHEMAP", str(request.getfixturevalue("procescache")))


@pytest.fixture
def werkmap_met_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the voorbeelden and kaders as the working folder, with an empty cache folder of its own."""
    import shutil

    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    shutil.copytree(REPO / "kaders", tmp_path / "kaders")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv("WIJKTEAMTOETS_CACHEMAP", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture(scope="module")
def privacycache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder that holds only the full privacy scans of the voorbeelden (keyed by scanner, file name and
    bytes, authenticated with the folder's own key), made once per test module that asks for it: each test starts from a copy, so
    it scans only the files it changes, and its report entries are its own."""
    import shutil

    from wijkteamtoets import Toetsing

    map_ = tmp_path_factory.mktemp("privacycache") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIJKTEAMTOETS_CACHE", "aan")
        mp.setenv("WIJKTEAMTOETS_CACHEMAP", str(map_))
        Toetsing(REPO / "voorbeelden", REPO / "kaders").beoordeel(volledig=True)
    for naamruimte in [p for p in map_.iterdir() if p.is_dir() and p.name != "privacy"]:
        shutil.rmtree(naamruimte)  # only the privacy scans: summaries and report entries stay each test's own
    return map_


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run with the repository root as working directory (the CLI's defaults are relative to it)."""
    monkeypatch.chdir(REPO)
    return REPO


def verwachte_regels(pad: Path) -> list[str]:
    """The '# verwacht: ' lines at the end of a negative example file, without that prefix."""
    tekst = pad.read_bytes().decode("utf-8", errors="replace")
    return [regel.removeprefix("# verwacht: ") for regel in tekst.splitlines() if regel.startswith("# verwacht: ")]


EERST = ("test_pre_commit.py", "test_overal.py", "test_parallel.py", "test_integriteit.py", "test_publicatie.py",
         "test_invullen_browser.py", "test_browser.py", "test_lekken.py")
"""Files with long tests (installs, processes, PDFs, a browser), handed out first: with `--dist loadfile` a worker
takes a whole file, and a long file handed out last leaves the other core idle at the end. (`--no-loadscope-reorder`
in pyproject.toml keeps this order; xdist would otherwise hand out the files with the most tests first.)"""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rang = {naam: i for i, naam in enumerate(EERST)}
    items.sort(key=lambda item: rang.get(item.path.name, len(rang)))  # stable: the rest keeps its order
