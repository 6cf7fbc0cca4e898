"""Stage 4, rapportage: from oordelen to reports and exports.

Owns: aggregation per gemeente, indicator, criterium and thema in one tidy pandas table
(`aggregeren`, no I/O), the plain data the templates get and rendering through Jinja (`inhoud`,
templates in `sjablonen/`), Markdown and JSON of beoordelingen (`beoordelingen`), safe writing of output
files (`schrijven`) and `maken`, the one place that wires judging, the privacy gate, rendering and
writing into report and export files; `kaderverschil` (a kader diff as text, Markdown, JSON, draft koppeling)
and `trend` (development between rounds, with Wilson intervals).

May import: `wijkteamtoets.problemen`, `invoer`, `controles` and `beoordelen`. pandas and jinja2 are
imported only here.
"""
