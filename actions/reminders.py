"""Reminders on Telegram: the answer to the offer, the reminder and check-in themselves, the
user's quick replies, and listing and cancelling (domain: coach/reminders.py, storage:
reminders/store.py, firing: reminders/worker.py)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import send_email, withdraw_application
from actions.conversation import goes_on_with_case, not_followed_up_yet
from actions.latest_message import text_of, times_in
from actions.progress import yes_to_the_attempt_question
from actions.reminder_offer import (
    ATTEMPT_SLOT,
    OFFER_SLOT,
    attempt_day,
    buttons,
    can_push,
    cancel_reminders,
    congratulate_on_the_job,
    offer_reminder,
    store,
)
from actions.tracker_case import (
    announced_just_before,
    before_this_turn,
    carries_form_facts,
    case_changed_this_turn,
    case_from,
    earlier_events,
    missing_for_plan,
    missing_required,
    news_to_record,
    plan_given_before,
)
from coach import clock
from coach.case import EMAIL, PHONE
from coach.danish import format_date
from coach.dates.entities import answer_day_at, day_it_was_said, past_day
from coach.facts import (
    answer_reported,
    attempt_channel,
    attempts_reported,
    employer_calling,
    job_offered,
    not_decided_told,
    parse_channel,
    reached_contact,
    voicemail_left,
    withdrawal_told,
)
from coach.facts.away import callback_agreed, contact_back_on
from coach.rehearsal import is_stop
from coach.reminders import (
    ANSWERED,
    ASK_TIME,
    CHECKIN,
    DECLINED,
    DEFAULT_TIME,
    DONE,
    FOLLOWUP,
    OUTCOME_BUTTONS,
    REMINDER_BUTTONS,
    SKIPPED,
    OfferAnswer,
    Reminder,
    answer_to_offer,
    at_local,
    cancelled_text,
    checkin_text,
    essentials,
    listing,
    reminder_lead,
    reminder_text,
    reported_attempt_day,
    scheduled_text,
    snoozed_text,
)
from coach.requests import asks_to_cancel_reminders, asks_to_leave
from coach.rules import plan_followup
from coach.texts import text
from coach.writing.call_script import call_script
from reminders.worker import ENTITY

logger = logging.getLogger(__name__)

TOO_LATE = text("reminders.too_late")
NO_PLAN = text("reminders.no_plan")

NOT_HERE = text("reminders.not_here")


def _intent(tracker: Tracker) -> str:
    return (tracker.latest_message.get("intent") or {}).get("name") or ""


def _entity(tracker: Tracker, name: str) -> str | None:
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == name and entity.get("value"):
            return str(entity["value"])
    return None


def _no_plan_yet(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Without a plan: a message with facts in it ("jeg skal til samtale på torsdag", however the NLU
    read it) starts the form, which reads them; without facts, say that there is no plan yet."""
    if carries_form_facts(tracker):
        return [FollowupAction("followup_form")]
    dispatcher.utter_message(text=NO_PLAN)
    return []


def _not_a_snooze(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """'Ikke endnu' without a reminder to put off: a channel named is a change of channel
    ("kan jeg ikke ringe i stedet?"), facts go to the form, anything else gets the usual hint."""
    if not_followed_up_yet(dispatcher, tracker):  # "Nej, ikke endnu" typed, to "Har du selv ringet …?"
        return []
    channel = parse_channel(text_of(tracker))
    if channel and not missing_required(tracker):
        return [FollowupAction("action_call_script" if channel == PHONE else "action_email")]
    if carries_form_facts(tracker):
        return [FollowupAction("followup_form")]
    dispatcher.utter_message(response="utter_default")
    return []


def _schedule(tracker: Tracker, day_iso: str, time_of_day) -> Reminder | None:
    """One follow-up reminder per conversation: a new one replaces those still pending."""
    due = at_local(date.fromisoformat(day_iso), time_of_day)
    if due <= clock.now():
        return None
    cancel_reminders(tracker.sender_id)
    channel = tracker.get_latest_input_channel() or "telegram"
    return store().add(Reminder(tracker.sender_id, due, FOLLOWUP, channel))


class ActionOfferReminder(Action):
    """'Mind mig om det': offer (again) a reminder for the current plan."""

    def name(self) -> str:
        return "action_offer_reminder"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if missing_required(tracker):
            return _no_plan_yet(dispatcher, tracker) + [SlotSet(OFFER_SLOT, None)]
        if not can_push(tracker):
            dispatcher.utter_message(text=NOT_HERE)
            return [SlotSet(OFFER_SLOT, None)]
        case = case_from(tracker)
        events = offer_reminder(dispatcher, tracker, case, plan_followup(case, clock.today()))
        if events[0]["value"] is None:
            dispatcher.utter_message(text=text("reminders.nothing_ahead"))
        return events


class ActionReminderAnswer(Action):
    """The answer to 'Skal jeg minde dig om det ... kl. 9?': yes, another time, or no."""

    def name(self) -> str:
        return "action_reminder_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if going_on is not None:  # "nej ved du hvad, jeg kan ikke huske det præcist": the case changed
            return [SlotSet(OFFER_SLOT, None), *going_on]
        if yes_to_the_attempt_question(tracker):  # "ja" to "Har du selv ringet …?" (s38a: "Er der andet …?")
            return [FollowupAction("action_record_no_answer")]
        offered = tracker.get_slot(OFFER_SLOT)
        decision = answer_to_offer(bool(offered), _intent(tracker), text_of(tracker))
        if decision.answer is OfferAnswer.TO_FORM:  # facts after a plan: the form, as without an offer
            return [SlotSet(OFFER_SLOT, None), FollowupAction("followup_form")]
        if decision.answer is OfferAnswer.ANYTHING_ELSE:  # no open offer (always so on the web chat)
            dispatcher.utter_message(response="utter_anything_else")
            return []
        if decision.answer is OfferAnswer.NO_OFFER:
            if missing_required(tracker):
                return _no_plan_yet(dispatcher, tracker)
            dispatcher.utter_message(text=NOT_HERE if not can_push(tracker) else NO_PLAN)
            return []
        if decision.answer is OfferAnswer.DECLINED:
            dispatcher.utter_message(text=DECLINED)
            return [SlotSet(OFFER_SLOT, None)]
        if decision.answer is OfferAnswer.ASK_TIME:
            dispatcher.utter_message(text=ASK_TIME)
            return []  # the offer stays open
        reminder = _schedule(tracker, offered, decision.time_of_day)
        if reminder is None:
            dispatcher.utter_message(text=TOO_LATE)
            return []
        dispatcher.utter_message(text=scheduled_text(reminder.due))
        return [SlotSet(OFFER_SLOT, None)]


class ActionFollowupReminder(Action):
    """Triggered by the worker (intent recall_followup with a reminder_id): the reminder or the
    check-in. Asked by the user ('hvad var det nu, jeg skulle?'): the essentials of the plan."""

    def name(self) -> str:
        return "action_followup_reminder"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        reminder_id = _entity(tracker, ENTITY)
        if reminder_id:
            return self._deliver(dispatcher, tracker, reminder_id)
        if missing_required(tracker):
            return _no_plan_yet(dispatcher, tracker)
        if tracker.get_slot("job_offered") and not before_this_turn(tracker, "job_offered") \
                or case_changed_this_turn(tracker):
            # "okay glem det. mads ringede igen nu, JEG FIK JOBBET 🎉" read as a question about the plan (s35d): the
            # news first
            return [FollowupAction("action_followup_plan")]
        case = case_from(tracker)
        plan = plan_followup(case, clock.today())
        head = text("reminders.recall_head", day=format_date(plan.followup_date)) + "\n" if plan.followup_date else ""
        dispatcher.utter_message(text=head + essentials(case), buttons=buttons(
            [(text("reminders.buttons.show_email"), "/request_email")] if case.contact_channel == EMAIL
            else [(text("reminders.buttons.show_script"), "/request_call_script")]))
        return []

    def _deliver(self, dispatcher: CollectingDispatcher, tracker: Tracker, reminder_id: str) -> List[EventType]:
        reminders = store()
        reminder = reminders.get(reminder_id)
        if reminder is None:
            return []
        if tracker.get_slot("application_closed") or missing_required(tracker) or (
                reminder.kind == CHECKIN and _user_wrote_since_last_reminder(tracker)):
            reminders.finish(reminder_id, SKIPPED)  # no longer needed: say nothing
            return []
        if not reminders.mark_delivered(reminder_id):
            return []  # cancelled meanwhile, or already delivered by another server
        case = case_from(tracker)
        if reminder.kind == CHECKIN:
            dispatcher.utter_message(text=checkin_text(case, _followup_day(reminders, tracker, reminder)),
                                     buttons=buttons(REMINDER_BUTTONS))
            return []
        lead = reminder_lead(case)
        if case.contact_channel == EMAIL:
            dispatcher.utter_message(text=lead)
            send_email(dispatcher, case, rich=False)
        else:
            dispatcher.utter_message(text=f"{lead}\n\n{call_script(case).render()}")
        dispatcher.utter_message(text=reminder_text(case), buttons=buttons(REMINDER_BUTTONS))
        try:
            reminders.add(reminder.checkin())
        except Exception:
            logger.exception("Could not schedule the check-in after reminder %s", reminder_id)
        return []


def _followup_day(reminders, tracker: Tracker, checkin: Reminder) -> date:
    sent = reminders.latest_sent(tracker.sender_id, FOLLOWUP)
    return (sent.local_due if sent else checkin.local_due).date()


def _user_wrote_since_last_reminder(tracker: Tracker) -> bool:
    """Did the user write anything between the previous reminder and this check-in?"""
    users = [e for e in tracker.events if e.get("event") == "user"]
    before = users[:-1]  # the last one is this check-in's own trigger
    return bool(before) and not _is_reminder(before[-1])


def _is_reminder(event: Dict[str, Any]) -> bool:
    """A user event the worker triggered: it carries the reminder's id as an entity."""
    return any(e.get("entity") == ENTITY for e in (event.get("parse_data") or {}).get("entities") or [])


class ActionReminderDone(Action):
    """'Det er gjort': well done; how did it go? No check-in needed any more."""

    def name(self) -> str:
        return "action_reminder_done"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        last = store().latest_sent(tracker.sender_id)
        going_on = goes_on_with_case(tracker) if last is None else None
        if going_on is not None:
            return going_on  # no reminder was sent: "har lige haft samtale!!" is news about the case
        if last is None and tracker.get_slot("application_closed"):
            closed = "plan.closed_already_cold" if case_from(tracker).cold_contact else "plan.closed_already"
            dispatcher.utter_message(text=text(closed))  # "jeg ringede jo" after the no (AU033)
            return []
        if employer_calling(text_of(tracker)):  # "wait nu ringer de": no follow-up of the user's to count
            dispatcher.utter_message(text=text("reminders.they_call"), buttons=buttons(OUTCOME_BUTTONS))
            return []
        cancel_reminders(tracker.sender_id)
        dispatcher.utter_message(text=DONE, buttons=buttons(OUTCOME_BUTTONS))
        day = reported_attempt_day(clock.today(), last.local_due.date() if last else None)
        return [SlotSet(ATTEMPT_SLOT, day.isoformat())]


class ActionReminderSnooze(Action):
    """'Ikke endnu — mind mig i morgen': the next business day, at the same time."""

    def name(self) -> str:
        return "action_reminder_snooze"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        reminders = store()
        today = clock.today()
        last = reminders.latest_sent(tracker.sender_id)
        if last is None and not can_push(tracker):
            return _not_a_snooze(dispatcher, tracker)  # no reminder here to put off: what did the user say?
        if last is None:
            last = Reminder(tracker.sender_id, at_local(today, DEFAULT_TIME), FOLLOWUP,
                            tracker.get_latest_input_channel() or "telegram")
        cancel_reminders(tracker.sender_id)
        snoozed = reminders.add(last.snoozed(today))
        dispatcher.utter_message(text=snoozed_text(snoozed.due, max(today, last.local_due.date())))
        return []


def _one_unanswered(tracker: Tracker, said: str, day: str) -> List[EventType]:
    """The first follow-up, unanswered, made on `day`, when the words tell of the user's call (R4)."""
    if attempts_reported(said) is None and not (announced_just_before(tracker) or attempt_day(tracker)):
        return []  # "omstillingen sagde Birgitte er på kursus": told, no call of the user's in the words
    if before_this_turn(tracker, "followup_attempts"):  # a second one would send the next step over the head of
        return []  # someone who is only away (s35d)
    return [SlotSet("followup_attempts", 1), SlotSet("last_attempt_date", day),
            SlotSet("last_attempt_channel", attempt_channel(said) or tracker.get_slot("contact_channel") or PHONE),
            SlotSet("last_attempt_voicemail", voicemail_left(said))]


def tells_a_new_answer_day(tracker: Tracker) -> bool:
    """The message names the day the employer will answer ("svarer på mandag", "melder tilbage d. 26.")."""
    return answer_day_at(tracker.latest_message.get("entities") or []) is not None


def _follow_ups_answered(tracker: Tracker) -> bool:
    """Word from the employer after the plan answers the follow-ups counted before it; not the answer day
    told while the questions are asked ("De sagde at de ville svare 8. december"), nor a message that tells
    of follow-ups itself."""
    return plan_given_before(tracker) and bool(before_this_turn(tracker, "followup_attempts")) \
        and attempts_reported(text_of(tracker)) is None


def _answered_follow_ups(tracker: Tracker) -> List[EventType]:
    """Word from the employer answers the follow-ups counted: none is left without an answer."""
    if not _follow_ups_answered(tracker):
        return []
    return [SlotSet("followup_attempts", 0), SlotSet("last_attempt_date", None), SlotSet("last_attempt_channel", None),
            SlotSet("last_attempt_voicemail", None)]


class ActionReportAnswer(Action):
    """'Jeg har fået svar': no more reminders about this application."""

    def name(self) -> str:
        return "action_report_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        if withdrawal_told(said) and not tracker.get_slot("application_closed"):
            return withdraw_application(dispatcher, tracker)  # the user took another job: no answer of theirs
        if news_to_record(tracker) == "action_record_rejection":  # "hun svarede, men det var kort og koldt" (R9)
            return [FollowupAction("action_record_rejection")]
        if contact_back_on(said, times_in(tracker), clock.today()) and not job_offered(said):
            # "en kollega tog den og sagde mads har fri til onsdag" (a tester): no answer, the contact is away;
            # "han bad mig ringe igen på tirsdag": a day to go by
            agreed = callback_agreed(said, times_in(tracker), clock.today())
            dispatcher.utter_message(text=text("reminders.new_answer_day" if agreed else "reminders.contact_away"))
            # the call that agreed the day was answered: "hvor mange gange har jeg fulgt op?" says when (a trial:
            # "Så vidt jeg ved, har du ikke fulgt op endnu")
            talked = past_day(tracker.latest_message.get("entities") or [], clock.today()) or clock.today().isoformat()
            if reached_contact(said) or not_decided_told(said):
                answered = [SlotSet("last_answer_date", talked)] if agreed else []
                return answered + [FollowupAction("action_followup_plan")]
            # reception, a colleague or the answering machine: an unanswered follow-up (R4: three days, and not before
            # the contact is back; N023, AM042: "telefonsvarer, hun er på ferie til mandag" counted none)
            return _one_unanswered(tracker, said, talked) + [SlotSet("callback_agreed", False),
                                                            FollowupAction("action_followup_plan")]
        if tells_a_new_answer_day(tracker) and not job_offered(said):
            # "de er blevet forsinket og svarer først d. 26.": word from them, but a new deadline, not the answer.
            # The follow-ups counted were answered by it: none is left without an answer (R1 from the new day).
            dispatcher.utter_message(text=text("reminders.new_answer_day"))
            answered = _answered_follow_ups(tracker)
            return answered + [FollowupAction("followup_form")]
        if (not_decided_told(said) or reached_contact(said)) and not job_offered(said):
            # "de har ikk besluttet sig endnu, hun skriver 'snart'" (a tester): still in the running, no end of
            # the reminders; when they expect to decide is the next question (the script's "not decided" branch)
            dispatcher.utter_message(text=text("reminders.not_decided"))
            answered = _answered_follow_ups(tracker) + [
                SlotSet("last_answer_date", day_it_was_said(said, clock.today()).isoformat())]
            return answered + [SlotSet("deadline", None), FollowupAction("followup_form")]
        if case_changed_this_turn(tracker) and not job_offered(said):
            # "jeg skal til 2. samtale på tirsdag!!": a new plan (R6); the questions first when the case lacks what a
            # plan needs ("… komme tilbage på arbejdsmarkedet. Jeg var til samtale i onsdags", AN019: a plan at once)
            return [FollowupAction("followup_form" if missing_for_plan(tracker) else "action_followup_plan")]
        if not answer_reported(said) and (carries_form_facts(tracker) or not tracker.get_slot("followup_date")):
            # "jeg har en samtale jeg ikke har hørt fra": no answer in the words, and no plan yet
            return [FollowupAction("followup_form")]
        if job_offered(said):
            return congratulate_on_the_job(dispatcher, tracker)
        cancel_reminders(tracker.sender_id)
        dispatcher.utter_message(text=ANSWERED, buttons=buttons(
            [(text("reminders.buttons.was_rejection"), "/report_rejection"),
             (text("reminders.buttons.thanks"), "/thank")]))
        return [SlotSet(OFFER_SLOT, None)]


class ActionListReminders(Action):
    def name(self) -> str:
        return "action_list_reminders"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        pending = store().pending(tracker.sender_id)
        extra = {"buttons": buttons([(text("reminders.buttons.cancel_one" if len(pending) == 1
                                           else "reminders.buttons.cancel_many"),
                                      "/cancel_reminder")])} if pending else {}
        dispatcher.utter_message(text=listing(pending), **extra)
        return []


def _rehearsal_just_ended(tracker: Tracker) -> bool:
    done = [e.get("name") for e in earlier_events(tracker) if e.get("event") == "action"
            and e.get("name") != "action_listen"]
    return bool(done) and done[-1] in ("rehearsal_form", "action_after_rehearsal")


class ActionCancelReminders(Action):
    def name(self) -> str:
        return "action_cancel_reminders"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if is_stop(text_of(tracker)) and _rehearsal_just_ended(tracker):
            # "stop" as the rehearsal's intro taught, said once the call had ended: no reminders meant
            dispatcher.utter_message(text=text("rehearsal.control.finished"))
            return []
        if asks_to_leave(text_of(tracker)) and not store().pending(tracker.sender_id):
            # "stop" with no reminder set (s43a, s43b: "Skal jeg slette dine påmindelser?"): a pause
            dispatcher.utter_message(text=text("form.paused_later"))
            return []
        if not asks_to_cancel_reminders(text_of(tracker)):
            # The intent alone is a guess ("kan du rykke påmindelsen"): ask before deleting anything.
            dispatcher.utter_message(text=text("reminders.confirm_cancel"), buttons=buttons(
                [(text("reminders.buttons.confirm_cancel"), "/cancel_reminder"),
                 (text("reminders.buttons.keep"), "/deny")]))
            return []
        dispatcher.utter_message(text=cancelled_text(cancel_reminders(tracker.sender_id)))
        return [SlotSet(OFFER_SLOT, None)]
