"""Stage 3, beoordelen: deriving the oordeel of every indicator from the answers, with the reasons.

Owns: the rule that turns answers into an oordeel (`afleiden`, pure and deterministic) and `toetsen`, which
wires loading, checking and judging of a set of files into one plain result (`Uitslag`), and `rondes`, which
judges the previous round of an onderzoek again under the current kader (through its koppeling) and freezes a
definitive onderzoek (vaststellen).

May import: `wijkteamtoets.problemen`, `wijkteamtoets.invoer` and `wijkteamtoets.controles`.
"""
