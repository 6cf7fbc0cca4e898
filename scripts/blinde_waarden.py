"""Generators of invented personal data for the blind privacy corpus (`maak_blinde_privacycorpus.py`).

Each generator takes a `random.Random` and returns ``(value, vorm)``: the text to plant and a short label of
its form, so that the measurement can report recall per form.
"""

from __future__ import annotations

import random
import unicodedata

from blinde_namen import HERKOMSTEN, namen

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
KORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
_PARTIKELS = ("van ", "de ", "ter ", "van den ", "van der ", "dos ", "el ", "al-", "al ", "ait ")


def _cijfers(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _ascii(tekst: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", tekst.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
                   if not unicodedata.combining(c))


def _initialen(voornaam: str) -> str:
    return "".join(d[0].upper() + "." for d in voornaam.replace("-", " ").split())




def naam(rng: random.Random, herkomst: str | None = None) -> tuple[str, dict[str, str]]:
    """A name and its features (herkomst, schrijfwijze); a title such as 'mw.' is not part of the value."""
    herkomst = herkomst or rng.choice(sorted(HERKOMSTEN))
    voor, achter = namen(herkomst)
    v, a = rng.choice(voor), rng.choice(achter)
    wijze = rng.choices(["normaal", "klein", "hoofdletters", "initialen", "titel-initialen", "alleen-voornaam",
                         "titel-achternaam", "dubbele-achternaam", "achternaam-komma-voornaam"],
                        [30, 14, 8, 10, 8, 10, 8, 6, 6])[0]
    waarde = f"{v} {a}"
    if wijze == "klein":
        waarde = waarde.lower()
    elif wijze == "hoofdletters":
        waarde = waarde.upper()
    elif wijze in ("initialen", "titel-initialen"):
        waarde = f"{_initialen(v)} {a}"
    elif wijze == "alleen-voornaam":
        waarde = v
    elif wijze == "titel-achternaam":
        waarde = a[0].upper() + a[1:] if a.startswith(_PARTIKELS) else a
    elif wijze == "dubbele-achternaam":
        ander = rng.choice(namen(rng.choice(sorted(HERKOMSTEN)))[1])
        waarde = f"{v} {a}-{ander}"
    elif wijze == "achternaam-komma-voornaam":
        waarde = f"{a}, {v}"
    return waarde, {"herkomst": herkomst, "schrijfwijze": wijze}


def titel(wijze: str, rng: random.Random) -> str:
    if wijze == "titel-initialen":
        return rng.choice(["mw. ", "dhr. ", "mevr. ", "de heer ", "Mw. "])
    if wijze == "titel-achternaam":
        return rng.choice(["mevrouw ", "meneer ", "de heer ", "mw. ", "familie "])
    return ""


def bsn(rng: random.Random) -> tuple[str, str]:
    acht = rng.random() < 0.08
    while True:
        d = [0 if acht else rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        rest = sum((9 - i) * d[i] for i in range(8)) % 11
        if rest < 10:
            d.append(rest)
            break
    s = "".join(map(str, d))
    if acht:
        return s[1:], "8-cijfers"
    vorm = rng.choice(["aaneen", "punten-4-2-3", "spaties-3-3-3", "spaties-4-2-3", "punten-3-3-3", "streepjes-3-3-3"])
    return {"aaneen": s, "punten-4-2-3": f"{s[:4]}.{s[4:6]}.{s[6:]}", "spaties-3-3-3": f"{s[:3]} {s[3:6]} {s[6:]}",
            "spaties-4-2-3": f"{s[:4]} {s[4:6]} {s[6:]}", "punten-3-3-3": f"{s[:3]}.{s[3:6]}.{s[6:]}",
            "streepjes-3-3-3": f"{s[:3]}-{s[3:6]}-{s[6:]}"}[vorm], vorm


def niet_bsn(rng: random.Random) -> str:
    """Nine digits that fail the elfproef."""
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(8)]
        if (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11:
            return "".join(map(str, d))


def telefoon(rng: random.Random) -> tuple[str, str]:
    c = lambda n: _cijfers(rng, n)  # noqa: E731
    m = str(rng.randrange(1, 7)) + c(7)
    net = rng.choice(["10", "20", "30", "70", "71", "72", "182", "345", "511", "591", "478", "43", "53", "13"])
    rest = c(9 - len(net))
    vormen = {
        "mobiel-streepje": f"06-{m}", "mobiel-spaties": f"06 {m[:4]} {m[4:]}", "mobiel-aaneen": f"06{m}",
        "mobiel-schuine-streep": f"06/{m}", "mobiel-paren": f"06 - {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
        "mobiel-+31": f"+31 6 {m[:4]} {m[4:]}", "mobiel-+31(0)": f"+31(0)6-{m}", "mobiel-0031": f"0031 6 {m}",
        "mobiel-punten": f"06.{m[:2]}.{m[2:4]}.{m[4:6]}.{m[6:]}",
        "vast-streepje": f"0{net}-{rest}", "vast-haakjes": f"(0{net}) {rest}",
        "vast-punten": f"0{net}.{rest[:3]}.{rest[3:]}", "vast-+31": f"+31 {net} {rest[:3]} {rest[3:]}",
        "vast-schuine-streep": f"0{net}/{rest}",
        "belgie-+32": f"+32 {rng.choice(['2', '3', '9'])} {c(3)} {c(2)} {c(2)}",
        "belgie-mobiel": f"+32 4{rng.choice('789')}{c(1)} {c(2)} {c(2)} {c(2)}",
        "belgie-schuine-streep": f"04{rng.choice('789')}{c(1)}/{c(2)}.{c(2)}.{c(2)}",
        "belgie-vast-schuine-streep": f"0{rng.choice('239')}/{c(3)}.{c(2)}.{c(2)}",
        "duitsland-+49": f"+49 {rng.choice(['30', '40', '89', '221'])} {c(7)}",
        "duitsland-(0)": f"+49 (0)211 {c(7)}", "duitsland-0049": f"0049 221 {c(7)}",
        "duitsland-schuine-streep": f"0211/{c(7)}", "duitsland-mobiel": f"+49 151 {c(8)}",
        "turkije": f"+90 532 {c(3)} {c(2)} {c(2)}", "marokko": f"+212 6{c(2)} {c(2)} {c(2)} {c(2)}",
        "eritrea": f"+291 7 {c(6)}", "polen": f"+48 {c(3)} {c(3)} {c(3)}",
    }
    vorm = rng.choice(sorted(vormen))
    return vormen[vorm], vorm


PROVIDERS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "planet.nl",
             "xs4all.nl", "yahoo.com", "icloud.com", "telenet.be", "gmx.de", "web.de", "home.nl", "casema.nl"]


def email(rng: random.Random) -> tuple[str, str]:
    herkomst = rng.choice(sorted(HERKOMSTEN))
    voor, achter = namen(herkomst)
    v, a = _ascii(rng.choice(voor)).lower().replace(" ", ""), _ascii(rng.choice(achter)).lower().replace(" ", "")
    lokaal = rng.choice([f"{v}.{a}", f"{v[0]}.{a}", f"{v}{a}{rng.randrange(70, 99)}", f"{a}_{v}", f"{v}-{a}",
                         f"{v}.{a}+school"])
    host = rng.choice(PROVIDERS)
    naam_, land = host.rsplit(".", 1)
    vormen = {
        "gewoon": f"{lokaal}@{host}", "hoofdletters": f"{lokaal}@{host}".upper(),
        "[at]-[dot]": f"{lokaal} [at] {naam_} [dot] {land}", "(at)": f"{lokaal}(at){host}",
        "at-dot-woorden": f"{lokaal} at {naam_} dot {land}", "spaties": f"{lokaal} @ {naam_} . {land}",
        "apenstaartje-punt": f"{lokaal} apenstaartje {naam_} punt {land}", "[@]": f"{lokaal}[@]{host}",
        "mailto": f"{lokaal}@{host}",  # "mailto:" goes before it, outside the value
        "punt-woord-lokaal": f"{lokaal.replace('.', ' punt ')} @ {host}",
    }
    vorm = rng.choice(sorted(vormen))
    return vormen[vorm], vorm


def _controle(land: str, bban: str) -> str:
    getal = "".join(str(int(ch, 36)) for ch in bban + land + "00")
    return f"{98 - int(getal) % 97:02d}"


def iban(rng: random.Random) -> tuple[str, str]:
    land = rng.choices(["NL", "BE", "DE"], [6, 3, 2])[0]
    if land == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + _cijfers(rng, 10)
    elif land == "BE":
        tien = str(rng.randrange(1, 10)) + _cijfers(rng, 9)
        bban = tien + f"{int(tien) % 97 or 97:02d}"
    else:
        bban = _cijfers(rng, 18)
    compact = land + _controle(land, bban) + bban
    groepen = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    vorm = rng.choice(["compact", "groepen", "klein-compact", "klein-groepen", "gemengd", "streepjes"])
    tekst = {"compact": compact, "groepen": groepen, "klein-compact": compact.lower(), "klein-groepen": groepen.lower(),
             "gemengd": groepen[:2] + groepen[2:].lower(), "streepjes": groepen.replace(" ", "-")}[vorm]
    return tekst, f"{land.lower()}-{vorm}"


STRAATSTAMMEN = ["Kerk", "Molen", "Beuken", "Eiken", "Linden", "Wilgen", "Vondel", "Spoor", "Haven", "Dorps",
                 "School", "Jan Steen", "Zonnebloem", "Akker", "Merel", "Zwaluw", "Reiger", "Van Heemskerck",
                 "Prins Hendrik", "Koningin Emma", "Burgemeester de Raadt", "Dokter Schaepman", "Graaf Floris",
                 "Pieter de Hooch", "Korenbloem", "Noorder", "Wester", "Brink", "Kastanje", "Hazelaar"]
STRAATTYPEN = ["straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef", "hof", "pad", "steeg", "dijk",
               "erf", "ring", "baan", "park", "plantsoen", "wal", "kamp", "hoven"]
LANEN = ["Laan van Vollenhove", "Laan van Nieuw-Guinea", "Laan van de Helende Meesters", "Laan van Ypenburg",
         "Laan der Verenigde Naties", "Weg naar de Bron", "Hof van Delft", "Plein 1944", "Grote Markt", "Markt",
         "Oude Gracht", "Hoogstraat", "Nieuwe Haven", "1e Oosterparkstraat", "2e Jan Steenstraat", "Rozengracht"]
PLAATSEN = ["Gouda", "Zwijndrecht", "Almere", "Enschede", "Tilburg", "Heerlen", "Leeuwarden", "Zaandam", "Dordrecht",
            "Capelle aan den IJssel", "Alphen aan den Rijn", "Sittard", "Den Helder", "Lelystad", "Schiedam", "Emmen"]


def postcode(rng: random.Random) -> tuple[str, str]:
    cijfers = str(rng.randrange(1000, 9999))
    letters = "".join(rng.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2))
    vorm = rng.choice(["spatie", "aaneen", "klein-spatie", "klein-aaneen"])
    tekst = {"spatie": f"{cijfers} {letters}", "aaneen": cijfers + letters, "klein-spatie": f"{cijfers} {letters.lower()}",
             "klein-aaneen": cijfers + letters.lower()}[vorm]
    return tekst, "postcode-" + vorm


def huisnummer(rng: random.Random) -> tuple[str, str]:
    n = str(rng.randrange(1, 400))
    vorm = rng.choice(["kaal", "letter", "letter-spatie", "romeins", "hs", "bis", "streepje-cijfer"])
    return {"kaal": n, "letter": n + rng.choice("abcd"), "letter-spatie": f"{n} {rng.choice('ABC')}",
            "romeins": f"{n}-{rng.choice(['I', 'II', 'III'])}", "hs": f"{n}-hs", "bis": f"{n} bis",
            "streepje-cijfer": f"{n}-{rng.randrange(1, 4)}"}[vorm], vorm


def adres(rng: random.Random) -> tuple[str, str]:
    keuze = rng.choices(["straat", "laan", "postbus", "klein"], [6, 3, 1, 1])[0]
    if keuze == "postbus":
        return f"Postbus {rng.randrange(1, 9999)}", "postbus"
    nr, vorm = huisnummer(rng)
    if keuze == "laan":
        return f"{rng.choice(LANEN)} {nr}", "eigen-naam-" + vorm
    straat = rng.choice(STRAATSTAMMEN)
    straat = straat + rng.choice(STRAATTYPEN) if " " not in straat else straat + rng.choice(["straat", "laan", "plein"])
    if keuze == "klein":
        return f"{straat.lower()} {nr}", "klein-" + vorm
    return f"{straat} {nr}", "straat-" + vorm


def geboortedatum(rng: random.Random) -> tuple[str, str, str]:
    """(context with {w}, value, vorm): the birth context stays outside the value."""
    j = rng.randrange(2003, 2022) if rng.random() < 0.7 else rng.randrange(1968, 1996)
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    vormen = [
        ("geboren {w}", f"{d} {MAANDEN[m - 1]} {j}", "geboren-d-maand-jjjj"),
        ("geb. {w}", f"{d:02d}-{m:02d}-{j}", "geb-dd-mm-jjjj"),
        ("geboortedatum: {w}", f"{j}-{m:02d}-{d:02d}", "iso"),
        ("geb {w}", f"{d}/{m}/{j}", "geb-d/m/jjjj"),
        ("geboren op {w}", f"{d}-{m}-{j % 100:02d}", "geboren-d-m-jj"),
        ("°{w}", f"{d:02d}-{m:02d}-{j}", "belgisch-graadteken"),
        ("*{w}", f"{d:02d}.{m:02d}.{j}", "sterretje-punten"),
        ("(geb. {w})", f"{d} {KORT[m - 1]} '{j % 100:02d}", "geb-d-mnd-'jj"),
        ("geb.datum {w}", f"{d:02d}/{m:02d}/{j}", "gebdatum-dd/mm/jjjj"),
        ("DOB {w}", f"{j}-{m:02d}-{d:02d}", "dob-iso"),
        ("geboren {w}", f"{d} {KORT[m - 1]}. {j}", "geboren-d-mnd.-jjjj"),
        ("is op {w} geboren", f"{d} {MAANDEN[m - 1]} {j}", "achteraf-geboren"),
        ("geboortedatum {w}", f"{d:02d}{m:02d}{j}", "aaneen-ddmmjjjj"),
        ("GEBOREN {w}", f"{d} {MAANDEN[m - 1].upper()} {j}", "hoofdletters"),
    ]
    context, waarde, vorm = rng.choice(vormen)
    return context, waarde, vorm


_KL = "BDFGHJKLNPRSTVXZ"
SIDECODES = ["XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99",
             "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]


def kenteken(rng: random.Random) -> tuple[str, str]:
    nummer = rng.randrange(len(SIDECODES))
    tekst = "".join(rng.choice(_KL) if t == "X" else str(rng.randrange(10)) if t == "9" else "-"
                    for t in SIDECODES[nummer])
    vorm = rng.choices(["streepjes", "klein", "aaneen"], [6, 2, 2])[0]
    tekst = {"streepjes": tekst, "klein": tekst.lower(), "aaneen": tekst.replace("-", "")}[vorm]
    return tekst, f"sidecode-{nummer + 1}-{vorm}"


SCHOLEN = ["De Wilgenhoek", "Het Kompas", "De Sterrenkijker", "Al Amana", "De Tweemaster", "Het Palet", "De Zonnewijzer",
           "De Fonkelsteen", "De Vlinderboom", "Sint-Jozef", "De Notenkraker", "Het Anker", "De Klimop", "Ibn Ghaldoun"]


def school(rng: random.Random) -> tuple[str, str]:
    naam_ = rng.choice(SCHOLEN)
    g = rng.randrange(1, 9)
    vormen = {
        "basisschool-groep": f"basisschool {naam_}, groep {g}", "groep-van": f"groep {g} van basisschool {naam_}",
        "obs-groep": f"obs {naam_} groep {g}", "cbs-gr": f"CBS {naam_} (gr. {g})",
        "ikc-combinatiegroep": f"IKC {naam_}, groep {g}/{min(g + 1, 8)}",
        "klas-college": f"klas {rng.randrange(1, 4)}{rng.choice('abc')} van het "
                        + rng.choice(["Da Vinci College", "Erasmus Lyceum", "Pallas Athene College"]),
        "klein": f"groep {g} van {'' if naam_.startswith(('De ', 'Het ')) else 'de '}{naam_.lower()}", "sbo": f"SBO {naam_}, groep {g}",
        "brugklas": f"brugklas van het {rng.choice(['Calvijn College', 'Ichthus Lyceum', 'Comenius College'])}",
    }
    vorm = rng.choice(sorted(vormen))
    return vormen[vorm], vorm


def sociale_media(rng: random.Random) -> tuple[str, str]:
    voor, achter = namen(rng.choice(sorted(HERKOMSTEN)))
    v, a = _ascii(rng.choice(voor)).lower().replace(" ", ""), _ascii(rng.choice(achter)).lower().replace(" ", "")
    vormen = {"instagram-at": f"@{v}_{a[:4]}", "facebook-url": f"facebook.com/{v}.{a}",
              "tiktok-at": f"@{v}{rng.randrange(10, 99)}", "snapchat": f"{v}{a[:3]}",
              "instagram-url": f"https://www.instagram.com/{a}.{v}/"}
    vorm = rng.choice(sorted(vormen))
    return vormen[vorm], vorm


VOOR_WAARDE = {"mailto": "mailto:", "instagram-at": "Instagram ", "tiktok-at": "TikTok ", "snapchat": "Snapchat: "}
"""What stands before a value of this form, outside the value (not personal data itself)."""
