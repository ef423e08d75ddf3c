"""What the domain core already reads in a message, as yes/no features for the intent classifier.

Word and character n-grams cannot tell "4/6" (a day) from "9.15" (a clock time), or "har ringet uden
svar" from "har fået svar"; the date parser and coach.facts can. Each feature is one of their
readings; the classifier learns how much each one counts for each intent. Pure Python, no Rasa.
"""

from __future__ import annotations

import re
from datetime import date

from coach.danish import fold
from coach.dates import Direction, find_times
from coach.dates.time_of_day import time_of_day_only
from coach.facts import (
    answer_reported,
    attempts_reported,
    channel_preference,
    company_said,
    interview_ahead,
    interview_just_now,
    is_correction,
    names_said,
    rejection_reported,
    role_said,
    says_no_deadline,
)
from coach.input_guard import MAX_CHARS
from coach.phone import without_phone_number
from coach.requests import asks_to_cancel_reminders, asks_to_start_over

# Any fixed day will do: the features say whether a day or a time is named, not which.
_SOME_DAY = date(2026, 11, 28)
_QUESTION = re.compile(r"^\W*(?:hej\W+)?(?:hvornaar|hvad|hvordan|hvilke[nt]?|hvem|hvor|hvorfor|skal jeg|kan jeg|"
                       r"kan du|maa jeg|boer jeg|burde jeg|er det|vil du)\b")

FEATURES = (
    "names_a_day", "names_only_a_clock_time", "is_only_a_time_of_day", "attempt_made", "rejection", "answer",
    "no_deadline_said", "no_deadline_answer", "channel_chosen", "interview_ahead", "interview_just_now",
    "correction", "asks_to_start_over", "asks_to_cancel_reminders", "question", "names_someone", "names_employer",
    "names_role", "one_or_two_words", "gives_phone_number",
)


def fact_features(text: str) -> list[bool]:
    """One yes/no per name in FEATURES (all no for a message too long to be read: it only ever gets
    "too long", and the fact readers take seconds on a wall of characters)."""
    text = text or ""
    if len(text) > MAX_CHARS:
        return [False] * len(FEATURES)
    rest = without_phone_number(text)  # "mit nummer er 22 33 44 55" names no clock time
    times = find_times(rest, _SOME_DAY, Direction.PAST)
    days = [m for m in times if m.value is not None and not m.clock_only]
    user, contact = names_said(text)
    return [
        bool(days),
        bool(times) and not days,
        time_of_day_only(text) is not None,
        attempts_reported(text) is not None,
        rejection_reported(text),
        answer_reported(text),
        says_no_deadline(text, asked=False),
        says_no_deadline(text, asked=True),
        channel_preference(text) is not None,
        interview_ahead(text),
        interview_just_now(text),
        is_correction(text),
        asks_to_start_over(text),
        asks_to_cancel_reminders(text),
        text.rstrip().endswith("?") or _QUESTION.match(fold(text)) is not None,
        bool(user or contact),
        company_said(text) is not None,
        role_said(text) is not None,
        len(text.split()) <= 2,
        rest != text,  # gives_phone_number
    ]
