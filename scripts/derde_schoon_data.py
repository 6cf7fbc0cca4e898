"""Words and phrases for the clean lines of the third privacy corpus (`derde_schoon.py`), written by hand.

Decisions on what is NOT personal data (so a finding in these lines is a false alarm):
* organisations, institutes, hospitals and teams, also when they carry a person's name (William Schrikker Groep,
  Wijkteam Johan de Witt, Jeugdteam De Bakker), and models named after a scientist (de driehoek van Karpman);
* a school named without a child's groep or klas (de Anne Frankschool doet mee aan het project), and a groep or klas
  without a school (de juf van groep 6);
* public service numbers of organisations (Veilig Thuis 0800-2000, 14 0182, 112) and role mailboxes of an
  organisation (info@, wijkteam@ of an organisation's domain);
* dates that are not birth dates, article, case, KvK and AGB numbers, percentages and amounts, a street or square
  without a house number, a postcode area of four digits;
* ordinary lowercase words that are also surnames (de bakker op de hoek, een visser) and capitalised words at the
  start of a sentence.
"""

from __future__ import annotations

ORGANISATIES_PERSOON = [
    "William Schrikker Groep",
    "William Schrikker Jeugdbescherming & Jeugdreclassering",
    "Anne Frank Stichting",
    "Prinses Máxima Centrum",
    "Wilhelmina Kinderziekenhuis",
    "Emma Kinderziekenhuis",
    "Sophia Kinderziekenhuis",
    "Juliana Kinderziekenhuis",
    "Ronald McDonald Huis",
    "Pieter Baan Centrum",
    "Jeroen Bosch Ziekenhuis",
    "Máxima Medisch Centrum",
    "Antoni van Leeuwenhoek",
    "Reinier de Graaf Gasthuis",
    "Dr. Leo Kannerhuis",
    "Vincent van Gogh voor geestelijke gezondheidszorg",
    "Verwey-Jonker Instituut",
    "Trimbos-instituut",
    "Erasmus MC",
    "Rudolf Steiner Zorg",
    "Prins Willem-Alexander Hal",
    "Koningin Julianaschool",
    "Ikazia Ziekenhuis",
    "Beatrix Kinderziekenhuis",
    "Bernhoven",
    "Amalia Kinderziekenhuis",
]
ORGANISATIES = [
    "Veilig Thuis Hollands Midden",
    "Raad voor de Kinderbescherming",
    "GGD Hollands Midden",
    "MEE Plus",
    "Jeugdbescherming west",
    "Jeugdbescherming Rotterdam Rijnmond",
    "Samen Veilig Midden-Nederland",
    "Jeugdbescherming Gelderland",
    "Nidos",
    "Humanitas",
    "Leger des Heils",
    "Kwadraad",
    "VluchtelingenWerk",
    "Schuldhulpmaatje",
    "Stichting Present",
    "Bureau Halt",
    "Reclassering Nederland",
    "Moviera",
    "Enver",
    "Jeugdformaat",
    "Lindenhout",
    "Pluryn",
    "Timon",
    "Youké",
    "Levvel",
    "Spirit",
    "Triade",
    "Xonar",
    "Nederlands Jeugdinstituut",
    "Augeo",
    "Movisie",
    "Bartiméus",
    "Koninklijke Kentalis",
    "Karakter",
    "Curium",
    "De Bascule",
    "Yulius",
    "Parnassia",
    "GGZ Rivierduinen",
    "Fier",
    "Altrecht",
    "Lucertis",
    "Pameijer",
    "Ipse de Bruggen",
    "'s Heeren Loo",
    "Philadelphia",
    "Cordaan",
    "Kessler Stichting",
    "Boogh",
    "Kinderopvang Humanitas",
    "het CJG",
    "de gecertificeerde instelling",
    "Zorg en Veiligheidshuis",
    "Juridisch Loket",
    "de Kinderombudsman",
]
TEAMTYPEN = [
    "Wijkteam",
    "Jeugdteam",
    "Sociaal Team",
    "Sociaal Wijkteam",
    "Buurtteam",
    "CJG-team",
    "0-100-team",
    "Jeugd- en gezinsteam",
    "Gebiedsteam",
    "Sociaal Kernteam",
    "Basisteam Jeugd en Gezin",
]
TEAMNAMEN_PERSOON = [
    "De Bakker",
    "Johan de Witt",
    "Willem de Zwijger",
    "Jan Steen",
    "Rembrandt",
    "Erasmus",
    "Prins Alexander",
    "Anne Frank",
    "Vondel",
    "Oranje",
    "Hendrik-Ido-Ambacht",
    "De Visser",
    "De Smid",
    "Koningin Emma",
    "Pieter de Hoogh",
    "Mauritskwartier",
    "Graaf Willem",
    "Lorentz",
    "Van Swieten",
    "Karel Doorman",
]
GEMEENTEN = [
    "Gouda",
    "Waddinxveen",
    "Bodegraven-Reeuwijk",
    "Krimpenerwaard",
    "Zuidplas",
    "Alphen aan den Rijn",
    "Rotterdam",
    "Capelle aan den IJssel",
    "Den Haag",
    "Leiden",
    "Utrecht",
    "Amersfoort",
    "Zwolle",
    "Deventer",
    "Enschede",
    "Hengelo",
    "Almelo",
    "Emmen",
    "Groningen",
    "Leeuwarden",
    "Heerenveen",
    "Sittard-Geleen",
    "Heerlen",
    "Kerkrade",
    "Venlo",
    "Roermond",
    "Eindhoven",
    "Helmond",
    "Tilburg",
    "Breda",
    "Oss",
    "'s-Hertogenbosch",
    "Nijmegen",
    "Arnhem",
    "Ede",
    "Apeldoorn",
    "Almere",
    "Lelystad",
    "Hoorn",
    "Den Helder",
    "Zaanstad",
    "Haarlem",
    "Velsen",
    "Dordrecht",
    "Gorinchem",
    "Vlaardingen",
    "Schiedam",
    "Maassluis",
    "Westland",
    "Delft",
    "Zoetermeer",
    "Katwijk",
    "Nieuwegein",
    "Sint-Michielsgestel",
    "Hendrik-Ido-Ambacht",
    "Oud-Beijerland",
    "Pijnacker-Nootdorp",
    "Hardinxveld-Giessendam",
    "Hollands Kroon",
    "Súdwest-Fryslân",
    "De Fryske Marren",
    "Noardeast-Fryslân",
    "Tynaarlo",
    "Westerkwartier",
    "Eemsdelta",
    "Het Hogeland",
    "Molenlanden",
    "Vijfheerenlanden",
    "Hoeksche Waard",
    "Goeree-Overflakkee",
    "Land van Cuijk",
    "Maashorst",
    "Dijk en Waard",
    "Lansingerland",
    "Midden-Groningen",
    "Sint Anthonis",
]
WIJKEN = [
    "Goverwelle",
    "Bloemendaal",
    "Korte Akkeren",
    "Kort Haarlem",
    "Oosterwei",
    "Plaswijck",
    "Achterwillens",
    "Nieuwe Park",
    "Carnisse",
    "Tarwewijk",
    "Bospolder-Tussendijken",
    "Lombardijen",
    "Pendrecht",
    "Zuidwijk",
    "Ommoord",
    "Het Lage Land",
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Bouwlust",
    "Mariahoeve",
    "Overvecht",
    "Kanaleneiland",
    "Zuilen",
    "Lunetten",
    "Presikhaaf",
    "Malburgen",
    "Kolenkit",
    "Holendrecht",
    "Spangen",
    "Oude Noorden",
    "Feijenoord",
    "Hillesluis",
    "Crooswijk",
    "Vogelwijk",
    "Molenwijk",
    "De Hoogte",
    "Selwerd",
    "Vinkhuizen",
    "Heechterp-Schieringen",
    "Wesselerbrink",
    "Velve-Lindenhof",
    "Woensel-West",
    "Doornakkers",
    "Kruidenbuurt",
    "Meezenbroek",
    "Rivierenwijk",
    "Oosterpark",
    "Indische Buurt",
    "Stadionbuurt",
]
METHODEN = [
    "de dramadriehoek van Karpman",
    "de piramide van Maslow",
    "de cirkel van Deming",
    "het ecologisch model van Bronfenbrenner",
    "de rouwfasen van Kübler-Ross",
    "de escalatieladder van Glasl",
    "de methode-Gordon",
    "het veranderingsmodel van Prochaska en DiClemente",
    "de kernkwadranten van Ofman",
    "de Roos van Leary",
    "de ijsberg van McClelland",
    "de hechtingstheorie van Bowlby",
    "de zone van naaste ontwikkeling van Vygotski",
    "de participatieladder van Arnstein",
    "het krachtenveld van Lewin",
    "de competentiepiramide van Miller",
    "de logische niveaus van Bateson",
    "het rad van Tuckman",
    "de cirkel van Covey",
    "het model van Hersey en Blanchard",
]
ORG_NUMMERS = [
    ("Veilig Thuis", "0800-2000"),
    ("de Kindertelefoon", "0800-0432"),
    ("113 Zelfmoordpreventie", "0800-0113"),
    ("het Juridisch Loket", "0900-8020"),
    ("Sensoor", "0900-0767"),
    ("de gemeente Gouda", "14 0182"),
    ("de gemeente Rotterdam", "14 010"),
    ("de politie", "0900-8844"),
    ("de alarmcentrale", "112"),
    ("113", "113"),
    ("de Alcohol- en Drugs Infolijn", "0900-1995"),
    ("de gemeente Utrecht", "14 030"),
    ("de Luisterlijn", "088-0767000"),
    ("Slachtofferhulp Nederland", "0900-0101"),
    ("de Nationale ombudsman", "0800-3351555"),
]
ORG_MAIL = [
    "info@veiligthuis.nl",
    "wijkteam@gouda.nl",
    "jeugdteam@gemeente.nl",
    "secretariaat@kinderbescherming.nl",
    "klachten@jeugdbescherming.nl",
    "meldpunt@ggd.nl",
    "info@schuldhulpmaatje.nl",
    "wijkteams@rotterdam.nl",
    "privacy@gemeente.nl",
    "toezicht@inspectie.nl",
    "servicedesk@socialteam.nl",
    "aanmelden@cjg.nl",
]
ARTIKELEN = [
    "artikel 2.3 lid 1 van de Jeugdwet",
    "art. 1:255 BW",
    "artikel 7.3.8 Jeugdwet",
    "artikel 2.3.5 Wmo 2015",
    "artikel 5:20 Awb",
    "artikel 1.1 van de Jeugdwet",
    "artikel 8 EVRM",
    "art. 12 IVRK",
    "artikel 6:162 BW",
    "artikel 4.1.1 Jeugdwet",
    "artikel 2.6.1 Wmo 2015",
    "art. 1:261 BW",
    "artikel 3 IVRK",
    "artikel 9 AVG",
    "artikel 5.2.6 Jeugdwet",
    "artikel 7.1.1 Wet verplichte ggz",
    "artikel 6.1 van de Participatiewet",
    "art. 2.4.1 Wmo 2015",
    "artikel 12 van het Besluit Jeugdwet",
    "artikel 30 AVG",
]
WOORD_ACHTERNAAM = [
    "De bakker op de hoek levert het brood voor de inloopochtend.",
    "Een visser uit de haven heeft de jongen gevonden.",
    "De smid van het dorp is vrijwilliger bij het buurthuis.",
    "De jonge moeders zoeken elkaar op in het inloophuis.",
    "De boer naast de school heeft een zorgboerderij.",
    "De koster van de kerk opent de zaal voor het spreekuur.",
    "De kok van het buurthuis kookt op woensdag voor de wijk.",
    "De schilder was al weken bezig in het portiek.",
    "De timmerman van de corporatie heeft de deur gerepareerd.",
    "De brouwer in de wijk sponsort het voetbalteam.",
    "De molenaar geeft rondleidingen aan groepen uit de buitenschoolse opvang.",
    "De jager en de boswachter spraken de jongeren aan.",
    "De koning kwam op bezoek in de wijk en sprak met vrijwilligers.",
    "De meester van groep 6 maakt zich zorgen.",
    "De visboer op de markt kent alle gezinnen.",
    "de bakker heeft de politie gebeld",
    "een smit, een bakker en een visser",
    "De groenteboer doneert wat over is aan de voedselbank.",
    "de jong volwassenen in de wijk missen een plek",
    "de kuiper en de bakker zijn oude beroepen die in straatnamen terugkomen",
    "De schipper van de pont zag de jongen vaak.",
    "De koster en de dominee kennen het gezin van de zondagsschool.",
    "De slager op de hoek let op de buurt.",
    "De dekker van het dak was op tijd klaar.",
    "De wit geverfde gevel valt op.",
    "De graaf in het toneelstuk werd gespeeld door een vrijwilliger.",
    "De schouten van vroeger zijn de burgemeesters van nu.",
]
HOOFDLETTERBEGIN = [
    "Hoop is er wel: het netwerk rond het gezin is groot.",
    "Storm in de wijk: drie meldingen in één week.",
    "Wil de ouder niet meewerken, dan volgt een gesprek met de gedragswetenschapper.",
    "Roos en distels groeien in de moestuin van het buurthuis.",
    "Zon en regen wisselden elkaar af tijdens de buurtdag.",
    "Bas en gitaar staan in de muziekruimte van het jongerencentrum.",
    "Iris-herkenning wordt niet gebruikt bij de toegang.",
    "Frank en vrij praten lukt in het eerste gesprek nog niet.",
    "Mark de afspraken die nog open staan.",
    "Vrede in huis is het eerste doel van het plan.",
    "Geluk zit in kleine dingen, zegt het wijkteam in zijn jaarverslag.",
    "Kraai en ekster nestelen in de bomen bij de school.",
    "Winter maakt de schuldenproblematiek zichtbaarder.",
    "Vos en haas is de naam van het voorleesproject.",
    "Koning voetbal trekt de jongeren naar het veldje.",
    "Wolf in schaapskleren: zo noemde de buurt de huisjesmelker.",
    "Jonker en schildknaap spelen mee in het zomerkamp.",
]
SCHOOL_ZONDER_GROEP = [
    "de Anne Frankschool doet mee aan het project",
    "de Koningin Julianaschool heeft een nieuwe intern begeleider",
    "het Coornhert Gymnasium is partner in het samenwerkingsverband",
    "basisschool De Regenboog organiseert een ouderavond",
    "de Prins Willem-Alexanderschool sluit aan bij de brede school",
    "de Jan Ligthartschool heeft een schoolmaatschappelijk werker",
    "het Erasmus College werkt met een zorgadviesteam",
    "de Max Havelaarschool krijgt een nieuw gebouw",
    "obs De Fontein is een van de pilotscholen",
    "het Driestar College heeft een eigen jeugdarts",
]
GROEP_ZONDER_SCHOOL = [
    "de juf van groep 6 maakt zich zorgen",
    "de kinderen in groep 8 krijgen voorlichting over geld",
    "in klas 2 speelt veel pesten via de telefoon",
    "de doelgroep van het project is groep 7 en 8",
    "de groep van twaalf jongeren hangt bij het winkelcentrum",
    "een groep ouders heeft een brief gestuurd",
    "vanaf groep 5 is er een vertrouwenspersoon",
    "klas 1 en 2 van het vmbo doen mee met de training",
]

# templated traps, so that these categories have more than a handful of lines
BEROEPEN = [
    "bakker",
    "visser",
    "smid",
    "boer",
    "koster",
    "kok",
    "schilder",
    "timmerman",
    "brouwer",
    "molenaar",
    "slager",
    "kuiper",
    "schipper",
    "jager",
    "dekker",
    "metselaar",
    "kapper",
    "schoenmaker",
    "tuinman",
    "wever",
]
BEROEP_ZINNEN = [
    "De {b} op de hoek kent alle gezinnen in de straat.",
    "de {b} uit de wijk is vrijwilliger bij het buurthuis",
    "Een {b} uit het dorp heeft de jongen een stageplek gegeven.",
    "{B} worden is de droom van veel jongeren in het project.",
    "Via de {b} kwam het wijkteam in contact met de buurt.",
    "de jongen wil later {b} worden",
    "De stage bij de {b} is na twee weken gestopt.",
    "Ook de {b} heeft zich zorgen gemaakt over de kinderen.",
]
SEIZOEN_ZINNEN = [
    "{S} is voor veel gezinnen een moeilijke tijd.",
    "{S} brengt extra meldingen over schulden.",
    "{S} en vakantie zorgen voor minder contact met school.",
]
SEIZOENEN = ["Winter", "Zomer", "Lente", "Herfst", "Kerst", "Pasen", "Ramadan", "Carnaval"]
MOTTO_ZINNEN = [
    "{W}, zo noemt het team de nieuwe aanpak.",
    "{W} staat centraal in het jaarplan.",
    "{W} is het woord dat ouders het vaakst noemen.",
]
MOTTO = ["Storm", "Vrede", "Hoop", "Geluk", "Samen", "Moed", "Koers", "Vertrouwen", "Rust", "Veerkracht"]
ROLLEN = ["juf", "meester", "leerkracht", "intern begeleider", "mentor", "onderwijsassistent"]
GROEP_ZINNEN = [
    "De {r} van groep {g} maakt zich zorgen over het verzuim.",
    "De {r} van groep {g} heeft het wijkteam gebeld.",
    "In groep {g} ziet de {r} dat het pesten afneemt.",
    "De {r} van klas {k} neemt deel aan het ZAT.",
    "Volgens de {r} van groep {g} gaat het beter met de concentratie.",
]


def _sjablonen(tekst: str) -> dict[str, list[str]]:
    """``categorie:`` lines, each followed by its templates, one per indented line."""
    uit: dict[str, list[str]] = {}
    sleutel = ""
    for regel in tekst.strip().splitlines():
        if regel.startswith(" "):
            uit[sleutel].append(regel.strip())
        else:
            sleutel = regel.rstrip(":")
            uit[sleutel] = []
    return uit


# templates with slots: {o} organisation, {t} team, {g} gemeente, {w} wijk, {a} article, {z} case number,
# {p} pseudonymous dossier id or percentage, {m} mailbox or method, {s} street, {k} KvK/AGB, {i} version
ZIN_SJABLONEN = _sjablonen("""
organisatie-met-persoonsnaam:
    {o} is betrokken bij de casus.
    Het kind is aangemeld bij {o}.
    Overleg met {o} is gepland.
    Volgens {o} is er geen wachtlijst.
    {o} heeft een advies gegeven aan het wijkteam.
    Verwijzing naar {o} loopt via de huisarts.
organisatie:
    {o} is gevraagd mee te denken.
    De casus is besproken met {o}.
    {o} heeft de melding doorgezet.
    Na overleg met {o} is besloten tot een ondertoezichtstelling.
teamnaam:
    {t} heeft de casus opgepakt.
    De regie ligt bij {t}.
    {t} werkt met vaste casusregisseurs.
    Overdracht aan {t} is schriftelijk bevestigd.
    Het {t} in de wijk is sinds kort volledig bemand.
gemeente-wijk:
    In {g} werkt men met gebiedsteams; {w} heeft er een eigen team.
    De wijk {w} in {g} telt veel eenoudergezinnen.
    {g} heeft de toegang belegd bij de wijkteams.
    Het onderzoek vond plaats in {g}, in de wijken {w} en {w2}.
artikel:
    Op grond van {a} moet de hulp passend zijn.
    De raad verzoekt een maatregel op grond van {a}.
    Zie {a} over de verantwoordelijkheid van de gemeente.
    De inspectie toetst aan {a}.
zaaknummer:
    Zaaknummer {z} is afgesloten.
    Onder kenmerk {z} is de melding geregistreerd.
    Dossier {p} is in het onderzoek meegenomen.
    Meldingnummer {z} bij Veilig Thuis.
getallen:
    In {p}% van de dossiers ontbreekt een plan.
    Het team heeft {f} fte aan gedragswetenschappers.
    De schuld bedraagt € {b},-.
    {n} van de {m} gezinnen kreeg binnen zes weken hulp.
    Het budget voor jeugdhulp steeg met {p} procent naar € {b}.
organisatie-e-mail:
    Vragen over het onderzoek kunnen naar {m}.
    Het rapport is verstuurd naar {m}.
    Klachten via {m} worden binnen zes weken behandeld.
methode-met-persoonsnaam:
    Het team werkt met {m}.
    In de training kwam {m} aan bod.
    De regisseur gebruikte {m} om de dynamiek te duiden.
    Volgens {m} is veiligheid een eerste voorwaarde.
straat-zonder-nummer:
    Het wijkcentrum aan de {s} is op maandag open.
    Op de {s} is een inloopspreekuur.
    De jongeren hangen vaak rond op de {s}.
    Het kantoor van het wijkteam zit aan de {s}.
    De markt van zorgaanbieders is in {g} klein.
codes:
    Het systeem voldoet aan NEN 7510 en ISO 27001.
    KvK-nummer van de aanbieder: {k}.
    AGB-code {k} van de zorgaanbieder staat op de factuur.
    Zie indicator {i} van het toezichtkader.
    Versie {i} van de werkinstructie is vastgesteld in week {w}.
    De registratie loopt via nummer {z} (geen BSN).
    Het postcodegebied {pc} heeft de meeste meldingen.
""")
ORG_TELEFOON_SJABLONEN = [
    "Bij acute zorgen: bel {o} via {n}.",
    "Ouders kunnen {o} bereiken op {n}.",
    "{o} ({n}) is 24 uur per dag bereikbaar.",
    "Het nummer van {o}, {n}, staat in de folder.",
]
SCHOOL_SJABLONEN = ["De {s} doet mee aan het project schoolmaatschappelijk werk.", "Het wijkteam heeft een spreekuur op de {s}."]
