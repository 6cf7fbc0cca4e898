"""Rendering the page of the form from its Jinja template (autoescaped; script and style are separate files)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ...problemen import toon_pad
from . import consensus, formulier

if TYPE_CHECKING:
    import jinja2

    from .server import Invulsessie


@cache
def _omgeving() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("wijkteamtoets.cli.invullen", "sjablonen"),
                              autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                              lstrip_blocks=True)


def pagina(sessie: Invulsessie, csrf: str) -> str:
    """The whole page for the file of `sessie`, filled with what the file holds now."""
    if sessie.consensus is not None:
        gegevens = consensus.paginagegevens(sessie.kader, sessie.data(), sessie.consensus)
        soort = "consensus"
    else:
        gegevens = formulier.paginagegevens(sessie.kader, sessie.niveau, sessie.data())
        soort = "dossier" if sessie.niveau.value == "dossier" else "gemeente"
    return _omgeving().get_template("formulier.html.j2").render(
        csrf=csrf, pad=toon_pad(sessie.pad), nieuw=sessie.op_schijf is None, kader=sessie.kader, soort=soort,
        basis=sessie.consensus.basis if sessie.consensus is not None else "", **gegevens)
