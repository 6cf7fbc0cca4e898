"""Values of every kind for the sixth privacy corpus, in the forms dossiers write them. `Bron.maak` returns the
text around a value, the value and its labels (``herkomst`` and ``schrijfwijze`` for a name, ``vorm`` otherwise).
BSNs pass the elfproef, IBANs carry valid check digits, phone numbers follow the numbering plans of NL, BE and DE."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from zesde_namen import NAMEN, kies_schrijfwijze, naamdelen, schrijf
from zesde_plekken import BUITENLAND, NIVEAUS, SCHOLEN, STEDEN, STRATEN

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
_MAAND_KORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
_PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
_KENTEKEN_LETTERS = "BDFGHJKLNPRSTVXZ"
_SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
              7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
              13: "9-XX-999", 14: "999-XX-9"}
_NETNUMMERS = ["010", "020", "030", "040", "050", "070", "013", "015", "023", "024", "026", "033", "035", "036", "038",
               "043", "045", "046", "053", "055", "058", "071", "072", "073", "074", "075", "076", "077", "078", "079",
               "0111", "0164", "0180", "0182", "0222", "0229", "0251", "0297", "0299", "0313", "0318", "0320", "0341",
               "0345", "0475", "0492", "0499", "0511", "0513", "0522", "0546", "0561", "0575", "0591", "0594", "0599"]
_DOMEINEN = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "kpnmail.nl", "ziggo.nl", "icloud.com", "yahoo.com",
             "hotmail.be", "telenet.be", "gmx.de", "web.de", "ukr.net", "qq.com", "hotmail.nl", "planet.nl"]
_WERKDOMEINEN = ["wijkteam-zuid.nl", "jeugdteamsnoord.nl", "gezinsvoogdij-wsg.nl", "huisartsenpraktijkdepoort.nl",
                 "leerplicht-regio.nl", "sociaalteam-oost.nl"]
# country -> BBAN pattern: 'A' a capital, '9' a digit, 'C' a capital or digit; a fixed part in brackets is a bank code
_IBAN = {"nl": ("[ABNA|INGB|RABO|SNSB|TRIO|ASNB|KNAB|BUNQ|RBRB]", "9999999999"),
         "de": ("", "999999999999999999"), "pl": ("", "999999999999999999999999"),
         "ro": ("[BTRL|RNCB|BRDE|INGB]", "CCCCCCCCCCCCCCCC"), "bg": ("[UNCR|BPBI|STSA]", "999999CCCCCCCC"),
         "tr": ("", "99999" + "0" + "9999999999999999"), "ua": ("", "999999" + "9999999999999999999")}
_BE_BANKEN = ["001", "063", "068", "310", "363", "735", "096", "103"]


def elfproef_bsn(rng: random.Random) -> str:
    while True:
        cijfers = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        rest = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, [*cijfers, rest]))


def iban_met_controle(land: str, bban: str) -> str:
    getal = int("".join(str(int(c, 36)) for c in bban + land.upper() + "00"))
    return f"{land.upper()}{98 - getal % 97:02d}{bban}"


def ascii_(tekst: str) -> str:
    """`tekst` without diacritics and without characters an e-mail address or handle cannot hold."""
    kaal = unicodedata.normalize("NFKD", tekst.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return "".join(c for c in kaal if c.isascii() and (c.isalnum())).lower()


def _groepen(tekst: str, n: int = 4) -> str:
    return " ".join(tekst[i:i + n] for i in range(0, len(tekst), n))


@dataclass
class Bron:
    """The values of one part: `maak` draws the next value of a kind, cycling through origins and forms so that
    every origin, writing and form comes round evenly."""
    deel: str
    rng: random.Random
    _rondes: dict[str, list[str]] = field(default_factory=dict)

    def _volgende(self, sleutel: str, opties: list[str]) -> str:
        rij = self._rondes.get(sleutel)
        if not rij:
            rij = list(opties)
            self.rng.shuffle(rij)
            self._rondes[sleutel] = rij
        return rij.pop()

    def _cijfers(self, n: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(n))

    def maak(self, soort: str, hint: str, bestand: bool) -> tuple[str, str, str, dict[str, str]]:
        """(text before, value, text after, labels) of a value of `soort`; `hint` narrows the form, `bestand` keeps
        to forms a file name can hold."""
        for _ in range(50):
            voor, waarde, na, kenmerk = getattr(self, "_" + soort.replace("-", "_"))(hint)
            if not bestand or not any(t in voor + waarde + na for t in "/:<>()[]'’‘,"):
                return voor, waarde, na, kenmerk
        raise RuntimeError(f"geen bestandsnaam voor {soort}")

    def _naam(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        delen = hint.split("-") if hint else []
        geslacht = delen.pop() if delen and delen[-1] in ("v", "m") else ""
        herkomst = self._volgende("herkomst", list(NAMEN))
        schrijfwijze = "-".join(delen) if delen else kies_schrijfwijze(herkomst, self.rng)
        naam = schrijf(herkomst, self.deel, schrijfwijze, self.rng, geslacht)
        return "", naam, "", {"herkomst": herkomst, "schrijfwijze": schrijfwijze}

    def _bsn(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        b = elfproef_bsn(self.rng)
        vorm = self._volgende("bsn", ["aaneen", "aaneen", "punten", "spaties", "punten-drie", "streepjes"])
        waarde = {"aaneen": b, "punten": f"{b[:4]}.{b[4:6]}.{b[6:]}", "spaties": f"{b[:3]} {b[3:6]} {b[6:]}",
                  "punten-drie": f"{b[:3]}.{b[3:6]}.{b[6:]}", "streepjes": f"{b[:3]}-{b[3:6]}-{b[6:]}"}[vorm]
        return "", waarde, "", {"vorm": vorm}

    def _telefoonnummer(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        mobiel = ["mobiel", "mobiel-aaneen", "mobiel-spaties", "mobiel-31", "mobiel-31-nul", "mobiel-0031"]
        vast = ["vast", "vast-spaties", "vast-haakjes", "vast-31"]
        opties = {"mobiel": mobiel, "vast": vast}.get(hint, [*mobiel, *vast, "belgisch", "duits"])
        vorm = self._volgende("telefoon" + hint, opties)
        m = f"{self.rng.choice('12345')}{self._cijfers(7)}"
        net = self.rng.choice(_NETNUMMERS)
        abo = f"{self.rng.randint(2, 9)}{self._cijfers(9 - len(net))}"
        waarde = {
            "mobiel": f"06-{m}", "mobiel-aaneen": f"06{m}",
            "mobiel-spaties": self.rng.choice([f"06 {m[:4]} {m[4:]}", f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}"]),
            "mobiel-31": self.rng.choice([f"+31 6 {m}", f"+316 {m}", f"+31 6 {m[:4]} {m[4:]}", f"+316{m}"]),
            "mobiel-31-nul": self.rng.choice([f"+31 (0)6 {m}", f"+31(0)6-{m}"]),
            "mobiel-0031": self.rng.choice([f"0031 6 {m}", f"0031{6}{m}"]),
            "vast": f"{net}-{abo}", "vast-haakjes": f"({net}) {abo}",
            "vast-spaties": f"{net} {abo[:3]} {abo[3:5]} {abo[5:]}" if len(abo) == 7 else f"{net} {abo[:2]} {abo[2:4]} {abo[4:]}",
            "vast-31": f"+31 {net[1:]} {abo}",
            "belgisch": self.rng.choice([f"+32 4{self.rng.randint(70, 99)} {self._cijfers(2)} {self._cijfers(2)} {self._cijfers(2)}",
                                         f"04{self.rng.randint(70, 99)} {self._cijfers(2)} {self._cijfers(2)} {self._cijfers(2)}",
                                         f"03 {self.rng.randint(2, 9)}{self._cijfers(2)} {self._cijfers(2)} {self._cijfers(2)}"]),
            "duits": self.rng.choice([f"+49 1{self.rng.choice(['51', '52', '60', '70', '71', '76'])} {self._cijfers(8)}",
                                      f"0176 {self._cijfers(8)}", f"0221 {self.rng.randint(2, 9)}{self._cijfers(6)}"]),
        }[vorm]
        return "", waarde, "", {"vorm": vorm}

    def _e_mail(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        voor, achter = self.rng.choice(naamdelen(self.deel))
        v, a = ascii_(voor), ascii_(achter)
        lokaal = self.rng.choice([f"{v}.{a}", f"{v[0]}.{a}", f"{v}{a}{self.rng.randint(70, 99)}", f"{a}.{v[0]}",
                                  f"{v}_{self.rng.randint(2005, 2015)}", f"{v}{a[:3]}{self._cijfers(2)}"])
        domein = self.rng.choice(_DOMEINEN)
        vorm = self._volgende("e-mail", ["gewoon", "gewoon", "werkadres", "at-haakjes", "at-blokhaken", "spaties",
                                         "apenstaartje-voluit", "hoofdletters"])
        naam, tld = domein.rsplit(".", 1)
        waarde = {"gewoon": f"{lokaal}@{domein}",
                  "werkadres": f"{v[0]}.{a}@{self.rng.choice(_WERKDOMEINEN)}",
                  "at-haakjes": f"{lokaal}(at){domein}" if self.rng.random() < 0.5 else f"{lokaal} (at) {domein}",
                  "at-blokhaken": f"{lokaal}[at]{naam}[dot]{tld}",
                  "spaties": f"{lokaal} @ {naam} . {tld}",
                  "apenstaartje-voluit": f"{lokaal} apenstaartje {naam} punt {tld}",
                  "hoofdletters": f"{lokaal}@{domein}".upper()}[vorm]
        return "", waarde, "", {"vorm": vorm}

    def _iban(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        land = self._volgende("iban-land", ["nl", "nl", "nl", "nl", "be", "be", "de", "pl", "ro", "bg", "tr", "ua"])
        if land == "be":
            rekening = self.rng.choice(_BE_BANKEN) + self._cijfers(7)
            bban = rekening + f"{int(rekening) % 97 or 97:02d}"
        else:
            bank, patroon = _IBAN[land]
            code = self.rng.choice(bank.strip("[]").split("|")) if bank else ""
            bban = code + "".join(self._cijfers(1) if t == "9" else self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
                                  if t == "C" else t for t in patroon)
        iban = iban_met_controle(land, bban)
        schrijf = self._volgende("iban-schrijf", ["groepen", "groepen", "aaneen", "kleine-letters"])
        waarde = {"groepen": _groepen(iban), "aaneen": iban, "kleine-letters": self.rng.choice([iban, _groepen(iban)]).lower()}[schrijf]
        return "", waarde, "", {"vorm": f"{land}-{schrijf}"}

    def _adres(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        nl = ["straat-nummer", "huisletter", "toevoeging", "bis", "met-postcode", "met-postcode", "postcode-eerst",
              "postcode-huisnummer", "kleine-letters", "hoofdletters"]
        straatvormen = [v for v in nl if not v.startswith("postcode")]
        opties = {"straat": straatvormen, "postbus": ["postbus"], "be": ["belgisch"],
                  "de": ["duits"]}.get(hint, [*nl, "belgisch", "duits"])
        vorm = self._volgende("adres" + hint, opties)
        straat, stad = self.rng.choice(STRATEN[self.deel])
        n = self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 250)])
        laag, hoog = STEDEN[stad]
        pc_cijfers = str(self.rng.randint(laag, hoog))
        pc = pc_cijfers + " " + self.rng.choice(_PC_LETTERS) + self.rng.choice(_PC_LETTERS)
        pc = pc.replace(" ", "") if self.rng.random() < 0.3 else pc
        if vorm in ("belgisch", "duits"):
            bstraat, bpc, bplaats = self.rng.choice(BUITENLAND[self.deel]["be" if vorm == "belgisch" else "de"])
            bus = self.rng.choice(["", f" bus {self.rng.randint(1, 12)}", f"/{self.rng.randint(1, 5)}"]) if vorm == "belgisch" else ""
            return "", f"{bstraat} {n}{bus}, {bpc} {bplaats}", "", {"vorm": vorm}
        waarde = {
            "straat-nummer": f"{straat} {n}",
            "huisletter": self.rng.choice([f"{straat} {n}{self.rng.choice('abcd')}", f"{straat} {n}-{self.rng.choice('ABC')}",
                                           f"{straat} {n} B"]),
            "toevoeging": f"{straat} {n}" + self.rng.choice(["-hs", " hs", "-I", "-2", " bg", " 3 hoog", "-III", " huis",
                                                             "-1 hoog", " boven"]),
            "bis": self.rng.choice([f"{straat} {n} bis", f"{straat} {n}bis", f"{straat} {n}-bis"]),
            "met-postcode": self.rng.choice([f"{straat} {n}, {pc} {stad}", f"{straat} {n} {pc} {stad.upper()}",
                                             f"{straat} {n} – {pc} {stad}"]),
            "postcode-eerst": f"{pc} {stad}, {straat} {n}",
            "postcode-huisnummer": self.rng.choice([f"{pc.replace(' ', '')} {n}", f"{pc} nr. {n}"]),
            "kleine-letters": f"{straat} {n}".lower() + self.rng.choice(["", f" {pc.lower()}"]),
            "hoofdletters": f"{straat} {n} {pc} {stad}".upper(),
            "postbus": f"Postbus {self.rng.randint(10, 9999)}, {pc_cijfers} {pc[-2:]} {stad}",
        }[vorm]
        return "", waarde, "", {"vorm": vorm}

    def _geboortedatum(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        jaren = {"kind": (2007, 2022), "baby": (2023, 2025), "ouder": (1968, 2001)}
        jaar = self.rng.randint(*jaren[hint or self.rng.choice(["kind", "ouder"])])
        maand, dag = self.rng.randint(1, 12), self.rng.randint(1, 28)
        vorm = self._volgende("geboortedatum", ["voluit", "afgekorte-maand", "dd-mm-jjjj", "d-m-jjjj", "apostrof-jaar",
                                                 "iso", "schuine-strepen", "punten", "kort-jaar", "hoofdletters"])
        waarde = {"voluit": f"{dag} {MAANDEN[maand - 1]} {jaar}",
                  "afgekorte-maand": self.rng.choice([f"{dag} {_MAAND_KORT[maand - 1]} {jaar}",
                                                      f"{dag:02d} {_MAAND_KORT[maand - 1].rstrip('.')} {jaar}"]),
                  "dd-mm-jjjj": f"{dag:02d}-{maand:02d}-{jaar}", "d-m-jjjj": f"{dag}-{maand}-{jaar}",
                  "apostrof-jaar": f"{dag:02d}-{maand:02d}-'{jaar % 100:02d}", "iso": f"{jaar}-{maand:02d}-{dag:02d}",
                  "schuine-strepen": self.rng.choice([f"{dag:02d}/{maand:02d}/{jaar}", f"{dag}/{maand}/{jaar}"]),
                  "punten": f"{dag:02d}.{maand:02d}.{jaar}", "kort-jaar": f"{dag:02d}-{maand:02d}-{jaar % 100:02d}",
                  "hoofdletters": f"{dag} {MAANDEN[maand - 1].upper()} {jaar}"}[vorm]
        return "", waarde, "", {"vorm": vorm}

    def _kenteken(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        code = int(self._volgende("sidecode", [str(c) for c in (*_SIDECODES, 4, 5, 6, 7, 8, 9, 10, 11)]))
        kenteken = "".join(self.rng.choice(_KENTEKEN_LETTERS) if t == "X" else str(self.rng.randint(0, 9))
                           if t == "9" else t for t in _SIDECODES[code])
        schrijf = self.rng.choice(["streepjes"] * 6 + ["aaneen", "kleine-letters"])
        waarde = {"streepjes": kenteken, "aaneen": kenteken.replace("-", ""), "kleine-letters": kenteken.lower()}[schrijf]
        return "", waarde, "", {"vorm": f"sidecode-{code}" if schrijf == "streepjes" else schrijf}

    def _handle(self) -> str:
        voor, achter = self.rng.choice(naamdelen(self.deel))
        v, a = ascii_(voor), ascii_(achter)
        jj = f"{self.rng.randint(5, 16):02d}"
        return self.rng.choice([f"{v}.{a[0]}_", f"lil{v}{jj}", f"{v}{a}{jj}", f"x{v}x{self.rng.randint(1, 9)}", f"{v}_{a}",
                                f"its.{v}", f"{v}.official", f"{a}{v[:3]}{jj}", f"{v}__{a[:4]}", f"real.{a}.{v[:2]}"])

    def _sociale_media(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        platform = self._volgende("platform", ["tiktok", "snapchat", "instagram", "facebook", "x", "telegram", "youtube"])
        h = self._handle()
        voor, waarde, na = self.rng.choice({
            "tiktok": [("TikTok ", f"@{h}", ""), ("", f"@{h}", " op TikTok"), ("", f"tiktok.com/@{h}", "")],
            "snapchat": [("Snapchat: ", h, ""), ("snap ", h, ""), ("", f"snapchat.com/add/{h}", "")],
            "instagram": [("Insta ", f"@{h}", ""), ("", f"instagram.com/{h}", ""), ("Instagram-account ", f"@{h}", "")],
            "facebook": [("", f"facebook.com/{h}", ""), ("Facebookprofiel ", f"fb.com/{h}", ""),
                         ("", f"www.facebook.com/{h.replace('_', '.')}.{self.rng.randint(1, 9)}", "")],
            "x": [("", f"@{h}", " op X"), ("", f"x.com/{h}", ""), ("Twitter/X ", f"@{h}", "")],
            "telegram": [("Telegram ", f"@{h}", ""), ("", f"t.me/{h}", "")],
            "youtube": [("YouTube-kanaal ", f"@{h}", ""), ("", f"youtube.com/@{h}", "")],
        }[platform])
        return voor, waarde, na, {"vorm": platform}

    def _school(self, hint: str) -> tuple[str, str, str, dict[str, str]]:
        soort = self._volgende("schoolsoort", [s for s in SCHOLEN[self.deel] for _ in range(len(SCHOLEN[self.deel][s]))])
        naam = self.rng.choice(SCHOLEN[self.deel][soort])
        naam = naam.lower() if self.rng.random() < 0.1 else naam
        return "", naam, self.rng.choice([*NIVEAUS[soort], ""]), {"vorm": soort}
