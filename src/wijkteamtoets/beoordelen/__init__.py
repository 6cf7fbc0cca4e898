"""Stage 3, beoordelen: deriving the oordeel of every indicator from the answers, with the reasons.

Owns: the rule that turns answers into an oordeel (`afleiden`, with `mogelijk` for open answers and
alternatieven; pure and deterministic), double ratings and
consensus (`dubbel`), `toetsen`, which wires loading, checking and judging of a set of files into one plain
result (`Uitslag`), the gates between judged results and any output (`poorten`: errors, personal data,
missing or open wederhoor, one kader, a vastgesteld onderzoek that changed, output outside the data), and `rondes`, which
judges the previous round of an onderzoek again under the current kader (through its koppeling) and freezes a
definitief onderzoek (vaststellen), and `invullen`, which judges the text of a file that the form is
filling in, before it is saved.

May import: `wijkteamtoets.problemen`, `bestandssysteem`, `invoer` and `controles`.
"""
