"""Clean lines of the fourth privacy corpus: inspector prose, team fields, comments, keys and file names that hold no
personal data but look like they might (dates outside a birth context, organisations and teams named after a person,
public numbers, role mailboxes, case numbers, articles of law, amounts, methods named after their maker, ordinary
words that are surnames, streets without a house number, versions, gemeenten, pseudonymous dossier ids).

Per category sentences for a toelichting or citaat (``proza``), and short forms for a comment, team field, key and
file name; `schone_regel` fills the slots. Each part gets every other sentence (`vierde_zinnen.zinnen` does the same
for values), so the parts share no sentence.
"""

from __future__ import annotations

import random

from vierde_plekken import MAANDEN
from vierde_schoon_data import (
    AFKORTINGEN,
    GEMEENTEN,
    METHODEN,
    NAAR_PERSOON,
    ORGANISATIEHANDLES,
    ORGANISATIENUMMERS,
    ORGANISATIES,
    ROLMAILS,
    STRAATNAMEN,
    TEAMS_PERSOON,
    TEAMS_STRAAT,
    TEAMS_WIJK,
    WETTEN,
    WOORD_ZINNEN,
)

PROZA: dict[str, list[str]] = {
    "datum": [
        "Op {datum} vond het eerste gesprek plaats.", "De melding kwam binnen op {datum} om {tijd}.",
        "Gesprek moeder {datum}: afspraken over de schoolgang.", "Het plan is geëvalueerd op {datum}.",
        "Sinds {datum} is er een ondertoezichtstelling.", "De beschikking is afgegeven op {datum} en loopt een jaar.",
        "Huisbezoek {datum}, {tijd}: niemand thuis.", "Uiterlijk {datum} moet het plan klaar zijn.",
        "Het kind (8) is op {datum} gezien door de jeugdarts.", "Volgens het logboek is op {datum} gebeld met de school.",
        "De laatste evaluatie dateert van {datum}.", "Na {datum} is er geen contact meer geweest.",
        "Het MDO staat gepland op {datum} om {tijd}.", "De indicatie verloopt op {datum}.",
        "Aanmelding ontvangen {datum}; intake {datum2}.", "Tussen {datum} en {datum2} is geen verslag gemaakt.",
    ],
    "organisatie": [
        "Er is overleg geweest met {org}.", "{org_h} is sinds het voorjaar betrokken.", "Het gezin is aangemeld bij {org}.",
        "Volgens {org} zijn de zorgen afgenomen.", "De casus is besproken met {org} en {org2}.",
        "Doorverwijzing naar {org} is niet gelukt vanwege een wachtlijst.", "{org_h} heeft de regie overgenomen.",
        "Het advies van {org} is niet opgevolgd.", "Er is een consultatie gedaan bij {org}.",
        "Samen met {org} is een veiligheidsplan opgesteld.", "{org_h} en {org2} werken hier goed samen.",
        "De wachttijd bij {org} is {n} weken.",
    ],
    "persoonsorganisatie": [
        "De zoon is behandeld in {porg}.", "Er loopt een traject bij {porg}.", "Advies gevraagd aan {porg}.",
        "Na opname in {porg} volgt nazorg door {org}.", "De casus is voorgelegd aan {porg}.",
        "{porg_h} heeft een rapportage gestuurd.", "Volgens {porg} is er sprake van een ontwikkelingsachterstand.",
        "De wachtlijst van {porg} is lang.",
    ],
    "team": [
        "{team} heeft de casus overgedragen aan {team2}.", "De casus ligt bij {team}.", "{team} werkt met {methode}.",
        "Overleg tussen {team} en {org} op {datum}.", "Het dossier van {team} is volledig.",
        "In {team} zijn {n} medewerkers betrokken.", "De teamleider van {team} heeft de zorgen erkend.",
        "{team} gebruikt een eigen registratie.", "Het gezin valt onder {team}.", "{team} heeft geen wachtlijst.",
    ],
    "telefoon-organisatie": [
        "Moeder is gewezen op {orgtelnaam} ({orgtel}).", "Bij acute zorgen belt u {orgtelnaam} via {orgtel}.",
        "In de brief staat het algemene nummer van {orgtelnaam}: {orgtel}.", "Vader heeft {orgtelnaam} gebeld op {orgtel}.",
        "De jongere kent het nummer van {orgtelnaam}, {orgtel}.", "Het nummer {orgtel} van {orgtelnaam} staat op de folder.",
    ],
    "rolmail": [
        "Aanmelden gaat via {rolmail}.", "Het verslag is gestuurd naar {rolmail}.", "Vragen over privacy: {rolmail}.",
        "Klachten kunnen naar {rolmail}.", "De school mailde {rolmail} over het verzuim.", "Reactie ontvangen van {rolmail}.",
    ],
    "nummer": [
        "Zaaknummer {zaak} in het registratiesysteem.", "Klantnummer {klant} bij de Sociale Dienst.",
        "Het dossiernummer is {zaak}.", "Registratienummer Veilig Thuis: {klant}.", "Kenmerk van de beschikking: {zaak}.",
        "Factuurnummer {klant} is nog niet betaald.", "Beschikkingsnummer {zaak} loopt af.",
        "Meldingsnummer {klant} bij het Meldpunt.", "Het aanvraagnummer {zaak} staat in de brief.",
        "Ticket {klant} bij de servicedesk is gesloten.", "Relatienummer {zaak} van de woningcorporatie.",
        "Polisnummer {klant} van de zorgverzekering.",
    ],
    "wet": [
        "De beslissing is genomen op grond van {wet}.", "Het dossier voldoet niet aan {wet}.", "Zie {wet} en {wet2}.",
        "Volgens {wet} moet het plan binnen zes weken klaar zijn.", "De toets aan {wet} ontbreekt.",
        "De gemeente verwijst naar {wet}.", "Er is geen rechtsgrond gevonden in {wet}.",
    ],
    "bedrag": [
        "De schuld bedraagt {bedrag}.", "Het pgb is {bedrag} per jaar.", "{pct} van de dossiers voldoet.",
        "De huurachterstand is opgelopen tot {bedrag}.", "Het leefgeld is {bedrag} per week.",
        "In {pct} van de gevallen ontbreekt een plan.", "De kosten van de plaatsing zijn {bedrag}.",
        "Het aandeel met een veiligheidsplan steeg naar {pct}.",
    ],
    "methode": [
        "Het team werkt volgens {methode}.", "Er is gekozen voor {methode}.", "De ouders volgen {methode}.",
        "Het gesprek is gevoerd volgens {methode}.", "Het plan is opgesteld met {methode}.",
        "De medewerker is geschoold in {methode}.", "In het dossier wordt verwezen naar {methode}.",
        "Na {methode} volgt een evaluatie.",
    ],
    "woord": ["{woordzin}", "Notitie {datum}: {woordzin}", "{woordzin} Zo staat het in het verslag van {team}.",
              "{woordzin} Dit is met {org} besproken.", "Uit het gesprek: {woordzin}",
              "{woordzin} Het wijkteam kent de situatie.", "Volgens de jongere: {woordzin}",
              "{woordzin} (verslag van {datum})"],
    "straat": [
        "{straat_h} is op zaterdag erg druk.", "De jongeren hangen vaak rond op {straat}.",
        "Het wijkteam zit vlak bij {straat}.", "Er was een incident op {straat}.", "{straat_h} wordt opnieuw ingericht.",
        "Het buurthuis ligt aan {straat}.",
    ],
    "versie": [
        "Het kader versie {versie} is gebruikt.", "In versie {versie} van het toetsingskader is de vraag gewijzigd.",
        "Het registratiesysteem is bijgewerkt naar {versie}.", "De vragenlijst (versie {versie}) is ingevuld.",
    ],
    "gemeente": [
        "De gemeente {gemeente} heeft de toegang zelf ingericht.", "In {gemeente} werkt men met jeugdteams.",
        "{gemeente} en {gemeente2} delen een inkooporganisatie.", "Het onderzoek in {gemeente} liep van {maand} tot {maand2}.",
        "De wethouder van {gemeente} is geïnformeerd.", "Ook in {gemeente} ontbreekt een veiligheidsplan.",
    ],
    "dossier": [
        "Dossier {id} is dubbel beoordeeld.", "In {id} ontbreekt de evaluatie.", "Zie {id} en {id2} voor hetzelfde patroon.",
        "De consensus over {id} is bereikt.", "{id}: geen risicotaxatie.", "Het oordeel over {id} is bijgesteld.",
    ],
    "gezin": [
        "Het gezin bestaat uit moeder ({leeftijd3}) en twee kinderen van {leeftijd} en {leeftijd2} jaar.",
        "De zoon van {leeftijd} gaat niet naar school.", "Moeder is {leeftijd3} jaar en alleenstaand.",
        "Er zijn twee kinderen ({leeftijd} en {leeftijd2}).", "De oudste dochter ({leeftijd2}) zorgt voor de jongste.",
        "Vader ({leeftijd3}) werkt in ploegendienst.", "Oma past {n} dagen per week op.",
    ],
    "handle": [
        "De gemeente communiceert via {handle} op sociale media.", "Campagne van {handle} over huiselijk geweld.",
    ],
}

KORT = {
    "datum": ["gesprek {datum}", "evaluatie {datum}", "bijgewerkt {datum} {tijd}", "MDO {datum}"],
    "organisatie": ["navragen bij {org}", "{org} gebeld", "advies {org}", "wacht op {org}"],
    "persoonsorganisatie": ["rapport {porg}", "{porg} navragen"],
    "team": ["{team} akkoord", "overleg {team}", "check {team}"],
    "telefoon-organisatie": ["{orgtelnaam} {orgtel}", "algemeen nummer {orgtel}"],
    "rolmail": ["via {rolmail}", "cc {rolmail}"],
    "nummer": ["zaak {zaak}", "klantnr {klant}", "kenmerk {zaak}"],
    "wet": ["{wet}", "zie {wet}"],
    "bedrag": ["{bedrag}", "{pct} voldoet"],
    "methode": ["{methode}", "werkt met {methode}"],
    "versie": ["kader {versie}", "versie {versie}"],
    "gemeente": ["{gemeente}", "ook {gemeente}"],
    "dossier": ["{id}", "zie {id}", "{id} dubbel"],
    "straat": ["locatie {straat}"],
    "woord": ["{woordzin}"],
}
TEAM = {
    "team": ["{team}", "{team} ({gemeente})", "{team} en {org}", "{team}, {gemeente}"],
    "organisatie": ["{org_h}", "{org_h} / {team}"],
    "persoonsorganisatie": ["{porg_h}"],
    "telefoon-organisatie": ["{team} (via {orgtelnaam}, {orgtel})"],
    "rolmail": ["{team}, {rolmail}"],
    "gemeente": ["Sociaal team {gemeente}"],
}
SLEUTEL = {
    "datum": ["gesprek {datum}", "evaluatie {datum}"], "nummer": ["zaak {zaak}", "klant {klant}"],
    "wet": ["{wet}"], "methode": ["{methode}"], "team": ["{team}", "overleg {team}"], "dossier": ["{id}", "beoordeling {id}"],
    "organisatie": ["advies {org}"], "versie": ["kader {versie}"], "gemeente": ["{gemeente}"],
}
BESTAND = {
    "dossier": ["{id}", "{id} beoordeling {code}", "consensus {id} {code}", "{id} concept"],
    "datum": ["verslag {team} {isodatum}", "mdo {isodatum}"], "gemeente": ["{gemeente} {jaar} ronde 2", "deelrapport {gemeente}"],
    "team": ["{team} {jaar}"], "nummer": ["zaak {zaak}"], "versie": ["kader {versie}"],
}
PLEKKEN = {"kort": KORT, "team": TEAM, "sleutel": SLEUTEL, "bestand": BESTAND}


def zinnen(plek: str, deel: int) -> list[tuple[str, str]]:
    """(category, sentence) of one part for a sort of place."""
    bron = PROZA if plek == "proza" else PLEKKEN[plek]
    return [(c, z) for c, lijst in bron.items() for z in (lijst[deel::2] if len(lijst) > 1 else lijst)]


def _hoofdletter(tekst: str) -> str:
    return tekst[0].upper() + tekst[1:]


def _getal(rng: random.Random, kortst: int, langst: int) -> str:
    lengte = rng.randint(kortst, langst)
    return str(rng.randint(10 ** (lengte - 1), 10 ** lengte - 1))


def _versie(rng: random.Random, jaar: int) -> str:
    hoofd, sub = rng.randint(1, 4), rng.randint(0, 9)
    return rng.choice([f"{hoofd}.{sub}", f"{hoofd}.{sub}.{rng.randint(0, 9)}", f"v{hoofd}.{sub}", f"{jaar}.{rng.randint(1, 4)}"])


def _datum(rng: random.Random) -> str:
    jaar, maand, dag = rng.randint(2014, 2020), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{dag:02d}-{maand:02d}-{jaar}", f"{dag}-{maand}-{jaar}", f"{dag} {MAANDEN[maand - 1]} {jaar}",
                       f"{jaar}-{maand:02d}-{dag:02d}", f"{dag}/{maand}", f"{dag:02d}.{maand:02d}.{jaar}"])


def schone_regel(zin: str, rng: random.Random, deel: int) -> str:
    """`zin` with every slot filled; `deel` picks that part's half of the ordinary-word sentences."""
    org, org2 = rng.sample(ORGANISATIES, 2)
    porg = rng.choice(NAAR_PERSOON)
    team, team2 = rng.sample(TEAMS_WIJK + TEAMS_PERSOON + TEAMS_STRAAT, 2)
    orgtelnaam, orgtel = rng.choice(ORGANISATIENUMMERS)
    gemeente, gemeente2 = rng.sample(GEMEENTEN, 2)
    straat = rng.choice(STRAATNAMEN)
    afkorting = rng.choice(list(AFKORTINGEN.values()))
    jaar = rng.randint(2014, 2020)
    leeftijden = [*sorted(rng.sample(range(1, 17), 2)), rng.randint(24, 49)]
    euro = rng.choice([rng.randint(12, 999), rng.randint(1000, 60000)])
    bedrag = rng.choice([f"€ {euro:,}".replace(",", "."), f"€ {euro},-", f"EUR {euro}", f"{euro} euro",
                         f"€ {euro:,}.{rng.randint(0, 99):02d}".replace(",", "_").replace(".", ",").replace("_", ".")])
    waarden = {
        "org": org, "org2": org2, "org_h": _hoofdletter(org), "porg": porg, "porg_h": _hoofdletter(porg),
        "team": team, "team2": team2, "orgtelnaam": orgtelnaam, "orgtel": orgtel, "rolmail": rng.choice(ROLMAILS),
        "gemeente": gemeente, "gemeente2": gemeente2, "straat": straat, "straat_h": _hoofdletter(straat),
        "methode": rng.choice(METHODEN), "wet": rng.choice(WETTEN), "wet2": rng.choice(WETTEN),
        "datum": _datum(rng), "datum2": _datum(rng), "tijd": rng.choice([f"{rng.randint(8, 17)}.{rng.choice(['00', '15', '30', '45'])} uur",
                                                                        f"{rng.randint(8, 17):02d}:{rng.choice(['00', '30'])}"]),
        "isodatum": f"{jaar}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "jaar": str(jaar),
        "zaak": _getal(rng, 7, 10), "klant": _getal(rng, 7, 9),
        "id": f"{afkorting}-{jaar}-{rng.randint(1, 250):03d}", "id2": f"{afkorting}-{jaar}-{rng.randint(1, 250):03d}",
        "code": rng.choice("ABCDE") + str(rng.randint(1, 9)), "versie": _versie(rng, jaar),
        "bedrag": bedrag, "pct": rng.choice([f"{rng.randint(1, 99)}%", f"{rng.randint(1, 99)},{rng.randint(1, 9)} procent"]),
        "n": str(rng.randint(2, 14)), "leeftijd": str(leeftijden[0]), "leeftijd2": str(leeftijden[1]),
        "leeftijd3": str(leeftijden[2]), "maand": MAANDEN[rng.randint(0, 5)], "maand2": MAANDEN[rng.randint(6, 11)],
        "handle": rng.choice(ORGANISATIEHANDLES), "woordzin": rng.choice(WOORD_ZINNEN[deel::2]),
    }
    return zin.format(**waarden)
