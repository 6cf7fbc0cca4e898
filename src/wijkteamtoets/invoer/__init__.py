"""Stage 1, invoer: from files on disk to validated models, with the position of every node.

Owns: collecting the YAML files named on the command line (`bestanden`), reading the bytes of a file
bounded and refusing devices, FIFOs and broken links (`lezen`), reading YAML safely with positions
(`yamlbron`), the Dutch gemeenten (`gemeenten`), the models of kader, dossier and gemeente files (`kader`, `dossier`) and their
pydantic validation with Dutch messages (`validatie`), what a kader's conditions mean for a set of
answers (`voorwaarden`), the JSON Schemas generated from the models (`schema`), the fill-in files
that `nieuw` writes (`invulbestand`), finding personal data in one text (`privacy`: a registry of kinds,
normalising, word lists and detectors) and masking values in messages with it (`persoonsgegevens`).

May import: `wijkteamtoets.problemen` only. Nothing here prints.
"""
