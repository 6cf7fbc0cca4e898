"""Streets with a house number, read the way Dutch names its streets, so that a street no list knows is found too.

A street's name ends in a word that says it is one ("Merelbaan", "Westeinde", "Kortenaerkade", "Wielewaalerf"),
with in front of it a title, an ordinal, an adjective, a particle or a person's name ("Burgemeester de Withstraat",
"2e Jan Steenstraat", "Lange Nieuwstraat", "Van 't Hoffweg", "Jan van Galenstraat"), or it starts with such a word
("Laan van Meerdervoort", "Weg der Verenigde Naties", "Markt"); `straatnamen` holds these words. The house number
carries its additions ("15 bis", "12-III", "7 A", "92/3", "1105-1hg") or BAG's "tegenover" and "bij" ("Prinsengracht
t/o 1001"). A street without a street word counts where a word says someone lives there and the street list knows
it ("woont op Rokin 112") or it is no common word ("Adres: Zwanenvecht 180"); a street in lowercase counts after
such a word ("woont op kerkdijk 14 bis"), as the whole value, or before its postcode.

Prose names streets, neighbourhoods and teams too ("de Kalverstraat is druk", "Buurtteam Oosterhof 2", "In Bloemhof
12 huisbezoeken"): a number that counts or dates something is no house number, a street right after a team word
is the team's name, and a neighbourhood, place or ordinary word with a street's ending ("Westerpark", "Valkenburg",
"Zorgpad") needs a word of living before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patronen import patroon
from .straatnamen import (
    AFKORTING,
    BIJVOEGLIJK,
    DUITS_BIJVOEGLIJK,
    DUITS_VOORZETSEL,
    KOP,
    KOP_VERBINDER,
    LOS,
    PLAATSBIJVOEGLIJK,
    RANGTELWOORD,
    STERK,
    STRAATKOP,
    STRAATWOORD,
    TITELS,
    TUSSENVOEGSELS,
    bekende_straat,
    buitenlandse_straat,
    gewoon_woord,
    ook_iets_anders,
    zeldzaam,
)
from .treffer import Treffer

# a house number with its additions: "304-hs", "95 bis", "136 A", "297b", "255-II", "12-2", "92/3", "1105-1hg";
# the floor or position in any case ("12 rd", "1162 HS", "31 3hg"), a unit ("168 B03") and a Belgian "bus 3"
_WOORDTOEVOEGING = r"(?i:bis|hs|hg|bg|huis|rood|rd|zw|zwart|boven|beneden|sous)"
HUISNUMMER = (rf"[1-9]\d{{0,4}}(?:[ -]?{_WOORDTOEVOEGING}(?!\w)|-(?i:bv)(?!\w)|[ -][1-9] ?(?i:hg|hoog)(?!\w)"
              rf"|-(?:I{{1,3}}|IV|VI{{0,3}}|i{{1,3}}|iv)(?!\w)| (?:I{{1,3}}|IV)(?!\w)| ?-?[A-Z]\d{{1,3}}(?!\w)"
              rf"| ?-?[a-zA-Z](?!\w)|[-/]\d{{1,4}}(?!\w)"
              rf"| \d{{1,3}}(?=\s*(?:$|[,.;:)\]]|[1-9]\d{{3}} ?[A-Za-z]{{2}}(?!\w))))?"
              rf"(?:[ -]?{_WOORDTOEVOEGING}(?!\w)|-\d{{1,4}}(?!\w))?(?:/? ?bus \d{{1,4}}[a-zA-Z]?(?!\w))?")
# an addition only a house number has: a floor or a position in the building ("12 bg", "15-II", "31 3hg"); in
# capitals it may be a code ("Groepsles 2 BG")
_VERDIEPING = patroon(r"\d[ -]?(?:bis|hs|hg|bg|rd|rood|zw|huis|boven|beneden|sous)$|-(?i:bv)$|-(?:I{1,3}|IV)$|\d ?hg$")
_NUMMER = patroon(rf"(?<=\s)(?:(?:t/o|t\.o\.|bij|nr\.?|no\.?|nummer|huisnummer)\s*)?(?P<nummer>{HUISNUMMER})(?![\w,.:/]\d|[\d%°€])")

# after the number: what it counts ("3 keer", "12 huisbezoeken", "4 jeugdteams") or dates ("14 maart")
_TELT = ("kinderen|gezinnen|jongeren|dossiers|casussen|cliënten|clienten|bezoeken|gesprekken|meldingen|signalen|"
         "leerlingen|bewoners|woningen|huizen|deelnemers|medewerkers|professionals|teams|plekken|plaatsen|bedden|"
         "personen|mensen|ouders|zaken|aanmeldingen|verwijzingen|trajecten|uren|afspraken|vragen|plannen|overleggen|"
         "wijken|buurten|scholen|klassen|groepen|kamers|woorden|punten|stappen|keren|dagen|weken|maanden|jaren|"
         "minuten|seconden|nachten|kwartieren")
# a plural that is a noun by its ending ("3 demonstraties", "2 activiteiten", "4 bewoners"), or an adjective
# between the count and its noun ("2 nieuwe woonboten")
_MEERVOUD = (r"[a-zà-ÿ]{2,}(?:ties|sies|ingen|heden|iteiten|nissen|schappen|ieën|isten|anten|enten)"
             r"|(?:nieuwe|andere|grote|kleine|oude|jonge|extra|verschillende|aparte|lege|hele|halve|vaste|losse)\s")
_NIET_NA = patroon(
    rf"\s*(?:(?-i:{_MEERVOUD}|[a-zà-ÿ]*(?:{_TELT})\b)|(?:keer|maal|uur|u|min|dag|week|maand|jaar|kwartier|procent|euro|km|kilometer|meter|m|"
    r"graden|x|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|"
    r"apr|jun|jul|aug|sep|sept|okt|nov|dec)\b|-?jarige?\b|[%×°€])", re.IGNORECASE)
_LETTER_ERVOOR = patroon(r"[^\W\d_][.`'\"]?\s+$")
_DATUM = patroon(r"\d{1,2}[-/]\d{1,2}[-/]\d{2,4}")
_RANGTELWOORD_NA = patroon(r"\d+(?:e|de|ste)")
# a street right after a team word, or a neighbourhood word, is a team's or a neighbourhood's name
_TEAMWOORD = patroon(r"(?i:[\w-]*team|cjg|wijk|buurt|gebied|stadsdeel|wijkcentrum|buurthuis|sportpark|locatie|"
                        r"vestiging|groep)")
# a site of a team or an organisation named by its street and house number
_LOCATIEWOORD = patroon(r"(?i:locatie|vestiging)")
# a word that says someone lives, stays or gets mail where the street stands
_WOONWOORD = patroon(
    r"(?:\b(?:op|aan|naar|bij|tegenover)(?:\s+(?:de|het|den))?|\bin\s+(?:de|het|den)"
    # "Verblijfadres (tijdelijk): ...", "Correspondentieadres moeder: ...", "BRP: ..."
    r"|\w*adres\w*(?:\s+(?:van\s+)?[\w-]+(?=\s*:))?(?:\s*\([^()]{0,30}\))?(?:\s+is)?\s*:?|\bbrp\s*:"
    r"|\b(?:woont|wonen|wonend|woonde|woonachtig|verblijft|verblijf|verhuisd|verhuist|ingeschreven|inschrijving"
    r"|woning|huisbezoek|logeert|thuis)\b[^.;:!?\d]{0,25}?|\b(?:locatie|vestiging|moved\s+to|lives\s+at))\s*[:(,]?\s*$",
    re.IGNORECASE)
# a word that says an address follows right after it
_ADRESWOORD = patroon(r"(?:\w*adres(?:\s+(?:van\s+)?[\w-]+)?(?:\s*\([^()]{0,30}\))?\s*(?::|\sis)|\bbrp\s*:"
                         # "woont nu bij haar zus op", "is in maart verhuisd naar", Frisian "wennet no op", English "moved to"
                         r"|\b(?:woont|wonen|woonde|wonend|woonachtig|ingeschreven|verblijft|verblijven|verhuisd|verhuist"
                         r"|verhuizen|wennet|wenje)(?:\s+[\w'-]+){0,5}?\s+(?:op|aan|naar)(?:\s+(?:de|het))?"
                         r"|\bmoved\s+to|\blives\s+at|\b(?:locatie|vestiging)|,\s*(?:woon)?adres)\s*$", re.IGNORECASE)


def straten(tekst: str, volledig: bool = False) -> Iterator[Treffer]:
    """Every street with its house number in `tekst`; with `volledig` also a street the list knows without a
    street word ("Rokin 112") after a word of living."""
    for nummer in _NUMMER.finditer(tekst):
        if not _LETTER_ERVOOR.search(tekst, max(0, nummer.start() - 40), nummer.start()):
            begin = _straat_met_jaartal(tekst, nummer)
            if begin is not None:  # "Laan 1940-1945 163-hs"
                yield Treffer("adres", begin, nummer.end())
            continue  # a street's name ends in a letter or an abbreviation's full stop right before its number
        if _NIET_NA.match(tekst, nummer.end()) or (_RANGTELWOORD_NA.fullmatch(nummer.group("nummer")) and re.match(
                r"\s+[a-z]", tekst[nummer.end():nummer.end() + 2])):
            continue  # "3 keer", "14 maart", "12e editie"
        if _DATUM.fullmatch(nummer.group("nummer")):
            continue  # "Overleg Stationsplein 12-03-2016": a date
        begin = _Voor(tekst, nummer.start()).straat(nummer, volledig)
        if begin is not None:
            if (voorzetsel := DUITS_VOORZETSEL.search(tekst, max(0, begin - 12), begin)) is not None:
                begin = voorzetsel.start()  # "Am Markt 3"
            elif tekst[begin:begin + 1].isupper() and (
                    lidwoord := _LIDWOORD_ERVOOR.search(tekst, max(0, begin - 5), begin)) is not None:
                begin = lidwoord.start()  # "De Dreef 204", "Het Kalf 12": the article with a capital is the name's
            yield Treffer("adres", begin, nummer.end())


_LIDWOORD_ERVOOR = patroon(r"(?<![\w'])(?:De|Het|Den|DE|HET|DEN)\s$")
# an article with a capital that opens the street's name, stripped before a word of living is looked for
_LIDWOORD_EIND = patroon(r"(?<![\w'])(?:De|Het|Den|DE|HET|DEN)\s+$")


# a street named after a year, a street word first ("Plein 1944", "Laan 1940-1945")
_JAARSTRAAT = patroon(r"(?<!\S)(\w+)\s+(?:1[6-9]|20)\d\d(?:-(?:1[6-9]|20)\d\d)?\s+$")


def _straat_met_jaartal(tekst: str, nummer: re.Match[str]) -> int | None:
    """Where a street named after a year begins before the house number `nummer` ("Laan 1940-1945 163-hs"):
    after a word that says an address follows, as the whole value or before its postcode (not "Op de Markt
    2019 4 kramen")."""
    if not tekst[max(0, nummer.start() - 3):nummer.start()].rstrip()[-1:].isdigit():
        return None  # no year right before the number: most numbers on a line of numbers
    straat = _JAARSTRAAT.search(tekst, max(0, nummer.start() - 30), nummer.start())
    if straat is None or straat.group(1).casefold() not in STRAATKOP | LOS or _NIET_NA.match(tekst, nummer.end()):
        return None
    begin = straat.start(1)
    # a span of years names a street when it has a capital ("Laan 1940-1945 12"), one year only where an
    # address stands
    reeks = straat.group(1)[:1].isupper() and "-" in straat.group()
    if reeks or _hele_waarde(tekst, begin) or _postcode_na(tekst, nummer.end()) or _adreswoord_voor(tekst, begin):
        return begin if _toegestaan(tekst, begin) else None
    return None


_WINDSTREEK = patroon(r"Noord|Zuid|Oost|West|NOORD|ZUID|OOST|WEST|[NOWZ]\.?Z\.?")
_EINDE_ZIN = patroon(r"[,;:!?)\]\"]$")


class _Voor:
    """The words right before a house number, read from the number backwards."""

    def __init__(self, tekst: str, eind: int) -> None:
        self.tekst = tekst
        self.verschuiving = max(0, eind - 120)
        self.woorden = list(re.finditer(r"\S+", tekst[self.verschuiving:eind]))[-7:]
        self.ruw = [w.group() for w in self.woorden]
        self.kaal = [_kaal(w) for w in self.ruw]

    def begin(self, index: int) -> int:
        return self.verschuiving + self.woorden[index].start() + len(self.ruw[index]) - len(self.kaal[index])

    def straat(self, nummer: re.Match[str], volledig: bool) -> int | None:
        """Where the street before `nummer` begins, or None when no street stands there."""
        if not self.ruw or (_sluit_af(self.ruw[-1])):
            return None  # a street's name ends right before its number: "de wijk. 12 gezinnen" has none
        jaartal = re.fullmatch(r"(?:19|20)\d\d", nummer.group("nummer")) is not None
        laatste = self.kaal[-1]
        if _WINDSTREEK.fullmatch(laatste) and len(self.kaal) > 1 and STRAATWOORD.fullmatch(self.kaal[-2]):
            # "Kanaalweg Noord 12", "Oudegracht O.Z. 4": the part of a street in a direction
            return _Voor(self.tekst, self.begin(len(self.kaal) - 1)).straat(nummer, volledig)
        hoofd = laatste.removeprefix("'s-")  # "'s-Gravelandseweg"
        kop = self._kop()
        if kop is not None:  # "Laan van Meerdervoort 1021", "laan van vredenoord 43-hs"
            begin = self.begin(kop)
            if not laatste[:1].isupper() and not self.kaal[kop][:1].isupper():
                return begin if _woonwoord_voor(self.tekst, begin) or _hele_waarde(self.tekst, begin) else None
            return begin if _toegestaan(self.tekst, begin) and (not jaartal or _woonwoord_voor(self.tekst, begin)) \
                else None
        buitenland = buitenlandse_straat(self.kaal, [_sluit_af(w) for w in self.ruw])
        if buitenland is not None:  # "Bentheimer Straße 12", "Rue de Brabant 18"
            begin = self.begin(buitenland)
            return begin if _toegestaan(self.tekst, begin) and not jaartal else None
        straatwoord = STRAATWOORD.fullmatch(laatste)
        if hoofd[:1].islower():
            return self._kleine_straat(straatwoord, nummer.end(), jaartal)
        if not hoofd[:1].isupper():
            return None
        if straatwoord is not None and straatwoord.group().casefold().endswith("ering") and gewoon_woord(laatste, 2.0):
            straatwoord = None  # "Vergadering 3", "Signalering 2018": a noun, no ring road ("Zernikering")
        if straatwoord is not None and len(straatwoord.group("stam")) >= (
                2 if straatwoord.group("woord").lower() in STERK else 3):
            begin = self.begin(self._naam_begin())
            if not _toegestaan(self.tekst, begin):
                return None
            if straatwoord.group("woord").lower() in STERK and not jaartal:
                return begin
            # "Bloemhof", "Valkenburg", "Speeltuin": also a neighbourhood, a place or a word; a year needs a street
            twijfel = jaartal or ook_iets_anders(laatste, _met_lidwoord(self.tekst, begin) or self._bijvoeglijke_plaats())
            return begin if not twijfel or _woonwoord_voor(self.tekst, begin) or _postcode_na(self.tekst, nummer.end()) \
                else None
        if laatste.casefold() in STERK and len(self.kaal) > 1 and self.kaal[-2] in ("De", "Het") and not jaartal \
                and not _sluit_af(self.ruw[-2]):  # "De Dreef 204": a street word alone with its article
            begin = self.begin(len(self.kaal) - 2)
            return begin if _toegestaan(self.tekst, begin) and (_woonwoord_voor(self.tekst, begin) or _postcode_na(
                self.tekst, nummer.end())) else None
        if laatste.casefold() in LOS or self._bijvoeglijk(len(self.kaal) - 2):  # "Markt 4", "Lange Voorhout 12"
            begin = self.begin(len(self.kaal) - 2 if self._bijvoeglijk(len(self.kaal) - 2) else len(self.kaal) - 1)
            # a year after a square is one of its events ("Op de Markt 2019 4 kramen") unless an address follows
            return begin if _toegestaan(self.tekst, begin) and (not jaartal or _adreswoord_voor(self.tekst, begin)) \
                else None
        begin = self.begin(len(self.kaal) - 1)
        # "Rokin 112": the list knows it, and someone lives there; a year after it needs a word that says an
        # address follows ("Alphen aan den Rijn 2015" is none)
        if volledig and bekende_straat(laatste, _met_lidwoord(self.tekst, begin)) and _toegestaan(
                self.tekst, begin) and _woonwoord_voor(self.tekst, begin) and (
                not jaartal or _adreswoord_voor(self.tekst, begin)):
            return begin
        if len(self.kaal) > 1 and PLAATSBIJVOEGLIJK.fullmatch(self.kaal[-2]) and not _sluit_af(self.ruw[-2]) \
                and not jaartal and (_VERDIEPING.search(nummer.group("nummer")) or _postcode_na(self.tekst, nummer.end())
                                     or _adreswoord_voor(self.tekst, self.begin(len(self.kaal) - 2))):
            begin = self.begin(len(self.kaal) - 2)  # "Vaartsche Rijn 27-I": a place's adjective and a floor
            return begin if _toegestaan(self.tekst, begin) else None
        if _adreswoord_voor(self.tekst, begin) and zeldzaam(laatste):
            return begin  # "Adres: Zwanenvecht 180", "woont op Slinge 250": a rare word where an address stands
        if zeldzaam(laatste) and not jaartal and _toegestaan(self.tekst, begin) and (
                _VERDIEPING.search(nummer.group("nummer")) or _postcode_na(self.tekst, nummer.end())):
            return begin  # "Achterom 15-II", "Tuinfluiter 857 bg": a floor or a postcode makes it a house number
        return None

    def _bijvoeglijke_plaats(self) -> bool:
        """Whether an adjective makes a place's name a street's ("Korte Voorhout"), as an article does, unless
        the two are a place ("Groot Ammers")."""
        from .lijsten import plaatsnamen

        return self._bijvoeglijk(len(self.kaal) - 2) and " ".join(self.kaal[-2:]).casefold() not in plaatsnamen()

    def _bijvoeglijk(self, index: int) -> bool:
        return index >= 0 and self.kaal[index].casefold() in BIJVOEGLIJK and self.kaal[index][:1].isupper() \
            and not _sluit_af(self.ruw[index])

    def _kop(self) -> int | None:
        """Where a street that starts with its street word begins: a street word and a particle, then at most
        three words ("Laan van de Mensenrechten", "Weg der Verenigde Naties", "Achter de Dom"), maybe with an
        adjective or ordinal in front ("Oude Laan van ...")."""
        for kop in range(max(0, len(self.kaal) - 5), len(self.kaal) - 2):
            woord = self.kaal[kop]
            if self.ruw[kop + 1].casefold() not in KOP_VERBINDER or any(_sluit_af(w) for w in self.ruw[kop:]):
                continue
            naam = [w for w in self.kaal[kop + 1:] if w.casefold() not in KOP_VERBINDER]
            if not naam:
                continue
            if woord[:1].isupper():
                # the name after the particles has capitals ("Laan van Poot"; not "Op de Mariaplaats stond 1"), and
                # a preposition opens no street whose name is a street of its own ("Op de Markt 4", "Aan de
                # Kerkstraat 12")
                if woord.casefold() not in KOP or not all(w[:1].isupper() for w in naam) or (
                        woord.casefold() not in STRAATKOP and any(w.casefold() in LOS or STRAATWOORD.fullmatch(w)
                                                                   for w in naam)):
                    continue
            elif any(w[:1].isupper() for w in naam) or (woord.casefold() not in STRAATKOP and not (
                    woord.casefold() in _KLEINE_KOP and len(naam) == 1 and not STRAATWOORD.fullmatch(naam[0])
                    and _WOONT_VOOR.search(self.tekst, max(0, self.begin(kop) - 20), self.begin(kop)))):
                # in lowercase only a street word opens it ("laan van vredenoord"; not "aan de Berkenpoort"), or a
                # preposition of place right after "woont" ("woont achter de kerk 12"; not "woont op de laan 12")
                continue
            if kop > 0 and (self._bijvoeglijk(kop - 1) or RANGTELWOORD.fullmatch(self.ruw[kop - 1])):
                return kop - 1
            return kop
        return None

    def _naam_begin(self) -> int:
        """Where the name of a street with a street word begins: at its leftmost title, ordinal, adjective,
        particle with a capital or first name, at a rare word before a particle ("Cort van der Lindensingel"), at
        a name the street list knows, or else at the street word ("Huisbezoek Kerkstraat 12")."""
        from .lijsten import frequentie, gewone_woorden, voornamen_wereld
        from .woordblok import groot

        laatste = len(self.kaal) - 1
        links = laatste
        while links > 0:  # the words of the name: capitals, particles and ordinals, up to a mark or a bracket
            woord, kaal = self.ruw[links - 1], self.kaal[links - 1]
            if _sluit_af(woord) or not (kaal[:1].isupper() or kaal in TUSSENVOEGSELS or kaal.startswith("'")
                                        or RANGTELWOORD.fullmatch(kaal)):
                break
            links -= 1
            if kaal != woord:  # "(Burgemeester ...": the bracket opens the name
                break
        for index in range(links, laatste):
            woord = self.kaal[index]
            klein = woord.casefold()
            if woord in _KLEIN_DEELTJE and index == links and self.kaal[index + 1][:1].isupper() and (re.search(
                    r"(?:\b(?:op|aan|naar|bij|is)|:)\s*$", self.tekst[max(0, self.begin(index) - 8):self.begin(index)])
                    or _hele_waarde(self.tekst, self.begin(index))):
                return index  # "woont op van Heemstrastraat 12": the register writes the particle in lowercase
            if not (woord[:1].isupper() or woord.startswith("'") or RANGTELWOORD.fullmatch(woord)):
                continue
            if (klein in TITELS or klein in BIJVOEGLIJK or klein in TUSSENVOEGSELS or woord.startswith("'")
                    or PLAATSBIJVOEGLIJK.fullmatch(woord)  # "Amsterdamsche Veerkade"
                    or re.fullmatch(r"(?:[A-Z]\.)+", woord)  # initials: "C.D. Tuinenburgstraat"
                    or RANGTELWOORD.fullmatch(woord) is not None
                    # a German town's adjective before a compound street word: "Emmericher Landstraße"
                    or (index == laatste - 1 and DUITS_BIJVOEGLIJK.fullmatch(woord) is not None
                        and self.kaal[laatste].lower().endswith(("straße", "strasse")))
                    or (self.ruw[index + 1] in TUSSENVOEGSELS and frequentie(klein) < 4.0)
                    or (klein in voornamen_wereld() and klein not in gewone_woorden())
                    or " ".join(self.kaal[index:]) in groot("locations/lst_street")):
                return index
        return laatste

    def _kleine_straat(self, straatwoord: re.Match[str] | None, eind: int, jaartal: bool) -> int | None:
        """A street in lowercase ("woont op kerkdijk 14 bis", "adres van speijkstraat 8-hs"): after a word of
        living, as the whole value, or before its postcode; it begins right after that word. An ordinary word
        ("signalering 2018", "speeltuin 2") or a year needs the word of living."""
        if straatwoord is None or len(straatwoord.group("stam")) < 3:
            return None
        twijfel = jaartal or gewoon_woord(straatwoord.group(), 3.6)
        laatste = len(self.kaal) - 1
        for index in range(max(0, laatste - 4), laatste + 1):
            if any(_sluit_af(w) for w in self.ruw[index:laatste]) or (
                    index != laatste and self.ruw[index].casefold() in _GEEN_STRAATWOORD):
                continue
            begin = self.begin(index)
            if _woonwoord_voor(self.tekst, begin) or (not twijfel and _hele_waarde(self.tekst, begin)):
                return begin
        if twijfel:
            return None
        # a street word no ordinary word ends in ("vinkenburgstraat"), or the postcode after it
        if _postcode_na(self.tekst, eind) or (straatwoord.group("woord").casefold() in STERK and len(
                straatwoord.group("stam")) >= 4 and not gewoon_woord(straatwoord.group())):
            return self.begin(laatste)
        return None


_KLEINE_KOP = frozenset({"achter", "over", "onder", "tussen", "langs", "naast", "buiten", "binnen", "voor"})
_WOONT_VOOR = patroon(r"\b(?:woont|wonen|woonde|woonachtig|wonende|adres)\s*:?\s+$", re.IGNORECASE)
_KLEIN_DEELTJE = frozenset({"van", "v.", "v.d.", "von", "ten", "ter"})
_GEEN_STRAATWOORD = frozenset({"op", "aan", "naar", "in", "bij", "te", "de", "het", "een", "woont", "adres",
                               "verhuisd", "wonend", "woonachtig", "woonadres"})


def _kaal(woord: str) -> str:
    """A word without the quotes, brackets and marks that open it ("(Kerkstraat", "`Markt"); "'s-Gravelandseweg"
    keeps its own."""
    return woord if woord.startswith(("'s-", "'t")) else woord.lstrip("(\"'[`<«„“‘*_")


def _sluit_af(woord: str) -> bool:
    """Whether a word ends a phrase: a comma, colon or bracket after it, or a full stop after no abbreviation."""
    return _EINDE_ZIN.search(woord) is not None or (woord.endswith(".") and not AFKORTING.fullmatch(_kaal(woord)))


def _hele_waarde(tekst: str, begin: int) -> bool:
    """Whether a street at `begin` starts the value (a key, a team field, a file name)."""
    voorloop = _VOORLOOP.match(tekst)
    return voorloop is not None and voorloop.end() >= begin


_VOORLOOP = patroon(r"[ \t\"'(\[`<«„“‘*_]*")


def _toegestaan(tekst: str, begin: int) -> bool:
    """Whether a street at `begin` may be an address: not the name of a team or a neighbourhood, which follows
    the team word in one run of names ("Buurtteam Oosterhof 2", "Sociaal Team De Markt 2", "Basisteam Jeugd en
    Gezin Nieuwe Park 2")."""
    for plek, woord in enumerate(reversed(re.findall(r"\S+", tekst[max(0, begin - 60):begin])[-6:])):
        if plek == 0 and _LOCATIEWOORD.fullmatch(woord):
            return True  # "Buurtteam De Hoven, locatie Slingerbos 75": the site at its street and number
        if _TEAMWOORD.fullmatch(woord):
            return False
        if _sluit_af(woord) or not (woord[:1].isupper() or woord in ("en", "voor", "van", "de", "het", "&")):
            return True
    return True


def _met_lidwoord(tekst: str, begin: int) -> bool:
    """Whether an article stands before a street ("aan de Spui"): a place takes none ("in Spui")."""
    return re.search(r"\b(?:de|het|den)\s+$", tekst[max(0, begin - 6):begin]) is not None


def _postcode_na(tekst: str, eind: int) -> bool:
    return re.match(r",?\s*[1-9]\d{3}\s?[A-Za-z]{2}(?!\w)", tekst[eind:eind + 12]) is not None


def _woonwoord_voor(tekst: str, begin: int) -> bool:
    """Whether a word of living stands before `begin`, also before an article that opens the name ("BRP: De
    Dreef 204")."""
    voor = tekst[max(0, begin - 55):begin]
    return _WOONWOORD.search(_LIDWOORD_EIND.sub("", voor)) is not None


def _adreswoord_voor(tekst: str, begin: int) -> bool:
    """Whether a word right before `begin` says an address follows ("Adres:", "woont op")."""
    return _ADRESWOORD.search(_LIDWOORD_EIND.sub("", tekst[max(0, begin - 55):begin])) is not None
