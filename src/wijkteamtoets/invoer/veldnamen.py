"""The field names of the package's models, which a message may show (`problemen.toon_waarde`)."""

from __future__ import annotations


def veldnamen() -> frozenset[str]:
    """Every field name (and alias) of the package's pydantic models defined so far (the file's own model is,
    whenever one is read): names from the code, which a message may show (`toon_waarde`), unlike a key that only
    the file knows. A model not loaded yet only makes a message name a field by its place instead."""
    from pydantic import BaseModel

    namen: set[str] = set()
    klassen: list[type[BaseModel]] = [BaseModel]
    while klassen:
        klasse = klassen.pop()
        klassen += klasse.__subclasses__()
        if klasse.__module__.startswith("wijkteamtoets."):
            for naam, veld in klasse.model_fields.items():
                namen.update(n for n in (naam, veld.alias) if n)
    return frozenset(namen)
