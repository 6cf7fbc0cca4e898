"""Forms in which a name is written that the name rules read apart: in capitals ("YUSUF ÖZTÜRK") and with
the surname first ("Bekele, Dawit").

A run of two or three words in capitals is read again title-cased ("Yusuf Öztürk") by the name rules; a
longer run is a heading, and a run with an ordinary Dutch word or a known abbreviation is none. A name
found next to a comma takes the other half with it ("Al-Khatib, Rasha"), and a surname-like word, a comma
and a first name is a name by itself in the full scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..patronen import patroon
from .lijsten import gewone_woorden, plaatsnamen
from .treffer import Treffer

_HOOFDWOORD = patroon(r"(?<![\w'’-])[^\W\d_a-z]{2,}(?:['’-][^\W\d_a-z]{2,})*(?![\w'’-])")
# abbreviations of the field that stand in capitals and are no name
_AFKORTINGEN = frozenset({"ggd", "ggz", "mee", "bsn", "cjg", "jgz", "wmo", "vt", "rvdk", "amk", "ihp", "ots",
                          "uhp", "coa", "ind", "uwv", "svb", "ivrk", "awb", "ouder", "kind", "pgb", "zin", "avg",
                          # instruments and terms of the field written in capitals
                          "lirik", "arij", "sputovamo", "mdo", "zat", "vog", "bopz", "wvggz", "wzd", "jggz",
                          "havo", "vwo", "vmbo", "mavo", "praktijkonderwijs", "mbo", "hbo", "roc", "sbo", "vso"})


def _titel(woord: str) -> str:
    return "-".join(d[:1] + d[1:].lower() for d in woord.split("-"))


def hoofdletterruns(tekst: str) -> list[tuple[int, int]]:
    """Spans of runs of two or three words in capitals (separated by one space) that may be a name."""
    runs: list[list[re.Match[str]]] = []
    for woord in _HOOFDWOORD.finditer(tekst):
        if runs and tekst[runs[-1][-1].end():woord.start()] == " ":
            runs[-1].append(woord)
        else:
            runs.append([woord])
    uit = []
    for run in runs:
        laag = [w.group().casefold() for w in run]
        # the interfixes of a name in capitals are no words of their own: "JOOST DE GRAAF", "JAN VAN DER BERG"
        kern = [w for w in laag if w not in _INTERFIX]
        if not 2 <= len(kern) <= 3 or laag[0] in _INTERFIX or laag[-1] in _INTERFIX:
            continue
        if any(_geen_naamdeel(laag, k) for k in range(len(laag))):
            continue
        uit.append((run[0].start(), run[-1].end()))
    return uit


def _geen_naamdeel(laag: list[str], k: int) -> bool:
    """Whether word `k` of a run in capitals is no part of a name: an abbreviation, or a common word or place; a
    surname after its interfix may be a word ("DE GRAAF", "VAN DER BERG")."""
    woord = laag[k]
    if woord in _INTERFIX:
        return False
    if woord in _AFKORTINGEN:
        return True
    na_interfix = k > 0 and laag[k - 1] in _INTERFIX
    return not na_interfix and (woord in gewone_woorden() or woord in plaatsnamen())


def als_titel(tekst: str, runs: list[tuple[int, int]]) -> str | None:
    """`tekst` with the runs title-cased, or None when that would change its length."""
    delen, vorige = [], 0
    for begin, eind in runs:
        woorden = tekst[begin:eind].split(" ")  # an interfix inside the name as a name writes it: "Jan van der Berg"
        delen += [tekst[vorige:begin], " ".join(w.lower() if k and w.casefold() in _INTERFIX else _titel(w)
                                                for k, w in enumerate(woorden))]
        vorige = eind
    kopie = "".join([*delen, tekst[vorige:]])
    return kopie if len(kopie) == len(tekst) else None


def namen_in_hoofdletters(tekst: str, detector: Callable[[str], Iterable[Treffer]]) -> list[Treffer]:
    """Names in runs of capitals, found by `detector` on the text with those runs title-cased."""
    runs = hoofdletterruns(tekst)
    kopie = als_titel(tekst, runs) if runs else None
    if kopie is None:
        return []
    return [t for t in detector(kopie) if t.soort == "naam" and any(b < t.eind and t.begin < e for b, e in runs)]


def losse_hoofdletternamen(tekst: str) -> list[Treffer]:
    """One word in capitals that is a name ("Moeder BISSESAR", "plan ZIELIŃSKI", "OKBAZGHI wil"): a known
    surname or first name that is rare in Dutch, or a word Dutch never uses with the vowels of a word (not an
    abbreviation such as "IVRK"); never an abbreviation of the field, an organisation or a place (full scan)."""
    from .geen_persoon import geen_persoon_spans
    from .lijsten import achternamen, frequentie, voornamen_wereld, zonder_accenten
    from .naamwoorden import nooit_gezien_woord

    uit: list[Treffer] = []
    bezet = None
    for m in _HOOFDWOORD.finditer(tekst):
        woord, laag = m.group(), m.group().casefold()
        if len(woord) < 4 or re.match(r" [^\W\d_a-z]{2}", tekst[m.end():m.end() + 3]) \
                or re.search(r"[^\W\d_a-z]{2} $", tekst[max(0, m.start() - 3):m.start()]):
            continue  # a run of capitals is `hoofdletterruns`' (or a heading)
        if laag in _AFKORTINGEN or laag in gewone_woorden() or laag in plaatsnamen() or frequentie(laag) >= 3.5:
            continue
        delen = [d for d in re.split(r"['’-]", laag) if len(d) > 2]
        bekend = any(d in achternamen() or d in voornamen_wereld() or zonder_accenten(d) in voornamen_wereld()
                     for d in delen)
        vreemd = nooit_gezien_woord(_titel(woord)) and len(re.findall(r"[aeiouyäëïöüáéíóú]", laag)) >= 2
        if not (bekend or vreemd):
            continue
        bezet = bezet or geen_persoon_spans(tekst, True)
        if not bezet.raakt(m.start(), m.end()):
            uit.append(Treffer("naam", m.start(), m.end()))
    return uit


_WOORD = r"[A-Z](?:[^\W\d_]|['’-])*"  # letters only: a code with digits ("INS1, INS2") is no name
_VOOR_KOMMA = patroon(rf"({_WOORD}(?:\s+{_WOORD})?),[ ]?[ ]?$")
_NA_KOMMA = patroon(rf",[ ]{{0,2}}({_WOORD}(?:[ ]{_WOORD})?)")
_OMGEKEERD = patroon(rf"(?<![\w'’-])({_WOORD}(?:[ ]{_WOORD})?),[ ]{{1,2}}({_WOORD})(?:[ ]({_WOORD}))?(?![\w'’-])")


_INTERFIX = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "het"})


def _naamachtig(deel: str, naast_naam: bool = False) -> bool:
    """Words that may be part of a name: no ordinary Dutch word, no place; beside a name found already only not
    a common word ("Bui, Huong", "Van Beek, Femke"), with its interfixes."""
    from .lijsten import frequentie

    woorden = [w for w in re.split(r"[\s-]+", deel) if len(w) > 2 and not (naast_naam and w.casefold() in _INTERFIX)]
    if any(w.casefold() in _AFKORTINGEN for w in woorden):
        return False  # "Efosa, BSN volgt": a field's abbreviation after the comma
    if naast_naam:
        return (bool(woorden) and all(frequentie(w.casefold()) < 4.0 for w in woorden)) or (
            not woorden and len(deel) > 1)
    return all(w.casefold() not in gewone_woorden() and w.casefold() not in plaatsnamen()
               and frequentie(w.casefold()) < 4.0 for w in woorden)


def komma_namen(tekst: str, treffers: list[Treffer]) -> list[Treffer]:
    """Names written surname first: a found name takes the other half beside its comma, and a surname-like
    word, a comma and a known first name ("Bekele, Dawit") is a name (full scan)."""
    from .naamwoorden import bekende_voornaam, nooit_gezien_woord, vreemd_woord

    extra = []
    for t in treffers:
        if t.soort != "naam":
            continue
        voor = _VOOR_KOMMA.search(tekst, max(0, t.begin - 60), t.begin)
        if voor is not None:  # two words, or the last of them ("Team Kusuma, Wahyu": Kusuma)
            begin = _naamachtig_begin(voor.group(1), voor.start(1), naast_naam=True)
            if begin is not None:
                extra.append(Treffer("naam", begin, t.eind))
        na = _NA_KOMMA.match(tekst, t.eind)
        if na is not None and _naamachtig(na.group(1)):
            extra.append(Treffer("naam", t.begin, na.end(1)))
    for m in _OMGEKEERD.finditer(tekst):
        eerste, tweede = m.group(2), m.group(3)
        begin = _naamachtig_begin(m.group(1), m.start(1))
        if begin is None:
            continue
        achter = tekst[begin:m.end(1)]
        if bekende_voornaam(eerste) and (tweede is None or bekende_voornaam(tweede) or nooit_gezien_woord(tweede)):
            extra.append(Treffer("naam", begin, m.end()))
        elif tweede is None and nooit_gezien_woord(achter) and vreemd_woord(eerste) and not _organisatie(tekst, m):
            # a surname Dutch never writes, a comma and a first name no list knows: "Balogun, Tunde"
            extra.append(Treffer("naam", begin, m.end()))
        elif _achternaam(achter) and _voornaamdeel(eerste) and (tweede is None or _voornaamdeel(tweede)):
            # a known or foreign surname, a comma and first names of any origin: "Popal, Fereshta", "Desta,
            # Hiwot", "Liu, Mei Ling"
            extra.append(Treffer("naam", begin, m.end()))
    return extra


def _organisatie(tekst: str, treffer: re.Match[str]) -> bool:
    """Whether a word of `treffer` is an organisation of the lists ("Yorneo, Pluryn en Karakter")."""
    from .geen_persoon import geen_persoon_spans

    return geen_persoon_spans(tekst, True).raakt(treffer.start(), treffer.end())


def _naamachtig_begin(deel: str, begin: int, naast_naam: bool = False) -> int | None:
    """Where the surname before a comma begins: both words of `deel`, or else its last word when it has two
    ("Team Kusuma, Wahyu"); None when neither may be a name."""
    if _naamachtig(deel, naast_naam):
        return begin
    if " " in deel.strip():
        laatste = deel.rstrip().rsplit(None, 1)[1]
        if _naamachtig(laatste, naast_naam):
            return begin + deel.rindex(laatste)
    return None


def _achternaam(deel: str) -> bool:
    from .naamwoorden import achternaamachtig

    return all(achternaamachtig(w) for w in re.split(r"[\s-]+", deel) if len(w) > 2)


def _voornaamdeel(woord: str) -> bool:
    """A first name of any list (also one that is a word, "Mei"), or a word Dutch never uses."""
    from .lijsten import op_voornamenlijst
    from .naamwoorden import nooit_gezien_woord

    laag = woord.casefold()
    return op_voornamenlijst(laag) or nooit_gezien_woord(woord)
