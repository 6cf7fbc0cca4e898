"""Sentence frames of part b of the seventh privacy corpus: wederhoor reactions of a gemeente, drafts of a
deelrapport, dossier reviews in another layout, table rows with pipes, chat exports of a phone, speech-to-text
transcripts, notes in Antillean Dutch, English notes and Frisian. No frame is shared with part a."""

from __future__ import annotations

VRIJ = [
    # wederhoor reactions of a gemeente
    "Reactie gemeente (wederhoor): in casus 3 is {naam} wel degelijk gesproken, zie het verslag van 9 mei.",
    "Wederhoor: de gemeente wijst erop dat het adres {adres} in het rapport nog herkenbaar is en vraagt dit te schrappen.",
    "Reactie op bevinding 4.2: de regisseur, {naam:voorletter-achternaam}, heeft wel contact gehad met {school}.",
    "In het wederhoor schrijft de gemeente dat moeder {naam:voornaam} zelf om afschaling vroeg.",
    "Wederhoor punt 7: het BSN {bsn} in bijlage 2 is door een fout in de export meegekomen.",
    "De gemeente reageert dat {naam} per 1 april uit dienst is en het dossier is overgedragen.",
    # deelrapport drafts
    "Concept deelrapport, par. 3.4: in één dossier wordt het kind bij naam genoemd ({naam}, {school}).",
    "Tekstvoorstel: de casusregisseur ({naam}) belde de moeder op {tel}, maar legde dit niet vast.",
    "Opmerking redactie: hier staat nog het mailadres {mail}, graag anonimiseren voor publicatie.",
    "Voorbeeldcasus C: een jongen, geboren {geb}, woonachtig op {adres}, met een lange wachttijd.",
    "Deelrapport bijlage: vervoer naar school met taxi, kenteken {kenteken}, rijdt vaak te laat.",
    "Conceptbevinding: de jongere werd via {social} benaderd door een onbekende volwassene.",
    # dossier reviews in another layout
    "Indicator 3.1.4 — oordeel: voldoet niet — het plan van {naam} is ouder dan een jaar.",
    "Norm 2.3 (samenhang) — voldoet deels — {naam:achternaam-in-hoofdletters} krijgt hulp van drie aanbieders zonder afstemming.",
    "Vindplaats: ondersteuningsplan, pagina 4; gegevens cliënt {naam:achternaam-komma-voornaam}, {adres}.",
    "Norm 1.4 — voldoet — veiligheidsafspraken met {naam:voornaam} en haar nieuwe partner staan op papier.",
    "Vindplaats: beschikking; BSN {bsn}; geb.datum {geb}.",
    "Norm 4.2 — voldoet niet — geen contact met {school} ondanks het hoge verzuim.",
    # interviews in another layout
    "Gesprek met jeugdconsulent: ze vertelt dat {naam:bijnaam} nu bij een tante slaapt en niet meer thuis komt.",
    "Gespreksverslag casusregisseur: het laatste contact met vader was via {tel}, daarna nooit meer bereikbaar.",
    "Gesprekspartner 2 (teamleider): we hebben {naam} gevraagd het plan te ondertekenen, dat is niet gebeurd.",
    "Gesprek met de intern begeleider van {school}: de leerling is sinds de herfstvakantie niet meer gezien.",
    # steekproef with pipes
    "Nr. 12 | {naam:achternaam-komma-voorletters} | {adres} | afgesloten | geen evaluatie",
    "| 03 | {naam} | geb. {geb} | {school} | voldoet deels |",
    "| dossier | {naam:hoofdletters} | {bsn} | {tel} |",
    "| 27 | {naam:initialen} | {mail} | lopend |",
    "| casus 5 | {naam:voornaam} | {adres} | {kenteken} |",
    "Nr. 18 | fam. {naam:achternaam} | regisseur {naam} | {iban}",
    # CSV with commas from another system
    "Export CliëntVolg: achternaam,voornaam,geb,postcode_huisnr -> {naam:achternaam},{naam:voornaam},{geb},{adres:postcode-huisnummer}",
    "{naam:achternaam-in-hoofdletters},{tel},{mail},wijk Oost",
    "regel 41: {naam:kleine-letters},{adres},{iban},schuldhulp",
    # chat export of a phone
    "09/04/2024, 07:51 - Moeder: {naam:voornaam} is weer niet op {school} aangekomen",
    "09/04/2024, 07:58 - Jeugdconsulent: ik bel om negen uur naar {tel}",
    "10/04/2024, 19:12 - Vader: stuur het maar naar {mail}, die lees ik wel",
    "11/04/2024, 22:30 - Tante: hij zit de hele nacht op {social}, ik krijg hem niet van zijn telefoon",
    "12/04/2024, 10:04 - Moeder: ons nieuwe adres is {adres}",
    "13/04/2024, 16:45 - Oma: geboortedatum van de kleine is {geb}",
    # speech-to-text transcripts
    "nou kijk {naam:kleine-letters} heeft gewoon zelf gezegd dat ze niet meer wil praten met het team",
    "en toen kwam er een melding binnen van {school:kleine-letters} over blauwe plekken",
    "we zijn toen langs geweest op de {adres:kleine-letters} maar er deed niemand open",
    "hij is geboren op {geb:maand-voluit} dus hij is nu eigenlijk al bijna volwassen",
    "ik heb haar nummer wel {tel:mobiel-paren} maar ze neemt nooit op",
    # Antillean Dutch
    "Mi a bisa {naam:voornaam} ku e mester bai skol, {school}, pero e no ke tende.",
    "Ayo, e famia a muda pa {adres}, nos no tin kontakto mas.",
    "Yu di {naam} ta kore den auto {kenteken} sin rijbewijs, mi ta preokupá.",
    "E mama ta yama semper for di {tel}, pero nunka e ta kontestá si nos yam’é.",
    # English notes
    "Met with {naam} at the community centre; she asked us to use {mail} only.",
    "Family relocated to {adres} last month, new GP not yet known.",
    "Payment for the rent arrears was made to {iban} by the debt counsellor.",
    "Youth worker flagged the account {social} for worrying posts.",
    "Student attends {school}, year 2, attendance around 60 percent.",
    # Frisian
    "Heit {naam:voornaam} seit dat de bern op {school} sitte en dat it dêr goed giet.",
    "De famylje wennet sûnt july op {adres}.",
    "Ik ha {naam} belle op {tel}, mar der waard net opnommen.",
    "Soan, geb. {geb:fries}, krijt no help fan de jeugd-ggz.",
    # further remarks
    "Het inkomen van {naam} wordt gestort op {iban}; de beschermingsbewindvoerder beheert die rekening.",
    "Aanvraag leerlingenvervoer voor {naam:tussenvoegsel-achteraan}, leerling van {school}.",
    "In het logboek staat {naam:dubbele-achternaam} als contactpersoon, dat is de stiefmoeder.",
    "Het BSN van de jongste ({bsn}) staat in de onderwerpregel van een e-mail.",
    "Verhuisd naar {adres} zonder de gemeente te informeren.",
    "Adres tijdens de crisisplaatsing: {adres}.",
    "Post komt binnen op {adres}, de familie woont daar niet meer.",
    "Eerdere woonadressen: {adres} en {adres}.",
    "De vader is alleen bereikbaar via {mail} en reageert wisselend.",
    "Mobiel nummer jongere: {tel}.",
    "Noodnummer buurman: {tel}.",
    "Auto van de ex-partner ({kenteken}) staat volgens de melder vaak in de straat.",
    "Kenteken bestelbus van vader: {kenteken}.",
    "Instagramaccount van de jongere: {social:instagram-url}.",
    "Oudere broer heeft een kanaal {social:youtube} met video's over de buurt.",
    "Inschrijving {school} per schooljaar 2024-2025, klas 1 havo.",
    "Overstap van {school} naar speciaal onderwijs is in voorbereiding.",
    "BSN: {bsn} (let op: niet in de rapportage opnemen).",
    "burgerservicenummers kinderen: {bsn} en {bsn}",
    "Rekening t.n.v. {naam:voorletter-achternaam}: {iban}.",
    "Samenstelling huishouden: {naam}, {naam} en drie minderjarige kinderen.",
    "Kind {naam:voornaam}, geboortedatum {geb}, heeft een indicatie voor dagbesteding.",
    "Grootouders {naam:achternaam} wonen naast de school, {adres}.",
    "Cliënt {naam:achternaam-komma-voornaam} weigert hulp van de jeugd-ggz.",
    "De melder, {naam}, wil anoniem blijven.",
]

TEAM = [
    "Team Jeugd en Gezin West / regisseur {naam}",
    "Buurtteam Kralingen — bereikbaar {tel}",
    "Sociaal wijkteam Centrum, mail {mail}",
    "Gezinsteam Noord-Oost, cliënt BSN {bsn}",
    "Wijkteam Zuid-West, rekening {iban}",
    "Jeugdteam Haven, kantoor {adres}",
    "Team Ouder en Kind, baby geb. {geb}",
    "Wijkteam Dorpen, auto {kenteken}",
    "Jongerenteam, account {social}",
    "Zorgteam van {school}",
]

BESTAND = [
    "verslag MDO {naam}",
    "aanmelding BSN {bsn}",
    "gespreksnotitie {tel}",
    "mailwisseling {mail}",
    "betaalbewijs {iban}",
    "woonsituatie {adres}",
    "geboortebewijs geb {geb}",
    "melding auto {kenteken}",
    "profiel {social}",
    "schoolrapport {school}",
]
