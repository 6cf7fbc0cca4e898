"""Checks that a labelled privacy corpus written by a generator script holds what it promises, shared by the tests
of the corpora that have one (`test_privacy_vierde`, `test_privacy_vijfde`, `test_privacy_zesde`)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import yaml
from stdnum import iban
from stdnum.nl import bsn

from privacymeting import _LABEL, CORPUS, _kenmerken, labels, regels


def naamwoorden(deel: str, partikels: set[str]) -> set[str]:
    """The words (three letters or more) of the names of `deel` planted without an evasion, without `partikels`:
    two parts of one corpus may share no name."""
    return {w for *_, e, s, waarde in labels(deel) if s == "naam" and e == "geen"
            for w in re.findall(r"\w{3,}", waarde.casefold())} - partikels


def zinnen(deel: str, zonder: str = "") -> set[tuple[str, str]]:
    """The sentences around the values of `deel` (placement and text with each value replaced by its kind),
    leaving out lines that contain `zonder` when given."""
    return {(r.split("\t")[0], _LABEL.sub(lambda m: "{" + m.group("soort") + "}", r.split("\t")[2]))
            for _, r in regels(deel, "waarden.txt") if not zonder or zonder not in r}


def schone_teksten(deel: str) -> set[str]:
    """The texts of the clean lines of `deel`."""
    return {r.split("\t")[1] for _, r in regels(deel, "schoon.txt")}


def kenmerkfouten(deel: str) -> list[str]:
    """The places in `deel`'s kenmerken.txt whose labels do not fit (a name has herkomst and schrijfwijze, another
    value vorm, a clean line categorie), and the values and clean lines without labels."""
    per_plek = {f"waarden:{i}:{n}": s for i, n, _, _, s, _ in labels(deel)}
    schoon = {f"schoon:{i}" for i, _ in regels(deel, "schoon.txt")}
    gelezen = _kenmerken(deel)  # as the measurement reads them
    fout = set(gelezen) ^ (set(per_plek) | schoon)
    for plek, paren in gelezen.items():
        verwacht = {"categorie"} if plek in schoon else {"herkomst", "schrijfwijze"} if per_plek.get(plek) == "naam" else {"vorm"}
        fout |= {plek} if {p.split(":", 1)[0] for p in paren} != verwacht else set()
    return sorted(fout)


def schone_regels_met_een_waarde(deel: str) -> list[str]:
    """The clean lines of `deel` that hold a planted value (one written without an evasion, longer than three
    characters), nine digits that pass the elfproef, or a mobile number."""
    waarden = sorted({w.casefold() for *_, e, _, w in labels(deel) if e == "geen" and len(w) > 3}, key=len, reverse=True)
    een_van = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, waarden)) + r")(?!\w)")
    teksten = [r.split("\t")[1] for _, r in regels(deel, "schoon.txt")]
    return [t for t in teksten if een_van.search(t.casefold()) or re.search(r"\b06[- ]?\d{8}\b", t)
            or any(bsn.is_valid(g) for g in re.findall(r"\d{9}", re.sub(r"[\s.]", "", t)))]


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


# the placements, the kinds the README's privacy table names, and the evasions of a corpus made blind
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}
SOORTEN = {"naam", "bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken", "sociale-media", "school"}
EVASIES = {"geen", "zero-width", "zacht-afbreekstreepje", "cyrillisch", "grieks", "volle-breedte", "html-entiteit",
           "yaml-escape"}


def kenmerk(deel: str, sleutel: str) -> Counter[str]:
    """How often each value of label `sleutel` (such as ``herkomst``) occurs in `deel`."""
    return Counter(p.split(":", 1)[1] for paren in _kenmerken(deel).values() for p in paren if p.startswith(sleutel + ":"))


def straten(deel: str) -> set[str]:
    """The street of every address written without an evasion, without Postbus and postcode-first addresses."""
    return {re.split(r"\s*\d", waarde, maxsplit=1)[0].strip(" ,").casefold()
            for *_, e, s, waarde in labels(deel) if s == "adres" and e == "geen" and not re.match(r"(?i)postbus|\d", waarde)}


def scholen(deel: str) -> set[str]:
    """Every school written without an evasion."""
    return {waarde.casefold() for *_, e, s, waarde in labels(deel) if s == "school" and e == "geen"}
