"""Recall and false alarms of the privacy scan on the generated corpus (`scripts/maak_privacycorpus.py`),
per kind, per placement and per evasion. Used by `test_privacy_meting.py` and `benchmarks/privacy.py`.

Every planted value is put in its placement (a folded toelichting, a double-quoted citaat, a team field, a
comment, a key, or the file name) and scanned as a file; a value counts as found when every word of it lies
inside a finding of its kind (so half a name masked is a miss).
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wijkteamtoets.controles.privacy import scan_naam, scan_tekst
from wijkteamtoets.invoer.privacy import normaliseer

CORPUS = Path(__file__).resolve().parent / "data" / "privacy"
_LABEL = re.compile(r"\{(?P<soort>[\w-]+):(?P<waarde>[^}]+)\}")


@dataclass
class Uitslag:
    gevonden: Counter[str] = field(default_factory=Counter)
    totaal: Counter[str] = field(default_factory=Counter)
    alarmen: Counter[str] = field(default_factory=Counter)
    schone_regels: Counter[str] = field(default_factory=Counter)
    missers: list[str] = field(default_factory=list)
    valse: list[str] = field(default_factory=list)

    def recall(self, sleutel: str = "alles") -> float:
        return self.gevonden[sleutel] / self.totaal[sleutel] if self.totaal[sleutel] else 1.0

    def vals_per_1000(self, sleutel: str = "alles") -> float:
        return 1000 * self.alarmen[sleutel] / self.schone_regels[sleutel] if self.schone_regels[sleutel] else 0.0


def _yaml(plaats: str, tekst: str) -> str:
    # a backslash is written as one, except where it starts a YAML escape (``\\u0033``), which YAML decodes
    dubbel = re.sub(r"\\(?!u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})", r"\\\\", tekst).replace('"', '\\"')
    if plaats == "toelichting":
        gevouwen = "\n".join("  " + r for r in textwrap.wrap(tekst, 30, break_long_words=False,
                                                               break_on_hyphens=False))
        return f"toelichting: >-\n{gevouwen}\n"
    if plaats == "citaat":
        return f'citaat: "{dubbel}"\n'
    if plaats == "team":
        return f'team: "{dubbel}"\n'
    if plaats == "commentaar":
        return f"oordeel: ja  # {tekst}\n"
    return f'"{dubbel}": ja\n'  # sleutel


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"\w+", normaliseer(tekst).casefold())


def meet(deel: str) -> Uitslag:
    uitslag = Uitslag()
    for ruw in (CORPUS / deel / "waarden.txt").read_text(encoding="utf-8").splitlines():
        if not ruw.strip() or ruw.startswith("#"):
            continue
        plaats, evasie, gelabeld = ruw.split("\t")
        tekst = _LABEL.sub(lambda m: m.group("waarde"), gelabeld)
        if plaats == "bestandsnaam":
            soorten = set(scan_naam(tekst.replace(" ", "_") + ".yaml"))
            vondsten: list[tuple[str, set[str]]] = []
        else:
            yaml_tekst = _yaml(plaats, tekst)
            vondsten = [(v.soort, set(_woorden(yaml_tekst[v.begin:v.eind]))) for v in scan_tekst(yaml_tekst).vondsten]
        for label in _LABEL.finditer(gelabeld):
            soort, waarde = label.group("soort"), label.group("waarde")
            if plaats == "bestandsnaam":
                raak = soort in soorten
            else:
                raak = all(any(s == soort and w in ws for s, ws in vondsten) for w in _woorden(waarde))
            for sleutel in ("alles", f"soort:{soort}", f"plaats:{plaats}", f"evasie:{evasie}"):
                uitslag.totaal[sleutel] += 1
                uitslag.gevonden[sleutel] += raak
            if not raak:
                uitslag.missers.append(ruw)
    for ruw in (CORPUS / deel / "schoon.txt").read_text(encoding="utf-8").splitlines():
        if not ruw.strip() or ruw.startswith("#"):
            continue
        plaats, tekst = ruw.split("\t")
        vondsten_schoon = scan_tekst(_yaml(plaats, tekst)).vondsten
        for sleutel in ("alles", f"plaats:{plaats}"):
            uitslag.schone_regels[sleutel] += 1
            uitslag.alarmen[sleutel] += len(vondsten_schoon)
        for vondst in vondsten_schoon:
            uitslag.alarmen[f"soort:{vondst.soort}"] += 1
            uitslag.valse.append(f"{vondst.soort}\t{ruw}")
    for sleutel in [k for k in uitslag.alarmen if k.startswith("soort:")]:
        uitslag.schone_regels[sleutel] = uitslag.schone_regels["alles"]
    return uitslag


def tabel(deel: str, uitslag: Uitslag) -> str:
    regels = [f"{deel}: recall {uitslag.recall():.1%} van {uitslag.totaal['alles']} waarden; "
              f"{uitslag.vals_per_1000():.1f} valse meldingen per 1.000 schone regels ({uitslag.schone_regels['alles']})"]
    for soort in ("soort", "plaats", "evasie"):
        for sleutel in sorted(k for k in set(uitslag.totaal) | set(uitslag.alarmen) if k.startswith(soort + ":")):
            deel_regel = f"  {sleutel:32} recall {uitslag.recall(sleutel):6.1%} ({uitslag.gevonden[sleutel]}/{uitslag.totaal[sleutel]})"
            if uitslag.schone_regels[sleutel]:
                deel_regel += f"  vals {uitslag.vals_per_1000(sleutel):.1f}/1.000"
            regels.append(deel_regel)
    return "\n".join(regels)
