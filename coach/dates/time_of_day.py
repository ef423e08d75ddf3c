"""The time of day in a message: 'kl. 14', 'klokken 8.30', '14:30', 'hellere 10', 'om eftermiddagen',
and the Danish way: 'kvart over 8', 'halv ni', 'fem over halv ni', 'ved middagstid', 'sidst på eftermiddagen'.

Used when the user chooses when a reminder should arrive; a day ('mandag') is the date parser's job.
A spoken hour from 1 to 6 ('halv to', 'kvart over fem') is in the afternoon, as in the date parser.
"""

from __future__ import annotations

import re
from datetime import time

from coach.danish import fold

_HOURS = {"et": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
          "ti": 10, "elleve": 11, "tolv": 12}
_MINUTES = {"fem": 5, "ti": 10, "kvart": 15, "tyve": 20, "5": 5, "10": 10, "15": 15, "20": 20}
_HOUR = rf"(?:\d{{1,2}}|{'|'.join(sorted(_HOURS, key=len, reverse=True))})"
_MINUTE = r"(?:fem|ti|kvart|tyve|5|10|15|20)(?:\s+minutter)?"

_CLOCK = re.compile(r"\b(?:kl\.?|klokken|klok)\s*(\d{1,2})(?:\s*[.:]\s*(\d{2}))?\b", re.IGNORECASE)
_HHMM = re.compile(r"\b(\d{1,2})[:.](\d{2})\b(?!\s*\.?\s*\d)")
_BARE = re.compile(r"^\W*(?:ja\W+)?(?:hellere|gerne|helst)?\s*(\d{1,2})\s*(?:i stedet)?\W*$", re.IGNORECASE)
# On folded text: "fem over halv ni", "kvart i otte", "ti minutter over 8", "halv ni", "klokken otte", "ved 9-tiden".
_SPOKEN = (
    (re.compile(rf"\b(?P<m>{_MINUTE})\s+(?P<dir>over|i)\s+halv\s+(?P<h>{_HOUR})\b"), "half"),
    (re.compile(rf"\b(?P<m>{_MINUTE})\s+(?P<dir>over|i)\s+(?P<h>{_HOUR})\b(?!\s*(?:dage?|uger?))"), "quarter"),
    (re.compile(rf"(?<![\w.])halv\s+(?P<h>{_HOUR})\b(?!\s+(?:time|times|dag|uge|aar))"), "half"),
    (re.compile(rf"\b(?:kl\.?|klokken)\s*(?P<h>{'|'.join(sorted(_HOURS, key=len, reverse=True))})\b"), "hour"),
    (re.compile(r"\b(?:ved|omkring|cirka|ca\.?)\s+(?P<h>\d{1,2})\s*-?\s*tiden\b"), "hour"),
)
_NAMED = (  # most specific first, on folded text
    (re.compile(r"\b(?:sidst|senere) paa eftermiddagen\b"), time(16, 0)),
    (re.compile(r"\b(?:foerst|tidligt|tidlig) paa eftermiddagen\b"), time(13, 0)),
    (re.compile(r"\bsidst paa formiddagen\b"), time(11, 0)),
    (re.compile(r"\bsidst paa dagen\b"), time(16, 0)),
    (re.compile(r"\b(?:foerst paa dagen|tidligt om morgenen|tidlig morgen)\b"), time(8, 0)),
    (re.compile(r"\blige efter frokost\b"), time(12, 30)),
    (re.compile(r"\bom (?:formiddagen|formiddag)\b"), time(10, 0)),
    (re.compile(r"\bom (?:morgenen|morgnen)\b|\btidligt\b"), time(8, 0)),
    (re.compile(r"\bmiddag(?:s(?:tid)?)?\b|\bfrokost|\bmidt paa dagen\b"), time(12, 0)),
    (re.compile(r"\bom eftermiddagen\b|\beftermiddag\b"), time(14, 0)),
    (re.compile(r"\bom aftenen\b|\bi aften\b"), time(19, 0)),
)


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS[word]


def _spoken(folded: str) -> time | None:
    for pattern, kind in _SPOKEN:
        match = pattern.search(folded)
        if not match:
            continue
        hour = _hour(match["h"])
        spoken_word = not match["h"].isdigit() or kind != "hour"
        minute = 0
        if kind == "half":
            hour, minute = hour - 1, 30
        groups = match.groupdict()
        if groups.get("m"):
            offset = _MINUTES[groups["m"].split()[0]]
            minute += offset if groups["dir"] == "over" else -offset
            if minute < 0:
                hour, minute = hour - 1, minute + 60
        if spoken_word and 1 <= hour <= 6:
            hour += 12  # "halv to": the afternoon, not the night
        hour %= 24
        return time(hour, minute) if hour <= 23 and 0 <= minute <= 59 else None
    return None


def parse_time_of_day(text: str) -> time | None:
    """The time of day in 'kl. 14', 'klokken 8.30', '14:30', 'hellere 10', 'kvart over 8', 'halv ni',
    'ved middagstid', 'sidst på eftermiddagen'."""
    text = (text or "").strip()
    folded = fold(text)
    spoken = _spoken(folded)
    if spoken is not None:
        return spoken
    for pattern in (_CLOCK, _HHMM, _BARE):
        match = pattern.search(text)
        if match:
            hour = int(match.group(1))
            minute = int(match.group(2)) if pattern.groups >= 2 and match.group(2) else 0
            return time(hour, minute) if hour <= 23 and minute <= 59 else None
    for pattern, moment in _NAMED:
        if pattern.search(folded):
            return moment
    return None


_FILLER = {"ja", "jo", "jep", "tak", "gerne", "hellere", "helst", "så", "saa", "men", "i", "stedet", "det", "er",
           "fint", "ok", "okay", "kan", "du", "mind", "mig", "om", "ved", "tiden", "den", "godt", "bare", "lige",
           "eller", "sæt", "saet", "send", "til", "klokken", "kl"}


def time_of_day_only(text: str) -> time | None:
    """The time in a message that says nothing but a time of day ('kl. 14', 'ja, hellere klokken 10',
    'kvart over 8'); None for anything with a day or another fact in it ('mandag kl. 10', 'i går kl. 9')."""
    chosen = parse_time_of_day(text)
    if chosen is None:
        return None
    if _BARE.search(text):
        return chosen
    rest = fold(text)
    for pattern, _ in _SPOKEN:
        rest = pattern.sub(" ", rest)
    rest = _CLOCK.sub(" ", rest)
    rest = _HHMM.sub(" ", rest)
    for pattern, _ in _NAMED:
        rest = pattern.sub(" ", rest)
    words = re.findall(r"[^\W_]+", rest)
    return chosen if all(word in _FILLER for word in words) else None
