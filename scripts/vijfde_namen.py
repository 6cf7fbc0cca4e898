"""Names for the fifth privacy corpus (`maak_vijfde_privacycorpus.py`), per origin: first names, surnames and
nicknames. Every list is split in two by position (even places for part a, odd for part b), so the parts share no
name. Written apart from the detector and from the other corpora."""

from __future__ import annotations

# origin: (first names, surnames, nicknames)
HERKOMSTEN: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nederlands": (
        ["Gerrit", "Wilma", "Hendrikje", "Teun", "Marieke", "Bram", "Jolanda", "Sjoerd", "Annelies", "Koos",
         "Femke", "Wouter", "Ineke", "Gijs"],
        ["van der Wal", "Hoogendoorn", "de Ridder", "Verhoef", "van Dam", "Brouwer", "ter Horst", "Kramer",
         "van den Broek", "Postma", "de Kruijf", "Oudshoorn", "van 't Hof", "Zwanenburg"],
        ["Sjaak", "Mies", "Henk", "Toos"],
    ),
    "vlaams": (
        ["Wannes", "Lieselot", "Joris", "Annelien", "Pieterjan", "Griet", "Stijn", "Katrien"],
        ["Vandenbroucke", "De Smedt", "Verstraete", "Van Acker", "Goossens", "Claeys", "Vermeulen", "De Backer"],
        ["Pj", "Lotte"],
    ),
    "turks": (
        ["Emine", "Hüseyin", "Zeynep", "Mustafa", "Hatice", "Murat", "Elif", "Kadir", "Songül", "Ercan", "Büşra",
         "Volkan"],
        ["Arslan", "Kılıç", "Doğan", "Aydın", "Çelik", "Öztürk", "Şahin", "Yıldırım", "Koç", "Kaplan", "Ergün",
         "Taşdemir"],
        ["Memo", "Hüso", "Elo"],
    ),
    "marokkaans": (
        ["Yasmina", "Driss", "Khadija", "Youssef", "Naima", "Soufiane", "Fouzia", "Hamid", "Latifa", "Bilal",
         "Samira", "Redouan"],
        ["El Idrissi", "Amrani", "Ait Haddou", "Bouzerda", "El Hamdaoui", "Benali", "Ouali", "Ben Said", "Azzouzi",
         "Chaara", "El Khattabi", "Lamrini"],
        ["Yas", "Sofi", "Jamal"],
    ),
    "surinaams": (
        ["Sunita", "Ravi", "Shanti", "Dinesh", "Rosita", "Ramon", "Clarice", "Ashwin", "Wendeline", "Marlon"],
        ["Ramdin", "Bissumbhar", "Pinas", "Jagroep", "Linger", "Sewdien", "Kasanmoentalib", "Fung-A-Loi",
         "Sardjoe", "Doelwijt"],
        ["Dino", "Ricky"],
    ),
    "antilliaans": (
        ["Shurendy", "Gisela", "Jurich", "Naomy", "Rignald", "Curvelyn", "Jandino", "Sulaika"],
        ["Isenia", "Cijntje", "Statia", "Koeiman", "Wawoe", "Rosalia", "Maduro", "Frans"],
        ["Juju", "Sula"],
    ),
    "kaapverdiaans": (
        ["Djeison", "Ivanilda", "Adilson", "Maria da Luz", "Edmilson", "Jacira"],
        ["Tavares", "Lopes Semedo", "dos Santos", "Fortes", "Monteiro", "da Graça"],
        ["Dju", "Nilda"],
    ),
    "pools": (
        ["Łukasz", "Agnieszka", "Grzegorz", "Małgorzata", "Tomasz", "Katarzyna", "Wojciech", "Ewelina"],
        ["Wiśniewski", "Kowalczyk", "Zając", "Wróblewska", "Szymański", "Dąbrowska", "Lewandowski", "Kaczmarek"],
        ["Gosia", "Kasia", "Wojtek"],
    ),
    "bulgaars": (
        ["Stoyan", "Radka", "Dimitar", "Vesela", "Krasimir", "Mariyka"],
        ["Petrova", "Georgiev", "Ivanova", "Stoyanov", "Dimitrova", "Kolev"],
        ["Mitko", "Vesi"],
    ),
    "eritrees": (
        ["Tesfalem", "Senait", "Yonas", "Mebrat", "Filmon", "Helen", "Samuel", "Saba"],
        ["Ghebreyesus", "Tekle", "Haile", "Woldemichael", "Berhane", "Kidane", "Tesfamariam", "Habte"],
        ["Yoni", "Fili"],
    ),
    "somalisch": (
        ["Fadumo", "Abdirahman", "Hodan", "Abdullahi", "Sahra", "Mahad", "Ayaan", "Liban"],
        ["Warsame", "Hirsi", "Mohamud", "Farah", "Egal", "Jama", "Osman", "Abdi"],
        ["Xamar", "Cabdi"],
    ),
    "syrisch": (
        ["Rami", "Lina", "Nour", "Bashar", "Rasha", "Omar", "Hala", "Mazen"],
        ["Al-Khatib", "Haddad", "Al-Masri", "Kassab", "Al-Halabi", "Sabbagh", "Darwish", "Shami"],
        ["Abu Rami", "Noura"],
    ),
    "iraaks": (
        ["Zainab", "Haider", "Shahad", "Mustafa Ali", "Ruqaya", "Karrar"],
        ["Al-Saadi", "Jabbar", "Al-Jubouri", "Hussein", "Al-Tamimi", "Kadhim"],
        ["Zozo", "Hayder"],
    ),
    "afghaans": (
        ["Farid", "Mariam", "Zabihullah", "Parwana", "Ahmad Shah", "Freshta", "Wahid", "Shabnam"],
        ["Noorzai", "Ahmadzai", "Popal", "Sultani", "Hakimi", "Rahimi", "Wardak", "Stanikzai"],
        ["Zabi", "Pari"],
    ),
    "oekraiens": (
        ["Oksana", "Mykola", "Olena", "Taras", "Iryna", "Bohdan"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchuk"],
        ["Ksiusha", "Bodia"],
    ),
    "vietnamees": (
        ["Hoa", "Minh", "Lan", "Tuan", "Thu", "Quang"],
        ["Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ"],
        ["Tí", "Bé"],
    ),
    "chinees": (
        ["Xiaoming", "Meiling", "Jianguo", "Yuqing", "Wenjie", "Lihua"],
        ["Zhang", "Chen", "Wang", "Liu", "Huang", "Zhou"],
        ["Xiaoxiao", "Mingming"],
    ),
    "indonesisch": (
        ["Wulandari", "Bambang", "Sri", "Agus", "Ratna", "Hendro"],
        ["Sutanto", "Hidayat", "Santoso", "Wibowo", "Kusuma", "Nugroho"],
        ["Ninik", "Yoyok"],
    ),
}

# a middle name between surname and given name, as Vietnamese write it
VIETNAMESE_MIDDEN = {"a": ["Thị", "Văn"], "b": ["Thị", "Văn"]}

# first names that can join with a hyphen (double first names) per part
DUBBELE_VOORNAMEN = {"a": ["Jan-Willem", "Anne-Fleur", "Pieter-Bas"], "b": ["Marie-José", "Kees-Jan", "Eva-Lotte"]}

# particles that many names of both parts share; not counted when parts are compared
PARTIKELS = {"van", "der", "den", "ter", "dos", "das", "thị", "văn", "abu", "ben", "ait"}


def namen(deel: str) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """First names, surnames and nicknames of every origin for part ``a`` or ``b``."""
    plek = 0 if deel == "a" else 1
    return {h: (v[plek::2], a[plek::2], r[plek::2]) for h, (v, a, r) in HERKOMSTEN.items()}
