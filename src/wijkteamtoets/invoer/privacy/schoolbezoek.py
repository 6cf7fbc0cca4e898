"""Whether a named school is the school one child attends, with no class written next to it.

A school's name alone is public: a building of the neighbourhood ("in de gymzaal van het Erasmus College"), an
organisation ("overleg met de directie van ..."). It points to one child the way Dutch writes attendance:

* a verb or phrase of attendance right before it: "ingeschreven op/bij", "leerling van", "aangemeld bij", "meldt de
  zoon aan bij", "geplaatst op", "overgestapt naar"; or one a team or parent does at a school as well ("zit op",
  "niet aanwezig op", "volgt onderwijs op") in a sentence about a child ("de jongen", "hij");
* "op" or "naar", or a teacher of the school ("de mentor van"), right before it in a sentence about one child
  ("Zoon krijgt op cbs ... extra begeleiding", "De oudste gaat na de zomer naar ...");
* a part of the school right after it, as a class is written: "(bovenbouw)", "(onderbouw)", "(entreeopleiding)";
* a placement after it: "of VSO ... een plek heeft";
* a document of one pupil's schooling in the same sentence or value: "verzuimmelding", "groepsplan", "OPP",
  "leerlingdossier", "onderwijskundig rapport", "toelaatbaarheidsverklaring".

Only a school named by its kind in front ("SO De Piramide", "Kindcentrum Het Palet") takes the cues of attendance
before it; a school named after a person or with its school word after its name ("De jongen zit op de
Wilhelminaschool") takes only the last two (see `bezochte_school`).
"""

from __future__ import annotations

import re

from ..patronen import patroon

# the words that may stand between a verb of attendance and its preposition: "zit sinds januari op", "staat
# tijdelijk ingeschreven bij", "gaat na de zomer naar"
_TUSSEN = r"(?:[\w'-]+\s+){0,4}?"
_BEZOEK_VOOR = patroon(
    r"(?:\b(?:ingeschreven|inschrijving|ingestroomd|instroom|geplaatst|plaatsing|aangemeld|aanmelding|overgestapt"
    r"|overstap|gewisseld|toegelaten|toelating|geschorst|schorsing|verwijderd|verzuimt|verzuim|thuiszitter"
    r"|teruggeplaatst|uitgeschreven)\s+" + _TUSSEN + r"(?:op|bij|aan|naar|van|in)"
    # "leerling van", "leerling op": one pupil (not "de leerlingen van ...")
    r"|\bleerling\s+(?:van|op|bij|aan)"
    # English: "the child is still enrolled at", "her son attends", "pupil at"
    r"|\b(?:enrolled|enroled|registered|placed)\s+(?:[\w'-]+\s+){0,2}?(?:at|in|with)|\battends|\battending"
    r"|\b(?:pupil|student)\s+(?:at|of)"
    # "meldt de zoon aan bij", "melden het kind aan op"
    r"|\b(?:meldt|melden|meldde|meldden|melde)\s+" + _TUSSEN + r"aan\s+(?:bij|op)"
    r"|\b(?:school|schoolkeuze|schoolplek|plek|plaats|wachtlijst)\s*:"
    r")\s+(?:(?:de|het|'t)\s+)?$",
    re.IGNORECASE)
# the label school right before the name: "school SBO De Brug", "Schoolteam OBS De Springplank", "op school, VSO Het
# Baken", "de school (IBS Al Amal)"; not "de school OBS De Fontein organiseert ...", a school as an organisation
_SCHOOL_LABEL_VOOR = patroon(r"(?<![\w-])(?:(?<!\bde\s)(?<!\bhet\s)school(?:team)?(?:\s*[:,]\s*|\s+)"
                             r"|school(?:team)?\s*\(\s*)$", re.IGNORECASE)
# a verb of attendance right after the school, in a clause with "op" or "naar" before it: "dat hij op IBS Al Amal
# zit", Frisian "dat it bern nei ... giet"
_BEZOEK_ERNA = patroon(r"\s+(?:zit|zat|zitten|zaten|sit|siet|giet|gie|gaat|ging|gaan|gingen)\b", re.IGNORECASE)
# verbs that a team or a parent does at a school as well ("het wijkteam zit elke dinsdag op ...", "moeder volgt een
# cursus op ..."): attendance only in a sentence about a child
_BEZOEK_VOOR_MET_KIND = patroon(
    r"\b(?:zit|zat|zitten|zaten|aanwezig|afwezig|terug|aangenomen|verwezen|doorverwezen|volgt|volgen|volgde"
    r"|volgden"
    # picked up or brought there: "Kunt u Sari ophalen bij ...", "oma haalt de jongen op bij ..."
    r"|ophalen|ophaalt|opgehaald|afhalen|haalt\s+" + _TUSSEN + r"op|halen\s+" + _TUSSEN + r"op|brengen|brengt"
    r"|gebracht)\s+" + _TUSSEN + r"(?:op|bij|aan|naar|van|in)\s+(?:(?:de|het|'t)\s+)?$",
    re.IGNORECASE)
# one child in the sentence, for "op" or "naar" right before the school
_KIND = patroon(r"\b(?:zoon|zoontje|dochter|dochtertje|kind|jongen|meisje|leerling|oudste|jongste|middelste|pleegzoon"
                r"|pleegdochter|pleegkind|stiefzoon|stiefdochter|broer|broertje|zus|zusje|jeugdige|jongere"
                # Frisian and English
                r"|bern|soan|dochter|child|son|daughter|boy|girl|pupil)\b",
                re.IGNORECASE)
_VOORNAAMWOORD = patroon(r"\b(?:hij|zij|ze|uw\s+(?:zoon|dochter|kind))\b", re.IGNORECASE)
_OP_NAAR_VOOR = patroon(r"\b(?:op|naar|nei)\s+(?:(?:de|het|'t)\s+)?$"
                        # a teacher or carer of the school: "de mentor van ISK De Globe belde over de zoon"
                        r"|\b(?:mentor|leerkracht|groepsleerkracht|juf|meester|docent|ib'?er|intern\s+begeleider"
                        r"|zorgcoördinator|zorgcoordinator|schoolmaatschappelijk\s+werker|directeur|directie"
                        # the school's care team, where one pupil is discussed: "in het zorgadviesteam van ..."
                        r"|zorgadviesteam|zat|onderwijszorgteam|zorgteam)"
                        r"\s+(?:van|op|bij|aan)\s+(?:(?:de|het|'t)\s+)?$", re.IGNORECASE)
# a part of the school right after it, written in brackets as a class is
_BOUW_ERNA = patroon(r"\s*\(\s*(?:onderbouw|middenbouw|bovenbouw|entreeopleiding|kopklas|eindexamenklas|examenklas"
                     r"|examenjaar|schakelklas|taalklas|nt2-klas|plusklas|instroomgroep|kleutergroep|kleuters)\s*\)",
                     re.IGNORECASE)
# a placement asked of the school: "of SO De Kei een plek heeft", "... plaats heeft voor de zoon"
_PLEK_ERNA = patroon(r"\s+(?:nog\s+)?(?:een\s+)?(?:plek|plekje|plaats)\s+(?:heeft|hebben|had|biedt|kan\s+bieden)\b",
                     re.IGNORECASE)
_OF_VOOR = patroon(r"\bof\s+(?:(?:de|het|'t)\s+)?$", re.IGNORECASE)
# a document about one pupil's schooling
_LEERLINGDOCUMENT = patroon(
    r"\b(?:verzuimmelding\w*|verzuimregistratie|groepsplan\w*|opp|ontwikkelingsperspectief\w*|leerlingdossier\w*"
    r"|leerlingvolgsysteem|onderwijskundig\w*\s+rapport|okr|toelaatbaarheidsverklaring\w*|tlv|schoolrapport\w*"
    r"|rapportcijfers|schorsingsbrief\w*|schoolverzuim)\b",
    re.IGNORECASE)
_ZINSEINDE = patroon(r"(?<!\b[A-Za-z])(?<!\bgr)(?<!\bnr)[.;!?](?:\s|$)")


def _zin(tekst: str, begin: int, eind: int) -> tuple[int, int]:
    """The span of the sentence around `begin`..`eind`."""
    links = max((m.end() for m in _ZINSEINDE.finditer(tekst, max(0, begin - 200), begin)), default=max(0, begin - 200))
    rechts = _ZINSEINDE.search(tekst, eind, eind + 200)
    return links, rechts.start() if rechts is not None else min(len(tekst), eind + 200)


def bezochte_school(tekst: str, begin: int, eind: int, soort_voor: bool) -> bool:
    """Whether the named school at `begin`..`eind` is written as the school one child attends. A school named by
    its kind in front (`soort_voor`: "SBO De Springplank", "cbs het kompas") is named as a pupil's file names it,
    and takes every cue; a school named after a person or with its school word after the name ("de
    Wilhelminaschool", "het Erasmiaans Gymnasium") is as often the building of the neighbourhood, and takes only a
    part of the school after it or a document of one pupil's schooling."""
    voor = tekst[max(0, begin - 60):begin]
    zin_begin, zin_eind = _zin(tekst, begin, eind)
    if _BOUW_ERNA.match(tekst, eind) or _LEERLINGDOCUMENT.search(tekst, zin_begin, zin_eind):
        return True
    if not soort_voor:
        return False
    if _BEZOEK_VOOR.search(voor) or _SCHOOL_LABEL_VOOR.search(voor):
        return True
    if _OP_NAAR_VOOR.search(voor) and _BEZOEK_ERNA.match(tekst, eind):
        return True
    kind = _KIND.search(tekst, zin_begin, zin_eind) is not None or _leerling_bij_naam(tekst, zin_begin, zin_eind, begin, eind)
    if _BEZOEK_VOOR_MET_KIND.search(voor) and (kind or _VOORNAAMWOORD.search(tekst, zin_begin, zin_eind)):
        return True
    if _OF_VOOR.search(voor) and _PLEK_ERNA.match(tekst, eind):
        return True
    return kind and _OP_NAAR_VOOR.search(voor) is not None


# a capitalised word in a sentence; a teacher or other adult named with a role or title is no pupil
_HOOFDLETTERWOORD = patroon(r"(?<![\w'-])[A-Z](?:[^\W\d_]|['-]){2,}(?![\w-])")  # also "Paweł", "Ann-Sophie"
_VOLWASSENE_ERVOOR = patroon(r"\b(?:juf|juffrouw|meester|mentor|mentrix|leerkracht|docent|directeur|directrice|ib'?er"
                             r"|intern\s+begeleider|conciërge|collega|mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?"
                             r"|de\s+heer)\s+$", re.IGNORECASE)


def _leerling_bij_naam(tekst: str, zin_begin: int, zin_eind: int, begin: int, eind: int) -> bool:
    """Whether the sentence around a school names one pupil by name ("op Jenaplanschool De Boomhut zien we Zainab
    bijna elke dag zonder ontbijt"): a known first name, or a word Dutch hardly writes, inside the sentence and
    outside the school's name; not a teacher or adult named with a role or title ("juf Ingrid")."""
    from .naamwoorden import bekende_voornaam, vreemd_woord

    for woord in _HOOFDLETTERWOORD.finditer(tekst, zin_begin, zin_eind):
        if begin <= woord.start() < eind or not tekst[zin_begin:woord.start()].strip(" \"'(") \
                or _VOLWASSENE_ERVOOR.search(tekst, max(0, woord.start() - 20), woord.start()):
            continue  # the school's own name, the first word of the sentence, a teacher
        if bekende_voornaam(woord.group()) or vreemd_woord(woord.group()):
            return True
    return False


def bouw_erna(tekst: str, eind: int) -> int:
    """The end of a part of the school written in brackets right after it ("(bovenbouw)"), or `eind`."""
    erna = _BOUW_ERNA.match(tekst, eind)
    return erna.end() if erna is not None else eind

