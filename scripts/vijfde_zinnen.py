"""Sentences around a value in the fifth privacy corpus, as gemeente quality staff write dossier notes: short,
telegraphic, with abbreviations, sometimes formal. ``{}`` marks the value. Even places belong to part a, odd
places to part b, so the parts share no sentence."""

from __future__ import annotations

PROZA: dict[str, list[str]] = {
    "naam": [
        "gespr. m. moeder ({}) 3/4, afspr. over schoolgang", "tel. contact met {} ivm dagbesteding",
        "zie mail oma, {} wil meedenken", "HB samen met {} (ouder), kinderen thuis",
        "Oudergesprek met {}: zorgen over slaapritme", "vader {} niet bereikbaar geweest",
        "cm heeft {} doorverwezen naar schuldhulp", "volgens {} is er geen contact met de ex",
        "dhr. {} gaf aan dat de huur achterloopt", "MDO: {} (stiefvader) schuift aan",
        "Betrokkene {} heeft het plan getekend", "zoon {} slaapt slecht sinds verhuizing",
        "ouders ({}) akkoord m. inzet ambulante hulp", "melding buurvrouw over {}",
        "dochter {} logeert bij tante", "mw. {} belde, afspraak verzet",
        "Casus {}: toestemming voor overleg huisarts", "gezin {} bekend bij VT sinds vorig jaar",
        "ook broer {} betrokken bij gesprek", "jm. {} wil eigen kamer",
        "Overleg met grootmoeder {} over opvang", "tolk geregeld voor {}",
        "Ingevuld door {} namens moeder", "eerder contact: {} via huisarts",
    ],
    "adres": [
        "HB op {}, moeder alleen thuis", "gezin verhuisd naar {}", "nieuw adres: {}",
        "woont tijdelijk bij zus op {}", "post gaat naar {}", "vader verblijft op {}",
        "tijdelijke woning {} (via urgentie)", "brief gestuurd naar {}, geen reactie",
        "adres volgens BRP: {}", "oma woont op {}, kinderen daar na school",
        "woonadres {} klopt niet meer", "Opvanglocatie: {}", "Huisbezoek gepland op {}",
        "briefadres {}", "dochter staat ingeschreven op {}", "ex-partner woont op {}",
    ],
    "bsn": [
        "BSN moeder: {}", "bsn kind {} (gecheckt in BRP)", "burgerservicenr. {}",
        "BSN {} ivm aanvraag PGB", "bsn vader {}, nog niet gekoppeld", "Burgerservicenummer zoon: {}",
        "bsn: {} (oudste)", "SVB vroeg bsn {} op", "BSN-nr. {}", "opgevraagd bsn {} bij balie",
    ],
    "telefoonnummer": [
        "tel. vader {}", "mob. moeder {}", "bereikbaar op {} na 16u", "oma belt vanaf {}",
        "nieuw nr moeder {}", "tel.nr. tante {}", "terugbellen op {}", "tel {} (WhatsApp)",
        "nummer zoon: {}", "Contact via {} (voicemail)", "buurman belde van {}",
        "opa in buitenland, tel. {}",
    ],
    "e-mail": [
        "zie mail van moeder ({})", "mailadres vader: {}", "verslag gemaild naar {}",
        "contact via e-mail {}", "mail oma {}", "privé-mail cm van ouder: {}", "Email: {}",
        "stuurt stukken vanaf {}", "uitnodiging naar {}", "nieuw mailadres {}",
    ],
    "iban": [
        "rek.nr. moeder {}", "IBAN {} (beschermingsbewind)", "toeslag naar {}", "rekening vader: {}",
        "leefgeld op {}", "Bankrekening {}", "iban: {}", "betaling huur via {}",
        "schuldhulp heeft rek. {} genoteerd", "bewindvoerder beheert {}",
    ],
    "geboortedatum": [
        "zoon, geb. {}", "moeder geboren {}", "geboortedatum kind: {}", "dochter (geb. {}) gaat naar opvang",
        "vader ° {}", "* {} (oudste)", "jongste geboren op {}", "Geb.datum: {}", "geb {}, nu in groep 6",
        "baby, geboren {}", "broertje geb. {} (prematuur)", "Geboren: {}",
    ],
    "kenteken": [
        "auto vader {} gezien bij school", "kenteken {}", "rijdt in busje {}", "Politie noteerde kent. {}",
        "auto met {} voor de deur", "scooter {} van zoon", "kent.: {}", "bestelbus {} stond op stoep",
        "wagen ex ({}) gesignaleerd", "auto van oom, {}",
    ],
    "sociale-media": [
        "dochter actief op {}", "berichten via {}", "zoon post filmpjes op {}", "bedreiging via {}",
        "moeder deelt veel op {}", "contact met loverboy via {}", "Account: {}", "insta {}",
        "tiktok {} (zoon)", "zie screenshots {}",
    ],
    "school": [
        "zoon zit op {}", "dochter: {}", "gesprek IB'er {}", "verzuim gemeld door {}",
        "zit in {}", "overstap naar {}", "leerplicht: {}", "MDO op {}", "Jongste naar {}",
        "Oudste op {}",
    ],
}

# a team field, a key and a file name around a value; a lead word for the value's kind goes before it
TEAM = {"a": ["Wijkteam Noord / {lead}{}", "{lead}{} (cm)"], "b": ["Jeugdteam - {lead}{}", "{lead}{}, Sociaal team"]}
SLEUTEL = {"a": ["{lead}{}", "contact {lead}{}"], "b": ["gesprek {lead}{}", "{lead}{} akkoord"]}
BESTAND = {"a": ["GOU-2019-{nr} {lead}{}", "verslag {lead}{}"], "b": ["{lead}{} HB", "WAD-2018-{nr} {lead}{}"]}
LEAD = {
    "naam": ["", "mw. ", "dhr. ", "moeder "], "adres": ["", "adres ", "woont ", ""],
    "bsn": ["BSN ", "bsn ", "bsn-", "BSN: "], "telefoonnummer": ["tel. ", "mob ", "tel ", "nr "],
    "e-mail": ["", "mail ", "e-mail ", ""], "iban": ["IBAN ", "rek ", "iban ", "rek.nr. "],
    "geboortedatum": ["geb. ", "geboren ", "geb ", "geboortedatum "], "kenteken": ["kenteken ", "auto ", "kent. ", "kenteken "],
    "sociale-media": ["", "insta ", "", "tiktok "], "school": ["", "", "school ", ""],
}


def proza(soort: str, deel: str) -> list[str]:
    return PROZA[soort][0 if deel == "a" else 1::2]
