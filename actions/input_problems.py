"""`action_explain_input`: a clear Danish reply to a message the coach cannot read."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from coach.input_guard import InputProblem, reply_for


class ActionExplainInput(Action):
    def name(self) -> str:
        return "action_explain_input"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        value = next(tracker.get_latest_entity_values("input_problem"), InputProblem.ENGLISH.value)
        dispatcher.utter_message(text=reply_for(InputProblem(value)))
        return []
