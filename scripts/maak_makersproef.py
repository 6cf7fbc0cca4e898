"""Write the probe set `tests/data/privacy/makers-proef/` (issue 20, precision of names): clean lines about
methods, models, theories and tests named after their makers, in the many ways inspectors and wijkteam staff
write them (a maker without a theory word, an adjective before the theory, academic citations, a possessive),
and value lines in which a real person (a client, a family member, a professional) has a surname that is also a
maker's name, so that recall is checked too. Written before the rules changed, with a fixed seed; run
``.venv/bin/python scripts/maak_makersproef.py`` to write the files again."""

from __future__ import annotations

import random
from pathlib import Path

from maak_precisie_namen import schrijf, waarden

MAP = Path(__file__).resolve().parent.parent / "tests" / "data" / "privacy" / "makers-proef"
PLAATSEN = ("toelichting", "citaat", "citaat-gevouwen", "commentaar")

# a maker named with no theory word: the reader knows the author
ALLEEN = [
    "Volgens Kübler-Ross doorloopt iemand die verlies lijdt verschillende fasen.",
    "Volgens Arnstein is dit nog geen echte participatie.", "Volgens Ainsworth is moeder hier een veilige basis.",
    "Zoals Bowlby al schreef, zoekt een kind nabijheid bij dreiging.", "Maslow zou zeggen dat eerst de basis op orde moet.",
    "Volgens Bronfenbrenner speelt de omgeving van het kind een grote rol.", "Naar Piaget zit het kind in de concreet-operationele fase.",
    "Erikson noemt dit de fase van identiteit tegenover rolverwarring.", "Volgens Winnicott is een goed-genoeg moeder voldoende.",
    "Vygotski wijst op de zone van naaste ontwikkeling.", "Zoals Kohnstamm beschrijft, is de puberteit een tijd van onrust.",
    "Volgens Glasser kiest ieder mens zijn eigen gedrag.", "Worden onderscheidt vier taken bij rouw.",
    "Volgens Watzlawick kun je niet niet communiceren.", "Bandura laat zien dat kinderen leren door na te doen.",
    "Volgens Boszormenyi-Nagy staan loyaliteiten centraal.", "Zoals Omer stelt, is aanwezigheid van ouders cruciaal.",
    "Volgens De Shazer hoeft je het probleem niet te begrijpen om het op te lossen.",
    "Volgens Webster-Stratton begint opvoeden met positieve aandacht.", "Volgens Van der Kolk houdt het lichaam de score bij.",
]
# an adjective or a compound before the theory word
BIJVOEGLIJK = [
    "de contextuele benadering van Nagy", "de sociale leertheorie van Bandura", "de ecologische benadering van Bronfenbrenner",
    "de cognitieve ontwikkelingstheorie van Piaget", "de psychosociale fasen van Erikson", "de oplossingsgerichte benadering van De Shazer",
    "de rationeel-emotieve therapie van Ellis", "de cliëntgerichte benadering van Rogers", "de systemische visie van Minuchin",
    "de narratieve benadering van White en Epston", "de humanistische psychologie van Maslow", "de structurele gezinstherapie van Minuchin",
    "de sociaal-culturele theorie van Vygotski", "de positieve psychologie van Seligman", "de transactionele analyse van Berne",
    "de keuzetheorie van Glasser", "de hechtingstheorie van Ainsworth", "de behoeftepiramide van Maslow",
    "de rouwtaken van Worden", "de participatieladder van Arnstein", "de cirkel van Covey", "de fasen van Kübler-Ross",
    "het model van Prochaska en DiClemente", "de CBCL van Achenbach", "de SDQ van Goodman", "de methode-Gordon",
    "het ecologisch model van Bronfenbrenner", "de theorie van Boszormenyi-Nagy", "de Nieuwe Autoriteit van Omer",
    "de gedragsanalyse van Skinner", "de leerstijlen van Kolb", "de situationele leiderschapsstijlen van Hersey en Blanchard",
    "de cognitieve therapie van Beck", "de schematherapie van Young", "de zorgethiek van Tronto", "de presentietheorie van Baart",
]
BIJVOEGLIJK_ZINNEN = [
    "Het team werkt vanuit {m}.", "In de casus is {m} toegepast.", "De coach legde {m} uit aan moeder.",
    "We kijken naar het gezin met {m} in het achterhoofd.", "Tijdens de intervisie kwam {m} ter sprake.",
    "{M} helpt om de situatie te begrijpen.",
]
# a possessive
BEZIT = [
    "Maslow's behoeftepiramide", "Bronfenbrenner's ecologisch model", "Omer's geweldloos verzet", "Bowlby's hechtingstheorie",
    "Kolb's leercyclus", "Piaget's stadia", "Erikson's levensfasen", "Covey's cirkel van invloed", "Beck's cognitieve model",
    "Rogers' cliëntgerichte houding", "Young's schemamodel", "Miller's motiverende gespreksvoering",
]
BEZIT_ZINNEN = ["Volgens {m} is dit begrijpelijk gedrag.", "In het plan is {m} gebruikt.", "{M} biedt hier houvast."]
# academic citations
CITATEN = [
    "Motiverende gespreksvoering vraagt een empathische houding (Miller & Rollnick, 2013).",
    "Rouw verloopt niet in vaste stappen (Stroebe & Schut, 1999).", "Kinderen hechten aan een vaste verzorger (Bowlby, 1969).",
    "Kübler-Ross (1969) beschreef vijf fasen van rouw.", "Prochaska en DiClemente (1983) onderscheiden zes fasen van verandering.",
    "Turnell en Edwards (1999) ontwikkelden Signs of Safety.", "Zoals Baart (2001) laat zien, is aanwezig zijn al hulp.",
    "Uit onderzoek blijkt dat ouderbetrokkenheid helpt (Desforges, 2003).", "Webster-Stratton et al. (2004) vonden een groot effect.",
    "Dit sluit aan bij de literatuur (Van IJzendoorn, 1995, p. 12).", "De methode werkt ook bij jonge kinderen (Gordon, 1970).",
    "Bandura (1977) noemt dit zelfeffectiviteit.", "Berg en De Shazer (1993) werkten oplossingsgericht.",
    "Insoo Kim Berg en Steve de Shazer legden de basis voor oplossingsgericht werken.",
    "Het model van Prochaska en DiClemente helpt bij de motivatie.", "Young et al. (2003) beschrijven achttien schema's.",
    "Zie ook Beck (1979) over cognitieve therapie.", "Volgens Achenbach en Rescorla (2001) is de CBCL betrouwbaar.",
    "Deze aanpak is goed onderzocht (Sanders, 1999; Webster-Stratton, 2006).", "Rogers (1951) legde de nadruk op echtheid.",
    "De vragenlijst is gevalideerd (Goodman, 1997).", "De theorie (Glasser, 1998) gaat uit van keuzes.",
    "De ouders hebben moeite met grenzen stellen, zie Omer (2004).", "Zoals Arnstein (1969) al liet zien, is inspraak geen zeggenschap.",
]
# a maker's surname used for a real person: these stay names
PERSONEN = [
    "Buurman {naam:Miller} klaagt over geluidsoverlast.", "Mevrouw {naam:Young} belde over de zorg voor haar zoon.",
    "De heer {naam:Rogers} (vader) was niet aanwezig bij het gesprek.", "{naam:Gordon Berg}, stiefvader, kwam later binnen.",
    "Vader {naam:Beck} heeft een nieuwe baan.", "De leerkracht, juf {naam:Gordon}, meldt verzuim.",
    "Het gesprek met mevrouw {naam:Maslow} verliep rustig.", "Oma {naam:Bowlby} past twee dagen per week op.",
    "{naam:Milan} (2012) gaat naar groep 6.", "De jongste, {naam:Milan} (2012), slaapt slecht.",
    "Moeder {naam:Sandra Erikson} werkt in de zorg.", "Buurvrouw {naam:Ainsworth} maakte de melding.",
    "{naam:Kevin Miller} is de oudste zoon.", "De casusregisseur {naam:Anouk Worden} belde met school.",
    "Volgens {naam:Fatima Young} gaat het beter met de kinderen.", "Dhr. {naam:Covey} is de biologische vader.",
    "Het kind woont bij tante {naam:Linda Rogers}.", "Mw. {naam:Glasser} wil geen hulp.", "Zoon {naam:Dylan Beck} is 14.",
    "Het gezin {naam:Berg} woont al tien jaar in de wijk.", "De pleegmoeder, {naam:Ellen Piaget}, is bezorgd.",
    "Volgens mentor {naam:Goodman} zit hij goed in zijn vel.", "{naam:Noah} (2015) en {naam:Sem} (2017) wonen bij moeder.",
    "Gesprek met {naam:Jan Skinner} over de schulden.", "Vader {naam:Tom Edwards} en moeder {naam:Lisa Edwards} zijn gescheiden.",
]
TEAM_PERSONEN = ["{naam:Sarah Miller}", "{naam:Gordon Berg}"]
BESTAND_PERSONEN = ["gesprek {naam:Kevin Miller}", "verslag mevrouw {naam:Young}"]


def _schoon(kans: random.Random) -> list[tuple[str, str]]:
    regels: list[tuple[str, str]] = []
    plaats = iter(PLAATSEN * 200)
    regels += [(next(plaats), z) for z in ALLEEN]
    for m in BIJVOEGLIJK:
        zin = kans.choice(BIJVOEGLIJK_ZINNEN)
        regels.append((next(plaats), zin.format(m=m, M=m[0].upper() + m[1:])))
    regels += [("sleutel", m) for m in kans.sample(BIJVOEGLIJK, 8)]
    for m in BEZIT:
        regels.append((next(plaats), kans.choice(BEZIT_ZINNEN).format(m=m, M=m)))
    regels += [(next(plaats), z) for z in CITATEN]
    return regels



def main() -> None:
    schrijf(MAP, "# makers-proef: written by hand by scripts/maak_makersproef.py (issue 20, methods and their makers)\n",
            _schoon(random.Random(20)), waarden(PERSONEN, TEAM_PERSONEN, BESTAND_PERSONEN))


if __name__ == "__main__":
    main()
