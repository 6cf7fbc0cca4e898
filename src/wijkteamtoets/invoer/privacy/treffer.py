"""One finding of a detector: a kind and a span of the text (never the value itself)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Treffer:
    """One piece of personal data in a text: its kind and its span (the value itself is not kept)."""

    soort: str
    begin: int
    eind: int
