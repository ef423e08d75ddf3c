"""The time of day in a message: 'kl. 14', 'klokken 8.30', '14:30', 'hellere 10', 'om eftermiddagen'.

Used when the user chooses when a reminder should arrive; a day ('mandag') is the date parser's job.
"""

from __future__ import annotations

import re
from datetime import time

_CLOCK = re.compile(r"\b(?:kl\.?|klokken|klok)\s*(\d{1,2})(?:\s*[.:]\s*(\d{2}))?\b", re.IGNORECASE)
_HHMM = re.compile(r"\b(\d{1,2})[:.](\d{2})\b(?!\s*\.?\s*\d)")
_BARE = re.compile(r"^\W*(?:ja\W+)?(?:hellere|gerne|helst)?\s*(\d{1,2})\s*(?:i stedet)?\W*$", re.IGNORECASE)
_NAMED = (
    (re.compile(r"\bom (?:formiddagen|formiddag)\b"), time(10, 0)),
    (re.compile(r"\bom (?:morgenen|morgnen)\b|\btidligt\b"), time(8, 0)),
    (re.compile(r"\bmiddag(?:s(?:tid)?)?\b|\bfrokost"), time(12, 0)),
    (re.compile(r"\bom eftermiddagen\b|\beftermiddag\b"), time(14, 0)),
    (re.compile(r"\bom aftenen\b|\bi aften\b"), time(19, 0)),
)


def parse_time_of_day(text: str) -> time | None:
    """The time of day in 'kl. 14', 'klokken 8.30', '14:30', 'hellere 10', 'om eftermiddagen'."""
    text = (text or "").strip()
    for pattern in (_CLOCK, _HHMM, _BARE):
        match = pattern.search(text)
        if match:
            hour = int(match.group(1))
            minute = int(match.group(2)) if pattern.groups >= 2 and match.group(2) else 0
            return time(hour, minute) if hour <= 23 and minute <= 59 else None
    lowered = text.lower()
    for pattern, moment in _NAMED:
        if pattern.search(lowered):
            return moment
    return None


_FILLER = {"ja", "jo", "jep", "tak", "gerne", "hellere", "helst", "så", "men", "i", "stedet", "det", "er", "fint",
           "ok", "okay", "kan", "du", "mind", "mig", "om", "ved", "tiden", "den", "godt", "bare", "lige", "eller"}


def time_of_day_only(text: str) -> time | None:
    """The time in a message that says nothing but a time of day ('kl. 14', 'ja, hellere klokken 10');
    None for anything with a day or another fact in it ('mandag kl. 10', 'i går kl. 9')."""
    chosen = parse_time_of_day(text)
    if chosen is None:
        return None
    if _BARE.search(text):
        return chosen
    rest = _CLOCK.sub(" ", text.lower())
    rest = _HHMM.sub(" ", rest)
    for pattern, _ in _NAMED:
        rest = pattern.sub(" ", rest)
    words = re.findall(r"[^\W_]+", rest)
    return chosen if all(word in _FILLER for word in words) else None
