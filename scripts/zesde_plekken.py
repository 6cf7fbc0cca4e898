"""Streets, cities and schools of the sixth privacy corpus, split per part so that the two parts share no street and
no school. Invented or common street names with a plausible city; the postcode is drawn from the city's range."""

from __future__ import annotations

# city -> first and last four digits of its postcodes
STEDEN: dict[str, tuple[int, int]] = {
    "Rotterdam": (3011, 3089), "Amsterdam": (1011, 1109), "Den Haag": (2491, 2599), "Utrecht": (3511, 3585),
    "Eindhoven": (5611, 5658), "Groningen": (9711, 9747), "Tilburg": (5011, 5049), "Almere": (1311, 1364),
    "Leeuwarden": (8911, 8941), "Zwolle": (8011, 8043), "Arnhem": (6811, 6846), "Nijmegen": (6511, 6546),
    "Enschede": (7511, 7548), "Breda": (4811, 4841), "Dordrecht": (3311, 3329), "Zaandam": (1501, 1509),
    "Lelystad": (8211, 8245), "Heerlen": (6411, 6419), "Emmen": (7811, 7826), "Deventer": (7411, 7431),
    "Schiedam": (3111, 3125), "Vlaardingen": (3131, 3138), "Delft": (2611, 2629), "Leiden": (2311, 2334),
    "Haarlem": (2011, 2037), "Apeldoorn": (7311, 7339), "Venlo": (5911, 5928), "'s-Hertogenbosch": (5211, 5236),
}

STRATEN: dict[str, list[tuple[str, str]]] = {
    "a": [
        ("Vlierboomstraat", "Rotterdam"), ("Goudsbloemvallei", "Den Haag"), ("Kamperfoeliehof", "Almere"),
        ("Burgemeester Roellstraat", "Amsterdam"), ("Hobbemaplein", "Den Haag"), ("Zwanenvechtlaan", "Utrecht"),
        ("Dordtsestraatweg", "Rotterdam"), ("Pieter de Hoochweg", "Rotterdam"), ("Korhoenstraat", "Groningen"),
        ("Abeelweg", "Zwolle"), ("Talingstraat", "Leeuwarden"), ("Bisschop Bekkersweg", "Eindhoven"),
        ("Meidoornplantsoen", "Lelystad"), ("Oranjeboomstraat", "Breda"), ("Wolfskuilseweg", "Nijmegen"),
        ("Tongelresestraat", "Eindhoven"), ("Vaartsche Rijn", "Utrecht"), ("Graaf Florisstraat", "Schiedam"),
        ("Distelvlinderstraat", "Emmen"), ("Rembrandtlaan", "Apeldoorn"), ("Marijkestraat", "Heerlen"),
        ("Sterrenbos", "Dordrecht"), ("Klaprooslaan", "Vlaardingen"), ("Lupinestraat", "Enschede"),
        ("Ebbehout", "Zaandam"), ("Kruisherenstraat", "Venlo"), ("Schaepmanstraat", "Tilburg"),
        ("Hommelseweg", "Arnhem"), ("Hugo de Grootstraat", "Delft"), ("Vijf Meiplein", "Leiden"),
    ],
    "b": [
        ("Paradijsvogelstraat", "Rotterdam"), ("Koningsvarenstraat", "Den Haag"), ("Wolweverstraat", "Leiden"),
        ("Boegspriet", "Almere"), ("Merelhof", "Zwolle"), ("Ruysdaelkade", "Amsterdam"), ("Kanaalweg", "Utrecht"),
        ("Schalkwijkpad", "Haarlem"), ("Tuinbouwstraat", "Groningen"), ("Elzenhagensingel", "Amsterdam"),
        ("Kastanjelaan", "Apeldoorn"), ("Reigerstraat", "Dordrecht"), ("Julianaweg", "Zaandam"),
        ("Maasboulevard", "Venlo"), ("Willem Barentszstraat", "Leeuwarden"), ("Bosuilstraat", "Enschede"),
        ("Prinsenkade", "Breda"), ("Groenewoudseweg", "Nijmegen"), ("Hooidrift", "Rotterdam"),
        ("Oude Ebbingestraat", "Groningen"), ("Muntelbolwerk", "'s-Hertogenbosch"), ("Kloosterstraat", "Heerlen"),
        ("Dotterbloemlaan", "Lelystad"), ("Torenstraat", "Schiedam"), ("Sumatrastraat", "Deventer"),
        ("Noordsingel", "Emmen"), ("Lindenheuvel", "Arnhem"), ("Valkenierstraat", "Delft"),
        ("Hamsterstraat", "Tilburg"), ("Van Hogendorpplein", "Vlaardingen"),
    ],
}

# Belgian and German addresses: street, postcode, place
BUITENLAND: dict[str, dict[str, list[tuple[str, str, str]]]] = {
    "a": {
        "be": [("Turnhoutsebaan", "2140", "Borgerhout"), ("Lange Leemstraat", "2018", "Antwerpen"),
               ("Dampoortstraat", "9000", "Gent"), ("Rue de Brabant", "1210", "Sint-Joost-ten-Node"),
               ("Stationsstraat", "3600", "Genk")],
        "de": [("Lindenstraße", "47533", "Kleve"), ("Emmericher Straße", "46446", "Emmerich am Rhein"),
               ("Bentheimer Straße", "48529", "Nordhorn"), ("Jülicher Straße", "52070", "Aachen"),
               ("Gronauer Straße", "48599", "Gronau")],
    },
    "b": {
        "be": [("Gitschotellei", "2140", "Borgerhout"), ("Wondelgemstraat", "9000", "Gent"),
               ("Sint-Bernardsesteenweg", "2660", "Hoboken"), ("Chaussée de Gand", "1080", "Molenbeek"),
               ("Hasseltweg", "3600", "Genk")],
        "de": [("Wilhelmstraße", "48527", "Nordhorn"), ("Hülser Straße", "47803", "Krefeld"),
               ("Venloer Straße", "50672", "Köln"), ("Hochstraße", "52525", "Heinsberg"),
               ("Bocholter Straße", "46414", "Rhede")],
    },
}

# school type (the "vorm" of a school value) -> names
SCHOLEN: dict[str, dict[str, list[str]]] = {
    "a": {
        "basisschool": ["obs De Wilgenkamp", "cbs Het Kompas", "IKC De Zonnewijzer", "Kindcentrum Het Palet",
                        "rkbs De Klimop", "Islamitische basisschool Al Ikhlaas", "obs Prinses Juliana",
                        "basisschool De Vuurvogel", "pcbs De Fontein", "Daltonschool De Kiekendief",
                        "Jenaplanschool Het Rietveld"],
        "sbo": ["SBO De Springplank", "sbo Het Startblok"],
        "so": ["SO De Piramide", "Mytylschool De Brug"],
        "vso": ["VSO De Stapsteen", "VSO Het Baken"],
        "vo": ["Zuiderpark College", "Montessori Lyceum Oost", "Scholengemeenschap De Dijk", "Mavo Het Atrium",
               "Stedelijk Lyceum Rivierenwijk"],
        "praktijkonderwijs": ["Praktijkschool De Zwaaikom"],
        "isk": ["ISK Het Vlot"],
        "mbo": ["ROC Rijnmond Zuid"],
    },
    "b": {
        "basisschool": ["obs De Kleine Prins", "cbs De Wegwijzer", "IKC Het Kristal", "Kindcentrum De Bolster",
                        "rkbs Sint Franciscus", "Islamitische basisschool El Amien", "obs Koningin Emma",
                        "basisschool De Sterrenkijker", "pcbs Het Anker", "Montessorischool De Notenkraker",
                        "Vrije School De Zonnewende"],
        "sbo": ["SBO De Windroos", "sbo De Wissel"],
        "so": ["SO De Kameleon", "Tyltylschool Het Rondeel"],
        "vso": ["VSO De Ruimte", "VSO De Horizon"],
        "vo": ["Noorderlicht College", "Lorentz Lyceum Noord", "Scholengemeenschap De Rivieren", "Vmbo De Wending",
               "Stedelijk Gymnasium Oost"],
        "praktijkonderwijs": ["Praktijkcollege Het Ambacht"],
        "isk": ["ISK De Overstap"],
        "mbo": ["Techniek College Oost"],
    },
}

# what follows a school: the group, class or year of the child
NIVEAUS: dict[str, list[str]] = {
    "basisschool": [", groep 3", ", groep 6", " (groep 7)", ", gr. 5", " (gr. 8)", ", groep 4/5", ", groep 1-2"],
    "sbo": [", groep 6", " (bovenbouw)", ", groep 8"],
    "so": [", klas 2", " (onderbouw)"],
    "vso": [", klas 3", " (leerjaar 2, arbeidstoeleiding)"],
    "vo": [", klas 2 vmbo-kb", " (havo 3)", ", leerjaar 1", ", brugklas", " (2 mavo)", ", klas 4 vwo"],
    "praktijkonderwijs": [", leerjaar 2", " (klas 3)"],
    "isk": [", leerjaar 1", " (ISK-klas 2)"],
    "mbo": [", niveau 2 eerste jaar", " (entreeopleiding)"],
}
