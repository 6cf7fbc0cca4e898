"""Streets, places, foreign addresses and schools of the eighth privacy corpus, one set per part: the parts share no
street and no school (`tests/test_privacy_achtste.py` checks that)."""

from __future__ import annotations

STRATEN_A = [
    "Burgemeester Roosstraat", "Koningin Wilhelminalaan", "Prins Bernhardplein", "Professor Zeemanweg",
    "Dokter Schaepmanstraat", "Sint-Jorisstraat", "Generaal Spoorlaan", "Laan van Nieuw Oosteinde", "Van Heemskerckstraat",
    "Tweede Oosterparkstraat", "Hoge Rijndijk", "Lage Kanaaldijk", "Kerkewegje", "Bachlaan", "Zonnebloemstraat",
    "Goudsbloemhof", "Schoolstraat", "Molenweg", "Jan Steenstraat", "Piet Heinkade", "Mesdagstraat", "Het Zwarte Pad",
    "Achter de Kerk", "Oude Gracht", "Nieuwe Binnenweg", "Spoorsingel", "Kastanjelaan", "Wilgenhof", "Tsjerkepaad",
    "Skoalleane", "Nijverheidsweg", "Dorpsstraat", "Havenkade", "Zuiderparkweg", "Klaverweide", "Heerbaan",
    "Kanaalstraat", "Lindengracht", "Sint Maartenslaan", "Admiraal de Ruijterweg",
]
STRATEN_B = [
    "Burgemeester Hogguerstraat", "Koningin Julianastraat", "Prins Hendrikkade", "Professor Lorentzlaan",
    "Dokter Ariënsstraat", "Sint-Annastraat", "Generaal Cronjéstraat", "Laan van Poot", "Tweede Hugo de Grootstraat",
    "Van Ostadestraat", "Hooftskade", "Blauwe Hand", "Beukenlaan", "Acaciastraat", "Rozenhof", "Merelstraat",
    "Spreeuwenpark", "Leeuweriklaan", "Stationsweg", "Marktstraat", "Veenkade", "Ringdijk", "Sluiskade",
    "Boerhaavelaan", "Multatulistraat", "Polderweg", "Noordsingel", "Vaartweg", "Fluitekruidweg", "Haagweg", "Meent",
    "Groeneweg", "Trekweg", "Buorren", "Tsjerkestrjitte", "Wâldwei", "Burgemeester van Tienhovenlaan",
    "Sint Servaasklooster", "Koningsplein", "Anna Paulownastraat",
]

# (place, first digits of its postcodes)
PLAATSEN_A = [("Leiden", "23"), ("Utrecht", "35"), ("Zaandam", "15"), ("Den Helder", "17"), ("Almere", "13"),
              ("Tilburg", "50"), ("Deventer", "74"), ("Emmen", "78"), ("Venlo", "59"), ("Heerlen", "64"),
              ("Leeuwarden", "89"), ("Sneek", "86"), ("Schiedam", "31"), ("Gouda", "28"), ("Vlissingen", "43"),
              ("Lelystad", "82"), ("Roermond", "60"), ("Hoorn", "16"), ("Assen", "94"), ("Zwolle", "80")]
PLAATSEN_B = [("Haarlem", "20"), ("Amersfoort", "38"), ("Rotterdam", "30"), ("Dordrecht", "33"), ("Arnhem", "68"),
              ("Nijmegen", "65"), ("Enschede", "75"), ("Groningen", "97"), ("Breda", "48"), ("Eindhoven", "56"),
              ("Maastricht", "62"), ("Drachten", "92"), ("Harderwijk", "38"), ("Purmerend", "14"),
              ("Spijkenisse", "32"), ("Helmond", "57"), ("Oss", "53"), ("Hengelo", "75"), ("Terneuzen", "45"),
              ("Hoogeveen", "79")]

# kind of foreign address: (street, postcode and place)
BUITENLAND_A = {
    "belgisch": [("Kerkstraat", "2000 Antwerpen"), ("Brusselsesteenweg", "9000 Gent"), ("Diestsevest", "3000 Leuven"),
                 ("Steenweg op Gierle", "2300 Turnhout"), ("Nationalestraat", "2000 Antwerpen"),
                 ("Rue de la Loi", "1040 Etterbeek")],
    "duits": [("Hauptstraße", "47533 Kleve"), ("Bahnhofstraße", "46395 Bocholt"), ("Aachener Straße", "50674 Köln"),
              ("Gocher Straße", "47551 Bedburg-Hau")],
    "caribisch": [("Kaya Grandi", "Kralendijk, Bonaire"), ("Kaya Flamboyan", "Willemstad, Curaçao"),
                  ("Caya Betico Croes", "Oranjestad, Aruba")],
}
BUITENLAND_B = {
    "belgisch": [("Lange Kievitstraat", "2018 Antwerpen"), ("Zuidlaan", "1000 Brussel"),
                 ("Kortrijksesteenweg", "9000 Gent"), ("Stationsstraat", "3500 Hasselt"), ("Vaartstraat", "8500 Kortrijk"),
                 ("Bosstraat", "3600 Genk")],
    "duits": [("Kirchstraße", "52062 Aachen"), ("Lindenallee", "48599 Gronau"), ("Emmericher Straße", "46446 Emmerich am Rhein"),
              ("Venloer Straße", "41751 Viersen")],
    "caribisch": [("Kaya Gobernador N. Debrot", "Kralendijk"), ("Schottegatweg Oost", "Willemstad"),
                  ("Kaya Sta. Rosa", "Willemstad, Curaçao"), ("Wilhelminastraat", "Philipsburg, Sint Maarten")],
}

# (school, kind of school)
SCHOLEN_A = [
    ("OBS De Springplank", "basisschool"), ("CBS Het Kompas", "basisschool"), ("Basisschool De Zonnewijzer", "basisschool"),
    ("IKC De Vlinderboom", "basisschool"), ("Montessorischool Zuid", "basisschool"), ("De Fonkelsteen", "basisschool"),
    ("RK Basisschool Sint Jozef", "basisschool"), ("Islamitische Basisschool Al Amal", "basisschool"),
    ("Obs De Twirre", "basisschool"), ("SBO De Windroos", "speciaal-basisonderwijs"),
    ("SO Het Mozaïek", "speciaal-onderwijs"), ("VSO De Ster", "speciaal-onderwijs"),
    ("Stedelijk Gymnasium Leiden", "voortgezet"), ("Da Vinci College", "voortgezet"), ("Bonaventuracollege", "voortgezet"),
    ("Comenius College", "voortgezet"), ("Praktijkschool De Brug", "praktijkonderwijs"), ("ROC Mondriaan", "mbo"),
    ("MBO Rijnland", "mbo"), ("GO! Atheneum Antwerpen", "voortgezet"), ("Kindcentrum Het Lichtpunt", "basisschool"),
]
SCHOLEN_B = [
    ("OBS De Regenboog", "basisschool"), ("CBS De Wegwijzer", "basisschool"), ("Daltonschool De Klimop", "basisschool"),
    ("Jenaplanschool Het Startpunt", "basisschool"), ("Vrije School Meander", "basisschool"), ("KC Het Anker", "basisschool"),
    ("Prins Clausschool", "basisschool"), ("Islamitische Basisschool El Inkade", "basisschool"),
    ("Openbare Basisschool De Octopus", "basisschool"), ("SBO Het Kristal", "speciaal-basisonderwijs"),
    ("SO De Wissel", "speciaal-onderwijs"), ("VSO Het Baken", "speciaal-onderwijs"), ("Erasmiaans Gymnasium", "voortgezet"),
    ("Christelijk Lyceum Delft", "voortgezet"), ("Het Amsterdams Lyceum", "voortgezet"), ("Calvijn College", "voortgezet"),
    ("Vakcollege Noord", "voortgezet"), ("Praktijkschool Uithof", "praktijkonderwijs"), ("Albeda", "mbo"),
    ("ROC van Twente", "mbo"), ("Sint-Lodewijkscollege Brugge", "voortgezet"),
]
