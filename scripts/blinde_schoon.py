"""Clean lines for the blind privacy corpus: inspector prose with traps (organisations and team names after
persons, street words, dates that are not birth dates, numbers that fail the elfproef, case numbers, law
articles, years, percentages, public service numbers). Each line has a category for the measurement."""

from __future__ import annotations

import random
from pathlib import Path

from blinde_waarden import MAANDEN, niet_bsn

RAPPORT = Path(__file__).resolve().parent / "blinde_rapportzinnen.txt"
GEMEENTEN = ["Gouda", "Zwijndrecht", "Almere", "Enschede", "Tilburg", "Heerlen", "Leeuwarden", "Zaanstad",
             "Dordrecht", "Capelle aan den IJssel", "Alphen aan den Rijn", "Sittard-Geleen", "Den Helder", "Lelystad",
             "Schiedam", "Vlaardingen", "Emmen", "Venlo", "Súdwest-Fryslân", "Sint-Michielsgestel"]
ORGANISATIES = ["het William Schrikker Instituut", "de William Schrikker Stichting", "het Ronald McDonald Huis",
                "het Prinses Máxima Centrum", "het Emma Kinderziekenhuis", "het Wilhelmina Kinderziekenhuis",
                "het Sophia Kinderziekenhuis", "het Juliana Kinderziekenhuis", "het Jeroen Bosch Ziekenhuis",
                "het Albert Schweitzer ziekenhuis", "het Reinier de Graaf Gasthuis", "Reinier van Arkel",
                "het Antonius Ziekenhuis", "de Hogeschool Leiden", "Stichting Humanitas", "het Leger des Heils",
                "Veilig Thuis Hollands Midden", "de Raad voor de Kinderbescherming", "Jeugdbescherming west",
                "Jeugdbescherming Gelderland", "het Zorg- en Veiligheidshuis", "het Centrum voor Jeugd en Gezin",
                "MEE Zuid-Holland Noord", "de GGD", "VluchtelingenWerk", "het COA", "de Kinderombudsman",
                "de Nationale ombudsman", "Pluryn", "Karakter", "Yulius", "De Bascule", "Accare", "Pro Persona",
                "Lucertis", "Levvel", "Timon", "Kwintes", "Parnassia", "Antes", "de Sint Maartenskliniek",
                "het Johannes Hospitium", "Stichting Jan Pieter Heije", "de Bernard van Leer Foundation",
                "het Nederlands Jeugdinstituut", "het Trimbos-instituut", "Stichting Anne Frank Fonds"]
TEAMS = ["Jeugdteam De Bakker", "Wijkteam De Visser", "Wijkteam Oost", "Sociaal team Kanaleneiland",
         "Buurtteam Jan van Galen", "Gebiedsteam Hart van Zuid", "Jeugdteam Zuidwest", "Buurtteam Overvecht-Noord",
         "Wijkteam De Molen", "Jeugd Ondersteuningsteam", "Sociaal Wijkteam Centrum", "Team Jeugd en Gezin",
         "Wijkteam Johan de Witt", "Jeugdteam Willem Alexander", "Wijkteam Kruiskamp", "Sociaal team De Smidse",
         "Jeugdteam Mozaïek", "Wijkteam Sterrenburg", "Gezinsteam Noordoost", "Jeugd- en gezinsteam Oost",
         "Wijkteam Prinses Irene", "Buurtteam Van der Pek"]
WETTEN = ["artikel 2.1 van de Jeugdwet", "artikel 1:255 BW", "art. 7.3.11 Jeugdwet", "artikel 2.3.2 Wmo 2015",
          "artikel 6 AVG", "art. 8 EVRM", "artikel 1:261 BW", "artikel 4.1.1 Jeugdwet", "artikel 9 lid 2 AVG",
          "artikel 5.1 van de Participatiewet", "artikel 10 van de Wet op de jeugdzorg", "artikel 3 IVRK"]


def _rapport() -> list[str]:
    """Sentences of 50 to 220 characters from the public 2017 inspection report 'Het wijkteam en kwetsbare
    gezinnen' (headings, tables, footnotes and the two cited authors left out), kept next to this script."""
    return [r for r in RAPPORT.read_text(encoding="utf-8").splitlines() if r.strip()]


def _datum(rng: random.Random) -> str:
    j, m, d = rng.randrange(2014, 2018), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{d} {MAANDEN[m - 1]} {j}", f"{d:02d}-{m:02d}-{j}", f"{j}-{m:02d}-{d:02d}", f"{d}/{m}/{j}",
                       f"{d}-{m}-{j % 100:02d}"])


def _sjablonen(rng: random.Random) -> list[tuple[str, str]]:
    g, o, t, w = rng.choice(GEMEENTEN), rng.choice(ORGANISATIES), rng.choice(TEAMS), rng.choice(WETTEN)
    o2 = rng.choice(ORGANISATIES)
    d, j, p = _datum(rng), rng.randrange(2012, 2018), rng.randrange(3, 97)
    n, m = rng.randrange(2, 40), rng.randrange(40, 120)
    groep = rng.randrange(1, 9)
    return [
        (f"Het gezin is sinds {d} bekend bij het wijkteam in {g}.", "datum"),
        (f"Het plan van aanpak is op {d} vastgesteld, zonder handtekening van de ouders.", "datum"),
        (f"Gesprek d.d. {d} met de gedragswetenschapper van {o}.", "datum"),
        (f"De aanmelding bij {o} dateert van {d}; de wachttijd was {n} weken.", "datum"),
        (f"Per {d} is de ondertoezichtstelling verlengd met een jaar.", "datum"),
        (f"De bakker op de hoek levert sinds {d} ontbijt aan de school.", "straatwoord"),
        (f"Het kind wordt behandeld in {o}; de ouders verblijven in {o2}.", "organisatie"),
        (f"Na overleg met {o} is besloten de casus op te schalen.", "organisatie"),
        (f"{o.capitalize() if o[0].islower() else o} heeft de zorgen gedeeld in het multidisciplinair overleg.",
         "organisatie"),
        (f"Het wijkteam verwijst bij licht verstandelijke beperking door naar {o}.", "organisatie"),
        (f"{t} heeft in {j} in totaal {m} gezinnen begeleid.", "team"),
        (f"Het dossier is overgedragen van {t} aan {rng.choice(TEAMS)}.", "team"),
        (f"In {p}% van de dossiers ontbreekt een veiligheidstaxatie.", "getal"),
        (f"In {n} van de {m} onderzochte dossiers is de regie niet belegd.", "getal"),
        (f"Zaaknummer {niet_bsn(rng)} is aangemaakt in het registratiesysteem.", "niet-bsn"),
        (f"Kenmerk {j}-{rng.randrange(1000, 99999):05d} staat op de beschikking.", "zaaknummer"),
        (f"Registratienummer {niet_bsn(rng)} hoort bij de melding, niet bij een persoon.", "niet-bsn"),
        (f"Dossier {g[:3].upper()}-{j}-{rng.randrange(1, 300):03d} is in de steekproef getrokken.", "zaaknummer"),
        (f"KvK-nummer {rng.randrange(10000000, 99999999)} van de zorgaanbieder is gecontroleerd.", "getal"),
        (f"De inspecties toetsen aan {w}.", "wetsartikel"),
        (f"Volgens {w} had de raad moeten worden ingeschakeld.", "wetsartikel"),
        (f"Het budget voor {j} bedroeg € {rng.randrange(1, 90)}.{rng.randrange(100, 999)},-.", "getal"),
        ("Veilig Thuis is dag en nacht bereikbaar via 0800-2000.", "openbaar-nummer"),
        ("De Kindertelefoon (0800-0432) wordt in de folder genoemd.", "openbaar-nummer"),
        (f"De leerlingen van groep {groep} en {min(groep + 1, 8)} krijgen weerbaarheidstraining.", "school-zonder-naam"),
        (f"De school heeft in groep {groep} een extra leerkracht ingezet.", "school-zonder-naam"),
        ("Er is nog een lange weg te gaan voordat de samenwerking op straat zichtbaar is.", "straatwoord"),
        (f"Het Marktplein-overleg van {g} komt {n} keer per jaar bijeen.", "straatwoord"),
        (f"De hoofdlijnen van het beleid in {g} liggen op de Laan van het beleid, zei de wethouder schertsend.",
         "straatwoord"),
        ("De ouders spreken Tigrinya; een tolk Amhaars was wel beschikbaar.", "taal-herkomst"),
        ("Veel gezinnen in de wijk zijn van Turkse, Marokkaanse of Surinaamse afkomst.", "taal-herkomst"),
        (f"Een tolk Dari of Pashtu is via {o} geregeld.", "taal-herkomst"),
        ("Tijdens de Ramadan en rond het Suikerfeest is het moeilijk afspraken te maken.", "taal-herkomst"),
        (f"Rond Sinterklaas en Koningsdag is het wijkcentrum in {g} gesloten.", "feestdag"),
        (f"De visser, de smid en de bakker uit het oude centrum zijn in {j} vertrokken.", "achternaam-als-woord"),
        ("De groot-ouders zijn de belangrijkste steun; de koning van de buurt is de wijkagent.",
         "achternaam-als-woord"),
        (f"In {j} is het percentage voortijdig schoolverlaters gedaald naar {p / 10:.1f}%.", "getal"),
        (f"Het gesprek vond plaats in week {n} van {j}.", "getal"),
        (f"Aanbeveling {n % 9 + 1}: leg de regie vast bij één professional.", "proza"),
        (f"De casusregisseur van {t} heeft geen mandaat om hulp in te zetten.", "team"),
        (f"Onder de {m} jeugdigen zijn {n} kinderen jonger dan {n % 12 + 4} jaar.", "getal"),
        (f"De verjaardag van de school werd op {d} gevierd met alle groepen.", "datum"),
        (f"Het kind is in {j} geboren en woont bij moeder.", "geboortejaar"),
        (f"Het ondersteuningsplan is in {j} niet geactualiseerd, hoewel de situatie was veranderd.", "proza"),
        (f"In {n} dossiers is geen doel geformuleerd voor de kinderen, alleen voor de ouders.", "proza"),
        (f"De toegang in {g} werkt met een brede intake; specialistische hulp volgt na {n} weken.", "proza"),
        (f"Professionals van het wijkteam in {g} zeggen te weinig tijd te hebben voor huisbezoeken.", "proza"),
        (f"De gemeente {g} heeft de regie belegd bij de casusregisseur, maar zonder doorzettingsmacht.", "proza"),
        (f"Er is {rng.choice(['geen', 'wel een', 'een beperkte'])} afstemming met de huisarts en de school.", "proza"),
        ("Uit de dossiers blijkt niet of de veiligheid van de kinderen is ingeschat.", "proza"),
        (f"De inspecties hebben {n} professionals gesproken en {m} dossiers bestudeerd.", "proza"),
        (f"Het wijkteam overlegt elke {rng.choice(['week', 'twee weken', 'maand'])} met de jeugdarts.", "proza"),
        ("Het gezin heeft te maken met schulden, huisvestingsproblemen en opvoedingsvragen.", "proza"),
        (f"De evaluatie van het plan staat gepland voor het {rng.choice(['eerste', 'tweede', 'derde'])} kwartaal van "
         f"{j + 1}.", "datum"),
        (f"Op {d} is een multidisciplinair overleg gehouden zonder de ouders.", "datum"),
        (f"De ondertoezichtstelling liep van {_datum(rng)} tot {d}.", "datum"),
        (f"Vanaf {d} heeft een andere medewerker de casus overgenomen.", "datum"),
        (f"Het huisbezoek van {d} is afgezegd door het wijkteam.", "datum"),
        (f"In {g} is het aantal meldingen sinds {j} met {p}% gestegen.", "getal"),
        (f"Scores op de {rng.choice(['zelfredzaamheidsmatrix', 'ZRM', 'veiligheidsschaal'])} variëren van 1 tot 5; "
         f"gemiddeld {rng.randrange(1, 5)},{rng.randrange(0, 10)}.", "getal"),
        (f"De wachtlijst telde op de peildatum {m} gezinnen.", "getal"),
        (f"Het gezin woont in een {rng.choice(['flat', 'eengezinswoning', 'portiekwoning'])} aan de rand van de wijk.",
         "straatwoord"),
        ("De jongeren hangen op het plein achter de school; de straatcoach kent ze.", "straatwoord"),
        (f"Het wijkteam zit sinds {j} in het gezondheidscentrum aan de markt.", "straatwoord"),
        (f"De bewindvoerder van {rng.choice(['Humanitas', 'de Kredietbank', 'Plangroep'])} beheert de financiën.",
         "organisatie"),
        (f"{t} werkt samen met {o}.", "team"),
        (f"Het kind gaat naar {rng.choice(['de peuterspeelzaal', 'de voorschool', 'het speciaal onderwijs'])} in "
         f"{g}.", "school-zonder-naam"),
        (f"De intern begeleider van de school heeft de zorgen in {j} al gemeld.", "school-zonder-naam"),
        (f"Volgens de leerplichtambtenaar was het verzuim in schooljaar {j}-{j + 1} {n} dagen.", "getal"),
        (f"Meldcode huiselijk geweld en kindermishandeling: stap {n % 5 + 1} is niet doorlopen.", "getal"),
        (f"Het {rng.choice(['Sociaal Domein', 'Jeugdteam', 'Wijkteam'])}-overleg van {d} is niet genotuleerd.", "datum"),
        (f"De beschikking {rng.choice(['jeugdhulp', 'Wmo', 'bijzondere bijstand'])} is op {d} afgegeven.", "datum"),
    ]


PLAATSEN = ["toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"]


def regels(rng: random.Random, aantal: int = 1700) -> list[tuple[str, str, str]]:
    """(placement, text, category) for `aantal` different clean lines."""
    uit: list[tuple[str, str, str]] = []
    gezien: set[str] = set()
    for zin in _rapport():
        gezien.add(zin)
        uit.append((rng.choice(["toelichting", "citaat", "citaat-gevouwen"]), zin, "rapport"))
    for team in TEAMS:
        uit.append(("team", team, "team"))
        uit.append(("bestandsnaam", f"dossier {team.lower()}", "team"))
    for organisatie in ORGANISATIES:
        uit.append(("sleutel", f"verwezen naar {organisatie}", "organisatie"))
    pogingen = 0
    while len(uit) < aantal and pogingen < 100_000:
        pogingen += 1
        zin, categorie = rng.choice(_sjablonen(rng))
        if zin in gezien:
            continue
        gezien.add(zin)
        plaats = rng.choice(PLAATSEN)
        if (plaats in ("sleutel", "bestandsnaam") and len(zin) > 70) or (plaats == "team" and categorie != "team"):
            plaats = "toelichting"
        uit.append((plaats, zin.rstrip(".") if plaats == "bestandsnaam" else zin, categorie))
    rng.shuffle(uit)
    return uit
