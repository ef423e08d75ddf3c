"""The user reports back: no answer (R4/R5) or a rejection (R9)."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import (
    followup_date_event,
    send_plan,
    send_tips,
)
from actions.reminder_offer import ATTEMPT_SLOT, attempt_day, cancel_reminders, offer_reminder
from actions.tracker_case import case_from
from coach import clock
from coach.dates.entities import past_day
from coach.rules import plan_followup
from coach.texts import text
from coach.writing.replies import plan_message


class ActionRecordNoAnswer(Action):
    """One more unanswered follow-up: count it and recompute the plan."""

    def name(self) -> str:
        return "action_record_no_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        today = clock.today()
        attempts = case_from(tracker).followup_attempts + 1
        # "jeg ringede i mandags": a past date in the message is the attempt's day.
        # ... else the day the user said "Det er gjort" after a reminder, else today.
        last = past_day(tracker.latest_message.get("entities", []), today) or attempt_day(tracker) \
            or today.isoformat()
        cancel_reminders(tracker.sender_id)  # no check-in about the attempt just reported
        events: List[EventType] = [SlotSet("followup_attempts", attempts), SlotSet("last_attempt_date", last)]
        if tracker.get_slot("interview_date") is None:
            dispatcher.utter_message(text=text("form.progress.noted_ask_interview"))
            return events
        case = case_from(tracker, followup_attempts=attempts, last_attempt_date=last)
        plan = plan_followup(case, today)
        dispatcher.utter_message(text=text("form.progress.noted_attempt", attempts=attempts))
        send_plan(dispatcher, tracker, case, plan, today)
        return events + [followup_date_event(plan), SlotSet(ATTEMPT_SLOT, None)] \
            + offer_reminder(dispatcher, tracker, case, plan)  # the second attempt, on Telegram


class ActionRecordRejection(Action):
    """R9: the position is filled or the contact sounded cold: a graceful close."""

    def name(self) -> str:
        return "action_record_rejection"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        case = case_from(tracker, application_closed=True)
        today = clock.today()
        plan = plan_followup(case, today) if case.interview_date else None
        dispatcher.utter_message(text=text("form.progress.sorry_rejection"))
        if plan is not None:
            dispatcher.utter_message(text=plan_message(plan, today))
        send_tips(dispatcher, case, plan)
        cancel_reminders(tracker.sender_id)  # the application is over: no more reminders
        return [SlotSet("application_closed", True), SlotSet("followup_date", None)]
