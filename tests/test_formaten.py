"""Every output format names its reporter in the enum of its kind (the CLI's choices are the enums)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from conftest import REPO
from wijkteamtoets.rapportage import formaten


def test_elk_formaat_heeft_een_rapporteur_behalve_tekst_voor_de_terminal() -> None:
    for soort in (formaten.BeoordeelFormaat, formaten.VergelijkFormaat, formaten.ExportFormaat):
        for formaat in soort:
            if formaat.value == "tekst":
                assert formaat.doel == ""
            else:
                assert callable(formaten.rapporteur(formaat)), formaat
    assert {f.value: f.doel for f in formaten.RapportFormaat} == {"html": ".html", "markdown": ".md", "pdf": ".pdf"}
    assert formaten.ExportFormaat("xlsx") is formaten.ExportFormaat.XLSX  # the CLI's choice is the member


def test_een_export_uit_het_register(tmp_path: Path) -> None:
    from wijkteamtoets.rapportage.toetsing import Toetsing

    tabel = Toetsing(REPO / "voorbeelden" / "gouda", REPO / "kaders").beoordeel()
    from wijkteamtoets.rapportage.aggregeren import oordelentabel

    frame = oordelentabel(tabel.beoordelingen)
    assert isinstance(frame, pd.DataFrame)
    tekst = formaten.rapporteur(formaten.ExportFormaat.JSON)(frame, tabel.kaders, [REPO / "voorbeelden"])
    rijen = json.loads(tekst)
    assert len(rijen) == len(frame) and {r["gemeente"] for r in rijen} == {"Gouda"}
