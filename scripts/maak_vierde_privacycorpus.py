"""Write the fourth privacy corpus, `tests/data/privacy/vierde-a/` and `tests/data/privacy/vierde-b/`: a held-out
measure only, made without looking at the detector. Nobody tunes on either part.

Both parts have the same make-up and a fixed seed each; they share no name, street, school or sentence. Each has
``waarden.txt`` (placement, evasion, text with ``{soort:waarde}``), ``schoon.txt`` (placement, clean text) and
``kenmerken.txt`` (per value its form, or origin and writing for a name; per clean line its category), in the format
of `tests/privacymeting.py`. Values come from `vierde_waarden`, their sentences from `vierde_zinnen`, evasions from
`vierde_evasies`, clean lines from `vierde_schoon`.

Run: ``python scripts/maak_vierde_privacycorpus.py [MAP]`` (default ``tests/data/privacy``).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vierde_evasies import EVASIES, kies_evasie
from vierde_schoon import schone_regel
from vierde_schoon import zinnen as schone_zinnen
from vierde_waarden import Bron
from vierde_zinnen import zinnen

DELEN = ("vierde-a", "vierde-b")
# values per kind in each part, clean lines in each part
AANTALLEN = {"naam": 165, "adres": 115, "telefoonnummer": 56, "bsn": 46, "e-mail": 46, "iban": 46,
             "geboortedatum": 46, "kenteken": 42, "sociale-media": 40, "school": 46}
SCHONE_REGELS = 1260
PLAATSEN = {"toelichting": 24, "citaat": 16, "citaat-gevouwen": 12, "team": 12, "commentaar": 12, "sleutel": 12,
            "bestandsnaam": 12}
PLEK = {"toelichting": "proza", "citaat": "proza", "citaat-gevouwen": "proza", "team": "team", "commentaar": "kort",
        "sleutel": "sleutel", "bestandsnaam": "bestand"}
PLATFORMS = re.compile(r"(?i)snap|tiktok|insta|facebook|youtube")
BESTANDSNAAM = re.compile(r"^[\w .@+'-]+$")
KOP = ("# {deel}: vierde privacycorpus, alleen om te meten (nooit op afstemmen); gemaakt door "
       "scripts/maak_vierde_privacycorpus.py zonder naar de controle te kijken.\n")


def _waarde(bron: Bron, soort: str, plaats: str) -> tuple[str, str, str, dict[str, str]]:
    """(text before, value, text after in place of {g}, labels) of one value that fits `plaats`."""
    while True:
        voor, volgt, kenmerk = "", "", {}
        bestand = plaats == "bestandsnaam"
        if soort == "naam":
            voor, waarde, kenmerk = bron.naam(eenvoudig=bestand)
        elif soort == "school":
            waarde, volgt, vorm = bron.school()
            kenmerk = {"vorm": vorm}
        elif soort == "geboortedatum":
            waarde, vorm, volwassen = bron.geboortedatum()
            kenmerk = {"vorm": vorm, "leeftijd": "volwassene" if volwassen else "kind"}
        elif soort == "sociale-media":
            waarde, vorm = bron.sociale_media(zonder_pad=bestand)
            kenmerk = {"vorm": vorm}
        else:
            maak = {"adres": bron.adres, "telefoonnummer": bron.telefoon, "bsn": bron.bsn, "e-mail": bron.email,
                    "iban": bron.iban, "kenteken": bron.kenteken}[soort]
            waarde, vorm = maak()
            kenmerk = {"vorm": vorm}
        if not bestand or (BESTANDSNAAM.match(waarde) and "/" not in volgt):
            return voor, waarde, volgt, kenmerk


def _zin(bron: Bron, soort: str, plaats: str, deel: int, evasie: str) -> tuple[str, str, list[dict[str, str]]] | None:
    """One sentence with one value of `soort`, the evasion really used, and the value's labels."""
    rng = bron.rng
    voor, waarde, volgt, kenmerk = _waarde(bron, soort, plaats)
    if evasie != "geen":
        veranderd = EVASIES[evasie](waarde, rng)
        if veranderd is None or veranderd == waarde:
            return None
        waarde = veranderd
    sjablonen = zinnen(soort, PLEK[plaats], deel)
    if voor:  # a title or role: not as the name of a team, no role after a role
        sjablonen = [s for s in sjablonen if s != "Wijkteam {v}" and "(moeder)" not in s] or sjablonen
    platform = re.match(r"(?:https://www\.)?(instagram|facebook|tiktok|x\.com|linkedin|youtube)", waarde)
    if soort == "sociale-media" and platform:  # no YouTube channel on facebook.com
        sjablonen = [s for s in sjablonen if not PLATFORMS.search(s) or platform.group(1)[:5] in s.lower()]
    if kenmerk.get("vorm") == "snapchat-naam":  # a bare handle only with the platform named
        sjablonen = [s for s in sjablonen if PLATFORMS.search(s)]
    if kenmerk.get("vorm") == "postbus":  # a postbus only where post goes
        sjablonen = [s for s in sjablonen if re.search(r"(?i)post|brief|adres", s)]
    if not sjablonen:  # this value does not fit any sentence of this place: draw another
        return None
    sjabloon = rng.choice(sjablonen)
    if soort == "geboortedatum":  # an adult's date with a parent, a child's date with a child
        volwassen = bool(re.search(r"(?i)moeder|vader|oma|opa|paspoort", sjabloon.split("{v}")[0]))
        if volwassen != (kenmerk["leeftijd"] == "volwassene"):
            return None
    if voor and sjabloon.startswith("{v}") and plaats not in ("sleutel", "bestandsnaam"):
        voor = voor[0].upper() + voor[1:]
    tekst = sjabloon.replace("{v}", f"{voor}{{{soort}:{waarde}}}").replace("{g}", volgt)
    return tekst, evasie, [kenmerk]


def _waarden(bron: Bron, deel: int) -> list[tuple[str, str, str, list[dict[str, str]]]]:
    rng = bron.rng
    soorten = [s for s, n in AANTALLEN.items() for _ in range(n)]
    rng.shuffle(soorten)
    plaatsen = list(PLAATSEN)
    regels: list[tuple[str, str, str, list[dict[str, str]]]] = []
    gezien: set[str] = set()
    al: Counter[str] = Counter()
    while soorten:
        soort = soorten.pop()
        # every kind in every placement: the first seven values of a kind go round the placements
        plaats = plaatsen[al[soort]] if al[soort] < len(plaatsen) else \
            rng.choices(plaatsen, weights=list(PLAATSEN.values()))[0]
        al[soort] += 1
        while True:
            uit = _zin(bron, soort, plaats, deel, kies_evasie(plaats, rng))
            if uit and uit[0] not in gezien:
                break
        tekst, evasie, kenmerken = uit
        if plaats in ("toelichting", "citaat-gevouwen") and evasie == "geen" and soorten and rng.random() < 0.3 \
                and al[soorten[-1]] >= len(plaatsen):
            tweede = _zin(bron, soorten[-1], plaats, deel, "geen")
            if tweede:
                al[soorten.pop()] += 1
                tekst, kenmerken = f"{tekst} {tweede[0]}", kenmerken + tweede[2]
        gezien.add(tekst)
        regels.append((plaats, evasie, tekst, kenmerken))
    return regels


def _schoon(rng: random.Random, deel: int, verboden: set[str]) -> list[tuple[str, str, str]]:
    plaatsen = list(PLAATSEN)
    regels: list[tuple[str, str, str]] = []
    gezien = set(verboden)
    while len(regels) < SCHONE_REGELS:
        plaats = plaatsen[len(regels)] if len(regels) < len(plaatsen) else \
            rng.choices(plaatsen, weights=list(PLAATSEN.values()))[0]
        categorie, zin = rng.choice(schone_zinnen(PLEK[plaats], deel))
        tekst = schone_regel(zin, rng, deel)
        if PLEK[plaats] == "proza" and rng.random() < 0.25:
            tekst += " " + schone_regel(rng.choice(schone_zinnen("proza", deel))[1], rng, deel)
        if plaats == "bestandsnaam" and not BESTANDSNAAM.match(tekst):
            continue
        if tekst in gezien:
            continue
        gezien.add(tekst)
        regels.append((plaats, categorie, tekst))
    return regels


def schrijf(map_: Path) -> None:
    eerdere: set[str] = set()
    for deel, naam in enumerate(DELEN):
        rng = random.Random(f"vierde-privacycorpus-{naam}")
        waarden = _waarden(Bron(rng, deel), deel)
        schoon = _schoon(rng, deel, eerdere)
        eerdere |= {t for _, _, t in schoon}
        doel = map_ / naam
        doel.mkdir(parents=True, exist_ok=True)
        kop = KOP.format(deel=naam)
        kenmerken = [kop]
        regels = [kop, "# plaats\tontwijking\ttekst met {soort:waarde}\n"]
        for plaats, evasie, tekst, labels in waarden:
            regels.append(f"{plaats}\t{evasie}\t{tekst}\n")
            for index, label in enumerate(labels):
                paren = " ".join(f"{k}={v}" for k, v in label.items())
                kenmerken.append(f"waarden:{len(regels)}:{index}\t{paren}\n")
        (doel / "waarden.txt").write_text("".join(regels), encoding="utf-8")
        regels = [kop, "# plaats\ttekst\n"]
        for plaats, categorie, tekst in schoon:
            regels.append(f"{plaats}\t{tekst}\n")
            kenmerken.append(f"schoon:{len(regels)}\tcategorie={categorie}\n")
        (doel / "schoon.txt").write_text("".join(regels), encoding="utf-8")
        (doel / "kenmerken.txt").write_text("".join(kenmerken), encoding="utf-8")


if __name__ == "__main__":
    schrijf(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy")
