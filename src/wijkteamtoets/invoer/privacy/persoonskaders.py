"""Names in the frames of mails, chats, home visits and notes that the other name rules do not read:

* the sender or addressee of a mail before the address in angle brackets ("Van: Edneia <e.monteiro@...>");
* the speaker of a chat or Teams line after its time ("[10:42] Wahidjan: ik heb ...", "10:42 - Wahidjan: ...");
* a person named beside a parent ("moeder en Minhie aanwezig") or after a word for a family member and the
  Papiamento "di" ("Mama di Tesfalem a bisa ...": Tesfalem's mother);
* a person before a birth date ("betreft Eze, geb. 03-05-2017", "Senait (geb. 2009)", "Lotte (° 2015)");
* a person where a sentence puts one after a fronted part: doing something ("Toen we binnenkwamen was Wahyu aan
  het gamen"), having a friend, a baby, a job or a place at school ("Volgens de gezinsvoogd heeft Okonkwo een
  nieuwe vriendin", "Gelukkig heeft Suhenny nu een plek op de opvang"), showing himself or herself ("plaatst
  Wahyu filmpjes van zichzelf"), or taking something along at the start of a clause ("Noa neemt de afschriften
  mee", also a surname in the register's order: "Liefde, J. neemt ... mee");
* a Chinese given name that is also a Dutch month, written with a capital inside a sentence before a name ("Kunt u
  Mei Ling ophalen": Dutch writes a month in small letters).

A name part is what `zinsbouw.naamwoord` takes where a person stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import ROL
from .lijsten import GEEN_NAAM
from .treffer import Treffer
from .zinsbouw import _naam_tot, _namen_vanaf

_ADRES_IN_HAAKEN = patroon(r"\s*<[\w.+'-]+@[\w-]+(?:\.[\w-]+)+>")
_CHATTIJD = patroon(r"(?:^|(?<=\n))\s*(?:\[[^\]\n]{0,20}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]|\d{1,2}[:.]\d{2}\s+[-–])\s*")
_DUBBELE_PUNT = patroon(r"\s*:")
_NAAST_OUDER = patroon(rf"(?<![\w-])(?i:{ROL})\s+(?:en|&)\s+(?=[A-ZÀ-ÖØ-Þ])")
_DI = patroon(r"(?<![\w-])(?P<familie>[^\W\d_]+)\s+di\s+(?=[A-ZÀ-ÖØ-Þ])")
_GEBOORTE_ERNA = patroon(r"\s*(?:,\s*|\(\s*)(?i:geb\.|geboren\b|°|\*\s*\d)")
_VERB_BEZIG = patroon(r"(?<=[a-zà-ÿ] )(?:was|is|bleek|zat|zit|lag|ligt|stond|staat)\s+(?=[A-ZÀ-ÖØ-Þ])")
_BEZIG_ERNA = patroon(r"\s+(?:(?:nog|weer|gewoon|steeds|al)\s+)?aan\s+het\s+[a-zà-ÿ]+en\b")
_VERB_HEEFT = patroon(r"(?:(?<=[a-zà-ÿ] )|(?<=[^\W\d_], ))(?:heeft|had)\s+(?=[A-ZÀ-ÖØ-Þ])")
_HEEFT_ERNA = patroon(r"\s+(?:(?:nu|al|weer|sinds\s+kort|inmiddels|eindelijk|ook|toch)\s+)?(?:een|geen)\s+"
                      r"(?:(?:nieuwe|vaste|eigen)\s+)?(?:vriend|vriendin|relatie|partner|baby|baan|bijbaan|stageplek"
                      r"|plek\s+op|plek\s+in\s+(?:groep|klas))\b")
_NA_WERKWOORD = patroon(r"(?<=[a-zà-ÿ] )(?=[A-ZÀ-ÖØ-Þ])")
_ZICHZELF_ERNA = patroon(r"\s+(?:[\w'’-]+\s+){0,4}?zichzelf\b")
_BEGIN_ZIN = patroon(r"(?:^|[.;:!?]\s+)(?=[A-ZÀ-ÖØ-Þ])")
_MEENEMEN_ERNA = patroon(r"\s+(?:neemt|nam)\s+(?:[\w'’-]+\s+){1,12}?mee\b")
# a surname in the register's order at the start of a clause, also one that is a word ("Liefde, J. neemt ... mee")
_REGISTER = patroon(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?,\s(?:[A-Z]\.\s?){1,4}(?<!\s)")
_MAAND = patroon(r"(?<=[a-zà-ÿ,] )(?:Mei|Juni|April)\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


def _eerste_naam(tekst: str, begin: int, ruim: bool = False) -> Iterator[Treffer]:
    yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, begin, ruim=ruim)[:1])


def _naam_met_erna(tekst: str, begin: int, erna: re.Pattern[str], ruim: bool = False) -> Iterator[Treffer]:
    """The longest name from `begin` that `erna` follows."""
    for span in _namen_vanaf(tekst, begin, ruim=ruim):
        if erna.match(tekst, span[1]):
            yield Treffer("naam", *span)
            return


def namen_in_persoonskader(tekst: str) -> Iterator[Treffer]:
    """Names in the frames of the module in `tekst`."""
    if "@" in tekst:
        for adres in _ADRES_IN_HAAKEN.finditer(tekst):
            yield from _naam_tot(tekst, adres.start())
    for tijd in _CHATTIJD.finditer(tekst):
        yield from _naam_met_erna(tekst, tijd.end(), _DUBBELE_PUNT, ruim=True)
    for ouder in _NAAST_OUDER.finditer(tekst):
        yield from _eerste_naam(tekst, ouder.end())
    if " di " in tekst:
        from .andere_talen import familiewoord

        for di in _DI.finditer(tekst):
            if familiewoord(di.group("familie")):
                yield from _eerste_naam(tekst, di.end())
    for geboorte in _GEBOORTE_ERNA.finditer(tekst):
        yield from _naam_tot(tekst, geboorte.start())
    for kader, erna in ((_VERB_BEZIG, _BEZIG_ERNA), (_VERB_HEEFT, _HEEFT_ERNA), (_NA_WERKWOORD, _ZICHZELF_ERNA),
                        (_BEGIN_ZIN, _MEENEMEN_ERNA)):
        for plek in kader.finditer(tekst):
            yield from _naam_met_erna(tekst, plek.end(), erna)
    for begin in _BEGIN_ZIN.finditer(tekst):
        register = _REGISTER.match(tekst, begin.end())
        # a surname that is a Dutch word too ("Liefde"), not a word of the field ("Bijlage, B.")
        if register is not None and _MEENEMEN_ERNA.match(tekst, register.end()) and (
                register.group().split(",")[0].casefold() not in GEEN_NAAM):
            yield Treffer("naam", *register.span())
    for maand in _MAAND.finditer(tekst):
        for naam in _eerste_naam(tekst, maand.end()):
            yield Treffer("naam", maand.start(), naam.eind)
