"""Clean frames of part a of the sixth privacy corpus: lines a careful privacy officer leaves standing, per category
(the ``categorie`` of a clean line in kenmerken.txt). ``$naam`` is a filler (`zesde_vullers`). Prose frames go into
toelichting, citaat, citaat-gevouwen and commentaar; short ones into a key or comment, team ones into the team
field, file ones into a file name."""

from __future__ import annotations

PROZA: dict[str, list[str]] = {
    "organisatie-naar-persoon": [
        "Moeder is aangemeld bij $stichting voor een traject van zes maanden.",
        "Het wachtlijstbericht van $stichting is op $datum ontvangen.",
        "Overleg met de behandelaar van $stichting gaat door op $dag.",
        "De aanvraag bij $stichting is afgewezen; een nieuwe aanvraag volgt in $maand.",
    ],
    "ziekenhuis": [
        "De jongste is op $datum opgenomen geweest in $ziekenhuis na een val van de trap.",
        "Controle in $ziekenhuis op $dag om $tijd, moeder gaat mee.",
        "De kinderarts van $ziekenhuis heeft geen zorgen over de groei.",
        "De verwijzing naar de polikliniek van $ziekenhuis is verstuurd.",
    ],
    "sportpark": [
        "De jongens voetballen op $dag bij de club op $sportpark.",
        "Het jongerenwerk organiseert in $maand een toernooi op $sportpark.",
        "De overlast van hangjongeren rond $sportpark is afgenomen.",
    ],
    "schoolgebouw": [
        "In de gymzaal van $schoolgebouw is op $dag de inloop van het wijkteam.",
        "Het buurthuis naast $schoolgebouw is tot $maand gesloten.",
        "De speeltuin achter $schoolgebouw wordt in $maand opgeknapt.",
        "Op $dag is er een informatieavond over opvoeden in de aula van $schoolgebouw.",
    ],
    "team": [
        "Overdracht naar $team is besproken; warme overdracht op $datum.",
        "$team heeft op dit moment geen wachtlijst.",
        "De aanmelding loopt via $team, niet via de huisarts.",
    ],
    "methode": [
        "In het MDO is $methode gebruikt om de zorgen in kaart te brengen.",
        "Aan de hand van $methode is gekeken naar wat goed gaat en wat zorgen baart.",
        "De gedragswetenschapper adviseert $methode.",
        "Het plan is opgesteld volgens $methode.",
    ],
    "rol": [
        "Aanwezig: moeder, vader, $rol en de jeugdconsulent. Afwezig m.k.: $rol.",
        "Actiepunt: $rol neemt contact op met $rol.",
        "Het gesprek is gevoerd door $rol samen met $rol.",
        "Volgens $rol gaat het sinds $maand beter met de kinderen.",
    ],
    "datum": [
        "MDO gepland op $datum om $tijd.",
        "Beschikking van de kinderrechter d.d. $datum ontvangen.",
        "Brief van de gemeente van $datum: de Wmo-voorziening is toegekend.",
        "De evaluatie van het plan vindt plaats op $datum.",
        "Moeder is op $datum gebeld maar nam niet op.",
    ],
    "zaaknummer": [
        "Zaaknummer $zaak, graag vermelden bij correspondentie.",
        "Onze referentie: $zaak.",
        "Het verzoekschrift is ingediend onder $zaak.",
    ],
    "organisatie-telefoon": [
        "Bij spoed buiten kantooruren: $orgtel (algemeen nummer).",
        "Het algemene nummer van het loket is $orgtel.",
        "Moeder heeft het nummer $orgtel gekregen voor vragen over de toeslagen.",
    ],
    "organisatie-mail": [
        "Aanmelden kan via $orgmail.",
        "Stukken graag sturen naar $orgmail (algemene mailbox).",
        "De reactie kwam van $orgmail, niet van een medewerker.",
    ],
    "wetsartikel": [
        "De OTS is uitgesproken op grond van $wet.",
        "Zie $wet voor de gronden van de machtiging.",
        "Toetsing aan $wet: voldoende onderbouwd.",
    ],
    "bedrag": [
        "Moeder heeft een schuld van $bedrag bij de zorgverzekeraar.",
        "Het leefgeld is $bedrag per week.",
        "Bijzondere bijstand van $bedrag is toegekend voor de inrichting.",
        "De eigen bijdrage Wmo is $bedrag per vier weken.",
    ],
    "straat-zonder-nummer": [
        "Er is veel overlast rond $straat, vooral in het weekend.",
        "De jongeren hangen vaak op $straat bij de snackbar.",
        "Het wijkteam houdt op $dag spreekuur in het buurthuis bij $straat.",
    ],
    "plaats": [
        "Het gezin is vanuit $plaats naar deze gemeente verhuisd.",
        "De familie van vader woont in $plaats.",
        "In de zomer gaan ze drie weken naar $plaats.",
    ],
    "gemeente": [
        "De jeugdhulp wordt betaald door de $gemeente.",
        "Volgens het woonplaatsbeginsel is de $gemeente verantwoordelijk.",
        "De overdracht naar de $gemeente is in gang gezet.",
    ],
    "maand-weekdag": [
        "Spreekuur op $dag; in $maand is er geen spreekuur.",
        "Moeder werkt op $dag en $dag.",
        "De kinderen gaan op $dag naar de naschoolse opvang.",
    ],
    "medicijn": [
        "Zoon gebruikt $medicijn, voorgeschreven door de kinderpsychiater.",
        "Moeder is zonder overleg gestopt met $medicijn.",
        "De huisarts heeft $medicijn voorgeschreven tegen de slaapproblemen.",
    ],
    "diagnose": [
        "Bij de oudste is $diagnose vastgesteld.",
        "Er is een vermoeden van $diagnose; diagnostiek volgt in $maand.",
        "Vader heeft $diagnose en is daarvoor in behandeling.",
    ],
    "gewoon-woord": [
        "Vader haalt op $dag brood bij de bakker op de hoek.",
        "Oom is visser en zit vaak weken op zee; op $dag is hij thuis.",
        "Moeder koopt in het groot in bij de groothandel, meestal op $dag.",
        "De kok van het buurthuis kookt op $dag voor het gezin mee.",
        "Vader werkt sinds $maand bij een boer in de polder.",
        "De schilder van de corporatie komt op $dag de gang doen.",
        "De koster van de kerk opent op $dag de zaal voor de jongeren.",
        "Een timmerman heeft op $dag de voordeur gerepareerd.",
        "De jongste wil later brouwer worden, net als opa; hij praat er elke $dag over.",
        "Bij de kinderboerderij kijkt de jongste op $dag graag naar de haan en de vos.",
    ],
    "engels": [
        "$engels: moeder belt zelf terug.",
        "Status van de aanmelding: $engels.",
        "Notitie na de afspraak van $dag: $engelszin.",
    ],
    "platform-zonder-account": [
        "Dochter zit veel op $platform; moeder weet niet met wie ze praat.",
        "Moeder zette op $dag een bericht op haar WhatsApp-status over de uithuisplaatsing.",
        "De klas heeft een groep op $chat waarin veel gescholden wordt.",
        "Zoon kijkt 's nachts filmpjes op $video.",
        "Op $dag liet dochter filmpjes op $video zien aan de jeugdconsulent.",
        "Vader zegt dat hij niet op $platform zit.",
    ],
    "auto-zonder-kenteken": [
        "Vader brengt de kinderen met $auto naar school.",
        "Op $dag stond $auto weer voor de deur.",
        "Moeder wil $auto verkopen om de schuld af te lossen.",
    ],
    "schoolniveau": [
        "De oudste zit in $niveau en doet het redelijk.",
        "Het advies voor volgend schooljaar is $niveau.",
        "Zoon is blijven zitten in $niveau.",
    ],
}

KORT: list[tuple[str, str]] = [
    ("datum", "MDO $datum"), ("zaaknummer", "zaak $zaak"), ("wetsartikel", "grond: $wet"),
    ("methode", "$methode toegepast"), ("rol", "$rol gebeld"), ("bedrag", "schuld $bedrag"),
    ("medicijn", "medicatie: $medicijn"), ("diagnose", "diagnose: $diagnose"), ("engels", "$engels"),
    ("organisatie-telefoon", "algemeen nr. $orgtel"), ("organisatie-mail", "mailbox $orgmail"),
    ("team", "overdracht $team"), ("gemeente", "de $gemeente is akkoord"), ("plaats", "familie in $plaats"),
    ("maand-weekdag", "elke $dag"), ("ziekenhuis", "controle in $ziekenhuis"), ("schoolniveau", "zit in $niveau"),
    ("straat-zonder-nummer", "overlast $straat"), ("platform-zonder-account", "veel op $platform"),
    ("organisatie-naar-persoon", "wachtlijst bij $stichting"), ("sportpark", "training op $sportpark"),
    ("auto-zonder-kenteken", "vervoer: $auto"), ("schoolgebouw", "inloop in $schoolgebouw"),
    ("gewoon-woord", "brood bij de bakker"),
]

TEAM: list[tuple[str, str]] = [
    ("team", "$team"), ("rol", "$team – $rol"), ("organisatie-naar-persoon", "$team i.s.m. $stichting"),
    ("gemeente", "$team ($gemeente)"), ("organisatie-telefoon", "$team, tel. $orgtel"),
    ("organisatie-mail", "$team, $orgmail"), ("methode", "$team (werkt met $methode)"),
]

BESTAND: list[tuple[str, str]] = [
    ("datum", "$iso verslag MDO"), ("methode", "$iso driehoeksgesprek Signs of Safety"),
    ("wetsartikel", "verzoek OTS art 1-255 BW $jaar"), ("team", "overdracht $team $iso"),
    ("gemeente", "beschikking $gemeente $jaar"), ("rol", "notitie $rol $iso"), ("ziekenhuis", "ontslagbrief $ziekenhuis"),
    ("medicijn", "medicatieoverzicht $medicijn"), ("diagnose", "onderzoeksverslag $diagnose"), ("zaaknummer", "stukken $zaak"),
    ("bedrag", "budgetplan leefgeld $bedrag"), ("engels", "$engels $iso"), ("plaats", "reisplan $plaats"),
    ("organisatie-naar-persoon", "aanmelding $stichting $iso"),
]
