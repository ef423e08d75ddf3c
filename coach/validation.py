"""R8: refuse invalid facts with a clear Danish question, never accept them silently."""

from __future__ import annotations

from datetime import date, timedelta

from coach.danish import MONTHS, WEEKDAYS, format_date
from coach.texts import text

MAX_PAST = timedelta(days=365)
MAX_FUTURE = timedelta(days=365)


LIKELY_SLIP = timedelta(days=180)  # "var til samtale den 20. december" on 6 December: not last year's, most likely
COMING_SOON = timedelta(days=60)


def interview_date_problem(interview: date, today: date, year_said: bool = False) -> str | None:
    """A Danish question when the interview date cannot be right, else None."""
    if interview < today - MAX_PAST:
        return text("form.invalid.interview_too_old", day=format_date(interview, with_year=True).capitalize())
    this_year = _same_day_in(interview, today.year)
    if not year_said and interview < today - LIKELY_SLIP and this_year and today < this_year <= today + COMING_SOON:
        # a past interview on a day still to come this year (a tester's 20 December was read as last year's)
        return text("form.invalid.interview_not_yet", day=format_date(this_year))
    if interview > today + MAX_FUTURE:
        return text("form.invalid.interview_too_far", day=format_date(interview, with_year=True).capitalize())
    return None


def _same_day_in(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def deadline_problem(deadline: date, interview: date | None) -> str | None:
    """The employer cannot have promised an answer before the interview took place."""
    if interview is not None and deadline < interview:
        return text("form.invalid.deadline_before_interview", deadline=format_date(deadline),
                    interview=format_date(interview))
    return None


def attempt_problem(last_attempt: date, interview: date | None, today: date | None = None) -> str | None:
    """A follow-up on an interview cannot lie before it (a call before it asked about the job), nor ahead: "ringet
    d. 10/12" on 6 December was read as last year's, and "ligger før samtalen" said (s41b)."""
    ahead = _same_day_in(last_attempt, today.year) if today is not None and last_attempt < today else None
    if ahead is not None and ahead > today and (interview is None or last_attempt < interview):
        return text("form.invalid.attempt_ahead", attempt=format_date(ahead).capitalize())
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
