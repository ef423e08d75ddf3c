"""Small talk that may carry facts, and starting over only when the user says so.

The NLU's intent is a guess (right about nine times in ten on unseen messages). A message read as
thanks, a yes, small talk or nothing clear may still tell the case something ("tak, det var i
tirsdags"): the facts pass (actions.slot_mappings) has read it by now, and the conversation goes on
with the case instead of a canned reply. A restart destroys what the user told: the text must ask
for it, not only the intent.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.tracker_case import case_changed_this_turn, missing_required
from coach.requests import asks_to_start_over

# The reply each small-talk intent gets when its message says nothing new about the case.
SMALL_TALK_REPLIES = {
    "nlu_fallback": "utter_default",
    "out_of_scope": "utter_out_of_scope",
    "thank": "utter_thank",
    "affirm": "utter_anything_else",
    "deny": "utter_anything_else",
}
def goes_on_with_case(tracker: Tracker) -> List[EventType] | None:
    """The next step when this message told the case something new; None when it did not."""
    if not case_changed_this_turn(tracker):
        return None
    if missing_required(tracker) and not tracker.get_slot("application_closed"):
        return [FollowupAction("followup_form")]
    return [FollowupAction("action_followup_plan")]


class ActionSmallTalk(Action):
    def name(self) -> str:
        return "action_small_talk"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            return going_on
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        dispatcher.utter_message(response=SMALL_TALK_REPLIES.get(intent, "utter_default"))
        return []


class ActionStartOver(Action):
    """Start over when the message asks for it; a message the NLU merely took for it ("kom lige hjem
    fra jobsamtale") keeps everything, and the user hears how to start over."""

    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if asks_to_start_over(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(response="utter_restart")
            return [Restarted()]
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            return going_on
        dispatcher.utter_message(response="utter_how_to_start_over")
        if (tracker.active_loop or {}).get("name") == "followup_form":
            return [FollowupAction("followup_form")]
        return []
