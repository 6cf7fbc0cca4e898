"""Write the probe set `tests/data/privacy/precisie-zinnen/` (issue 20, precision of names in sentences): clean
lines in which a capitalised common word, a place, an organisation, a team, a method, a building, an event, a
month or season, an abbreviation or a file name looks like a person's name, and lines WITH a real person in the
same frames, so that a rule's loss of recall shows. Written by hand before the rules changed; run
``.venv/bin/python scripts/maak_precisie_zinnen.py`` to write the files again."""

from __future__ import annotations

from pathlib import Path

MAP = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy" / "precisie-zinnen"
PLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar", "sleutel")

# capitalised common words (many of them also first names) opening a sentence, as its subject
WOORDEN = ["Lente", "Zomer", "Herfst", "Roos", "Iris", "Hoop", "Storm", "Vrede", "Geluk", "Fleur", "Merel",
           "Linde", "Jade", "Amber", "Dauw", "Zon", "Vink", "Kracht", "Trouw", "Rust", "Ster", "Hazel", "Vreugde",
           "Liefde", "Sneeuw"]
WOORD_ZINNEN = ["{w} brengt elk jaar extra werk voor het team.", "{w} staat centraal in het nieuwe jaarplan.",
                "{w} is het thema van de ouderavond.", "{w} maakt de wachtlijst niet korter."]
# a place, square or building with an article opening a sentence
PLEKKEN = ["De Brink", "De Werf", "De Kaai", "De Linie", "De Stoep", "De Esch", "De Dam", "Het Plein", "De Wetering",
           "De Singel", "De Kolk", "De Wal", "Het Veld", "De Beemd", "De Horst", "De Kamp"]
PLEK_ZINNEN = ["{p} is op marktdag erg druk.", "{p} wordt volgend jaar opnieuw ingericht.",
               "{p} ligt vlak naast het wijkcentrum."]
# teams named after scientists and artists
TEAMS = ["Team Curie", "Team Newton", "Team Pasteur", "Team Huygens", "Team Lorentz", "Team Einstein",
         "Team Galilei", "Team Kepler", "Team Escher", "Team Mondriaan", "Team Vermeer", "Team Tesla"]
TEAM_ZINNEN = ["{t} neemt de nieuwe aanmeldingen op.", "De casus ligt bij {t}.", "{t}"]
# organisations named as one word no list knows
ORGANISATIES = ["Kwintes", "Lucertis", "Pluryn", "Levvel", "Entrea", "Kompaan", "Ambiq", "Cardea", "Timon",
                "Jeugdformaat", "Lindenhout", "Triversum", "Enver", "Altra", "Spirit", "Karakter"]
ORGANISATIE_ZINNEN = ["Het gezin is aangemeld bij {o}.", "{o} heeft de behandeling overgenomen.",
                      "De wachtlijst bij {o} is lang."]
# buildings and locations with a name
GEBOUWEN = ["De Regenboog", "Het Anker", "De Kameleon", "De Zonnebloem", "Het Baken", "De Vlinder", "De Wissel",
            "De Schakel"]
GEBOUW_ZINNEN = ["Het spreekuur is in {g}.", "{g} krijgt een nieuw dak."]
# events, months and seasons
FEESTEN = ["Pasen", "Pinksteren", "Koningsdag", "Sinterklaas", "Kerstmis", "Carnaval", "Ramadan", "Suikerfeest",
           "Maart", "Juni", "September", "Oktober"]
FEEST_ZINNEN = ["{f} zorgt voor een rustige periode.", "{f} valt dit jaar in de schoolvakantie."]
# methods and the ideas of their makers
METHODEN = ["het werk van Winnicott", "de ideeën van Rogers", "de inzichten van Minuchin", "het denken van Freud",
            "de visie van Montessori", "de theorie van Erikson", "het model van Bronfenbrenner",
            "de aanpak van Satir"]
METHODE_ZINNEN = ["Het team baseert de aanpak op {m}.", "In de intervisie stond {m} centraal."]
# abbreviations and file names
LOSSE = [("bestandsnaam", "Verslag Lente 2024"), ("bestandsnaam", "Notulen Mei"), ("bestandsnaam", "Planning Herfst"),
         ("bestandsnaam", "Steekproef Gouda"), ("bestandsnaam", "Steekproef Zwolle 2023"),
         ("bestandsnaam", "Dossieronderzoek Delft"), ("bestandsnaam", "Roos"), ("bestandsnaam", "Hoop"),
         ("bestandsnaam", "Jaarplan Zomer"), ("bestandsnaam", "Team Curie"), ("bestandsnaam", "Bijlage Storm"),
         ("bestandsnaam", "Kwintes"), ("bestandsnaam", "Overzicht Maart"), ("bestandsnaam", "Verslag Vrede"),
         ("toelichting", "Wmo en Jeugdwet lopen hier door elkaar."), ("citaat", "CJG en GGD werken samen."),
         ("toelichting", "Bopz is vervangen door de Wvggz."), ("team", "Lente"), ("team", "Storm"),
         ("team", "Wijkteam Storm"), ("team", "De Horst"), ("team", "Team Escher")]


def _schoon() -> list[tuple[str, str]]:
    plaats = iter(PLAATSEN * 200)
    regels = []
    for woorden, zinnen, sleutel in ((WOORDEN, WOORD_ZINNEN, "w"), (PLEKKEN, PLEK_ZINNEN, "p"), (TEAMS, TEAM_ZINNEN, "t"),
                                     (ORGANISATIES, ORGANISATIE_ZINNEN, "o"), (GEBOUWEN, GEBOUW_ZINNEN, "g"),
                                     (FEESTEN, FEEST_ZINNEN, "f"), (METHODEN, METHODE_ZINNEN, "m")):
        for woord in woorden:
            for zin in zinnen:
                regels.append((next(plaats), zin.format(**{sleutel: woord})))
    return regels + LOSSE


# real persons in the same frames: a first name that is a word, with a cue of a person; names in teams and files
PERSONEN = [
    "{naam:Roos} belde gisteren met de mentor van school.", "{naam:Iris} vertelde dat ze niet naar huis wil.",
    "{naam:Merel} (9) gaat sinds kort naar een andere school.", "{naam:Fleur} zegt dat haar moeder vaak huilt.",
    "{naam:Jade} woont sinds maart bij haar oma.", "{naam:Linde} is 7 jaar en zit in groep 4.",
    "{naam:Amber de Wit} is de moeder van de kinderen.", "{naam:Hazel Mensah} belde over de huur.",
    "{naam:Storm} (12) wil niet meer naar de voetbalclub.", "Moeder {naam:Lente} heeft het plan ondertekend.",
    "Het gesprek met {naam:Iris Bakker} was goed.", "{naam:Roos van Dijk} heeft de zorg voor drie kinderen.",
    "Dochter {naam:Hoop} gaat naar de opvang.", "{naam:Ster} en haar broer slapen bij de buren.",
    "{naam:Vink} vertelde dat hij geen werk meer heeft.", "{naam:Fatima Bouzid} is de moeder van Jade.",
    "{naam:Merel Jansen} staat centraal in het gezinsplan.", "Volgens {naam:Amber} is het thuis onrustig.",
    "De casus van {naam:Jade Visser} ligt bij Team Curie.", "Team Newton sprak met {naam:Mohammed El Idrissi}.",
    "{naam:Tesfay Gebremedhin} is aangemeld bij Kwintes.", "{naam:Yusuf Öztürk} woont naast De Brink.",
    "{naam:Kees Brink} woont aan de rand van de wijk.", "{naam:Anna Werf} belde de wijkagent.",
    "{naam:Sanne de Horst} is op marktdag erg druk met haar kraam.", "{naam:Pieter Dam} ligt in het ziekenhuis.",
    "Meneer {naam:De Kamp} heeft de brief ontvangen.", "Dr. {naam:Jansen} belde over de uitslag.",
    "De huisarts, dr. {naam:Okafor}, verwees naar de GGZ.", "Mevrouw {naam:Storm} is de buurvrouw.",
    "{naam:Lisa Curie} zit in groep 6.", "De ideeën van {naam:Fatima} over de opvoeding zijn duidelijk.",
    "Het werk van {naam:Ahmed Yilmaz} is in gevaar.", "De visie van vader {naam:Jan Rogers} is anders.",
    "{naam:Sophie} zorgt voor haar zieke moeder.", "{naam:Noor} valt vaak uit tijdens de les.",
    "{naam:Daan} maakt zich zorgen over zijn vader.", "{naam:Liam} brengt zijn zusje naar school.",
    "{naam:Zoë} staat op de wachtlijst bij Lucertis.", "{naam:Mila} (4) gaat naar de peuterspeelzaal.",
    "Pleegmoeder {naam:Ingrid Zomer} vangt de kinderen op.", "{naam:Hanna Winter} is de voogd.",
    "{naam:Bram Vrede} heeft een brief gestuurd.", "{naam:Mei Ling Chen} is de tolk van het gezin.",
    "{naam:Ramadan Berisha} is de vader van de jongen.", "{naam:Juni} is pas twee maanden oud.",
    "Gesprek met {naam:Pasen Tahiri} gepland.", "{naam:Iris Geluk} werkt als gastouder.",
    "Het kind, {naam:Fleur}, is bang in het donker.", "Oma {naam:Roos} haalt de kinderen op.",
    "{naam:Merel} gaf aan dat ze gepest wordt.", "{naam:Linde} heeft volgens de juf veel vriendinnen.",
    "{naam:Amber} huilde tijdens het gesprek.", "{naam:Dauw} is het jongste kind van het gezin.",
    "Broer {naam:Kracht} is uit huis geplaatst.", "{naam:Jasmijn Pluim} belde de jeugdarts.",
    "{naam:Ravi Ramdin} woont in De Wetering.", "{naam:Karim} en zijn moeder zijn verhuisd.",
    "{naam:Hoop Mensah} zegt dat het beter gaat.", "{naam:Vreugde Obi} is de moeder van de tweeling.",
    "{naam:Liefde Bakari} vertelt over haar vlucht.", "{naam:Trouw} (15) spijbelt steeds vaker.",
]
NAAMBESTANDEN = ["{naam:Roos Bakker}", "{naam:Iris_de_Vries}", "{naam:Merel Jansen} 2024", "{naam:Storm}",
                 "Verslag {naam:Amber de Wit}", "Team Curie {naam:Fatima Bouzid}"]


def _waarden() -> list[tuple[str, str, str]]:
    plaats = iter(PLAATSEN * 50)
    return [(next(plaats), "geen", z) for z in PERSONEN] + [("bestandsnaam", "geen", z) for z in NAAMBESTANDEN]


def main() -> None:
    from maak_precisie_namen import schrijf  # the script's folder is on the path when it runs

    schrijf(MAP, "# precisie-zinnen: written by hand by scripts/maak_precisie_zinnen.py (issue 20, precision of names)\n",
            _schoon(), _waarden())


if __name__ == "__main__":
    main()
