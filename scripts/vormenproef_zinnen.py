"""Sentences of the probe part ``vormen-proef`` (see `maak_vormenproef.py`): frames around a value ({x}) per kind,
for text placements (toelichting, citaat) and for short placements (team, key, file name), and clean lines that look
like personal data but are none, per category. Written before the detectors were read (issue 20)."""

from __future__ import annotations

# frames for a text placement, per kind; {x} is the value in its own context (such as "geb. 12-03-2009")
ZINNEN: dict[str, tuple[str, ...]] = {
    "geboortedatum": (
        "Gezinssamenstelling: moeder, {x} woont sinds kort bij vader.",
        "Kind {x}, zit in groep 6 en is erg stil.",
        "Uit de BRP: {x}, ingeschreven op het adres van oma.",
        "{x}. Geen bijzonderheden in de ontwikkeling.",
        "Aanmelding jeugdige ({x}) via de huisarts.",
        "Jeugdige {x} staat onder toezicht sinds vorig jaar.",
        "Moeder vertelt: mijn jongste is {x} en slaapt slecht.",
        "Betrokkene: {x}, nationaliteit onbekend.",
        "In de mail van school: leerling {x}, veel verzuim.",
        "Personalia: {x} | groep onbekend",
        "Broer {x} heeft een eigen hulpverlener.",
        "Het jongste kind, {x} is nog niet op de peuterspeelzaal.",
        "Gegevens cliënt - {x} - zie bijlage",
        "Ondertoezichtstelling van de jeugdige, {x}, verlengd.",
    ),
    "bsn": (
        "Aanmelding met {x} via Veilig Thuis.",
        "{x} staat verkeerd in het systeem.",
        "Moeder gaf haar {x} telefonisch door.",
        "Cliëntgegevens: {x} | geboorteland Marokko",
        "In de beschikking staat {x}, dat klopt niet.",
        "Graag {x} nog koppelen in Suite.",
        "Van: administratie. Betreft {x}, toeslag stopgezet.",
        "Kind ingeschreven met {x}.",
        "Leerplicht vraagt om {x} voor het verzuimdossier.",
        "Controle {x} door de backoffice gedaan.",
        "Zie formulier: {x}, nog niet in de BRP.",
    ),
    "sociale-media": (
        "Dochter heeft contact met onbekende man {x}.",
        "Zoon plaatst filmpjes op {x}, school maakt zich zorgen.",
        "Moeder is bereikbaar via {x}.",
        "Volgens de mentor wordt hij gepest via {x}.",
        "Ze zei: je kan me vinden op {x}.",
        "Vader deelt berichten over de zaak op {x}.",
        "Account van de jongere: {x} (privé).",
        "Bedreigingen gestuurd vanaf {x}, aangifte gedaan.",
        "Oudste zus zit op {x} en volgt de dochter.",
        "Screenshot van {x} toegevoegd aan het dossier.",
        "Jongere noemt zich online {x}.",
    ),
    "school": (
        "Zoon zit op {x} en gaat met plezier.",
        "Leerplicht: veel ongeoorloofd verzuim op {x}.",
        "Dochter gaat na de zomer naar {x}.",
        "Overleg met de IB'er van {x} gepland.",
        "Schoolgegevens: {x}, mentor bekend.",
        "Ze zegt: ik zit op {x}, het gaat niet goed.",
        "Aanmelding door de zorgcoördinator van {x}.",
        "Broertje is ingeschreven bij {x}.",
        "Jongste zit in {x} en heeft extra ondersteuning.",
        "Thuiszitter sinds maart, laatst op {x}.",
        "Mail van {x} over schorsing.",
    ),
    "adres": (
        "Gezin {x} sinds januari.",
        "Huisbezoek afgelegd, moeder {x}.",
        "Vader {x} met zijn nieuwe partner.",
        "Post gaat naar {x}.",
        "Ze zegt: wij wonen nu {x}, bij mijn zus.",
        "Melding over overlast bij {x}.",
        "Jongere {x} en komt niet naar school.",
        "Uit de BRP: {x}.",
        "Oma {x}, kinderen logeren daar vaak.",
        "Omgangsregeling: overdracht op {x}.",
        "Contactgegevens: {x}, telefoon onbekend.",
    ),
}
# frames for a short placement (team, key, file name)
KORT: tuple[str, ...] = ("{x}", "{x}", "verslag {x}", "Wijkteam Noord {x}", "{x} (nieuw)", "notitie {x}")
# contexts for a value in a sentence frame that carries its own preposition or label
VOORZETSELLOOS = {"adres"}

# clean lines per category: like the values above, but no personal data
SCHOON: dict[str, tuple[str, ...]] = {
    "vergaderdatum": (
        "Overleg op {d} met de gedragswetenschapper.", "Evaluatie gepland op {d}.", "Deadline rapportage: {d}.",
        "Melding ontvangen op {d} via Veilig Thuis.", "Verslag van het MDO d.d. {d}.",
        "Moeder is op {d} verhuisd naar een andere wijk.", "Zoon is sinds {d} in beeld bij het wijkteam.",
        "Beschikking afgegeven op {d}, geldig tot een jaar later.", "Huisbezoek {d}: moeder niet thuis.",
        "Gesprek met vader op {d}, afspraken gemaakt.", "Dochter is op {d} gestart op de nieuwe school.",
        "Datum ondertoezichtstelling: {d}.", "Start traject {d}", "Ingangsdatum indicatie: {d}.",
        "Termijn verloopt op {d}.", "Afspraak verzet naar {d}.", "Zitting kinderrechter {d}.",
        "Aanmelddatum: {d}", "Datum verslag {d}", "Volgende evaluatie {d} (zoon aanwezig).",
        "Laatste contact met de school op {d}.", "Baby verwacht rond {d}.", "Uitgerekende datum: {d}.",
        "Opname in de kliniek van {d} tot en met vrijdag.", "De geboorte-aangifte is op {d} gedaan.",
        "Geboortezorg ingezet vanaf {d}.", "Zoon jarig volgende week, feestje op {d}.",
    ),
    "zaaknummer": (
        "Zaaknummer {n} in het systeem.", "Kenmerk {n}, graag vermelden bij reactie.",
        "Factuurnummer {n} is betaald.", "Klantnummer energieleverancier {n}.", "Ordernummer {n}.",
        "Dossiernummer {n} (Suite).", "Registratienummer Veilig Thuis {n}.", "Ons kenmerk: {n}",
        "Referentie {n} bij de rechtbank.", "Polisnummer {n} zorgverzekering.",
    ),
    "organisatie-account": (
        "Volg het wijkteam op @wijkteamgouda voor nieuws.", "Zie de campagne van @rijksoverheid.",
        "De gemeente communiceert via instagram.com/gemeenteutrecht.", "Info op www.jeugdwet.nl en www.nji.nl.",
        "Kijk op https://www.veiligthuis.nl voor het afwegingskader.", "Onze Facebookpagina is Wijkteam Zuid.",
        "Jongeren praten anoniem op de chat van de Kindertelefoon.", "Zoon zit veel op TikTok en Snapchat.",
        "Ouders zijn niet actief op sociale media.", "Dochter mag van moeder geen Instagram.",
        "De school heeft een eigen YouTube-kanaal met uitleg.", "Het team heeft geen Facebook.",
        "Gebruik #jeugdzorg niet in berichten.", "Moeder deelt foto's in een WhatsApp-groep van de klas.",
    ),
    "school-algemeen": (
        "De school maakt zich zorgen over het verzuim.", "Zoon gaat naar het vmbo.", "Dochter zit in groep 7.",
        "Het advies voor de middelbare school is havo.", "In klas 2 gaat het beter.",
        "De basisschool in de wijk heeft een wachtlijst.", "Er is een gesprek met de mentor gepland.",
        "Leerplicht is op de hoogte.", "De zorgcoördinator heeft een OPP opgesteld.", "Overstap naar het sbo wordt onderzocht.",
        "Hij volgt praktijkonderwijs.", "Zij doet een mbo-opleiding niveau 2.", "Groep 8-advies: vmbo-kader.",
        "Samenwerkingsverband Passend Onderwijs denkt mee.", "De leerkracht van groep 4 is ziek.",
        "Thuiszitter, geen school in beeld.", "Moeder wil een andere school.", "De ISK-klas is vol.",
        "Hij zit in de brugklas.", "Het ROC heeft een startgesprek gevoerd.", "Dochter gaat naar het gymnasium.",
        "Zoon zit in het tweede leerjaar.", "Jongste gaat naar de peuterspeelzaal.", "School is bekend met de situatie.",
    ),
    "getal": (
        "Artikel 1.3 Jeugdwet is van toepassing.", "Versie 2.3 van het protocol.", "Kamer 2.14 in het gemeentehuis.",
        "Er zijn 12 huisbezoeken gedaan.", "Het budget is 12.450 euro.", "Indicatie voor 120 uur per jaar.",
        "Bladzijde 12 van het plan.", "Zie bijlage 3, paragraaf 4.2.", "Score 123 op de vragenlijst.",
        "Wachttijd 8 weken.", "Bus 12 stopt bij het station.", "Zij werkt 32 uur per week.",
    ),
    "organisatie-adres": (
        "Het gesprek is op het gemeentehuis.", "Afspraak op het kantoor van het wijkteam.",
        "Moeder woont in de binnenstad.", "Het gezin woont in een flat.", "Vader woont in Rotterdam.",
        "Ze verhuizen naar een grotere woning.", "Er is een woning gevonden via urgentie.",
        "Gezin woont drie hoog zonder lift.", "Oma woont om de hoek.", "Woonadres bij de gemeente bekend.",
        "Het adres is onbekend.", "Geen vast woonadres, slaapt bij vrienden.", "De straat is erg onrustig.",
        "Het gezin woont in de wijk Oosterhout.", "Huisbezoek in de nieuwbouwwijk.",
    ),
}
