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
# Swedish and Norwegian words a Danish reader takes in at once ("jag skickar hellre ett mejl", "ringt to ganger"),
# and the English of a follow-up already made ("I already sent a short mail i går"), in the Danish the readers know.
_NEIGHBOURS = {"mejl": "mail", "mejla": "maile", "mejlet": "mailen", "mejlat": "mailet", "e-post": "mail",
               "epost": "mail", "e-posten": "mailen", "ringa": "ringe", "ringt": "ringet", "ganger": "gange",
               "gånger": "gange", "sist": "sidst", "igår": "i går", "imorgon": "i morgen",
               "innen": "inden", "före": "før", "jag": "jeg", "är": "er", "inte": "ikke",
               "säker": "sikker", "danska": "dansk", "inget": "intet", "noe": "noget",
               "tisdags": "tirsdags", "måndags": "mandags", "lördags": "lørdags", "söndags": "søndags",
               "tisdag": "tirsdag", "måndag": "mandag", "lördag": "lørdag", "söndag": "søndag",
               "intervju": "samtale", "intervjuet": "samtalen", "jobbintervju": "jobsamtale",
               "tjänst": "stilling", "tjänsten": "stillingen", "stillinga": "stillingen",
               "emailed": "mailet", "e-mailed": "mailet", "twice": "to gange",
               "once": "en gang", "three times": "tre gange", "no reply": "intet svar", "no answer": "intet svar",
               "no response": "intet svar", "no timeline": "ingen dato", "no deadline": "ingen dato"}
_NEIGHBOUR = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _NEIGHBOURS), key=len, reverse=True))
                        + r")(?![\w-])", re.IGNORECASE)
# "I already sent a short mail", "send one mail": a mail sent, in the words the follow-up readers know
_MAIL_SENT = re.compile(r"\b(?:sent|(?<=already )send|(?<=have )send) (?:a|an|one|1)(?: short| quick| follow[- ]?up)? "
                        r"(?:e-?mail|mail)\b", re.IGNORECASE)  # not "I'd rather send an email"
# "called them twice", not "my contact is called Mikkel Frost"
_CALLED = re.compile(r"\bcalled(?= (?:them|her|him|the company|hr|twice|once|back)\b)", re.IGNORECASE)
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
    written = _CALLED.sub("ringet", _MAIL_SENT.sub("sendt en mail", written))
    written = _NEIGHBOUR.sub(lambda m: _NEIGHBOURS[m.group(1).lower()], written)
    return _ORDINAL.sub(lambda m: f"d. {m.group(1)}.", written)
