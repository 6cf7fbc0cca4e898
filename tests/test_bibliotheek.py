"""The library as a notebook uses it: the README's example runs as written, and `Toetsing` applies the same gates
as the CLI (personal data, output inside the data) and touches only what `--gemeente` needs."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO
from wijkteamtoets import Gebruiksfout, Geweigerd, Toetsing
from wijkteamtoets.beoordelen import toetsen


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "voorbeelden", tmp_path / "voorbeelden")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_het_voorbeeld_in_de_readme_draait_zoals_het_er_staat(werkmap: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blok = re.search(r"```python\n(.*?)```", readme, re.S)
    assert blok is not None
    uit = io.StringIO()
    with contextlib.redirect_stdout(uit):
        exec(compile(blok.group(1), "README.md", "exec"), {"__name__": "readme"})
    regels = uit.getvalue().splitlines()
    # the voorbeelden name no bron for most negative answers: warnings, no errors (issue 23)
    assert regels[0] == "84 beoordelingen, 1063 meldingen"
    assert regels[-1] == "geschreven: rapporten/deelrapport-gouda.html"
    assert "Gouda" in (werkmap / "rapporten" / "deelrapport-gouda.html").read_text(encoding="utf-8")


def test_een_notebook_krijgt_de_privacypoort_en_er_wordt_niets_geschreven(werkmap: Path) -> None:
    dossier = werkmap / "voorbeelden" / "gouda" / "dossiers" / "GOU-2016-035.yaml"
    tekst = dossier.read_text(encoding="utf-8")
    dossier.write_text(tekst.replace("dossier: GOU-2016-035\n", "dossier: GOU-2016-035\n# bsn 111222333\n", 1),
                       encoding="utf-8")
    toetsing = Toetsing("voorbeelden")
    with pytest.raises(Geweigerd) as weigering:
        toetsing.deelrapport("Gouda", werkmap / "uit" / "gouda.html")
    assert [(p.pad, p.code, p.ernst.value) for p in weigering.value.problemen] == [
        ("voorbeelden/gouda/dossiers/GOU-2016-035.yaml", "privacy-bsn", "fout")]
    assert not (werkmap / "uit").exists()
    # another gemeente's report does not show that file: it is written
    assert toetsing.deelrapport("Almelo", werkmap / "uit" / "almelo.md", "markdown").is_file()


@pytest.mark.parametrize("uitvoer", ["voorbeelden/gouda/dossiers/x.yaml", "voorbeelden", "."])
def test_uitvoer_in_de_gegevens_is_een_gebruiksfout(werkmap: Path, uitvoer: str) -> None:
    with pytest.raises(Gebruiksfout) as fout:
        Toetsing("voorbeelden").exporteer(Path(uitvoer), "json")
    verwacht = (f"--uitvoer '{uitvoer}' ligt in de gegevens ('voorbeelden')" if uitvoer != "."
                else "de gegevens ('voorbeelden') liggen in --uitvoer '.'")
    assert fout.value.melding.startswith(verwacht)
    assert fout.value.tip == "kies voor --uitvoer een map buiten de gegevens"


def test_een_deelrapport_scant_en_beoordeelt_alleen_die_gemeente(werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gescand: list[str] = []
    beoordeeld: list[str] = []
    scan, beoordeel = toetsen.scan_bestand, toetsen._beoordeel

    def tel_scan(pad: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        gescand.append(Path(pad).as_posix())
        return scan(pad, *args, **kwargs)  # type: ignore[arg-type]

    def tel_beoordeling(geladen):  # type: ignore[no-untyped-def]
        beoordeeld.append(geladen.pad)
        return beoordeel(geladen)

    monkeypatch.setattr(toetsen, "scan_bestand", tel_scan)
    monkeypatch.setattr(toetsen, "_beoordeel", tel_beoordeling)
    Toetsing("voorbeelden").deelrapport("Gouda", werkmap / "uit", "markdown")
    assert gescand and beoordeeld
    assert {p for p in gescand if "/gouda/" not in p} == {"voorbeelden/onderzoek.yaml"}
    assert all("/gouda/" in p for p in beoordeeld)
    # every file of Gouda is judged but the consensus file and the steekproef (read apart, not judged)
    assert len(beoordeeld) == len(list((werkmap / "voorbeelden" / "gouda").rglob("*.yaml"))) - 2


def test_onbekende_gemeente_noemt_de_bekende(werkmap: Path) -> None:
    with pytest.raises(Gebruiksfout) as fout:
        Toetsing("voorbeelden").deelrapport("Utrecht", werkmap / "uit")
    assert fout.value.melding == ("gemeente 'Utrecht' komt niet voor in de gegevens; bekend zijn: Almelo, Bergen op "
                                  "Zoom, Den Helder, Doetinchem, Goeree-Overflakkee, Gouda")
