"""The form `wijkteamtoets invullen`: a local web page to fill in a dossier, gemeente or consensus file.

Part of stage 5, cli: an entry point like the command line. It holds no policy. The page is generated from
the kader (`formulier`; for a consensus file with both ratings beside each question: `consensus`), changes
are written by `invoer.bewerken` (round-trip YAML) and judged by `beoordelen.invullen` with the same code as
`beoordeel`; `server` is the local HTTP layer with its token, Host and CSRF checks, `pagina` renders the page
(Jinja template in ``sjablonen/``, script and style in ``static/``, shipped in the package) and `commando`
holds the Typer commands.
"""
