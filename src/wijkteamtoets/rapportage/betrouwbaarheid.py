"""Interbeoordelaarsbetrouwbaarheid: how well independent ratings of the same dossiers agree. No I/O.

For dossiers rated by more than one beoordelaar this computes, per indicator (the oordelen) and per eis
(the answers), over the dossiers:

* the percentage agreement: the share of pairs of ratings with the same value (every value counts,
  including 'niet van toepassing', 'onbekend' and a missing answer);
* Cohen's weighted kappa (linear weights) for exactly two ratings per dossier, with its asymptotic
  standard error and 95% interval (statsmodels, after Fleiss, Cohen & Everitt 1969);
* Gwet's AC1 for exactly two ratings per dossier, with its standard error and 95% interval (`gwet`), which
  stays meaningful when almost every rating is the same and kappa collapses;
* Krippendorff's alpha at the ordinal level for two or more ratings (the `krippendorff` package), with a
  95% bootstrap interval over dossiers (fixed seed, so the same data always give the same figures).

Kappa and alpha use the ordered values only (nee < deels < ja; voldoet niet < voldoet deels < voldoet);
'niet van toepassing', 'niet te beoordelen', 'onbekend' and a missing answer are left out of them.
A figure that cannot be computed (too few dossiers, one category only) has no value but a Dutch reason.
statsmodels (scipy) is imported only when kappa is asked for, so reports and other commands stay fast.
"""

from __future__ import annotations

import functools
import math
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from ..beoordelen.afleiden import Beoordeling, IndicatorOordeel
from ..beoordelen.dubbel import Dossiergroep, groepeer
from ..invoer.kader import Antwoord, Kader, Oordeel

ORDE_OORDEEL = {Oordeel.VOLDOET_NIET.value: 0, Oordeel.VOLDOET_DEELS.value: 1, Oordeel.VOLDOET.value: 2}
ORDE_ANTWOORD = {Antwoord.NEE.value: 0, Antwoord.DEELS.value: 1, Antwoord.JA.value: 2}
NIET_BEANTWOORD = "niet beantwoord"
HERHALINGEN = 1000
"""Bootstrap samples for the interval of alpha."""
ZAAD = 20170301
"""Fixed seed of the bootstrap: the same data give the same interval."""


@dataclass(frozen=True)
class Maat:
    """One agreement figure: its value and 95% interval (None when the method gives none), the number of
    dossiers behind it, and, when it cannot be computed, why (in Dutch)."""

    waarde: float | None
    n: int
    onder: float | None = None
    boven: float | None = None
    melding: str = ""


EEN_CATEGORIE = ("niet te berekenen: alle beoordelingen vallen in dezelfde categorie, dus is er geen "
                 "toevalsverwachting om tegen af te zetten")


MINIMAAL_PAREN = 2
"""The fewest dossiers with two ratings for kappa, AC1 and alpha to be computed at all."""


def _te_weinig(n: int) -> str:
    return (f"niet te berekenen: {n} dossier{'s' if n != 1 else ''} met twee beoordelingen; nodig zijn er minstens "
            f"{MINIMAAL_PAREN}")


def te_weinig_paren(n: int) -> str:
    """One line, instead of a line per indicator and eis, for a comparison with too few double-rated dossiers."""
    return (f"per indicator en per eis zijn kappa, AC1 en alpha niet te berekenen: {n} dossier{'s' if n != 1 else ''} "
            f"met meer dan één beoordeling; nodig zijn er minstens {MINIMAAL_PAREN} (voor een smal interval "
            "tientallen); de totalen hierboven tellen elk dossier × indicator en dossier × eis")


def percentage_overeenstemming(eenheden: Sequence[Sequence[str]]) -> Maat:
    """The share of pairs of ratings (within each dossier) with the same value."""
    paren = gelijk = 0
    for waarden in eenheden:
        for i in range(len(waarden)):
            for j in range(i + 1, len(waarden)):
                paren += 1
                gelijk += waarden[i] == waarden[j]
    n = sum(1 for waarden in eenheden if len(waarden) > 1)
    if not paren:
        return Maat(None, n, melding="niet te berekenen: geen dossiers met twee beoordelingen")
    return Maat(gelijk / paren, n)


def kappa_uit_tabel(tabel: Sequence[Sequence[float]] | np.ndarray, gewogen: bool = True) -> Maat:
    """Cohen's kappa from a square table (rows: first rating, columns: second), linear weights when
    `gewogen`, with the asymptotic 95% interval."""
    matrix = np.asarray(tabel, dtype=float)
    n = round(float(matrix.sum()))
    if n < 2:
        return Maat(None, n, melding=_te_weinig(n))
    rijen, kolommen = matrix.sum(axis=1) / n, matrix.sum(axis=0) / n
    gewichten = np.abs(np.subtract.outer(np.arange(len(matrix)), np.arange(len(matrix)))) if gewogen \
        else (1 - np.eye(len(matrix)))
    if float((gewichten * np.outer(rijen, kolommen)).sum()) <= 1e-12:  # only possible with one category
        return Maat(None, n, melding=EEN_CATEGORIE)
    from statsmodels.stats.inter_rater import cohens_kappa  # type: ignore[import-untyped]

    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        uitkomst: Any = cohens_kappa(matrix, wt="linear") if gewogen else cohens_kappa(matrix)
    kappa = float(uitkomst.kappa)
    onder, boven = float(uitkomst.kappa_low), float(uitkomst.kappa_upp)
    if not (math.isfinite(onder) and math.isfinite(boven)) or (onder == boven and kappa < 1):
        return Maat(kappa, n, melding="geen betrouwbaarheidsinterval: de standaardfout is bij deze aantallen niet "
                                      "te schatten")
    return Maat(kappa, n, max(onder, -1.0), min(boven, 1.0))


def gewogen_kappa(paren: Iterable[tuple[int, int]], categorieen: int = 3) -> Maat:
    """Cohen's weighted kappa (linear weights) for pairs of ordinal codes 0..categorieen-1."""
    tabel = np.zeros((categorieen, categorieen))
    for eerste, tweede in paren:
        tabel[eerste, tweede] += 1
    return kappa_uit_tabel(tabel, gewogen=True)


Niveau = Literal["nominal", "ordinal", "interval", "ratio"]


def _alpha(waardetellingen: np.ndarray, domein: Sequence[float], niveau: Niveau) -> float:
    import krippendorff

    return float(krippendorff.alpha(value_counts=waardetellingen, value_domain=list(domein),
                                    level_of_measurement=niveau))


def _kan_alpha(waardetellingen: np.ndarray) -> str:
    """Why alpha cannot be computed from `waardetellingen` (per dossier the count of each value), or ''."""
    paarbaar = waardetellingen[waardetellingen.sum(axis=1) >= 2]
    if len(paarbaar) < 2:
        return _te_weinig(len(paarbaar))
    if np.count_nonzero(paarbaar.sum(axis=0)) < 2:
        return EEN_CATEGORIE
    return ""


def krippendorff_alpha(eenheden: Sequence[Sequence[float | None]], domein: Sequence[float], niveau: Niveau = "ordinal",
                       herhalingen: int = HERHALINGEN, zaad: int = ZAAD) -> Maat:
    """Krippendorff's alpha over `eenheden` (per dossier the values of its ratings, None when missing),
    with a 95% percentile interval from resampling dossiers (`herhalingen` times, seed `zaad`). The bootstrap
    is a pure function of its arguments: the same data in the same process are resampled once."""
    return _alpha_met_interval(tuple(tuple(waarden) for waarden in eenheden), tuple(domein), niveau, herhalingen, zaad)


@functools.lru_cache(maxsize=512)
def _alpha_met_interval(eenheden: tuple[tuple[float | None, ...], ...], domein: tuple[float, ...], niveau: Niveau,
                        herhalingen: int, zaad: int) -> Maat:
    plaats = {waarde: index for index, waarde in enumerate(domein)}
    tellingen = np.zeros((len(eenheden), len(domein)))
    for rij, waarden in enumerate(eenheden):
        for waarde in waarden:
            if waarde is not None:
                tellingen[rij, plaats[waarde]] += 1
    n = int(np.sum(tellingen.sum(axis=1) >= 2))
    reden = _kan_alpha(tellingen)
    if reden:
        return Maat(None, n, melding=reden)
    # With no disagreement within any dossier, alpha is 1 in every resample where it is defined: only
    # count those resamples instead of computing them.
    eensgezind = int(np.count_nonzero(tellingen, axis=1).max()) <= 1
    rng = np.random.default_rng(zaad)
    steekproeven = []
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        waarde = 1.0 if eensgezind else _alpha(tellingen, domein, niveau)
        for _ in range(herhalingen):
            keuze = tellingen[rng.integers(0, len(tellingen), len(tellingen))]
            if not _kan_alpha(keuze):
                steekproeven.append(1.0 if eensgezind else _alpha(keuze, domein, niveau))
    if herhalingen <= 0:
        return Maat(waarde, n)
    if len(steekproeven) < herhalingen / 2:
        return Maat(waarde, n, melding="geen betrouwbaarheidsinterval: te weinig variatie over de dossiers")
    onder, boven = np.percentile(steekproeven, [2.5, 97.5])
    return Maat(waarde, n, float(onder), float(boven))


@dataclass(frozen=True)
class Cijfers:
    """The agreement figures of one indicator or eis (or of all together)."""

    soort: str  # "indicator", "eis" or "totaal"
    id: str
    nummer: str
    tekst: str
    dossiers: int
    overeenstemming: Maat
    kappa: Maat | None
    alpha: Maat
    ac1: Maat | None = None


@dataclass(frozen=True)
class Kant:
    """What one beoordelaar said on a point of disagreement."""

    beoordelaar: str
    waarde: str
    toelichting: str = ""
    bronnen: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verschil:
    """One point where the ratings of a dossier differ: an oordeel (vraag '') or an answer."""

    nummer: str
    indicator: str
    indicator_tekst: str
    vraag_id: str
    vraag: str
    kanten: tuple[Kant, ...]


@dataclass(frozen=True)
class Dossierverschillen:
    """The disagreements on one double-rated dossier, ready for the consensus meeting."""

    gemeente: str
    dossier: str
    beoordelaars: tuple[str, ...]
    regel: str
    consensus: str  # who agreed, or '' when there is no consensus yet
    indicatoren: int
    gelijke_oordelen: int
    verschillen: tuple[Verschil, ...]


@dataclass
class Vergelijking:
    """Everything `vergelijk` reports: figures per indicator and eis, and the disagreements per dossier."""

    dossiers: int
    beoordelingen: int
    beoordelaars: tuple[str, ...]
    melding: str = ""
    totaal: list[Cijfers] = field(default_factory=list)
    indicatoren: list[Cijfers] = field(default_factory=list)
    eisen: list[Cijfers] = field(default_factory=list)
    per_dossier: list[Dossierverschillen] = field(default_factory=list)
    cijfers_melding: str = ""  # why no agreement figures are computed at all (too few pairs), in one line


GEEN_DUBBELE = ("geen dubbel beoordeelde dossiers gevonden: een dossier telt als dubbel beoordeeld als er twee "
                "bestanden zijn met hetzelfde dossiernummer en een andere beoordelaar")


def _cijfers(soort: str, id_: str, nummer: str, tekst: str, eenheden: list[list[str]], orde: Mapping[str, int],
             met_kappa: bool, herhalingen: int) -> Cijfers:
    codes = [[orde.get(w) for w in waarden] for waarden in eenheden]
    kappa: Maat | None = None
    ac1: Maat | None = None
    if met_kappa:
        if all(len(c) == 2 for c in codes):
            paren = [(a, b) for a, b in codes if a is not None and b is not None]
            kappa = gewogen_kappa(paren, len(set(orde.values())))
            ac1 = _ac1(paren, len(set(orde.values())))
        else:
            kappa = Maat(None, len(codes), melding="niet berekend: Cohen's kappa geldt voor precies twee "
                                                   "beoordelingen per dossier; zie alpha")
            ac1 = Maat(None, len(codes), melding="niet berekend: AC1 is hier berekend voor precies twee "
                                                 "beoordelingen per dossier; zie alpha")
    alpha = krippendorff_alpha(codes, sorted(set(orde.values())), herhalingen=herhalingen)
    return Cijfers(soort, id_, nummer, tekst, len(eenheden), percentage_overeenstemming(eenheden), kappa, alpha,
                   ac1)


def _ac1(paren: list[tuple[int, int]], categorieen: int) -> Maat:
    from .gwet import gwet_ac1, tabel_uit_paren

    if len(paren) < MINIMAAL_PAREN:
        return Maat(None, len(paren), melding=_te_weinig(len(paren)))
    uitkomst = gwet_ac1(tabel_uit_paren(paren, categorieen))
    if uitkomst is None:
        return Maat(None, len(paren), melding=EEN_CATEGORIE)
    waarde, _, onder, boven = uitkomst
    return Maat(waarde, len(paren), max(onder, -1.0), boven)


def _waarde(oordeel: IndicatorOordeel | None, vraag: str) -> tuple[str, str, tuple[str, ...]]:
    if oordeel is None:
        return NIET_BEANTWOORD, "", ()
    for bevinding in oordeel.bevindingen:
        if bevinding.vraag_id == vraag:
            return bevinding.antwoord, bevinding.toelichting, bevinding.bronnen
    return NIET_BEANTWOORD, "", ()


def _oordeel_tekst(oordeel: IndicatorOordeel | None) -> str:
    if oordeel is None:
        return NIET_BEANTWOORD
    if oordeel.afwijking is not None:
        return f"{oordeel.oordeel.value} (afwijking; afgeleid: {oordeel.afgeleid.value})"
    return oordeel.oordeel.value


def _verschillen(groep: Dossiergroep, kader: Kader) -> Dossierverschillen:
    per = [{o.indicator: o for o in b.oordelen} for b in groep.beoordelingen]
    vragen = {v.id: v.vraag for _, _, i in kader.indicatoren() for v in [*i.feiten, *i.eisen]}
    lijst: list[Verschil] = []
    indicatoren = gelijk = 0
    for t, thema in enumerate(kader.themas, 1):
        for c, criterium in enumerate(thema.criteria, 1):
            for i, indicator in enumerate(criterium.indicatoren, 1):
                oordelen = [p.get(indicator.id) for p in per]
                if all(o is None for o in oordelen):
                    continue
                nummer = f"{t}.{c}.{i}"
                indicatoren += 1
                teksten = [_oordeel_tekst(o) for o in oordelen]
                if len(set(teksten)) == 1:
                    gelijk += 1
                else:
                    redenen = ["; ".join(r.tekst for r in o.redenen if r.soort != "score") if o else ""
                               for o in oordelen]
                    lijst.append(Verschil(nummer, indicator.id, indicator.tekst, "", "oordeel", tuple(
                        Kant(b.beoordelaar, tekst, reden) for b, tekst, reden in
                        zip(groep.beoordelingen, teksten, redenen, strict=True))))
                ids = list(dict.fromkeys(b.vraag_id for o in oordelen if o for b in o.bevindingen))
                for vraag_id in sorted(ids, key=lambda v: list(vragen).index(v) if v in vragen else len(vragen)):
                    kanten = [_waarde(o, vraag_id) for o in oordelen]
                    if len({k[0] for k in kanten}) > 1:
                        lijst.append(Verschil(nummer, indicator.id, indicator.tekst, vraag_id,
                                              vragen.get(vraag_id, vraag_id), tuple(
                                                  Kant(b.beoordelaar, *k) for b, k in
                                                  zip(groep.beoordelingen, kanten, strict=True))))
    return Dossierverschillen(
        gemeente=groep.gemeente, dossier=groep.dossier,
        beoordelaars=tuple(b.beoordelaar for b in groep.beoordelingen), regel=groep.regel,
        consensus=groep.consensus.beoordelaar.replace("+", ", ") if groep.consensus else "",
        indicatoren=indicatoren, gelijke_oordelen=gelijk, verschillen=tuple(lijst))


def vergelijk(beoordelingen: Iterable[Beoordeling], kader: Kader, *, met_kappa: bool = True,
              per_vraag: bool = True, herhalingen: int = HERHALINGEN) -> Vergelijking:
    """Agreement between the independent ratings of every double-rated dossier in `beoordelingen`.

    With `met_kappa` False (reports) no kappa is computed and statsmodels is not imported; with
    `per_vraag` False only the totals are computed."""
    groepen = [g for g in groepeer(beoordelingen) if g.dubbel]
    beoordelaars = tuple(sorted({b.beoordelaar for g in groepen for b in g.beoordelingen}))
    vergelijking = Vergelijking(dossiers=len(groepen), beoordelingen=sum(len(g.beoordelingen) for g in groepen),
                                beoordelaars=beoordelaars)
    if not groepen:
        vergelijking.melding = GEEN_DUBBELE
        return vergelijking
    if len(groepen) < MINIMAAL_PAREN:  # per indicator and eis nothing can be computed: say so once
        vergelijking.cijfers_melding = te_weinig_paren(len(groepen))
        per_vraag = False
    per = [[{o.indicator: o for o in b.oordelen} for b in g.beoordelingen] for g in groepen]
    alle_oordelen: list[list[str]] = []
    alle_antwoorden: list[list[str]] = []
    for t, thema in enumerate(kader.themas, 1):
        for c, criterium in enumerate(thema.criteria, 1):
            for i, indicator in enumerate(criterium.indicatoren, 1):
                nummer = f"{t}.{c}.{i}"
                eenheden = [[o[indicator.id].oordeel.value for o in dossier] for dossier in per
                            if all(indicator.id in o for o in dossier)]
                if not eenheden:
                    continue
                alle_oordelen += eenheden
                if per_vraag:
                    vergelijking.indicatoren.append(_cijfers("indicator", indicator.id, nummer, indicator.tekst,
                                                             eenheden, ORDE_OORDEEL, met_kappa, herhalingen))
                for eis in indicator.eisen:
                    antwoorden = [[_waarde(o.get(indicator.id), eis.id)[0] for o in dossier] for dossier in per]
                    antwoorden = [a for a in antwoorden if any(w != NIET_BEANTWOORD for w in a)]
                    if not antwoorden:
                        continue
                    alle_antwoorden += antwoorden
                    if per_vraag:
                        vergelijking.eisen.append(_cijfers("eis", eis.id, nummer, eis.vraag, antwoorden,
                                                           ORDE_ANTWOORD, met_kappa, herhalingen))
    vergelijking.totaal = [
        _cijfers("totaal", "oordelen", "", "alle oordelen per indicator", alle_oordelen, ORDE_OORDEEL, met_kappa,
                 herhalingen),
        _cijfers("totaal", "antwoorden", "", "alle antwoorden op eisen", alle_antwoorden, ORDE_ANTWOORD, met_kappa,
                 herhalingen),
    ]
    vergelijking.per_dossier = [_verschillen(g, kader) for g in groepen]
    return vergelijking
