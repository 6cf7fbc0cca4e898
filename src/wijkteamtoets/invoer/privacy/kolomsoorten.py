"""What a column of a table holds, by the label in its header: the kind of personal data (a name, a BSN, a phone
number, an e-mail address, an address, a school, a birth date) or another column (a dossier number, a thema, a count).

A label is read as a header writes it: in Dutch or English, in any case, abbreviated ("nm", "vnaam", "ach.naam",
"geb.dat", "tel.nr"), glued or spaced ("e-mail adres", "Date of birth"), with the person as a label ("Naam moeder",
"BSN kind", "Naam (moeder)", "moeder naam") and as a compound ("Cliëntnaam", "Schoolnaam", "Startdatum",
"Zaaknummer"). A label that names no column this module knows is None: a line with one is no header.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..patronen import patroon


@dataclass(frozen=True)
class Kolom:
    """The kind of personal data a column holds ("" for none) and how it holds it (`aard`): ``naam`` for the bare
    label "Naam" (also of a team, a gemeente or a thema), ``persoon`` for a person ("Cliënt", "Moeder", "Naam kind"),
    ``naamdeel`` for a part of a person's name ("Achternaam", "Voorletters"), ``plaats``, ``postcode`` and
    ``huisnummer`` for parts of an address."""

    soort: str
    aard: str = ""


# persons that head a column of their names, or qualify another label ("BSN kind", "Naam moeder")
_PERSONEN = frozenset({
    "client", "clienten", "cliente", "jeugdige", "jeugdigen", "kind", "kinderen", "jongere", "jongeren", "leerling",
    "moeder", "vader", "ouder", "ouders", "ouder1", "ouder2", "ouderverzorger", "verzorger", "verzorgers", "pleegouder",
    "pleegouders", "pleegmoeder", "pleegvader", "stiefvader", "stiefmoeder", "partner", "gezinslid", "gezinsleden",
    "betrokkene", "betrokkenen", "contactpersoon", "contactpersonen", "aanvrager", "melder", "jongste", "oudste",
    "broer", "zus", "oma", "opa", "gezinsvoogd", "jeugdbeschermer", "casusregisseur", "gezinscoach", "hulpverlener",
    "behandelaar", "mentor", "leerkracht", "huisarts", "regisseur", "child", "children", "pupil", "student", "mother", "father",
    "parent", "parents", "guardian", "contactperson", "client1", "kind1", "kind2", "kind3",
})
_NAAMDELEN = frozenset({
    "voornaam", "voornamen", "vnaam", "vnm", "vn", "achternaam", "achternamen", "achtern", "achnaam", "anaam", "roepnaam",
    "bijnaam", "geslachtsnaam", "familienaam", "meisjesnaam", "voorletters", "voorl", "vl", "initialen", "tussenvoegsel",
    "firstname", "lastname", "surname", "givenname", "familyname", "forename", "nickname", "fullname", "volledigenaam",
})
_SOORTEN: dict[str, Kolom] = {
    **dict.fromkeys(("naam", "namen", "nm", "name", "names"), Kolom("naam", "naam")),
    **dict.fromkeys(_PERSONEN, Kolom("naam", "persoon")),
    **dict.fromkeys(_NAAMDELEN, Kolom("naam", "naamdeel")),
    **dict.fromkeys(("geboortedatum", "gebdatum", "gebdat", "gebdtm", "gebd", "geb", "geboren", "geboortedag",
                     "geboortedata", "dob", "dateofbirth", "birthdate", "birthday", "born"), Kolom("geboortedatum")),
    **dict.fromkeys(("bsn", "bsnnummer", "bsnnr", "burgerservicenummer", "burgerservicenr", "sofinummer", "sofinr",
                     "sofi", "citizenservicenumber", "ssn"), Kolom("bsn")),
    **dict.fromkeys(("telefoon", "telefoonnummer", "telefoonnr", "tel", "telnr", "telnummer", "mobiel",
                     "mobielnummer", "mobielnr", "mobiele", "gsm", "06nummer", "phone", "phonenumber", "mobile",
                     "telephone", "cell", "cellphone", "mobilephone"), Kolom("telefoonnummer")),
    **dict.fromkeys(("email", "emailadres", "mail", "mailadres", "emailaddress", "mailaddress"), Kolom("e-mail")),
    **dict.fromkeys(("adres", "adressen", "woonadres", "straat", "straatnaam", "straathuisnummer", "straatenhuisnummer",
                     "adresenwoonplaats", "adresgegevens", "briefadres", "postadres", "correspondentieadres",
                     "verblijfadres", "verblijfsadres", "address", "street", "homeaddress", "streetaddress"),
                    Kolom("adres", "adres")),
    **dict.fromkeys(("postcode", "pc", "zip", "zipcode", "postalcode", "postcodeplaats", "postcodeenplaats",
                     "postcodewoonplaats", "postcodeenwoonplaats", "postcodehuisnummer"), Kolom("adres", "postcode")),
    **dict.fromkeys(("woonplaats", "plaats", "verblijfplaats", "residence", "city", "town", "hometown"),
                    Kolom("adres", "plaats")),
    **dict.fromkeys(("huisnummer", "huisnr", "hnr", "huisnummertoevoeging"), Kolom("adres", "huisnummer")),
    **dict.fromkeys(("school", "scholen", "basisschool", "schoolnaam", "naamschool", "onderwijsinstelling",
                     "huidigeschool", "voschool", "middelbareschool", "schoolkind"), Kolom("school")),
}
# what a list of persons says of each one besides personal data: next to the bare label "Naam" they make it a list
# of persons, not of teams, documents or methods
_KENMERKEN = frozenset({"leeftijd", "lft", "geslacht", "m/v", "relatie", "rol", "gezinsrol", "nationaliteit", "groep",
                        "klas", "leerjaar", "verzuim", "age", "gender", "sex", "role", "relation", "relationship"})
# labels of other columns: a line of them next to a column of personal data is a header all the same
_ANDERE = _KENMERKEN | frozenset({
    "nr", "no", "nummer", "num", "#", "id", "volgnummer", "volgnr", "dossier", "dossiers", "dossiernr", "dossiernummer",
    "dossierid", "zaak", "zaaknummer", "zaaknr", "kenmerk", "casus", "casusnr", "team", "wijkteam", "teamnaam", "gemeente",
    "indicator", "indicatoren", "oordeel", "toelichting", "thema", "criterium", "status", "datum", "periode", "aantal",
    "totaal", "percentage", "%", "groep", "klas", "leerjaar", "relatie", "rol", "leeftijd", "lft", "geslacht", "m/v",
    "iban", "rekeningnummer", "nationaliteit", "taal", "gezinsrol", "opmerking", "opmerkingen", "zorgniveau", "verzuim",
    "bron", "score", "duur", "gesprek", "onderwerp", "afspraak", "afspraken", "actie", "type", "soort", "categorie",
    "bijzonderheden", "reden", "uren", "locatie", "organisatie", "instelling", "functie", "beoordelaar", "regie",
    "aanmelding", "doel", "doelen", "resultaat", "voldoet", "steekproef", "reserve", "vervangen",
    "veiligheid", "signalen", "plan", "evaluatie", "kenteken", "leefgebied", "leefgebieden", "problematiek", "hulp",
    "hulpvorm", "zorgvorm", "aanbieder", "indicatie", "jaar", "maand", "week", "dag", "tijd", "van", "tot", "vanaf",
    "ja", "nee", "deels", "onbekend", "nvt", "wie", "wat", "waar", "wanneer", "age", "gender", "sex", "date", "notes",
    "note", "remarks", "comment", "comments", "role", "relation", "relationship", "file", "case", "caseid", "number",
    "count", "total", "topic", "school/groep", "zorg", "traject", "start", "einde", "eind", "fase", "stand", "ingevuld",
})
_SAMENSTELLING = patroon(r"(?P<voor>\w*?)(?P<kop>naam|datum|nummer|nr|adres|school|telefoon)(?:s|en|sen|len)?")
_WAARDE = patroon(r"\d{3}")
_KOMPACT = patroon(r"[\s()/&+]")
_WOORDEN = patroon(r"[^\s/()&+:]+")
_WEG = str.maketrans({"ë": "e", "ï": "i", "é": "e", ".": "", "-": "", "_": "", "'": "", "’": "", "*": "", ":": ""})


@functools.lru_cache(maxsize=1024)
def kolom(label: str) -> Kolom | None:
    """What the column under `label` holds; None when `label` names no column this module knows."""
    laag = label.casefold().strip().strip('*:"').strip()
    if not laag or len(laag) > 40 or _WAARDE.search(laag):
        return None  # a value, not a label: "geb. 19.07.2006"
    compact = _KOMPACT.sub("", laag.translate(_WEG))
    if compact in _SOORTEN:
        return _SOORTEN[compact]
    if compact in _ANDERE or laag in _ANDERE:
        return Kolom("", "kenmerk") if compact in _KENMERKEN or laag in _KENMERKEN else Kolom("")
    woorden = [w.translate(_WEG) for w in _WOORDEN.findall(laag)]
    woorden = [w for w in woorden if w and w not in ("en", "of", "van", "de", "het", "and", "of", "the", "1", "2", "3")]
    if len(woorden) >= 2:
        return _met_persoon(woorden) or _delen(woorden)
    return _samenstelling(compact)


def _met_persoon(woorden: list[str]) -> Kolom | None:
    """A label with the person it is of: "Naam moeder", "BSN kind", "moeder naam", "Geb.datum (jongste)"."""
    for kop, rest in ((woorden[0], woorden[1:]), (woorden[-1], woorden[:-1])):
        soort = _SOORTEN.get(kop) or _samenstelling(kop)
        if soort is None or not all(w in _PERSONEN or w.isdigit() for w in rest):
            continue
        return Kolom("naam", "persoon") if soort.soort == "naam" else soort
    if woorden[0] in ("naam", "name", "nm") and len(woorden) == 2:  # "Naam school", "Naam team"
        soort = _SOORTEN.get(woorden[1])
        if soort is not None and soort.soort == "school":
            return soort
        if soort is None and (woorden[1] in _ANDERE or _samenstelling(woorden[1]) is not None):
            return Kolom("")
    return None


def _delen(woorden: list[str]) -> Kolom | None:
    """A label of several known parts ("Postcode en woonplaats", "Straat huisnummer", "Datum gesprek"): the first
    part that names personal data, or another column when all its parts do not."""
    soorten = [_SOORTEN.get(w) or (Kolom("") if w in _ANDERE else _samenstelling(w)) for w in woorden]
    if any(s is None for s in soorten):
        if len(woorden) <= 3 and soorten[0] == Kolom(""):
            return Kolom("") if all(_kaal_woord(w) for w in woorden[1:]) else None
        return None
    return next((s for s in soorten if s is not None and s.soort), Kolom(""))


def _kaal_woord(woord: str) -> bool:
    """A plain word in a label of another column ("Datum gesprek", "Aantal dossiers"): letters only, not long."""
    return woord.isalpha() and len(woord) <= 15


def _samenstelling(woord: str) -> Kolom | None:
    """A compound label: "Cliëntnaam" and "Kindnaam" name a person, "Schoolnaam" a school, "Teamnaam" and
    "Gemeentenaam" another column; "Startdatum", "Zaaknummer", "Telefoonnummer moeder", "Bezoekadres" likewise."""
    delen = _SAMENSTELLING.fullmatch(woord)
    if delen is None or len(woord) > 30:
        return None
    voor, kop = delen.group("voor"), delen.group("kop")
    if kop == "naam":
        if voor in _PERSONEN or voor + "naam" in _NAAMDELEN or voor in ("kinds", "ouders"):
            return Kolom("naam", "persoon")
        return Kolom("school") if voor == "school" else Kolom("")
    if kop in ("nummer", "nr"):
        return _SOORTEN.get(voor) or (Kolom("adres", "huisnummer") if voor == "huis" else Kolom(""))
    if kop == "adres":
        return Kolom("adres", "adres") if voor in ("woon", "post", "thuis", "verblijf", "brief", "") or voor in _PERSONEN \
            else Kolom("")
    if kop == "school":
        return Kolom("school")
    if kop == "telefoon":
        return Kolom("telefoonnummer")
    return Kolom("")  # "Startdatum", "Datum"
