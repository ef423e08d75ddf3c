"""Actions that give the plan and what the coach hands over with it (coach.writing.handover): the call
script, the e-mails, the thank-you, the reply to a rejection, the question to ask at the interview;
tips and channel advice."""

from __future__ import annotations

import abc
import re
from dataclasses import replace
from datetime import date, datetime, time, timezone
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import goes_on_with_case, reopened
from actions.feelings import acknowledge_feeling
from actions.latest_message import intent_of, set_in_previous_turn, text_of
from actions.reminder_offer import cancel_reminders, congratulate_on_the_job, offer_reminder
from actions.tracker_case import (
    CASE_SLOTS,
    before_this_turn,
    case_changed_this_turn,
    case_from,
    changed_this_turn,
    has_facts,
    how_the_no_came,
    missing_for_plan,
    name_alone,
    news_to_record,
    plan_given_before,
    previous_user_text,
    reply_channel_told,
)
from coach import clock
from coach.applications import another_application
from coach.case import EMAIL, PHONE, FollowUpCase
from coach.danish import format_date
from coach.facts import (
    answered_follow_up,
    attempt_channel,
    attempts_reported,
    channel_intended,
    count_asked,
    job_offered,
    no_follow_up_made,
    parse_channel,
    told_unanswered,
)
from coach.questions import only_hesitates, plan_pending
from coach.requests import (
    contact_name_unknown,
    is_button,
    thanks_counted_asked,
    wants_own_draft_read,
    wants_to_practise_the_call,
)
from coach.rules import FollowUpPlan, Timing, interview_lies_ahead, plan_followup, thanks_are_due, undated_ahead
from coach.texts import text
from coach.tips import channel_advice, tips_for
from coach.writing.calendar import event_summary, followup_event, followup_filename
from coach.writing.call_script import call_script
from coach.writing.email import Mail, compose_email, placeholders
from coach.writing.handover import FOLLOW_UPS, Artifact, follow_up_for, intro, on_request, with_plan
from coach.writing.offer import acceptance_line, acceptance_mail
from coach.writing.rejection import rejection_on_the_phone, rejection_reply
from coach.writing.replies import follow_ups_so_far, plan_message
from coach.writing.thank_you import thank_you_mail
from coach.writing.withdrawal import withdrawal_line, withdrawal_mail

WEB_CHANNEL = "socketio"
NAMES = ("contact_name", "user_name", "role")  # placeholders one hint covers


def followup_date_event(plan: FollowUpPlan) -> EventType:
    return SlotSet("followup_date", plan.followup_date.isoformat() if plan.followup_date else None)


def is_web_chat(tracker: Tracker) -> bool:
    """The web chat renders rich payloads (a copyable e-mail card, a calendar download)."""
    return tracker.get_latest_input_channel() == WEB_CHANNEL


def send_mail(dispatcher: CollectingDispatcher, mail: Mail, rich: bool) -> tuple[str, ...]:
    """Any e-mail: one copyable card on the web, plain text and a mailto: link elsewhere."""
    if rich:
        dispatcher.utter_message(json_message={"email": {
            "subject": mail.subject, "body": mail.body, "text": mail.text, "mailto": mail.mailto()}})
    else:
        dispatcher.utter_message(text=mail.text)
        dispatcher.utter_message(text=text("advice.open_mail_link", mailto=mail.mailto()))
    return mail.missing


def send_email(dispatcher: CollectingDispatcher, case: FollowUpCase, rich: bool) -> tuple[str, ...]:
    """The follow-up e-mail for the case's next step."""
    return send_mail(dispatcher, compose_email(case), rich)


def closing_offer(tracker: Tracker) -> str:
    """'Vil du have noget mere?', in other words every other time: never the same question thrice."""
    offers = (text("advice.anything_more"), text("advice.anything_more_again"))
    made = sum(1 for e in tracker.events if e.get("event") == "bot" and e.get("text") in offers)
    return offers[made % 2]


def phone_asked_before(tracker: Tracker) -> bool:
    hint = text("advice.hints.user_phone")
    return any(e.get("event") == "bot" and hint in (e.get("text") or "") for e in tracker.events)


def hints(missing: tuple[str, ...], tracker: Tracker) -> str | None:
    """One line per kind of placeholder left in the artifact; the phone number is asked for once."""
    kinds = [key for key in ("highlight", "higher_up") if key in missing]
    if set(NAMES) & set(missing):
        kinds.insert(0, "names")
    if "user_phone" in missing and not phone_asked_before(tracker):
        kinds.append("user_phone")
    return "\n".join(text(f"advice.hints.{kind}") for kind in kinds) or None


def send_artifact(dispatcher: CollectingDispatcher, tracker: Tracker, case: FollowUpCase, artifact: Artifact,
                  plan: FollowUpPlan | None = None, offer: str | None = None, note: str | None = None) -> None:
    """The artifact with its intro and hints, the follow-up day as a calendar file when a plan is
    given, and last the buttons (the web chat shows them under the last message)."""
    today = clock.today()
    if artifact in FOLLOW_UPS and tracker.get_slot("job_offered"):
        # "kan du hjælpe mig med en mail hvor jeg siger ja tak?" after the offer (s34a: the status mail came)
        if artifact is Artifact.CALL_SCRIPT:
            dispatcher.utter_message(text=text("reminders.accept_call", line=acceptance_line(case)))
        else:
            dispatcher.utter_message(text=text("reminders.accept_mail"))
            send_mail(dispatcher, acceptance_mail(case), is_web_chat(tracker))
        return
    if artifact is Artifact.REJECTION_REPLY and _withdrawn(tracker):
        # "kan du også lave det som en mail?" after the user withdrew (s33a: a reply to a rejection came)
        _send_withdrawal(dispatcher, tracker, case)
        dispatcher.utter_message(text=offer or text("advice.anything_more"))
        return
    lead = " ".join(filter(None, [note, intro(case, artifact, late_thanks=not thanks_are_due(case, today))]))
    if lead:
        dispatcher.utter_message(text=lead)
    missing = _send_body(dispatcher, tracker, case, artifact, today)
    hint = hints(missing, tracker)
    if hint:
        dispatcher.utter_message(text=hint)
    if plan is not None:
        send_calendar(dispatcher, case, plan, tracker.sender_id)
    thanks = plan is not None and plan.send_thank_you  # R7: the thank-you, offered as its own artifact
    dispatcher.utter_message(text=offer or text("advice.anything_more"), buttons=_buttons(case, artifact, thanks))


def _send_body(dispatcher: CollectingDispatcher, tracker: Tracker, case: FollowUpCase, artifact: Artifact,
               today: date) -> tuple[str, ...]:
    rich = is_web_chat(tracker)
    if artifact is Artifact.EMAIL:
        return send_email(dispatcher, case, rich)
    if artifact is Artifact.THANK_YOU:
        return send_mail(dispatcher, thank_you_mail(case, today), rich)
    if artifact is Artifact.REJECTION_REPLY and case.contact_channel == EMAIL:
        return send_mail(dispatcher, rejection_reply(case), rich)
    if artifact is Artifact.REJECTION_REPLY:
        dispatcher.utter_message(text=rejection_on_the_phone())
        return ()
    if artifact is Artifact.TIMELINE_QUESTION:
        dispatcher.utter_message(text=text("writing.timeline_question"))
        return ()
    if artifact is Artifact.CALL_SCRIPT:
        script = call_script(case).render()
        dispatcher.utter_message(text=script)
        return tuple(key for key, mark in placeholders().items() if mark in script) + \
            (() if case.user_name else ("user_name",))
    return ()


def _buttons(case: FollowUpCase, artifact: Artifact, thanks: bool = False) -> List[Dict[str, str]]:
    """The thank-you when it is due, the other form of the same thing (mail or phone), then tips, then
    the rehearsal of a call."""
    pairs = {
        Artifact.CALL_SCRIPT: [("show_email", "/request_email")],
        Artifact.EMAIL: [("show_call_script", "/request_call_script")],
        Artifact.THANK_YOU: [("followup_email", "/request_email") if case.contact_channel == EMAIL
                             else ("followup_call", "/request_call_script")],
        Artifact.REJECTION_REPLY: [("rejection_phone", "/request_call_script") if case.contact_channel == EMAIL
                                   else ("rejection_email", "/request_email")],
    }.get(artifact, [])
    pairs = ([("thank_you", "/request_thank_you")] if thanks else []) + pairs + [("tips", "/request_tips")]
    if artifact is Artifact.CALL_SCRIPT:
        pairs.append(("rehearse", "/request_rehearsal"))
    return [{"title": text(f"advice.buttons.{key}"), "payload": payload} for key, payload in pairs]


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
              today: date, offer: str | None = None) -> None:
    """When and why; then what fits the situation (coach.writing.handover), or tips when nothing does; last the
    offer (by default 'Vil du have noget mere?')."""
    said = plan_message(plan, today)
    if _earlier_follow_ups_untold(tracker, case, plan):  # the brief: whether they followed up already (s42c: never
        said += "\n\n" + text("plan.earlier_follow_ups")  # asked; a tester's three calls came out by chance)
    dispatcher.utter_message(text=said)
    artifact = with_plan(case, plan)
    if artifact is Artifact.NOTHING:
        send_tips(dispatcher, case, plan)
        if offer:
            dispatcher.utter_message(text=offer)
    else:
        send_artifact(dispatcher, tracker, case, artifact, plan=plan, offer=offer or closing_offer(tracker))


def _names_told_now(tracker: Tracker) -> bool:
    return any(tracker.get_slot(name) and tracker.get_slot(name) != before_this_turn(tracker, name)
               for name in ("contact_name", "user_name"))


def _earlier_follow_ups_untold(tracker: Tracker, case: FollowUpCase, plan: FollowUpPlan) -> bool:
    """The first plan of a first follow-up, and nothing said yet of follow-ups made or not made."""
    if plan.rule not in ("R1", "R2") or case.followup_attempts or case.last_answer_date or plan_given_before(tracker):
        return False
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"] or [text_of(tracker)]
    return not any(attempts_reported(t) is not None or no_follow_up_made(t) or answered_follow_up(t) for t in said)


def plan_now(case: FollowUpCase) -> FollowUpPlan | None:
    """The plan for what the case holds so far (it needs the interview day)."""
    return plan_followup(case, clock.today()) if case.interview_date else None


def send_rejection_reply(dispatcher: CollectingDispatcher, tracker: Tracker,
                         case: FollowUpCase) -> List[EventType]:
    """The reply to a no on the user's channel; with none chosen, the way the no came (a mail for a mail),
    which then is the channel."""
    events: List[EventType] = []
    if case.no_came_by_phone:  # the call is over: a mail that thanks for it (s36a: the line to say on the phone)
        if case.contact_channel is None and case.cold_contact and attempt_channel(text_of(tracker)) == PHONE:
            # "jeg ringede til dem i går … og hun lød virkelig ligeglad": the way the user follows up (AU017, AU033)
            events = [SlotSet("contact_channel", PHONE)]
        case = replace(case, contact_channel=EMAIL)
    elif case.contact_channel is None and (channel := how_the_no_came(tracker)):
        case = replace(case, contact_channel=channel)
        events = [SlotSet("contact_channel", channel)]
    send_artifact(dispatcher, tracker, case, Artifact.REJECTION_REPLY, offer=closing_offer(tracker))
    return events


def close_gracefully(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """R9: sorry to hear it, the graceful close, tips for a no, the reply to the no on the user's channel;
    no more reminders."""
    case = case_from(tracker, application_closed=True)
    today = clock.today()
    plan = plan_followup(case, today)  # R9, with or without the interview's day ("hun lød uinteresseret", AU033)
    sorry = "form.progress.sorry_cold" if case.cold_contact else "form.progress.sorry_rejection"
    dispatcher.utter_message(text=text(sorry))
    dispatcher.utter_message(text=plan_message(plan, today))
    send_tips(dispatcher, case, plan)
    events = send_rejection_reply(dispatcher, tracker, case)
    return [*application_over(tracker), *events, *_answered_follow_up(tracker, today)]


def withdraw_application(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """The user took another job: congratulations, the word to the employer on the user's channel (a mail unless
    they call), and the application closed with no more reminders."""
    case = case_from(tracker, application_closed=True)
    dispatcher.utter_message(text=text("reminders.withdrawn"))
    _send_withdrawal(dispatcher, tracker, case)
    return application_over(tracker)


def _send_withdrawal(dispatcher: CollectingDispatcher, tracker: Tracker, case: FollowUpCase) -> None:
    if case.contact_channel == PHONE:
        dispatcher.utter_message(text=text("reminders.withdrawn_call", line=withdrawal_line(case)))
    else:
        dispatcher.utter_message(text=text("reminders.withdrawn_mail"))
        send_mail(dispatcher, withdrawal_mail(case), is_web_chat(tracker))


def _withdrawn(tracker: Tracker) -> bool:
    """The application was closed by the user's withdrawal, not by the employer's no: the withdrawal was said since
    the application was last opened (another one started after it opens it again)."""
    said = text("reminders.withdrawn")
    for event in reversed(tracker.events):
        if event.get("event") == "bot" and event.get("text") == said:
            return True
        if event.get("event") == "slot" and event.get("name") == "application_closed" and not event.get("value"):
            return False
    return False


def application_over(tracker: Tracker) -> List[EventType]:
    """R9: closed, no plan day, and no more reminders."""
    cancel_reminders(tracker.sender_id)
    return [SlotSet("application_closed", True), SlotSet("followup_date", None)]


def _answered_follow_up(tracker: Tracker, today: date) -> List[EventType]:
    """A no that answers the follow-up counted last: the same day ("sendt", then "hun svarede lige! de har
    valgt en anden"), or told right after a call not said to go unanswered ("jeg ringede i går", then "hun
    var meget kort for hovedet"). That follow-up is no longer one without an answer."""
    made = int(tracker.get_slot("followup_attempts") or 0)
    if told_unanswered(text_of(tracker)):
        return []  # "jeg ringede i dag uden at få fat i nogen, og så kom der et afslag på mail" (AW033)
    said_before = previous_user_text(tracker)
    just_told = set_in_previous_turn(tracker, "followup_attempts") and said_before is not None \
        and not told_unanswered(said_before)
    if not made or not (str(tracker.get_slot("last_attempt_date")) == today.isoformat() or just_told):
        return []
    return [SlotSet("followup_attempts", made - 1)] + ([SlotSet("last_attempt_date", None)] if made == 1 else [])


# The user's own details outlive an application; the rest of the case belongs to it.
_THE_USERS = ("user_name", "user_phone")


def start_another_application(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """After a no, a new application told: what this message said of it stays, the closed one's other facts
    go, and the questions start over for what is missing."""
    dispatcher.utter_message(text=text("plan.new_application"))
    told_now = changed_this_turn(tracker)
    cleared = [SlotSet(slot, 0 if slot == "followup_attempts" else None) for slot in CASE_SLOTS
               if slot not in told_now and slot not in _THE_USERS]
    return cleared + [SlotSet("application_closed", False), SlotSet("followup_date", None),
                      FollowupAction("followup_form")]


class ActionFollowupPlan(Action):
    """After the form: when to follow up (R1-R9) and what fits the situation."""

    def name(self) -> str:
        return "action_followup_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        case = case_from(tracker)
        if tracker.get_slot("job_offered") and not before_this_turn(tracker, "job_offered"):
            return congratulate_on_the_job(dispatcher, tracker)  # "JEG FIK JOBBET!!!" (BO004): the form stopped
        if tracker.get_slot("job_offered") and not another_application(
                text_of(tracker), before_this_turn(tracker, "company"), case.company):
            # the job is theirs: no plan, also when the interview's day is told after the news (BO004)
            dispatcher.utter_message(text=text("reminders.hired_already"))
            return []
        if case.rejected and before_this_turn(tracker, "application_closed"):
            if another_application(text_of(tracker), before_this_turn(tracker, "company"), case.company):
                return start_another_application(dispatcher, tracker)
            if reply_channel_told(tracker) or _names_told_now(tracker):
                # "de skrev en mail, så jeg svarer på mail": the reply, that way; "min kontakt hedder Susanne Berg",
                # as the reply's note asks (s43b: "Du har fortalt mig, at de har sagt nej"): the reply with it
                return send_rejection_reply(dispatcher, tracker, case)
            dispatcher.utter_message(text=text("plan.closed_already_cold" if case.cold_contact
                                               else "plan.closed_already"))  # said once is enough
            return []
        if case.rejected:  # the form stopped on a "no" (R9)
            return close_gracefully(dispatcher, tracker)
        # reopened ("jeg har IKKE fået afslag"): the plan again, not "Det ændrer ikke din plan" (a tester)
        unchanged = plan_given_before(tracker) and not case_changed_this_turn(tracker) and not reopened(tracker)
        news = news_to_record(tracker) if unchanged else None
        if news is not None:
            return [FollowupAction(news)]  # "har også prøvet HR, heller ingen svar"
        if unchanged and case.contact_name is None and contact_name_unknown(text_of(tracker)):
            # "jeg ved ikke hendes navn" (s32c: "Det ændrer ikke din plan", four times): how to do without it
            dispatcher.utter_message(text=text("advice.no_contact_name", company=case.company
                                               or text("advice.no_contact_name_company")))
            return []
        if unchanged and count_asked(text_of(tracker)):  # "hvor mange gange har jeg fulgt op nu?" (s32: the plan)
            dispatcher.utter_message(text=follow_ups_so_far(case.followup_attempts, case.last_answer_date))
            if case.interview_date:
                dispatcher.utter_message(text=plan_message(plan_followup(case, clock.today()), clock.today()))
            return []
        name = name_alone(tracker) if unchanged else None
        if name:  # "Lone" alone after the plan (a trial: the whole plan again): whose name is it?
            dispatcher.utter_message(text=text("plan.whose_name", name=name), buttons=_whose_name_buttons(name))
            return []
        if unchanged and not has_facts(tracker):
            if not acknowledge_feeling(dispatcher, tracker):  # "jeg er allerede nervøs haha" (AU042)
                dispatcher.utter_message(text=_nothing_new(tracker))  # nothing about the case: not the plan again
            return []
        if case.interview_date is None and not undated_ahead(case):
            # "jeg har fået en jobsamtale!!" taken for news of an answer (BH003): the form asks for the day
            return [FollowupAction("followup_form")]
        today = clock.today()
        plan = plan_followup(case, today)
        if still_before_the_same_interview(tracker, case, plan, today):
            # "det er en elevplads hos Nykredit" after "samtale på mandag": noted, not the whole advice again
            dispatcher.utter_message(text=text("plan.noted_before_interview", day=format_date(case.interview_date))
                                     if case.interview_date else text("plan.noted_before_interview_undated"))
            return [followup_date_event(plan)]
        if still_letting_go(tracker, plan, today):  # "mail ja" after R5: noted, not the whole advice again
            dispatcher.utter_message(text=text("plan.noted_let_go"))
            return [followup_date_event(plan)]
        if unchanged and "?" in text_of(tracker) and intent_of(tracker) != "request_plan":
            # "skal jeg ikke nævne at det var 2. samtale? … hvem skal jeg ringe til" (s32a: the whole script again):
            # a question the coach has no answer to is told so, with the plan in short
            dispatcher.utter_message(text=text("plan.question_unknown"))
            dispatcher.utter_message(text=plan_message(plan, today))
            return [followup_date_event(plan)]
        acknowledge_feeling(dispatcher, tracker)
        # "…og vil gerne øve opkaldet": the plan came first, the call is next (the offer, not "noget mere?")
        # "…en mail, som jeg gerne vil have du læser": the plan came first, the user's own mail is next
        offer = text("rehearsal.after_the_plan") if _rehearsal_asked_for(tracker) \
            else text("review.after_the_plan") if _review_asked_for(tracker) else None
        send_plan(dispatcher, tracker, case, plan, today, offer=offer)
        # On Telegram: "Skal jeg minde dig om det ... kl. 9?" (actions/reminders.py)
        return [followup_date_event(plan)] + offer_reminder(dispatcher, tracker, case, plan)


def _whose_name_buttons(name: str) -> List[Dict[str, str]]:
    return [{"title": text(f"plan.whose_name_buttons.{who}"), "payload": text(f"plan.whose_name_buttons.{who}_payload",
                                                                             name=name)} for who in ("contact", "own")]


def _rehearsal_asked_for(tracker: Tracker) -> bool:
    """A rehearsal asked for in this message, or earlier while the questions came first, and not started yet."""
    said = [e.get("text") for e in tracker.events if e.get("event") == "bot"]
    if tracker.get_slot("rehearsal_state") or text("rehearsal.after_the_plan") in said:
        return False  # started, or said once already
    return text("rehearsal.after_the_questions") in said or wants_to_practise_the_call(text_of(tracker))


def _review_asked_for(tracker: Tracker) -> bool:
    """A review of the user's own draft asked for in this message, or earlier while the questions came first."""
    said = [e.get("text") for e in tracker.events if e.get("event") == "bot"]
    if text("review.after_the_plan") in said:
        return False  # said once already
    return text("review.after_the_questions") in said or wants_own_draft_read(text_of(tracker))


def _nothing_new(tracker: Tracker) -> str:
    """A hesitation gets an invitation to ask; a question about the plan gets the plan in short ("Hvad gør jeg
    så nu?" after letting go, AS036), before the interview what comes after it ("hvad skal jeg så gøre efter
    samtalen?", AU029). Else the plan stands."""
    case, today = case_from(tracker), clock.today()
    if only_hesitates(text_of(tracker)):
        return text("plan.unclear")  # "hmm" (AT011): a doubt, no news
    if intent_of(tracker) != "request_plan" or not case.interview_date:
        return text("plan.unchanged")
    if interview_lies_ahead(case, today):
        return text("plan.after_the_interview")
    return plan_message(plan_followup(case, today), today)


def still_before_the_same_interview(tracker: Tracker, case: FollowUpCase, plan: FollowUpPlan, today: date) -> bool:
    """The plan said "not yet, the interview lies ahead" before this message, and says it still."""
    if plan.timing is not Timing.BEFORE_INTERVIEW or not plan_given_before(tracker):
        return False
    before = _case_before_this_turn(tracker)
    return before.interview_date == case.interview_date and (before.interview_date or undated_ahead(before)) \
        and plan_followup(before, today).timing is Timing.BEFORE_INTERVIEW


def still_letting_go(tracker: Tracker, plan: FollowUpPlan, today: date) -> bool:
    """The plan let go before this message, and lets go still: the users who answer the questions R5 no
    longer needs ("mail ja", "det sagde de vist ikke", AX007) hear that it is noted."""
    if plan.timing is not Timing.LET_GO or not plan_given_before(tracker):
        return False
    return plan_followup(_case_before_this_turn(tracker), today).timing is Timing.LET_GO


def _case_before_this_turn(tracker: Tracker) -> FollowUpCase:
    """The case as it stood before this message: the plan given then is compared with the plan now."""
    return case_from(tracker, **{slot: before_this_turn(tracker, slot) for slot in changed_this_turn(tracker)})


class _ArtifactAction(Action, abc.ABC):
    @property
    @abc.abstractmethod
    def channel(self) -> str:
        """The channel whose artifact this action shows (abstract: rasa-sdk skips the base)."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        # The request's own words outrank the guessed intent: "en mail i stedet for opkaldsmanuset" is a mail.
        said = text_of(tracker)
        channel = (None if is_button(said) else parse_channel(said)) or self.channel
        events: List[EventType] = [SlotSet("contact_channel", channel)]
        if missing_for_plan(tracker):
            # Not enough to write it yet: let the form ask; the plan follows.
            return events + [FollowupAction("followup_form")]
        case = replace(case_from(tracker), contact_channel=channel)
        if tracker.get_slot("job_offered"):
            # the yes to the offer, whatever the plan advised before (s37a: "giv slip" kept it back, three times)
            send_artifact(dispatcher, tracker, case, follow_up_for(case), offer=closing_offer(tracker))
            return events
        artifact, note = on_request(plan_now(case), follow_up_for(case))
        if artifact not in FOLLOW_UPS and not (is_button(said) or parse_channel(said)):
            events = []  # "hvad skal jeg sige til sidst i samtalen?" before the interview: no channel chosen
        if artifact is Artifact.NOTHING:
            dispatcher.utter_message(text=note, buttons=_buttons(case, artifact))
            return events
        send_artifact(dispatcher, tracker, case, artifact, offer=closing_offer(tracker), note=note)
        return events


class ActionCallScript(_ArtifactAction):
    channel = PHONE

    def name(self) -> str:
        return "action_call_script"


class ActionEmail(_ArtifactAction):
    channel = EMAIL

    def name(self) -> str:
        return "action_email"


class ActionThankYou(Action):
    """'Skriv en takkemail': the thank-you on every channel; before the interview, what to ask at its end."""

    def name(self) -> str:
        return "action_thank_you"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        if job_offered(text_of(tracker)) and not tracker.get_slot("job_offered"):
            # "de ringede i fredags og tilbød mig jobbet … skal jeg skrive en tak?" (s40a: the interview's thank-you,
            # "jeg glæder mig til at høre fra jer", and the questions for a plan): the job first
            return [FollowupAction("action_report_answer")]
        # "takkemail" names a mail, but it is no choice of how to follow up: the channel stays as it was.
        channel = before_this_turn(tracker, "contact_channel")
        events: List[EventType] = [SlotSet("contact_channel", channel)] \
            if channel != tracker.get_slot("contact_channel") else []
        missing = set(missing_for_plan(tracker))
        if missing - {"contact_channel", "deadline"}:
            return events + [FollowupAction("followup_form")]  # the plan gives the thank-you when it fits
        case = case_from(tracker, contact_channel=channel)
        if thanks_counted_asked(text_of(tracker)):  # "tæller min takkemail som en opfølgning?" (s33c: a second thanks)
            dispatcher.utter_message(text=text("advice.thanks_no_follow_up"))
            if not missing:
                dispatcher.utter_message(text=plan_message(plan_followup(case, clock.today()), clock.today()))
            return events + ([FollowupAction("followup_form")] if missing else [])
        if missing and case.interview_date and not interview_lies_ahead(case, clock.today()):
            # "Jeg vil gerne sende en takkemail" (s33d: "ringe eller mail?" asked back, twice): a thank-you is a mail
            # whatever the follow-up's channel; the questions for the follow-up come after it
            send_artifact(dispatcher, tracker, case, Artifact.THANK_YOU, offer=text("advice.thank_you_then_plan"))
            return events + [FollowupAction("followup_form")]
        artifact, note = on_request(plan_now(case), Artifact.THANK_YOU)
        if artifact is Artifact.NOTHING:
            dispatcher.utter_message(text=note, buttons=_buttons(case, artifact))
        else:
            send_artifact(dispatcher, tracker, case, artifact, offer=closing_offer(tracker), note=note)
        return events


class ActionTips(Action):
    def name(self) -> str:
        return "action_tips"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        case = case_from(tracker)
        send_tips(dispatcher, case, plan_now(case))
        in_form = (tracker.active_loop or {}).get("name") == "followup_form"
        if case.interview_date is None and not undated_ahead(case) and not in_form and not case.rejected \
                and not tracker.get_slot("job_offered"):
            # "Goddag. Jeg har brug for råd angående opfølgning på en jobsamtale." (s43b: the tips, and no question)
            return [FollowupAction("followup_form")]
        return []


class ActionSendCalendar(Action):
    """'kan du sende mig en kalenderfil?': the plan's day as a calendar file again. Before the plan the
    questions come first (the file comes with the plan); a plan without a day says so."""

    def name(self) -> str:
        return "action_send_calendar"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        going_on = goes_on_with_case(tracker)
        if going_on is not None:  # "kan jeg få det i kalenderen? det var i tirsdags": the new plan brings it
            return going_on
        missing = missing_for_plan(tracker)
        if missing:
            dispatcher.utter_message(text=plan_pending(missing))
            return [FollowupAction("followup_form")]
        case = case_from(tracker)
        if case.rejected or tracker.get_slot("job_offered"):
            # after a no, the job or a withdrawal: "skal jeg så stadig sende den på tirsdag, den står i min kalender?"
            # (s32: "Din plan har ikke en bestemt dag")
            dispatcher.utter_message(text=text("advice.calendar.over"))
            return []
        plan = plan_followup(case, clock.today())
        if plan.followup_date is None:
            key = "before_interview" if plan.timing is Timing.BEFORE_INTERVIEW else "no_day"
            dispatcher.utter_message(text=text(f"advice.calendar.{key}"))
            return []
        dispatcher.utter_message(text=text("advice.calendar.file"))
        send_calendar(dispatcher, case, plan, tracker.sender_id)
        return []


class ActionChannelAdvice(Action):
    """C1-C4 for a user unsure whether to call or write."""

    def name(self) -> str:
        return "action_channel_advice"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        # "kan du ikke lave en mail i stedet, jeg hader at ringe" chooses and asks no advice; "jeg tænker at
        # ringe til dem bagefter, er det en god ide?" asks about the plan it tells, and gets the advice
        going_on = None if channel_intended(text_of(tracker)) else goes_on_with_case(tracker)
        if going_on is not None:
            return going_on
        if tracker.get_slot("contact_channel") and _CHANNEL_WORDS.search(text_of(tracker)) is None:
            # "Hvad synes du?" once the way is chosen asks about something else than the channel
            dispatcher.utter_message(text=text("plan.unclear"))
            return []
        dispatcher.utter_message(text=channel_advice(case_from(tracker)))
        return []


_CHANNEL_WORDS = re.compile(r"\b(ring\w*|telefon\w*|mail\w*|e-mail\w*|skriv\w*|opkald|sms)\b", re.IGNORECASE)
