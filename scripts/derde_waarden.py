"""Planted values for the third privacy corpus: one generator per kind and the evasions.

A generator takes a random source and a `Bron` (the lists of one part) and returns ``(voor, waarde, na, kenmerken)``:
the value itself, words that stand around it but are not labelled (a title, a comma and ``groep 6``), and labels
such as ``herkomst`` or ``vorm``. BSN, IBAN and phone numbers are made valid (elfproef, mod 97, numbering plan).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import phonenumbers
from derde_namen import (
    APOSTROF,
    GENUMMERD,
    KORT,
    LAAN_VAN,
    MAILDOMEINEN,
    NAMEN,
    PLAATSEN,
    SCHOLEN_PERSOON,
    SCHOLEN_PO,
    SCHOLEN_VO,
    SCHOOLTYPE_PO,
    STRATEN,
)
from stdnum import iban as stdnum_iban

Waarde = tuple[str, str, str, dict[str, str]]


def splits(lijst: list[str] | list[tuple[str, str]], deel: str, rng: random.Random) -> list:  # type: ignore[type-arg]
    """The 60% (``afstemmen``) or 40% (``heldout``) share of `lijst`, always the same split for one seed."""
    kopie = list(lijst)
    random.Random(f"split-{len(kopie)}-{kopie[0]}").shuffle(kopie)
    grens = max(1, round(len(kopie) * 0.6))
    return kopie[:grens] if deel == "afstemmen" else kopie[grens:]


@dataclass
class Bron:
    deel: str
    namen: dict[str, tuple[list[str], list[str]]]
    apostrof: dict[str, list[tuple[str, str]]]
    straten: list[str]
    laan_van: list[str]
    kort: list[str]
    genummerd: list[str]
    plaatsen: list[str]
    scholen_po: list[str]
    scholen_vo: list[str]
    domeinen: list[str]

    @classmethod
    def voor(cls, deel: str, rng: random.Random) -> Bron:
        return cls(
            deel,
            {h: (splits(v, deel, rng), splits(a, deel, rng)) for h, (v, a) in NAMEN.items()},
            {h: splits(p, deel, rng) for h, p in APOSTROF.items()},
            splits(STRATEN, deel, rng),
            splits(LAAN_VAN, deel, rng),
            splits(KORT, deel, rng),
            splits(GENUMMERD, deel, rng),
            splits(PLAATSEN, deel, rng),
            splits(SCHOLEN_PO, deel, rng) + splits(SCHOLEN_PERSOON, deel, rng),
            splits(SCHOLEN_VO, deel, rng),
            splits(MAILDOMEINEN, deel, rng),
        )


# --- names -----------------------------------------------------------------------------------------------------

SCHRIJFWIJZEN = {
    "volledig": 24,
    "alleen-voornaam": 12,
    "alleen-achternaam": 8,
    "voorletters": 10,
    "titel": 12,
    "kleine-letters": 10,
    "hoofdletters": 8,
    "dubbele-achternaam": 7,
    "apostrof": 5,
    "achternaam-komma-voornaam": 4,
}
TITELS = ["mevrouw", "meneer", "mw.", "dhr.", "mevr.", "de heer", "Mw.", "Dhr.", "mr.", "juf", "meester"]


def _hoofd_tussenvoegsel(achternaam: str) -> str:
    """Dutch rule: without a first name or initials the tussenvoegsel starts with a capital (mevrouw De Vries)."""
    return achternaam[0].upper() + achternaam[1:] if achternaam[:1].islower() and achternaam[:1] != "'" else achternaam


def _voorletters(voornaam: str, rng: random.Random) -> str:
    letters = [d[0] for d in voornaam.split()] + rng.sample("ABCDEGHJKLMNPRSTW", rng.choice([0, 0, 1, 2]))
    return "".join(f"{x}." for x in letters)


def naam(rng: random.Random, bron: Bron, schrijfwijze: str | None = None) -> Waarde:
    schrijfwijze = schrijfwijze or rng.choices(list(SCHRIJFWIJZEN), list(SCHRIJFWIJZEN.values()))[0]
    if schrijfwijze == "apostrof":
        herkomst = rng.choice(list(bron.apostrof))
        voornaam, achternaam = rng.choice(bron.apostrof[herkomst])
    else:
        herkomst = rng.choice(list(bron.namen))
        voornamen, achternamen = bron.namen[herkomst]
        voornaam, achternaam = rng.choice(voornamen), rng.choice(achternamen)
    voor = ""
    volledig = f"{voornaam} {achternaam}"
    if herkomst in ("vietnamees", "chinees") and rng.random() < 0.4:
        volledig = f"{achternaam} {voornaam}"
    if schrijfwijze in ("volledig", "apostrof"):
        waarde = volledig
    elif schrijfwijze == "alleen-voornaam":
        waarde = voornaam
    elif schrijfwijze == "alleen-achternaam":
        voor, waarde = rng.choice(["familie ", "gezin ", "de familie ", "het gezin ", ""]), _hoofd_tussenvoegsel(achternaam)
    elif schrijfwijze == "voorletters":
        waarde = f"{_voorletters(voornaam, rng)} {achternaam}"
    elif schrijfwijze == "titel":
        voor = rng.choice(TITELS) + " "
        waarde = rng.choice([_hoofd_tussenvoegsel(achternaam), f"{_voorletters(voornaam, rng)} {achternaam}"])
    elif schrijfwijze == "kleine-letters":
        waarde = rng.choice([volledig, volledig, voornaam]).lower()
    elif schrijfwijze == "hoofdletters":
        waarde = rng.choice([volledig, volledig, achternaam]).upper()
    elif schrijfwijze == "dubbele-achternaam":
        ander = rng.choice(bron.namen[rng.choice(list(bron.namen))][1])
        waarde = f"{voornaam} {achternaam}-{_hoofd_tussenvoegsel(ander)}"
    else:  # achternaam-komma-voornaam, as in a register
        waarde = f"{_hoofd_tussenvoegsel(achternaam)}, {voornaam}"
    return voor, waarde, "", {"herkomst": herkomst, "schrijfwijze": schrijfwijze}


# --- numbers ---------------------------------------------------------------------------------------------------


def _bsn_cijfers(rng: random.Random) -> str:
    while True:
        cijfers = [rng.randint(1, 7)] + [rng.randint(0, 9) for _ in range(7)]
        controle = sum(c * g for c, g in zip(cijfers, range(9, 1, -1), strict=True)) % 11
        if controle < 10:
            return "".join(map(str, cijfers)) + str(controle)


def _kies(rng: random.Random, vormen: dict[str, str]) -> Waarde:
    """One of the written forms of a value, labelled with its form."""
    vorm = rng.choice(list(vormen))
    return "", vormen[vorm], "", {"vorm": vorm}


def bsn(rng: random.Random, bron: Bron) -> Waarde:
    c = _bsn_cijfers(rng)
    vormen = {
        "aaneen": c,
        "punten": f"{c[:4]}.{c[4:6]}.{c[6:]}",
        "spaties-333": f"{c[:3]} {c[3:6]} {c[6:]}",
        "spaties-4-2-3": f"{c[:4]} {c[4:6]} {c[6:]}",
        "streepjes": f"{c[:3]}-{c[3:6]}-{c[6:]}",
        "punten-333": f"{c[:3]}.{c[3:6]}.{c[6:]}",
    }
    return _kies(rng, vormen)


def _geldig(nummer: str, regio: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(nummer, regio))
    except phonenumbers.NumberParseException:
        return False


def _cijfers(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def telefoonnummer(rng: random.Random, bron: Bron) -> Waarde:
    while True:
        soort = rng.choice(["mobiel"] * 6 + ["vast"] * 3 + ["belgisch", "duits", "buitenland"])
        if soort == "mobiel":
            a = str(rng.randint(1, 8)) + _cijfers(rng, 7)
            vormen = {
                "06-aaneen": f"06-{a}",
                "06-spatie": f"06 {a}",
                "06-44": f"06 {a[:4]} {a[4:]}",
                "06-2222": f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                "06-kaal": f"06{a}",
                "06-schuin": f"06/{a}",
                "06-haakjes": f"(06) {a}",
                "plus31": f"+31 6 {a}",
                "plus31-aaneen": f"+316{a}",
                "plus31-nul": f"+31 (0)6 {a[:4]} {a[4:]}",
                "0031": f"0031 6 {a}",
                "06-punten": f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
                "06-streep-spaties": f"06 - {a}",
                "06-323": f"06 {a[:3]} {a[3:5]} {a[5:]}",
            }
            ruw, regio = f"06{a}", "NL"
        elif soort == "vast":
            net = rng.choice(["010", "020", "030", "070", "0182", "0172", "0348", "0180", "0113", "0592", "0546"])
            a = str(rng.randint(2, 8)) + _cijfers(rng, 9 - len(net))
            vormen = {
                "vast-streep": f"{net}-{a}",
                "vast-spaties": f"{net} {a[:3]} {a[3:5]} {a[5:]}",
                "vast-haakjes": f"({net}) {a}",
                "vast-plus31": f"+31 {net[1:]} {a}",
                "vast-plus31-nul": f"+31 (0){net[1:]} {a}",
                "vast-aaneen": f"{net}{a}",
                "vast-punten": f"{net}.{a[:3]}.{a[3:]}",
            }
            ruw, regio = net + a, "NL"
        elif soort == "belgisch":
            a = rng.choice(["47", "48", "49"]) + _cijfers(rng, 7)
            b = "2" + str(rng.randint(2, 9)) + _cijfers(rng, 6)
            vormen = {
                "be-mobiel": f"+32 {a[:3]} {a[3:5]} {a[5:7]} {a[7:]}",
                "be-0032": f"0032 {a[:3]} {a[3:]}",
                "be-vast": f"+32 {b[0]} {b[1:4]} {b[4:6]} {b[6:]}",
                "be-nul": f"+32 (0){a[:3]} {a[3:]}",
                "be-binnenland": f"0{a[:3]} {a[3:5]} {a[5:7]} {a[7:]}",
            }
            ruw, regio = "0" + a, "BE"
        elif soort == "duits":
            a = rng.choice(["151", "160", "170", "176"]) + _cijfers(rng, 8)
            vormen = {
                "de-mobiel": f"+49 {a[:4]} {a[4:]}",
                "de-0049": f"0049 {a[:3]} {a[3:]}",
                "de-vast": f"+49 30 {_cijfers(rng, 8)}",
                "de-nul": f"+49 (0){a[:3]} {a[3:]}",
                "de-binnenland": f"0{a[:3]}/{a[3:]}",
            }
            ruw, regio = "0" + a, "DE"
        else:
            land, regio, a = rng.choice(
                [
                    ("+90", "TR", "53" + _cijfers(rng, 8)),
                    ("+212", "MA", "6" + _cijfers(rng, 8)),
                    ("+48", "PL", "60" + _cijfers(rng, 7)),
                    ("+40", "RO", "72" + _cijfers(rng, 7)),
                    ("+359", "BG", "88" + _cijfers(rng, 7)),
                    ("+380", "UA", "67" + _cijfers(rng, 7)),
                ]
            )
            vormen = {f"buitenland-{regio.lower()}": f"{land} {a[:3]} {a[3:6]} {a[6:]}"}
            ruw = land + a
        vorm = rng.choice(list(vormen))
        if _geldig(ruw, regio) and (not vorm.startswith("de-vast") or _geldig(vormen[vorm], "DE")):
            return "", vormen[vorm], "", {"vorm": vorm}


def _ascii(tekst: str) -> str:
    tekst = tekst.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", tekst) if c.isascii())


def email(rng: random.Random, bron: Bron) -> Waarde:
    herkomst = rng.choice(list(bron.namen))
    voornaam = _ascii(rng.choice(bron.namen[herkomst][0])).lower().replace(" ", "")
    achter = _ascii(rng.choice(bron.namen[herkomst][1])).lower().replace(" ", "").replace("'", "")
    jaar = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(2000, 2012))
    lokaal = rng.choice(
        [
            f"{voornaam}.{achter}",
            f"{voornaam[0]}.{achter}",
            f"{voornaam}{achter}{jaar}",
            f"{achter}.{voornaam}",
            f"{voornaam}_{achter[:1]}{jaar[-2:]}",
            f"mama.{voornaam}",
            f"{voornaam}{jaar}",
            f"fam.{achter}",
        ]
    )
    domein = rng.choice(bron.domeinen)
    naam_d, _, tld = domein.rpartition(".")
    vormen = {
        "gewoon": f"{lokaal}@{domein}",
        "hoofdletters": f"{lokaal}@{domein}".upper(),
        "spaties": f"{lokaal.replace('.', ' . ')} @ {naam_d} . {tld}",
        "at-haakjes": f"{lokaal} (at) {naam_d} (dot) {tld}",
        "at-blokhaken": f"{lokaal}[at]{domein}",
        "at-woord": f"{lokaal} at {naam_d} punt {tld}",
        "apenstaartje": f"{lokaal} apenstaartje {domein}",
        "at-haakjes-punt": f"{lokaal}(at){domein}",
        "mailto": f"mailto:{lokaal}@{domein}",
    }
    vorm = rng.choices(list(vormen), [6, 1, 2, 2, 1, 1, 1, 1, 1])[0]
    return "", vormen[vorm], "", {"vorm": vorm}


def _iban(land: str, bban: str) -> str:
    getal = "".join(str(int(c, 36)) for c in bban + land + "00")
    return f"{land}{98 - int(getal) % 97:02d}{bban}"


def iban(rng: random.Random, bron: Bron) -> Waarde:
    land = rng.choices(["NL", "BE", "DE", "PL", "TR", "BG"], [8, 3, 3, 1, 1, 1])[0]
    if land == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + _cijfers(rng, 10)
    elif land == "BE":
        tien = _cijfers(rng, 10)
        bban = tien + f"{int(tien) % 97 or 97:02d}"
    elif land == "DE":
        bban = _cijfers(rng, 18)
    elif land == "PL":
        bban = _cijfers(rng, 24)
    elif land == "TR":
        bban = _cijfers(rng, 5) + "0" + _cijfers(rng, 16)
    else:
        bban = rng.choice(["BNBG", "UNCR", "STSA"]) + _cijfers(rng, 6) + _cijfers(rng, 8)
    nummer = _iban(land, bban)
    if not stdnum_iban.is_valid(nummer):
        return iban(rng, bron)
    gespatieerd = " ".join(nummer[i : i + 4] for i in range(0, len(nummer), 4))
    vormen = {
        "aaneen": nummer,
        "spaties": gespatieerd,
        "klein-aaneen": nummer.lower(),
        "klein-spaties": gespatieerd.lower(),
        "gemengd": nummer[:2] + nummer[2:].lower(),
    }
    vorm = rng.choices(list(vormen), [4, 4, 2, 2, 1])[0]
    return "", vormen[vorm], "", {"vorm": f"{land.lower()}-{vorm}"}


# --- places ----------------------------------------------------------------------------------------------------


def _postcode(rng: random.Random) -> tuple[str, str]:
    cijfers = str(rng.randint(1011, 9999))
    while (letters := rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")) in ("SA", "SD", "SS"):
        pass
    return cijfers, letters


def _huisnummer(rng: random.Random) -> tuple[str, str]:
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 200), rng.randint(100, 1200)]))
    vorm, toevoeging = rng.choice(
        [
            ("nummer", ""),
            ("nummer", ""),
            ("letter", rng.choice("abcdABC")),
            ("letter-spatie", " " + rng.choice("ABC")),
            ("hs", "-hs"),
            ("hs", " hs"),
            ("verdieping", "-" + rng.choice(["1", "2", "3", "I", "II", "III"])),
            ("bis", " bis"),
            ("rood", " rood"),
            ("zw", " zw"),
        ]
    )
    return n + toevoeging, vorm


def adres(rng: random.Random, bron: Bron) -> Waarde:
    soort = rng.choices(
        ["straat", "laan-van", "kort", "genummerd", "postbus", "met-postcode", "postcode", "postcode-huisnummer", "kleine-letters"],
        [8, 2, 2, 2, 2, 3, 4, 2, 2],
    )[0]
    nummer, toevoeging = _huisnummer(rng)
    cijfers, letters = _postcode(rng)
    pc_vormen = {
        "spatie": f"{cijfers} {letters}",
        "aaneen": f"{cijfers}{letters}",
        "klein": f"{cijfers}{letters.lower()}",
        "klein-spatie": f"{cijfers} {letters.lower()}",
    }
    pc_vorm = rng.choice(list(pc_vormen))
    postcode = pc_vormen[pc_vorm]
    plaats = rng.choice(bron.plaatsen)
    if soort == "straat":
        return "", f"{rng.choice(bron.straten)} {nummer}", "", {"vorm": f"straat-{toevoeging}"}
    if soort == "laan-van":
        return "", f"{rng.choice(bron.laan_van)} {rng.randint(1, 1300)}", "", {"vorm": "laan-van"}
    if soort == "kort":
        return "", f"{rng.choice(bron.kort)} {rng.randint(1, 60)}", "", {"vorm": "kort-woord"}
    if soort == "genummerd":
        return "", f"{rng.choice(bron.genummerd)} {nummer}", "", {"vorm": "genummerde-straat"}
    if soort == "postbus":
        return "", f"Postbus {rng.randint(2, 9999)}", "", {"vorm": "postbus"}
    if soort == "met-postcode":
        return "", f"{rng.choice(bron.straten)} {nummer}, {postcode} {plaats}", "", {"vorm": "straat-postcode-plaats"}
    if soort == "postcode":
        return "", postcode, "", {"vorm": f"postcode-{pc_vorm}"}
    if soort == "postcode-huisnummer":
        return "", f"{postcode} {nummer}", "", {"vorm": "postcode-huisnummer"}
    return "", f"{rng.choice(bron.straten).lower()} {nummer}", "", {"vorm": "straat-kleine-letters"}


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
KORTE_MAANDEN = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def geboortedatum(rng: random.Random, bron: Bron) -> Waarde:
    jaar = rng.choice([rng.randint(1999, 2019), rng.randint(1960, 1998)])
    maand, dag = rng.randint(1, 12), rng.randint(1, 28)
    vormen = {
        "voluit": f"{dag} {MAANDEN[maand - 1]} {jaar}",
        "streepjes": f"{dag:02d}-{maand:02d}-{jaar}",
        "streepjes-kort": f"{dag}-{maand}-{jaar}",
        "schuin": f"{dag:02d}/{maand:02d}/{jaar}",
        "iso": f"{jaar}-{maand:02d}-{dag:02d}",
        "punten": f"{dag:02d}.{maand:02d}.{jaar}",
        "maand-kort": f"{dag} {KORTE_MAANDEN[maand - 1]} {jaar}",
        "jaar-twee": f"{dag}-{maand}-'{jaar % 100:02d}",
        "voluit-hoofdletter": f"{dag} {MAANDEN[maand - 1].capitalize()} {jaar}",
        "aaneen": f"{dag:02d}{maand:02d}{jaar}",
    }
    vorm = rng.choices(list(vormen), [5, 5, 2, 2, 2, 2, 2, 1, 1, 1])[0]
    return "", vormen[vorm], "", {"vorm": vorm}


_KL = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
]


def kenteken(rng: random.Random, bron: Bron) -> Waarde:
    index = rng.randrange(len(SIDECODES))
    code = "".join(rng.choice(_KL) if c == "X" else str(rng.randint(1, 9)) if c == "9" else c for c in SIDECODES[index])
    vorm = rng.choices(["streepjes", "klein", "zonder-streepjes", "spaties"], [6, 2, 1, 1])[0]
    waarde = {"streepjes": code, "klein": code.lower(), "zonder-streepjes": code.replace("-", ""), "spaties": code.replace("-", " ")}[vorm]
    return "", waarde, "", {"vorm": f"sidecode-{index + 1}-{vorm}"}


def school(rng: random.Random, bron: Bron) -> Waarde:
    if rng.random() < 0.7:
        schoolnaam = rng.choice(bron.scholen_po)
        groep = rng.choice([f"groep {rng.randint(1, 8)}", f"groep {rng.choice(['1/2', '3/4', '7/8'])}", f"gr. {rng.randint(3, 8)}"])
        voor = rng.choice(["de ", "", "op de "]) if schoolnaam.endswith("school") else rng.choice(SCHOOLTYPE_PO) + " "
        if rng.random() < 0.3:
            return f"{groep} van {voor}", schoolnaam, "", {"vorm": "groep-voor"}
        return voor, schoolnaam, rng.choice([f", {groep}", f" ({groep})", f" in {groep}", f" {groep}"]), {"vorm": "po"}
    schoolnaam = rng.choice(bron.scholen_vo)
    klas = rng.choice(
        [
            f"klas {rng.randint(1, 4)}",
            f"{rng.randint(1, 4)} havo",
            f"klas {rng.randint(1, 3)} vmbo-b",
            "de brugklas",
            f"{rng.randint(2, 5)}e klas",
        ]
    )
    if rng.random() < 0.3:
        return f"{klas} van het ", schoolnaam, "", {"vorm": "klas-voor"}
    return "het ", schoolnaam, rng.choice([f", {klas}", f" ({klas})", f" in {klas}"]), {"vorm": "vo"}


def sociale_media(rng: random.Random, bron: Bron) -> Waarde:
    herkomst = rng.choice(list(bron.namen))
    voornaam = _ascii(rng.choice(bron.namen[herkomst][0])).lower().replace(" ", "")
    achter = _ascii(rng.choice(bron.namen[herkomst][1])).lower().replace(" ", "").replace("'", "")
    handle = rng.choice(
        [
            f"{voornaam}_{achter[:3]}",
            f"{voornaam}.{achter}",
            f"{voornaam}{rng.randint(2005, 2014)}",
            f"x{voornaam}x",
            f"{voornaam}__{achter[:1]}",
        ]
    )
    vormen = {
        "at": f"@{handle}",
        "instagram": f"instagram.com/{handle}",
        "tiktok": f"tiktok.com/@{handle}",
        "snapchat": f"snapchat: {handle}",
        "facebook": f"facebook.com/{voornaam}.{achter}",
    }
    return _kies(rng, vormen)


GENERATOREN = {
    "naam": naam,
    "bsn": bsn,
    "telefoonnummer": telefoonnummer,
    "e-mail": email,
    "iban": iban,
    "adres": adres,
    "geboortedatum": geboortedatum,
    "kenteken": kenteken,
    "school": school,
    "sociale-media": sociale_media,
}
