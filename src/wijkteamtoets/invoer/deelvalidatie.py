"""Validating what is valid of a file that failed validation, so the checks for meaning still run on the rest."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from .validatie import M, _is_pydantic_tak, _ken_locaties_toe
from .yamlbron import Locatie, YamlDocument


def valideer_deels(document: YamlDocument, model: type[M], pogingen: int = 8) -> M | None:
    """The parts of the document's data that are valid, as `model` (a lenient model that ignores unknown
    fields), or None. Used after `valideer` failed, so that the checks for meaning still run on the rest of
    the file and every problem comes out in one pass: each value pydantic refuses is taken out (an answer
    becomes 'onbekend', a list item or field is dropped) and the rest validated again."""
    data = copy.deepcopy(document.data)
    if not isinstance(data, dict):
        return None
    for _ in range(pogingen):
        try:
            resultaat = model.model_validate(data)
        except ValidationError as fout:
            lijsten: dict[int, tuple[list[Any], set[int]]] = {}
            if not all(_snoei(data, tuple(d for d in f["loc"] if not _is_pydantic_tak(d)), lijsten)
                       for f in fout.errors()):
                return None
            for lijst, weg in lijsten.values():
                for index in sorted(weg, reverse=True):
                    del lijst[index]
            continue
        _ken_locaties_toe(resultaat, (), document)
        return resultaat
    return None


_ANTWOORDMAPPEN = ("antwoorden", "feiten")
_GEEN = object()


def _kind(houder: Any, deel: str | int) -> Any:
    if isinstance(houder, dict):
        return houder.get(deel, _GEEN)
    if isinstance(houder, list) and isinstance(deel, int) and 0 <= deel < len(houder):
        return houder[deel]
    return _GEEN


def _snoei(data: Any, locatie: Locatie, lijsten: dict[int, tuple[list[Any], set[int]]]) -> bool:
    """Take the value at `locatie` out of `data` (see `valideer_deels`); False when nothing can be taken out."""
    ouders: list[Any] = [data]
    for diepte, deel in enumerate(locatie):
        huidig = ouders[-1]
        kind = _kind(huidig, deel)
        if kind is not _GEEN:
            ouders.append(kind)
        else:
            locatie = locatie[:diepte]
            break
    if not locatie:
        return False
    # an answer (short ``eis: Ja`` or long ``antwoord: Ja``) becomes 'onbekend', so the question stays known
    for diepte in range(len(locatie) - 1, 0, -1):
        if locatie[diepte - 1] in _ANTWOORDMAPPEN and isinstance(locatie[diepte], str) and (
                len(locatie) == diepte + 1 or locatie[diepte + 1] == "antwoord"):
            houder = ouders[diepte]
            if isinstance(houder, dict):
                if isinstance(houder.get(locatie[diepte]), dict):
                    houder[locatie[diepte]]["antwoord"] = "onbekend"
                    return True
                houder[locatie[diepte]] = "onbekend"
                return True
    ouder, laatste = ouders[len(locatie) - 1], locatie[-1]
    if isinstance(ouder, list) and isinstance(laatste, int):
        lijsten.setdefault(id(ouder), (ouder, set()))[1].add(laatste)
        return True
    if isinstance(ouder, dict) and laatste in ouder:
        del ouder[laatste]
        return True
    return False
