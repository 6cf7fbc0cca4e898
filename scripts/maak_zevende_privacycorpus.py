"""Writes the seventh labelled privacy corpus, `tests/data/privacy/zevende-a` and `zevende-b` (waarden.txt,
schoon.txt, kenmerken.txt), seeded so every run writes the same files. Usage: ``python
scripts/maak_zevende_privacycorpus.py [MAP]`` (default: the corpus folder of the tests).

It was written without looking at the privacy detector or the earlier corpora. Its texts follow how inspectors and
a gemeente's quality staff really write: dossier-review forms per indicator, interview notes, steekproef lists,
CSV and table rows, chat messages, speech-to-text transcripts, Surinamese and Antillean Dutch, English, Frisian.
Parts a and b share no name, street, school, sentence frame or clean line. Data live in `zevende_*.py`."""

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

import zevende_evasies as ev
import zevende_namen as nm
import zevende_plekken as pl
import zevende_schoon_a
import zevende_schoon_b
import zevende_waarden as wd
import zevende_zinnen_a
import zevende_zinnen_b
from zevende_schrijven import Persoon, controleer_schoon, namen_gescheiden, schrijf_naam

STANDAARD = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
VRIJE_PLAATSEN = ["toelichting", "citaat", "citaat-gevouwen", "commentaar", "sleutel"]
PLAATSEN = [*VRIJE_PLAATSEN, "team", "bestandsnaam"]
SOORT = {"naam": "naam", "bsn": "bsn", "tel": "telefoonnummer", "mail": "e-mail", "iban": "iban", "adres": "adres",
         "geb": "geboortedatum", "kenteken": "kenteken", "social": "sociale-media", "school": "school"}
SLOT = re.compile(r"\{(?P<soort>\w+)(?::(?P<vorm>[\w-]+))?\}")
STANDAARD_SCHRIJFWIJZEN = ["volledig", "voorletter-achternaam", "volledig", "initialen", "achternaam-komma-voornaam", "hoofdletters",
                           "kleine-letters", "dubbele-achternaam", "achternaam-in-hoofdletters", "volledig",
                           "achternaam-komma-voorletters", "achternaam", "voornaam", "bijnaam", "tussenvoegsel-achteraan"]
AANDEEL_VERBORGEN = 0.15


@dataclass
class Deel:
    naam: str
    zinnen: ModuleType  # with the lists VRIJ, TEAM and BESTAND of sentence frames
    schoon: dict[str, tuple[list[str], list[str]]]
    straten: list[str]
    plaatsen: list[tuple[str, str]]
    buitenland: list[tuple[str, str, str]]
    scholen: list[tuple[str, str]]
    kant: int  # 0 for part a, 1 for part b in the name lists


class Maker:
    """Fills the sentence frames of one part with values, keeping per kind a cycle through the ways of writing."""

    def __init__(self, deel: Deel, r: random.Random) -> None:
        self.deel, self.r = deel, r
        herkomsten = list(nm.HERKOMSTEN)
        r.shuffle(herkomsten)
        self.herkomsten: Iterator[str] = cycle(herkomsten)
        self.schrijfwijzen = cycle(STANDAARD_SCHRIJFWIJZEN)
        self.vormen = {"bsn": cycle(wd.BSN_VORMEN), "tel": cycle(wd.TELEFOON_VORMEN), "mail": cycle(wd.EMAIL_VORMEN),
                       "iban": cycle(wd.IBAN_VORMEN), "adres": cycle(wd.ADRES_VORMEN), "geb": cycle(wd.DATUM_VORMEN),
                       "social": cycle(wd.SOCIALE_VORMEN)}
        self.landen = cycle(wd.IBAN_LANDEN)
        self.sidecodes = cycle(wd.SIDECODES)
        self.scholen = cycle(deel.scholen)
        self.laatste = self.persoon()

    def persoon(self, met_tussenvoegsel: bool = False) -> Persoon:
        while True:
            herkomst = next(self.herkomsten)
            voornamen, achternamen = nm.HERKOMSTEN[herkomst][2 * self.deel.kant:2 * self.deel.kant + 2]
            kandidaten = [a for a in achternamen if a[0].islower()] if met_tussenvoegsel else achternamen
            if kandidaten:
                return Persoon(herkomst, self.r.choice(voornamen), self.r.choice(kandidaten),
                               nm.BIJNAMEN[herkomst][self.deel.kant])

    def waarde(self, soort: str, vorm: str | None, persoon: Persoon) -> tuple[str, str]:
        """A value of `soort` (in `vorm` when the frame asks for one) and its kenmerken."""
        r, d = self.r, self.deel
        if soort == "naam":
            wijze = vorm or next(self.schrijfwijzen)
            wie = self.persoon(met_tussenvoegsel=True) if wijze == "tussenvoegsel-achteraan" else self.persoon()
            self.laatste = wie  # an e-mail address or profile later in the line is this person's
            return schrijf_naam(wie, wijze, self.persoon(), r), f"herkomst={wie.herkomst} schrijfwijze={wijze}"
        if soort == "kenteken":
            code = next(self.sidecodes)
            plaat = wd.kenteken(r, code)
            if r.random() < 0.2:
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
        self.laatste = self.persoon()
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
        doel = {s: 40 for s in SOORT.values()}
        doel["adres"] = max(90, anderen + 8)
        doel["naam"] = max(180, doel["adres"] + 40)
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


def schrijf(deel: Deel, map_: Path, seed: int) -> None:
    r = random.Random(seed)
    waarden = waarden_regels(deel, r)
    schoon = schone_regels(deel, r)
    controleer_schoon([t for _, t, _ in schoon], [w for _, e, tekst, _ in waarden if e == "geen"
                                                  for w in re.findall(r"\{[\w-]+:([^}]+)\}", tekst)])
    doel = map_ / deel.naam
    doel.mkdir(parents=True, exist_ok=True)
    kop_w = f"# {deel.naam}: plaats<TAB>evasie<TAB>tekst met {{soort:waarde}}; gemaakt door scripts/maak_zevende_privacycorpus.py"
    kop_s = f"# {deel.naam}: plaats<TAB>tekst zonder persoonsgegevens; gemaakt door scripts/maak_zevende_privacycorpus.py"
    (doel / "waarden.txt").write_text("\n".join([kop_w, *("\t".join(w[:3]) for w in waarden)]) + "\n", encoding="utf-8")
    (doel / "schoon.txt").write_text("\n".join([kop_s, *(f"{p}\t{t}" for p, t, _ in schoon)]) + "\n", encoding="utf-8")
    kenmerken = ["# plek<TAB>kenmerken (naam: herkomst en schrijfwijze; andere waarde: vorm; schone regel: categorie)"]
    kenmerken += [f"waarden:{i}:{n}\t{k}" for i, (*_, ks) in enumerate(waarden, 2) for n, k in enumerate(ks)]
    kenmerken += [f"schoon:{i}\tcategorie={c}" for i, (*_, c) in enumerate(schoon, 2)]
    (doel / "kenmerken.txt").write_text("\n".join(kenmerken) + "\n", encoding="utf-8")


DELEN = [
    Deel("zevende-a", zevende_zinnen_a, zevende_schoon_a.CATEGORIEEN, pl.STRATEN_A, pl.PLAATSEN_A, pl.BUITENLAND_A, pl.SCHOLEN_A, 0),
    Deel("zevende-b", zevende_zinnen_b, zevende_schoon_b.CATEGORIEEN, pl.STRATEN_B, pl.PLAATSEN_B, pl.BUITENLAND_B, pl.SCHOLEN_B, 1),
]


def main() -> None:
    map_ = Path(sys.argv[1]) if len(sys.argv) > 1 else STANDAARD
    namen_gescheiden()
    for seed, deel in enumerate(DELEN, 7001):
        schrijf(deel, map_, seed)


if __name__ == "__main__":
    main()
