"""Sentence frames of part b of the eighth privacy corpus, in the same styles as part a (`achtste_zinnen_a.py`) but
with frames of their own: no frame of part a comes back here."""

from __future__ import annotations

VRIJ = [
    # verwijsbrief van de huisarts
    "Verwijsbrief huisartsenpraktijk Oosterpoort. Naam: {naam:achternaam-komma-voornaam}. Geb.datum: {geb}. BSN: {bsn}.",
    "Beste wijkteam, ik zie {naam} (geb. {geb:voluit}) regelmatig op het spreekuur met buikpijn zonder medische oorzaak.",
    "Adres patiënt volgens ons HIS: {adres:met-postcode-plaats}; telefonisch: {tel}.",
    "Moeder wil liever gebeld worden op het nummer van haar zus: {tel:mobiel-streepje}.",
    "Vraagstelling huisarts: kan het wijkteam meekijken in het gezin van {naam:voorletter-achternaam}?",
    "Collegiale groet, {naam:initialen-achternaam}, waarnemend huisarts, {mail:initiaal}.",
    # overdracht wijkteam naar jeugdzorgaanbieder
    "Overdrachtsformulier jeugdhulp. Cliënt: {naam}; geboren {geb:afgekort}; onderwijs: {school}.",
    "Ouder met gezag: {naam:achternaam-komma-voorletters}, woonachtig {adres}.",
    "Telefoon ouder 2: {tel}; e-mail ouder 2: {mail}.",
    "Burgerservicenummer cliënt: {bsn:streepjes}",
    "De intake bij de aanbieder vindt plaats met {naam:drie-namen} en een tolk Tigrinya.",
    "Roepnaam in de aanmelding: {naam:roepnaam-tussen-haakjes}.",
    # Veilig Thuis
    "Veilig Thuis ontving een zorgmelding van de verloskundige over {naam} (geb. {geb:schuin}).",
    "Uitkomst onderzoek VT: er is sprake van huiselijk geweld tussen {naam} en haar partner {naam:voornaam}.",
    "Adres van de melding: {adres}; volgens VT woont vader er niet meer.",
    "Na de melding is er gesproken met tante {naam:achternaam-in-hoofdletters}, zij belt via {tel:mobiel-nul-haakjes}.",
    "De vermoedelijke pleger reed weg in een witte bestelbus, {kenteken}.",
    # beschikking kinderrechter
    "Beschikking van de rechtbank: de ondertoezichtstelling van {naam:achternaam-komma-voornaam}, geb. {geb}, wordt "
    "verlengd met twaalf maanden.",
    "Verzoek van de Raad inzake {naam}, geboren {geb:engels}, woonachtig bij moeder aan de {adres}.",
    "De rechter benoemt {naam:voorletter-achternaam} tot voogd.",
    "Vader ({naam}) verscheen niet ter zitting; hij staat ingeschreven op {adres:postcode-aaneen}.",
    "Gezagsbeëindiging ten aanzien van {naam:voornaam}; moeder, {naam:volledig}, stemt niet in.",
    # onderwijskundig rapport en zorgadviesteam
    "Verslag ZAT, casus 3: {naam:achternaam-komma-voornaam}, groep 8, {school}.",
    "Naam leerling {naam}, geboortedatum {geb:iso} (geb.), huidige school {school}.",
    "De ib'er van {school} meldt dat {naam:voornaam} zich terugtrekt in de pauzes.",
    "Verzuimmelding DUO voor {naam}: 16 uur ongeoorloofd afwezig in twee weken.",
    "Overstap naar {school} per januari; onderwijskundig rapport volgt.",
    "Mentor mailt vanuit het leerlingvolgsysteem naar ouders via {mail:punt}.",
    # gezinsplan
    "Gezinsplan, doel 1: veiligheid. Afspraak: {naam:voornaam} slaapt bij oma als vader gedronken heeft.",
    "Samenstelling gezin: {naam} (vader), {naam} (stiefmoeder), {naam:voornaam} (geb. {geb:punten}).",
    "Steunfiguur: buurman {naam:tussenvoegsel-achteraan}, woont op {adres}.",
    "Acties: moeder zet de toeslagen over naar {iban}; wijkteam helpt bij het formulier.",
    "Wat gaat goed: {naam:bijnaam} is trots op zijn zwemdiploma.",
    # Verwijsindex
    "Verwijsindex: nieuwe signalering op BSN {bsn}, signaleerder jeugdgezondheidszorg.",
    "Betrokken bij {naam} volgens de Verwijsindex: school, wijkteam en de jeugdreclassering.",
    "Afstemming na match Verwijsindex over {naam:achternaam-komma-voorletters} (geb. {geb:zonder-voorloopnul}).",
    # logboek
    "ma 16-01 AvK: {naam} belde huilend, terugbelverzoek op {tel}.",
    "17-01 | TJ | huisbezoek gepland op {adres:straat-nummer}",
    "19/1 - GH - mail gestuurd aan {mail}, geen reactie.",
    "dagboek 23-01: {naam:voornaam} niet op school, navraag bij {naam:achternaam}.",
    "08-02 EvD: {naam} kwam zonder afspraak langs met {naam:voornaam}.",
    "25-01 SvO: kenteken {kenteken} genoteerd, bekend van de melding in december.",
    "30-01 MK: moeder heeft nieuw rekeningnummer, {iban:kleine-letters-groepen}.",
    # huisbezoek
    "Verslag huisbezoek {adres:met-postcode-plaats}: koelkast leeg, kinderen eten bij de buren.",
    "Aanwezig bij het huisbezoek: {naam}, {naam:voornaam} en de hond.",
    "Na het huisbezoek zag ik {naam:voornaam} op de stoep met oudere jongens uit de buurt.",
    "Er stond een scooter met kenteken {kenteken} in de gang.",
    # schuldhulp
    "Aanmelding schuldhulpverlening: {naam:achternaam-komma-voornaam}, bankrekening {iban}.",
    "Overzicht schuldeisers: zorgverzekeraar € 2.310,45, energie € 870,00; betalingen vanaf {iban:groepen}.",
    "Beschermingsbewind aangevraagd; bewindvoerder gebruikt beheerrekening {iban:aaneen} voor {naam}.",
    "Cliënt ontvangt post op {adres:postbus} sinds de uitzetting.",
    "Inkomen: loon van partner {naam}, uitbetaald op {iban}.",
    # ProKid
    "ProKid meldt: {naam} (geb. {geb}) betrokken bij vechtpartij op de {adres:straat-nummer}.",
    "Politie-registratie: voertuig {kenteken} op naam van {naam:hoofdletters}, WAM niet in orde.",
    "Signaal rood in ProKid; woonadres gezin {adres}, minderjarige {naam:voornaam}.",
    "De wijkagent kent {naam:voornaam} van het account {social}, waarop hij messen laat zien.",
    # Wmo
    "Verslag keukentafelgesprek: meneer {naam:achternaam} (geb. {geb:voluit}) kan de trap niet meer op.",
    "Contactpersoon: schoonzoon {naam}, tel. {tel}, mail {mail}.",
    "Mevrouw {naam:achternaam} woont met haar kleinzoon op {adres} en vraagt begeleiding.",
    "Traplift geplaatst in de woning aan de {adres:afgekort}.",
    # ingesproken memo
    "memo voor het dossier eh {naam:kleine-letters} woont nu eh op {adres:kleine-letters} ja",
    "ehm dus vader eh {naam:kleine-letters} belt nooit terug punt nieuwe regel",
    "even inspreken eh telefoon oma is {tel} eh dat moet ik nog checken",
    "uh ze gaat na de zomer naar {school:kleine-letters} zegt moeder komma eh als dat lukt",
    "eh {naam:kleine-letters} is eh geboren op {geb:voluit} dus ze is nu eh zeven",
    # brief door OCR gelezen
    "Geachte rnevrouw {naam:ocr}, hierbij ontvangt u de beschikking jeugdhulp.",
    "Naarn: {naam:ocr}   Geb.: {geb:punten}   Adres: {adres}",
    "Wij hebben uw betaling ontvangen van rekeningnurnrner {iban}.",
    "BSN: {bsn:punten}   Kenrnerk: JZ/2023/771",
    "Uw aanvraag voor {naam:ocr} is toegekend voor de periode van 1 februari tot 1 augustus.",
    # doorgestuurde e-mail
    "-----Oorspronkelijk bericht----- Van: {naam} [mailto:{mail}] Verzonden: woensdag 8 februari 2023 11:02",
    "From: {naam} <{mail}> Sent: Thursday, 9 March 2023 Subject: FW: gesprek school",
    "Hartelijke groet, {naam} | Jeugdverpleegkundige | bereikbaar ma-do: {tel}",
    ">> Mijn zoon {naam:voornaam} zit op {school}, kunt u daar contact mee opnemen?",
    "Doorgestuurd door {naam:voorletter-achternaam}; het origineel ging naar {mail:gemengd}.",
    # geplakte spreadsheet
    "{naam:achternaam-komma-voorletters} | {bsn:vier-twee-drie} | {tel} | wachtlijst",
    "regel 7  {naam:hoofdletters}  geb. {geb:iso}  {adres:postcode-huisnummer}",
    "{naam};{adres:straat-nummer};{tel:mobiel-aaneen};afgesloten",
    "cliëntnaam  bsn  status: {naam}  {bsn:aaneen}  lopend",
    # Teams
    "@{naam} heb jij het rapport van {naam:voornaam} al gelezen?",
    "Taak toegewezen aan @{naam:volledig}: huisbezoek plannen op {adres}.",
    "[14:05] {naam}: moeder vraagt of we kunnen bellen op {tel}",
    "Gedeeld in het kanaal: screenshot van {social}, graag niet verder verspreiden.",
    # Papiamento
    "Mi yu {naam:voornaam} no ke bai skol mas, e ta keda na kas den {adres}.",
    "Nomber di mama: {naam}; fecha di nasementu (geb.) {geb:punten}.",
    "Bo por manda e karta na {mail}, danki.",
    "Su tata, {naam}, a bai Aruba i no ta bolbe.",
    # Turks
    "Kızım {naam:voornaam} gaat niet meer naar school, zegt moeder {naam}.",
    "Adresimiz: {adres}, telefon {tel}.",
    "Anne {naam:achternaam-in-hoofdletters}, doğum tarihi (geb.) {geb:turks}.",
    "Amca {naam:voornaam} brengt de kinderen naar {school}, inşallah komt het goed.",
    # Arabisch
    "Yallah, zegt {naam:voornaam}, ik ga al, maar ik praat niet met {naam}.",
    "Mashallah, {naam:voornaam} haalt goede cijfers op {school}.",
    "Khalti {naam} woont op {adres}, daar kunnen de kinderen slapen.",
    # Pools
    "Syn {naam:voornaam} chodzi do szkoły {school}, maar spijbelt veel.",
    "Matka {naam}, ur. (geb.) {geb:pools}, pracuje w kassen in het Westland.",
    "Numer telefonu ojca: {tel}, dzwonić po 18.",
    "Rachunek bankowy {iban}, właściciel {naam:achternaam-komma-voornaam}.",
    # Belgisch
    "Het Vertrouwenscentrum Kindermishandeling meldt: {naam} (° {geb:punten}), gedomicilieerd {adres:belgisch}.",
    "De consulent van de sociale dienst contacteerde de papa, {naam}, op {tel:belgisch-vast}.",
    "Leerlingenbegeleiding van {school} vraagt een MDO rond {naam:voornaam}.",
    "Ze hebben een rekening bij Belfius, {iban}, op naam van {naam}.",
    # Engels en Fries
    "Mother, {naam}, prefers English; her number is {tel:buitenland} and her email {mail}.",
    "Heit {naam} seit dat er gjin jild is foar de hier fan {adres}.",
    "Our client {naam:volledig} (born {geb:engels}, geb.) moved in with her aunt.",
    # diversen
    "Kinderen in het gezin: {naam:voornaam} *{geb:streepjes}, {naam:voornaam} *{geb:streepjes}, {naam:voornaam}.",
    "Moeder rijdt in een rode Fiat Panda, {kenteken}, en brengt de kinderen zelf.",
    "Op Instagram ({social:instagram-url}) staan foto's van {naam:voornaam} in de woning.",
    "Tante {naam:dubbele-achternaam} biedt aan om de kinderen op te vangen.",
    "Oud-klasgenoot {naam} schreef een brief aan de rechter.",
    "De nieuwe partner van moeder, {naam:achternaam-komma-voornaam}, wil niet meewerken.",
    "Ook de halfzus, {naam:volledig}, staat niet ingeschreven op het adres.",
    "Opa, {naam:voornaam}, brengt de jongste op dinsdag naar de logopedie.",
    "Het gezin verhuist per 1 juni naar {adres:met-postcode-plaats}.",
    "In de zomer logeert de oudste bij familie op {adres:duits}.",
    "Vader woont sinds de scheiding weer op {adres:caribisch}.",
    "Aanwezig bij het gesprek: {naam:achternaam-komma-voorletters}, de ib'er en ik.",
    "{naam:volledig} regelt de administratie voor het hele gezin.",
    "We spraken {naam} en {naam:voornaam} apart, op verzoek van de jongeren.",
    "Zijn Snapchat: {social:snapchat-naam}; school heeft gezien dat hij daar dreigt.",
    "Nieuwe contactgegevens moeder: {mail:laag-streepje}.",
    "Ze slaapt nu bij een vriendin, {naam}, op de {adres:straat-nummer-toevoeging}.",
    "{naam} vertelde dat vader haar slaat als ze te laat thuis is.",
]

TEAM = [
    "Buurtteam West - gezin {naam}",
    "Sociaal wijkteam, regisseur {naam:achternaam-komma-voorletters}",
    "Jeugdteam, BSN kind {bsn:punten}",
    "Wijkteam Centrum, mobiel {tel}",
    "Jeugd en Gezin ({mail})",
    "Team Schulden, IBAN {iban}",
    "Sociaal team, spreekuur {adres}",
    "Jeugdteam Zuid, meisje geb. {geb}",
    "Team Veiligheid, auto {kenteken}",
    "Straatteam, profiel {social}",
    "Schoolmaatschappelijk werk {school}",
    "{naam:volledig} (wijkteam Oost)",
]

BESTAND = [
    "overdracht {naam:achternaam} geb {geb:streepjes}",
    "beschikking OTS {naam}",
    "BSN_{bsn:aaneen}_verwijsindex",
    "tel moeder {tel:mobiel-streepje}",
    "doorgestuurd {mail:initiaal}",
    "bankafschrift {iban:groepen}",
    "verslag huisbezoek {adres:straat-nummer}",
    "foto auto {kenteken}",
    "profiel {social:at-handle}",
    "onderwijskundig rapport {school}",
    "memo {naam:kleine-letters}",
    "brief gezinsvoogd {naam:voorletter-achternaam}",
]
