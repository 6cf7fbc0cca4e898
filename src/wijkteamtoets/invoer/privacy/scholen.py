"""A pupil's school: a named school with a groep, klas or leerjaar nearby ("basisschool De Regenboog, groep 5",
"klas 2 van het Da Vinci College").

A school on its own is public (an organisation); with a class it points to one child, so the detector looks for a
school's name near a class word. Overlapping findings are joined into one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..patronen import patroon
from .schoolnamen import GEEN_SCHOOLNAAM, naam_met_lidwoord, naam_zonder_schoolwoord
from .treffer import Treffer

# the kinds of school written before a school's name ("obs De Fontein", "Praktijkschool Het Baken", "CSG Liudger")
_SCHOOLWOORD = (r"basisschool|school|obs|cbs|pcbs|rkbs|ibs|sbo|so|vso|isk|kindcentrum|ikc|montessorischool|"
                r"daltonschool|jenaplanschool|praktijkschool|vrije\s+school|vrijeschool|scholengemeenschap|"
                r"csg|rsg|osg|ksg|pcsg|college|lyceum|gymnasium|atheneum|montessori|dalton|jenaplan")
_TELWOORD_SCHOOL = "een|twee|drie|vier|vijf|zes|zeven|acht"
_SCHOOL = patroon(
    rf"\b(?i:{_SCHOOLWOORD})\s+(?:(?i:de|het|'t)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}}"
    rf"[^.;\n]{{0,40}}?\b(?i:groep\s*\d(?:/\d|\w)?|gr\.\s*\d(?:/\d)?|klas\s*\d\w?|leerjaar\s*\d|brugklas"
    rf"|[1-6](?:e|de|ste)\s+klas)"
    rf"|\b(?:(?i:groep|gr\.?|klas|kl\.?|leerjaar)\s*(?:\d\w?|(?i:{_TELWOORD_SCHOOL})\b)(?:\s+(?i:vmbo(?:-\w+)?|mavo|havo|vwo))?"
    rf"|(?i:brugklas|kleutergroep|kleuterklas|instroomgroep|schakelklas|taalklas|plusklas|examenklas))\s+(?i:van|op|bij|in)\s+(?:(?i:basisschool|school|obs|cbs|de|het|'t)\s+){{0,3}}"
    rf"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}(?:\s+(?i:basisschool|school|college))?"
    # a school named without the word school: "zit op De Klimop in groep 3"
    rf"|(?:(?<=\b(?i:op)\s)|(?<=\b(?i:naar)\s))(?:(?:De|Het|'t|de|het)\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}"
    rf"(?:,?\s+(?:(?i:in)\s+)?|\s*(?P<haakje>\(\s*))(?i:groep|klas|leerjaar)\s*(?:\d\w?|(?i:{_TELWOORD_SCHOOL})\b)"
    rf"(?(haakje)\s*\))",
)


# a school's name in lowercase after its groep: "groep 8 van de tweemaster"; not a word of school life
_KLEINE_SCHOOL = patroon(r"\b(?i:groep|klas|leerjaar)\s*\d\w?\s+(?i:van|op|bij)\s+(?i:de|het|'t)\s+"
                            r"(?P<naam>[a-zà-ÿ][\w'-]{3,})(?![\w-])")


# a word of a name: not an article (that stands before the name) nor a role or a document of school life that begins
# a sentence ("Mentor van het ...", "Verslag van ...")
_NAAMWOORD = (r"(?!(?:De|Het|Een|Mentor|Leerkracht|Docent|Directeur|Directie|Leerling|Leerlingen|Ouders|Moeder|Vader"
              r"|Zoon|Dochter|Juf|Meester|Verslag|Aanmelding|Brief|Melding|Overleg|Gesprek|Verwijzing|School|Mail|E-mail|Bericht"
              r"|Contact|Afspraak"
              # a preposition or time word that opens a sentence: "Op school", "Na school", "Vandaag school"
              r"|Op|Na|Naar|Van|Bij|Voor|Over|In|Uit|Met|Zonder|Tijdens|Buiten|Binnen|Thuis|Vandaag|Gisteren|Morgen"
              r"|\w*team)\b)"  # "Schoolteam Vakcollege Tilburg": the team of the school, not a word of its name
              r"[A-Z][\w'-]*")
_TUSSENWOORD = r"(?:(?:van|de|der|den|het|'t|ter|ten|Van|De|Der|Den)\s+){0,3}"
# a school word after the name: a word of its own ("Coornhert Gymnasium", "Wolfert Dalton") or a compound
# ("Max Havelaarschool"), not a kind alone ("Basisschool")
_SCHOOL_NA = (r"(?:College|Lyceum|Gymnasium|Atheneum|Scholengemeenschap|Scholengroep|Praktijkschool|Vakcollege|Mavo"
              r"|ISK|IKC|Kindcentrum|Basisschool|Dalton|Montessori|Jenaplan|Daltonschool|Montessorischool|Jenaplanschool"
              r"|[Ss]chool)")  # "de Al Ikhlaas school, groep 5"
_SAMENGESTELD = (r"(?!(?i:basis|praktijk|montessori|dalton|jenaplan|vrije|kleuter|middelbare|hoge|lagere|speciale|"
                 r"zomer|brede|muziek|dans|rij|zwem|taal|huiswerk|voort|vak)(?:school|college)\b)"
                 r"[A-Z][\w'-]*(?:school|college|lyceum)")
# the kind of a school before its name, in any case, with the denomination before it ("islamitische basisschool")
_SOORT_VOOR = (r"(?i:bs|obs|cbs|pcbs|rkbs|ibs|sbo|vso|isk|ikc|sbo-school|csg|rsg|osg|ksg|pcsg|praktijkschool"
               r"|praktijkonderwijs|mavo|mbo|roc(?:\s+van)?"
               # two kinds in one ("so/vso De Ruimte", "sbo/so"), and special education written in full
               r"|(?:sbo|so|vso|pro)\s?/\s?(?:sbo|so|vso|pro)|(?:voortgezet\s+)?speciaal\s+(?:basis)?onderwijs"
               r"|montessorischool|daltonschool|jenaplanschool|kindcentrum|vrije\s+school|scholengemeenschap"
               r"|mytylschool|tyltylschool|mytyl-?\s*en\s+tyltylschool|cluster[- ]?[1-4][- ]?school"
               r"|(?:(?:openbare|christelijke|katholieke|rooms-katholieke|protestants-christelijke|islamitische"
               r"|hindoeïstische|joodse|reformatorische|gereformeerde|algemeen\s+bijzondere|rk|r\.k\.|pc|p\.c\."
               r"|prot\.\s*chr\.|chr\.)\s+)?basisschool)"
               # in capitals only: "SO De Witte Vogel", "Gymnasium Haganum", "Vakcollege Dordrecht"
               r"|SO|Gymnasium|Lyceum|College|Atheneum|Mavo|Vakcollege|Praktijkcollege|Scholengemeenschap|Scholengroep"
               # the word school itself before an article and a name: "zit op school De Klimop"
               r"|[Ss]chool(?=\s+(?:De|Het|'t)\s)"
               # an adjective as its kind: "Stedelijk Lyceum Zuid", "Christelijk College Noordstad"
               r"|(?:Stedelijk|Christelijk|Katholiek|Openbaar|Protestants-Christelijk|Interconfessioneel|Grafisch"
               r"|Technisch|Bisschoppelijk|Algemeen|Chr\.)\s+(?:Gymnasium|Lyceum|College|Atheneum|Scholengemeenschap)")
_TITEL = r"(?:(?:Dr|Ds|Mgr|St|Prof|Sint)\.?-?\s*)"
# a named school: its kind before the name ("rkbs De Eendracht", "sbo-school De Wilgenstam", "ISK Delft") or its
# school word in or after it ("Max Havelaarschool", "het Christelijk Lyceum Gouda", "het Da Vinci College
# Kagerstraat", "Wolfert Dalton"); the article before it belongs to the name
_NAAM_VAN_SCHOOL = patroon(
    r"(?<![\w-])(?:(?:[Dd]e|[Hh]et|'t)\s+)?(?:GO!\s+)?"  # "GO! Atheneum Antwerpen": a school of the Flemish network
    rf"(?:(?P<soort>{_SOORT_VOOR})\s+(?:(?:De|Het|'t)\s+)?{_TITEL}?{_NAAMWOORD}(?:\s+{_TUSSENWOORD}{_NAAMWOORD}){{0,2}}"
    rf"|{_TITEL}?(?:{_NAAMWOORD}\s+{_TUSSENWOORD}){{1,3}}{_SCHOOL_NA}"
    rf"(?:\s+(?!De\b|Het\b){_NAAMWOORD})?"
    rf"|{_TITEL}?(?:{_NAAMWOORD}\s+{_TUSSENWOORD}){{0,3}}{_SAMENGESTELD}"
    rf"(?:\s+(?!De\b|Het\b){_NAAMWOORD})?)(?![\w-])")
_KLASWOORD = patroon(r"(?i:\b(?:combinatie)?groep\s*:?\s*(?:\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht)\b)"
                        r"|\b(?:kleutergroep|kleuterklas|instroomgroep|schakelklas|taalklas|plusklas|examenklas)\b"
                        r"|\bgr\.?\s*\d|\bkl\.?\s*\d|\bbrugkl\b|\bklas\b|\bhavo\b|\bvwo\b|\bvmbo|\bmavo\b"
                        # the year of an mbo ("jaar 1", "3e jaar bol", "niveau 2") and a vmbo track ("3 gt")
                        r"|\bjaar\s*[1-4]\b|\b[1-4](?:e|de)\s+jaar\b|\bniveau\s*[1-4]\b|\b[1-6]\s*(?:gt|tl|kb|bb)\b"
                        r"|\bleerjaar|\bbrugklas|\d(?:e|de)\s+klas)")

# a school with its kind in brackets after the name: "de vonk (sbo)", "De Wilgen (obs)", "de Hoeksteen (cbs)"
_SOORT_ERNA = patroon(
    r"(?<![\w-])(?:(?:[Dd]e|[Hh]et|'t)\s+(?P<naam>[^\W\d_][\w'-]+)|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"\s*\(\s*(?i:bs|obs|cbs|pcbs|rkbs|ibs|sbo|so|vso|isk|ikc|basisschool|praktijkonderwijs|pro|mavo|vmbo|kindcentrum)"
    r"\s*\)")

# a school in lowercase: its kind before the name ("cbs de ark", "basisschool de klimop", "sbo triangel"), a rare word
# before its school word ("kalsbeek college", "wolfert dalton"), or a compound named after a person ("dr. schaepmanschool")
_KLEINE_NAAM = patroon(
    r"(?<![\w-])(?:(?:bs|obs|cbs|pcbs|rkbs|ibs|sbo|vso|isk|ikc|praktijkonderwijs|mavo|roc(?:\s+van)?)\s+(?:(?:de|het|'t)\s+)?"
    r"|(?:(?:openbare|christelijke|katholieke|islamitische)\s+)?"
    r"(?:basisschool|montessorischool|daltonschool|jenaplanschool|praktijkschool|kindcentrum|scholengemeenschap"
    r"|mytylschool|tyltylschool|so|vrije\s+school)\s+(?:de|het|'t)\s+)(?:(?:st|sint|dr|mgr)\.?\s*)?(?P<naam>[a-zà-ÿ][\w'-]{2,})(?![\w-])",
    re.IGNORECASE)
_KLEINE_VOOR_SCHOOLWOORD = patroon(
    r"(?<![\w-])(?:(?:de|het|'t)\s+)?(?:(?:da|de|van|von|der|den|st\.|sint)\s+)?(?P<voor>[a-zà-ÿ][\w'-]{3,})\s+"
    r"(?:college|lyceum|gymnasium|atheneum|scholengemeenschap|praktijkschool|vakcollege|dalton|montessori|jenaplan"
    r"|mavo|isk)(?![\w-])",
    re.IGNORECASE)
# a compound named after a person or thing: "dr. schaepmanschool", "jan ligthartschool", "vondelschool"
_KLEINE_SAMENSTELLING = patroon(
    r"(?<![\w-])(?:(?P<titel>(?:dr|ds|mgr|st|prof|pater|sint)\.?-?\s*)|(?P<voornaam>[a-zà-ÿ]{2,})\s+)?"
    r"(?P<stam>[a-zà-ÿ][\w'-]{3,}?)(?:school|college|lyceum)(?![\w-])", re.IGNORECASE)
_SOORTWOORD = frozenset({"montessori", "dalton", "jenaplan", "stedelijk", "vrije"})  # "het montessori lyceum"
_SOORTSTAM = frozenset({"basis", "praktijk", "montessori", "dalton", "jenaplan", "vrije", "kleuter", "middelbare",
                        "hoge", "lagere", "speciale", "zomer", "brede", "muziek", "dans", "rij", "zwem", "taal",
                        "huiswerk", "voort", "vak", "nacht", "dag", "buiten", "bijles", "kook", "brug", "nieuwe"})

# a school named without a school word, beside its class: "met Het Baken over de zoon (groep 5)", "het Johan de Witt,
# klas 3", "IB Vossius Westpark leerjaar 3"; never a person's name (a known first name or surname), nor an
# organisation of care by its word ("Het Wijkteam", "het Wilhelmina Kinderziekenhuis") or a common word ("Het Kind");
# with an article after a word that places a pupil at a school ("op", "van", "met"), a label ("school:", "IB",
# "Jeugdteam -") or a class ("groep 5/6 Het Baken"); a name word has small letters (not "het NJi", "De GGD")
_NAAMWOORD_KLEIN = rf"(?=[A-Z][a-zà-ÿ]){_NAAMWOORD}"
_HET_NAAM = patroon(
    r"(?<![\w'-])(?:op|naar|van|met|bij|voor|aan|via|school:?|IB|-|[\w/-]*\d|vmbo-\w+)\s+(?P<lidwoord>Het|De|het)\s+"
    rf"(?P<naam>{_NAAMWOORD_KLEIN}(?:\s+{_TUSSENWOORD}{_NAAMWOORD_KLEIN}){{0,2}})(?![\w-])")
_NAAM_VOOR_KLAS = patroon(
    rf"(?<![\w'-])(?:(?P<lidwoord>Het|De|het)\s+"
    rf"(?P<naam_na_lidwoord>{_NAAMWOORD_KLEIN}(?:\s+{_TUSSENWOORD}{_NAAMWOORD_KLEIN}){{0,2}})"
    rf"|(?P<naam>{_NAAMWOORD}(?:\s+{_NAAMWOORD}){{1,2}}))(?:,?\s+|\s*\(\s*)(?=(?i:leerjaar\s*\d|klas\s*\d|groep\s*\d"
    r"|gr\.?\s*\d|kl\.?\s*\d|[1-6](?:e|de|ste)\s+klas|brugklas)\b)")

# a class as short notes write it beside a school: "groep 1/2", "gr 6", "kl. 2", "klas 1 vmbo-b", "(2 havo)", "3e klas",
# "brugkl."; it belongs to the value, before the school ("groep 4 van ...") or after it ("..., gr. 5", "... (klas 2)")
_TELWOORD = r"(?i:een|twee|drie|vier|vijf|zes|zeven|acht)"
_NIVEAU = r"(?:vmbo(?:-[a-z]{1,2}|\s+[bkgt]{1,2})?|mavo|havo|vwo|gymnasium|atheneum|gt|tl|kb|bb)(?![\w-])"
# the year of an mbo: "jaar 1", "3e jaar bol", "niveau 2, jaar 1", "bbl jaar 2"
_MBO_JAAR = r"(?:(?:bol|bbl)\s+)?(?:jaar\s*[1-4]|[1-4](?:e|de)\s+jaar)(?![\w-])(?:\s+(?:bol|bbl)(?![\w-]))?"
_KLAS_KORT = (rf"(?:(?:(?:combinatie)?groep|gr\.?|klas|kl\.?|leerjaar)\s*(?:\d{{1,2}}(?:\s*[/-]\s*\d{{1,2}})?|{_TELWOORD})(?![\w-])"
              rf"(?:\s*{_NIVEAU})?|niveau\s*[1-4](?![\w-])(?:,?\s+{_MBO_JAAR})?|{_MBO_JAAR}"
              rf"|[1-6]\s*{_NIVEAU}|[1-6](?:e|de|ste)\s+klas(?:\s*{_NIVEAU})?|brugklas|brugkl\b\.?)")
_KLAS_ERNA = patroon(rf"\s{{0,4}}\(\s*{_KLAS_KORT}\s*\)|(?:\s{{0,4}}[,/:]|\s)\s{{0,4}}(?:in\s+)?{_KLAS_KORT}",
                        re.IGNORECASE)
_KLAS_ERVOOR = patroon(rf"(?<![\w-]){_KLAS_KORT}\s+(?:(?:van|op|bij|in)\s+)?\Z", re.IGNORECASE)


def _met_klas(tekst: str, treffer: Treffer) -> Treffer:
    """A school's finding with the class written right before or after it."""
    begin, eind = treffer.begin, treffer.eind
    if (erna := _KLAS_ERNA.match(tekst, eind)) is not None:
        eind = erna.end()
    if (ervoor := _KLAS_ERVOOR.search(tekst, max(0, begin - 40), begin)) is not None:
        begin = ervoor.start()
    return Treffer("school", begin, eind)


def scholen(tekst: str) -> Iterator[Treffer]:
    """Schools, overlapping findings joined ("klas 1 van het Da Vinci College" and "Da Vinci College
    Kagerstraat" are one)."""
    los = [*_scholen_los(tekst), *_bezochte_scholen(tekst)]
    treffers = sorted((_met_klas(tekst, t) for t in los), key=lambda t: t.begin)
    for index, treffer in enumerate(treffers):
        if index and treffers[index - 1].eind > treffer.begin:
            treffers[index] = Treffer("school", treffers[index - 1].begin, max(treffer.eind, treffers[index - 1].eind))
            treffers[index - 1] = Treffer("school", -1, -1)
    yield from (t for t in treffers if t.begin >= 0)


def _klas_dichtbij(klassen: list[int], begin: int, eind: int, tekst: str | None = None) -> bool:
    """Whether a class word stands within 60 characters of a span; with `tekst`, also in the same sentence."""
    plek = bisect.bisect_left(klassen, begin - 60)  # the first class word that may be near
    while plek < len(klassen) and klassen[plek] <= eind + 60:
        if tekst is None:
            return True
        tussen = tekst[min(klassen[plek], eind):max(klassen[plek], begin)]
        if not re.search(r"(?<!\bgr)[.;!?](?:\s|$)", tussen):
            return True
        plek += 1
    return False


def _scholen_los(tekst: str) -> Iterator[Treffer]:
    laag = tekst.casefold()
    klassen = [m.start() for m in _KLASWOORD.finditer(tekst)]
    if not klassen:  # a pupil's school: a class nearby
        return
    for treffer in _NAAM_VAN_SCHOOL.finditer(tekst):
        if _klas_dichtbij(klassen, treffer.start(), treffer.end()):
            yield Treffer("school", treffer.start(), treffer.end())
    for treffer in _soort_erna(tekst):
        if _klas_dichtbij(klassen, treffer.start(), treffer.end(), tekst):
            yield Treffer("school", treffer.start(), treffer.end())
    yield from _kleine_scholen(tekst, klassen)
    yield from _scholen_zonder_schoolwoord(tekst, klassen)
    from .schoolvormen import scholen_in_vorm, scholen_naast_klas

    yield from scholen_naast_klas(tekst)  # "op de ambelt in groep zes"
    for begin, eind in scholen_in_vorm(tekst):  # "gymnasium celeanum", "Yuverta vmbo Hoogeveen", "de ISK in Delft"
        if _klas_dichtbij(klassen, begin, eind, tekst):
            yield Treffer("school", begin, eind)
    if any(w in laag for w in ("groep", "klas", "leerjaar", "gr", "kl.")):
        for treffer in _SCHOOL.finditer(tekst):
            lidwoord, _, rest = treffer.group().partition(" ")
            namen = [w for w in re.findall(r"[\w'-]+", rest) if w[:1].isupper()][:3]
            if lidwoord in ("de", "het") and not (all(re.match(r".[a-zà-ÿ]", w) for w in namen)
                                                  and naam_met_lidwoord(lidwoord.capitalize(), namen)):
                continue  # "op de BSO in groep 5": an abbreviation or a word of school life, no school's name
            yield Treffer("school", treffer.start(), treffer.end())
        for treffer in _KLEINE_SCHOOL.finditer(tekst):
            naam = treffer.group("naam").casefold()
            if naam not in GEEN_SCHOOLNAAM and not naam.endswith(("school", "klas", "groep")):
                yield Treffer("school", treffer.start(), treffer.end())


# a word of a school's kind or a school word, anywhere: only then can a text name a school without a class
_SCHOOL_IN_TEKST = patroon(r"(?i:school|college|lyceum|gymnasium|atheneum|kindcentrum|onderwijs|\b(?:bs|obs|cbs|pcbs|rkbs"
                           r"|ibs|sbo|so|vso|isk|ikc|csg|rsg|osg|ksg|pcsg|roc|mavo|mbo|vmbo|havo|vwo|dalton|montessori"
                           r"|jenaplan)\b)")


def _bezochte_scholen(tekst: str) -> Iterator[Treffer]:
    """Named schools written as the school one child attends, with no class next to them (`schoolbezoek`)."""
    if _SCHOOL_IN_TEKST.search(tekst) is None:
        return
    from .schoolbezoek import bezochte_school, bouw_erna

    kandidaten = [(t.start(), t.end(), t.group("soort") is not None) for t in _NAAM_VAN_SCHOOL.finditer(tekst)]
    kandidaten += [(t.start(), t.end(), True) for t in _KLEINE_NAAM.finditer(tekst) if _kleine_naam_is_school(tekst, t)]
    kandidaten += [(t.start(), t.end(), True) for t in _soort_erna(tekst)]
    from .schoolvormen import scholen_in_vorm

    kandidaten += [(begin, eind, True) for begin, eind in scholen_in_vorm(tekst)]
    for begin, eind, soort_voor in kandidaten:
        if bezochte_school(tekst, begin, eind, soort_voor):
            yield Treffer("school", begin, bouw_erna(tekst, eind))


def _soort_erna(tekst: str) -> Iterator[re.Match[str]]:
    """Schools with their kind in brackets after the name ("de vonk (sbo)"); the name is no word of school life ("de
    leerkracht (sbo)"), and one word with a capital no common word ("Zoon (sbo)")."""
    from .lijsten import frequentie, lijst

    for treffer in _SOORT_ERNA.finditer(tekst):
        naam = (treffer.group("naam") or "").casefold()
        woorden = re.findall(r"[\w'-]+", treffer.group().partition("(")[0].casefold())
        if naam in GEEN_SCHOOLNAAM or naam in lijst("whitelist/lst_stop_word") or not woorden:
            continue
        if not naam and len(woorden) == 1 and frequentie(woorden[0]) >= 4.0:
            continue
        yield treffer


def _kleine_naam_is_school(tekst: str, treffer: re.Match[str]) -> bool:
    """Whether a kind of school and a word in lowercase are a school's name ("cbs de ark"): any noun, no word of
    school life or a common adjective; after "de basisschool" the words may be prose ("de basisschool de zorgen
    deelt"): only a rarer word."""
    from .lijsten import frequentie, lijst

    naam = treffer.group("naam").casefold()
    if re.match(r"(?i:roc\s+van)\s", treffer.group()):
        from .lijsten import plaatsnamen

        return naam in plaatsnamen()  # "het roc van amsterdam": an roc is named after its place
    grens = 4.0 if re.search(r"\b(?i:de|het)\s+$", tekst[max(0, treffer.start() - 6):treffer.start()]) else 5.5
    return naam not in GEEN_SCHOOLNAAM and naam not in lijst("whitelist/lst_stop_word") and frequentie(naam) < grens


_TITELS = frozenset({"koningin", "koning", "prins", "prinses", "graaf", "gravin", "sint", "pater", "broeder", "zuster"})


def _kleine_scholen(tekst: str, klassen: list[int]) -> Iterator[Treffer]:
    from .lijsten import frequentie, lijst, plaatsnamen, voornamen_wereld

    for treffer in _KLEINE_NAAM.finditer(tekst):
        if _klas_dichtbij(klassen, treffer.start(), treffer.end(), tekst) and _kleine_naam_is_school(tekst, treffer):
            yield Treffer("school", treffer.start(), treffer.end())
    for treffer in _KLEINE_VOOR_SCHOOLWOORD.finditer(tekst):
        voor = treffer.group("voor").casefold()  # "kalsbeek college": a word Dutch rarely uses, or a kind
        eind = treffer.end()
        # its place and its class right after it: "stedelijk gymnasium leiden 3 gt", "graafschap college leerjaar 1"
        if (plaats := re.match(r"\s+([a-zà-ÿ][\w'-]+)", tekst[eind:eind + 40])) is not None \
                and plaats.group(1) in plaatsnamen() and _KLAS_ERNA.match(tekst, eind + plaats.end()):
            eind += plaats.end()
        klas_erna = _KLAS_ERNA.match(tekst, eind) is not None and voor not in lijst("whitelist/lst_stop_word")
        if (voor in _SOORTWOORD or frequentie(voor) < (4.0 if klas_erna else 3.6)) \
                and _klas_dichtbij(klassen, treffer.start(), eind, tekst):
            # a kind is no name that takes a particle: "van Stedelijk Gymnasium" starts at the kind
            yield Treffer("school", treffer.start("voor") if voor in _SOORTWOORD else treffer.start(), eind)
    for treffer in _KLEINE_SAMENSTELLING.finditer(tekst):
        stam = treffer.group("stam").casefold()
        if stam in _SOORTSTAM or not _klas_dichtbij(klassen, treffer.start(), treffer.end(), tekst):
            continue
        # a title or a first name before it belongs to the name ("jan ligthartschool"); another word does not
        voornaam = (treffer.group("voornaam") or "").casefold()
        bij_naam = bool(treffer.group("titel")) or voornaam in voornamen_wereld() or voornaam in _TITELS
        if bij_naam or frequentie(stam) < 3.0:
            yield Treffer("school", treffer.start() if bij_naam else treffer.start("stam"), treffer.end())


def _scholen_zonder_schoolwoord(tekst: str, klassen: list[int]) -> Iterator[Treffer]:
    for treffer in _HET_NAAM.finditer(tekst):
        if _klas_dichtbij(klassen, treffer.start(), treffer.end(), tekst) and naam_met_lidwoord(
                treffer.group("lidwoord"), treffer.group("naam").split()):
            yield Treffer("school", treffer.start("lidwoord"), treffer.end())
    for treffer in _NAAM_VOOR_KLAS.finditer(tekst):
        if treffer.group("lidwoord"):
            if naam_met_lidwoord(treffer.group("lidwoord"), treffer.group("naam_na_lidwoord").split()):
                yield Treffer("school", treffer.start(), treffer.end("naam_na_lidwoord"))
        elif naam_zonder_schoolwoord(treffer.group("naam").split()):
            yield Treffer("school", treffer.start(), treffer.end("naam"))
