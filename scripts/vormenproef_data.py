"""The forms and sentences of the probe part ``vormen-proef`` (see `maak_vormenproef.py`): how Dutch professionals
write birth dates, BSNs, social media accounts, schools and addresses in a wijkteam file, a jeugdbescherming report, a
school or leerplicht note, a pasted e-mail and a client's quote, and clean lines that look like them but hold no
personal data. Written from knowledge of the field before the detectors were read (issue 20)."""

from __future__ import annotations

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
MND = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# ways of writing a date (d: day, m: month, j: four-digit year, jj: two-digit year, M: Dutch month, K: Dutch
# abbreviation, E: English month, e: English abbreviation)
DATUMVORMEN = (
    "dd-mm-jjjj", "d-m-jjjj", "dd/mm/jjjj", "d/m/jjjj", "dd.mm.jjjj", "dd-mm-jj", "d-m-'jj", "dd/mm/'jj",
    "d M jjjj", "d K jjjj", "d K. jjjj", "d K 'jj", "d M 'jj", "jjjj-mm-dd", "ddmmjjjj", "d E jjjj", "E d, jjjj",
    "dd-e-jjjj", "d e jjjj", "D M jjjj", "d-M-jjjj", "dd.mm.jj",
)

# a birth context around a date ({d}); the date may come before or after
GEBOORTECONTEXTEN = (
    "geb. {d}", "geb {d}", "geb.{d}", "geboren op {d}", "geboren {d}", "geboren: {d}", "° {d}", "°{d}", "* {d}",
    "*{d}", "dob {d}", "DOB: {d}", "d.o.b. {d}", "date of birth: {d}", "Date of birth {d}", "born {d}",
    "geboortedatum: {d}", "Geboortedatum {d}", "geboortedatum:{d}", "Geboortedatum: {d}", "geb.datum {d}",
    "geb. datum: {d}", "gebdatum {d}", "geboren d.d. {d}", "is op {d} geboren", "werd op {d} geboren",
    "{d} geboren", "(geb. {d})", "zoon ({d})", "dochter ({d})", "broertje ({d})", "zusje, {d},", "de baby ({d})",
    "moeder, geb. {d},", "vader (° {d})", "oudste zoon, geboren {d},", "geboortedatum kind: {d}",
    "Geboortedatum moeder {d}", "zoon geb. {d}", "dochter * {d}", "pleegzoon (geboren {d})",
)
# a birth context with a first name (the name is personal data too)
GEBOORTE_MET_NAAM = (
    "{n} ({d})", "{n}, geb. {d},", "{n} (geb. {d})", "{n} °{d}", "{n}, geboren op {d},", "{n} * {d}",
)
VOORNAMEN = ("Daan", "Aylin", "Mohamed", "Sanne", "Yusuf", "Noa", "Bilal", "Jayden", "Fenna", "Ilias", "Zeynep",
             "Milan", "Shanaya", "Rayan", "Lieke", "Ibrahim")

BSN_VORMEN = ("123456789", "1234.56.789", "123.456.789", "123 456 789", "12.34.56.789", "1234 56 789", "12345 6789")
BSN_CONTEXTEN = (
    "BSN {b}", "BSN: {b}", "BSN:{b}", "bsn {b}", "bsn-nr {b}", "bsn-nr. {b}", "bsn nr. {b}", "BSN-nummer {b}",
    "BSN nummer: {b}", "burgerservicenummer {b}", "Burgerservicenummer: {b}", "burgerservicenr. {b}",
    "sofinummer {b}", "sofi-nr. {b}", "Sofinummer: {b}", "BSN{b}", "bsn moeder {b}", "BSN van vader: {b}",
    "BSN kind {b}", "(BSN {b})", "BSN / {b}", "BSN = {b}", "Burgerservicenummer (BSN): {b}", "bsn: {b}",
    "BSN-nr.: {b}", "BSN zoon: {b}", "sofi {b}", "BSN.: {b}",
)

HANDLES = ("lisa_xo", "kevin.2009", "dj_rayan010", "mila.jansen_", "noor.xx", "sem_gamer07", "yasmina.b",
           "bas_vd_berg", "its.zeynep", "marco.devries77", "xx_fleur_xx", "bilal.010", "jaydenx", "sanne_2011",
           "ilias.official", "shanaya_ams", "tim.vanderlinde", "fenna.mooi", "rayan_b08", "lieke_xo2")
MEDIA_VORMEN = (
    "@{h}", "tiktok @{h}", "via tiktok @{h}", "TikTok: @{h}", "insta: {h}", "insta @{h}", "Instagram: {h}",
    "snap: {h}", "Snapchat {h}", "snapchat: @{h}", "fb: {h}", "Facebook: {h}",
    "facebook.com/{h}", "www.facebook.com/{h}", "https://www.facebook.com/{h}", "instagram.com/{h}",
    "www.instagram.com/{h}", "https://instagram.com/{h}", "https://www.instagram.com/{h}/", "tiktok.com/@{h}",
    "www.tiktok.com/@{h}", "https://www.tiktok.com/@{h}", "snapchat.com/add/{h}", "t.me/{h}", "Telegram @{h}",
    "telegram: {h}", "discord: {h}", "Discord {h}", "youtube.com/@{h}", "www.youtube.com/@{h}", "x.com/{h}",
    "twitter.com/{h}", "X: @{h}", "Twitter @{h}", "twitter: @{h}", "threads @{h}", "IG: {h}", "IG @{h}",
)

# schools per level, each with the ways a groep, klas or year is written after it
SCHOLEN_PO = (
    "obs De Regenboog", "cbs Het Kompas", "rkbs Sint Jozef", "pcbs De Wegwijzer", "sbo De Piramide",
    "SO De Ruimte", "basisschool 't Palet", "Cbs De Fontein", "Kindcentrum De Schakel", "IKC Het Anker",
    "OBS de Springplank", "Openbare Basisschool De Toermalijn", "RK basisschool De Lindeboom",
    "Prot. Chr. Basisschool De Zaaier", "sbo De Horizon", "Jenaplanschool De Kring", "Vrije School De Zonnewende",
    "De Vonk (sbo)", "Eerste Montessorischool", "IKC De Vuurtoren", "Cluster 4 school De Ambelt",
    "Daltonschool Het Startpunt", "CBS Prins Willem-Alexander", "Sint Franciscusschool", "de Hoeksteen (cbs)",
)
GROEPVORMEN = ("groep 5", "groep 1/2", "groep 1-2", "groep 7", "gr. 6", "gr 8", "(groep 3)", ", groep 4",
               "(gr. 7)", "groep 8", "groep 6a", "gr.3", "groep 2", "combinatiegroep 5/6")
SCHOLEN_VO = (
    "vso De Brug", "ISK Utrecht", "Montessori Lyceum Rotterdam", "Stedelijk Gymnasium Leiden",
    "Praktijkonderwijs De Sprong", "Da Vinci College", "het Erasmus College", "mavo Nieuw Zuid", "Wellant College",
    "Christelijk College Nassau-Veluwe", "Sint-Janscollege", "Het Rijnlands Lyceum", "Calvijn College",
    "Dalton Lyceum Barendrecht", "Het Stedelijk Lyceum", "OSG Hugo de Groot", "CSG Calvijn", "RSG Wolfsbos",
    "Praktijkschool Uithoorn", "het Goese Lyceum", "Vathorst College", "Het Hooghuis", "ISK Het Vlakke Land",
)
KLASVORMEN = ("klas 2", "klas 3 havo", "2 vwo", "3 vmbo-t", "4 havo", "leerjaar 2", "2e klas", "klas 1b",
              "brugklas", ", klas 2", "klas 4 vmbo-k", "leerjaar 3", "2 mavo", "1e klas", "(klas 1)", "3 gt",
              "h4", "klas 2 vwo")
SCHOLEN_MBO = ("ROC Mondriaan", "Graafschap College", "ROC van Twente", "Deltion College", "mbo Utrecht",
               "Grafisch Lyceum Rotterdam", "ROC Midden Nederland", "Albeda College", "Noorderpoort", "mbo Rijnland")
JAARVORMEN = ("jaar 1", "niveau 2, jaar 1", "3e jaar", "4e jaar bol", "jaar 2", "(niveau 3)", "leerjaar 1",
              "entree-opleiding", "bbl jaar 2")

# streets with a house number (the number is added), and what comes after
STRATEN = (
    "Kerkstraat", "Molenweg", "Dorpsstraat", "Van Speijkstraat", "Burg. Jansenlaan", "Dr. Zamenhofstraat",
    "1e Jan Steenstraat", "Prins Hendrikkade", "Oude Gracht", "Laan van Nieuw Oost-Indië", "Weg naar de Bron",
    "Hof van Delft", "Vlierboomstraat", "Händelstraat", "Graaf Willem de Oudelaan", "Spoorsingel", "Kastanjelaan",
    "Lange Nieuwstraat", "Zuidwal", "Heerengracht", "Marktplein", "Achter de Hoven", "Bloemendaalseweg",
    "Oranjeboomstraat", "Noordeinde", "Meidoornhof", "Koningin Julianastraat", "Tjalk", "Rozengaard",
    "Sint Annastraat", "Boven Nieuwstraat", "Stationsplein", "Het Rond", "Oosterparkstraat", "Kerkstr.",
    "Pr. Bernhardlaan", "Van der Helstplein", "Abel Tasmanstraat", "Smidswater", "De Dreef", "Schepenenlaan",
)
HUISNUMMERVORMEN = ("{n}", "{n}a", "{n}-A", "{n} A", "{n}-2", "{n} bis", "{n}-hs", "{n} II", "{n}-III",
                    "{n} 3hoog", "{n} zw", "{n}B", "{n} rd", "{n}-1", "{n} huis", "{n}-bv")
PLAATSEN = (("2801 AB", "Gouda"), ("3512 JE", "Utrecht"), ("1013 KR", "Amsterdam"), ("9712 CP", "Groningen"),
            ("5611 AB", "Eindhoven"), ("6511 LT", "Nijmegen"), ("7511 JD", "Enschede"), ("2611 HN", "Delft"),
            ("3011 AD", "Rotterdam"), ("8011 CW", "Zwolle"), ("4811 XJ", "Breda"), ("1811 KH", "Alkmaar"))
BUITENLAND = (
    "Rue de la Loi 16, 1000 Brussel", "Kerkstraat 14 bus 2, 2000 Antwerpen", "Meir 12, 2000 Antwerpen",
    "Hoogstraat 5 bus 101, 9000 Gent", "Bondgenotenlaan 48, 3000 Leuven", "Lange Kievitstraat 111, 2018 Antwerpen",
    "Hauptstraße 5, 47533 Kleve", "Bahnhofstr. 12, 52062 Aachen", "Am Markt 3, 46446 Emmerich am Rhein",
    "Goethestraße 21, 48143 Münster", "Kirchweg 7a, 47574 Goch", "Grenzweg 2, 48529 Nordhorn",
)
ADRESCONTEXTEN = (
    "woont op {a}", "woont aan de {a}", "adres: {a}", "Adres {a}", "woonadres: {a}", "verhuisd naar {a}",
    "p/a {a}", "postadres {a}", "huisbezoek {a}", "{a}", "tijdelijk adres {a}", "BRP-adres: {a}",
    "inschrijfadres {a}", "bij oma op {a}", "nieuw adres {a}", "Adres: {a}", "verblijft op {a}",
)
