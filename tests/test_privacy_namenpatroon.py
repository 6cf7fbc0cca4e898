"""The name patterns (gemeenten, residences, organisations) compiled per text find exactly what the whole
pattern over every name finds: same spans, same groups, in any case or writing of the names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkteamtoets.invoer.privacy import lijsten, organisaties, verwijzingen
from wijkteamtoets.invoer.privacy.alternatieven import Namenpatroon

PATRONEN = {
    "organisaties": lijsten.geen_personen,
    "gemeenten van meer woorden": organisaties.gemeentevorm,
    "plaatsen met een voornaam": organisaties.plaatsvorm,
    "gemeente en wijk": verwijzingen._gemeente_eerst,
    "organisatie en gemeente": verwijzingen._gemeente_achteraan,
}

TEKSTEN = [
    "Overleg met GGD Hollands-Midden en Veilig Thuis Hollands Midden over de nazorg.",
    "Gesprek in Capelle aan den IJssel, daarna naar capelle_aan_den_ijssel en Alphen-Chaam.",
    "CAPELLE AAN DEN IJSSEL en Bergen op Zoom; bergen-op-zoom.",
    "Woont in Anna Paulowna, verhuisd naar Hendrik-Ido-Ambacht en Den Bosch.",
    "Zwolle Lakerlopen, Gouda Noord en Gouda_Bloemendaal; Heliomare Gouda en Revalidatie Westland.",
    "Revalidatie Capelle aan den IJssel, Fatima Bouzid Gouda, Bouzid Gouda.",
    "Uſt en Kelvin: Bergen op Zoom met een lange s: Bergen op Zoom, Berġen; İstanbul en Dİemen.",
    "Aſſen Noord, Den Boſch, Capelle aan den IJſſel, Hendrık-Ido-Ambacht, HENDRİK-IDO-AMBACHT, Kampen Zuid.",
    "Gouda-Noord Goudaweg Ede_Zuid Ede Wageningen Zuid-Holland Noord",
    "",
    "geen naam hier, alleen gewone woorden en cijfers 1234",
]


def _uitkomst(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("naam", PATRONEN)
def test_elk_naampatroon_vindt_per_tekst_wat_het_hele_patroon_vindt(naam: str) -> None:
    patroon = PATRONEN[naam]()
    assert isinstance(patroon, Namenpatroon)
    heel = patroon.volledig()
    for tekst in TEKSTEN:
        assert _uitkomst(patroon.finditer(tekst)) == _uitkomst(heel.finditer(tekst)), tekst
        assert (patroon.search(tekst) is None) == (heel.search(tekst) is None)


def _namen() -> list[str]:
    from wijkteamtoets.invoer.gemeenten import nederlandse_gemeenten

    return sorted({*nederlandse_gemeenten().values(), *lijsten.lijst("locations/lst_placename/lst_residence")})[:400]


_SCHRIJFWIJZEN = [str, str.upper, str.lower, lambda s: s.replace(" ", "_"), lambda s: s.replace(" ", "-"),
                  lambda s: s.replace("s", "ſ"), lambda s: s.replace("i", "ı"), lambda s: s.replace("I", "İ"),
                  lambda s: s.replace("k", "\u212a")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_namen()), st.sampled_from(_SCHRIJFWIJZEN),
                          st.sampled_from(["", " Noord", " Zuid Fatima", "-Oost", "weg", "_Centrum"]),
                          st.sampled_from([" ", ", ", " en ", "-", "_", "\n", "x"])), max_size=4))
def test_namen_in_elke_schrijfwijze_geven_hetzelfde_als_het_hele_patroon(
        delen: list[tuple[str, object, str, str]]) -> None:
    tekst = "".join(schrijf(naam) + na + tussen for naam, schrijf, na, tussen in delen)  # type: ignore[operator]
    for maak in PATRONEN.values():
        patroon = maak()  # the whole pattern compiles once: `re` keeps it
        assert _uitkomst(patroon.finditer(tekst)) == _uitkomst(patroon.volledig().finditer(tekst)), tekst

