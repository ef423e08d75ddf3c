"""`action_explain_input`: a clear Danish reply to a message the coach cannot read."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import goes_on_with_case
from actions.tracker_case import anything_told, before_this_turn
from coach.input_guard import InputProblem, reply_for
from coach.texts import text


class ActionExplainInput(Action):
    def name(self) -> str:
        return "action_explain_input"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if tracker.get_slot("user_phone") != before_this_turn(tracker, "user_phone"):
            # A bare number right after the coach asked for it: the answer, not words it cannot read.
            return goes_on_with_case(tracker) or []
        value = next(tracker.get_latest_entity_values("input_problem"), InputProblem.ENGLISH.value)
        if InputProblem(value) is InputProblem.NO_WORDS and anything_told(tracker):  # "🤷" with the story told
            dispatcher.utter_message(text=text("form.input.no_words_told"))
            return []
        dispatcher.utter_message(text=reply_for(InputProblem(value)))
        return []
