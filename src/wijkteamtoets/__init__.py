"""wijkteamtoets: wijkteam dossiers toetsen aan een toezichtkader, oordelen bundelen en rapporteren."""

__version__ = "0.1.0"
