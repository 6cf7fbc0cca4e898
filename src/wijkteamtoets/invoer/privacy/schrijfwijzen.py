"""Ways Dutch case files write a name that the other name rules do not read: forms of registers, mail headers and
forms, recognised by their shape.

* the surname before its initials ("Nowak K.", "Sardjoe P.H."), as registers, mail headers and lists of
  professionals write it; the word before the initials must be a name's word, not a common Dutch word ("Bijlage
  B.", "Route A.");
* initials with the first name in brackets ("M. (Mira) Kaya", "A.J. (Anouk) van Dijk"), and a first name with the
  nickname in brackets ("Bilal (Youss) Bakkali", "Wei (Junjun) Wang");
* a nickname in quotes inside a name ("Anna 'Pien' de Wit", "‚Lulu‘ Boateng", "Samir „Sam” Idrissi"); the whole
  name is masked, nickname included;
* the surname in capitals before the first name ("KARIMI Hamid", "VAN DIJK Sanne"), as forms and lists write it;
  not an abbreviation ("ROC Rijnmond", "GGD Rapport");
* the register order with the interfix and the initials after a comma ("Berg van den, A.J.", "Hek van 't, B.E.");
* initials and a name with a capital outside A-Z ("Đ. Trần", "Ł. Nowak").
"""

from __future__ import annotations

from collections.abc import Iterator

from ..patronen import patroon
from .treffer import Treffer

_HOOFD = "A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-Ỹ"  # a capital of Latin script: Polish, Turkish, Czech, Romanian, Vietnamese
_KLEIN = "a-zß-öø-ÿā-žơưạ-ỹ'’"
_WOORD = rf"[{_HOOFD}][{_KLEIN}]+(?:-[{_HOOFD}][{_KLEIN}]+)?"
_VOORLETTERS = rf"(?:[{_HOOFD}]\.\s?){{1,4}}"
_TUSSEN = r"(?:van|de|der|den|ter|ten|te|'t|el|al|da|dos|di|le|la|dela|del|delos|das)"

_ACHTERNAAM_VOORLETTERS = patroon(rf"(?<![\w.'’-])(?P<achter>{_WOORD})\s+(?:[{_HOOFD}]\.){{1,4}}(?![\w])")
_ROEPNAAM_TUSSEN_HAAKJES = patroon(rf"(?<![\w.])(?:[{_HOOFD}]\.\s?){{1,4}}\s*\(\s*[{_HOOFD}][{_KLEIN}]+\s*\)\s+"
                                   rf"(?:{_TUSSEN}\s+){{0,3}}{_WOORD}")
_VOORNAAM_ROEPNAAM = patroon(rf"(?<![\w.'’-])(?P<voor>{_WOORD})\s?\(\s*(?P<roep>[{_HOOFD}][{_KLEIN}]+)\s*\)\s+"
                             rf"(?:{_TUSSEN}\s+){{0,3}}(?P<achter>{_WOORD})")
_ROEPNAAM_TUSSEN_AANHALINGSTEKENS = patroon(
    rf"(?<![\w-])(?:{_WOORD}\s+)?[‚„'‘“]\s*[{_HOOFD}][{_KLEIN}]+\s*[‘’'”“]\s+(?:{_TUSSEN}\s+){{0,3}}{_WOORD}")
_HOOFDLETTERS_EERST = patroon(rf"(?<![\w-])(?P<achter>(?:(?:VAN|DE|DER|DEN|TER|TEN|EL|AL|DA|DOS)\s+){{0,3}}"
                              rf"[{_HOOFD}]{{3,}}(?:-[{_HOOFD}]{{2,}})?)\s+(?P<voor>[{_HOOFD}][{_KLEIN}]+)"
                              rf"(?:\s+(?P<tweede>[{_HOOFD}][{_KLEIN}]+))?(?![\w-])")
_REGISTER_MET_TUSSENVOEGSEL = patroon(rf"(?<![\w-]){_WOORD}(?:\s+{_TUSSEN})+,\s*(?:[{_HOOFD}]\.\s?){{1,4}}")
# the register's order with initials after a comma, the interfix at the end: "Elnour, H.", "Graaf, J. de",
# "Santos Lima, T. dos"
_REGISTER_VOORLETTERS = patroon(rf"(?<![\w.'’-])(?P<achter>{_WOORD}(?:\s{_WOORD})?),\s(?:[{_HOOFD}]\.\s?){{1,4}}"
                                rf"(?P<tussen>(?<=[.\s]){_TUSSEN}(?:\s{_TUSSEN}){{0,2}}(?![\w'’-]))?(?![\w'’-]|\s?[{_HOOFD}][{_KLEIN}])")
# a parent or relative in Frisian or English before a name: "Mem Sriwati", "Heit Anouar", "Father Mei Ling"
_OUDER_ANDERE_TAAL = patroon(rf"(?<![\w-])(?:Mem|Heit|Pake|Beppe|Omke|Muoike|Father|Mother|Aunt|Uncle|Grandmother"
                             rf"|Grandfather|mem|heit|father|mother|aunt|uncle)\s(?P<naam>{_WOORD}(?:\s{_WOORD})?)")
_VOORLETTERS_NAAM = patroon(rf"(?<![\w.])(?:[{_HOOFD}]\.\s?){{1,4}}(?:{_TUSSEN}\s+){{0,3}}(?P<naam>[{_HOOFD}][{_KLEIN}]+)")


def _naamwoord(woord: str) -> bool:
    """A word that may be a surname here: a known surname that is rare enough as a Dutch word, or a rare word."""
    from .lijsten import achternamen, frequentie, gewone_woorden, plaatsnamen, zonder_accenten
    from .zinsbouw import _geen_naam

    laag = woord.casefold()
    if laag in gewone_woorden() or laag in plaatsnamen() or _geen_naam(laag):
        return False  # a common word, a place, a role or a profession ("Gezinsvoogd T. Yıldırım")
    bekend = laag in achternamen() or zonder_accenten(laag) in achternamen()
    return frequentie(laag) < (4.5 if bekend else 2.8)


def _voornaam(woord: str) -> bool:
    from .lijsten import frequentie, op_voornamenlijst

    laag = woord.casefold()
    return op_voornamenlijst(laag) and frequentie(laag) < 5.0


def _met_roepnaam(voor: str, roep: str, achter: str) -> bool:
    """A first name, a nickname in brackets and a surname ("Bilal (Youss) Bakkali", "Hoa (Thanhie) Le"): the first
    and the last word may be names, and the word in brackets is no common word, role or abbreviation ("Triple P
    (Positive Parenting Program)" has no single word there; "Jeugdteam (Noord) West" no names around it)."""
    from .lijsten import gewone_woorden
    from .naamwoorden import vreemd_woord
    from .zinsbouw import _geen_naam

    def naamachtig(woord: str) -> bool:
        return _voornaam(woord) or _naamwoord(woord) or vreemd_woord(woord)

    return (_voornaam(voor) or vreemd_woord(voor)) and naamachtig(achter) and (
        roep.casefold() not in gewone_woorden() and not _geen_naam(roep.casefold()))


def namen_in_schrijfwijze(tekst: str) -> Iterator[Treffer]:
    """Names written in one of the forms of the module in `tekst`."""
    from .naamwoorden import vreemd_woord
    from .zinsbouw import _AFKORTINGEN

    for treffer in _ACHTERNAAM_VOORLETTERS.finditer(tekst):
        if all(_naamwoord(deel) for deel in treffer.group("achter").split("-")):
            yield Treffer("naam", treffer.start(), treffer.end())
    for patroon_ in (_ROEPNAAM_TUSSEN_HAAKJES, _ROEPNAAM_TUSSEN_AANHALINGSTEKENS, _REGISTER_MET_TUSSENVOEGSEL):
        yield from (Treffer("naam", *m.span()) for m in patroon_.finditer(tekst))
    for treffer in _VOORNAAM_ROEPNAAM.finditer(tekst):
        if _met_roepnaam(treffer.group("voor"), treffer.group("roep"), treffer.group("achter")):
            yield Treffer("naam", treffer.start(), treffer.end())
    for treffer in _HOOFDLETTERS_EERST.finditer(tekst):
        achter = treffer.group("achter").split()[-1]
        if achter.casefold() not in _AFKORTINGEN and (_voornaam(treffer.group("voor")) or vreemd_woord(treffer.group("voor"))) \
                and (_naamwoord(achter.title()) or len(treffer.group("achter").split()) > 1):
            tweede = treffer.group("tweede")
            eind = treffer.end() if tweede and (_voornaam(tweede) or vreemd_woord(tweede)) else treffer.end("voor")
            yield Treffer("naam", treffer.start(), eind)  # "PHẠM Văn Hùng": a second given name too
    for treffer in _REGISTER_VOORLETTERS.finditer(tekst):
        delen = treffer.group("achter").split()
        if treffer.group("tussen") or all(_naamwoord(deel) for deel in delen):
            from .lijsten import GEEN_NAAM, plaatsnamen

            plaats = not treffer.group("tussen") and any(d.casefold() in plaatsnamen() for d in delen)
            if not plaats and not any(d.casefold() in GEEN_NAAM for d in delen):  # "Graaf, J. de": an interfix
                yield Treffer("naam", treffer.start(), treffer.end())
    from .lijsten import op_voornamenlijst

    for treffer in _OUDER_ANDERE_TAAL.finditer(tekst):
        woorden = treffer.group("naam").split()
        if len(woorden) > 1 and (_voornaam(woorden[1]) or _naamwoord(woorden[1])) and op_voornamenlijst(
                woorden[0].casefold()):
            # "Father Mei Ling": two given names, the first also a word ("mei") where a name stands with a capital
            yield Treffer("naam", treffer.start("naam"), treffer.end())
        elif _voornaam(woorden[0]) or _naamwoord(woorden[0]) or vreemd_woord(woorden[0]):
            eind = treffer.end() if len(woorden) > 1 and (_voornaam(woorden[1]) or _naamwoord(woorden[1])) \
                else treffer.start("naam") + len(woorden[0])
            yield Treffer("naam", treffer.start("naam"), eind)
    if any(ord(teken) > 0xFF for teken in tekst):  # "Đ. Trần": initials the other rules read only in A-Z
        for treffer in _VOORLETTERS_NAAM.finditer(tekst):
            if not treffer.group().isascii() and _naamwoord(treffer.group("naam")):
                yield Treffer("naam", treffer.start(), treffer.end())
