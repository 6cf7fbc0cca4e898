"""Writing output files: kept as a name for the modules that import it from here.

The code is in `wijkteamtoets.bestandssysteem` (`schrijf_set`, `schrijf_bestand`, `ruim_op`), the one module
for file-system plumbing; new code imports it from there.
"""

from __future__ import annotations

from ..bestandssysteem import MANIFEST, BestaatAl, ruim_op, schrijf_bestand, schrijf_set

__all__ = ["MANIFEST", "BestaatAl", "ruim_op", "schrijf_bestand", "schrijf_set"]
