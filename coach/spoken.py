"""Text as people dictate or chat it, put the way the rest of the coach reads it.

Voice dictation spells out punctuation ("… i torsdags komma hos 7-Eleven punktum"), and chat has short
spellings of common words ("ik", "sagd"). Both would otherwise end up inside a role or hide a "no". Users also
write Swedish, Norwegian, Jutlandic or English words a Danish reader takes in at once ("mejl", "ringt to ganger",
"a ringer", "before christmas"): they are put in the Danish the readers know (coach/lexicon/neighbours.yml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coach.lexicon import neighbour_words

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
# "the 2nd" is a day; "2nd round interview" (a tester's interview moved to the 2nd) is a round
_ORDINAL = re.compile(r"\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:round|interview|runde|samtale|time|place|plads))",
                      re.IGNORECASE)
# Swedish and Norwegian words a Danish reader takes in at once ("jag skickar hellre ett mejl", "ringt to ganger"),
# and the English of a follow-up already made ("I already sent a short mail i går"), in the Danish the readers know.
_NEIGHBOURS = neighbour_words()
_NEIGHBOUR = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _NEIGHBOURS), key=len, reverse=True))
                        + r")(?![\w-])", re.IGNORECASE)
# "I already sent a short mail", "send one mail": a mail sent, in the words the follow-up readers know
_MAIL_SENT = re.compile(r"\b(?:sent|(?<=already )send|(?<=have )send) (?P<count>a|an|one|1|two|2|three|3|four|4)"
                        r"(?: short| quick)?(?: follow[- ]?ups?(?: e-?mails?| mails?)?| e-?mails?| mails?)\b",
                        re.IGNORECASE)  # not "I'd rather send an email", nor "sent a CV"
_COUNTS = {"a": "en mail", "an": "en mail", "one": "en mail", "1": "en mail", "two": "to mails", "2": "to mails",
           "three": "tre mails", "3": "tre mails", "four": "fire mails", "4": "fire mails"}
# "on monday" (after the day is put in Danish): "på mandag" (BR003)
_ON_DAY = re.compile(r"\bon (?=(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b)", re.IGNORECASE)
# "I had a job interview on friday", "it was on tuesday": the last one, "i fredags" (s41b: an interview ahead)
_ON_PAST_DAY = re.compile(r"(?P<before>\b(?:(?:had|was at|was in|went to|attended|did)\b[^.!?]{0,25}?\binterview\w*"
                          r"[^.!?]{0,30}?|interview\w* (?:was|took place)\s+|\binterviewed\s+))\bon "
                          r"(?P<day>mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", re.IGNORECASE)
# "called them twice", not "my contact is called Mikkel Frost"
_CALLED = re.compile(r"\bcalled(?= (?:them|her|him|the company|hr|twice|once|back)\b)", re.IGNORECASE)
# Spoken forms: Jutlandic "a"/"æ" for "jeg" before a verb, "-daw(s)" for "-dag(s)", "te samtal" for "til samtale"
# (BP036, BP044); English "mid december", "end of january"
_SPOKEN_FORMS = (
    (re.compile(r"(?:(?<=^)|(?<=[.,!?] ))[aæ] (?=(?:ringer|skriver|wa|war|var|har|hår|ka|kan|vil|sku|tror|"
                r"ved|sender)\b)", re.IGNORECASE), "jeg "),
    (re.compile(r"\b(man|tirs|ons|tors|fre|lør|søn)daw(s?)\b", re.IGNORECASE), r"\1dag\2"),
    (re.compile(r"\b(formid|eftermid)daws?\b", re.IGNORECASE), r"\1dags"),  # "i formiddaw": this morning
    (re.compile(r"\b(?:wa|war)(?= te\b| til\b)", re.IGNORECASE), "var"),
    (re.compile(r"\bte (?=samt[aå]l)", re.IGNORECASE), "til "),
    (re.compile(r"\bsamt[aå]l\b", re.IGNORECASE), "samtale"),
    (re.compile(r"\bgång\b", re.IGNORECASE), "gang"),
    (re.compile(r"\bmid[- ](?=(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                r"november|december)\b)", re.IGNORECASE), "midt i "),
    (re.compile(r"\bend of (?=(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
                r"november|december)\b)", re.IGNORECASE), "slutningen af "),
    (re.compile(r"\bhår(?= ringt| ringet| skrevet| sendt)", re.IGNORECASE), "har"),
)
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
    written = _CALLED.sub("ringet", _MAIL_SENT.sub(lambda m: "sendt " + _COUNTS[m["count"].lower()], written))
    written = _ON_PAST_DAY.sub(lambda m: f"{m['before']}i {m['day']}s", written)
    written = _ON_DAY.sub("på ", written)
    for spoken, said in _SPOKEN_FORMS:
        written = spoken.sub(said, written)
    written = _NEIGHBOUR.sub(lambda m: _NEIGHBOURS[m.group(1).lower()], written)
    return _ORDINAL.sub(lambda m: f"d. {m.group(1)}.", written)
