"""Gwet's AC1: chance-corrected agreement of two beoordelaars that stays meaningful when almost every
rating is the same (where Cohen's kappa collapses although the beoordelaars agree). No I/O.

The formulas are those of Gwet (2008), "Computing inter-rater reliability and its variance in the presence
of high agreement", British Journal of Mathematical and Statistical Psychology 61, 29-48, as given for a
table of two raters in Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., chapter 2 and 5:

* pa = sum_k p_kk, the observed agreement;
* pi_k = (p_k. + p_.k) / 2, pe = sum_k pi_k (1 - pi_k) / (q - 1), AC1 = (pa - pe) / (1 - pe);
* var = 1 / (n (1 - pe)^2) * (sum_kl p_kl (w_kl - 2 (1 - AC1) (1 - (pi_k + pi_l) / 2) / (q - 1))^2
  - (pa - 2 (1 - AC1) pe)^2), with w the identity (no sampling fraction: the population is taken as large);
* the 95% interval is AC1 +/- t(0.975, n - 1) * se, cut off at 1.

No well-kept library on PyPI gives AC1 with its variance (irrCAC 0.4.4, a port of Gwet's R package, pulls
in `coverage` at run time): this function is checked against Gwet's published example in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np


def gwet_ac1(tabel: Sequence[Sequence[float]] | np.ndarray) -> tuple[float, float, float, float] | None:
    """AC1, its standard error and 95% interval (onder, boven) from a square table of two raters (rows: first,
    columns: second). None when there are fewer than two rated pairs or fewer than two categories."""
    matrix = np.asarray(tabel, dtype=float)
    n = float(matrix.sum())
    q = matrix.shape[0]
    if n < 2 or q < 2:
        return None
    p = matrix / n
    pa = float(np.trace(p))
    pi = (p.sum(axis=1) + p.sum(axis=0)) / 2
    pe = float(np.sum(pi * (1 - pi)) / (q - 1))
    if pe >= 1:
        return None
    ac1 = (pa - pe) / (1 - pe)
    gewichten = np.eye(q)
    term = gewichten - 2 * (1 - ac1) * (1 - (pi[:, None] + pi[None, :]) / 2) / (q - 1)
    variantie = (float(np.sum(p * term ** 2)) - (pa - 2 * (1 - ac1) * pe) ** 2) / (n * (1 - pe) ** 2)
    fout = float(np.sqrt(max(variantie, 0.0)))
    from scipy import stats  # type: ignore[import-untyped]

    marge = float(stats.t.ppf(0.975, n - 1)) * fout
    return ac1, fout, ac1 - marge, min(1.0, ac1 + marge)


def tabel_uit_paren(paren: Iterable[tuple[int, int]], categorieen: int) -> np.ndarray:
    """The table of two raters from pairs of codes 0..categorieen-1."""
    tabel = np.zeros((categorieen, categorieen))
    for eerste, tweede in paren:
        tabel[eerste, tweede] += 1
    return tabel
