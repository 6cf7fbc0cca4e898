"""Accounts on social media (issue 20): a profile URL with its query, a handle after its platform without an @,
and the handles of organisations, which are no personal data. Other handles than the corpora's own."""

from __future__ import annotations

import pytest

from wijkteamtoets.controles.privacy import scan_tekst


def _accounts(zin: str) -> list[str]:
    regel = f'citaat: "{zin}"\n'
    return [regel[v.begin:v.eind] for v in scan_tekst(regel).vondsten if v.soort == "sociale-media"]


@pytest.mark.parametrize(("zin", "account"), [
    ("Zie facebook.com/profile.php?id=100012345678901 voor de berichten.", "facebook.com/profile.php?id=100012345678901"),
    ("Haar Snapchat is lotte_xx03.", "lotte_xx03"),
    ("Zijn Instagram is deboravleeuwenofficial, zegt moeder.", "deboravleeuwenofficial"),
    ("TikTok: kimberly.dj", "kimberly.dj"),
    ("Hij zit op Snapchat als jayden.k2009.", "jayden.k2009"),
    ("Moeder stuurt berichten via @sanne_dekker88.", "@sanne_dekker88"),
    ("De dochter volgt @kim.jansen op Instagram.", "@kim.jansen"),
    # profile URLs of more platforms, and a handle right after its platform or an account word
    ("Berichten via t.me/jayden_k2009 gestuurd.", "t.me/jayden_k2009"),
    ("Filmpje op vm.tiktok.com/ZMabc12 bekeken.", "vm.tiktok.com/ZMabc12"),
    ("Zijn kanaal twitch.tv/jaydenkk is besproken.", "twitch.tv/jaydenkk"),
    ("Haar Instagram: snapchat.com/add/kim_jansen", "snapchat.com/add/kim_jansen"),
    ("insta kim_jansen03", "kim_jansen03"),
    ("Het account kim.jansen2008 is gemeld bij de politie.", "kim.jansen2008"),
    ("De dochter volgt mo_rapper010, een volwassen man.", "mo_rapper010"),
    ("Oma deelt foto's via kim_jansen.", "kim_jansen"),
])
def test_account_van_een_persoon(zin: str, account: str) -> None:
    assert any(account in gevonden for gevonden in _accounts(zin))


@pytest.mark.parametrize("zin", [
    "Haar Instagram is privé.",
    "Zijn Snapchat is gehackt.",
    "Zijn TikTok is verwijderd door moeder.",
    "Moeder heeft een account aangemaakt bij DigiD.",
    "Het account van moeder bij de bank is geblokkeerd.",
    "screenshot IMG_2034.jpg toegevoegd",
    "Profiel ITP_2019 is gebruikt.",
    "Hij volgt de training Triple_P.",
    "tiktok filmpjes bekeken",
    "Aanmelding via Veilig Thuis op 12-03-2019.",
    "Het verslag kwam via mail_2019.pdf binnen.",
    "Informatie staat via www.wijkteam-gouda.nl en via gouda.nl online.",
    # the handle of an organisation: its words are an organisation or a place, or its context says so
    "Het wijkteam communiceert via @wijkteamdelft op sociale media.",
    "De GGD twittert als @GGDZeeland.",
    "Volg @gemeenteleiden voor de actuele informatie.",
    "Het nieuws staat op @VeiligThuisNL.",
    "De stichting is te volgen via @humanitas_nl.",
    "De organisatie communiceert via @jeugdbescherming op sociale media.",
    "De gemeente communiceert via @zorgplein_lsm op sociale media.",
    "Meer informatie bij @wijkteamsgouda.",
    "Zie @goudawijkteams voor het nieuws.",
    "Volg ons op @jeugdpunt_oost.",
    "Het account van de gemeente: @stadzwolle_info",
])
def test_account_van_een_organisatie_of_geen_account_blijft_schoon(zin: str) -> None:
    assert _accounts(zin) == []
