"""The call rehearsal as a Rasa form: every user line goes to coach.rehearsal until the call ends."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.advice import ActionCallScript, ActionChannelAdvice, ActionEmail, ActionFollowupPlan, ActionTips
from actions.latest_message import intent_of, text_of
from actions.tracker_case import carries_form_facts, case_from
from actions.user_questions import ActionAnswerMailForm, ActionAnswerWhatIf
from coach import clock
from coach.case import FollowUpCase
from coach.conduct.model import warm_up
from coach.facts import attempts_reported
from coach.rehearsal import Rehearsal, RehearsalState, seed_for, situation_asked, stops_with_a_request
from coach.requests import practises_the_interview
from coach.rules import Step, followup_step, interview_lies_ahead
from coach.texts import text
from coach.writing.email import named_higher_up

warm_up(wait=True)  # trained before the action server answers (see actions/review.py)


def called_case(tracker: Tracker) -> FollowUpCase:
    """The case as the call to practise reaches it: after two follow-ups, the hiring manager or HR (or the person named
    for it), never the same contact again (s39c: the role-play cast the contact the plan said not to call, R5)."""
    case = case_from(tracker)
    return replace(case, contact_name=named_higher_up(case)) if followup_step(case) is Step.HIGHER_UP else case


class ActionStartRehearsal(Action):
    """Reception answers the phone; a repeat ("en gang til") picks a new situation."""

    def name(self) -> str:
        return "action_start_rehearsal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if attempts_reported(text_of(tracker)) is not None:
            return [FollowupAction("action_record_no_answer")]  # "prøvede igen, ingen tager den": no rehearsal
        if carries_form_facts(tracker):
            return [FollowupAction("followup_form")]  # "ringe igen" while the coach asks: an answer
        case = called_case(tracker)
        if interview_lies_ahead(case, clock.today()) and practises_the_interview(text_of(tracker)):
            dispatcher.utter_message(text=text("rehearsal.not_the_interview"))  # "kan vi øve samtalen" (BC043)
            return [FollowupAction("action_listen")]
        previous = tracker.get_slot("rehearsal_state") or {}
        asked = situation_asked(text_of(tracker))  # "kan vi øve at jeg får telefonsvareren?" (a tester)
        if previous:
            previous = RehearsalState.from_slot(previous)
            state, first_line = Rehearsal.start(case, previous.seed, situation=asked, round_no=previous.round + 1,
                                                history=previous.history, asked=asked is not None)
        else:
            dispatcher.utter_message(text=Rehearsal.intro(case, asked))
            state, first_line = Rehearsal.start(case, seed_for(tracker.sender_id), situation=asked,
                                                asked=asked is not None)
        dispatcher.utter_message(text=first_line)
        return [SlotSet("rehearsal_state", state.to_slot()), SlotSet("rehearsal_line", None)]


class ActionAskRehearsalLine(Action):
    """The form's question is the role-play's last line, already said: ask nothing more."""

    def name(self) -> str:
        return "action_ask_rehearsal_line"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        return []


class ActionAfterRehearsal(Action):
    """A rehearsal stopped with a request ("stop, jeg vil hellere se mailen", s42a: answered in the role): after the
    summary, the request is answered as it would have been outside the role-play."""

    def name(self) -> str:
        return "action_after_rehearsal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if not stops_with_a_request(text_of(tracker)):
            return []
        answer = _REQUESTS.get(intent_of(tracker))
        return await answer().run(dispatcher, tracker, domain) if answer else []


_REQUESTS = {"request_email": ActionEmail, "request_call_script": ActionCallScript, "request_plan": ActionFollowupPlan,
             "request_tips": ActionTips, "ask_mail_form": ActionAnswerMailForm, "ask_what_if": ActionAnswerWhatIf,
             "ask_channel_advice": ActionChannelAdvice}


class ValidateRehearsalForm(FormValidationAction):
    def name(self) -> str:
        return "validate_rehearsal_form"

    def validate_rehearsal_line(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> dict[str, Any]:
        state = tracker.get_slot("rehearsal_state")
        if not state or tracker.get_slot("requested_slot") != "rehearsal_line":
            return {"rehearsal_line": None}  # the message that started the rehearsal
        result = Rehearsal.turn(state, called_case(tracker), str(value or ""))
        dispatcher.utter_message(text=result.reply)
        # Emptying the slot keeps the form asking; a finished call fills it and ends the form.
        return {"rehearsal_line": value if result.done else None, "rehearsal_state": result.state.to_slot()}
