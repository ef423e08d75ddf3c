"""Text as people dictate or chat it, put the way the rest of the coach reads it.

Voice dictation spells out punctuation ("… i torsdags komma hos 7-Eleven punktum"), and chat has short
spellings of common words ("ik", "sagd"). Both would otherwise end up inside a role or hide a "no".
"""

from __future__ import annotations

import re
from functools import lru_cache

# Dictated marks: the word, with the spaces around it, becomes the mark.
_MARKS = {"komma": ",", "punktum": ".", "spørgsmålstegn": "?", "udråbstegn": "!", "kolon": ":",
          "ny linje": ".", "nyt afsnit": "."}
_DICTATED = re.compile(r"\s*\b(" + "|".join(sorted(_MARKS, key=len, reverse=True)) + r")\b(?=\s|$)", re.IGNORECASE)
# Chat and spoken spellings of a few words the facts hang on ("det sagd de ik noget om").
_SPELLINGS = {"ik": "ikke", "ikk": "ikke", "ikk'": "ikke", "ik'": "ikke", "sagd": "sagde", "sku": "skulle",
              "sku'": "skulle", "ku'": "kunne", "ska": "skal"}
_SPELLED = re.compile(r"(?<![\w'])(" + "|".join(re.escape(w) for w in _SPELLINGS) + r")(?![\w'])", re.IGNORECASE)


# English date words in a mixed message, in the Danish the date parser reads ("by friday the 19th").
_ENGLISH_DAYS = {"monday": "mandag", "tuesday": "tirsdag", "wednesday": "onsdag", "thursday": "torsdag",
                 "friday": "fredag", "saturday": "lørdag", "sunday": "søndag", "next week": "næste uge",
                 "this week": "denne uge", "january": "januar", "february": "februar", "march": "marts",
                 "june": "juni", "july": "juli", "october": "oktober"}  # the other months are spelled alike
_ENGLISH_DAY = re.compile(r"\b(" + "|".join(sorted(_ENGLISH_DAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# West Jutlandic "ve" before a name is "ved" ("samtal ve Kødbyens Fiskebar").
_VED = re.compile(r"(?<!\w)ve(?=\s+[A-ZÆØÅ])")


@lru_cache(maxsize=1024)
def as_written(text: str) -> str:
    """'ja komma jeg ringer punktum' -> 'ja, jeg ringer.'; 'det sagd de ik' -> 'det sagde de ikke'."""
    if not text:
        return text
    written = _DICTATED.sub(lambda m: _MARKS[m.group(1).lower()], text)
    written = _VED.sub("ved", _SPELLED.sub(lambda m: _SPELLINGS[m.group(1).lower()], written))
    written = _ENGLISH_DAY.sub(lambda m: _ENGLISH_DAYS[m.group(1).lower()], written)
    return _ORDINAL.sub(lambda m: f"d. {m.group(1)}.", written)
