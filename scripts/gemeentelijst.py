"""Build src/wijkteamtoets/invoer/gemeenten.txt, the list of Dutch gemeenten, from the `deduce` wheel.

The list of gemeenten is public (CBS, "Gemeentelijke indeling"); `deduce` 3.0.6 (PyPI, LGPL-3.0-or-later,
https://github.com/vmenger/deduce) ships it in ``deduce/data/lookup/src/locations/lst_placename/
lst_municipality/items.txt`` in title case ("Bergen Op Zoom"). This script restores the official spelling,
drops the openbare lichamen of Caribisch Nederland (no gemeenten), keeps common alternative names as
aliases, and uses the official Frisian names that CBS uses. Run once, when the gemeentelijke indeling
changes:

    pip download --no-deps deduce==3.0.6 -d /tmp/deduce
    python scripts/gemeentelijst.py /tmp/deduce/deduce-3.0.6-py3-none-any.whl
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

LIJST = "deduce/data/lookup/src/locations/lst_placename/lst_municipality/items.txt"
DOEL = Path(__file__).resolve().parents[1] / "src" / "wijkteamtoets" / "invoer" / "gemeenten.txt"

KLEIN = {"En", "Op", "Aan", "Den", "De", "Van", "Bij"}
GEEN_GEMEENTE = {"Bonaire", "Saba", "Sint Eustatius"}  # openbare lichamen, no gemeenten
# deduce's name -> (CBS name, aliases). deduce lists Bergen twice (Limburg and Noord-Holland), Den Haag next
# to 's-Gravenhage, "Nuenen c.a." next to Nuenen, and three Frisian gemeenten by their former Dutch names.
OFFICIEEL = {
    "'s-Gravenhage": ("'s-Gravenhage", ["Den Haag"]),
    "Den Haag": None,
    "Nuenen c.a.": None,
    "Nuenen": ("Nuenen, Gerwen en Nederwetten", ["Nuenen", "Nuenen c.a."]),
    "De Friese Meren": ("De Fryske Marren", ["De Friese Meren"]),
    "Dantumadeel": ("Dantumadiel", ["Dantumadeel"]),
    "Tietjerksteradeel": ("Tytsjerksteradiel", ["Tietjerksteradeel"]),
}
TWEE_KEER = {"Bergen": [("Bergen (L.)", ["Bergen"]), ("Bergen (NH.)", ["Bergen"])]}


def spelling(naam: str) -> str:
    """'Capelle Aan Den IJssel' -> 'Capelle aan den IJssel', "'S-Gravenhage" -> "'s-Gravenhage"."""
    woorden = naam.split(" ")
    woorden = [woorden[0]] + [w.lower() if w in KLEIN else w for w in woorden[1:]]
    return " ".join(woorden).replace("'S-", "'s-")


def main(wiel: str) -> None:
    with zipfile.ZipFile(wiel) as zip_:
        namen = zip_.read(LIJST).decode("utf-8").split("\n")
    regels: list[str] = []
    for naam in sorted({spelling(n.strip()) for n in namen if n.strip()}):
        if naam in GEEN_GEMEENTE:
            continue
        for officieel, aliassen in TWEE_KEER.get(naam, [OFFICIEEL.get(naam, (naam, []))] if OFFICIEEL.get(naam, 1)
                                                   else []):
            regels.append(" | ".join([officieel, *aliassen]))
    kop = [
        "# De Nederlandse gemeenten, een per regel; na ' | ' andere namen die ook herkend worden.",
        f"# {len(regels)} gemeenten. Bron: de gemeentelijst in het PyPI-pakket deduce 3.0.6 (augustus 2025,",
        "# LGPL-3.0-or-later), bestand " + LIJST + ",",
        "# Gemaakt met scripts/gemeentelijst.py: officiele spelling, zonder de openbare lichamen Bonaire, Saba en",
        "# Sint Eustatius, met de Friese namen die het CBS gebruikt. Zo komt de lijst overeen met de gemeentelijke",
        "# indeling van het CBS per 1 januari 2025 (342 gemeenten). Bijwerken bij een herindeling: zie dat script.",
    ]
    DOEL.write_text("\n".join(kop + sorted(regels, key=str.casefold)) + "\n", encoding="utf-8")
    print(f"{len(regels)} gemeenten geschreven naar {DOEL}")


if __name__ == "__main__":
    main(sys.argv[1])
