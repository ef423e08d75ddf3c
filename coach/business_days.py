"""Danish business days: Monday-Friday except the holidays named in the contract."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# Imported here, not looked up by country code: `holidays` then imports every country's module
# (~280, seconds on a cold disk), which must happen while the action server starts, not in the
# first user's turn.
from holidays.countries.denmark import Denmark


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> dict[date, str]:
    # The contract counts both the public and the optional category
    # (1 May, Grundlovsdag, Juleaftensdag, Nytårsaften).
    days = Denmark(years=year, categories=("public", "optional"), language="da")
    return dict(days)


def holiday_name(day: date) -> str | None:
    """Danish name of the holiday on `day`, if any."""
    return _danish_holidays(day.year).get(day)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


def next_business_day(day: date) -> date:
    """`day` itself if it is a business day, else the first business day after it."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def last_business_day(day: date) -> date:
    """`day` itself if it is a business day, else the last business day before it."""
    while not is_business_day(day):
        day -= timedelta(days=1)
    return day
