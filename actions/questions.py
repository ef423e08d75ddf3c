"""`action_ask_<slot>`: the form's questions, phrased with what is already known."""

from __future__ import annotations

import abc
import re
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.feelings import acknowledge_feeling
from actions.latest_message import as_period, text_of
from actions.tracker_case import (
    anything_told,
    before_this_turn,
    case_changed_this_turn,
    case_from,
    earlier_events,
    missing_for_plan,
    plan_given_before,
)
from coach import clock
from coach.questions import (
    CHANNEL_BUTTONS,
    NO_DEADLINE_BUTTON,
    RESTART_BUTTON,
    asks_differently,
    meaning,
    plan_pending,
    question,
    question_again,
)
from coach.requests import asks_to_leave
from coach.review.why import asks_about_a_remark, why_answer
from coach.texts import section, text


def pause_the_questions(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """'stop', 'hold op' or goodbye while the form asks: it stays where it is, and no question follows."""
    dispatcher.utter_message(text=text("form.paused" if anything_told(tracker) else "form.paused_nothing_told"))


class ActionPauseQuestions(Action):
    """Goodbye in the middle of the questions: a pause, not a farewell to a plan that was never made."""

    def name(self) -> str:
        return "action_pause_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        pause_the_questions(dispatcher, tracker)
        return []


class ActionResumeQuestions(Action):
    """After "Nej, behold det" to starting over, the questions go on where they stopped (s43a: "Vi kan fortsætte,
    hvor vi slap", and then nothing was asked)."""

    def name(self) -> str:
        return "action_resume_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if anything_told(tracker) and missing_for_plan(tracker) and not tracker.get_slot("application_closed"):
            return [FollowupAction("followup_form")]
        return []


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
        if asks_to_leave(text_of(tracker)):
            pause_the_questions(dispatcher, tracker)  # "hold op" (s41: the question again): it waits for the user
            return []
        acknowledge_feeling(dispatcher, tracker)  # "jeg er så nervøs for at ringe": a word to it first
        asked = times_asked(tracker, self.slot)
        if asked and case_changed_this_turn(tracker):  # answered another question than this one
            dispatcher.utter_message(text=text("form.noted_other_answer"))
        if asks_differently(asked) and not self.narrowed(tracker):
            dispatcher.utter_message(text=question_again(self.slot),
                                     buttons=_buttons((*self.buttons, RESTART_BUTTON)))
        else:
            dispatcher.utter_message(text=self.question(tracker), buttons=_buttons(self.buttons))
        return []

    def question(self, tracker: Tracker) -> str:
        return question(self.slot, case_from(tracker))

    def narrowed(self, tracker: Tracker) -> bool:
        """The latest message answered part of the question: the next question is a new one."""
        return False


_YES = re.compile(r"^\W*(ja|jo|jep|jeps|jah|yes|yep|korrekt|rigtigt|det passer|det er rigtigt|det er korrekt)\b",
                  re.IGNORECASE)


def _old_day_confirmed(tracker: Tracker) -> bool:
    """The coach asked whether a day more than a year ago had the right year, and the user says yes or gives the
    day again."""
    refused = section("form.invalid.interview_too_old").split("}")[-1].strip()
    said_before = [e.get("text") or "" for e in earlier_events(tracker) if e.get("event") == "bot"]
    if refused not in " ".join(said_before[-2:]):  # the refusal, then the question
        return False
    said_now = [e.get("text") or "" for e in tracker.events[len(earlier_events(tracker)):] if e.get("event") == "bot"]
    return bool(_YES.match(text_of(tracker))) or any(refused in said for said in said_now)


def times_asked(tracker: Tracker, slot: str) -> int:
    """How many times in a row the form asked for `slot` before the latest message, without getting
    it: each question sets requested_slot (Rasa logs the form's questions as the form's events)."""
    count, counted_this_turn = 0, False
    for event in reversed(earlier_events(tracker)):  # the turns before the message just received
        kind, name = event.get("event"), event.get("name")
        if kind == "user":
            counted_this_turn = False
        elif kind == "slot" and name == "requested_slot":
            if event.get("value") != slot:
                break
            count += not counted_this_turn  # once per turn, however often the turn set it
            counted_this_turn = True
        elif (kind == "slot" and name == slot and event.get("value") is not None) \
                or kind in ("restart", "session_started"):
            break
    return count


class AskInterviewDate(_AskAction):
    slot = "interview_date"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if _old_day_confirmed(tracker):  # "ja det passer, det var sidste år" (s35c: the question four times)
            dispatcher.utter_message(text=text("form.invalid.interview_too_old_confirmed"))
            return []
        return await super().run(dispatcher, tracker, domain)

    def question(self, tracker: Tracker) -> str:
        # "i sidste uge" told the week: the question asks for the day in it; "har samtale" asks ahead.
        period = as_period(tracker.get_slot("interview_period"))
        if period:  # "i næste uge" asks which day it will be
            return text("form.questions.interview_day_ahead" if period[0] > clock.today()
                        else "form.questions.interview_day")
        if tracker.get_slot("interview_ahead"):
            return text("form.questions.interview_date_ahead")
        return super().question(tracker)

    def narrowed(self, tracker: Tracker) -> bool:
        # "for en måneds tid siden" on the second try: which day is a new question, not the old one again
        period = tracker.get_slot("interview_period")
        return bool(period) and period != before_this_turn(tracker, "interview_period")


class AskRole(_AskAction):
    slot = "role"


class AskContactChannel(_AskAction):
    slot = "contact_channel"
    buttons = CHANNEL_BUTTONS


class AskDeadline(_AskAction):
    slot = "deadline"
    buttons = (NO_DEADLINE_BUTTON,)

    def question(self, tracker: Tracker) -> str:
        # asked again after the plan, the day comes from the latest word from them, not from the interview
        return text("form.questions.deadline_news") if plan_given_before(tracker) else super().question(tracker)


class ActionPlanPending(Action):
    """"er det for tidligt at ringe?" in the middle of the questions: the day comes with the plan, and
    the plan needs what is still missing (then the form asks for it again)."""

    def name(self) -> str:
        return "action_plan_pending"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        dispatcher.utter_message(text=plan_pending(missing_for_plan(tracker)))
        return []


class ActionExplainQuestion(Action):
    """'hvad mener du med svarfrist?': the word explained; inside the form, the question follows again."""

    def name(self) -> str:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        explain_question(dispatcher, tracker)
        return []


def explain_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Also said by the form when the same message answered its question ("mail, hvorfor skal du vide det?").
    After a review, "hvorfor er det for presserende?" asks about its remarks (s38b)."""
    said = text_of(tracker)
    if asks_about_a_remark(said) and _review_just_before(tracker):
        remarks = tracker.get_slot("review_remarks") or []
        dispatcher.utter_message(text=why_answer(said, remarks, tracker.get_slot("draft_kind")))
        return
    dispatcher.utter_message(text=meaning(said, tracker.get_slot("requested_slot")))


_REVIEW_OPENINGS = tuple(section("review.intro").values())
_REVIEW_RECENT = 3  # user messages since the review


def _review_just_before(tracker: Tracker) -> bool:
    """A review was given in the last few turns."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users > _REVIEW_RECENT:
                return False
        elif event.get("event") == "bot" and (event.get("text") or "").startswith(_REVIEW_OPENINGS):
            return True
    return False
