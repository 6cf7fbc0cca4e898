"""Streets, places, schools and mail domains for the fourth privacy corpus (`maak_vierde_privacycorpus.py`).

Streets and schools are split like the names (`vierde_namen.helft`): even positions for ``vierde-a``, odd ones for
``vierde-b``. Places with the first two digits of their postcodes, mail domains and bank codes are shared.
"""

from __future__ import annotations

STRATEN = [
    "Kerkstraat", "Molenweg", "Dorpsstraat", "Julianastraat", "Beatrixlaan", "Prins Bernhardlaan", "Wilhelminakade",
    "Oranjesingel", "Nieuwe Haven", "Oudegracht", "Achterom", "Lange Tiendeweg", "Turfmarkt", "Goudse Houtsingel",
    "Burgemeester Jamessingel", "Burg. van Reenensingel", "Laan van Nieuw Oost-Indië", "Laan van Vollenhove",
    "Laan der Verenigde Naties", "Laan van Ypenburg", "Laan 1940-1945", "Van Heemstraweg", "Thorbeckestraat",
    "Anne Frankstraat", "Mgr. Nolenslaan", "Generaal Foulkesweg", "Kapelaan Kockstraat", "Koningin Julianalaan",
    "Dr. Schaepmanstraat", "Sint Jansstraat", "2e Sweelinckstraat", "1e Van der Helststraat",
    "Eerste Hugo de Grootstraat", "Grote Markt", "Markt", "Kleine Markt", "Vismarkt", "Brink", "Zuidplein",
    "Zeemanstraat", "Kwartelstraat", "Lijsterbeslaan", "Kastanjelaan", "Fazantlaan", "Zwanenkamp", "Reigerstraat",
    "Oosterdreef", "Lindenhof", "Rozenhof", "Jaagpad", "Schelpenpad", "Bakkersteeg", "Torensteeg", "Westerbaan",
    "Noordring", "Burgemeester Roelenweg", "Akkererf", "Esveld", "Noordwal", "Oosthaven", "Vondelplantsoen",
    "Boulevard Zuid", "Churchill-laan", "Olympia-allee", "Brinkhoeve", "Kampakker", "Langekamp", "Veldhovendonk",
    "Rijnvliet", "Herengracht", "Lauriergracht", "Oosterkade", "Prins Hendrikkade", "Middeldijk", "Zuiddijk",
    "Goudseweg", "Rijksstraatweg", "Provincialeweg", "Utrechtsestraatweg", "Burgemeester Visserstraat",
    "Burg. Hoekstrastraat", "Dr. Ariënslaan", "Van Oldenbarneveltstraat", "Haya van Somerenstraat",
    "Henriëtte Roland Holststraat", "Aletta Jacobslaan", "Marie Curiestraat", "Nelson Mandelaplein",
    "Martin Luther Kinglaan", "Mr. P.J. Troelstraweg", "Pr. Irenestraat", "St.-Jozefstraat", "'s-Gravendijkwal",
    "'s-Gravenweg", "Achter de Kerk", "Achter het Stadhuis", "Boven Oosterdiep", "Hoge Rijndijk",
    "Nieuwe Binnenweg", "Oude Rijn", "Bij de Put", "Plein van de Verenigde Naties", "Stratumsedijk", "Hoogstraat",
    "Wijngaardsberg", "Bongerd", "Tolhuis", "Gildenveld", "Meidoornhage", "Seringenlaan", "Klaverweide",
    "Zonnebloemstraat", "Ruys de Beerenbrouckstraat", "Bisschop Ophoviusstraat", "Jan van Galenstraat",
    "Koningsvaren", "Tuinfluiter", "Watermolen", "Dahliastraat", "Bilderdijkhof", "Schoolstraat", "Spoorlaan",
    "Polderweg", "Havenkade", "Voorstraat", "Achterweg", "Hofstede", "Het Rond", "De Gaarde", "Smidsweg",
    "Groenhovenstraat", "Wolfsdonk", "Zwanenburgwal", "Kalkovens", "Erasmusweg", "Sportlaan", "Pijnboomstraat",
]

# Belgian streets (an address there is written with "bus" and a four-digit postcode)
BELGISCH = [
    ("Grote Steenweg", "2600 Berchem"), ("Kapelsestraat", "2950 Kapellen"), ("Brusselsesteenweg", "9050 Gentbrugge"),
    ("Turnhoutsebaan", "2140 Borgerhout"), ("Kerkplein", "3500 Hasselt"), ("Lange Kievitstraat", "2018 Antwerpen"),
]

# place, first two digits of its postcodes, how many numbers that range has after them
PLAATSEN = [
    ("Gouda", "28", 9), ("Alphen aan den Rijn", "24", 8), ("Woerden", "34", 4), ("Rotterdam", "30", 89),
    ("Den Haag", "25", 99), ("Utrecht", "35", 85), ("Amsterdam", "10", 99), ("Leiden", "23", 34),
    ("Zoetermeer", "27", 29), ("Delft", "26", 29), ("Dordrecht", "33", 29), ("Haarlem", "20", 37),
    ("Almere", "13", 63), ("Tilburg", "50", 49), ("Eindhoven", "56", 58), ("Groningen", "97", 47),
    ("Zwolle", "80", 43), ("Arnhem", "68", 46), ("Nijmegen", "65", 46), ("Enschede", "75", 48),
    ("Maastricht", "62", 29), ("Leeuwarden", "89", 39), ("Breda", "48", 39), ("Amersfoort", "38", 29),
    ("Apeldoorn", "73", 39), ("Schiedam", "31", 25), ("Capelle aan den IJssel", "29", 9), ("Bodegraven", "24", 12),
    ("Waddinxveen", "27", 43), ("Lelystad", "82", 45), ("Heerlen", "64", 22), ("Venlo", "59", 28),
    ("'s-Hertogenbosch", "52", 49), ("Helmond", "57", 9), ("Deventer", "74", 31), ("Emmen", "78", 28),
    ("Hoorn", "16", 28), ("Purmerend", "14", 48), ("Spijkenisse", "32", 9), ("Krimpen aan den IJssel", "29", 29),
]

SCHOLEN = [
    ("basisschool", "De Regenboog"), ("obs", "De Fontein"), ("cbs", "De Wegwijzer"), ("rkbs", "Sint Jozef"),
    ("pcbs", "Het Kompas"), ("ikc", "De Vlinder"), ("basisschool", "De Zonnewijzer"), ("obs", "Het Palet"),
    ("cbs", "Koningin Wilhelmina"), ("rkbs", "De Bongerd"), ("sbo", "De Wilgenstam"), ("so", "Het Mozaïek"),
    ("vso", "De Piramide"), ("basisschool", "Anne Frankschool"), ("basisschool", "Prins Clausschool"),
    ("basisschool", "Willem de Zwijgerschool"), ("basisschool", "Dr. Schaepmanschool"), ("ikc", "De Horizon"),
    ("basisschool", "De Klimop"), ("obs", "De Springplank"), ("cbs", "De Ark"), ("obs", "Montessorischool Noord"),
    ("basisschool", "Jenaplanschool De Boomgaard"), ("basisschool", "Vrije School Michaël"),
    ("basisschool", "Al Ghazali"), ("islamitische basisschool", "Er Riseleh"), ("basisschool", "De Toermalijn"),
    ("obs", "De Octopus"), ("cbs", "Juliana van Stolberg"), ("basisschool", "De Achtbaan"),
    ("vo", "Coornhert Gymnasium"), ("vo", "Christelijk Lyceum Alphen"), ("vo", "Praktijkschool De Einder"),
    ("vo", "Wellantcollege Westland"), ("vo", "Da Vinci College Kagerstraat"), ("vo", "Erasmus College"),
    ("vo", "Montessori Lyceum Herman Jordan"), ("vo", "Stedelijk Gymnasium Schiedam"), ("vo", "Het Rhedens"),
    ("vo", "Grafisch Lyceum"), ("vo", "Scala College"), ("vo", "Driestar College"), ("vo", "Groen van Prinsterer Lyceum"),
    ("vo", "Ashram College"), ("vo", "Kalsbeek College"), ("vo", "Minkema College"), ("vo", "Melanchthon Schiebroek"),
    ("vo", "Bonhoeffer College"), ("vo", "Wolfert Dalton"), ("vo", "Farel College"), ("vo", "Huygens Lyceum"),
    ("vo", "Vathorst College"), ("sbo", "De Triangel"), ("so", "De Sterrenwachter"), ("vso", "Het Driespan"),
    ("basisschool", "De Kleine Prins"), ("obs", "Het Startpunt"), ("cbs", "Het Baken"), ("rkbs", "De Lispeltuut"),
    ("basisschool", "Oranje Nassauschool"),
]

MAILDOMEINEN = [
    "gmail.com", "hotmail.com", "hotmail.nl", "live.nl", "outlook.com", "ziggo.nl", "kpnmail.nl", "planet.nl",
    "xs4all.nl", "home.nl", "upcmail.nl", "telfort.nl", "icloud.com", "yahoo.com", "protonmail.com", "telenet.be",
    "skynet.be", "gmx.de", "web.de", "t-online.de", "msn.com", "caiway.nl", "online.nl", "solcon.nl", "hetnet.nl",
    "live.com", "me.com", "outlook.be", "yahoo.co.uk", "wp.pl", "o2.pl", "yandex.ru", "mail.ru",
]

# mail domains of organisations where a professional has a personal address (initial and surname)
WERKDOMEINEN = ["kwadraad.nl", "wijkteamsgouda.nl", "jeugdbescherming-west.nl", "mee-zhn.nl", "vivent.nl",
                "ggdhm.nl", "leger.nl", "humanitas.nl", "jeugdformaat.nl", "lucertis.nl"]

# bank codes per country with the length of the account part
BANKEN_NL = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "RBRB", "KNAB", "BUNQ"]
KENTEKENLETTERS = "BDFGHJKLNPRSTVXZ"

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
MAANDEN_KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
