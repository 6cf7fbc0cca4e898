"""Sentence frames of part a of the seventh privacy corpus, as they appear in the work of an inspectorate: the
toetsingskader filled in per indicator, interview notes with staff, steekproef lists, CSV rows and table rows pasted
as a line, WhatsApp messages copied into a file, speech-to-text transcripts, notes in Surinamese Dutch, English notes
of an expat professional and notes in Frisian. A slot ``{soort}`` or ``{soort:vorm}`` is filled by the script
(for a name the vorm is its writing)."""

from __future__ import annotations

VRIJ = [
    # toetsingskader per indicator
    "1.1.2 Veiligheid: ja — in het plan staat dat {naam} met de kinderen tijdelijk bij oma verblijft op {adres}.",
    "1.2.1 Regie: deels. Bron: gezinsplan d.d. 04-03-2024. Casusregisseur {naam} heeft het plan niet met vader besproken.",
    "Toelichting beoordelaar: het plan noemt {naam} (geb. {geb}) als jongste kind, maar niet de school ({school}).",
    "2.1.3 Doelen SMART: nee — doelen voor {naam:voornaam} ontbreken; alleen staat er dat hij op {school} zit.",
    "Bron: intakeformulier, BSN kind {bsn}, geboortedatum {geb}.",
    "3.2.1 Betrokkenheid netwerk: ja. Oom {naam} (tel. {tel}) haalt de kinderen op dinsdag op.",
    "Toelichting beoordelaar: financiële zorgen benoemd, schuldhulp loopt via rekening {iban} van moeder.",
    "1.3.1 Signalen: ja — melding buurvrouw over geluidsoverlast op {adres}, doorgezet naar Veilig Thuis.",
    "Bron: logboek d.d. 12-06-2023; contact met mevrouw {naam:achternaam} via {mail}.",
    "4.1.2 Evaluatie: nee. Toelichting beoordelaar: geen evaluatie met {naam} na de verhuizing naar {adres}.",
    "2.2.4 Risicotaxatie: deels — vader rijdt ondanks het rijverbod in de auto met kenteken {kenteken}.",
    "Toelichting beoordelaar: de zoon zet filmpjes over ruzies thuis op {social}; de school maakt zich zorgen.",
    "1.1.4 Borging: nee. Bron: verslag MDO; {naam:voorletter-achternaam} zou het veiligheidsplan maken, dat ontbreekt.",
    # interview notes with staff
    "R1 (gezinscoach): ik ben sinds januari casusregisseur voor {naam}, daarvoor lag het bij een collega.",
    "R2 (jeugdconsulent): het ging mis toen moeder {naam:voornaam} niet meer opnam op {tel}.",
    "Geïnterviewde: {naam}, ambulant hulpverlener, bereikbaar op {tel}.",
    "R3 (schoolmaatschappelijk werk): op {school} zien we {naam:voornaam} bijna elke dag zonder ontbijt.",
    "Interview teamleider: de melding over {naam} kwam via de huisarts binnen, BSN {bsn} stond er al bij.",
    "R1: we hebben het gezin geholpen met de huur, het geld ging naar {iban} op naam van {naam}.",
    "R4 (WMO-consulent): de oudste woont sinds de zomer op kamers, {adres}, en komt alleen in het weekend.",
    # steekproef lists
    "dossier 14 — fam. {naam:achternaam} — casusregisseur {naam}",
    "dossier 07 — {naam:achternaam-komma-voorletters} — {adres} — afgesloten",
    "steekproefnr. 22: kind {naam} geb. {geb}, school {school}",
    "dossier 31 — fam. {naam:hoofdletters} — BSN {bsn} — wederhoor nodig",
    "dossier 09 — {naam:achternaam-komma-voornaam} — {adres} — lopend",
    # CSV and table rows pasted as a line
    "Naam;Geb.datum;BSN;Adres | {naam:achternaam-komma-voornaam};{geb};{bsn};{adres}",
    "Regel 17 uit de export (Naam;Geb.datum;Telefoon): {naam};{geb};{tel}",
    "{naam:achternaam-komma-voornaam};{bsn};{mail};{tel};actief",
    "Client;Adres;IBAN → {naam};{adres};{iban}",
    "| {naam:voornaam} (geb. {geb}) | {school} | groep 7 | zorgniveau 2 |",
    "| {naam} | {adres} | {tel} | intake 03-2024 |",
    "{naam:hoofdletters};{adres};ja;nee;deels",
    # WhatsApp messages copied into the file
    "[12-03 14:02] Moeder: ik ben bij {naam:voornaam} op school, {school}, bel me op {tel}",
    "[12-03 14:05] Gezinscoach: oké, ik stuur het plan vanavond naar {mail}",
    "[13-03 09:17] Vader: mijn nieuwe adres is {adres}, graag de post daarheen",
    "[14-03 21:40] Moeder: {naam:bijnaam} heeft weer iets geplaatst op {social} 😢",
    "[15-03 08:03] Oma: ze is geboren op {geb}, dat staat ook op haar pas",
    "[16-03 11:26] Vader: rekeningnummer voor de vergoeding is {iban}",
    # speech-to-text transcripts
    "dus ik zeg tegen {naam:kleine-letters} van je moet gewoon naar school gaan en dan zegt ze ja maar",
    "en dan belt {naam:kleine-letters} mij om elf uur s avonds op {tel:mobiel-paren} dat het weer mis is",
    "die woont nu bij haar tante op de {adres:kleine-letters} dat is vlak bij het station",
    "het kind zit op {school:kleine-letters} in groep zes en daar gaat het eigenlijk best wel goed",
    "ja de geboortedatum van de jongste is {geb:maand-voluit} dat weet ik nog omdat het op een zondag was",
    # Surinamese Dutch
    "Tante {naam:voornaam} zegt: ik ben moe boi, dat kind wil niet naar {school} en ik kan niet elke dag gaan.",
    "Baya, ze woont nu bij haar zus op {adres}, je moet daar langs want ze neemt niet op.",
    "Oom {naam} zegt hij heeft die auto ({kenteken}) verkocht, maar mi zie hem nog elke dag staan.",
    "Mi sabi dat moeder geld stuurt naar famiri, via {iban}, dus de huur blijft liggen.",
    # English notes by an expat professional
    "Spoke with {naam} (mother) today; she prefers contact via {mail} rather than by phone.",
    "Note for file: the family moved to {adres}, the child is still enrolled at {school}.",
    "Father {naam:voornaam} shared his IBAN {iban} for the reimbursement of the school trip.",
    "Call back requested on {tel} before Friday, the GP letter is still missing.",
    "Teen is very active online as {social}, posts location tags from home.",
    # Frisian
    "Mem {naam:voornaam} hat sein dat it bern wer nei {school} giet, mar de juf makket har soargen.",
    "Heit wennet no op {adres} en hat de bern om de oare wike.",
    "It bern, geb. {geb:fries}, hat in diagnoaze fan de kinderarts krigen.",
    "Skille mei {naam} op {tel}, sy wol gjin húsbesite mear.",
    # further dossier remarks
    "Opmerking bij dossier: de melding noemt {naam} als pleger; het BSN ({bsn}) is in het verslag niet weggelakt.",
    "Het verzoek om bijzondere bijstand stond op naam van {naam}, uitbetaald op {iban}.",
    "Kopie ID-bewijs van {naam} (geb. {geb}) zit als bijlage in het dossier, zonder noodzaak.",
    "In het ondersteuningsplan staat het e-mailadres {mail} van de ex-partner, die geen gezag heeft.",
    "Correspondentieadres moeder: {adres}.",
    "Zorgmelding politie: voertuig {kenteken} meermaals gezien bij de woning van {naam:achternaam}.",
    "De jongere noemt zich online {social} en daar staan foto's van de woning op.",
    "Broertje {naam:bijnaam} (zo noemt iedereen hem) zit in groep 3 van {school}.",
    "Contactpersoon school: intern begeleider {naam:voorletter-achternaam}, {tel}.",
    "Aanmelding via de huisarts voor {naam:tussenvoegsel-achteraan}, BSN {bsn}.",
    "Moeder heet sinds haar huwelijk {naam:dubbele-achternaam}; in het dossier staan beide namen door elkaar.",
    "Ouders: {naam:achternaam-in-hoofdletters} en {naam:achternaam-in-hoofdletters}, adres {adres}.",
    "Voorlopige voogd: {naam:initialen}, Jeugdbescherming; tel {tel}.",
    "Huisbezoek afgelegd op {adres}; de woning was netjes, de kinderen waren niet thuis.",
    "Nieuw adres volgens BRP: {adres} (per 1 februari).",
    "Tijdelijke opvang op {adres}, daarna terug naar de eigen woning.",
    "Van: {mail} Aan: wijkteam Onderwerp: klacht over de gezinscoach",
    "Cc: {mail}; graag de ouders niet meer in de cc zetten",
    "Terugbelverzoek van vader via het KCC, nummer {tel}.",
    "Vast nummer oma, alleen voor noodgevallen: {tel}.",
    "Parkeervergunning aangevraagd voor {kenteken} door {naam}.",
    "Screenshot van het profiel {social} is opgeslagen in het dossier.",
    "Moeder verkoopt spullen via {social} om rond te komen.",
    "De leerplichtambtenaar meldt 40 uur verzuim van {naam:voornaam} op {school} (klas 2B).",
    "Aanmelding bij {school} is afgewezen; er is een wachtlijst.",
    "Burgerservicenummer: {bsn}",
    "bsn moeder {bsn}, bsn kind {bsn}",
    "Vergoeding reiskosten naar IBAN {iban} t.n.v. {naam:voorletter-achternaam}.",
    "Gezinssamenstelling: vader {naam}, moeder {naam}, kinderen {naam:voornaam} en {naam:voornaam}.",
    "Zus {naam:voornaam} (* {geb}) logeert vaak bij de buren.",
    "Pleegouders {naam:achternaam} wonen op {adres}; de omgang is op zaterdag.",
]

TEAM = [
    "Wijkteam Noord, casusregisseur {naam}",
    "Gezinsteam Oost (contact {tel})",
    "Jeugdteam Centrum — {mail}",
    "Sociaal team Zuid, dossier {naam:achternaam} BSN {bsn}",
    "Wijkteam West, declaraties via {iban}",
    "Buurtteam De Hoven, locatie {adres}",
    "Team Jeugd 12-18, kind geb. {geb}",
    "Ambulant team, dienstauto {kenteken}",
    "Jongerenwerk Noord, bereikbaar via {social}",
    "Schoolteam {school}",
]

BESTAND = [
    "gezinsplan {naam} concept",
    "intake bsn {bsn}",
    "belnotitie {tel}",
    "doorgestuurde mail {mail}",
    "machtiging {iban}",
    "huisbezoek {adres}",
    "kind geb {geb}",
    "foto kenteken {kenteken}",
    "screenshot {social}",
    "verzuimmelding {school}",
]
