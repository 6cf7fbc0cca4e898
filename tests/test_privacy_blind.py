"""The blind privacy corpus (`scripts/maak_blinde_privacycorpus.py`, `tests/data/privacy/blind/`) is well formed
and reproducible. Its recall and false alarms are figures for `benchmarks/privacy.py`, never asserted here, so
that nobody tunes the detector on it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from privacymeting import _LABEL, CORPUS
from wijkteamtoets.invoer.privacy.soorten import SOORTEN

BLIND = CORPUS / "blind"
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}


def _regels(naam: str) -> list[tuple[int, str]]:
    tekst = (BLIND / naam).read_text(encoding="utf-8")
    return [(i, r) for i, r in enumerate(tekst.splitlines(), 1) if r.strip() and not r.startswith("#")]


def test_blinde_waarden_hebben_plaats_evasie_en_gelabelde_waarden_van_bekende_soorten() -> None:
    soorten: set[str] = set()
    aantal = 0
    for _, regel in _regels("waarden.txt"):
        plaats, evasie, tekst = regel.split("\t")
        labels = list(_LABEL.finditer(tekst))
        assert plaats in PLAATSEN and re.fullmatch(r"[a-z-]+", evasie) and labels, regel
        assert ("\\" in tekst) == (evasie == "yaml-escape") and "\"" not in tekst, regel  # escapes only there
        soorten |= {m.group("soort") for m in labels}
        aantal += len(labels)
    assert soorten == set(SOORTEN)
    assert aantal >= 400


def test_blinde_schone_regels_hebben_een_plaats_en_geen_label() -> None:
    regels = _regels("schoon.txt")
    assert len(regels) >= 1500
    for _, regel in regels:
        plaats, tekst = regel.split("\t")
        assert plaats in PLAATSEN and tekst.strip() and not _LABEL.search(tekst), regel


def test_kenmerken_wijzen_naar_bestaande_waarden_en_elke_naam_heeft_herkomst_en_schrijfwijze() -> None:
    waarden = {i: len(list(_LABEL.finditer(r.split("\t")[2]))) for i, r in _regels("waarden.txt")}
    schoon = {i for i, _ in _regels("schoon.txt")}
    gezien: dict[str, str] = {}
    for _, regel in _regels("kenmerken.txt"):
        plek, paren = regel.split("\t")
        deel, *nummers = plek.split(":")
        if deel == "waarden":
            assert nummers[1].isdigit() and int(nummers[1]) < waarden[int(nummers[0])], plek
        else:
            assert deel == "schoon" and int(nummers[0]) in schoon, plek
        gezien[plek] = paren
    assert len(gezien) == sum(waarden.values()) + len(schoon)
    for i, regel in _regels("waarden.txt"):
        for index, label in enumerate(_LABEL.finditer(regel)):
            if label.group("soort") == "naam":
                assert {"herkomst", "schrijfwijze"} <= {p.split("=")[0] for p in gezien[f"waarden:{i}:{index}"].split()}


def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(tmp_path: Path) -> None:
    pad = Path(__file__).resolve().parent.parent / "scripts" / "maak_blinde_privacycorpus.py"
    spec = importlib.util.spec_from_file_location("maak_blinde_privacycorpus", pad)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for naam in ("waarden.txt", "schoon.txt", "kenmerken.txt"):
        assert (tmp_path / naam).read_text(encoding="utf-8") == (BLIND / naam).read_text(encoding="utf-8"), naam
