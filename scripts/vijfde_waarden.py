"""Values for the fifth privacy corpus: BSN, phone numbers, e-mail, IBAN, addresses, birth dates, kentekens,
social media and schools, each in the many forms people type them. Every maker returns ``(value, form)``; the
check digits (elfproef, IBAN mod 97) are computed, never made up. Streets and schools are split per part."""

from __future__ import annotations

import random
import unicodedata

STRATEN = {
    "a": ["Vossenburchkade", "Goejanverwelle", "Ridder van Catsweg", "Tollensstraat", "Reigerstraat",
          "Van Heuven Goedhartplein", "Graaf Florisweg", "Kamperfoeliestraat", "Nieuwe Haven", "Bleulandweg",
          "Zeugstraat", "Sportlaan", "Aalberseplein", "Groen van Prinstererlaan", "Achter de Kerk",
          "Prins Hendrikstraat", "Boelekade", "Zonnebloemweg", "Herenstraat", "Ruimteweg"],
    "b": ["Kattensingel", "Kanaalstraat", "Burgemeester Martenssingel", "Mozartlaan", "Lekkerkerkerstraat",
          "Pijnackerplein", "Jan van Beierenlaan", "Crabethstraat", "Oosthaven", "Korte Noodgodsstraat",
          "Wilhelminapark", "Dreef", "Schielandweg", "Tiendeweg", "Van Swietenstraat", "Koningin Julianastraat",
          "Kleiweg", "Irenestraat", "Bernadottelaan", "Hoge Gouwe"],
}
PLAATSEN = {
    "a": ["Gouda", "Waddinxveen", "Zoetermeer", "Alphen aan den Rijn", "Bodegraven", "Nieuwerkerk aan den IJssel"],
    "b": ["Reeuwijk", "Schoonhoven", "Moordrecht", "Capelle aan den IJssel", "Krimpen aan den IJssel", "Boskoop"],
}
BELGISCH = {
    "a": [("Kerkhofstraat", "2060", "Antwerpen"), ("Rue Haute", "1000", "Brussel"), ("Brugsesteenweg", "9000", "Gent")],
    "b": [("Diestsevest", "3000", "Leuven"), ("Chaussée de Mons", "1070", "Anderlecht"), ("Zandstraat", "8200", "Brugge")],
}
SCHOLEN = {
    "a": ["basisschool De Kleine Wereld", "obs Het Kompas", "cbs De Wegwijzer", "rkbs Sint Jozef",
          "Montessorischool Oost", "Daltonschool De Zonnewijzer", "sbo De Zeggewei", "Goudse Waarden",
          "St.-Antoniusschool", "het Driestar College", "Coenecoop College", "IKC De Regenboogvis"],
    "b": ["basisschool De Tweemaster", "obs De Brug", "cbs Prins Willem-Alexander", "rkbs De Klimboom",
          "Jenaplanschool De Boomgaard", "Vrije School Zoetermeer", "so De Ster", "Wellantcollege",
          "Het Segment", "Carmelcollege Gouda", "Groene Hart Lyceum", "IKC Het Vogelnest"],
}
KLASSEN = ["groep 3", "groep 7", "gr. 5", "groep 1/2", "groep 8", "gr 6", "klas 2", "klas 1 vmbo-b", "leerjaar 3",
           "2 havo", "klas 3 mavo", "groep 4"]
PLATFORMS = ["instagram.com/", "www.tiktok.com/@", "facebook.com/", "snapchat.com/add/", "x.com/", "t.me/"]
MAILDOMEINEN = ["hotmail.com", "gmail.com", "live.nl", "kpnmail.nl", "ziggo.nl", "outlook.com", "icloud.com",
                "telenet.be", "planet.nl", "yahoo.fr"]


def ascii_(tekst: str) -> str:
    """The name as people type it in an e-mail address or account: no accents, hyphens or spaces."""
    tekst = tekst.translate(str.maketrans("Łłıđø", "Llido")).replace("-", "").replace(" ", "").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if c.isascii()).lower()


def bsn(rng: random.Random) -> tuple[str, str]:
    while True:
        cijfers = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        som = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        laatste = som % 11
        if laatste < 10:
            s = "".join(map(str, cijfers)) + str(laatste)
            break
    vorm = rng.choice(["aaneen", "punten", "spaties", "groepen", "aaneen", "streepjes"])
    return {"aaneen": s, "punten": f"{s[:3]}.{s[3:6]}.{s[6:]}", "spaties": f"{s[:3]} {s[3:6]} {s[6:]}",
            "groepen": f"{s[:4]} {s[4:6]} {s[6:]}", "streepjes": f"{s[:3]}-{s[3:6]}-{s[6:]}"}[vorm], vorm


def _mod97(tekst: str) -> int:
    return int("".join(str(int(c, 36)) for c in tekst)) % 97


def _iban(land: str, bban: str) -> str:
    controle = 98 - _mod97(bban + land + "00")
    return f"{land}{controle:02d}{bban}"


def iban(rng: random.Random) -> tuple[str, str]:
    land = rng.choice(["NL"] * 7 + ["BE", "DE"])
    if land == "NL":
        while True:  # a Dutch account number passes the elfproef
            rekening = [rng.randint(0, 9) for _ in range(10)]
            if rekening[0] and sum(c * w for c, w in zip(rekening, range(10, 0, -1), strict=True)) % 11 == 0:
                break
        bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        nummer = _iban("NL", bank + "".join(map(str, rekening)))
    elif land == "BE":
        basis = rng.choice(["001", "063", "068", "096", "310", "363", "735", "737"]) + _cijfers(rng, 7)
        controle = int(basis) % 97 or 97
        nummer = _iban("BE", f"{basis}{controle:02d}")
    else:
        nummer = _iban("DE", "".join(str(rng.randint(0, 9)) for _ in range(18)))
    groepen = " ".join(nummer[i:i + 4] for i in range(0, len(nummer), 4))
    vorm = rng.choice(["groepen", "groepen", "aaneen", "klein", "streepjes", "klein-groepen"])
    return {"groepen": groepen, "aaneen": nummer, "klein": nummer.lower(), "streepjes": groepen.replace(" ", "-"),
            "klein-groepen": groepen.lower()}[vorm], f"{land.lower()}-{vorm}"


def _cijfers(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def telefoon(rng: random.Random) -> tuple[str, str]:
    soort = rng.choice(["mobiel"] * 6 + ["vast"] * 3 + ["belgie", "duitsland", "buitenland"])
    if soort == "mobiel":
        r = "6" + rng.choice("12345") + _cijfers(rng, 7)
        vorm = rng.choice(["06-", "06 spaties", "aaneen", "+31", "+31(0)", "0031", "06/", "06 paren"])
        return {"06-": f"0{r[:1]}-{r[1:]}", "06 spaties": f"0{r[:1]} {r[1:5]} {r[5:]}", "aaneen": f"0{r}",
                "+31": f"+31 {r[:1]} {r[1:]}", "+31(0)": f"+31(0){r[:1]}-{r[1:]}", "0031": f"0031{r}",
                "06/": f"0{r[:1]}/{r[1:]}", "06 paren": f"0{r[:1]} {r[1:3]} {r[3:5]} {r[5:7]} {r[7:]}"}[vorm], "mobiel " + vorm
    if soort == "vast":
        net = rng.choice(["182", "172", "79", "10", "70", "348", "180", "20", "30", "71", "15"])
        rest = str(rng.randint(2, 8)) + _cijfers(rng, 8 - len(net))
        vorm = rng.choice(["streep", "spaties", "haakjes", "+31"])
        return {"streep": f"0{net}-{rest}", "spaties": f"0{net} {rest[:2]} {rest[2:4]} {rest[4:]}",
                "haakjes": f"(0{net}) {rest}", "+31": f"+31 {net} {rest}"}[vorm], "vast " + vorm
    if soort == "belgie":
        r = "4" + rng.choice("789") + _cijfers(rng, 7)
        vorm = rng.choice(["+32", "0"])
        return (f"+32 {r[:3]} {r[3:5]} {r[5:7]} {r[7:]}" if vorm == "+32" else f"0{r[:3]}/{r[3:5]}.{r[5:7]}.{r[7:]}"), "belgie " + vorm
    if soort == "duitsland":
        r = "15" + rng.choice("12") + _cijfers(rng, 8)
        return rng.choice([f"+49 {r[:3]} {r[3:]}", f"0{r[:3]} {r[3:]}"]), "duitsland"
    land = rng.choice(["turkije", "marokko", "polen", "suriname"])
    return {"turkije": f"+90 5{rng.choice('345')}{_cijfers(rng, 1)} {_cijfers(rng, 3)} {_cijfers(rng, 2)} {_cijfers(rng, 2)}",
            "marokko": f"+212 6{rng.choice('1567')}{_cijfers(rng, 1)}-{_cijfers(rng, 6)}",
            "polen": f"+48 5{_cijfers(rng, 2)} {_cijfers(rng, 3)} {_cijfers(rng, 3)}",
            "suriname": f"+597 8{_cijfers(rng, 2)}-{_cijfers(rng, 4)}"}[land], land


def email(rng: random.Random, voornaam: str, achternaam: str) -> tuple[str, str]:
    v, a = ascii_(voornaam), ascii_(achternaam)
    gebruiker = rng.choice([f"{v}.{a}", f"{v[0]}.{a}", f"{v}{a}{rng.randint(70, 99)}", f"{a}{v[0]}",
                            f"fam.{a}", f"{v}_{rng.randint(1, 99)}", f"{v}.{a[:3]}"])
    domein = rng.choice(MAILDOMEINEN)
    vorm = rng.choice(["gewoon"] * 5 + ["hoofdletters", "at-dot", "spaties", "haken"])
    naam, land = domein.rsplit(".", 1)
    return {"gewoon": f"{gebruiker}@{domein}", "hoofdletters": f"{gebruiker}@{domein}".upper(),
            "at-dot": f"{gebruiker} (at) {naam} (dot) {land}", "spaties": f"{gebruiker} @ {naam} . {land}",
            "haken": f"{gebruiker}[at]{domein}"}[vorm], vorm


def _postcode(rng: random.Random) -> str:
    return f"{rng.randint(1011, 9999)} {rng.choice('ABCEGHJKLMNPRSTVWXZ')}{rng.choice('ABCEGHJKLMNPRSTVWXZ')}"


def adres(rng: random.Random, deel: str) -> tuple[str, str]:
    straat, plaats = rng.choice(STRATEN[deel]), rng.choice(PLAATSEN[deel])
    nr = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    vorm = rng.choice(["straat-nr"] * 4 + ["toevoeging", "volledig", "volledig", "postcode-nr", "klein", "hoofdletters",
                                           "belgisch", "postbus", "afgekort", "postcode-plaats", "ter-hoogte"])
    if vorm == "toevoeging":
        return f"{straat} {nr}{rng.choice(['a', 'B', '-II', '-hs', ' bis', '-3hg', ' zw', '-bv', ' rood'])}", vorm
    if vorm == "volledig":
        return f"{straat} {nr}{rng.choice([', ', ' '])}{_postcode(rng)} {plaats}", vorm
    if vorm == "postcode-nr":
        pc = _postcode(rng)
        return rng.choice([f"{pc} {nr}", f"{pc.replace(' ', '')}, nr {nr}", f"{pc}-{nr}"]), vorm
    if vorm == "klein":
        return f"{straat} {nr}".lower(), vorm
    if vorm == "hoofdletters":
        return f"{straat} {nr}, {_postcode(rng)} {plaats}".upper(), vorm
    if vorm == "belgisch":
        s, pc, stad = rng.choice(BELGISCH[deel])
        return rng.choice([f"{s} {nr} bus {rng.randint(1, 12)}, {pc} {stad}", f"{s} {nr}, {pc} {stad}"]), vorm
    if vorm == "postbus":
        return f"Postbus {rng.randint(10, 9999)}, {_postcode(rng)} {plaats}", vorm
    if vorm == "afgekort":
        kort = straat.replace("straat", "str.").replace("Burgemeester", "Burg.").replace("laan", "ln.")
        kort = kort.replace("Koningin", "Kon.").replace("singel", "sngl.") if kort == straat else kort
        return f"{kort} {nr}", vorm
    if vorm == "postcode-plaats":
        return f"{_postcode(rng).replace(' ', rng.choice(['', ' ']))} {plaats}", vorm
    if vorm == "ter-hoogte":
        return f"{straat} t/o {nr}", vorm
    return f"{straat} {nr}", vorm


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def geboortedatum(rng: random.Random) -> tuple[str, str]:
    jaar = rng.choice([rng.randint(2004, 2019), rng.randint(1962, 1996)])
    maand, dag = rng.randint(1, 12), rng.randint(1, 28)
    vorm = rng.choice(["dd-mm-jjjj"] * 4 + ["d-m-jj", "schuin", "punten", "iso", "voluit", "kort", "aaneen"])
    return {"dd-mm-jjjj": f"{dag:02d}-{maand:02d}-{jaar}", "d-m-jj": f"{dag}-{maand}-'{jaar % 100:02d}",
            "schuin": f"{dag}/{maand}/{jaar}", "punten": f"{dag:02d}.{maand:02d}.{jaar}",
            "iso": f"{jaar}-{maand:02d}-{dag:02d}", "voluit": f"{dag} {MAANDEN[maand - 1]} {jaar}",
            "kort": f"{dag} {MAANDEN[maand - 1][:3]} '{jaar % 100:02d}",
            "aaneen": f"{dag:02d}{maand:02d}{jaar}"}[vorm], vorm


def kenteken(rng: random.Random) -> tuple[str, str]:
    medeklinkers = "BDFGHJKLNPRSTVXZ"

    def letters(n: int) -> str:
        return "".join(rng.choice(medeklinkers) for _ in range(n))

    def cijfers(n: int) -> str:
        return str(rng.randint(1, 9)) + _cijfers(rng, n - 1)

    code = rng.choice(["99-XX-99", "XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X",
                       "X-99-XXX", "9-XX-999", "999-XX-9", "XX-99-99", "99-99-XX"])
    delen = [letters(len(d)) if d[0] == "X" else cijfers(len(d)) for d in code.split("-")]
    gewoon = "-".join(delen)
    vorm = rng.choice(["streepjes"] * 4 + ["klein", "aaneen", "spaties"])
    return {"streepjes": gewoon, "klein": gewoon.lower(), "aaneen": "".join(delen),
            "spaties": " ".join(delen)}[vorm], f"{code} {vorm}"


def sociale_media(rng: random.Random, voornaam: str, achternaam: str) -> tuple[str, str]:
    v, a = ascii_(voornaam), ascii_(achternaam)
    handle = rng.choice([f"{v}_{a[:4]}", f"{v}{rng.randint(2004, 2014)}", f"x{v}x", f"{v}.{a}", f"{a}_{v}_",
                         f"its.{v}", f"{v}{a[:1]}.official"])
    vorm = rng.choice(["apenstaart", "apenstaart", "url", "url", "kaal"])
    if vorm == "url":
        platform = rng.choice(PLATFORMS)
        return f"{rng.choice(['', 'https://', 'www.'] if 'www' not in platform else [''])}{platform}{handle}", vorm
    return (f"@{handle}" if vorm == "apenstaart" else handle), vorm


def school(rng: random.Random, deel: str) -> tuple[str, str]:
    naam, klas = rng.choice(SCHOLEN[deel]), rng.choice(KLASSEN)
    vorm = rng.choice(["naam-klas", "naam-klas", "naam-haakjes", "klas-van", "klein"])
    return {"naam-klas": f"{naam}, {klas}", "naam-haakjes": f"{naam} ({klas})", "klas-van": f"{klas} van {naam}",
            "klein": f"{naam} {klas}".lower()}[vorm], vorm
