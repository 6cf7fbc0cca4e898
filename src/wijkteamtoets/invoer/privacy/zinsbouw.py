"""Names by their place in a sentence: a word that stands where Dutch puts a person.

Dutch puts the finite verb second in a main clause, so whatever stands before a verb that only a person does is
its subject ("Bakker vertelt", "Dimitrova is op 4 oktober uit huis geplaatst", "sharona kook wil geen contact");
after a fronted part the subject follows that verb ("In het overleg vertelde Kibrom dat", "Volgens de mentor komt
Sow vaak te laat"); in a subordinate clause it follows the conjunction ("dat Ousmane zelf de huisarts belt"); and
verbs of care take a person as their object ("heeft Gijs van 't Hof doorverwezen"). A common noun in such a place
takes an article ("De bakker vertelt"), so a bare word there is a name when it may be one: a known first name or
surname, a word Dutch rarely or never uses, or a word written as names are (`naamvorm`: "O'Brien", "Al-Masri",
"Jankowski"), also a short one ("Li", "Sow") and one in lowercase or in capitals.

Names also follow a professional's role ("casusregisseur ama", "mentor Bakker") and a document word in a short
value such as a key, a team field or a file name ("plan Ama", "evaluatie JANKOWSKI"), and a surname stands with
an initial in a file name ("jansen_p").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..patronen import patroon
from .detectoren import GEEN_NAAMVORM, ROL
from .lijsten import GEEN_NAAM, gemeentecodes, gewone_woorden, plaatsnamen, samenstelling
from .naamwoorden import naamvorm, nooit_gezien_woord
from .treffer import Treffer

_WOORD = patroon(r"'t(?![\w])|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TUSSENWOORD = frozenset({"van", "der", "den", "de", "ter", "ten", "te", "'t", "el", "al", "ben", "bin", "abu", "ibn",
                          "da", "dos", "di", "la", "le", "von", "ait", "in", "a", "dela", "del", "delos", "das"})
# particles that open a name also in lowercase ("el ouali"); "de" and "van" there are Dutch words
_DEELTJE_VOORAAN = frozenset({"el", "abu", "ait", "bin", "ibn"})
# abbreviations of the field in capitals that stand where a person may ("CAK wil", "AMW belde")
_AFKORTINGEN = frozenset({"ggd", "ggz", "mee", "bsn", "cjg", "jgz", "wmo", "vt", "rvdk", "amk", "coa", "ind", "uwv",
                          "svb", "cak", "ciz", "amw", "smw", "vng", "duo", "zat", "mdo", "ots", "ivrk", "avg", "wij",
                          "zij", "hij", "ik", "wie", "wat", "mbo", "hbo", "roc", "ok", "nb"})
_ROLWOORDEN = patroon(rf"(?i:{ROL})$")
# roles of professionals: a name follows them as it follows "moeder" ("casusregisseur ama", "mentor Bakker")
_BEROEP = (r"casusregisseur|regisseur|gezinscoach|jeugdbeschermer|gezinsvoogd|voogd|mentor|mentrix|leerkracht|docent|"
           r"huisarts|jeugdarts|consulent|jeugdconsulent|klantmanager|begeleider|trajectbegeleider|behandelaar|"
           r"contactpersoon|wijkagent|wijkverpleegkundige|maatschappelijk\s+werker|schuldhulpverlener|bewindvoerder|"
           r"advocaat|psycholoog|orthopedagoog|therapeut|leerplichtambtenaar|intern\s+begeleider|ib'er|teamleider|"
           r"collega|gedragswetenschapper|jeugdverpleegkundige|praktijkondersteuner|coach|familie|fam\.|casemanager|"
           r"co[öo]rdinator|stagiaire?|begeleidster|(?:ambulant\s+)?hulpverlen(?:er|ster)|gastouder|oppas|juffrouw|"
           # a family role as a compound ("zorgmoeder", "gastvader", "overbuurvrouw")
           r"[a-z]+moeder|[a-z]+vader|[a-z]+buurvrouw|[a-z]+buurman")
# words for a person that are no name, in a subject's place ("Cliënte vertelt", "Jongere zegt")
_PERSOONSWOORD = (r"cli[eë]nte?n?|jongeren?|ouders?|kinderen|pleegouders?|verzorgers?|mevrouw|meneer|vrouw|man|"
                  r"betrokkene|melder|aanvrager|verzoeker|belanghebbende|bewoner|bewoonster|huurder|leerling|tolk")
_NA_BEROEP = patroon(rf"(?<![\w-])(?i:{_BEROEP}|{ROL})(?:\s*\((?i:[mv]z|[mv]zijde|(?:van\s+)?(?:moeders|vaders)zijde)\))?"
                        r"(?:(?<=\.)\s*|\s*[:(,]\s*|\s+)")  # "oom (vz) Ahmed"
_PLAATSVOORZETSEL = patroon(r"(?<![\w-])(?i:uit|in|naar|via|te)\s+$")  # "uit Moldova" is a country
_LIDWOORD = patroon(r"(?<![\w-])(?i:de|het|een|haar|zijn|hun|onze|mijn|jouw|deze|die|dat)\s+$")
# a verb only a person does, after its subject: "Bakker vertelt", "Dimitrova is op 4 oktober uit huis geplaatst"
_TOESTAND = (r"uit\s+huis\s+geplaatst|geboren|zwanger|bevallen|verhuisd|ziek|bang|boos|verdrietig|gepest|"
             r"geschorst|op\s+de\s+hoogte\s+gebracht|te\s+laat|gearresteerd|overleden|"
             r"(?:de|haar|zijn|hun)\s+(?:moeder|vader|zoon|dochter|broer|zus|oma|opa|tante|oom|neef|nicht|stief\w+|"
             r"pleeg\w+|half\w+|schoon\w+|ex-partner|ex|echtgeno(?:ot|te)|vriend|vriendin|oudste|jongste|voogd)\b")
# a comma before a verb of saying with its subject after it closes a quote, no subject: "tranga yesi, zegt oma"
_DAAD_NA = patroon(
    rf"(?:,(?!\s+(?:zegt|zei|vertelt|vertelde|vraagt|vroeg|antwoordt|antwoordde)\s+(?:{ROL}|hij|zij|ze|ik|we|wij|de|het"
    r"|een|mijn|zijn|haar|hun|onze)\b))?\s+(?:vertelt|vertelde|zegt|zei|belt|belde|mailt|mailde|appt|appte|huilt|huilde|lacht|lachte|antwoordt|"
    r"antwoordde|vraagt|vroeg|wil|wilde|voelt|voelde|vindt|vond|woont|woonde|slaapt|sliep|speelt|speelde|oogt|durft|"
    r"durfde|weet|wist|schrok|zucht|zuchtte|geeft\s+aan|gaf\s+aan|heeft\s+aangegeven|zorgt\s+voor\s+(?:zijn|haar)|"
    # what one who has an action point does: "Actiepunt: yordanka angelova zoekt uit of ..."
    r"zoekt\s+uit|gaat\s+na|neemt\s+contact\s+op|meldt\s+(?:het|de|zich)|regelt\s+(?:de|het|een)|"
    r"zit\s+in\s+groep|werkt\s+als|werkte\s+als|kwam\s+(?:niet\s+)?opdagen|komt\s+niet\s+opdagen|gaat\s+naar\s+(?:de\s+)?school|komt\s+(?:vaak\s+|steeds\s+|regelmatig\s+)?te\s+laat|"
    rf"(?:is|was|werd|wordt)\s+(?:[\w-]+\s+){{0,4}}?(?:{_TOESTAND})"
    r"|heeft\s+(?:toestemming|geen\s+toestemming|getekend|ondertekend|afgezegd|ingestemd)"
    r"|heeft\s+(?:[\w-]+\s+){0,3}?(?:gehuild|verteld|gezegd|aangegeven|gebeld|beperking|diagnose|stoornis|adhd|"
    r"autisme|trauma|verslaving|depressie))\b",
    re.IGNORECASE,
)
# the same verbs before an inverted subject, after a fronted part ("In het overleg vertelde Kibrom dat ...")
_DAAD_VOOR = patroon(
    r"(?<=[^\W\d_],|[a-zà-ÿ] )(?:vertelde|vertelt|zei|zegt|belde|belt|opende|wilde|wil|kwam|komt|voelde|voelt|"
    r"vond|vindt|woonde|woont|zat|zit|sliep|slaapt|huilde|huilt|mailde|appte|gaf|geeft|durfde|durft|gaat|ging)\s+")
_NA_INVERSIE = patroon(
    r"\s*(?:,|\s(?:dat|de\s+deur|vaak|steeds|zelf|niet|nooit|altijd|ook|nog|weer|graag|geen|te\s+laat|aan|in\s+groep|"
    rf"op\s+school|thuis|bang|boos|naar|mij|me|ons|(?:zijn|haar)\s+(?:{ROL})))\b|\s*,")
# "Bij het huisbezoek was Kasia niet thuis"
_WAS = patroon(r"(?<=[^\W\d_],|[a-zà-ÿ] )(?:was|is|bleek|lijkt|leek)\s+")
_NA_WAS = patroon(r"\s+(?:(?:niet|wel|ook|zelf|vaak|soms|regelmatig|nog|erg|heel|weer|al|steeds)\s+)?"
                     r"(?:thuis|ziek|afwezig|jarig|zwanger|bang|boos|verdrietig|ongerust|niet\s+aanwezig|overleden|geboren|"
    r"geschorst|gearresteerd|uit\s+huis\s+geplaatst|opgenomen\s+in\s+(?:het\s+)?(?:ziekenhuis|kliniek))\b")
# one who misses or sees a parent: "Door de scheiding ziet Georgi zijn vader weinig"
_ZIET = patroon(r"(?<=[^\W\d_],|[a-zà-ÿ] )(?:ziet|zag|mist|miste)\s+")
_NA_ZIET = patroon(rf"\s+(?:zijn|haar)\s+(?:{ROL})\b")
# a person's possession or relation: "De casus van Kasia", "de broer van mohammed"
_VAN_PERSOON = patroon(
    rf"(?<![\w-])(?i:{ROL}|voogd|gezinsvoogd|mentor|leerkracht|casus|thuissituatie|gedrag|hulpvraag|verjaardag|medicatie|diagnose|hechting|woning)"
    r"\s+van\s+")
# a professional assigned to a person: "de casusregisseur voor Zozo", "gezinsvoogd voor Nowicki"
_BEROEP_VOOR = patroon(r"(?<![\w-])(?i:casusregisseur|gezinsvoogd|jeugdbeschermer|casemanager|gezinscoach|"
                       r"trajectbegeleider|bewindvoerder)\s+voor\s+")
# "Het gesprek met abrehet", "contact met N'Diaye", "Oudergesprek met de Boer"
_GESPREK_MET = patroon(r"(?<![\w-])(?i:[a-z]*gesprek|gesproken|gebeld|huisbezoek)\s+met\s+")
# the subject of a subordinate clause: "dat Ousmane zelf de huisarts belt"
_VOEGWOORD = patroon(r"(?<![\w-])(?i:dat|omdat|als|wanneer|zodat|terwijl|nadat|voordat|doordat|hoewel)\s+")
_NA_VOEGWOORD = patroon(r"\s+(?:zelf|vaak|steeds|graag|nooit|altijd|erg|bang|boos|ziek|moe|alleen\s+thuis|thuis\w*|"
                           r"slecht\s+slaapt|met\s+(?:de|haar|zijn|hun)\s+(?:kinderen|kind|zoon|dochter))\b")
# a person one phoned or spoke with: "Ik heb met Sow gebeld"
_MET = patroon(r"(?<![\w-])(?i:met)\s+")
_NA_MET = patroon(rf"\s+(?:gebeld|gesproken|geappt|gemaild|afgesproken|een\s+gesprek"
                     rf"|en\s+(?:de|zijn|haar|diens)\s+(?:{ROL}|{_BEROEP}))\b")
# a person as the object of a verb of care: "heeft Gijs van 't Hof doorverwezen naar de voedselbank"
_OBJECT_VOOR = patroon(r"(?<![\w-])(?:heeft|hebben|had|hadden)\s+")
_OBJECT_NA = patroon(
    r"\s+(?:[\w-]+\s+){0,3}?(?:doorverwezen|verwezen|uitgenodigd|gesproken|bezocht|aangemeld|opgehaald|"
    r"uit\s+huis\s+geplaatst|geholpen|gehoord|getest|onderzocht|gezien|thuis\s+bezocht|uitgelegd|geadviseerd|"
    r"aangesproken|gewezen|opgeroepen)\b")
# a person as the object of a separable verb: "De hulpverlener sprak Georgi aan op zijn gedrag"
_SCHEIDBAAR_VOOR = patroon(r"(?<=[a-zà-ÿ] )(?:sprak|spreekt|nodigde|nodigt|verwees|verwijst|zocht|zoekt)\s+")
_SCHEIDBAAR_NA = patroon(r"\s+(?:(?:nog|weer|ook|direct|zelf)\s+)?(?:aan|uit|door|op)\b")
# words after which a person follows: consent, worries, safety, a stay with someone
_PERSOONSVOORZETSEL = patroon(
    r"(?<![\w-])(?i:(?:met|zonder)\s+(?:instemming|toestemming)\s+van|zorgen\s+(?:over|om)|(?:veiligheid|welzijn)\s+van"
    r"|(?:logeren|logeert|logeerde|slaapt|slapen|sliep)\s+bij)\s+")  # not "verblijft bij Pluryn": an institution
# a name with an age in brackets ("Georgi (14)") or with his or her family ("Zebari en haar twee kinderen")
_NA_NAAM = patroon(rf"\s?\(\s*\d{{1,2}}\s*(?:jaar|jr\.?)?\s*[,)]|\s+en\s+(?:haar|zijn)\s+(?:[\w-]+\s+)?"
                      rf"(?:{ROL}|kinderen|partner|man|vrouw)\b")
# a document word before a name in a short value: "plan Ama", "evaluatie JANKOWSKI", "Wijkteam Noord - casus Bui"
_DOCUMENTWOORD = patroon(
    r"(?:^|(?<=[-–(:/,]\s)|(?<=[-–(:/,]))\s*(?i:plan|evaluatie|casus|verslag|gespreksverslag|gesprek|dossier|overleg|"
    r"mdo|intake|notitie|notities|aantekeningen|rapportage|brief|zaak|besluit|beschikking|aanmelding|melding|"
    r"huisbezoek|contact|evaluatiegesprek|gezin|familie|fam\.?|zorgplan|gezinsplan|overdracht|brief\s+aan|"
    r"ouders(?:\s+van)?)\s*[:]?\s+")
_EINDE_WAARDE = patroon(r"\s*(?:$|[(),/])|\s+[-–]\s|\s+\d|\s+(?:en|&)\s|\s+(?i:bsn|concept|definitief|versie)\b")
# a document word or a role after a name in a short value: "Amrani dossier", "Linh_verslag", "Pham (moeder)"
_VOOR_DOCUMENTWOORD = patroon(
    rf"\s*(?:[-–]\s*)?(?i:dossier|verslag|evaluatie|plan|notities|gesprek|intake|overdracht|brief|mdo|rapport|zorgplan)\b"
    rf"|\s*\((?i:{ROL})\)")
_BEGIN_WAARDE = patroon(r"^\s*(?:[\d-]{4,}\s+)?|(?<=[-–(,:])\s*")
_VOORLETTERS = patroon(r"(?:[A-Z]\.\s?){1,4}(?=[A-Za-z])")
_ZINSBEGIN = patroon(r"(?:^\s*|[.!?;:]\s+|\n\s*)[\"'(]?(?:(?:Ook|Zelfs|Alleen|ook|zelfs|alleen)\s+)?(?=\w)")
# a Dutch word for a function or role by its ending: "regievoerder", "zorgverlener", "gezinsvertegenwoordiger"
_FUNCTIEUITGANG = patroon(r"(?:voerder|houder|werker|gever|nemer|verlener|leider|drager|zoeker|kundige|adviseur|"
                             r"ambtenaar|functionaris|medewerker|therapeut|pedagoog|coördinator|coordinator|regisseur|"
                             r"consulent|begeleider|vertegenwoordiger|bemiddelaar|beheerder|toezichthouder)(?:s|e?n)?$")
_NEDERLANDS_ACHTERVOEGSEL = patroon(r"(?:ing|heid|tie|isme|schap|teit|nis|sel|ering)$")


_VOORVOEGSEL = patroon(r"(?:op|af|aan|in|uit|door|mee|over|terug|toe|voor|na|om|bij|samen|weg|ver|be|ont|her|ge)")


def _nederlands_gevormd(laag: str) -> bool:
    """A rare word formed as Dutch words are: a compound, a Dutch ending, or a prefix before a common word
    ("opschalen", "doorverwijzing", "herindicatie")."""
    from .lijsten import frequentie

    if samenstelling(laag):
        return True
    if (uitgang := _NEDERLANDS_ACHTERVOEGSEL.search(laag)) is not None:
        # "-sel" and "-nis" make no new Dutch words: one Dutch never wrote is a name ("Ruthsel"), not "voedsel"
        return uitgang.group() not in ("sel", "nis") or frequentie(laag) > 0.0
    if laag.endswith("end") and frequentie(laag[:-1]) >= 2.5:
        return True  # a present participle: "samenvattend", "aansluitend"
    voor = _VOORVOEGSEL.match(laag)
    return voor is not None and len(laag) - voor.end() >= 3 and frequentie(laag[voor.end():]) >= 3.0


def _uitspreekbaar(woord: str) -> bool:
    """A short word in capitals that reads as a syllable ("SOW", "JAFF", "BUI"), not as letters ("AMW")."""
    return re.fullmatch(r"[^aeiouy]{0,2}[aeiouy]{1,2}(?:[^aeiouy]|ff|ll|ss|ng|ch|sh|nh)?", woord.casefold()) is not None


def _geen_naam(laag: str) -> bool:
    """An interfix, a common word, a place, a role or a function, a street or a school ("Dr. Lelylaan"): never a
    name by itself."""
    return laag in _TUSSENWOORD or laag in GEEN_NAAM or laag in gewone_woorden() or laag in plaatsnamen() \
        or GEEN_NAAMVORM.search(laag) is not None \
        or _FUNCTIEUITGANG.search(laag) is not None or _ROLWOORDEN.match(laag) is not None \
        or re.fullmatch(rf"(?i:{_BEROEP}|{_PERSOONSWOORD})", laag) is not None


def naamwoord(woord: str, eerste: bool = True, ruim: bool = False) -> bool:
    """Whether `woord` may be (a part of) a person's name where a person stands: a known first name or surname
    that is not a common Dutch word, a rare word that is no Dutch compound, or a name's form (`naamvorm`). In
    lowercase the first part must be a known name or a word Dutch never uses; a later part needs only not to
    be a common word ("sharona kook")."""
    from .lijsten import achternamen, frequentie, op_voornamenlijst

    laag = woord.casefold()
    if _geen_naam(laag):
        return False
    voornaam = op_voornamenlijst(laag)
    bekend = voornaam or laag in achternamen()
    if woord.isupper() and len(woord) > 1 and (laag in _AFKORTINGEN or (
            len(woord) <= 4 and not bekend and not _uitspreekbaar(woord))):
        return False  # an abbreviation ("AMW"), not a name in capitals ("HENK", "SOW")
    if naamvorm(woord[:1] + woord[1:].lower() if woord.isupper() else woord):
        return True
    klein = woord[:1].islower()
    if klein and eerste:  # in lowercase alone mostly a first name ("vader belt" is a verb, though "Belt" a surname)
        return (voornaam and frequentie(laag) < 4.3) or (bekend and frequentie(laag) < 3.0) or nooit_gezien_woord(woord) or (
            ruim and frequentie(laag) < 2.5 and len(laag) > 3 and not _nederlands_gevormd(laag))
    if klein:
        return frequentie(laag) < 4.5 and len(laag) > 1
    if bekend:
        return frequentie(laag) < 5.0
    return frequentie(laag) < 2.8 and len(laag) > 1 and not _nederlands_gevormd(laag)


def _voornaam_voor_tussenvoegsel(tekst: str, woord: re.Match[str]) -> bool:
    """A common first name typed in lowercase before an interfix and a surname or before a known surname ("jan de
    vries", "mark jansen")."""
    from .lijsten import frequentie, voornamen_wereld

    laag = woord.group().casefold()
    from .lijsten import achternamen

    if not woord.group().islower() or laag not in voornamen_wereld() or _geen_naam(laag) or frequentie(laag) >= 5.5:
        return False
    na = re.match(r" (?:(?:van|de|der|den|ter|ten|el|al) )?([^\W\d_]{2,})", tekst[woord.end():woord.end() + 40])
    if na is None:
        return False
    achter = na.group(1).casefold()
    return na.group().count(" ") > 1 or (achter in achternamen() and achter not in gewone_woorden())


# a surname that opens with its interfix in lowercase, with no first name before it ("met de Boer", "dos Santos")
_INTERFIX_ACHTERNAAM = patroon(r"(?:(?:van|de|der|den|'t|ter|ten|te|dos|da|di|la|le|von|dela|del|delos|das)\s+){1,3}"
                               r"(?P<achter>[A-Z][a-zà-ÿ'’]+)")


def _na_tussenvoegsel(treffer: re.Match[str] | None) -> bool:
    return treffer is not None and treffer.group("achter").casefold() in _achternamen_na_tussenvoegsel()


def _achter_tussenvoegsel(laag: str) -> bool:
    """A surname that follows an interfix in deduce's list ("vries", "jong", "berg"), also when it is a place."""
    return laag in _achternamen_na_tussenvoegsel() and laag not in gewone_woorden()


@functools.cache
def _achternamen_na_tussenvoegsel() -> frozenset[str]:
    from .lijsten import lijst

    return frozenset(w.casefold() for w in lijst("names/lst_interfix_surname"))


def _bekende_achternaam(laag: str) -> bool:
    """A surname of the lists that is a Dutch word too ("kok", "bos", "vos"), but no role, place or common word of
    the field."""
    from .lijsten import achternamen

    return laag in achternamen() and laag not in GEEN_NAAM and laag not in plaatsnamen() and len(laag) > 2 \
        and _ROLWOORDEN.match(laag) is None and re.fullmatch(rf"(?i:{_BEROEP}|{_PERSOONSWOORD})", laag) is None


def _namen_vanaf(tekst: str, begin: int, tot: int = 3, ruim: bool = False,
                 zinsbegin: bool = False) -> list[tuple[int, int]]:
    """The spans of the names of at most `tot` parts that may start at `begin`, longest first (parts joined by one
    space, interfixes between them: "Gijs van 't Hof", "Binta N'Dour", "sharona kook"); `ruim` takes a rare word
    in lowercase as a first part too, where the sentence leaves no other reading ("vertelde ousmane sow dat"). Not
    at the start of a sentence (`zinsbegin`) a capital tells a proper noun: a surname that is a Dutch word too is
    a name there ("vertelde Bos dat", "casusregisseur Vos"), as it is after a first name ("lieke kok")."""
    einden: list[int] = []
    delen, tussen, plek = 0, 0, begin
    voorletters = _VOORLETTERS.match(tekst, begin)
    if voorletters is not None:  # "A. Sow", "K.J. Everts"
        plek = voorletters.end()
    groot = tekst[plek:plek + 1].isupper() or _na_tussenvoegsel(_INTERFIX_ACHTERNAAM.match(tekst, plek))
    while delen < tot:
        woord = _WOORD.match(tekst, plek)
        if woord is None:
            break
        laag = woord.group().casefold()
        if laag in _TUSSENWOORD and (delen > 0 or tussen > 0 or (woord.group()[:1].isupper() and laag != "a")
                                     or laag in _DEELTJE_VOORAAN
                                     or _na_tussenvoegsel(_INTERFIX_ACHTERNAAM.match(tekst, woord.start()))):
            if tekst[woord.end():woord.end() + 1] != " " or tussen >= 3:
                break
            tussen += 1
            plek = woord.end() + 1
            continue
        if woord.group()[:1].isupper() != groot and not (delen and tussen):
            break  # a change of case ends a name ("De bakker"), but not after an interfix ("Gijs van 't Hof")
        na_tussenwoord = tussen > 0 and ((laag not in GEEN_NAAM and (woord.group()[:1].isupper() or _achter_tussenvoegsel(laag)))
                                         or (woord.group()[:1].isupper() and laag in _achternamen_na_tussenvoegsel()))
        if not (na_tussenwoord or naamwoord(woord.group(), eerste=delen == 0, ruim=ruim)
                or (delen == 0 and _voornaam_voor_tussenvoegsel(tekst, woord))
                or ((delen > 0 or (not zinsbegin and woord.group().istitle())) and _bekende_achternaam(laag))):
            break  # after an interfix a capitalised word is a surname ("van 't Hof", "de Wit")
        delen += 1
        tussen = 0
        einden.append(woord.end())
        if re.match(r"[-_/]\d", tekst[woord.end():woord.end() + 2]) or (
                woord.group().isupper() and re.match(r"\s\d", tekst[woord.end():woord.end() + 2])):
            einden.pop()  # a letter code of a number: "GOU-2016-035"
            break
        if tekst[woord.end():woord.end() + 1] != " ":
            break
        plek = woord.end() + 1
    return [(begin, eind) for eind in reversed(einden)]


def _naam_tot(tekst: str, eind: int) -> Iterator[Treffer]:
    """The longest name (at most three parts, with interfixes) that ends at `eind`."""
    begins = [m.start() for m in _WOORD.finditer(tekst, max(0, eind - 60), eind)]
    for begin in begins:
        if begin > 0 and tekst[begin - 1] not in " (\n\"'":
            continue
        if any(e == eind for _, e in _namen_vanaf(tekst, begin)):
            yield Treffer("naam", begin, eind)
            return


def _naam_voor(tekst: str, begin: int, na: re.Pattern[str], na_ook: re.Pattern[str] | None = None,
               ruim: bool = False, zinsbegin: bool = False) -> Iterator[Treffer]:
    """The longest name from `begin` that the words after it (`na`, or `na_ook`) show to be a person."""
    for span in _namen_vanaf(tekst, begin, ruim=ruim, zinsbegin=zinsbegin):
        if na.match(tekst, span[1]) or (na_ook is not None and na_ook.match(tekst, span[1])):
            yield Treffer("naam", *span)
            return


def namen_in_zin(tekst: str) -> Iterator[Treffer]:
    """Names that stand where a sentence puts a person (see the module)."""
    if not re.search(r"[^\W\d_]{2}", tekst):
        return
    for zin in _ZINSBEGIN.finditer(tekst):  # the subject before a verb only a person does
        yield from _naam_voor(tekst, zin.end(), _DAAD_NA, ruim=True, zinsbegin=True)
    for verb in _DAAD_VOOR.finditer(tekst):
        yield from _naam_voor(tekst, verb.end(), _NA_INVERSIE, ruim=True)
    for voegwoord in _VOEGWOORD.finditer(tekst):
        yield from _naam_voor(tekst, voegwoord.end(), _NA_VOEGWOORD, _DAAD_NA, ruim=True)
    for verb in _ZIET.finditer(tekst):
        yield from _naam_voor(tekst, verb.end(), _NA_ZIET, ruim=True)
    for verb in _WAS.finditer(tekst):
        yield from _naam_voor(tekst, verb.end(), _NA_WAS, ruim=True)
    for verb in _SCHEIDBAAR_VOOR.finditer(tekst):
        yield from _naam_voor(tekst, verb.end(), _SCHEIDBAAR_NA, ruim=True)
    for na in _NA_NAAM.finditer(tekst):
        yield from _naam_tot(tekst, na.start())
    for cue in (*_VAN_PERSOON.finditer(tekst), *_GESPREK_MET.finditer(tekst), *_BEROEP_VOOR.finditer(tekst),
                *_PERSOONSVOORZETSEL.finditer(tekst)):
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, cue.end())[:1])
    for met in _MET.finditer(tekst):
        yield from _naam_voor(tekst, met.end(), _NA_MET)
    for hulpwerkwoord in _OBJECT_VOOR.finditer(tekst):
        yield from _naam_voor(tekst, hulpwerkwoord.end(), _OBJECT_NA)
    for beroep in _NA_BEROEP.finditer(tekst):
        # "mentor Bakker", "(casusregisseur ama)"; in lowercase only a role used as a title, without an article
        # ("de leerplichtambtenaar belt" is a verb)
        lidwoord = _LIDWOORD.search(tekst, max(0, beroep.start() - 8), beroep.start()) is not None
        yield from (Treffer("naam", *span) for span in _namen_vanaf(tekst, beroep.end())[:1]
                    if not (lidwoord and tekst[span[0]:span[0] + 1].islower()))
    for woord in _WOORD.finditer(tekst):  # "Volgens D'Souza", "met Al-Masri": a name by its form
        if woord.group()[:1].isupper() and naamvorm(woord.group(), alleen_schrijfwijze=True) \
                and not _PLAATSVOORZETSEL.search(tekst, max(0, woord.start() - 8), woord.start()):
            yield Treffer("naam", woord.start(), woord.end())
    if len(tekst) <= 100:
        yield from _namen_in_korte_waarde(tekst)


def _naam_in_korte_waarde(naam: str) -> bool:
    """Whether a name found beside a document word in a short value stands: two parts or more, or one that a list
    knows, that is written as names are, that Dutch never uses or that English or French text uses too ("casus
    Sow"); one rare word used only in Dutch is a neighbourhood or an organisation ("Malburgen dossier", "plan
    Kolenkit")."""
    from .lijsten import achternamen, elders_gezien, op_voornamenlijst

    woorden = [w for w in _WOORD.findall(naam) if w.casefold() not in _TUSSENWOORD]
    if len(woorden) != 1:
        return True
    woord, laag = woorden[0], woorden[0].casefold()
    return op_voornamenlijst(laag) or laag in achternamen() \
        or naamvorm(woord[:1] + woord[1:].lower()) or nooit_gezien_woord(woord[:1] + woord[1:].lower()) \
        or elders_gezien(laag)


def _namen_in_korte_waarde(tekst: str) -> Iterator[Treffer]:
    """Names in a short value (a key, a team field, a file name): after a document word ("plan Ama"), before one
    ("Amrani dossier", "Pham (moeder)"), and a known surname with an initial ("jansen p", "P. Jansen" is the initials rule's)."""
    from .lijsten import achternamen

    for woord in _DOCUMENTWOORD.finditer(tekst):
        code = re.match(r"[A-Z]{2,4}\b", tekst[woord.end():])
        if code is not None and code.group() in gemeentecodes():
            continue  # "Dossier TIL", "dossier GOU": the code of a gemeente (not "casus BUI")
        yield from (t for t in _naam_voor(tekst, woord.end(), _EINDE_WAARDE) if _naam_in_korte_waarde(tekst[t.begin:t.eind]))
    for begin in _BEGIN_WAARDE.finditer(tekst):
        yield from (t for t in _naam_voor(tekst, begin.end(), _VOOR_DOCUMENTWOORD)
                    if _naam_in_korte_waarde(tekst[t.begin:t.eind]))
    heel = re.fullmatch(r"\s*([a-zà-ÿ].*?)\s*", tekst)  # the whole value a name in lowercase: "jan de vries"
    if heel is not None and _voornaam_voor_tussenvoegsel(tekst, _WOORD.match(tekst, heel.start(1)) or heel) \
            and any(eind == heel.end(1) for _, eind in _namen_vanaf(tekst, heel.start(1))):
        yield Treffer("naam", heel.start(1), heel.end(1))
    initiaal = re.fullmatch(r"\s*(?:([^\W\d_]{3,})[ ._-]+([a-z])\.?|([a-z])[ ._-]+([^\W\d_]{3,}))\s*", tekst)
    if initiaal is not None:
        achter = initiaal.group(1) or initiaal.group(4)
        if achter.casefold() in achternamen() and achter.casefold() not in gewone_woorden():
            yield Treffer("naam", initiaal.start(1) if initiaal.group(1) else initiaal.start(3),
                          initiaal.end(2) if initiaal.group(1) else initiaal.end(4))
