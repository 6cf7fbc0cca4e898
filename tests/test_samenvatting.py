"""The text-free summary per file (issue 22): an unchanged report run loads no file again, and a summary that is
missing, changed, or made by another program or against other kaders is never trusted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from wijkteamtoets import Geweigerd, Toetsing
from wijkteamtoets.beoordelen import ongewijzigd, samenvatting, toetsen
from wijkteamtoets.controles import vaststelling

MARKERING = "kwartelkoningmarkering"
DOSSIER = Path("voorbeelden/gouda/dossiers/GOU-2016-035.yaml")


@pytest.fixture
def werkmap(werkmap_met_cache: Path, privacycache: Path) -> Path:
    shutil.copytree(privacycache, werkmap_met_cache / "cache")  # the privacy scans only: summaries are made here
    return werkmap_met_cache


def _licht() -> toetsen.Uitslag | None:
    toetsing = Toetsing("voorbeelden", "kaders")
    return ongewijzigd.lichte_uitslag(toetsing.bestanden, toetsing.register()[0])


def _rapporteer() -> list[Path]:
    return Toetsing("voorbeelden", "kaders").rapporten(Path("uit"), overschrijf=True)


def _ingangen(werkmap: Path) -> list[Path]:
    return sorted((werkmap / "cache" / samenvatting.RUIMTE).rglob("*.json"))


def test_de_samenvattingen_geven_dezelfde_problemen_als_de_volledige_beoordeling(werkmap: Path) -> None:
    toetsing = Toetsing("voorbeelden", "kaders")
    volledig = toetsing.beoordeel(volledig=True)
    licht = _licht()
    assert licht is not None
    assert sorted(toetsing.register()[1] + licht.problemen) == volledig.problemen
    assert licht.alle_gemeenten == volledig.alle_gemeenten
    assert sorted((b.pad, b.gemeente, b.consensus) for b in licht.beoordelingen) == sorted(
        (b.pad, b.gemeente, b.consensus) for b in volledig.beoordelingen)
    # no oordelen from a summary: only the agreed version of a consensus is judged again (from its ratings)
    assert [b.pad for b in licht.beoordelingen if b.oordelen] == [
        b.pad for b in volledig.beoordelingen if b.consensus] == ["voorbeelden/gouda/dossiers/GOU-2016-256.consensus.yaml"]


def test_een_ongewijzigde_run_laadt_alleen_de_beoordelingen_onder_een_consensus(
        werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    koud = _rapporteer()
    inhoud = {p: p.read_bytes() for p in koud}
    geladen: list[str] = []
    echte = ongewijzigd.laad_bevindingen

    def laad(pad: Path, *args: Any, **kwargs: Any) -> Any:
        geladen.append(pad.name)
        return echte(pad, *args, **kwargs)

    def niet_laden(*args: object, **kwargs: object) -> None:
        raise AssertionError("een ongewijzigd bestand wordt opnieuw beoordeeld")

    monkeypatch.setattr(toetsen, "laad_bevindingen", niet_laden)
    monkeypatch.setattr(ongewijzigd, "laad_bevindingen", laad)
    assert _rapporteer() == koud
    assert sorted(geladen) == ["GOU-2016-256.IGZ1.yaml", "GOU-2016-256.yaml"]
    assert {p: p.read_bytes() for p in koud} == inhoud


def test_een_gewijzigd_bestand_kader_of_programma_heeft_geen_samenvatting(
        werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Toetsing("voorbeelden", "kaders").beoordeel(volledig=True)
    assert _licht() is not None
    dossier = werkmap / DOSSIER
    origineel = dossier.read_text(encoding="utf-8")
    dossier.write_text(origineel + "# een opmerking\n", encoding="utf-8")
    assert _licht() is None
    dossier.write_text(origineel, encoding="utf-8")
    assert _licht() is not None
    kader = werkmap / "kaders" / "toezicht-wijkteams-2017.yaml"
    kader.write_text(kader.read_text(encoding="utf-8") + "# een opmerking\n", encoding="utf-8")
    assert _licht() is None
    kader.write_text(kader.read_text(encoding="utf-8").removesuffix("# een opmerking\n"), encoding="utf-8")
    assert _licht() is not None
    monkeypatch.setattr(vaststelling, "programma", lambda: "een ander programma")
    assert _licht() is None


def test_een_gewijzigde_samenvatting_wordt_niet_vertrouwd(werkmap: Path) -> None:
    dossier = werkmap / DOSSIER
    dossier.write_text(dossier.read_text(encoding="utf-8").replace(
        "dossier: GOU-2016-035\n", "dossier: GOU-2016-035\n# bsn 111222333\n", 1), encoding="utf-8")
    with pytest.raises(Geweigerd):
        _rapporteer()
    # remove the finding from the summary of that file, keeping the entry's old MAC
    for ingang in _ingangen(werkmap):
        mac, _, data = ingang.read_bytes().partition(b"\n")
        if b"privacy-bsn" in data:
            waarde = json.loads(data)
            for bestand in waarde["bestanden"]:
                bestand["problemen"] = [p for p in bestand["problemen"] if p[2] != "privacy-bsn"]
            assert b"privacy-bsn" not in json.dumps(waarde).encode()
            ingang.write_bytes(mac + b"\n" + json.dumps(waarde, ensure_ascii=False).encode())
            break
    else:
        raise AssertionError("geen samenvatting met de vondst")
    assert _licht() is None
    with pytest.raises(Geweigerd) as weigering:
        _rapporteer()
    assert [(p.pad, p.code) for p in weigering.value.problemen] == [(DOSSIER.as_posix(), "privacy-bsn")]


def test_een_samenvatting_bevat_geen_tekst_uit_het_dossier(werkmap: Path) -> None:
    dossier = werkmap / DOSSIER
    tekst = dossier.read_text(encoding="utf-8")
    assert 'toelichting: "Overdracht Veilig Thuis na politiemelding."' in tekst
    dossier.write_text(tekst.replace("Overdracht Veilig Thuis na politiemelding.", f"Overdracht na {MARKERING}."),
                       encoding="utf-8")
    gemeente = werkmap / "voorbeelden" / "gouda" / "gemeente.yaml"
    gemeente.write_text(gemeente.read_text(encoding="utf-8").replace("\nconclusie: \"", f"\nconclusie: \"{MARKERING} ",
                                                                     1), encoding="utf-8")
    _rapporteer()
    ingangen = _ingangen(werkmap)
    # one entry per folder of dossier or gemeente files: the dossiers of a gemeente, and its gemeente file
    assert len(ingangen) == len({p.parent for p in (werkmap / "voorbeelden").rglob("*.yaml")
                                 if not p.name.endswith(".consensus.yaml")
                                 and p.name not in ("onderzoek.yaml", "steekproef.yaml")}) == 12
    inhoud = b"".join(p.read_bytes() for p in ingangen)
    assert MARKERING.encode() not in inhoud and b"Overdracht" not in inhoud and b"toelichting" not in inhoud


def test_de_cache_bevat_geen_bestands_of_mapnaam(werkmap: Path) -> None:
    """A file name can hold a name (issue 20: no personal data in the cache): the summaries, the privacy scan and
    the report cache keep positions and kinds, never a path."""
    dossier = werkmap / DOSSIER
    dossier.rename(dossier.with_name(f"GOU-2016-035-{MARKERING}.yaml"))
    _rapporteer()
    assert _ingangen(werkmap)
    for ingang in (werkmap / "cache").rglob("*"):
        if ingang.is_file():
            assert MARKERING.encode() not in ingang.read_bytes(), ingang.relative_to(werkmap)


def test_een_grote_map_verdeelt_zijn_samenvattingen_over_meer_ingangen(
        werkmap: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No entry grows with the size of a folder (a national round in one flat folder): at most BUNDEL files each."""
    monkeypatch.setattr(samenvatting, "BUNDEL", 4)
    _rapporteer()
    per_map: dict[Path, int] = {}
    for p in (werkmap / "voorbeelden").rglob("*.yaml"):
        if not p.name.endswith(".consensus.yaml") and p.name not in ("onderzoek.yaml", "steekproef.yaml"):
            per_map[p.parent] = per_map.get(p.parent, 0) + 1
    assert max(per_map.values()) > 4
    assert len(_ingangen(werkmap)) == sum(-(-n // 4) for n in per_map.values())
    assert _licht() is not None
    dossier = werkmap / DOSSIER
    dossier.write_text(dossier.read_text(encoding="utf-8") + "# een opmerking\n", encoding="utf-8")
    assert _licht() is None
