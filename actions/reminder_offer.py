"""The reminder offer after a plan, and the hooks other actions call (cancel, attempt day).

Kept apart from actions/reminders.py so that advice.py and progress.py can import it
without an import cycle (actions.reminders imports actions.advice).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from coach import clock
from coach.case import FollowUpCase
from coach.reminders import OFFER_BUTTONS, at_local, offer_text
from coach.rules import FollowUpPlan, Timing
from coach.texts import text
from coach.writing.handover import FOLLOW_UPS, with_plan
from reminders.store import ReminderStore, default_store

logger = logging.getLogger(__name__)

PUSH_CHANNELS = {"telegram"}  # channels on which the coach can write first
OFFER_SLOT = "reminder_offer"  # the offered follow-up day (ISO) while the offer is open
ATTEMPT_SLOT = "attempt_made_on"  # the day the user said "Det er gjort"
OFFER_TIMINGS = {Timing.WAIT, Timing.NOW}


def store() -> ReminderStore:
    return default_store()


def can_push(tracker: Tracker) -> bool:
    return tracker.get_latest_input_channel() in PUSH_CHANNELS


def buttons(pairs) -> List[dict]:
    return [{"title": title, "payload": payload} for title, payload in pairs]


def offer_reminder(dispatcher: CollectingDispatcher, tracker: Tracker, case: FollowUpCase,
                   plan: FollowUpPlan) -> List[EventType]:
    """On Telegram, after a plan with a day ahead: 'Skal jeg minde dig om det ... kl. 9?'.

    Returns the offer slot: set while the offer is open, cleared otherwise."""
    if not can_push(tracker) or plan.timing not in OFFER_TIMINGS or plan.followup_date is None:
        return [SlotSet(OFFER_SLOT, None)]
    due = at_local(plan.followup_date)
    if due <= clock.now():
        return [SlotSet(OFFER_SLOT, None)]  # today at 9 has passed: the user is on it already
    shown = with_plan(case, plan) in FOLLOW_UPS
    dispatcher.utter_message(text=offer_text(case, due, shown=shown), buttons=buttons(OFFER_BUTTONS))
    return [SlotSet(OFFER_SLOT, plan.followup_date.isoformat())]


def cancel_reminders(conversation_id: str) -> int:
    """Cancel every pending reminder of the conversation (rejection, answer, 'slet påmindelsen')."""
    try:
        return store().cancel_pending(conversation_id)
    except Exception:
        logger.exception("Could not cancel the reminders of %s", conversation_id)
        return 0


def congratulate_on_the_job(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """The job is theirs: congratulations, nothing more to follow up, no more reminders."""
    cancel_reminders(tracker.sender_id)
    dispatcher.utter_message(text=text("reminders.hired"))
    dispatcher.utter_message(text=f'{text("plan.when.closed")} {text("reminders.hired_next")}')
    return [SlotSet(OFFER_SLOT, None), SlotSet("followup_date", None), SlotSet("job_offered", True)]


def attempt_day(tracker: Tracker) -> str | None:
    """The day the user reported the follow-up done ('Det er gjort'), if they did (ISO)."""
    value = tracker.get_slot(ATTEMPT_SLOT)
    try:
        return date.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None
