"""Stage 5, cli: the command line. Parses options, calls the library, renders, maps errors to exit codes.

Owns: the Typer app, exit codes, shared options and the mapping of library refusals onto messages (`basis`),
the commands (`commandos`: kader, schema, nieuw, codes and the entry point; `toetsen`: beoordeel, privacy,
vergelijk; `publiceren`: rapport, exporteer; `kaderversies`: kader verschil and kader migreer; `rondes`: trend
and vaststellen; `steekproef`: the steekproef command and `nieuw dossier --steekproef`), terminal rendering with
rich (`terminal`), the reporters that format problems as tekst, json or github annotations (`meldingen`), the
Dutch texts of Typer and Click (`nederlands`) and the form in the browser (`invullen`, a local web server: an
entry point like the commands). No policy: every gate is the library's (`rapportage.toetsing`).

May import every other stage; nothing imports the cli.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

__all__ = ["app", "main"]


_EIGEN_MODULE = {"beoordeel": "toetsen", "privacy": "toetsen", "vergelijk": "toetsen",
                 "rapport": "publiceren", "exporteer": "publiceren"}
"""Commands whose module is all a run of them needs: the other commands (and their modules) are not loaded."""


def _commandomodule(argumenten: list[str]) -> str | None:
    """The module that defines the command of this command line, when it is one of `_EIGEN_MODULE`; None for
    everything else (help, completion, the other commands), which loads every command."""
    if any(naam.endswith("_COMPLETE") for naam in os.environ):  # shell completion lists every command
        return None
    eerste = next((a for a in argumenten if a != "--debug"), None)
    return _EIGEN_MODULE.get(eerste) if eerste is not None else None


def main() -> None:
    """Entry point of the console script. `--versie` alone is answered before Typer is even imported; a command
    of `_EIGEN_MODULE` loads only its own module (its help and its run are the same as with every command).

    When the command is done, every object is moved out of the garbage collector's sight (`gc.freeze`): Python
    collects once more while it shuts down, walking every object the run made (0.02 to 0.05 s, longer than a
    `beoordeel` of one dossier takes to judge it), only to free memory the process gives back anyway."""
    if sys.argv[1:] == ["--versie"]:
        from .. import __version__

        sys.stdout.write(f"wijkteamtoets {__version__}\n")
        return
    try:
        _draai_commando()
    finally:
        gc.freeze()


def _draai_commando() -> None:
    # pydantic looks for plugins (observability hooks) in the metadata of every installed package when it builds
    # the first model; the command line uses none, as Typer does not while it builds its own validators
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    sys.meta_path.insert(0, _PluginladerZonderMetadata())
    module = _commandomodule(sys.argv[1:])
    if module is None:
        from .commandos import main as hoofdprogramma

        hoofdprogramma()
        return
    importlib.import_module(f".{module}", __name__)
    from .basis import draai

    draai()


class _PluginladerZonderMetadata:
    """Imports pydantic's plugin loader without importlib.metadata (0.01 s: the e-mail package, zipfile, csv),
    which it imports for ``entry_points`` but calls only when plugins are on. While the loader runs its module,
    ``importlib.metadata`` stands for a module whose `entry_points` imports the real one when called, so the
    loader answers as ever. A finder on ``sys.meta_path`` for that one module, used once."""

    _LADER = "pydantic.plugin._loader"

    def find_spec(self, naam: str, pad: Sequence[str] | None, doel: ModuleType | None = None) -> ModuleSpec | None:
        if naam != self._LADER:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(naam)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        laad = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            if "importlib.metadata" in sys.modules:
                laad(module)
                return
            plaatsvervanger = ModuleType("importlib.metadata")
            plaatsvervanger.entry_points = _entry_points  # type: ignore[attr-defined]
            sys.modules["importlib.metadata"] = plaatsvervanger
            try:
                laad(module)
            except ImportError:  # a pydantic that binds more of importlib.metadata: the real one, then
                del sys.modules["importlib.metadata"]
                laad(module)
            finally:
                if sys.modules.get("importlib.metadata") is plaatsvervanger:
                    del sys.modules["importlib.metadata"]

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _entry_points(*args: Any, **kwargs: Any) -> Any:
    from importlib import metadata

    return metadata.entry_points(*args, **kwargs)


def __getattr__(naam: str) -> Any:
    if naam == "app":
        from .commandos import app

        return app
    raise AttributeError(naam)
