"""Names written the ways the papers of a wijkteam file write them (issue 20, eighth corpus): a nickname in brackets
inside a name ("Bilal (Youss) Bakkali"), a Filipino or Portuguese interfix ("Jomar dela Cruz", "D. dela Cruz"), a
name after a form's label ("Leerling: Houda   Groep: 6", "regie: S. Emanuelson"), a name before its role in
brackets ("Yuting (moeder)", "Arnel (zoon, 9 jaar)") or before its birth date ("betreft Eze, geb. ..."), a name
where a sentence puts a person ("was Wahyu aan het gamen", "heeft Okonkwo een nieuwe vriendin", "Noa neemt de
afschriften mee"), beside a parent ("moeder en Minhie aanwezig", "Mama di Tesfalem"), as the sender of a mail or a
chat ("Van: Edneia <...>", "[10:42] Wahidjan:"), a second given name that is also a month ("Mei Ling"), and a
person named in a team field in the register's order ("Team Kusuma, Wahyu en collega's"). The sentences are
ordinary notes written for these tests, not corpus lines; each frame also has a line without a person."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _namen(regel: str, plaats: str = "citaat") -> list[str]:
    yaml_tekst = _yaml(plaats, regel)
    return [yaml_tekst[v.begin:v.eind] for v in scan_tekst(yaml_tekst).vondsten if v.soort == "naam"]


@pytest.mark.parametrize(("regel", "naam"), [
    # a nickname in brackets inside the name
    ("Aangemeld als Bilal (Youss) Bakkali, zo wil hij genoemd worden.", "Bilal (Youss) Bakkali"),
    ("De partner, Arjun (Rahu) Patel, heeft een eigen rekening.", "Arjun (Rahu) Patel"),
    ("Signaal afgegeven op Wei (Junjun) Wang door de jeugdarts.", "Wei (Junjun) Wang"),
    # a Filipino or Portuguese interfix
    ("Eerste gesprek met Jomar Divina dela Cruz op dinsdag.", "Jomar Divina dela Cruz"),
    ("Vader D. dela Cruz woont nog bij het gezin.", "D. dela Cruz"),
    ("Zegt vader Moricel dela Cruz aan de telefoon.", "Moricel dela Cruz"),
    # a form's label
    ("Leerling: Houda   Groep: 6   School: onbekend", "Houda"),
    ("Leerling: Priya Gupta   Groep: 4", "Priya Gupta"),
    ("Jeugdteam West (regie: S. Emanuelson)", "S. Emanuelson"),
    # a role in brackets, a birth date
    ("Gezinsleden: Cem (moeder), Arnel (zoon, 9 jaar) en een baby.", "Arnel"),
    ("Belanghebbenden: Yuting (moeder) en de vader.", "Yuting"),
    ("Verwijzing van de huisarts: betreft Eze, geb. 03-05-2017.", "Eze"),
    # where a sentence puts a person
    ("Toen we binnenkwamen was Wahyu aan het gamen.", "Wahyu"),
    ("Op TikTok plaatst Wahyu filmpjes van zichzelf.", "Wahyu"),
    ("Volgens de gezinsvoogd heeft Okonkwo een nieuwe vriendin.", "Okonkwo"),
    ("Gelukkig heeft Suhenny nu een plek op de opvang.", "Suhenny"),
    ("Actie: Noa neemt de afschriften van de bank mee naar de intake.", "Noa"),
    ("Actie 2: bewindvoering; Noa neemt de afschriften van rekening NL12 ABNA 0123 4567 89 mee.", "Noa"),
    ("Actie 3: schuldhulp; Liefde, J. neemt de brieven van de deurwaarder mee.", "Liefde, J."),
    ("Leerling: Marthe Vermeulen Groep: 6 School: onbekend", "Marthe Vermeulen"),
    # beside a parent
    ("Huisbezoek: moeder en Minhie aanwezig, vader niet.", "Minhie"),
    ("Mama di Tesfalem a bisa ku nan ta biba na Otrobanda.", "Tesfalem"),
    # the sender of a mail or a chat message
    ("---------- Doorgestuurd bericht ---------- Van: Edneia <e.monteiro@example.nl> Datum: di 7 mrt", "Edneia"),
    ("[10:42] Wahidjan: ik heb het nieuwe adres in het dossier gezet", "Wahidjan"),
    # a given name that is also a month
    ("Kunt u Mei Ling volgende week ophalen?", "Mei Ling"),
    # capitals
    ("ProKid-melding: jeugdige ARJUN PATEL, aangehouden na een winkeldiefstal.", "ARJUN PATEL"),
])
def test_naam_gevonden(regel: str, naam: str) -> None:
    assert any(naam in stuk for stuk in _namen(regel)), _namen(regel)


@pytest.mark.parametrize(("regel", "naam"), [
    ("Team Kusuma, Wahyu en collega's", "Kusuma, Wahyu"),
    ("Team Al-Tamimi, Ruqaya en collega's", "Al-Tamimi, Ruqaya"),
])
def test_naam_in_teamveld_gevonden(regel: str, naam: str) -> None:
    assert any(naam in stuk for stuk in _namen(regel, "team")), _namen(regel, "team")


@pytest.mark.parametrize("regel", [
    "Aangemeld bij Triple P (Positive Parenting Program) in maart.",
    "Het overleg met Veilig Thuis (regio Utrecht) is verzet.",
    "Leerling: onbekend   Groep: 6",
    "Jeugdteam West (regie: wijkteam)",
    "Gezinsleden: moeder (34), zoon (9 jaar) en een baby.",
    "Toen we binnenkwamen was de tv aan het spelen.",
    "Gelukkig heeft de school nu een plek op de wachtlijst.",
    "Huisbezoek: moeder en oma aanwezig, vader niet.",
    "Van: Wijkteam Noord <wijkteam@example.nl> Datum: di 7 mrt",
    "[10:42] Planning: het rooster is aangepast",
    "Actie 3: schuldhulp; Bijlage, B. neemt de school mee in de planning.",
    "Ze werkt bij de Vermeulen Groep in Gouda.",
    "Op 1 mei gaat het nieuwe plan in.",
    "Team Noord, Zuid en West werken samen.",
])
def test_geen_naam_in_hetzelfde_kader(regel: str) -> None:
    assert _namen(regel) == []
