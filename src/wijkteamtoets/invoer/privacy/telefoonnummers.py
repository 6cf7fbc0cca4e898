"""Phone numbers of persons: validated by phonenumbers (imported only when a text holds a candidate), in the
Netherlands, Belgium and Germany or with a country code; not a public service number (0800, 0900, 088), and not
a landline number that the sentence gives as an organisation's ("het wijkteam is bereikbaar via 053 123 45 67",
"tel. 0318 68 30 00 (ma t/m vr)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..patronen import patroon
from .detectoren import ROL
from .treffer import Treffer

# also right after the full stop of an abbreviated label ("tel.nr.0612345678", "mob.06-12345678"), not after a
# full stop between digits ("1.0612345678")
_TELEFOON_KANDIDAAT = patroon(r"(?<![\w+/,-])(?<![\d.]\.)(?<!^\.)(?:(?:\+|00)[1-9]|\(?0[1-9])[\d ()./-]{5,22}\d")


def _is_telefoonnummer(phonenumbers: Any, deel: str) -> bool:
    """Valid in the Netherlands, or with a country code; a Belgian or German number written as at home
    (``02 123 45 67``, ``030/1234567``) when it has the separators of one."""
    if re.fullmatch(r"06[- /]?\d{8}|06[- ]\d{2}[- ]\d{2}[- ]\d{2}[- ]\d{2}", deel):
        return True  # a Dutch mobile number by its form, also in a block phonenumbers does not know yet
    internationaal = deel.lstrip("(").startswith(("+", "00"))
    for regio in ("NL", "BE", "DE") if not internationaal and re.search(r"[ /]", deel) else ("NL",):
        try:
            nummer = phonenumbers.parse(deel, regio)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(nummer):
            return True
        if internationaal and phonenumbers.is_possible_number(nummer) and len(re.sub(r"\D", "", deel)) >= 10:
            return True  # "+32 2 123 45 67": a possible number with a country code
    return False


# Dutch service numbers (free 0800, paid 0900/0906/0909) and company numbers (088, given only to organisations),
# also with the country code: public, no person's
_SERVICENUMMER = patroon(r"(?:0|0031|31)(?:800|90[069]|88)")


# what makes a number an organisation's: prose about a team, desk, office or service as an institution,
# with its article ("het wijkteam is bereikbaar via", "de receptie van het gemeentehuis", "het CJG"), or its
# office hours and listings ("op werkdagen", "ma t/m vr", "de website", "belt u"). A bare label ("Wijkteam
# Noord, 020 276 7313") is no such prose: a number after it may be anybody's.
_ORGANISATIEWOORD = (r"(?:[\w-]*team|[\w-]*loket|balie|receptie|secretariaat|servicepunt|servicedesk|helpdesk"
                     r"|klantcontact\w*|meldpunt|[\w-]*kantoor|gemeente\w*|stadhuis|[\w-]*centrum|instelling"
                     r"|organisatie|stichting|praktijk|afdeling|[\w-]*spreekuur|toegang|[A-Z]{2,5})")
_ORGANISATIECONTEXT = patroon(
    rf"\b(?i:het|de|den|een)\s+(?:[\w-]+\s+){{0,2}}?{_ORGANISATIEWOORD}\b"
    r"|(?i:\bwerkdagen|kantoortijden|kantooruren|openingstijden|\bma(?:andag)?\.?\s*(?:t/m|tot\s+en\s+met|-)\s*vr"
    r"|\bwebsite|\bfolder|\bbrochure|\balgemene?\s+nummer|\bhoofdnummer|\bbel\s+(?:het|de)\b"
    r"|\bbelt\s+u\b)")
# what makes it a person's: a role or title, a possessive before the number, a private or mobile line, or a
# call made to it ("het wijkteam belde naar 053 ...": the number of whoever was called)
_PERSOONSCONTEXT = patroon(rf"(?i:\b(?:{ROL}|privé|prive|mobiel\w*|thuisnummer|belde|belden|gebeld|appte|appten"
                              r"|geappt|sms'?te|ge-?sms't|teruggebeld|opgebeld)\b"
                              r"|\b(?:zijn|haar|hun|eigen)\s+(?:\w+\s+)?(?:nummer|telefoon\w*|mobiel\w*|vaste|06))")
# "Jeugd en Gezin" names an organisation, not a family
_ORGANISATIE_MET_ROL = patroon(r"(?i:jeugd\s*(?:en|&)\s*gezin)")
_ZINSEINDE = patroon(r"[.!?;]\s+(?=[A-Z])|\n\s*\n")


def _nummer_van_organisatie(tekst: str, begin: int, eind: int) -> bool:
    """Whether a landline number is an organisation's: its sentence names a team, desk, office, service or
    office hours ("het wijkteam is bereikbaar via 053 123 45 67", "tel. 0318 68 30 00 (ma t/m vr)") and no
    person ("moeder", "haar nummer", "mobiel"). A mobile number (06) is always a person's."""
    if re.sub(r"\D", "", tekst[begin:eind]).removeprefix("0031").removeprefix("31").lstrip("0").startswith("6"):
        return False
    voor = tekst[max(0, begin - 120):begin]
    na = tekst[eind:eind + 80]
    if (einde := list(_ZINSEINDE.finditer(voor))):
        voor = voor[einde[-1].end():]
    if (einde_na := _ZINSEINDE.search(na)) is not None:
        na = na[:einde_na.start()]
    zin = _ORGANISATIE_MET_ROL.sub("jeugdteam", f"{voor} {na}")
    return _ORGANISATIECONTEXT.search(zin) is not None and _PERSOONSCONTEXT.search(zin) is None


def _telefoons(tekst: str) -> Iterator[Treffer]:
    """Phone numbers validated by phonenumbers. Only candidates that start like a phone number (+, 00 or 0)
    are handed to the library, each a bounded piece: that keeps the scan linear and fast."""
    for kandidaat in _TELEFOON_KANDIDAAT.finditer(tekst):
        import phonenumbers  # imported only when a candidate appears
        waarde = kandidaat.group()
        # the longest prefix (ending in a digit) that phonenumbers accepts as a valid number
        einden = [m.end() for m in re.finditer(r"\d", waarde)]
        for eind in reversed(einden[7:16]):
            deel = waarde[:eind]
            if deel.startswith("(") and ")" not in deel:
                deel = deel[1:]
            if _is_telefoonnummer(phonenumbers, deel):
                if re.fullmatch(r"\d{1,2}([- /.])\d{1,2}\1(?:19|20)\d{2}|0\d{8}", deel):
                    break  # a date (also with spaces, as in a file name), or nine digits (the BSN detector's)
                if _SERVICENUMMER.match(re.sub(r"\D", "", deel)):
                    break  # a public 0800/090x/088 number of a service: no person's number
                if _nummer_van_organisatie(tekst, kandidaat.start(), kandidaat.start() + eind):
                    break
                yield Treffer("telefoonnummer", kandidaat.start(), kandidaat.start() + eind)
                break
