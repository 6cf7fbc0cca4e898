"""Write the labelled privacy corpus in two parts: `afstemmen` (tuning) and `heldout` (never tuned on).

Run with ``.venv/bin/python scripts/maak_privacycorpus.py``. The parts use different sentence templates and
different name lists (no name of one part occurs in the other), and a fixed seed, so the files are the same
on every run. Each line of ``waarden.txt`` is ``placement<TAB>evasion<TAB>text`` with values marked as
``{soort:waarde}``; each line of ``schoon.txt`` is ``placement<TAB>text`` without personal data.
All names, numbers and addresses are invented.
"""

from __future__ import annotations

import random
from pathlib import Path

import privacycorpus_extra
import yaml
from stdnum import iban as stdnum_iban

DOEL = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy"
PLAATSEN = ["toelichting", "citaat", "team", "commentaar", "sleutel", "bestandsnaam"]

# name lists per part: (first name, surname) by origin; no name occurs in both parts
NAMEN = {
    "afstemmen": {
        "nederlands": [("Jeroen", "Visser"), ("Marloes", "Dekker"), ("Bram", "Hoekstra"), ("Ilse", "Vermeulen"),
                       ("Ruud", "van Leeuwen"), ("Femke", "de Graaf"), ("Joost", "Brouwer"), ("Anouk", "Kuipers")],
        "turks": [("Mehmet", "Yildiz"), ("Ayse", "Kaya"), ("Emre", "Demir"), ("Zeynep", "Celik"), ("Burak", "Sahin"),
                  ("Elif", "Ozturk")],
        "marokkaans": [("Youssef", "El Idrissi"), ("Fatima", "Bouzid"), ("Karim", "Amrani"), ("Nadia", "Tahiri"),
                       ("Mustafa", "Azzouzi"), ("Samira", "Bennani")],
        "surinaams": [("Radjesh", "Ramdin"), ("Soenita", "Jagesar"), ("Jerrel", "Mahabier"), ("Sharmila", "Kalloe")],
        "pools": [("Krzysztof", "Nowak"), ("Agnieszka", "Kowalczyk"), ("Tomasz", "Lewandowski"),
                  ("Magdalena", "Wozniak")],
        "eritrees": [("Tesfay", "Gebremedhin"), ("Semhar", "Tesfamariam"), ("Yonas", "Haile"),
                     ("Filmon", "Berhe"), ("Luwam", "Abraha")],
        "syrisch": [("Ahmad", "Al-Khatib"), ("Rania", "Haddad"), ("Omar", "Darwish"), ("Lina", "Khalil")],
        "afghaans": [("Farid", "Rahimi"), ("Nasrin", "Haidari"), ("Wahid", "Ahmadzai"), ("Shabnam", "Karimi")],
    },
    "heldout": {
        "nederlands": [("Wouter", "Jacobs"), ("Lotte", "van der Meer"), ("Sander", "Postma"), ("Mirjam", "Bosman"),
                       ("Gijs", "Verhoeven"), ("Esther", "Kramer")],
        "turks": [("Hakan", "Arslan"), ("Merve", "Koc"), ("Serkan", "Polat"), ("Esra", "Yavuz")],
        "marokkaans": [("Hamid", "Benali"), ("Khadija", "Ouahabi"), ("Rachid", "Zaouali"), ("Houda", "Lamrani")],
        "surinaams": [("Dinesh", "Bhagwandin"), ("Reshma", "Ramlal"), ("Marvin", "Pinas"), ("Ilona", "Sumter")],
        "pools": [("Pawel", "Mazur"), ("Katarzyna", "Krawczyk"), ("Marek", "Piotrowski"), ("Joanna", "Grabowska")],
        "eritrees": [("Kibrom", "Weldemariam"), ("Yordanos", "Ghebrehiwet"), ("Awet", "Tsegai"),
                     ("Segen", "Medhanie")],
        "syrisch": [("Bashar", "Al-Hamwi"), ("Nour", "Sabbagh"), ("Fadi", "Jaber"), ("Reem", "Kassab")],
        "afghaans": [("Jawad", "Sadat"), ("Maryam", "Hashimi"), ("Naveed", "Stanekzai"), ("Zohra", "Amiri")],
    },
}

SJABLONEN: dict[str, dict[str, list[str]]] = yaml.safe_load(
    (Path(__file__).with_name("privacysjablonen.yaml")).read_text(encoding="utf-8"))
"""Sentence templates per part and kind (data, in a file of their own); ``{w}`` is the planted value."""

ADRESSEN = {
    "afstemmen": ["Laan van Meerdervoort 1021", "Markt 4", "Postbus 12", "Hoofdstraat 12", "Kerkweg 3a",
                  "Burgemeester de Withstraat 8", "Dorpsstraat 44", "Stationsplein 2", "Zeeweg 118"],
    "heldout": ["Laan van Nieuw Oost-Indie 300", "Grote Markt 9", "Postbus 2040", "Molenstraat 7", "Parkweg 15b",
                "Julianalaan 61", "Prinsengracht 501", "Havenkade 3", "Vaart 19"],
}


def _bsn(rng: random.Random) -> str:
    while True:
        cijfers = [rng.randint(0, 9) for _ in range(8)]
        som = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        laatste = som % 11
        if laatste < 10 and cijfers[0] != 0:
            return "".join(map(str, cijfers)) + str(laatste)


def _iban(rng: random.Random, land: str) -> str:
    if land == "BE":
        while True:
            basis = f"{rng.randint(0, 9_999_999_999):010d}"
            rest = int(basis) % 97 or 97
            bban = f"{basis}{rest:02d}"
            kandidaat = "BE" + stdnum_iban.calc_check_digits("BE00" + bban) + bban
            if stdnum_iban.is_valid(kandidaat):
                return kandidaat
    while True:
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + f"{rng.randint(0, 9_999_999_999):010d}"
        kandidaat = "NL" + stdnum_iban.calc_check_digits("NL00" + bban) + bban
        if stdnum_iban.is_valid(kandidaat):
            return kandidaat


def _groepeer(tekst: str, stap: int = 4) -> str:
    return " ".join(tekst[i:i + stap] for i in range(0, len(tekst), stap))


def _waarde(soort: str, rng: random.Random, deel: str, evasie: str) -> tuple[str, str]:
    """(kind as labelled, value) for one planted value."""
    if soort == "naam":
        herkomst = rng.choice(sorted(NAMEN[deel]))
        voornaam, achternaam = rng.choice(NAMEN[deel][herkomst])
        vorm = rng.choice(["vol", "vol", "voornaam", "voorletter"])
        waarde = {"vol": f"{voornaam} {achternaam}", "voornaam": voornaam,
                  "voorletter": f"{voornaam[0]}. {achternaam}"}[vorm]
        if evasie == "kleine-letters":
            waarde = waarde.lower() if vorm != "voorletter" else f"{voornaam} {achternaam}".lower()
        return "naam", waarde
    if soort == "bsn":
        waarde = _bsn(rng)
        return "bsn", rng.choice([waarde, f"{waarde[:4]}.{waarde[4:6]}.{waarde[6:]}", waarde])
    if soort == "telefoonnummer":
        return "telefoonnummer", rng.choice([
            f"06-{rng.randint(10_000_000, 99_999_999)}", f"06/{rng.randint(10_000_000, 99_999_999)}",
            f"010-{rng.randint(2_000_000, 4_999_999)}", f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+32 2 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+32 470 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+49 30 {rng.randint(1_000_000, 99_999_999)}",
            f"0{rng.choice([20, 70, 30, 50])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])
    if soort == "e-mail":
        voornaam, achternaam = rng.choice(NAMEN[deel][rng.choice(sorted(NAMEN[deel]))])
        lokaal = f"{voornaam}.{achternaam.replace(' ', '').replace('-', '')}".lower()
        domein = rng.choice(["ziggo.nl", "gmail.com", "hotmail.com", "kpnmail.nl", "outlook.be"])
        return "e-mail", rng.choice([f"{lokaal}@{domein}", f"{lokaal}@{domein}",
                                     f"{lokaal.replace('.', ' . ')} @ {domein.replace('.', ' . ')}",
                                     f"{lokaal}(at){domein}"])
    if soort == "iban":
        waarde = _iban(rng, rng.choice(["NL", "NL", "BE"]))
        return "iban", rng.choice([waarde, _groepeer(waarde), waarde.lower(), _groepeer(waarde).lower()])
    if soort == "adres":
        return "adres", rng.choice(ADRESSEN[deel])
    if soort == "geboortedatum":
        dag, maand, jaar = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2001, 2015)
        maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                   "oktober", "november", "december"]
        return "geboortedatum", rng.choice([f"{dag:02d}-{maand:02d}-{jaar}", f"{dag} {maanden[maand - 1]} {jaar}",
                                            f"{dag}/{maand}/{jaar}"])
    if soort == "kenteken":
        letters = "BDFGHJKLNPRSTVXZ"
        l2 = "".join(rng.choice(letters) for _ in range(2))
        l3 = "".join(rng.choice(letters) for _ in range(3))
        return "kenteken", rng.choice([f"{rng.randint(10, 99)}-{l3}-{rng.randint(1, 9)}",
                                       f"{rng.randint(1, 9)}-{l3}-{rng.randint(10, 99)}",
                                       f"{l2}-{rng.randint(100, 999)}-{rng.choice(letters)}",
                                       f"{rng.randint(10, 99)}-{l2}-{l2[::-1]}", "12-ABC-3"])
    # postcode
    letters = "ABCDEGHJKLMNPRTVWXZ"
    pc = f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"
    return "adres", rng.choice([pc, pc.lower(), pc.replace(" ", "")])


def _ontwijk(waarde: str, evasie: str, rng: random.Random) -> str:
    """The value written so that a naive pattern misses it while a reader sees the same thing."""
    if evasie == "nulbreedte":
        plek = rng.randint(1, max(1, len(waarde) - 1))
        return waarde[:plek] + "\u200b" + waarde[plek:]
    if evasie == "zacht-afbreekstreepje":
        plek = rng.randint(1, max(1, len(waarde) - 1))
        return waarde[:plek] + "\u00ad" + waarde[plek:]
    if evasie == "cyrillisch":
        return waarde.translate(str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456"}))
    if evasie == "volle-breedte":
        return "".join(chr(ord(t) + 0xFEE0) if t.isdigit() else t for t in waarde)
    if evasie == "html-entiteit":
        return "".join(f"&#{ord(t)};" if i in (0, len(waarde) // 2) else t for i, t in enumerate(waarde))
    return waarde


_EVASIES = ["nulbreedte", "zacht-afbreekstreepje", "cyrillisch", "volle-breedte", "html-entiteit"]


def _in_plaats(plaats: str, zin: str, soort: str, waarde: str, deel: str) -> str:
    """The labelled text for one placement: a sentence for free text, a team name, a key or a file name."""
    label = "{" + soort + ":" + waarde + "}"
    if plaats == "team":
        return (rng_team[deel] + " " + label) if soort == "naam" else f"Wijkteam Noord, {label}"
    if plaats == "sleutel":
        return label if soort == "naam" else f"{soort} {label}"
    if plaats == "bestandsnaam":
        return label.replace(" ", "_") if soort != "e-mail" else label
    return zin.replace("{w}", label)


rng_team = {"afstemmen": "Wijkteam", "heldout": "Jeugdteam"}


def maak(deel: str, zaad: int, aantal: int, schoon: int) -> None:
    rng = random.Random(zaad)
    soorten = ["naam"] * 8 + ["bsn", "telefoonnummer", "e-mail", "iban", "adres", "geboortedatum", "kenteken",
                              "postcode"] * 2
    regels: list[str] = []
    for index in range(aantal):
        plaats = PLAATSEN[index % len(PLAATSEN)]
        soort = soorten[rng.randrange(len(soorten))]
        if soort in ("geboortedatum",) and plaats in ("team", "sleutel", "bestandsnaam"):
            plaats = rng.choice(["toelichting", "citaat", "commentaar"])  # a date alone is no birth date
        evasie = "geen"
        if rng.random() < 0.12:
            evasie = "kleine-letters" if soort == "naam" else "geen"
        if rng.random() < 0.15:
            evasie = rng.choice(_EVASIES if soort in ("bsn", "telefoonnummer", "iban") else
                                ["nulbreedte", "zacht-afbreekstreepje", "cyrillisch", "html-entiteit"])
        label, waarde = _waarde(soort, rng, deel, evasie)
        if soort == "postcode" and plaats in ("team", "sleutel", "bestandsnaam"):
            waarde += f" {rng.randint(1, 200)}"  # a postcode area alone is no address: with its house number
        waarde = _ontwijk(waarde, evasie, rng)
        zin = rng.choice(SJABLONEN[deel][soort])
        regels.append(f"{plaats}\t{evasie}\t{_in_plaats(plaats, zin, label, waarde, deel)}")
    extra_schoon: list[str] = []
    if deel == "afstemmen":  # the wider tuning set (`privacycorpus_extra`); the held-out part stays as it is
        regels += privacycorpus_extra.regels(_waarde, _ontwijk, zaad + 1000, 540)
        extra_schoon = privacycorpus_extra.schone_regels(zaad + 2000, 1000)
    map_ = DOEL / deel
    map_.mkdir(parents=True, exist_ok=True)
    kop = (f"# {deel}: planted values, made by scripts/maak_privacycorpus.py (seed {zaad}); all invented.\n"
           "# placement<TAB>evasion<TAB>text with {soort:waarde}\n")
    (map_ / "waarden.txt").write_text(kop + "\n".join(regels) + "\n", encoding="utf-8")
    (map_ / "schoon.txt").write_text(
        f"# {deel}: clean inspector prose, team and organisation names; made by scripts/maak_privacycorpus.py\n"
        + "\n".join(_schoon(deel, rng, schoon) + extra_schoon) + "\n", encoding="utf-8")


ORGANISATIES = ["het William Schrikker Instituut", "Veilig Thuis", "de Raad voor de Kinderbescherming", "de GGD",
                "MEE", "Jeugdbescherming west", "Humanitas", "het Leger des Heils", "Bureau Halt", "de Kredietbank",
                "Stichting Leergeld", "de Voedselbank", "het Centrum voor Jeugd en Gezin", "Samen Veilig Midden-Nederland",
                "Jeugdbescherming Rotterdam Rijnmond", "het Zorg- en Veiligheidshuis", "Nidos", "het UWV"]
TEAMS = {"afstemmen": ["Jeugdteam De Bakker", "Wijkteam Noord", "Sociaal Team Oost", "Buurtteam De Hoek",
                       "Wijkteam Centrum", "Jeugd- en Gezinsteam Zuid", "Gebiedsteam De Molen", "Wijkteam De Linde",
                       "Buurtteam Transvaal", "Wijkteam Lombok", "Jeugdteam Het Kompas", "Sociaal Team Schalkwijk",
                       "Wijkteam Presikhaaf", "Gebiedsteam Overvecht", "Jeugdteam Bloemendaal Noord"],
         "heldout": ["Buurtteam Kralingen", "Wijkteam De Vaart", "Jeugdteam Het Anker", "Sociaal Wijkteam Zuidwest",
                     "Gebiedsteam Oost", "Wijkteam De Kern", "Jeugdteam Hoograven", "Buurtteam De Brug"]}
ZINNEN = {
    "afstemmen": ["Het plan is besproken met {org}; de afspraken zijn vastgelegd.",
                  "De casusregisseur van {team} heeft {org} ingeschakeld.",
                  "Op {datum} is het gezin aangemeld bij {org}.",
                  "De bakker op de hoek levert het gezin sinds {datum} brood via {org}.",
                  "Zaaknummer {zaak} bij {org}; het onderzoek loopt nog.",
                  "{team} evalueert het plan elke zes weken met {org}.",
                  "Schuld van € {bedrag} bij de woningcorporatie; {org} helpt met een regeling.",
                  "Volgens artikel {artikel} van de Jeugdwet is een verklaring nodig; {team} vroeg die aan.",
                  "In {jaar} werkte {team} met {aantal} gezinnen; {org} deed de nazorg.",
                  "{org} is op {datum} gestart met {team}.", "Het verslag van {team} noemt {org} als partner.",
                  "{team} en {org} hebben op {datum} overleg gehad.", "Kosten: € {bedrag}, betaald door {org}.",
                  "Het kind is na {datum} niet meer gezien door {org}.",
                  "De moeder is sinds {datum} in beeld bij {team}.", "Vader heeft op {datum} gebeld met {org}.",
                  "Volgens {org} is de veiligheid op {datum} opnieuw getaxeerd."],
    "heldout": ["{org} heeft op {datum} een melding gedaan bij {team}.",
                "Het dossier van {team} bevat geen verslag van het overleg met {org}.",
                "Sinds {datum} is {org} betrokken; {team} blijft regievoerder.",
                "De leerplichtambtenaar en {org} zijn op {datum} bijeengekomen.",
                "{team} heeft {aantal} dossiers overgedragen aan {org} (kenmerk {zaak}).",
                "De kosten (€ {bedrag}) zijn gedeclareerd bij {org}.",
                "{org} adviseert {team} het plan voor {jaar} bij te stellen, zie artikel {artikel}."],
}


VASTE_SCHONE = {"afstemmen": [
    "Buurtteam Feijenoord heeft het gezin op 4-02-2016 aangemeld bij Veilig Thuis.",
    "Het overleg met Wijkteam Kanaleneiland vond plaats op 12-05-2016.",
    "De regievoerder van Sociaal Team Zuidoost sprak met de leerplichtambtenaar.",
    "Jeugdteam De Horst en Stichting Kwintes hebben een gezamenlijk plan opgesteld.",
    "Volgens het Centrum Jeugd en Gezin is de hulp op 3-3-2016 afgesloten.",
    "De gezinsvoogd van Jeugdbescherming Gelderland heeft de maatregel verlengd.",
    "Het dossier bevat een verslag van het multidisciplinair overleg met de huisarts.",
    "Na de melding bij Veilig Thuis volgde een onderzoek door de Raad voor de Kinderbescherming.",
    "Wijkteam Transwijk verwees het gezin naar de schuldhulpverlening van de Kredietbank.",
    "Gebiedsteam Noordwest heeft de casus op 8-11-2015 overgedragen aan Buurtteam Oost.",
    "De praktijkondersteuner jeugd GGZ heeft een verwijzing gedaan naar Karakter.",
    "Het Leger des Heils biedt ambulante woonbegeleiding; de evaluatie staat voor 1-9-2016.",
    "Bij Humanitas Home-Start is een vrijwilliger gekoppeld aan het gezin.",
    "De school heeft het Samenwerkingsverband ingeschakeld voor een arrangement.",
    "Overleg met het zorgteam van de school over de thuiszitter.",
    "Jeugdteam Leidsche Rijn heeft met Altrecht afspraken gemaakt over de crisisopvang.",
    "Het plan is ondertekend door de ouders en de regievoerder van Wijkteam Vleuten.",
    "Gesprek met de wijkagent en de jongerenwerker van Stichting Jongerenwerk Zuid.",
    "Buurtteam Spangen en Buurtteam Bospolder werken samen bij deze casus.",
    "Aanmelding via de huisarts; intake door Sociaal Wijkteam Malburgen op 2-2-2016.",
    "Met Lentis is afgesproken dat de behandeling na de zomer start.",
    "Volgens Pluryn is begeleid wonen de beste optie voor de jongere.",
    "Het netwerkberaad met Eigen Kracht leverde een familiegroepsplan op.",
    "De casusregisseur van Wijkteam Overvecht-Noord heeft Nidos om advies gevraagd.",
    "Bij Sterk Huis is een plek in de vrouwenopvang gevonden.",
    "Gesprek met Youz over de wachtlijst voor traumabehandeling.",
    "Team Jeugd en Gezin Hoogvliet heeft het plan geëvalueerd met de ouders.",
    "Het wijkteam in Lombok werkt samen met Stichting Al Amal en Stichting Mara.",
    "De coördinator van VluchtelingenWerk begeleidt het gezin bij de inburgering.",
    "Bureau Jeugdzorg Agglomeratie Amsterdam heeft het dossier overgedragen.",
], "heldout": []}


def _schoon(deel: str, rng: random.Random, aantal: int) -> list[str]:
    regels = [f"toelichting\t{zin}" for zin in VASTE_SCHONE[deel]]
    plaatsen = ["toelichting", "citaat", "commentaar", "team"]
    for index in range(aantal - len(regels)):
        plaats = plaatsen[index % len(plaatsen)]
        if plaats == "team":
            regels.append(f"team\t{rng.choice(TEAMS[deel])}" if rng.random() < 0.7
                          else f"team\t{rng.choice(ORGANISATIES).removeprefix('het ').removeprefix('de ')}")
            continue
        zin = rng.choice(ZINNEN[deel]).format(
            org=rng.choice(ORGANISATIES), team=rng.choice(TEAMS[deel]),
            datum=f"{rng.randint(1, 28)}-{rng.randint(1, 12):02d}-{rng.randint(2014, 2017)}",
            zaak=f"2016{rng.randint(10000, 99999)}", bedrag=f"{rng.randint(100, 9999)},00",
            artikel=f"{rng.randint(1, 9)}.{rng.randint(1, 12)}", jaar=rng.randint(2014, 2017),
            aantal=rng.randint(3, 120))
        regels.append(f"{plaats}\t{zin[0].upper() + zin[1:]}")
    return regels


if __name__ == "__main__":
    maak("afstemmen", 20, 720, 1440)
    maak("heldout", 22, 360, 720)
