"""Stage 2, controles: the checks a schema cannot express, and loading files with those checks applied.

Owns: the semantic checks of a kader (`kadercontrole`) and of dossier and gemeente files against their
kader (`dossiercontrole`), the privacy scan of whole files (`privacy`, reading them with `privacytekst`, deduce's
names from `namenmodel`, copies with placeholders from `pseudonimiseren`), the checks across a set of files
(`samenhang`: copies, unknown gemeenten,
dossier against gemeente file), and `laden`, which loads kader, dossier and
gemeente files into a register of valid models plus every problem found.

May import: `wijkteamtoets.problemen` and `wijkteamtoets.invoer`. Checks return problems; they never print.
"""
