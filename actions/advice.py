"""Actions that give the plan, the call script, the e-mail, tips and channel advice."""

from __future__ import annotations

import abc
from dataclasses import replace
from datetime import date, datetime, time, timezone
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.reminder_offer import cancel_reminders, offer_reminder
from actions.tracker_case import (
    before_this_turn,
    case_changed_this_turn,
    case_from,
    has_facts,
    missing_required,
    plan_given_before,
)
from coach import clock
from coach.case import EMAIL, PHONE, FollowUpCase
from coach.rules import FollowUpPlan, Timing, plan_followup
from coach.texts import text
from coach.tips import channel_advice, tips_for
from coach.writing.calendar import event_summary, followup_event, followup_filename
from coach.writing.call_script import call_script
from coach.writing.email import compose_email
from coach.writing.replies import artifact_intro, plan_message

WEB_CHANNEL = "socketio"
# Timings where a call or an e-mail is still the right next move.
ARTIFACT_TIMINGS = {Timing.WAIT, Timing.NOW, Timing.ESCALATE}


def followup_date_event(plan: FollowUpPlan) -> EventType:
    return SlotSet("followup_date", plan.followup_date.isoformat() if plan.followup_date else None)


def is_web_chat(tracker: Tracker) -> bool:
    """The web chat renders rich payloads (a copyable e-mail card, a calendar download)."""
    return tracker.get_latest_input_channel() == WEB_CHANNEL


def send_email(dispatcher: CollectingDispatcher, case: FollowUpCase, rich: bool) -> tuple[str, ...]:
    """The e-mail: one copyable card on the web, plain text and a mailto: link elsewhere."""
    mail = compose_email(case)
    if rich:
        dispatcher.utter_message(json_message={"email": {
            "subject": mail.subject, "body": mail.body, "text": mail.text, "mailto": mail.mailto()}})
    else:
        dispatcher.utter_message(text=mail.text)
        dispatcher.utter_message(text=text("advice.open_mail_link", mailto=mail.mailto()))
    return mail.missing


def closing_offer(tracker: Tracker) -> str:
    """'Vil du have noget mere?', in other words every other time: never the same question thrice."""
    offers = (text("advice.anything_more"), text("advice.anything_more_again"))
    made = sum(1 for e in tracker.events if e.get("event") == "bot" and e.get("text") in offers)
    return offers[made % 2]


def send_artifact(dispatcher: CollectingDispatcher, case: FollowUpCase, rich: bool = False,
                  plan: FollowUpPlan | None = None, conversation_id: str = "", offer: str | None = None) -> None:
    """The call script or the e-mail for the case's channel, the follow-up day as a calendar
    file when a plan is given, and last the buttons (the web chat shows them under the last message)."""
    dispatcher.utter_message(text=artifact_intro(case))
    if case.contact_channel == EMAIL:
        missing = send_email(dispatcher, case, rich)
        switch = (text("advice.buttons.show_call_script"), "/request_call_script")
    else:
        dispatcher.utter_message(text=call_script(case).render())
        missing = () if case.user_name else ("user_name",)
        switch = (text("advice.buttons.show_email"), "/request_email")
    if missing:
        dispatcher.utter_message(text=text("advice.placeholder_hint"))
    if plan is not None:
        send_calendar(dispatcher, case, plan, conversation_id)
    buttons = [{"title": switch[0], "payload": switch[1]},
               {"title": text("advice.buttons.tips"), "payload": "/request_tips"}]
    if case.contact_channel != EMAIL:
        buttons.append({"title": text("advice.buttons.rehearse"), "payload": "/request_rehearsal"})
    dispatcher.utter_message(text=offer or text("advice.anything_more"), buttons=buttons)


def send_calendar(dispatcher: CollectingDispatcher, case: FollowUpCase, plan: FollowUpPlan,
                  conversation_id: str) -> None:
    """The follow-up day as an .ics file: a download on the web, a document on Telegram."""
    if plan.followup_date is None:
        return
    # DTSTAMP from "today" keeps the file the same for the same case (COACH_TODAY in tests).
    stamp = datetime.combine(clock.today(), time(12, 0), tzinfo=timezone.utc)
    content = followup_event(case, plan, uid_seed=conversation_id, now=stamp).decode("utf-8")
    dispatcher.utter_message(json_message={"ics": {
        "filename": followup_filename(plan), "content": content, "title": event_summary(case)}})


def send_tips(dispatcher: CollectingDispatcher, case: FollowUpCase, plan: FollowUpPlan | None) -> None:
    tips = tips_for(case, plan)
    dispatcher.utter_message(text=text("advice.tips_heading") + "\n" + "\n".join(f"• {tip.text}" for tip in tips))


def send_plan(dispatcher: CollectingDispatcher, tracker: Tracker, case: FollowUpCase, plan: FollowUpPlan,
              today: date) -> None:
    """When and why; then the script or e-mail (and calendar file) while following up fits, else tips."""
    dispatcher.utter_message(text=plan_message(plan, today))
    if plan.timing in ARTIFACT_TIMINGS:
        send_artifact(dispatcher, case, rich=is_web_chat(tracker), plan=plan, conversation_id=tracker.sender_id,
                      offer=closing_offer(tracker))
    else:
        send_tips(dispatcher, case, plan)


def close_gracefully(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """R9: sorry to hear it, the graceful close, tips for a no; no more reminders."""
    case = case_from(tracker, application_closed=True)
    today = clock.today()
    plan = plan_followup(case, today) if case.interview_date else None
    dispatcher.utter_message(text=text("form.progress.sorry_rejection"))
    if plan is not None:
        dispatcher.utter_message(text=plan_message(plan, today))
    send_tips(dispatcher, case, plan)
    cancel_reminders(tracker.sender_id)  # the application is over: no more reminders
    return [SlotSet("application_closed", True), SlotSet("followup_date", None)]


class ActionFollowupPlan(Action):
    """After the form: when to follow up (R1-R9) and the artifact for the channel."""

    def name(self) -> str:
        return "action_followup_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        case = case_from(tracker)
        if case.rejected and before_this_turn(tracker, "application_closed"):
            dispatcher.utter_message(text=text("plan.closed_already"))  # said once is enough
            return []
        if case.rejected:  # the form stopped on a "no" (R9)
            return close_gracefully(dispatcher, tracker)
        if plan_given_before(tracker) and not has_facts(tracker) and not case_changed_this_turn(tracker):
            dispatcher.utter_message(text=text("plan.unchanged"))  # nothing about the case: not the plan again
            return []
        today = clock.today()
        plan = plan_followup(case, today)
        send_plan(dispatcher, tracker, case, plan, today)
        # On Telegram: "Skal jeg minde dig om det ... kl. 9?" (actions/reminders.py)
        return [followup_date_event(plan)] + offer_reminder(dispatcher, tracker, case, plan)


class _ArtifactAction(Action, abc.ABC):
    @property
    @abc.abstractmethod
    def channel(self) -> str:
        """The channel whose artifact this action shows (abstract: rasa-sdk skips the base)."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        events: List[EventType] = [SlotSet("contact_channel", self.channel)]
        if missing_required(tracker):
            # Not enough to write it yet: let the form ask; the plan follows.
            return events + [FollowupAction("followup_form")]
        case = case_from(tracker)
        send_artifact(dispatcher, replace(case, contact_channel=self.channel),
                      rich=is_web_chat(tracker), offer=closing_offer(tracker))
        return events


class ActionCallScript(_ArtifactAction):
    channel = PHONE

    def name(self) -> str:
        return "action_call_script"


class ActionEmail(_ArtifactAction):
    channel = EMAIL

    def name(self) -> str:
        return "action_email"


class ActionTips(Action):
    def name(self) -> str:
        return "action_tips"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        case = case_from(tracker)
        plan = plan_followup(case, clock.today()) if case.interview_date else None
        send_tips(dispatcher, case, plan)
        return []


class ActionChannelAdvice(Action):
    """C1-C4 for a user unsure whether to call or write."""

    def name(self) -> str:
        return "action_channel_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        dispatcher.utter_message(text=channel_advice(case_from(tracker)))
        return []
