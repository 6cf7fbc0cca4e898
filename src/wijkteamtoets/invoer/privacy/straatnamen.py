"""The words Dutch street names are made of, and what a word before a house number may be.

A street's name ends in a word that says it is a street (`STERK`: "straat", "laan", "gracht", only streets end
so; `ZWAK`: "hof", "park", "burg", "poort", which also end the names of neighbourhoods, places and ordinary words),
or starts with one ("Laan van", `KOP`); in front of it stand titles, adjectives, ordinals and particles. Whether
a word with a weak ending is a street, a place, an ordinary word or the jargon of the field is judged here
(`ook_iets_anders`), with the word lists of `lijsten`.
"""

from __future__ import annotations

import re

from ..patronen import patroon

# the last word of a street's name: words that name hardly anything but a street, and words that also name a
# neighbourhood, a park or a place ("Bloemhof", "Westerpark", "Valkenburg")
STERK = ("straat", "laan", "gracht", "singel", "steeg", "dreef", "kade", "straatweg", "plantsoen", "boulevard",
         "allee", "promenade", "steegje", "straatje", "laantje", "kaai", "strjitte", "leane",  # Frisian
         "str", "wg", "ln", "pln",  # cut short in a register or letter: "Kerkstr. 12", "Molenwg. 7", "Bachln. 3"
         "straße", "strasse")  # German
ZWAK = ("weg", "plein", "dijk", "hof", "erf", "ring", "pad", "park", "markt", "hoven", "akker", "wal", "veld",
        "kamp", "baan", "haven", "einde", "poort", "dam", "burg", "horst", "hoek", "brink", "gaarde", "stede",
        "zijde", "vaart", "wetering", "hout", "plaats", "oord", "donk", "beemd", "hoeve", "werf", "tuin", "tuinen",
        "weide", "kant", "vest", "schans", "bolwerk", "hage", "diep", "dyk", "wei", "paad")
STRAATWOORD = patroon(
    rf"(?P<stam>(?:'s-)?[^\W\d_][\w'.-]*?)(?P<woord>{'|'.join(sorted(STERK + ZWAK, key=len, reverse=True))})"
    r"(?:(?<=str)\.|(?<=wg)\.|(?<=ln)\.)?",  # "G.J. Wiefferingdreef", "C.D.Tuinenburgstraat", "Kerkstr. 12"
    re.IGNORECASE)
# a street that is its street word alone, or starts with one ("Markt 4", "Laan van Meerdervoort 1021")
LOS = frozenset({"markt", "plein", "brink", "dam", "kade", "haven", "singel", "gracht", "dijk", "wal", "vest", "kaai",
                 "vismarkt", "veemarkt", "turfmarkt", "botermarkt", "groenmarkt", "kerkplein", "hofplein"})
KOP = frozenset({"laan", "weg", "plein", "kade", "dijk", "straat", "singel", "hof", "park", "gracht", "dreef",
                 "pad", "erf", "plantsoen", "boulevard", "markt", "poort", "wal", "ring", "baan", "steeg", "allee",
                 "promenade", "burgwal", "haven", "oever", "achter", "over", "onder", "tussen", "aan", "op", "bij",
                 "langs", "naast", "buiten", "binnen", "voor"})
# the prepositions among them open a street only when no street word follows ("Achter de Dom")
STRAATKOP = KOP - {"achter", "over", "onder", "tussen", "aan", "op", "bij", "langs", "naast", "buiten", "binnen",
                   "voor"}
KOP_VERBINDER = frozenset({"van", "der", "de", "den", "het", "'t", "naar", "op", "tot", "aan", "in", "bij", "te",
                           "ter", "ten", "over", "achter", "voor", "onder", "langs", "des"})
# what may stand before the street word in a name, and opens it
TITELS = frozenset({"burgemeester", "burg.", "dr.", "dokter", "prof.", "professor", "prins", "prinses", "koning",
                    "koningin", "graaf", "gravin", "hertog", "hertogin", "sint", "st.", "mr.", "ds.", "dominee",
                    "pastoor", "pater", "kardinaal", "bisschop", "generaal", "gen.", "admiraal", "adm.", "kapitein",
                    "luitenant", "kolonel", "majoor", "jonkheer", "jhr.", "baron", "mgr.", "monseigneur", "ir.",
                    "ing.", "zuster", "broeder", "meester", "kanunnik", "paus", "keizer", "president", "minister",
                    "wethouder", "pres.", "min.", "weth.", "markies", "pr.", "prs.", "kon.", "gebr.", "gebroeders",
                    "past.", "kard.", "mej.", "mevrouw", "juffrouw", "weduwe", "wed."})
BIJVOEGLIJK = frozenset({"lange", "korte", "oude", "nieuwe", "grote", "kleine", "hoge", "lage", "brede", "smalle",
                         "groot", "klein", "nieuw", "oud", "hoog", "laag", "breed", "verlengde", "kromme", "achter",
                         "voor", "binnen", "buiten", "boven", "beneden", "noord", "zuid", "oost", "west",
                         "noordelijke", "zuidelijke", "oostelijke", "westelijke", "heilige", "zwarte", "witte",
                         "rode", "groene", "gouden", "halve", "droge", "natte", "stille", "open", "lieve"})
RANGTELWOORD = patroon(r"[1-9]\d?(?:e|ste|de)|eerste|tweede|derde|vierde|vijfde|zesde", re.IGNORECASE)
TUSSENVOEGSELS = frozenset({"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "la", "le", "du", "des",
                            "di", "da", "del", "von", "'s", "v.", "v.d."})
# an abbreviation inside a street's name ("Dr.", "Burg.", "J.P."): its full stop ends no sentence
AFKORTING = patroon(r"(?:[A-Z]\.)+|(?i:burg|dr|prof|st|str|mr|ds|gen|adm|jhr|mgr|ir|ing|pres|min|weth|pr|prs|kon|gebr"
                       r"|past|kard|mej|mevr|dhr|wed|[^\W\d_]+(?:str|wg|ln)|v|v\.d)\.")


# a German street of two words: a word of its town or person in "-er" and the street word on its own
# ("Bentheimer Straße", "Klever Strasse", "Weseler Str.", "Hamburger Allee")
DUITS_STRAATWOORD = frozenset({"straße", "strasse", "str.", "allee", "platz", "gasse", "damm", "ufer", "chaussee",
                               "weg", "ring", "markt", "wall", "graben"})
DUITS_BIJVOEGLIJK = patroon(r"[A-ZÄÖÜ][\wäöüß-]{2,}er")
# the German preposition and article that open a street ("Am Markt", "An der Kirche", "Zum Hafen")
DUITS_VOORZETSEL = patroon(r"(?:Am|Im|Zum|Zur|(?:An|Auf|In|Unter|Vor)\s+(?:der|dem|den))\s+$")
# a French or Belgian street opens with its street word ("Rue de Brabant", "Avenue Louise", "Chaussée de Wavre")
FRANS_STRAATKOP = frozenset({"rue", "avenue", "chaussée", "chaussee", "boulevard", "place", "quai", "chemin",
                             "allée", "impasse", "square", "drève", "rempart"})
# and so does a street on the islands in Papiamento ("Kaya Grandi", "Caya Betico Croes", "Kaminda di Mar")
FRANS_STRAATKOP |= {"kaya", "caya", "kaminda"}
FRANS_DEELTJE = frozenset({"de", "du", "des", "la", "le", "l'", "d'", "à", "aux", "au", "et", "van", "der", "di"})
# a Dutch adjective of a place opens a street ("Vaartsche Rijn", "Amsterdamsche Veerkade", "Zwolse Vaart")
PLAATSBIJVOEGLIJK = patroon(r"[A-Z][a-zà-ÿ]{2,}(?:sche|[bcdfghklmnprtvwz]se)")


def buitenlandse_straat(kaal: list[str], afgesloten: list[bool]) -> int | None:
    """Where a German street of two words ("Bentheimer Straße", "Weseler Str.") or a French one that opens with its
    street word ("Rue de Brabant", "Avenue Louise") begins among the words `kaal` before a house number, or None;
    `afgesloten` tells per word whether it ends a phrase (a comma or full stop after it)."""
    laatste = len(kaal) - 1
    if laatste >= 1 and kaal[-1].casefold() in DUITS_STRAATWOORD and kaal[-1][:1].isupper() \
            and DUITS_BIJVOEGLIJK.fullmatch(kaal[-2]) and not afgesloten[-2]:
        return laatste - 1
    for kop in range(laatste, max(-1, laatste - 4), -1):
        if any(afgesloten[kop:laatste]):
            return None
        if kaal[kop].casefold() in FRANS_STRAATKOP and kaal[kop][:1].isupper():
            naam = kaal[kop + 1:]
            return kop if naam and naam[-1][:1].isupper() and all(
                w[:1].isupper() or w.casefold() in FRANS_DEELTJE for w in naam) else None
    return None


# the jargon of the field with a street word's ending: a path of care or a field of work, no street
_VAKTAAL = patroon(r"(?:zorg|behandel|leer|werk|speel|jeugd|hulp|hulpverlenings|sociaal|traject|project|beleid"
                      r"|ontwikkel|ontwikkelings|groei|opvoed|opvoedings|veiligheids|herstel|begeleidings"
                      r"|ondersteunings|casus|regie|netwerk|gezins|verbeter|actie|interventie|kennis|loop|arbeids"
                      r"|participatie|woon|leef)(?:pad|veld|plein|weg|hof|erf|baan|markt|ring|kamp|park|poort|hoek"
                      r"|plaats|haven)")


def ook_iets_anders(woord: str, lidwoord: bool) -> bool:
    """Whether a street word with a weak ending also names a place, is an ordinary word or the jargon of the
    field ("Valkenburg", "Speeltuin", "Woonplaats", "Zorgpad"), and not a street the list knows; a place with an
    article is a street."""
    from .lijsten import frequentie, plaatsnamen
    from .woordblok import groot

    klein = woord.casefold()
    if _VAKTAAL.fullmatch(klein) or klein == "bladzijde":  # "Bladzijde 12 van het plan"
        return True
    if klein in plaatsnamen():
        return not lidwoord
    return frequentie(klein) >= 3.6 and woord not in groot("locations/lst_street")


def gewoon_woord(woord: str, drempel: float = 2.5) -> bool:
    """An ordinary Dutch word that ends in a street word ("zijstraat", "winkelstraat", "speeltuin")."""
    from .lijsten import frequentie

    return frequentie(woord.casefold()) >= drempel


def zeldzaam(woord: str) -> bool:
    """A word with a capital that is no common word, no place and no first name ("Zwanenvecht", "Slinge")."""
    from .lijsten import frequentie, plaatsnamen, voornamen_wereld

    klein = woord.casefold()
    return re.fullmatch(r"[^\W\d_][\w'-]+", woord) is not None and frequentie(klein) < 3.0 \
        and klein not in plaatsnamen() and klein not in voornamen_wereld()


def bekende_straat(woord: str, lidwoord: bool) -> bool:
    """A street the list knows that is no common word, and no place unless an article says it is a street
    ("Rokin", "aan de Spui"; not "Groep", "Centrum", "in Spui")."""
    from .lijsten import frequentie, plaatsnamen
    from .woordblok import groot

    return woord in groot("locations/lst_street") and (lidwoord or woord.casefold() not in plaatsnamen()) \
        and frequentie(woord.casefold()) < 4.5
