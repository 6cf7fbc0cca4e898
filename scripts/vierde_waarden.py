"""Values of every kind for the fourth privacy corpus (`maak_vierde_privacycorpus.py`), each in a form (``vorm``)
people really write it in: names in eleven writings, addresses of every Dutch form, phone numbers in Dutch, Belgian,
German and other notations, valid BSNs (elfproef) and IBANs (mod 97), birth dates, kentekens in every sidecode, mail
addresses, social-media handles and schools.

A `Bron` draws from one part's names, streets and schools only; every draw goes through its own ``random.Random``.
"""

from __future__ import annotations

import random
import re
import unicodedata

from vierde_namen import pools
from vierde_plekken import (
    BANKEN_NL,
    BELGISCH,
    KENTEKENLETTERS,
    MAANDEN,
    MAANDEN_KORT,
    MAILDOMEINEN,
    PLAATSEN,
    SCHOLEN,
    STRATEN,
    WERKDOMEINEN,
)

TITELS = ["mevrouw ", "meneer ", "mw. ", "dhr. ", "de heer ", "mevr. ", "Mevrouw ", "Dhr. ", "Mw. "]
ROLLEN = ["moeder ", "vader ", "zoon ", "dochter ", "oma ", "opa ", "tante ", "oom ", "broer ", "zus ", "stiefvader ",
          "pleegmoeder ", "de jongere ", "het kind ", "de oudste, ", "buurvrouw ", "mentor "]
SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99",
             "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]


def zonder_accenten(tekst: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", tekst.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
                   if not unicodedata.combining(c))


def _deel_van(lijst: list, deel: int) -> list:
    return lijst[deel::2]


class Bron:
    """Draws values of one part (0: vierde-a, 1: vierde-b)."""

    def __init__(self, rng: random.Random, deel: int) -> None:
        self.rng = rng
        self.namen = pools(deel)
        self.straten = _deel_van(STRATEN, deel)
        self.belgisch = _deel_van(BELGISCH, deel)
        self.scholen = _deel_van(SCHOLEN, deel)

    # names ------------------------------------------------------------------------------------------------
    def herkomst(self) -> str:
        return self.rng.choices(list(self.namen), weights=[g for g, _, _ in self.namen.values()])[0]

    def persoon(self, herkomst: str | None = None) -> tuple[str, str, str]:
        h = herkomst or self.herkomst()
        _, voornamen, achternamen = self.namen[h]
        return h, self.rng.choice(voornamen), self.rng.choice(achternamen)

    def naam(self, eenvoudig: bool = False) -> tuple[str, str, dict[str, str]]:
        """(text before the name, the name, labels); `eenvoudig` for a file name: no comma, no title."""
        rng = self.rng
        h, voornaam, achternaam = self.persoon()
        keuzes = ["volledig"] * 8 + ["voorletters"] * 3 + ["titel-achternaam"] * 4 + ["rol-voornaam"] * 3 + \
                 ["kleine-letters"] * 3 + ["hoofdletters"] * 2 + ["achternaam-voornaam"] * 2 + \
                 ["dubbele-achternaam"] * 2 + ["drie-delen"] * 2 + ["voornaam-initiaal"] + ["zonder-accenten"]
        if eenvoudig:
            keuzes = ["volledig"] * 4 + ["kleine-letters"] * 3 + ["hoofdletters", "dubbele-achternaam",
                                                                    "zonder-accenten", "achternaam-voornaam"]
        wijze = rng.choice(keuzes)
        voor = ""
        if wijze == "voorletters":
            letters = voornaam[0] + "." + (rng.choice("AJMHCWE") + "." if rng.random() < 0.4 else "")
            waarde = f"{letters} {achternaam}"
        elif wijze == "titel-achternaam":
            voor = rng.choice(TITELS)
            waarde = achternaam[0].upper() + achternaam[1:]
        elif wijze == "rol-voornaam":
            voor = rng.choice(ROLLEN)
            waarde = voornaam
        elif wijze == "kleine-letters":
            waarde = f"{voornaam} {achternaam}".lower()
        elif wijze == "hoofdletters":
            waarde = f"{voornaam} {achternaam}".upper()
        elif wijze == "achternaam-voornaam":
            delen = achternaam.split()
            waarde = (f"{delen[-1]}, {voornaam} {' '.join(delen[:-1])}".strip() if len(delen) > 1
                      else f"{achternaam}, {voornaam}")
            if eenvoudig:
                waarde = waarde.replace(",", "")
        elif wijze == "dubbele-achternaam":
            _, _, tweede = self.persoon()
            waarde = f"{voornaam} {achternaam}-{tweede[0].upper() + tweede[1:]}"
        elif wijze == "drie-delen":
            if h == "chinees":
                waarde = f"{achternaam} {voornaam}"
            elif h == "vietnamees":
                waarde = f"{achternaam} {rng.choice(['Thi', 'Van', 'Duc', 'Ngoc'])} {voornaam}"
            else:
                _, tweede, _ = self.persoon(h)
                waarde = f"{voornaam} {tweede} {achternaam}"
        elif wijze == "voornaam-initiaal":
            waarde = f"{voornaam} {achternaam.split()[-1][0].upper()}."
        elif wijze == "zonder-accenten":
            waarde = zonder_accenten(f"{voornaam} {achternaam}")
        else:
            waarde = f"{voornaam} {achternaam}"
        return voor, waarde, {"herkomst": h, "schrijfwijze": wijze}

    # addresses --------------------------------------------------------------------------------------------
    def huisnummer(self) -> str:
        rng = self.rng
        nummer = str(rng.choice([rng.randint(1, 40), rng.randint(1, 199), rng.randint(100, 1200)]))
        toevoeging = rng.choice(["", "", "", "", "a", "A", "-A", " b", " bis", "-II", "-III", " hs", "-hs", " 3hg",
                                 " zw", " rd", " bg", "-1", " B03", "-2", "c"])
        return nummer + toevoeging

    def postcode(self) -> tuple[str, str]:
        rng = self.rng
        plaats, begin, bereik = rng.choice(PLAATSEN)
        cijfers = f"{begin}{rng.randint(1, bereik):02d}"
        letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        return f"{cijfers} {letters}", plaats

    def adres(self) -> tuple[str, str]:
        rng = self.rng
        straat, nummer = rng.choice(self.straten), self.huisnummer()
        postcode, plaats = self.postcode()
        vorm = rng.choice(["straat"] * 6 + ["straat-postcode-plaats"] * 4 + ["postcode-huisnummer"] * 2 +
                          ["kleine-letters"] * 2 + ["hoofdletters", "postbus", "belgisch", "nummer-woord",
                           "postcode-vast", "postcode-klein-plaats"])
        if vorm == "straat-postcode-plaats":
            scheiding = rng.choice([", ", " ", ", "])
            return f"{straat} {nummer}{scheiding}{postcode} {plaats}", vorm
        if vorm == "postcode-huisnummer":
            return rng.choice([f"{postcode} {nummer}", f"{postcode.replace(' ', '')} {nummer}",
                               f"{postcode}, nr. {nummer}"]), vorm
        if vorm == "kleine-letters":
            return rng.choice([f"{straat} {nummer}".lower(), f"{straat.lower()} {nummer}, {postcode.lower()}"]), vorm
        if vorm == "hoofdletters":
            return f"{straat} {nummer}, {postcode} {plaats}".upper(), vorm
        if vorm == "postbus":
            pc, pl = self.postcode()
            return f"Postbus {rng.randint(2, 9999)}, {pc[:4]} {pc[5:]} {pl}", vorm
        if vorm == "belgisch":
            bstraat, bplaats = rng.choice(self.belgisch)
            return f"{bstraat} {rng.randint(1, 250)} bus {rng.randint(1, 12)}, {bplaats}", vorm
        if vorm == "nummer-woord":
            return f"{straat} {rng.choice(['nr.', 'nr', 'nummer', 'no.'])} {nummer}", vorm
        if vorm == "postcode-vast":
            return f"{postcode.replace(' ', '')}{rng.choice(['', ' '])}{plaats}", vorm
        if vorm == "postcode-klein-plaats":
            return f"{straat} {nummer}, {postcode.replace(' ', '').lower()} {plaats}", vorm
        return f"{straat} {nummer}", vorm

    # numbers ----------------------------------------------------------------------------------------------
    def bsn(self) -> tuple[str, str]:
        rng = self.rng
        while True:
            cijfers = [rng.randint(0, 9) for _ in range(8)]
            if cijfers[0] == 0 and rng.random() < 0.8:
                continue
            rest = sum((9 - i) * c for i, c in enumerate(cijfers)) % 11
            if rest < 10:
                break
        nummer = "".join(map(str, cijfers)) + str(rest)
        vorm = rng.choice(["aaneen"] * 5 + ["punten", "punten", "spaties", "acht-cijfers", "streepjes"])
        if vorm == "acht-cijfers" and nummer[0] == "0":
            return nummer[1:], vorm
        if vorm == "punten":
            return rng.choice([f"{nummer[:3]}.{nummer[3:6]}.{nummer[6:]}", f"{nummer[:4]}.{nummer[4:6]}.{nummer[6:]}"]), vorm
        if vorm == "spaties":
            return f"{nummer[:3]} {nummer[3:6]} {nummer[6:]}", vorm
        if vorm == "streepjes":
            return f"{nummer[:3]}-{nummer[3:6]}-{nummer[6:]}", vorm
        return nummer, "aaneen"

    def _cijfers(self, n: int, eerste: str = "0123456789") -> str:
        return self.rng.choice(eerste) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def telefoon(self) -> tuple[str, str]:
        rng = self.rng
        soort = rng.choice(["mobiel"] * 10 + ["vast"] * 4 + ["belgisch"] * 2 + ["duits"] * 2 + ["buitenland"] * 2)
        if soort == "mobiel":
            a = rng.choice("12345") + self._cijfers(7)
            return rng.choice([
                f"06-{a}", f"06 {a}", f"06 {a[:4]} {a[4:]}", f"06{a}", f"06-{a[:4]} {a[4:]}", f"06/{a}",
                f"(06) {a}", f"+31 6 {a}", f"+31 (0)6 {a}", f"+31(0)6-{a}", f"0031 6 {a}", f"+316 {a}",
                f"+316{a}", f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}", f"06 - {a}"]), "nl-mobiel"
        if soort == "vast":
            kort = rng.choice(["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038",
                               "040", "043", "045", "050", "053", "055", "058", "070", "071", "073", "076", "078",
                               "079"])
            lang = rng.choice(["0172", "0180", "0182", "0183", "0297", "0341", "0348", "0113", "0161", "0164",
                               "0222", "0591", "0592", "0511", "0513", "0524", "0528", "0345", "0475"])
            if rng.random() < 0.5:
                s = self._cijfers(7, "23456789")
                return rng.choice([f"{kort}-{s}", f"{kort} {s[:3]} {s[3:5]} {s[5:]}", f"({kort}) {s[:3]} {s[3:]}",
                                   f"+31 {kort[1:]} {s[:3]} {s[3:]}", f"{kort}{s}", f"{kort} - {s}"]), "nl-vast"
            s = self._cijfers(6, "3456789")
            return rng.choice([f"{lang}-{s}", f"{lang} {s[:3]} {s[3:]}", f"({lang}) {s}", f"{lang} - {s[:2]} {s[2:4]} {s[4:]}",
                               f"+31 (0){lang[1:]} {s}", f"0031 {lang[1:]} {s}", f"{lang}{s}"]), "nl-vast"
        if soort == "belgisch":
            m = rng.choice("56789") + self._cijfers(7)
            v = self._cijfers(7, "2345678")
            return rng.choice([f"+32 4{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}", f"04{m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                               f"04{m[:2]}/{m[2:4]}.{m[4:6]}.{m[6:]}", f"02 {v[:3]} {v[3:5]} {v[5:]}",
                               f"+32 2 {v[:3]} {v[3:5]} {v[5:]}", f"03 {v[:3]} {v[3:5]} {v[5:]}",
                               f"+32 9 2{v[1:3]} {v[3:5]} {v[5:]}"]), "belgisch"
        if soort == "duits":
            m = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "179"])
            s = self._cijfers(8 if m in ("151", "152", "157", "176") else 7, "123456789")
            v = self._cijfers(7, "2345678")
            return rng.choice([f"0{m} {s}", f"+49 {m} {s}", f"0{m}-{s}", f"030/{v}", f"+49 30 {v}", f"0221 {v}",
                               f"+49 (0)211 {v}", f"089 {v}"]), "duits"
        a = self._cijfers(7, "123456789")
        return rng.choice([f"+90 53{a[0]} {a[1:4]} {a[4:6]} {a[6:]}1", f"+212 6{rng.choice('1256')}{a[1]}-{a[2:]}4",
                           f"+48 5{a[:2]} {a[2:5]} {a[5:]}7", f"+597 8{a[:2]}-{a[2:6]}",
                           f"+599 9 {rng.choice(['52', '69'])}{a[:1]} {a[2:6]}",
                           f"+44 7{rng.choice('4589')}{a[1:3]} {a[3:]}12", f"+40 72{a[1]} {a[2:5]} {a[5:]}9"]), "buitenland"

    def iban(self) -> tuple[str, str]:
        rng = self.rng
        land = rng.choice(["NL"] * 6 + ["BE"] * 2 + ["DE"] * 2 + ["PL"])
        if land == "NL":
            bban = rng.choice(BANKEN_NL) + self._cijfers(10)
        elif land == "BE":
            tien = rng.choice(["001", "063", "068", "083", "310", "363", "734", "737", "973", "979", "103", "143"]) + \
                self._cijfers(7)
            controle = int(tien) % 97 or 97
            bban = f"{tien}{controle:02d}"
        elif land == "DE":
            bban = self._cijfers(18, "123456789")
        else:
            bban = self._cijfers(24, "123456789")
        getal = "".join(str(int(c, 36)) for c in bban + land + "00")
        iban = f"{land}{98 - int(getal) % 97:02d}{bban}"
        groepen = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        vorm = rng.choice(["groepen"] * 4 + ["aaneen"] * 3 + ["kleine-letters", "kleine-letters-groepen", "streepjes"])
        return {"groepen": groepen, "aaneen": iban, "kleine-letters": iban.lower(),
                "kleine-letters-groepen": groepen.lower(), "streepjes": groepen.replace(" ", "-")}[vorm], f"{land}-{vorm}"

    def geboortedatum(self, volwassen: bool | None = None) -> tuple[str, str, bool]:
        """(date, form, whether it is an adult's)."""
        rng = self.rng
        volwassen = rng.random() < 0.35 if volwassen is None else volwassen
        jaar = rng.randint(1948, 1998) if volwassen else rng.randint(2001, 2017)
        maand, dag = rng.randint(1, 12), rng.randint(1, 28)
        vorm = rng.choice(["dd-mm-jjjj"] * 5 + ["d-m-jjjj", "dd/mm/jjjj", "dd.mm.jjjj", "jjjj-mm-dd", "maandwoord",
                                                "maand-kort", "jaar-twee", "aaneen", "dd-mm-jj"])
        return {
            "dd-mm-jjjj": f"{dag:02d}-{maand:02d}-{jaar}", "d-m-jjjj": f"{dag}-{maand}-{jaar}",
            "dd/mm/jjjj": f"{dag:02d}/{maand:02d}/{jaar}", "dd.mm.jjjj": f"{dag:02d}.{maand:02d}.{jaar}",
            "jjjj-mm-dd": f"{jaar}-{maand:02d}-{dag:02d}", "maandwoord": f"{dag} {MAANDEN[maand - 1]} {jaar}",
            "maand-kort": f"{dag} {MAANDEN_KORT[maand - 1]}{rng.choice(['.', '']) if maand != 5 else ''} {jaar}",
            "jaar-twee": f"{dag}-{maand}-'{jaar % 100:02d}", "aaneen": f"{dag:02d}{maand:02d}{jaar}",
            "dd-mm-jj": f"{dag:02d}-{maand:02d}-{jaar % 100:02d}",
        }[vorm], vorm, volwassen

    def kenteken(self) -> tuple[str, str]:
        rng = self.rng
        code = rng.choice(SIDECODES)
        teken = "".join(rng.choice(KENTEKENLETTERS) if c == "L" else rng.choice("0123456789") if c == "9" else c
                        for c in code)
        vorm = rng.choice(["streepjes"] * 5 + ["kleine-letters", "zonder-streepjes", "spaties"])
        return {"streepjes": teken, "kleine-letters": teken.lower(), "zonder-streepjes": teken.replace("-", ""),
                "spaties": teken.replace("-", " ")}[vorm], f"zijcode-{SIDECODES.index(code) + 1}-{vorm}"

    # online -----------------------------------------------------------------------------------------------
    def _ascii(self) -> tuple[str, str]:
        _, voornaam, achternaam = self.persoon()
        return zonder_accenten(voornaam).lower(), zonder_accenten(achternaam).lower().replace(" ", "").replace("'", "")

    def email(self) -> tuple[str, str]:
        rng = self.rng
        v, a = self._ascii()
        jaar = str(rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(2000, 2012))
        lokaal = rng.choice([f"{v}.{a}", f"{v[0]}.{a}", f"{v}{a}", f"{v}_{a}{jaar[-2:]}", f"{a}.{v[0]}", f"{v}-{a}",
                             f"{v}.{a[0]}", f"{v}{jaar}", f"mama.van.{v}", f"{v}.{a}{rng.randint(1, 9)}"])
        domein = rng.choice(MAILDOMEINEN)
        vorm = rng.choice(["gewoon"] * 6 + ["werk", "at-dot", "spaties", "hoofdletters", "haakjes-at", "plus"])
        if vorm == "werk":
            return f"{v[0]}.{a}@{rng.choice(WERKDOMEINEN)}", vorm
        if vorm == "at-dot":
            naam, _, tld = domein.rpartition(".")
            return rng.choice([f"{lokaal} (at) {naam} (dot) {tld}", f"{lokaal} at {naam} punt {tld}",
                               f"{lokaal}[at]{domein}"]), vorm
        if vorm == "spaties":
            return lokaal.replace(".", " . ") + " @ " + domein.replace(".", " . "), vorm
        if vorm == "hoofdletters":
            return f"{lokaal}@{domein}".upper() if rng.random() < 0.5 else f"{lokaal.title()}@{domein}", vorm
        if vorm == "haakjes-at":
            return f"{lokaal}[@]{domein}", vorm
        if vorm == "plus":
            return f"{lokaal}+{rng.choice(['school', 'wijkteam', 'post'])}@{domein}", vorm
        return f"{lokaal}@{domein}", vorm

    def handle(self) -> str:
        rng = self.rng
        v, a = self._ascii()
        return rng.choice([f"{v}_{a[0]}{rng.randint(1, 99)}", f"{v}.{a}", f"x{v}{a[:3]}x", f"{v}{rng.randint(2000, 2014)}",
                           f"{a}_{v}", f"the.real.{v}", f"{v}__{a}", f"{v}.{a[0]}_", f"{v}{a}official"])

    def sociale_media(self, zonder_pad: bool = False) -> tuple[str, str]:
        rng = self.rng
        h = self.handle()
        if zonder_pad:
            return f"@{h}", "handle"
        vorm = rng.choice(["handle"] * 4 + ["instagram-url", "facebook-url", "tiktok-url", "x-url", "linkedin-url",
                                             "youtube-url", "facebook-id", "https-url", "snapchat-naam"])
        return {
            "handle": f"@{h}", "instagram-url": f"instagram.com/{h}", "facebook-url": f"facebook.com/{h}",
            "tiktok-url": f"tiktok.com/@{h}", "x-url": f"x.com/{h}", "linkedin-url": f"linkedin.com/in/{h.replace('.', '-')}",
            "youtube-url": f"youtube.com/@{h}", "facebook-id": f"facebook.com/profile.php?id=1000{self._cijfers(11)}",
            "https-url": f"https://www.instagram.com/{h}/", "snapchat-naam": h,
        }[vorm], vorm

    def school(self) -> tuple[str, str, str]:
        """(school, what follows it: groep or klas, form)."""
        rng = self.rng
        soort, naam = rng.choice(self.scholen)
        if soort in ("vo", "vso"):
            volgt = rng.choice([f"klas {rng.randint(1, 4)} {rng.choice(['vmbo-b', 'vmbo-k', 'vmbo-t', 'havo', 'vwo', 'mavo'])}",
                                f"{rng.randint(1, 5)}e klas", f"leerjaar {rng.randint(1, 3)}", f"klas {rng.randint(1, 4)}"])
            vorm = "vo-klas"
            lidwoord = "het " if re.search(r"College|Lyceum|Gymnasium", naam) and rng.random() < 0.4 else ""
            waarde = f"{soort} {naam}" if soort == "vso" else lidwoord + naam
        else:
            volgt = rng.choice([f"groep {rng.randint(1, 8)}", f"groep {rng.choice(['1/2', '3/4', '5/6', '7/8'])}",
                                f"gr. {rng.randint(3, 8)}", f"groep {rng.randint(3, 8)}"])
            vorm = "basis-groep"
            waarde = naam if ("school" in naam.lower() and rng.random() < 0.5) else f"{soort} {naam}"
        if rng.random() < 0.15:
            waarde, vorm = waarde.lower(), vorm + "-kleine-letters"
        return waarde, volgt, vorm
