"""The cue before a name read by a set lookup (`eindwoorden.Eindwoord`) says exactly what its regular expression says,
also for text in other scripts, odd case pairs and white space."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkteamtoets.invoer.privacy.detectoren import ROL
from wijkteamtoets.invoer.privacy.eindwoorden import Eindwoord

REPO = Path(__file__).resolve().parent.parent
_RANG = r"jongste|oudste|middelste|tweede|derde"
_WOORD = (rf"{ROL}|met|over|volgens|namens|door|cliënte?|client|gesprek met|contact(?: met)?|sprak met|belde|"
          r"bellen met|aanwezig:|bij|betreft")
# the cue as a regular expression, as the name rules wrote it before
_CUE = re.compile(rf"(?i:\b(?:{_RANG})\s*,\s*|\b(?:{ROL})\s*,\s*|\b(?:{_WOORD})\s*[:(]?\s*)$")
_STERKE_CUE = re.compile(rf"(?i:\b(?:{ROL})\s*[:(,]?\s*|\b(?:{_RANG})\s*,\s*)$")

_CUE_KOMMA = Eindwoord(rf"{_RANG}|{ROL}", ",", verplicht=True)
_CUE_WOORD = Eindwoord(_WOORD, ":(", verplicht=False)
_STERK = (Eindwoord(ROL, ":(,", verplicht=False), Eindwoord(_RANG, ",", verplicht=True))


def _zelfde(voor: str) -> None:
    assert (_CUE_KOMMA(voor) or _CUE_WOORD(voor)) == (_CUE.search(voor) is not None), voor
    assert (_STERK[0](voor) or _STERK[1](voor)) == (_STERKE_CUE.search(voor) is not None), voor


def test_elk_venster_van_de_voorbeelden_zoals_de_regex() -> None:
    """The thirty characters before every word of every voorbeeld file, as the name rules ask."""
    vensters = 0
    for pad in sorted((REPO / "voorbeelden").rglob("*.yaml")):
        tekst = pad.read_text(encoding="utf-8")
        for woord in re.finditer(r"\w+", tekst):
            _zelfde(tekst[max(0, woord.start() - 30):woord.start()])
            vensters += 1
    assert vensters > 10_000


@pytest.mark.parametrize("voor", [
    "gesprek met ", "Gesprek met: ", "MOEDER (", "moeder ,  ", "de oudste, ", "Aanwezig: ", "aanwezig:", "dhr. ",
    "Mw.", "ex-partner ", "expartner ", "grootmoeder ", "stiefmoeder\n", "moeder\xa0", "overmoeder ", "_moeder ",
    "moeder_ ", "cliënte: ", "CLIËNTE ", "clïent ", "MOEDER:( ", "MOEDER,,", "moeder:\n", "contact met ", "contact ",
    "ſprak met ", "bıj ", "İn gesprek met ", "Kind ", "\u212aind ", "", " ", ",", "de heer ", "heer", "2moeder ",
    "moeder2 ", "ómoeder ", "vader-", "vader -", "ouder", "betreft:", "volgens(", "a" * 40,
])
def test_randgevallen_zoals_de_regex(voor: str) -> None:
    _zelfde(voor)


_STUKKEN = st.sampled_from(["moeder", "Moeder", "MOEDER", "met", "gesprek", "heer", "de", "oudste", "cliënt", "Cliënte",
                            "aanwezig", "dr", "mw", "ex", "partner", "K", "\u212a", "ſ", "İ", "ı", "ë", "Ë", "_", "-",
                            ".", ",", ":", "(", " ", "  ", "\n", "\xa0", "\t", "2", "x", "zoon", "kind", "jongste"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_STUKKEN, max_size=8).map("".join))
def test_willekeurige_vensters_zoals_de_regex(voor: str) -> None:
    _zelfde(voor)


def test_een_patroon_dat_geen_eindige_lijst_is_leest_de_regex() -> None:
    for woorden in (r"moe+der|vader", r"[mv]oeder", r"\w+der", r"moe.der"):
        eind = Eindwoord(woorden, ":", verplicht=False)
        regex = re.compile(rf"(?i:\b(?:{woorden})\s*[:]?\s*)$")
        for voor in ("moeder ", "moeeeder: ", "voeder", "vader :", "xmoeder", "moexder "):
            assert eind(voor) == (regex.search(voor) is not None), (woorden, voor)
