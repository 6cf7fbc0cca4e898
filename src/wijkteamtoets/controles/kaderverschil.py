"""The semantic difference between two versions of a kader, and what it means for existing dossiers.

`verschil(oud, nieuw)` compares thema's, criteria, indicatoren, feiten and eisen: an element with the same id
in both is compared field by field (texts word by word, properties such as kern, niveau and conditions, its
place in the tree); the elements left over are matched by the similarity of their text (`difflib`), so a
renamed eis is reported as `hernoemd` with both ids rather than as one removed and one added. The normering
is compared rule by rule. `gevolgen` says what the changes mean for dossiers of the old version: answers
that would be lost, eisen that need a new answer, ids that a koppeling must carry over.

Pure functions on two loaded kaders; rendering lives in `rapportage.kaderverschil`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..invoer.dossier import Dossier, Gemeentebevindingen
from ..invoer.kader import Eis, Indicator, Kader, Niveau, Vraag, Weging
from ..invoer.voorwaarden import vragen_op_niveau

SOORTEN = ("toegevoegd", "verwijderd", "hernoemd", "verplaatst", "tekst-gewijzigd", "eigenschap-gewijzigd",
           "normering-gewijzigd")
"""Every kind of change, in the order they are listed."""

GELIJKENIS = 0.6
"""From this similarity of their texts on (difflib ratio, 0 to 1), a removed and an added element of the same
kind count as one renamed element."""


@dataclass(frozen=True)
class Wijziging:
    """One change between two kaders. `id` is the old id (the new one for `toegevoegd`); `nieuw_id` is set
    for `hernoemd` (and for the changes of a renamed element)."""

    soort: str
    element: str  # kader, thema, criterium, indicator, feit, eis or normering
    id: str
    nieuw_id: str | None = None
    veld: str | None = None
    oud: str | None = None
    nieuw: str | None = None
    woorden: tuple[tuple[str, str], ...] = ()  # word diff: ("=", text), ("-", text), ("+", text)
    gelijkenis: float | None = None
    ouder: str | None = None  # the thema, criterium or indicator it belongs to (new kader; old when removed)
    lijkt_op: str | None = None  # for `toegevoegd`: the old element of the same kind whose text is most alike

    def als_dict(self) -> dict[str, Any]:
        """The change as plain JSON data (empty fields left out)."""
        gegevens: dict[str, Any] = {"soort": self.soort, "element": self.element, "id": self.id}
        for naam in ("nieuw_id", "veld", "oud", "nieuw", "gelijkenis", "ouder", "lijkt_op"):
            waarde = getattr(self, naam)
            if waarde is not None:
                gegevens[naam] = round(waarde, 2) if isinstance(waarde, float) else waarde
        if self.woorden:
            gegevens["woorden"] = [{"soort": s, "tekst": t} for s, t in self.woorden]
        return gegevens


@dataclass(frozen=True)
class Gevolgen:
    """What the changes mean for dossiers and gemeente files of the old version."""

    verloren: tuple[str, ...] = ()  # old feiten and eisen whose answers would be lost
    te_beantwoorden: tuple[str, ...] = ()  # new feiten and eisen that need an answer
    te_koppelen: tuple[tuple[str, str], ...] = ()  # (old id, new id) that a koppeling must carry over
    andere_oordelen: tuple[str, ...] = ()  # indicatoren whose oordeel can change with the same answers
    alle_oordelen: bool = False  # the normering changed: every oordeel can change


@dataclass
class Kaderverschil:
    oud: Kader
    nieuw: Kader
    wijzigingen: list[Wijziging] = field(default_factory=list)

    @property
    def gevolgen(self) -> Gevolgen:
        return gevolgen(self)


def woordverschil(oud: str, nieuw: str) -> tuple[tuple[str, str], ...]:
    """The difference of two texts word by word: runs of equal, removed and added words."""
    a, b = oud.split(), nieuw.split()
    delen: list[tuple[str, str]] = []
    for code, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if code == "equal":
            delen.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            delen.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            delen.append(("+", " ".join(b[j1:j2])))
    return tuple(delen)


def gelijkenis(oud: str, nieuw: str) -> float:
    """How alike two texts are, word by word (difflib ratio, 0 to 1), ignoring case."""
    return difflib.SequenceMatcher(None, oud.casefold().split(), nieuw.casefold().split(), autojunk=False).ratio()


@dataclass(frozen=True)
class _Element:
    soort: str
    id: str
    tekst: str  # the main text that renames are matched on
    ouder: str
    velden: dict[str, str]  # compared word by word
    eigenschappen: dict[str, str]  # compared as a whole


def _voorwaarde(voorwaarde: dict[str, Any]) -> str:
    return " en ".join(f"{feit} = {' of '.join(a.value for a in antwoorden)}"
                       for feit, antwoorden in sorted(voorwaarde.items())) or "altijd"


def _vraag(vraag: Vraag, ouder: str) -> _Element:
    eigenschappen = {"als": _voorwaarde(vraag.als)}
    if isinstance(vraag, Eis):
        eigenschappen["kern"] = "ja" if vraag.kern else "nee"
        eigenschappen["niveau"] = vraag.niveau.value if vraag.niveau else "van de indicator"
    return _Element("eis" if isinstance(vraag, Eis) else "feit", vraag.id, vraag.vraag, ouder,
                    {"vraag": vraag.vraag, "toelichting": vraag.toelichting}, eigenschappen)


def _indicator(indicator: Indicator, ouder: str) -> _Element:
    return _Element("indicator", indicator.id, indicator.tekst, ouder,
                    {"tekst": indicator.tekst, "operationalisering": indicator.operationalisering},
                    {"niveau": indicator.niveau.value, "van_toepassing_als": _voorwaarde(indicator.van_toepassing_als)})


def elementen(kader: Kader) -> Iterator[_Element]:
    """Every thema, criterium, indicator, feit and eis of `kader` as a comparable element, in kader order."""
    for feit in kader.feiten:
        yield _vraag(feit, "")
    for thema in kader.themas:
        yield _Element("thema", thema.id, thema.titel, "", {"titel": thema.titel}, {})
        for criterium in thema.criteria:
            yield _Element("criterium", criterium.id, criterium.tekst, thema.id, {"tekst": criterium.tekst}, {})
            for indicator in criterium.indicatoren:
                yield _indicator(indicator, criterium.id)
                for vraag in [*indicator.feiten, *indicator.eisen]:
                    yield _vraag(vraag, indicator.id)


def _vergelijk(oud: _Element, nieuw: _Element, hernoemd: float | None) -> list[Wijziging]:
    """The changes of one element present in both kaders (under the same id, or renamed)."""
    nieuw_id = nieuw.id if nieuw.id != oud.id else None
    wijzigingen: list[Wijziging] = []
    if hernoemd is not None:
        woorden = woordverschil(oud.tekst, nieuw.tekst) if oud.tekst != nieuw.tekst else ()
        wijzigingen.append(Wijziging("hernoemd", oud.soort, oud.id, nieuw.id, veld=next(iter(oud.velden)),
                                     oud=oud.tekst if woorden else None, nieuw=nieuw.tekst if woorden else None,
                                     woorden=woorden, gelijkenis=hernoemd, ouder=nieuw.ouder or None))
    for veld, tekst in oud.velden.items():
        ander = nieuw.velden.get(veld, "")
        if " ".join(tekst.split()) == " ".join(ander.split()) or (hernoemd is not None and tekst == oud.tekst):
            continue
        wijzigingen.append(Wijziging("tekst-gewijzigd", oud.soort, oud.id, nieuw_id, veld=veld, oud=tekst,
                                     nieuw=ander, woorden=woordverschil(tekst, ander), ouder=nieuw.ouder or None))
    for veld, waarde in oud.eigenschappen.items():
        if nieuw.eigenschappen.get(veld) != waarde:
            wijzigingen.append(Wijziging("eigenschap-gewijzigd", oud.soort, oud.id, nieuw_id, veld=veld, oud=waarde,
                                         nieuw=nieuw.eigenschappen.get(veld), ouder=nieuw.ouder or None))
    if oud.ouder != nieuw.ouder and oud.soort != "thema":
        wijzigingen.append(Wijziging("verplaatst", oud.soort, oud.id, nieuw_id, veld="ouder", oud=oud.ouder or "algemeen",
                                     nieuw=nieuw.ouder or "algemeen", ouder=nieuw.ouder or None))
    return wijzigingen


def verschil(oud: Kader, nieuw: Kader) -> Kaderverschil:
    """Every change from `oud` to `nieuw` (see the module docstring), in the order of the kaders."""
    uitkomst = Kaderverschil(oud, nieuw)
    if (oud.id, oud.versie) != (nieuw.id, nieuw.versie):
        for veld in ("id", "versie", "titel"):
            a, b = getattr(oud, veld), getattr(nieuw, veld)
            if a != b:
                uitkomst.wijzigingen.append(Wijziging("tekst-gewijzigd" if veld == "titel" else "eigenschap-gewijzigd",
                                                      "kader", oud.id, veld=veld, oud=a, nieuw=b,
                                                      woorden=woordverschil(a, b) if veld == "titel" else ()))
    oude = {(e.soort, e.id): e for e in elementen(oud)}
    nieuwe = {(e.soort, e.id): e for e in elementen(nieuw)}
    wijzigingen: list[tuple[int, Wijziging]] = []
    volgorde = {sleutel: i for i, sleutel in enumerate([*nieuwe, *(s for s in oude if s not in nieuwe)])}
    for sleutel, element in oude.items():
        if sleutel in nieuwe:
            wijzigingen.extend((volgorde[sleutel], w) for w in _vergelijk(element, nieuwe[sleutel], None))
    weg = [e for s, e in oude.items() if s not in nieuwe]
    erbij = [e for s, e in nieuwe.items() if s not in oude]
    paren = sorted(((gelijkenis(a.tekst, b.tekst), i, j) for i, a in enumerate(weg) for j, b in enumerate(erbij)
                    if a.soort == b.soort), key=lambda p: (-p[0], p[1], p[2]))
    gekoppeld_oud: set[int] = set()
    gekoppeld_nieuw: set[int] = set()
    for score, i, j in paren:
        if score < GELIJKENIS or i in gekoppeld_oud or j in gekoppeld_nieuw:
            continue
        gekoppeld_oud.add(i)
        gekoppeld_nieuw.add(j)
        b = erbij[j]
        wijzigingen.extend((volgorde[(b.soort, b.id)], w) for w in _vergelijk(weg[i], b, score))
    for i, a in enumerate(weg):
        if i not in gekoppeld_oud:
            wijzigingen.append((volgorde[(a.soort, a.id)], Wijziging("verwijderd", a.soort, a.id, ouder=a.ouder or None)))
    for j, b in enumerate(erbij):
        if j not in gekoppeld_nieuw:
            wijzigingen.append((volgorde[(b.soort, b.id)], Wijziging("toegevoegd", b.soort, b.id, ouder=b.ouder or None,
                                                                     lijkt_op=_lijkt_op(b, oude.values()))))
    uitkomst.wijzigingen.extend(w for _, w in sorted(wijzigingen, key=lambda p: p[0]))
    uitkomst.wijzigingen.extend(_normering(oud, nieuw))
    return uitkomst


def _lijkt_op(element: _Element, oude: Iterable[_Element]) -> str | None:
    """The old element of the same kind whose text is most like that of an added element (a split?)."""
    beste = max(((gelijkenis(o.tekst, element.tekst), o.id) for o in oude if o.soort == element.soort),
                default=(0.0, ""))
    return beste[1] if beste[0] >= GELIJKENIS else None


def _weging_velden(weging: Weging) -> dict[str, str]:
    return {
        "scores": ", ".join(f"{k} {v:g}" for k, v in weging.scores.items()),
        "drempels": ", ".join(f"{d.oordeel.value} vanaf {d.vanaf:g}" for d in weging.drempels),
        "minimaal_beoordeeld": str(weging.minimaal_beoordeeld),
    }


def _normering(oud: Kader, nieuw: Kader) -> list[Wijziging]:
    wijzigingen = []
    for regel in ("antwoorden", "dossiers", "indicatoren", "criteria"):
        a, b = getattr(oud.normering, regel), getattr(nieuw.normering, regel)
        velden_a, velden_b = _weging_velden(a), _weging_velden(b)
        for veld, waarde in velden_a.items():
            if velden_b[veld] != waarde:
                wijzigingen.append(Wijziging("normering-gewijzigd", "normering", f"normering.{regel}", veld=veld,
                                             oud=waarde, nieuw=velden_b[veld]))
        if " ".join(a.uitleg.split()) != " ".join(b.uitleg.split()):
            wijzigingen.append(Wijziging("tekst-gewijzigd", "normering", f"normering.{regel}", veld="uitleg",
                                         oud=a.uitleg, nieuw=b.uitleg, woorden=woordverschil(a.uitleg, b.uitleg)))
    return wijzigingen


def _indicator_van(kader: Kader) -> dict[str, str]:
    """Per feit and eis id of an indicator: that indicator's id."""
    return {v.id: i.id for _, _, i in kader.indicatoren() for v in [*i.feiten, *i.eisen]}


def gevolgen(kaderverschil: Kaderverschil) -> Gevolgen:
    """What the changes mean for dossiers of the old version (see `Gevolgen`)."""
    vragen = ("feit", "eis")
    wijzigingen = kaderverschil.wijzigingen
    oud_van, nieuw_van = _indicator_van(kaderverschil.oud), _indicator_van(kaderverschil.nieuw)
    andere: set[str] = set()
    for w in wijzigingen:
        if w.element in vragen and w.soort in ("toegevoegd", "eigenschap-gewijzigd", "verplaatst"):
            andere.add(nieuw_van.get(w.nieuw_id or w.id, ""))
        if w.element in vragen and w.soort in ("verwijderd", "verplaatst"):
            andere.add(oud_van.get(w.id, ""))
        if w.element == "indicator" and w.soort == "eigenschap-gewijzigd":
            andere.add(w.nieuw_id or w.id)
    volgorde = [i.id for _, _, i in kaderverschil.nieuw.indicatoren()]
    return Gevolgen(
        verloren=tuple(w.id for w in wijzigingen if w.element in vragen and w.soort == "verwijderd"),
        te_beantwoorden=tuple(w.id for w in wijzigingen if w.element in vragen and w.soort == "toegevoegd"),
        te_koppelen=tuple((w.id, w.nieuw_id) for w in wijzigingen
                          if w.soort == "hernoemd" and w.nieuw_id and w.element in (*vragen, "indicator")),
        andere_oordelen=tuple(i for i in volgorde if i in andere),
        alle_oordelen=any(w.soort == "normering-gewijzigd" for w in wijzigingen),
    )


@dataclass(frozen=True)
class Dossierimpact:
    """What the changes mean for a set of dossiers and gemeente files of the old version, counted per vraag."""

    bestanden: int
    verloren: dict[str, int]  # old feit or eis id -> files with an answer on it that would be lost
    te_koppelen: dict[str, int]  # renamed old id -> files with an answer on it that a koppeling must carry over
    te_beantwoorden: dict[str, int]  # new feit or eis id -> files in which it would need an answer


def dossierimpact(kaderverschil: Kaderverschil, modellen: Iterable[Dossier | Gemeentebevindingen]) -> Dossierimpact:
    """Count, over `modellen` (files valid under the old kader), the answers that would be lost or must be carried
    over, and the files in which a new feit or eis would need an answer (its indicator is in the file, at the
    file's level)."""
    g = kaderverschil.gevolgen
    nieuw = kaderverschil.nieuw
    plek = {v.id: i for _, _, i in nieuw.indicatoren() for v in [*i.feiten, *i.eisen]}
    verloren = dict.fromkeys(g.verloren, 0)
    te_koppelen = {oud: 0 for oud, _ in g.te_koppelen}
    te_beantwoorden = dict.fromkeys(g.te_beantwoorden, 0)
    aantal = 0
    for model in modellen:
        aantal += 1
        niveau = Niveau.DOSSIER if isinstance(model, Dossier) else Niveau.GEMEENTE
        beantwoord = set(model.feiten) if isinstance(model, Dossier) else set()
        for bevinding in model.indicatoren.values():
            beantwoord |= set(bevinding.antwoorden)
        for teller in (verloren, te_koppelen):
            for vraag in teller:
                teller[vraag] += vraag in beantwoord
        for vraag in te_beantwoorden:
            indicator = plek.get(vraag)
            if indicator is None:
                te_beantwoorden[vraag] += niveau is Niveau.DOSSIER  # an algemeen feit: every dossier
            elif indicator.id in model.indicatoren and vraag in {v.id for v in vragen_op_niveau(indicator, niveau)}:
                te_beantwoorden[vraag] += 1
    return Dossierimpact(aantal, verloren, te_koppelen, te_beantwoorden)
