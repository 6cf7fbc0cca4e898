"""Makers of methods, theories and tests (`makers.txt`) and authors cited as literature are no persons; a client,
family member or professional with the same surname stays one. The sentences are written fresh, not taken from a
corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_naam, scan_tekst
from wijkteamtoets.invoer.privacy import lijsten, zoek


def _namen(zin: str) -> list[str]:
    tekst = _yaml("citaat", zin)
    return [tekst[v.begin:v.eind] for v in scan_tekst(tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize("zin", [
    # a maker of a name of its own, without a theory word
    "Volgens Kübler-Ross is ontkenning een normale eerste reactie.",
    "Volgens Ainsworth zoekt het kind troost bij de ouder.",
    "Zoals Bronfenbrenner al zei, telt de hele omgeving van het kind mee.",
    "Winnicott zou dit een goed-genoeg ouder noemen.",
    "Het team las Watzlawick en Satir tijdens de studiedag.",
    "Volgens J. Bowlby is nabijheid een basisbehoefte.",
    # a common surname with a sign of literature
    "De regisseur gebruikt de dramatherapeutische benadering van Minuchin en de schematherapie van Young.",
    "De jeugdverpleegkundige nam de SDQ (Goodman) af bij de ouders.",
    "De cognitieve gedragstherapie van Beck werkt bij somberheid.",
    "Het gesprek volgde Miller's motiverende gespreksvoering.",
    "De coach werkt volgens de methode-Gordon met de ouders.",
    "Miller en Rollnick beschrijven verandertaal als een teken van motivatie.",
    # a full name with a first name of no list, a literature verb with a theory word, a theory word after the maker
    "Het werk van Insoo Kim Berg inspireert het team.",
    "Young beschrijft in zijn schemamodel achttien vroege schema's.",
    "Volgens Rogers is empathie de kern van de cliëntgerichte therapie.",
    "De ouders volgen de Gordon training bij het CJG.",
    "Zoals Gordon beschrijft, kent het model van actief luisteren drie stappen.",
    "Volgens Worden is rouwverwerking een reeks taken die een rouwende doorloopt.",
    # academic citations
    "Ouders leren het meest van oefenen (Patterson & Forgatch, 2005).",
    "Dat bleek ook uit de evaluatie van Sanders et al. (2014).",
    "Veerkracht is gewone magie, aldus Masten (2001, p. 227).",
    "Uit onderzoek blijkt dat schoolverzuim samenhangt met armoede (Hoogeveen, 2016).",
    "Dit past bij eerdere studies (Dekker, 2011; Verhoeven, 2015).",
])
def test_een_maker_van_een_methode_of_een_geciteerde_auteur_is_geen_persoon(zin: str) -> None:
    assert _namen(zin) == []


@pytest.mark.parametrize(("zin", "naam"), [
    ("De buurman, de heer Miller, belt vaak over lawaai.", "Miller"),
    ("Mevrouw Young heeft de afspraak afgezegd.", "Young"),
    ("Gordon Berg, de stiefvader, wil meer contact.", "Gordon Berg"),
    ("Vader Rogers (45) werkt in ploegendienst.", "Rogers"),
    ("Kevin Beck is de oudste zoon van het gezin.", "Kevin Beck"),
    ("Oom Maslow brengt de kinderen naar school.", "Maslow"),
    ("Volgens Young gaat het thuis beter met de kinderen.", "Young"),
    ("Milan (2012) zit in groep 6 en leest graag.", "Milan"),
    ("Thomas Gordon belde over zijn zoon.", "Thomas Gordon"),
    ("Volgens Miller is het plan van aanpak niet haalbaar.", "Miller"),
    ("Mevrouw Young beschrijft de therapie als zwaar.", "Young"),
    ("Volgens Miller is de therapie gestopt.", "Miller"),  # a client's therapy: no theory
    ("Volgens Young heeft moeder het model van de school niet begrepen.", "Young"),  # a role in the sentence
    ("Volgens Young is de therapie van haar zoon te zwaar.", "Young"),
    ("De jongste (Milan, 2012) slaapt slecht.", "Milan"),
    ("Lotte Ainsworth woont sinds kort bij haar vader.", "Lotte Ainsworth"),
])
def test_een_persoon_met_de_achternaam_van_een_maker_blijft_een_naam(zin: str, naam: str) -> None:
    gevonden = " ".join(_namen(zin))
    assert all(deel in gevonden for deel in naam.split()), (zin, gevonden)


def test_een_voornaam_van_geen_lijst_voor_de_achternaam_van_een_maker_blijft_een_naam() -> None:
    # "Doran" (SMART) with "concept" after it would be the maker; a name-like word before it makes it a person
    assert scan_naam("ALP-2019-034_YURELIS_DORAN_concept.yaml") == ["naam"]


@pytest.fixture
def eigen_kadermap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [tmp_path])
    return tmp_path


def test_gebruiker_vult_de_lijst_van_makers_aan_naast_de_kaders(eigen_kadermap: Path) -> None:
    tekst = "Volgens Tesfaye is veerkracht te leren."
    assert zoek(tekst, volledig=True)
    (eigen_kadermap / "makers.txt").write_text("# eigen vakgebied\nTesfaye\n", encoding="utf-8")
    assert zoek(tekst, volledig=True) == []
    # a maker is no organisation: with a role, the same surname is a person
    assert zoek("Gesprek met mevrouw Tesfaye over de schulden.", volledig=True)


def test_gebruiker_vult_de_lijst_van_makers_aan_via_een_omgevingsvariabele(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eigen = tmp_path / "mijn-makers.txt"
    eigen.write_text("Tesfaye\n", encoding="utf-8")
    tekst = "Volgens Tesfaye is veerkracht te leren."
    assert zoek(tekst, volledig=True)
    monkeypatch.setenv("WIJKTEAMTOETS_MAKERS", str(eigen))
    assert zoek(tekst, volledig=True) == []


def test_een_maker_met_vraagteken_is_alleen_met_een_teken_van_literatuur_een_maker(eigen_kadermap: Path) -> None:
    (eigen_kadermap / "makers.txt").write_text("Tesfaye ?  # ook een gewone achternaam\n", encoding="utf-8")
    assert zoek("Volgens Tesfaye is veerkracht te leren.", volledig=True)
    assert zoek("De cognitieve therapie van Tesfaye werkt goed bij somberheid.", volledig=True) == []


def test_de_lijsten_naast_de_kaders_van_een_commando_tellen_mee(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--kaders MAP` (or a kader file in it) makes the lists beside those kaders count, not only ``./kaders``."""
    from wijkteamtoets.controles.laden import laad_register

    monkeypatch.setattr(lijsten, "_KADERMAPPEN", [Path("kaders")])
    monkeypatch.chdir(tmp_path)
    mijn = tmp_path / "elders" / "mijn-kaders"
    mijn.mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "kaders" / "toezicht-wijkteams-2017.yaml", mijn)
    (mijn / "makers.txt").write_text("Tesfaye\n", encoding="utf-8")
    tekst = "Volgens Tesfaye is veerkracht te leren."
    assert zoek(tekst, volledig=True)
    laad_register([mijn / "toezicht-wijkteams-2017.yaml"])
    assert zoek(tekst, volledig=True) == []
