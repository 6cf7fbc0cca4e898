"""Finding personal data in one piece of text: the part of the privacy scan that needs no large model.

Owns: the registry of kinds (`soorten`: one entry per kind with its code, detector, priority and mask),
normalising a text as a reader sees it with the way back to original offsets (`normaliseren`), the word
lists (`lijsten`: deduce's lists, first names of many countries, Dutch word frequencies, and the data file
`geen-personen.txt` of organisations and teams that are no persons; `woordblok` for a list too large to make a set
of in every process, deduce's street names), the detectors of every kind but names
(`detectoren`; `adressen` for postcodes and streets with their postcode and place, with `straten` for a street
with its house number, read by the words Dutch street names are made of in `straatnamen`; `kentekens` for
kentekens without hyphens; `scholen` for a pupil's school with its groep or klas, with `schoolvormen` for the
other ways Dutch names one and `schoolbezoek` for a school one child attends; `sociale_media` for accounts
and profile URLs; `tabelcellen` for every cell of a table under a header of personal data, with `tabelkop` for the
tables and `kolomsoorten` for their column labels) and
of names (`namen`: the fast rules and organisations that are no persons; `breed`: names of every origin and
in any case, with `eindwoorden` for the cue words before a name; `zinsbouw`: names by their place in a
sentence and by how they are written; `vormen`: names in capitals and surname-comma-first-name; `organisaties`: organisations named
after a person by their organisation word, gemeenten of several words, and teams named after a street's
namesake; `verwijzingen`: a method's maker, an institution, a place or a school written in the frames Dutch
prose uses for them ("de piramide van Maslow", "behandeld in", "bij de Haven", "De Nicolaas Beets"); `herhaling`:
a name found once, found again wherever its words stand alone; `onderwerp`: whether a capitalised word that
opens a sentence is a person, and seasons, months and feasts that are a time). `controles.privacy` reads a
whole file with this and adds deduce's name recognition on top; `invoer.persoonsgegevens` masks values in messages with it.

May import: nothing of the package outside `invoer`.
"""

from __future__ import annotations

from .normaliseren import Genormaliseerd, normaliseer, normaliseer_met_bron
from .soorten import REGISTER, SOORTEN, Soort, zoek, zoek_genormaliseerd, zonder_overlap
from .treffer import Treffer

__all__ = ["REGISTER", "SOORTEN", "Genormaliseerd", "Soort", "Treffer", "normaliseer", "normaliseer_met_bron",
           "zoek", "zoek_genormaliseerd", "zonder_overlap"]
