"""Accounts and profiles on social media: a profile URL ("instagram.com/kevin_2002"), a handle ("@noortje2008")
and a name after its platform ("Snapchat: lisa.xo").

The detector takes the normalised text and yields `Treffer`s; it only runs its pattern when the text holds an
``@``, a ``.com/`` or the name of a platform.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .treffer import Treffer

_SOCIALE_MEDIA = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|youtube|threads)"
    r"\.com/[\w.@/%-]{2,80}"
    r"|(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?![\w(@])"
    r"|\b(?i:insta(?:gram)?|snap(?:chat)?|tiktok|facebook|twitter|telegram)(?:[ -]?(?i:account|naam|profiel))?"
    r"\s*[:=]\s*@?[\w.]{3,40}",
)


def sociale_media(tekst: str) -> Iterator[Treffer]:
    laag = tekst.casefold()
    if "@" in tekst or ".com/" in laag or any(w in laag for w in ("insta", "snap", "tiktok", "facebook", "twitter",
                                                                  "telegram")):
        for treffer in _SOCIALE_MEDIA.finditer(tekst):
            yield Treffer("sociale-media", treffer.start(), treffer.end())
