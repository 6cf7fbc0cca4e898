"""Streets, places and schools of the seventh privacy corpus, per part: the parts share no street and no school.
Streets and schools are invented or common Dutch names; none points to a real family."""

from __future__ import annotations

# Dutch streets with a place where such a street could lie (postcode range start, place)
STRATEN_A = ["Zonnebloemstraat", "Van Limburg Stirumlaan", "Eikenhof", "Burgemeester Kessensingel", "Slingerbos",
             "Parelhoenstraat", "Kastanjedreef", "Dirk Hoogenraadstraat", "Wilgenweg", "Hobbemaplein",
             "Korenbloemlaan", "Molenwerf", "Pieter Lastmankade", "Vlierstraat", "Zwanenvechtlaan", "Ceintuurbaan-Noord",
             "Hofstede Blaauwkapel", "Karel Doormanstraat", "Schepenenlaan", "Rietgors", "Koopvaardijstraat",
             "Margrietlaan", "Oranjeboomstraat", "Tjalkweg", "Sluisdijk"]
STRATEN_B = ["Klaprooslaan", "Van Heutszstraat", "Beukenrode", "Burgemeester Verheullaan", "Dolderpad",
             "Roerdompstraat", "Lindedreef", "Jan Tooropstraat", "Elzenweg", "Vermeerplein", "Goudsbloemstraat",
             "Havenkade-West", "Admiraal de Ruyterweg", "Hulstlaan", "Meeuwenlaan", "Singelpark-Zuid",
             "Hof van Weldam", "Tromplaan", "Wethouder Nijhuisstraat", "Lisdodde", "Stuurboordstraat",
             "Irenestraat", "Kruisherenstraat", "Botterweg", "Zeedijk-Oost"]

PLAATSEN_A = [("2531", "Den Haag"), ("3083", "Rotterdam"), ("5611", "Eindhoven"), ("8913", "Leeuwarden"),
              ("6824", "Arnhem"), ("3532", "Utrecht"), ("1314", "Almere"), ("7521", "Enschede"), ("9741", "Groningen"),
              ("4816", "Breda"), ("6415", "Heerlen"), ("2012", "Haarlem")]
PLAATSEN_B = [("1063", "Amsterdam"), ("3064", "Rotterdam"), ("5042", "Tilburg"), ("9203", "Drachten"),
              ("6533", "Nijmegen"), ("3822", "Amersfoort"), ("2403", "Alphen aan den Rijn"), ("7315", "Apeldoorn"),
              ("8024", "Zwolle"), ("4701", "Roosendaal"), ("6218", "Maastricht"), ("2315", "Leiden")]

# Belgian and German addresses (street, number part after the street, postcode and place)
BUITENLAND_A = [("Lange Kievitstraat", "bus 3", "2018 Antwerpen"), ("Rue des Tanneurs", "", "1000 Brussel"),
                ("Brugsesteenweg", "bus 12", "9000 Gent"), ("Gerhard-Hauptmann-Straße", "", "47533 Kleve"),
                ("Kaiserstraße", "", "52062 Aachen"), ("Emmericher Landstraße", "", "46446 Emmerich am Rhein")]
BUITENLAND_B = [("Turnhoutsebaan", "bus 2", "2140 Borgerhout"), ("Chaussée de Gand", "", "1080 Molenbeek"),
                ("Hasseltweg", "bus 5", "3600 Genk"), ("Bahnhofstraße", "", "48455 Bad Bentheim"),
                ("Friedrich-Ebert-Allee", "", "41179 Mönchengladbach"), ("Lindenstraße", "", "26871 Papenburg")]

# named schools with their type (the vorm of the value)
SCHOLEN_A = [("OBS De Springplank", "basisschool"), ("CBS Het Kompas", "basisschool"), ("RKBS Sint Jozef", "basisschool"),
             ("basisschool De Wilgenstam", "basisschool"), ("IKC De Vuurtoren", "ikc"), ("Montessorischool Oost", "montessori"),
             ("Daltonschool De Kameleon", "dalton"), ("IBS Al Amal", "islamitisch"), ("Jenaplanschool De Boomhut", "jenaplan"),
             ("SBO De Brug", "sbo"), ("SO De Piramide", "so"), ("VSO Het Baken", "vso"), ("De Ambelt", "so"),
             ("Stedelijk Lyceum Zuid", "vo"), ("Christelijk College Noordstad", "vo"), ("Vakcollege Rijnmond", "vmbo"),
             ("Praktijkschool De Werkplaats", "praktijkonderwijs"), ("ROC Midden Nederland", "mbo"),
             ("Grafisch Lyceum Rotterdam", "mbo"), ("ISK De Taalbrug", "isk"), ("Kindcentrum De Klimboom", "ikc"),
             ("Vrije School Michaël", "vrije-school"), ("Gymnasium Celeanum", "vo"), ("Yuverta vmbo Hoogeveen", "vmbo"),
             ("Kinderdagverblijf Het Speelhuis", "kinderopvang"), ("Cluster 4-school De Sterrenwacht", "so")]
SCHOLEN_B = [("OBS Het Palet", "basisschool"), ("CBS De Wegwijzer", "basisschool"), ("RKBS De Regenboog", "basisschool"),
             ("basisschool Klavertje Vier", "basisschool"), ("IKC Het Zonnehuis", "ikc"), ("Montessori Kindcentrum West", "montessori"),
             ("Daltonschool De Uilenhorst", "dalton"), ("IBS El Feth", "islamitisch"), ("Jenaplanschool 't Hoge Land", "jenaplan"),
             ("SBO Het Mozaïek", "sbo"), ("SO De Zeehonk", "so"), ("VSO De Kaap", "vso"), ("De Twijn", "so"),
             ("Comenius Lyceum Oost", "vo"), ("Het Nieuwe Atheneum", "vo"), ("Vakschool Schravenlant", "vmbo"),
             ("Praktijkcollege Het Plein", "praktijkonderwijs"), ("ROC Friese Poort", "mbo"), ("Zadkine Horeca", "mbo"),
             ("ISK Het Startpunt", "isk"), ("Kindcentrum De Vlinderboom", "ikc"), ("Vrije School De Zonnewijzer", "vrije-school"),
             ("Stedelijk Gymnasium Oostland", "vo"), ("Terra vmbo Assen", "vmbo"), ("Peuterspeelzaal Dikkertje Dap", "kinderopvang"),
             ("Cluster 4-school De Meerpaal", "so")]
