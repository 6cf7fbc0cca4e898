"""One-off generator of voorbeelden-vervolg-2019 (fictional, pseudonymous): run from the repo root with
.venv/bin/python scripts/maak_vervolg_2019.py after removing voorbeelden-vervolg-2019/*/dossiers."""
import datetime as dt
import re
from pathlib import Path

import yaml

from wijkteamtoets.controles.laden import laad_kader
from wijkteamtoets.controles.migratie import laad_koppeling, migreer_gegevens
from wijkteamtoets.invoer.kader import Niveau

REPO = Path(".")
oud = laad_kader(REPO / "kaders/toezicht-wijkteams-2017.yaml")
nieuw = laad_kader(REPO / "kaders/toezicht-wijkteams-2017-1.1.yaml")
koppeling, _ = laad_koppeling(REPO / "koppelingen/toezicht-wijkteams-2017-1.0-1.1.yaml")
eisen = {i.id: {e.id for e in i.eisen} for _, _, i in nieuw.indicatoren()}
UIT = REPO / "voorbeelden-vervolg-2019"

PLAN = {
    "gouda": {
        "prefix": "GOU", "beoordelaars": ["IJZ5", "IGZ4"], "periode": (dt.date(2019, 9, 16), dt.date(2019, 11, 29)),
        "beter": {"veiligheid-ingeschat": "ja", "een-gezin-een-plan": "ja"},
        "slechter": {"systematisch-evalueren": ("doelen-geevalueerd", "nee"), "passende-zorg": ("passend-hulpaanbod", "nee")},
    },
    "den-helder": {
        "prefix": "DH", "beoordelaars": ["IVJ4", "IJZ6"], "periode": (dt.date(2019, 9, 9), dt.date(2019, 11, 22)),
        "beter": {"plan-met-gezin": "ja", "hulpvraag-in-dialoog": "ja"},
        "slechter": {"veiligheid-ingeschat": ("aandacht-voor-veiligheid", "nee"),
                     "doelen-geprioriteerd": ("doelen-gericht-op-effecten", "nee")},
    },
}


def kort(waarde):
    return waarde.get("antwoord") if isinstance(waarde, dict) else waarde


for gemeente_map, plan in PLAN.items():
    bron = REPO / "voorbeelden" / gemeente_map
    doel = UIT / gemeente_map / "dossiers"
    doel.mkdir(parents=True, exist_ok=True)
    bestanden = sorted(p for p in (bron / "dossiers").glob("*.yaml") if p.name.count(".") == 1)
    van, tot = plan["periode"]
    for n, pad in enumerate(bestanden):
        gegevens = yaml.safe_load(pad.read_text(encoding="utf-8"))
        gegevens = migreer_gegevens(gegevens, koppeling, oud, nieuw, Niveau.DOSSIER)
        nummer = int(re.search(r"-(\d{3})$", gegevens["dossier"]).group(1))
        gegevens["dossier"] = f"{plan['prefix']}-2019-{(nummer * 7 + 11) % 900 + 100:03d}"
        gegevens["beoordelaar"] = plan["beoordelaars"][n % 2]
        gegevens["datum"] = van + dt.timedelta(days=3 + 5 * n)
        gegevens["context"].pop("omschrijving", None)
        gegevens["feiten"] = {k: kort(v) for k, v in gegevens["feiten"].items()}
        for indicator, bevinding in gegevens["indicatoren"].items():
            bevinding.pop("afwijking", None)
            antwoorden = {k: kort(v) for k, v in bevinding["antwoorden"].items()}
            if indicator in plan["beter"] and n % 4 != 3:  # most dossiers better, not all
                for k in antwoorden:
                    if k in eisen[indicator] and antwoorden[k] in ("nee", "deels", "onbekend"):
                        antwoorden[k] = plan["beter"][indicator]
            if indicator in plan["slechter"] and n % 3 != 2:
                eis, antwoord = plan["slechter"][indicator]
                if eis in antwoorden:
                    antwoorden[eis] = antwoord
            bevinding["antwoorden"] = antwoorden
        naam = f"{gegevens['dossier']}.yaml"
        (doel / naam).write_text(
            "# yaml-language-server: $schema=../../../schemas/dossier.schema.json\n"
            f"# Fictief voorbeelddossier van het vervolgonderzoek 2019 ({gegevens['gemeente']}); verzonnen, pseudoniem.\n"
            + yaml.safe_dump(gegevens, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
