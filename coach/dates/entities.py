"""Time mentions as Duckling-style entity dicts (plain data, no Rasa import)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Dict, List

from coach.business_days import last_business_day
from coach.danish import fold
from coach.dates.calc import last_of_month, monday, safe_date
from coach.dates.parser import Direction, TimeMention, find_times
from coach.dates.patterns import HOLIDAY_DAY, UNTIL, WEEKDAY_NAMES, after_the_interview, weekday_said
from coach.facts import (
    ATTEMPT,
    DEADLINE,
    INTERVIEW,
    approximate,
    attempts_reported,
    date_topic,
    first_round,
    interview_ahead,
    interview_told_done,
    last_attempt_said,
    reported_speech,
)
from coach.facts.pasted import own_mail

IMPOSSIBLE = "impossible_date"
# Between two dates, words that take the first one back: ", nej vent, det var", " - undskyld, jeg mener".
_CORRECTION_GAP = re.compile(r"^\W*((tror jeg|vist|maaske)\W+)?(eller )?(nej|naeh|nah|ups|undskyld|sorry|rettelse)\b"
                             r"[\w\s,.]{0,40}$")
# "tirsdag eller onsdag... tirsdag", "tirsdag i sidste uge tror jeg. eller mandag? nej tirsdag": unsure
# between days (joined by "eller"), then settled ("...", "?", "ja", "nej") on one of them
_OR_GAP = re.compile(r"^\W*((tror jeg|vist|maaske)\W+)?eller\W*((var det|det var)\W+)?$")
_SETTLED_GAP = re.compile(r"^\W*((tror jeg|vist|maaske)\W+)?(\.\.+|…|\?|\.\s*(ja|jo|nej)\b)\W*"
                          r"((nej|ja|jo|altsaa|eller|det var)\W+)*$|"
                          # "tirsdag eller onsdag... vent jeg tjekker lige kalenderen. onsdag" (BE012)
                          r"^\W*(vent|et oejeblik|2 sek)\b[\w\s,]{0,40}[.!:]\W*((ja|jo|det var)\W+)*$")
# "i løbet af næste uge.. altså den her uge", "midt i januar. altså jeg tror de sagde fredag d. 15.": a later
# day said as what the first one meant
_MEANT_GAP = re.compile(r"^\W*(altsaa|jeg mener|mener jeg|eller rettere|rettere sagt)\W*"
                        r"((jeg tror )?(de|han|hun|hen) (sagde|sagt|skrev)|(det|den) (var|er))?\W*$|"
                        # "fredag d 4 er jo overstået, han mente på fredag d 11"
                        r"^[^.!?]{0,40}\b(de|han|hun|hen) mente( jo| nok)?( paa)?\W*$")
_ROUGH = re.compile(r"\bsiden\b|\buge\b")


def _said_more_exactly(text: str, past: list, i: int) -> bool:
    """The mention before is the same day said less exactly: "for en uge siden, i mandags altså den 30/11" (s36c:
    the Sunday a week back became the interview, the 30th its answer day)."""
    rough, day = past[i - 1], past[i]
    close = isinstance(rough.value, date) and isinstance(day.value, date) and abs((day.value - rough.value).days) <= 7
    return bool(_APPOSITION.match(fold(text[rough.end:day.start])) and _ROUGH.search(fold(rough.text))) \
        and day.grain == "day" and close


def _weekday_said_again(past: list) -> set[int]:
    """A bare weekday said again with its week: "det var onsdag, ikke tirsdag. Onsdag i sidste uge." (s35c: the
    coming Wednesday's week was taken): the bare one goes."""
    said = [fold(p.text) for p in past]
    return {i for i, day in enumerate(said)
            if day in WEEKDAY_NAMES and any(later.startswith(day + " ") for later in said[i + 1:])}


# "Samtale i fredags (27/11)": the date in brackets says which day was meant
_BRACKET_GAP = re.compile(r"^\s*\(\s*(d\.|den)?\s*$")
_NUMBERED = re.compile(r"\d+\s*/\s*\d+|\d+\.?\s*[a-zæøå]{3}")  # "27/11", "27. nov": a date, not "uge 27"
PERIOD_GRAINS = ("week", "month", UNTIL)


def answer_day_at(entities: List[Dict[str, Any]]) -> int | None:
    """Where a date in the message says when the employer will answer ("svarer på mandag", "melder
    tilbage d. 26."), or None."""
    return min((e.get("start") or 0 for e in entities or [] if e.get("entity") == "time"
                and (e.get("additional_info") or {}).get("about") == DEADLINE), default=None)


_RECENT_ANSWER = 14  # days: an answer told now was given lately ("efter nytår" read in the past is no such day)

# 'Karina sagde til mig til samtalen: "vi ringer til dig i dag eller senest i morgen"' (s32: read from today, a week
# after): "i dag" and "i morgen" said at the interview count from its day
_AT_THE_INTERVIEW = re.compile(r"\b(sagde|lovede|fortalte|naevnte)\b[^.!?]{0,30}\b(til|paa|ved|under|i slutningen af) "
                               r"(job)?samtalen\b[^.!?]*$|\b(til|paa|ved|under|i slutningen af) (job)?samtalen\b"
                               r"[^.!?]{0,20}\b(sagde|lovede|fortalte|naevnte)\b[^.!?]*$")
_THAT_DAY = {"i dag": 0, "idag": 0, "i morgen": 1, "imorgen": 1, "i overmorgen": 2}


def _said_at_the_interview(text: str, start: int) -> bool:
    return bool(_AT_THE_INTERVIEW.search(fold(text[max(0, start - 120):start])))


def day_it_was_said(text: str, today: date) -> date:
    """'ringede i går, de sagde de ikke havde besluttet noget' (a tester's answer was dated today): the past day the
    message names, else today."""
    said = [m.value for m in find_times(text, today, Direction.PAST)
            if m.grain in ("day", "hour", "minute") and not m.clock_only and m.last is None
            and isinstance(m.value, date) and 0 <= (today - m.value).days <= _RECENT_ANSWER]
    return said[-1] if said else today


def speaker_now(info: Dict[str, Any]) -> bool:
    """'i dag', 'i morgen' not retold from the employer ("har fri i dag"): the user's own now, which
    says nothing about when the employer will answer."""
    return not info.get("reported") and fold(info.get("text") or "") in ("i dag", "idag", "i morgen", "imorgen")


def is_period(info: Dict[str, Any]) -> bool:
    """An entity naming a period: a week, a month, a stretch until a day, or one with a last day of
    its own ("først i januar", "midt i næste uge", "de næste 3 dage")."""
    return info.get("grain") in PERIOD_GRAINS or bool(info.get("past_end") or info.get("future_end"))


def iso_value(mention: TimeMention) -> str | None:
    """'2026-11-24', or '2026-11-24T09:00' when a time of day was given."""
    if mention.value is None:
        return None
    if mention.time is None:
        return mention.value.isoformat()
    return f"{mention.value.isoformat()}T{mention.time.strftime('%H:%M')}"


def time_entities(text: str, today: date, received: tuple[int, date] | None = None) -> List[Dict[str, Any]]:
    """One `time` entity per date/time expression, both readings included. In a pasted mail with a "Sendt:" line,
    the mail's own words ("tak for samtalen i dag", "onsdag") are read from the day it was sent (BJ041); so are the
    words from `received` = (where the employer's message begins, the day it came), when the user said that day."""
    sent = sent_line(text, today)
    if sent is None and received is not None:
        start, day = received
        sent = (start, start, day)
    if sent is not None:
        start, end, day = sent  # the "Sendt:" line itself is read by neither
        users_words = text[:start] + " " * (len(text) - start)
        the_mails = " " * end + text[end:]
        return _time_entities(users_words, today) + _time_entities(the_mails, day)
    return _time_entities(text, today)


# "Sendt: 4. maj 2027 16:20" in the employer's pasted mail (the user's own keeps it: the follow-up's day)
_SENT = re.compile(r"^[ \t]*(?:sendt|sent|dato|date)[ \t]*:[^\n]*$", re.IGNORECASE | re.MULTILINE)


def sent_line(text: str, today: date) -> tuple[int, int, date] | None:
    """(start, end, day) of the "Sendt:" line of a pasted employer's mail, when it names a day; else None."""
    line = _SENT.search(text)
    if line is None or own_mail(text):
        return None
    said = find_times(line.group(0), today, Direction.PAST)
    day = said[0].value if said and said[0].grain in ("day", "hour", "minute") else None
    return (line.start(), line.end(), day) if day is not None and day <= today else None


def _time_entities(text: str, today: date) -> List[Dict[str, Any]]:
    past = find_times(text, today, Direction.PAST)
    # Words with their own tense read the same both ways: parse again only for neutral ones.
    needs_future = any(m.tense is None for m in past)
    future = {(m.start, m.end): m for m in find_times(text, today, Direction.FUTURE)} if needs_future else {}
    entities = []
    attempts = attempts_reported(text) is not None
    ahead = interview_ahead(text)
    # "den er på torsdag … jeg har ikke været der endnu": in a message about an interview ahead, a day is its
    topics = [date_topic(text, p.start, p.end) or (INTERVIEW if ahead else None) for p in past]
    corrected, bygone = set(), set()
    for i in range(1, len(past)):
        gap = fold(text[past[i - 1].end:past[i].start])
        bracketed = _BRACKET_GAP.match(gap) and _NUMBERED.search(past[i].text)
        if _CORRECTION_GAP.match(gap) or _MEANT_GAP.match(gap) or bracketed or _said_more_exactly(text, past, i):
            corrected.add(i - 1)  # "i onsdags, nej vent det var torsdag": the later day replaces the earlier
            topics[i] = topics[i] or topics[i - 1]
            if bracketed and past[i - 1].tense is Direction.PAST:
                bygone.add(i)  # "i fredags (d. 27/11)": the date in brackets is as past as the day it names
    corrected |= _settled(text, past, topics)
    if not ahead and not attempts and INTERVIEW not in topics and interview_told_done(text):
        # "var til samtale her i ugen, var det tirsdag eller onsdag... tirsdag": the day of the interview told
        topics = [INTERVIEW if t is None else t for t in topics]
    corrected |= _pin_periods(text, past, future, topics) | _pin_guesses(text, past, today, topics)
    corrected |= _restated(text, past, future, corrected) | _ruled_out(text, past) | _today_named(text, past, today) \
        | _weekday_said_again(past)
    past, future = _a_week_before(text, past, future, corrected)
    contact_now = min((m for m in (_CONTACT_NOW.search(fold(text)), _CALLED_LATELY.search(fold(text))) if m),
                      key=lambda m: m.start(), default=None)
    previous: tuple[TimeMention, str | None] | None = None
    for i, p in enumerate(past):
        if i in corrected or (topics[i] != INTERVIEW and _ONLY_AN_INTERVIEW.search(fold(p.text))):
            continue
        f = future.get((p.start, p.end), p)
        topic = topics[i]
        if (topic is None and attempts and not _planned(text, p.start)) or last_attempt_said(text, p.start, p.end) \
                or (previous and previous[1] == ATTEMPT and _LISTED.match(fold(text[previous[0].end:p.start]))):
            topic = ATTEMPT  # "har ringet to gange, sidst i torsdags": the bare day is the last attempt's
        previous = (p, topic)
        # "samtale på torsdag kl 9" with no verb that says it was held (BC043): "på torsdag" points ahead
        this_ahead = ahead or (topic == INTERVIEW and fold(p.text).startswith("paa ") and not interview_told_done(text))
        # Duckling resolves ambiguity toward the future; an interview cue means the past, unless the
        # interview lies ahead ("skal til samtale på torsdag"), and a follow-up made is in the past.
        backward = (topic == INTERVIEW and not this_ahead) or topic == ATTEMPT
        chosen = p if backward or (topic is None and p.tense is Direction.PAST) or i in bygone else f
        value = iso_value(chosen)
        entities.append({
            "entity": "time",
            "start": p.start,
            "end": p.end,
            "value": value if value is not None else p.text,
            "confidence_entity": 1.0,
            "additional_info": {
                "type": "value",
                "value": value,
                "grain": chosen.grain,
                "past": iso_value(p),
                "future": iso_value(f),
                # a period's last day, for each reading ("først i januar": the 10th)
                "past_end": p.last.isoformat() if p.last else None,
                "future_end": f.last.isoformat() if f.last else None,
                "time": p.time.strftime("%H:%M") if p.time else None,
                "tense": p.tense.value if p.tense else None,
                "about": topic,
                "ahead": this_ahead and topic == INTERVIEW,
                "problem": p.problem,
                "text": p.text,
                "clock_only": p.clock_only,
                "reported": reported_speech(text, p.start, p.end),
                "at_the_interview": fold(p.text) in _THAT_DAY and _said_at_the_interview(text, p.start),
                "first_round": first_round(text, p.start, p.end),
                "approximate": approximate(text, p.start, p.end),
                "weekday": weekday_said(fold(p.text)) if any(ch.isdigit() for ch in p.text) else None,
                "said_now": bool(contact_now) and contact_now.end() <= p.start,  # the day told after it
            },
        })
    return entities





# "nu har jeg fået fat i Per. Han siger …", "jeg ringede lige, han sagde inden fredag": the employer's day was
# given in a contact made now, so it points from today, not from the interview
# "saa jeg ringede i torsdags. Hun sagde … i løbet af næste uge" (s42c: read from the interview's week): a call in
# these days, and what they said on it
_CALLED_LATELY = re.compile(r"\b(ringede|ringet|talte|talt|snakkede|snakket|fik fat i \w+)\b[^.!?]{0,30}"
                            r"\b(i (mandags|tirsdags|onsdags|torsdags|fredags)|i gaar|igaar|i forgaars)\b"
                            r"(?=[^!?]{0,80}\b(han|hun|hen|de) (sagde|siger|fortalte)\b)")
_CONTACT_NOW = re.compile(r"\b(fik|har faaet|faaet) fat (i|paa)\b|\b(han|hun|hen|de) (siger|skriver)\b|"
                          r"\b(ringede|ringet|talte|talt|snakkede|snakket) lige\b|"
                          r"\blige (ringet|ringede|talt|talte|snakket|snakkede) (til|med)\b|"
                          r"\b(talt|talte|snakket|snakkede) med (\w+ )?(nu|lige nu|i dag|idag)\b|"
                          # "jeg ringede til hende i dag, og hun sagde …", "jeg har ringet nu" (testers)
                          r"\b(ringede|ringet) (til (\w+ )?)?(nu|lige nu|i dag|idag|i formiddags|her til morgen)\b|"
                          r"\b(har|jeg) lige (ringet|ringede|talt|talte|snakket|snakkede)\b")


# "har en samtale efter jul", "har samtale om en time": read for an interview ahead only ("skal jeg vente til efter
# jul?", "er tilbage om lidt" name no day of the case)
_ONLY_AN_INTERVIEW = re.compile(r"^((lige|foerst) )?efter (jul|julen|nytaar|nytaaret|paaske|paasken|pinse|pinsen)$|"
                                r"^(i eftermiddag|i aften|senere i dag|(lige )?om lidt|"
                                r"om .* (time|timer|minutter|min))$")


# "skal jeg bare prøve igen i dag?": a follow-up the user plans or asks about, not one made
_PLANNING = re.compile(r"\b(skal|kan|boer|maa|burde|vil) jeg\b[^.!?]*$")


def _planned(text: str, start: int) -> bool:
    return bool(_PLANNING.search(fold(text[max(0, start - 60):start])))


# "ringet tre gange, den 8. december, den 15. december og senest tirsdag den 5. januar": the next in a list
def _settled(text: str, past: List[TimeMention], topics: List[str | None]) -> set[int]:
    """'tirsdag eller onsdag... tirsdag. ja tirsdag': the days of the hesitation but one, the one settled on
    said most fully ('tirsdag i sidste uge … nej tirsdag' keeps the week)."""
    dropped: set[int] = set()
    start = 0
    for i in range(1, len(past) + 1):
        gap = fold(text[past[i - 1].end:past[i].start]) if i < len(past) else ""
        if i < len(past) and (_OR_GAP.match(gap) or _SETTLED_GAP.match(gap)):
            continue
        chain = range(start, i)
        gaps = [fold(text[past[j - 1].end:past[j].start]) for j in chain[1:]]
        unsure = any(re.search(r"\beller\b", g) for g in gaps)  # not "næste uge.. altså den her uge"
        if unsure and any(_SETTLED_GAP.match(g) for g in gaps) and past[i - 1].value is not None:
            last = past[i - 1]
            # a bare weekday settled on may stand for a fuller mention of it; a date only for itself
            same = [j for j in chain if past[j].value is not None and (past[j].value == last.value or (
                not re.search(r"\d", last.text) and past[j].value.weekday() == last.value.weekday()))]
            kept = max(same, key=lambda j: (len(past[j].text), j))
            topic = next((topics[j] for j in chain if topics[j]), None)
            topics[kept] = topics[kept] or topic
            dropped |= set(chain) - {kept}
        start = i
    return dropped


_LISTED = re.compile(r"^\s*(,|,? og)\s*((senest|sidst|sidste gang)\s*)?"
                     # "første mail d. 5. maj, anden i fredags"
                     r"((den )?(anden|2\.|tredje|3\.|fjerde|4\.|sidste|seneste)( gang| mail| opringning| opkald)?"
                     r"( var)?\s*)?$")
_APPOSITION = re.compile(r"^\s*[,(/-]?\s*(altsaa |dvs\.? |det vil sige |nemlig |eller )?$")


def _restated(text: str, past: List[TimeMention], future: Dict[Any, TimeMention], dropped_before: set[int]) -> set[int]:
    """"i går, torsdag", "fredag (d. 12/3)": one day said twice. The second mention is dropped, so it is
    not read as a second date (a deadline). A first mention already dropped for the day that pins it ("inden
    jul, altså d. 23.") leaves the day standing."""
    dropped = set()
    for i in range(1, len(past)):
        before, this = past[i - 1], past[i]
        if i - 1 in dropped_before:
            continue
        gap = fold(text[before.end:this.start])
        if this.grain == "month" and "maaneden" in fold(before.text) and _APPOSITION.match(gap):
            dropped.add(i)  # "sidst på måneden, altså i oktober": the month the period is in, said again
            continue
        readings = {iso_value(this), iso_value(future.get((this.start, this.end), this))}
        if _APPOSITION.match(gap) and (iso_value(before) in readings or _day_within(before, this, future)):
            dropped.add(i)  # also "mandag d. 28. december - mellem jul og nytår": the day, then the days it is in
        elif _ITS_WEEKDAY.search(fold(text[max(0, this.start - 15):this.start])) and before.value is not None \
                and not re.search(r"\d", this.text) and this.grain == "day" \
                and this.value is not None and before.value.weekday() == this.value.weekday():
            dropped.add(i)  # "d. 28. januar …, det var en torsdag": the date's weekday, said to be sure
    return dropped


_ITS_WEEKDAY = re.compile(r"\b(det|den|samtalen) var (paa )?en $")


def _day_within(day: TimeMention, period: TimeMention, future: Dict[Any, TimeMention]) -> bool:
    if day.grain != "day" or day.value is None or (period.grain not in PERIOD_GRAINS and period.last is None):
        return False
    days = {day.value, future.get((day.start, day.end), day).value}
    spans = [_span(reading) for reading in (period, future.get((period.start, period.end), period))
             if reading.value is not None]
    return any(first <= d <= last for d in days if d is not None for first, last in spans)


_BARE_DAY = re.compile(r"^(d\.?|den)?\s*\d{1,2}\.?$")
UNTIL_REACH = timedelta(days=21)  # "lige før jul, mandag d. 21.": how far before its end a stretch reaches


def _span(period: TimeMention) -> tuple[date, date]:
    if period.grain == UNTIL:
        return period.value - UNTIL_REACH, period.value
    if period.last is not None:
        return period.value, period.last
    return period.value, (period.value + timedelta(days=6) if period.grain == "week" else last_of_month(period.value))


def _pin_periods(text: str, past: List[TimeMention], future: Dict[Any, TimeMention], topics: list) -> set[int]:
    """"lige før jul, mandag d. 21.", "i starten af maj, d. 4.": a day said right after a period (or, for the
    interview, later in the same sentence) names the day in it. The period is dropped, its topic goes to the
    day, and a bare day of the month takes the period's month (in each reading: the period's past reading
    pins the day's past one, its future reading the future one)."""
    dropped = set()
    for i in range(1, len(past)):
        period, day = past[i - 1], past[i]
        gap = fold(text[period.end:day.start])
        # "2 samtaler i denne uge … en hos Matas onsdag": later in the sentence, the interview's day in it too
        same_interview = topics[i - 1] == topics[i] == INTERVIEW and not re.search(r"[.!?]", gap)
        if (period.grain not in PERIOD_GRAINS and period.last is None) or day.grain != "day" or day.value is None \
                or not (_APPOSITION.match(gap) or same_interview):
            continue
        key = (day.start, day.end)
        pinned = [_day_in(reading, day, future.get(key, day))
                  for reading in (period, future.get((period.start, period.end), period))]
        if any(pinned):
            past[i] = pinned[0] or pinned[1]
            future[key] = pinned[1] or pinned[0]
            topics[i] = topics[i] or topics[i - 1]
            dropped.add(i - 1)
    return dropped


_A_FEW = re.compile(r"\b(et par|nogle|et foertal) (dage|uger|maaneder)\b")


def _pin_guesses(text: str, past: List[TimeMention], today: date, topics: list) -> set[int]:
    """"over en måned siden min samtale, d. 16/12": a guess followed in the same sentence by the day itself.
    The guess is dropped and its topic goes to the day, when the day lies near it (within half its distance)."""
    dropped = set()
    for i in range(1, len(past)):
        guess, day = past[i - 1], past[i]
        # "for et par uger siden, torsdag d. 26/11"
        loose = approximate(text, guess.start) or _A_FEW.search(fold(guess.text))
        if not loose or guess.value is None or day.value is None or day.grain != "day" \
                or re.search(r"[.!?]", text[guess.end:day.start]) or day.value > today \
                or topics[i] not in (None, topics[i - 1]):
            continue
        if abs((guess.value - day.value).days) <= max(7, (today - guess.value).days // 2):
            topics[i] = topics[i] or topics[i - 1]
            dropped.add(i - 1)
    return dropped


def _day_in(period: TimeMention, day: TimeMention, other: TimeMention) -> TimeMention | None:
    """The day's reading that falls in the period, or the bare day of the month moved into it; None if neither."""
    if period.value is None:
        return None
    first, last = _span(period)
    fits = [m for m in (day, other) if m.value and first <= m.value <= last]
    if not fits and _BARE_DAY.match(fold(day.text)):
        moved = safe_date(first.year, first.month, day.value.day)
        fits = [replace(day, value=moved)] if moved and first <= moved <= last else []
    return fits[0] if fits else None


# "samtalen var ikke en søndag, det var mandag d. 26/10" (a tester's interview became today)
_NOT_THAT_DAY = re.compile(r"\bikke( paa| i| d\.| den| en| om| sidste| forrige)?\s*$")
# "… i torsdags, tirsdag var den anden samtale": a day given to something else
_ANOTHER_THING = re.compile(r"^\s*(var|er) (min |en |den )?(anden|andet|noget andet|en anden)\b")


def _ruled_out(text: str, past: List[TimeMention]) -> set[int]:
    """"samtalen var torsdag d. 21., ikke onsdag", "i torsdags, tirsdag var den anden samtale": beside
    another day, the day ruled out or given to something else is no date of the case; "de sagde vist inden
    påske... nej, det sagde de faktisk ikke": a day taken back at once is none, alone or not."""
    taken_back = {i for i, p in enumerate(past) if _TAKEN_BACK.match(fold(text[p.end:p.end + 50]))}
    if len(past) < 2:
        return taken_back
    return taken_back | {i for i, p in enumerate(past) if _NOT_THAT_DAY.search(fold(text[max(0, p.start - 12):p.start]))
                         or _ANOTHER_THING.match(fold(text[p.end:p.end + 30]))}


# "forrige fredag, altså ikke i fredags men ugen før" (J030): the day kept is the one ruled out, a week earlier
_WEEK_BEFORE = re.compile(r"\s*men (ugen|en uge) (foer|inden|tidligere)\b")


def _a_week_before(text: str, past: List[TimeMention], future: Dict[tuple, TimeMention],
                   dropped: set[int]) -> tuple[List[TimeMention], Dict[tuple, TimeMention]]:
    """The kept day told again as a day ruled out "men ugen før": moved a week back, in both readings."""
    for i, ruled_out in enumerate(past):
        if i not in dropped or ruled_out.value is None or not _WEEK_BEFORE.match(fold(text[ruled_out.end:])):
            continue
        for j, kept in enumerate(past):
            if j not in dropped and kept.value is not None and kept.value.weekday() == ruled_out.value.weekday():
                moved = replace(kept, value=ruled_out.value - timedelta(weeks=1))
                past = past[:j] + [moved] + past[j + 1:]
                future = {**future, (kept.start, kept.end): moved}
    return past, future


_TAKEN_BACK = re.compile(r"\W*(nej|naeh|nah)\W+(det|den) (sagde|skrev|naevnte|lovede|var) (de|han|hun|det) "
                         r"((faktisk|vist|slet|jo|nu|alligevel) )*ikke\b")


_IT_IS = re.compile(r"\b(det|i dag|idag|nu) er (det )?(jo |nu |altsaa |bare )?$")


# A day wished a good one is named by a holiday or a weekday ("god grundlovsdag", "god fredag"), never "i dag".
_HOLIDAY = re.compile(HOLIDAY_DAY)
_NAMED_DAY = re.compile(rf"(paa |om |i )?({HOLIDAY_DAY}|{'|'.join(WEEKDAY_NAMES)})")
_SEASONS_GREETING = re.compile(r"\b(god|godt|glaedelig|glaedeligt|rigtig god|happy)\s*$")


def _today_named(text: str, past: List[TimeMention], today: date) -> set[int]:
    """"ved godt det er juleaften, men …", "god grundlovsdag": what today is called, or a holiday wished,
    is a remark, no date of the case."""
    return {i for i, p in enumerate(past)
            if (p.value == today and fold(p.text) not in ("i dag", "idag")
                and _IT_IS.search(fold(text[max(0, p.start - 20):p.start])))
            or (p.value == today and _HOLIDAY.fullmatch(fold(p.text)))  # "2. påskedag og jeg sidder …"
            or (_NAMED_DAY.fullmatch(fold(p.text))
                and _SEASONS_GREETING.search(fold(text[max(0, p.start - 20):p.start])))}


def pick_time(entities: List[Dict[str, Any]], topic: str, asked: bool) -> Dict[str, Any] | None:
    """The `time` entity that fills the slot for `topic` (INTERVIEW or DEADLINE).

    An entity whose clause names the topic wins; when the coach just asked for
    this slot, any entity not clearly about the other topic will do; unasked,
    a bare past expression is taken as the interview day.
    """
    times = [e for e in entities if e.get("entity") == "time" and isinstance(e.get("additional_info"), dict)]
    cued = [e for e in times if e["additional_info"].get("about") == topic]
    # Several dates cued alike ("det er søndag, og samtalen var i tirsdags"): one in the topic's tense wins.
    tense = Direction.PAST.value if topic == INTERVIEW else Direction.FUTURE.value
    other = Direction.FUTURE.value if topic == INTERVIEW else Direction.PAST.value
    # ... and one in the other tense comes last ("de skrev i fredags at jeg får svar senest d. 20.")
    cued.sort(key=lambda e: (e["additional_info"].get("tense") != tense, e["additional_info"].get("tense") == other))
    if cued:  # "midt i marts sagde hun... ja hun sagde vist d. 15.": a day pins a period down
        days = [e for e in cued if not is_period(e["additional_info"])]
        if not days and is_period(cued[0]["additional_info"]) and topic == INTERVIEW:
            # "i sidste uge, tror det var torsdag" (BI028): the day guessed right after the week ("inden jul …
            # juleaften" for an answer day is no such guess)
            days = [e for e in times if e["additional_info"].get("about") is None
                    and 0 < e["start"] - cued[0]["end"] <= _GUESS_GAP
                    and e["additional_info"].get("grain") == "day" and not is_period(e["additional_info"])]
        return days[0] if days and is_period(cued[0]["additional_info"]) else cued[0]
    if asked:  # any date not clearly about something else; a day said after a period pins it down
        fitting = [e for e in times if e["additional_info"].get("about") in (None, topic)]
        days = [e for e in fitting if not is_period(e["additional_info"])]
        return days[0] if len(fitting) > 1 and days else next(iter(fitting), None)
    if topic == INTERVIEW:
        return next((e for e in times if e["additional_info"].get("about") is None
                     and e["additional_info"].get("tense") == Direction.PAST.value), None)
    return None


_GUESS_GAP = 25  # characters between a week and the weekday guessed in it


# A promised answer further out than this is more likely a date this year said
# late ("den 20. november" on 28 November) than one a year ahead.
MAX_DEADLINE_AHEAD = 180


# a count of days or weeks ahead ("inden for 14 dage", "om en uges tid"), not a named week ("i løbet af næste uge")
def offset_ahead(info: Dict[str, Any]) -> bool:
    """'om 14 dage', 'inden for en uge': a stretch of time from when it was said."""
    return bool(_OFFSET_AHEAD.match(fold(info.get("text") or "")))


_OFFSET_AHEAD = re.compile(r"^(om|inden for|indenfor|i loebet af|efter)\s+((ca\.?|cirka|circa|omkring)\s+)?"
                           r"(\d+|en|et|et par|to|tre|fire|fem|seks|syv|otte|ni|ti|fjorten)\s+(dage?|uger?)"
                           r"(s\s+tid)?\W*$")  # also "… inden for 14 dage." with its full stop


def reading_for(entity: Dict[str, Any], topic: str, today: date, interview: date | None = None,
                near: date | None = None) -> str | None:
    """The ISO reading that fits the topic: the past for an interview (the future when it lies
    ahead); for a deadline given as a date, the first reading on or after the interview it was promised
    at ("d. 20." said at an interview on 11 November is 20 November), else the future. A correction
    ("nej, fredag") is read `near` the value it corrects."""
    info = entity["additional_info"]
    future, past = info.get("future"), info.get("past")
    if topic != INTERVIEW:
        past, future = _fitting_readings(info, past, future, today)
    if topic == INTERVIEW and near is not None and future and past and not info.get("ahead"):
        if near < today and info.get("tense") != "future":
            return past  # "i tirsdags", then "nej vent, det var torsdag" (BN009): another day already held
        # "nej vent det er d. 14/4" after an interview on the 13th still ahead: the reading beside it
        return min((past, future), key=lambda r: abs((date.fromisoformat(r[:10]) - near).days))
    if topic == INTERVIEW:
        return future if info.get("ahead") else past
    that_day = _THAT_DAY.get(fold(info.get("text") or ""))
    if that_day is not None and info.get("at_the_interview") and interview and interview < today:
        return (interview + timedelta(days=that_day)).isoformat()
    if interview and _WEEK_AFTER_INTERVIEW.search(fold(info.get("text") or "")) and future:
        # "ugen efter samtalen", also as a correction ("altså ugen efter samtalen, uge 48"): counted from it
        return _in_interview_week(info, future, interview + timedelta(weeks=1), today)
    offset_told = bool(info.get("reported") and interview and interview < today
                       and _OFFSET_AHEAD.match(fold(info.get("text") or "")))
    if near is not None and future and past and not offset_told:  # "nej, hun sagde om 3 uger": from the interview
        value = min((past, future), key=lambda r: abs((date.fromisoformat(r[:10]) - near).days))
        return period_end(value, info.get("grain"), _end_of(info, value))
    if info.get("reported") and interview and info.get("grain") == UNTIL and "maaneden" in fold(info.get("text") or ""):
        # "de sagde sidst på måneden": the month they said it in, the interview's
        return period_end(last_of_month(interview).isoformat(), UNTIL)
    counted = after_the_interview(info.get("text") or "", interview) if interview else None
    if counted is not None:
        return counted.isoformat()  # "en uge efter samtalen": from the interview, not from today
    if info.get("reported") and interview and interview < today and future \
            and _OFFSET_AHEAD.match(fold(info.get("text") or "")):
        # "hun sagde, de ville vende tilbage inden for 14 dage": said at the interview, counted from it
        return (interview + (date.fromisoformat(future[:10]) - today)).isoformat()
    if interview and _SAME_WEEK.search(fold(info.get("text") or "")) and (future or past):
        # "fredag samme uge": the week spoken of before, the interview's
        return _in_interview_week(info, future or past, interview, today)
    if info.get("reported") and not info.get("said_now") and interview and future \
            and _NEXT_WEEK.search(fold(info.get("text") or "")):
        # "de sagde svar i løbet af næste uge" of an interview weeks ago (a tester): the week after the interview's
        return _in_interview_week(info, future, interview, today)
    if info.get("reported") and interview and re.search(r"\bugen\b(?!\s+her)", fold(info.get("text") or "")) and future:
        # "han sagde i løbet af ugen": the week they said it in, the interview's ("ugen her" is today's)
        return _in_interview_week(info, future, interview, today)
    # "d. 20." and "de sagde mandag" were said at the interview: the first such day after it, though not
    # the next day (that would have been "i morgen"; "inden fredag" after a Thursday is the coming one).
    # "på fredag" points from the speaker's now, also when retold ("han sagde på fredag"): the coming one.
    numbered = any(ch.isdigit() for ch in info.get("text") or "")
    # (s41b expected "hun sagde på fredag" from a Tuesday interview to be that week's Friday; the blind conversations
    # that tell the two apart, AV023, L019 and L040, all read it from the day it is told: kept so)
    deictic = fold(info.get("text") or "").startswith("paa ")
    reported = bool(info.get("reported")) and not numbered and not deictic
    after_interview = sorted(
        r for r in (past, future)
        if r and interview and (numbered or reported) and date.fromisoformat(r[:10]) >= interview
        and not (reported and (date.fromisoformat(r[:10]) - interview).days <= 1)
        and (date.fromisoformat(r[:10]) - today).days <= MAX_DEADLINE_AHEAD)
    if after_interview:
        value = after_interview[0]
    elif future and past and (date.fromisoformat(future[:10]) - today).days > MAX_DEADLINE_AHEAD:
        value = past
    else:
        value = future
    return period_end(value, info.get("grain"), _end_of(info, value))


def _fitting_readings(info: Dict[str, Any], past: str | None, future: str | None,
                      today: date) -> tuple[str | None, str | None]:
    """A promised day's readings that fit: given in a contact made today, none before today ("han ringer inden
    fredag" on Sunday is the coming Friday); with a weekday, the one that has it ("fredag den 18." is the 18th
    that is a Friday)."""
    readings = [r for r in (past, future) if r]
    if info.get("said_now"):  # (not a year ahead: "de siger de ringer mig 12. februar" on the 24th, AL007)
        readings = [r for r in readings
                    if 0 <= (date.fromisoformat(r[:10]) - today).days <= MAX_DEADLINE_AHEAD] or readings
    if info.get("weekday") is not None:
        readings = [r for r in readings if date.fromisoformat(r[:10]).weekday() == info["weekday"]] or readings
    if len(readings) == 1:
        return readings[0], readings[0]
    return past, future


def _end_of(info: Dict[str, Any], value: str | None) -> str | None:
    """The last day of the period `value` begins, in the same reading (past or future)."""
    if value is None:
        return None
    return info.get("past_end") if value == info.get("past") else info.get("future_end")


def period_end(value: str | None, grain: str | None, end: str | None = None) -> str | None:
    """A deadline named as a period ("i løbet af næste uge", "inden jul", "først i januar") is its last
    business day: the employer has until then. A week ends on its Friday; a period with a last day of
    its own ends there ("først i januar": the 10th, "midt i næste uge": the Thursday)."""
    if value is None or (grain not in PERIOD_GRAINS and end is None):
        return value
    start = date.fromisoformat(value[:10])
    if end is not None:
        last = date.fromisoformat(end[:10])
    else:
        last = {"week": start + timedelta(days=4), "month": last_of_month(start)}.get(grain, start)
    return last_business_day(last).isoformat()


def past_day(entities: List[Dict[str, Any]], today: date) -> str | None:
    """The day of the last follow-up: a day said about it ('sidst i torsdags'), else the latest day
    mentioned that lies on or before today ('jeg ringede i går' -> yesterday) and is about nothing else
    (not the interview in 'samtale d. 12/11 … har ringet 2 gange')."""
    times = [e for e in entities if e.get("entity") == "time" and isinstance(e.get("additional_info"), dict)]
    about_attempt = [e for e in times if e["additional_info"].get("about") == ATTEMPT]
    uncued = [e for e in times if e["additional_info"].get("about") is None]
    # "ringet tirsdag og mailet torsdag", "første gang d. 15. og så i mandags" (a day beside one about a
    # follow-up is another's): the last one is the latest
    days = about_attempt + uncued if about_attempt else uncued
    readings = sorted((_follow_up_day(e["additional_info"], today) for e in days if e["additional_info"].get("past")),
                      reverse=True)
    return next((day for day in readings if day <= today.isoformat()), None)


def _follow_up_day(info: Dict[str, Any], today: date) -> str:
    """'første gang mandag' said on a Monday is last week's: a follow-up made today is told "i dag" (AW007)."""
    day = info["past"][:10]
    if day == today.isoformat() and _WEEKDAY_ONLY.match(fold(info.get("text") or "")):
        return (today - timedelta(weeks=1)).isoformat()
    return day


def _in_interview_week(info: Dict[str, Any], value: str, interview: date, today: date) -> str | None:
    """A period of "ugen" read in today's week, moved to the week of the interview."""
    shift = monday(interview) - monday(today)
    start = date.fromisoformat(value[:10]) + shift
    end = _end_of(info, value)
    moved_end = (date.fromisoformat(end[:10]) + shift).isoformat() if end else None
    return period_end(start.isoformat(), info.get("grain"), moved_end)


_NEXT_WEEK = re.compile(r"\bnaeste uge$")
_SAME_WEEK = re.compile(r"\b(samme|den) uge$")
# not "i næste uge eller ugen efter" (the trial: read as the week after the interview, and the 23rd came)
_WEEK_AFTER_INTERVIEW = re.compile(r"(?<!eller )\bugen efter( (job)?samtalen| interviewet)?$")
_WEEKDAY_ONLY = re.compile(r"^(paa |om |til )?(mandag|tirsdag|onsdag|torsdag|fredag|loerdag|soendag)(en)?$")


def vague_period(entity: Dict[str, Any], reading: str | None) -> tuple[date, date] | None:
    """An interview said as a period ("i sidste uge", "inden jul"): its first and last day, so the coach
    can ask which day it was; None for a day."""
    info = entity.get("additional_info") or {}
    grain = info.get("grain")
    if reading is not None and info.get("approximate"):  # "snart 3 uger siden": a few days either way
        day = date.fromisoformat(reading[:10])
        return day - timedelta(days=4), day + timedelta(days=3)
    if reading is None or not is_period(info):
        return None
    day = date.fromisoformat(reading[:10])
    end = _end_of(info, reading)
    if end is not None:  # "først i november": the 1st to the 10th
        return day, date.fromisoformat(end[:10])
    if grain == UNTIL:
        return day - timedelta(days=13), day  # "inden jul": the fortnight before
    end = day + timedelta(days=6) if grain == "week" else last_of_month(day)
    return day, end


def weekday_slip(entity: Dict[str, Any], reading: str | None, latest: date | None = None) -> tuple[date, date] | None:
    """"mandag d. 24/11" when the 24th is a Tuesday: the day as numbered and the said weekday nearest to it
    (not after `latest`), earliest first, so the coach can ask which was meant; None when they agree."""
    said = (entity.get("additional_info") or {}).get("weekday")
    if said is None or reading is None:
        return None
    day = date.fromisoformat(reading[:10])
    if day.weekday() == said:
        return None
    before = day - timedelta(days=(day.weekday() - said) % 7)
    after = day + timedelta(days=(said - day.weekday()) % 7)
    other = after if after - day < day - before and (latest is None or after <= latest) else before
    return min(day, other), max(day, other)


def day_in_period(entity: Dict[str, Any], period: tuple[date, date]) -> str | None:
    """The day a known period's answer names: a bare weekday ("onsdag", "tirsdag kl 10") is that weekday
    inside it; another day ("tirsdag efter påske" in next week) is whichever of its readings lies inside."""
    info = entity.get("additional_info") or {}
    first, last = period
    spoken = _CLOCK_AFTER.sub("", fold(info.get("text") or ""))
    if info.get("grain") in ("day", "hour", "minute") and _WEEKDAY_ONLY.match(spoken) and info.get("past"):
        weekday = date.fromisoformat(info["past"][:10]).weekday()
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
        return _with_clock(day, info) if day <= last else None
    inside = [r for r in (info.get("past"), info.get("future"))
              if r and info.get("grain") in ("day", "hour", "minute") and first <= date.fromisoformat(r[:10]) <= last]
    numbered = _DAY_NUMBER_ONLY.match(spoken)
    if not inside and numbered:  # "d. 28. kl 13" after "efter jul": the 28th inside the period
        days = (safe_date(d.year, d.month, int(numbered["n"])) for d in (first, last))
        inside = [_with_clock(d, info) for d in days if d and first <= d <= last]
    return inside[0] if inside else None  # "i går", "d. 16." name their own day


_DAY_NUMBER_ONLY = re.compile(r"^(d\.|den)\s*(?P<n>\d{1,2})\.?$")


# "tirsdag kl 10", "torsdag, kl. halv ti": the hour after the weekday names no other day
_CLOCK_AFTER = re.compile(r",?\s+(kl\.?|klokken)\s.*$")


def _with_clock(day: date, info: Dict[str, Any]) -> str:
    return f"{day.isoformat()}T{info['time']}" if info.get("time") else day.isoformat()


def pinned_day(entities: List[Dict[str, Any]], chosen: Dict[str, Any], topic: str, today: date,
               interview: date | None = None) -> str | None:
    """'midt i næste uge, hun sagde onsdag': the weekday inside the period said with it ("ugen efter samtalen,
    så på onsdag": the week after the interview, BE026)."""
    times = [e for e in entities if e.get("entity") == "time" and isinstance(e.get("additional_info"), dict)]
    periods = [e for e in times
               if _is_period(e["additional_info"]) and e["additional_info"].get("about") in (None, topic)]
    if not periods or chosen in periods:
        return None
    info = periods[0]["additional_info"]
    side = "past" if topic == INTERVIEW and not info.get("ahead") else "future"
    first = info.get(side)
    if not first:
        return None
    start = date.fromisoformat(first[:10])
    if interview and topic != INTERVIEW and _WEEK_AFTER_INTERVIEW.search(fold(info.get("text") or "")):
        start = monday(interview) + timedelta(weeks=1)
    if info.get(f"{side}_end"):  # a fuzzy period: "midt i næste uge" is Tuesday to Thursday
        return day_in_period(chosen, (start, date.fromisoformat(info[f"{side}_end"][:10])))
    end = start + timedelta(days=6) if info["grain"] == "week" else last_of_month(start)
    return day_in_period(chosen, (start, end))


def _is_period(info: Dict[str, Any]) -> bool:
    return info.get("grain") in ("week", "month") or bool(info.get("past_end") or info.get("future_end"))
