"""Stage 1, invoer: from files on disk to validated models, with the position of every node.

Owns: collecting the YAML files named on the command line (`bestanden`), decoding a file's bytes as UTF-8
(`lezen`; the bounded reading itself is `wijkteamtoets.bestandssysteem`), composing YAML text into nodes with a
depth bound and Dutch syntax messages (`yamlparser`), building plain data with positions from them safely
(`yamlbron`), the Dutch gemeenten (`gemeenten`), the models of kader, dossier, gemeente, onderzoek and consensus
files (`kader`, `dossier`, `onderzoek`, `consensus`) and their pydantic validation with Dutch messages
(`validatie`; `deelvalidatie` keeps the valid parts of a file that failed, so every problem comes out in one
pass), what a kader's conditions mean for a set of answers (`voorwaarden`), the koppeling between two kader
versions (`koppeling`), the JSON Schemas generated from the models (`schema`), the fill-in files that `nieuw`
writes (`invulbestand`, `consensussjabloon`), the round-trip editing of a file by the form of `invullen`
(`bewerken`, with ruamel.yaml), the progress interface of long runs (`voortgang`), finding personal data in one
text (`privacy`: a registry of kinds, normalising, word lists and detectors) and masking values in messages with
it (`persoonsgegevens`). The steekproef: its model and file (`steekproef`), a population file (`populatie`) and
the statistics of attribute sampling (`steekproefplan`: planned size, reproducible draw, bounds).

May import: `wijkteamtoets.problemen` and `wijkteamtoets.bestandssysteem` only. Nothing here prints.
"""
