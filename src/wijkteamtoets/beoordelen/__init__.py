"""Stage 3, beoordelen: deriving the oordeel of every indicator from the answers, with the reasons.

Owns: the rule that turns answers into an oordeel (`afleiden`, pure and deterministic), double ratings and
consensus (`dubbel`), `toetsen`, which wires loading, checking and judging of a set of files into one plain
result (`Uitslag`), and the gates between judged results and any output (`poorten`: errors, personal data,
open wederhoor, one kader, output outside the data).

May import: `wijkteamtoets.problemen`, `bestandssysteem`, `invoer` and `controles`.
"""
