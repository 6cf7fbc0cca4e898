"""The fourth privacy corpus (`scripts/maak_vierde_privacycorpus.py`, `tests/data/privacy/vierde-a` and `vierde-b`)
is well formed, as large as promised, covers every kind and placement in both parts, keeps the parts apart (names,
schools, sentences), holds values that really are of their kind, and is what the script makes. Recall and false
alarms are figures for `benchmarks/privacy.py --vierde`, never asserted here: nobody tunes the detector on either
part."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pytest
import yaml
from stdnum import iban
from stdnum.nl import bsn

from privacymeting import _LABEL, CORPUS

DELEN = ("vierde-a", "vierde-b")
PLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"}
# the kinds the README's privacy table names
SOORTEN = {"naam", "bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken", "sociale-media", "school"}
PARTIKELS = {"van", "den", "der", "de", "ter", "het", "aït", "el", "al", "ben", "bin", "abu", "thi", "duc", "ngoc"}


def _regels(deel: str, naam: str) -> list[tuple[int, str]]:
    tekst = (CORPUS / deel / naam).read_text(encoding="utf-8")
    return [(i, r) for i, r in enumerate(tekst.splitlines(), 1) if r.strip() and not r.startswith("#")]


def _labels(deel: str) -> list[tuple[int, int, str, str, str, str]]:
    """(line, index, placement, evasion, kind, value) of every planted value."""
    uit = []
    for i, regel in _regels(deel, "waarden.txt"):
        plaats, evasie, tekst = regel.split("\t")
        uit += [(i, n, plaats, evasie, m.group("soort"), m.group("waarde")) for n, m in enumerate(_LABEL.finditer(tekst))]
    return uit


@pytest.mark.parametrize("deel", DELEN)
def test_elk_deel_heeft_elke_soort_in_elke_plaats_en_leesbare_waarden(deel: str) -> None:
    labels = _labels(deel)
    assert {(s, p) for _, _, p, _, s, _ in labels} == {(s, p) for s in SOORTEN for p in PLAATSEN}
    for _, _, plaats, evasie, _, waarde in labels:
        assert "\t" not in waarde and '"' not in waarde
        if evasie == "yaml-escape":  # only where YAML reads an escape, and a valid one
            assert plaats in {"citaat", "citaat-gevouwen", "team", "sleutel"} and "\\" in waarde
            yaml.safe_load(f'"{waarde}"')
        else:
            assert "\\" not in waarde
    assert {e for _, _, _, e, _, _ in labels} > {"geen", "zero-width", "cyrillisch", "volle-breedte", "html-entiteit"}


def test_grootte_zoals_beloofd_met_de_meeste_namen_en_adressen() -> None:
    per_soort = Counter(s for d in DELEN for *_, s, _ in _labels(d))
    assert sum(per_soort.values()) >= 1200 and min(per_soort.values()) >= 60
    assert {s for s, _ in per_soort.most_common(2)} == {"naam", "adres"}
    assert sum(len(_regels(d, "schoon.txt")) for d in DELEN) >= 2400
    for deel in DELEN:  # two halves of about the same size
        assert 0.45 < len(_labels(deel)) / sum(per_soort.values()) < 0.55


@pytest.mark.parametrize("deel", DELEN)
def test_kenmerken_wijzen_naar_elke_waarde_en_schone_regel(deel: str) -> None:
    labels = {(i, n): s for i, n, _, _, s, _ in _labels(deel)}
    schoon = {i for i, _ in _regels(deel, "schoon.txt")}
    gezien = set()
    for _, regel in _regels(deel, "kenmerken.txt"):
        plek, paren = regel.split("\t")
        kenmerk = dict(p.split("=", 1) for p in paren.split())
        if plek.startswith("waarden:"):
            _, i, n = plek.split(":")
            soort = labels[(int(i), int(n))]
            assert {"herkomst", "schrijfwijze"} <= set(kenmerk) if soort == "naam" else "vorm" in kenmerk
        else:
            assert int(plek.split(":")[1]) in schoon and "categorie" in kenmerk
        gezien.add(plek)
    assert gezien == {f"waarden:{i}:{n}" for i, n in labels} | {f"schoon:{i}" for i in schoon}


def test_de_delen_delen_geen_naam_school_of_zin() -> None:
    def namen(deel: str) -> set[str]:
        return {w for *_, e, s, waarde in _labels(deel) if s == "naam" and e == "geen"
                for w in re.findall(r"\w{3,}", waarde.casefold())} - PARTIKELS

    def scholen(deel: str) -> set[str]:
        return {waarde.casefold().removeprefix("het ") for *_, e, s, waarde in _labels(deel) if s == "school" and e == "geen"}

    def zinnen(deel: str) -> set[tuple[str, str]]:  # the sentence around the values
        return {(r.split("\t")[0], _LABEL.sub(lambda m: "{" + m.group("soort") + "}", r.split("\t")[2]))
                for _, r in _regels(deel, "waarden.txt") if "school:" not in r}

    assert namen("vierde-a") and namen("vierde-b")
    assert namen("vierde-a").isdisjoint(namen("vierde-b"))
    assert scholen("vierde-a").isdisjoint(scholen("vierde-b"))
    assert zinnen("vierde-a").isdisjoint(zinnen("vierde-b"))
    teksten = [{r.split("\t")[1] for _, r in _regels(d, "schoon.txt")} for d in DELEN]
    assert teksten[0].isdisjoint(teksten[1])


@pytest.mark.parametrize("deel", DELEN)
def test_een_waarde_is_echt_van_haar_soort(deel: str) -> None:
    """A BSN passes the elfproef, an IBAN its check digits, a phone number is a number that can exist, and a birth
    date stands in a birth context."""
    tekst = {i: r for i, r in _regels(deel, "waarden.txt")}
    for i, _, _, evasie, soort, waarde in _labels(deel):
        if soort == "geboortedatum":
            assert re.search(r"(?i)geb|°|\*", tekst[i]), tekst[i]
        if evasie != "geen":
            continue
        if soort == "bsn":
            assert bsn.is_valid(re.sub(r"\D", "", waarde).zfill(9)), waarde
        elif soort == "iban":
            assert iban.is_valid(re.sub(r"[\s-]", "", waarde).upper()), waarde
        elif soort == "telefoonnummer":
            nummer = waarde.replace("(0)", "")
            assert any(phonenumbers.is_valid_number(phonenumbers.parse(nummer, land)) for land in ("NL", "BE", "DE")), waarde


def test_het_script_maakt_precies_de_bestanden_die_in_de_repo_staan(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "maak_vierde_privacycorpus.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    namen = ("waarden.txt", "schoon.txt", "kenmerken.txt")
    gemaakt = {(d, n): (tmp_path / d / n).read_text(encoding="utf-8") for d in DELEN for n in namen}
    assert gemaakt == {sleutel: (CORPUS / sleutel[0] / sleutel[1]).read_text(encoding="utf-8") for sleutel in gemaakt}
