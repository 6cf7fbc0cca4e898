"""Ready-to-fill YAML templates for dossier, gemeente and onderzoek files, generated from a kader. Pure text.

Every question of the kader is present with its text as a comment, so an inspector reads the kader
while filling in. An empty answer means 'not filled in yet': `beoordeel` then warns and says
*niet te beoordelen*, so a half-filled file is still useful. Defaults come from the onderzoek file
beside the data (`onderzoek_naast`): its year numbers new dossiers, its periode dates a new gemeente
file; a new onderzoek file leaves its dates empty rather than dating them today.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

from ..problemen import InvoerFout
from .bestanden import is_onderzoeksbestand
from .kader import Eis, Kader, Niveau, Vraag
from .onderzoek import Soort
from .voorwaarden import voorwaarde_tekst, vragen_op_niveau, wordt_beoordeeld_op
from .yamlbron import lees_yaml


def _tekst(waarde: str) -> str:
    """A YAML scalar for any text (JSON strings are valid YAML)."""
    return json.dumps(waarde, ensure_ascii=False)


def gemeentecode(gemeente: str) -> str:
    """Two to four capitals for a gemeente: initials of several words ('Bergen op Zoom' -> 'BOZ'),
    otherwise the first three letters ('Gouda' -> 'GOU')."""
    ascii_naam = unicodedata.normalize("NFKD", gemeente).encode("ascii", "ignore").decode()
    woorden = [w for w in re.split(r"[^A-Za-z]+", ascii_naam) if w]
    code = "".join(w[0] for w in woorden)[:4] if len(woorden) > 1 else (woorden[0] if woorden else "")[:3]
    code = code.upper()
    return code if len(code) >= 2 else (code + "XX")[:2]


def volgend_dossiernummer(gemeente: str, jaar: int, map: Path) -> str:
    """The next free dossier id ``ABC-JJJJ-NNN`` among the files in `map`."""
    voorvoegsel = f"{gemeentecode(gemeente)}-{jaar}-"
    bestaand = [int(p.stem[len(voorvoegsel):]) for p in map.glob(f"{voorvoegsel}*.y*ml")
                if p.stem[len(voorvoegsel):].isdigit()] if map.is_dir() else []
    return f"{voorvoegsel}{max(bestaand, default=0) + 1:03d}"


def onderzoek_naast(map: Path, niveaus: int = 3) -> Path | None:
    """The onderzoek file in `map` or one of its `niveaus` parents (dossiers/ -> gemeente/ -> data/), if any."""
    for plek in [map, *map.resolve().parents][:niveaus + 1]:
        if plek.is_dir():
            gevonden = sorted(p for p in plek.iterdir() if is_onderzoeksbestand(p) and p.is_file())
            if gevonden:
                return gevonden[0]
    return None


def onderzoeksperiode(pad: Path | None) -> tuple[dt.date, dt.date] | None:
    """The periode (van, tot) of an onderzoek file, or None when there is no file or no valid periode in it."""
    if pad is None:
        return None
    try:
        data = lees_yaml(pad).data
    except (InvoerFout, OSError):
        return None
    periode = data.get("periode") if isinstance(data, dict) else None
    if isinstance(periode, dict) and isinstance(periode.get("van"), dt.date) and isinstance(periode.get("tot"), dt.date):
        return periode["van"], periode["tot"]
    return None


def _schemaregel(schema: Path | None, soort: str, kader: Kader) -> list[str]:
    """The editor modeline; without a schema file, a comment that says how to make one."""
    if schema is not None:
        return [f"# yaml-language-server: $schema={schema.as_posix()}"]
    return [f"# Voor aanvulling en controle in de editor: wijkteamtoets schema {soort} --kader {kader.id} "
            f"--uitvoer schemas/{soort}.{kader.id}.schema.json",
            "# en verwijs ernaar bovenaan dit bestand (zie de README: Aanvulling en controle in de editor)."]


def _vraagregels(vraag: Vraag, inspringing: str) -> list[str]:
    soort = "feit" if not isinstance(vraag, Eis) else ("eis (kern)" if vraag.kern else "eis")
    regels = [f"{inspringing}# {soort}: {vraag.vraag}"]
    if vraag.als:
        regels.append(f"{inspringing}#   alleen als {voorwaarde_tekst(vraag.als)}")
    if vraag.toelichting:
        regels.append(f"{inspringing}#   let op: {vraag.toelichting}")
    regels.append(f"{inspringing}{vraag.id}:")
    return regels


def _indicatorregels(kader: Kader, niveau: Niveau) -> list[str]:
    regels = ["indicatoren:"]
    for nummer, _, _, indicator in kader.genummerd():
        if not wordt_beoordeeld_op(indicator, niveau):
            continue
        regels.append(f"  # {nummer} {' '.join(indicator.tekst.split())}")
        if niveau is Niveau.DOSSIER and indicator.van_toepassing_als:
            regels.append(f"  #   van toepassing als {voorwaarde_tekst(indicator.van_toepassing_als)}")
        regels += [f"  {indicator.id}:", "    antwoorden:"]
        for vraag in vragen_op_niveau(indicator, niveau):
            regels += _vraagregels(vraag, "      ")
        regels += ["    # afwijking:  (alleen met motivatie)", "    #   oordeel: voldoet deels",
                   "    #   motivatie: ...", ""]
    return regels


_UITLEG = [
    "# Vul bij elke vraag ja, deels, nee of onbekend in (een feit: ja, nee of onbekend).",
    "# Leeg betekent 'nog niet ingevuld'. Met bron en toelichting:",
    "#   vraag-id:",
    "#     antwoord: nee",
    "#     bronnen: [{document: Plan van aanpak, pagina: 3, citaat: \"...\"}, {interview: jeugdprofessional}]",
    "#     toelichting: ...",
    "# Schrijf nooit namen, BSN, adressen of geboortedata: alleen rollen en leeftijden.",
]


def dossier_sjabloon(kader: Kader, gemeente: str, dossier: str, *, team: str | None = None,
                     beoordelaar: str | None = None, datum: dt.date, schema: Path | None = None) -> str:
    """A dossier file with every dossier-level question of `kader`, ready to fill in."""
    regels = [
        *_schemaregel(schema, "dossier", kader),
        f"# Dossier voor wijkteamtoets, kader {kader.id} versie {kader.versie}.",
        *_UITLEG,
        "",
        f"dossier: {dossier}",
        f"gemeente: {_tekst(gemeente)}",
        f"team: {_tekst(team)}" if team else "team:",
        f"kader: {{id: {kader.id}, versie: {_tekst(kader.versie)}}}",
        f"beoordelaar: {beoordelaar or ''}    # een code, bijvoorbeeld INS1; nooit een naam",
        f"datum: {datum.isoformat()}",
        "context:",
        "  aanmelding_via:    # veilig-thuis, school, huisarts, politie, zelf, jeugdgezondheidszorg, woningcorporatie,",
        "                     # schuldhulpverlening, raad-voor-de-kinderbescherming of anders",
        "  leefgebieden: []   # bijvoorbeeld [opvoeding, financien, geestelijke-gezondheid]",
        "  gezinssamenstelling: []   # bijvoorbeeld [{rol: moeder, leeftijd: 34}, {rol: kind, leeftijd: 8}]",
        "  omschrijving: \"\"   # korte schets zonder namen of adressen",
        "# Casussen voor de kaders 'Voorbeeld' en 'Goed voorbeeld' in de rapporten (zonder dossiernummer getoond):",
        f"voorbeelden: []    # [{{thema: thema-id, tekst: ...}}]; thema's: {', '.join(t.id for t in kader.themas)}",
        "",
    ]
    if kader.feiten:
        regels += ["# Algemene feiten: één keer per dossier.", "feiten:"]
        for feit in kader.feiten:
            regels += _vraagregels(feit, "  ")
        regels.append("")
    regels += _indicatorregels(kader, Niveau.DOSSIER)
    return "\n".join(regels).rstrip("\n") + "\n"


def gemeente_sjabloon(kader: Kader, gemeente: str, *, periode: tuple[dt.date, dt.date] | None = None,
                      schema: Path | None = None) -> str:
    """A gemeente file with every gemeente-level question of `kader`, ready to fill in; the periode from the
    onderzoek when known, else left empty."""
    themas = ", ".join(t.id for t in kader.themas)
    regels = [
        *_schemaregel(schema, "gemeente", kader),
        f"# Bevindingen op gemeenteniveau voor wijkteamtoets, kader {kader.id} versie {kader.versie}.",
        *_UITLEG,
        "",
        f"gemeente: {_tekst(gemeente)}",
        f"kader: {{id: {kader.id}, versie: {_tekst(kader.versie)}}}",
        "beoordelaars: []   # codes, bijvoorbeeld [INS1, INS2]",
        (f"periode: {{van: {periode[0].isoformat()}, tot: {periode[1].isoformat()}}}    # uit het onderzoeksbestand"
         if periode else "periode: {van: , tot: }    # JJJJ-MM-DD"),
        "netwerk:    # het lokale netwerk: teams, werkwijze, samenwerkingspartners",
        "teams: []",
        "samenvatting: \"\"    # de kernboodschap van het deelrapport, in een paar zinnen",
        "conclusie:    # de conclusie over deze gemeente als geheel",
        f"conclusies: {{}}    # per thema de conclusie, bijvoorbeeld {{{kader.themas[0].id}: \"...\"}}; thema's: {themas}",
        "aanbevelingen: []   # elk als tekst, of als {tekst: ..., thema: thema-id}",
        "voorbeelden: []    # goede voorbeelden: [{thema: thema-id, soort: goed voorbeeld, titel: ..., tekst: ...}]",
        "# Hoor en wederhoor (nodig voor een definitief rapport): de reactie van de gemeente op het concept, per punt",
        "# met wat ermee gedaan is; of alleen 'geen_reactie: JJJJ-MM-DD' als de termijn verstreek zonder reactie.",
        "# wederhoor:",
        "#   van: college van burgemeester en wethouders    # een functie of orgaan, nooit een naam",
        "#   ontvangen: JJJJ-MM-DD",
        "#   punten:",
        "#     - passage: \"Samenvatting\"    # of een indicatornummer als 1.2.1; weglaten: over het geheel",
        "#       reactie: ...",
        "#       afhandeling: aangepast    # of: niet aangepast (dan met reden); leeg: nog niet afgehandeld",
        "#       toelichting: ...",
        "",
        *_indicatorregels(kader, Niveau.GEMEENTE),
    ]
    return "\n".join(regels).rstrip("\n") + "\n"


def onderzoek_sjabloon(titel: str, *, soort: Soort = Soort.INSPECTIE, schema: Path | None = None) -> str:
    """An onderzoek file (the onderzoek as a whole), ready to fill in. Its soort is stated, not assumed: it
    decides who speaks in every report. Dates are left empty (never today's date by default)."""
    schemaregel = [f"# yaml-language-server: $schema={schema.as_posix()}"] if schema is not None else [
        "# Voor aanvulling en controle in de editor: wijkteamtoets schema onderzoek --uitvoer "
        "schemas/onderzoek.schema.json", "# en verwijs ernaar bovenaan dit bestand (zie de README)."]
    zelf = soort is Soort.ZELFEVALUATIE
    regels = [
        *schemaregel,
        "# Het onderzoek als geheel, voor wijkteamtoets: de deelrapporten en het overkoepelende rapport tonen dit.",
        "# Zet dit bestand naast de mappen van de gemeenten. Schrijf nooit namen van personen.",
        "",
        f"titel: {_tekst(titel)}",
        f"soort: {soort.value}    # inspectie of zelfevaluatie (gekozen met --soort): bepaalt wie er in de "
        "rapporten spreekt",
        "uitvoerder: []    # " + ("de gemeente en haar wijkteam(s), als organisaties; nooit een persoon" if zelf
                                  else "de inspecties die het onderzoek doen, elk als tekst"),
        "opdrachtgever: \"\"    # opdrachtgever of programma",
        "onderzoeksvraag:",
        "periode: {van: , tot: }    # JJJJ-MM-DD",
        "methode:",
        "  dossierselectie:    # hoe de dossiers gekozen zijn",
        "  dossiers_per_gemeente:    # een getal, of weglaten",
        "  interviews: []    # met wie gesprekken zijn gevoerd, als rollen; leeg als er geen waren",
        "  netwerkpartners: []",
        "  documenten: []",
        "inleiding:    # aanleiding en opzet van het onderzoek",
        "samenvatting: \"\"    # de kernboodschap van het overkoepelende rapport",
        "conclusies: {}    # per thema-id uit het kader de conclusie over alle gemeenten",
        "aanbevelingen: []    # elk als tekst, of als {tekst: ..., thema: thema-id}",
        "vervolg:    # wat er na dit rapport gebeurt",
        "status: concept    # concept, voor wederhoor of definitief",
        "versie: \"0.1\"",
        "publicatiedatum:    # JJJJ-MM-DD",
        "plaats:",
        "colofon: \"\"",
        "vorige:    # alleen bij een vervolgonderzoek: {map: MAP-VAN-DE-VORIGE-RONDE, koppeling: KOPPELING.yaml}",
    ]
    return "\n".join(regels) + "\n"
