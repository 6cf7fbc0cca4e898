"""One numbering of indicatoren (thema.criterium.indicator), sorted naturally wherever numbers are sorted."""

from __future__ import annotations

import datetime as dt

from conftest import KADER
from wijkteamtoets.beoordelen.afleiden import Beoordeling, IndicatorOordeel, beoordeel_dossier
from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.invoer.dossier import Dossier
from wijkteamtoets.invoer.invulbestand import dossier_sjabloon
from wijkteamtoets.invoer.kader import Nummer, Oordeel, nummer_sleutel
from wijkteamtoets.rapportage.aggregeren import oordelentabel, verdelingen


def test_nummer_leest_en_schrijft_hetzelfde() -> None:
    nummer = Nummer(1, 2, 10)
    assert str(nummer) == "1.2.10"
    assert (nummer.van_criterium, nummer.van_thema) == ("1.2", "1")
    assert Nummer.uit_tekst("1.2.10") == nummer


def test_natuurlijke_volgorde() -> None:
    nummers = ["1.1.10", "1.1.2", "2.1.1", "1.10.1", "1.2.1", "1.1.1"]
    assert sorted(nummers, key=nummer_sleutel) == ["1.1.1", "1.1.2", "1.1.10", "1.2.1", "1.10.1", "2.1.1"]
    assert sorted(Nummer.uit_tekst(n) for n in nummers)[2] == Nummer(1, 1, 10)


def test_zelfde_nummer_in_kader_oordelen_en_invulbestand() -> None:
    kader = laad_kader(KADER)
    genummerd = [(str(n), i.id) for n, _, _, i in kader.genummerd()]
    assert len(genummerd) == 16 and genummerd[0][0] == "1.1.1"
    sjabloon = dossier_sjabloon(kader, "Gouda", "GOU-2016-001", datum=dt.date(2016, 1, 1))
    for nummer, indicator_id in genummerd:
        indicator = kader.indicator(indicator_id)
        assert indicator is not None
        if indicator.niveau.value != "gemeente":
            assert f"  # {nummer} {' '.join(indicator.tekst.split())}" in sjabloon
    dossier = Dossier.model_construct(dossier="GOU-2016-001", gemeente="Gouda", team="t", beoordelaar="INS1",
                                      datum=dt.date(2016, 1, 1), feiten={}, indicatoren={})
    oordelen = beoordeel_dossier(kader, dossier).oordelen
    assert [(o.nummer, o.indicator) for o in oordelen] == [(n, i) for n, i in genummerd
                                                             if kader.indicator(i).niveau.value != "gemeente"]


def _oordeel(nummer: str) -> IndicatorOordeel:
    return IndicatorOordeel(thema="t", criterium="c", indicator=f"indicator-{nummer}", nummer=nummer,
                            thema_titel="T", criterium_tekst="C", indicator_tekst="I", afgeleid=Oordeel.VOLDOET,
                            oordeel=Oordeel.VOLDOET, score=1.0, redenen=())


def test_tabel_en_verdeling_sorteren_1_1_2_voor_1_1_10() -> None:
    nummers = ["1.1.10", "1.1.2", "1.1.1", "1.2.1"]
    beoordeling = Beoordeling(naam="GOU-2016-001", gemeente="Gouda", pad="a.yaml", soort="dossier",
                              beoordelaar="INS1", oordelen=tuple(_oordeel(n) for n in nummers))
    tabel = oordelentabel([beoordeling])
    assert list(tabel["nummer"]) == ["1.1.1", "1.1.2", "1.1.10", "1.2.1"]
    assert list(verdelingen(tabel)["nummer"]) == ["1.1.1", "1.1.2", "1.1.10", "1.2.1"]
