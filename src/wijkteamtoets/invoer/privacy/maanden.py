"""Month names and birth labels in the languages a wijkteam's papers hold: Dutch and Frisian, and the languages of
pasted forms, translated certificates and letters from abroad (English, Turkish, Polish, German, French). Plain
pattern text for the birth-date detector in `detectoren`; no logic here."""

from __future__ import annotations

MAANDEN = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
           # English, as a pasted form or e-mail writes them ("date of birth: March 3, 2009", "27-Oct-1964")
           "january|february|march|may|june|july|october|mar|oct|"
           # Frisian ("23 maaie 1976", "16 febrewaris 2020")
           "jannewaris|febrewaris|maaie|juny|septimber|novimber|desimber|"
           # Turkish, also typed without its letters ş, ğ, ı, ü ("1 Ekim 2020", "14 Subat 2012")
           "ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|"
           "aralık|aralik|"
           # Polish, in the genitive a date uses ("18 lutego 1987"), also without its diacritics
           "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|"
           "pazdziernika|listopada|grudnia|"
           # German and French, from German papers and Belgian (Walloon) ones ("9. März 1979", "3 mars 1985")
           "januar|februar|märz|maerz|oktober|dezember|"
           "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre")

# the label of a birth date in those languages: "Doğum tarihi", "data urodzenia", "ur.", "geboren am",
# "Geburtsdatum", "né(e) le", "date de naissance", Papiamento "a nase", Spanish and Portuguese "fecha de
# nacimiento", "data de nascimento"
GEBOORTELABELS = (r"do[gğ]um\s+tarihi|do[gğ]umlu|data\s+urodzenia|urodzon[ay]|ur\.|geburtsdatum|geboren\s+am"
                  r"|(?:née?|nee|né\(e\))\s+le|date\s+de\s+naissance|a\s+nase|fecha\s+de\s+nacimiento"
                  r"|data\s+de\s+nascimento")

# the Dutch label as OCR misreads it: "Geboortedaturn", "Geb0ortedatum", "Geboortedatnm"
GEBOORTELABEL_OCR = r"geb[o0][o0]rte\s?d(?:at|al)\w{0,3}"
