"""Invented first names and surnames by origin for the blind privacy corpus (`maak_blinde_privacycorpus.py`).

Chosen independently of the detector's lists and of `maak_privacycorpus.py`; every combination is invented.
Per origin: first names, then surnames, each separated by ``|``.
"""

from __future__ import annotations

HERKOMSTEN: dict[str, tuple[str, str]] = {
    "nederlands": ("Joost|Marleen|Sanne|Gert-Jan|Wilma|Daan|Femke|Ruud|Ineke|Bram|Lotte|Henk|Esmee|Thijs|Roos",
                   "van den Berg|Kuipers|de Groot|Verhoeven|Bosman|van Dijk|Smits|Hendriks|ter Horst|"
                   "van der Meulen|Brouwer|Schouten|Dekker|van Leeuwen|Timmermans|Vermeulen"),
    "fries": ("Sjoerd|Wietske|Hylke|Tjitske|Jelle|Sytske|Auke|Baukje|Douwe|Froukje|Rintje|Gerbrich",
              "Hoekstra|Dijkstra|Wiersma|Bergsma|Zijlstra|Postma|Terpstra|Tjeerdsma|Yntema|Feenstra|Hiemstra"),
    "turks": ("Emre|Zeynep|Burak|Elif|Hüseyin|Büşra|Mehmet|Ayşe|Yusuf|Esra|Kerem|Derya|Oğuz",
              "Yıldız|Çelik|Demir|Şahin|Aydın|Öztürk|Kaya|Arslan|Doğan|Kılıç|Korkmaz|Güneş|Özdemir"),
    "marokkaans": ("Youssef|Khadija|Mohamed|Nadia|Bilal|Samira|Hamza|Soufiane|Imane|Ilham|Zakaria|Naima",
                   "Boukhari|El Idrissi|Azzouz|Benali|Ouazzani|Lahlou|Tahiri|El Khattabi|Chaouch|Bennani"),
    "berbers": ("Tamimount|Mimoun|Yamna|Massinissa|Tiziri|Fadma|Amnay|Thiziri|Aksel",
                "Ait Ouaziz|Amezian|Bouhouch|Ouchen|Ait Taleb|Ouahabi|Azarkan|Boutaleb"),
    "surinaams-hindoestaans": ("Rakesh|Sunita|Anil|Shanti|Vikash|Priya|Ravindra|Soeresh|Anjali|Dewkoemarie",
                               "Ramdin|Jagesar|Sewnath|Kalloe|Mahabier|Bhagwandin|Ramkisoen|Soekhlal|"
                               "Jadnanansing|Lachman"),
    "surinaams-creools": ("Marlon|Ivette|Wendell|Gracia|Errol|Romano|Lydia|Jurmen|Shirley|Quincy",
                          "Pinas|Zaalman|Doelwijt|Vlijter|Esajas|Wijngaarde|Dundas|Karsters|Sabajo|Rijsdijk"),
    "antilliaans": ("Shurwin|Giandro|Jurvienne|Anthonio|Mayra|Ruthmila|Jeandro|Sharon|Kenrick|Diomaris",
                    "Martina|Rosalia|Isenia|Girigorie|Cijntje|Koeiman|Pieternella|Winklaar|Anthonia|Leito"),
    "kaapverdiaans": ("Nelson|Djamila|Edmilson|Zenaida|Ailton|Ivanilda|Hélio|Adilsa|Zé Carlos",
                      "Tavares|Lopes Semedo|Fortes|Monteiro|dos Santos|Brito Correia|Varela|Rodrigues Gomes"),
    "eritrees": ("Yonas|Senait|Tesfalem|Filmon|Rahwa|Biniam|Saba|Merhawi|Luwam|Habtom|Aster|Kibrom|Yordanos",
                 "Tekle|Woldemichael|Habtemariam|Berhane|Kidane|Mehari|Tesfamariam|Andemariam|Negassi|Araya|"
                 "Ghebremeskel"),
    "ethiopisch": ("Abebe|Tigist|Dawit|Meron|Yohannes|Hiwot|Selamawit|Getachew|Bethlehem|Kebede",
                   "Alemu|Bekele|Tadesse|Mengistu|Haile|Wolde|Desta|Gebru|Assefa|Tsegaye"),
    "somalisch": ("Abdirahman|Hodan|Faduma|Mahad|Ifrah|Liban|Sagal|Abdikarim|Nimco|Hamdi",
                  "Warsame|Farah|Jama|Egal|Hirsi|Abdi|Guled|Osman|Mohamud|Aden"),
    "syrisch": ("Rami|Lina|Tarek|Rasha|Omar|Dima|Majd|Nour|Ghassan|Rima|Hiba",
                "Al-Hassan|Haddad|Kassab|Mahmoud|Al-Khatib|Darwish|Sabbagh|Haj Ali|Al Masri|Hamwi"),
    "iraaks": ("Ahmed|Zainab|Haider|Ruqaya|Mustafa|Ali|Sura|Karrar|Noor|Hasanain",
               "Al-Jubouri|Al-Saadi|Kadhim|Al-Rubaie|Hussein|Jabbar|Abbas|Kareem|Al-Obaidi"),
    "afghaans": ("Farid|Mariam|Ahmad Shah|Zarghuna|Wahid|Parwana|Najib|Laila|Rahmatullah|Fereshta|Sohrab",
                 "Ahmadzai|Popal|Noorzai|Sultani|Rahimi|Hakimi|Azizi|Karimi|Stanikzai|Wardak"),
    "iraans": ("Dariush|Shirin|Reza|Niloufar|Kaveh|Parisa|Arash|Golnaz|Behnam|Mahsa",
               "Tehrani|Mohammadi|Rezaei|Hosseini|Jafari|Ghorbani|Moradi|Sadeghi|Farahani|Esfahani"),
    "pools": ("Katarzyna|Tomasz|Agnieszka|Paweł|Małgorzata|Krzysztof|Zofia|Łukasz|Magdalena|Wojciech",
              "Kowalczyk|Wiśniewska|Nowakowski|Zieliński|Wójcik|Kamińska|Lewandowski|Szymańska|Dąbrowski|"
              "Jabłońska|Pawlak"),
    "roemeens": ("Andreea|Mihai|Ioana|Bogdan|Alexandra|Florin|Ionuț|Roxana|Cătălin|Elena",
                 "Popescu|Ionescu|Dumitru|Stănescu|Constantinescu|Munteanu|Dobre|Lungu|Niculescu|Cristea"),
    "bulgaars": ("Hristo|Desislava|Georgi|Mariya|Stoyan|Tsvetelina|Dimitar|Yordanka|Nikolay|Radostina",
                 "Petrova|Ivanov|Dimitrova|Stoyanov|Todorova|Angelov|Georgieva|Kolev|Yordanov|Hristova"),
    "oekraiens": ("Oksana|Taras|Olena|Bohdan|Iryna|Mykola|Yuliia|Andriy|Nataliia|Serhiy",
                  "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Oliynyk|Savchuk|Marchenko|Lysenko"),
    "chinees": ("Wei|Xiaoling|Jun|Mei Ling|Hao|Yan|Zhiwei|Li Na|Kai Ming|Siu Wah",
                "Zhang|Wang|Liu|Chen|Huang|Zhou|Lin|Chan|Wong|Cheung|Lam"),
    "vietnamees": ("Thi Lan|Minh|Huong|Quang|Thanh Hai|Ngoc Anh|Duc|Phuong|Tuan|Linh",
                   "Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do|Ngo"),
    "indonesisch-moluks": ("Johanis|Wempy|Dewi|Ferdinand|Yohana|Ongky|Sartini|Budi|Agustina|Semuel",
                           "Latuheru|Tuhumury|Soplanit|Pattiasina|Wattimena|Manuputty|Sahetapy|Tahapary|Leihitu|"
                           "Kakiay|Suryadi|Hartono"),
}


def namen(herkomst: str) -> tuple[list[str], list[str]]:
    voor, achter = HERKOMSTEN[herkomst]
    return voor.split("|"), achter.split("|")
