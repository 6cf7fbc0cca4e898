"""Recall and false alarms of the privacy scan on the generated corpus (`scripts/maak_privacycorpus.py`), per kind,
per placement and per evasion. Used by `test_privacy_meting.py` and `benchmarks/privacy.py`.

Every planted value is put in its placement (a folded toelichting, a double-quoted citaat, a double-quoted citaat
wrapped over lines, a team field, a comment, a key, or the file name) and scanned as a file; a value counts as
found when every word of it lies inside a finding of its kind (so half a name masked is a miss). A part may have a
``kenmerken.txt`` with extra labels per value or clean line (origin, writing, form, category: the blind part made
by `scripts/maak_blinde_privacycorpus.py`); they are counted as keys of their own.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

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


def _yaml(plaats: str, tekst: str, escapes: bool = False) -> str:
    """`tekst` in its placement as YAML; with `escapes` every backslash stays a YAML escape (evasion
    ``yaml-escape`` of the blind part), otherwise only one that starts a YAML escape (``\\u0033``) does."""
    gevlucht = tekst if escapes else re.sub(r"\\(?!u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})", r"\\\\", tekst)
    dubbel = gevlucht.replace('"', '\\"')
    if plaats == "citaat-gevouwen":  # double-quoted and wrapped over lines, as a tester writes it by hand
        regels = textwrap.wrap(dubbel, 30, break_long_words=False, break_on_hyphens=False)
        return 'citaat: "' + "\n  ".join(regels) + '"\n'
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


def gevonden(soort: str, regel: str, plaats: str = "citaat") -> list[str]:
    """The values of `soort` the full scan finds in `regel` in its placement, white space as one space (for the
    tests of single sentences)."""
    tekst = _yaml(plaats, regel)
    return [" ".join(tekst[v.begin:v.eind].split()) for v in scan_tekst(tekst).vondsten if v.soort == soort]


def _woorden(tekst: str) -> list[str]:
    return re.findall(r"\w+", normaliseer(tekst).casefold())


def _kenmerken(deel: str) -> dict[str, list[str]]:
    """Extra labels per value (``waarden:<line>:<label>``) or clean line (``schoon:<line>``) from the part's
    optional ``kenmerken.txt``, as keys such as ``herkomst:eritrees``."""
    pad = CORPUS / deel / "kenmerken.txt"
    if not pad.exists():
        return {}
    uit: dict[str, list[str]] = {}
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if regel.strip() and not regel.startswith("#"):
            plek, paren = regel.split("\t")
            uit[plek] = [paar.replace("=", ":", 1) for paar in paren.split()]
    return uit


def regels(deel: str, naam: str) -> list[tuple[int, str]]:
    """(line number, line) of a part's file, without header lines and empty lines."""
    tekst = (CORPUS / deel / naam).read_text(encoding="utf-8")
    return [(i, r) for i, r in enumerate(tekst.splitlines(), 1) if r.strip() and not r.startswith("#")]


def labels(deel: str) -> list[tuple[int, int, str, str, str, str]]:
    """(line, index, placement, evasion, kind, value) of every planted value of a part."""
    uit = []
    for i, regel in regels(deel, "waarden.txt"):
        plaats, evasie, tekst = regel.split("\t")
        uit += [(i, n, plaats, evasie, m.group("soort"), m.group("waarde")) for n, m in enumerate(_LABEL.finditer(tekst))]
    return uit


def leesbaar(plaats: str, evasie: str, waarde: str) -> bool:
    """Whether a planted value can be read back as written: no TAB or double quote; a backslash only as a valid YAML
    escape (evasion ``yaml-escape``) in a place where YAML reads one."""
    if "\t" in waarde or '"' in waarde:
        return False
    if evasie != "yaml-escape":
        return "\\" not in waarde
    try:
        yaml.safe_load(f'"{waarde}"')
    except yaml.YAMLError:
        return False
    return plaats in {"citaat", "citaat-gevouwen", "team", "sleutel"} and "\\" in waarde


def meet(deel: str) -> Uitslag:
    uitslag = Uitslag()
    kenmerken = _kenmerken(deel)
    for nummer, ruw in enumerate((CORPUS / deel / "waarden.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not ruw.strip() or ruw.startswith("#"):
            continue
        plaats, evasie, gelabeld = ruw.split("\t")
        escapes = evasie == "yaml-escape"
        tekst = _LABEL.sub(lambda m: m.group("waarde"), gelabeld)
        if plaats == "bestandsnaam":
            soorten = set(scan_naam(tekst.replace(" ", "_") + ".yaml"))
            vondsten: list[tuple[str, set[str]]] = []
        else:
            yaml_tekst = _yaml(plaats, tekst, escapes)
            vondsten = [(v.soort, set(_woorden(yaml_tekst[v.begin:v.eind]))) for v in scan_tekst(yaml_tekst).vondsten]
        for index, label in enumerate(_LABEL.finditer(gelabeld)):
            soort, waarde = label.group("soort"), label.group("waarde")
            if escapes:
                waarde = yaml.safe_load(f'"{waarde}"')
            if plaats == "bestandsnaam":
                raak = soort in soorten
            else:
                raak = all(any(s == soort and w in ws for s, ws in vondsten) for w in _woorden(waarde))
            extra = kenmerken.get(f"waarden:{nummer}:{index}", [])
            for sleutel in ("alles", f"soort:{soort}", f"plaats:{plaats}", f"evasie:{evasie}", *extra):
                uitslag.totaal[sleutel] += 1
                uitslag.gevonden[sleutel] += raak
            if not raak:
                uitslag.missers.append(ruw)
    for nummer, ruw in enumerate((CORPUS / deel / "schoon.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not ruw.strip() or ruw.startswith("#"):
            continue
        plaats, tekst = ruw.split("\t")
        if plaats == "bestandsnaam":
            soorten_schoon = scan_naam(tekst.replace(" ", "_") + ".yaml")
        else:
            soorten_schoon = [v.soort for v in scan_tekst(_yaml(plaats, tekst)).vondsten]
        for sleutel in ("alles", f"plaats:{plaats}", *kenmerken.get(f"schoon:{nummer}", [])):
            uitslag.schone_regels[sleutel] += 1
            uitslag.alarmen[sleutel] += len(soorten_schoon)
        for soort in soorten_schoon:
            uitslag.alarmen[f"soort:{soort}"] += 1
            uitslag.valse.append(f"{soort}\t{ruw}")
    for sleutel in [k for k in uitslag.alarmen if k.startswith("soort:")]:
        uitslag.schone_regels[sleutel] = uitslag.schone_regels["alles"]
    return uitslag


def tabel(deel: str, uitslag: Uitslag, verberg: tuple[str, ...] = ()) -> str:
    """The figures of `uitslag` per key; keys starting with a prefix in `verberg` (such as ``vorm``) are left out."""
    regels = [f"{deel}: recall {uitslag.recall():.1%} van {uitslag.totaal['alles']} waarden; "
              f"{uitslag.vals_per_1000():.1f} valse meldingen per 1.000 schone regels ({uitslag.schone_regels['alles']})"]
    vast = ("soort", "plaats", "evasie")
    extra = sorted({k.split(":")[0] for k in set(uitslag.totaal) | set(uitslag.schone_regels)
                    if ":" in k and k.split(":")[0] not in (*vast, *verberg)})
    for soort in (*vast, *extra):
        for sleutel in sorted(k for k in set(uitslag.totaal) | set(uitslag.alarmen) | set(uitslag.schone_regels)
                              if k.startswith(soort + ":")):
            deel_regel = f"  {sleutel:40} "
            if uitslag.totaal[sleutel]:
                deel_regel += f"recall {uitslag.recall(sleutel):6.1%} ({uitslag.gevonden[sleutel]}/{uitslag.totaal[sleutel]})"
            if uitslag.schone_regels[sleutel]:
                deel_regel += (f"  vals {uitslag.vals_per_1000(sleutel):.1f}/1.000"
                               f" ({uitslag.alarmen[sleutel]} in {uitslag.schone_regels[sleutel]} regels)")
            regels.append(deel_regel)
    return "\n".join(regels)
