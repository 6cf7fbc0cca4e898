"""Names by the frames of a case file: the fixed phrases Dutch wijkteam and jeugdbescherming files put a person in.

* a label whose value is a person: "Cc: Bakker", "Auteur: de Vries", "Met vriendelijke groet, Visser", and
  with a colon anywhere: "naam: zhou xiaoling", "Patiënt: suryati wongsodikromo, BSN ...";
* a surname that opens with its lowercase interfix after a cue of a person: "contact met de Vries";
* a word for the person a file is about before the name: "Betrokkene Van 't Veld", "ouders (tsehaye kidane)",
  "Pleegouders Asante", "Geïnterviewde: Wati", and a second name joined by "en" after it or after a role ("kinderen
  Wei en Tunde", "moeder Fatima en Yonas");
* a person a report is about, one applying or signing, or one seen after an inverted subject: "de melding over
  Chichi", "aangevraagd voor het busje door Nwosu", "op school zien we Ngozi bijna elke dag";
* a whole short value that is a surname opening with its interfix: "de Boer", "GOU-2019-150 Van 't Veld";
* the one who fills in or signs on behalf of someone: "Ingevuld door Wiśniewska namens moeder";
* the person a case is named after, before a colon: "Casus Xamar: toestemming voor overleg";
* a worker after the team and a slash: "Wijkteam Noord / Popal" ("Wijkteam Noord / Centrum" is a place);
* a name before a role or its abbreviation in brackets: "Sj (cm)", "Overdracht aan Rahimi (gv)";
* a person mentioned in a Teams or Outlook note: "@Fatima kun jij ...", "Vraag van @Yusuf Demir:" (a channel,
  team or everyone mentioned so is no person: "@Planning", "@Team Toegang");
* in a short value (a key, a team field, a file name): a family name after "fam", "familie" or "gezin"
  ("huisbezoek fam El Khattabi") and a name before a role that ends the value ("overdracht nowak stiefvader").

A name part is what `zinsbouw.naamwoord` takes where a person stands; a single word in a short value must also be
a word a name list knows or Dutch never uses (`zinsbouw._naam_in_korte_waarde`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import ROL
from .treffer import Treffer
from .zinsbouw import _INTERFIX_ACHTERNAAM, _naam_in_korte_waarde, _naam_tot, _namen_vanaf

_DOOR = patroon(r"(?<![\w-])(?i:door)\s*:?\s+")
_NAMENS = patroon(r"\s+(?i:namens)\b")
_CASUS = patroon(r"(?<![\w-])(?i:casus)\s+")
_DUBBELE_PUNT = patroon(r"\s*:")
_TEAM_SCHEIDING = patroon(r"(?<![\w-])(?i:[\w-]*team)\b[^/|\n]{0,40}?\s[/|]\s*")
_EINDE = patroon(r"[\s\"'.]*$|\s*[(),;]")
_ROL_AFKORTING = patroon(r"\s*\((?i:cm|gv|jb|gi|pb|ib|mw|amw|smw|jgz|pm|bw|casemanager|casusregisseur"
                            rf"|gezinsvoogd|regievoerder|mentor|{ROL})\)")
_KORT_VOOR_ROL = patroon(r"(?<![\w-])[A-Z][a-zA-Z]{1,2}$")
# a word for the person a file is about, before the name: "Betrokkene Van 't Veld heeft getekend", "ouders (X)"
_PERSOONSWOORD = patroon(r"(?<![\w-])(?i:betrokkene|cliënte?|client|jeugdige|pupil|melder|aanvrager|verzoeker"
                            r"|belanghebbende|(?:pleeg|groot|schoon|stief)?ouders|verzorgers?|(?:pleeg)?kinderen"
                            # the person an interview note is with: "Geïnterviewde: Wati, ambulant hulpverlener"
                            r"|geïnterviewde|geinterviewde|respondent|gesprekspartner|informant)(?![\w-])\s*[:(]?\s*")
# a second name joined to the first by "en": "kinderen Wei en Tunde", "moeder Fatima en Yonas"
_EN = patroon(r"\s+(?:en|&)\s+")
_ROL_VOOR_NAAM = patroon(rf"(?<![\w-])(?i:{ROL})\s+(?=[A-Z])")
# a report or worry about a person: "de melding over Chichi kwam via de huisarts"
_OVER = patroon(r"(?<![\w-])(?i:melding|zorgmelding|signaal|signalen|zorgsignaal|aanmelding|verwijzing)\s+over\s+")
# a person one sees or hears, after an inverted subject: "op school zien we Ngozi bijna elke dag zonder ontbijt"
_ZIEN_WE = patroon(r"(?<=[a-zà-ÿ] )(?:zien|zagen|zie|zag|spreken|spraken|spreek|sprak|horen|hoorden|hoor|hoorde"
                   r"|missen|misten|mis|miste)\s+(?:we|wij|ik|ze|zij|jullie)\s+")
_NA_OBJECT = patroon(r"\s+(?:bijna|vaak|elke|iedere|soms|regelmatig|nooit|niet|weinig|steeds|dagelijks|wekelijks"
                     r"|zelden|alleen|nog|ook|wel|al|te|met|zonder)\b|\s*[,.;]")
_MEERVOUD_VAN_HERKOMST = patroon(r".*(?:ers|ërs|anen|enen|aren)")  # "Eritreeërs", "Antillianen": a group
# the holder of an account or a document ("t.n.v. Efosa", "op naam van Nadifa"); what belongs to one person ("verzuim
# van Nadifa", "kopie ID-bewijs van Tigist"); an evaluation or intake with a person ("geen evaluatie met Efosa")
_VAN_EEN_PERSOON = patroon(r"(?<![\w-])(?i:t\.\s?n\.\s?v\.?|ten\s+name\s+van|op\s+naam\s+van|(?:schoolverzuim|verzuim"
                           r"|id-bewijs|identiteitsbewijs|paspoort|verblijfsvergunning|geboorteakte)\s+van"
                           r"|(?:evaluatie|evaluatiegesprek|intake|intakegesprek|kennismaking|kennismakingsgesprek)\s+met)\s+")
# a person's birth date or BSN right after the name: "Tigist (geb. 3 mei 2015)", "voor Efosa, BSN ..."
_GEBOORTE_OF_BSN_ERNA = patroon(r"\s*\(\s*(?i:geb\.?|geboren|°)|\s?\(\s*\*|,?\s+\(?(?:BSN|bsn|burgerservicenummer)\b")
# a row of a list of dossiers: the cell after "dossier 09 —" ("dossier 09 — Tigist — Kerkstraat 12 — lopend")
_DOSSIERREGEL = patroon(r"(?<![\w-])(?i:dossier|casus|zaak)\s+(?:nr\.?\s*)?\d{1,6}\s+[-–—]\s+")
_CEL_EINDE = patroon(r"\s+[-–—]\s|\s*$")
# a person at whose home or school one is: "ik ben bij Nadifa op school", "slaapt vaak bij Tigist thuis"
_BIJ = patroon(r"(?<![\w-])(?i:bij)\s+")
_BIJ_PERSOON_NA = patroon(r"\s+(?:thuis|op\s+school|op\s+de\s+opvang|op\s+bezoek|logeren|slapen)\b")
# a call with a person in Frisian: "Skille mei Efosa op freed"
_FRIES_MET = patroon(r"(?<![\w-])(?i:skille|skilje|praat|prate|sprutsen|sprekke)\s+mei\s+")
# one who applies, signs or fills in for oneself: "Parkeervergunning aangevraagd voor het busje door Nwosu"
_AANGEVRAAGD_DOOR = patroon(r"(?<![\w-])(?i:aangevraagd|ondertekend|getekend|ingevuld|ingediend)\b[^.;:!?\n]{0,40}?"
                            r"\b(?i:door)\s+")
# a whole short value that is a surname opening with its interfix: "de Boer", "GOU-2019-150 Van 't Veld"
_HEEL_MET_TUSSENVOEGSEL = patroon(r"\s*(?:[A-Z]{2,4}-\d{4}-\d{1,4}\s+)?(?=(?:van|de|den|ter|ten|dos|da|di|"
                                     r"Van\s+(?:der|den|de|'t)|Van\s+'t)\s)")
# a label whose value is a person, at the start of a line or value: "Cc: Bakker", "Auteur: de Vries",
# "Met vriendelijke groet, Visser", "Opgesteld door de Vries, gezinsvoogd"
_LABEL = patroon(r"(?:^|(?<=[\n.;\"'(]))\s*(?i:cc|bcc|van|aan|auteur|roepnaam|contactpersoon|melder|verslaglegging|"
                    r"opgesteld\s+door|ondertekend(?:\s+door)?|met\s+vriendelijke\s+groet|casusregisseur|verwijzer|"
                    r"behandelaar)\s*[:,]?\s+")
# a label with a colon anywhere: "Gegevens moeder – naam: zhou xiaoling", "Patiënt: X", "name: X"
_LABEL_DUBBELE_PUNT = patroon(r"(?<![\w-])(?i:naam|name|voornaam|achternaam|roepnaam|patiënte?|patient|cliënte?|client"
                              # a pupil on a school's form, who has the regie, who does an action of a plan
                              r"|jeugdige|kind|moeder|vader|leerling|pupil|regie|casusregie|regievoerder|wie)\s*:\s*")
# after the name: the end, a sign, "en", or the next field of a form ("Leerling: Houda   Groep: 6")
_NA_LABEL = patroon(r"\s*(?:$|[,;.()]|\s+(?:en|&)\s)|\s{2,}|\s+[A-Z][a-z]+:")
# a lowercase interfix and a capitalised surname of the lists after a cue of a person: "contact met de Vries",
# "Bij de Vries thuis"; not an institution ("met de Raad")
_CUE_TUSSENVOEGSEL = patroon(r"(?<![\w-])(?i:met|over|door|namens|volgens|van|bij|aan|zichzelf|wordt)\s+"
                                r"(?=(?:van|de|der|den|ter|ten|te|dos|da)\s)")
_INSTELLING = frozenset({"raad", "rechtbank", "politie", "gemeente", "school", "kerk", "wijk", "buurt", "klas", "groep",
                         "zorg", "opvang", "haven", "kern", "brink", "molen", "hoop", "zon"})
_APENSTAART = patroon(r"(?<![\w.@])@(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")  # a display name, not an abbreviation ("@GGDHM")
_FAMILIE = patroon(r"(?<![\w-])(?i:fam\.?|familie|gezin)\s+")
_ROL_AAN_EINDE = patroon(rf"\s+(?i:{ROL})\s*$")


def _naam_na(tekst: str, begin: int, na: re.Pattern[str], kort: bool = False) -> Iterator[Treffer]:
    """The longest name from `begin` that `na` follows; in a short value one word must be a known or foreign name.
    A frame this strong also takes a nickname that is a rarer Dutch word too ("Ingevuld door Memo namens moeder",
    "Casus Pj:"): one capitalised word that is no common word, role or place."""
    for span in _namen_vanaf(tekst, begin, ruim=True):
        if na.match(tekst, span[1]):
            if not kort or _naam_in_korte_waarde(tekst[span[0]:span[1]]):
                yield Treffer("naam", *span)
            return
    roepnaam = _ROEPNAAM.match(tekst, begin)
    if roepnaam is not None and na.match(tekst, roepnaam.end()) and _roepnaam(roepnaam.group()):
        yield Treffer("naam", *roepnaam.span())


_ROEPNAAM = patroon(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]{1,11}(?![\w'’-])")


def _roepnaam(woord: str) -> bool:
    from .lijsten import frequentie
    from .zinsbouw import _geen_naam

    return not _geen_naam(woord.casefold()) and frequentie(woord.casefold()) < 4.0


def namen_in_kader(tekst: str) -> Iterator[Treffer]:
    """Names in the frames of a case file in `tekst` (see the module)."""
    for door in _DOOR.finditer(tekst):
        yield from _naam_na(tekst, door.end(), _NAMENS)
    for casus in _CASUS.finditer(tekst):
        yield from _naam_na(tekst, casus.end(), _DUBBELE_PUNT)
    for team in _TEAM_SCHEIDING.finditer(tekst):
        yield from _naam_na(tekst, team.end(), _EINDE, kort=True)
    for rol in _ROL_AFKORTING.finditer(tekst):
        kort = _KORT_VOOR_ROL.search(tekst, max(0, rol.start() - 4), rol.start())
        if kort is not None:  # "Pj (cm)": a short name or nickname
            from .lijsten import gewone_woorden

            if kort.group().casefold() not in gewone_woorden():
                yield Treffer("naam", kort.start(), kort.end())
                continue
        yield from _naam_tot(tekst, rol.start())
    for label in _LABEL.finditer(tekst):
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, label.end(), ruim=True)[:1]
                    if _NA_LABEL.match(tekst, span[1]))
    for label in _LABEL_DUBBELE_PUNT.finditer(tekst):
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, label.end(), ruim=True)[:1]
                    if _NA_LABEL.match(tekst, span[1]) or tekst[span[1]:span[1] + 3].strip().startswith(("–", "-")))
    for cue in _CUE_TUSSENVOEGSEL.finditer(tekst):
        achter = _INTERFIX_ACHTERNAAM.match(tekst, cue.end())
        if achter is not None and achter.group("achter").casefold() not in _INSTELLING:
            yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, cue.end())[:1])
    if "@" in tekst:
        from .sociale_media import van_organisatie, vermelding

        for apenstaart in _APENSTAART.finditer(tekst):
            handle = re.match(r"[\w.-]+", tekst[apenstaart.end():apenstaart.end() + 40])
            if vermelding(tekst, apenstaart.start()) and not (
                    handle and van_organisatie(tekst, apenstaart.start(), handle.group())):
                yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, apenstaart.end(), ruim=True)[:1])
    for persoon in _PERSOONSWOORD.finditer(tekst):
        yield from _namen_met_en(tekst, persoon.end())
    for rol in _ROL_VOOR_NAAM.finditer(tekst):
        yield from _namen_met_en(tekst, rol.end(), alleen_tweede=True)
    for regel in _DOSSIERREGEL.finditer(tekst):
        yield from _naam_na(tekst, regel.end(), _CEL_EINDE, kort=True)
    for bij in _BIJ.finditer(tekst):
        yield from _naam_na(tekst, bij.end(), _BIJ_PERSOON_NA)
    for erna in _GEBOORTE_OF_BSN_ERNA.finditer(tekst):
        yield from _naam_tot(tekst, erna.start())
    for cue in (*_OVER.finditer(tekst), *_AANGEVRAAGD_DOOR.finditer(tekst), *_VAN_EEN_PERSOON.finditer(tekst),
                *_FRIES_MET.finditer(tekst)):
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, cue.end())[:1])
    for verb in _ZIEN_WE.finditer(tekst):
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, verb.end())[:1]
                    if _NA_OBJECT.match(tekst, span[1]) and not _MEERVOUD_VAN_HERKOMST.fullmatch(tekst[span[0]:span[1]]))
    if len(tekst) > 100:
        return
    heel = _HEEL_MET_TUSSENVOEGSEL.match(tekst)
    if heel is not None:
        yield from _naam_na(tekst, heel.end(), _EINDE)
    for familie in _FAMILIE.finditer(tekst):
        yield from _naam_na(tekst, familie.end(), _EINDE, kort=True)
    einde = _ROL_AAN_EINDE.search(tekst)
    if einde is not None:
        yield from (t for t in _naam_tot(tekst, einde.start()) if _naam_voor_rol(tekst[t.begin:t.eind]))


def _namen_met_en(tekst: str, begin: int, alleen_tweede: bool = False) -> Iterator[Treffer]:
    """The name from `begin` and one joined to it by "en" ("kinderen Wei en Tunde"); with `alleen_tweede` only the
    second (the first is another rule's)."""
    spans = _namen_vanaf(tekst, begin)[:1]
    if spans and not alleen_tweede:
        yield Treffer("naam", *spans[0])
    en = _EN.match(tekst, spans[0][1]) if spans else None
    if en is not None:
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, en.end())[:1])


def _naam_voor_rol(naam: str) -> bool:
    """Whether a name before a role at the end of a short value stands: two parts, or one that a name list knows,
    that is written as names are or that Dutch never uses, and that is rare as a Dutch word ("nowak stiefvader";
    not the abbreviation of "Tel tante")."""
    from .lijsten import achternamen, frequentie, voornamen_wereld
    from .naamwoorden import naamvorm, nooit_gezien_woord

    woorden = naam.split()
    if len(woorden) > 1:
        return True
    laag = naam.casefold()
    return frequentie(laag) < 3.5 and (laag in achternamen() or laag in voornamen_wereld() or naamvorm(naam)
                                       or nooit_gezien_woord(naam))
