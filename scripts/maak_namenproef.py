"""Write the probe part ``tests/data/privacy/namen-proef`` (issue 20, names on data nobody tuned on): clean lines in
which a maker of a method, a role mailbox, an organisational file name, a building or brand after a person, a
nationality, language, religion, holiday, a disease named after a person, a test or a medicine looks like a name;
and real names of many origins in the places and writings Dutch wijkteam and jeugdbescherming files use (file
names, after roles and titles, lowercase and capitals, "Achternaam, Voornaam", initials, nicknames, double
surnames, relatives, "Casus X:", "Ingevuld door X namens moeder", "Wijkteam Noord / X").

Written by hand from how such files are written, BEFORE the name rules were read or changed, so no rule was fitted
to it. Run ``.venv/bin/python scripts/maak_namenproef.py`` to write the files again (seeded: same placements).
"""

from __future__ import annotations

import random
from pathlib import Path

DOEL = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy" / "namen-proef"
TEKST = ("toelichting", "citaat", "citaat-gevouwen", "commentaar")
KORT = ("team", "sleutel")

# category -> clean sentences (text placements)
SCHOON_ZINNEN: dict[str, list[str]] = {
    "methode-maker": [
        "Het gezin werkt volgens Signs of Safety van Turnell en Edwards.",
        "De gezinsvoogd werkt volgens Signs of Safety van Turnell.",
        "De behoeften van moeder zijn geordend met de piramide van Maslow.",
        "Volgens Bronfenbrenner moet je naar de hele omgeving van het kind kijken.",
        "Het ecologisch model van Bronfenbrenner is gebruikt bij de analyse.",
        "Het model van Prochaska en DiClemente laat zien dat vader nog twijfelt.",
        "Volgens Prochaska en DiClemente zit vader in de fase van overpeinzing.",
        "Vader volgt sinds maart een Gordon-training.",
        "Moeder heeft de Gordontraining afgerond.",
        "Er is video-interactiebegeleiding volgens Marte Meo ingezet.",
        "Marte Meo is ingezet om de interactie met de baby te verbeteren.",
        "De oudercursus Triple P is aangeboden aan beide ouders.",
        "Moeder volgt Triple P niveau 4 bij het CJG.",
        "Het crisisteam werkt met de methode Kaplan.",
        "De zoon doet mee aan Rots en Water op school.",
        "In groep 6 krijgt de klas Kanjertraining.",
        "De Beck Depression Inventory gaf bij moeder een score van 24.",
        "Bij het consultatiebureau is de Bayley afgenomen.",
        "De WISC-V laat een disharmonisch profiel zien.",
        "De Van Wiechen-onderzoeken waren tot 18 maanden zonder bijzonderheden.",
        "Volgens het Van Wiechenschema loopt de spraakontwikkeling achter.",
        "De hechting is beoordeeld aan de hand van de theorie van Bowlby.",
        "Volgens de hechtingstheorie van Bowlby en Ainsworth is de band onveilig.",
        "Met de cirkel van Covey is besproken waar vader invloed op heeft.",
        "Er is gewerkt met het competentiemodel van Slot en Spanjaard.",
        "PMTO volgens Patterson is geïndiceerd voor de zoon.",
        "De oplossingsgerichte vragen van De Shazer zijn gebruikt in het gesprek.",
        "Volgens de participatieladder van Arnstein zit het gezin op trede twee.",
        "De Ziggurat van Aarons en Gittens is ingevuld voor de zoon.",
        "In de intervisie kwam de dramadriehoek van Karpman ter sprake.",
        "Volgens Kübler-Ross zit moeder in de fase van boosheid.",
        "Moeder is verwezen voor EMDR volgens Shapiro.",
        "De ART volgens Goldstein is niet aangeslagen.",
        "De kinderopvang werkt volgens Emmi Pikler.",
        "De opvang werkt volgens de ideeën van Montessori en Reggio Emilia.",
        "Volgens Piaget zit het kind in de preoperationele fase.",
        "Vader volgt schematherapie volgens Young.",
        "Het ijsbergmodel van McClelland is gebruikt om het gedrag te duiden.",
        "Het team werkt met de 1-gezin-1-plan-aanpak en het model van Kolb.",
        "In het plan staat de Nieuwe Autoriteit van Omer als uitgangspunt.",
        "Er is gekozen voor Families First in plaats van een uithuisplaatsing.",
        "De training Rots en Water sluit aan bij de Kanjertraining op school.",
        "Het gedrag is besproken met de ABC-methode van Ellis.",
        "De zoon doet mee aan Minddistrict en aan de Zelfcontroletraining van Van Manen.",
    ],
    "rolmailbox": [
        "Aanmelding gaat via wijkteam-noord@gouda.nl.",
        "Stuur de stukken naar jeugd.intake@lelystad.nl.",
        "Verzuim melden bij postbus.leerplicht@zwolle.nl.",
        "De rapportage is gemaild naar secretariaat.gezinsvoogdij@jbrotterdam.nl.",
        "Het verzoek is doorgestuurd naar functioneelbeheer@wijkteamsutrecht.nl.",
        "Contact via jeugdteam.oost@almere.nl of via de receptie.",
        "Meldingen over zorg en overlast via meldpunt-zorg@rotterdam.nl.",
        "Het buurtteam bereikt u via buurtteam.centrum@amsterdam.nl.",
        "Het plan is verstuurd naar toegang.jeugd@deventer.nl en naar de huisarts.",
        "De klacht is ingediend via klachten@jeugdbeschermingwest.nl.",
        "Afmelden kan via planning.ambulant@levvel.nl.",
        "Uw vraag kunt u sturen naar sociaalteam-west@leeuwarden.nl.",
        "Het wijkteam heeft de gegevens opgevraagd via backoffice.wmo@denhaag.nl.",
        "Een inzageverzoek kan via privacy@jeugdbeschermingregio.nl.",
        "De zorgmelding is verstuurd naar zorgmeldingen@vt-hollandsmidden.nl.",
        "De school mailde naar ib.debrug@skogouda.nl over het verzuim.",
        "Het verslag ging naar jgz.kennemerland@ggd.nl.",
        "Voor vragen: wijkteam.delfshaven@rotterdam.nl.",
        "De planning loopt via intake-jeugd@gemeentegouda.nl.",
        "Facturen gaan naar crediteuren.jeugd@zwolle.nl.",
        "De leerplichtambtenaar is bereikbaar via leerplicht.rbl@eemenvallei.nl.",
        "Verwijzingen van de huisarts komen binnen via poh-jeugd@huisartsenmaatschap.nl.",
        "Het advies staat in de mail van team.kinderbescherming@rvdk.nl.",
        "Het CJG is bereikbaar via cjg.noord@zaanstad.nl.",
    ],
    "organisatie-persoon": [
        "Het gezin verbleef in het Ronald McDonald Huis.",
        "De opname was in het Wilhelmina Kinderziekenhuis.",
        "Het consult was in het Emma Kinderziekenhuis.",
        "Het Prinses Máxima Centrum heeft de behandeling overgenomen.",
        "Moeder werkt in het Máxima Medisch Centrum.",
        "De dochter zit op het Erasmus College.",
        "Het Erasmus MC heeft de diagnose gesteld.",
        "De bevalling was in het Albert Schweitzer ziekenhuis.",
        "Moeder is opgenomen bij Vincent van Gogh in Venray.",
        "Het buurthuis Martin Luther King organiseert huiswerkbegeleiding.",
        "De jongere voetbalt op het Cruyff Court in de wijk.",
        "Het project kreeg de Anne Frank Award.",
        "De moeder werkt bij de Albert Heijn in het winkelcentrum.",
        "Vader werkt als kok bij Van der Valk.",
        "De zoon heeft een bijbaan bij Dirk van den Broek.",
        "De jongere draagt alleen kleding van Tommy Hilfiger.",
        "Hij werkt bij McDonald's in het centrum.",
        "Het gezin spaart Douwe Egberts-punten voor een koffiezetapparaat.",
        "Vader rijdt in een oude Mercedes.",
        "Het gezin woont in de Rembrandtbuurt.",
        "De jongere loopt stage in het Van Gogh Museum.",
        "De zoon zit op de Jan Ligthartschool.",
        "De dochter gaat naar de Anne Frankschool.",
        "Het wijkteam houdt spreekuur in het Huis van de Wijk Thorbecke.",
        "De sportles is in sporthal Dr. Schaepman.",
        "Het gesprek vond plaats in het Nelson Mandela Centrum.",
        "De jongere is geplaatst bij de Glenn Mills School.",
        "Het gezin krijgt hulp van het Leger des Heils en van Humanitas.",
        "Moeder volgt een taalcursus bij het Fontys.",
        "De kinderen krijgen een zwemdiploma via het Jeugdfonds Sport & Cultuur.",
        "Het Nationaal Fonds Kinderhulp betaalt de fiets.",
        "Het Sinterklaasfeest van de Voedselbank was in de Sint-Jozefkerk.",
    ],
    "taal-religie-feest": [
        "Moeder spreekt Tigrinya en een beetje Arabisch.",
        "Het gesprek is gevoerd met een tolk Dari.",
        "Vader is Eritreeër, moeder is Ethiopisch.",
        "Het gezin is soennitisch moslim.",
        "Tijdens de Ramadan zijn de afspraken in de middag gepland.",
        "Met het Suikerfeest is het gezin bij familie in Rotterdam.",
        "Na Kerst wordt het plan geëvalueerd.",
        "Met Pinksteren gaat het gezin naar Polen.",
        "Het Offerfeest valt dit jaar in de zomervakantie.",
        "Rond Sinterklaas is er extra spanning in huis.",
        "Op Koningsdag was er een incident in de buurt.",
        "Met Divali gaat de familie naar de mandir.",
        "Vader is Koerdisch en spreekt Sorani.",
        "De kinderen spreken Papiaments met oma.",
        "Moeder is Hindoestaans en spreekt Sarnami.",
        "De jongere gaat naar een Pinkstergemeente.",
        "De familie is Eritrees-orthodox.",
        "Het gezin is Pools-katholiek en gaat naar de Poolse mis.",
        "Vader spreekt Somali en een beetje Swahili.",
        "Moeder spreekt Farsi, de kinderen spreken Nederlands.",
        "Met Pesach is de zoon niet op school.",
        "Het gezin viert Nowruz met de familie.",
        "De familie is Jehova's getuige.",
        "Moeder spreekt Oekraïens en Russisch, de tolk sprak Oekraïens.",
        "Vader is Marokkaans-Berbers en spreekt Tarifit.",
        "De familie komt uit Afghanistan en spreekt Pashtu.",
    ],
    "ziekte-persoon": [
        "De zoon heeft het syndroom van Down.",
        "Het jongste kind heeft Downsyndroom.",
        "Vader heeft de ziekte van Parkinson.",
        "Bij de zoon is Asperger vastgesteld.",
        "Moeder heeft Crohn en is vaak moe.",
        "Oma heeft Alzheimer en woont in een verpleeghuis.",
        "De dochter heeft het syndroom van Tourette.",
        "In de familie van vader komt Huntington voor.",
        "Vader heeft na jaren drinken het syndroom van Korsakov.",
        "Bij de baby is de ziekte van Hirschsprung vastgesteld.",
        "De zoon heeft Duchenne en zit in een rolstoel.",
        "Het kind heeft het syndroom van Prader-Willi.",
        "De oudste zoon heeft het syndroom van Klinefelter.",
        "Moeder heeft Pfeiffer gehad en is nog niet hersteld.",
        "Het kind heeft het Marfan-syndroom.",
        "Moeder is behandeld voor een Hodgkin-lymfoom.",
        "De zoon heeft Tourette en ADHD.",
        "Bij oma is Parkinson vastgesteld.",
        "Vader heeft Bechterew en kan niet werken.",
        "De dochter heeft het syndroom van Asperger en een angststoornis.",
    ],
    "test-instrument": [
        "De CBCL en de TRF zijn afgenomen.",
        "Uit de WISC-V komt een TIQ van 78.",
        "De Bayley-III is afgenomen op het consultatiebureau.",
        "Moeder heeft de Edinburgh Postnatale Depressieschaal ingevuld.",
        "De Conners is door de leerkracht ingevuld.",
        "Volgens de Wechsler is het verbale deel sterker.",
        "Op de Vineland scoort de jongen laag.",
        "De Snijders-Oomen is afgenomen door de orthopedagoog.",
        "De Peabody laat een achterstand in woordenschat zien.",
        "De Kaufman is afgenomen door de psycholoog.",
        "Er is een Raven afgenomen.",
        "De Apgar-score bij de geboorte was 9.",
        "De Achenbach-vragenlijsten wijzen op internaliserende problemen.",
        "De Eyberg is door beide ouders ingevuld.",
        "De gezinsvoogd heeft de LIRIK en de ARIJ ingevuld.",
        "De Beck is bij de huisarts afgenomen.",
        "De SDQ van Goodman is door de mentor ingevuld.",
        "De Bayley is op 18 maanden herhaald.",
    ],
    "medicijn": [
        "De zoon gebruikt Ritalin en 's avonds melatonine.",
        "Moeder gebruikt Seroquel en Oxazepam.",
        "Vader krijgt methadon en Valium.",
        "De dochter gebruikt Concerta 36 mg.",
        "Moeder slikt Paroxetine sinds de bevalling.",
        "Het kind krijgt Risperdal voor de woede-uitbarstingen.",
        "Oma gebruikt Sinemet voor haar Parkinson.",
        "De jongere gebruikt Strattera.",
        "De huisarts schreef Ventolin voor.",
        "Het kind gebruikt Medikinet en Dexamfetamine.",
        "Vader kreeg Abilify als depotmedicatie.",
        "Moeder gebruikt Lorazepam als ze niet kan slapen.",
    ],
    "rol-team": [
        "De gedragswetenschapper, de jeugdarts en de IB'er waren aanwezig.",
        "Casus 12: moeder met schulden en twee kinderen.",
        "Ingevuld door de gezinsvoogd namens moeder.",
        "Aanwezig: moeder, vader, stiefvader en de mentor.",
        "Het MDO is voorgezeten door de teamleider van Wijkteam Noord.",
        "Grootmoeder van moederszijde past twee dagen per week op.",
        "De vriend van moeder is vaak aanwezig bij de huisbezoeken.",
        "De jeugdverpleegkundige en de wijkagent zijn geïnformeerd.",
    ],
}

# category -> short clean values (team field and key)
SCHOON_KORT: dict[str, list[str]] = {
    "rolmailbox": ["wijkteam-noord@gouda.nl", "jeugd.intake@lelystad.nl", "postbus.leerplicht@zwolle.nl",
                   "secretariaat.gezinsvoogdij@jbrotterdam.nl", "jeugdteam.zuid@almere.nl", "cjg.oost@zaanstad.nl"],
    "rol-team": ["Wijkteam Noord / Centrum", "Jeugdteam Zuid / Gezinsvoogdij", "Sociaal Team West / Jeugd",
                 "Wijkteam Noord / Gouda", "Team Jeugd & Gezin / Lelystad Haven", "Gebiedsteam Oost / Kanaleneiland",
                 "Jeugdbescherming west", "Team Veilig Thuis Zuid"],
    "methode-maker": ["Signs of Safety", "Marte Meo", "Triple P", "Kanjertraining", "Rots en Water", "Gordon-training",
                      "Methode Kaplan", "Piramide van Maslow"],
}

# file names (without .yaml; a space becomes an underscore) that are organisational
SCHOON_BESTANDEN = [
    "verslag_MDO_wijkteam_Noord_2016", "overdracht-VeiligThuis-GOU-2016-035", "Gezinsplan_Lelystad_concept_v2",
    "BOZ-2016-012_aanvulling_JGZ", "GOU-2016-035_evaluatie_Signs_of_Safety", "2016-03-12 MDO jeugdteam Oost",
    "notulen_casusoverleg_Zorg_en_Veiligheidshuis", "plan-van-aanpak_Triple_P_2017",
    "verslag_huisbezoek_wijkteam_Kanaleneiland", "DEV-2018-044_rapportage_Raad_voor_de_Kinderbescherming",
    "ALM-2019-101 verlengingsverzoek GI", "intake_Jeugdbescherming_West_versie_3", "risicotaxatie_LIRIK_GOU-2016-035",
    "ZWO-2017-009_Marte_Meo_verslag", "verslag_Sophia_Kinderziekenhuis_consult", "2019_Q3_rapportage_buurtteam_Lombok",
    "concept_gezinsplan_Lelystad_Haven", "LEL-2016-077_Van_Wiechen_overzicht", "brief_leerplicht_RBL_Eem_en_Vallei",
    "MDO-verslag Jeugdteam De Kern 12-03-2016", "Bijlage_3_WISC-V_uitslag", "Overdracht_Zorg_Thuis_Nederland",
    "kindcheck_huisarts_2016", "VT_melding_2016-035_anoniem", "rapportage-Pluryn-ambulant-2018",
    "GOU-2016-035_Bayley_uitslag", "Signalering_Kanjertraining_groep6", "Maslow_behoeftenanalyse_concept",
    "Verslag Kerstoverleg 2016", "planning_Pasen_2017", "Ramadan_afspraken_school", "tolkverslag_Tigrinya_2016",
    "WijkteamNoord_Overdracht_2017", "GezinsplanLelystadDefinitief", "Evaluatie-Families-First-DEV-2018",
    "verslag_Kaplan_crisisinterventie", "overdracht_Ronald_McDonald_Huis", "notitie_Downsyndroom_ondersteuning",
    "Rapportage_William_Schrikker_2017", "verslag_teamoverleg_Jeugd_Gezin_Zuid_week12",
    "checklist-Meldcode-Huiselijk-Geweld", "BOZ-2016-012_Rots_en_Water_evaluatie",
]

# real names: (category, origin, text with {naam:...}); text placements
WAARDEN_ZINNEN: list[tuple[str, str, str]] = [
    ("na-rol", "oekraiens", "Gesprek met mevrouw {naam:Kovalenko} over de schulden."),
    ("na-rol", "marokkaans", "mw. {naam:Bakkali} was niet thuis bij het huisbezoek."),
    ("na-rol", "turks", "Dhr {naam:Yılmaz} belde terug over de afspraak."),
    ("na-rol", "nederlands", "Gezinsvoogd {naam:Sanne Verhoef} heeft de zaak overgedragen."),
    ("na-rol", "nederlands", "Volgens jeugdarts dr. {naam:Meijer} is de groei normaal."),
    ("na-rol", "nederlands", "Meester {naam:Hans} van groep 5 ziet dat de zoon onrustig is."),
    ("na-rol", "marokkaans", "Juf {naam:Samira} heeft de zorgen gemeld bij de IB'er."),
    ("familie", "nederlands", "Opa {naam:Henk} haalt de kinderen op dinsdag op."),
    ("familie", "marokkaans", "De kinderen logeren bij grootmoeder {naam:El Khattabi}."),
    ("familie", "pools", "Stiefvader {naam:Kowalski} is sinds een jaar in beeld."),
    ("familie", "nederlands", "De vriend van moeder, {naam:Dennis}, is vaak aanwezig."),
    ("casus", "nederlands", "Casus {naam:Jansen}: zorgen over de veiligheid van de baby."),
    ("casus", "somalisch", "Casus {naam:Ahmed Yusuf}: overdracht naar het jeugdteam."),
    ("ingevuld", "eritrees", "Ingevuld door {naam:Tesfay Haile} namens moeder."),
    ("ingevuld", "pools", "Ingevuld door {naam:Kowalska} namens moeder."),
    ("achternaam-voornaam", "turks", "Betreft: {naam:Kaya, Emine}, moeder van twee kinderen."),
    ("achternaam-voornaam", "nederlands", "Cliënt: {naam:Vries, Jan de} (vader)."),
    ("voorletters", "nederlands", "Aanwezig: {naam:J.H. van der Meulen} (gezinsvoogd)."),
    ("voorletters", "turks", "Het verslag is ondertekend door {naam:A. Öztürk}."),
    ("roepnaam", "marokkaans", "Moeder noemt hem {naam:Mo}, zijn broers ook."),
    ("roepnaam", "nederlands", "De zoon, roepnaam {naam:Jay}, wil niet naar school."),
    ("dubbele-achternaam", "marokkaans", "Gesprek met mevrouw {naam:Bouzid-El Amrani} over de opvoeding."),
    ("dubbele-achternaam", "turks", "Mevrouw {naam:Van den Berg-Özdemir} is de pleegmoeder."),
    ("dubbele-achternaam", "nederlands", "De pleegmoeder, mevrouw {naam:Hoekstra-Bakker}, belde het team."),
    ("kleine-letters", "marokkaans", "gesprek met {naam:fatima el idrissi} over school"),
    ("kleine-letters", "oekraiens", "moeder {naam:oksana} belde om 10 uur"),
    ("kleine-letters", "nederlands", "tel. contact met {naam:jan de boer} (opa)"),
    ("kleine-letters", "eritrees", "huisbezoek bij {naam:yonas tesfamariam} en zijn moeder"),
    ("hoofdletters", "turks", "MOEDER {naam:AYSEL DEMIR} IS NIET BEREIKBAAR"),
    ("hoofdletters", "nederlands", "Overleg met {naam:KEES VAN DAM} (school)."),
    ("na-rol", "turks", "Vader, {naam:Mehmet Kaya} (42), werkt in ploegendienst."),
    ("familie", "nederlands", "{naam:Grietje} (oma van moederszijde) past op de kinderen."),
    ("familie", "pools", "De partner van vader, {naam:Ewelina}, woont sinds maart in."),
    ("familie", "marokkaans", "Halfbroer {naam:Rayan} (17) woont bij zijn vader."),
    ("opsomming", "marokkaans", "De kinderen {naam:Amira}, {naam:Yassin} en {naam:Lina} slapen op één kamer."),
    ("na-rol", "marokkaans", "Aanwezig: moeder, dhr. {naam:Tahiri} (vader) en de mentor."),
    ("na-rol", "nederlands", "Contactpersoon school: {naam:Ingrid Mulder} (IB)."),
    ("naam-als-woord", "turks", "Moeder {naam:Elif Kaplan} werkt bij de thuiszorg."),
    ("naam-als-woord", "nederlands", "Vader {naam:Bart Gordon} is niet bij het gesprek."),
    ("naam-als-woord", "nederlands", "Het gesprek met mevrouw {naam:Kaplan} ging over de huur."),
    ("naam-als-woord", "nederlands", "Oma {naam:Roos Down} past op de baby."),
    ("opsomming", "turks", "Besproken met {naam:Sevda} (moeder) en {naam:Orhan} (vader)."),
    ("familie", "surinaams", "Stiefvader {naam:Marco} en moeder {naam:Priscilla} wonen samen."),
    ("na-rol", "surinaams", "De buurvrouw, mevrouw {naam:Ramdin}, meldde de zorgen."),
    ("na-rol", "antilliaans", "Moeder {naam:Shurandy Martina} heeft een nieuwe baan."),
    ("na-rol", "afghaans", "Vader {naam:Wahid Ahmadzai} spreekt goed Nederlands."),
    ("na-rol", "syrisch", "De oudste zoon, {naam:Omar Al-Hassan}, zit in de ISK."),
    ("na-rol", "ghanees", "Tante {naam:Akosua Mensah} vangt de kinderen op."),
    ("na-rol", "vietnamees", "Moeder {naam:Nguyen Thi Lan} spreekt weinig Nederlands."),
    ("zin-begin", "eritrees", "{naam:Dawit Bekele} is op 12 maart aangemeld door de huisarts."),
    ("zin-begin", "pools", "{naam:Agnieszka Wiśniewska} wil graag hulp bij de opvoeding."),
    ("zin-begin", "nederlands", "{naam:Ilse van Dijk} heeft de overdracht gedaan."),
    ("na-rol", "somalisch", "Moeder {naam:Fadumo Hirsi} en haar zus kwamen samen."),
    ("na-rol", "chinees", "Gesprek met vader {naam:Chen Wei} over de thuissituatie."),
    ("na-rol", "hindoestaans", "Oma {naam:Sewkumari Bissesar} woont in hetzelfde huis."),
    ("familie", "marokkaans", "De schoonmoeder van moeder, {naam:Fatna Ouali}, bemoeit zich met de opvoeding."),
    ("na-rol", "nederlands", "Ingesproken door {naam:Marloes de Groot} (wijkteam)."),
    ("zin-begin", "turks", "{naam:Şahin} belde na het gesprek nog een keer."),
    ("voorletters", "eritrees", "Vader ({naam:T. Gebremedhin}) was niet aanwezig."),
    ("kleine-letters", "pools", "stiefvader {naam:piotr nowak} wil meedoen aan het plan"),
]

# real names in the team field and as a key
WAARDEN_KORT: list[tuple[str, str, str]] = [
    ("team-slash", "nederlands", "Wijkteam Noord / {naam:Marloes de Groot}"),
    ("team-slash", "nederlands", "Wijkteam Noord / {naam:Petra Smit}"),
    ("team-slash", "marokkaans", "Jeugdteam Zuid / {naam:Nadia Amrani}"),
    ("achternaam-voornaam", "turks", "{naam:Yılmaz, Ayşe}"),
    ("na-rol", "oekraiens", "moeder {naam:Oksana}"),
    ("hele-waarde", "eritrees", "{naam:Filmon Tesfay}"),
    ("hele-waarde", "nederlands", "{naam:de Vries-Bakker}"),
    ("kleine-letters", "marokkaans", "{naam:noor bakkali}"),
    ("hoofdletters", "afghaans", "{naam:SULTANI}"),
    ("team-slash", "surinaams", "Buurtteam Oost / {naam:Sarita Ramdin}"),
]

# real names in file names (without .yaml)
WAARDEN_BESTANDEN: list[tuple[str, str, str]] = [
    ("bestandsnaam", "nederlands", "{naam:jansen}_{naam:fatima}_gesprek"),
    ("bestandsnaam", "oekraiens", "2016-03-12 gesprek moeder {naam:Oksana Kovalenko}"),
    ("bestandsnaam", "turks", "GOU-2016-035-{naam:yilmaz}"),
    ("bestandsnaam", "marokkaans", "verslag_huisbezoek_fam_{naam:El_Khattabi}"),
    ("bestandsnaam", "eritrees", "ALM-2019-101_{naam:Tesfay_Gebremedhin}_intake"),
    ("bestandsnaam", "pools", "overdracht_{naam:kowalski}_stiefvader"),
    ("bestandsnaam", "afghaans", "2017-05-02_MDO_{naam:Ahmadzai}"),
    ("bestandsnaam", "nederlands", "gezinsplan-{naam:de-vries-bakker}"),
    ("bestandsnaam", "marokkaans", "GOU-2016-035 {naam:Mohamed Amrani} verslag"),
    ("bestandsnaam", "vietnamees", "intake_{naam:nguyen_thi_lan}"),
    ("bestandsnaam", "ghanees", "Brief_aan_mevr_{naam:Owusu}"),
    ("bestandsnaam", "surinaams", "rapportage_{naam:Sarita_Ramdin}_2018"),
    ("bestandsnaam", "pools", "LEL-2016-077_{naam:Wiśniewska}"),
    ("bestandsnaam", "eritrees", "ZWO-2017-009 {naam:Dawit Bekele}"),
    ("bestandsnaam", "nederlands", "verslag-gesprek-met-{naam:dennis}"),
    ("bestandsnaam", "nederlands", "{naam:SCHOLTEN}_{naam:R}_overdracht"),
    ("bestandsnaam", "turks", "2018_familie_{naam:Kaya}_evaluatie"),
    ("bestandsnaam", "marokkaans", "aanmelding-{naam:Noor-Bakkali}-VT"),
    ("bestandsnaam", "turks", "BOZ-2016-012_{naam:Pietersen-Kaplan}"),
    ("bestandsnaam", "eritrees", "DEV-2018-044_gesprek_oma_{naam:Haile}"),
    ("bestandsnaam", "kaapverdiaans", "verslag_moeder_{naam:Maria_Santos_Oliveira}"),
    ("bestandsnaam", "somalisch", "Casus_{naam:Ahmed_Yusuf}"),
    ("bestandsnaam", "nederlands", "notitie {naam:Ilse van Dijk} 12-3"),
    ("bestandsnaam", "nederlands", "GOU-2016-035_{naam:Jayden}_S"),
    ("bestandsnaam", "syrisch", "{naam:AlHassan}Omar_overdracht"),
    ("bestandsnaam", "antilliaans", "{naam:martina}-{naam:shurandy}-2019"),
]


def main() -> None:
    rng = random.Random(20261206)
    DOEL.mkdir(parents=True, exist_ok=True)
    schoon = ["# namen-proef: clean lines written by hand for issue 20 (names), by scripts/maak_namenproef.py",
              "# placement<TAB>text"]
    waarden = ["# namen-proef: real names of many origins in the places and writings of wijkteam files",
               "# placement<TAB>evasion<TAB>text with {kind:value}"]
    kenmerken = ["# schoon:<line> or waarden:<line>:<index>, then the labels"]
    for categorie, zinnen in SCHOON_ZINNEN.items():
        for zin in zinnen:
            schoon.append(f"{rng.choice(TEKST)}\t{zin}")
            kenmerken.append(f"schoon:{len(schoon)}\tcategorie={categorie}")
    for categorie, korte in SCHOON_KORT.items():
        for kort in korte:
            schoon.append(f"{rng.choice(KORT)}\t{kort}")
            kenmerken.append(f"schoon:{len(schoon)}\tcategorie={categorie}")
    for bestand in SCHOON_BESTANDEN:
        schoon.append(f"bestandsnaam\t{bestand}")
        kenmerken.append(f"schoon:{len(schoon)}\tcategorie=bestandsnaam")
    for plaatsen, lijst in ((TEKST, WAARDEN_ZINNEN), (KORT, WAARDEN_KORT), (("bestandsnaam",), WAARDEN_BESTANDEN)):
        for categorie, herkomst, tekst in lijst:
            waarden.append(f"{rng.choice(plaatsen)}\tgeen\t{tekst}")
            for index in range(tekst.count("{naam:")):
                kenmerken.append(f"waarden:{len(waarden)}:{index}\tcategorie={categorie} herkomst={herkomst}")
    (DOEL / "schoon.txt").write_text("\n".join(schoon) + "\n", encoding="utf-8")
    (DOEL / "waarden.txt").write_text("\n".join(waarden) + "\n", encoding="utf-8")
    (DOEL / "kenmerken.txt").write_text("\n".join(kenmerken) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
