"""Write the probe set `tests/data/privacy/precisie-namen/` (issue 20, precision of names): clean lines in which
an organisation, institution, place, neighbourhood, method or its maker looks like a person's name, and lines
WITH a real person in the same frames, so that a rule's loss of recall shows. Written by hand before the rules
changed; run ``.venv/bin/python scripts/maak_precisie_namen.py`` to write the files again."""

from __future__ import annotations

from pathlib import Path

MAP = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy" / "precisie-namen"
PLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar")

# a method or model and its maker, in the frames inspectors write them
METHODEN = [
    "de zes denkhoeden van De Bono", "de communicatieleer van Watzlawick", "de ontwikkelingsstadia van Piaget",
    "het ABC-model van Ellis", "de rationeel-emotieve therapie van Albert Ellis", "het gedachtegoed van Haim Omer",
    "Geweldloos verzet van Haim Omer", "de Nieuwe Autoriteit van Haim Omer", "de hechtingstheorie van John Bowlby",
    "de ecologische systeemtheorie van Bronfenbrenner", "het transtheoretisch model van Prochaska",
    "de verliescirkel van Kübler-Ross", "de contextuele benadering van Nagy", "de presentietheorie van Andries Baart",
    "het rouwmodel van Stroebe en Schut", "de gespreksmethode van Thomas Gordon", "de zeven gewoonten van Covey",
    "de emotionele intelligentie van Goleman", "de meervoudige intelligentie van Gardner",
    "de bouwstenen van Signs of Safety", "het werk van Insoo Kim Berg", "de ideeën van Steve de Shazer",
    "het boek van Marshall Rosenberg", "de inzichten van Brené Brown", "de leertheorie van Vygotski",
    "het stressmodel van Lazarus", "de mentaliseringstheorie van Fonagy", "de vijf talen van de liefde van Chapman",
    "de driehoek van Karpman", "de sociale leertheorie van Bandura",
]
METHODE_ZINNEN = [
    "Het team werkt met {m}.", "In de training kwam {m} aan bod.", "De regisseur verwees naar {m}.",
    "Het plan is gebaseerd op {m}.", "De gezinscoach gebruikte {m} in het gesprek.",
]
VOLGENS = [
    "oplossingsgericht werken volgens Insoo Kim Berg", "systeemgericht werken volgens Virginia Satir",
    "geweldloze communicatie volgens Marshall Rosenberg", "de aanpak volgens Haim Omer",
    "werken volgens het gedachtegoed van Steve de Shazer", "motiverende gespreksvoering volgens Miller en Rollnick",
    "oplossingsgericht coachen volgens Steve de Shazer", "traumasensitief werken volgens Bessel van der Kolk",
]
VOLGENS_ZINNEN = ["Het team werkt met {m}.", "Het plan is opgesteld met {m}.", "In het dossier wordt verwezen naar {m}."]
# institutions named after a person, without an organisation word, and organisations of one unknown word
INSTELLINGEN = [
    "Reinier van Arkel", "Pieter van Foreest", "Willem Arntsz", "Vincent van Gogh", "Ottho Gerhard Heldring",
    "Reinier de Graaf", "Jeroen Bosch", "Laurentius", "Antonius", "Franciscus", "Elver", "Vitree", "Youké",
    "Lentis", "Dimence", "Accare", "Lucertis", "Ipse de Bruggen", "Kwadraad", "Levvel", "Trajectum", "Amarant",
]
INSTELLING_ZINNEN = [
    "De zoon is behandeld in {i}.", "Moeder is opgenomen in {i}.", "Het kind staat op de wachtlijst bij {i}.",
    "Er is overleg geweest met {i} over de behandeling.", "De jongere is doorverwezen naar {i} voor diagnostiek.",
    "Na de opname in {i} volgt een evaluatie.", "De behandelaar van {i} was bij het overleg.",
]
# places, buildings and neighbourhoods written with "de" or "het"
PLEKKEN = [
    "de Goudse Poort", "de Haven", "de Amsterdamse Poort", "de Kruiskamp", "de Meent", "de Schilderswijk",
    "de Markt", "de Kempen", "het Lage Land", "de Reeshof", "de Hoven", "de Bijlmer", "de Kolenkit", "de Vaart",
    "de Stadsweide", "de Brink", "de Bloemenbuurt", "de Zuidas",
]
PLEK_ZINNEN = [
    "Het wijkteam zit vlak bij {p}.", "{P} is op zaterdag erg druk.", "De inloop is verhuisd naar {p}.",
    "{P} wordt opnieuw ingericht.", "Het gezin woont in {p}, een wijk met veel eenoudergezinnen.",
]
TEAMS = ["Buurtteam Kennedy", "Wijkteam Mandela", "Jeugdteam Roosevelt", "Buurtteam Schaepman", "Wijkteam Gandhi",
         "Sociaal team Thorbecke", "Buurtteam Kennedy en Elker", "Wijkteam Nobel", "Gebiedsteam Pasteur"]
BESTANDEN = ["Zwolle Lakerlopen", "Utrecht Overvecht 2019", "Tilburg Reeshof ronde 2", "Den Haag Moerwijk 2017",
             "Breda Hoge Vucht", "Arnhem Malburgen", "Nijmegen Dukenburg 2020", "verslag Buurtteam Kennedy 2016-11-01",
             "Enschede Velve-Lindenhof", "Almere Haven 2018", "Deventer Colmschate", "Leeuwarden Bilgaard",
             "Emmen Angelslo", "Helmond Brandevoort", "Apeldoorn Zevenhuizen", "Heerlen Meezenbroek"]
# first names that are also Dutch words, at the start of a sentence
WOORDEN = ["Lente brengt altijd meer meldingen over overlast.", "Iris is een deel van het oog, zei de jeugdarts.",
           "Hoop is er nog bij de ouders.", "Storm en regen hielden de kinderen binnen.",
           "Roos en tulp bloeien in de tuin van de inloop.", "Zomer is een drukke tijd voor het team.",
           "Amber is de kleur van het stoplicht waar de kinderen oversteken.",
           "Fleur en kleur gaf de buurtdag aan de wijk.", "Winter betekent meer schulden bij de gezinnen.",
           "Noor en Zuid zijn de twee gebieden van het team."]
# ordinary organisations with an organisation word, for balance
GEWOON = ["Het kind is aangemeld bij het Sophia Kinderziekenhuis.", "Overleg met de Raad voor de Kinderbescherming.",
          "Verwijzing naar het Trimbos-instituut loopt via de huisarts.", "Het gezin krijgt hulp van Stichting Timon.",
          "Er is contact met Veilig Thuis over de melding.", "De huisarts verwees naar GGZ Centraal.",
          "Het Willem-Alexander Kinderziekenhuis deed het onderzoek."]

# the same frames with a real person (value lines)
PERSONEN = [
    "Volgens {naam:Fatima Bouzid} werkt de aanpak niet.", "Het plan is besproken met {naam:Insaf El Amrani}.",
    "Er is overleg geweest met {naam:Jan Visser} over de behandeling.", "{naam:De Vries} heeft de school gebeld.",
    "Het gesprek met mevrouw {naam:de Haan} verliep goed.", "Het team werkt met {naam:Sanne Bakker} aan de doelen.",
    "De gezinscoach belde met {naam:Kees de Boer} over de schulden.", "{naam:Iris Jansen} is aangemeld bij het team.",
    "Het kind verblijft bij {naam:Ahmed Yilmaz} en zijn vrouw.", "De zoon is behandeld door {naam:dr. Pieter Smit}.",
    "De behandelaar {naam:Reinier Verbeek} was bij het overleg.", "Moeder is doorverwezen door {naam:Willem Arends}.",
    "Het kind staat bij {naam:Priya Ramdin} op de lijst.", "{naam:Marloes van Arkel} heeft de afspraken niet nagekomen.",
    "In de training vertelde {naam:Haim Cohen} over zijn zoon.", "Het verslag is van {naam:Vincent de Graaf}.",
    "Volgens {naam:Laurens Brink} is de situatie veilig.", "De buurvrouw, {naam:Roos Meijer}, maakte de melding.",
    "{naam:Tesfay Gebremedhin} woont bij de Goudse Poort.", "Vader {naam:Mehmet Kaya} zit vlak bij de Haven.",
    "Het gesprek met {naam:Elif Demir} over de verliescirkel van Kübler-Ross verliep goed.",
    "{naam:Lente de Wit} is de dochter van de melder.", "Oma {naam:Truus Kennedy} komt elke week.",
    "Moeder {naam:Nadia Haddou} werkt volgens haar eigen schema.", "Het gedrag van {naam:Kevin Mulder} is verbeterd.",
    "De leerkracht, {naam:Anouk de Graaf}, meldt verzuim.", "Mentor {naam:Rob Kennedy} belde de school.",
    "Contact met {naam:Yusuf Arslan} via zijn oom.", "Na de opname van {naam:Daan Bosch} volgt een evaluatie.",
    "Het kind is opgevangen door {naam:Anna Laurentius}.", "De moeder van {naam:Youssef Amrani} werkt in de Haven.",
    "{naam:Bram van der Kolk} is de casusregisseur.", "De rapportage van {naam:Sanne de Shazer} is compleet.",
    "De zoon van {naam:Karin Baart} is behandeld in Reinier van Arkel.",
    "Volgens {naam:Thomas Gordon} gaat het beter met het gezin.",
]
TEAM_PERSONEN = ["{naam:Fatima Bouzid}", "{naam:Kennedy Mensah}", "{naam:Jan de Vries}", "{naam:Priya Ramdin}"]
BESTAND_PERSONEN = ["verslag {naam:Fatima Bouzid}", "Zwolle {naam:Jan de Vries} 2019", "gesprek {naam:Kees Bakker}"]


def _schoon() -> list[tuple[str, str]]:
    regels: list[tuple[str, str]] = []
    plaats = iter(PLAATSEN * 200)
    for k, m in enumerate(METHODEN):
        zin = METHODE_ZINNEN[k % len(METHODE_ZINNEN)].format(m=m)
        regels += [(next(plaats), zin), ("sleutel", m)]
    for k, m in enumerate(VOLGENS):
        for z in (VOLGENS_ZINNEN[k % 3], VOLGENS_ZINNEN[(k + 1) % 3]):
            regels.append((next(plaats), z.format(m=m)))
        regels.append(("sleutel", m))
    for k, i in enumerate(INSTELLINGEN):
        for z in (INSTELLING_ZINNEN[k % 7], INSTELLING_ZINNEN[(k + 3) % 7]):
            regels.append((next(plaats), z.format(i=i)))
    for k, p in enumerate(PLEKKEN):
        for z in (PLEK_ZINNEN[k % 5], PLEK_ZINNEN[(k + 2) % 5]):
            regels.append((next(plaats), z.format(p=p, P=p[0].upper() + p[1:])))
        regels.append(("commentaar", "locatie " + p))
    for t in TEAMS:
        regels += [("team", t), ("bestandsnaam", t + " 2020"), (next(plaats), f"Het gezin valt onder {t}.")]
    regels += [("bestandsnaam", b) for b in BESTANDEN]
    regels += [(next(plaats), w) for w in WOORDEN + GEWOON]
    return regels


def waarden(personen: list[str], teams: list[str], bestanden: list[str]) -> list[tuple[str, str, str]]:
    """Value lines: sentences with a person in turns over the places, and persons as team and as file name."""
    plaats = iter(PLAATSEN * 50)
    uit = [(next(plaats), "geen", p) for p in personen]
    uit += [("team", "geen", t) for t in teams]
    uit += [("bestandsnaam", "geen", b) for b in bestanden]
    return uit


def schrijf(map_: Path, kop: str, schoon: list[tuple[str, str]], waarden: list[tuple[str, str, str]]) -> None:
    """Write a probe set's ``schoon.txt`` and ``waarden.txt`` into `map_`, each under the header line `kop`."""
    map_.mkdir(parents=True, exist_ok=True)
    (map_ / "schoon.txt").write_text(kop + "# plaats\ttekst\n" + "".join(f"{p}\t{t}\n" for p, t in schoon),
                                     encoding="utf-8")
    (map_ / "waarden.txt").write_text(kop + "# plaats\tontwijking\ttekst met {soort:waarde}\n"
                                      + "".join(f"{p}\t{e}\t{t}\n" for p, e, t in waarden), encoding="utf-8")


def main() -> None:
    schrijf(MAP, "# precisie-namen: written by hand by scripts/maak_precisie_namen.py (issue 20, precision of names)\n",
            _schoon(), waarden(PERSONEN, TEAM_PERSONEN, BESTAND_PERSONEN))


if __name__ == "__main__":
    main()
