"""deduce at the size the privacy scan uses: only its name annotators, their lists and the whitelist.

Every other kind (BSN, IBAN, phone numbers, e-mail, addresses, dates) is found by the libraries made for it
(python-stdnum, phonenumbers) and by `invoer.privacy`, so deduce's location, institution, date and
identifier annotators and their large lookup tries are never built. The name lookup structures are built
in seconds, written once per machine and deduce version as one file that is published atomically (a
temporary file, then a rename). Loading takes no lock: only building does, so one process builds while the
others wait for that one file, and every later process simply reads it.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib.metadata
import logging
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import cache

_LIJSTEN = ["names/lst_first_name", "names/lst_initial", "names/lst_interfix", "names/lst_interfix_surname",
            "names/lst_prefix", "names/lst_surname", "whitelist/lst_common_word", "whitelist/lst_eponymous_disease",
            "whitelist/lst_medical_term", "whitelist/lst_stop_word"]
"""The source lists deduce's name annotators and whitelist read (see deduce's `base_config.json`)."""


def _stil_importeren() -> Any:
    """deduce's class; deduce configures the root logger to print on stdout when imported: undo that."""
    wortel = logging.getLogger()
    handlers, niveau = list(wortel.handlers), wortel.level
    try:
        import deduce  # type: ignore[import-untyped]
    finally:
        for handler in list(wortel.handlers):
            if handler not in handlers:
                wortel.removeHandler(handler)
        wortel.setLevel(niveau)
    return deduce


def _bouw(lijstmap: Path, tokenizer: Any) -> Any:
    """The lookup structures the name annotators use, built from deduce's source lists (a few seconds)."""
    import docdeid as dd
    from deduce import lookup_struct_loader as laden
    from deduce.lookup_structs import load_raw_itemsets  # type: ignore[import-untyped]

    ruw = load_raw_itemsets(base_path=lijstmap, subdirs=_LIJSTEN)
    structuren = dd.ds.DsCollection()  # type: ignore[attr-defined]
    for naam in ("initial", "interfix_surname"):  # plain sets, as deduce makes every list without a loader
        verzameling = dd.ds.LookupSet()  # type: ignore[attr-defined]
        verzameling.add_items_from_iterable(ruw[naam])
        structuren[naam] = verzameling
    structuren["prefix"] = laden.load_prefix_lookup(ruw)
    structuren["interfix"] = laden.load_interfix_lookup(ruw)
    structuren["whitelist"] = laden.load_whitelist_lookup(ruw)
    structuren["first_name"] = laden.load_first_name_lookup(ruw, tokenizer)
    structuren["surname"] = laden.load_surname_lookup(ruw, tokenizer)
    structuren["eponymous_disease"] = laden.load_eponymous_disease_lookup(ruw, tokenizer)
    return structuren


def _bestand() -> Path:
    return cache.gebruikersmap() / f"deduce-namen-{importlib.metadata.version('deduce')}.pickle"


def _lees(pad: Path) -> Any | None:
    try:
        with open(pad, "rb") as bestand:
            return pickle.load(bestand)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None


@contextlib.contextmanager
def _slot(pad: Path) -> Iterator[None]:
    """An exclusive lock on `pad` between processes, held only while building."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock; the atomic rename still keeps readers safe
        yield
        return
    with open(pad, "a") as bestand:
        fcntl.flock(bestand, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(bestand, fcntl.LOCK_UN)


def _structuren(lijstmap: Path, tokenizer: Any) -> Any:
    """The name lookup structures: read without a lock when built before, otherwise built (under a lock, so
    one process builds) and published atomically."""
    pad = _bestand()
    gelezen = _lees(pad)
    if gelezen is not None:
        return gelezen
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        with _slot(pad.parent / f".{pad.name}.lock"):
            gelezen = _lees(pad)  # another process may have built it while this one waited
            if gelezen is not None:
                return gelezen
            structuren = _bouw(lijstmap, tokenizer)
            descriptor, tijdelijk = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}.", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as bestand:
                    pickle.dump(structuren, bestand, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tijdelijk, pad)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tijdelijk)
                raise
            return structuren
    except OSError:  # no cache folder: build in memory for this process only
        return _bouw(lijstmap, tokenizer)


@functools.cache
def model() -> Any:
    """deduce with only its name annotators (group ``names``) and the post-processing that merges adjacent
    names; ``model().deidentify(tekst).annotations`` are the names deduce finds."""
    deduce = _stil_importeren()
    import docdeid as dd
    from deduce.deduce import _DeduceProcessorLoader  # type: ignore[import-untyped]

    Deduce = deduce.Deduce
    vorige = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        configuratie = copy.deepcopy(dict(Deduce._initialize_config(load_base_config=True, user_config=None)))
        configuratie["annotators"] = {naam: instelling for naam, instelling in configuratie["annotators"].items()
                                      if instelling.get("group") == "names"}
        lijstmap = Path(deduce.__file__).parent / "data" / "lookup"
        tokenizer = Deduce._initialize_tokenizer(lijstmap)
        structuren = _structuren(lijstmap, tokenizer)
        slank = Deduce.__new__(Deduce)
        dd.DocDeid.__init__(slank)  # type: ignore[attr-defined]
        slank.config = configuratie
        slank.lookup_data_path = slank.cache_path = lijstmap
        slank.tokenizers = {"default": tokenizer}
        slank.lookup_structs = structuren
        slank.processors = _DeduceProcessorLoader().load(config=configuratie,
                                                         extras={"tokenizer": tokenizer, "ds": structuren})
    finally:
        logging.disable(vorige)
    return slank


def geladen() -> bool:
    """Whether the name model is loaded in this process."""
    return model.cache_info().currsize > 0
