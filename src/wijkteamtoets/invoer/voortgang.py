"""Progress of a long run (reading, judging, aggregating, rendering, writing), reported without printing.

Library functions that take a while accept a `Voortgang` and tell it which phase they are in and when a
step of that phase is done. The base class does nothing; the CLI passes one that draws a progress bar
on a terminal. Phase names are Dutch, because they are shown to users.
"""

from __future__ import annotations

from pathlib import Path


class Voortgang:
    """Receives the phases and steps of a long run. This base class ignores them."""

    def fase(self, naam: str, totaal: int | None = None) -> None:
        """A new phase starts (`totaal` steps, or None when the number is not known)."""

    def stap(self, aantal: int = 1) -> None:
        """`aantal` steps of the current phase are done."""

    def __call__(self, _pad: Path) -> None:
        """One file is done: a step (so a Voortgang can be passed where a per-file callback is expected)."""
        self.stap()


GEEN_VOORTGANG = Voortgang()
"""A Voortgang that shows nothing."""
