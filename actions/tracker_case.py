"""Read the domain's FollowUpCase from a rasa-sdk Tracker."""

from __future__ import annotations

from rasa_sdk import Tracker

from coach.case import FollowUpCase

CASE_SLOTS = (
    "interview_date", "interview_time", "role", "contact_channel", "deadline", "contact_name",
    "company", "user_name", "followup_attempts", "last_attempt_date",
)
REQUIRED_SLOTS = ("interview_date", "role", "contact_channel", "deadline")


def case_from(tracker: Tracker) -> FollowUpCase:
    slots = {name: tracker.get_slot(name) for name in CASE_SLOTS}
    return FollowUpCase.from_slots(slots, rejected=bool(tracker.get_slot("application_closed")))


def missing_required(tracker: Tracker) -> list[str]:
    return [name for name in REQUIRED_SLOTS if tracker.get_slot(name) in (None, "")]
