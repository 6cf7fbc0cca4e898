"""Words that fill the clean lines of the fourth privacy corpus (`vierde_schoon.py`): organisations of the field
(also those named after a person), teams (after a neighbourhood, a street or a historical person), methods named
after their maker, articles of law, public numbers and role mailboxes of organisations, gemeenten, streets named
without a house number, and ordinary words that are also Dutch surnames. None of it is personal data.
"""

from __future__ import annotations

ORGANISATIES = [
    "Veilig Thuis Hollands Midden", "Veilig Thuis Rotterdam Rijnmond", "Veilig Thuis Utrecht", "Veilig Thuis",
    "de Raad voor de Kinderbescherming", "Jeugdbescherming west", "Jeugdbescherming Brabant",
    "Jeugdbescherming Regio Amsterdam", "Jeugdbescherming Gelderland", "Jeugdbescherming Noord",
    "Jeugdbescherming Rotterdam Rijnmond", "Samen Veilig Midden-Nederland", "de GGD Hollands Midden", "GGD Haaglanden",
    "de GGD", "MEE Zuid-Holland Noord", "MEE Plus", "MEE", "Humanitas", "het Leger des Heils", "Kwadraad", "Vivent",
    "Jeugdformaat", "Youz", "Lucertis", "Karakter", "Pluryn", "Ipse de Bruggen", "'s Heeren Loo", "Cardea",
    "Horizon", "Youké", "Timon", "Enver", "Levvel", "Spirit", "Fier", "Kenter", "GGZ Rivierduinen", "Parnassia",
    "Antes", "Brijder", "Tactus", "Iriszorg", "Fivoor", "Bureau Halt", "Moviera", "Perspektief", "de Voedselbank",
    "VluchtelingenWerk", "het COA", "de IND", "het UWV", "de SVB", "DUO", "de Belastingdienst", "Dienst Toeslagen",
    "het CAK", "het CIZ", "Juvans", "Stichting Leergeld", "het Jeugdfonds Sport & Cultuur", "Home-Start",
    "Buurtzorg Jong", "Sensoor", "de Kinderombudsman", "de Nationale ombudsman", "de Inspectie Gezondheidszorg en Jeugd",
    "de Inspectie van het Onderwijs", "Intermetzo", "Prokino", "De Hoop ggz", "Emergis", "Accare", "Mondriaan",
    "Koraal", "Elker", "Yorneo", "Philadelphia", "Sherpa", "Amerpoort", "Abrona", "Prisma", "Schuldhulpmaatje",
    "het Juridisch Loket", "de woningcorporatie", "Mozaïek Wonen", "Woonpartners Midden-Holland", "Rijnhart Wonen",
    "de leerplichtambtenaar van het RBL", "het Zorg- en Veiligheidshuis", "Sociaal Raadslieden", "de Kindertelefoon",
]

# organisations that carry a person's name: not a person here
NAAR_PERSOON = [
    "het William Schrikker Instituut", "de William Schrikker Stichting", "Stichting Anton Constandse",
    "Reinier van Arkel", "het Prinses Máxima Centrum", "het Sophia Kinderziekenhuis", "het Wilhelmina Kinderziekenhuis",
    "het Emma Kinderziekenhuis", "het Juliana Kinderziekenhuis", "het Antoni van Leeuwenhoek", "het Reinier de Graaf",
    "het Albert Schweitzer ziekenhuis", "het Jeroen Bosch Ziekenhuis", "het Beatrixziekenhuis",
    "het Willem-Alexander Kinderziekenhuis", "het Amalia Kinderziekenhuis", "de Herman Broerenstichting",
    "het Trimbos-instituut", "het Nederlands Jeugdinstituut", "het Van Weel-Bethesda", "de Kessler Stichting",
    "het Maxima MC", "de Bernard van Leer Foundation", "De Jutters", "Stichting Timon", "het Ronald McDonald Huis",
    "De Bascule", "het Pieter Baan Centrum", "de Dr. Leo Kannerhuis", "het Leo Kannerhuis",
]

TEAMS_WIJK = [
    "Wijkteam Korte Akkeren", "Jeugdteam Bloemendaal", "Sociaal Team Goverwelle", "Wijkteam Oosterwei",
    "Team Jeugd en Gezin Noord", "Jeugdteam Kruiskamp", "CJG-team De Schans", "Gebiedsteam Ridderveld",
    "Wijkteam Kattenbroek", "Sociaal Wijkteam Lombok", "Buurtteam Transvaal", "Jeugd- en gezinsteam Ondiep",
    "Wijkteam Plaswijck", "Sociaal Kernteam Zuid", "Wijkteam Hoograven", "Jeugdteam Overvecht", "Wijkteam Zuilen",
    "Team Toegang Oost", "Basisteam Jeugd en Gezin", "0-100-team Centrum", "Wijkteam Noordwest",
    "Jeugdteam De Meern", "Wijkteam Reeuwijk-Dorp", "Sociaal Team Nieuwerbrug", "Wijkteam Boskoop",
]
TEAMS_PERSOON = [
    "Wijkteam Johan de Witt", "Jeugdteam Willem van Oranje", "Buurtteam Thorbecke", "Wijkteam Dr. Schaepman",
    "Gebiedsteam Erasmus", "Wijkteam Anne Frank", "Jeugdteam Michiel de Ruyter", "Wijkteam Piet Heyn",
    "Team Aletta Jacobs", "Wijkteam Hugo de Groot", "Buurtteam Rembrandt", "Wijkteam Vondel",
    "Jeugdteam Van Oldenbarnevelt", "Wijkteam Jan Pieterszoon Coen", "Wijkteam Multatuli", "Buurtteam Kennedy",
    "Jeugdteam Prins Maurits", "Wijkteam Sweelinck", "Wijkteam Van Heutsz", "Team Mandela",
]
TEAMS_STRAAT = [
    "Wijkteam Kerkstraat", "Team Westhaven", "Jeugdteam Burgemeester Martenssingel", "Wijkteam Oranjelaan",
    "Buurtteam Laan van Zuid", "Wijkteam Graaf Florisweg", "Jeugdteam Spoorsingel", "Wijkteam Dijkgraafslaan",
]

METHODEN = [
    "Signs of Safety", "Triple P", "Marte Meo", "Families First", "Multisysteemtherapie", "Functional Family Therapy",
    "EMDR", "1Gezin1Plan1Regisseur", "oplossingsgericht werken volgens Insoo Kim Berg", "de methode Gordon",
    "de Kanjertraining", "Rots en Water", "Incredible Years", "Video-hometraining", "Geweldloos verzet van Haim Omer",
    "de piramide van Maslow", "het ecologisch model van Bronfenbrenner", "de cirkel van Covey", "de roos van Leary",
    "de geweldspiraal van Walker", "het ABC-model van Ellis", "de hechtingstheorie van Bowlby",
    "de veranderfasen van Prochaska en DiClemente", "motiverende gespreksvoering van Miller en Rollnick",
    "het LIRIK-model", "de Zelfredzaamheid-Matrix", "de Delta-methode", "de competentiepiramide van Miller",
    "de leercyclus van Kolb", "het Montessori-onderwijs", "de Dalton-aanpak", "het Duluth-model", "de SDQ",
    "het balansmodel van Bakker", "het vierfasenmodel", "de Meldcode", "de Kindcheck", "Stevig Ouderschap",
]

WETTEN = [
    "artikel 2.3 Jeugdwet", "art. 2.3.2 Wmo 2015", "artikel 2.3.5 Wmo 2015", "art. 7.3.4 Jeugdwet",
    "artikel 1:255 BW", "art. 1:265b BW", "artikel 9 AVG", "art. 6 lid 1 sub e AVG", "artikel 18 Participatiewet",
    "art. 4a Wgs", "artikel 5:4 Wvggz", "artikel 174a Gemeentewet", "art. 2.4.1 Wmo 2015", "artikel 7.1.1.1 Jeugdwet",
    "art. 12 IVRK", "artikel 3 IVRK", "art. 8 EVRM", "artikel 1.1 Jeugdwet", "art. 2.1.2 Wmo 2015",
    "artikel 5.1.1 Jeugdwet",
]

GEMEENTEN = [
    "Gouda", "Alphen aan den Rijn", "Woerden", "Bodegraven-Reeuwijk", "Waddinxveen", "Krimpenerwaard",
    "Zuidplas", "Capelle aan den IJssel", "Zoetermeer", "Leiden", "Dordrecht", "Utrecht", "Amersfoort", "Tilburg",
    "Lelystad", "Emmen", "Heerlen", "Venlo", "Zwolle", "Deventer", "Súdwest-Fryslân", "Bergen op Zoom",
    "Oude IJsselstreek", "Hof van Twente", "Stichtse Vecht", "Molenlanden", "Hoeksche Waard", "Westland",
]
AFKORTINGEN = {"Gouda": "GOU", "Alphen aan den Rijn": "ALP", "Woerden": "WDN", "Zoetermeer": "ZTM",
               "Dordrecht": "DOR", "Utrecht": "UTR", "Tilburg": "TLB", "Emmen": "EMN", "Zwolle": "ZWL", "Venlo": "VNL"}

# public numbers of organisations: service numbers, 088 business numbers, the gemeente's 14 number
ORGANISATIENUMMERS = [
    ("Veilig Thuis", "0800-2000"), ("de Kindertelefoon", "0800-0432"), ("113 Zelfmoordpreventie", "0800-0113"),
    ("het Juridisch Loket", "0900-8020"), ("Sensoor", "0900-0767"), ("Slachtofferhulp", "0900-0101"),
    ("het Centrum Seksueel Geweld", "0800-0188"), ("het AKJ", "088-555 1000"), ("de BelastingTelefoon", "0800-0543"),
    ("de politie", "0900-8844"), ("het CAK", "0800-1925"), ("het UWV", "088-898 92 94"), ("de GGD", "088-308 3000"),
    ("de gemeente", "14 0182"), ("de gemeente", "14 0172"), ("het Zorgloket", "14 0348"), ("de crisisdienst", "112"),
    ("de Luisterlijn", "088-0767 000"), ("Jeugdformaat", "088-1234 560"), ("het Nibud", "0900-1432"),
]
ROLMAILS = [
    "info@kwadraad.nl", "aanmelden@jeugdformaat.nl", "wijkteam@gouda.nl", "secretariaat@wijkteamsgouda.nl",
    "privacy@alphenaandenrijn.nl", "fg@gouda.nl", "klachten@vivent.nl", "jeugd@woerden.nl",
    "zorgloket@bodegraven-reeuwijk.nl", "meldpunt@ggdhm.nl", "servicedesk@inspectie.nl", "planning@meezhn.nl",
    "backoffice@jeugdbescherming-west.nl", "toegang@zuidplas.nl", "cjg@waddinxveen.nl", "noreply@zorgmail.nl",
    "postbus@igj.nl", "meldingen@veiligthuishm.nl", "contact@humanitas.nl", "administratie@lucertis.nl",
]
ORGANISATIEHANDLES = ["@gemeentegouda", "@VeiligThuisHM", "@GGDHM", "@InspectieGenJ", "@kindertelefoon",
                      "@jeugdformaat", "@kwadraad_nl", "@humanitasNL"]

# streets and squares named without a house number: a place, not an address
STRAATNAMEN = [
    "de Kalverstraat", "de Coolsingel", "de Lange Groenendaal", "de Hoogstraat", "het Stationsplein",
    "de Wilhelminakade", "de Goudse Poort", "het Koningsplein", "de Nieuwe Markt", "de Ringweg", "de Dorpsstraat",
    "de Marktstraat", "de Haven", "de Oude Singel", "de Lange Tiendeweg", "het Beursplein", "de A12", "de N11",
    "de Kerkweg", "de Westsingel",
]

# ordinary words that are also surnames, in sentences where they are the word
WOORD_ZINNEN = [
    "De bakker op de hoek levert sinds 2015 brood aan de inloop.", "Vader werkt als visser op een kotter uit IJmuiden.",
    "De boer aan de rand van de wijk verhuurt een schuur.", "De koster van de kerk opent de zaal voor de inloop.",
    "Een timmerman heeft de trap gerepareerd.", "De kok van de dagbesteding kookt op donderdag.",
    "De schipper van de pont kent de jongeren.", "De smid in het dorp biedt een leerwerkplek aan.",
    "De kramer op de markt zoekt hulp op zaterdag.", "De brouwer in de stad heeft een werkervaringsplaats.",
    "Een visser vond de fiets in de haven.", "De molenaar geeft rondleidingen voor de school.",
    "De slager sponsort het voetbalteam.", "Bakker en slager doen mee aan het buurtproject.",
    "De jonge moeder kreeg hulp van de kraamzorg.", "De witte auto van het wijkteam staat bij het buurthuis.",
    "De koning bezocht de stad in 2013.", "Een vos en een haan in de kinderboerderij.",
    "De post komt pas na tienen.", "Het bos achter de school is afgesloten.", "De wolf in het sprookje maakte de zoon bang.",
    "Mulder is een oud woord voor molenaar.", "De schilder heeft de woning van binnen geverfd.",
    "Een kuiper maakte vroeger tonnen.", "Visser is ook een beroep, zegt de jongere.",
    "De herder van de kinderboerderij vangt de jongere op.", "De dekker repareert het dak van de woning.",
    "De kapper in de winkelstraat werkt met jongeren.", "Een goede bakker begint om vier uur.",
    "De meester van groep 7 is ziek.",
]
