"""Trend between two rounds: per gemeente and indicator the oordeel then and now, and the share that voldoet.

Both rounds are judged under the current kader (the previous one through its koppeling, see
`beoordelen.rondes`), so the figures compare like for like. `trend` gives one `Trendregel` per gemeente of the
current round and indicator of the kader; `overgangen` counts per indicator how many gemeenten went up, stayed
or went down. The share that voldoet comes with a 95% Wilson interval. `maak_trend` wires loading, judging and
the previous round for `wijkteamtoets trend` and the reports. No printing; formats are pure functions.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..beoordelen.afleiden import Beoordeling
from ..beoordelen.poorten import uitvoer_buiten_data
from ..beoordelen.rondes import VorigeRonde, laad_vorige_ronde, onderzoeksmap
from ..beoordelen.toetsen import toets_bestanden
from ..controles.laden import laad_register
from ..controles.vaststelling import programmaversie
from ..invoer import steekproefplan
from ..invoer.bestanden import verzamel_bestanden
from ..invoer.kader import BEOORDEELBARE_OORDELEN, Kader
from ..invoer.onderzoek import Onderzoek
from ..invoer.persoonsgegevens import toon
from ..problemen import Ernst, Probleem, json_tekst, toon_pad, voor_markdown


def wilson(k: int, n: int) -> tuple[float, float] | None:
    """The 95% Wilson score interval for k successes out of n (`steekproefplan.wilson`); None when n is 0."""
    return steekproefplan.wilson(k, n) if n > 0 else None


RANG = {o.value: len(BEOORDEELBARE_OORDELEN) - i for i, o in enumerate(BEOORDEELBARE_OORDELEN)}
"""voldoet 3, voldoet deels 2, voldoet niet 1; other oordelen cannot be ranked."""


def richting(vorige: str | None, nu: str | None) -> str:
    """beter, gelijk, slechter, or niet vergelijkbaar (an oordeel that cannot be ranked, or no earlier one)."""
    if vorige not in RANG or nu not in RANG:
        return "gelijk" if vorige == nu and vorige is not None else "niet vergelijkbaar"
    verschil = RANG[nu] - RANG[vorige]
    return "beter" if verschil > 0 else "slechter" if verschil < 0 else "gelijk"


@dataclass(frozen=True)
class Trendregel:
    gemeente: str
    nummer: str
    indicator: str
    oordeel_vorige: str | None
    oordeel_nu: str
    richting: str
    aandeel_voldoet_vorige: float | None
    aandeel_voldoet_nu: float | None
    voldoet_vorige: int | None
    beoordeeld_vorige: int | None
    voldoet_nu: int | None
    beoordeeld_nu: int | None
    interval_vorige: tuple[float, float] | None
    interval_nu: tuple[float, float] | None


def _per_gemeente(beoordelingen: list[Beoordeling], kader: Kader) -> tuple[dict[tuple[str, str], str],
                                                                          dict[tuple[str, str], tuple[int, int]]]:
    from .aggregeren import gemeenteoordelen, oordelentabel, verdelingen

    tabel = oordelentabel(beoordelingen)
    if tabel.empty:
        return {}, {}
    oordelen = {(r["gemeente"], r["indicator"]): r["oordeel"]
                for r in gemeenteoordelen(tabel, kader).to_dict(orient="records")}
    tellingen: dict[tuple[str, str], tuple[int, int]] = {}
    if (tabel["soort"] == "dossier").any():
        for r in verdelingen(tabel).to_dict(orient="records"):
            tellingen[(r["gemeente"], r["indicator"])] = (int(r["voldoet"]), int(r["beoordeeld"]))
    return oordelen, tellingen


def trend(nu: list[Beoordeling], vorige: list[Beoordeling], kader: Kader) -> list[Trendregel]:
    """Per gemeente of the current round and indicator of `kader`: then and now (both judged under `kader`)."""
    oordelen_nu, tellingen_nu = _per_gemeente(nu, kader)
    oordelen_vorige, tellingen_vorige = _per_gemeente(vorige, kader)
    regels = []
    for gemeente in sorted({b.gemeente for b in nu}):
        for nummer, _, _, indicator in kader.genummerd():
            sleutel = (gemeente, indicator.id)
            oud, nieuw = oordelen_vorige.get(sleutel), oordelen_nu.get(sleutel, "niet te beoordelen")
            k0, n0 = tellingen_vorige.get(sleutel, (None, None))
            k1, n1 = tellingen_nu.get(sleutel, (None, None))
            regels.append(Trendregel(
                gemeente=gemeente, nummer=str(nummer), indicator=indicator.id, oordeel_vorige=oud, oordeel_nu=nieuw,
                richting=richting(oud, nieuw),
                aandeel_voldoet_vorige=k0 / n0 if k0 is not None and n0 else None,
                aandeel_voldoet_nu=k1 / n1 if k1 is not None and n1 else None,
                voldoet_vorige=k0, beoordeeld_vorige=n0, voldoet_nu=k1, beoordeeld_nu=n1,
                interval_vorige=wilson(k0, n0) if k0 is not None and n0 is not None else None,
                interval_nu=wilson(k1, n1) if k1 is not None and n1 is not None else None))
    return regels


RICHTINGEN = ("beter", "gelijk", "slechter", "niet vergelijkbaar")


def overgangen(regels: Iterable[Trendregel]) -> list[dict[str, Any]]:
    """Per indicator (kader order): how many gemeenten went up, stayed, went down or cannot be compared."""
    per: dict[str, dict[str, Any]] = {}
    for r in regels:
        rij = per.setdefault(r.indicator, {"nummer": r.nummer, "indicator": r.indicator, **dict.fromkeys(RICHTINGEN, 0)})
        rij[r.richting] += 1
    return list(per.values())


@dataclass
class Ontwikkeling:
    """The development since the previous round: what `trend` shows and the reports include."""

    titel_vorige: str
    titel_nu: str
    kader: str  # "id versie" of the current round, under which both rounds are judged
    kaders_vorige: list[str]
    koppeling: str | None
    vastgesteld: bool
    regels: list[Trendregel] = field(default_factory=list)

    @property
    def overgangen(self) -> list[dict[str, Any]]:
        return overgangen(self.regels)

    @property
    def gelijk_vergeleken(self) -> str:
        """The sentence that says how the rounds are compared."""
        return self.uitleg(self.titel_vorige)

    def uitleg(self, titel_vorige: str) -> str:
        """The sentence that says how the rounds are compared, with `titel_vorige` (the title of the previous
        round, escaped for where the sentence goes) in it."""
        kader = self.kader
        eerder = ", ".join(self.kaders_vorige)
        if self.koppeling:
            return (f"De vorige ronde ({titel_vorige}, kader {eerder}) is opnieuw beoordeeld met kader {kader} via "
                    "de koppeling tussen beide versies, zodat beide rondes gelijk vergeleken worden.")
        return f"Beide rondes zijn beoordeeld met kader {kader}."

    def van(self, gemeente: str) -> list[Trendregel]:
        return [r for r in self.regels if r.gemeente == gemeente]


def ontwikkeling(onderzoek: Onderzoek | None, beoordelingen: list[Beoordeling], kader: Kader,
                 kaders: list[Path]) -> tuple[Ontwikkeling | None, list[Probleem]]:
    """The development since the previous round of `onderzoek` (None when it names none), or the errors that
    stand in the way."""
    if onderzoek is None or onderzoek.vorige is None:
        return None, []
    register, _ = laad_register(kaders)
    vorige, problemen = laad_vorige_ronde(onderzoek, kader, register, programmaversie())
    fouten = [p for p in problemen if p.ernst is Ernst.FOUT]  # a warning (another program version) does not block
    if vorige is None or fouten:
        return None, fouten
    return _als_ontwikkeling(onderzoek, vorige, beoordelingen, kader), []


def _als_ontwikkeling(onderzoek: Onderzoek, vorige: VorigeRonde, beoordelingen: list[Beoordeling],
                      kader: Kader) -> Ontwikkeling:
    # the titles come from onderzoek files: shown (also on the terminal by `trend`) with personal data masked
    return Ontwikkeling(titel_vorige=toon(vorige.onderzoek.titel, 200), titel_nu=toon(onderzoek.titel, 200),
                        kader=f"{kader.id} {kader.versie}", kaders_vorige=vorige.kaders,
                        koppeling=toon_pad(vorige.koppeling) if vorige.koppeling else None,
                        vastgesteld=vorige.vastgesteld, regels=trend(beoordelingen, vorige.beoordelingen, kader))


class TrendFout(Exception):
    """A request that cannot be met (no onderzoek, no vorige, several kaders): a usage error."""


def maak_trend(data: list[Path], kaders: list[Path], uitvoer: Path | None = None,
               ) -> tuple[Ontwikkeling | None, list[Probleem], int]:
    """Judge the onderzoek in `data` and its previous round: the development, the blocking problems, and
    how many files were read. `Gebruiksfout` when `uitvoer` lies in the data of either round."""
    if uitvoer is not None:
        uitvoer_buiten_data(uitvoer, data)
    register, kaderproblemen = laad_register(kaders)
    bestanden = verzamel_bestanden(data)
    uitslag = toets_bestanden(bestanden, register)
    fouten = sorted(p for p in kaderproblemen + uitslag.problemen if p.ernst is Ernst.FOUT)
    if fouten:
        return None, fouten, len(bestanden)
    if uitslag.onderzoek is None:
        raise TrendFout("er is geen onderzoeksbestand (onderzoek.yaml) in de gegevens")
    if uitslag.onderzoek.vorige is None:
        raise TrendFout("het onderzoek noemt geen vorige ronde; voeg 'vorige: MAP' toe aan onderzoek.yaml")
    in_gebruik = {(k.id, k.versie): k for k in uitslag.kaders.values()}
    if len(in_gebruik) != 1:
        raise TrendFout("de gemeenten gebruiken verschillende kaders; een trend vergelijkt binnen één kader"
                        if in_gebruik else "er zijn geen dossiers of gemeentebestanden gevonden")
    kader = next(iter(in_gebruik.values()))
    if uitvoer is not None:
        uitvoer_buiten_data(uitvoer, [onderzoeksmap(uitslag.onderzoek) / uitslag.onderzoek.vorige.map])
    vorige, problemen = laad_vorige_ronde(uitslag.onderzoek, kader, register, programmaversie())
    fouten = sorted(p for p in problemen if p.ernst is Ernst.FOUT)
    if vorige is None or fouten:
        return None, fouten, len(bestanden)
    return _als_ontwikkeling(uitslag.onderzoek, vorige, uitslag.beoordelingen, kader), [], len(bestanden)


def _procent(waarde: float | None) -> str:
    return "–" if waarde is None else f"{round(waarde * 100)}%"


def _interval(interval: tuple[float, float] | None) -> str:
    return "" if interval is None else f"{round(interval[0] * 100)}–{round(interval[1] * 100)}%"


def records(o: Ontwikkeling) -> list[dict[str, Any]]:
    """The trend as plain records (JSON and CSV)."""
    uit = []
    for r in o.regels:
        rij = asdict(r)
        for naam in ("aandeel_voldoet_vorige", "aandeel_voldoet_nu"):
            rij[naam] = None if rij[naam] is None else round(rij[naam], 4)
        for naam in ("interval_vorige", "interval_nu"):
            rij[naam] = None if rij[naam] is None else [round(x, 4) for x in rij[naam]]
        uit.append(rij)
    return uit


def als_json(o: Ontwikkeling) -> str:
    return json_tekst(records(o), indent=2) + "\n"


def als_csv(o: Ontwikkeling) -> str:
    """CSV for Dutch Excel (';'); gemeente names are known names, all other cells are ids and figures."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\n")
    kolommen = ["gemeente", "nummer", "indicator", "oordeel_vorige", "oordeel_nu", "richting", "aandeel_voldoet_vorige",
                "aandeel_voldoet_nu", "voldoet_vorige", "beoordeeld_vorige", "voldoet_nu", "beoordeeld_nu"]
    schrijver.writerow(kolommen)
    for rij in records(o):
        schrijver.writerow(["" if rij[k] is None else (f"{rij[k]:.2f}".replace(".", ",") if isinstance(rij[k], float)
                                                         else rij[k]) for k in kolommen])
    return "\ufeff" + buffer.getvalue()


def rijen_tekst(o: Ontwikkeling) -> list[list[str]]:
    """Rows for a table on screen or in Markdown: gemeente, nummer, indicator, then, now, direction, shares."""
    return [[r.gemeente, r.nummer, r.indicator, r.oordeel_vorige or "–", r.oordeel_nu, r.richting,
             f"{_procent(r.aandeel_voldoet_vorige)} {_interval(r.interval_vorige)}".strip(),
             f"{_procent(r.aandeel_voldoet_nu)} {_interval(r.interval_nu)}".strip()] for r in o.regels]


KOPPEN = ["gemeente", "nr.", "indicator", "oordeel vorige", "oordeel nu", "richting", "voldoet vorige (95%)",
          "voldoet nu (95%)"]


def als_markdown(o: Ontwikkeling) -> str:
    titel = voor_markdown(o.titel_vorige)  # text from a file: no live link, image or HTML
    regels = [f"# Ontwikkeling sinds {titel}", "", o.uitleg(titel), "",
              "| " + " | ".join(KOPPEN) + " |", "|" + " --- |" * len(KOPPEN)]
    regels += ["| " + " | ".join(rij) + " |" for rij in rijen_tekst(o)]
    regels += ["", "## Overgangen per indicator (aantal gemeenten)", "",
               "| nr. | indicator | " + " | ".join(RICHTINGEN) + " |", "|" + " --- |" * (2 + len(RICHTINGEN))]
    regels += [f"| {r['nummer']} | {r['indicator']} | " + " | ".join(str(r[x]) for x in RICHTINGEN) + " |"
               for r in o.overgangen]
    return "\n".join(regels) + "\n"


def deelrapport_ontwikkeling(o: Ontwikkeling | None, gemeente: str, kader: Kader) -> dict[str, Any] | None:
    """Plain data for the section "Ontwikkeling sinds ..." of a deelrapport."""
    if o is None:
        return None
    teksten = {i.id: " ".join(i.tekst.split()) for _, _, i in kader.indicatoren()}
    return {"titel_vorige": o.titel_vorige, "uitleg": o.gelijk_vergeleken, "regels": [
        {"nummer": r.nummer, "indicator": r.indicator, "tekst": teksten.get(r.indicator, r.indicator),
         "vorige": r.oordeel_vorige or "–", "nu": r.oordeel_nu, "richting": r.richting,
         "aandeel_vorige": _procent(r.aandeel_voldoet_vorige), "interval_vorige": _interval(r.interval_vorige),
         "aandeel_nu": _procent(r.aandeel_voldoet_nu), "interval_nu": _interval(r.interval_nu)}
        for r in o.van(gemeente)]}


def overkoepelend_ontwikkeling(o: Ontwikkeling | None) -> dict[str, Any] | None:
    """Plain data for the transition table of the overarching report."""
    if o is None:
        return None
    return {"titel_vorige": o.titel_vorige, "uitleg": o.gelijk_vergeleken, "richtingen": list(RICHTINGEN),
            "overgangen": o.overgangen}
