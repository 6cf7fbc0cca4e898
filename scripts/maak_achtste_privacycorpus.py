"""Writes the eighth labelled privacy corpus, `tests/data/privacy/achtste-a` and `achtste-b` (waarden.txt,
schoon.txt, kenmerken.txt), seeded so every run writes the same files. Usage: ``python
scripts/maak_achtste_privacycorpus.py [MAP]`` (default: the corpus folder of the tests).

It was written without looking at the privacy detector or the data of the earlier corpora. Its texts are the papers a
wijkteam file holds: verwijsbrieven and overdrachtsformulieren, Veilig Thuis meldingen, beschikkingen of the
kinderrechter, onderwijskundige rapporten and zorgadviesteam notes, gezinsplannen, Verwijsindex signals, logboeken with
dates and initials, huisbezoeken, schuldhulp intakes, ProKid meldingen, Wmo keukentafelgesprekken, dictated voice
memos, letters read by OCR, forwarded e-mails, pasted spreadsheets, Teams notes, and Papiamento, Turkish, Arabic,
Polish, Belgian Dutch, English and Frisian mixed in. Parts a and b share no name, street, school, sentence frame or
clean line. Data live in `achtste_*.py`."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import achtste_evasies as ev
import achtste_namen as nm
import achtste_plekken as pl
import achtste_schoon_a
import achtste_schoon_b
import achtste_waarden as wd
import achtste_zinnen_a
import achtste_zinnen_b
from achtste_schrijven import Persoon, controleer_schoon, namen_gescheiden, schrijf_naam

STANDAARD = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
VRIJE_PLAATSEN = ["toelichting", "citaat", "citaat-gevouwen", "commentaar", "sleutel"]
PLAATSEN = [*VRIJE_PLAATSEN, "team", "bestandsnaam"]
SOORT = {"naam": "naam", "bsn": "bsn", "tel": "telefoonnummer", "mail": "e-mail", "iban": "iban", "adres": "adres",
         "geb": "geboortedatum", "kenteken": "kenteken", "social": "sociale-media", "school": "school"}
SLOT = re.compile(r"\{(?P<soort>\w+)(?::(?P<vorm>[\w-]+))?\}")
SCHRIJFWIJZEN = ["volledig", "voorletter-achternaam", "achternaam-komma-voornaam", "kleine-letters", "volledig",
                 "initialen-achternaam", "hoofdletters", "achternaam", "dubbele-achternaam", "voornaam", "volledig",
                 "achternaam-in-hoofdletters", "tussenvoegsel-achteraan", "achternaam-komma-voorletters", "bijnaam",
                 "drie-namen", "volledig", "roepnaam-tussen-haakjes", "voornaam", "ocr"]
AANDEEL_VERBORGEN = 0.15


@dataclass
class Deel:
    naam: str
    zinnen: ModuleType  # with the lists VRIJ, TEAM and BESTAND of sentence frames
    schoon: dict[str, tuple[list[str], list[str]]]
    straten: list[str]
    plaatsen: list[tuple[str, str]]
    buitenland: dict[str, list[tuple[str, str]]]
    scholen: list[tuple[str, str]]
    kant: int  # 0 for part a, 1 for part b in the name lists


class Maker:
    """Fills the sentence frames of one part with values, keeping per kind a cycle through the ways of writing."""

    def __init__(self, deel: Deel, r: random.Random) -> None:
        self.deel, self.r = deel, r
        herkomsten = list(nm.HERKOMSTEN)
        r.shuffle(herkomsten)
        self.herkomsten: Iterator[str] = cycle(herkomsten)
        self.schrijfwijzen = cycle(SCHRIJFWIJZEN)
        self.vormen = {"bsn": cycle(wd.BSN_VORMEN), "tel": cycle(wd.TELEFOON_VORMEN), "mail": cycle(wd.EMAIL_VORMEN),
                       "iban": cycle(wd.IBAN_VORMEN), "adres": cycle(wd.ADRES_VORMEN), "geb": cycle(wd.DATUM_VORMEN),
                       "social": cycle(wd.SOCIALE_VORMEN)}
        self.landen = cycle(wd.IBAN_LANDEN)
        self.sidecodes = cycle(wd.SIDECODES)
        scholen = list(deel.scholen)
        r.shuffle(scholen)
        self.scholen = cycle(scholen)
        self.laatste = self.persoon(herkomst=r.choice(herkomsten))

    def persoon(self, met_tussenvoegsel: bool = False, herkomst: str | None = None) -> Persoon:
        """Someone of `herkomst`, else of the next origin in the cycle (so that names spread evenly over them)."""
        while True:
            van = herkomst or next(self.herkomsten)
            voornamen, achternamen = nm.HERKOMSTEN[van][2 * self.deel.kant:2 * self.deel.kant + 2]
            kandidaten = [a for a in achternamen if a[0].islower()] if met_tussenvoegsel else achternamen
            if kandidaten:
                return Persoon(van, self.r.choice(voornamen), self.r.choice(kandidaten), nm.BIJNAMEN[van][self.deel.kant])

    def naam(self, wijze: str) -> tuple[str, str]:
        wie = self.persoon(met_tussenvoegsel=wijze == "tussenvoegsel-achteraan")
        ander = self.persoon(herkomst=wie.herkomst)
        while (wijze == "drie-namen" and ander.voornaam == wie.voornaam) or (
                wijze == "dubbele-achternaam" and ander.achternaam == wie.achternaam):
            ander = self.persoon(herkomst=wie.herkomst)
        self.laatste = wie  # an e-mail address or profile later in the line is this person's
        return schrijf_naam(wie, wijze, ander, self.r), f"herkomst={wie.herkomst} schrijfwijze={wijze}"

    def waarde(self, soort: str, vorm: str | None, persoon: Persoon) -> tuple[str, str]:
        """A value of `soort` (in `vorm` when the frame asks for one) and its kenmerken."""
        r, d = self.r, self.deel
        if soort == "naam":
            return self.naam(vorm or next(self.schrijfwijzen))
        if soort == "kenteken":
            code = next(self.sidecodes)
            plaat = wd.kenteken(r, code)
            if vorm == "kleine-letters":
                return plaat.lower(), f"vorm=sidecode-{code}-kleine-letters"
            if isinstance(code, int) and r.random() < 0.2:
                return plaat.replace("-", ""), f"vorm=sidecode-{code}-zonder-streepjes"
            return plaat, f"vorm=sidecode-{code}"
        if soort == "school":
            school, soort_school = next(self.scholen)
            return (school.lower(), f"vorm={soort_school}-kleine-letters") if vorm == "kleine-letters" else (school, f"vorm={soort_school}")
        if soort == "adres" and vorm == "kleine-letters":
            return wd.adres(r, d.straten, d.plaatsen, d.buitenland, "kleine-letters"), "vorm=kleine-letters"
        gekozen = vorm or next(self.vormen[soort])
        if soort == "bsn":
            return wd.bsn(r, gekozen), f"vorm={gekozen}"
        if soort == "tel":
            return wd.telefoon(r, gekozen), f"vorm={gekozen}"
        if soort == "mail":
            return wd.email(r, persoon.voornaam, persoon.achternaam, gekozen), f"vorm={gekozen}"
        if soort == "iban":
            land = next(self.landen)
            return wd.iban(r, land, gekozen), f"vorm={land.lower()}-{gekozen}"
        if soort == "adres":
            return wd.adres(r, d.straten, d.plaatsen, d.buitenland, gekozen), f"vorm={gekozen}"
        if soort == "geb":
            return wd.datum(r, gekozen, kind=r.random() < 0.8), f"vorm={gekozen}"
        return wd.sociale_media(r, persoon.voornaam, persoon.achternaam, gekozen), f"vorm={gekozen}"

    def vul(self, zin: str) -> list[tuple[str, str, str]]:
        """(kind, value, kenmerken) of every slot of `zin`, in order."""
        self.laatste = self.persoon(herkomst=self.r.choice(sorted(nm.HERKOMSTEN)))
        return [(SOORT[m.group("soort")], *self.waarde(m.group("soort"), m.group("vorm"), self.laatste)) for m in SLOT.finditer(zin)]


def _verberg(r: random.Random, plaats: str, waarden: list[tuple[str, str, str]], evasies: Iterator[str]
             ) -> tuple[str, list[tuple[str, str, str]]]:
    """The next evasion of the cycle that fits the placement and every value of the line, applied to each value."""
    for _ in range(len(ev.EVASIES)):
        evasie = next(evasies)
        if evasie == "yaml-escape" and plaats not in ev.ESCAPE_PLAATSEN:
            continue
        verborgen = [(s, ev.EVASIES[evasie](r, w), k) for s, w, k in waarden]
        if all(w is not None for _, w, _ in verborgen):
            return evasie, [(s, w or "", k) for s, w, k in verborgen]
    return "geen", waarden


def waarden_regels(deel: Deel, r: random.Random) -> list[tuple[str, str, str, list[str]]]:
    """(placement, evasion, labelled text, kenmerken per value) of every line with values of `deel`."""
    maker = Maker(deel, r)
    evasies = list(ev.EVASIES)
    r.shuffle(evasies)
    evasie_cyclus = cycle(evasies)
    uit: list[tuple[str, str, str, list[str]]] = []
    telling: Counter[str] = Counter()
    vrij_cyclus = cycle(VRIJE_PLAATSEN)
    vrij: list[str] = deel.zinnen.VRIJ

    def maak(zin: str, plaats: str) -> None:
        waarden = maker.vul(zin)
        evasie = "geen"
        if r.random() < AANDEEL_VERBORGEN:
            evasie, waarden = _verberg(r, plaats, waarden, evasie_cyclus)
        delen = SLOT.split(zin)
        tekst = delen[0] + "".join("{" + s + ":" + w + "}" + delen[3 * (i + 1)] for i, (s, w, _) in enumerate(waarden))
        uit.append((plaats, evasie, tekst, [k for *_, k in waarden]))
        telling.update(s for s, _, _ in waarden)

    for zin in deel.zinnen.TEAM * 3:
        maak(zin, "team")
    for zin in deel.zinnen.BESTAND * 3:
        maak(zin, "bestandsnaam")
    for zin in vrij:
        maak(zin, next(vrij_cyclus))
    for slot in SOORT:  # every kind in every free placement
        met = [z for z in vrij if "{" + slot in z]
        for plaats in VRIJE_PLAATSEN:
            maak(r.choice(met), plaats)
    while True:
        anderen = max(n for s, n in telling.items() if s not in ("naam", "adres"))
        doel = {s: 45 for s in SOORT.values()}
        doel["adres"] = max(95, anderen + 8)
        doel["naam"] = max(190, doel["adres"] + 45)
        tekort = {s: doel[s] - telling[s] for s in doel if telling[s] < doel[s]}
        if not tekort:
            break
        soort = max(tekort, key=lambda s: tekort[s])
        slot = next(k for k, v in SOORT.items() if v == soort)
        met = [z for z in vrij if "{" + slot in z]
        if soort in ("naam", "adres"):
            met = [z for z in met if {m.group("soort") for m in SLOT.finditer(z)} <= {"naam", "adres"}]
        maak(r.choice(met), next(vrij_cyclus))
    return uit


def schone_regels(deel: Deel, r: random.Random) -> list[tuple[str, str, str]]:
    """(placement, text, category) of every clean line of `deel`: every frame with every filler of a category."""
    regels = [(c, zin.replace("{}", vulling)) for c, (zinnen, vullingen) in deel.schoon.items() for zin in zinnen for vulling in vullingen]
    r.shuffle(regels)
    return [(PLAATSEN[i % len(PLAATSEN)], tekst, c) for i, (c, tekst) in enumerate(regels)]


def _controleer_zinnen(deel: Deel) -> None:
    """Raise when a frame with a birth date has no birth context, or holds a character the corpus format cannot carry."""
    zinnen = [*deel.zinnen.VRIJ, *deel.zinnen.TEAM, *deel.zinnen.BESTAND]
    fout = [z for z in zinnen if ("{geb" in z and not re.search(r"(?i)geb|°|\*", SLOT.sub("", z)))
            or re.search(r'[\t"\\]', z) or SLOT.sub("", z).count("{") or SLOT.sub("", z).count("}")]
    fout += [z for z in deel.zinnen.BESTAND if "/" in z]
    if fout:
        raise SystemExit(f"{deel.naam}: zinnen die niet kunnen:\n" + "\n".join(fout))


def schrijf(deel: Deel, map_: Path, seed: int) -> list[tuple[str, str, str, list[str]]]:
    r = random.Random(seed)
    _controleer_zinnen(deel)
    waarden = waarden_regels(deel, r)
    schoon = schone_regels(deel, r)
    controleer_schoon([t for _, t, _ in schoon], [w for _, e, tekst, _ in waarden if e == "geen"
                                                  for w in re.findall(r"\{[\w-]+:([^}]+)\}", tekst)])
    doel = map_ / deel.naam
    doel.mkdir(parents=True, exist_ok=True)
    kop_w = f"# {deel.naam}: plaats<TAB>evasie<TAB>tekst met {{soort:waarde}}; gemaakt door scripts/maak_achtste_privacycorpus.py"
    kop_s = f"# {deel.naam}: plaats<TAB>tekst zonder persoonsgegevens; gemaakt door scripts/maak_achtste_privacycorpus.py"
    (doel / "waarden.txt").write_text("\n".join([kop_w, *("\t".join(w[:3]) for w in waarden)]) + "\n", encoding="utf-8")
    (doel / "schoon.txt").write_text("\n".join([kop_s, *(f"{p}\t{t}" for p, t, _ in schoon)]) + "\n", encoding="utf-8")
    kenmerken = ["# plek<TAB>kenmerken (naam: herkomst en schrijfwijze; andere waarde: vorm; schone regel: categorie)"]
    kenmerken += [f"waarden:{i}:{n}\t{k}" for i, (*_, ks) in enumerate(waarden, 2) for n, k in enumerate(ks)]
    kenmerken += [f"schoon:{i}\tcategorie={c}" for i, (*_, c) in enumerate(schoon, 2)]
    (doel / "kenmerken.txt").write_text("\n".join(kenmerken) + "\n", encoding="utf-8")
    return waarden


DELEN = [
    Deel("achtste-a", achtste_zinnen_a, achtste_schoon_a.CATEGORIEEN, pl.STRATEN_A, pl.PLAATSEN_A, pl.BUITENLAND_A, pl.SCHOLEN_A, 0),
    Deel("achtste-b", achtste_zinnen_b, achtste_schoon_b.CATEGORIEEN, pl.STRATEN_B, pl.PLAATSEN_B, pl.BUITENLAND_B, pl.SCHOLEN_B, 1),
]


def _gescheiden() -> None:
    """Raise when the parts share a street, a school, a sentence frame or a clean line."""
    a, b = DELEN
    gedeeld = {s.casefold() for s in a.straten} & {s.casefold() for s in b.straten}
    gedeeld |= {s.casefold() for s, _ in a.scholen} & {s.casefold() for s, _ in b.scholen}
    gedeeld |= {z for z in [*a.zinnen.VRIJ, *a.zinnen.TEAM, *a.zinnen.BESTAND]} & {
        z for z in [*b.zinnen.VRIJ, *b.zinnen.TEAM, *b.zinnen.BESTAND]}
    gedeeld |= {z for zinnen, _ in a.schoon.values() for z in zinnen} & {z for zinnen, _ in b.schoon.values() for z in zinnen}
    if gedeeld:
        raise SystemExit(f"in beide delen: {sorted(gedeeld)}")


def main() -> None:
    map_ = Path(sys.argv[1]) if len(sys.argv) > 1 else STANDAARD
    namen_gescheiden()
    _gescheiden()
    for seed, deel in enumerate(DELEN, 8001):
        schrijf(deel, map_, seed)


if __name__ == "__main__":
    main()
