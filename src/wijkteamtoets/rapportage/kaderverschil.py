"""The difference between two kaders as text, Markdown or JSON, and a first draft of a koppeling.

Pure functions over `controles.kaderverschil.Kaderverschil`; the texts shown come from the kader files (ids,
questions, indicator texts), never from dossiers. Texts are shown word by word: in tekst as
``[-weg-]{+erbij+}`` (as ``git diff --word-diff``), in Markdown as ~~weg~~ **erbij**.
"""

from __future__ import annotations

from typing import Any

from ..controles.kaderverschil import Dossierimpact, Kaderverschil, Wijziging
from ..problemen import json_tekst, voor_markdown, voor_terminal

SOORTNAMEN = {
    "toegevoegd": "toegevoegd", "verwijderd": "verwijderd", "hernoemd": "hernoemd", "verplaatst": "verplaatst",
    "tekst-gewijzigd": "tekst gewijzigd", "eigenschap-gewijzigd": "gewijzigd", "normering-gewijzigd":
    "normering gewijzigd",
}

def _schoon(tekst: str) -> str:
    """Kader text on one line for a terminal: white space folded, control characters shown as escapes."""
    return " ".join(voor_terminal(tekst).split())


def _md(tekst: str) -> str:
    """Kader text made inert for Markdown on one line: no markup, links or HTML."""
    return voor_markdown(" ".join(tekst.split()))


_WOORDEN = {False: (_schoon, "[-{}-]", "{{+{}+}}"), True: (_md, "~~{}~~", "**{}**")}
"""Per destination (Markdown or not): how a word is made safe, and how a removed and an added run is marked."""


def _woorden(w: Wijziging, md: bool) -> str:
    """The text of `w` word by word: in tekst as ``git diff --word-diff``, in Markdown as ~~weg~~ **erbij**."""
    veilig, weg, erbij = _WOORDEN[md]
    delen = []
    for soort, tekst in w.woorden:
        deel = veilig(tekst)
        delen.append(deel if soort == "=" else weg.format(deel) if soort == "-" else erbij.format(deel))
    return " ".join(delen)


def _regel(w: Wijziging, md: bool) -> str:
    code = (lambda t: f"`{t}`") if md else (lambda t: t)
    naam = f"{w.element} {code(w.id)}"
    if w.soort == "hernoemd":
        kop = f"{naam} hernoemd tot {code(w.nieuw_id or '')}"
        if w.gelijkenis is not None:
            kop += f" (tekst {round(w.gelijkenis * 100)}% gelijk)"
    elif w.soort == "toegevoegd":
        kop = f"{naam} toegevoegd" + (f" in {code(w.ouder)}" if w.ouder else "")
        if w.lijkt_op:
            kop += f"; lijkt op {code(w.lijkt_op)} (afgesplitst?)"
    elif w.soort == "verwijderd":
        kop = f"{naam} verwijderd" + (f" uit {code(w.ouder)}" if w.ouder else "")
    else:
        nieuw = f" (nu {code(w.nieuw_id)})" if w.nieuw_id else ""
        kop = f"{naam}{nieuw}: {w.veld} {SOORTNAMEN[w.soort]}"
        if not w.woorden and w.oud is not None:
            veilig = _WOORDEN[md][0]
            kop += f": {veilig(w.oud)} → {veilig(w.nieuw or '')}"
    if w.woorden:
        kop += ("\n  " if not md else "\n\n  ") + _woorden(w, md)
    return kop


def _gevolgen_regels(verschil: Kaderverschil, md: bool) -> list[str]:
    g = verschil.gevolgen
    code = (lambda t: f"`{t}`") if md else (lambda t: t)

    def lijst(ids: tuple[str, ...]) -> str:
        return ", ".join(code(i) for i in ids) or "geen"

    regels = [
        f"Antwoorden die verloren gaan (vragen die verdwijnen): {lijst(g.verloren)}",
        f"Nieuwe vragen die een antwoord nodig hebben: {lijst(g.te_beantwoorden)}",
        "Over te zetten ids (koppeling): " + (", ".join(f"{code(a)} → {code(b)}" for a, b in g.te_koppelen) or "geen"),
        f"Indicatoren waarvan het oordeel bij dezelfde antwoorden kan veranderen: {lijst(g.andere_oordelen)}",
    ]
    if g.alle_oordelen:
        regels.append("De normering veranderde: elk oordeel kan veranderen.")
    return regels


def _impact_regels(impact: Dossierimpact | None, md: bool) -> list[str]:
    if impact is None:
        return []
    code = (lambda t: f"`{t}`") if md else (lambda t: t)

    def lijst(telling: dict[str, int]) -> str:
        return ", ".join(f"{code(v)} in {n}" for v, n in telling.items()) or "geen"

    return [f"In {impact.bestanden} {'bestand' if impact.bestanden == 1 else 'bestanden'} van de oude versie (aantal "
            "bestanden per vraag):",
            f"Antwoorden die verloren gaan: {lijst(impact.verloren)}",
            f"Antwoorden die de koppeling moet overzetten: {lijst(impact.te_koppelen)}",
            f"Nieuwe vragen die een antwoord nodig hebben: {lijst(impact.te_beantwoorden)}"]


def als_tekst(verschil: Kaderverschil, impact: Dossierimpact | None = None) -> str:
    oud, nieuw = verschil.oud, verschil.nieuw
    regels = [f"Verschil van kader {oud.id} {oud.versie} naar {nieuw.id} {nieuw.versie}: "
              f"{len(verschil.wijzigingen)} {'wijziging' if len(verschil.wijzigingen) == 1 else 'wijzigingen'}", ""]
    regels += [f"- {_regel(w, md=False)}" for w in verschil.wijzigingen] or ["Geen wijzigingen."]
    regels += ["", "Gevolgen voor dossiers van versie " + oud.versie + ":"]
    regels += [f"- {r}" for r in _gevolgen_regels(verschil, md=False)]
    if impact is not None:
        eerste, *rest = _impact_regels(impact, md=False)
        regels += ["", eerste, *(f"- {r}" for r in rest)]
    return "\n".join(regels) + "\n"


def als_markdown(verschil: Kaderverschil, impact: Dossierimpact | None = None) -> str:
    oud, nieuw = verschil.oud, verschil.nieuw
    regels = [f"# Verschil van kader `{oud.id}` {_md(oud.versie)} naar {_md(nieuw.versie)}", ""]
    regels += [f"- {_regel(w, md=True)}" for w in verschil.wijzigingen] or ["Geen wijzigingen."]
    regels += ["", f"## Gevolgen voor dossiers van versie {_md(oud.versie)}", ""]
    regels += [f"- {r}" for r in _gevolgen_regels(verschil, md=True)]
    if impact is not None:
        eerste, *rest = _impact_regels(impact, md=True)
        regels += ["", eerste, "", *(f"- {r}" for r in rest)]
    return "\n".join(regels) + "\n"


def als_json(verschil: Kaderverschil, impact: Dossierimpact | None = None) -> str:
    g = verschil.gevolgen
    gegevens: dict[str, Any] = {
        "oud": {"id": verschil.oud.id, "versie": verschil.oud.versie},
        "nieuw": {"id": verschil.nieuw.id, "versie": verschil.nieuw.versie},
        "wijzigingen": [w.als_dict() for w in verschil.wijzigingen],
        "gevolgen": {"verloren": list(g.verloren), "te_beantwoorden": list(g.te_beantwoorden),
                     "te_koppelen": [{"id": a, "nieuw_id": b} for a, b in g.te_koppelen],
                     "andere_oordelen": list(g.andere_oordelen), "alle_oordelen": g.alle_oordelen},
    }
    if impact is not None:
        gegevens["bestanden"] = {"aantal": impact.bestanden, "verloren": impact.verloren,
                                 "te_koppelen": impact.te_koppelen, "te_beantwoorden": impact.te_beantwoorden}
    return json_tekst(gegevens, indent=2) + "\n"


def _yaml_tekst(tekst: str) -> str:
    return json_tekst(tekst)  # a JSON string is a valid YAML scalar


def koppeling_opzet(verschil: Kaderverschil) -> str:
    """A first draft of the koppeling from the old kader to the new one, to review line by line: renamed
    elements are mapped, added feiten and eisen stay `onbekend`, removed ones `vervallen`. A possible split is
    only noted as a comment: the draft never guesses what the reviewer must decide."""
    oud, nieuw = verschil.oud, verschil.nieuw
    w = verschil.wijzigingen
    indicatoren = [x for x in w if x.soort == "hernoemd" and x.element == "indicator"]
    vragen = [x for x in w if x.soort == "hernoemd" and x.element in ("feit", "eis")]
    onbekend = [x for x in w if x.soort == "toegevoegd" and x.element in ("feit", "eis")]
    vervallen = [x for x in w if x.soort == "verwijderd" and x.element in ("feit", "eis", "indicator")]
    regels = [
        "# Eerste opzet van een koppeling, gemaakt met 'wijkteamtoets kader verschil --koppeling'.",
        "# Controleer elke regel: een hernoeming is gevonden op gelijkenis van de tekst, en een nieuwe eis staat",
        "# onder 'onbekend' tot u hem aan een oude vraag koppelt (bij een gesplitste eis: oud-id: [deel-1, deel-2]).",
        f"van: {{id: {oud.id}, versie: {_yaml_tekst(oud.versie)}}}",
        f"naar: {{id: {nieuw.id}, versie: {_yaml_tekst(nieuw.versie)}}}",
        "toelichting: \"\"",
    ]

    def blok(naam: str, items: list[Wijziging], regel: Any) -> None:
        if not items:
            regels.append(f"{naam}: {'{}' if naam in ('indicatoren', 'vragen') else '[]'}")
            return
        regels.append(f"{naam}:")
        regels.extend(regel(x) for x in items)

    def gelijk(x: Wijziging) -> str:
        return f"  # tekst {round((x.gelijkenis or 0) * 100)}% gelijk" if x.gelijkenis is not None else ""

    blok("indicatoren", indicatoren, lambda x: f"  {x.id}: {x.nieuw_id}{gelijk(x)}")
    blok("vragen", vragen, lambda x: f"  {x.id}: {x.nieuw_id}{gelijk(x)}")
    blok("onbekend", onbekend, lambda x: f"  - {x.id}" + (f"  # lijkt op {x.lijkt_op}: afgesplitst? dan onder vragen: "
                                                           f"{x.lijkt_op}: [{x.lijkt_op}, {x.id}]" if x.lijkt_op else ""))
    blok("vervallen", vervallen, lambda x: f"  - {x.id}  # {x.element} verwijderd")
    return "\n".join(regels) + "\n"
