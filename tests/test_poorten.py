"""The gates on small, hand-made results: what blocks an output, and what does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import KADER
from wijkteamtoets.beoordelen import poorten
from wijkteamtoets.beoordelen.afleiden import Beoordeling
from wijkteamtoets.beoordelen.toetsen import Uitslag
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.problemen import Ernst, Probleem


def _p(pad: str, code: str, ernst: Ernst = Ernst.WAARSCHUWING) -> Probleem:
    return Probleem(pad=pad, regel=3, kolom=5, code=code, melding="m", hint="h", ernst=ernst)


def _uitslag(*problemen: Probleem) -> Uitslag:
    return Uitslag(bestanden=[], problemen=list(problemen), beoordelingen=[
        Beoordeling(naam="GOU-1", gemeente="Gouda", pad="g/1.yaml", soort="dossier", beoordelaar="INS1"),
        Beoordeling(naam="ALM-1", gemeente="Almelo", pad="a/1.yaml", soort="dossier", beoordelaar="INS1")])


def test_persoonsgegevens_blokkeren_alleen_wat_in_de_uitvoer_komt() -> None:
    uitslag = _uitslag(_p("a/1.yaml", "privacy-naam"), _p("onderzoek.yaml", "privacy-bsn"),
                       _p("g/1.yaml", "ontbrekend-antwoord"))
    assert [(p.pad, p.code, p.ernst) for p in poorten.blokkerend(uitslag, ["Gouda"])] == [
        ("onderzoek.yaml", "privacy-bsn", Ernst.FOUT)]  # the onderzoek feeds every report; Almelo's file does not
    assert [p.pad for p in poorten.blokkerend(uitslag)] == ["a/1.yaml", "onderzoek.yaml"]


def test_fouten_overal_en_een_onbekende_gemeente_blokkeren() -> None:
    uitslag = _uitslag(_p("a/1.yaml", "yaml-syntaxis", Ernst.FOUT), _p("x.yaml", "onbekende-gemeente"))
    assert [(p.pad, p.ernst) for p in poorten.fouten(uitslag)] == [("a/1.yaml", Ernst.FOUT), ("x.yaml", Ernst.FOUT)]
    assert poorten.fouten(_uitslag(_p("a/1.yaml", "ontbrekend-antwoord"))) == []


def test_een_kader_per_rapport() -> None:
    kader = laad_kader(KADER)
    uitslag = _uitslag()
    uitslag.kaders = {"Gouda": kader, "Almelo": kader.model_copy(update={"versie": "2.0"})}
    assert poorten.een_kader(uitslag, ["Gouda"], "x") is kader
    with pytest.raises(poorten.Gebruiksfout) as fout:
        poorten.een_kader(uitslag, ["Gouda", "Almelo"], "maak per kader een rapport")
    assert fout.value.melding == ("de bestanden gebruiken verschillende kaders (toezicht-wijkteams-2017 1.0, "
                                  "toezicht-wijkteams-2017 2.0); maak per kader een rapport")
    with pytest.raises(poorten.Gebruiksfout, match="geen dossierbestanden"):
        poorten.een_kader(uitslag, ["Utrecht"], "x")


@pytest.mark.parametrize(("uitvoer", "data", "mag"), [
    ("rapporten", ["voorbeelden"], True),
    ("voorbeelden-rapporten", ["voorbeelden"], True),  # a sibling whose name starts the same is outside
    ("voorbeelden/rapporten", ["voorbeelden"], False),
    ("voorbeelden", ["voorbeelden/gouda"], False),
    ("voorbeelden/gouda/x.yaml", ["kaders", "voorbeelden/gouda/x.yaml"], False),
])
def test_uitvoer_buiten_de_gegevens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uitvoer: str, data: list[str],
                                    mag: bool) -> None:
    monkeypatch.chdir(tmp_path)
    if mag:
        poorten.uitvoer_buiten_data(Path(uitvoer), [Path(d) for d in data])
    else:
        with pytest.raises(poorten.Gebruiksfout):
            poorten.uitvoer_buiten_data(Path(uitvoer), [Path(d) for d in data])
