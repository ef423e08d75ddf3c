"""Calendar arithmetic for the date parser: resolve words to days.

Conventions (documented in `coach.dates`):
* a neutral weekday with PAST is the most recent such day on or before today
  (an interview can be today); with FUTURE the next such day strictly after today;
* a day of month or day + month without year with PAST is the most recent one on
  or before today, with FUTURE the next one on or after today.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

IMPOSSIBLE = "impossible_date"


class Direction(str, Enum):
    PAST = "past"
    FUTURE = "future"


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def weekday_before(today: date, weekday: int, strict: bool) -> date:
    back = (today.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return today - timedelta(days=back)


def weekday_after(today: date, weekday: int, strict: bool) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return today + timedelta(days=ahead)


def weekday_by_direction(today: date, weekday: int, direction: Direction) -> date:
    if direction is Direction.PAST:
        return weekday_before(today, weekday, strict=False)
    return weekday_after(today, weekday, strict=True)


def exists_ever(day: int, month: int) -> bool:
    """Whether day/month exists in some year (29 February does)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _months_from(today: date, direction: Direction, count: int):
    step = -1 if direction is Direction.PAST else 1
    first = today.replace(day=1)
    for i in range(count):
        yield first + relativedelta(months=step * i)


# "tirsdag den 27.": a Tuesday the 27th this month or next; one five months off is no reading of a chat
# message but a slip in the weekday or the day, which the coach asks about.
WEEKDAY_REACH_DAYS = 62


def day_of_month(today: date, day: int, direction: Direction,
                 weekday: int | None = None) -> date | None:
    """Nearest `day`. of a month in `direction`; with a weekday, the nearest such day that falls on
    it within two months, else the nearest at all (the caller sees that the weekday disagrees)."""
    candidates = []
    for first in _months_from(today, direction, 16):
        d = safe_date(first.year, first.month, day)
        if d is None:
            continue
        if (direction is Direction.PAST and d > today) or (direction is Direction.FUTURE and d < today):
            continue
        candidates.append(d)
    if not candidates:
        return None
    if weekday is not None:
        for d in candidates:
            if abs((d - today).days) > WEEKDAY_REACH_DAYS:
                break
            if d.weekday() == weekday:
                return d
    return candidates[0]


def day_month(today: date, day: int, month: int, direction: Direction) -> date | None:
    """Nearest day/month in `direction` (on or before / on or after today),
    looking one year each way only: "29. februar" in 2026 is no day at all."""
    step = -1 if direction is Direction.PAST else 1
    for i in range(2):
        d = safe_date(today.year + step * i, month, day)
        if d is None:
            continue
        if (direction is Direction.PAST and d <= today) or (direction is Direction.FUTURE and d >= today):
            return d
    return None


def month_by_direction(today: date, month: int, direction: Direction) -> date:
    year = today.year
    if direction is Direction.PAST and month > today.month:
        year -= 1
    if direction is Direction.FUTURE and month < today.month:
        year += 1
    return date(year, month, 1)


def iso_week(today: date, week: int, year: int | None, direction: Direction) -> date | None:
    """Monday of ISO week `week`; without year the nearest in `direction`
    (the current week counts both ways)."""
    if year is not None:
        try:
            return date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
    this_monday = monday(today)
    step = -1 if direction is Direction.PAST else 1
    iso_year = today.isocalendar()[0]
    for i in range(8):  # week 53 is missing in most years
        try:
            d = date.fromisocalendar(iso_year + step * i, week, 1)
        except ValueError:
            continue
        if (direction is Direction.PAST and d <= this_monday) or (
                direction is Direction.FUTURE and d >= this_monday):
            return d
    return None


def shift(today: date, amount: int, unit: str) -> date:
    """`today` moved `amount` units ("day", "week", "month", "year")."""
    if unit == "day":
        return today + timedelta(days=amount)
    if unit == "week":
        return today + timedelta(weeks=amount)
    if unit == "month":
        return today + relativedelta(months=amount)
    return today + relativedelta(years=amount)


def last_of_month(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _easter(year: int) -> date:
    """Easter Sunday (the Anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


_HOLIDAY_STARTS = {  # the first day of the holiday each word names
    "jul": lambda y: date(y, 12, 24), "julen": lambda y: date(y, 12, 24),
    "nytaar": lambda y: date(y, 12, 31), "nytaaret": lambda y: date(y, 12, 31),
    "paaske": lambda y: _easter(y) - timedelta(days=3), "paasken": lambda y: _easter(y) - timedelta(days=3),
    "kristi himmelfart": lambda y: _easter(y) + timedelta(days=39),
    "kristi himmelfartsdag": lambda y: _easter(y) + timedelta(days=39),
    "pinse": lambda y: _easter(y) + timedelta(days=49), "pinsen": lambda y: _easter(y) + timedelta(days=49),
    "grundlovsdag": lambda y: date(y, 6, 5),
}


# The days named after a holiday, by their first day's name ("skærtorsdag", "juleaften"); a holiday of
# two days also names its second ("2. påskedag"). Folded spelling.
_HOLIDAY_DAYS = {
    "skaertorsdag": lambda y: _easter(y) - timedelta(days=3), "langfredag": lambda y: _easter(y) - timedelta(days=2),
    "paaskedag": _easter, "paaskesoendag": _easter, "kristi himmelfartsdag": lambda y: _easter(y) + timedelta(days=39),
    "pinsedag": lambda y: _easter(y) + timedelta(days=49), "juleaften": lambda y: date(y, 12, 24),
    "juledag": lambda y: date(y, 12, 25), "nytaarsaften": lambda y: date(y, 12, 31),
    "nytaarsdag": lambda y: date(y, 1, 1), "grundlovsdag": lambda y: date(y, 6, 5),
}
HOLIDAY_DAY_NAMES = tuple(_HOLIDAY_DAYS)
SECOND_DAY_HOLIDAYS = ("paaskedag", "pinsedag", "juledag")  # "2. påskedag", "anden juledag"


def holiday_day(today: date, name: str, direction: Direction, second: bool = False) -> date:
    """The day a holiday name points to (`second`: the day after it, "2. juledag"): the last one up to
    today in the past, else the next from today."""
    def day(year: int) -> date:
        return _HOLIDAY_DAYS[name](year) + timedelta(days=1 if second else 0)

    this_year = day(today.year)
    if direction is Direction.PAST:
        return this_year if this_year <= today else day(today.year - 1)
    return this_year if this_year >= today else day(today.year + 1)


# The last day of each holiday period a weekday can be counted from ("tirsdag efter påske")
_HOLIDAY_ENDS = {
    "paaske": lambda y: _easter(y) + timedelta(days=1), "paasken": lambda y: _easter(y) + timedelta(days=1),
    "pinse": lambda y: _easter(y) + timedelta(days=50), "pinsen": lambda y: _easter(y) + timedelta(days=50),
    "jul": lambda y: date(y, 12, 26), "julen": lambda y: date(y, 12, 26),
    "nytaar": lambda y: date(y, 1, 1), "nytaaret": lambda y: date(y, 1, 1),
}
HOLIDAYS_WITH_AN_END = tuple(_HOLIDAY_ENDS)


def weekday_after_holiday(today: date, weekday: int, holiday: str, direction: Direction) -> date:
    """'tirsdag efter påske': the first such weekday after the holiday is over (Easter Monday, 2. pinsedag,
    2. juledag, New Year's Day); the last one up to today in the past, else the coming one."""
    def day(year: int) -> date:
        end = _HOLIDAY_ENDS[holiday](year)
        return end + timedelta(days=(weekday - end.weekday() - 1) % 7 + 1)

    this_year = day(today.year)
    if direction is Direction.PAST:
        return this_year if this_year <= today else day(today.year - 1)
    return this_year if this_year >= today else day(today.year + 1)


AFTER_A_HOLIDAY = 21  # days: "efter påske" spans the three weeks once the holiday is over


def after_holiday(today: date, holiday: str, direction: Direction) -> tuple[date, date]:
    """'efter jul': the days once the holiday is over (from 27 December), three weeks of them; the last such
    span begun up to today in the past, else the coming one."""
    def first(year: int) -> date:
        return _HOLIDAY_ENDS[holiday](year) + timedelta(days=1)

    start = first(today.year)
    if direction is Direction.PAST:
        start = start if start <= today else first(today.year - 1)
    elif start + timedelta(days=AFTER_A_HOLIDAY - 1) < today:
        start = first(today.year + 1)
    return start, start + timedelta(days=AFTER_A_HOLIDAY - 1)


def before_holiday(today: date, holiday: str, direction: Direction) -> date:
    """The last day before the holiday: the coming one ('inden jul' in November -> 23 December), or in
    the past the last one ('var til samtale inden jul', said in January)."""
    start = _HOLIDAY_STARTS[holiday]
    if direction is Direction.PAST:
        last = start(today.year) - timedelta(days=1)
        return last if last <= today else start(today.year - 1) - timedelta(days=1)
    first = start(today.year)
    return (first if first > today else start(today.year + 1)) - timedelta(days=1)
