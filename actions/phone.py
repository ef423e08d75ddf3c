"""The user's phone number (slot `user_phone`), read from every message by Rasa's slot extraction
(domain.yml: a custom mapping names this action). It never logs the number."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.latest_message import said_in_last_turn
from coach.case import EMAIL
from coach.phone import phone_said
from coach.texts import text

ROLE_PLAY_LOOPS = {"rehearsal_form"}  # a rehearsal line is a role-play, not a fact


def just_asked(tracker: Tracker) -> bool:
    """Whether the coach's last turn asked for the number (advice.hints.user_phone)."""
    return said_in_last_turn(tracker, text("advice.hints.user_phone"))


class ActionReadUserPhone(Action):
    def name(self) -> str:
        return "action_read_user_phone"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if (tracker.active_loop or {}).get("name") in ROLE_PLAY_LOOPS:
            return []
        number = phone_said(tracker.latest_message.get("text") or "", asked=just_asked(tracker),
                            known=bool(tracker.get_slot("user_phone")))
        if not number:
            return []
        # a number given after "fjern telefonnummeret" is wanted after all
        return [SlotSet("user_phone", number)] + ([SlotSet("phone_left_out", None)]
                                                  if tracker.get_slot("phone_left_out") else [])


class ActionLeaveOutPhone(Action):
    """'fjern telefonnummeret' (a tester was asked whether to delete everything): the number goes, the mail comes
    again without it (or without the gap for it); the rest of the case stays."""

    def name(self) -> str:
        return "action_leave_out_phone"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        by_mail = tracker.get_slot("contact_channel") == EMAIL
        # on the phone the number is left out of the message for the answering machine (a tester was told "under
        # mailen" about a call script)
        dispatcher.utter_message(text=text("advice.phone_left_out" if by_mail else "advice.phone_left_out_call"))
        events: List[EventType] = [SlotSet("user_phone", None), SlotSet("phone_left_out", True)]
        if tracker.get_slot("followup_date"):
            events.append(FollowupAction("action_email" if by_mail else "action_call_script"))
        return events
