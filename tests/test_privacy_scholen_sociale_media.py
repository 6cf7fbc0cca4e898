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
])
def test_account_van_een_persoon(zin: str, account: str) -> None:
    assert any(account in gevonden for gevonden in _accounts(zin))


@pytest.mark.parametrize("zin", [
    "Haar Instagram is privé.",
    "Zijn Snapchat is gehackt.",
    "Zijn TikTok is verwijderd door moeder.",
    # the handle of an organisation: its words are an organisation or a place, or its context says so
    "Het wijkteam communiceert via @wijkteamdelft op sociale media.",
    "De GGD twittert als @GGDZeeland.",
    "Volg @gemeenteleiden voor de actuele informatie.",
    "Het nieuws staat op @VeiligThuisNL.",
    "De stichting is te volgen via @humanitas_nl.",
    "De organisatie communiceert via @jeugdbescherming op sociale media.",
    "De gemeente communiceert via @zorgplein_lsm op sociale media.",
])
def test_account_van_een_organisatie_of_geen_account_blijft_schoon(zin: str) -> None:
    assert _accounts(zin) == []
