"""Names for the eighth privacy corpus (`maak_achtste_privacycorpus.py`), per origin: first names and surnames of
part a, then of part b, and nicknames per part. The two parts share no word of three letters or more (particles
such as van and der aside); `achtste_schrijven.namen_gescheiden` checks that. A surname that starts with a lowercase
particle (de Ruiter, van der Heijden, dos Santos) can be written with its particle at the end."""

from __future__ import annotations

# origin: (first names a, surnames a, first names b, surnames b)
HERKOMSTEN: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "nederlands": (
        ["Maarten", "Femke", "Joost", "Ilse", "Sander", "Marloes"],
        ["de Ruiter", "van Leeuwen", "Bosman", "Verhoeven", "van der Heijden", "Kuipers"],
        ["Ruben", "Anouk", "Gerrit", "Sanne", "Thijs", "Lieke"],
        ["van Dijk", "Smits", "de Graaf", "Schouten", "van den Broek", "Mulder"],
    ),
    "fries": (
        ["Sjoerd", "Tjitske", "Wiebe", "Froukje", "Hylke", "Aukje"],
        ["Hoekstra", "Wijnja", "Terpstra", "Sikkema", "Zijlstra", "Bouma"],
        ["Jelle", "Sytske", "Douwe", "Geartsje", "Folkert", "Baukje"],
        ["Dijkstra", "Wiersma", "Postma", "Kingma", "Hiemstra", "Tjalsma"],
    ),
    "vlaams": (
        ["Kobe", "Lien", "Wout", "Fien", "Seppe", "Marthe"],
        ["Peeters", "Vermeulen", "Janssens", "Claes", "Goossens", "De Smet"],
        ["Lander", "Ine", "Warre", "Noor", "Jef", "Griet"],
        ["Maes", "Wouters", "Mertens", "Willems", "Van den Bossche", "Verstraete"],
    ),
    "turks": (
        ["Emre", "Zeynep", "Burak", "Elif", "Ayşe", "Cem"],
        ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk"],
        ["Mehmet", "Esra", "Kerem", "Büşra", "Hakan", "Songül"],
        ["Aydın", "Arslan", "Doğan", "Koç", "Kılıç", "Yıldız"],
    ),
    "koerdisch": (
        ["Azad", "Dilan", "Rêber", "Zîlan", "Serhat", "Hêvî"],
        ["Barwari", "Amedi", "Zaxoyi", "Botani", "Mizuri", "Dosky"],
        ["Rojhat", "Nareen", "Berivan", "Şiyar", "Delal", "Kawa"],
        ["Hawrami", "Jaff", "Sindi", "Rekani", "Surchi", "Goyi"],
    ),
    "marokkaans": (
        ["Youssef", "Naima", "Bilal", "Khadija", "Soufiane", "Houda"],
        ["El Idrissi", "Benali", "Azzouzi", "Haddouchi", "Bakkali", "Ouchan"],
        ["Ayoub", "Samira", "Hamza", "Latifa", "Rachid", "Ikram"],
        ["El Khattabi", "Boutaher", "Ait Hssain", "Ziani", "Lamrabet", "Mourabit"],
    ),
    "surinaams-hindoestaans": (
        ["Ravi", "Sunita", "Anand", "Reshma", "Vikash", "Kavita"],
        ["Ramdin", "Jagessar", "Mahabier", "Sewnath", "Ramcharan", "Bhagwandin"],
        ["Rajesh", "Shanti", "Dinesh", "Sarita", "Navin", "Indra"],
        ["Ramsaran", "Baldew", "Kalloe", "Soekhoe", "Ramautar", "Bisesar"],
    ),
    "surinaams-creools": (
        ["Marciano", "Shirley", "Romano", "Jacintha", "Ricardo", "Denise"],
        ["Pinas", "Doelwijt", "Wijngaarde", "Liefde", "Sordam", "Emanuelson"],
        ["Gregory", "Sharon", "Orlando", "Ingrid", "Clifton", "Rosita"],
        ["Vlijter", "Pansa", "Refos", "Hoost", "Menig", "Truideman"],
    ),
    "antilliaans": (
        ["Shurandy", "Giselle", "Rudsel", "Jeandra", "Kenrick", "Suhenny"],
        ["Martina", "Isenia", "Rosaria", "Koeiman", "Sillé", "Winklaar"],
        ["Jandino", "Shudeline", "Genaro", "Dionne", "Quincy", "Ruthmila"],
        ["Cijntje", "Leito", "Bernadina", "Thomasa", "Janga", "Kwidama"],
    ),
    "eritrees": (
        ["Yonas", "Senait", "Dawit", "Selam", "Tesfalem", "Luwam"],
        ["Gebremedhin", "Kidane", "Woldemariam", "Tekle", "Ghebreyesus", "Asmerom"],
        ["Filmon", "Saba", "Yohannes", "Ruta", "Semere", "Eden"],
        ["Berhane", "Tewolde", "Mehari", "Andemichael", "Zerai", "Ghirmay"],
    ),
    "somalisch": (
        ["Abdirahman", "Hodan", "Farhiya", "Liban", "Ifrah", "Guled"],
        ["Warsame", "Farah", "Jama", "Abdullahi", "Hirsi", "Dualeh"],
        ["Mahad", "Deeqa", "Abdiwali", "Hamdi", "Ubah", "Sahra"],
        ["Egal", "Aden", "Mohamud", "Samatar", "Gedi", "Ismail"],
    ),
    "syrisch": (
        ["Rami", "Lina", "Tarek", "Hala", "Omar", "Rasha"],
        ["Al-Hassan", "Haddad", "Khoury", "Al-Masri", "Darwish", "Kabbani"],
        ["Yara", "Fadi", "Ghalia", "Majd", "Razan", "Hussam"],
        ["Al-Khatib", "Sabbagh", "Hamwi", "Atassi", "Jabbour", "Halabi"],
    ),
    "irakees": (
        ["Haider", "Zainab", "Mustafa", "Ruqaya", "Ali", "Huda"],
        ["Al-Jubouri", "Al-Obaidi", "Al-Saadi", "Kadhim", "Al-Tamimi", "Jasim"],
        ["Ammar", "Shahad", "Murtadha", "Zahraa", "Hasanain", "Sajjad"],
        ["Al-Rubaie", "Al-Dulaimi", "Hashim", "Kareem", "Al-Shammari", "Abbas"],
    ),
    "afghaans": (
        ["Farid", "Mariam", "Wahid", "Parwana", "Sohrab", "Nilofar"],
        ["Ahmadzai", "Hakimi", "Rahimi", "Noori", "Popal", "Sultani"],
        ["Zabihullah", "Shabnam", "Naweed", "Freshta", "Hamid", "Zarghona"],
        ["Karimi", "Stanikzai", "Safi", "Wardak", "Mohammadi", "Amiri"],
    ),
    "iraans": (
        ["Reza", "Shirin", "Babak", "Parisa", "Arash", "Leila"],
        ["Hosseini", "Moradi", "Jafari", "Rostami", "Tehrani", "Sadeghi"],
        ["Kaveh", "Mahsa", "Dariush", "Nazanin", "Omid", "Golnar"],
        ["Bahrami", "Kazemi", "Shahbazi", "Farahani", "Najafi", "Ebrahimi"],
    ),
    "pools": (
        ["Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Magdalena", "Krzysztof"],
        ["Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński"],
        ["Małgorzata", "Piotr", "Joanna", "Grzegorz", "Dorota", "Marcin"],
        ["Kowalczyk", "Szymański", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska"],
    ),
    "roemeens": (
        ["Andrei", "Ioana", "Mihai", "Mădălina", "Cosmin", "Roxana"],
        ["Popescu", "Ionescu", "Dumitrescu", "Munteanu", "Constantin", "Stan"],
        ["Florin", "Alina", "Bogdan", "Denisa", "Gheorghe", "Raluca"],
        ["Popa", "Radu", "Stoica", "Niculescu", "Dobre", "Lungu"],
    ),
    "bulgaars": (
        ["Georgi", "Desislava", "Dimitar", "Tsvetelina", "Ivaylo", "Radka"],
        ["Petrov", "Dimitrova", "Ivanov", "Georgieva", "Stoyanov", "Todorova"],
        ["Hristo", "Yordanka", "Nikolay", "Milena", "Plamen", "Velichka"],
        ["Kolev", "Angelova", "Nikolova", "Yankov", "Marinova", "Penchev"],
    ),
    "oekraiens": (
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Bohdan", "Kateryna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk"],
        ["Andriy", "Oksana", "Vitaliy", "Yuliia", "Taras", "Nataliia"],
        ["Boyko", "Kovalchuk", "Lysenko", "Marchenko", "Rudenko", "Hnatyuk"],
    ),
    "chinees": (
        ["Wei", "Mei Ling", "Jun", "Xiaoyan", "Hao", "Yuting"],
        ["Chen", "Wang", "Zhang", "Liu", "Huang", "Lin"],
        ["Jian", "Lihua", "Ming", "Qing", "Tao", "Xinyi"],
        ["Zhou", "Yang", "Zhao", "Guo", "Chan", "Wong"],
    ),
    "vietnamees": (
        ["Minh", "Thanh", "Hoa", "Tuan", "Huong", "Duc"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Le"],
        ["Anh", "Thu", "Quang", "Lan", "Hieu", "Trang"],
        ["Bui", "Dang", "Ngo", "Duong", "Vo", "Do"],
    ),
    "indonesisch": (
        ["Wahyu", "Dewi", "Agus", "Ratna", "Budi", "Sari"],
        ["Wibowo", "Setiawan", "Kusuma", "Hartono", "Susanto", "Pratama"],
        ["Eko", "Indah", "Rizky", "Puspita", "Joko", "Ayu"],
        ["Santoso", "Purnomo", "Wijaya", "Nugroho", "Hidayat", "Suryadi"],
    ),
    "moluks": (
        ["Elias", "Yvonne", "Noach", "Etty", "Semuel", "Josina"],
        ["Pattipeilohy", "Sahetapy", "Latumahina", "Tuhumury", "Wattimena", "Manuhutu"],
        ["Ferry", "Netty", "Dominggus", "Lientje", "Izaak", "Marthina"],
        ["Pattiasina", "Latuperisa", "Tahitu", "Lekatompessy", "Sopacua", "Matulessy"],
    ),
    "ghanees": (
        ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman", "Osei"],
        ["Kwabena", "Adwoa", "Kojo", "Abena", "Kwaku", "Esi"],
        ["Appiah", "Darko", "Ofori", "Amoako", "Acheampong", "Danso"],
    ),
    "nigeriaans": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze"],
        ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu"],
        ["Tunde", "Chiamaka", "Obinna", "Yetunde", "Ifeanyi", "Bukola"],
        ["Adebayo", "Ogunleye", "Chukwu", "Afolabi", "Ibekwe", "Olatunji"],
    ),
    "kaapverdisch": (
        ["Nelson", "Ivanilda", "Adilson", "Edneia", "Jailson", "Suzy"],
        ["dos Santos", "Tavares", "Fortes", "Lopes", "Semedo", "Monteiro"],
        ["Elton", "Nilsa", "Djamila", "Ailton", "Kátia", "Edmilson"],
        ["da Graça", "Delgado", "Varela", "Furtado", "Rodrigues", "Barros"],
    ),
    "filipijns": (
        ["Maricel", "Rodel", "Lorna", "Jomar", "Divina", "Arnel"],
        ["dela Cruz", "Bautista", "Villanueva", "Mendoza", "Ramos", "Manalo"],
        ["Marites", "Rogelio", "Jennilyn", "Analyn", "Reynaldo", "Jocelyn"],
        ["Santiago", "Macaraeg", "Aquino", "Dimaculangan", "Navarro", "Pangilinan"],
    ),
    "indiaas": (
        ["Priya", "Rahul", "Deepa", "Vikram", "Neha", "Arjun"],
        ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta"],
        ["Rohan", "Ananya", "Sandeep", "Pooja", "Karthik", "Meera"],
        ["Kumar", "Menon", "Chatterjee", "Rao", "Deshpande", "Pillai"],
    ),
}

# origin: (nicknames a, nicknames b), as family and school friends call someone
BIJNAMEN: dict[str, tuple[list[str], list[str]]] = {
    "nederlands": (["Maartje", "Fem", "Joosje"], ["Ruub", "Noukie", "Gerrie"]),
    "fries": (["Sjoerdje", "Tsjits", "Hylkje"], ["Jeltsje", "Douwtsje", "Foppe"]),
    "vlaams": (["Kobeke", "Lienke", "Woutje"], ["Landerke", "Jefke", "Grietje"]),
    "turks": (["Emrecan", "Zeyno", "Buri"], ["Memo", "Esocan", "Hako"]),
    "koerdisch": (["Azo", "Dilo", "Serho"], ["Rojo", "Beri", "Kawo"]),
    "marokkaans": (["Youss", "Bilo", "Souf"], ["Ayoubi", "Hamzi", "Rachidi"]),
    "surinaams-hindoestaans": (["Raviekoemar", "Sunny", "Vicky"], ["Rajoe", "Shantie", "Dinoe"]),
    "surinaams-creools": (["Ciano", "Shirl", "Ricky"], ["Greg", "Orly", "Rosie"]),
    "antilliaans": (["Shuri", "Gigi", "Kenny"], ["Dino", "Shu", "Quin"]),
    "eritrees": (["Yoni", "Seni", "Dawi"], ["Filu", "Yoha", "Semi"]),
    "somalisch": (["Abdi", "Hodi", "Liibaan"], ["Mahadi", "Deeqo", "Hamdiyo"]),
    "syrisch": (["Ramo", "Linou", "Tareko"], ["Yarouch", "Fadou", "Majdi"]),
    "irakees": (["Hayder", "Zaynabi", "Mustafo"], ["Ammari", "Shahoud", "Murti"]),
    "afghaans": (["Faridjan", "Mariamjan", "Wahidjan"], ["Zabi", "Shabo", "Nawid"]),
    "iraans": (["Rezajan", "Shiri", "Babi"], ["Kavi", "Mahsi", "Dari"]),
    "pools": (["Kasia", "Tomek", "Agnieszkaa"], ["Gosia", "Piotrek", "Asia"]),
    "roemeens": (["Andi", "Ioanica", "Mihaita"], ["Florica", "Bogdi", "Gicu"]),
    "bulgaars": (["Gosho", "Desi", "Mitko"], ["Itso", "Dancho", "Plamcho"]),
    "oekraiens": (["Sasha", "Olenka", "Dima"], ["Andriyko", "Oksanka", "Tarasyk"]),
    "chinees": (["Weiwei", "Meimei", "Junjun"], ["Jianjian", "Mingming", "Taotao"]),
    "vietnamees": (["Minhie", "Thanhie", "Tuanie"], ["Anhie", "Quangie", "Trangie"]),
    "indonesisch": (["Yuyu", "Dewie", "Gusti"], ["Ekkie", "Indahku", "Jokie"]),
    "moluks": (["Eli", "Yvon", "Noa"], ["Fer", "Dommie", "Izzy"]),
    "ghanees": (["Kwamz", "Kofo", "Akos"], ["Kobby", "Adjoa", "Kojoe"]),
    "nigeriaans": (["Chi-Chi", "Seun", "Funmi"], ["Tunzy", "Amaka", "Obi"]),
    "kaapverdisch": (["Nelsinho", "Ivi", "Adi"], ["Eltinho", "Nilsinha", "Djami"]),
    "filipijns": (["Celcel", "Odel", "Jomjom"], ["Tess", "Roger", "Jenjen"]),
    "indiaas": (["Priyu", "Rahu", "Vicks"], ["Roro", "Annu", "Sandy"]),
}
