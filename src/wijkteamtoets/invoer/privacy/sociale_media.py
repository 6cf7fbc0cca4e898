"""Accounts and profiles on social media: a profile URL ("instagram.com/kevin_2002", "facebook.com/profile.php?id=1"),
a handle ("@noortje2008") and a name after its platform ("Snapchat: lisa.xo", "Zijn Snapchat is lisa_xo").

The handle of an organisation is no personal data: its words are an organisation or a place ("@gemeentegouda",
"@GGDZeeland", "@humanitas_nl", an organisation of `geen-personen.txt`), or its sentence says an organisation
speaks through it ("de gemeente communiceert via @..."). Nor is an @-mention in a Teams or Outlook note that names
a display name or a channel rather than an account (`vermelding`): "@Planning", "@Team Toegang", "@kanaal",
"@iedereen", "@gedragswetenschappers"; a person mentioned so ("@Fatima Bouzid") is a name (`naamkaders`).
The detector takes the normalised text and yields `Treffer`s; it only runs its patterns when the text holds an
``@``, a ``.com/`` or the name of a platform.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..patronen import patroon
from .treffer import Treffer

_PLATFORM = (r"insta(?:gram)?|snap(?:chat)?|tiktok|facebook|twitter|telegram|youtube|threads|linkedin|discord|fb|ig"
             # games where children meet strangers: "Roblox: rayan_010", "zijn gamertag is Rayan010"
             r"|roblox|fortnite|steam|psn|xbox|playstation|twitch|kik|gamertag")
# a profile URL of a platform ("instagram.com/lisa_xo", "vm.tiktok.com/ZMabc12", "t.me/lisa_xo", "twitch.tv/lisaxo")
_PROFIEL_URL = patroon(
    r"(?<![\w.-])(?:https?://)?(?:www\.|m\.|vm\.|mobile\.)?"
    r"(?:(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|youtube|threads|pinterest|reddit|tumblr|twitch"
    r"|vk|onlyfans|discord|roblox|steamcommunity)\.(?:com|net|tv|gg)|t\.me|youtu\.be|discord\.gg|linktr\.ee)"
    r"/(?:[\w.@/%=&-]|\?(?=\w)){2,80}", re.IGNORECASE)
_SOCIALE_MEDIA = patroon(
    r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?![\w(@])"
    rf"|\b(?i:{_PLATFORM})(?:[ -]?(?i:account|naam|profiel|gebruikersnaam|kanaal|pagina))?"
    r"(?:\s+(?i:van)\s+(?:(?i:de|het|haar|zijn)\s+)?\w+)?"  # "instagram account van dochter: ..."
    r"\s*[:=]\s*@?(?![\w.]*\.(?i:com|net|tv|me|be|gg)/)[\w.]{3,40}",
)
# a name after its platform and "is", "heet" or "als", without an @: "Zijn Snapchat is lisa_xo", "op TikTok als kimdj",
# or right after the platform, an account word or a follower ("insta lisa_xo", "account lisa.xo2008", "volgt kim_03",
# "deelt foto's via kim_jansen")
_NA_PLATFORM = patroon(rf"\b(?i:{_PLATFORM})(?:[ -]?(?i:account|naam|profiel|gebruikersnaam|kanaal|pagina))?\s+"
                          r"(?:(?i:is|heet|als)\s+)?[('‘’\"]?(?P<naam>[\w.]{3,40})(?![\w.]*@)")
# a handle before its platform: "gebruikt de naam xx_fleur_xx op Instagram"
_VOOR_PLATFORM = patroon(rf"(?<![\w.@])(?P<naam>[\w.]{{3,40}})\s+(?i:op|on|via)\s+(?i:{_PLATFORM})\b")
_NA_ACCOUNTWOORD = patroon(r"\b(?i:account|profiel|accountnaam|gebruikersnaam|handle|kanaal|volgt|volgde|via"
                              r"|screenshot|screenshots)\s+(?:(?i:van|is|heet)\s+)?(?P<naam>[\w.]{3,40})(?![\w.]*@)")
_HANDLEVORM = patroon(r"(?=(?:[^\W\d_]*[^\W\d_]){2})(?=[\w.]*(?:_|\d|\.\w))[^\W_][\w.]*")
# a file or a website, no account: "verslag_2019.pdf", "www.gouda.nl"
_BESTAND = patroon(r"\.(?i:pdf|docx?|xlsx?|ya?ml|txt|jpe?g|png|csv|odt|zip|nl|com|org|net|eu|be|de|info|nu)$"
                      r"|^(?i:www)\.")

# the words an organisation's handle begins with: a kind of organisation ("@gemeenteleiden", "@GGDZeeland")
_ORGANISATIEBEGIN = patroon(r"(?:gemeente|ggd|ggz|(?:wijk|jeugd|buurt|sociaal)teams?|cjg|veiligthuis|"
                               r"inspectie|politie|stichting|ministerie|provincie|rijksoverheid|jeugdbescherming|"
                               r"jeugdzorg|raadvoorde|igj|uwv|svb|zorgverzekeraar|woningcorporatie)")
# a sentence in which an organisation speaks through the handle: "De gemeente communiceert via @..."
_ORGANISATIE = (r"gemeente|ggd|ggz|wijkteam|jeugdteam|buurtteam|stichting|organisatie|instelling|inspectie|politie|"
                r"ministerie|provincie|instantie|zorgaanbieder|corporatie|school|vereniging")
_ORGANISATIE_SPREEKT = patroon(
    rf"\b(?i:{_ORGANISATIE})\b[^.!?;]{{0,40}}?"
    r"\b(?i:communiceert|communiceren|twittert|tweet|post|publiceert|informeert|is\s+te\s+volgen|is\s+bereikbaar)\b"
    r"[^.!?;]{0,20}$"
    # "het account van de gemeente: @...", "Volg ons op @..."
    rf"|\b(?i:account|kanaal|pagina)\s+van\s+(?i:de|het)\s+(?i:{_ORGANISATIE})\b[^.!?;]{{0,20}}$"
    r"|(?:^|[.!?]\s+)(?i:volg)\s+(?i:ons|de\s+\w+|het\s+\w+)?\s*(?i:op|via)?\s*$")


# the words without which a text holds no account (the patterns only run after one of them)
_AANWIJZINGEN = ("insta", "snap", "tiktok", "facebook", "twitter", "telegram", "youtube", "linkedin", "threads",
                 "discord", "fb", "ig", "roblox", "fortnite", "steam", "psn", "xbox", "playstation", "twitch", "kik",
                 "gamertag", "linktr", "account", "profiel", "handle", "kanaal", "volgt", "volgde", "via", "screenshot")


def sociale_media(tekst: str) -> Iterator[Treffer]:
    laag = tekst.casefold()
    if "@" not in tekst and "/" not in tekst and not any(w in laag for w in _AANWIJZINGEN):
        return
    for treffer in _PROFIEL_URL.finditer(tekst) if "/" in tekst else ():
        account = re.sub(r"^(?:https?://)?[^/]+/", "", treffer.group()).split("/")[0].lstrip("@")
        if account and van_organisatie(tekst, treffer.start(), account):
            continue  # "instagram.com/gemeenteutrecht", "facebook.com/GGDZeeland"
        yield Treffer("sociale-media", treffer.start(), treffer.start() + len(treffer.group().rstrip(".")))
    for treffer in _SOCIALE_MEDIA.finditer(tekst):
        waarde = treffer.group()
        if waarde.startswith("@") and (van_organisatie(tekst, treffer.start(), waarde[1:])
                                       or vermelding(tekst, treffer.start())):
            continue
        yield Treffer("sociale-media", treffer.start(), treffer.start() + len(waarde.rstrip(".")))
    for zoeker, los in ((_NA_PLATFORM, True), (_NA_ACCOUNTWOORD, False), (_VOOR_PLATFORM, False)):
        for treffer in zoeker.finditer(tekst):
            naam = treffer.group("naam").rstrip(".")
            if _handleachtig(naam, los):
                yield Treffer("sociale-media", treffer.start("naam"), treffer.start("naam") + len(naam))


# a whole @-mention: letters, digits and the signs of a handle, and a hyphen ("@MDO-overleg")
_VERMELDING = patroon(r"@([\w.-]+)")
# a display name as Teams writes it: capitalised, no capital after a small letter ("Planning", "MDO-overleg",
# "Fatima"; not the handles "LisaXO" or "VeiligThuisNL")
_WEERGAVENAAM = patroon(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*")
# the words that make an @-word an account, anywhere near it ("Zijn Instagram is @Kevin", "het account @Kevin")
_ACCOUNTWOORD = patroon(rf"(?i:\b(?:{_PLATFORM}|account|profiel|handle|volgt|volgde|volgers|gebruikersnaam)\b)")
# the words Teams, Outlook and Slack mention everyone or a channel by
_IEDEREEN = frozenset({"iedereen", "allen", "kanaal", "team", "everyone", "channel", "here", "all"})


def vermelding(tekst: str, begin: int) -> bool:
    """Whether the @-word at `begin` mentions a display name or a channel as Teams and Outlook write it, not an
    account: a capitalised name without the signs of a handle (digits, underscores, dots, capitals inside), or in
    small letters a channel, everyone or Dutch words only ("@kanaal", "@iedereen", "@gedragswetenschappers"), and
    no platform or account word near it ("Zijn Instagram is @Kevin" is an account)."""
    woord = _VERMELDING.match(tekst, begin)
    if woord is None or _ACCOUNTWOORD.search(tekst, max(0, begin - 60), min(len(tekst), woord.end() + 60)):
        return False
    naam = woord.group(1).rstrip(".")
    if not _WEERGAVENAAM.fullmatch(naam):
        return False
    if naam[:1].isupper():
        return not re.search(r"[a-zà-ÿ][A-ZÀ-Þ]", naam)
    return all(nederlands_woord(deel) for deel in naam.split("-"))


def nederlands_woord(woord: str) -> bool:
    """A Dutch word, or a compound of Dutch words, that no list knows as a name ("kanaal", "jeugdconsulenten")."""
    from .lijsten import achternamen, frequentie, gewone_woorden, samenstelling, voornamen_wereld

    laag = woord.casefold()
    if laag in _IEDEREEN or laag in gewone_woorden():
        return True
    if laag in voornamen_wereld() or laag in achternamen():
        return False
    # a plural names a group or a role ("@jeugdconsulenten", "@gedragswetenschappers")
    enkelvoud = [laag[:-len(uitgang)] for uitgang in ("en", "s") if laag.endswith(uitgang) and len(laag) > 6]
    return any(frequentie(w) >= 3.0 or samenstelling(w) for w in (laag, *enkelvoud))


def _handleachtig(naam: str, los: bool) -> bool:
    """Whether a bare word is an account ("lisa_xo", "kimdj2009"), not a word about it ("privé", "gehackt") nor a
    file, a date or a number: a handle's underscore, dot or digit with letters, or (`los`: right after its
    platform) a word Dutch does not know ("deboravleeuwenofficial")."""
    if _HANDLEVORM.fullmatch(naam):  # after a word such as "account" only in small letters, as handles are
        return not _BESTAND.search(naam) and (los or (naam.islower() and len(re.findall(r"[^\W\d_]", naam)) >= 4))
    if not los or not naam.isalpha():
        return False
    from .lijsten import frequentie

    return frequentie(naam.casefold()) < 2.5


def _handlewoorden(handle: str) -> list[str]:
    """The words of a handle: "GGDZeeland" → ggd, zeeland; "humanitas_nl" → humanitas, nl."""
    return [w.casefold() for w in re.findall(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+", handle)]


@functools.cache
def _organisaties_aaneen() -> frozenset[str]:
    """The organisations of `geen-personen.txt` written as a handle writes them: "veiligthuis", "legerdesheils"."""
    from .lijsten import _lees_lijst, geen_personen_bestanden

    return frozenset(re.sub(r"\W", "", naam.casefold()) for pad in geen_personen_bestanden()
                     for naam in _lees_lijst(pad))


def van_organisatie(tekst: str, begin: int, handle: str) -> bool:
    """Whether a handle is an organisation's own: its sentence says so, or its words are an organisation (with a
    place, a country code or a short regional code after it)."""
    if _ORGANISATIE_SPREEKT.search(tekst, max(0, begin - 80), begin):
        return True
    woorden = _handlewoorden(handle)
    if any(w.isdigit() for w in woorden):
        return False  # "@ggd_fan2008": a person's
    kaal = "".join(woorden)
    begin_organisatie = _ORGANISATIEBEGIN.match(kaal)
    knippen = [begin_organisatie.end()] if begin_organisatie else []
    from .lijsten import plaatsnamen

    # a place before the organisation word: "@goudawijkteams", "@delftggd"
    knippen += [k + m.end() for k in range(3, len(kaal) - 2) if kaal[:k] in plaatsnamen()
                and (m := _ORGANISATIEBEGIN.match(kaal, k)) is not None and m.start() == k]
    knippen += [k for k in range(4, len(kaal) + 1) if kaal[:k] in _organisaties_aaneen()]
    return any(_staart(kaal[k:]) for k in knippen)


def _staart(rest: str) -> bool:
    """What may follow an organisation in its handle: nothing, a country or regional code ("nl", "hm") or a place."""
    from .lijsten import plaatsnamen

    return len(rest) <= 3 or rest in plaatsnamen() or (rest.endswith("nl") and rest[:-2] in plaatsnamen())
