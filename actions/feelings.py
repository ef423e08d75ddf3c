"""A word to how the user feels ("jeg er så nervøs for at ringe", "tror ikke jeg fik den"), once per
conversation, before the coach's next question or the plan (coach.facts.feelings reads it)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.latest_message import text_of
from coach.case import EMAIL
from coach.facts import parse_channel, rejection_reported
from coach.facts.feelings import NERVOUS, feeling_told
from coach.texts import section, text


def acknowledge_feeling(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    said = text_of(tracker)
    feeling = feeling_told(said)
    if feeling is None or rejection_reported(said) or _acknowledged_before(tracker):
        return  # a no told gets its own words
    # "mail, jeg bliver så nervøs i telefonen": the user has found the way already
    key = f"{NERVOUS}_email" if feeling == NERVOUS and parse_channel(said) == EMAIL else feeling
    dispatcher.utter_message(text=text(f"form.feelings.{key}"))


def _acknowledged_before(tracker: Tracker) -> bool:
    said = set(section("form.feelings").values())
    return any(e.get("event") == "bot" and e.get("text") in said for e in tracker.events)
