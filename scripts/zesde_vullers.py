"""Fillers (``$naam`` in a sentence frame) of the sixth privacy corpus: dates of meetings, times, roles, places and
the things a privacy officer leaves standing (organisations, methods, laws, medicines, ...). None is a personal
value; a clean line is built from them."""

from __future__ import annotations

import random
import re

DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]

VULLERS: dict[str, list[str]] = {
    "dag": [*DAGEN, "maandagochtend", "dinsdagmiddag", "woensdagmiddag", "donderdagavond", "vrijdagochtend"],
    "maand": [*MAANDEN, "eind augustus", "begin januari", "half maart", "na de zomervakantie", "na de herfstvakantie",
              "voor de kerstvakantie", "na de meivakantie"],
    "tijd": ["09.00 uur", "9:30", "10.15 uur", "11:00", "13.30 uur", "14:45", "15.00 uur", "16.30 uur", "19:00"],
    "rol": ["de gezinsvoogd", "de jeugdconsulent", "de casusregisseur", "de leerplichtambtenaar", "de huisarts",
            "de intern begeleider", "de IB'er", "de POH-GGZ", "de wijkagent", "de wijkverpleegkundige",
            "de jeugdbeschermer", "de schoolmaatschappelijk werker", "de mentor", "de zorgcoördinator",
            "de trajectbegeleider", "de aandachtsfunctionaris", "de consulent Wmo", "de budgetcoach",
            "de jeugdarts", "de orthopedagoog", "de tolk", "de gedragswetenschapper", "de teamleider"],
    "plaats": ["Zwolle", "Kampen", "Antwerpen", "Kleve", "Paramaribo", "Willemstad", "Kraków", "Kyiv", "Mogadishu",
               "Asmara", "Herat", "Aleppo", "Diyarbakır", "Plovdiv", "Iași", "Accra", "Kumasi", "Ambon", "Lelystad",
               "Drachten", "Heerhugowaard", "Spijkenisse", "Nieuwegein", "Capelle aan den IJssel", "Hengelo",
               "Oss", "Roermond", "Sittard", "Hoorn", "Purmerend", "Gouda", "Alphen aan den Rijn", "Bergen op Zoom"],
    "gemeente": ["gemeente Súdwest-Fryslân", "gemeente 's-Hertogenbosch", "gemeente Westland", "gemeente Altena",
                 "gemeente Het Hogeland", "gemeente Dijk en Waard", "gemeente Land van Cuijk", "gemeente Noardeast-Fryslân",
                 "gemeente Molenlanden", "gemeente Hoeksche Waard", "gemeente Eemsdelta", "gemeente Midden-Groningen",
                 "gemeente Maashorst", "gemeente Voorne aan Zee", "gemeente Zuidplas", "gemeente Lansingerland",
                 "gemeente Ridderkerk", "gemeente Alblasserdam", "gemeente Tynaarlo", "gemeente Oldambt"],
    "team": ["Jeugdteam Kralingen-Crooswijk", "Sociaal Wijkteam Overvecht", "Wijkteam Schilderswijk", "Team Jeugd Lelystad",
             "Gebiedsteam Noord", "Buurtteam Jeugd en Gezin Zuidoost", "Sociaal Team Emmen-Centrum",
             "Centrum voor Jeugd en Gezin", "Zorg- en Veiligheidshuis Rotterdam-Rijnmond", "Sociaal Domein Team 2",
             "Jeugd- en Gezinsteam Hoogvliet", "Wijkteam Transvaal", "Team Toegang Jeugd", "Lokaal Team Oost",
             "Sociaal Team De Hoven", "Jeugdteam IJsselmonde", "Ouder- en Kindteam West"],
    "methode": ["Signs of Safety", "Triple P", "het model van Bronfenbrenner", "Nieuwe Autoriteit van Haim Omer",
                "de oplossingsgerichte aanpak van De Shazer en Insoo Kim Berg", "de hechtingstheorie van Bowlby",
                "de piramide van Maslow", "Families First", "10 voor Toekomst", "de Eigen Kracht-conferentie",
                "Video-hometraining", "Multisysteemtherapie", "Functional Family Therapy", "EMDR", "Kanjertraining",
                "Rots en Water", "de Meldcode huiselijk geweld en kindermishandeling", "het LIRIK-instrument",
                "de Delta-methode", "de Zelfredzaamheid-Matrix", "de dramadriehoek van Karpman", "de roos van Leary",
                "de cirkel van invloed van Covey", "de driehoek van Bronfenbrenner", "het ARIJ-risicotaxatie-instrument",
                "de methode Krachtwerk", "Theraplay", "de Marte Meo-methode", "Stevig Ouderschap"],
    "ziekenhuis": ["het Jeroen Bosch Ziekenhuis", "het Reinier de Graaf Gasthuis", "het Sophia Kinderziekenhuis",
                   "het Emma Kinderziekenhuis", "het Antonius Ziekenhuis", "het Franciscus Gasthuis",
                   "het Juliana Kinderziekenhuis", "het Wilhelmina Kinderziekenhuis", "het Beatrix Kinderziekenhuis",
                   "het Máxima MC", "het Amalia Kinderziekenhuis", "de Sint Maartenskliniek", "het Albert Schweitzer ziekenhuis",
                   "het Catharina Ziekenhuis", "het Elisabeth-TweeSteden Ziekenhuis", "het Canisius Wilhelmina Ziekenhuis"],
    "stichting": ["het Dr. Leo Kannerhuis", "Pameijer", "het Prinses Máxima Centrum", "Vincent van Gogh ggz",
                  "de Johannes Wier Stichting", "het Prins Bernhard Cultuurfonds", "het Aletta Jacobshuis",
                  "de Anne Frank Stichting", "het Dr. Schaepmanhuis", "Stichting Florence Nightingale Zorg",
                  "het Willem Arntsz Huis", "de Hendrik Pierson Stichting", "Stichting Jan Pieter Heije",
                  "het Koningin Wilhelmina Fonds", "de Edith Stein Stichting", "het Albert Schweitzer Fonds"],
    "sportpark": ["Sportpark Pim Mulier", "het Abe Lenstra Stadion", "het Jan Louwers Stadion", "de Johan Cruijff Court",
                  "de Krajicek Playground", "Sportpark Varkenoord", "Sporthal Fanny Blankers-Koen", "Sportpark Kees Boeke",
                  "Zwembad De Tongelreep", "Sportpark Het Kasteel", "IJsbaan Thialf", "Sportpark Olympia"],
    "schoolgebouw": ["de Thorbeckeschool", "het Erasmus College", "de Willem de Zwijgerschool", "de Anne Frankschool",
                     "het Comenius College", "de Dr. Schaepmanschool", "de Koningin Julianaschool", "de Prins Clausschool",
                     "het Kandinsky College", "de Wereldwijzer", "de Piet Heinschool", "de oude Mariaschool",
                     "het Augustinus College", "de Titus Brandsmaschool"],
    "wet": ["art. 1:255 BW", "art. 1:261 BW", "art. 1:265b BW", "art. 1:253a BW", "art. 3.1 Jeugdwet",
            "artikel 7.1.1 Jeugdwet", "art. 2.3.2 Wmo 2015", "art. 8 EVRM", "art. 3 IVRK", "art. 12 IVRK",
            "artikel 2 Leerplichtwet 1969", "art. 21 Leerplichtwet", "art. 7:457 BW", "art. 5.2.4 Jeugdwet",
            "art. 1:263 BW", "art. 1:265 BW", "art. 2.4.1 Wmo 2015", "art. 48 Participatiewet"],
    "bedrag": ["€ 1.250,-", "€ 4.312,17", "€ 85", "EUR 230,00", "€ 1.014,50", "€ 37,50", "€ 12.600", "€ 640,-",
               "€ 2.085,44", "€ 95,80", "€ 18,-", "€ 350"],
    "zaak": ["Z-2024-018734", "C/10/654321 / JE RK 24-1234", "VT-2024-04417", "JZ/2023/8811", "zaak 24-0193",
             "JB-2023-1187", "WMO/2024/00312", "LPA-23-0412", "C/13/731055 / JE RK 23-880", "RvdK-2024-3391",
             "SHV 2024/1209", "MDO-24-17"],
    "orgtel": ["0800-2000", "14 010", "14 020", "14 030", "0900-8844", "0800-0432", "0800-0113", "088 - 20 30 400",
               "0900 - 123 45 67", "088-7001300", "14 0592", "0800-1509"],
    "orgmail": ["info@jeugdteamsnoord.nl", "aanmelden@wijkteam-delfshaven.nl", "leerplicht@rbl-regio.nl",
                "secretariaat@veiligthuis-rr.nl", "wmo-loket@gemeente-voorbeeldstad.nl", "klachten@jeugdbescherming-west.nl",
                "planning@buurtteams.nl", "info@schuldhulpmaatje-noord.nl", "toegang@sociaalteam-emmen.nl",
                "zorgmeldingen@politie-voorbeeld.nl", "administratie@cjg-oost.nl"],
    "straat": ["het Afrikaanderplein", "de Beijerlandselaan", "de Vlinderstraat", "het Mercatorplein", "de Kanaalstraat",
               "de Amsterdamsestraatweg", "de Zwaanshals", "de Groenhovenstraat", "de Hoogstraat", "het Kruisplein",
               "de Bergselaan", "het Stationsplein", "de Binnenweg", "de Weena", "de Oude Binnenweg", "het Hofplein",
               "de Javastraat", "de Kinkerstraat", "de Dapperstraat", "de Herculesstraat"],
    "medicijn": ["methylfenidaat 10 mg", "Concerta 36 mg", "Ritalin", "melatonine 1 mg", "risperidon 0,5 mg", "sertraline",
                 "dexamfetamine", "quetiapine", "Abilify", "lorazepam", "temazepam", "Seroquel", "aripiprazol",
                 "citalopram 20 mg", "methadon", "Strattera", "clonidine", "oxazepam", "paroxetine", "ibuprofen"],
    "diagnose": ["ADHD", "ASS", "PTSS", "een reactieve hechtingsstoornis", "een LVB (TIQ 64)", "dyslexie", "FASD",
                 "een depressie", "een borderline-persoonlijkheidsstoornis", "het syndroom van Down", "de ziekte van Crohn",
                 "het syndroom van Asperger", "het syndroom van Gilles de la Tourette", "het syndroom van Korsakov",
                 "ODD", "een angststoornis", "diabetes type 1", "epilepsie", "het syndroom van Klinefelter",
                 "de ziekte van Lyme", "een eetstoornis", "hechtingsproblematiek"],
    "engels": ["follow-up", "no show", "to do", "case closed", "on hold", "work in progress", "next steps", "check-in",
               "wrap-up", "pending", "done", "out of office", "waiting list", "in progress", "FYI"],
    "engelszin": ["FYI, zie bijlage", "best practice volgens de teamleider", "het safety plan is besproken",
                  "self-care van moeder is een issue", "time-out afgesproken bij ruzie", "deadline voor de aanvraag is vrijdag",
                  "back-up is een collega van team 2", "team meeting schuift een week op", "as soon as possible terugbellen",
                  "feedback van moeder is verwerkt", "no news is good news", "first things first: de huur",
                  "take home message: rust en regelmaat", "follow-up over twee weken", "keep it simple voor vader"],
    "auto": ["de rode Opel Corsa van vader", "een witte bestelbus", "de scootmobiel van oma", "een zwarte BMW",
             "de leaseauto van oom", "een grijze Toyota Yaris", "de brommer van de oudste", "een oude Volvo stationwagen",
             "een taxibusje van het leerlingenvervoer", "de e-bike van moeder"],
    "niveau": ["groep 6", "groep 1-2", "groep 8", "klas 2 vmbo-kb", "havo 4", "de brugklas", "praktijkonderwijs",
               "de entreeopleiding", "mbo niveau 2", "leerjaar 3 vmbo-bb", "het speciaal onderwijs", "de ISK",
               "de bovenbouw", "groep 7", "vwo 5"],
    "platform": ["TikTok", "Snapchat", "Instagram", "Facebook", "YouTube", "X"],
    "chat": ["WhatsApp", "Telegram", "Snapchat", "Discord", "Signal"],
    "video": ["TikTok", "YouTube", "Instagram", "Snapchat"],
}


def datum(rng: random.Random) -> str:
    """A date of a meeting, letter or decision (2023-2025), written as a dossier writes it."""
    jaar, maand, dag = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{dag} {MAANDEN[maand - 1]} {jaar}", f"{dag:02d}-{maand:02d}-{jaar}", f"{dag}-{maand}-{jaar}",
                       f"{dag} {MAANDEN[maand - 1]}", f"{rng.choice(DAGEN)[:2]} {dag}/{maand}"])


def iso(rng: random.Random) -> str:
    """A date as it opens a file name."""
    return f"{rng.randint(2023, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def vul(frame: str, rng: random.Random) -> str:
    """`frame` with every ``$naam`` replaced by a filler."""
    def een(m: re.Match[str]) -> str:
        naam = m.group(1)
        if naam == "datum":
            return datum(rng)
        if naam == "iso":
            return iso(rng)
        if naam == "jaar":
            return str(rng.randint(2023, 2025))
        if naam == "uren":
            return str(rng.randint(4, 60))
        return rng.choice(VULLERS[naam])

    return re.sub(r"\$(\w+)", een, frame)
