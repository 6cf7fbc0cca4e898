"""Clean frames of part b of the sixth privacy corpus: the categories of part a (`zesde_schoon_a`) in other
sentences, so that the two parts share no clean line."""

from __future__ import annotations

PROZA: dict[str, list[str]] = {
    "organisatie-naar-persoon": [
        "Zoon staat op de wachtlijst van $stichting; de verwachte wachttijd is vier maanden.",
        "Een medewerker van $stichting sluit aan bij het volgende overleg.",
        "Via $stichting krijgt het gezin een vergoeding voor de zwemles.",
        "Het intakegesprek bij $stichting is verplaatst naar $dag.",
    ],
    "ziekenhuis": [
        "Moeder is in $maand bevallen in $ziekenhuis.",
        "Na de SEH-opname in $ziekenhuis is een zorgmelding gedaan door het ziekenhuis zelf.",
        "De jongste heeft op $dag een afspraak bij de kinderneuroloog in $ziekenhuis.",
        "Het ontslaggesprek in $ziekenhuis vond plaats zonder vader.",
    ],
    "sportpark": [
        "Oudste zoon traint twee keer per week op $sportpark.",
        "Op $sportpark is een Cruyff Court waar de jongeren na school komen.",
        "De buurtsportcoach zit op $dag bij $sportpark.",
    ],
    "schoolgebouw": [
        "Het consultatiebureau zit tijdelijk in het oude gebouw van $schoolgebouw.",
        "Tegenover $schoolgebouw wordt een nieuwe flat gebouwd.",
        "De taalcursus voor ouders wordt op $dag gegeven in $schoolgebouw.",
        "Bij $schoolgebouw is in $maand een nieuw voetbalveldje aangelegd.",
    ],
    "team": [
        "De casus is op $datum besproken in het overleg van $team.",
        "$team neemt de regie over zodra het gezin verhuisd is.",
        "Aanmeldingen bij $team worden binnen vijf werkdagen opgepakt.",
    ],
    "methode": [
        "De jeugdconsulent heeft een veiligheidsplan gemaakt met behulp van $methode.",
        "Ouders zijn enthousiast over $methode.",
        "Het team is in $maand getraind in $methode.",
        "Ter onderbouwing is verwezen naar $methode.",
    ],
    "rol": [
        "Afwezig met kennisgeving: $rol en $rol.",
        "Het verslag wordt gestuurd naar $rol.",
        "Na de zomer neemt $rol het over van $rol.",
        "Moeder wil niet dat $rol bij het gesprek is.",
    ],
    "datum": [
        "Het volgende casusoverleg is op $datum.",
        "De zitting bij de rechtbank is bepaald op $datum om $tijd.",
        "Besluit van $datum: de indicatie wordt met een jaar verlengd.",
        "De brief van de school is gedateerd $datum.",
        "Vader is op $datum opnieuw gebeld, zonder resultaat.",
    ],
    "zaaknummer": [
        "Kenmerk $zaak (bij reactie vermelden).",
        "De melding staat in het systeem onder $zaak.",
        "Dossiernummer: $zaak.",
    ],
    "organisatie-telefoon": [
        "Moeder kan bij zorgen altijd $orgtel bellen, ook 's nachts.",
        "Het centrale nummer $orgtel staat in de brief.",
        "Het loket is op werkdagen bereikbaar op $orgtel.",
    ],
    "organisatie-mail": [
        "Vragen over de beschikking kunnen naar $orgmail.",
        "Het verslag is verstuurd naar $orgmail.",
        "Ouders mogen mailen naar $orgmail, dat wordt dagelijks gelezen.",
    ],
    "wetsartikel": [
        "De gezagsbeëindigende maatregel valt onder $wet.",
        "De rechter verwijst in de uitspraak naar $wet.",
        "Het verzoek is getoetst aan $wet.",
    ],
    "bedrag": [
        "Vader betaalt $bedrag kinderalimentatie per maand, maar niet altijd op tijd.",
        "Er staat $bedrag open bij de energieleverancier.",
        "Voor de schoolreis is $bedrag nodig; Stichting Leergeld betaalt mee.",
        "De huurachterstand is opgelopen tot $bedrag.",
    ],
    "straat-zonder-nummer": [
        "Rond $straat wordt veel gedeald, zegt de wijkagent.",
        "De moskee aan $straat organiseert huiswerkbegeleiding.",
        "Op $straat is op $dag markt; moeder werkt daar soms.",
    ],
    "plaats": [
        "Vader is opgegroeid in $plaats.",
        "Moeder wil terug naar $plaats, waar haar zus woont.",
        "De kinderen zijn in $plaats naar school gegaan.",
    ],
    "gemeente": [
        "Het gezin komt uit de $gemeente en is hier in de opvang terechtgekomen.",
        "De $gemeente betaalt de verblijfskosten tot $maand.",
        "Er is contact gelegd met het jeugdteam van de $gemeente.",
    ],
    "maand-weekdag": [
        "Omgang vindt plaats op $dag, om de week.",
        "In $maand begint de training voor ouders.",
        "Vader heeft op $dag en $dag late diensten.",
    ],
    "medicijn": [
        "Moeder krijgt $medicijn van de psychiater.",
        "De dosering $medicijn is in $maand verhoogd.",
        "Volgens school vergeet de jongen vaak zijn $medicijn.",
    ],
    "diagnose": [
        "De psycholoog twijfelt of het om $diagnose gaat.",
        "Moeder vertelt dat ze als kind al $diagnose had.",
        "Door $diagnose kan de jongste niet naar de gewone opvang.",
    ],
    "gewoon-woord": [
        "De visboer op de markt geeft op $dag de restjes mee; een visser uit het dorp ook.",
        "De bakker in de winkelstraat heeft de oudste een bijbaantje gegeven voor de $dag.",
        "Opa was vroeger smid; nu helpt hij op $dag in de moestuin.",
        "Ze kopen alles in het groot, want dat is goedkoper; boodschappen doen ze op $dag.",
        "De jongste wil kok worden en kookt op $dag voor het hele gezin.",
        "Een schilder van de woningbouw komt in $maand de schimmel behandelen.",
        "Oom werkt als boer op een melkveebedrijf en komt op $dag langs.",
        "De koster van de kerk in de buurt is op $dag aanwezig bij de inloop.",
        "In $maand komt de timmerman de trapleuning vastzetten.",
        "Op $dag was de jongste jarig en zat hij als koning op de stoel.",
    ],
    "engels": [
        "Uit het teamoverleg van $dag: $engelszin.",
        "Stand van zaken: $engels.",
        "Actie voor de jeugdconsulent: $engels uiterlijk $dag.",
    ],
    "platform-zonder-account": [
        "Vader volgt de kinderen niet op $platform, zegt hij.",
        "De foto's gingen rond in een groep op $chat.",
        "Oma ziet de kleinkinderen alleen via videobellen op $chat.",
        "De school heeft in $maand een les gegeven over veilig gebruik van $platform.",
        "Broer zet op $dag vaak filmpjes op $video.",
        "Op haar WhatsApp-status zette moeder op $dag een foto van de kinderen.",
    ],
    "auto-zonder-kenteken": [
        "Moeder heeft geen rijbewijs; oma rijdt met $auto.",
        "De politie zag $auto op $dag bij het station.",
        "Het gezin is afhankelijk van $auto voor het vervoer.",
    ],
    "schoolniveau": [
        "Dochter stroomt in $maand door naar $niveau.",
        "Het schooladvies is bijgesteld naar $niveau.",
        "Zoon begint na de zomer in $niveau.",
    ],
}

KORT: list[tuple[str, str]] = [
    ("datum", "overleg $datum"), ("zaaknummer", "kenmerk $zaak"), ("wetsartikel", "op grond van $wet"),
    ("methode", "volgens $methode"), ("rol", "afstemmen met $rol"), ("bedrag", "achterstand $bedrag"),
    ("medicijn", "gebruikt $medicijn"), ("diagnose", "vermoeden $diagnose"), ("engels", "status: $engels"),
    ("organisatie-telefoon", "spoed: $orgtel"), ("organisatie-mail", "stukken naar $orgmail"),
    ("team", "$team aangesloten"), ("gemeente", "betaald door de $gemeente"), ("plaats", "opgegroeid in $plaats"),
    ("maand-weekdag", "omgang $dag"), ("ziekenhuis", "opname in $ziekenhuis"), ("schoolniveau", "advies $niveau"),
    ("straat-zonder-nummer", "markt op $straat"), ("platform-zonder-account", "groep op $chat"),
    ("organisatie-naar-persoon", "intake bij $stichting"), ("sportpark", "sporten op $sportpark"),
    ("auto-zonder-kenteken", "oma rijdt met $auto"), ("schoolgebouw", "taalcursus in $schoolgebouw"),
    ("gewoon-woord", "bijbaantje bij de bakker"),
]

TEAM: list[tuple[str, str]] = [
    ("team", "$team (regie)"), ("rol", "$rol namens $team"), ("organisatie-naar-persoon", "$team samen met $stichting"),
    ("gemeente", "$team, $gemeente"), ("organisatie-telefoon", "$team – algemeen $orgtel"),
    ("organisatie-mail", "$team / $orgmail"), ("methode", "$team, methodiek $methode"),
]

BESTAND: list[tuple[str, str]] = [
    ("datum", "casusoverleg $iso"), ("methode", "veiligheidsplan Signs of Safety $iso"),
    ("wetsartikel", "rekest art 1-261 BW $jaar"), ("team", "$team aanmelding $iso"),
    ("gemeente", "indicatie $gemeente $jaar"), ("rol", "verslag $rol $iso"), ("ziekenhuis", "verwijzing $ziekenhuis"),
    ("medicijn", "voorschrift $medicijn"), ("diagnose", "diagnostiek $diagnose"), ("zaaknummer", "dossier $zaak"),
    ("bedrag", "schuldenoverzicht totaal $bedrag"), ("engels", "$iso $engels"), ("plaats", "verhuizing $plaats"),
    ("organisatie-naar-persoon", "$stichting wachtlijst $iso"),
]
