"""Small talk that may carry facts, and starting over only when the user says so.

The NLU's intent is a guess (right about nine times in ten on unseen messages). A message read as
thanks, a yes, small talk or nothing clear may still tell the case something ("tak, det var i
tirsdags"): the facts pass (actions.slot_mappings) has read it by now, and the conversation goes on
with the case instead of a canned reply. A restart destroys what the user told: the text must ask
for it, not only the intent.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.latest_message import text_of
from actions.reminder_offer import buttons
from actions.tracker_case import (
    carries_form_facts,
    case_changed_this_turn,
    case_from,
    missing_for_plan,
    missing_required,
    news_to_record,
)
from coach import clock
from coach.facts import stepping_away
from coach.reminders import OUTCOME_BUTTONS, going_now_text
from coach.requests import (
    GREETING,
    SIGN_OFF,
    VOICEMAIL,
    about_to_follow_up,
    asks_to_leave,
    asks_to_start_over,
    mail_form_asked,
    proposed_day,
    waiting_asked,
    what_if_asked,
)
from coach.rules import plan_followup
from coach.texts import text
from coach.writing.followup_day import followup_day_answer
from coach.writing.mail_form import mail_form_answer
from coach.writing.what_if import what_if_answer


def goes_on_with_case(tracker: Tracker) -> List[EventType] | None:
    """The next step when this message told the case something new; None when it did not."""
    news = news_to_record(tracker)  # "svaret var kort og koldt, som om hun var ligeglad" after the plan
    if news is not None:
        return [FollowupAction(news)]
    if not case_changed_this_turn(tracker) and not carries_form_facts(tracker):
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


class ActionAnswerWhatIf(Action):
    """'skal jeg lægge en besked?', 'hvad hvis de siger nej?', 'hvad hvis de ikke svarer?' (the message guard's
    `ask_what_if`): what to do then, with the words for it, and when to try again. Nothing is recorded: it
    has not happened. The form goes on after."""

    def name(self) -> str:
        return "action_answer_what_if"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        answer_what_if(dispatcher, tracker)
        return []


def answer_what_if(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Also said by the form when the same message answered its question ("telefon. men hvad hvis de ikke
    tager telefonen?"): Rasa then goes on with the form, and no rule answers the question."""
    branch = what_if_asked(text_of(tracker)) or VOICEMAIL
    planned = not missing_for_plan(tracker)
    for line in what_if_answer(branch, case_from(tracker), clock.today(), planned):
        dispatcher.utter_message(text=line)


class ActionAnswerMailForm(Action):
    """'skal jeg skrive kære eller hej?', 'hvad skriver jeg under med?' (the message guard's `ask_mail_form`): the
    advice, the line from the case's own mail, and how to fill in a name it lacks. A follow-up announced in
    the same message ("ok jeg sender den nu. skal hendes chef have cc?") gets luck after the answer."""

    def name(self) -> str:
        return "action_answer_mail_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            return going_on  # "hvem skal jeg skrive til? hun der holdt samtalen hed Julie Winther": the mail to her
        said = text_of(tracker)
        part = mail_form_asked(said) or GREETING
        case = case_from(tracker)
        for line in mail_form_answer(part, case):
            dispatcher.utter_message(text=line)
        if part == SIGN_OFF and not case.user_name:
            dispatcher.utter_message(text=text("advice.hints.names"))
        return wish_luck(dispatcher, tracker) if about_to_follow_up(said) else []


class ActionAnswerFollowupDay(Action):
    """'kan jeg ikke bare ringe i morgen?' (the message guard's `ask_followup_day`): the day proposed beside the
    plan's. A message that also told the case something goes on with the case: the new plan answers it."""

    def name(self) -> str:
        return "action_answer_followup_day"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if missing_for_plan(tracker):  # the questions first: the day comes with the plan
            dispatcher.utter_message(text=text("plan.proposed_day.no_plan_yet"))
            return going_on or [FollowupAction("followup_form")]
        if going_on is not None:
            return going_on
        today = clock.today()
        plan = plan_followup(case_from(tracker), today)
        said = text_of(tracker)
        dispatcher.utter_message(text=followup_day_answer(plan, proposed_day(said, today), today, waiting_asked(said)))
        return []


class ActionFactsFirst(Action):
    """Before the reply to small talk: a message that told the case something goes on with the case
    (the form, or the updated plan); otherwise nothing, and the rule's reply follows."""

    def name(self) -> str:
        return "action_facts_first"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        return goes_on_with_case(tracker) or []


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
        if asks_to_start_over(said) or (in_form and asks_to_leave(said)):
            dispatcher.utter_message(text=text("form.restarted"))
            return [Restarted()]
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            return going_on
        dispatcher.utter_message(text=text("form.how_to_start_over"),
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
