"""Turning plain YAML data into validated pydantic models, with every problem at its place.

`valideer` runs pydantic on the data of a `YamlDocument` and translates each pydantic error into
a Dutch `Probleem` at the right line and column, with a hint. It also tells every model node
where it came from (`Knoop.locatie`), so later checks can point at any field.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Mapping
from typing import Annotated, Any, TypeVar, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, PrivateAttr, StringConstraints, ValidationError
from pydantic.json_schema import WithJsonSchema

from ..problemen import InvoerFout, Probleem, toon_waarde
from .veldnamen import veldnamen
from .yamlbron import Locatie, Plek, Vindplaats, YamlDocument

ID_PATROON = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Id = Annotated[str, StringConstraints(pattern=ID_PATROON, max_length=80)]
"""A stable id: lower-case letters, digits and single hyphens, e.g. ``veiligheid-ingeschat``."""

Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A text that must not be empty."""

PATRONEN: dict[str, tuple[str, str]] = {
    ID_PATROON: ("is geen geldig id",
                 "gebruik kleine letters, cijfers en enkele koppeltekens, bijvoorbeeld 'veiligheid-ingeschat'"),
}
"""Per regex pattern used in a model: what a mismatch means and how to fix it (models add their own)."""


SYNONIEMEN: dict[str, dict[str, str]] = {}
"""Per field name: common words that a model accepts for its allowed values (word -> value), for hints."""

JA_NEE = {"yes": "ja", "y": "ja", "true": "ja", "on": "ja", "no": "nee", "n": "nee", "false": "nee", "off": "nee"}
"""YAML 1.1 booleans and the Dutch answer they were meant as."""


def een_of_lijst(item_schema: dict[str, Any]) -> Any:
    """Annotation parts for a field that accepts one value or a list of values (always a list)."""
    return (
        BeforeValidator(lambda waarde: waarde if isinstance(waarde, list) else [waarde]),
        WithJsonSchema({"anyOf": [item_schema, {"type": "array", "items": item_schema, "minItems": 1}]}),
    )


class Knoop(BaseModel):
    """Base of every model read from a file: strict about unknown fields, immutable, and aware of
    the location it was read from."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    _locatie: Locatie = PrivateAttr(default=())
    _document: Vindplaats | YamlDocument | None = PrivateAttr(default=None)

    def vergeet_posities(self) -> None:
        """Once the file has been checked: hold only its bytes, not the table of positions (read again when a
        later problem needs it). Applies to every model read from the same file."""
        if isinstance(self._document, Vindplaats):
            self._document.vergeet()

    @property
    def locatie(self) -> Locatie:
        """The path of keys and indices from the document root to this node."""
        return self._locatie

    def plek(self, *veld: str | int, sleutel: bool = False) -> Plek | None:
        """Where this node, or one of its fields (`veld`), stands in its file (its key with `sleutel`); None for
        a model that was not read from a file."""
        document = self._document
        if document is None:
            return None
        locatie = (*self._locatie, *veld)
        return document.sleutelplek(locatie) if sleutel else document.plek(locatie)

    def probleem(self, code: str, melding: str, hint: str = "", *veld: str | int, sleutel: bool = False,
                 **extra: Any) -> Probleem:
        """A problem located at this node, or at one of its fields (`veld`)."""
        plek = self.plek(*veld, sleutel=sleutel)
        if plek is None or self._document is None:
            return Probleem(pad="<geheugen>", regel=1, kolom=1, code=code, melding=melding, hint=hint, **extra)
        return Probleem(pad=self._document.pad, regel=plek.regel, kolom=plek.kolom, code=code, melding=melding,
                        hint=hint, **extra)


M = TypeVar("M", bound=Knoop)


def valideer(document: YamlDocument, model: type[M]) -> M:
    """Validate the document's data as `model`; raise `InvoerFout` with every problem found."""
    try:
        resultaat = model.model_validate(document.data)
    except ValidationError as fout:
        problemen = [_vertaal(document, model, fout_item) for fout_item in fout.errors()]
        raise InvoerFout(sorted(set(problemen))) from None
    # The models keep only what `probleem` needs, as lightly as possible: the file's bytes, whose positions are
    # read again when a problem is placed. The plain data, scalar sources and position tables served
    # validation; kept, they were most of the memory of a loaded dossier (a national round holds 10,000).
    posities = YamlDocument(pad=document.pad, data=None, posities=document.posities,
                            sleutelposities=document.sleutelposities)
    vindplaats = Vindplaats(document.pad, document.bron, posities) if document.bron else posities
    _ken_locaties_toe(resultaat, (), vindplaats)
    return resultaat


def _ken_locaties_toe(waarde: Any, locatie: Locatie, document: Vindplaats | YamlDocument) -> None:
    if isinstance(waarde, Knoop):
        waarde._locatie = locatie
        waarde._document = document
        for naam in type(waarde).model_fields:
            _ken_locaties_toe(getattr(waarde, naam), (*locatie, naam), document)
    elif isinstance(waarde, list | tuple):
        for index, kind in enumerate(waarde):
            _ken_locaties_toe(kind, (*locatie, index), document)
    elif isinstance(waarde, dict):
        for sleutel, kind in waarde.items():
            _ken_locaties_toe(kind, (*locatie, sleutel), document)


_SOORT_TEKST = {
    "bool": "een ja/nee-waarde (boolean)",
    "int": "een geheel getal",
    "float": "een kommagetal",
    "timestamp": "een datum",
    "null": "een lege waarde",
}


def _vertaal(document: YamlDocument, model: type[BaseModel], fout: Mapping[str, Any]) -> Probleem:
    """One pydantic error as a Dutch problem at its place in the file."""
    locatie: Locatie = tuple(deel for deel in fout["loc"] if not _is_pydantic_tak(deel))
    soort = fout["type"]
    invoer = fout.get("input")
    # A scalar in the file may have been wrapped by a model (``eis: nee`` -> ``{antwoord: nee}``):
    # then the error sits one level below the scalar the user wrote.
    bron = document.scalaire_bron.get(locatie) or document.scalaire_bron.get(locatie[:-1])
    veld = next((deel for deel in reversed(locatie) if isinstance(deel, str)), "")
    plek = document.plek(locatie)

    def maak(code: str, melding: str, hint: str = "", plek: Plek = plek) -> Probleem:
        return Probleem(pad=document.pad, regel=plek.regel, kolom=plek.kolom, code=code,
                        melding=melding, hint=hint)

    namen = veldnamen()
    naam = toon_waarde(veld, "dit veld", namen)  # a field name of the models, never a key from the file
    if soort == "missing":
        return maak("ontbrekend-veld", f"{toon_waarde(veld, 'een verplicht veld', namen, 'verplicht veld')} ontbreekt",
                    f"voeg {toon_waarde(f'{veld}:', 'het veld', {f'{n}:' for n in namen})} toe",
                    document.plek(locatie[:-1]))
    if soort == "extra_forbidden":
        bekend = _veldnamen(model, locatie[:-1])
        suggestie = difflib.get_close_matches(veld, bekend, n=1)
        hint = f"bedoelt u {toon_waarde(suggestie[0], 'een ander veld', namen)}?" if suggestie else (
            "toegestane velden: " + ", ".join(bekend) if bekend else "verwijder dit veld")
        return maak("onbekend-veld", toon_waarde(veld, "onbekend veld", namen, "onbekend veld"), hint,
                    document.sleutelplek(locatie))
    if bron is not None and bron.soort in ("bool", "int", "float", "timestamp") and soort in (
        "string_type", "literal_error", "enum", "string_pattern_mismatch"
    ):
        code = "yaml-boolean" if bron.soort == "bool" else "yaml-getal"
        woord = _YAML_BOOLEANS if bron.soort == "bool" else _VERSIE if bron.soort == "float" else ()
        waarde = toon_waarde(bron.tekst, "deze waarde", woord)  # an integer or a date is not shown (a BSN, a birth)
        melding = f"{waarde} wordt door YAML gelezen als {_SOORT_TEKST[bron.soort]}, niet als tekst"
        hint = "zet de waarde tussen aanhalingstekens" + (
            f": {toon_waarde(bron.tekst, '', woord)}".replace("'", '"') if waarde != "deze waarde" else "")
        nederlands = JA_NEE.get(bron.tekst.casefold()) if bron.soort == "bool" else None
        if soort in ("literal_error", "enum") and nederlands and f"'{nederlands}'" in _toegestaan(fout):
            hint = f"schrijf {nederlands}: een antwoord is Nederlands; toegestaan zijn {_toegestaan(fout)}"
        elif soort in ("literal_error", "enum"):
            hint += f"; toegestaan zijn {_toegestaan(fout)}"
        return maak(code, melding, hint)
    if invoer is None and soort in ("string_type", "literal_error", "enum", "list_type", "dict_type",
                                   "model_type", "model_attributes_type"):
        return maak("lege-tekst" if soort == "string_type" else "ongeldige-waarde",
                    f"waarde van {naam} ontbreekt", "vul een waarde in na de dubbele punt")
    if soort == "string_too_short":
        return maak("lege-tekst", f"{naam} is leeg", "vul een tekst in")
    if soort == "string_pattern_mismatch":
        melding, hint = PATRONEN.get(fout.get("ctx", {}).get("pattern", ""), PATRONEN[ID_PATROON])
        return maak("ongeldig-id", f"{toon_waarde(invoer, f'de waarde van {naam}')} {melding}", hint)
    if soort in ("literal_error", "enum"):
        return maak("ongeldige-waarde", f"deze waarde is niet toegestaan voor {naam}", _keuzehint(fout, veld, invoer))
    if soort == "string_type":
        return maak("ongeldige-waarde", f"{naam} moet een tekst zijn, niet {_beschrijf(invoer)}")
    if soort in ("list_type",):
        return maak("ongeldige-waarde", f"{naam} moet een lijst zijn (regels die met '- ' beginnen), "
                    f"niet {_beschrijf(invoer)}")
    if soort in ("dict_type", "model_type", "model_attributes_type"):
        return maak("ongeldige-waarde", f"{naam if veld else 'het document'} moet een mapping zijn (sleutel: waarde), "
                    f"niet {_beschrijf(invoer)}")
    if soort.startswith(("date", "datetime")):
        return maak("ongeldige-waarde", f"deze waarde is geen geldige datum voor {naam}",
                    "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2017-03-15")
    if soort in ("float_parsing", "float_type", "int_parsing", "int_type", "int_from_float"):
        return maak("ongeldige-waarde", f"{naam} moet een getal zijn, niet {_beschrijf(invoer)}")
    if soort in _GRENZEN:
        grens = next(iter(fout.get("ctx", {}).values()), "")
        klein = isinstance(invoer, int | float) and not isinstance(invoer, bool) and abs(invoer) < 1000
        return maak("ongeldige-waarde", f"{naam} mag {_GRENZEN[soort]} {grens} zijn"
                    + (f", niet {invoer}" if klein else ""))  # a small number identifies no one; a BSN is not small
    if soort == "value_error":  # the models' own validators word these in Dutch, without a value from the file
        return maak("ongeldige-waarde", str(fout.get("ctx", {}).get("error", "")) or f"ongeldige waarde voor {naam}")
    if soort in ("bool_type", "bool_parsing"):
        return maak("ongeldige-waarde", f"{naam} moet true of false zijn, niet {_beschrijf(invoer)}")
    if soort == "too_short":
        minimum = fout.get("ctx", {}).get("min_length", 1)
        return maak("ongeldige-waarde", f"{naam} moet minstens {minimum} element{'en' if minimum != 1 else ''} "
                    "bevatten", "vul de lijst aan")
    if soort in ("too_long", "string_too_long"):
        maximum = fout.get("ctx", {}).get("max_length", "")
        return maak("ongeldige-waarde", f"{naam} is te lang (hoogstens {maximum})")
    return maak("ongeldige-waarde", f"ongeldige waarde voor {naam} ({soort})")


_YAML_BOOLEANS = frozenset(spelling for woord in ("yes", "no", "true", "false", "on", "off", "y", "n")
                           for spelling in (woord, woord.capitalize(), woord.upper()))
"""How YAML 1.1 writes a boolean: words, never personal data, so a message may show them."""


class _Versienummer:
    """Short numbers such as a kaderversie (``1.10``): too short to identify anyone, so a message may show them."""

    def __contains__(self, tekst: object) -> bool:
        return isinstance(tekst, str) and re.fullmatch(r"\d{1,2}\.\d{1,2}", tekst) is not None


_VERSIE = _Versienummer()


_GRENZEN = {
    "greater_than_equal": "niet kleiner dan",
    "less_than_equal": "niet groter dan",
    "greater_than": "alleen groter dan",
    "less_than": "alleen kleiner dan",
}


def _is_pydantic_tak(deel: str | int) -> bool:
    """Parts pydantic adds to a location for union members or validators, not keys of the file."""
    return isinstance(deel, str) and (deel.startswith(("function-", "list[", "literal[", "str-")) or "[" in deel)


def _keuzehint(fout: Mapping[str, Any], veld: str, invoer: Any) -> str:
    """'kies uit ...', with the closest allowed value (or common word) first when there is one."""
    hint = f"kies uit {_toegestaan(fout)}"
    synoniemen = SYNONIEMEN.get(veld, {})
    if synoniemen:
        voorbeelden = list(synoniemen)[:4]
        hint += f", of een gangbaar woord als {', '.join(voorbeelden[:-1])} of {voorbeelden[-1]}"
    if not isinstance(invoer, str):
        return hint
    toegestaan = [w.strip("' ") for w in re.split(r",| of ", _toegestaan(fout))]
    suggestie = difflib.get_close_matches(invoer.casefold(), [*toegestaan, *synoniemen], n=1, cutoff=0.7)
    if invoer.strip() != invoer and invoer.strip() in toegestaan:
        return f"haal de spatie rond de waarde weg: '{invoer.strip()}'"
    if not suggestie:
        return hint
    woord = suggestie[0]
    uitleg = f" (wordt {synoniemen[woord]})" if woord in synoniemen else ""
    return f"bedoelt u {toon_waarde(woord, 'een van deze', {*toegestaan, *synoniemen})}{uitleg}? Anders: {hint}"


def _toegestaan(fout: Mapping[str, Any]) -> str:
    verwacht = str(fout.get("ctx", {}).get("expected", ""))
    return verwacht.replace(" or ", " of ") if verwacht else "de waarden in de documentatie"


def _beschrijf(waarde: Any) -> str:
    if waarde is None:
        return "leeg"
    if isinstance(waarde, bool):
        return "een ja/nee-waarde"
    if isinstance(waarde, int | float):
        return f"het getal {waarde}"
    if isinstance(waarde, str):
        return "een tekst"
    if isinstance(waarde, list):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een mapping"
    return type(waarde).__name__


def _veldnamen(model: type[BaseModel], locatie: Locatie) -> list[str]:
    """Field names allowed at `locatie`, found by walking the model's type annotations."""
    huidig: Any = model
    for deel in locatie:
        huidig = _kern_type(huidig)
        if isinstance(deel, str) and isinstance(huidig, type) and issubclass(huidig, BaseModel):
            veld = huidig.model_fields.get(deel)
            if veld is None:
                return []
            huidig = veld.annotation
        else:
            argumenten = [a for a in get_args(huidig) if a is not type(None)]
            if not argumenten:
                return []
            huidig = argumenten[-1]
    huidig = _kern_type(huidig)
    if isinstance(huidig, type) and issubclass(huidig, BaseModel):
        return [veld.alias or naam for naam, veld in huidig.model_fields.items()]
    return []


def _kern_type(annotatie: Any) -> Any:
    """Strip Annotated and Optional from a type annotation."""
    while True:
        oorsprong = get_origin(annotatie)
        if oorsprong is Annotated:
            annotatie = get_args(annotatie)[0]
        elif oorsprong in (typing.Union, types.UnionType):
            leden = [a for a in get_args(annotatie) if a is not type(None)]
            if len(leden) != 1:
                return annotatie
            annotatie = leden[0]
        else:
            return annotatie
