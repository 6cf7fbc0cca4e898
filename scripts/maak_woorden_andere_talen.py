"""Writes `src/wijkteamtoets/invoer/privacy/woorden-andere-talen.txt`: the common words of Polish and Turkish that
Dutch does not write, from wordfreq's lists. The privacy scan reads them to tell a Polish or Turkish sentence mixed
into a Dutch note ("Dobrze, we bellen over szkoła jutro", "Tamam, we gaan naar de belediye") and to keep its words
from being read as names (`invoer.privacy.andere_talen`). Usage: ``python scripts/maak_woorden_andere_talen.py``.

A word is taken when it is at least 4.5 on wordfreq's Zipf scale in its language (about one in 30,000 words and
commoner), is letters only and three or more of them, and is rarer than 2.0 in Dutch. Names are not left out here:
the scan never reads a word that a name list knows as a word of another language.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import wordfreq

TALEN = {"pl": "Polish", "tr": "Turkish"}
GRENS = 4.5  # Zipf in the language itself
NEDERLANDS = 2.0  # Zipf in Dutch: a word at least this common in Dutch is Dutch too
UIT = Path(__file__).resolve().parent.parent / "src" / "wijkteamtoets" / "invoer" / "privacy" / "woorden-andere-talen.txt"


def woorden(taal: str) -> list[str]:
    gevonden = []
    for woord in wordfreq.iter_wordlist(taal, wordlist="best"):
        frequentie = wordfreq.zipf_frequency(woord, taal, wordlist="best")
        if frequentie < GRENS:
            break  # the list is sorted from common to rare
        if woord.isalpha() and len(woord) >= 3 and wordfreq.zipf_frequency(woord, "nl", wordlist="best") < NEDERLANDS:
            gevonden.append(woord)
    return sorted(gevonden)


def main() -> None:
    regels = [f"# Common words of {' and '.join(TALEN.values())} that Dutch does not write, made by",
              f"# scripts/maak_woorden_andere_talen.py from wordfreq {importlib.metadata.version('wordfreq')}",
              f"# (Zipf >= {GRENS} in the language, < {NEDERLANDS} in Dutch). Do not edit by hand."]
    aantal = 0
    for taal in TALEN:
        regels.append(f"[{taal}]")
        lijst = woorden(taal)
        aantal += len(lijst)
        regels += [" ".join(lijst[i:i + 12]) for i in range(0, len(lijst), 12)]
    UIT.write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"{UIT}: {aantal} woorden")


if __name__ == "__main__":
    main()
