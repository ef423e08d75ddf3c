"""R8: refuse invalid facts with a clear Danish question, never accept them silently."""

from __future__ import annotations

from datetime import date, timedelta

from coach.danish import MONTHS, WEEKDAYS, format_date
from coach.texts import text

MAX_PAST = timedelta(days=365)
MAX_FUTURE = timedelta(days=365)


def interview_date_problem(interview: date, today: date) -> str | None:
    """A Danish question when the interview date cannot be right, else None."""
    if interview < today - MAX_PAST:
        return text("form.invalid.interview_too_old", day=format_date(interview, with_year=True).capitalize())
    if interview > today + MAX_FUTURE:
        return text("form.invalid.interview_too_far", day=format_date(interview, with_year=True).capitalize())
    return None


def deadline_problem(deadline: date, interview: date | None) -> str | None:
    """The employer cannot have promised an answer before the interview took place."""
    if interview is not None and deadline < interview:
        return text("form.invalid.deadline_before_interview", deadline=format_date(deadline),
                    interview=format_date(interview))
    return None


def attempt_problem(last_attempt: date, interview: date | None) -> str | None:
    """A follow-up on an interview cannot lie before it (a call before it asked about the job)."""
    if interview is not None and last_attempt < interview:
        return text("form.invalid.attempt_before_interview", attempt=format_date(last_attempt),
                    interview=format_date(interview))
    return None


def impossible_date_message(said: str) -> str:
    return text("form.invalid.impossible_date", text=said.strip())


def weekday_slip_message(said: str, day: date, other: date | None = None) -> str:
    """"„mandag d. 24/11“: den 24. november er en tirsdag." With `other`, which day is kept and how to
    say the other one instead."""
    said_day = f"den {day.day}. {MONTHS[day.month - 1]}"
    if other is None:
        return text("form.invalid.weekday_slip", text=said.strip(), day=said_day, weekday=WEEKDAYS[day.weekday()])
    return text("form.invalid.weekday_slip_kept", text=said.strip(), day=said_day, weekday=WEEKDAYS[day.weekday()],
                kept=format_date(day), other=format_date(other))
