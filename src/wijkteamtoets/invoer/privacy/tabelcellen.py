"""The cells of a table under a header of personal data are that personal data, whatever they look like: a bare
surname or a lowercase name under "Naam", a school's name under "School", a place under "Woonplaats" (`tabelkop`
finds the tables, `kolomsoorten` reads their headers).

A cell that is clearly not personal stays clean: an empty mark ("-", "n.v.t.", "onbekend", "[naam verborgen]"), a
role ("moeder", "casusregisseur") or a pseudonym ("kind 1", "Cliënt A") instead of a name, a team or a gemeente
under the bare label "Naam" (which also heads lists of teams and gemeenten), a cell with no digits under a column of
numbers, a school type ("sbo", "regulier") under "School". A school or a place is personal only in a table about
persons (one with a column of names, BSN or birth dates): a list of schools or of gemeenten is not. A value of
another detector that runs over a separator of a table (an address that swallows the name in the cell before it)
is no value: it is left out, and the cells stand for themselves.
"""

from __future__ import annotations

import bisect
import functools

from ..patronen import patroon
from .detectoren import _DATUM, ROL
from .kolomsoorten import Kolom
from .kolomsoorten import kolom as kolomlabel
from .tabelkop import Tabel, tabellen
from .telefoonnummers import _SERVICENUMMER
from .treffer import Treffer

# what stands in a cell instead of a value
_LEEG = patroon(r"(?i:-+|—|–|\?+|\.+|/|x+|\*+|n\.?v\.?t\.?|n\.?b\.?|n/?a|nn|n\.n\.|onbekend|unknown|geen|none|leeg|"
                r"ja|nee|yes|no|idem|zie boven|zie dossier|zie plan|niet bekend|niet ingevuld|ontbreekt|volgt|"
                r"nog niet bekend|nog volgen|anoniem|geanonimiseerd|verwijderd|afgeschermd|vertrouwelijk|geheim"
                r"|\[[^\]]{0,40}\]|<[^>]{0,40}>)")
_ROL = patroon(rf"(?i:{ROL}|ouders?|verzorgers?|jongste|oudste|gezinsvoogd|jeugdbeschermer|casusregisseur|regisseur"
               r"|gezinscoach|hulpverlener|behandelaar|mentor|leerkracht|huisarts|jeugdarts|jeugdverpleegkundige"
               r"|wijkagent|leerplichtambtenaar|consulent|jeugdconsulent|medewerker|teamleider|beoordelaar|inspecteur"
               r"|tolk|zelf|beide|allen|alle|fam\.?|familie|mw|mevr|dhr|mr|mrs|ms|dr)")
_WOORD = patroon(r"[^\W\d_]+(?:['’-][^\W\d_]+)*\.?")
# an organisation or a team in a cell, never a person
_ORGANISATIE = patroon(r"(?i:\w*team\w*|gemeente|stichting|school|ggd|ggz|veilig|raad|jeugdbescherming|politie|"
                       r"wijkteams?|cjg|centrum|zorg|welzijn)")
# an address in a cell: words and a house number ("Markt 4", "1e Jacob van Campenstraat 22 B", "Bleulandweg t/o 1"),
# with at most a few words after it ("224-hs", "3 hoog", "bus 12", ", 1311 TA Almere", "heerlen") of which the first
# is no count ("wachttijd was 29 weken"); or a street without its number ("Lange Tiendeweg")
_ADRESVORM = patroon(r"(?:\d{1,2}e\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,5}?[^\W\d_][\w'’.-]*(?:\s+t/o|\s+tegenover)?[\s-]"
                     r"\d{1,5}(?!\d)")
_TELWOORD = patroon(r"(?i:weken|week|wk|keer|x|uur|uren|minuten|min|dagen|dag|jaar|jaren|maanden|maand|euro|eur|procent"
                    r"|%|kinderen|gezinnen|dossiers|gesprekken|meldingen|huisbezoeken|personen|cliënten|clienten)\.?")
_STRAAT_ZONDER_NUMMER = patroon(r"(?i:(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_]{2,}(?:straat|laan|weg|plein|gracht|kade"
                                r"|singel|dreef|hof|park|pad|steeg|dijk|markt|wal|baan|ring|straße|strasse|lei|dam"
                                r"|haven|erf|plantsoen|boulevard|allee))")
# a postcode: in capitals anywhere, in lowercase at the start or after a comma ("2801 ab", "Markt 4, 2801 ab Gouda"; not
# "sinds 2014 in dienst"), or a Postbus
_POSTCODE = patroon(r"\b[1-9]\d{3}\s?[A-Z]{2}\b|(?:^|,\s*)[1-9]\d{3}\s?[A-Za-z]{2}\b|(?i:\bpostbus\s\d)")
_TELEFOON = patroon(r"\+?[\d\s().\-/]{8,24}")
_BSN = patroon(r"[\d\s.\-]{8,14}")
_EMAIL = patroon(r"(?i:[^\s@]+(?:\s?@\s?|\s?[(\[{]\s?(?:at|@)\s?[)\]}]\s?| at )[^\s@]+(?:\.| dot |\s?\.\s?)\S+)")
_SCHOOLSOORT = patroon(r"(?i:(?:s?b?o|v?so|vo|po|mbo|hbo|wo|havo|vwo|vmbo(?:[- ]\w+)?|pro|praktijkonderwijs"
                       r"|regulier(?:e)?(?: onderwijs)?|speciaal(?: basis)?(?: onderwijs)?|basisonderwijs|thuisonderwijs"
                       r"|geen school|thuiszitter|kinderopvang|peuterspeelzaal|kdv|bso|isk|voortgezet onderwijs)"
                       r"(?:,? (?:groep|klas|leerjaar) \w+)?|(?:groep|klas|leerjaar) \w+)")
_SCHOOLWOORD = patroon(r"\w(?:school|college|lyceum|gymnasium|atheneum|scholengemeenschap|kindcentrum)$")
_DATUM_MET_MAAND = patroon(r"\d{1,2}\.?\s?[^\W\d_]{3,12}\.?\s?(?:19|20)\d{2}")
_NAAMKOLOMMEN = frozenset({"naam", "bsn", "geboortedatum"})


def in_tabellen(tekst: str, treffers: list[Treffer]) -> list[Treffer]:
    """`treffers` with every cell of personal data of the tables in `tekst` (read with its line breaks and tabs) as
    a finding of its column's kind, and without the findings that run over a separator of a table."""
    gevonden = _tabellen(tekst)
    if not gevonden:
        return treffers
    uit = binnen_cellen(tekst, treffers)
    for tabel in gevonden:
        over_personen = any(k.soort in _NAAMKOLOMMEN for k in tabel.kolommen)
        met_adres = any(k.aard in ("postcode", "adres") for k in tabel.kolommen)
        # the bare label "Naam" heads a list of persons when another column says something of a person
        van_personen = any((k.soort or k.aard == "kenmerk") and k.aard != "naam" for k in tabel.kolommen)
        for begin, eind, index in tabel.cellen:
            kolom = tabel.kolommen[index]
            if kolom.soort and _persoonsgegeven(" ".join(tekst[begin:eind].split()), kolom, over_personen,
                                                met_adres, van_personen):
                uit.append(Treffer(kolom.soort, begin, eind))
    return uit


def binnen_cellen(tekst: str, treffers: list[Treffer]) -> list[Treffer]:
    """`treffers` without those that run over a separator of a table in `tekst` (or from its header into its rows):
    one value never stands in two cells."""
    grenzen = sorted(g for tabel in _tabellen(tekst) for g in tabel.grenzen)
    if not grenzen:
        return treffers

    def binnen_een_cel(treffer: Treffer) -> bool:
        plek = bisect.bisect_left(grenzen, treffer.begin)  # the first separator at or after its begin
        return plek == len(grenzen) or grenzen[plek] >= treffer.eind

    return [t for t in treffers if binnen_een_cel(t)]


@functools.lru_cache(maxsize=4)  # the full scan asks again for deduce's names (`controles.namenmodel`)
def _tabellen(tekst: str) -> tuple[Tabel, ...]:
    return tuple(tabellen(tekst))


@functools.lru_cache(maxsize=4096)  # a table repeats its values ("ja", "onbekend", a place)
def _persoonsgegeven(waarde: str, kolom: Kolom, over_personen: bool, met_adres: bool, van_personen: bool) -> bool:
    """Whether the cell `waarde` in a column of `kolom` is personal data of its kind; `over_personen` whether the
    table has a column of names, BSN or birth dates, `met_adres` one of streets or postcodes, `van_personen` one of
    personal data or of what a list of persons says (age, role, groep) besides the bare label "Naam"."""
    if len(waarde) > 80 or _LEEG.fullmatch(waarde) or kolomlabel(waarde) is not None:
        return False  # prose, an empty mark, or the header repeated ("Naam;School" again on a new page)
    cijfers = sum(teken.isdigit() for teken in waarde)
    match kolom.soort:
        case "geboortedatum":  # also with a month in another language: "1 Ekim 2020", "18 lutego 1987"
            return _DATUM.fullmatch(waarde) is not None or _DATUM_MET_MAAND.fullmatch(waarde) is not None
        case "bsn":
            return _BSN.fullmatch(waarde) is not None and 8 <= cijfers <= 10
        case "telefoonnummer":
            return _TELEFOON.fullmatch(waarde) is not None and 8 <= cijfers <= 15 \
                and not _SERVICENUMMER.match("".join(teken for teken in waarde if teken.isdigit()))  # 0800, 088
        case "e-mail":
            return _EMAIL.fullmatch(waarde) is not None
        case "adres":
            return _adres(waarde, kolom, cijfers, over_personen, met_adres)
        case "school":
            return over_personen and cijfers < len(waarde) // 2 and _SCHOOLSOORT.fullmatch(waarde) is None \
                and _schoolnaam(waarde)
        case "naam":
            return _naam(waarde, kolom, van_personen)
    return False


def _adres(waarde: str, kolom: Kolom, cijfers: int, over_personen: bool, met_adres: bool) -> bool:
    if kolom.aard == "postcode":
        return _POSTCODE.search(waarde) is not None
    if kolom.aard == "huisnummer":  # a house number is an address next to its postcode or street
        return 0 < cijfers <= 5 and len(waarde) <= 8 and met_adres
    if kolom.aard == "plaats":  # "Gouda" under "Woonplaats" in a list of persons; not "thuis"
        from .lijsten import plaatsnamen

        return over_personen and cijfers == 0 and _WOORD.match(waarde) is not None and len(waarde) <= 40 \
            and (waarde[:1].isupper() or waarde.casefold() in plaatsnamen())
    if _POSTCODE.search(waarde) is not None:
        return True
    if any(w.casefold() in _zinswoorden() - _IN_STRAATNAMEN for w in _WOORD.findall(waarde)):
        return False  # "zij is sinds 2016 in dienst": a sentence
    straat = _ADRESVORM.match(waarde)
    if straat is not None:
        erna = waarde[straat.end():].replace(",", " ").split()
        if len(erna) <= 5 and not (erna and _TELWOORD.fullmatch(erna[0])):
            return True
    return _STRAAT_ZONDER_NUMMER.fullmatch(waarde) is not None


def _naam(waarde: str, kolom: Kolom, van_personen: bool) -> bool:
    """A name in a column of names: words, no digits, not only roles, not a team or an organisation, and a word a
    name list knows or no common Dutch word ("Bakker", "tunde"; not "gesprek"); under the bare label "Naam" also not
    a gemeente or a place, and no unknown word outside a list of persons (in a list of methods "Triple P" is none)."""
    if any(teken.isdigit() for teken in waarde) or len(waarde) > 60 or ":" in waarde:
        return False  # "GOU-2016-035", "kind 1": an id or a pseudonym; "afwezig: oma": prose
    woorden = [w.group().rstrip(".") for w in _WOORD.finditer(waarde)]
    if not woorden or len(woorden) > 6 or any(w.casefold() in _zinswoorden() for w in woorden):
        return False  # "zij is er niet bij": a sentence, not a name
    if _ORGANISATIE.fullmatch(woorden[0]) or any(_ORGANISATIE.fullmatch(w) for w in woorden[1:2]):
        return False  # "Team Noord", "Wijkteam Oost", "Gemeente Gouda"
    rest = [w for w in woorden if not _ROL.fullmatch(w)]
    if not rest or all(len(w) == 1 for w in rest) or (len(woorden) == 1 and _code(woorden[0])):
        return False  # "moeder", "Cliënt A", "X.", "KB" (a professional's code)
    kaal = kolom.aard == "naam"
    return _naamachtig(" ".join(woorden).casefold(), tuple(rest), van_personen or not kaal, kaal)


def _schoolnaam(waarde: str) -> bool:
    """A school's name: more than one word ("het anker", "obs De Klimop"), a school word ("Vosseschool"), or one word
    that is no common Dutch word ("Vossius"; not "Huur"); not a sentence."""
    woorden = _WOORD.findall(waarde)
    if len(woorden) > 8 or any(w.casefold() in _zinswoorden() and w.casefold() != "voor" for w in woorden):
        return False  # "Crooswijk heeft er een eigen team": a sentence; "School voor Speciaal Onderwijs" is a name
    if len(woorden) != 1:
        return len(woorden) > 1
    from .lijsten import frequentie, gewone_woorden

    laag = woorden[0].casefold()
    return _SCHOOLWOORD.search(laag) is not None or (laag not in gewone_woorden() and frequentie(laag) < 3.5)


def _code(woord: str) -> bool:
    """A code of two to four capitals that is no name a list knows ("KB", "JDW"; not "ALI")."""
    if not (2 <= len(woord) <= 4 and woord.isupper()):
        return False
    from .lijsten import lijst

    naam = woord[0] + woord[1:].lower()
    return naam not in lijst("names/lst_first_name") and naam not in lijst("names/lst_surname")


_IN_STRAATNAMEN = frozenset({"op", "aan", "over", "bij", "onder", "tegen", "voor", "uit", "naar", "tot"})  # "Steenweg op Gierle"


@functools.cache
def _zinswoorden() -> frozenset[str]:
    """Words of a sentence that no name holds: deduce's stop words but the particles of names ("van", "de", "ter")."""
    from .lijsten import lijst

    return lijst("whitelist/lst_stop_word") - {"de", "der", "den", "van", "te", "ten", "ter", "in", "het", "al", "ben",
                                               "en"}


@functools.lru_cache(maxsize=1024)
def _naamachtig(cel: str, woorden: tuple[str, ...], onbekend_is_naam: bool, plaats_is_geen_naam: bool) -> bool:
    from .lijsten import GEEN_NAAM, frequentie, gewone_woorden, lijst, plaatsnamen

    if plaats_is_geen_naam and cel in plaatsnamen():
        return False  # a gemeente in a list of gemeenten
    voornamen, achternamen = lijst("names/lst_first_name"), lijst("names/lst_surname")
    for woord in woorden:
        laag = woord.casefold()
        if laag in GEEN_NAAM:
            continue
        hoofd = laag[:1].upper() + laag[1:]
        if hoofd in voornamen or hoofd in achternamen:
            return True
        if onbekend_is_naam and laag not in gewone_woorden() and frequentie(laag) < 3.5:
            return True
    return False

