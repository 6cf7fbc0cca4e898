"""Writes the sixth labelled privacy corpus, `tests/data/privacy/zesde-a/` and `zesde-b/` (waarden.txt, schoon.txt,
kenmerken.txt, in the formats `tests/privacymeting.py` reads), or into the folder given as the only argument.

Made without looking at the privacy detector or the earlier corpora, to measure how the detector holds on data it
was never tuned on. Its style is that of the files themselves: MDO minutes, e-mails and PDF text pasted in, notes of
a gezinsvoogd or leerplichtambtenaar, a huisarts letter, a Veilig Thuis summary, a Wmo keukentafelgesprek, and
clients quoted in spoken Dutch. The two parts share no name, street, school, sentence frame or clean line.
Seeded: the same run gives the same files."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import zesde_schoon_a
import zesde_schoon_b
import zesde_zinnen_a
import zesde_zinnen_b
from zesde_evasies import EVASIES, kan, verberg
from zesde_vullers import vul
from zesde_waarden import Bron

MAP = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
DELEN = {"zesde-a": ("a", 6001, zesde_zinnen_a.ZINNEN, zesde_schoon_a),
         "zesde-b": ("b", 6002, zesde_zinnen_b.ZINNEN, zesde_schoon_b)}
# placement -> frame groups it takes sentences from, and its weight when a placement is drawn
GROEPEN = {"toelichting": ("lang", "spraak"), "citaat": ("spraak", "lang"), "citaat-gevouwen": ("lang", "spraak"),
           "team": ("team",), "commentaar": ("kort", "lang"), "sleutel": ("kort",), "bestandsnaam": ("bestand",)}
GEWICHT = {"toelichting": 3, "citaat": 2.5, "citaat-gevouwen": 2, "team": 1.2, "commentaar": 2, "sleutel": 1.3,
           "bestandsnaam": 1}
PROZA_PLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar")
# lines per part in which a kind is the reason for the sentence; names also come along in many other sentences
DOELEN = {"naam": 40, "adres": 72, "bsn": 36, "telefoonnummer": 34, "e-mail": 36, "iban": 36, "geboortedatum": 30,
          "kenteken": 36, "sociale-media": 36, "school": 36}
SCHONE_REGELS = 1100
EVASIE_AANDEEL = 0.15
_SLOT = re.compile(r"\{(?P<soort>[\w-]+)(?:\|(?P<hint>[\w-]+))?\}")


@dataclass
class Waarde:
    soort: str
    waarde: str
    kenmerk: dict[str, str]
    voor: str
    na: str


@dataclass
class Regel:
    plaats: str
    sjabloon: str  # the sentence with \x00<n>\x00 where value n goes
    waarden: list[Waarde]
    evasie: str = "geen"

    def tekst(self) -> str:
        return re.sub("\x00(\\d+)\x00", lambda m: self._label(self.waarden[int(m.group(1))]), self.sjabloon)

    @staticmethod
    def _label(w: Waarde) -> str:
        return f"{w.voor}{{{w.soort}:{w.waarde}}}{w.na}"


def _regel(frame: str, plaats: str, bron: Bron, rng: random.Random) -> Regel:
    gevuld = vul(frame, rng)
    waarden: list[Waarde] = []

    def slot(m: re.Match[str]) -> str:
        voor, waarde, na, kenmerk = bron.maak(m.group("soort"), m.group("hint") or "", plaats == "bestandsnaam")
        waarden.append(Waarde(m.group("soort"), waarde, kenmerk, voor, na))
        return f"\x00{len(waarden) - 1}\x00"

    return Regel(plaats, _SLOT.sub(slot, gevuld), waarden)


def waarderegels(deel: str, zinnen: dict[str, list[str]], rng: random.Random) -> list[Regel]:
    """The value lines of a part: for every kind its lines, spread over every placement first, then by weight."""
    bron = Bron(deel, rng)
    taken: list[tuple[str, str]] = []
    for soort, aantal in DOELEN.items():
        plaatsen = list(GROEPEN)
        rng.shuffle(plaatsen)
        plaatsen += rng.choices(list(GEWICHT), weights=list(GEWICHT.values()), k=aantal - len(plaatsen))
        taken += [(soort, p) for p in plaatsen]
    rng.shuffle(taken)
    rijen: dict[tuple[str, str], list[str]] = {}
    uit = []
    for soort, plaats in taken:
        rij = rijen.get((soort, plaats))
        if not rij:
            rij = sorted({f for g in GROEPEN[plaats] for f in zinnen[g] if "{" + soort in f})
            rng.shuffle(rij)
            rijen[(soort, plaats)] = rij
        uit.append(_regel(rij.pop(), plaats, bron, rng))
    return uit


def verberg_regels(regels: list[Regel], rng: random.Random) -> None:
    """Hides the values of about 15% of the values, every evasion in turn, each on a line it fits."""
    totaal = sum(len(r.waarden) for r in regels)
    volgorde = list(range(len(regels)))
    rng.shuffle(volgorde)
    verborgen, ronde = 0, 0
    while verborgen < EVASIE_AANDEEL * totaal:
        evasie = EVASIES[ronde % len(EVASIES)]
        ronde += 1
        for i in volgorde:
            r = regels[i]
            if r.evasie == "geen" and len(r.waarden) <= 2 and all(kan(evasie, w.waarde, r.plaats) for w in r.waarden):
                r.evasie = evasie
                for w in r.waarden:
                    w.waarde = verberg(evasie, w.waarde, rng)
                verborgen += len(r.waarden)
                break


def _elfproef(cijfers: str) -> bool:
    return (sum(int(c) * w for c, w in zip(cijfers, range(9, 1, -1), strict=False)) - int(cijfers[8])) % 11 == 0


def waardepatroon(waarden: set[str]) -> re.Pattern[str]:
    """One pattern for every planted value (casefolded) as a whole word."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(waarden, key=lambda w: (-len(w), w))) + r")(?!\w)")


def schoon_genoeg(tekst: str, waarden: re.Pattern[str]) -> bool:
    """Whether a clean line holds no planted value, no nine digits that pass the elfproef and no mobile number."""
    if waarden.search(tekst.casefold()):
        return False
    if any(_elfproef(g) for g in re.findall(r"\d{9}", re.sub(r"[\s.]", "", tekst))):
        return False
    return not re.search(r"\b06[- ]?\d{8}\b", tekst)


def schone_regels(schoon: ModuleType, waarden: re.Pattern[str], rng: random.Random) -> list[tuple[str, str, str]]:
    """(placement, text, category) of the clean lines of a part, about as many per category."""
    proza: dict[str, list[str]] = schoon.PROZA
    per_groep: dict[str, list[tuple[str, str]]] = {"kort": schoon.KORT, "team": schoon.TEAM, "bestand": schoon.BESTAND}
    mogelijk: dict[str, dict[str, list[str]]] = {c: {p: list(fs) for p in PROZA_PLAATSEN} for c, fs in proza.items()}
    for groep, plaatsen in (("kort", ("sleutel", "commentaar")), ("team", ("team",)), ("bestand", ("bestandsnaam",))):
        for categorie, frame in per_groep[groep]:
            for p in plaatsen:
                mogelijk[categorie].setdefault(p, []).append(frame)
    gezien: set[str] = set()
    uit: list[tuple[str, str, str]] = []
    categorieen = list(proza)
    while len(uit) < SCHONE_REGELS:
        categorie = categorieen[len(uit) % len(categorieen)]
        for _ in range(200):
            kan_in = list(mogelijk[categorie])
            plaats = rng.choices(kan_in, weights=[GEWICHT[p] for p in kan_in])[0]
            tekst = vul(rng.choice(mogelijk[categorie][plaats]), rng)
            if plaats == "bestandsnaam" and any(t in tekst for t in "/:"):
                continue
            if tekst not in gezien and schoon_genoeg(tekst, waarden):
                gezien.add(tekst)
                uit.append((plaats, tekst, categorie))
                break
        else:
            raise RuntimeError(f"te weinig schone regels voor {categorie}")
    return uit


def _kenmerk(paren: dict[str, str]) -> str:
    return " ".join(f"{k}={v}" for k, v in paren.items())


def schrijf(map_: Path, naam: str, regels: list[Regel], schoon: list[tuple[str, str, str]]) -> None:
    """Writes waarden.txt, schoon.txt and kenmerken.txt of part `naam`; a line number in kenmerken.txt counts the
    header lines of its file."""
    kop = f"# Zesde privacycorpus, deel {naam[-1]}: gemaakt door scripts/maak_zesde_privacycorpus.py; niet met de hand wijzigen."
    kop_waarden = [kop, "# Per regel, gescheiden door een TAB: plaats, evasie, tekst met elke waarde als {soort:waarde}."]
    kop_schoon = [kop, "# Per regel, gescheiden door een TAB: plaats, tekst zonder persoonsgegeven."]
    kop_kenmerken = [kop, "# waarden:<regel>:<index> of schoon:<regel>, een TAB, dan herkomst en schrijfwijze van een naam,",
                     "# de vorm van een andere waarde of de categorie van een schone regel."]
    kenmerken = []
    for i, r in enumerate(regels, len(kop_waarden) + 1):
        kenmerken += [f"waarden:{i}:{n}\t{_kenmerk(w.kenmerk)}" for n, w in enumerate(r.waarden)]
    kenmerken += [f"schoon:{i}\tcategorie={c}" for i, (_, _, c) in enumerate(schoon, len(kop_schoon) + 1)]
    doel = map_ / naam
    doel.mkdir(parents=True, exist_ok=True)
    bestanden = {"waarden.txt": kop_waarden + [f"{r.plaats}\t{r.evasie}\t{r.tekst()}" for r in regels],
                 "schoon.txt": kop_schoon + [f"{p}\t{t}" for p, t, _ in schoon],
                 "kenmerken.txt": kop_kenmerken + kenmerken}
    for bestand, inhoud in bestanden.items():
        (doel / bestand).write_text("\n".join(inhoud) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    map_ = Path(argv[1]) if len(argv) > 1 else MAP
    for naam, (deel, zaad, zinnen, schoon) in DELEN.items():
        rng = random.Random(zaad)
        regels = waarderegels(deel, zinnen, rng)
        verberg_regels(regels, rng)
        geplant = {w.waarde.casefold() for r in regels if r.evasie == "geen" for w in r.waarden if len(w.waarde) > 3}
        schrijf(map_, naam, regels, schone_regels(schoon, waardepatroon(geplant), rng))
        soorten = Counter(w.soort for r in regels for w in r.waarden)
        print(f"{naam}: {sum(soorten.values())} waarden, {SCHONE_REGELS} schone regels; {dict(soorten.most_common())}")


if __name__ == "__main__":
    main(sys.argv)
