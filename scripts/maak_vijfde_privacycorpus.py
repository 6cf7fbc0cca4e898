"""Write the fifth labelled privacy corpus: `tests/data/privacy/vijfde-a/` and `vijfde-b/`.

Made without looking at the detector or at the other corpora, in the style of gemeente quality staff: short,
telegraphic dossier notes, keys and file names. Each part has its own names, streets, schools and sentences. Every
value stands in one of seven placements, some with an evasion; `kenmerken.txt` labels every name with its origin and
writing, every other value with its form and every clean line with its category. Fixed seed: running it again writes
the same files. Only for measuring: nobody tunes the detector on this corpus.

    python scripts/maak_vijfde_privacycorpus.py [MAP]   (default: tests/data/privacy)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vijfde_waarden as w
from vijfde_evasies import ESCAPE_PLAATSEN, EVASIES
from vijfde_namen import DUBBELE_VOORNAMEN, namen
from vijfde_schoon import schone_zinnen
from vijfde_zinnen import BESTAND, LEAD, SLEUTEL, TEAM, proza

ZAAD = 5052026
PLAATSEN = ["toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam"]
AANTAL = {"naam": 100, "adres": 70, "bsn": 40, "telefoonnummer": 40, "e-mail": 40, "iban": 40, "geboortedatum": 40,
          "kenteken": 40, "sociale-media": 40, "school": 40}
SCHOON_PER_DEEL = 840
PARTIKELS = ("van ", "de ", "ter ", "den ", "der ", "'t ")
SCHRIJFWIJZEN = ["volledig"] * 5 + ["voorletters", "voorletters", "klein", "klein", "hoofdletters", "achternaam",
                                    "achternaam-komma", "voornaam", "roepnaam", "dubbel"]


def _persoon(rng: random.Random, deel: str, herkomst: str) -> tuple[str, str]:
    voornamen, achternamen, _ = namen(deel)[herkomst]
    return rng.choice(voornamen), rng.choice(achternamen)


def naam(rng: random.Random, deel: str, herkomst: str) -> tuple[str, str]:
    """A name of `herkomst` in a writing people use, and the label of that writing."""
    voornaam, achternaam = _persoon(rng, deel, herkomst)
    roepnamen = namen(deel)[herkomst][2]
    if herkomst == "vietnamees":
        achternaam = f"{achternaam} {rng.choice(['Thị', 'Văn'])}"
    schrijfwijze = rng.choice(SCHRIJFWIJZEN)
    volledig = f"{achternaam} {voornaam}" if herkomst in {"vietnamees", "chinees"} else f"{voornaam} {achternaam}"
    if schrijfwijze == "voorletters":
        letters = "".join(d[0] + "." for d in voornaam.split())
        waarde = f"{letters} {achternaam}" if rng.random() < 0.7 else f"{letters}{rng.choice('ABHJMS')}. {achternaam}"
    elif schrijfwijze == "klein":
        waarde = volledig.lower()
    elif schrijfwijze == "hoofdletters":
        waarde = volledig.upper()
    elif schrijfwijze == "achternaam":
        waarde = achternaam
    elif schrijfwijze == "achternaam-komma":
        partikel = next((p for p in PARTIKELS if achternaam.startswith(p)), "")
        if partikel and rng.random() < 0.6:  # register order: particle at the end
            waarde = f"{achternaam[len(partikel):]}, {voornaam} {partikel.strip()}"
        else:
            waarde = f"{achternaam}, {voornaam}"
    elif schrijfwijze == "voornaam":
        waarde = voornaam
    elif schrijfwijze == "roepnaam":
        waarde = rng.choice(roepnamen)
    elif schrijfwijze == "dubbel":
        if rng.random() < 0.5:
            waarde = f"{rng.choice(DUBBELE_VOORNAMEN[deel])} {_persoon(rng, deel, 'nederlands')[1]}"
        else:
            waarde = f"{voornaam} {achternaam}-{_persoon(rng, deel, 'nederlands')[1]}"
    else:
        waarde = volledig
    if schrijfwijze in {"volledig", "klein"} and achternaam.lower().startswith(PARTIKELS):
        schrijfwijze += "-tussenvoegsel"
    return waarde, schrijfwijze


def waarde(rng: random.Random, deel: str, soort: str, herkomst: str) -> tuple[str, list[str], str]:
    """(value, labels, text before the value) of one kind."""
    if soort == "naam":
        tekst, schrijfwijze = naam(rng, deel, herkomst)
        return tekst, [f"herkomst={herkomst}", f"schrijfwijze={schrijfwijze}"], ""
    voor = ""
    if soort in {"e-mail", "sociale-media"}:
        tekst, vorm = (w.email if soort == "e-mail" else w.sociale_media)(rng, *_persoon(rng, deel, herkomst))
        if soort == "sociale-media" and vorm == "kaal":
            voor = rng.choice(["snap: ", "insta: ", "tiktok account "])
    elif soort in {"adres", "school"}:
        tekst, vorm = (w.adres if soort == "adres" else w.school)(rng, deel)
    else:
        maker = {"bsn": w.bsn, "telefoonnummer": w.telefoon, "iban": w.iban, "geboortedatum": w.geboortedatum,
                 "kenteken": w.kenteken}[soort]
        tekst, vorm = maker(rng)
    return tekst, ["vorm=" + vorm.replace(" ", "_")], voor


def _evasie(rng: random.Random, plaats: str, tekst: str) -> tuple[str, str]:
    if rng.random() > 0.22:
        return "geen", tekst
    keuzes = sorted(EVASIES) if plaats != "bestandsnaam" else ["cyrillisch", "volle-breedte", "zero-width"]
    keuzes = [k for k in keuzes if k != "yaml-escape" or plaats in ESCAPE_PLAATSEN]
    for _ in range(6):
        soort = rng.choice(keuzes)
        nieuw = EVASIES[soort](tekst, rng)
        if nieuw is not None and nieuw != tekst:
            return soort, nieuw
    return "geen", tekst


def _zin(rng: random.Random, deel: str, soort: str, plaats: str) -> str:
    lead = rng.choice(LEAD[soort])
    if plaats == "team":
        return rng.choice(TEAM[deel]).replace("{lead}", lead)
    if plaats == "sleutel":
        return rng.choice(SLEUTEL[deel]).replace("{lead}", lead)
    if plaats == "bestandsnaam":
        return rng.choice(BESTAND[deel]).replace("{lead}", lead).replace("{nr}", f"{rng.randint(1, 240):03d}")
    return rng.choice(proza(soort, deel))


def maak(deel: str, rng: random.Random, verboden: set[str]) -> tuple[list[str], list[str], list[str]]:
    waarden = ["# plaats\tontwijking\ttekst met {soort:waarde} (vijfde corpus, deel " + deel + ")"]
    kenmerken = ["# waarden:<regel>:<index> of schoon:<regel>, dan de kenmerken"]
    herkomsten = sorted(namen(deel))
    for soort, aantal in AANTAL.items():
        plaatsen = [PLAATSEN[i % len(PLAATSEN)] for i in range(aantal)]
        rng.shuffle(plaatsen)
        for i, plaats in enumerate(plaatsen):
            herkomst = herkomsten[(i + len(soort)) % len(herkomsten)]
            while True:
                tekst, labels, voor = waarde(rng, deel, soort, herkomst)
                if plaats != "bestandsnaam" or not any(c in tekst for c in "/:"):
                    break
            evasie, tekst = _evasie(rng, plaats, tekst)
            zin = _zin(rng, deel, soort, plaats)
            waarden.append(f"{plaats}\t{evasie}\t" + zin.replace("{}", voor + "{" + soort + ":" + tekst + "}", 1))
            kenmerken.append(f"waarden:{len(waarden)}:0\t" + " ".join(labels))
    schoon = ["# plaats\tschone tekst (vijfde corpus, deel " + deel + ")"]
    for i, (categorie, tekst) in enumerate(schone_zinnen(deel, SCHOON_PER_DEEL, rng, verboden)):
        plaats = PLAATSEN[i % len(PLAATSEN)]
        if plaats == "bestandsnaam" and any(c in tekst for c in "/:"):
            plaats = "sleutel"
        schoon.append(f"{plaats}\t{tekst}")
        kenmerken.append(f"schoon:{len(schoon)}\tcategorie={categorie}")
    return waarden, schoon, kenmerken


def main() -> None:
    uit = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
    rng = random.Random(ZAAD)
    gezien: set[str] = set()
    for deel in ("a", "b"):
        waarden, schoon, kenmerken = maak(deel, rng, gezien)
        gezien |= {r.split("\t")[1] for r in schoon[1:]}
        map_ = uit / f"vijfde-{deel}"
        map_.mkdir(parents=True, exist_ok=True)
        for naam_, regels in (("waarden.txt", waarden), ("schoon.txt", schoon), ("kenmerken.txt", kenmerken)):
            (map_ / naam_).write_text("\n".join(regels) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
