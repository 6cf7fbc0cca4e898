"""The YAML reader: positions, and every trap refused with a clear problem instead of a traceback."""

from __future__ import annotations

import copy
import datetime as dt
import re
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from conftest import DATA, KADER, REPO
from wijkteamtoets.controles.laden import Kaderregister, laad_bevindingen, laad_kader
from wijkteamtoets.invoer import yamlparser
from wijkteamtoets.invoer.kader import Kader
from wijkteamtoets.invoer.validatie import valideer
from wijkteamtoets.invoer.yamlbron import MAX_BYTES, Plek, lees_yaml, lees_yaml_tekst
from wijkteamtoets.problemen import InvoerFout


def _codes(tekst: bytes) -> list[tuple[int, int, str]]:
    with pytest.raises(InvoerFout) as fout:
        lees_yaml_tekst(tekst, "x.yaml")
    return [(p.regel, p.kolom, p.code) for p in fout.value.problemen]


def test_posities_van_waarden_en_sleutels() -> None:
    document = lees_yaml_tekst(b"a:\n  b: [1, 2]\n  c:\n    - d: x\n", "x.yaml")
    assert document.data == {"a": {"b": [1, 2], "c": [{"d": "x"}]}}
    assert document.plek(("a", "b", 1)) == Plek(2, 10)
    assert document.plek(("a", "c", 0, "d")) == Plek(4, 10)
    assert document.sleutelplek(("a", "c")) == Plek(3, 3)
    assert document.plek(("a", "c", 0, "bestaat-niet")) == Plek(4, 7)


def test_alle_dubbele_sleutels_worden_gemeld() -> None:
    assert _codes(b"a: 1\nb: 2\na: 3\nc:\n  x: 1\n  x: 2\n") == [(3, 1, "dubbele-sleutel"), (6, 3, "dubbele-sleutel")]


def test_yaml_1_1_waarden_worden_herkend_en_onthouden() -> None:
    document = lees_yaml_tekst(b"a: no\nb: 1.10\nc: 2017-03-01\nd: 'no'\ne: ja\n", "x.yaml")
    assert document.data == {"a": False, "b": 1.1, "c": dt.date(2017, 3, 1), "d": "no", "e": "ja"}
    assert document.scalaire_bron[("a",)].tekst == "no"
    assert document.scalaire_bron[("b",)].tekst == "1.10"
    assert ("d",) not in document.scalaire_bron  # quoted: a string, nothing to warn about


def test_utf8_bom_en_crlf_worden_gelezen() -> None:
    assert lees_yaml_tekst(b"\xef\xbb\xbfa: b\r\nc: d\r\n", "x.yaml").data == {"a": "b", "c": "d"}


@pytest.mark.parametrize(("tekst", "verwacht"), [
    (b"", [(1, 1, "leeg-bestand")]),
    (b"   \n# alleen commentaar\n", [(1, 1, "leeg-bestand")]),
    (b"a: 1\nb: caf\xe9\n", [(2, 7, "geen-utf8")]),
    (b"a: 1\x00", [(1, 5, "geen-utf8")]),
    (b"a:\n\t- b\n", [(2, 1, "tab")]),
    (b"a: &x [*x]\n", [(1, 4, "alias-bom")]),
    (b"a: !!python/object/apply:os.system [echo]\n", [(1, 4, "yaml-tag")]),
    (b"a: !eigen x\n", [(1, 4, "yaml-tag")]),
    (b"<<: {a: 1}\n", [(1, 1, "yaml-tag")]),
    (b"a: 1\n---\nb: 2\n", [(2, 1, "yaml-syntaxis")]),
    (b"a: [1, 2\n", [(2, 1, "yaml-syntaxis")]),
    (b"a: [1, 2\nb: 3\n", [(2, 2, "yaml-syntaxis")]),
    (b"a: \x07\n", [(1, 4, "yaml-syntaxis")]),
    (b"? [1]\n: 2\n", [(1, 3, "sleutel-geen-tekst")]),
    (b"1: a\n", [(1, 1, "sleutel-geen-tekst")]),
    (b"a: 2017-02-30\n", [(1, 4, "ongeldige-waarde")]),
    (b"a: " + b"[" * 100 + b"]" * 100, [(1, 67, "te-diep")]),
])
def test_valkuilen_geven_een_probleem(tekst: bytes, verwacht: list[tuple[int, int, str]], parser: str) -> None:
    assert _codes(tekst) == verwacht


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's C parser and with the pure-Python parser (used when libyaml is absent)."""
    if request.param == "libyaml" and not yamlparser.MET_LIBYAML:
        pytest.skip("PyYAML is hier gebouwd zonder libyaml")
    monkeypatch.setattr(yamlparser, "MET_LIBYAML", request.param == "libyaml")
    return str(request.param)


@pytest.mark.parametrize(("tekst", "verwacht"), [
    # columns count characters, not bytes, also after letters with accents and emoji
    ("é😀: [é😀, x, \x07]\n", [(1, 13, "yaml-syntaxis")]),
    ("é😀: 1\nb: é😀 x: y\n", [(2, 8, "yaml-syntaxis")]),
    ("é😀: [é😀, &x [*x]]\n", [(1, 10, "alias-bom")]),
    ("é😀: {é😀: 1, é😀: 2}\n", [(1, 13, "dubbele-sleutel")]),
    ("é😀: [é😀, !!python/name:os.system x]\n", [(1, 10, "yaml-tag")]),
    ("é😀:\n  - é😀\n  - 2017-02-30\n", [(3, 5, "ongeldige-waarde")]),
    # nesting far deeper than the C stack could take, closed or not: a problem, never a crash
    ("a: " + "[" * 200_000 + "]" * 200_000, [(1, 67, "te-diep")]),
    ("a: " + "{b: " * 200_000,  # the key of the 63rd mapping is the 65th level
     [(1, 253, "te-diep")]),
    ("a:\n" + "".join(" " * i + "- \n" for i in range(100)), [(65, 64, "te-diep")]),
])
def test_posities_en_grenzen_met_beide_parsers(tekst: str, verwacht: list[tuple[int, int, str]], parser: str) -> None:
    assert _codes(tekst.encode("utf-8")) == verwacht


def test_posities_met_beide_parsers_gelijk(parser: str) -> None:
    document = lees_yaml_tekst("é😀: [é😀, x]\nb: {c: no}\n".encode(), "x.yaml")
    assert document.plek(("é😀", 1)) == Plek(1, 10)
    assert document.sleutelplek(("b", "c")) == Plek(2, 5)
    assert document.scalaire_bron[("b", "c")].tekst == "no"


def test_diepte_via_aliassen_is_begrensd() -> None:
    """Aliases cannot nest deeper than the text itself may (the data is built recursively)."""
    tekst = "a: &a " + "[" * 40 + "]" * 40 + "\nb: " + "[" * 40 + "*a" + "]" * 40 + "\n"
    assert [code for _, _, code in _codes(tekst.encode())] == ["te-diep"]


def test_python_tag_wordt_niet_uitgevoerd(tmp_path: Path) -> None:
    doel = tmp_path / "mag-niet-bestaan"
    tekst = f"a: !!python/object/apply:os.system ['touch {doel}']\n".encode()
    assert _codes(tekst) == [(1, 4, "yaml-tag")]
    assert not doel.exists()


def test_alias_bom_is_begrensd_en_snel() -> None:
    regels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    regels += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    begin = time.process_time()
    codes = _codes("\n".join(regels).encode())
    assert [code for _, _, code in codes] == ["alias-bom"]
    assert time.process_time() - begin < 30  # a guard against a hang, not a speed target


def test_te_groot_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "groot.yaml"
    pad.write_bytes(b"a: " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(InvoerFout) as fout:
        lees_yaml(pad)
    [probleem] = fout.value.problemen
    assert (probleem.code, probleem.melding) == (
        "bestand-te-groot", f"bestand is {MAX_BYTES + 4} bytes; het maximum is {MAX_BYTES} bytes")


def test_ontbrekend_bestand_en_map(tmp_path: Path) -> None:
    for pad, code, melding in [(tmp_path / "weg.yaml", "bestand-onleesbaar", "bestand bestaat niet"),
                               (tmp_path, "geen-gewoon-bestand", "dit is een map, geen gewoon bestand")]:
        with pytest.raises(InvoerFout) as fout:
            lees_yaml(pad)
        assert [(p.code, p.melding) for p in fout.value.problemen] == [(code, melding)]


# Property-based: whatever comes in, the loader raises nothing but the project's own input error.

MINI = (DATA / "kaders" / "goed" / "mini.yaml").read_bytes()

_blad = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                  st.dates())
_boom = st.recursive(_blad, lambda kind: st.one_of(st.lists(kind, max_size=4),
                                                   st.dictionaries(st.text(max_size=10), kind, max_size=4)),
                     max_leaves=30)


def _laad_als_kader(tekst: bytes) -> None:
    try:
        valideer(lees_yaml_tekst(tekst, "fuzz.yaml"), Kader)
    except InvoerFout as fout:
        assert fout.problemen, "an InvoerFout always carries at least one problem"
        for probleem in fout.problemen:
            assert probleem.regel >= 1 and probleem.kolom >= 1


@given(st.binary(max_size=400))
def test_willekeurige_bytes(tekst: bytes) -> None:
    _laad_als_kader(tekst)


@given(_boom)
def test_willekeurige_yaml_bomen(boom: object) -> None:
    _laad_als_kader(yaml.safe_dump(boom, allow_unicode=True).encode("utf-8"))


@given(st.integers(min_value=0, max_value=len(MINI) - 1), st.binary(min_size=1, max_size=8))
def test_beschadigd_kader(positie: int, rommel: bytes) -> None:
    _laad_als_kader(MINI[:positie] + rommel + MINI[positie + len(rommel):])


@given(st.dictionaries(st.sampled_from(["id", "versie", "titel", "bron", "normering", "themas", "feiten",
                                        "correcties", "x"]), _boom, max_size=7))
def test_kaderachtige_bomen(boom: dict) -> None:
    _laad_als_kader(yaml.safe_dump(boom, allow_unicode=True).encode("utf-8"))



# The same for dossier files, down to the checks against the kader.

_FUZZMAP = Path(tempfile.mkdtemp(prefix="wijkteamtoets-fuzz-"))
_REGISTER = Kaderregister([laad_kader(KADER)])
_GOED_DOSSIER = yaml.safe_load((DATA / "dossiers" / "goed" / "volledig-goed.yaml").read_text(encoding="utf-8"))
_VRAGEN = sorted({v.id for _, _, i in _REGISTER.kies(None, None).indicatoren() for v in [*i.feiten, *i.eisen]})
_INDICATOREN = sorted(i.id for _, _, i in _REGISTER.kies(None, None).indicatoren())


def _laad_als_dossier(data: object) -> None:
    pad = _FUZZMAP / "dossier.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    geladen, problemen = laad_bevindingen(pad, _REGISTER)
    assert geladen is not None or problemen


@given(st.dictionaries(st.sampled_from(["dossier", "gemeente", "team", "kader", "beoordelaar", "datum", "context",
                                        "feiten", "indicatoren", "x"]), _boom, max_size=8))
def test_dossierachtige_bomen(boom: dict) -> None:
    _laad_als_dossier(boom)


_WAARDE = st.one_of(st.sampled_from(["ja", "nee", "deels", "onbekend", "misschien"]), st.none(), st.booleans(),
                    st.integers(), st.fixed_dictionaries({"antwoord": st.sampled_from(["ja", "nee", "deels"])}))


@given(st.lists(st.tuples(st.sampled_from([*_INDICATOREN, "onbekend-ding"]),
                          st.sampled_from([*_VRAGEN, "onbekende-vraag"]), _WAARDE), max_size=8),
       st.lists(st.sampled_from(_INDICATOREN), max_size=4))
def test_beschadigde_antwoorden_in_een_goed_dossier(wijzigingen: list, weg: list) -> None:
    """Answers moved, removed or given odd values: the checks against the kader never crash."""
    data = copy.deepcopy(_GOED_DOSSIER)
    for indicator in weg:
        data["indicatoren"].pop(indicator, None)
    for indicator, vraag, waarde in wijzigingen:
        data["indicatoren"].setdefault(indicator, {"antwoorden": {}}).setdefault("antwoorden", {})[vraag] = waarde
    _laad_als_dossier(data)


@pytest.mark.skipif(not yamlparser.MET_LIBYAML, reason="PyYAML is hier gebouwd zonder libyaml")
def test_beide_parsers_geven_dezelfde_plekken_op_het_vijandige_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """libyaml and the pure-Python parser point at the same line and column with the same code."""
    gezien = 0
    for pad in sorted((DATA / "vijandig").iterdir()):
        if not pad.is_file() or pad.stat().st_size > MAX_BYTES:
            continue
        uitkomsten = []
        for libyaml in (True, False):
            monkeypatch.setattr(yamlparser, "MET_LIBYAML", libyaml)
            try:
                lees_yaml_tekst(pad.read_bytes(), pad.name)
                uitkomsten.append([])
            except InvoerFout as fout:
                uitkomsten.append([(p.regel, p.kolom, p.code) for p in fout.problemen])
        assert uitkomsten[0] == uitkomsten[1], pad.name
        gezien += bool(uitkomsten[0])
    assert gezien > 20


def test_geladen_dossier_houdt_alleen_zijn_bytes_en_plaatst_een_latere_melding_toch_exact() -> None:
    """A national round holds 10,000 loaded files: once checked, a dossier keeps its bytes, not the table of
    positions; a problem found later (samenhang, consensus) is still placed at the exact line and column."""
    import pickle

    from wijkteamtoets.controles.laden import laad_bevindingen, laad_register
    from wijkteamtoets.invoer.yamlbron import Vindplaats, lees_yaml

    pad = sorted((REPO / "voorbeelden" / "gouda" / "dossiers").glob("GOU-*.yaml"))[0]
    register, _ = laad_register([REPO / "kaders"])
    geladen, _ = laad_bevindingen(pad, register)
    assert geladen is not None and geladen.dossier is not None
    dossier = geladen.dossier
    vindplaats = dossier._document
    assert isinstance(vindplaats, Vindplaats) and vindplaats._document is None
    volledig = lees_yaml(pad)
    for veld, sleutel in [(("beoordelaar",), True), (("datum",), False), (("gemeente",), False)]:
        probleem = dossier.probleem("dubbel-dossier", "x", "", *veld, sleutel=sleutel)
        plek = volledig.sleutelplek(veld) if sleutel else volledig.plek(veld)
        assert (probleem.pad, probleem.regel, probleem.kolom) == (volledig.pad, plek.regel, plek.kolom)
        assert probleem.regel > 1
    # what is cached and sent between processes is the bytes, once, not the table
    assert len(pickle.dumps(dossier)) < 2 * pad.stat().st_size + 20_000


_ENGELS = re.compile(r"\b(expected|found|while|exceeded|nesting|could not|not allowed|scanning|parsing)\b", re.IGNORECASE)


@pytest.mark.parametrize("tekst", [
    "a: " + "[" * 1500,                                       # past libyaml's own limit (PyYAML 6.0.4 and newer)
    "a:\n" + "".join(" " * i + "- \n" for i in range(1200)),
    "a: [b, c\n", "a: b: c\n", "a: 'open\n", "- a\nb: c\n", "a: *x\n", "a: &x 1\nb: &x 2\n", "? [a\n", "a: {b\n",
    "%YAML 9.9\n---\na: 1\n", "a: !<tag:x> 1\n", "a: b\n  c: d\n",
])
def test_meldingen_van_de_parser_zijn_nederlands(tekst: str, parser: str) -> None:
    """Whatever libyaml or the Python parser says in English, the user reads Dutch (issue 28)."""
    with pytest.raises(InvoerFout) as fout:
        lees_yaml_tekst(tekst.encode("utf-8"), "x.yaml")
    for probleem in fout.value.problemen:
        assert not _ENGELS.search(probleem.melding + " " + probleem.hint), probleem


def test_dieper_dan_de_grens_van_libyaml_is_te_diep_op_dezelfde_plek(parser: str) -> None:
    assert _codes(("a: " + "[" * 1500 + "]" * 1500).encode()) == [(1, 67, "te-diep")]
    assert _codes(("a:\n" + "".join(" " * i + "- \n" for i in range(1200))).encode()) == [(65, 64, "te-diep")]
