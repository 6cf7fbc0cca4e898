"""A school one child attends, as notes in other registers write it (issue 20, corpus `zevende`): after the label
school ("school SBO De Brug", "Schoolteam OBS De Springplank", "de school (IBS Al Amal)", "op school, VSO Het
Baken"), with a verb of attendance after it ("dat hij op IBS Al Amal zit"), in English ("enrolled at", "attends") and
Frisian ("it bern giet nei ..."), and with an adjective as its kind ("Stedelijk Lyceum Zuid", "Christelijk College
Noordstad"). A school as an organisation of the neighbourhood, with no child, stays clean."""

from __future__ import annotations

import pytest

from privacymeting import _yaml
from wijkteamtoets.controles.privacy import scan_tekst


def _scholen(regel: str, plaats: str = "citaat") -> list[str]:
    tekst = _yaml(plaats, regel)
    return [" ".join(tekst[v.begin:v.eind].split()) for v in scan_tekst(tekst).vondsten if v.soort == "school"]


@pytest.mark.parametrize(("regel", "school", "plaats"), [
    ("Schoolteam OBS De Springplank", "OBS De Springplank", "team"),
    ("Schoolteam RKBS Sint Jozef", "RKBS Sint Jozef", "team"),
    ("steekproefnr. 22: kind G. Rosaria geb. 14-09-2020, school SBO De Brug", "SBO De Brug", "citaat"),
    ("Het plan noemt het jongste kind, maar niet de school (IBS Al Amal).", "IBS Al Amal", "citaat"),
    ("Moeder: ik ben bij Ruud op school, VSO Het Baken, bel me op mijn mobiel", "VSO Het Baken", "citaat"),
    ("Moeder: ik ben bij Stoyan op school, Montessorischool Oost, bel me", "Montessorischool Oost", "citaat"),
    ("Moeder: ik ben op school, Cluster 4-school De Sterrenwacht, bel me", "Cluster 4-school De Sterrenwacht",
     "citaat"),
    ("Alleen staat er dat hij op IBS Al Amal zit.", "IBS Al Amal", "commentaar"),
    ("Tante zegt: dat kind wil niet naar Stedelijk Lyceum Zuid en ik kan niet elke dag gaan.",
     "Stedelijk Lyceum Zuid", "commentaar"),
    ("The family moved, the child is still enrolled at Christelijk College Noordstad.",
     "Christelijk College Noordstad", "commentaar"),
    ("Her son attends SBO De Brug since March.", "SBO De Brug", "citaat"),
    ("Mem hat sein dat it bern wer nei Vakcollege Rijnmond giet, mar de juf makket har soargen.",
     "Vakcollege Rijnmond", "citaat"),
    ("Aanmelding bij Grafisch Lyceum Rotterdam is afgewezen; er is een wachtlijst.", "Grafisch Lyceum Rotterdam",
     "toelichting"),
])
def test_bezochte_school(regel: str, school: str, plaats: str) -> None:
    assert school in _scholen(regel, plaats)


@pytest.mark.parametrize("regel", [
    "De school OBS De Fontein organiseert een ouderavond voor de wijk.",
    "Het wijkteam houdt elke dinsdag spreekuur op CBS De Ark.",
    "The open day of Christelijk College Noordstad is in March.",
    "De gymzaal van Stedelijk Lyceum Zuid wordt verbouwd.",
    "Schoolteams van OBS De Springplank en CBS Het Kompas volgden de training.",
    "It team giet nei Vakcollege Rijnmond foar in foarljochting.",
])
def test_school_als_organisatie_blijft_schoon(regel: str) -> None:
    assert _scholen(regel) == []
