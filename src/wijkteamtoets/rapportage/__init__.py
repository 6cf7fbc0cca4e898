"""Stage 4, rapportage: from oordelen to reports and exports, and the pipeline object that every caller uses.

Owns: `toetsing` (`Toetsing`: collect the files once, judge, apply every gate of `beoordelen.poorten`, hand the
results to a reporter; the CLI and notebooks both use it), the output formats, each naming its reporter
(`formaten`), aggregation per gemeente, indicator, criterium and thema in one tidy pandas table (`aggregeren`,
no I/O), the plain data the templates get (`inhoud` for a deelrapport, `overkoepelend`, `vergelijking`; the parts
of a publication in `delen` and the voice of each soort of onderzoek in `stem`),
rendering through Jinja (`sjabloon`, templates in `sjablonen/`), Markdown and JSON of beoordelingen
(`beoordelingen`), spreadsheets (`spreadsheet`, with every answer per eis and the context per dossier in
`antwoorden`), PDF (`pdf`), agreement between beoordelaars
(`betrouwbaarheid`), rendering and writing a set of reports or an export (`maken`; `schrijven` is the old
name of the writer in `bestandssysteem`), a kader diff as text, Markdown, JSON and draft koppeling
(`kaderverschil`) and the development between rounds, with Wilson intervals (`trend`).
What a steekproef allows to conclude, with intervals (`steekproefcijfers`). The keys of the reports of a run,
so that an unchanged run renders nothing (`rapportcache`: only fingerprints of written files, never report text).

May import: `wijkteamtoets.problemen`, `bestandssysteem`, `invoer`, `controles` and `beoordelen`. pandas and
jinja2 are imported only here.
"""
