"""Names for the fourth privacy corpus (`maak_vierde_privacycorpus.py`), written from knowledge of the names people
in Dutch gemeenten carry, apart from every other corpus and from the detector.

Per origin a list of first names and one of surnames (an underscore joins the words of one surname). `helft`
splits every list into two disjoint halves: even positions for part ``vierde-a``, odd ones for ``vierde-b``, so no
name word occurs in both parts. The weight says how often an origin is drawn (roughly how often an inspector meets
it in a wijkteam dossier).
"""

from __future__ import annotations

# origin: (weight, first names, surnames)
HERKOMSTEN: dict[str, tuple[int, str, str]] = {
    "nederlands": (
        10,
        "Jan Pieter Kees Willem Henk Gerrit Bram Daan Sven Thijs Ruben Niels Jeroen Marco Sandra Ingrid Monique Petra "
        "Anouk Lotte Sanne Femke Linda Esther Marieke Wendy Joost Rik Wouter Annelies Gerda Hennie Wilma Dirk "
        "Corrie Ton Bert Jolanda Priscilla Kevin Dylan Jesse Demi Britt Ilse Mirjam Ria Harm Jeannette Roel",
        "Jansen de_Vries van_den_Berg van_Dijk Smit Meijer de_Graaf Mulder Hendriks van_Leeuwen Dekker Brouwer "
        "Dijkstra Smits de_Groot van_der_Meer Jacobs van_der_Linden Verhoeven Schouten Willemsen van_Beek Hoekstra "
        "Huisman Kuipers Boersma van_Vliet Timmermans van_'t_Hof ter_Horst Verbeek Bosman van_Wijk Koopman "
        "Zwart Veenstra van_der_Heijden Vermeulen Postma Kramer de_Ruiter Scholten Lammers Rietveld van_Oosten "
        "Wijnands Haverkamp Sprenger de_Kok van_Rijn Oosterhuis Molenaar",
    ),
    "turks": (
        5,
        "Mehmet Ayşe Emre Elif Murat Zeynep Hakan Fatma Büşra Burak Merve Serkan Esra Kemal Hatice Oğuz Derya "
        "Tuğba Volkan Gülsen Cem Sibel Okan Nurcan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç "
        "Kurt Özkan Şimşek Polat Güneş Aksoy Karataş Erdem",
    ),
    "marokkaans": (
        5,
        "Mohamed Khadija Youssef Naima Hamza Samira Bilal Malika Rachid Latifa Abdelkader Zineb Mustafa Hafsa "
        "Ilias Soufiane Nadia Imane Driss Houda Redouan Siham Anouar Loubna",
        "El_Amrani Benali El_Idrissi Ouali Azzouzi Bakkali El_Khattabi Boukhari Tahiri Chaouch Aït_Taleb "
        "El_Haddouchi Aharouay Ziani Essaidi Ouchene Lamrabet El_Ghazi Mourabit Belhaj Zaaraoui Bouhaddou "
        "Ben_Yahia Achahbar",
    ),
    "surinaams-hindoestaans": (
        3,
        "Rajesh Sunita Anand Shanti Ravi Kavita Vishal Priya Dinesh Anjali Sanjay Reshma Navin Asha Sharmila "
        "Ashwin",
        "Ramdin Bissesar Ramlal Jagessar Mahabier Sewdien Soekhai Ramsaran Baldewsingh Kalloe Lachman Sital "
        "Badloe Ramautar Jhinkoe Autar",
    ),
    "surinaams": (
        3,
        "Romeo Jennifer Clarence Marcia Errol Denise Humphrey Sharon Orlando Gracia Winston Esmeralda Ronald "
        "Germaine Iwan Juanita",
        "Pinas Sabajo Vanenburg Kross Pengel Linger Doelwijt Wijdenbosch Misiedjan Blufpand Karsodimedjo "
        "Kasanmoentalib Sontosoemarto Amatdjais Fernandes Venetiaan",
    ),
    "antilliaans": (
        3,
        "Shurensly Jurich Giandro Roshendra Gilberto Sherida Jurgen Xiomara Rignald Natasja Curtley Shudaira "
        "Ruthmila Jeandro Yaritza Raisel",
        "Rosaria Isenia Felida Statia Cijntje Leito Doran Janga Winklaar Tromp Pieternella Marchena Ignacio "
        "Coffie Bernadina Richardson",
    ),
    "pools": (
        4,
        "Łukasz Agnieszka Piotr Katarzyna Tomasz Małgorzata Krzysztof Joanna Paweł Magdalena Michał Ewa Grzegorz "
        "Dorota Jakub Beata Wojciech Aleksandra",
        "Kowalski Nowak Wiśniewska Wójcik Kowalczyk Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski "
        "Kozłowska Jankowski Mazur Krawczyk Piotrowski Grabowska Pawlak",
    ),
    "roemeens": (
        2,
        "Andrei Ioana Mihai Elena Florin Mădălina Ionuț Alexandra Cristian Gabriela Vasile Roxana Bogdan Simona",
        "Popescu Ionescu Dumitru Stoica Gheorghe Constantin Munteanu Rusu Lungu Dobre Moldovan Ciobanu Diaconu "
        "Vasilescu",
    ),
    "bulgaars": (
        2,
        "Georgi Desislava Ivan Tsvetelina Dimitar Radostina Stoyan Yordanka Hristo Vesela Nikolai Bilyana",
        "Ivanov Petrova Georgiev Dimitrova Todorov Stoyanova Nikolov Angelova Kolev Hristova Marinov Yordanova",
    ),
    "eritrees": (
        3,
        "Yonas Selam Filmon Senait Robel Hiwet Mebrat Berhane Luwam Ermias Tsega Habtom Feven Kibrom Saba Rahel",
        "Tesfamariam Gebreyesus Habte Kidane Berhe Ghebremichael Woldemariam Mehari Andemariam Haile Tsegay "
        "Asmerom Ghirmay Yemane Okbazghi Weldeab",
    ),
    "somalisch": (
        2,
        "Abdirahman Hodan Abdullahi Mohamud Ayaan Abdiwali Sahra Hibaaq Liban Ubah Guled Ifrah Faysal Nimco",
        "Farah Warsame Jama Abdi Osman Nuur Egal Dualeh Samatar Aden Gedi Elmi Olow Ducale",
    ),
    "syrisch": (
        3,
        "Rami Lina Khaled Rasha Omar Nour Tarek Hiba Bassel Yara Firas Dima Anas Reem Majd Ghalia",
        "Al-Khatib Haddad Al-Hamoud Kassab Darwish Al-Masri Shami Hamwi Qassem Al-Ahmad Sabbagh Nasrallah Halabi "
        "Al-Rifai Zein Kanaan",
    ),
    "afghaans": (
        2,
        "Ahmad Farid Wahid Parwin Habibullah Nilofar Sayed Fereshta Najib Shabnam Rahmatullah Mursal Jawad "
        "Zarghuna",
        "Ahmadzai Popal Sultani Rahimi Noori Karimi Hashimi Safi Stanikzai Wardak Amiri Hotak Mohammadi Barakzai",
    ),
    "oekraiens": (
        2,
        "Oleksandr Iryna Dmytro Olena Andrii Tetiana Serhii Nataliia Yurii Oksana Bohdan Kateryna Vitalii Yuliia",
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk Lysenko Marchenko "
        "Rudenko Savchenko Petrenko",
    ),
    "chinees": (
        2,
        "Xiaoling Jun Mei Hao Ying Lei Fang Jie Hui Xiaoming Jiayi Zhiwei Yuxin Haoran",
        "Zhang Wang Chen Yang Huang Zhao Zhou Lin Lam Cheung Chan Liang Guo Tang",
    ),
    "indonesisch-moluks": (
        2,
        "Budi Sari Agus Dewi Rudi Wulan Hendra Ratna Joko Intan Yohanes Melati Bambang Ningsih",
        "Santoso Wijaya Kusuma Hidayat Setiawan Nugroho Pattipeilohy Sahetapy Latuheru Tuhumury Manuhutu "
        "Wattimena Lekatompessy Matulessy",
    ),
    "west-afrikaans": (
        2,
        "Kwame Akosua Kofi Abena Yaw Chinedu Ngozi Emeka Adaeze Oluwaseun Funmilayo Kwabena",
        "Mensah Owusu Asante Boateng Appiah Osei Okafor Adeyemi Nwosu Okonkwo Balogun Agyemang",
    ),
    "koerdisch-iraaks": (
        1,
        "Karwan Shilan Dler Rezan Hawre Avin Sherzad Nasrin Hemin Bahar",
        "Hawrami Kakai Zebari Shwani Qadir Baban Jaff Sindi Barwari Doski",
    ),
    "vietnamees": (
        1,
        "Minh Lan Tuan Huong Thao Quang Linh Hieu Trang Khanh",
        "Nguyen Tran Pham Hoang Phan Dang Bui Truong Huynh Ngo",
    ),
}

# particles and titles a name may carry; shared by both parts (the test on disjoint names leaves them out)
PARTIKELS = {"van", "den", "der", "de", "ter", "het", "'t", "aït", "el", "al", "ben", "bin", "abu"}


def helft(woorden: str, deel: int) -> list[str]:
    """Every other entry of a space-separated list, ``deel`` 0 for part a and 1 for part b."""
    return [w.replace("_", " ") for w in woorden.split()][deel::2]


def pools(deel: int) -> dict[str, tuple[int, list[str], list[str]]]:
    """Per origin: weight, first names and surnames of one part."""
    return {h: (g, helft(v, deel), helft(a, deel)) for h, (g, v, a) in HERKOMSTEN.items()}
