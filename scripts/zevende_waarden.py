"""The values of the seventh privacy corpus, each with its vorm (how it is written): a BSN that passes the elfproef, an
IBAN with right check digits, phone numbers that can exist, Dutch registration plates in their sidecodes, birth dates,
e-mail addresses, profiles on social media, addresses and schools. Every function takes the seeded random of the
script, so the corpus is the same on every run."""

from __future__ import annotations

import random
import re
import unicodedata

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
MAANDEN_KORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MAANDEN_FRIES = ["jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus", "septimber",
                 "oktober", "novimber", "desimber"]
MEDEKLINKERS = "BDFGHJKLNPRSTVXZ"


def _cijfers(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def bsn(r: random.Random, vorm: str) -> str:
    while True:
        begin = r.choice("123456") + _cijfers(r, 7)
        rest = sum(int(c) * (9 - i) for i, c in enumerate(begin)) % 11
        if rest <= 9 and stdnum_bsn.is_valid(begin + str(rest)):
            getal = begin + str(rest)
            break
    return {"aaneen": getal, "punten": f"{getal[:4]}.{getal[4:6]}.{getal[6:]}",
            "spaties": f"{getal[:3]} {getal[3:6]} {getal[6:]}", "streepjes": f"{getal[:3]}-{getal[3:6]}-{getal[6:]}"}[vorm]


BSN_VORMEN = ["aaneen", "punten", "spaties", "aaneen", "streepjes"]


def _geldig(nummer: str) -> bool:
    return any(phonenumbers.is_valid_number(phonenumbers.parse(nummer.replace("(0)", ""), land)) for land in ("NL", "BE", "DE"))


def _telefoon_ruw(r: random.Random, vorm: str) -> str:
    m = r.choice("12345") + _cijfers(r, 7)
    netnummer = r.choice(["10", "20", "30", "70", "40", "50", "24", "26", "33", "38", "43", "45", "53", "58", "71", "73", "76"])
    abon = r.choice("2345678") + _cijfers(r, 6 if len(netnummer) == 2 else 5)
    return {
        "mobiel-streepje": f"06-{m}", "mobiel-spaties": f"06 {m[:4]} {m[4:]}", "mobiel-aaneen": f"06{m}",
        "mobiel-paren": f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", "internationaal": f"+31 6 {m}",
        "internationaal-nul": f"+31 (0)6 {m[:4]} {m[4:]}", "nul-nul": f"0031 6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        "internationaal-aaneen": f"+316{m}",
        "vast-streepje": f"0{netnummer}-{abon}", "vast-spaties": f"0{netnummer} {abon[:3]} {abon[3:]}",
        "vast-internationaal": f"+31 {netnummer} {abon[:3]} {abon[3:]}",
        "belgisch-mobiel": f"+32 4{r.choice('789')}{r.choice('0123456789')} {_cijfers(r, 2)} {_cijfers(r, 2)} {_cijfers(r, 2)}",
        "belgisch-vast": f"+32 3 {r.choice('2345')}{_cijfers(r, 2)} {_cijfers(r, 2)} {_cijfers(r, 2)}",
        "duits-mobiel": f"+49 15{r.choice('12')} {_cijfers(r, 8)}", "duits-vast": f"+49 2821 {r.choice('2345789')}{_cijfers(r, 5)}",
        "surinaams": f"+597 8{r.choice('5678')}{_cijfers(r, 1)}-{_cijfers(r, 4)}",
        "curacaos": f"+599 9 5{r.choice('1234')}{_cijfers(r, 1)} {_cijfers(r, 4)}",
    }[vorm]


TELEFOON_VORMEN = ["mobiel-streepje", "mobiel-spaties", "mobiel-aaneen", "mobiel-paren", "internationaal", "internationaal-nul",
                   "nul-nul", "internationaal-aaneen", "vast-streepje", "vast-spaties", "vast-internationaal",
                   "belgisch-mobiel", "belgisch-vast", "duits-mobiel", "duits-vast", "surinaams", "curacaos"]


def telefoon(r: random.Random, vorm: str) -> str:
    while True:
        nummer = _telefoon_ruw(r, vorm)
        if _geldig(nummer):
            return nummer


def _controlecijfers(land: str, bban: str) -> str:
    getal = "".join(str(int(c, 36)) for c in bban + land + "00")
    return f"{98 - int(getal) % 97:02d}"


def _bban(r: random.Random, land: str) -> str:
    if land == "NL":
        return r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + _cijfers(r, 10)
    if land == "BE":
        tien = r.choice("0123456789") + _cijfers(r, 9)
        return tien + f"{(int(tien) % 97) or 97:02d}"
    return {"DE": _cijfers(r, 18), "PL": _cijfers(r, 24), "TR": _cijfers(r, 5) + "0" + _cijfers(r, 16),
            "LU": _cijfers(r, 16)}[land]


def iban(r: random.Random, land: str, vorm: str) -> str:
    while True:
        bban = _bban(r, land)
        getal = land + _controlecijfers(land, bban) + bban
        if stdnum_iban.is_valid(getal):
            break
    groepen = " ".join(getal[i:i + 4] for i in range(0, len(getal), 4))
    return {"gegroepeerd": groepen, "aaneen": getal, "kleine-letters": getal.lower(),
            "gegroepeerd-kleine-letters": groepen.lower()}[vorm]


IBAN_LANDEN = ["NL", "NL", "NL", "BE", "DE", "NL", "PL", "TR", "NL", "LU", "BE", "DE"]
IBAN_VORMEN = ["gegroepeerd", "aaneen", "kleine-letters", "gegroepeerd", "gegroepeerd-kleine-letters"]


def kenteken(r: random.Random, sidecode: int) -> str:
    patroon = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9",
               8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999",
               14: "999-XX-9"}[sidecode]
    return "".join(r.choice(MEDEKLINKERS) if c == "X" else r.choice("123456789") if c == "9" else c for c in patroon)


SIDECODES = [7, 8, 9, 10, 11, 12, 13, 14, 4, 5, 6, 1, 2, 3]


def datum(r: random.Random, vorm: str, kind: bool = True) -> str:
    jaar = r.randint(2006, 2022) if kind else r.randint(1968, 1998)
    maand, dag = r.randint(1, 12), r.randint(1, 28)
    return {"streepjes": f"{dag:02d}-{maand:02d}-{jaar}", "kort": f"{dag}-{maand}-{jaar}",
            "schuine-strepen": f"{dag:02d}/{maand:02d}/{jaar}", "punten": f"{dag:02d}.{maand:02d}.{jaar}",
            "maand-voluit": f"{dag} {MAANDEN[maand - 1]} {jaar}", "maand-kort": f"{dag} {MAANDEN_KORT[maand - 1]} {jaar}",
            "iso": f"{jaar}-{maand:02d}-{dag:02d}", "fries": f"{dag} {MAANDEN_FRIES[maand - 1]} {jaar}"}[vorm]


DATUM_VORMEN = ["streepjes", "kort", "schuine-strepen", "punten", "maand-voluit", "maand-kort", "iso", "streepjes"]


def ascii_naam(tekst: str) -> str:
    """`tekst` as the letters of an e-mail address or handle: no accents, no spaces or hyphens, lowercase."""
    zonder = unicodedata.normalize("NFKD", tekst.replace("ı", "i").replace("ł", "l")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", zonder.casefold())


DOMEINEN = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "yahoo.com",
            "home.nl", "hotmail.nl", "telenet.be", "gmx.de", "wp.pl", "planet.nl"]


def email(r: random.Random, voornaam: str, achternaam: str, vorm: str) -> str:
    v, a = ascii_naam(voornaam.split()[0]), ascii_naam(achternaam)
    domein = r.choice(DOMEINEN)
    lokaal = {"punt": f"{v}.{a}", "initiaal": f"{v[0]}.{a}", "cijfers": f"{v}{a}{r.randint(70, 99)}",
              "achternaam-eerst": f"{a}.{v[0]}", "liggend-streepje": f"{v}_{a}"}
    naam, dom = lokaal.get(vorm, f"{v}.{a}"), domein.rsplit(".", 1)
    return {"verhuld-haken": f"{naam} [at] {dom[0]} [punt] {dom[1]}", "verhuld-at": f"{naam}(at){domein}",
            "verhuld-spaties": f"{naam} @ {domein}", "hoofdletters": f"{naam}@{domein}".upper()}.get(vorm, f"{naam}@{domein}")


EMAIL_VORMEN = ["punt", "initiaal", "cijfers", "achternaam-eerst", "liggend-streepje", "verhuld-haken", "verhuld-at",
                "punt", "verhuld-spaties", "hoofdletters"]


def sociale_media(r: random.Random, voornaam: str, achternaam: str, vorm: str) -> str:
    v, a = ascii_naam(voornaam.split()[0]), ascii_naam(achternaam)
    handle = r.choice([f"{v}_{a[:4]}", f"{v}.{a}", f"{v}{r.randint(2005, 2015)}", f"x{v}x", f"{a}_{v}{r.randint(1, 99)}"])
    return {"instagram-handle": f"@{handle}", "instagram-url": f"instagram.com/{handle}",
            "facebook-url": f"https://www.facebook.com/{v}.{a}.{r.randint(10, 999)}", "tiktok-url": f"tiktok.com/@{handle}",
            "tiktok-handle": f"@{handle}", "snapchat": f"snapchat.com/add/{handle}", "x-url": f"x.com/{handle}",
            "youtube": f"youtube.com/@{handle}", "linkedin": f"linkedin.com/in/{v}-{a}-{r.randint(100, 999)}a",
            "telegram": f"t.me/{handle}"}[vorm]


SOCIALE_VORMEN = ["instagram-handle", "instagram-url", "facebook-url", "tiktok-url", "tiktok-handle", "snapchat", "x-url",
                  "youtube", "linkedin", "telegram"]


def postcode(r: random.Random, begin: str) -> str:
    letters = r.choice("ABCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
    return f"{begin[:3]}{r.choice('0123456789')} {letters}"


def adres(r: random.Random, straten: list[str], plaatsen: list[tuple[str, str]], buitenland: list[tuple[str, str, str]],
          vorm: str) -> str:
    straat, nummer = r.choice(straten), r.randint(1, 240)
    begin, plaats = r.choice(plaatsen)
    pc = postcode(r, begin)
    if vorm in ("belgisch", "duits"):
        kandidaten = [b for b in buitenland if (len(b[2].split()[0]) == 4) == (vorm == "belgisch")]
        straat_b, bus, plaats_b = r.choice(kandidaten)
        return f"{straat_b} {nummer}{' ' + bus if bus else ''}, {plaats_b}"
    return {"straat-nummer": f"{straat} {nummer}", "toevoeging-romeins": f"{straat} {nummer}-{r.choice(['I', 'II', 'III', 'hs'])}",
            "toevoeging-letter": f"{straat} {nummer}{r.choice(['a', 'B', ' C', ' bis'])}",
            "volledig": f"{straat} {nummer}, {pc} {plaats}", "volledig-zonder-komma": f"{straat} {nummer} {pc.replace(' ', '')} {plaats}",
            "postcode-eerst": f"{pc} {plaats}, {straat} {nummer}", "postcode-huisnummer": f"{pc.replace(' ', '')} {nummer}",
            "postbus": f"Postbus {r.randint(10, 9999)}, {begin[:3]}0 {pc[-2:]} {plaats}",
            "kleine-letters": f"{straat} {nummer} {pc} {plaats}".lower()}[vorm]


ADRES_VORMEN = ["straat-nummer", "volledig", "toevoeging-romeins", "straat-nummer", "toevoeging-letter", "volledig-zonder-komma",
                "postcode-eerst", "postcode-huisnummer", "volledig", "postbus", "belgisch", "duits"]
