"""Words of other languages and of spoken Dutch that are no person, and names of data fields.

* Frisian and English function words in a sentence of that language ("it wykteam hat it plan net op 'e tiid
  besprutsen", "shared his IBAN for the trip"): a sentence with two or more words only Frisian (or English) writes
  is that language, and its function words written in lowercase are words, not names;
* the interjections, greetings and words of spoken Surinamese, Antillean and Moroccan Dutch and of the street in
  lowercase ("boi", "tan bun", "no span", "dushi", "yu sabi", "ewa sahbi", "wollah", "tantoe skeer");
* the name of a data field as a table's header or a form writes it ("Client;Adres;IBAN", "BSN", "KvK").
"""

from __future__ import annotations

from ..patronen import patroon

# words only Frisian writes (no Dutch word in this form)
_FRIES = frozenset({"it", "hat", "fan", "wer", "nei", "bern", "mem", "heit", "yn", "ek", "sil", "wurdt", "giet", "hie", "sy",
                    "mear", "skille", "skilje", "húsbesite",
                    "gjin", "har", "mar", "sjocht", "sein", "fynt", "stiet", "wol", "wy", "jo", "dizze", "hjir", "dêr",
                    "makket", "soargen", "skoalle", "út", "oer", "troch", "tiid", "'e", "net", "op", "mei", "de", "en"})
_ALLEEN_FRIES = frozenset({"it", "hat", "fan", "wer", "nei", "bern", "yn", "ek", "sil", "wurdt", "giet", "hie", "gjin", "sy",
                           "mear", "skille", "skilje",
                           "sjocht", "fynt", "stiet", "dizze", "hjir", "dêr", "makket", "soargen", "skoalle", "út", "tiid"})
# words only English writes, and English function words
_ENGELS = frozenset({"the", "his", "her", "their", "they", "she", "he", "with", "for", "from", "and", "of", "to", "is",
                     "was", "has", "had", "shared", "said", "says", "moved", "still", "enrolled", "family", "child",
                     "school", "file", "note", "today", "rather", "than", "by", "phone", "prefers", "via", "at", "trip",
                     "reimbursement", "last", "month", "spoke", "mother", "father", "contact"})
_ALLEEN_ENGELS = frozenset({"the", "his", "their", "they", "she", "with", "from", "and", "of", "shared", "said", "says",
                            "moved", "still", "enrolled", "rather", "than", "prefers", "spoke", "today"})
# interjections, greetings and words of spoken Surinamese, Antillean and Moroccan Dutch and of the street, in
# lowercase ("tan bun", "ewa sahbi", "yu sabi fa a de", "wollah", "tantoe skeer", "mi lobi mi pikin"); a word that is
# also a first name ("ewa", "yu", "mattie") only in a fixed phrase
_SPREEKTAAL = patroon(r"(?<![\w'’-])(?:tan\s+bun|no\s+span|fa\s+waka|mi\s+boi|boi|dushi|danki|kon\s+ta\s+bai"
                      r"|bon\s+dia|bon\s+nochi|bon\s+tardi|pasa\s+bon|ewa(?=\s+sahbi)|(?:mi|yu|a)\s+(?:no\s+)?sabi|sabi"
                      r"|fawaka|tranga\s+yesi|lobi|pikin|famiri|switi|wakti|granman|bakra|fowtu|sahbi|wollah|wallah"
                      r"|wallahi|walla|wellah|inshallah|mashallah|hamdullah|hamdulillah|alhamdulillah|yallah|yalla|wesh"
                      r"|zahma|akhi|khoya|wejo|skeer|tantoe|doekoe|waggie|fissa|mocro|osso|patta)(?![\w'’-])")
# names of data fields, in capitals or as a header writes them
_VELD = patroon(r"(?<![\w-])(?:IBAN|BIC|BSN|KvK|KVK|SWIFT)(?![\w-])")
_ZIN = patroon(r"[^.!?;:\n]+")
_WOORD = patroon(r"'e|[^\W\d_]+(?:['’][^\W\d_]+)?")


def geen_persoon_in_taal(tekst: str) -> list[tuple[int, int]]:
    """Spans of function words of Frisian and English sentences, of spoken interjections and of field names."""
    spans = [m.span() for m in _SPREEKTAAL.finditer(tekst)] + [m.span() for m in _VELD.finditer(tekst)]
    for zin in _ZIN.finditer(tekst):
        woorden = list(_WOORD.finditer(zin.group()))
        laag = {w.group() for w in woorden}
        for alleen, taal in ((_ALLEEN_FRIES, _FRIES), (_ALLEEN_ENGELS, _ENGELS)):
            if len(laag & alleen) >= 2:
                spans += [(zin.start() + w.start(), zin.start() + w.end()) for w in woorden if w.group() in taal]
    return spans
