"""Benchmark of the privacy scan: corpus figures, cold and warm timings, and one long line.

Run with ``.venv/bin/python benchmarks/privacy.py``. Prints figures; asserts nothing.

* corpus: recall and false alarms per 1,000 clean lines on ``tests/data/privacy`` (fast and full scan);
* generated corpus: recall per kind, placement and evasion, and false alarms per 1,000 clean lines, on the
  tuning part (``afstemmen``) and on the held-out part (``heldout``, never tuned on);
* blind corpus: the same on ``tests/data/privacy/blind`` (made apart from the detector by
  ``scripts/maak_blinde_privacycorpus.py``; measured blind once, then used for tuning), printed separately,
  also per corpus (A: several values per wrapped toelichting, B: one value per file), name origin, writing,
  the evasion of each value and the category of clean line; ``--vormen`` adds recall per form of a value;
  ``--blind`` prints only the blind part and stops;
* third corpus: the same on ``tests/data/privacy/derde-afstemmen`` (tuning) and ``derde-heldout`` (held-out), made
  by ``scripts/maak_derde_privacycorpus.py`` without looking at the detector, with names, streets, schools and
  sentences split between the parts; also the clean-line categories with the most false alarms. ``derde-heldout``
  must NEVER be tuned on: look only at its figures, never at its misses. ``--derde`` prints only this corpus and
  stops; ``--derde --missers`` adds the misses and false alarms of the tuning part (never of the held-out part);
* fourth corpus: the same on ``tests/data/privacy/vierde-a`` and ``vierde-b``, made by
  ``scripts/maak_vierde_privacycorpus.py`` without looking at the detector; both parts were measured blind once,
  then ``vierde-a`` became a tuning part and ``vierde-b`` stays held out (NEVER tuned on: look only at its figures,
  never at its misses). ``--vierde`` prints only this corpus and stops; ``--vierde --missers`` adds the misses and
  false alarms of ``vierde-a`` (never of ``vierde-b``);
* fifth corpus: the totals of ``tests/data/privacy/vijfde-a`` and ``vijfde-b``, made by
  ``scripts/maak_vijfde_privacycorpus.py`` without looking at the detector or the other corpora; both parts were
  measured blind once, then ``vijfde-a`` became a tuning part and ``vijfde-b`` stays held out (NEVER tuned on).
  ``--vijfde`` prints only this corpus and stops; ``--vijfde --missers`` adds the misses and false alarms of
  ``vijfde-a`` (never of ``vijfde-b``);
* sixth corpus: the same on ``tests/data/privacy/zesde-a`` and ``zesde-b``, made by
  ``scripts/maak_zesde_privacycorpus.py`` without looking at the detector or the other corpora, in the style of MDO
  minutes, pasted e-mails and letters; both parts were measured blind once, then ``zesde-a`` became a tuning part
  and ``zesde-b`` stays held out (NEVER tuned on). ``--zesde`` prints only this corpus and stops;
* seventh corpus: the same on ``tests/data/privacy/zevende-a`` and ``zevende-b`` (``scripts/maak_zevende_privacycorpus.py``,
  made blind in the style of an inspectorate's review forms, interview notes, CSV rows, chats and transcripts);
  ``--zevende`` prints only this corpus and stops;
* eighth corpus: the same on ``tests/data/privacy/achtste-a`` and ``achtste-b`` (``scripts/maak_achtste_privacycorpus.py``,
  made blind in the style of the papers in a wijkteam file: verwijsbrieven, beschikkingen, logboeken, schuldhulp,
  OCR'd letters, forwarded e-mails, Teams notes and languages mixed in); ``--achtste`` prints only this corpus and stops;
* deduce's name model: time to load it (built before) in a fresh process;
* cold: ``wijkteamtoets privacy voorbeelden`` in a fresh process with an empty result cache (deduce's lookup
  structures loaded; the very first run on a machine also builds them, which takes a minute or more);
* warm: the same run again, answered from the result cache;
* long line: a 2 MiB file with 200,000 dates or 9-digit numbers on one line, one full of names, and three of text
  no person writes (one word without a space, particles without a name, capitalised words).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))


def _privacy(cache: str) -> float:
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wijkteamtoets", "privacy", "voorbeelden", "kaders"], cwd=REPO,
                   env={**os.environ, "WIJKTEAMTOETS_CACHE": "aan", "WIJKTEAMTOETS_CACHEMAP": cache}, capture_output=True, check=False)
    return time.perf_counter() - begin


def _blind() -> None:
    from privacymeting import meet, tabel

    print("\nblind deel (onafhankelijk gemaakt; één keer blind gemeten, daarna ook gebruikt om af te stemmen):")
    print(tabel("blind", meet("blind"), verberg=() if "--vormen" in sys.argv else ("vorm",)))


def _derde() -> None:
    from privacymeting import meet, tabel

    print("\nderde corpus (los van de controle gemaakt; derde-heldout wordt nooit gebruikt om af te stemmen):")
    for deel in ("derde-afstemmen", "derde-heldout"):
        uitslag = meet(deel)
        print(tabel(deel, uitslag, verberg=() if "--vormen" in sys.argv else ("vorm",)))
        categorieen = sorted((k for k in uitslag.schone_regels if k.startswith("categorie:")),
                             key=lambda k: -uitslag.vals_per_1000(k))
        print(f"  meeste valse meldingen in {deel}: " + ", ".join(
            f"{k.split(':', 1)[1]} {uitslag.vals_per_1000(k):.0f}/1.000" for k in categorieen[:6] if uitslag.alarmen[k]))
        if "--missers" in sys.argv and deel == "derde-afstemmen":
            print("  gemist (derde-afstemmen):", *uitslag.missers, sep="\n    ")
            print("  vals (derde-afstemmen):", *uitslag.valse, sep="\n    ")


def _afstemdeel_en_apart(corpus: str) -> None:
    """A corpus measured blind once whose part ``-a`` then became a tuning part and part ``-b`` stays held out:
    both tables; with ``--missers`` the misses and false alarms of ``-a`` only."""
    from privacymeting import meet, tabel

    print(f"\n{corpus} corpus (los van de controle gemaakt; {corpus}-a is na één blinde meting een afstemdeel"
          f" geworden, {corpus}-b wordt nooit gebruikt om af te stemmen):")
    for deel in (f"{corpus}-a", f"{corpus}-b"):
        uitslag = meet(deel)
        print(tabel(deel, uitslag, verberg=() if "--vormen" in sys.argv else ("vorm",)))
        if "--missers" in sys.argv and deel.endswith("-a"):  # never those of the held-out part
            print(f"  gemist ({deel}):", *uitslag.missers, sep="\n    ")
            print(f"  vals ({deel}):", *uitslag.valse, sep="\n    ")


def main() -> None:
    if "--blind" in sys.argv:
        _blind()
        return
    if "--derde" in sys.argv:
        _derde()
        return
    if "--vierde" in sys.argv:
        _afstemdeel_en_apart("vierde")
        return
    if "--vijfde" in sys.argv:
        _afstemdeel_en_apart("vijfde")
        return
    if "--zesde" in sys.argv:
        _afstemdeel_en_apart("zesde")
        return
    if "--zevende" in sys.argv:
        _afstemdeel_en_apart("zevende")
        return
    if "--achtste" in sys.argv:
        _afstemdeel_en_apart("achtste")
        return
    from test_privacy_corpus import meet
    from wijkteamtoets.controles.privacy import scan_tekst

    for volledig in (False, True):
        cijfers = meet(volledig)
        print(f"corpus ({'volledig' if volledig else 'snel'}): {cijfers['recall']:.1%} van {cijfers['waarden']} "
              f"waarden gevonden, {cijfers['vals_per_1000']:.1f} valse meldingen per 1.000 schone regels")
    from privacymeting import meet as meet_deel
    from privacymeting import tabel

    for deel in ("afstemmen", "heldout"):
        print(tabel(deel, meet_deel(deel)))
    _blind()
    _derde()
    _afstemdeel_en_apart("vierde")
    _afstemdeel_en_apart("vijfde")
    _afstemdeel_en_apart("zesde")
    _afstemdeel_en_apart("zevende")
    _afstemdeel_en_apart("achtste")
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from wijkteamtoets.controles import namenmodel; namenmodel.model()"],
                   cwd=REPO, check=False)
    print(f"deduce (alleen namen) laden in een nieuw proces: {time.perf_counter() - begin:.1f} s")
    with tempfile.TemporaryDirectory() as cache:
        # deduce's own lookup cache lives in the real user cache; only the result cache is fresh here
        os.makedirs(cache, exist_ok=True)
        koud = _privacy(cache)
        warm = _privacy(cache)
    print(f"privacy voorbeelden kaders: koud {koud:.1f} s, warm (uit de cache) {warm:.1f} s")
    for naam, eenheid in [("datums", "12-03-2016 "), ("9-cijferige getallen", "123456782 "),
                          ("namen, ook door deduce", "Jan de Vries en Fatima Yilmaz "),
                          # text no person writes, which once made the scan quadratic (test_privacy_groei.py)
                          ("één woord zonder spatie", "Mies"), ("tussenvoegsels zonder naam", "van "),
                          ("hoofdletterwoorden", "Aap Noot Mies School ")]:
        tekst = "x: " + (eenheid * (2 * 1024 * 1024 // len(eenheid) + 1))[: 2 * 1024 * 1024 - 10] + "\n"
        begin = time.perf_counter()
        scan_tekst(tekst, volledig=True)
        print(f"2 MiB op één regel ({naam}): {time.perf_counter() - begin:.1f} s")


if __name__ == "__main__":
    main()
