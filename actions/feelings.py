"""A word to how the user feels ("jeg er så nervøs for at ringe", "tror ikke jeg fik den"), once per
conversation, before the coach's next question or the plan (coach.facts.feelings reads it)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.latest_message import text_of
from actions.tracker_case import case_from
from coach import clock
from coach.case import EMAIL
from coach.facts import parse_channel, rejection_reported
from coach.facts.feelings import NERVOUS, feeling_told
from coach.rules import interview_lies_ahead
from coach.texts import section, text


def acknowledge_feeling(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """Whether a word was said."""
    said = text_of(tracker)
    feeling = feeling_told(said)
    if feeling is None or rejection_reported(said) or _acknowledged_before(tracker):
        return False  # a no told gets its own words
    dispatcher.utter_message(text=text(f"form.feelings.{_key(feeling, said, tracker)}"))
    return True


def _key(feeling: str, said: str, tracker: Tracker) -> str:
    if feeling != NERVOUS:
        return feeling
    if interview_lies_ahead(case_from(tracker), clock.today()):
        return f"{NERVOUS}_before"  # "har samtale i morgen og er mega nervøs": the interview itself
    # "mail, jeg bliver så nervøs i telefonen": the user has found the way already
    return f"{NERVOUS}_email" if parse_channel(said) == EMAIL else NERVOUS


def _acknowledged_before(tracker: Tracker) -> bool:
    said = set(section("form.feelings").values())
    return any(e.get("event") == "bot" and e.get("text") in said for e in tracker.events)
