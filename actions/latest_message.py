"""What the latest user message is and says, as the form reads it: text, intent, dates."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Tracker

from actions.tracker_case import before_this_turn, earlier_events, previous_user_text, set_in_earlier_turns
from coach import clock
from coach.applications import as_read
from coach.case import NO_DEADLINE
from coach.danish import WEEKDAYS, fold
from coach.dates.entities import sent_line, time_entities
from coach.facts import ATTEMPT, DEADLINE, INTERVIEW
from coach.facts.pasted import paste_start, pasted_mail, received_right_after
from coach.requests import tells_of_a_message_received

DATE_SLOTS = ("interview_date", "deadline")


def text_of(tracker: Tracker) -> str:
    """The latest message as the NLU read it: dictated marks and chat spellings written out, another
    application told first left out (components.danish_tokenizer does the same, so entity offsets fit)."""
    return as_read(tracker.latest_message.get("text") or "")


def typed_text(tracker: Tracker) -> str:
    """The latest message as the user typed it: a draft to review keeps what the NLU's reading blanks (a pasted mail's
    numbers: s35a, "Tlf. 22 41 87 19" was gone from the improved version)."""
    read = tracker.latest_message.get("text") or ""
    users = [e for e in tracker.events if e.get("event") == "user"]
    typed = users[-1].get("text") or "" if users else ""
    return typed if typed and as_read(typed) == as_read(read) else read


def intent_of(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def confidence_of(tracker: Tracker) -> float:
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)


def read_from_the_day_received(tracker: Tracker) -> None:
    """'her er sms'en jeg fik bagefter: "… inden fredag …"' (the last trial, BL041): the NLU read the employer's
    words from today; the form knows the interview's day, so its words ("i dag", "fredag", "næste uge") are read
    again from the day they came. Also for the message pasted after 'fik den her sms i onsdags efter min
    samtale' (BJ002). Changes only this action's copy of the latest message."""
    said, today = text_of(tracker), clock.today()
    if sent_line(said, today) is not None:
        return
    begins = paste_start(said)  # where the employer's words begin in this message
    start = begins if begins > 0 and pasted_mail(said) else None
    intro = said[:start] if start is not None else as_read(previous_user_text(tracker) or "")
    if start is None and not tells_of_a_message_received(intro):
        return
    day = _day_received(tracker, intro, today)
    if day is None or day >= today:
        return
    others = [e for e in tracker.latest_message.get("entities", []) if e.get("entity") != "time"]
    extractor = next((e.get("extractor") for e in times_in(tracker)), None)
    again = [{**e, "extractor": extractor} for e in time_entities(said, today, received=(start or 0, day))]
    tracker.latest_message["entities"] = others + again


def _day_received(tracker: Tracker, intro: str, today: date) -> date | None:
    """The interview's day when the message came right after it; else a day the user's own words name for it."""
    days = [e for e in time_entities(intro, today) if e["additional_info"].get("grain") == "day"]
    named = as_day(str(days[0]["additional_info"]["past"])[:10]) if len(days) == 1 else None
    if received_right_after(intro):
        return as_day(before_this_turn(tracker, "interview_date")) or named
    return named if tells_of_a_message_received(intro) else None


def times_in(tracker: Tracker) -> List[Dict[str, Any]]:
    return [e for e in tracker.latest_message.get("entities", []) if e.get("entity") == "time"]


def only_a_date(tracker: Tracker) -> bool:
    """'3/12-2026', 'd. 20/11', 'i tirsdags': a message that is one date and nothing else."""
    times = times_in(tracker)
    if len(times) != 1 or times[0].get("start") is None:
        return False
    said = text_of(tracker)
    rest = said[:times[0]["start"]] + said[times[0]["end"]:]
    # "torsdag d. 29. april var det" (Q041), "det var vist d. 3.", "tror jeg"
    fillers = r"\b(den|d|kl|ca|det var|var det|var|vist|nok|tror jeg|ja|jo)\b"
    return not re.sub(fillers, "", rest.lower()).strip(" .,!?-")


def about_something_else(entities: List[Dict[str, Any]], topic: str) -> bool:
    return any((e.get("additional_info") or {}).get("about") not in (None, topic)
               for e in entities if e.get("entity") == "time")


def previous_turn(tracker: Tracker) -> list:
    """The events of the turn before the latest message (from the previous user message on)."""
    earlier = earlier_events(tracker)
    users = [i for i, e in enumerate(earlier) if e.get("event") == "user"]
    return earlier[users[-1]:] if users else []


def said_in_last_turn(tracker: Tracker, said: str) -> bool:
    """Whether the coach's turn just before the latest message said `said` (a question it is the answer to)."""
    for event in reversed(earlier_events(tracker)):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and said in (event.get("text") or ""):
            return True
    return False


def set_in_previous_turn(tracker: Tracker, slot: str) -> bool:
    return any(e.get("event") == "slot" and e.get("name") == slot and e.get("value")
               for e in previous_turn(tracker))


def corrected_topic(tracker: Tracker) -> str:
    """The date a bare correction is about: the one the previous message gave (or that the coach refused
    in it), else the one given last, else the interview. A follow-up's day just counted is the one corrected
    ("har ringet en gang uden svar, sidst i onsdags", then "nej vent, det var tirsdag": AW031)."""
    if set_in_previous_turn(tracker, "last_attempt_date") and not any(
            e.get("event") == "slot" and e.get("name") in DATE_SLOTS for e in previous_turn(tracker)):
        return ATTEMPT
    said = _topic_said(tracker)
    if said is not None:
        return said
    if _restates_the_interview(tracker):  # "nej jeg mente en TAK for samtalen mail, nu hvor det kun var i fredags"
        return INTERVIEW                  # (s35d: the interview's Friday became the answer day)
    before = _values_before_previous_turn(tracker)
    # "ingen frist" gave no date to correct; a day set again unchanged was not given (BG035); None was refused
    touched = {e["name"] for e in previous_turn(tracker) if e.get("event") == "slot" and e.get("name") in DATE_SLOTS
               and e.get("value") != NO_DEADLINE
               and (e.get("value") is None or e.get("value") != before.get(e["name"]))}
    refused = any(e.get("event") == "slot" and e.get("name") == "deadline" and e.get("value") is None
                  for e in previous_turn(tracker))
    if touched:  # both in one message: the interview is what people correct, unless the deadline was refused (R8)
        return INTERVIEW if "interview_date" in touched and not refused else DEADLINE
    for event in reversed(earlier_events(tracker)):
        if event.get("event") == "slot" and event.get("name") in DATE_SLOTS \
                and event.get("value") not in (None, NO_DEADLINE):
            return INTERVIEW if event["name"] == "interview_date" else DEADLINE
    return INTERVIEW


def _restates_the_interview(tracker: Tracker) -> bool:
    """Every day in the message is the interview's, as known before it."""
    known = as_day(str(set_in_earlier_turns(tracker, "interview_date") or ""))
    days = [as_day(str((e.get("additional_info") or {}).get("past") or e.get("value") or "")[:10])
            for e in times_in(tracker)]
    return known is not None and bool(days) and all(day == known for day in days)


def _topic_said(tracker: Tracker) -> str | None:
    """The correction's own words say which date it mends (testers): "SAMTALEN var onsdag", a day the employer said
    ("nej vent, sagde han midt i måneden, ikke sidst"), or the weekday it replaces ("onsdag den 25, ikke tirsdag")."""
    infos = [e.get("additional_info") or {} for e in times_in(tracker)]
    cued = {i.get("about") for i in infos} & {INTERVIEW, DEADLINE}
    if cued and not all(i.get("about") for i in infos):
        return None  # "ups. den 25. og de sagde svar den 20 november": the uncued day answers the question
    if len(cued) == 1:
        return cued.pop()
    if any(i.get("reported") for i in infos):
        return DEADLINE
    denied = _NOT_THAT_DAY.search(fold(text_of(tracker)))
    if denied is None:
        return None
    weekday = _WEEKDAYS.index(denied["day"])
    # the days as they were before this message (its own extraction may have mended one already)
    known = {topic: as_day(str(set_in_earlier_turns(tracker, slot_of(topic)) or "")) for topic in (INTERVIEW, DEADLINE)}
    fits = [topic for topic, day in known.items() if day is not None and day.weekday() == weekday]
    if len(fits) == 1:
        return fits[0]
    # both on that weekday: the one the new day lies near ("onsdag den 25, ikke tirsdag" mends Tuesday the 24th)
    readings = [as_day(str(i.get(r) or "")[:10]) for i in infos for r in ("past", "future")]
    distance = {topic: min((abs((day - r).days) for r in readings if r), default=None)
                for topic, day in known.items() if day is not None}
    near = sorted((d, topic) for topic, d in distance.items() if d is not None)
    return near[0][1] if len(near) == 2 and near[1][0] - near[0][0] >= _CLEARLY_NEARER else None


_CLEARLY_NEARER = 3  # days
_WEEKDAYS = [fold(day) for day in WEEKDAYS]
# "det var ikke sidste fredag men fredagen før, altså 27/11" (a tester)
_NOT_THAT_DAY = re.compile(rf"\bikke (om |paa |i )?(sidste |forrige |i sidste uges )?(?P<day>{'|'.join(_WEEKDAYS)})\b")


def _values_before_previous_turn(tracker: Tracker) -> Dict[str, Any]:
    earlier = earlier_events(tracker)
    before = earlier[:len(earlier) - len(previous_turn(tracker))]
    return {e["name"]: e.get("value") for e in before if e.get("event") == "slot"}


def slot_of(topic: str) -> str:
    return {INTERVIEW: "interview_date", ATTEMPT: "last_attempt_date"}.get(topic, "deadline")


def as_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def as_period(value: Any) -> tuple[date, date] | None:
    """'2026-11-16/2026-11-22' (the interview_period slot) -> its first and last day."""
    first, _, last = str(value or "").partition("/")
    return (as_day(first), as_day(last)) if as_day(first) and as_day(last) else None
