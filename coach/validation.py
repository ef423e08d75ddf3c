"""R8: refuse invalid facts with a clear Danish question, never accept them silently."""

from __future__ import annotations

from datetime import date, timedelta

from coach.danish import format_date

MAX_PAST = timedelta(days=365)
MAX_FUTURE = timedelta(days=365)


def interview_date_problem(interview: date, today: date) -> str | None:
    """A Danish question when the interview date cannot be right, else None."""
    if interview < today - MAX_PAST:
        return (f"{format_date(interview, with_year=True).capitalize()} er mere end et år siden. "
                "Hvornår var samtalen? Skriv fx \"i tirsdags\" eller \"20/11\".")
    if interview > today + MAX_FUTURE:
        return (f"{format_date(interview, with_year=True).capitalize()} ligger over et år ude i fremtiden. "
                "Hvornår er samtalen?")
    return None


def deadline_problem(deadline: date, interview: date | None) -> str | None:
    """The employer cannot have promised an answer before the interview took place."""
    if interview is not None and deadline < interview:
        return (f"Svarfristen ({format_date(deadline)}) ligger før samtalen ({format_date(interview)}). "
                "Hvornår sagde de, du ville høre fra dem? Skriv \"ingen\", hvis de ikke sagde noget.")
    return None


def impossible_date_message(text: str) -> str:
    return f"\"{text.strip()}\" findes ikke i kalenderen. Hvilken dato mente du?"
