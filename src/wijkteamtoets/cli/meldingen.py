"""Reporters for problems: they only format a list of `Probleem` records, they decide nothing. A message
shows a value from a file only as `problemen.toon_waarde` allows (a known name or a pseudonymous id); as a
second net every message and hint is masked (`maskeer`) on its way out. A path is shown through
`problemen.toon_pad`: a file or folder name outside the naming scheme is a stand-in, never the name.

Formats: ``tekst`` (``pad:regel:kolom: melding [code]``, for people and editors), ``json`` (for
tools) and ``github`` (workflow annotations that GitHub shows at the line in a pull request).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from enum import Enum

from ..invoer.persoonsgegevens import maskeer
from ..problemen import Ernst, Probleem, aantal, json_tekst, toon_pad, voor_terminal


class Formaat(str, Enum):
    TEKST = "tekst"
    JSON = "json"
    GITHUB = "github"


HERHALING = 5
"""In a short text report, a warning code shown this many times; the rest of that code is one line."""


def formatteer(problemen: list[Probleem], formaat: Formaat, aantal_bestanden: int, *,
               herhaling: int | None = None, pad: Callable[[str], str] = toon_pad) -> str:
    """The report of `problemen` found in `aantal_bestanden` files, ending in a newline.

    With `herhaling` (text format only) a warning code is listed at most that many times and the rest of it
    is counted in one line, so that one habit repeated over a corpus does not bury the other messages. Errors
    are always listed in full, and the closing count covers everything. `pad` shows a path: `toon_pad`, unless
    the user asked for the real names in a terminal (``privacy --toon-paden``).
    """
    if herhaling is not None and Formaat(formaat) is Formaat.TEKST:
        return als_tekst(problemen, aantal_bestanden, herhaling=herhaling, pad=pad)
    return RAPPORTEURS[Formaat(formaat)](problemen, aantal_bestanden, pad=pad)


def regel(probleem: Probleem, pad: Callable[[str], str] = toon_pad) -> str:
    """One problem as ``pad:regel:kolom: [waarschuwing: ]melding [code]``."""
    soort = "waarschuwing: " if probleem.ernst is Ernst.WAARSCHUWING else ""
    return (f"{voor_terminal(pad(probleem.pad))}:{probleem.regel}:{probleem.kolom}: {soort}"
            f"{maskeer(probleem.melding)} [{probleem.code}]")


def samenvatting(problemen: list[Probleem], aantal_bestanden: int) -> str:
    """'2 fouten en 1 waarschuwing in 2 van de 74 bestanden.', or in '1 bestand' when one was read."""
    fouten = sum(1 for p in problemen if p.ernst is Ernst.FOUT)
    waarschuwingen = len(problemen) - fouten
    aantal_bestanden = max(aantal_bestanden, len({p.pad for p in problemen}))
    if not problemen:
        return f"Geen problemen gevonden in {aantal(aantal_bestanden, 'bestand', 'bestanden')}."
    met_problemen = len({p.pad for p in problemen})
    delen = []
    if fouten:
        delen.append(aantal(fouten, "fout", "fouten"))
    if waarschuwingen:
        delen.append(aantal(waarschuwingen, "waarschuwing", "waarschuwingen"))
    if aantal_bestanden == 1:
        waar = "1 bestand"
    elif met_problemen == aantal_bestanden:
        waar = f"alle {aantal_bestanden} bestanden"
    else:
        waar = f"{met_problemen} van de {aantal_bestanden} bestanden"
    return f"{' en '.join(delen)} in {waar}."


VERBORGEN_TIP = ("tip: een bestands- of mapnaam die niet het naamschema volgt, staat er als [bestand N] of [map N]: "
                 "de N-de naam in die map (LC_ALL=C ls -A); 'wijkteamtoets privacy --toon-paden PAD' toont de namen "
                 "in uw terminal")
"""The closing hint of a text report in which a path shows a stand-in for a name (see `problemen.toon_pad`)."""


def als_tekst(problemen: list[Probleem], aantal_bestanden: int, herhaling: int | None = None,
              pad: Callable[[str], str] = toon_pad) -> str:
    regels = []
    getoond: Counter[str] = Counter()
    for probleem in problemen:
        if herhaling is not None and probleem.ernst is Ernst.WAARSCHUWING:
            getoond[probleem.code] += 1
            if getoond[probleem.code] > herhaling:
                continue
        regels.append(regel(probleem, pad))
        if probleem.hint:
            regels.append(f"    tip: {maskeer(probleem.hint)}")
    if herhaling is not None:
        for code, keer in sorted(getoond.items()):
            if keer > herhaling:
                regels.append(f"... en nog {aantal(keer - herhaling, 'waarschuwing', 'waarschuwingen')} "
                              f"[{code}]; toon alle meldingen met --alle-meldingen")
    if any(re.search(r"\[(bestand|map)\b", pad(p.pad)) for p in problemen):
        regels.append(VERBORGEN_TIP)
    regels.append(samenvatting(problemen, aantal_bestanden))
    return "\n".join(regels) + "\n"


def als_json(problemen: list[Probleem], aantal_bestanden: int, pad: Callable[[str], str] = toon_pad) -> str:
    data = {
        "bestanden": aantal_bestanden,
        "fouten": sum(1 for p in problemen if p.ernst is Ernst.FOUT),
        "waarschuwingen": sum(1 for p in problemen if p.ernst is Ernst.WAARSCHUWING),
        "problemen": [
            {"pad": pad(p.pad), "regel": p.regel, "kolom": p.kolom, "niveau": p.ernst.value, "code": p.code,
             "melding": maskeer(p.melding), "hint": maskeer(p.hint) if p.hint else p.hint}
            for p in problemen
        ],
    }
    return json_tekst(data, indent=2) + "\n"


def _github_data(tekst: str) -> str:
    return tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_eigenschap(tekst: str) -> str:
    return _github_data(tekst).replace(":", "%3A").replace(",", "%2C")


def als_github(problemen: list[Probleem], aantal_bestanden: int, pad: Callable[[str], str] = toon_pad) -> str:
    regels = []
    for p in problemen:
        soort = "warning" if p.ernst is Ernst.WAARSCHUWING else "error"
        melding = maskeer(f"{p.melding} (tip: {p.hint})" if p.hint else p.melding)
        regels.append(f"::{soort} file={_github_eigenschap(voor_terminal(pad(p.pad)))},line={p.regel},col={p.kolom},"
                      f"title={_github_eigenschap(p.code)}::{_github_data(melding)}")
    regels.append(samenvatting(problemen, aantal_bestanden))
    return "\n".join(regels) + "\n"


RAPPORTEURS: dict[Formaat, Callable[..., str]] = {
    Formaat.TEKST: als_tekst,
    Formaat.JSON: als_json,
    Formaat.GITHUB: als_github,
}
"""The reporters of problems by format: a new format is one member of `Formaat` and one entry here."""
