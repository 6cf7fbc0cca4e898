"""The shipped kader keeps every text of Bijlage 1 verbatim, apart from the typo fixes it lists."""

from __future__ import annotations

import re

from conftest import DATA, KADER
from wijkteamtoets.controles.laden import laad_kader


def _normaliseer(tekst: str) -> str:
    return " ".join(tekst.split())


def _bijlage_rijen() -> list[tuple[str, str, str]]:
    """(criterium, indicator, operationalisering) rows from the table in Bijlage 1."""
    rijen = []
    criterium = ""
    for regel in (DATA / "bijlage1.txt").read_text(encoding="utf-8").splitlines():
        regel = re.sub(r"</?b>", "", regel)
        if "<i>" not in regel:
            continue
        kolommen = regel.split("\t")
        criterium = kolommen[0].strip() or criterium
        indicator = re.sub(r"</?i>", "", kolommen[1])
        rijen.append((_normaliseer(criterium), _normaliseer(indicator), _normaliseer(kolommen[2])))
    return rijen


def test_bijlage_heeft_zestien_indicatoren_in_zes_criteria() -> None:
    rijen = _bijlage_rijen()
    assert len(rijen) == 16
    assert len({criterium for criterium, _, _ in rijen}) == 6


def test_teksten_zijn_letterlijk_uit_bijlage_1_op_de_gemelde_correcties_na() -> None:
    kader = laad_kader(KADER)
    correcties: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for correctie in (c for c in kader.correcties if c.soort.value == "tikfout"):  # a lezing changes no text
        correcties.setdefault((correctie.element, correctie.veld), []).append(
            (correctie.origineel, correctie.gecorrigeerd))

    def gecorrigeerd(element: str, veld: str, bron: str) -> str:
        for origineel, nieuw in correcties.pop((element, veld), []):
            assert origineel in bron, f"correctie '{origineel}' komt niet voor in de bron van {element}.{veld}"
            bron = bron.replace(origineel, nieuw)
        return bron

    indicatoren = list(kader.indicatoren())
    assert len(indicatoren) == len(_bijlage_rijen())
    for (_, criterium, indicator), (bron_criterium, bron_tekst, bron_op) in zip(indicatoren, _bijlage_rijen(), strict=False):
        assert _normaliseer(criterium.tekst) == gecorrigeerd(criterium.id, "tekst", bron_criterium)
        assert _normaliseer(indicator.tekst) == gecorrigeerd(indicator.id, "tekst", bron_tekst)
        assert _normaliseer(indicator.operationalisering) == gecorrigeerd(
            indicator.id, "operationalisering", bron_op)
        correcties.pop((criterium.id, "tekst"), None)
    assert not correcties, f"correcties die nergens gebruikt zijn: {correcties}"


def test_de_gemelde_correcties_zijn_precies_deze_tikfouten() -> None:
    """A reviewer sees here, in one place, every deliberate deviation from the source text."""
    kader = laad_kader(KADER)
    assert [(c.element, c.veld, c.origineel, c.gecorrigeerd) for c in kader.correcties
            if c.soort.value == "tikfout"] == [
        ("veiligheid-ingeschat", "tekst", "veiligheids-risico's", "veiligheidsrisico's"),
        ("veiligheid-ingeschat", "operationalisering", "veiligheids-risico's", "veiligheidsrisico's"),
        ("veiligheid-ingeschat", "operationalisering", "Indien er veilig veiligheidsrisico's",
         "Indien er wel veiligheidsrisico's"),
        ("plan-met-gezin", "operationalisering", "familie-groepsplan", "familiegroepsplan"),
        ("afsluiten", "tekst", "vervolgnattraject", "vervolgtraject"),
    ]
