"""Sentence frames of part a of the eighth privacy corpus. A slot is {soort} or {soort:vorm} (vorm: a way of writing a
name, or a form of another value). VRIJ goes into the free placements, TEAM into a team field, BESTAND into a file
name. Styles: verwijsbrieven and overdrachten, Veilig Thuis, beschikkingen, onderwijskundige rapporten and the
zorgadviesteam, gezinsplannen, the Verwijsindex, logboeken, huisbezoeken, schuldhulp, ProKid, Wmo, dictated voice
memos, scanned letters read by OCR, forwarded e-mails, pasted spreadsheets, Teams notes, and Papiamento, Turkish,
Arabic, Polish and Belgian Dutch mixed in."""

from __future__ import annotations

VRIJ = [
    # verwijsbrief van de huisarts
    "Verwijzing huisartsenpraktijk De Linde: betreft {naam}, geb. {geb}, BSN {bsn}, wonende {adres}.",
    "Geachte collega, hierbij verwijs ik {naam:achternaam-komma-voorletters} (geb. {geb:streepjes}) naar het wijkteam "
    "in verband met opvoedvragen.",
    "Patiënt: {naam:hoofdletters}  Adres: {adres:met-postcode-plaats}  Tel.: {tel}",
    "Reden van verwijzing: moeder, {naam}, is overbelast sinds de scheiding; zij is bereikbaar op {tel}.",
    "De praktijkondersteuner kreeg op 12 mei een mail van moeder via {mail} met de vraag om hulp bij de opvoeding.",
    "Graag contact opnemen met vader, {naam:voorletter-achternaam}, op {tel:mobiel-spaties} (liefst na 17 uur).",
    "Met collegiale groet, huisarts {naam:initialen-achternaam}, praktijk aan de {adres:straat-nummer}.",
    # overdracht wijkteam naar jeugdzorgaanbieder
    "OVERDRACHT - Jeugdige: {naam:achternaam-komma-voornaam}; geboortedatum: {geb}; school: {school}.",
    "Gezag: beide ouders. Moeder {naam} woont op {adres}, vader {naam} op {adres}.",
    "Contactgegevens ouder 1: {tel} / {mail}",
    "BSN jeugdige {bsn:punten}, huisarts bekend, geen allergieën.",
    "Overgedragen aan de gedragswetenschapper van Levvel; eerste gesprek met {naam:drie-namen} op dinsdag.",
    "Bij de aanbieder aangemeld onder de naam {naam:roepnaam-tussen-haakjes}, zo wil hij genoemd worden.",
    # Veilig Thuis
    "Melding ontvangen van de politie over {naam} (geb. {geb:iso}) na een incident op {adres}.",
    "Terugkoppeling Veilig Thuis: het onderzoek naar de situatie van {naam:voornaam} en haar broertje is afgerond.",
    "Melder wil anoniem blijven; betrokkene {naam:achternaam-in-hoofdletters}, tel. {tel}.",
    "VT-casus: pleger vermoedelijk de stiefvader, {naam}, die rijdt in een auto met kenteken {kenteken}.",
    "Veilig Thuis heeft de zorgen overgedragen; moeder heeft een nieuw nummer: {tel:mobiel-internationaal}.",
    # beschikking kinderrechter
    "De kinderrechter stelt {naam}, geboren op {geb:voluit} te Leiden, onder toezicht van de gecertificeerde instelling.",
    "Belanghebbenden: {naam} (moeder) en {naam:voorletter-achternaam} (vader), beiden wonende aan de {adres}.",
    "Machtiging uithuisplaatsing ten aanzien van {naam:achternaam-komma-voornaam}, geb. {geb}, voor de duur van zes maanden.",
    "Het gezag over {naam:voornaam} berust bij moeder, {naam:volledig}; vader heeft geen gezag.",
    "In de beschikking staat het oude adres van vader ({adres:postcode-aaneen}) nog vermeld.",
    # onderwijskundig rapport en zorgadviesteam
    "Leerling: {naam}   Groep: 6   School: {school}",
    "In het zorgadviesteam van {school} is {naam:voornaam} besproken; de intern begeleider maakt zich zorgen.",
    "Onderwijskundig rapport t.b.v. plaatsing op {school}: {naam:achternaam-komma-voorletters}, geboortedatum {geb:punten}.",
    "De leerplichtambtenaar ziet dat {naam} sinds de herfstvakantie veertig uur ongeoorloofd heeft verzuimd.",
    "Zit in groep 7 van {school} en krijgt daar extra ondersteuning bij rekenen.",
    "Intake form for newcomers: {naam}, date of birth / geboortedatum {geb:engels}, previous school in Kyiv.",
    "Ouders zijn bereikbaar via het ouderportaal en via {mail:initiaal}.",
    # gezinsplan
    "Doel 2: {naam:voornaam} gaat elke dag naar {school}. Actie: moeder brengt haar. Wie: {naam}.",
    "Gezinsleden: {naam} (moeder), {naam:voornaam} (zoon, geb. {geb}), {naam:voornaam} (dochter).",
    "Netwerk: oma {naam:drie-namen} woont vlakbij, op {adres}.",
    "Actie 4: schuldhulp aanvragen; {naam} neemt de afschriften van rekening {iban} mee naar de intake.",
    "Evaluatie gezinsplan: het contact met opa {naam:achternaam-komma-voornaam} is hersteld.",
    # Verwijsindex
    "Signaal afgegeven in de Verwijsindex op {naam} (BSN {bsn}) door de jeugdarts.",
    "Match in de Verwijsindex: {naam:achternaam-komma-voornaam}, geb. {geb:streepjes}; ook school en politie hebben gesignaleerd.",
    "Signalering ingetrokken voor BSN {bsn:spaties}, de hulp is beëindigd.",
    # logboek
    "14-02-2023 MvdB: gebeld met {naam}, voicemail ingesproken op {tel:mobiel-aaneen}.",
    "03-03 KD: huisbezoek {adres}, moeder en {naam:bijnaam} aanwezig, vader niet.",
    "21/3 (SE) mail ontvangen van {mail}, doorgezet naar de gedragswetenschapper.",
    "journaal 09-05: {naam:initialen-achternaam} belde namens vader; auto {kenteken} stond weer voor de deur.",
    "28-06 JH: oom {naam} komt voortaan mee naar de gesprekken.",
    "30-06 MvdB: {naam} en {naam:voornaam} waren samen op het spreekuur.",
    "02-07 RB: nieuw adres doorgekregen, {adres:straat-nummer-toevoeging}, verhuisd per 1 juli.",
    # huisbezoek
    "Huisbezoek bij fam. {naam:achternaam} op {adres}: woning rommelig, kinderen schoon en vrolijk.",
    "Bij het huisbezoek stond een auto met kenteken {kenteken} voor het huis; volgens de buren van de ex.",
    "Toen we binnenkwamen was {naam:voornaam} aan het gamen; haar account {social} stond open op de tv.",
    "De oudste, {naam:bijnaam}, heeft een eigen kamer op zolder.",
    # schuldhulp
    "Intake schuldhulp: {naam}, {adres}, rekeningnummer {iban}.",
    "Schuldeiser CJIB, vordering € 1.240,00; aflossing van cliënt via {iban:groepen}.",
    "Leefgeld wordt gestort op {iban} t.n.v. {naam:achternaam-komma-voorletters}.",
    "Budgetbeheer betaalt de vaste lasten vanaf {iban:aaneen}; partner {naam} heeft een eigen rekening.",
    "Correspondentieadres voor schuldeisers: {adres:postbus}.",
    # ProKid
    "ProKid-zorgmelding: jeugdige {naam}, geb. {geb}, aangehouden bij de {adres:straat-nummer} na een winkeldiefstal.",
    "Politie meldt: betrokkene reed in voertuig {kenteken}, bestuurder {naam:hoofdletters}.",
    "ProKid signaal oranje voor {naam:voornaam} (geb. {geb:kort-jaar}), gezinsadres {adres}.",
    "Volgens de wijkagent zet {naam:voornaam} filmpjes van de ruzies op {social}.",
    # Wmo
    "Keukentafelgesprek met mevrouw {naam:achternaam} (geb. {geb:voluit}) over huishoudelijke hulp.",
    "Mantelzorger is dochter {naam}, bereikbaar op {tel} of via {mail}.",
    "Meneer {naam:achternaam} woont alleen op {adres} en vraagt een scootmobiel aan.",
    "De aanvraag woningaanpassing betreft de benedenwoning aan de {adres:afgekort}.",
    # ingesproken memo
    "eh ja dus ik was vanmorgen bij eh {naam:kleine-letters} op {adres:kleine-letters} punt nieuwe alinea",
    "dicteren verslag komma moeder eh {naam:kleine-letters} zegt dat ze eh geen geld meer heeft punt",
    "ehm het nummer van vader is {tel} eh nee wacht even ja klopt punt",
    "oké eh de jongen zit op {school:kleine-letters} in groep zeven eh ja dat was het",
    "en dan eh nog even noteren dat {naam:kleine-letters} eh geboren is op {geb:voluit} ja",
    # brief door OCR gelezen
    "Geachte heer {naam:ocr}, naar aan1eiding van uw aanrnelding bij het wijkteam nodigen wij u uit voor een gesprek.",
    "Betreft: {naam:ocr}   Geboortedaturn: {geb}",
    "Uw kenrnerk: 2023/014   Ons kenrnerk: WT-88   Adres: {adres}",
    "Wij verzoeken u het bedrag over te rnaken naar rekening {iban}.",
    "Burgerservicenurnrner: {bsn}   Dossiernurnrner: 2023-0114",
    # doorgestuurde e-mail
    "---------- Doorgestuurd bericht ---------- Van: {naam} <{mail}> Datum: di 7 mrt 2023 Onderwerp: afspraak",
    "Op ma 3 apr. 2023 om 09:14 schreef {naam} <{mail}>:",
    "Met vriendelijke groet, {naam} | Jeugdconsulent | M {tel}",
    "> > Kunt u {naam:voornaam} volgende week ophalen bij {school}?",
    "Aan: {mail}; CC: team jeugd; Onderwerp: RE: RE: overdracht {naam:achternaam}",
    # geplakte spreadsheet
    "kop naam;gebdatum;bsn;team;maatregel - {naam:achternaam-komma-voornaam};{geb:iso};{bsn:acht-cijfers};Noord;OTS",
    "rij 14   {naam:hoofdletters}   {adres:postcode-huisnummer}   actief",
    "{bsn:aaneen};{naam};{tel:mobiel-aaneen};aangemeld",
    "Kolom naam | geb.datum | woonplaats:  {naam} | {geb:schuin} | Leiden",
    # Teams
    "@{naam} kun jij de VT-melding van {naam:voornaam} oppakken?",
    "Actiepunt voor @{naam:volledig}: moeder terugbellen op {tel}.",
    "[10:42] {naam}: ik heb het nieuwe adres, {adres}, in het dossier gezet",
    "Wie kent {social}? Volgens school is dat het account van de oudste.",
    # Papiamento
    "Mama di {naam:voornaam} a bisa ku nan ta biba na {adres}.",
    "E yu, {naam}, a nase (geb.) {geb:streepjes} na Kòrsou.",
    "Yama mi riba {tel}, danki, mi ta tei tur dia.",
    "Tata, {naam}, ta traha na Hulanda i no ta paga pa e yu.",
    # Turks
    "Annesi {naam} zegt: okul çok zor, {naam:voornaam} wil niet meer naar {school}.",
    "Doğum tarihi / geb. {geb:turks}, adres {adres}.",
    "Babası {naam:achternaam-in-hoofdletters}, telefonu {tel}, werkt in Duitsland.",
    "Abla {naam:voornaam} helpt met de kinderen, maşallah.",
    # Arabisch
    "Wallah ik zweer het, {naam:voornaam} heeft niks gedaan, vraag maar aan {naam}.",
    "Inshallah komt alles goed, zegt vader {naam} (tel. {tel}).",
    "Hamdoulillah heeft {naam:voornaam} nu een plek op {school}.",
    # Pools
    "Pani {naam} mówi dat de huur van {adres} te hoog is.",
    "Data urodzenia / geb.: {geb:pools}; córka {naam:voornaam}.",
    "Konto: {iban}, na nazwisko {naam:achternaam-komma-voornaam}.",
    "Pan {naam:achternaam} werkt via een uitzendbureau en slaapt soms op {adres}.",
    # Belgisch
    "Het CLB meldt dat {naam} (° {geb:schuin}) al weken afwezig is op {school}.",
    "De jeugdrechter plaatste {naam:voornaam}; de mama woont {adres:belgisch}.",
    "GSM-nummer van de mama: {tel:belgisch-mobiel}",
    "Het OCMW betaalt het leefloon op {iban}; de papa, {naam}, weet daar niets van.",
    # diversen
    "Kinderen: {naam:voornaam} *{geb:punten}, {naam:voornaam} *{geb:punten}.",
    "Vader rijdt in een grijze Opel Corsa, {kenteken}; hij haalt de kinderen soms op.",
    "Op TikTok ({social:tiktok-url}) plaatst {naam:voornaam} filmpjes van zichzelf.",
    "Zus {naam:dubbele-achternaam} wil pleegouder worden.",
    "De buurvrouw, {naam:tussenvoegsel-achteraan}, belde omdat ze geschreeuw hoorde.",
    "Volgens de gezinsvoogd heeft {naam:achternaam} een nieuwe vriendin, {naam}.",
    "Er woont ook een neef in huis, {naam:volledig}, zonder inschrijving in de BRP.",
    "De oppas, {naam:voornaam}, haalt de jongste om drie uur op.",
    "Moeder verhuist naar {adres:met-postcode-plaats}, dicht bij haar zus.",
    "Tijdelijk verblijf bij opa en oma in {adres:duits}.",
    "Het gezin kwam in 2019 uit {adres:caribisch} naar Nederland.",
    "Stiefmoeder {naam:achternaam-komma-voornaam} gaf toestemming voor het gesprek.",
    "{naam} is de contactpersoon voor school, niet vader.",
    "Ik heb {naam:volledig} en {naam:volledig} samen gesproken in de bibliotheek.",
    "Broer {naam:voornaam} slaapt sinds maart bij een vriend.",
    "Zijn Snapchat is {social:snapchat-naam}, daar spreekt hij af met oudere jongens.",
    "Mail de stukken naar {mail:punt}, niet naar het oude adres.",
    "Opvang bij een vriendin op {adres:straat-nummer}, tot er een woning is.",
]

TEAM = [
    "Wijkteam Zuid - casus {naam}",
    "Jeugdteam Oost (regie: {naam:voorletter-achternaam})",
    "Sociaal team, dossier BSN {bsn}",
    "Buurtteam Noord / bereikbaar {tel}",
    "Team Jeugd ({mail})",
    "Schuldhulpteam, rek. {iban}",
    "Wijkteam locatie {adres}",
    "Gezinsteam, kind geb. {geb}",
    "Handhavingsteam, voertuig {kenteken}",
    "Jongerenteam, insta {social}",
    "Onderwijszorgteam {school}",
    "Team {naam:achternaam-komma-voornaam} en collega's",
]

BESTAND = [
    "verwijsbrief {naam} geb {geb:iso}",
    "VT-melding {naam:achternaam-komma-voornaam}",
    "bsn {bsn:aaneen} overdracht",
    "contact ouders {tel:mobiel-aaneen}",
    "mail van {mail:punt}",
    "afschrift {iban:aaneen}",
    "huisbezoek {adres:straat-nummer}",
    "kenteken {kenteken}",
    "screenshot {social:at-handle}",
    "ZAT-verslag {school}",
    "logboek {naam:kleine-letters}",
    "scan brief {naam:ocr} 2023",
]
