"""Small talk that may carry facts, and starting over only when the user says so.

The NLU's intent is a guess (right about nine times in ten on unseen messages). A message read as
thanks, a yes, small talk or nothing clear may still tell the case something ("tak, det var i
tirsdags"): the facts pass (actions.slot_mappings) has read it by now, and the conversation goes on
with the case instead of a canned reply. A restart destroys what the user told: the text must ask
for it, not only the intent.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.latest_message import intent_of, said_in_last_turn, text_of
from actions.questions import pause_the_questions
from actions.reminder_offer import buttons
from actions.tracker_case import (
    anything_told,
    before_this_turn,
    carries_form_facts,
    case_changed_this_turn,
    missing_required,
    news_to_record,
)
from coach import clock
from coach.danish import fold, format_date
from coach.facts import stepping_away
from coach.privacy import is_confirmation
from coach.reminders import OUTCOME_BUTTONS, going_now_text
from coach.requests import (
    asks_to_leave,
    asks_to_start_over,
    asks_what_starting_over_costs,
    is_button,
)
from coach.texts import text


def reopened(tracker: Tracker) -> bool:
    """'hov nej, jeg har ikke fået et nej! … hvornår skulle jeg så ringe?' (a tester): the application is open again."""
    return bool(before_this_turn(tracker, "application_closed")) and not tracker.get_slot("application_closed")


def goes_on_with_case(tracker: Tracker) -> List[EventType] | None:
    """The next step when this message told the case something new; None when it did not."""
    news = news_to_record(tracker)  # "svaret var kort og koldt, som om hun var ligeglad" after the plan
    if news is not None:
        return [FollowupAction(news)]
    if not reopened(tracker) and not case_changed_this_turn(tracker) and not carries_form_facts(tracker):
        return None  # "vel en uges tid siden" changes no slot yet, but the form has a question about it
    if missing_required(tracker) and not tracker.get_slot("application_closed"):
        return [FollowupAction("followup_form")]
    return [FollowupAction("action_followup_plan")]


def wish_luck(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """'ok jeg skriver til dem nu': good luck, and buttons to tell how it went later; nothing is recorded
    before it happened. Without the case's essentials the form asks for them first."""
    if missing_required(tracker):
        return [FollowupAction("followup_form")]
    planned = tracker.get_slot("followup_date")
    day = date.fromisoformat(str(planned)[:10]) if planned else None
    dispatcher.utter_message(text=going_now_text(clock.today(), day), buttons=buttons(OUTCOME_BUTTONS))
    return []


class ActionWishLuck(Action):
    """'ok jeg skriver til hende nu' (the message guard's `announce_followup`): good luck, the plan's day and
    buttons to tell how it went. A channel changed in the same message ("nej jeg ringer hellere til hende
    nu") gets that channel's script or mail first."""

    def name(self) -> str:
        return "action_wish_luck"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        return goes_on_with_case(tracker) or wish_luck(dispatcher, tracker)


class ActionFactsFirst(Action):
    """Before the reply to small talk: a message that told the case something goes on with the case
    (the form, or the updated plan); otherwise nothing, and the rule's reply follows."""

    def name(self) -> str:
        return "action_facts_first"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if not_followed_up_yet(dispatcher, tracker):  # the button "Nej, ikke endnu"
            return []
        return goes_on_with_case(tracker) or []


def not_followed_up_yet(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A no to "Har du selv ringet eller skrevet til dem …?" (s41b: the button's title typed got "Undskyld, det
    forstod jeg ikke helt"): the plan's day stands, and the coach says so."""
    asked = said_in_last_turn(tracker, text("form.progress.ask_attempt"))
    day = tracker.get_slot("followup_date")
    if not asked or not day or not _NOT_YET.match(fold(text_of(tracker))):
        return False
    dispatcher.utter_message(text=text("form.progress.not_yet", day=format_date(date.fromisoformat(day[:10]))))
    return True


_NOT_YET = re.compile(r"^\W*(deny|nej|nope|naeh|ikke endnu|ikke (\w+ )?endnu|ik endnu)\b")


class ActionOutOfScope(Action):
    """A message outside the coach's field, or one the NLU took for it: "vent lige 2 min, min kat har
    væltet en kop" is a pause, and gets time instead of "det kan jeg ikke hjælpe med"."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if stepping_away(text_of(tracker)):
            dispatcher.utter_message(text=text("form.take_your_time"))
        else:
            dispatcher.utter_message(response="utter_out_of_scope")
        return []


class ActionStartOver(Action):
    """Start over when the message asks for it; a message the NLU merely took for it ("kom lige hjem
    fra jobsamtale") keeps everything, and the user hears how to start over."""

    def name(self) -> str:
        return "action_start_over"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        in_form = (tracker.active_loop or {}).get("name") == "followup_form"
        asked = said_in_last_turn(tracker, text("form.confirm_start_over")) or any(
            said_in_last_turn(tracker, text(key)) for key in ("form.how_to_start_over", "form.start_over_forgets"))
        confirmed = asked and (asks_to_start_over(said) or intent_of(tracker) == "affirm" and is_confirmation(said))
        if in_form and asks_to_leave(said) and not asks_to_start_over(said):
            pause_the_questions(dispatcher, tracker)  # "stop": a pause, nothing wiped, no question after it
            return []
        if is_button(said) or confirmed or asks_to_start_over(said) and not anything_told(tracker):
            # with the first question, so the user knows what comes now (s41b: "… er glemt." and nothing more)
            dispatcher.utter_message(text=text("form.restarted") + " " + text("form.questions.interview_date"))
            return [Restarted()]
        if asks_to_start_over(said):
            # "start forfra" with a case told: asked first (testers lost a plan to it); yes or the button wipes
            dispatcher.utter_message(text=text("form.confirm_start_over"), buttons=[
                {"title": text("form.buttons.start_over_yes"), "payload": "/start_over"},
                {"title": text("form.buttons.start_over_no"), "payload": "/deny"}])
            return [ActiveLoop(None)] if in_form else []
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            return going_on
        how = "form.start_over_forgets" if asks_what_starting_over_costs(said) else "form.how_to_start_over"
        dispatcher.utter_message(text=text(how),
                                 buttons=[{"title": text("form.buttons.start_over"), "payload": "/start_over"}])
        if in_form:
            return [FollowupAction("followup_form")]
        return []


class ActionDefaultFallback(Action):
    """Rasa's core fallback, when no policy is sure what to do next. Rasa's own one rewinds the turn,
    and with it the facts this message gave: this one keeps them and goes on with the case, or asks
    the user to put it differently."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if going_on is not None and (tracker.active_loop or {}).get("name") != "followup_form":
            return going_on
        dispatcher.utter_message(response="utter_default")
        return []
