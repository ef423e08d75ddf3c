from datetime import date

import pytest

from coach.business_days import holiday_name, is_business_day, next_business_day


@pytest.mark.parametrize("day, expected", [
    ("2026-11-27", True),   # Friday
    ("2026-11-28", False),  # Saturday
    ("2026-12-24", False),  # Juleaftensdag (optional category)
    ("2026-12-31", False),  # Nytårsaften (optional category)
    ("2026-06-05", False),  # Grundlovsdag
    ("2026-05-01", False),  # 1. maj
    ("2026-04-03", False),  # Langfredag
    ("2026-05-14", False),  # Kristi himmelfartsdag
    ("2026-12-23", True),
])
def test_danish_business_days(day, expected):
    assert is_business_day(date.fromisoformat(day)) is expected


def test_next_business_day_is_the_day_itself_when_open():
    assert next_business_day(date(2026, 11, 27)) == date(2026, 11, 27)
    assert next_business_day(date(2026, 12, 24)) == date(2026, 12, 28)


def test_holiday_names_are_danish():
    assert "Jul" in (holiday_name(date(2026, 12, 25)) or "")
