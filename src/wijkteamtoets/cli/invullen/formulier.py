"""The form as data: what the page shows (generated from the kader and the file), what it sends back
(read into a `Formulierstaat`), and the answer on it (oordelen, questions that fall away, problems per field).

Nothing here knows HTTP; `server` wires it to requests.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ...beoordelen.invullen import Invuluitslag
from ...invoer.bewerken import Antwoordinvoer, Bronverwijzing, Formulierstaat, Waarde, gewoon
from ...invoer.dossier import Aanmelding, Leefgebied, Rol
from ...invoer.kader import FEIT_ANTWOORDEN, Antwoord, Eis, Kader, Niveau, Oordeel, Vraag
from ...invoer.voorwaarden import vragen_op_niveau, wordt_beoordeeld_op
from ...invoer.yamlbron import Locatie, YamlDocument
from ...problemen import Probleem


@dataclass(frozen=True)
class Kopveld:
    """A header field of the file: its path, label, kind of input and help text."""

    pad: tuple[str, ...]
    label: str
    soort: str  # tekst, code, datum, keuze, meerkeuze, gezin, regels, lang, codes
    hulp: str = ""
    opties: tuple[str, ...] = ()

    @property
    def sleutel(self) -> str:
        return "kop:" + ".".join(self.pad)


DOSSIERKOP = (
    Kopveld(("dossier",), "Dossiernummer", "code", "Pseudoniem, in de vorm ABC-2016-001; nooit een naam of BSN."),
    Kopveld(("gemeente",), "Gemeente", "tekst"),
    Kopveld(("team",), "Team", "tekst"),
    Kopveld(("beoordelaar",), "Beoordelaar", "code", "Uw code, bijvoorbeeld INS1; nooit een naam."),
    Kopveld(("datum",), "Datum van beoordeling", "datum"),
    Kopveld(("context", "aanmelding_via"), "Aanmelding via", "keuze", opties=tuple(a.value for a in Aanmelding)),
    Kopveld(("context", "leefgebieden"), "Leefgebieden met problematiek", "meerkeuze",
            opties=tuple(g.value for g in Leefgebied)),
    Kopveld(("context", "gezinssamenstelling"), "Gezinssamenstelling", "gezin",
            "Rollen en leeftijden; nooit namen of geboortedata.", tuple(r.value for r in Rol)),
    Kopveld(("context", "omschrijving"), "Korte schets van de casus", "lang", "Zonder namen of adressen."),
)

GEMEENTEKOP = (
    Kopveld(("gemeente",), "Gemeente", "tekst"),
    Kopveld(("beoordelaars",), "Beoordelaars", "codes", "Codes gescheiden door komma's, bijvoorbeeld INS1, INS2."),
    Kopveld(("periode", "van"), "Periode van", "datum"),
    Kopveld(("periode", "tot"), "Periode tot en met", "datum"),
    Kopveld(("netwerk",), "Het lokale netwerk", "lang", "Teams, werkwijze, samenwerkingspartners."),
    Kopveld(("teams",), "Teams", "regels", "Eén team per regel."),
    Kopveld(("conclusie",), "Conclusie", "lang"),
)
"""The parts of the publication (samenvatting, conclusies and aanbevelingen per thema, voorbeelden, wederhoor)
are not in the form: an aanbeveling may be a mapping with a thema, which lines of text cannot hold. The form
leaves them as they are in the file."""

OORDEEL_KEUZES = tuple(o.value for o in Oordeel)


def kopvelden(niveau: Niveau) -> tuple[Kopveld, ...]:
    return DOSSIERKOP if niveau is Niveau.DOSSIER else GEMEENTEKOP


def _waarde_op(data: Any, pad: tuple[str, ...]) -> Any:
    for deel in pad:
        if not isinstance(data, Mapping):
            return None
        data = data.get(deel)
    return data


def _antwoorddeel(waarde: Any) -> dict[str, Any]:
    """An answer from the file as the page shows it: antwoord, toelichting and bronnen."""
    if isinstance(waarde, Mapping):
        bronnen = [b for b in waarde.get("bronnen") or [] if isinstance(b, Mapping)]
        return {"antwoord": _als_tekst(waarde.get("antwoord")), "toelichting": _als_tekst(waarde.get("toelichting")),
                "bronnen": [{k: _als_tekst(b.get(k)) for k in ("document", "pagina", "citaat", "interview")}
                            for b in bronnen]}
    return {"antwoord": _als_tekst(waarde), "toelichting": "", "bronnen": []}


def _als_tekst(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


def _vraag(vraag: Vraag, indicator: str, waarde: Any, feiten: Mapping[str, Vraag]) -> dict[str, Any]:
    is_feit = not isinstance(vraag, Eis)
    voorwaarden = [f"'{feiten[f].vraag if f in feiten else f}' is {' of '.join(a.value for a in antwoorden)}"
                   for f, antwoorden in vraag.als.items()]
    return {
        "id": vraag.id, "indicator": indicator, "sleutel": f"v:{indicator}:{vraag.id}",
        "soort": "feit" if is_feit else "eis", "kern": isinstance(vraag, Eis) and vraag.kern,
        "vraag": vraag.vraag, "hulp": vraag.toelichting,
        "als": " en ".join(voorwaarden),
        "keuzes": [a.value for a in (FEIT_ANTWOORDEN if is_feit else Antwoord)],
        **_antwoorddeel(waarde),
    }


def paginagegevens(kader: Kader, niveau: Niveau, data: Any) -> dict[str, Any]:
    """Everything the page template needs: the header fields with their values, the algemene feiten and
    every indicator of `niveau` with its questions, in kader order, filled from `data` (the file)."""
    data = gewoon(data) if isinstance(data, Mapping) else {}
    alle_feiten: dict[str, Vraag] = {f.id: f for f in kader.feiten}
    for _, _, indicator in kader.indicatoren():
        alle_feiten.update({f.id: f for f in indicator.feiten})
    kop = []
    for veld in kopvelden(niveau):
        waarde = _waarde_op(data, veld.pad)
        kop.append({"veld": veld, "waarde": waarde if isinstance(waarde, list) else _als_tekst(waarde)})
    feiten = [_vraag(f, "", _waarde_op(data, ("feiten", f.id)), alle_feiten) for f in kader.feiten] \
        if niveau is Niveau.DOSSIER else []
    themas: list[dict[str, Any]] = []
    for nummer, thema, criterium, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        if not themas or themas[-1]["id"] != thema.id:
            themas.append({"id": thema.id, "titel": thema.titel, "nummer": nummer.van_thema, "indicatoren": []})
        bevinding = _waarde_op(data, ("indicatoren", indicator.id)) or {}
        antwoorden = bevinding.get("antwoorden") if isinstance(bevinding, Mapping) else None
        afwijking = bevinding.get("afwijking") if isinstance(bevinding, Mapping) else None
        themas[-1]["indicatoren"].append({
            "id": indicator.id, "nummer": str(nummer), "tekst": " ".join(indicator.tekst.split()),
            "criterium": criterium.tekst, "operationalisering": indicator.operationalisering,
            "vragen": [_vraag(v, indicator.id, _waarde_op(antwoorden, (v.id,)), alle_feiten)
                       for v in vragen_op_niveau(indicator, niveau)],
            "afwijking": {"oordeel": _als_tekst(_waarde_op(afwijking, ("oordeel",))),
                          "motivatie": _als_tekst(_waarde_op(afwijking, ("motivatie",)))},
        })
    return {"kop": kop, "feiten": feiten, "themas": themas, "oordelen": OORDEEL_KEUZES}


# --- what the page sends ------------------------------------------------------------------------------

def _tekstveld(waarde: Any, maximum: int = 20_000) -> str:
    return waarde[:maximum] if isinstance(waarde, str) else ""


def _geheel_getal(waarde: Any) -> int | str | None:
    tekst = _tekstveld(waarde, 20).strip()
    if not tekst:
        return None
    return int(tekst) if tekst.isdigit() else tekst


def _kopwaarde(veld: Kopveld, waarde: Any) -> Waarde:
    if veld.soort in ("meerkeuze", "regels", "codes"):
        if isinstance(waarde, str):
            delen = re.split(r"[,\s]+", waarde) if veld.soort == "codes" else waarde.splitlines()
        else:
            delen = [w for w in waarde if isinstance(w, str)] if isinstance(waarde, list) else []
        return [d.strip() for d in delen if d.strip()]
    if veld.soort == "gezin":
        leden: list[dict[str, str | int]] = []
        for lid in waarde if isinstance(waarde, list) else []:
            if isinstance(lid, Mapping) and (_tekstveld(lid.get("rol")) or _tekstveld(lid.get("leeftijd"))):
                leeftijd = _geheel_getal(lid.get("leeftijd"))
                leden.append({"rol": _tekstveld(lid.get("rol"), 100),
                              "leeftijd": leeftijd if leeftijd is not None else ""})
        return leden
    tekst = _tekstveld(waarde).strip() if veld.soort != "lang" else _tekstveld(waarde)
    return tekst or None


def _bron(waarde: Any) -> Bronverwijzing | None:
    if not isinstance(waarde, Mapping):
        return None
    if waarde.get("soort") == "interview":
        rol = _tekstveld(waarde.get("interview"), 500).strip()
        return Bronverwijzing(interview=rol) if rol else None
    document = _tekstveld(waarde.get("document"), 500).strip()
    pagina = _geheel_getal(waarde.get("pagina"))
    citaat = _tekstveld(waarde.get("citaat")).strip()
    if not (document or citaat or pagina):
        return None
    return Bronverwijzing(document=document, pagina=pagina if isinstance(pagina, int) else None, citaat=citaat)


def lees_kop(verzoek: Any, velden: tuple[Kopveld, ...]) -> dict[tuple[str, ...], Waarde]:
    """The header fields `velden` from the JSON the page sent (the ones it did not send are left out)."""
    kop = verzoek.get("kop") if isinstance(verzoek, Mapping) else None
    if not isinstance(kop, Mapping):
        return {}
    return {veld.pad: _kopwaarde(veld, kop[veld.sleutel]) for veld in velden if veld.sleutel in kop}


def lees_staat(verzoek: Any, kader: Kader, niveau: Niveau) -> Formulierstaat:
    """The form's state from the JSON the page sent; unknown fields and questions are ignored."""
    staat = Formulierstaat()
    if not isinstance(verzoek, Mapping):
        return staat
    staat.kop.update(lees_kop(verzoek, kopvelden(niveau)))
    bekend = {("", f.id) for f in kader.feiten} if niveau is Niveau.DOSSIER else set()
    indicatoren = set()
    for _, _, indicator in kader.indicatoren():
        if wordt_beoordeeld_op(indicator, niveau):
            indicatoren.add(indicator.id)
            bekend.update((indicator.id, v.id) for v in vragen_op_niveau(indicator, niveau))
    for item in verzoek.get("antwoorden") or []:
        if not isinstance(item, Mapping):
            continue
        sleutel = (_tekstveld(item.get("indicator"), 200), _tekstveld(item.get("vraag"), 200))
        if sleutel not in bekend:
            continue
        antwoord = _tekstveld(item.get("antwoord"), 20)
        bronnen = tuple(b for b in (_bron(w) for w in item.get("bronnen") or []) if b is not None)
        staat.antwoorden[sleutel] = Antwoordinvoer(antwoord=antwoord if antwoord in {a.value for a in Antwoord}
                                                   else None, toelichting=_tekstveld(item.get("toelichting")).strip(),
                                                   bronnen=bronnen)
    for item in verzoek.get("afwijkingen") or []:
        if isinstance(item, Mapping) and item.get("indicator") in indicatoren:
            oordeel = _tekstveld(item.get("oordeel"), 40)
            staat.afwijkingen[str(item["indicator"])] = ((oordeel, _tekstveld(item.get("motivatie")).strip())
                                                         if oordeel in OORDEEL_KEUZES else None)
    return staat


def antwoorden_van(staat: Formulierstaat) -> dict[str, Antwoord | None]:
    """The answers of the form by question id, as the kader's conditions read them."""
    return {vraag: Antwoord(invoer.antwoord) if invoer.antwoord else None
            for (_, vraag), invoer in staat.antwoorden.items()}


def zonder_vervallen(staat: Formulierstaat, vervallen: Mapping[str, str]) -> Formulierstaat:
    """The state with no answer on the questions that fall away (an answer there is an error in the file)."""
    for sleutel, invoer in list(staat.antwoorden.items()):
        if sleutel[1] in vervallen and invoer.antwoord is not None:
            staat.antwoorden[sleutel] = Antwoordinvoer(None, invoer.toelichting, invoer.bronnen)
    return staat


# --- the answer on it ---------------------------------------------------------------------------------

def _veldsleutel(locatie: Locatie, niveau: Niveau) -> str | None:
    """The form field a node of the file belongs to."""
    delen = [str(d) for d in locatie]
    if not delen:
        return None
    if delen[0] == "feiten" and len(delen) >= 2:
        return f"v::{delen[1]}"
    if delen[0] == "indicatoren" and len(delen) >= 2:
        if len(delen) >= 4 and delen[2] == "antwoorden":
            return f"v:{delen[1]}:{delen[3]}"
        if len(delen) >= 3 and delen[2] == "afwijking":
            return f"afw:{delen[1]}"
        return f"ind:{delen[1]}"
    for veld in kopvelden(niveau):
        if tuple(delen[: len(veld.pad)]) == veld.pad:
            return veld.sleutel
    return None


def _plaatsen(document: YamlDocument | None) -> list[tuple[int, int, int, Locatie]]:
    """Every node of the file by where it starts: (regel, kolom, depth, locatie), sorted."""
    if document is None:
        return []
    return sorted((plek.regel, plek.kolom, len(locatie), locatie)
                  for tabel in (document.posities, document.sleutelposities) for locatie, plek in tabel.items())


def _locatie_van(plaatsen: list[tuple[int, int, int, Locatie]], regel: int, kolom: int) -> Locatie | None:
    """The node a position belongs to. Where a mapping starts, so does its first key: the mapping is meant (a
    missing field is reported at its parent). Inside a text, the nearest node that starts before it."""
    index = bisect.bisect_left(plaatsen, (regel, kolom, -1))
    if index < len(plaatsen) and plaatsen[index][:2] == (regel, kolom):
        return plaatsen[index][3]
    return plaatsen[index - 1][3] if index > 0 else None


def melding(probleem: Probleem, veld: str | None) -> dict[str, Any]:
    return {"veld": veld, "code": probleem.code, "melding": probleem.melding, "hint": probleem.hint,
            "ernst": probleem.ernst.value, "regel": probleem.regel}


def antwoord(uitslag: Invuluitslag, vervallen: Mapping[str, str], niveau: Niveau,
             veldsleutel: Callable[[Locatie], str | None] | None = None) -> dict[str, Any]:
    """The JSON answer for the page: oordelen per indicator with reasons, questions that fall away, problems
    at their field (by the same codes as the command line). `veldsleutel` places a node of the file on the page
    (by default as in a dossier or gemeente file)."""
    plaatsen = _plaatsen(uitslag.document)
    plaats = veldsleutel or (lambda locatie: _veldsleutel(locatie, niveau))
    meldingen = []
    for probleem in uitslag.problemen:
        locatie = _locatie_van(plaatsen, probleem.regel, probleem.kolom)
        meldingen.append(melding(probleem, plaats(locatie) if locatie is not None else None))
    oordelen = {}
    if uitslag.beoordeling is not None:
        for oordeel in uitslag.beoordeling.oordelen:
            oordelen[oordeel.indicator] = {
                "nummer": oordeel.nummer, "oordeel": oordeel.oordeel.value, "afgeleid": oordeel.afgeleid.value,
                "redenen": [r.tekst for r in oordeel.redenen],
            }
    return {"oordelen": oordelen, "vervallen": dict(vervallen), "meldingen": meldingen,
            "geldig": uitslag.volledig_geldig}
