"""Danish words and formats shared by the parser and the writers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time

WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
MONTHS = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]


def format_date(d: date, with_year: bool = False) -> str:
    """'onsdag den 25. november' (Danish style: lower case, no leading zero)."""
    text = f"{WEEKDAYS[d.weekday()]} den {d.day}. {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


def format_time(t: time) -> str:
    """'9' for 09:00 and '13.30' for 13:30, as Danes write 'kl. 9'."""
    return str(t.hour) if t.minute == 0 else f"{t.hour}.{t.minute:02d}"


def parse_hhmm(value: str | None) -> time | None:
    """Read the slot format HH:MM; anything else is None."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def fold(text: str) -> str:
    """Lower-case text with æ/ø/å written out (ae/oe/aa) and accents dropped.

    Lets one pattern match both "næste" and "naeste"; use it on both sides.
    """
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def listed(items: list[str]) -> str:
    """'a', 'a og b', 'a, b og c', as Danish lists things."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]
