"""The user's questions about the follow-up before making it: what if no one answers or they say no, how the
mail should greet, sign or be addressed, and whether another day would do. Each is an intent the message
guard sets from the words (components/message_guard.py); the answers come from the domain core
(coach/writing/what_if.py, mail_form.py, followup_day.py). Nothing is recorded: none of it has happened.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import goes_on_with_case, wish_luck
from actions.latest_message import text_of
from actions.tracker_case import case_from, missing_for_plan
from coach import clock
from coach.questions import reply_mark_asked
from coach.requests import (
    GREETING,
    SIGN_OFF,
    VOICEMAIL,
    about_to_follow_up,
    mail_form_asked,
    proposed_day,
    too_late_asked,
    waiting_asked,
    what_if_asked,
)
from coach.rules import plan_followup
from coach.texts import text
from coach.writing.followup_day import followup_day_answer
from coach.writing.mail_form import mail_form_answer
from coach.writing.what_if import what_if_answer


class ActionAnswerWhatIf(Action):
    """'skal jeg lægge en besked?', 'hvad hvis de siger nej?', 'hvad hvis de ikke svarer?' (the message guard's
    `ask_what_if`): what to do then, with the words for it, and when to try again. Nothing is recorded: it
    has not happened. The form goes on after."""

    def name(self) -> str:
        return "action_answer_what_if"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        answer_what_if(dispatcher, tracker)
        if not tracker.active_loop and tracker.get_slot("interview_date") and missing_for_plan(tracker):
            # "… hvornaar skal jeg skrive til hende hvis jeg ikke hoerer noget?" told with the story (s41c: the
            # answer, then nothing): the questions the plan still needs
            return [FollowupAction("followup_form")]
        return []


def answer_what_if(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Also said by the form when the same message answered its question ("telefon. men hvad hvis de ikke
    tager telefonen?"): Rasa then goes on with the form, and no rule answers the question."""
    # the message as written: as read, another employer's offer is left out with its facts
    branch = what_if_asked(tracker.latest_message.get("text") or "") or what_if_asked(text_of(tracker)) or VOICEMAIL
    # the day needs the interview and their answer day, not the channel (s41c: "et par dage efter den dag, de
    # lovede svar" with both told)
    planned = not {"interview_date", "deadline"} & set(missing_for_plan(tracker))
    for line in what_if_answer(branch, case_from(tracker), clock.today(), planned):
        dispatcher.utter_message(text=line)


def answer_mail_form(dispatcher: CollectingDispatcher, tracker: Tracker, part: str | None = None) -> None:
    """Also said by the form when the same message answered its question ("telefon. hvem skal jeg spørge
    efter?")."""
    if reply_mark_asked(text_of(tracker)):  # "hvad betyder Re: i emnet?" (s33c: the advice on the subject came)
        dispatcher.utter_message(text=text("form.meaning.reply_mark"))
        return
    part = part or mail_form_asked(text_of(tracker)) or GREETING
    case = case_from(tracker)
    for line in mail_form_answer(part, case):
        dispatcher.utter_message(text=line)
    if part == SIGN_OFF and not case.user_name:
        dispatcher.utter_message(text=text("advice.hints.names"))


class ActionAnswerMailForm(Action):
    """'skal jeg skrive kære eller hej?', 'hvad skriver jeg under med?', 'hvem skal jeg spørge efter?' (the message
    guard's `ask_mail_form`): the advice, the line from the case's own mail or script, and how to fill in a name
    it lacks. A follow-up announced in the same message ("ok jeg sender den nu. skal hendes chef have cc?") gets
    luck after the answer."""

    def name(self) -> str:
        return "action_answer_mail_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        part = mail_form_asked(said) or GREETING
        going_on = goes_on_with_case(tracker)
        if going_on is not None:
            # "skal jeg skrive kære eller hej? hun hed Lone Bech": the advice, then the mail again, to her
            dispatcher.utter_message(text=text(f"advice.mail_form.{part}"))
            return going_on
        answer_mail_form(dispatcher, tracker, part)
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
            dispatcher.utter_message(text=text("plan.proposed_day.not_too_late_yet" if too_late_asked(text_of(tracker))
                                               else "plan.proposed_day.no_plan_yet"))
            return going_on or [FollowupAction("followup_form")]
        if going_on is not None:
            return going_on
        today = clock.today()
        plan = plan_followup(case_from(tracker), today)
        said = text_of(tracker)
        dispatcher.utter_message(text=followup_day_answer(plan, proposed_day(said, today), today, waiting_asked(said),
                                                          too_late_asked(said)))
        return []
