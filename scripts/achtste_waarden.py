"""Values of the eighth privacy corpus other than names: BSN, phone numbers, e-mail addresses, IBANs, addresses,
birth dates, kentekens and social-media profiles, each in the forms the cycles below name. Every number is one
that can exist: a BSN passes the elfproef, an IBAN its check digits, a phone number is valid where it is dialled."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers
from stdnum import iban as stdnum_iban

BSN_VORMEN = ["aaneen", "punten", "spaties", "aaneen", "streepjes", "vier-twee-drie", "acht-cijfers", "aaneen"]
TELEFOON_VORMEN = ["mobiel-streepje", "mobiel-aaneen", "vast-streepje", "mobiel-spaties", "mobiel-internationaal",
                   "vast-spaties", "mobiel-nul-haakjes", "belgisch-mobiel", "vast-haakjes", "duits-mobiel", "mobiel-schuin",
                   "mobiel-0031", "belgisch-vast", "duits-vast", "buitenland"]
EMAIL_VORMEN = ["punt", "initiaal", "cijfers", "gemengd", "laag-streepje", "punt", "at-haken", "spaties", "initiaal-cijfers"]
IBAN_VORMEN = ["groepen", "aaneen", "groepen", "kleine-letters", "kleine-letters-groepen"]
IBAN_LANDEN = ["NL", "BE", "NL", "DE", "PL", "NL", "TR", "RO", "NL", "BG"]
ADRES_VORMEN = ["straat-nummer", "met-postcode-plaats", "straat-nummer-toevoeging", "postcode-aaneen", "straat-nummer",
                "postbus", "afgekort", "belgisch", "met-postcode-plaats", "postcode-huisnummer", "duits", "straat-nummer",
                "caribisch", "met-postcode-plaats"]
DATUM_VORMEN = ["streepjes", "voluit", "schuin", "punten", "afgekort", "iso", "kort-jaar", "zonder-voorloopnul",
                "streepjes", "voluit", "compact"]
# a bare handle (snapchat-naam) only where a frame names the platform
SOCIALE_VORMEN = ["at-handle", "instagram-url", "facebook-url", "tiktok-url", "x-url", "at-handle", "youtube-url"]
SIDECODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, "belgisch", "duits"]

MAANDEN = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                  "november", "december"],
           "kort": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
           "engels": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"],
           "turks": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
                     "Aralık"],
           "pools": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                     "października", "listopada", "grudnia"],
           "fries": ["jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
                     "oktober", "novimber", "desimber"]}
_POSTCODELETTERS = "ABCDEGHJKLMNPRTVWXZ"
_KENTEKENLETTERS = "BDFGHJKLNPRSTVXZ"


def _cijfers(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def bsn(r: random.Random, vorm: str) -> str:
    while True:
        eerste = "0" if vorm == "acht-cijfers" else r.choice("123456")
        acht = eerste + _cijfers(r, 7)
        som = sum(int(c) * (9 - i) for i, c in enumerate(acht)) % 11
        if som < 10 and acht != "0" * 8:
            nummer = acht + str(som)
            break
    if vorm == "acht-cijfers":
        return nummer[1:]
    if vorm == "punten":
        return f"{nummer[:4]}.{nummer[4:6]}.{nummer[6:]}"
    if vorm == "spaties":
        return f"{nummer[:3]} {nummer[3:6]} {nummer[6:]}"
    if vorm == "streepjes":
        return f"{nummer[:3]}-{nummer[3:6]}-{nummer[6:]}"
    if vorm == "vier-twee-drie":
        return f"{nummer[:4]} {nummer[4:6]} {nummer[6:]}"
    return nummer


_NETNUMMERS = ["010", "020", "030", "040", "050", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079",
               "013", "015", "023", "024", "026", "033", "035", "036", "038", "043", "045", "046", "053", "055", "058",
               "0111", "0162", "0172", "0180", "0187", "0223", "0229", "0252", "0299", "0318", "0341", "0345", "0413",
               "0475", "0485", "0492", "0499", "0513", "0521", "0546", "0570", "0591", "0597"]
_BUITENLAND = [("+48", "5", 8), ("+90", "53", 8), ("+212", "6", 8), ("+597", "8", 6), ("+599", "9 5", 6),
               ("+40", "72", 7), ("+380", "67", 7), ("+359", "88", 7), ("+33", "6", 8), ("+44", "7", 9)]


def _geldig(nummer: str, land: str = "NL") -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(nummer.replace("(0)", ""), land))
    except phonenumbers.NumberParseException:
        return False


def telefoon(r: random.Random, vorm: str) -> str:
    while True:
        nummer = _telefoon(r, vorm)
        land = "BE" if vorm == "belgisch-vast" else "DE" if vorm == "duits-vast" else "NL"
        if _geldig(nummer, land):
            return nummer


def _telefoon(r: random.Random, vorm: str) -> str:
    m = r.choice("123456") + _cijfers(r, 7)
    if vorm == "mobiel-streepje":
        return f"06-{m}"
    if vorm == "mobiel-aaneen":
        return f"06{m}"
    if vorm == "mobiel-spaties":
        return f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"
    if vorm == "mobiel-schuin":
        return f"06/{m}"
    if vorm == "mobiel-internationaal":
        return f"+31 6 {m}" if r.random() < 0.5 else f"+316{m}"
    if vorm == "mobiel-nul-haakjes":
        return f"+31 (0)6 {m[:4]} {m[4:]}"
    if vorm == "mobiel-0031":
        return f"0031 6 {m[:4]} {m[4:]}"
    net = r.choice(_NETNUMMERS)
    abonnee = r.choice("23456789") + _cijfers(r, 9 - len(net))
    if vorm == "vast-streepje":
        return f"{net}-{abonnee}"
    if vorm == "vast-spaties":
        return f"{net} {abonnee[:3]} {abonnee[3:]}"
    if vorm == "vast-haakjes":
        return f"({net}) {abonnee}"
    if vorm == "belgisch-mobiel":
        b = r.choice(["470", "471", "472", "473", "475", "476", "477", "478", "479", "483", "484", "485", "486", "487",
                      "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"])
        if r.random() < 0.6:
            return f"+32 {b} {_cijfers(r, 2)} {_cijfers(r, 2)} {_cijfers(r, 2)}"
        return f"0{b}/{_cijfers(r, 2)}.{_cijfers(r, 2)}.{_cijfers(r, 2)}"
    if vorm == "belgisch-vast":
        zone = r.choice(["02", "03", "09", "011", "014", "050", "016"])
        rest = r.choice("2345678") + _cijfers(r, 8 - len(zone))
        if len(zone) == 2:
            return f"{zone} {rest[:3]} {rest[3:5]} {rest[5:]}"
        return f"{zone} {rest[:2]} {rest[2:4]} {rest[4:]}"
    if vorm == "duits-mobiel":
        return f"+49 {r.choice(['151', '152', '157', '160', '162', '170', '171', '176', '179'])} {_cijfers(r, 8)}"
    if vorm == "duits-vast":
        zone = r.choice(["0221", "0211", "0241", "02821", "02841", "0251", "0201", "030", "040"])
        return f"{zone} {r.choice('2345678')}{_cijfers(r, 6)}"
    land, begin, rest = r.choice(_BUITENLAND)
    return f"{land} {begin}{_cijfers(r, 1)} {_cijfers(r, rest - 1)}"


def ascii_van(tekst: str) -> str:
    """A name as it goes into an e-mail address or handle: no accents, no spaces, lowercase."""
    tekst = tekst.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    zonder = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", zonder.lower())


_DOMEINEN = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl",
             "telenet.be", "skynet.be", "gmx.de", "web.de", "wp.pl", "onet.pl", "yahoo.com", "icloud.com", "ukr.net",
             "hotmail.com.tr", "qq.com", "caiway.nl", "xs4all.nl", "home.nl", "protonmail.com", "abv.bg"]


def email(r: random.Random, voornaam: str, achternaam: str, vorm: str) -> str:
    v, a = ascii_van(voornaam) or "info", ascii_van(achternaam.split()[-1]) or "post"
    domein = r.choice(_DOMEINEN)
    if vorm == "initiaal":
        return f"{v[0]}.{a}@{domein}"
    if vorm == "cijfers":
        return f"{v}{a}{r.randint(70, 99) if r.random() < 0.5 else r.randint(2004, 2012)}@{domein}"
    if vorm == "gemengd":
        return f"{v.capitalize()}.{a.capitalize()}@{domein.capitalize()}"
    if vorm == "laag-streepje":
        return f"{v}_{a}@{domein}"
    if vorm == "at-haken":
        naam, land = domein.rsplit(".", 1)
        return f"{v}.{a}[at]{naam}.{land}" if r.random() < 0.5 else f"{v}.{a} (at) {naam} (punt) {land}"
    if vorm == "spaties":
        naam, land = domein.rsplit(".", 1)
        return f"{v}.{a} @ {naam} . {land}"
    if vorm == "initiaal-cijfers":
        return f"{v[0]}{a}{_cijfers(r, 3)}@{domein}"
    return f"{v}.{a}@{domein}"


_BBAN = {"NL": lambda r: r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + _cijfers(r, 10),
         "DE": lambda r: _cijfers(r, 18), "PL": lambda r: _cijfers(r, 24), "TR": lambda r: _cijfers(r, 5) + "0" + _cijfers(r, 16),
         "RO": lambda r: r.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + _cijfers(r, 16),
         "BG": lambda r: r.choice(["UNCR", "BPBI", "STSA", "FINV"]) + _cijfers(r, 6) + _cijfers(r, 8)}


def _bban_be(r: random.Random) -> str:
    tien = _cijfers(r, 10)
    controle = int(tien) % 97 or 97
    return f"{tien}{controle:02d}"


def iban(r: random.Random, land: str, vorm: str) -> str:
    while True:
        bban = _bban_be(r) if land == "BE" else _BBAN[land](r)
        nummer = land + stdnum_iban.calc_check_digits(land + "00" + bban) + bban
        if stdnum_iban.is_valid(nummer):
            break
    groepen = " ".join(nummer[i:i + 4] for i in range(0, len(nummer), 4))
    if vorm == "aaneen":
        return nummer
    if vorm == "kleine-letters":
        return nummer.lower()
    if vorm == "kleine-letters-groepen":
        return groepen.lower()
    return groepen


def _postcode(r: random.Random, begin: str) -> str:
    while True:
        letters = r.choice(_POSTCODELETTERS) + r.choice(_POSTCODELETTERS)
        if letters not in ("SA", "SD", "SS"):
            return f"{begin}{_cijfers(r, 4 - len(begin))} {letters}"


_AFKORTINGEN = [("Burgemeester ", "Burg. "), ("Koningin ", "Kon. "), ("Prins ", "Pr. "), ("Professor ", "Prof. "),
                ("Dokter ", "Dr. "), ("Sint-", "St.-"), ("Sint ", "St. "), ("Generaal ", "Gen. "), ("straat", "str."),
                ("laan", "ln."), ("weg", "wg."), ("plein", "pln.")]


def _nummer(r: random.Random) -> str:
    return str(r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(41, 240), r.randint(241, 1100)]))


def _toevoeging(r: random.Random) -> str:
    return r.choice(["a", "B", "-2", "-bis", " III", " hs", "-1", " zw", "A01", " rd"])


def adres(r: random.Random, straten: list[str], plaatsen: list[tuple[str, str]],
          buitenland: dict[str, list[tuple[str, str]]], vorm: str) -> str:
    straat = r.choice(straten)
    plaats, begin = r.choice(plaatsen)
    nummer = _nummer(r)
    if vorm == "straat-nummer-toevoeging":
        return f"{straat} {nummer}{_toevoeging(r)}"
    if vorm == "met-postcode-plaats":
        if r.random() < 0.7:
            return f"{straat} {nummer}, {_postcode(r, begin)} {plaats}"
        return f"{straat} {nummer} {_postcode(r, begin)} {plaats.upper()}"
    if vorm == "postcode-aaneen":
        return f"{straat} {nummer}, {_postcode(r, begin).replace(' ', '')} {plaats}"
    if vorm == "postcode-huisnummer":
        return f"{_postcode(r, begin)} {nummer}" if r.random() < 0.5 else f"{_postcode(r, begin).replace(' ', '')}-{nummer}"
    if vorm == "postbus":
        return f"Postbus {r.randint(1, 9999)}, {_postcode(r, begin)} {plaats}"
    if vorm == "afgekort":
        afkortbaar = [s for s in straten if any(lang in s for lang, _ in _AFKORTINGEN)]
        straat = r.choice(afkortbaar)
        lang, kort = next((lang, kort) for lang, kort in _AFKORTINGEN if lang in straat)
        return f"{straat.replace(lang, kort, 1)} {nummer}"
    if vorm == "kleine-letters":
        return (f"{straat} {nummer}" if r.random() < 0.5 else f"{straat} {nummer} {plaats}").lower()
    if vorm in ("belgisch", "duits", "caribisch"):
        buiten_straat, buiten_plaats = r.choice(buitenland[vorm])
        if vorm == "belgisch":
            return f"{buiten_straat} {nummer}" + (f" bus {r.randint(1, 12)}" if r.random() < 0.5 else "") + f", {buiten_plaats}"
        return f"{buiten_straat} {nummer}, {buiten_plaats}"  # German and Caribbean
    return f"{straat} {nummer}"


def datum(r: random.Random, vorm: str, kind: bool) -> str:
    jaar = r.randint(2006, 2022) if kind else r.randint(1964, 1999)
    maand, dag = r.randint(1, 12), r.randint(1, 28)
    if vorm == "schuin":
        return f"{dag:02d}/{maand:02d}/{jaar}"
    if vorm == "punten":
        return f"{dag:02d}.{maand:02d}.{jaar}"
    if vorm in ("voluit", "engels", "turks", "pools", "fries"):
        return f"{dag} {MAANDEN['nl' if vorm == 'voluit' else vorm][maand - 1]} {jaar}"
    if vorm == "afgekort":
        return f"{dag} {MAANDEN['kort'][maand - 1]} {jaar}"
    if vorm == "iso":
        return f"{jaar}-{maand:02d}-{dag:02d}"
    if vorm == "kort-jaar":
        return f"{dag}-{maand}-{jaar % 100:02d}"
    if vorm == "zonder-voorloopnul":
        return f"{dag}-{maand}-{jaar}"
    if vorm == "compact":
        return f"{dag:02d}{maand:02d}{jaar}"
    if vorm == "engels-vs":
        return f"{MAANDEN['engels'][maand - 1]} {dag}, {jaar}"
    return f"{dag:02d}-{maand:02d}-{jaar}"


_SIDECODES = {1: "LL-99-99", 2: "99-99-LL", 3: "99-LL-99", 4: "LL-99-LL", 5: "LL-LL-99", 6: "99-LL-LL", 7: "99-LLL-9",
              8: "9-LLL-99", 9: "LL-999-L", 10: "L-999-LL", 11: "LLL-99-L", 12: "L-99-LLL", 13: "9-LL-999", 14: "999-LL-9"}


def kenteken(r: random.Random, code: int | str) -> str:
    if code == "belgisch":
        return f"{r.choice('12')}-{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}-{_cijfers(r, 3)}"
    if code == "duits":
        kreis = r.choice(["KLE", "BOR", "WES", "AC", "VIE", "EMD", "NOH", "K", "D", "MG"])
        return f"{kreis}-{r.choice('ABCDEFGHKLMNPRSTUVWXZ')}{r.choice('ABCDEFGHKLMNPRSTUVWXZ')} {r.randint(1, 9999)}"
    return "".join(r.choice(_KENTEKENLETTERS) if c == "L" else r.choice("0123456789") if c == "9" else c
                   for c in _SIDECODES[int(code)])


def sociale_media(r: random.Random, voornaam: str, achternaam: str, vorm: str) -> str:
    v, a = ascii_van(voornaam) or "x", ascii_van(achternaam.split()[-1]) or "y"
    handle = r.choice([f"{v}.{a}", f"{v}_{a[:3]}", f"{v}{r.randint(2005, 2013)}", f"{a}.{v}{r.randint(1, 99)}",
                       f"its.{v}", f"{v}x{a}", f"{v[:4]}_{_cijfers(r, 3)}"])
    if vorm == "instagram-url":
        return f"instagram.com/{handle}" if r.random() < 0.5 else f"https://www.instagram.com/{handle}/"
    if vorm == "facebook-url":
        return f"facebook.com/{v}.{a}.{r.randint(1, 9)}" if r.random() < 0.5 else f"www.facebook.com/{v}{a}"
    if vorm == "tiktok-url":
        return f"tiktok.com/@{handle}"
    if vorm == "snapchat-naam":
        return handle
    if vorm == "x-url":
        return f"x.com/{handle}" if r.random() < 0.5 else f"twitter.com/{handle}"
    if vorm == "youtube-url":
        return f"youtube.com/@{handle}"
    return f"@{handle}"
