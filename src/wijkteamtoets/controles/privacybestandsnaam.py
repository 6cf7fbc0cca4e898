"""Personal data in a file name, read the way people write file names.

People join the words of a file name with hyphens, underscores, dots or a plus, or write them in camelCase
("cbs-de-ark-groep-3", "insta_lisa_xo", "fatima.bouzid", "FatimaBouzid"), and put a case number or a document
word before them ("GOU-2016-035-fatima-bouzid", "dossier-123456782"). So a file name is read in several ways,
each a text the detectors scan as a whole value:

* as written, with underscores (and a plus not before a digit) as spaces: numbers, dates, e-mail addresses;
* with every separator and every camelCase joint as a space ("cbs de ark groep 3", "Fatima Bouzid");
* a platform word apart from the handle after it ("insta lisa_xo"), for social media only;
* without a case number or a short word in front, and every run of words between numbers on its own.

A name found in a reading with separators as spaces stands only with a capital or a known name part
(`met_bekend_naamdeel`: not the technical words of "yaml-boolean"), and a word that stands only inside an
organisation or team in the file name ("Albert_Schweitzer") is no name in a shorter reading either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..invoer.patronen import patroon
from ..invoer.privacy import Treffer, normaliseer
from ..invoer.privacy.breed import geen_persoon_spans, met_bekend_naamdeel
from ..invoer.privacy.lijsten import frequentie
from . import privacyzoeker

_WOORDSOORTEN = frozenset({"naam", "school", "sociale-media", "adres"})
_SCHEIDING = patroon(r"[-_.]+|\+(?!\d)")
# a camelCase joint (not in "McDonald") and a joint of letters and digits ("BergenOpZoom2016")
_CAMELCASE = patroon(r"(?<=[a-zà-ÿ])(?<!Mc)(?<!Mac)(?=[A-Z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_]{3})")


def als_woorden(stam: str) -> str:
    """`stam` with every separator, every camelCase joint and every joint of a word and a number read as a space
    ("FatimaBouzid" -> "Fatima Bouzid", "cbs-de-ark-groep-3" -> "cbs de ark groep 3", "Gouda2019" -> "Gouda 2019")."""
    return " ".join(_SCHEIDING.sub(" ", _CAMELCASE.sub(" ", stam)).split())


def scan_naam(naam: str, volledig: bool = True) -> list[str]:
    """The kinds of personal data in a file name (see the module)."""
    stam = re.sub(r"\.(?:ya?ml)$", "", naam)
    leesbaar = re.sub(r"_|\+(?!\d)", " ", stam)
    zoeker: Callable[[str], list[Treffer]] = privacyzoeker.zoeker(volledig)
    woorden = als_woorden(stam)
    # a word of an organisation or team in the whole name stays one in every reading ("Albert_Schweitzer" ->
    # "Schweitzer", "Jeugdteam-De-Kern" -> "Kern")
    org = _organisatiewoorden(woorden) | _organisatiewoorden(leesbaar) if volledig else set()

    def telt(tekst: str, treffer: Treffer) -> bool:
        return _naam_in_bestandsnaam(tekst, treffer, volledig) and not (
            treffer.soort == "naam" and _woorden(als_woorden(tekst[treffer.begin:treffer.eind])) <= org)

    soorten = {t.soort for t in zoeker(leesbaar) if t.soort != "naam" or not _woorden(als_woorden(leesbaar[t.begin:t.eind])) <= org}
    if "@" in stam:  # an e-mail address or a handle keeps its underscores and plus ("g.krawczyk+wijkteam@...")
        for variant in (stam.replace("_", " "), re.sub(r"_(?=@)", " ", stam)):
            soorten.update(t.soort for t in zoeker(variant) if t.soort == "e-mail" or (
                t.soort == "sociale-media" and not _vermelding_in_woorden(variant[t.begin:t.eind])))
    # a platform word apart from the handle after it ("insta_lisa_xo"); not a Dutch word after it ("insta_beleid_2019")
    handle = re.match(r"([A-Za-z]{2,12})[-_ ]+(\S+)$", stam)
    if handle is not None and any(frequentie(w.casefold()) < 3.0 for w in re.findall(r"[^\W\d_]+", handle.group(2))):
        soorten.update(t.soort for t in zoeker(f"{handle.group(1)} {handle.group(2)}") if t.soort == "sociale-media")
    # every separator and camelCase joint as a space, for values of words: a name there needs a part a name list
    # knows ("FatimaBouzid", not "SteekproefGouda"); numbers split there are read as written ("NL91-ABNA-0417")
    soorten.update(t.soort for t in zoeker(woorden) if t.soort in _WOORDSOORTEN and telt(woorden, t) and (
        t.soort != "naam" or not volledig or _met_naam_uit_lijst(woorden[t.begin:t.eind])))
    # without a case number or word in front ("ALM-2016-138-12-ABC-3", "dossier-123456782"), with hyphens
    # read as spaces ("dossier-henk-rietveld"), and a word apart from the number after it ("bsn123456782")
    # (a team word stays: "Wijkteam_De_Visser" is a team, "De Visser" alone would read as a person)
    kaal = re.sub(r"^(?:[A-Za-z]{2,6}-\d{2,4}-\d{1,4}|(?!(?i:[a-z]*team)[-_ ])[A-Za-z]{2,12})[-_ ]+(?=\w)", "", stam)
    los = re.sub(r"[-_]+|\+(?!\d)", " ", kaal)
    for variant in {re.sub(r"_|\+(?!\d)", " ", kaal), los, re.sub(r"(?<=[a-z])(?=\d)", " ", los)} - {leesbaar}:
        soorten.update(t.soort for t in zoeker(variant) if telt(variant, t))
    # every run of words between numbers and separators read on its own, as a whole value:
    # "GOU-2016-035-fatima-bouzid" holds the name "fatima bouzid"
    for stuk in re.split(r"[\W_]*\d[^\W_]*[\W_]*", stam):
        deel = " ".join(_SCHEIDING.sub(" ", stuk).split())
        if deel and deel != leesbaar.strip():
            soorten.update(t.soort for t in zoeker(deel) if t.soort == "naam" and telt(deel, t))
    return sorted(soorten)


def _met_naam_uit_lijst(naam: str) -> bool:
    """Whether a known first name or surname that is no common Dutch word or place stands in `naam`."""
    from ..invoer.privacy.lijsten import achternamen, gewone_woorden, plaatsnamen, voornamen_wereld

    return any((w in voornamen_wereld() or w in achternamen()) and w not in gewone_woorden() and w not in plaatsnamen()
               and frequentie(w) < 4.5 for w in _woorden(normaliseer(naam)))


def _woorden(tekst: str) -> set[str]:
    return set(re.findall(r"\w+", tekst.casefold()))


def _vermelding_in_woorden(handle: str) -> bool:
    """Whether a handle of a file name is a Teams mention of a channel or everyone with the words after it joined by
    underscores, all Dutch words ("@allen_morgen_geen_overleg"), not an account ("@lisa_xo", "@sand_988")."""
    from ..invoer.privacy.sociale_media import nederlands_woord, vermelding

    delen = [re.sub(r"[\W_]", "", deel) for deel in re.split(r"[_-]", handle[1:])]
    return handle.startswith("@") and len(delen) > 1 and vermelding(" ".join(["@" + delen[0], *delen[1:]]), 0) \
        and all(deel.isalpha() and (nederlands_woord(deel) or (deel.isupper() and len(deel) <= 5))  # "AVG"
                for deel in delen[1:] if deel)


def _organisatiewoorden(tekst: str) -> set[str]:
    """The words of `tekst` that stand only inside organisations and teams (or a method's makers), wherever they
    occur in it, also as the reading with camelCase joints as spaces splits them ("DiClemente" -> "di", "clemente")."""
    bezet = geen_persoon_spans(tekst)
    woorden = {w for w in _woorden(tekst) if all(bezet.raakt(m.start(), m.end())
                                                 for m in re.finditer(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", tekst))}
    return woorden | {deel for m in re.finditer(r"\w+", tekst) if m.group().casefold() in woorden
                      for deel in _woorden(als_woorden(m.group()))}


def _naam_in_bestandsnaam(tekst: str, treffer: Treffer, volledig: bool) -> bool:
    """Whether a finding in a file name read with its separators as spaces stands: any kind but a name, a name
    with a capital, or a lowercase name with a known first name or surname in it ("abdul-samadi"; not the
    technical words of "yaml-boolean")."""
    return treffer.soort != "naam" or not volledig or met_bekend_naamdeel(normaliseer(tekst[treffer.begin:treffer.eind]))
