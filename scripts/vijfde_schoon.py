"""Clean lines for the fifth privacy corpus: dossier notes and keys with no personal data, full of what looks like
it (organisations and teams named after persons and places, methods named after their makers, gemeenten and wijken,
dates that are no birth date, case numbers, law articles, public numbers and role mailboxes, ordinary words that
are surnames, pseudonymous ids). Per category a list of sentences with slots; the fillers are split per part."""

from __future__ import annotations

import random

VULLING: dict[str, list[str]] = {
    "org": ["William Schrikker Jeugdbescherming", "Prinses Máxima Centrum", "Emma Kinderziekenhuis",
            "Ronald McDonald Huis", "Albert Schweitzer ziekenhuis", "Juliana Kinderziekenhuis",
            "Stichting Anne Frank", "Bartiméus", "Ipse de Bruggen", "Jeugdformaat", "Kwadraad", "Youz",
            "Curium-LUMC", "De Bascule", "Levvel", "Elker", "Pluryn", "Prodeba", "Sterk Huis", "Fier",
            "Humanitas Thuisadministratie", "Leger des Heils", "Stichting Leergeld", "Rode Kruis",
            "Willem Arntsz Huis", "Philadelphia Zorg", "Cordaan", "Parnassia", "Lucertis", "Yulius"],
    "team": ["Wijkteam Korte Akkeren", "Sociaal team Bloemendaal", "Jeugdteam Oosterwei", "Buurtteam Kralingen-West",
             "Wijkteam Goverwelle", "Jeugd- en Gezinsteam Plaswijck", "Wijkteam Kort Haarlem", "Sociaal Wijkteam Oost",
             "Team Jeugd Zuidplas", "Wijkteam Nieuwe Park", "Sociaal team Reeuwijk-Dorp", "Jeugdteam Stolwijk",
             "Wijkteam Bernhardkwartier", "Team Toegang Krimpenerwaard", "Wijkteam Oranjewijk", "CJG-team Moordrecht",
             "Wijkteam Thorbecke", "Jeugdteam Prins Clausplein", "Wijkteam Julianapark", "Gebiedsteam Rembrandt"],
    "gemeente": ["Gouda", "Waddinxveen", "Bodegraven-Reeuwijk", "Krimpenerwaard", "Zuidplas", "Alphen aan den Rijn",
                 "Capelle aan den IJssel", "'s-Hertogenbosch", "Bergen op Zoom", "Sint-Michielsgestel",
                 "Hendrik-Ido-Ambacht", "Pijnacker-Nootdorp", "Leidschendam-Voorburg", "Wijk bij Duurstede",
                 "Súdwest-Fryslân", "Den Helder", "Nieuw-Vennep", "Sint Willebrord", "Kaatsheuvel", "Oud-Beijerland"],
    "methode": ["de piramide van Maslow", "het model van Bronfenbrenner", "de dramadriehoek van Karpman",
                "de hechtingstheorie van Bowlby", "de fasen van Erikson", "de stages of change van Prochaska",
                "de Gordon-methode", "de cirkel van Deming", "de rouwfasen van Kübler-Ross",
                "de cirkel van invloed van Covey", "de participatieladder van Arnstein", "het balansmodel van Bakker",
                "de methode Rogers", "de ontwikkelingsfasen van Piaget", "het Kanjertraining-model",
                "de cognitieve therapie van Beck", "het Delta-model", "het model van Gottman",
                "de Triple P-aanpak", "de 5 G's van Ellis"],
    "wet": ["art. 2.3 lid 1 Jeugdwet", "artikel 7:1 Awb", "art. 1:255 BW", "art. 2.3.5 Wmo 2015", "artikel 8 EVRM",
            "art. 5.2 Besluit Jeugdwet", "art. 7.3.8 Jeugdwet", "artikel 1:265b BW", "art. 4:8 Awb",
            "art. 2.4.1 Wmo 2015", "artikel 9 AVG", "art. 7.2.4 Jeugdwet", "artikel 1:261 BW", "art. 3:2 Awb",
            "art. 10 Participatiewet", "artikel 16 IVRK"],
    "datum": ["12-03-2019", "3/4", "14 mei", "1 juli 2018", "31-12-2019", "02-02-2017", "22/11", "9 okt.",
              "15-06-2018", "28-01-2020", "5 maart 2019", "7/9", "30-09-2018", "17 jan.", "11-11-2019", "4/12"],
    "zaak": ["Z/19/104522", "2019-0045123", "Z-2018-7731", "kenmerk 19.0042", "JZ-2020-118", "2018/00871",
             "Z/17/88213", "ref. 2019-JGZ-031", "Z-2019-12044", "dossiernr. 2020-0113", "2017-0009812", "Z/20/5561"],
    "id": ["GOU-2016-035", "WAD-2018-112", "BRK-2019-007", "ZPL-2017-041", "KRW-2020-003", "GOU-2018-219",
           "WAD-2019-020", "BRK-2017-150", "ZPL-2020-066", "KRW-2016-088", "CAP-2019-014", "ALP-2018-072"],
    "nummer": ["0800-2000 (Veilig Thuis)", "0800-0432 (Kindertelefoon)", "0800-0113", "112", "0900-8844",
               "14 0182", "0900-8020 (Juridisch Loket)", "14 020", "0800-1351", "0900-1450 (Wmo-loket)",
               "113", "0800-8051"],
    "mailbox": ["wijkteam@gouda.nl", "info@veiligthuis.nl", "klachten@waddinxveen.nl", "privacy@zuidplas.nl",
                "jeugd@krimpenerwaard.nl", "secretariaat@jeugdteamgouda.nl", "toegang@bodegraven-reeuwijk.nl",
                "servicedesk@cjgmw.nl", "functionarisgegevensbescherming@gouda.nl", "sociaalteam@waddinxveen.nl",
                "postbus@rvdk.nl", "meldpunt@ggdhm.nl"],
    "beroep": ["bakker", "visser", "smid", "koster", "schipper", "molenaar", "kok", "timmerman", "boer", "kuiper",
               "schilder", "slager", "kapper", "koning", "glazenwasser", "brouwer", "metselaar", "snijder"],
    "rol": ["moeder", "vader", "oma", "opa", "tante", "oom", "stiefvader", "pleegmoeder", "zoon", "dochter",
            "oudste", "jongste", "buurvrouw", "voogd"],
}

CATEGORIEEN: dict[str, list[str]] = {
    "organisatie-persoon": ["aangemeld bij {org}", "{org} neemt casus over", "wachtlijst {org}, ca. 8 wkn",
                            "overleg met {org} {datum}", "{org}: intake gehad", "Verwijzing {org} loopt",
                            "{rol} wil niet naar {org}", "afgestemd met {org} en {team}"],
    "team-persoon-plaats": ["{team}", "{team} (casusregie)", "overdracht naar {team}", "{team} sluit dossier",
                            "Regie bij {team}", "{team} - intake {datum}", "cm {team} ziek, waarneming geregeld"],
    "methode-maker": ["gewerkt volgens {methode}", "{methode} besproken met {rol}", "Toegepast: {methode}",
                      "analyse o.b.v. {methode}", "{methode} in teamoverleg"],
    "gemeente-wijk": ["gezin komt uit {gemeente}", "verhuisd uit {gemeente}", "{gemeente}: wachttijd 6 wkn",
                      "woonplaatsbeginsel: {gemeente}", "Overdracht aan gemeente {gemeente}",
                      "{rol} werkt in {gemeente}"],
    "datum-geen-geboorte": ["gespr. m. {rol} {datum}", "HB {datum}, {rol} aanwezig", "MDO {datum} verzet",
                            "evaluatie d.d. {datum}", "beschikking afgegeven {datum}", "plan verloopt {datum}",
                            "Melding VT {datum}", "tel. {rol} {datum}, geen gehoor", "{datum}: afspraak gemist"],
    "zaaknummer": ["zaaknr. {zaak}", "zie {zaak}", "beschikking {zaak}", "Bezwaar onder {zaak}",
                   "{zaak} gesloten", "koppelen aan {zaak}"],
    "wetsartikel": ["grond: {wet}", "besluit o.g.v. {wet}", "{wet} van toepassing", "zie {wet}",
                    "Toets aan {wet} ontbreekt", "verwijzing naar {wet} klopt niet"],
    "rolnummer": ["bij crisis: {nummer}", "{rol} gewezen op {nummer}", "Folder met {nummer} meegegeven",
                  "na 17u {nummer} bellen", "nummer {nummer} doorgegeven"],
    "rolmailbox": ["stukken naar {mailbox}", "vragen via {mailbox}", "Klacht ingediend via {mailbox}",
                   "{mailbox} in cc", "doorgestuurd aan {mailbox}"],
    "pseudoniem-id": ["dossier {id}", "{id}: oordeel bijgesteld", "zie ook {id}", "{id} en {zaak}",
                      "Vergelijk met {id}", "{id} vervolg"],
    "beroep-als-woord": ["{rol} werkt als {beroep}", "de {beroep} uit de straat kent het gezin",
                         "vader was {beroep} in thuisland", "Buurman is {beroep}, helpt soms",
                         "{rol} zoekt werk als {beroep}", "stage bij een {beroep}"],
    "telegram-notitie": ["{rol} akkoord", "Afspraak verzet ivm ziekte {rol}", "{rol} belt terug",
                         "Zie mail {rol}", "HB gedaan, {rol} afwezig", "Huisarts ingelicht op verzoek {rol}",
                         "geen gehoor bij {rol}", "{rol} ongerust over school", "Veiligheidsplan besproken met {rol}",
                         "Ouders gescheiden, {rol} heeft gezag"],
    "telling-leeftijd": ["{rol} (7 jr) slaapt slecht", "3 kinderen (2, 5 en 9 jr)", "12 huisbezoeken in 2019",
                         "score {tal}/40 op de vragenlijst", "{tal} weken geen contact met {rol}", "{tal} weken wachttijd",
                         "{tal} gesprekken gevoerd", "groep {klein} zonder vertraging"],
}
KLEINE_GETALLEN = {"tal": [str(n) for n in range(3, 39)], "klein": [str(n) for n in range(1, 9)]}


def vullingen(deel: str) -> dict[str, list[str]]:
    plek = 0 if deel == "a" else 1
    uit = {k: v[plek::2] for k, v in VULLING.items()}
    uit.update(KLEINE_GETALLEN)
    return uit


def schone_zinnen(deel: str, aantal: int, rng: random.Random, verboden: set[str]) -> list[tuple[str, str]]:
    """`aantal` different clean sentences (category, text) for a part, none of them in `verboden`."""
    vul = vullingen(deel)
    uit: list[tuple[str, str]] = []
    gezien = set(verboden)
    pogingen = 0
    while len(uit) < aantal:
        pogingen += 1
        if pogingen > aantal * 200:
            raise RuntimeError("te weinig schone zinnen")
        categorie = rng.choice(sorted(CATEGORIEEN))
        sjabloon = rng.choice(CATEGORIEEN[categorie])
        tekst = sjabloon.format(**{k: rng.choice(v) for k, v in vul.items()})
        if rng.random() < 0.2:
            tekst = tekst[0].upper() + tekst[1:]
        if tekst not in gezien:
            gezien.add(tekst)
            uit.append((categorie, tekst))
    return uit
