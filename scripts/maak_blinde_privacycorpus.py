"""Write the blind held-out privacy corpus: ``tests/data/privacy/blind/{waarden,schoon,kenmerken}.txt``.

Made independently of the detector and of ``maak_privacycorpus.py`` (other names, other templates, other
forms), modelled on how an outside tester attacks: corpus A plants values in toelichtingen, quoted and wrapped
over lines, often two per line; corpus B plants one value per line in a toelichting, citaat, team field, comment,
key or file name. Never tune the detector on this part. Run: ``python scripts/maak_blinde_privacycorpus.py``.

Formats (read by ``tests/privacymeting.py``): ``waarden.txt`` lines ``placement<TAB>evasion<TAB>text`` with
values marked ``{soort:waarde}``; ``schoon.txt`` lines ``placement<TAB>text``; ``kenmerken.txt`` lines
``waarden:<line>:<label>`` or ``schoon:<line>``, a tab, and ``key=value`` pairs (corpus, herkomst,
schrijfwijze, vorm, categorie) so that recall can be reported per origin, writing and form.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blinde_schoon
import blinde_waarden as bw
from blinde_evasies import kies_evasie
from blinde_namen import HERKOMSTEN

ZAAD = 20261206
DOEL = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy" / "blind"
PLAATSEN_B = ["toelichting", "citaat", "team", "commentaar", "sleutel", "bestandsnaam"]

# Where a value stands, per kind: sentences of a toelichting or citaat (B and A) and short texts for a team
# field, a comment, a key or a file name. {w} is the value.
ZINNEN: dict[str, list[str]] = {
    "naam": ["Gesprek met moeder {w} over de schoolgang van de kinderen.",
             "Casusregisseur heeft op verzoek van de huisarts contact gezocht met {w}.",
             "Vader ({w}) was niet aanwezig bij het keukentafelgesprek.",
             "{w} geeft aan dat de schulden zijn opgelopen na het vertrek van de partner.",
             "Oudste zoon {w} verzuimt structureel; leerplicht is ingeschakeld.",
             "De buurvrouw, {w}, heeft een zorgmelding gedaan bij het wijkteam.",
             "Volgens de mentor gaat het beter met {w} sinds de start van de training.",
             "In het dossier ontbreekt een handtekening van {w} onder het plan.",
             "Er is geen tolk geregeld voor het gesprek met {w}, terwijl dat wel was afgesproken.",
             "De melding bij Veilig Thuis betreft {w} en twee jonge kinderen.",
             "De gezinscoach heeft {w} doorverwezen naar het maatschappelijk werk.",
             "Ik heb {w} al drie keer gebeld maar er wordt niet opgenomen.",
             "Mijn dochter {w} wil niet meer naar school.",
             "Oma {w} zorgt in de weekenden voor de jongste twee.",
             "Stiefvader {w} heeft een contactverbod.",
             "De jeugdbeschermer noemt {w} als steunfiguur in het netwerk."],
    "bsn": ["Het BSN van de jongste, {w}, staat in de aanmelding.", "Moeder (burgerservicenummer {w}) is aangemeld.",
            "Aanvraag bijzondere bijstand op BSN {w} is afgewezen.", "bsn-nr. {w} volgens Suwinet.",
            "Het sofinummer {w} staat nog op de oude beschikking.", "Controle in BRP op {w} leverde geen adres op."],
    "telefoonnummer": ["Moeder is bereikbaar op {w}, liefst na drie uur.", "Terugbellen naar {w} is niet gelukt.",
                       "U kunt mij altijd bellen op {w}.", "Tante in Antwerpen: {w}.",
                       "De vader werkt in Duitsland en heeft een ander nummer: {w}.",
                       "Contact via WhatsApp op {w} volgens de school."],
    "e-mail": ["De brief is gemaild naar {w} maar kwam terug.", "Mijn mail is {w}, stuur het daar maar heen.",
               "Afspraken bevestigd per e-mail aan {w}.", "Ouder vraagt correspondentie via {w}."],
    "iban": ["Toeslagen worden gestort op {w}.", "Het leefgeld gaat naar rekening {w}.",
             "Beschermingsbewind beheert IBAN {w}.", "Vader betaalt alimentatie vanaf {w}.",
             "Op de tweede rekening {w} staat nog een schuld."],
    "adres": ["Het gezin woont sinds kort op {w} in een te kleine flat.", "Huisbezoek afgelegd op {w}.",
              "Oom woont op {w} en vangt de jongen soms op.", "Post gaat naar {w}.",
              "Nieuw woonadres volgens moeder: {w}."],
    "geboortedatum": ["De jongste ({c}) heeft een ontwikkelingsachterstand.", "Zoon, {c}, zit thuis.",
                      "Het kind is {c} en heeft astma.", "Moeder, {c}, heeft zelf een jeugdzorgverleden."],
    "kenteken": ["Vader rijdt in een grijze Opel met kenteken {w}.", "De scooter ({w}) staat op naam van de oom.",
                 "Buren melden een busje met {w} dat 's nachts voor de deur staat.", "Boete voor de auto {w} ligt bij het CJIB."],
    "school": ["De middelste zit in {w} en doet het redelijk.", "Intern begeleider van {w} maakt zich zorgen.",
               "Verzuim gemeld door {w}.", "Ze zit sinds de herfstvakantie in {w}."],
    "sociale-media": ["Het meisje wordt benaderd via {w}.", "Dreigberichten kwamen binnen via {w}.",
                      "Moeder plaatst foto's van de kinderen op {w}."],
}
KORT: dict[str, list[str]] = {
    "naam": ["{w}", "gezin {w}", "contact {w}", "moeder {w}", "{w} gesprek"],
    "bsn": ["bsn {w}", "BSN {w}", "{w}", "burgerservicenummer {w}"],
    "telefoonnummer": ["tel {w}", "{w}", "mobiel {w}", "bellen {w}"],
    "e-mail": ["{w}", "mail {w}", "e-mail: {w}"],
    "iban": ["iban {w}", "{w}", "rekening {w}"],
    "adres": ["{w}", "adres {w}", "woont {w}"],
    "geboortedatum": ["{c}", "kind {c}"],
    "kenteken": ["kenteken {w}", "auto {w}", "{w}"],
    "school": ["{w}", "school: {w}"],
    "sociale-media": ["{w}", "account {w}"],
}
AANTALLEN_B = {"naam": 230, "bsn": 36, "telefoonnummer": 50, "e-mail": 32, "iban": 32, "adres": 56,
               "geboortedatum": 36, "kenteken": 28, "school": 20, "sociale-media": 10}


def _waarde(soort: str, rng: random.Random, herkomst: str | None = None) -> tuple[str, str, dict[str, str]]:
    """(prefix outside the value, value, features)."""
    if soort == "naam":
        w, kenmerk = bw.naam(rng, herkomst)
        return bw.titel(kenmerk["schrijfwijze"], rng), w, kenmerk
    if soort == "adres" and rng.random() < 0.3:
        w, vorm = bw.postcode(rng)
        return "", w, {"vorm": vorm}
    maker: dict[str, Callable[[random.Random], tuple[str, str]]] = {
        "bsn": bw.bsn, "telefoonnummer": bw.telefoon, "e-mail": bw.email, "iban": bw.iban, "adres": bw.adres,
        "kenteken": bw.kenteken, "school": bw.school, "sociale-media": bw.sociale_media}
    w, vorm = maker[soort](rng)
    return bw.VOOR_WAARDE.get(vorm, ""), w, {"vorm": vorm}


def _plant(soort: str, plaats: str, rng: random.Random, herkomst: str | None = None,
           zinnen: bool = True) -> tuple[str, str, dict[str, str]]:
    """(labelled text, evasion, features) for one value of `soort` in `plaats`."""
    if soort == "geboortedatum":
        context, w, vorm = bw.geboortedatum(rng)
        evasie, w = kies_evasie(plaats, w, rng)
        gelabeld = context.replace("{w}", "{geboortedatum:" + w + "}")
        sjabloon = rng.choice(ZINNEN[soort] if zinnen else KORT[soort])
        return sjabloon.replace("{c}", gelabeld), evasie, {"vorm": vorm, "ontwijking": evasie}
    prefix, w, kenmerk = _waarde(soort, rng, herkomst)
    evasie, w = kies_evasie(plaats, w, rng)
    sjablonen = ZINNEN[soort] if zinnen else KORT[soort]
    if prefix and soort == "naam":  # 'mw. A. Kaya', 'meneer Bennani': only where a title fits
        sjablonen = [s for s in sjablonen if re.search(r"(^|met |van |, )\{w\}", s)] or ["{w}"]
    sjabloon = rng.choice(sjablonen)
    tekst = sjabloon.replace("{w}", prefix + "{" + soort + ":" + w + "}")
    kenmerk = {**kenmerk, "ontwijking": evasie}
    return tekst[0].upper() + tekst[1:] if zinnen and prefix and soort == "naam" else tekst, evasie, kenmerk


def corpus_b(rng: random.Random) -> list[tuple[str, str, str, list[dict[str, str]]]]:
    regels = []
    herkomsten = sorted(HERKOMSTEN)
    for soort, aantal in AANTALLEN_B.items():
        for i in range(aantal):
            plaats = PLAATSEN_B[i % len(PLAATSEN_B)]
            herkomst = herkomsten[(i // len(PLAATSEN_B) + i) % len(herkomsten)] if soort == "naam" else None
            tekst, evasie, kenmerk = _plant(soort, plaats, rng, herkomst, zinnen=plaats in ("toelichting", "citaat"))
            regels.append((plaats, evasie, tekst, [{"corpus": "B", **kenmerk}]))
    return regels


def corpus_a(rng: random.Random, aantal: int = 90) -> list[tuple[str, str, str, list[dict[str, str]]]]:
    """Two or three values per toelichting, wrapped over lines (folded or double-quoted)."""
    regels = []
    soorten = [s for s in AANTALLEN_B if s != "naam"]
    for i in range(aantal):
        plaats = "toelichting" if i % 2 else "citaat-gevouwen"
        delen, kenmerken, evasies = [], [], []
        for soort in ["naam", rng.choice(soorten)] + ([rng.choice(soorten)] if i % 3 == 0 else []):
            tekst, evasie, kenmerk = _plant(soort, plaats, rng)
            delen.append(tekst)
            kenmerken.append({"corpus": "A", **kenmerk})
            evasies.append(evasie)
        echte = sorted({e for e in evasies if e != "geen"})
        evasie = "geen" if not echte else echte[0] if len(echte) == 1 else "gemengd"
        if "yaml-escape" in echte:  # the measurement then keeps backslashes as YAML escapes for the whole line
            evasie = "yaml-escape"
        regels.append((plaats, evasie, " ".join(delen), kenmerken))
    return regels


def main(doel: Path = DOEL) -> None:
    rng = random.Random(ZAAD)
    waarden = corpus_b(rng) + corpus_a(rng)
    rng.shuffle(waarden)
    schoon = blinde_schoon.regels(rng)
    doel.mkdir(parents=True, exist_ok=True)
    kop_w = [f"# blind: planted values, made by scripts/maak_blinde_privacycorpus.py (seed {ZAAD}); all invented.",
             "# placement<TAB>evasion<TAB>text with {soort:waarde}; never tune the detector on this part."]
    kop_s = [f"# blind: clean inspector prose, made by scripts/maak_blinde_privacycorpus.py (seed {ZAAD}).",
             "# placement<TAB>text"]
    w_regels = kop_w + [f"{p}\t{e}\t{t}" for p, e, t, _ in waarden]
    s_regels = kop_s + [f"{p}\t{t}" for p, t, _ in schoon]
    kenmerken = []
    for nummer, (_, _, _, km) in enumerate(waarden, start=len(kop_w) + 1):
        for index, k in enumerate(km):
            kenmerken.append(f"waarden:{nummer}:{index}\t" + " ".join(f"{a}={b}" for a, b in k.items()))
    for nummer, (_, _, categorie) in enumerate(schoon, start=len(kop_s) + 1):
        kenmerken.append(f"schoon:{nummer}\tcategorie={categorie}")
    for naam, regels in (("waarden", w_regels), ("schoon", s_regels), ("kenmerken", kenmerken)):
        assert all("\n" not in r and r.count("\t") <= 2 for r in regels)
        (doel / f"{naam}.txt").write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"{len(waarden)} regels met {sum(len(k) for *_, k in waarden)} waarden, {len(schoon)} schone regels")


if __name__ == "__main__":
    main()
