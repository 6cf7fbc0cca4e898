"""Invented names of twenty origins for the sixth privacy corpus, split per part so that the two parts share no
name word, and the ways a dossier writes them (`schrijf`). Used by `maak_zesde_privacycorpus.py`."""

from __future__ import annotations

import random

# origin -> part -> (given names, surnames); Vietnamese given names carry their middle name ("Thị Lan"),
# Dutch surnames their particle ("van Wijngaarden"), Chinese and Vietnamese names are written surname first
NAMEN: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "somalisch": {
        "a": (["Hodan", "Liban", "Sagal", "Abdirahman", "Ifrah", "Mahad", "Ubah"],
              ["Warsame", "Jama", "Abdulle", "Guled", "Samatar", "Egal"]),
        "b": (["Nimco", "Abdiwali", "Hamdi", "Faysal", "Sahra", "Khadar", "Deeqa"],
              ["Mohamud", "Aden", "Ismaciil", "Duale", "Bihi", "Gedi"]),
    },
    "oekraiens": {
        "a": (["Oksana", "Bohdan", "Yaryna", "Taras", "Solomiia", "Mykola", "Halyna"],
              ["Hrytsenko", "Kovalchuk", "Melnyk", "Tkachenko", "Savchuk", "Pylypenko"]),
        "b": (["Iryna", "Ostap", "Zoriana", "Vasyl", "Daryna", "Andrii", "Lesia"],
              ["Shevchuk", "Lysenko", "Kravets", "Marchenko", "Didenko", "Boiko"]),
    },
    "chinees": {
        "a": (["Wei", "Xiaoling", "Jiahao", "Meiling", "Zhiwei", "Yutong", "Haoran"],
              ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Guo"]),
        "b": (["Jingyi", "Zihan", "Yuxuan", "Ruoxi", "Mingze", "Shuang", "Tianyu"],
              ["Wang", "Yang", "Zhao", "Lin", "Sun", "Tang"]),
    },
    "vietnamees": {
        "a": (["Thị Lan", "Văn Hùng", "Thị Hoa", "Minh Tuấn", "Ngọc Ánh", "Văn Đức", "Thị Mai"],
              ["Nguyễn", "Trần", "Phạm", "Hoàng", "Huỳnh"]),
        "b": (["Thị Hằng", "Văn Long", "Thu Trang", "Quốc Bảo", "Thị Ngân", "Văn Phúc", "Bích Thủy"],
              ["Lê", "Võ", "Đặng", "Bùi", "Đỗ", "Dương"]),
    },
    "ghanees": {
        "a": (["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua", "Kwabena"],
              ["Mensah", "Owusu", "Boateng", "Asante", "Darko", "Agyeman"]),
        "b": (["Kwaku", "Ama", "Kojo", "Adwoa", "Kwesi", "Esi", "Yaa"],
              ["Appiah", "Ofori", "Amoah", "Frimpong", "Badu", "Osei"]),
    },
    "antilliaans": {
        "a": (["Jurmaine", "Shurendy", "Maritza", "Rignald", "Giomara", "Sherwin", "Jusmary"],
              ["Martina", "Isenia", "Rosaria", "Cijntje", "Statia", "Doran"]),
        "b": (["Roshendra", "Jaïr", "Sumaya", "Edsel", "Quenchela", "Ruchendly", "Naomy"],
              ["Koeiman", "Pieternella", "Anthonia", "Winklaar", "Bernabela", "Sillie"]),
    },
    "roemeens": {
        "a": (["Ionuț", "Mirela", "Florin", "Andreea", "Cătălin", "Roxana", "Bogdan"],
              ["Popescu", "Dumitru", "Stoica", "Munteanu", "Ionescu", "Vasilescu"]),
        "b": (["Ștefan", "Loredana", "Marius", "Bianca", "Cosmin", "Denisa", "Adrian"],
              ["Constantin", "Dobre", "Radu", "Lungu", "Niculescu", "Barbu"]),
    },
    "bulgaars": {
        "a": (["Dimitar", "Yordanka", "Stoyan", "Radka", "Hristo", "Tsvetelina", "Ivaylo"],
              ["Petkov", "Georgieva", "Angelov", "Todorova", "Kolev", "Nikolova"]),
        "b": (["Plamen", "Desislava", "Krasimir", "Milena", "Svetoslav", "Teodora", "Nedyalko"],
              ["Yordanov", "Hristova", "Dimov", "Stefanova", "Marinov", "Zheleva"]),
    },
    "koerdisch": {
        "a": (["Rêzan", "Azad", "Berivan", "Shivan", "Rojda", "Hogir", "Nazdar"],
              ["Doski", "Hawrami", "Mirani", "Sindi", "Berwari", "Rekani"]),
        "b": (["Dilan", "Zagros", "Hêvî", "Rebwar", "Jiyan", "Kawa", "Newroz"],
              ["Shexani", "Baradosti", "Sorani", "Xoshnaw", "Zaxoyi", "Botani"]),
    },
    "hindoestaans": {
        "a": (["Reshma", "Sunil", "Anjali", "Navin", "Priya", "Raviendra", "Shanti"],
              ["Ramdin", "Jagessar", "Bhagwandin", "Soekhai", "Ramautar", "Mahabier"]),
        "b": (["Kavita", "Dinesh", "Sarita", "Prem", "Rakesh", "Soenita", "Vishnu"],
              ["Kalloe", "Ramsaran", "Jhinkoe", "Baldewsingh", "Doerga", "Sewnath"]),
    },
    "javaans": {
        "a": (["Sarmi", "Wagiman", "Suryati", "Karijo", "Rukmini", "Paiman", "Tuminah"],
              ["Kromodimedjo", "Pawiro", "Sardjoe", "Moestadja", "Wongsodikromo", "Soemodihardjo"]),
        "b": (["Sriyati", "Djamin", "Ngatini", "Slamet", "Rusmini", "Paidi", "Warsini"],
              ["Kasanmoesdiran", "Sontosoedarmo", "Karijowidjojo", "Atmodikoro", "Redjosentono", "Setrowidjojo"]),
    },
    "moluks": {
        "a": (["Yance", "Marthen", "Agustina", "Semmy", "Ribka", "Dominggus", "Yolanda"],
              ["Pattiasina", "Latuheru", "Tuhumury", "Sahetapy", "Wattimena", "Lekatompessy"]),
        "b": (["Yohanis", "Welmintje", "Octovianus", "Rosalina", "Ferry", "Leonora", "Nicolaas"],
              ["Manuputty", "Tahapary", "Siahaya", "Pelupessy", "Hehanussa", "Louhenapessy"]),
    },
    "fries": {
        "a": (["Sjoukje", "Hessel", "Jildou", "Wiebren", "Baukje", "Sipke", "Froukje"],
              ["Hylkema", "Wiersma", "Terpstra", "Jongsma", "Bosgra", "Tjalsma"]),
        "b": (["Tsjerk", "Wypkje", "Jelle", "Aukje", "Durk", "Sytske", "Hidde"],
              ["Postma", "Zijlstra", "Veenstra", "Haitsma", "Rinsma", "Feenstra"]),
    },
    "turks": {
        "a": (["Emine", "Oğuzhan", "Zeynep", "Burak", "Elif", "Serkan", "Hatice"],
              ["Gündoğdu", "Yıldırım", "Karataş", "Öztürk", "Aydoğan", "Korkmaz"]),
        "b": (["Ayşe", "Emre", "Büşra", "Murat", "Kübra", "Halil", "Songül"],
              ["Demirci", "Şahin", "Çakır", "Kılıç", "Erdem", "Yavuz"]),
    },
    "marokkaans": {
        "a": (["Tiziri", "Massinissa", "Dihya", "Yuba", "Tafsut", "Idir", "Siham"],
              ["Amezian", "Boutahar", "Aharrach", "Ouchene", "Akouh", "Ait Said"]),
        "b": (["Aksil", "Tanirt", "Anir", "Itri", "Nouhaila", "Mimoun", "Tudert"],
              ["Azarkan", "Bouharrou", "Chaibi", "Lamrabet", "Ait Ouali", "Haddouchi"]),
    },
    "eritrees": {
        "a": (["Tesfalem", "Senait", "Yonas", "Mebrat", "Filmon", "Luwam", "Dawit"],
              ["Ghebremedhin", "Tesfamariam", "Habte", "Kidane", "Weldemichael", "Abraha"]),
        "b": (["Semhar", "Robel", "Saba", "Merhawi", "Winta", "Ermias", "Feven"],
              ["Tekle", "Berhane", "Andemariam", "Ghirmay", "Mebrahtu", "Okbamichael"]),
    },
    "syrisch": {
        "a": (["Lujain", "Khaled", "Nour", "Tarek", "Hiba", "Majd", "Rama"],
              ["Haddad", "Khoury", "Al-Masri", "Sabbagh", "Dabbagh", "Kassab"]),
        "b": (["Lamis", "Yazan", "Rouaa", "Ammar", "Sidra", "Fadi", "Jouri"],
              ["Shami", "Halabi", "Al-Homsi", "Zein", "Qassem", "Attar"]),
    },
    "afghaans": {
        "a": (["Farid", "Zarmina", "Mursal", "Wahid", "Shabnam", "Habib", "Nasima"],
              ["Rahimi", "Noorzai", "Popal", "Sultani", "Amiri", "Wardak"]),
        "b": (["Parwana", "Jawed", "Fereshta", "Samir", "Mariam", "Ajmal", "Nilofar"],
              ["Hashimi", "Karimi", "Stanikzai", "Azizi", "Safi", "Niazi"]),
    },
    "pools": {
        "a": (["Łukasz", "Agnieszka", "Krzysztof", "Magdalena", "Paweł", "Zofia", "Bartosz"],
              ["Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Piątek", "Grabowska"]),
        "b": (["Katarzyna", "Tomasz", "Małgorzata", "Jakub", "Weronika", "Grzegorz", "Oliwia"],
              ["Nowicki", "Wiśniewska", "Kaczmarek", "Sikora", "Dudek", "Jabłońska"]),
    },
    "nederlands": {
        "a": (["Geertje", "Bram", "Marieke", "Teun", "Liesbeth", "Joost", "Fenna"],
              ["van Wijngaarden", "de Rooij", "van der Meulen", "ter Horst", "van 't Hek", "den Boeft"]),
        "b": (["Annemiek", "Gijs", "Wilma", "Stijn", "Hanneke", "Daan", "Roosmarijn"],
              ["van Dongen", "de Kruijf", "van den Akker", "ter Steege", "van Leeuwen", "in 't Veld"]),
    },
}

# the given names of women; the others are men's names
VROUWEN = {
    "Hodan", "Sagal", "Ifrah", "Ubah", "Oksana", "Yaryna", "Solomiia", "Halyna", "Xiaoling", "Meiling", "Yutong",
    "Thị Lan", "Thị Hoa", "Ngọc Ánh", "Thị Mai", "Akosua", "Abena", "Efua", "Maritza", "Giomara", "Jusmary", "Mirela",
    "Andreea", "Roxana", "Yordanka", "Radka", "Tsvetelina", "Rêzan", "Berivan", "Rojda", "Nazdar", "Reshma", "Anjali",
    "Priya", "Shanti", "Sarmi", "Suryati", "Rukmini", "Tuminah", "Agustina", "Ribka", "Yolanda", "Sjoukje", "Jildou",
    "Baukje", "Froukje", "Emine", "Zeynep", "Elif", "Hatice", "Tiziri", "Dihya", "Tafsut", "Siham", "Senait", "Mebrat",
    "Luwam", "Lujain", "Nour", "Hiba", "Rama", "Zarmina", "Mursal", "Shabnam", "Nasima", "Agnieszka", "Magdalena",
    "Zofia", "Geertje", "Marieke", "Liesbeth", "Fenna",
    "Nimco", "Hamdi", "Sahra", "Deeqa", "Iryna", "Zoriana", "Daryna", "Lesia", "Jingyi", "Ruoxi", "Shuang", "Thị Hằng",
    "Thu Trang", "Thị Ngân", "Bích Thủy", "Ama", "Adwoa", "Esi", "Yaa", "Roshendra", "Sumaya", "Quenchela", "Naomy",
    "Loredana", "Bianca", "Denisa", "Desislava", "Milena", "Teodora", "Dilan", "Hêvî", "Jiyan", "Kavita", "Sarita",
    "Soenita", "Sriyati", "Ngatini", "Rusmini", "Warsini", "Welmintje", "Rosalina", "Leonora", "Wypkje", "Aukje",
    "Sytske", "Ayşe", "Büşra", "Kübra", "Songül", "Tanirt", "Itri", "Nouhaila", "Tudert", "Semhar", "Saba", "Winta",
    "Feven", "Lamis", "Rouaa", "Sidra", "Jouri", "Parwana", "Fereshta", "Mariam", "Nilofar", "Katarzyna", "Małgorzata",
    "Weronika", "Oliwia", "Annemiek", "Wilma", "Hanneke", "Roosmarijn",
}

BIJNAMEN = {"a": ["Kiki", "Bubu", "Tito", "Nena", "Lulu", "Chico", "Mimi"],
            "b": ["Jojo", "Bobo", "Didi", "Fofo", "Zaza", "Koko", "Titi"]}

_ACHTERNAAM_EERST = {"chinees", "vietnamees"}
_VADERSNAAM = {"somalisch", "eritrees"}
_PARTIKELS = ("van der ", "van den ", "van 't ", "in 't ", "van ", "de ", "ter ", "den ")
# writings that stand alone; "voornaam" and "achternaam" need a role or title before them in the sentence
SCHRIJFWIJZEN = ("volledig", "initialen", "kleine-letters", "hoofdletters", "achternaam-komma", "dubbele-achternaam",
                 "bijnaam", "roepnaam", "achternaam-voorletters", "tussenvoegsel")
_DUBBEL = {"nederlands", "antilliaans", "pools", "roemeens", "bulgaars", "oekraiens", "hindoestaans", "javaans",
           "moluks", "fries", "ghanees", "eritrees"}
_QUOTES = (("‘", "’"), ("'", "'"), ("„", "”"), ("‚", "‘"))


def _partikel(achter: str) -> tuple[str, str]:
    """('van der ', 'Meulen') for 'van der Meulen'; ('', surname) without a particle."""
    for p in _PARTIKELS:
        if achter.startswith(p):
            return p, achter[len(p):]
    return "", achter


def _initialen(voor: str, rng: random.Random) -> str:
    eerste = "".join(w[0] + "." for w in voor.split())
    return eerste + (rng.choice("AJMHSLEK") + "." if rng.random() < 0.35 and " " not in voor else "")


def kies_schrijfwijze(herkomst: str, rng: random.Random) -> str:
    if herkomst == "nederlands" and rng.random() < 0.4:  # the sorted forms of a particle name come round often
        return "tussenvoegsel"
    opties = [s for s in SCHRIJFWIJZEN
              if (s != "tussenvoegsel" or herkomst == "nederlands") and (s != "dubbele-achternaam" or herkomst in _DUBBEL)]
    return rng.choice(opties)


def _achternaam_voor(achter: str, vrouw: bool) -> str:
    """A Polish or Bulgarian surname in the form of a woman or a man ('Grabowska', 'Grabowski')."""
    for man, vrouw_ in (("ski", "ska"), ("cki", "cka"), ("ov", "ova"), ("ev", "eva")):
        if vrouw and achter.endswith(man):
            return achter[: -len(man)] + vrouw_
        if not vrouw and achter.endswith(vrouw_):
            return achter[: -len(vrouw_)] + man
    return achter


def schrijf(herkomst: str, deel: str, schrijfwijze: str, rng: random.Random, geslacht: str = "") -> str:
    """A name of `herkomst` from the pool of `deel`, written in `schrijfwijze`; `geslacht` ('v' or 'm') when the
    sentence says whether it is a woman or a man."""
    voornamen, achternamen = NAMEN[herkomst][deel]
    if geslacht:
        voornamen = [v for v in voornamen if (v in VROUWEN) == (geslacht == "v")]
    voor, achter = rng.choice(voornamen), rng.choice(achternamen)
    if herkomst in ("pools", "bulgaars"):
        achter = _achternaam_voor(achter, voor in VROUWEN)
    roep = voor.split()[-1]  # the name a Vietnamese child is called by is the last of the given names
    partikel, kern = _partikel(achter)
    eerst = herkomst in _ACHTERNAAM_EERST
    volledig = f"{achter} {voor}" if eerst else f"{voor} {achter}"
    if schrijfwijze == "voornaam":
        return roep
    if schrijfwijze == "achternaam":
        return (partikel[:1].upper() + partikel[1:] + kern) if partikel else achter
    if schrijfwijze == "volledig":  # Somali and Eritrean names often carry the father's name in the middle
        if herkomst in _VADERSNAAM and rng.random() < 0.4:
            vader = rng.choice([v for v in NAMEN[herkomst][deel][0] if v not in VROUWEN and v != voor])
            return f"{voor} {vader} {achter}"
        return volledig
    if schrijfwijze == "initialen":
        return f"{_initialen(voor, rng)} {achter}"
    if schrijfwijze == "kleine-letters":
        return volledig.lower()
    if schrijfwijze == "hoofdletters":
        return volledig.upper() if rng.random() < 0.5 else f"{achter.upper()} {voor}"
    if schrijfwijze == "achternaam-komma":
        return f"{kern}, {voor} {partikel.strip()}".rstrip() if partikel else f"{achter}, {voor}"
    if schrijfwijze == "achternaam-voorletters":
        return f"{kern} {partikel.strip()}, {_initialen(voor, rng)}" if partikel else f"{achter} {_initialen(voor, rng)}"
    if schrijfwijze == "dubbele-achternaam":
        tweede = rng.choice([a for a in achternamen if a != achter])
        tweede = _achternaam_voor(tweede, voor in VROUWEN) if herkomst in ("pools", "bulgaars") else tweede
        return f"{voor} {achter}-{tweede}"
    if schrijfwijze == "bijnaam":
        open_, dicht = rng.choice(_QUOTES)
        bijnaam = f"{open_}{rng.choice(BIJNAMEN[deel])}{dicht}"
        return f"{voor} {bijnaam} {achter}" if rng.random() < 0.6 else f"{bijnaam} {achter}"
    if schrijfwijze == "roepnaam":
        return f"{_initialen(voor, rng)} ({roep}) {achter}"
    if schrijfwijze == "tussenvoegsel":  # the Dutch ways of sorting and writing a name with a particle
        vormen = [f"{voor} {achter}", f"{_initialen(voor, rng)} {achter}", f"{kern}, {voor} {partikel.strip()}",
                  f"{kern} {partikel.strip()}, {_initialen(voor, rng)}"]
        return rng.choice(vormen)
    raise ValueError(schrijfwijze)


def naamdelen(deel: str) -> list[tuple[str, str]]:
    """(given name, surname) pairs for e-mail addresses and handles of `deel`, without diacritics left to a caller."""
    return [(v, a) for voornamen, achternamen in (NAMEN[h][deel] for h in NAMEN) for v in voornamen for a in achternamen]
