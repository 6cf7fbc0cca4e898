"""A second, wider tuning set appended to the `afstemmen` part of the privacy corpus (never to `heldout`).

Made for the rules that must hold on names and forms the project has never seen: names of many more origins
(Somali, Ethiopian, Iraqi, Iranian, Kurdish, Bulgarian, Romanian, Ukrainian, Surinamese-Javanese and Creole,
Antillean, Cape Verdean, Ghanaian, Nigerian, Chinese, Vietnamese, Indonesian, Berber, ...), new sentence
templates, names in lowercase after a cue and as a whole value, names as a team, in keys and in file names
beside a case number, the kind `school`, YAML escapes and Greek look-alikes as evasions, and clean lines full
of organisations, neighbourhood teams, lowercase prose and dates in contexts that are no birth. All invented.
"""

from __future__ import annotations

import random
from collections.abc import Callable

NAMEN_EXTRA = {
    "somalisch": [("Abdiwali", "Warsame"), ("Hibaaq", "Jama"), ("Mohamud", "Egal"), ("Sahra", "Dirie"),
                  ("Liban", "Guleid")],
    "ethiopisch": [("Mekdes", "Alemu"), ("Bereket", "Tadesse"), ("Meron", "Girma"), ("Tsion", "Bekele")],
    "eritrees": [("Mebrahtu", "Tewolde"), ("Senayit", "Andemariam"), ("Ghirmay", "Okbazghi"),
                 ("Almaz", "Weldegiorgis")],
    "irakees": [("Mustafa", "Al-Jubouri"), ("Zainab", "Al-Rubaie"), ("Haider", "Kadhim")],
    "iraans": [("Shirin", "Tehrani"), ("Kourosh", "Moradi"), ("Parisa", "Jafarzadeh")],
    "koerdisch": [("Rebwar", "Barzani"), ("Shilan", "Zebari"), ("Dilan", "Dogruyol")],
    "afghaans": [("Gulalai", "Nazari"), ("Sayed", "Hashemi"), ("Frishta", "Wardak"), ("Abdul", "Samadi")],
    "syrisch": [("Yazan", "Alloush"), ("Hala", "Qassem"), ("Mahmoud", "Shami"), ("Ruba", "Zaher")],
    "pools": [("Grzegorz", "Pawlak"), ("Malgorzata", "Sikorska"), ("Wojciech", "Jablonski"), ("Beata", "Zawadzka")],
    "bulgaars": [("Stoyan", "Petrov"), ("Desislava", "Ivanova"), ("Hristo", "Dimitrov")],
    "roemeens": [("Ionut", "Popescu"), ("Mihaela", "Dumitrescu"), ("Florin", "Ciobanu")],
    "oekraiens": [("Oleksandr", "Kovalenko"), ("Olena", "Shevchuk"), ("Taras", "Bondarenko")],
    "surinaams": [("Ratna", "Soerdjbalie"), ("Gerrit", "Kromowidjojo"), ("Wiedjai", "Mangroelal"),
                  ("Djoeminah", "Sarmo"), ("Ronaldo", "Wongsodikromo")],
    "antilliaans": [("Shurandy", "Martina"), ("Jurgen", "Isenia"), ("Giselle", "Rosaria"), ("Shudaira", "Statia")],
    "kaapverdisch": [("Djeison", "Tavares"), ("Lucinda", "Semedo"), ("Ivandro", "Lopes Varela")],
    "ghanees": [("Kwame", "Mensah"), ("Abena", "Owusu-Ansah"), ("Kofi", "Boateng")],
    "nigeriaans": [("Chidi", "Okonkwo"), ("Ngozi", "Adeyemi"), ("Tunde", "Balogun")],
    "chinees": [("Wei", "Zhang"), ("Xiaoling", "Chen"), ("Jun", "Huang")],
    "vietnamees": [("Thanh", "Nguyen Van"), ("Linh", "Pham"), ("Quang", "Tran")],
    "indonesisch": [("Siti", "Rahmawati"), ("Budi", "Santoso")],
    "berbers": [("Yamina", "Ouchan"), ("Driss", "Aït Lhou"), ("Itto", "Boukhrouf")],
    "turks": [("Gokhan", "Karadeniz"), ("Sibel", "Aksoy"), ("Ferhat", "Kilicaslan")],
    "nederlands": [("Henk", "Rietveld"), ("Marieke", "ten Brink"), ("Daan", "Oosterhuis"), ("Sietske", "Wiersma"),
                   ("Gert-Jan", "van Dijkhuizen")],
}

SJABLONEN_EXTRA = {
    "naam": ["Het gesprek met {w} ging over de schoolkeuze.", "moeder {w} was niet thuis bij het huisbezoek.",
             "gesprek met {w} over de huurachterstand.", "Oma {w} haalt de kinderen van school.",
             "De jongste, {w}, slaapt slecht.", "mw. {w} heeft de hulp afgewezen.", "Dhr. {w} belde boos op.",
             "volgens {w} slaat vader de kinderen.", "Pleegmoeder {w} wil een evaluatie.", "{w} (12) spijbelt vaak.",
             "Afspraak met {w} en de mentor over het verzuim.", "Het kind woont bij {w}, de zus van moeder.",
             "vader {w} zit in detentie.", "Gezin {w}: schulden en huisvesting.", "contact met {w} via de tolk."],
    "bsn": ["bsn moeder {w}", "BSN-nummer kind: {w}", "Burgerservicenummer van vader is {w}."],
    "telefoonnummer": ["mobiel {w}", "Vader belt vanaf {w}.", "telefoon oma: {w}", "Moeder is in België bereikbaar op {w}."],
    "e-mail": ["mail van moeder: {w}", "Vader mailt vanaf {w}.", "e-mail: {w}"],
    "iban": ["rekeningnummer moeder {w}", "De huur wordt afgeschreven van {w}.", "iban vader: {w}"],
    "adres": ["woont op {w}", "Verhuisd naar {w} in Den Haag.", "Het kind verblijft bij oma op {w}."],
    "geboortedatum": ["Zoon, geboren {w}, zit in groep 6.", "Dochter (geb. {w}) logeert bij oma.",
                      "Moeder is geboren op {w} in Asmara.", "geboortedatum jongste kind: {w}"],
    "kenteken": ["De scooter van de zoon, kenteken {w}, is in beslag genomen.", "Vader rijdt in een busje ({w}).",
                 "auto met nummerbord {w}"],
    "school": ["Zoon zit in {w}.", "Dochter gaat naar {w}.", "De jongste zit op {w}."],
}

ADRESSEN_EXTRA = ["Laan van Poot 240", "Markt 17", "Postbus 5501", "Van Speijkstraat 81", "Oranjelaan 3",
                  "Kleine Gracht 11", "Weimarstraat 102", "Lange Nieuwstraat 14", "Brink 6", "Vismarkt 9",
                  "Dr. Schaepmanstraat 5", "Burgemeester Visserpark 12"]
SCHOLEN_EXTRA = ["groep 5 van De Regenboog", "basisschool De Wilgen, groep 7", "groep 8 van obs De Fontein",
                 "klas 2 van het Da Vinci College", "cbs Het Mozaïek in groep 4", "groep 3 van de Al Amal school"]


def _yaml_escape(waarde: str, rng: random.Random) -> str:
    letters = [i for i, t in enumerate(waarde) if t.isalnum()]
    plek = rng.choice(letters)
    return waarde[:plek] + f"\\u{ord(waarde[plek]):04x}" + waarde[plek + 1:]


def _grieks(waarde: str) -> str:
    return waarde.translate(str.maketrans({"o": "\u03bf", "A": "\u0391", "E": "\u0395", "K": "\u039a",
                                           "T": "\u03a4", "i": "\u03b9"}))


def _html_naam(waarde: str) -> str:
    return waarde.replace("a", "&#97;", 1).replace(" ", "&nbsp;", 1)


def regels(waarde_van: Callable[[str, random.Random, str, str], tuple[str, str]],
           ontwijk: Callable[[str, str, random.Random], str], zaad: int, aantal: int) -> list[str]:
    """`aantal` labelled lines ``placement<TAB>evasion<TAB>text`` with new names, templates and evasions."""
    rng = random.Random(zaad)
    plaatsen = ["toelichting", "citaat", "team", "commentaar", "sleutel", "bestandsnaam"]
    soorten = ["naam"] * 10 + ["bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken",
                               "postcode", "school"] * 2
    uit: list[str] = []
    for index in range(aantal):
        plaats = plaatsen[index % len(plaatsen)]
        soort = soorten[rng.randrange(len(soorten))]
        if soort in ("geboortedatum", "school") and plaats in ("team", "sleutel", "bestandsnaam"):
            plaats = rng.choice(["toelichting", "citaat", "commentaar"])
        evasie = "geen"
        if soort == "naam":
            herkomst = rng.choice(sorted(NAMEN_EXTRA))
            voornaam, achternaam = rng.choice(NAMEN_EXTRA[herkomst])
            waarde = rng.choice([f"{voornaam} {achternaam}", f"{voornaam} {achternaam}", voornaam,
                                 f"{voornaam[0]}. {achternaam}"])
            if rng.random() < 0.3:
                evasie, waarde = "kleine-letters", f"{voornaam} {achternaam}".lower()
        elif soort == "school":
            waarde = rng.choice(SCHOLEN_EXTRA)
        elif soort == "adres":
            waarde = rng.choice(ADRESSEN_EXTRA)
        else:
            _, waarde = waarde_van(soort, rng, "afstemmen", evasie)
        label = "adres" if soort in ("adres", "postcode") else soort
        if soort == "postcode" and plaats in ("team", "sleutel", "bestandsnaam"):
            waarde += f" {rng.randint(1, 200)}"
        if evasie == "geen" and rng.random() < 0.25:
            evasie = rng.choice(["nulbreedte", "zacht-afbreekstreepje", "cyrillisch", "grieks", "volle-breedte",
                                 "html-entiteit", "yaml-escape"])
            if plaats == "bestandsnaam" and evasie in ("html-entiteit", "yaml-escape"):
                evasie = "nulbreedte"  # a file name holds no entities or escapes
            if evasie == "volle-breedte" and not any(t.isdigit() for t in waarde):
                evasie = "nulbreedte"
            if evasie == "yaml-escape":
                waarde = _yaml_escape(waarde, rng)
            elif evasie == "grieks":
                waarde = _grieks(waarde)
            elif evasie == "html-entiteit" and soort == "naam":
                waarde = _html_naam(waarde)
            else:
                waarde = ontwijk(waarde, evasie, rng)
        tekst = "{" + label + ":" + waarde + "}"
        if plaats == "team":
            tekst = f"{rng.choice(['Wijkteam', 'Buurtteam', 'Jeugdteam', 'Sociaal team'])} {tekst}" if soort == "naam" \
                else f"Buurtteam Zuid, {tekst}"
        elif plaats == "sleutel":
            tekst = tekst if soort == "naam" else f"{rng.choice(['contact', 'gegevens', 'notitie'])} {tekst}"
        elif plaats == "bestandsnaam":
            voor = rng.choice(["", "GOU-2016-0{n}_", "dossier-", "ALM-2016-1{n}-"]).format(n=rng.randint(10, 99))
            tekst = voor + (tekst.replace(" ", rng.choice(["_", "-"])) if soort != "e-mail" else tekst)
        else:
            tekst = rng.choice(SJABLONEN_EXTRA[soort if soort != "postcode" else "adres"]).replace("{w}", tekst)
        uit.append(f"{plaats}\t{evasie}\t{tekst}")
    return uit


ORGANISATIES_EXTRA = ["Yorneo", "Youz", "Karakter", "Lindenhout", "Pluryn", "Kwintes", "Lentis", "Altrecht",
                      "Sterk Huis", "Fier", "De Waag", "Cardea", "Prodeba", "Timon", "Horizon", "Spirit",
                      "Levvel", "Entrea Lindenhout", "Parlan", "Jeugdformaat", "Kenniscentrum Kinder- en Jeugdpsychiatrie",
                      "de William Schrikker Stichting", "Bureau Jeugdzorg Haaglanden", "het Vitaal Centrum",
                      "de GGD Hollands Midden", "Veilig Thuis Hollands Midden", "Jeugdbescherming Brabant",
                      "Stichting Mano", "de Kinderombudsman", "Vluchtelingenwerk", "het COA", "Nidos",
                      "Albert Heijn", "de HEMA", "Jumbo", "het Rode Kruis", "Defence for Children"]
TEAMS_EXTRA = ["Wijkteam Kattenbroek", "Jeugdteam Leidsche Rijn", "Buurtteam Bloemhof Zuid", "Wijkteam Zuilen Ondiep",
               "Sociaal Team Malburgen Oost", "Wijkteam Oud-Charlois", "Gebiedsteam Kanaleneiland Zuid",
               "Jeugdteam Velve-Lindenhof", "Buurtteam Lombok Oog in Al", "Wijkteam Schilderswijk",
               "Jeugd- en Gezinsteam Noordoost", "Wijkteam De Baarsjes", "Sociaal Wijkteam Hoograven-Tolsteeg",
               "Jeugdteam Rivierenwijk", "Buurtteam Kerckebosch", "Wijkteam Presikhaaf-West", "Jeugdteam De Meer"]
ZINNEN_EXTRA = [
    "gesprek met {rol} en moeder over de voortgang.", "volgens {rol} is de veiligheid voldoende.",
    "moeder wil geen hulp van {org}.", "overleg met {org} over de wachtlijst.", "aangemeld bij {org} op {datum}.",
    "{team} heeft {org} op {datum} gevraagd om advies.", "De bakker op de hoek levert sinds {datum} het brood.",
    "De buurvrouw past sinds {datum} op de kinderen.", "Vader werkt sinds {datum} bij {org}.",
    "Op {datum} is het plan geëvalueerd met {rol}.", "Het gezin woont sinds {datum} in de wijk.",
    "vader belde met {rol} over de indicatie.", "door {reden} is het huisbezoek uitgesteld.",
    "bij intake aanwezig: {rol}, gedragswetenschapper en moeder.", "Volgens {team} is de casus op {datum} gesloten.",
    "De jongere is op {datum} gestart bij {org}.", "met behulp van een tolk {taal} is het plan besproken.",
    "Moeder werkt bij {org}; zij is sinds {datum} in dienst.", "Kind is op {datum} aangemeld bij {team}.",
    "De evaluatie van {datum} is verplaatst; {org} was verhinderd.", "{org} en {team} werken samen bij deze casus.",
    "contact met {rol} via beeldbellen.", "gesprek met de {rol} over verzuim en faalangst.",
]
SLEUTELS = ["toelichting gesprekken", "bron documenten", "signalen veiligheid", "casusregie", "regievoering jeugd",
            "afspraken ouders", "plan van aanpak", "hulp in gedwongen kader", "ervaringen gezin", "overleg school"]
ROLLEN = ["regievoerder", "gezinsvoogd", "jeugdarts", "gezinscoach", "jeugdconsulent", "wmo-consulent",
          "leerplichtambtenaar", "wijkagent", "poh-ggz", "pleegzorgbegeleider", "mentor", "intern begeleider",
          "schuldhulpverlener", "jongerenwerker", "ambulant hulpverlener", "casusregisseur", "orthopedagoog"]


def schone_regels(zaad: int, aantal: int) -> list[str]:
    """`aantal` clean lines ``placement<TAB>text``: organisations, neighbourhood teams, lowercase prose with
    cues, dates that are no birth dates, keys and file names without personal data."""
    rng = random.Random(zaad)
    uit: list[str] = []
    for index in range(aantal):
        plaats = ["toelichting", "citaat", "commentaar", "team", "sleutel"][index % 5]
        if plaats == "team":
            uit.append(f"team\t{rng.choice(TEAMS_EXTRA + [o.removeprefix('de ').removeprefix('het ') for o in ORGANISATIES_EXTRA])}")
            continue
        if plaats == "sleutel":
            uit.append(f"sleutel\t{rng.choice(SLEUTELS)}")
            continue
        zin = rng.choice(ZINNEN_EXTRA).format(
            rol=rng.choice(ROLLEN), org=rng.choice(ORGANISATIES_EXTRA), team=rng.choice(TEAMS_EXTRA),
            datum=rng.choice([f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-{rng.randint(2013, 2017)}",
                              f"{rng.randint(1, 28)} {rng.choice(['januari', 'maart', 'juni', 'oktober'])} {rng.randint(2013, 2017)}"]),
            reden=rng.choice(["corona", "ziekte", "de verbouwing", "sneeuw"]),
            taal=rng.choice(["tigrinya", "arabisch", "dari", "pools", "somalisch"]))
        uit.append(f"{plaats}\t{zin}")
    return uit
