"""Reasons an inspector signs (item 2) and output readable at 80 columns and in a pipe (item 8) of issue 23."""

from __future__ import annotations

from rich.console import Console

from conftest import DATA, KADER
from wijkteamtoets.beoordelen.afleiden import beoordeel_gemeente, beoordeel_indicator
from wijkteamtoets.beoordelen.toetsen import toets_bestanden
from wijkteamtoets.cli.terminal import beoordeling_weergave, overzicht_tabel
from wijkteamtoets.controles.laden import Kaderregister, laad_kader
from wijkteamtoets.invoer.bestanden import verzamel_bestanden
from wijkteamtoets.invoer.kader import Antwoord, Niveau, Oordeel

REGISTER = Kaderregister([laad_kader(KADER)])
K = REGISTER.zoek_sleutel(("toezicht-wijkteams-2017", "1.0"))


def _tekst(renderable: object, breedte: int = 80) -> str:
    console = Console(width=breedte, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_overzicht_op_80_kolommen_laat_gemeente_en_beoordelaar_heel() -> None:
    uitslag = toets_bestanden(verzamel_bestanden([DATA.parent.parent / "voorbeelden"]), REGISTER, parallel=False)
    tekst = _tekst(overzicht_tabel(uitslag.beoordelingen, breedte=80))
    assert max(len(regel) for regel in tekst.splitlines()) <= 80
    assert "Bergen op Zoom" in tekst and "Goeree-" in tekst and "IJZ2" in tekst
    assert "✔ = voldoet, ◐ = voldoet deels" in " ".join(tekst.split())
    breed = _tekst(overzicht_tabel(uitslag.beoordelingen, breedte=160), 160)
    assert "✔ voldoet" in breed


def test_een_dossier_is_een_lijst_die_omloopt() -> None:
    [beoordeling] = toets_bestanden([DATA / "dossiers" / "goed" / "voorbeeld-2-1-afgesloten-zonder-hulp.yaml"],
                                    REGISTER, parallel=False).beoordelingen
    tekst = _tekst(beoordeling_weergave(beoordeling))
    regels = tekst.splitlines()
    assert max(len(regel.rstrip()) for regel in regels) <= 80
    assert "2.2.6 afsluiten: ✘ voldoet niet" in regels
    assert "│" not in tekst  # no squeezed table
    # item 2: the reason carries the toelichting and the bron (document and page) of the answer
    i = regels.index("2.2.6 afsluiten: ✘ voldoet niet")
    blok = " ".join(" ".join(regels[i:i + 12]).split())
    assert "toelichting: Afgesloten op verzoek van de ouder" in blok
    assert "bron: Afsluitformulier p. 1" in blok


def test_gemeenteniveau_zegt_niet_uit_het_dossier() -> None:
    indicator = K.indicator("informatie-over-kwaliteit")
    assert indicator is not None
    _, _, redenen, _ = beoordeel_indicator(K, indicator, {"resultaten-in-beeld": Antwoord.ONBEKEND,
                                                          "knelpunten-in-beeld": Antwoord.JA}, Niveau.GEMEENTE)
    teksten = [r.tekst for r in redenen]
    assert ("uit de interviews en documenten niet op te maken: Brengt het wijkteam systematisch de resultaten van "
            "de zorg en ondersteuning in beeld? (onbekend)") in teksten
    assert not any("uit het dossier" in t for t in teksten)


def test_onbekende_toepasbaarheid_zegt_wat_het_oordeel_zou_zijn() -> None:
    """Both eisen 'nee' while it is unknown whether the indicator applies: the reason says what it would be."""
    indicator = K.indicator("opschalen")
    assert indicator is not None
    oordeel, _, redenen, _ = beoordeel_indicator(K, indicator, {
        "vrijwillige-hulp-ontoereikend": Antwoord.ONBEKEND, "opgeschaald": Antwoord.NEE,
        "dossier-onderbouwt-opschaling": Antwoord.NEE}, Niveau.DOSSIER)
    assert oordeel is Oordeel.NIET_TE_BEOORDELEN
    mits = [r.tekst for r in redenen if r.soort == "als-van-toepassing"]
    assert len(mits) == 1 and mits[0].startswith("als de indicator van toepassing is: voldoet niet (kerneis niet "
                                                 "voldaan: Is vanuit het wijkteam opgeschaald")


def test_bronnen_in_een_gemeentereden() -> None:
    gemeente = next(iter(toets_bestanden([DATA / "dossiers" / "goed" / "gemeente.yaml"], REGISTER,
                                         parallel=False).gemeentebestanden.values()))
    redenen = {r.vraag: r for o in beoordeel_gemeente(K, gemeente).oordelen for r in o.redenen if r.vraag}
    assert redenen["regie-eenduidig-geinterviewden"].bronnen == (
        "interview met teamleider wijkteam", "interview met generalisten wijkteam (groepsgesprek)")
    assert redenen["resultaten-in-beeld"].bronnen == ("Kwartaalrapportage wijkteams Q2 2016 p. 4",)


def test_consensus_noemt_de_afgesproken_reden_per_gewijzigd_antwoord() -> None:
    consensus = DATA / "consensus"
    uitslag = toets_bestanden([*sorted((consensus / "beoordelingen").glob("*.yaml")),
                               consensus / "akkoord" / "TST-2016-001.consensus.yaml"], REGISTER, parallel=False)
    [samen] = [b for b in uitslag.beoordelingen if b.consensus]
    zelfredzaamheid = next(o for o in samen.oordelen if o.indicator == "zelfredzaamheid")
    assert [r.tekst for r in zelfredzaamheid.redenen if r.soort == "consensus"] == [
        "in de consensus gewijzigd: 'zelfredzaamheid-ingeschat' van ja naar deels; reden: Samen nagelezen: de "
        "inschatting is summier (zoals INS2)."]


def test_consensus_noemt_een_vervallen_afwijking_met_reden() -> None:
    from wijkteamtoets.beoordelen.afleiden import beoordeel_dossier
    from wijkteamtoets.beoordelen.dubbel import met_consensusredenen
    from wijkteamtoets.controles.laden import laad_bevindingen
    from wijkteamtoets.invoer.consensus import Consensus
    from wijkteamtoets.invoer.dossier import Afwijking

    geladen, _ = laad_bevindingen(DATA / "consensus" / "beoordelingen" / "TST-2016-001.yaml", REGISTER)
    assert geladen is not None and geladen.dossier is not None
    bevinding = geladen.dossier.indicatoren["passende-zorg"]
    met_afwijking = geladen.dossier.model_copy(update={"indicatoren": {
        **geladen.dossier.indicatoren, "passende-zorg": bevinding.model_copy(update={"afwijking": Afwijking(
            oordeel=Oordeel.VOLDOET_NIET, motivatie="streng gelezen")})}})
    consensus = Consensus.model_validate({
        "dossier": "TST-2016-001", "gemeente": "Houten", "kader": {"id": K.id, "versie": K.versie},
        "beoordelaars": ["INS1", "INS2"], "datum": "2016-11-20", "basis": "INS1",
        "afwijkingen": [{"indicator": "passende-zorg", "afwijking": None, "reden": "de eisen zeggen genoeg"}]})
    samen = met_consensusredenen(beoordeel_dossier(K, geladen.dossier), consensus, met_afwijking, K)
    passend = next(o for o in samen.oordelen if o.indicator == "passende-zorg")
    assert [r.tekst for r in passend.redenen if r.soort == "consensus"] == [
        "de afwijking van de basisbeoordeling ('voldoet niet') vervalt in de consensus; reden: de eisen zeggen genoeg"]
