"""Cells of a table or CSV export under a header that names its columns ("Naam;Geb.datum;BSN;Adres",
"| Naam | Geboortedatum | School |", "naam,geb. datum,telefoon").

A header of at least two known column labels with one separator (``;``, ``,``, ``|`` or TAB), standing on its own
(at the start of a line or after a bracket or colon; with commas also a line break, bracket, colon or pipe after
it), makes the
text after it a table: its cells are the pieces between separators, up to the next header and at most about 200
characters per column. A header with a label this module does not know is no header (a column of dates of
conversations must not make them birth dates). Detectors ask for the cells of tables with a column of their kind
(`cellen`) and judge a cell's text themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon

# the labels of a column, by the kind of value it holds; a label not of a kind asked for still counts as a column
_KOLOMMEN = {
    "geboortedatum": r"geb\.?\s?datum|geboortedatum|geboortedag|geboren|geb\.|dob|date\s+of\s+birth|birth\s?date",
    "school": r"school|basisschool|schoolnaam|naam\s+school|onderwijs|onderwijsinstelling",
    "naam": r"naam|namen|voornaam|achternaam|roepnaam|voorletters|naam\s+kind|naam\s+ouder|client|cliënt|kind",
    "bsn": r"bsn|burgerservicenummer|sofinummer",
    "adres": r"adres|woonadres|straat|huisnummer|postcode|woonplaats|plaats|postcode\s+en\s+plaats",
    "telefoon": r"telefoon|telefoonnummer|tel\.?|tel\.?\s?nr\.?|mobiel|gsm|e-?mail|e-?mailadres",
    "overig": r"groep|klas|leerjaar|relatie|rol|leeftijd|geslacht|iban|nationaliteit|taal|gezinsrol|opmerking"
              r"|opmerkingen|zorgniveau|status",
}
_LABEL = "|".join(f"(?:{v})" for v in _KOLOMMEN.values())
_LABELS = {soort: patroon(rf"(?:{v})\Z", re.IGNORECASE) for soort, v in _KOLOMMEN.items()}
# at least two labels with one separator; a label ends at a separator, a bracket, a colon or the end of a line
_KOP = patroon(rf"(?<![\w.-])(?:{_LABEL})[ ]{{0,3}}(?P<scheiding>[;,|\t])[ ]{{0,3}}(?:{_LABEL})"
               rf"(?:[ ]{{0,3}}(?P=scheiding)[ ]{{0,3}}(?:{_LABEL})){{0,14}}(?![\w-])",
               re.IGNORECASE)
# a header stands on its own: at the start of a line or after a bracket, colon or pipe; with commas also a line
# break, a closing bracket, a colon or a pipe after it (not a list of words in prose: "naam, geboortedatum, adres en
# bsn ontbreken"); a normalised text has its line breaks as spaces, so after ";" or "|" a row may follow a space
_VOOR_KOP = patroon(r"(?:\A|[\n(:|])[ \t]*\Z")
_NA_KOP = patroon(r"[ \t]*(?:[\n|)\]:]|\Z)")
# the header goes on with a column of its own (not a row after "|"), or the next cell names a column of dates
_NOG_EEN_KOLOM = patroon(r"[ \t]{0,3}[;,\t][ \t]{0,3}[^\W\d_]")
_DATUMKOLOM = patroon(r"(?i:datum|date|periode)")
# a cell: text between separators, stripped of spaces
_CEL = patroon(r"[^;,|\t\n ](?:[^;,|\t\n]*[^;,|\t\n ])?")


def cellen(tekst: str, soort: str) -> Iterator[tuple[int, int]]:
    """The spans (stripped of spaces) of the cells of the tables in `tekst` whose header names a column of `soort`.

    A normalised text has its line breaks as spaces, so rows run on and a cell may hold the end of one row and the
    start of the next: a caller judges each cell by its text (a cell that is a date and nothing else, in a table
    whose only column of dates holds birth dates) rather than by its column."""
    if not any(teken in tekst for teken in ";,|\t"):
        return
    koppen = list(_KOP.finditer(tekst))
    for index, kop in enumerate(koppen):
        namen = [_soort(label) for label in re.split(r"\s*[;,|\t]\s*", kop.group().strip())]
        if soort not in namen or not _VOOR_KOP.search(tekst[max(0, kop.start() - 20):kop.start()]) \
                or (kop.group("scheiding") == "," and not _NA_KOP.match(tekst, kop.end())):
            continue
        eind = koppen[index + 1].start() if index + 1 < len(koppen) else len(tekst)
        volgende = _CEL.search(tekst, kop.end(), eind)
        if volgende is not None and (_DATUMKOLOM.search(volgende.group()) or (
                kop.group("scheiding") != "|" and _NOG_EEN_KOLOM.match(tekst, kop.end()))):
            continue  # the header runs on with a column it does not know: "Naam;Geb.datum;Startdatum"
        for cel in _CEL.finditer(tekst, kop.end(), min(eind, kop.end() + 200 * len(namen))):
            yield cel.start(), cel.end()


def _soort(label: str) -> str:
    label = " ".join(label.split())
    return next((s for s, p in _LABELS.items() if p.match(label)), "overig")
