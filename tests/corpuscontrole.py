"""Checks that a labelled privacy corpus written by a generator script holds what it promises, shared by the tests
of the corpora that have one (`test_privacy_vierde`, `test_privacy_vijfde`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban
from stdnum.nl import bsn

from privacymeting import CORPUS, labels, regels


def _echt(soort: str, waarde: str) -> bool:
    if soort == "bsn":
        return bsn.is_valid(re.sub(r"\D", "", waarde).zfill(9))
    if soort == "iban":
        return iban.is_valid(re.sub(r"[\s-]", "", waarde).upper())
    if soort == "telefoonnummer":
        nummer = waarde.replace("(0)", "")
        return any(phonenumbers.is_valid_number(phonenumbers.parse(nummer, land)) for land in ("NL", "BE", "DE"))
    return True


def onechte_waarden(deel: str) -> list[str]:
    """The values of `deel` that are not of their kind: a BSN that fails the elfproef, an IBAN with wrong check
    digits, a phone number that cannot exist (NL, BE or DE), a birth date outside a birth context. A value with
    an evasion is checked as a reader sees it (a YAML escape read), or not at all when it hides its characters."""
    tekst = dict(regels(deel, "waarden.txt"))
    fout = [tekst[i] for i, *_, soort, _ in labels(deel)
            if soort == "geboortedatum" and not re.search(r"(?i)geb|°|\*", tekst[i])]
    for _, _, _, evasie, soort, waarde in labels(deel):
        if evasie in ("geen", "yaml-escape"):
            leesbaar = yaml.safe_load(f'"{waarde}"') if evasie == "yaml-escape" else waarde
            fout += [] if _echt(soort, leesbaar) else [waarde]
    return fout


def script_maakt_de_delen(script: str, delen: tuple[str, ...], map_: Path) -> bool:
    """Whether `scripts/<script>` writes exactly the committed files of `delen` (into `map_`)."""
    pad = Path(__file__).resolve().parent.parent / "scripts" / script
    subprocess.run([sys.executable, str(pad), str(map_)], check=True, capture_output=True)
    namen = ("waarden.txt", "schoon.txt", "kenmerken.txt")
    return all((map_ / d / n).read_text(encoding="utf-8") == (CORPUS / d / n).read_text(encoding="utf-8")
               for d in delen for n in namen)
