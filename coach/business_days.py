"""Danish business days: Monday-Friday except the holidays named in the contract."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _danish_holidays(year: int) -> dict[date, str]:
    # The contract counts both the public and the optional category
    # (1 May, Grundlovsdag, Juleaftensdag, Nytårsaften).
    days = holidays.country_holidays("DK", years=year, categories=("public", "optional"), language="da")
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
