"""Invented persons and places for the third privacy corpus (`maak_derde_privacycorpus.py`), written by hand.

Every list is split per part (tuning 60%, held-out 40%) by the generator, so the held-out part has first names,
surnames, streets, schools and e-mail domains the tuning part never shows. No list here was taken from the
detector or its data. The lists are tables of text (items separated by ``;``), read once at import.
"""

from __future__ import annotations

from pathlib import Path


def _lijst(tekst: str) -> list[str]:
    return [" ".join(deel.split()) for deel in tekst.split(";") if deel.strip()]


def _paren(tekst: str) -> list[tuple[str, str]]:
    return [(v.strip(), a.strip()) for v, a in (p.split("/") for p in _lijst(tekst))]


def _tabel(tekst: str) -> dict[str, str]:
    """``herkomst: items`` per block; a block continues on lines that start with spaces."""
    uit: dict[str, str] = {}
    sleutel = ""
    for regel in tekst.splitlines():
        if regel.startswith("#"):
            continue
        if regel.strip() and not regel.startswith(" "):
            sleutel, _, regel = regel.partition(":")
        if sleutel:
            uit[sleutel] = uit.get(sleutel, "") + " " + regel.strip()
    return uit


# origin: first names | surnames; Vietnamese and Chinese first names may hold two parts
_NAMEN = Path(__file__).with_name("derde_namen.txt").read_text(encoding="utf-8")
NAMEN: dict[str, tuple[list[str], list[str]]] = {h: (_lijst(t.split("|")[0]), _lijst(t.split("|")[1])) for h, t in _tabel(_NAMEN).items()}

# surnames with an apostrophe in the middle (Dutch 't, Italian D', West-African N'), as first name / surname
_APOSTROF = """
nederlands:
    Gijs / van 't Hof; Marloes / 't Hart; Joost / van 't Veer; Hanneke / 't Hooft; Arjen / van 't Zand; Lieke / in
    't Veld
west-afrikaans:
    Aissatou / N'Diaye; Adama / N'Guessan; Binta / N'Dour; Issa / N'Dri; Salif / N'Goran; Kadiatou / M'Baye
overig:
    Luca / D'Angelo; Clara / D'Souza; Marco / Dell'Orto; Rosa / D'Amico; Shaun / O'Connor; Aoife / O'Brien
"""
APOSTROF: dict[str, list[tuple[str, str]]] = {h: _paren(t) for h, t in _tabel(_APOSTROF).items()}

STRATEN = _lijst("""
    Kerkstraat; Molenweg; Ridderstraat; Julianalaan; Beatrixstraat; Vondelstraat; Spoorsingel; Goudsbloemlaan;
    Havenkade; Lange Tiendeweg; Burgemeester Jamessingel; Van Hogendorpplein; Wilhelminastraat; Prinses
    Irenestraat; Zeugstraat; Kleiweg; Bloemendaalseweg; Schielandweg; Aalberseplein; Plaswijckweg; Graaf
    Florisweg; Boezemsingel; Jan van Goyenstraat; Heemskerkstraat; Snellinckstraat; Mauritssingel; Oosthaven;
    Turfmarkt; Goverwellesingel; Sportlaan; Dr. Lelylaan; Europaweg; Rembrandtlaan; Troelstrastraat; Van Limburg
    Stirumstraat; Eendrachtsweg; Hooigracht; Prins Hendrikkade; Burgemeester de Vlugtlaan; Dr. Schaepmanstraat;
    Meidoornlaan; Esdoornstraat; Kastanjehof; Zonnebloemstraat; Vlietlaan; Bachplein; Mozartlaan; Populierenweg;
    Koningin Emmastraat; Pieter Zeemanweg; Kanaalstraat; Dorpsstraat; Hoofdweg; Industrieweg; Schoolstraat;
    Burgemeester Martenssingel; Anjerstraat; Tulpstraat
""")
LAAN_VAN = _lijst("""
    Laan van Meerdervoort; Laan van Nieuw Oost-Indië; Laan der Verenigde Naties; Laan van Poot; Laan van
    Vollenhove; Laan van Wateringse Veld; Laan van Ypenburg; Laan van Nieuw Guinea
""")
KORT = _lijst("""
    Markt; Plein; Brink; Kade; Vismarkt; Singel; Groenmarkt; Hoogstraat; Dijk; Gracht; Veemarkt; Agnietenplaats
""")
GENUMMERD = _lijst("""
    2e Jan Steenstraat; 1e Hugo de Grootstraat; 3e Oosterparkstraat; 2e Kostverlorenkade; 1e Van der Helststraat;
    2e Atjehstraat; 1e Jacob van Campenstraat; 3e Kattendijkerdwarsstraat; 2e Boomdwarsstraat; 1e Middellandstraat
""")
PLAATSEN = _lijst("""
    Gouda; Waddinxveen; Zoetermeer; Rotterdam; Schiedam; Utrecht; Alphen aan den Rijn; Bodegraven; Den Haag;
    Leiden; Dordrecht; Amersfoort; Tilburg; Zwolle; Emmen; Almere; Lelystad; Deventer; Heerlen; Venlo; Amsterdam;
    Haarlem; Vlaardingen; Capelle aan den IJssel
""")
SCHOLEN_PO = _lijst("""
    De Regenboog; Het Kompas; De Vlinderhof; De Fontein; Het Mozaïek; De Sterrenboog; De Tweemaster; De Klimop;
    Het Palet; De Horizon; Al Amana; De Piramide; Het Speelwerk; De Wilgenstam; De Zonnewijzer; De Ark; Het Baken;
    De Springplank; De Kleine Prins; De Meander; Het Anker; De Eendracht; De Bolster; Het Startpunt
""")
SCHOLEN_PERSOON = _lijst("""
    Prins Willem-Alexanderschool; Koningin Julianaschool; Anne Frankschool; Juliana van Stolbergschool; Prinses
    Margrietschool; Koningin Wilhelminaschool; Jan Ligthartschool; Max Havelaarschool; Pieter Wijtenburgschool;
    Dr. Schaepmanschool
""")
SCHOLEN_VO = _lijst("""
    Coornhert Gymnasium; Driestar College; Christelijk Lyceum Gouda; Goudse Waarden; Carmelcollege; Scala College;
    Wellant College; Da Vinci College Kagerstraat; Groene Hart Lyceum; Praktijkschool De Linie; Edudelta College;
    Horizon College; Montessori Lyceum Oostpoort; Wolfert van Borselen; Erasmus College; Fioretti College
""")
SCHOOLTYPE_PO = _lijst("""
    basisschool; obs; cbs; rkbs; pcbs; IKC; SBO; openbare basisschool; christelijke basisschool; sbo-school
""")
MAILDOMEINEN = _lijst("""
    ziggo.nl; gmail.com; hotmail.com; kpnmail.nl; live.nl; outlook.com; planet.nl; yahoo.com; icloud.com;
    xs4all.nl; hotmail.nl; home.nl; telfort.nl; caiway.nl; upcmail.nl; chello.nl; msn.com; gmx.de; outlook.be;
    telenet.be
""")
