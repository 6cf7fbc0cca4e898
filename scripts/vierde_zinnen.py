"""Sentences in which the fourth privacy corpus plants a value, written as a Dutch wijkteam inspector writes them.

Per kind and per sort of place: ``proza`` for a toelichting or citaat, ``kort`` for a comment, ``team`` for a team
field, ``sleutel`` for a key and ``bestand`` for a file name. ``{v}`` is the value (with its title or role before a
name); ``{g}`` the groep or klas after a school. `zinnen` gives one part every other sentence, so both parts have
sentences of their own.
"""

from __future__ import annotations

ZINNEN: dict[str, dict[str, list[str]]] = {
    "naam": {
        "proza": [
            "Gesprek gevoerd met {v} over de schulden en de huur.", "{v} geeft aan dat zij het overzicht kwijt is.",
            "In het plan staat dat {v} de kinderen naar school brengt.", "Volgens {v} is de situatie thuis rustiger.",
            "De casusregisseur heeft {v} drie keer gebeld zonder resultaat.", "Er is contact gelegd met {v} via de school.",
            "Aanwezig bij het gezinsgesprek: {v}, de jeugdconsulent en de ambulant hulpverlener.",
            "Uit het dossier blijkt niet wanneer {v} voor het laatst is gezien.", "Het netwerkberaad werd voorgezeten door {v}.",
            "{v} woont sinds de scheiding bij haar zus.", "De melding kwam van {v}, die zich zorgen maakte.",
            "Het veiligheidsplan is met {v} doorgenomen en ondertekend.", "Ik heb {v} gevraagd de brief van het CAK mee te nemen.",
            "Bij het huisbezoek trof de medewerker alleen {v} aan.", "Afspraak met {v} verzet naar volgende week.",
            "Er is geen toestemming van {v} voor het delen van informatie.", "Moeder wil niet dat {v} betrokken wordt.",
            "Het kind vertelde dat {v} soms hard schreeuwt.", "De aanvraag is ingediend namens {v}.",
            "Terugkoppeling aan {v} ontbreekt in het dossier.", "{v} heeft de afspraken van het plan niet nagekomen.",
            "Zorgen over {v} zijn gedeeld met de huisarts.", "Na de evaluatie is {v} doorverwezen naar de GGZ.",
            "De school meldt dat {v} vaak te laat komt.",
        ],
        "kort": ["navragen bij {v}", "{v} terugbellen", "nog reactie van {v}?", "zie verslag {v}", "contact {v} ontbreekt",
                 "toestemming {v} opvragen", "gesproken met {v}", "bron: {v}"],
        "team": ["{v}", "Wijkteam Oost, casusregisseur {v}", "Jeugdteam Noord ({v})", "{v} / Sociaal Team",
                 "Team Jeugd - contact {v}", "Wijkteam {v}"],
        "sleutel": ["{v}", "gesprek {v}", "{v} (moeder)", "aantekening {v}", "{v} akkoord", "notitie over {v}"],
        "bestand": ["GOU-2016-012 {v}", "{v}", "verslag {v}", "{v} dossier 2017", "ALP-2019-034 {v} concept",
                    "huisbezoek {v}"],
    },
    "adres": {
        "proza": [
            "Het gezin woont op {v} in een te kleine woning.", "Moeder is verhuisd naar {v}.",
            "Huisbezoek afgelegd op {v}; de woning was vervuild.", "Vader staat ingeschreven op {v} maar verblijft elders.",
            "De kinderen slapen bij oma op {v}.", "Post voor het gezin gaat naar {v}.",
            "Nieuw adres volgens BRP: {v}.", "De woningcorporatie heeft de woning aan {v} toegewezen.",
            "Na de uithuiszetting verblijft het gezin tijdelijk op {v}.", "Adres van de pleegouders: {v}.",
            "De jongere zwerft en slaapt soms op {v}.", "Het gesprek vond plaats bij het gezin thuis, {v}.",
            "Zij woont nu op {v}, dicht bij de school.", "Melding van overlast rond de woning aan {v}.",
            "Het briefadres is {v}.", "Cliënt woont op {v} met zijn vriendin.",
            "Vader heeft een kamer gehuurd op {v}.", "De politie is twee keer op {v} geweest.",
        ],
        "kort": ["adres: {v}", "woont {v}", "nieuw adres {v}", "huisbezoek {v}", "BRP: {v}", "post naar {v}"],
        "team": ["Wijkteam Zuid, locatie gezin {v}", "{v}", "Jeugdteam (gezin op {v})", "Sociaal Team - huisbezoek {v}"],
        "sleutel": ["{v}", "adres {v}", "huisbezoek {v}", "woning {v}"],
        "bestand": ["huisbezoek {v}", "{v}", "GOU-2016-021 {v}", "woning {v} foto"],
    },
    "bsn": {
        "proza": [
            "BSN van moeder: {v}.", "Het burgerservicenummer van de zoon is {v}.", "Aanvraag ingediend onder BSN {v}.",
            "In de beschikking staat het BSN {v} van vader.", "sofinummer {v} (oud formulier)", "bsn-nr. kind: {v}",
            "De SVB kon het BSN {v} niet vinden.", "Het kind is geregistreerd met burgerservicenummer {v}.",
            "BSN jongste dochter {v} staat op de verwijzing.", "Via het BSN {v} is de indicatie opgevraagd.",
            "Zijn BSN is {v}, volgens de brief van DUO.", "Het formulier vermeldt BSN: {v}.",
            "Controle in Suwinet op bsn {v}.", "Nummer {v} (BSN van moeder) stond in het verslag.",
        ],
        "kort": ["bsn {v}", "BSN: {v}", "burgerservicenummer {v}", "BSN moeder {v}", "{v} = bsn vader"],
        "team": ["Wijkteam West - BSN {v}", "{v}", "Jeugdteam, cliënt BSN {v}"],
        "sleutel": ["bsn {v}", "{v}", "BSN kind {v}", "burgerservicenummer {v}"],
        "bestand": ["dossier {v}", "{v}", "bsn {v} beschikking", "GOU-2017-003 {v}"],
    },
    "telefoonnummer": {
        "proza": [
            "Moeder is bereikbaar op {v}.", "Vader belde vanaf {v} en was boos.", "Het nieuwe nummer van oma is {v}.",
            "De jongere is alleen via WhatsApp bereikbaar ({v}).", "Gebeld naar {v}, geen gehoor.",
            "Telefoonnummer van de pleegmoeder: {v}.", "Zij heeft sinds kort een ander nummer: {v}.",
            "Voicemail ingesproken op {v}.", "De buurvrouw gaf haar nummer, {v}, voor noodgevallen.",
            "Bij spoed is de tante te bellen op {v}.", "Contact met de vader, die in het buitenland werkt, via {v}.",
            "Het mobiele nummer van de zoon ({v}) staat in het plan.", "Sms gestuurd naar {v} met de afspraak.",
            "Volgens moeder werd zij vanaf {v} bedreigd.", "Vader, tel. {v}, wil betrokken worden.",
            "Het onbekende nummer, {v}, hoort bij de oom.",
        ],
        "kort": ["tel {v}", "bellen: {v}", "nummer moeder {v}", "mob. {v}", "{v} (vader)", "whatsapp {v}"],
        "team": ["Wijkteam Centrum, tel. {v}", "{v}", "Jeugdteam - mobiel moeder {v}", "Sociaal Team ({v})"],
        "sleutel": ["{v}", "tel {v}", "gebeld {v}", "nummer {v}"],
        "bestand": ["belnotitie {v}", "{v}", "whatsapp {v} export", "GOU-2016-019 tel {v}"],
    },
    "e-mail": {
        "proza": [
            "Moeder mailt vanaf {v}.", "De brief is ook gestuurd naar {v}.", "Vader vraagt alles te mailen naar {v}.",
            "Het verslag is doorgestuurd aan {v}.", "E-mailadres van de jongere: {v}.", "Zij reageerde vanaf {v} op het plan.",
            "De klacht kwam binnen via {v}.", "Contact met de mentor loopt via {v}.", "Privé-mail van oma: {v}.",
            "Het plan is per mail naar {v} gestuurd, zonder beveiliging.", "De casusregisseur ({v}) is op de hoogte.",
            "Mail van {v} over de uithuisplaatsing.", "Er kwam een mail van {v} met foto's.", "Nieuw mailadres: {v}.",
        ],
        "kort": ["mail {v}", "e-mail: {v}", "cc {v}", "antwoord van {v}", "verstuurd aan {v}"],
        "team": ["Wijkteam Noord, {v}", "{v}", "Jeugdteam - mail {v}"],
        "sleutel": ["{v}", "mail {v}", "e-mail {v}", "van {v}"],
        "bestand": ["mail {v}", "{v}", "export mailbox {v}", "bijlage {v}"],
    },
    "iban": {
        "proza": [
            "De toeslag wordt gestort op {v}.", "Rekeningnummer van moeder: {v}.", "Het leefgeld gaat naar {v}.",
            "Vader betaalt alimentatie vanaf {v}.", "Bewindvoering heeft rekening {v} geblokkeerd.",
            "De huur wordt afgeschreven van IBAN {v}.", "Op rekening {v} staan achterstanden.", "IBAN pleegouders: {v}.",
            "Het pgb wordt uitbetaald op {v} (op naam van oma).", "Vader heeft een tweede rekening, {v}.",
            "Afschriften van {v} zijn bij het dossier gevoegd.", "Het bedrag is overgemaakt naar {v}.",
            "De schuldhulp vraagt het IBAN: {v}.", "Rekening {v} staat op naam van de zoon.",
        ],
        "kort": ["iban {v}", "rek. {v}", "IBAN: {v}", "rekening moeder {v}", "betaald naar {v}"],
        "team": ["Wijkteam Oost - rekening {v}", "{v}", "Sociaal Team, IBAN {v}"],
        "sleutel": ["{v}", "iban {v}", "rekening {v}", "betaling {v}"],
        "bestand": ["afschrift {v}", "{v}", "iban {v}", "betaling {v} 2018"],
    },
    "geboortedatum": {
        "proza": [
            "Zoon, geboren op {v}, zit in groep 6.", "Moeder (geb. {v}) is alleenstaand.", "Geboortedatum jongste kind: {v}.",
            "Het kind is op {v} geboren, na een zware zwangerschap.", "Dochter ° {v} woont bij vader.",
            "De jongere, geboren {v}, woont op een leefgroep.", "geb. datum vader: {v}", "Oma is geboren op {v}.",
            "Kind 2 (* {v}) heeft een indicatie.", "Geboren: {v}, te Rotterdam.", "De baby is geboren op {v}.",
            "Zijn geboortedatum ({v}) klopt niet met het BRP.", "Pleegkind, geboortedatum {v}.", "Vader werd geboren op {v}.",
            "Tweeling, beiden geboren op {v}.", "Volgens het paspoort is zij geboren op {v}.",
        ],
        "kort": ["geb. {v}", "geboren {v}", "geboortedatum {v}", "* {v}", "gd {v} (geboortedatum)"],
        "team": ["Jeugdteam - kind geb. {v}", "Wijkteam Zuid, geboren {v}", "geboortedatum {v}"],
        "sleutel": ["geboren {v}", "geb. {v}", "geboortedatum {v}", "kind geboren {v}"],
        "bestand": ["geboren {v}", "geb {v} verslag", "kind geboren {v}", "geboortedatum {v}"],
    },
    "kenteken": {
        "proza": [
            "Vader rijdt in een grijze Opel met kenteken {v}.", "De auto ({v}) stond voor de deur.", "Kenteken van de bus: {v}.",
            "Moeder werd opgehaald in een Golf, kenteken {v}.", "De politie controleerde de auto {v}.",
            "Een zwarte BMW met {v} reed meerdere keren langs.", "Het busje met kenteken {v} is van oom.",
            "Boete voor de auto {v} op naam van moeder.", "De Toyota ({v}) is in beslag genomen.",
            "Scooter van de jongere, kenteken {v}.", "Auto van de ex: {v}.", "Kenteken {v} staat op naam van vader.",
        ],
        "kort": ["kenteken {v}", "auto {v}", "kent. {v}", "Opel {v}", "busje {v}"],
        "team": ["Wijkteam Noord - auto {v}", "kenteken {v}", "Jeugdteam, kenteken {v}"],
        "sleutel": ["kenteken {v}", "{v}", "auto {v}", "boete {v}"],
        "bestand": ["kenteken {v}", "{v}", "auto {v}", "boete {v}"],
    },
    "sociale-media": {
        "proza": [
            "De jongere plaatst filmpjes op TikTok als {v}.", "Op Instagram ({v}) staan foto's van het kind.",
            "Moeder is te vinden als {v} op Facebook.", "De dreigberichten kwamen van {v}.", "Zijn Snapchat is {v}.",
            "Profiel van vader: {v}.", "De dochter volgt {v}, een account van een volwassen man.",
            "Via {v} werd de jongere benaderd.", "Het account {v} is gemeld bij de politie.",
            "De zoon heeft een YouTube-kanaal: {v}.", "Oma deelt foto's via {v}.", "Insta van de jongere: {v}.",
        ],
        "kort": ["insta {v}", "snap: {v}", "tiktok {v}", "account {v}", "profiel {v}"],
        "team": ["Jeugdteam - account {v}", "{v}", "Wijkteam, instagram {v}"],
        "sleutel": ["{v}", "instagram {v}", "account {v}", "tiktok {v}"],
        "bestand": ["screenshot {v}", "{v}", "instagram {v}", "tiktok {v} berichten"],
    },
    "school": {
        "proza": [
            "De zoon zit op {v} in {g}.", "Dochter gaat naar {v}, {g}.", "{g} van {v}; de leerkracht maakt zich zorgen.",
            "Overleg met de intern begeleider van {v} ({g}).", "Het kind is verwijderd van {v} en zat in {g}.",
            "De jongste zit op {v}, {g}, en gaat graag.", "De mentor van {v} ({g}) meldt verzuim.",
            "Hij zit in {g} op {v}.", "Aanmelding voor {v}, {g}.", "Na de zomer start zij op {v} in {g}.",
            "De leerplichtambtenaar sprak met {v} over de zoon ({g}).", "Ze is van school gewisseld naar {v}, {g}.",
        ],
        "kort": ["school: {v}, {g}", "{v} ({g})", "IB {v} {g}", "{g} {v}", "school {v} {g}"],
        "team": ["Jeugdteam - {v} {g}", "{v}, {g}", "Wijkteam, school {v} ({g})"],
        "sleutel": ["{v} {g}", "school {v} {g}", "{g} {v}"],
        "bestand": ["{v} {g}", "school {v} {g}", "verslag {v} {g}"],
    },
}


def zinnen(soort: str, plek: str, deel: int) -> list[str]:
    """The sentences of one part (0: vierde-a, 1: vierde-b) for a kind and sort of place."""
    return ZINNEN[soort][plek][deel::2]
