"""Regex rules of the date parser, run on folded text (see `coach.dates.norm`).

Each rule is (compiled pattern, handler).  A handler gets the match, today and
the caller's direction and returns a `Hit` or None (no mention).  All patterns
are compiled once, at import.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from typing import Callable, NamedTuple

from coach.business_days import last_business_day
from coach.danish import fold
from coach.dates import calc
from coach.dates.calc import IMPOSSIBLE, Direction
from coach.dates.norm import MONTH_NAMES, WEEKDAY_NAMES


class Hit(NamedTuple):
    value: date | None
    time: time | None
    grain: str | None
    tense: Direction | None
    problem: str | None = None
    clock_only: bool = False  # a bare "kl. 9", no day named
    last: date | None = None  # a period ("først i januar", "næste 3 dage"): its last day; `value` is its first


PAST, FUTURE = Direction.PAST, Direction.FUTURE
UNTIL = "until"  # a period named by its end ("sidst på måneden", "inden jul"): the value is its last day
# Parts of a month: "først i/primo" the 1st-10th, "midt i/medio" the 11th-20th ("sidst i/ultimo": UNTIL).
MONTH_PARTS = {"start": (1, 10), "mid": (11, 20)}
IMPOSSIBLE_HIT = Hit(None, None, "day", None, IMPOSSIBLE)


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.ASCII)


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


# ---- vocabulary (folded spelling) -------------------------------------------
_WD_ABBR = {"man": 0, "tirs": 1, "tir": 1, "ons": 2, "tors": 3, "tor": 3, "fre": 4,
            "loer": 5, "lor": 5, "soen": 6, "son": 6}
_WD_ABBR_ALONE = ("tirs", "tir", "ons", "tors", "fre", "loer", "soen")  # with a dot
_WD_ABBR_NO_DOT = ("tirs", "ons", "tors", "fre", "loer")  # no Danish word: also without the dot
_WD_ABBR_MESSAGE = ("soen", "son", "ons")  # "søn" is also a son: only as the whole message
WEEKDAY_INDEX = {name: i for i, name in enumerate(WEEKDAY_NAMES)} | _WD_ABBR

_MON_ABBR = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
             "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
MONTH_INDEX = {name: i + 1 for i, name in enumerate(MONTH_NAMES)} | _MON_ABBR

NUMBERS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
           "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
           "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
           "nitten": 19, "tyve": 20, "et par": 2, "par": 2}

_ORD_UNITS = ["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
ORDINALS = dict(zip(
    ["foerste", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende",
     "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende",
     "attende", "nittende", "tyvende"], range(1, 21), strict=False))
ORDINALS |= {f"{u}ogtyvende": 21 + i for i, u in enumerate(_ORD_UNITS)}
ORDINALS |= {"tredivte": 30, "enogtredivte": 31}

WD_FULL = _alt(WEEKDAY_NAMES)
WD_ANY = rf"(?:{WD_FULL})\b|(?:{_alt(_WD_ABBR)})\b\.?"  # only before a date
# "Jensen og Søn.", "Hansen & Søn." end a company's name (s32: read as a Sunday)
WD_ALONE = rf"(?:{WD_FULL})\b|(?<!og )(?<!& )(?:{_alt(_WD_ABBR_ALONE)})\.|(?:{_alt(_WD_ABBR_NO_DOT)})\b"
MONTH = rf"(?:{_alt(MONTH_NAMES)})\b|(?:{_alt(_MON_ABBR)})\b\.?"
NUM = rf"(?:\d{{1,3}}|(?:{_alt(NUMBERS)})\b)"
UNIT = r"(?:dage?|uger?|ma+ned(?:er)?|mdr|md|aar)"
UNIT_AHEAD = r"(?:dage?|uger?|ma+ned(?:er)?|mdr|md)"
UNIT_TAIL = r"(?:\.|s\s+tid\b|\b)"  # "om en uges tid"
ABOUT = r"(?:(?:ca\.?|cirka|circa|omkring|ungefaer)\s+)?"  # "om ca. to uger": the same offset
# "de skal bruge en uge mere": more time asked for (also the date's topic, coach.facts.topics)
MORE_TIME = r"(?:bruge|brug\s+for|behoever|mangler|have|tage|tager|vente|venter|vent|gaar)"
MORE_TIME_TAIL = r"(?:mere|ekstra|yderligere|til)"
YEAR = r"(?:19|20|21)\d\d(?![0-9])"
DAY_START = r"(?<![0-9])(?<![0-9][.,/:-])"
NUM_END = r"(?![0-9]|[.,/:-][0-9])"
# "tirsdag 9/3", "på fredag den 4.", "i mandags, d. 23.": a weekday said with the date
PREFIX_WD = rf"(?:(?:\bpaa\s+)?\b(?P<wd>{WD_ANY}),?\s+|\bi\s+(?P<wdpast>{WD_FULL})s,?\s+)?"  # not "koordinaTOR d. 20."
DEN = r"\b(?:den|d\.|d(?=\s+\d))\s*"  # "d 18" typed without the dot
NOT_AMOUNT = (r"(?!\.?\s*(?:dage?s?|uger?s?|ma+ned|aar|timer?|minutter|kr|kroner|%|procent|pct"
              r"|stk|personer|mennesker|gange?|ansatte|af|point|sider|kandidater|ansoegere)\b)"
              r"(?!\s*min\b)")  # "13 min" is minutes; "d. 13. min mand siger" a date, then "my"
# "den 2. samtale" is the second interview, not the 2nd of the month.
NOT_ORDINAL_NOUN = (r"(?!\.?\s*(?:samtaler?n?|runder?n?|gang|omgang|interviews?|ansoegning(?:en)?|trin|del"
                    r"|kandidat|plads|mail|opkald|besked|svar|forsoeg|stilling|job|sal|sal\.|etage|time)\b)")
REL_WEEK = r"(?P<rel>naeste|kommende|sidste|forrige|denne|den\s+her|den\s+kommende)"
MAANED = r"ma+ned"


def _weekday(m: re.Match) -> int | None:
    word = m.groupdict().get("wd") or m.groupdict().get("wdpast")
    return None if not word else WEEKDAY_INDEX[word.rstrip(".")]


_SAID_WEEKDAY = re.compile(rf"^(?:paa\s+)?(?P<wd>{WD_ANY})|^i\s+(?P<wdpast>{WD_FULL})s\b")


def weekday_said(folded_mention: str) -> int | None:
    """The weekday a date mention opens with ("tirsdag den 24/11", "i mandags d. 23"), else None."""
    m = _SAID_WEEKDAY.match(folded_mention)
    return _weekday(m) if m else None


def _number(word: str) -> int:
    word = " ".join(word.split())
    return int(word) if word.isdigit() else NUMBERS[word]


def _year(text: str | None, today: date | None = None) -> int | None:
    """A four-digit year as it is; two digits in the century that puts the year nearest today
    ("31/10/74" is 1974, "3/3/26" is 2026)."""
    if text is None:
        return None
    if len(text) != 2:
        return int(text)
    base = today.year if today else 2000
    century = base // 100 * 100
    return min((century - 100 + int(text), century + int(text), century + 100 + int(text)),
               key=lambda year: abs(year - base))


def _unit(word: str) -> str:
    if word.startswith("dag"):
        return "day"
    if word.startswith("uge"):
        return "week"
    if word == "aar":
        return "year"
    return "month"


# ---- absolute dates ----------------------------------------------------------
def _resolve(day: int, month: int, year: int | None, today: date, direction: Direction,
             weekday: int | None) -> Hit | None:
    if not 1 <= month <= 12 or day > 39:
        return None  # not a date at all
    if year is not None and not 1900 <= year <= 2199:
        return None
    if not calc.exists_ever(day, month):
        return IMPOSSIBLE_HIT
    if year is not None:
        value = calc.safe_date(year, month, day)
    else:
        value = calc.day_month(today, day, month, direction)
        if weekday is not None and value is not None and value.weekday() != weekday:
            # "fredag den 4. december": the weekday may point the other way
            other = calc.day_month(today, day, month, FUTURE if direction is PAST else PAST)
            if other is not None and other.weekday() == weekday and abs((other - today).days) < 200:
                value = other
    return IMPOSSIBLE_HIT if value is None else Hit(value, None, "day", None)


def _named(m: re.Match, today: date, direction: Direction) -> Hit | None:
    day = int(m["d"]) if m["d"] else ORDINALS[m["dw"]]
    return _resolve(day, MONTH_INDEX[m["mon"].rstrip(".")], _year(m["y"], today),
                    today, direction, _weekday(m))


def _numeric(m: re.Match, today: date, direction: Direction) -> Hit | None:
    groups = m.groupdict()
    year = _year(groups.get("y") or groups.get("yb") or None, today)
    return _resolve(int(m["d"]), int(m["m"]), year, today, direction, _weekday(m))


def _month_first(m: re.Match, today: date, direction: Direction) -> Hit | None:
    """'februar 15', 'April 14, 2015', 'Jul 18, Fre', 'Ons, Feb13': the month before the day."""
    weekday = _weekday(m) if m["wd"] else (WEEKDAY_INDEX[m["wd2"].rstrip(".")] if m["wd2"] else None)
    return _resolve(int(m["d"]), MONTH_INDEX[m["mon"].rstrip(".")], _year(m["y"], today), today, direction,
                    weekday)


def _day_range(m: re.Match, today: date, direction: Direction) -> Hit | None:
    """'13-15 juli', '13. til 15. juli': the first day, the period ending on the last."""
    last = _resolve(int(m["d"]), MONTH_INDEX[m["mon"].rstrip(".")], _year(m["y"], today), today, direction, None)
    first_day = int(m["d1"])
    if last is None or last.value is None or not 1 <= first_day < last.value.day:
        return last
    return Hit(last.value.replace(day=first_day), None, "day", None, last=last.value)


def _day_only(m: re.Match, today: date, direction: Direction) -> Hit | None:
    day = int(m["d"]) if m["d"] else ORDINALS[m["dw"]]
    if day > 39:
        return None
    if not 1 <= day <= 31:
        return IMPOSSIBLE_HIT
    value = calc.day_of_month(today, day, direction, _weekday(m))
    return Hit(value, None, "day", None) if value else IMPOSSIBLE_HIT


def _day_in_month(m: re.Match, today: date, direction: Direction) -> Hit | None:
    shift = _rel_shift(m)
    first = today.replace(day=1) + calc.relativedelta(months=shift)
    value = calc.safe_date(first.year, first.month, int(m["d"]))
    return Hit(value, None, "day", _WEEK_TENSE[shift], None if value else IMPOSSIBLE)


# ---- weekdays ------------------------------------------------------------------
def _wd_past(m, today, direction):
    return Hit(calc.weekday_before(today, _weekday(m), strict=True), None, "day", PAST)


def _wd_next(m, today, direction):
    value = calc.weekday_after(today, _weekday(m), strict=True)
    if m.groupdict().get("again"):  # "næste fredag igen": the one after
        value += timedelta(weeks=1)
    return Hit(value, None, "day", FUTURE)


def _wd_plain(m, today, direction):
    return Hit(calc.weekday_by_direction(today, _weekday(m), direction), None, "day", None)


_WEEK_SHIFT = {"naeste": 1, "kommende": 1, "den kommende": 1, "sidste": -1, "forrige": -1,
               "denne": 0, "den her": 0, None: 0}
_WEEK_TENSE = {1: FUTURE, -1: PAST, 0: None}


def _rel_shift(m: re.Match) -> int:
    rel = m.groupdict().get("rel")
    return _WEEK_SHIFT[" ".join(rel.split()) if rel else None]


def _wd_in_week(m, today, direction):
    shift = _rel_shift(m)
    value = calc.monday(today) + timedelta(weeks=shift, days=_weekday(m))
    return Hit(value, None, "day", _WEEK_TENSE[shift])


def _before_the_weekend(m, today, direction):
    """'inden weekenden': by the Friday of the week meant."""
    return Hit(calc.weekday_by_direction(today, 4, direction), None, "day", None)


def _wd_weeks_ago(m, today, direction):
    value = calc.monday(today) - timedelta(weeks=_number(m["n"])) + timedelta(days=_weekday(m))
    return Hit(value, None, "day", PAST)


def _weekend(m, today, direction):
    shift = _rel_shift(m)
    if shift == 1:
        return Hit(calc.weekday_after(today, 5, strict=True), None, "day", FUTURE)
    if shift == -1:
        return Hit(calc.weekday_before(today, 5, strict=True), None, "day", PAST)
    if direction is PAST:
        return Hit(calc.weekday_before(today, 5, strict=False), None, "day", None)
    return Hit(calc.weekday_after(today, 5, strict=False), None, "day", None)


# ---- relative days, weeks, months -----------------------------------------------
_RELATIVE_DAYS = {"dag": (0, None), "gaar": (-1, PAST), "gar": (-1, PAST), "forgaars": (-2, PAST),
                  "forgars": (-2, PAST), "morgen": (1, FUTURE), "overmorgen": (2, FUTURE),
                  "morges": (0, PAST), "aftes": (-1, PAST), "formiddags": (0, PAST), "eftermiddags": (0, PAST),
                  # Danish-English mixes: "had my interview yesterday"
                  "yesterday": (-1, PAST), "today": (0, None), "tomorrow": (1, FUTURE)}


def _relative_day(m, today, direction):
    days, tense = _RELATIVE_DAYS[m["w"]]
    return Hit(today + timedelta(days=days), None, "day", tense)


def _earlier_today(m, today, direction):
    """'her til morgen', 'for et par timer siden': earlier today, not 'i morgen' (tomorrow)."""
    return Hit(today, None, "day", PAST)


AFTER_THE_INTERVIEW = _c(rf"\b(?P<within>(?:inden\s+for|indenfor|senest)\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+efter\s+"
                         r"(?:(?:den\s+)?(?:job)?samtalen|interviewet|moedet)\b")


def after_the_interview(text: str, interview: date) -> date | None:
    """'en uge efter samtalen' -> interview + 7 days; 'inden for 14 dage efter samtalen' -> the last business
    day of that span. None when the text counts from nothing of the interview."""
    m = AFTER_THE_INTERVIEW.search(fold(text))
    if m is None:
        return None
    day = calc.shift(interview, _number(m["n"]), _unit(m["u"]))
    return last_business_day(day) if m["within"] else day


def _offset(sign: int):
    def handler(m, today, direction):
        amount = _number(m["n"])  # "et par" = 2, so "et par uger" = 14 dage
        unit = _unit(m["u"])
        return Hit(calc.shift(today, sign * amount, unit), None, "day", PAST if sign < 0 else FUTURE)
    return handler


def _week(m, today, direction):
    shift = _rel_shift(m)
    later = 1 if m.groupdict().get("later") else 0
    return Hit(calc.monday(today) + timedelta(weeks=shift + later), None, "week", _WEEK_TENSE[shift])


# The part of a week or month an expression names.
_PART = {"foerst": "start", "primo": "start", "starten": "start", "begyndelsen": "start", "start": "start",
         "midt": "mid", "medio": "mid", "midten": "mid",
         "sidst": "end", "ultimo": "end", "slutningen": "end", "enden": "end", "udgangen": "end", "slut": "end",
         "udgang": "end", "slutning": "end", "afslutning": "end"}
_WEEK_PARTS = {"start": (0, 1), "mid": (1, 3)}  # Monday-Tuesday, Tuesday-Thursday


def _week_edge(m, today, direction):
    """'først i næste uge' Monday-Tuesday, 'midt i ugen' Tuesday-Thursday, 'sidst på ugen' until Friday."""
    shift = _rel_shift(m)
    monday = calc.monday(today) + timedelta(weeks=shift)
    part = _PART[m["edge"]]
    if part == "end":
        return Hit(monday + timedelta(days=4), None, UNTIL, _WEEK_TENSE[shift])
    first, last = _WEEK_PARTS[part]
    return Hit(monday + timedelta(days=first), None, "day", _WEEK_TENSE[shift], last=monday + timedelta(days=last))


def _month_part(first: date, part: str, tense: Direction | None) -> Hit:
    """The start (1st-10th) or middle (11th-20th) of the month beginning `first`, or until its end."""
    if part == "end":
        return Hit(calc.last_of_month(first), None, UNTIL, tense)
    start, last = MONTH_PARTS[part]
    return Hit(first.replace(day=start), None, "day", tense, last=first.replace(day=last))


def _named_month_part(m, today, direction):
    """'først i januar', 'primo december', 'midt i marts 2027', 'ultimo november'."""
    month = MONTH_INDEX[m["mon"].rstrip(".")]
    year = _year(m["y"], today)
    first = date(year, month, 1) if year else calc.month_by_direction(today, month, direction)
    return _month_part(first, _PART[m["part"]], None)


def _month(m, today, direction):
    shift = _rel_shift(m)
    return Hit(today.replace(day=1) + calc.relativedelta(months=shift), None, "month", _WEEK_TENSE[shift])


def _month_edge(m, today, direction):
    """'først på måneden', 'midt i næste måned', 'sidst på måneden', 'inden udgangen af måneden'."""
    shift = _rel_shift(m)
    first = today.replace(day=1) + calc.relativedelta(months=shift)
    return _month_part(first, _PART[m["edge"]], _WEEK_TENSE[shift])


def _next_month_name(m, today, direction):
    """'næste marts': the first March after this month; 'næste marts igen' the one after that."""
    month = MONTH_INDEX[m["mon"]]
    year = today.year if month > today.month else today.year + 1
    return Hit(date(year + (1 if m["again"] else 0), month, 1), None, "month", FUTURE)


_NTH = {**ORDINALS, "andet": 2, "sidste": -1}


def _month_of(m, today, direction) -> date:
    year = _year(m["y"], today)
    month = MONTH_INDEX[m["mon"]]
    return date(year, month, 1) if year else calc.month_by_direction(today, month, direction)


def _nth_in_month(m, today, direction):
    """'første tirsdag i oktober', 'sidste søndag i marts 2014', 'tredje dag i oktober',
    'første uge i oktober 2014' (the first week that starts in it), 'sidste uge i september'."""
    first = _month_of(m, today, direction)
    last = calc.last_of_month(first)
    n = _NTH[m["nth"]]
    if m["unit"] == "dag":
        value = last if n < 0 else calc.safe_date(first.year, first.month, n)
        return Hit(value, None, "day", None, None if value else IMPOSSIBLE)
    if m["unit"] == "uge":
        monday = first + timedelta(days=-first.weekday() % 7)
        value = last - timedelta(days=6) - timedelta(days=(last - timedelta(days=6)).weekday()) if n < 0 \
            else monday + timedelta(weeks=n - 1)
        return Hit(value, None, "week", None) if value.month == first.month else IMPOSSIBLE_HIT
    weekday = _weekday(m)
    if n < 0:
        value = last - timedelta(days=(last.weekday() - weekday) % 7)
    else:
        value = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=n - 1)
    return Hit(value, None, "day", None) if value.month == first.month else IMPOSSIBLE_HIT


# A day named by a holiday; the first of two days may be numbered ("1. juledag" is juledag).
HOLIDAY_DAY = (rf"(?:(?:1\.?\s*|foerste\s+)|(?P<second>2\.?\s*|anden\s+))?(?P<hd>{_alt(calc.HOLIDAY_DAY_NAMES)})"
               r"(?:sdag)?")  # "juleaftensdag", "nytårsaftensdag"


def _holiday_day(m, today, direction):
    """'skærtorsdag', 'på 2. påskedag', 'juleaften', 'anden juledag': the day itself."""
    second = bool(m["second"]) and m["hd"] in calc.SECOND_DAY_HOLIDAYS
    return Hit(calc.holiday_day(today, " ".join(m["hd"].split()), direction, second), None, "day", None)


def _span(m, today, direction):
    """'de næste 3 dage', 'sidste to uger', 'næste 3 måneder': the period, from its first day."""
    n = _number(m["n"])
    unit = _unit(m["u"])
    past = m["rel"] in ("sidste", "seneste")
    if n < 1 or unit == "year":
        return None
    if unit == "day":
        first, last = (today - timedelta(days=n), today - timedelta(days=1)) if past else \
            (today + timedelta(days=1), today + timedelta(days=n))
        return Hit(first, None, "day", PAST if past else FUTURE, last=last)
    if unit == "week":
        first = calc.monday(today) + timedelta(weeks=-n if past else 1)
        return Hit(first, None, "week", PAST if past else FUTURE, last=first + timedelta(weeks=n, days=-1))
    first = today.replace(day=1) + calc.relativedelta(months=-n if past else 1)
    last = calc.last_of_month(first + calc.relativedelta(months=n - 1))
    return Hit(first, None, "month", PAST if past else FUTURE, last=last)


def _month_name_until(m, today, direction):
    """'i løbet af december', 'inden udgangen af januar': the whole month, to its end."""
    month = MONTH_INDEX[m["mon"]]
    first = calc.month_by_direction(today, month, direction)  # said at a past interview: a past month
    return Hit(calc.last_of_month(first), None, UNTIL, None)


def _before_holiday(m, today, direction):
    """'inden jul', 'før nytår', 'inden påske', 'inden grundlovsdag': the period up to the day before it."""
    return Hit(calc.before_holiday(today, " ".join(m["h"].split()), direction), None, UNTIL, None)


def _weekday_after_holiday(m, today, direction):
    return Hit(calc.weekday_after_holiday(today, WEEKDAY_INDEX[m["wd"]], m["h"], direction), None, "day", None)


def _after_holiday(m, today, direction):
    first, last = calc.after_holiday(today, m["h"], direction)
    return Hit(first, None, "day", None, last=last)


def _later_today(m, today, direction):
    """'i eftermiddag', 'om en halv time', 'lige om lidt': later today."""
    return Hit(today, None, "day", FUTURE)


def _between_christmas_and_new_year(m, today, direction):
    """'mellem jul og nytår': 27 to 31 December, the days between the holidays; the last such days in the
    past, else the coming ones."""
    year = today.year - (direction is Direction.PAST and today < date(today.year, 12, 27))
    return Hit(date(year, 12, 27), None, "day", None, last=date(year, 12, 31))


def _new_year_part(m, today, direction):
    """'først i det nye år', 'i starten af det nye år': the start of the January ahead (or of this one,
    said in its first days); in the past, this year's."""
    ahead = direction is not Direction.PAST and (today.month > 1 or today.day > 10)
    return _month_part(date(today.year + ahead, 1, 1), _PART[m["part"]], None)


MONTH_NAME = _c(rf"\b(?:i\s+(?P<mon>{_alt(MONTH_NAMES)})\b(?:\s+(?P<y>{YEAR}))?|"
                rf"(?P<mon2>{_alt(MONTH_NAMES)})\s+(?P<y2>{YEAR}))")


def _month_name(m, today, direction):
    month = MONTH_INDEX[m["mon"] or m["mon2"]]
    year = _year(m["y"] or m["y2"])
    value = date(year, month, 1) if year else calc.month_by_direction(today, month, direction)
    return Hit(value, None, "month", None)


def _week_number(m, today, direction):
    week = int(m["w2"] or m["w"])  # "i uge 7 eller 8": the later, the safer day to wait for
    value = calc.iso_week(today, week, _year(m["y"]), direction) if 1 <= week <= 53 else None
    if value is None:
        return Hit(None, None, "week", None, IMPOSSIBLE)
    part = _PART.get(m["wpart"] or "")
    if part == "end":  # "sidst i uge 6": by its Friday
        return Hit(value + timedelta(days=4), None, UNTIL, None)
    if part is not None:  # "først i uge 2", "midt i uge 14"
        first, last = _WEEK_PARTS[part]
        return Hit(value + timedelta(days=first), None, "day", None, last=value + timedelta(days=last))
    return Hit(value, None, "week", None)


def _message_weekday(m, today, direction):
    return _wd_plain(m, today, direction)


MONTH_BEFORE_DAY = rf"(?P<mon>(?:{_alt(MONTH_NAMES)}|{_alt(_MON_ABBR)})\.?)"


# ---- times ---------------------------------------------------------------------
def make_time(hour: int, minute: int) -> time | None:
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _clock(m, today, direction):
    hour = _number(m["h"])
    minute = int(m["mi"]) if m["mi"] else 0
    if m.groupdict().get("half"):
        hour, minute = hour - 1, 30
    if 1 <= hour <= 6 and not re.match(r"0\d", m["h"]):
        hour += 12  # "kl. 2", "halv to": an interview or a call is in the afternoon, not at night
    t = make_time(hour, minute) if hour >= 0 else None
    if t is None:
        return None
    return Hit(today, t, "hour" if minute == 0 else "minute", None, None, True)


HOUR_WORD = rf"(?:\d{{1,2}}|(?:{_alt(w for w in NUMBERS if ' ' not in w and w != 'par')})\b)"

Rule = tuple[re.Pattern, Callable[[re.Match, date, Direction], Hit | None]]


RULES: list[Rule] = [
    # "fredag den 4. december 2026", "9. marts", "d. 9 okt."
    (_c(rf"{PREFIX_WD}(?:{DEN})?(?:{DAY_START}(?P<d>\d{{1,2}})(?:ste|den|die|de|te)?\.?\s*|"
        rf"\b(?P<dw>{_alt(ORDINALS)})\s+)(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?"), _named),
    # "9/3", "d. 9/3-26", "tirsdag 9/3 2026"
    (_c(rf"{PREFIX_WD}(?:{DEN})?{DAY_START}(?P<d>\d{{1,2}})\s?/\s?(?P<m>\d{{1,2}})"
        rf"(?:\s?[-/]\s?(?P<y>\d{{4}}|\d\d)|\s+(?P<yb>{YEAR}))?(?![0-9/])(?![.,:-][0-9])"
        r"(?<!24/7)(?!\s*(?:af|del|dele|times?|timer|liter|kg|dl|l)\b)"), _numeric),
    # "09.03.2026", "9.3.26"
    (_c(rf"{PREFIX_WD}(?:{DEN})?{DAY_START}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}|\d\d){NUM_END}"),
     _numeric),
    # "9-3-2026", "31-10-74"
    (_c(rf"{PREFIX_WD}(?:{DEN})?{DAY_START}(?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>\d{{4}}|\d\d){NUM_END}"),
     _numeric),
    # "15-02": without a year only with a two-digit month ("9-11" is a range of hours, "3-4 dage" an amount)
    (_c(rf"{PREFIX_WD}(?:{DEN})?{DAY_START}(?P<d>\d{{1,2}})-(?P<m>0[1-9]){NUM_END}{NOT_AMOUNT}"), _numeric),
    # "d. 3-12", "den 3-2": after "d."/"den" a day and a month, whatever the month's digits
    (_c(rf"{PREFIX_WD}\b{DEN}(?P<d>\d{{1,2}})-(?P<m>1[0-2]|0?[1-9]){NUM_END}{NOT_AMOUNT}"), _numeric),
    # "februar 15", "April 14, 2015", "Jul 18, Fre", "Ons, Feb13"
    (_c(rf"{PREFIX_WD}\b{MONTH_BEFORE_DAY}\s*(?P<d>\d{{1,2}})(?![0-9]|[.:][0-9]){NOT_AMOUNT}"
        rf"(?:,?\s+(?P<y>{YEAR}))?(?:,?\s+(?P<wd2>{WD_ANY}))?"), _month_first),
    # "13-15 juli", "13. til 15. juli"
    (_c(rf"{DAY_START}(?P<d1>\d{{1,2}})\.?\s*(?:-|til)\s*(?P<d>\d{{1,2}})\.?\s*(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<y>{YEAR}))?"), _day_range),
    # "2026-03-09"
    (_c(rf"{PREFIX_WD}{DAY_START}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){NUM_END}"), _numeric),
    # "den 9.3."
    (_c(rf"{PREFIX_WD}\b{DEN}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.?(?![0-9]|[.,:][0-9])"), _numeric),
    # "samtale 03.02": two digits each, a month that no clock time has, and no "kl" before it
    (_c(r"(?<![\w.:])(?<!kl )(?<!kl\. )(?<!klokken )(?P<d>0[1-9]|[12][0-9]|3[01])\.(?P<m>0[1-9]|1[0-2])"
        r"(?![0-9]|[.,:][0-9])(?!\s*(?:-|til)\s*\d)"), _numeric),
    # "senest 10.02", "inden 3.2.": a day and month after a word for a last day, where a clock time is unlikely
    (_c(r"(?:(?<=senest )|(?<=inden )|(?<=foer )|(?<=indtil ))"
        r"(?P<d>[12][0-9]|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.?(?![0-9]|[.,:][0-9])"), _numeric),
    # "den 2. i næste måned"
    (_c(rf"{PREFIX_WD}\b{DEN}(?P<d>\d{{1,2}})\.?\s+i\s+{REL_WEEK}\s+{MAANED}\b"), _day_in_month),
    # "den 27.", "tirsdag d. 27"
    (_c(rf"{PREFIX_WD}\b{DEN}(?P<d>\d{{1,2}})(?:\.(?![0-9])|{NUM_END}){NOT_AMOUNT}{NOT_ORDINAL_NOUN}(?P<dw>)"),
     _day_only),
    # "senest den tiende", "den tredje" (not "den første", "den anden": the first, the other one)
    (_c(rf"{PREFIX_WD}\b(?:den|d\.)\s+(?P<dw>{_alt(w for w in ORDINALS if w not in ('foerste', 'anden'))})\b"
        rf"{NOT_ORDINAL_NOUN}(?!\s+(?:af|i)\b)(?P<d>)"), _day_only),
    # weekdays with tense
    (_c(rf"\bi\s+(?P<wd>{WD_FULL})s\b"), _wd_past),
    # "i torsdag", "sammtale i torsdsg" (mended to "torsdag"): "i torsdags" with its s lost
    (_c(rf"\bi\s+(?P<wd>{WD_FULL})\b"
        rf"(?!\s+(?:i|for)\s+(?:sidste|forrige|naeste|denne|kommende|\w+\s+uger?))"), _wd_past),
    # typed fast: "i ons", "i tors." (= "i onsdags"); "i man" is too rare to tell from other words
    (_c(r"\bi\s+(?P<wd>tirs|tir|ons|tors|tor|fre|loer|lor)(?:s|\.)?(?![\w-])"), _wd_past),
    (_c(rf"\b(?:sidste|forrige)\s+(?P<wd>{WD_ALONE})"), _wd_past),
    (_c(rf"\b(?:(?:paa|til)\s+)?(?:naeste|kommende)\s+(?P<wd>{WD_ALONE})(?P<again>\s+igen\b)?"), _wd_next),
    (_c(rf"^\W*(?:paa\s+)?(?P<wd>{_alt(_WD_ABBR_MESSAGE)})\W*$"), _message_weekday),
    # "første tirsdag i oktober", "sidste dag i oktober 2015", "første uge i oktober 2014"
    (_c(rf"\b(?P<nth>{_alt(_NTH)})\s+(?:(?P<wd>{WD_FULL})|(?P<unit>dag|uge))\s+i\s+"
        rf"(?P<mon>{_alt(MONTH_NAMES)})\b(?:\s+(?P<y>{YEAR}))?"), _nth_in_month),
    # "juleaften", "1. juledag", "på 2. påskedag", "skærtorsdag", "nytårsaftensdag"
    (_c(rf"\b(?:(?:paa|om|i)\s+)?{HOLIDAY_DAY}\b"), _holiday_day),
    # "mandag for to uger siden", "i onsdags for en uge siden": that weekday, in the week that many weeks back
    (_c(rf"\b(?:paa\s+|i\s+)?(?P<wd>{WD_ALONE})(?:s)?\s+for\s+(?P<n>{NUM})\s+uger?\s+siden\b"), _wd_weeks_ago),
    (_c(rf"\b(?:paa\s+)?(?P<wd>{WD_ALONE}),?\s+(?:i\s+)?{REL_WEEK}\s+uge\b"), _wd_in_week),
    (_c(rf"\b(?:i\s+)?{REL_WEEK}\s+uge,?\s+(?:paa\s+)?(?P<wd>{WD_ALONE})"), _wd_in_week),
    # "om tirsdagen i sidste uge", "i sidste uge om tirsdagen"
    (_c(rf"\bom\s+(?P<wd>{WD_FULL})en,?\s+(?:i\s+)?{REL_WEEK}\s+uge\b"), _wd_in_week),
    (_c(rf"\b(?:i\s+)?{REL_WEEK}\s+uge,?\s+om\s+(?P<wd>{WD_FULL})en\b"), _wd_in_week),
    # "fredag samme uge", "om fredagen i den uge": that weekday in the week meant before (entities.reading_for
    # moves it to the interview's week; read in today's week here)
    (_c(rf"\b(?:paa\s+|om\s+)?(?P<wd>{WD_ALONE})(?:en)?,?\s+(?:i\s+)?(?:den\s+samme|samme|den)\s+uge\b"), _wd_in_week),
    (_c(rf"\b(?:paa\s+)?(?P<wd>{WD_ALONE})"), _wd_plain),
    # "om onsdagen" as the whole answer to "which day?" after "i uge 51": the weekday, read inside that week
    (_c(rf"^\W*om\s+(?P<wd>{WD_FULL})en\W*$"), _wd_plain),
    # "Jeg mener det var om fredagen" (a tester's correction of the interview's day, read as no day): said of a day
    # that was, not of a habit ("vi holder møde om mandagen")
    (_c(rf"(?:(?<=var )|(?<=var nu )|(?<=var jo )|(?<=var faktisk )|(?<=var altsaa ))(?:om|paa)\s+"
        rf"(?P<wd>{WD_FULL})en\b"), _wd_plain),
    (_c(r"\b(?:inden|foer|op\s+til)\s+weekenden\b"), _before_the_weekend),
    (_c(r"\b(?:(?:i|over)\s+(?:den\s+)?weekend(?:en)?|(?:i\s+)?(?:den\s+)?"
        r"(?P<rel>naeste|kommende|sidste|forrige|denne)\s+weekend(?:en)?)\b"), _weekend),
    # relative days
    (_c(r"\bi\s*(?P<w>dag|gaar|gar|forgaars|forgars|morgen|overmorgen|morges|aftes|formiddags|eftermiddags)\b"),
     _relative_day),
    (_c(r"\b(?P<w>yesterday|today|tomorrow)\b"), _relative_day),
    (_c(rf"\b(?:i\s+eftermiddag|i\s+aften|senere\s+i\s+dag|(?:lige\s+)?om\s+lidt|"
        rf"om\s+(?:en\s+halv|halvanden|{NUM}|et\s+par)\s+(?:timer?|min(?:ut(?:ter)?)?)\b)(?!s)"), _later_today),
    (_c(r"\bher\s+til\s+morgen\b"), _earlier_today),
    # offsets
    (_c(rf"\b(?:for\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\.?(?:s\s+tid)?\s+siden\b"), _offset(-1)),
    (_c(rf"\b(?:for\s+)?(?:{NUM}|en\s+halv|halvanden)\s+(?:timer?|times|min(?:ut(?:ter)?)?)\.?(?:s\s+tid)?\s+siden\b"),
     _earlier_today),
    # "de næste 3 dage", "sidste to uger", "seneste 2 måneder"
    (_c(rf"\b(?:de\s+)?(?P<rel>sidste|seneste|naeste|kommende)\s+(?P<n>{NUM})\s+(?P<u>dage|uger|{MAANED}er|mdr)\b"),
     _span),
    # "en uge efter samtalen", "inden for 14 dage efter samtalen": counted from the interview (entities.reading_for);
    # read from today here, as the interview is not known to the parser
    (AFTER_THE_INTERVIEW, _offset(1)),
    # (no years ahead: "Efter et par år med en dårlig ryg …" is the user's life, T028: an answer day in 2029)
    (_c(rf"\b(?:om|(?:inden\s+for|indenfor|inden|i\s+loebet\s+af)(?:\s+de\s+(?:naeste|kommende))?|"
        rf"senest\s+om|efter)\s+{ABOUT}(?P<n>{NUM})\s+"
        rf"(?P<u>{UNIT_AHEAD}){UNIT_TAIL}"), _offset(1)),
    # "de skal bruge en uge mere", "har brug for et par dage ekstra": more time, counted from when it was said
    (_c(rf"\b{MORE_TIME}\s+(?:(?:lige|nok|maaske|lidt|godt)\s+)*{ABOUT}(?P<n>{NUM})\s+(?P<u>{UNIT}){UNIT_TAIL}\s*"
        rf"{MORE_TIME_TAIL}\b"), _offset(1)),
    # weeks and months
    (_c(rf"\b(?:i\s+)?(?P<edge>slutningen|enden|starten|begyndelsen|midten)\s+af\s+(?:{REL_WEEK}\s+uge|ugen)\b"),
     _week_edge),
    (_c(rf"\b(?P<edge>sidst|foerst|midt)\s+(?:paa\s+ugen|i\s+ugen|i\s+{REL_WEEK}\s+uge)\b"), _week_edge),
    (_c(rf"\b(?:inden|foer|senest|ved|til|senest\s+(?:ved|med))\s+(?P<edge>udgangen)\s+af\s+(?:{REL_WEEK}\s+uge|ugen)\b"),
     _week_edge),
    # "i næste uge eller ugen efter" (s36b: the first week's Friday): the later week, the safer day to wait for
    (_c(rf"\b(?:i\s+loebet\s+af\s+|i\s+)?{REL_WEEK}\s+uge"
        rf"(?P<later>\s+eller\s+(?:i\s+)?(?:ugen|den)\s+(?:efter|efer|eftr|derefter|derpaa)|\b)"), _week),
    # "i løbet af ugen efter samtalen": read as this week here, moved after the interview's (entities)
    # (also "svar i løbet af ugen efter sagde han", s41a: read as the interview's own week)
    (_c(r"\b(?:i\s+loebet\s+af\s+)?ugen\s+efter(?:\s+(?:(?:job)?samtalen|interviewet)\b|(?=\s*(?:[,.;!?]|$|"
        r"(?:sagde|sagt|skrev|lovede|mente|siger|sige|loed|hed|fik|og|men|tror|vist|nok|maaske)\b)))"),
     _week),
    (_c(r"\b(?:i\s+loebet\s+af|senere\s+i)\s+ugen(?:\s+her)?\b"), _week),
    (_c(rf"\b(?:i\s+)?(?P<edge>slutningen|enden|starten|begyndelsen|midten)\s+af\s+(?:{REL_WEEK}\s+{MAANED}|"
        rf"{MAANED}en)\b"), _month_edge),
    (_c(rf"\b(?P<edge>sidst|foerst|midt)\s+(?:paa\s+{MAANED}en|i\s+{MAANED}en|i\s+{REL_WEEK}\s+{MAANED})\b"),
     _month_edge),
    (_c(rf"\b(?P<edge>primo|medio|ultimo)\s+(?:{REL_WEEK}\s+{MAANED}|{MAANED}en)\b"), _month_edge),
    # "først i januar", "primo december", "i midten af marts", "ultimo nov."
    (_c(rf"\b(?:i\s+)?(?P<part>foerst|midt|sidst)\s+i\s+(?P<mon>{_alt(MONTH_NAMES)})\b(?:\s+(?P<y>{YEAR}))?"),
     _named_month_part),
    (_c(rf"\b(?P<part>primo|medio|ultimo)\s+(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?"), _named_month_part),
    (_c(rf"\b(?:i\s+)?(?P<part>starten|begyndelsen|midten|slutningen|enden)\s+af\s+(?P<mon>{_alt(MONTH_NAMES)})\b"
        rf"(?:\s+(?P<y>{YEAR}))?"), _named_month_part),
    # spoken short forms: "start januar", "starten på marts", "slut maj", "midt juni"
    (_c(rf"\b(?P<part>start|starten|slut|slutningen|midt|sidst|foerst)\s+(?:paa\s+|af\s+)?"
        rf"(?P<mon>{_alt(MONTH_NAMES)})\b(?:\s+(?P<y>{YEAR}))?"), _named_month_part),
    (_c(rf"\b(?:naeste|kommende)\s+(?P<mon>{_alt(MONTH_NAMES)})\b(?P<again>\s+igen\b)?"), _next_month_name),
    (_c(rf"\b(?:i\s+)?{REL_WEEK}\s+{MAANED}\b"), _month),
    (_c(rf"\b(?:inden|foer|senest|ved|til)\s+(?P<edge>udgangen)\s+af\s+(?:{REL_WEEK}\s+{MAANED}|{MAANED}en)\b"),
     _month_edge),
    # "inden månedens udgang", "ved månedens slutning": this month, to its end
    (_c(r"\b(?:inden|foer|senest|ved|til|senest\s+ved|senest\s+med)\s+maanedens\s+(?P<edge>udgang|slutning|afslutning)\b"),
     _month_edge),
    (_c(rf"\b(?:i\s+loebet\s+af|(?:inden|ved|til)\s+udgangen\s+af|senest\s+(?:med\s+)?udgangen\s+af)\s+"
        rf"(?P<mon>{_alt(MONTH_NAMES)})\b"), _month_name_until),
    (_c(r"\b(?:i\s+)?(?:tiden\s+)?(?:i)?mellem\s+jul(?:en)?\s+og\s+nytaar(?:et)?\b"), _between_christmas_and_new_year),
    (_c(r"\b(?:i\s+)?(?P<part>foerst|starten|begyndelsen)\s+(?:af\s+|i\s+|paa\s+)?det\s+nye\s+aar\b"), _new_year_part),
    # "tirsdag efter påske", "mandag efter jul": the first such weekday once the holiday is over
    (_c(rf"\b(?:(?:paa|om|i)\s+)?(?P<wd>{WD_FULL})\s+efter\s+(?P<h>{_alt(calc.HOLIDAYS_WITH_AN_END)})\b"),
     _weekday_after_holiday),
    # "efter påske", "lige efter jul": the weeks once the holiday is over (after the weekday before it, above)
    (_c(rf"\b(?:lige\s+|først\s+|foerst\s+)?efter\s+(?P<h>{_alt(calc.HOLIDAYS_WITH_AN_END)})\b"), _after_holiday),
    (_c(r"\b(?:inden|foer|op\s+til)\s+(?P<h>jul|julen|nytaar|nytaaret|paaske|paasken|kristi\s+himmelfart(?:sdag)?|"
        r"pinse|pinsen|grundlovsdag)\b"), _before_holiday),
    (MONTH_NAME, _month_name),
    # "uge 49", "i løbet af uge 49" (a bare "i" before it is no part of the expression)
    (_c(rf"\b(?:i\s+loebet\s+af\s+|(?:inden|senest|ved|foer)\s+(?:(?:med\s+)?udgangen\s+af\s+)?|"
        rf"(?:i\s+)?(?P<wpart>foerst|midt|sidst|starten|midten|slutningen|enden)\s+(?:i|af|paa)\s+)?"
        rf"uge\s*(?:nr\.?\s*)?(?P<w>\d{{1,2}})(?:\s+eller\s+(?:uge\s*)?(?P<w2>\d{{1,2}}))?{NUM_END}"
        rf"(?:,?\s+(?:i\s+)?(?P<y>{YEAR}))?"), _week_number),
    # times
    (_c(rf"\b(?:klokken|kl)\b\.?\s*(?P<h>{HOUR_WORD})(?:[:.](?P<mi>\d\d))?(?![0-9])"), _clock),
    (_c(rf"\b(?:klokken|kl)\b\.?\s*(?P<half>halv)\s+(?P<h>{HOUR_WORD})(?P<mi>)?"), _clock),
    # "halv to" without "kl.": a clock time the Danish way
    (_c(rf"(?<![\w.])(?P<half>halv)\s+(?P<h>{HOUR_WORD})\b(?P<mi>)?(?!\s+(?:time|times|dag|uge|aar|år))"), _clock),
]

# A bare "13.30" counts as a time only right after a day ("onsdag 9:30").
BARE_TIME = _c(r"\s*,?\s*(?:(?:ved|omkring|cirka|ca\.|fra)\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d\d)(?![0-9]|[.:][0-9])")
# What may stand between a day and its time ("i morgen tidlig kl. 9").
DATE_TIME_GAP = _c(r"\s*,?\s*(?:(?:om\s+)?(?:morgenen|formiddagen|eftermiddagen|aftenen)|tidlig|"
                   r"morgen|formiddag|middag|eftermiddag|aften)?\s*,?\s*(?:(?:ved|omkring|cirka|ca\.|fra)\s+)?")
TIME_DATE_GAP = _c(r"\s*,?\s*")
# "for 2 uger siden, torsdag d. 19. nov.": a rough time ago, then the same day put exactly
ABOUT_AGO = _c(r"for .+ siden")
RESTATED = _c(r"\s*[,(–-]\s*(?:(?:altsaa|dvs\.?|nemlig|det var|paa) )?")
