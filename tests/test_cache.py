"""The cache as a trust boundary: data-only entries with a MAC under a per-user key, a private folder, no
personal data; and invalidation: a changed file or scanner gives another key, an unchanged one is not scanned
again, and no date is part of a key."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

from wijkteamtoets.bestandssysteem import slot
from wijkteamtoets.controles import cache, privacy
from wijkteamtoets.problemen import Ernst

PERSOONLIJK = """\
dossier: GOU-2016-099
gemeente: Gouda
toelichting: "Gesprek met moeder Fatima Bouzid, BSN 111222333, over de unieke-toelichting-zin."
"""


@pytest.fixture
def cachemap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    map_ = tmp_path / "cache"
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv(cache.MAP_OMGEVING, str(map_))
    cache._geheim.cache_clear()
    return map_


@pytest.fixture
def tellende_scan(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fast scan in place of the full one (no deduce), counting the texts really scanned."""
    gescand: list[str] = []
    echte = privacy.scan_tekst

    def scan_tekst(tekst: str, volledig: bool = True, toon: str = "<tekst>") -> privacy.Scan:
        gescand.append(tekst)
        return echte(tekst, False, toon)

    monkeypatch.setattr(privacy, "scan_tekst", scan_tekst)
    monkeypatch.setattr(privacy, "scan_naam", lambda naam, volledig=True: [])
    return gescand


def _codes(pad: Path) -> list[str]:
    return [p.code for p in privacy.scan_bestand(pad, Ernst.FOUT, volledig=True)]


def test_een_ingang_is_json_met_een_mac(cachemap: Path) -> None:
    naam = cache.sleutel("iets")
    cache.bewaar("proef", naam, {"vondsten": [["bsn", 3, 14]]})
    ingang = (cachemap / "proef" / naam[:2] / f"{naam}.json").read_bytes()
    mac, _, data = ingang.partition(b"\n")
    assert len(mac) == 64 and data == b'{"vondsten":[["bsn",3,14]]}'
    assert cache.lees("proef", naam) == {"vondsten": [["bsn", 3, 14]]}
    assert cache.lees("andere", naam) is None  # the namespace is part of what the MAC covers
    assert oct((cachemap / cache.SLEUTELBESTAND).stat().st_mode & 0o777) == "0o600"
    assert oct(cachemap.stat().st_mode & 0o777) == "0o700"


def test_een_gewijzigde_ingang_met_geen_vondsten_wordt_niet_vertrouwd(
        cachemap: Path, tmp_path: Path, tellende_scan: list[str]) -> None:
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK, encoding="utf-8")
    eerst = _codes(bestand)
    assert "privacy-bsn" in eerst and len(tellende_scan) == 1
    ingangen = list((cachemap / "privacy").rglob("*.json"))
    assert len(ingangen) == 1
    mac, _, _ = ingangen[0].read_bytes().partition(b"\n")
    # "no findings", with the old MAC, and with a MAC under another key: neither is believed
    ingangen[0].write_bytes(mac + b'\n{"vondsten":[],"fouten":[],"naam":[]}')
    assert _codes(bestand) == eerst and len(tellende_scan) == 2
    import hashlib
    import hmac

    data = b'{"vondsten":[],"fouten":[],"naam":[]}'
    vals = hmac.new(b"k" * 32, b"\0".join([b"privacy", ingangen[0].stem.encode(), data]), hashlib.sha256)
    ingangen[0].write_bytes(vals.hexdigest().encode() + b"\n" + data)
    assert _codes(bestand) == eerst and len(tellende_scan) == 3


def test_een_ondergeschoven_pickle_wordt_nooit_uitgevoerd(cachemap: Path, tmp_path: Path,
                                                           tellende_scan: list[str]) -> None:
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK, encoding="utf-8")
    teken = tmp_path / "uitgevoerd"

    class Bom:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (open, (str(teken), "w"))

    bom = pickle.dumps(Bom())
    naam = privacy._cachesleutel(bestand.read_bytes(), bestand.name)
    for doel in (cachemap / "privacy" / naam[:2] / f"{naam}.json", cachemap / "toetsing" / naam[:2] / f"{naam}.pickle",
                 cachemap / "privacy" / naam[:2] / f"{naam}.pickle"):
        doel.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        doel.write_bytes(bom)
    cachemap.chmod(0o700)
    assert "privacy-bsn" in _codes(bestand)
    assert not teken.exists()


@pytest.mark.parametrize(("doel", "modus", "tip"), [("map", 0o777, "chmod 700"), ("map", 0o720, "chmod 700"),
                                                    ("sleutel", 0o644, "chmod 600")])
def test_een_map_of_sleutel_voor_anderen_wordt_geweigerd(cachemap: Path, doel: str, modus: int, tip: str) -> None:
    cache.controleer()
    (cachemap if doel == "map" else cachemap / cache.SLEUTELBESTAND).chmod(modus)
    cache._geheim.cache_clear()
    with pytest.raises(cache.CacheOnveilig) as fout:
        cache.lees("privacy", cache.sleutel("x"))
    assert f"rechten {modus:o}" in fout.value.melding and tip in fout.value.tip
    with pytest.raises(cache.CacheOnveilig):
        cache.bewaar("privacy", cache.sleutel("x"), {})


def test_de_cli_weigert_een_map_777_met_exitcode_2(cachemap: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from wijkteamtoets.cli.commandos import main

    cachemap.mkdir(mode=0o700)
    cachemap.chmod(0o777)
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK, encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["wijkteamtoets", "privacy", str(bestand)])
    monkeypatch.setattr(privacy, "scan_tekst", lambda tekst, volledig=True, toon="": privacy.Scan())
    monkeypatch.setattr(privacy, "lijsten_geladen", lambda: True)
    with pytest.raises(SystemExit) as einde:
        main()
    assert einde.value.code == 2
    fout = capsys.readouterr().err
    assert f"fout: de cachemap '{cachemap}' heeft rechten 777: anderen kunnen hem wijzigen" in fout
    assert f"tip: maak hem privé met: chmod 700 '{cachemap}'" in fout


def test_geen_dossiertekst_in_de_cache(cachemap: Path, tmp_path: Path) -> None:
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK + "# privacy-ok: Bouzid zomaar\n", encoding="utf-8")
    assert _codes(bestand)
    inhoud = b"".join(p.read_bytes() for p in cachemap.rglob("*") if p.is_file())
    for tekst in ("Fatima", "Bouzid", "111222333", "unieke-toelichting-zin", "Gesprek met", "zomaar"):
        assert tekst.encode() not in inhoud, tekst


def test_alleen_een_gewijzigd_bestand_of_een_andere_scanner_wordt_opnieuw_gescand(
        cachemap: Path, tmp_path: Path, tellende_scan: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK, encoding="utf-8")
    eerst = _codes(bestand)
    assert _codes(bestand) == eerst and len(tellende_scan) == 1  # unchanged: from the cache
    # a fast scan also takes a cached full result
    assert [p.code for p in privacy.scan_bestand(bestand, volledig=False)] == eerst and len(tellende_scan) == 1
    bestand.write_text(PERSOONLIJK.replace("BSN 111222333", "telefoon 0612345678"), encoding="utf-8")
    assert "privacy-telefoonnummer" in _codes(bestand) and len(tellende_scan) == 2
    monkeypatch.setattr(privacy, "_versie", lambda: "een andere scanner")
    _codes(bestand)
    assert len(tellende_scan) == 3


def test_de_sleutel_hangt_niet_van_de_datum_af(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    voor = privacy._cachesleutel(PERSOONLIJK.encode(), "d.yaml")

    class Morgen(dt.date):
        @classmethod
        def today(cls) -> Morgen:
            return cls(2099, 1, 1)

    monkeypatch.setattr(dt, "date", Morgen)
    assert privacy._cachesleutel(PERSOONLIJK.encode(), "d.yaml") == voor
    assert privacy._cachesleutel(PERSOONLIJK.encode(), "e.yaml") != voor


def test_sleutel_scheidt_delen() -> None:
    assert cache.sleutel("ab", "c") != cache.sleutel("a", "bc")
    assert cache.sleutel("a", b"b") == cache.sleutel(b"a", "b")


def test_het_slot_sluit_andere_houders_uit(tmp_path: Path) -> None:
    """The lock deduce's build is held under: while one holder has it, another cannot take it."""
    import fcntl

    pad = tmp_path / ".bouwen.lock"
    with slot(pad), open(pad, "a") as ander, pytest.raises(BlockingIOError):
        fcntl.flock(ander, fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(pad, "a") as ander:
        fcntl.flock(ander, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released after the block


def test_een_bestand_dat_anderen_konden_onderschuiven_bij_deduce_wordt_geweigerd(tmp_path: Path) -> None:
    """deduce unpickles its lookup structures: a file in that folder that others could write is refused."""
    map_ = tmp_path / "deduce-9.9"
    (map_ / "cache").mkdir(parents=True, mode=0o755)
    bestand = map_ / "cache" / "lookup_structs.pickle"
    bestand.write_bytes(b"\x80\x04N.")
    bestand.chmod(0o644)
    cache.controleer_eigen_map(map_)  # the user's own files: accepted
    bestand.chmod(0o666)
    with pytest.raises(cache.CacheOnveilig) as fout:
        cache.controleer_eigen_map(map_)
    assert fout.value.tip == f"maak hem privé met: chmod 600 '{bestand}'"


def test_zonder_schrijfbare_cachemap_werkt_alles_zonder_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                              tellende_scan: list[str]) -> None:
    bezet = tmp_path / "bestand"
    bezet.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv(cache.MAP_OMGEVING, str(bezet / "cache"))  # cannot be made: a file is in the way
    cache._geheim.cache_clear()
    cache.controleer()
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text(PERSOONLIJK, encoding="utf-8")
    assert "privacy-bsn" in _codes(bestand) and "privacy-bsn" in _codes(bestand)
    assert len(tellende_scan) == 2  # scanned each time, nothing stored


def test_een_ingang_in_een_map_die_anderen_kunnen_wijzigen_wordt_geweigerd(cachemap: Path) -> None:
    """Every folder of the cache counts, also the namespace and its two-letter shards where the entries are."""
    cache.bewaar("privacy", cache.sleutel("x"), {"vondsten": []})
    for map_ in (cachemap / "privacy", next((cachemap / "privacy").iterdir())):
        map_.chmod(0o777)
        with pytest.raises(cache.CacheOnveilig) as fout:
            cache.lees("privacy", cache.sleutel("x"))
        assert "rechten 777" in fout.value.melding and "chmod 700" in fout.value.tip
        map_.chmod(0o700)
    assert cache.lees("privacy", cache.sleutel("x")) == {"vondsten": []}


@pytest.mark.parametrize("binnen", ["cache", "gouda/cache"])
def test_een_cachemap_in_de_gegevens_is_een_gebruiksfout(binnen: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         ) -> None:
    """The cache holds the secret key of its MACs: in the data it would travel with every copy of the data (and
    its entries would be read as data). Nothing is made there; the CLI stops with exit code 2."""
    from typer.testing import CliRunner

    from wijkteamtoets.cli.commandos import app

    data = tmp_path / "data"
    (data / "gouda").mkdir(parents=True)
    (data / "gouda" / "dossier.yaml").write_text(PERSOONLIJK, encoding="utf-8")
    monkeypatch.setenv("WIJKTEAMTOETS_CACHE", "aan")
    monkeypatch.setenv(cache.MAP_OMGEVING, str(data / binnen))
    monkeypatch.chdir(tmp_path)
    for argumenten in (["privacy", "data"], ["beoordeel", "data"], ["exporteer", "--data", "data", "-o", "uit.json"]):
        resultaat = CliRunner().invoke(app, argumenten)
        assert resultaat.exit_code == 2, resultaat.output
        assert resultaat.stderr.startswith(f"fout: de cachemap ({cache.MAP_OMGEVING}) ligt in de gegevens ('data')")
        assert not (data / binnen).exists() and not (tmp_path / "uit.json").exists()


def test_een_mapnaam_wordt_niet_in_elke_run_opnieuw_gescand(cachemap: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The names of a file's folders are scanned once, like its own name: a later run (here: the per-process
    memory emptied) reads the kinds from the cache; an entry holds kinds only, never the name."""
    gescand: list[str] = []
    echte = privacy.scan_naam
    monkeypatch.setattr(privacy, "scan_naam", lambda naam, volledig=True: gescand.append(naam) or echte(naam, volledig))
    bestand = tmp_path / "BSN 111222333" / "dossiers" / "GOU-2016-099.yaml"
    bestand.parent.mkdir(parents=True)
    bestand.write_text("dossier: GOU-2016-099\n", encoding="utf-8")
    privacy._mapnaam.cache_clear()
    eerst = [p.code for p in privacy.mapproblemen(bestand, volledig=False)]
    assert eerst == ["privacy-bsn"] and sorted(gescand) == ["BSN 111222333", "dossiers"]
    privacy._mapnaam.cache_clear()
    assert [p.code for p in privacy.mapproblemen(bestand, volledig=False)] == eerst
    assert len(gescand) == 2
    assert not any(b"111222333" in p.read_bytes() for p in cachemap.rglob("*.json"))


def test_een_gewijzigd_dossier_scant_zijn_naam_niet_opnieuw(cachemap: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """An inspector edits a dossier and judges it again: its content is scanned anew, its unchanged name is not (the
    kinds of a name are kept like a folder's, per kind of scan); a fast scan does not take the full scan's kinds."""
    gescand: list[tuple[str, bool]] = []
    echte = privacy.scan_naam
    monkeypatch.setattr(privacy, "scan_naam",
                        lambda naam, volledig=True: gescand.append((naam, volledig)) or echte(naam, volledig))
    bestand = tmp_path / "BSN 111222333.yaml"
    bestand.write_text("dossier: GOU-2016-099\n", encoding="utf-8")
    for volledig in (False, True):
        assert "privacy-bsn" in [p.code for p in privacy.scan_bestand(bestand, volledig=volledig)]
        bestand.write_text(bestand.read_text(encoding="utf-8") + "# gewijzigd\n", encoding="utf-8")
        privacy._bestandsnaam.cache_clear()  # a later run
        assert "privacy-bsn" in [p.code for p in privacy.scan_bestand(bestand, volledig=volledig)]
    assert [v for n, v in gescand if n == bestand.name] == [False, True]
    assert not any(b"111222333" in p.read_bytes() for p in cachemap.rglob("*.json"))


def test_een_lijst_van_organisaties_die_tijdens_het_proces_verandert_geeft_een_andere_sleutel(
        cachemap: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scan stored with the old list is not served after the user added a name to it (the editor keeps running)."""
    from wijkteamtoets.invoer.privacy import lijsten

    kaders = tmp_path / "kaders"
    kaders.mkdir()
    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [kaders])
    bestand = tmp_path / "dossier.yaml"
    bestand.write_text('toelichting: "Overleg met Tesfay Gebremedhin over de nazorg."\n', encoding="utf-8")
    assert "privacy-naam" in _codes(bestand)
    (kaders / "geen-personen.txt").write_text("Tesfay Gebremedhin\n", encoding="utf-8")
    assert "privacy-naam" not in _codes(bestand)
    (kaders / "geen-personen.txt").unlink()
    assert "privacy-naam" in _codes(bestand)  # and back: the first result, from the cache


def test_een_mapnaam_na_een_gewijzigde_lijst_van_organisaties_opnieuw_gelezen(
        cachemap: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wijkteamtoets.invoer.privacy import lijsten

    kaders = tmp_path / "kaders"
    kaders.mkdir()
    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [kaders])
    bestand = tmp_path / "Tesfay_Gebremedhin" / "dossier.yaml"
    bestand.parent.mkdir()
    bestand.write_text("oordeel: ja\n", encoding="utf-8")
    (kaders / "geen-personen.txt").write_text("Stichting De Brug\n", encoding="utf-8")
    assert _codes(bestand) == ["privacy-naam"]
    (kaders / "geen-personen.txt").write_text("Stichting De Brug\nTesfay Gebremedhin\n", encoding="utf-8")
    assert _codes(bestand) == []


def test_de_versie_van_de_privacyscan_hangt_af_van_alle_code_die_de_vondsten_bepaalt(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A saved scan is found again only under the same scanner version: every module whose change can change a
    finding is part of it (the patterns compiled on first use and their store, the reading of a file's text, the word
    frequencies, first names and street names, deduce's tries), so a new version never serves an old scan."""
    from wijkteamtoets.controles import privacy
    from wijkteamtoets.invoer.privacy.lijsten import geen_personen_stand

    gelezen: list[str] = []
    lees = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda pad: gelezen.append(pad.name) or lees(pad))
    privacy._versie_bij.cache_clear()  # computed once per process and list state: read the files again
    privacy._versie_bij(geen_personen_stand())
    assert {"patronen.py", "privacylezen.py", "woordfrequenties.py", "voornamen.py", "privacy.py",
            "privacytekst.py", "makers.py", "makers.txt", "geen-personen.txt", "patroonopslag.py", "deducestukken.py",
            "lijstbestanden.py", "woordblok.py"} <= set(gelezen)
