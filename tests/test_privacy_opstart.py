"""The start of a privacy scan of one new dossier: what it loads and what it keeps once per machine, with the
same findings. numpy (docdeid's overlap resolver) is not loaded; the first names of many countries are read
from a file built once per machine, never trusted when it was changed."""

from __future__ import annotations

import importlib.metadata
import os
import pickle
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wijkteamtoets.controles import voornamen
from wijkteamtoets.invoer.privacy import lijsten

DOSSIER = """\
id: GOU-2016-408
toelichting: Op 3 maart sprak Jan de Vries met mevrouw Fatima el Amrani en haar zoon Mohammed over de hulpvraag.
"""


@pytest.mark.proces
def test_privacy_van_een_dossier_laadt_geen_numpy(tmp_path: Path) -> None:
    """The console script scans a new dossier, letting deduce resolve overlapping names, without numpy (0.1 s of
    every start), without rapidfuzz (deduce's edit distance, which only its redactor and its patient annotator use)
    and without importlib.metadata (0.01 s: deduce's own version and the versions in the scan's key are read from
    the version field of the metadata)."""
    dossier = tmp_path / "GOU-2016-408.yaml"
    dossier.write_text(DOSSIER, encoding="utf-8")
    code = ("import runpy, sys\nsys.argv = ['wijkteamtoets', 'privacy', sys.argv[1]]\n"
            "try:\n    runpy.run_module('wijkteamtoets', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "geladen = sorted(m for m in ('numpy', 'deduce', 'rapidfuzz', 'importlib.metadata') if m in sys.modules)\n"
            "import deduce\nprint(geladen, deduce.__version__)")
    resultaat = subprocess.run([sys.executable, "-c", code, str(dossier)], capture_output=True, timeout=600,
                               text=True, check=True, cwd=tmp_path, env={**os.environ, "WIJKTEAMTOETS_CACHE": "uit"})
    assert "privacy-naam" in resultaat.stdout  # the names were found (by deduce among others)
    assert resultaat.stdout.splitlines()[-1] == f"['deduce'] {importlib.metadata.version('deduce')}"


def test_de_overlap_van_namen_wordt_opgelost_zoals_docdeid_doet() -> None:
    """The overlap resolver without numpy gives what docdeid's gives, for every order deduce sorts by."""
    import docdeid as dd
    from frozendict import frozendict

    from wijkteamtoets.controles.deducestukken import Overlapoplosser

    willekeur = random.Random(22)
    tekst = "".join(willekeur.choice("abc de") for _ in range(60))
    volgordes = [(("length",), frozendict({"length": lambda y: -y})),
                 (("start_char", "length"), frozendict({"start_char": lambda x: x, "length": lambda y: -y})),
                 (("tag",), None)]
    for _ in range(300):
        annotaties = []
        for _ in range(willekeur.randint(1, 6)):
            begin = willekeur.randint(0, 55)
            eind = willekeur.randint(begin + 1, min(60, begin + 12))
            annotaties.append(dd.Annotation(tekst[begin:eind], begin, eind, willekeur.choice(["persoon", "naam"])))
        for sorteer, terug in volgordes:
            verwacht = dd.process.OverlapResolver(sorteer, terug).process_annotations(dd.AnnotationSet(annotaties),
                                                                                     tekst)
            gekregen = Overlapoplosser(sorteer, terug).process_annotations(dd.AnnotationSet(annotaties), tekst)
            assert gekregen == verwacht


def test_de_platte_trie_antwoordt_als_de_trie_van_docdeid() -> None:
    """deduce's first names, surnames and eponymous diseases as a flat table, as read back from the name model's
    file: every longest match, every ``in`` and the first tokens the annotator starts from are the trie's, also with
    a matching pipeline."""
    import docdeid as dd

    from wijkteamtoets.controles.deducestukken import PlatteTrie

    willekeur = random.Random(22)
    woorden = ["Jan", "jan", "de", "Vries", "van", "der", "Berg", "ziekte", "Alzheimer", "-", "."]
    for pijplijn in (None, [dd.str.LowercaseString()]):
        trie = dd.ds.LookupTrie(matching_pipeline=pijplijn)
        for _ in range(40):
            trie.add_item([willekeur.choice(woorden) for _ in range(willekeur.randint(1, 4))])
        plat = pickle.loads(pickle.dumps(PlatteTrie.van(trie)))  # as the name model's file holds it
        assert set(plat.children) == set(trie.children)
        for _ in range(2000):
            tokens = [willekeur.choice(woorden) for _ in range(willekeur.randint(0, 7))]
            begin = willekeur.randint(0, len(tokens))
            assert plat.longest_matching_prefix(tokens, start_i=begin) == trie.longest_matching_prefix(tokens, begin)
            assert (tokens in plat) == (tokens in trie)


@pytest.fixture
def gebruikersmap(eigen_gebruikersmap: Path) -> Iterator[Path]:
    """A user's cache folder of its own, with the first names loaded afresh."""
    lijsten.gebruik_voornamenbestand(voornamen.laad)
    yield eigen_gebruikersmap
    lijsten.voornamen_wereld.cache_clear()


def test_de_voornamen_worden_eenmaal_per_machine_gebouwd(gebruikersmap: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    gebouwd = lijsten.bouw_voornamen_wereld()
    assert lijsten.voornamen_wereld() == gebouwd
    assert "fatima" in gebouwd and "mohammed" in gebouwd
    (bestand,) = gebruikersmap.glob("voornamen-*.txt")
    lijsten.voornamen_wereld.cache_clear()  # a later process reads the file and builds nothing
    monkeypatch.setattr(lijsten, "bouw_voornamen_wereld", lambda: pytest.fail("opnieuw gebouwd"))
    assert lijsten.voornamen_wereld() == gebouwd
    assert list(gebruikersmap.glob("voornamen-*.txt")) == [bestand]


def test_een_gewijzigd_voornamenbestand_wordt_niet_vertrouwd(gebruikersmap: Path) -> None:
    assert "fatima" in lijsten.voornamen_wereld()
    (bestand,) = gebruikersmap.glob("voornamen-*.txt")
    ruw = bestand.read_bytes()
    mac, _, data = ruw.partition(b"\n")
    bestand.write_bytes(mac + b"\n" + data.replace(b"\nfatima\n", b"\nfatimb\n"))
    lijsten.voornamen_wereld.cache_clear()
    assert "fatima" in lijsten.voornamen_wereld()
    assert bestand.read_bytes() == ruw  # built again, under the user's key


def test_een_andere_bron_geeft_een_ander_voornamenbestand(gebruikersmap: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A list that changed (a new deduce or gender-guesser, the program's own extra names) is built anew."""
    lijsten.voornamen_wereld()
    extra = tmp_path / "voornamen-extra.txt"
    extra.write_text("Zwaantje\n", encoding="utf-8")
    bronnen = lijsten.voornamen_bronnen()
    monkeypatch.setattr(lijsten, "voornamen_bronnen", lambda: [*bronnen, extra])
    lijsten.voornamen_wereld.cache_clear()
    lijsten.voornamen_wereld()
    assert len(list(gebruikersmap.glob("voornamen-*.txt"))) == 2


@pytest.mark.proces
def test_de_namenlijsten_van_deduce_blijven_buiten_de_opruimer() -> None:
    """deduce's lookup structures (tens of thousands of names and paths that live as long as the process) are not
    walked again by every later collection of the garbage collector (0.04 s each, several per scan): what loading
    them made is frozen, and the tables of paths, read when first needed, hold no object the collector follows."""
    code = ("import gc\nfrom wijkteamtoets.controles import namenmodel\nmodel = namenmodel.model()\n"
            "paden = sum(len(model.lookup_structs[t]._paden) for t in ('first_name', 'surname', 'eponymous_disease'))\n"
            "gc.collect()\nprint(paden, gc.get_freeze_count(), len(gc.get_objects()))")
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, text=True, check=True)
    paden, bevroren, gevolgd = map(int, resultaat.stdout.split())
    assert paden > 50_000
    assert gevolgd < bevroren / 10


@pytest.mark.proces
@pytest.mark.parametrize(("module", "gebruik", "verwacht"), [
    ("numpy", "a = dd.AnnotationSet([dd.Annotation('Jan de', 0, 6, 'naam'), dd.Annotation('de Vries', 4, 12, 'naam')])\n"
              "uit = dd.process.OverlapResolver(('start_char',), None).process_annotations(a, 'Jan de Vries')\n"
              "print(sorted((int(x.start_char), int(x.end_char)) for x in uit))", "[(0, 6), (6, 12)]"),
    ("rapidfuzz", "from deduce.redactor import DeduceRedactor\n"
                  "a = dd.AnnotationSet([dd.Annotation('Jan', 0, 3, 'persoon'), dd.Annotation('Jann', 8, 12, 'persoon')])\n"
                  "print(DeduceRedactor().redact('Jan en  Jann', a))", "[PERSOON-1] en  [PERSOON-1]"),
])
def test_wat_bij_het_importeren_van_deduce_instond_werkt_nog(module: str, gebruik: str, verwacht: str) -> None:
    """Where numpy or rapidfuzz stood in while deduce was imported, docdeid's own overlap resolver and deduce's
    redactor (which groups similar names) still work: they import the real module then."""
    code = (f"import sys\nfrom wijkteamtoets.controles.deducestukken import dd\nprint({module!r} in sys.modules)\n"
            f"{gebruik}\nprint({module!r} in sys.modules)")
    resultaat = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=600, text=True, check=True)
    assert resultaat.stdout.splitlines() == ["False", verwacht, "True"]
