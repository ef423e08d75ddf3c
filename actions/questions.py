"""`action_ask_<slot>`: the form's questions, phrased with what is already known."""

from __future__ import annotations

import abc
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.tracker_case import case_from
from coach.questions import (
    CHANNEL_BUTTONS,
    NO_DEADLINE_BUTTON,
    RESTART_BUTTON,
    asks_differently,
    question,
    question_again,
)


def _buttons(pairs) -> List[Dict[str, str]]:
    return [{"title": title, "payload": payload} for title, payload in pairs]


class _AskAction(Action, abc.ABC):
    buttons: tuple = ()

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The slot this action asks for (abstract, so rasa-sdk does not register the base)."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if asks_differently(times_asked(tracker, self.slot)):
            dispatcher.utter_message(text=question_again(self.slot),
                                     buttons=_buttons((*self.buttons, RESTART_BUTTON)))
        else:
            dispatcher.utter_message(text=question(self.slot, case_from(tracker)), buttons=_buttons(self.buttons))
        return []


def times_asked(tracker: Tracker, slot: str) -> int:
    """How many times in a row the form has asked for `slot` so far (without getting it)."""
    count = 0
    for event in reversed(tracker.events):
        name = event.get("name") or ""
        if event.get("event") == "action" and name.startswith("action_ask_"):
            if name != f"action_ask_{slot}":
                break
            count += 1
        elif event.get("event") == "slot" and event.get("name") == slot and event.get("value") is not None:
            break
        elif event.get("event") in ("restart", "session_started"):
            break
    return count


class AskInterviewDate(_AskAction):
    slot = "interview_date"


class AskRole(_AskAction):
    slot = "role"


class AskContactChannel(_AskAction):
    slot = "contact_channel"
    buttons = CHANNEL_BUTTONS


class AskDeadline(_AskAction):
    slot = "deadline"
    buttons = (NO_DEADLINE_BUTTON,)
