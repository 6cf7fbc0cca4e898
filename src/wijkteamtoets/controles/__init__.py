"""Stage 2, controles: the checks a schema cannot express, and loading files with those checks applied.

Owns: the semantic checks of a kader (`kadercontrole`), of dossier and gemeente files against their kader
(`dossiercontrole`) and of consensus files (`consensuscontrole`), the privacy scan of whole files (`privacy`,
reading them with `privacytekst`, deduce's names from `namenmodel`, copies with placeholders from
`pseudonimiseren`), the checks across a set of files (`samenhang`: copies, unknown gemeenten, dossier against
gemeente file), `laden`, which loads kader, dossier, gemeente and onderzoek files into a register of valid models
plus every problem found, the one cache of derived results (`cache`: JSON entries with an HMAC under a per-user
key, in a private folder, holding no personal data), the difference between two kader versions
(`kaderverschil`), checking a koppeling and migrating files through it (`migratie`), and the manifest of a
vastgesteld onderzoek (`vaststelling`). The versions of installed packages in the keys of derived files
(`pakketten`).
The checks before publishing (`publicatie`: thema ids of the onderzoek).
The steekproef: `steekproefcontrole` (the population's privacy gate, the steekproef file, dossiers
against their steekproef) and `trekking` (a population loaded with its checks applied and drawn from).

From the moment this package is imported, the patterns of `invoer` are compiled through `patroonopslag` (kept
once per machine, so a new process does not compile them again), and the word lists of the privacy scan read
wordfreq's frequencies, the first names of many countries and deduce's street names from the compact files built
once per machine (`woordfrequenties`, `voornamen`, `lijstbestanden`): loading them otherwise costs more than a scan,
and they answer the same.

May import: `wijkteamtoets.problemen`, `bestandssysteem` and `invoer`. Checks return problems; they never print.
"""

from ..invoer.privacy.lijsten import gebruik_frequentietabel, gebruik_voornamenbestand
from ..invoer.privacy.woordblok import gebruik_blokbestand
from . import lijstbestanden, voornamen, woordfrequenties
from .patroonopslag import gebruik as _gebruik_patroonopslag

_gebruik_patroonopslag()
gebruik_frequentietabel(woordfrequenties.zipf)
gebruik_voornamenbestand(voornamen.laad)
gebruik_blokbestand(lijstbestanden.laad)
