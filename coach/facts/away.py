"""When the contact can be reached again: "en kollega sagde mads har fri til onsdag", "autosvar: på ferie til og
med 11. december", "receptionen sagde, jeg skulle ringe igen på torsdag" (testers: the first ended the reminders as
an answer, the others got a follow-up day while the contact was away)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Dict, Iterable

from coach.danish import fold

_AWAY = (r"(ferie|syg|sygemeldt|fri|bortrejst|vaek|kursus|orlov|barsel|ude af huset|ude af kontoret|vaek fra kontoret|"
         r"out of office|"
         r"ikke (paa kontoret|paa arbejde|at traeffe|inde))")
# "på ferie til og med 11. december", "har fri til onsdag", "er på kursus indtil mandag": the words before the day
_AWAY_UNTIL = re.compile(rf"\b{_AWAY}\b[^.;!?]{{0,30}}?\b(?P<until>til(?P<through> og med)?|indtil|frem til)\s+$")
# "jeg skulle ringe igen på torsdag", "hun er tilbage mandag", "prøv igen efter den 14." (not "han vil ringe
# tilbage på torsdag": that is their promise, an answer day)
# "han bad mig ringe igen på tirsdag", "sagde jeg godt kunne ringe til ham igen", "vi aftalte at jeg ringer igen"
_CALL_AGAIN = (r"((jeg|du) (godt |gerne |bare )?(skal|skulle|maa|kan|kunne|boer|burde) (gerne |godt |lige |bare )?"
               r"(ringe|proeve|skrive)|(bad|beder) (mig|os) (om at )?(ringe|proeve|skrive)|"
               r"aftal\w* (at )?(jeg )?(ringer|skriver|ringe|skrive)|ring|proev)( det)?( til \w+)? (igen|tilbage)")
_ON = r"\s+(paa |om |i |den |d\. |fra |efter )?$"
_AGAIN_ON = re.compile(rf"\b{_CALL_AGAIN}{_ON}")
# "hun er tilbage mandag", "på ferie og tilbage mandag d. 14. december" (s38a: an out-of-office reply)
_BACK_ON = re.compile(rf"\b(er|kommer|og|men) (tilbage|der igen){_ON}")
_BEFORE = 60  # characters before the day that may say what it is


def contact_back_on(text: str, entities: Iterable[Dict[str, Any]], today: date) -> date | None:
    """The first day the contact is there again, from the message's time entities; None when it says no such day."""
    told = day_told(text, entities, today)
    return told[0] if told else None


def callback_agreed(text: str, entities: Iterable[Dict[str, Any]], today: date) -> bool:
    """The day is the one they said to try again ("han bad mig ringe igen på tirsdag", "en kollega sagde Lone er
    syg, og at jeg skulle ringe igen på mandag"): the follow-up's day, before or after the one the rules would give;
    not a day the contact is back from an absence."""
    told = day_told(text, entities, today)
    return bool(told and told[1])


def day_told(text: str, entities: Iterable[Dict[str, Any]], today: date) -> tuple[date, bool] | None:
    """The day back, and whether it is the day to try again."""
    text = text or ""
    for entity in entities:
        info = entity.get("additional_info") or {}
        day = _future_day(info)
        if day is None or entity.get("start") is None:
            continue
        before = fold(text[max(0, entity["start"] - _BEFORE):entity["start"]])
        if _AGAIN_ON.search(before) and day > today:
            return day, True
        away = _AWAY_UNTIL.search(before)
        if away:
            back = day + timedelta(days=1) if away["through"] else day  # away through that day
            return (back, False) if back > today else None
        if _BACK_ON.search(before) and day > today:
            return day, False
    return None


def says_when_back(before: str) -> bool:
    """The folded words before a day say the contact is away until it, or to try again then: no day of the case."""
    return bool(_AWAY_UNTIL.search(before) or _AGAIN_ON.search(before) or _BACK_ON.search(before))


def _future_day(info: Dict[str, Any]) -> date | None:
    value = info.get("future") or info.get("value")
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
