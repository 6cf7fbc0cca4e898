"""Clean lines for the third privacy corpus: inspector prose and names of teams and organisations, each with the
category of trap it holds (see the decisions in `derde_schoon_data.py`). Every list is split between the tuning and
the held-out part with `derde_waarden.splits`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from derde_namen import KORT, SCHOLEN_PERSOON, SCHOLEN_PO, SCHOLEN_VO, STRATEN
from derde_schoon_data import (
    ARTIKELEN,
    BEROEP_ZINNEN,
    BEROEPEN,
    GEMEENTEN,
    GROEP_ZINNEN,
    GROEP_ZONDER_SCHOOL,
    HOOFDLETTERBEGIN,
    METHODEN,
    MOTTO,
    MOTTO_ZINNEN,
    ORG_MAIL,
    ORG_NUMMERS,
    ORG_TELEFOON_SJABLONEN,
    ORGANISATIES,
    ORGANISATIES_PERSOON,
    ROLLEN,
    SCHOOL_SJABLONEN,
    SCHOOL_ZONDER_GROEP,
    SEIZOEN_ZINNEN,
    SEIZOENEN,
    TEAMNAMEN_PERSOON,
    TEAMTYPEN,
    WIJKEN,
    WOORD_ACHTERNAAM,
    ZIN_SJABLONEN,
)
from derde_waarden import MAANDEN, splits

RAPPORTZINNEN = Path(__file__).with_name("derde_rapportzinnen.txt")

PROZA = [
    "{team} heeft in {maand} {jaar} {n} gezinnen aangemeld gekregen.",
    "In {gemeente} ligt de regie bij het wijkteam zolang er geen maatregel is.",
    "Het plan van aanpak is niet met het gezin besproken, zo blijkt uit het dossier.",
    "De veiligheid is in {n} van de {m} dossiers niet opnieuw ingeschat na een nieuwe melding.",
    "In de wijk {wijk} werkt {team} samen met de huisartsen en de scholen.",
    "Het wijkteam heeft geen zicht op de resultaten van de ingezette hulp.",
    "De evaluatie van het plan is uitgesteld omdat de regisseur ziek was.",
    "{org} is pas na vier maanden bij de casus betrokken.",
    "Er is geen afspraak gemaakt over wie de regie neemt als het gezin hulp weigert.",
    "De professionals van {team} geven aan dat zij te weinig tijd hebben voor dossiervorming.",
    "Het team in {gemeente} heeft sinds {jaar} een gedragswetenschapper in vaste dienst.",
    "De inspecties zien dat {team} de kinderen niet altijd zelf spreekt.",
    "De doelen in het plan zijn niet concreet en niet meetbaar geformuleerd.",
    "De gemeente {gemeente} heeft {n} wijkteams, verdeeld over {m} gebieden.",
    "Opschalen naar {org} duurde in deze casus te lang.",
    "Na de overdracht aan {org} is het wijkteam betrokken gebleven.",
    "Het netwerk van het gezin is in kaart gebracht met een ecogram.",
    "De regisseur heeft het MDO voorbereid en de afspraken vastgelegd.",
    "Er is sprake van meerdere hulpverleners zonder onderlinge afstemming.",
    "Het gezin is na de zomer buiten beeld geraakt van de hulpverlening.",
    "De wachtlijst bij {org} vertraagt de inzet van specialistische hulp.",
    "In {wijk} zijn de lijnen met de wijkagent kort.",
    "Het toezicht richt zich op gezinnen met problemen op meerdere leefgebieden.",
    "Een risicotaxatie ontbreekt in {n} van de onderzochte dossiers.",
    "{team} werkt volgens de werkinstructie veiligheid uit {jaar}.",
    "De inspecteur heeft {n} dossiers van {team} beoordeeld.",
    "Over de inzet van {org} is geen terugkoppeling aan het wijkteam gegeven.",
    "De casusregisseur heeft doorzettingsmacht, maar gebruikt die zelden.",
    "Het beleid van {gemeente} noemt één gezin, één plan, één regisseur als uitgangspunt.",
    "Voor de zomer van {jaar} wordt het werkproces opnieuw beschreven.",
]
DATUM_ZINNEN = [
    "Sinds {datum} werkt het team met één gezinsplan.",
    "Op {num} is het plan geëvalueerd.",
    "De melding van {datum} is binnen vijf werkdagen opgepakt.",
    "Het MDO op {iso} is afgezegd door de school.",
    "De casus is per {num} afgesloten.",
    "Het veiligheidsplan is op {datum} bijgesteld.",
    "Tussen {num} en {num2} is er geen contact geweest met het gezin.",
    "Uiterlijk {datum} volgt de evaluatie.",
    "De overdracht naar de gecertificeerde instelling vond plaats op {num}.",
    "Het huisbezoek van {datum} is niet verslagen.",
    "De beschikking loopt af op {num}.",
    "Aanmelding bij het wijkteam op {iso}, eerste gesprek op {num2}.",
    "Op {datum} heeft het netwerkberaad plaatsgevonden.",
    "De ondertoezichtstelling is op {num} verlengd met een jaar.",
]
KORT_ONDERWERP = [
    "evaluatie plan van aanpak",
    "veiligheidsinschatting",
    "regie en samenwerking",
    "plan met doelen",
    "betrokkenheid kind",
    "opschaling",
    "afsluiting en nazorg",
    "signalering",
    "netwerkberaad",
    "toegang en triage",
    "risicotaxatie",
    "overdracht",
    "dossiervorming",
    "zicht op resultaat",
]


def _datum(rng: random.Random) -> dict[str, str]:
    jaar, maand, dag = rng.randint(2014, 2018), rng.randint(1, 12), rng.randint(1, 28)
    return {
        "datum": f"{dag} {MAANDEN[maand - 1]} {jaar}",
        "num": f"{dag:02d}-{maand:02d}-{jaar}",
        "iso": f"{jaar}-{maand:02d}-{dag:02d}",
        "num2": f"{min(dag + 3, 28):02d}-{maand:02d}-{jaar}",
    }


def _hoofd(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _niet_elfproef(rng: random.Random) -> str:
    while True:
        c = str(rng.randint(100000000, 999999999))
        if sum(int(x) * g for x, g in zip(c, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11:
            return c


class Schoon:
    """Clean-line makers of one part; `zin(categorie)` gives prose, `kort(categorie)` a name, key or file name."""

    def __init__(self, deel: str, rng: random.Random) -> None:
        self.rng = rng
        s = lambda lijst: splits(lijst, deel, rng)  # noqa: E731
        self.rapport = s([r for r in RAPPORTZINNEN.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")])
        self.proza, self.datumzinnen, self.onderwerpen = s(PROZA), s(DATUM_ZINNEN), s(KORT_ONDERWERP)
        self.org_persoon, self.org = s(ORGANISATIES_PERSOON), s(ORGANISATIES)
        self.teamtypen, self.teamnamen = TEAMTYPEN, s(TEAMNAMEN_PERSOON)
        self.gemeenten, self.wijken, self.methoden = s(GEMEENTEN), s(WIJKEN), s(METHODEN)
        self.nummers, self.mail, self.artikelen = s(ORG_NUMMERS), s(ORG_MAIL), s(ARTIKELEN)
        self.woord, self.hoofd = s(WOORD_ACHTERNAAM), s(HOOFDLETTERBEGIN)
        self.school_zonder, self.groep_zonder = s(SCHOOL_ZONDER_GROEP), s(GROEP_ZONDER_SCHOOL)
        self.scholen = s(SCHOLEN_PO) + s(SCHOLEN_PERSOON) + s(SCHOLEN_VO)
        self.straten = s(STRATEN) + s(KORT)
        self.beroepen, self.beroep_zinnen, self.groep_zinnen = s(BEROEPEN), s(BEROEP_ZINNEN), s(GROEP_ZINNEN)
        self.seizoen_zinnen, self.motto_zinnen = s(SEIZOEN_ZINNEN), s(MOTTO_ZINNEN)

    def _c(self, lijst: list[str]) -> str:
        return self.rng.choice(lijst)

    def team(self) -> str:
        r = self.rng
        if r.random() < 0.45:
            return f"{self._c(self.teamtypen)} {self._c(self.teamnamen)}"
        return f"{self._c(self.teamtypen)} {self._c(self.wijken + self.gemeenten)}" + r.choice(["", "", " Noord", " Oost", " 2"])

    def _vul(self, sjabloon: str) -> str:
        r = self.rng
        return sjabloon.format(
            team=self.team(),
            gemeente=self._c(self.gemeenten),
            wijk=self._c(self.wijken),
            org=self._c(self.org + self.org_persoon),
            maand=self._c(MAANDEN),
            jaar=r.randint(2014, 2018),
            n=r.randint(2, 14),
            m=r.randint(15, 40),
            **_datum(r),
        )

    def _vullingen(self, categorie: str) -> dict[str, object]:
        """The words for the slots of a template of `categorie`, drawn in a fixed order."""
        r, c = self.rng, self._c
        if categorie in ("organisatie-met-persoonsnaam", "organisatie"):
            return {"o": c(self.org_persoon if categorie == "organisatie-met-persoonsnaam" else self.org)}
        if categorie == "teamnaam":
            return {"t": self.team()}
        if categorie == "gemeente-wijk":
            return {"g": c(self.gemeenten), "w": c(self.wijken), "w2": c(self.wijken)}
        if categorie == "zaaknummer":
            return {"z": self._zaak(), "p": self._pseudo()}
        if categorie == "getallen":
            return {
                "p": r.randint(3, 97),
                "f": f"{r.randint(1, 9)},{r.choice([0, 2, 5, 8])}",
                "b": f"{r.randint(1, 999)}.{r.randint(100, 999)}",
                "n": r.randint(2, 14),
                "m": r.randint(15, 60),
            }
        if categorie == "straat-zonder-nummer":
            return {"s": c(self.straten), "g": c(self.gemeenten)}
        if categorie == "codes":
            return {
                "k": r.randint(10000000, 99999999),
                "i": f"{r.randint(1, 5)}.{r.randint(1, 9)}.{r.randint(1, 9)}",
                "w": r.randint(1, 52),
                "z": _niet_elfproef(r),
                "pc": r.randint(1011, 9999),
            }
        lijst = {"artikel": self.artikelen, "organisatie-e-mail": self.mail, "methode-met-persoonsnaam": self.methoden}
        return {"a" if categorie == "artikel" else "m": c(lijst[categorie])}

    def zin(self, categorie: str) -> str:
        r, c = self.rng, self._c
        if categorie in ZIN_SJABLONEN:
            tekst = r.choice(ZIN_SJABLONEN[categorie]).format(**self._vullingen(categorie))
        elif categorie in ("rapportproza", "hoofdletter-zinsbegin", "woord-als-achternaam", "groep-zonder-school"):
            tekst = self._vaste_zin(categorie)
        elif categorie == "organisatie-telefoon":
            organisatie, nummer = c(self.nummers)
            tekst = r.choice(ORG_TELEFOON_SJABLONEN).format(o=organisatie, n=nummer)
        elif categorie == "school-zonder-groep":
            eerste = _hoofd(c(self.school_zonder)) + "."
            tekst = r.choice([eerste, *SCHOOL_SJABLONEN]).format(s=c(self.scholen))
        else:  # inspecteursproza, datum-geen-geboorte
            tekst = self._vul(c(self.proza if categorie == "inspecteursproza" else self.datumzinnen))
        return _hoofd(tekst) if categorie.startswith("organisatie") else tekst

    def _vaste_zin(self, categorie: str) -> str:
        """A fixed sentence of `categorie`, or one of its templated variants."""
        r, c = self.rng, self._c
        if categorie == "rapportproza":
            return c(self.rapport)
        keuze = r.randrange(3 if categorie == "hoofdletter-zinsbegin" else 2)
        if categorie == "hoofdletter-zinsbegin":
            if keuze == 0:
                return c(self.hoofd)
            if keuze == 1:
                return c(self.seizoen_zinnen).format(S=c(SEIZOENEN))
            return c(self.motto_zinnen).format(W=c(MOTTO))
        if categorie == "woord-als-achternaam":
            if keuze == 0:
                return c(self.woord)
            beroep = c(self.beroepen)
            return c(self.beroep_zinnen).format(b=beroep, B=_hoofd(beroep))
        if keuze == 0:
            return _hoofd(c(self.groep_zonder)) + "."
        return c(self.groep_zinnen).format(r=c(ROLLEN), g=r.randint(1, 8), k=r.randint(1, 4))

    def _zaak(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"{r.randint(2014, 2018)}-{r.randint(1000, 99999):06d}",
                f"VT{r.randint(14, 18)}-{r.randint(1000, 99999)}",
                f"TSD-{r.randint(2014, 2018)}-{r.randint(100, 9999)}",
                f"Z{r.randint(14, 18)}.{r.randint(10000, 99999)}",
            ]
        )

    def _pseudo(self) -> str:
        return f"{self.rng.choice(['GOU', 'RTD', 'UTR', 'ZWL', 'DHG'])}-{self.rng.randint(2015, 2018)}-{self.rng.randint(1, 199):03d}"

    def kort(self, categorie: str) -> str:
        r, c = self.rng, self._c
        maker: dict[str, Callable[[], str]] = {
            "teamnaam": self.team,
            "organisatie-met-persoonsnaam": lambda: c(self.org_persoon) + r.choice(["", "", f" {c(self.gemeenten)}"]),
            "organisatie": lambda: c(self.org) + r.choice(["", f" {c(self.gemeenten)}"]),
            "gemeente-wijk": lambda: r.choice([c(self.gemeenten), f"{c(self.gemeenten)} {c(self.wijken)}", f"wijk {c(self.wijken)}"]),
            "inspecteursproza": lambda: f"{c(self.onderwerpen)}" + r.choice(["", f" {c(self.wijken)}", f" {r.randint(2015, 2018)}"]),
            "datum-geen-geboorte": lambda: r.choice(
                ["evaluatie {num}", "MDO {iso}", "verslag netwerkberaad {num}", "melding {iso}", "afsluiting {num}"]
            ).format(**_datum(r)),
            "artikel": lambda: c(self.artikelen),
            "zaaknummer": lambda: r.choice([self._pseudo(), f"zaak {self._zaak()}", f"dossier {self._pseudo()}"]),
            "codes": lambda: r.choice(
                [
                    f"indicator {r.randint(1, 5)}.{r.randint(1, 9)}",
                    f"versie {r.randint(1, 4)}.{r.randint(0, 9)}",
                    f"kwartaal {r.randint(1, 4)} {r.randint(2015, 2018)}",
                    f"week {r.randint(1, 52)}",
                ]
            ),
            "methode-met-persoonsnaam": lambda: c(self.methoden),
            "organisatie-telefoon": lambda: "{} {}".format(*c(self.nummers)),
            "organisatie-e-mail": lambda: c(self.mail),
        }
        return maker[categorie]()


ZIN_CATEGORIEEN = {
    "rapportproza": 10,
    "inspecteursproza": 12,
    "organisatie-met-persoonsnaam": 7,
    "organisatie": 4,
    "teamnaam": 6,
    "gemeente-wijk": 5,
    "datum-geen-geboorte": 7,
    "artikel": 3,
    "zaaknummer": 3,
    "getallen": 3,
    "organisatie-telefoon": 3,
    "organisatie-e-mail": 2,
    "hoofdletter-zinsbegin": 3,
    "woord-als-achternaam": 4,
    "methode-met-persoonsnaam": 4,
    "straat-zonder-nummer": 4,
    "school-zonder-groep": 3,
    "groep-zonder-school": 2,
    "codes": 3,
}
KORT_CATEGORIEEN = {
    "team": {"teamnaam": 5, "organisatie-met-persoonsnaam": 3, "organisatie": 2, "gemeente-wijk": 2},
    "sleutel": {
        "inspecteursproza": 4,
        "datum-geen-geboorte": 3,
        "artikel": 2,
        "zaaknummer": 2,
        "codes": 2,
        "methode-met-persoonsnaam": 2,
        "organisatie-telefoon": 1,
        "organisatie-met-persoonsnaam": 2,
        "teamnaam": 2,
    },
    "bestandsnaam": {
        "zaaknummer": 3,
        "datum-geen-geboorte": 3,
        "gemeente-wijk": 2,
        "teamnaam": 3,
        "organisatie-met-persoonsnaam": 2,
        "inspecteursproza": 3,
        "codes": 1,
        "organisatie": 1,
    },
}
