"""Invented names of the seventh privacy corpus, per origin and per part: part a and part b share no first name and
no surname (particles such as ``van`` and ``dos`` aside). No name belongs to a known public person on purpose."""

from __future__ import annotations

# origin -> (first names a, surnames a, first names b, surnames b)
HERKOMSTEN: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "nederlands": (["Marieke", "Joost", "Femke", "Ruud"], ["van der Heijden", "Kuipers", "de Graaf", "Brouwer"],
                   ["Ilse", "Wouter", "Anouk", "Gerrit"], ["van Dongen", "Verhoeven", "ter Horst", "Smeets"]),
    "fries": (["Sjoerd", "Wytske", "Hylke", "Tsjitske"], ["Hoekstra", "Wiersma", "Sikkema", "Terpstra"],
              ["Jelle", "Baukje", "Douwe", "Froukje"], ["Dijkstra", "Postma", "Bouma", "Hettinga"]),
    "turks": (["Aylin", "Emre", "Zeynep", "Mert"], ["Yıldırım", "Kaplan", "Aksoy", "Doğan"],
              ["Elif", "Burak", "Merve", "Kaan"], ["Öztürk", "Çelik", "Arslan", "Korkmaz"]),
    "marokkaans": (["Nadia", "Bilal", "Samira", "Youssef"], ["El Amrani", "Bouzian", "Azzouz", "Ouali"],
                   ["Hafsa", "Tarik", "Loubna", "Hamza"], ["Benali", "El Idrissi", "Chaouch", "Mokhtari"]),
    "surinaams-creools": (["Gracia", "Romeo", "Sherida", "Clifton"], ["Pinas", "Sabajo", "Kromanie", "Tjon Affo"],
                          ["Jurgen", "Marscha", "Ferdinand", "Lisette"], ["Koorndijk", "Vaseur", "Doelwijt", "Zeefuik"]),
    "surinaams-hindoestaans": (["Anjali", "Ravi", "Sunita", "Vikash"], ["Ramdin", "Jagessar", "Mahabier", "Kalloe"],
                               ["Priya", "Dinesh", "Shanti", "Rakesh"], ["Bhagwandin", "Sewdien", "Autar", "Baldewsingh"]),
    "surinaams-javaans": (["Sriwati", "Rudi", "Wagiman", "Sarmi"], ["Karsowidjojo", "Soekardi", "Pawiroredjo", "Kasanmoesdiran"],
                          ["Poniyem", "Hariyono", "Sarinah", "Slamet"], ["Atmodikoro", "Setrowidjojo", "Sonowidjojo", "Moestadja"]),
    "antilliaans": (["Jeanine", "Ruthsel", "Xiomara", "Giandro"], ["Martina", "Isenia", "Pieternella", "Rosaria"],
                    ["Shurenska", "Jurick", "Quisette", "Dwaine"], ["Cijntje", "Anthonia", "Girigorie", "Koeiman"]),
    "kaapverdiaans": (["Ednilson", "Djenifer", "Arlindo", "Nilza"], ["Tavares", "Semedo", "Fortes", "Monteiro"],
                      ["Adilson", "Crislaine", "Edmilson", "Jandira"], ["Lopes Furtado", "Brito", "Varela", "Rodrigues Mendes"]),
    "pools": (["Agnieszka", "Tomasz", "Małgorzata", "Krzysztof"], ["Kowalczyk", "Wiśniewska", "Nowicki", "Zielińska"],
              ["Katarzyna", "Paweł", "Joanna", "Grzegorz"], ["Wójcik", "Lewandowska", "Kamiński", "Szymańska"]),
    "roemeens": (["Ionela", "Florin", "Andreea", "Cătălin"], ["Popescu", "Dumitrescu", "Stoica", "Munteanu"],
                 ["Roxana", "Bogdan", "Mihaela", "Sorin"], ["Ionescu", "Constantin", "Niculescu", "Vasilescu"]),
    "bulgaars": (["Desislava", "Stoyan", "Radostina", "Kaloyan"], ["Petrova", "Georgiev", "Dimitrova", "Todorov"],
                 ["Tsvetelina", "Hristo", "Yordanka", "Plamen"], ["Angelova", "Kostadinov", "Nikolova", "Stefanov"]),
    "oekraiens": (["Oksana", "Taras", "Yulia", "Bohdan"], ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko"],
                  ["Nataliia", "Andrii", "Iryna", "Mykola"], ["Melnyk", "Kravchenko", "Oliynyk", "Savchenko"]),
    "syrisch": (["Rania", "Omar", "Lina", "Khaled"], ["Al-Hassan", "Haddad", "Khoury", "Al-Masri"],
                ["Dima", "Yaman", "Hiba", "Mazen"], ["Al-Halabi", "Sabbagh", "Darwish", "Al-Shami"]),
    "iraaks": (["Zainab", "Haider", "Noor", "Mustafa"], ["Al-Jubouri", "Kadhim", "Al-Ani", "Jawad"],
               ["Sura", "Ammar", "Ruqaya", "Saif"], ["Al-Obaidi", "Hamoudi", "Al-Tamimi", "Mahdi"]),
    "afghaans": (["Farzana", "Ahmad Shah", "Mariam", "Wahid"], ["Noorzai", "Popal", "Sultani", "Amiri"],
                 ["Shabnam", "Jawed", "Freshta", "Zabihullah"], ["Karimi", "Hotak", "Rahimi", "Safi"]),
    "eritrees": (["Senait", "Tesfay", "Helen", "Yonas"], ["Ghebremedhin", "Tekle", "Kidane", "Habte"],
                 ["Luwam", "Dawit", "Saba", "Filmon"], ["Berhane", "Woldemariam", "Asmerom", "Ghirmay"]),
    "somalisch": (["Hodan", "Abdirahman", "Faadumo", "Liban"], ["Warsame", "Jama", "Farah", "Dirie"],
                  ["Ayaan", "Mahad", "Sahra", "Guled"], ["Abdi", "Egal", "Hersi", "Samatar"]),
    "ethiopisch": (["Meron", "Abebe", "Tigist", "Yohannes"], ["Tadesse", "Bekele", "Girma", "Alemu"],
                   ["Selamawit", "Dereje", "Hirut", "Bereket"], ["Wolde", "Tsegaye", "Mengistu", "Ayele"]),
    "soedanees": (["Hawa", "Osman", "Amna", "Babiker"], ["Elnour", "Abdelrahim", "Mirghani", "Elsheikh"],
                  ["Safaa", "Musab", "Nafisa", "Elfatih"], ["Abdalla", "Eltayeb", "Hamid", "Abusin"]),
    "chinees": (["Mei Ling", "Wei", "Xiaoyan", "Jun"], ["Chen", "Zhang", "Lin", "Huang"],
                ["Hui Min", "Jian", "Yuting", "Hao"], ["Wang", "Liu", "Zhou", "Xu"]),
    "vietnamees": (["Thi Lan", "Minh", "Thu Trang", "Quang"], ["Nguyen", "Tran", "Pham", "Vu"],
                   ["Ngoc Anh", "Duc", "Hong Nhung", "Tuan"], ["Le", "Hoang", "Dang", "Bui"]),
    "indonesisch": (["Dewi", "Agus", "Wulan", "Budi"], ["Siregar", "Wibowo", "Hutapea", "Kusuma"],
                    ["Ratna", "Hendra", "Sari", "Bambang"], ["Simanjuntak", "Nasution", "Prasetyo", "Lubis"]),
    "ghanees": (["Akosua", "Kwame", "Efua", "Kofi"], ["Mensah", "Boateng", "Owusu", "Asante"],
                ["Adjoa", "Yaw", "Abena", "Kwabena"], ["Ofori", "Amponsah", "Agyeman", "Darko"]),
    "nigeriaans": (["Chiamaka", "Emeka", "Ngozi", "Tunde"], ["Okafor", "Adeyemi", "Nwosu", "Balogun"],
                   ["Folake", "Chinedu", "Adaeze", "Segun"], ["Eze", "Olawale", "Obi", "Adebayo"]),
    "braziliaans": (["Thaís", "Rodrigo", "Larissa", "Thiago"], ["dos Santos Lima", "Carvalho", "Ribeiro", "Pereira"],
                    ["Juliana", "Leandro", "Fernanda", "Gustavo"], ["da Costa Alves", "Nascimento", "Barbosa", "Cardoso"]),
    "portugees": (["Inês", "Duarte", "Leonor", "Tiago"], ["Sousa", "Ferreira", "Gonçalves", "Marques"],
                  ["Beatriz", "Nuno", "Catarina", "Rui"], ["Teixeira", "Pinto", "Moreira", "Azevedo"]),
}

# a nickname per origin and part (the name a child or parent is called by)
BIJNAMEN: dict[str, tuple[str, str]] = {
    "nederlands": ("Joopie", "Wout"), "fries": ("Hyl", "Frou"), "turks": ("Zeyno", "Kaancım"),
    "marokkaans": ("Youss", "Hamoudi"), "surinaams-creools": ("Sheri", "Ferdi"), "surinaams-hindoestaans": ("Viki", "Rakeshbhai"),
    "surinaams-javaans": ("Wati", "Yono"), "antilliaans": ("Xio", "Juju"), "kaapverdiaans": ("Nilzinha", "Edmi"),
    "pools": ("Gosia", "Kasia"), "roemeens": ("Flo", "Miha"), "bulgaars": ("Desi", "Tsveti"),
    "oekraiens": ("Oksanka", "Ira"), "syrisch": ("Khalo", "Yamani"), "iraaks": ("Zozo", "Saifo"),
    "afghaans": ("Farzi", "Freshi"), "eritrees": ("Seni", "Filmi"), "somalisch": ("Hodi", "Guleed"),
    "ethiopisch": ("Meri", "Hiru"), "soedanees": ("Hawaya", "Nafi"), "chinees": ("Lingling", "Tingting"),
    "vietnamees": ("Lanny", "Tuanito"), "indonesisch": ("Wulanku", "Ratnaja"), "ghanees": ("Kwamz", "Abbey"),
    "nigeriaans": ("Chichi", "Foly"), "braziliaans": ("Lari", "Juju-br"), "portugees": ("Tiaguinho", "Cati"),
}

# particles and middle parts both parts may share: not counted as a shared name
PARTIKELS = {"van", "der", "den", "ter", "dos", "das", "thi", "tjon", "lopes", "rodrigues"}
