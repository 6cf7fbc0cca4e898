"""The version of an installed package (`controles.pakketten`), part of every key derived from it: the answer of
``importlib.metadata.version``, without importing ``importlib.metadata`` and its e-mail parser."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

import pytest

from wijkteamtoets.controles.pakketten import versie


@pytest.mark.parametrize("pakket", ["deduce", "python-stdnum", "phonenumbers", "wordfreq", "pydantic", "PyYAML"])
def test_dezelfde_versie_als_importlib(pakket: str) -> None:
    assert versie(pakket) == importlib.metadata.version(pakket)


def test_een_onbekend_pakket_is_een_fout_als_bij_importlib() -> None:
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        versie("geen-pakket-met-deze-naam")


@pytest.mark.proces
def test_de_versie_van_de_privacyscan_laadt_importlib_metadata_niet() -> None:
    code = ("import sys\nfrom wijkteamtoets.controles import privacy\nprivacy.scannerversie()\n"
            "print('importlib.metadata' in sys.modules, 'email.parser' in sys.modules)")
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert resultaat.stdout.split() == ["False", "False"]
