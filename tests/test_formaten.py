"""Every output format has its reporter in the registry of its kind (the CLI's choices are the enums)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from conftest import REPO
from wijkteamtoets.rapportage import formaten


def test_elk_formaat_heeft_een_rapporteur_behalve_tekst_voor_de_terminal() -> None:
    for enum, register in ((formaten.BeoordeelFormaat, formaten.BEOORDELINGEN),
                           (formaten.VergelijkFormaat, formaten.VERGELIJKINGEN),
                           (formaten.ExportFormaat, formaten.EXPORTEN)):
        assert {f.value for f in register} == {f.value for f in enum} - {"tekst"}
        for formaat in register:
            assert callable(formaten.rapporteur(register, formaat.value))
    assert {f.value for f in formaten.RAPPORTEN} == {f.value for f in formaten.RapportFormaat}


def test_een_export_uit_het_register(tmp_path: Path) -> None:
    from wijkteamtoets.rapportage.toetsing import Toetsing

    tabel = Toetsing(REPO / "voorbeelden" / "gouda", REPO / "kaders").beoordeel()
    from wijkteamtoets.rapportage.aggregeren import oordelentabel

    frame = oordelentabel(tabel.beoordelingen)
    assert isinstance(frame, pd.DataFrame)
    tekst = formaten.rapporteur(formaten.EXPORTEN, "json")(frame, tabel.kaders, [REPO / "voorbeelden"])
    rijen = json.loads(tekst)
    assert len(rijen) == len(frame) and {r["gemeente"] for r in rijen} == {"Gouda"}
