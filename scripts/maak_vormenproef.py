"""Write the probe part ``tests/data/privacy/vormen-proef``: birth dates, BSNs, social media accounts, schools and
addresses in the many forms Dutch professionals write them (every date writing with Dutch and English months,
two-digit years, '°', '*', 'geb.', 'dob'; BSN labels glued or spaced and digit groups; handles and profile URLs of
every platform; every Dutch school type with groep, klas or leerjaar; addresses with additions, postcode and place,
in capitals and lowercase, Belgian and German), each in a sentence of a wijkteam file, report, school note, e-mail or
quote and in every placement; and clean lines that look like them but hold no personal data (meeting dates,
deadlines, case numbers, an organisation's account, the school in general).

Written from knowledge of the field before the detectors were read (issue 20), in the formats of
`tests/privacymeting.py`; ``kenmerken.txt`` labels each value with its form and context and each clean line with its
category. Seeded: ``python scripts/maak_vormenproef.py [MAP]`` writes the same files every time (into
``MAP/vormen-proef``, by default ``tests/data/privacy``).
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import vormenproef_data as d
from vormenproef_zinnen import KORT, SCHOON, ZINNEN

DEEL = "vormen-proef"
PLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "team", "commentaar", "sleutel", "bestandsnaam")
TEKSTPLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar")
SCHOONPLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar", "team", "sleutel")
AANTAL = {"geboortedatum": 84, "bsn": 56, "sociale-media": 70, "school": 70, "adres": 84}
_GEWICHTEN = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def _kenmerk(tekst: str) -> str:
    return tekst.replace(" ", "_").replace("\t", "_")


def datum(rng: random.Random, vorm: str, van: int = 1950, tot: int = 2024) -> str:
    """A random date between `van` and `tot` written in `vorm` (see `vormenproef_data.DATUMVORMEN`)."""
    dag = date(van, 1, 1) + timedelta(days=rng.randrange((date(tot, 12, 31) - date(van, 1, 1)).days))
    j, m, dd = dag.year, dag.month, dag.day
    vervang = {
        "dd-mm-jjjj": f"{dd:02d}-{m:02d}-{j}", "d-m-jjjj": f"{dd}-{m}-{j}", "dd/mm/jjjj": f"{dd:02d}/{m:02d}/{j}",
        "d/m/jjjj": f"{dd}/{m}/{j}", "dd.mm.jjjj": f"{dd:02d}.{m:02d}.{j}", "dd-mm-jj": f"{dd:02d}-{m:02d}-{j % 100:02d}",
        "d-m-'jj": f"{dd}-{m}-'{j % 100:02d}", "dd/mm/'jj": f"{dd:02d}/{m:02d}/'{j % 100:02d}",
        "d M jjjj": f"{dd} {d.MAANDEN[m - 1]} {j}", "d K jjjj": f"{dd} {d.MND[m - 1]} {j}",
        "d K. jjjj": f"{dd} {d.MND[m - 1]}{'.' if m != 5 else ''} {j}", "d K 'jj": f"{dd} {d.MND[m - 1]} '{j % 100:02d}",
        "d M 'jj": f"{dd} {d.MAANDEN[m - 1]} '{j % 100:02d}", "jjjj-mm-dd": f"{j}-{m:02d}-{dd:02d}",
        "ddmmjjjj": f"{dd:02d}{m:02d}{j}", "d E jjjj": f"{dd} {d.MONTHS[m - 1]} {j}",
        "E d, jjjj": f"{d.MONTHS[m - 1]} {dd}, {j}", "dd-e-jjjj": f"{dd:02d}-{d.MONTHS[m - 1][:3]}-{j}",
        "d e jjjj": f"{dd} {d.MONTHS[m - 1][:3]} {j}", "D M jjjj": f"{dd} {d.MAANDEN[m - 1].upper()} {j}",
        "d-M-jjjj": f"{dd}-{d.MAANDEN[m - 1]}-{j}", "dd.mm.jj": f"{dd:02d}.{m:02d}.{j % 100:02d}",
    }
    return vervang[vorm]


def elfproef(rng: random.Random) -> str:
    """A 9-digit number that passes the eleven test."""
    while True:
        cijfers = f"{rng.randrange(100_000_000, 999_999_999)}"
        if sum(int(c) * g for c, g in zip(cijfers, _GEWICHTEN, strict=True)) % 11 == 0:
            return cijfers


def _groepeer(cijfers: str, vorm: str) -> str:
    """`cijfers` grouped as in `vorm` (a pattern of nine digits with dots and spaces, such as ``1234.56.789``)."""
    uit, i = "", 0
    for teken in vorm:
        if teken.isdigit():
            uit += cijfers[i]
            i += 1
        else:
            uit += teken
    return uit


def _geboortedatum(rng: random.Random, i: int) -> tuple[str, list[str]]:
    vorm = d.DATUMVORMEN[i % len(d.DATUMVORMEN)]
    waarde = "{geboortedatum:" + datum(rng, vorm) + "}"
    if i % 7 == 3:
        context = rng.choice(d.GEBOORTE_MET_NAAM)
        tekst = context.format(n="{naam:" + rng.choice(d.VOORNAMEN) + "}", d=waarde)
    else:
        context = d.GEBOORTECONTEXTEN[(i * 5) % len(d.GEBOORTECONTEXTEN)]
        tekst = context.format(d=waarde)
    return tekst, [f"vorm=datum:{_kenmerk(vorm)}", f"context={_kenmerk(context.replace('{d}', '_'))}"]


def _bsn(rng: random.Random, i: int) -> tuple[str, list[str]]:
    vorm = d.BSN_VORMEN[i % len(d.BSN_VORMEN)]
    context = d.BSN_CONTEXTEN[(i * 3) % len(d.BSN_CONTEXTEN)]
    waarde = _groepeer(elfproef(rng), vorm)
    return context.format(b="{bsn:" + waarde + "}"), [f"vorm=bsn:{_kenmerk(vorm)}",
                                                      f"context={_kenmerk(context.replace('{b}', '_'))}"]


def _sociale_media(rng: random.Random, i: int) -> tuple[str, list[str]]:
    vorm = d.MEDIA_VORMEN[i % len(d.MEDIA_VORMEN)]
    handle = d.HANDLES[(i * 7) % len(d.HANDLES)]
    # the label covers the account: the handle with its @ or the URL; a platform word before it is context
    voor, _, na = vorm.partition("{h}")
    splits = 0 if "/" in voor else max(voor.rfind(" "), voor.rfind(":")) + 1
    tekst = voor[:splits] + "{sociale-media:" + voor[splits:] + handle + na + "}"
    return tekst, [f"vorm=media:{_kenmerk(vorm.replace('{h}', 'H'))}"]


def _school(rng: random.Random, i: int) -> tuple[str, list[str]]:
    scholen, klassen, niveau = ((d.SCHOLEN_PO, d.GROEPVORMEN, "po"), (d.SCHOLEN_VO, d.KLASVORMEN, "vo"),
                                (d.SCHOLEN_MBO, d.JAARVORMEN, "mbo"))[(0, 0, 1, 1, 2)[i % 5]]
    school = scholen[(i // 5) * 2 % len(scholen) if niveau == "po" else (i // 5) % len(scholen)]
    if niveau == "po" and i % 5 == 1:
        school = scholen[(i // 5 * 2 + 1) % len(scholen)]
    klas = klassen[(i * 3) % len(klassen)]
    schrijf = "klein" if i % 6 == 5 else "gewoon"
    if i % 4 == 2 and not klas.startswith(("(", ",")):
        tekst, vorm = f"{klas} van {school}", "klas-van-school"
    else:
        tekst, vorm = f"{school}{'' if klas.startswith(',') else ' '}{klas}", "school-klas"
    if schrijf == "klein":
        tekst = tekst.lower()
    return "{school:" + tekst + "}", [f"vorm=school:{niveau}-{vorm}", f"schrijfwijze={schrijf}"]


def _adres(rng: random.Random, i: int) -> tuple[str, list[str]]:
    context = d.ADRESCONTEXTEN[(i * 5) % len(d.ADRESCONTEXTEN)]
    if i % 7 == 6:
        adres, vorm = d.BUITENLAND[(i // 7) % len(d.BUITENLAND)], "buitenland"
    else:
        straat = d.STRATEN[i % len(d.STRATEN)]
        nummer = d.HUISNUMMERVORMEN[(i * 3) % len(d.HUISNUMMERVORMEN)].format(n=rng.randrange(1, 240))
        postcode, plaats = d.PLAATSEN[i % len(d.PLAATSEN)]
        aanvulling = i % 5
        adres = f"{straat} {nummer}"
        if aanvulling == 1:
            adres += f", {postcode} {plaats}"
        elif aanvulling == 2:
            adres += f" {plaats}"
        elif aanvulling == 3:
            adres += f", {postcode.replace(' ', '')}  {plaats}".replace("  ", " ")
        vorm = ("straat", "straat-postcode-plaats", "straat-plaats", "straat-postcode-vast", "straat")[aanvulling]
        if i % 6 == 1:
            adres, vorm = adres.upper(), vorm + "-hoofdletters"
        elif i % 6 == 4:
            adres, vorm = adres.lower(), vorm + "-klein"
    return context.format(a="{adres:" + adres + "}"), [f"vorm=adres:{vorm}",
                                                        f"context={_kenmerk(context.replace('{a}', '_'))}"]


MAKERS = {"geboortedatum": _geboortedatum, "bsn": _bsn, "sociale-media": _sociale_media, "school": _school,
          "adres": _adres}


def maak(rng: random.Random) -> tuple[list[str], list[str], list[str]]:
    waarden = [f"# plaats\tontwijking\ttekst met {{soort:waarde}} ({DEEL}: vormen van vijf soorten)"]
    schoon = [f"# plaats\tschone tekst ({DEEL})"]
    kenmerken = ["# waarden:<regel>:<index> of schoon:<regel>, dan de kenmerken"]
    for soort, aantal in AANTAL.items():
        for i in range(aantal):
            tekst, labels = MAKERS[soort](rng, i)
            plaats = PLAATSEN[(i + len(soort)) % len(PLAATSEN)]
            frame = rng.choice(ZINNEN[soort] if plaats in TEKSTPLAATSEN else KORT)
            regel = frame.replace("{x}", tekst)
            waarden.append(f"{plaats}\tgeen\t{regel}")
            index = regel.index("{" + soort + ":")
            positie = regel[:index].count("{")  # a name label may come first
            kenmerken.append(f"waarden:{len(waarden)}:{positie}\t" + " ".join(labels))
            if "{naam:" in regel:
                kenmerken.append(f"waarden:{len(waarden)}:{1 - positie}\tvorm=naam-bij-datum")
    teller = 0
    for categorie, zinnen in SCHOON.items():
        herhaal = 3 if categorie == "vergaderdatum" else 2 if categorie == "zaaknummer" else 1
        for _ in range(herhaal):
            for zin in zinnen:
                vorm = rng.choice(d.DATUMVORMEN)
                tekst = zin.replace("{d}", datum(rng, vorm, 2015, 2026)).replace("{n}", elfproef(rng))
                schoon.append(f"{SCHOONPLAATSEN[teller % len(SCHOONPLAATSEN)]}\t{tekst}")
                kenmerken.append(f"schoon:{len(schoon)}\tcategorie={categorie}")
                teller += 1
    return waarden, schoon, kenmerken


def main() -> None:
    uit = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
    map_ = uit / DEEL
    map_.mkdir(parents=True, exist_ok=True)
    waarden, schoon, kenmerken = maak(random.Random(20261206))
    for naam, regels in (("waarden.txt", waarden), ("schoon.txt", schoon), ("kenmerken.txt", kenmerken)):
        (map_ / naam).write_text("\n".join(regels) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
