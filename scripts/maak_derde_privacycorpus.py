"""Make the third labelled privacy corpus: ``tests/data/privacy/derde-afstemmen`` (tuning, 60%) and
``tests/data/privacy/derde-heldout`` (held-out, 40%; NEVER tune the detector on it, only measure).

Run with ``python scripts/maak_derde_privacycorpus.py`` (seeded: the same files every time). Written apart from the
detector: its code, data and earlier corpora were not read. The values are invented by hand (`derde_namen.py`, `derde_namen.txt`) or
generated valid (BSN elfproef, IBAN mod 97, phone numbers checked with ``phonenumbers``). Names, streets, schools,
e-mail domains, sentences and clean-line words are split per part, so the held-out part holds sources the tuning
part never shows.

Each part has the files `tests/privacymeting.py` reads:
* ``waarden.txt``: ``placement<TAB>evasion<TAB>text with {soort:waarde}``; corpus A lines hold two to four values in
  a longer toelichting or wrapped citaat (one evasion, if any, on every value of the line), corpus B lines one
  value in one of the seven placements;
* ``schoon.txt``: ``placement<TAB>text`` without personal data (what counts as clean: `derde_schoon_data.py`);
* ``kenmerken.txt``: per value ``corpus``, ``ontwijking``, ``vorm`` and for names ``herkomst`` and
  ``schrijfwijze``; per clean line its ``categorie``.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from derde_evasies import EVASIES, pas_toe
from derde_schoon import KORT_CATEGORIEEN, ZIN_CATEGORIEEN, Schoon
from derde_sjablonen import KORT, ZINNEN
from derde_waarden import GENERATOREN, Bron, splits

SEED = 20261206_3
UIT = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
PLAATSEN = ["toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"]
ZINPLAATSEN = {"toelichting", "citaat", "citaat-gevouwen", "commentaar"}
SOORTEN = {
    "naam": 36,
    "bsn": 7,
    "telefoonnummer": 8.5,
    "e-mail": 7,
    "iban": 6.5,
    "adres": 12,
    "geboortedatum": 6.5,
    "kenteken": 6.5,
    "school": 5,
    "sociale-media": 3,
}
GROOTTE = {"afstemmen": (930, 60, 1512), "heldout": (620, 40, 1008)}  # values, corpus A lines, clean lines
KANS_EVASIE = 0.34
A_EVASIES = ["nulbreedte", "nulbreedte-verbinder", "woordverbinder", "html-entiteit", "volle-breedte"]  # fit every kind
TEAMS = ["Wijkteam Noord", "Jeugdteam Oost", "Sociaal Team West", "Buurtteam Zuid", "CJG-team Centrum", "Gebiedsteam 3"]
VULZIN = ["rapportproza", "inspecteursproza", "datum-geen-geboorte", "teamnaam", "organisatie"]


def _verdeel(gewichten: dict[str, float], n: int) -> list[str]:
    """`n` keys in proportion to `gewichten`, evenly interleaved (so a run of the list holds a fair mix)."""
    totaal = sum(gewichten.values())
    aantallen = {k: round(n * g / totaal) for k, g in gewichten.items()}
    while sum(aantallen.values()) != n:
        k = max(aantallen, key=lambda x: gewichten[x]) if sum(aantallen.values()) < n else max(aantallen, key=aantallen.__getitem__)
        aantallen[k] += 1 if sum(aantallen.values()) < n else -1
    plekken = [((i + 0.5) / a, k) for k, a in aantallen.items() for i in range(a)]
    return [k for _, k in sorted(plekken)]


class Maker:
    def __init__(self, deel: str) -> None:
        self.deel = deel
        self.rng = random.Random(f"{SEED}-{deel}")
        self.bron = Bron.voor(deel, self.rng)
        self.schoon = Schoon(deel, self.rng)
        self.zinnen = {k: splits(v, deel, self.rng) for k, v in ZINNEN.items()}
        self.kort = {k: splits(v, deel, self.rng) for k, v in KORT.items()}
        self.evasie_beurt: Counter[str] = Counter()

    def _waarde(self, soort: str, plaats: str, evasie: str) -> tuple[str, str, str, dict[str, str]] | None:
        """A value of `soort` that fits `plaats` with `evasie` applied, or None when none fits after some tries."""
        for _ in range(40):
            voor, waarde, na, kenmerken = GENERATOREN[soort](self.rng, self.bron)
            if plaats == "bestandsnaam" and (any(t in waarde for t in "/:[(") or (soort == "e-mail" and " " in waarde)):
                continue  # a file name holds no slash, and nobody names a file after a spelled-out e-mail address
            if evasie != "geen":
                veranderd = pas_toe(evasie, waarde, plaats, self.rng)
                if veranderd is None:
                    continue
                waarde = veranderd
            return voor, waarde, na, {**kenmerken, "ontwijking": evasie}
        return None

    def _kies_evasie(self, soort: str, plaats: str) -> str:
        if self.rng.random() >= KANS_EVASIE:
            return "geen"
        keuzes = [*EVASIES, "gemengd"]
        self.evasie_beurt[soort] += 1
        return keuzes[(self.evasie_beurt[soort] + PLAATSEN.index(plaats)) % len(keuzes)]

    def _zin(self, soort: str, plaats: str, evasie: str) -> tuple[str, dict[str, str]]:
        while (gemaakt := self._waarde(soort, plaats, evasie)) is None:
            evasie = "geen"  # the evasion does not fit this kind here; plant the value plainly
        voor, waarde, na, kenmerken = gemaakt
        sjablonen = self.zinnen[soort] if plaats in ZINPLAATSEN else self.kort[soort]
        tekst = self.rng.choice(sjablonen).replace("@", f"{voor}{{{soort}:{waarde}}}{na}")
        if plaats == "team" and self.rng.random() < 0.5:  # a team field that names the team first
            tekst = f"{self.rng.choice(TEAMS)} - {tekst}"
        return tekst, kenmerken

    def waarden(self) -> tuple[list[str], list[str]]:
        aantal, a_regels, _ = GROOTTE[self.deel]
        regels: list[tuple[str, str, str, list[dict[str, str]]]] = []
        a_waarden = 0
        for i in range(a_regels):  # corpus A: several values in one longer text
            plaats = "toelichting" if i % 2 == 0 else "citaat-gevouwen"
            evasie = "geen"
            if self.rng.random() < 0.25:
                evasie = self.rng.choice(A_EVASIES + (["yaml-escape"] if plaats == "citaat-gevouwen" else []))
            delen, labels = [], []
            for soort in self.rng.choices(list(SOORTEN), list(SOORTEN.values()), k=self.rng.randint(2, 4)):
                delen.append(self.schoon.zin(self.rng.choice(VULZIN)))
                zin, kenmerken = self._zin(soort, plaats, evasie)
                assert kenmerken["ontwijking"] == evasie, (soort, evasie)
                delen.append(zin)
                labels.append({"corpus": "A", **kenmerken})
            regels.append((plaats, evasie, " ".join(delen), labels))
            a_waarden += len(labels)
        rest = aantal - a_waarden
        per_plaats = aantal / len(PLAATSEN)
        a_per_plaats = a_waarden / 2
        gewichten = {
            p: max(per_plaats - (a_per_plaats if p in ("toelichting", "citaat-gevouwen") else 0), per_plaats * 0.3) for p in PLAATSEN
        }
        plaatsen = _verdeel(gewichten, rest)
        soorten = sorted(_verdeel(SOORTEN, rest), key=list(SOORTEN).index)
        for plaats, soort in zip(plaatsen, soorten, strict=True):  # corpus B: one value per file
            evasie = self._kies_evasie(soort, plaats)
            zin, kenmerken = self._zin(soort, plaats, evasie)
            regels.append((plaats, kenmerken["ontwijking"], zin, [{"corpus": "B", **kenmerken}]))
        self.rng.shuffle(regels)
        kop = [
            f"# {self._naam()}: planted values, made by scripts/maak_derde_privacycorpus.py (seed {SEED}); all invented.",
            "# placement<TAB>evasion<TAB>text with {soort:waarde}"
            + ("; NEVER tune the detector on this part." if self.deel == "heldout" else "."),
        ]
        waarden, kenmerken_regels = list(kop), []
        for plaats, evasie, tekst, labels in regels:
            waarden.append(f"{plaats}\t{evasie}\t{tekst}")
            for index, label in enumerate(labels):
                paren = " ".join(f"{k}={v}" for k, v in label.items())
                kenmerken_regels.append(f"waarden:{len(waarden)}:{index}\t{paren}")
        return waarden, kenmerken_regels

    def _naam(self) -> str:
        return f"derde-{self.deel}"

    def schone(self, al: set[str]) -> tuple[list[str], list[str]]:
        _, _, aantal = GROOTTE[self.deel]
        kop = [
            f"# {self._naam()}: clean inspector prose and names of teams and organisations, made by "
            f"scripts/maak_derde_privacycorpus.py (seed {SEED}).",
            "# placement<TAB>text",
        ]
        uit, kenmerken = list(kop), []
        plaatsen = _verdeel(dict.fromkeys(PLAATSEN, 1), aantal)
        beurten = {p: _verdeel(ZIN_CATEGORIEEN if p in ZINPLAATSEN else KORT_CATEGORIEEN[p], aantal) for p in PLAATSEN}
        teller: Counter[str] = Counter()
        for plaats in plaatsen:
            for poging in range(200):
                categorie = beurten[plaats][(teller[plaats] + poging) % aantal]
                tekst = self.schoon.zin(categorie) if plaats in ZINPLAATSEN else self.schoon.kort(categorie)
                if (plaats, tekst) not in al and tekst not in al:
                    break
            else:
                raise SystemExit(f"te weinig verschillende schone regels voor {plaats}")
            teller[plaats] += 1
            al.update({(plaats, tekst), tekst})  # type: ignore[arg-type]
            uit.append(f"{plaats}\t{tekst}")
            kenmerken.append(f"schoon:{len(uit)}\tcategorie={categorie}")
        return uit, kenmerken


def main(uit: Path = UIT) -> None:
    """Write both parts under `uit` (the repository's ``tests/data/privacy`` unless a test passes another folder)."""
    al: set[str] = set()
    for deel in ("afstemmen", "heldout"):
        maker = Maker(deel)
        waarden, kenmerken_w = maker.waarden()
        schoon, kenmerken_s = maker.schone(al)
        map_ = uit / f"derde-{deel}"
        map_.mkdir(parents=True, exist_ok=True)
        (map_ / "waarden.txt").write_text("\n".join(waarden) + "\n", encoding="utf-8")
        (map_ / "schoon.txt").write_text("\n".join(schoon) + "\n", encoding="utf-8")
        kop = [f"# derde-{deel}: labels per value (waarden:<line>:<index>) and per clean line (schoon:<line>)."]
        (map_ / "kenmerken.txt").write_text("\n".join(kop + kenmerken_w + kenmerken_s) + "\n", encoding="utf-8")
        print(f"derde-{deel}: {len(kenmerken_w)} waarden, {len(kenmerken_s)} schone regels")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else UIT)
