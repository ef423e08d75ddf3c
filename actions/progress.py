"""The user reports back: no answer (R4/R5) or a rejection (R9)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import (
    close_gracefully,
    followup_date_event,
    send_plan,
    send_rejection_reply,
)
from actions.conversation import goes_on_with_case
from actions.feelings import acknowledge_feeling
from actions.latest_message import said_in_last_turn, text_of, times_in
from actions.reminder_offer import ATTEMPT_SLOT, attempt_day, cancel_reminders, offer_reminder
from actions.tracker_case import (
    actions_this_turn,
    announced_just_before,
    before_this_turn,
    carries_form_facts,
    case_changed_this_turn,
    case_from,
    missing_for_plan,
    missing_required,
    plan_given_before,
)
from coach import clock
from coach.case import EMAIL
from coach.danish import fold
from coach.dates.entities import answer_day_at, past_day
from coach.facts import (
    another_said,
    answered_follow_up,
    answered_with_a_day,
    attempt_channel,
    attempts_reported,
    channel_preference,
    count_corrected,
    count_restated,
    handover_told,
    is_correction,
    last_attempt_after,
    no_answer_told,
    no_follow_up_made,
    one_more_said,
    only_a_message_left,
    recounts_attempts,
    rejection_reported,
    silence_only,
    speaks_of_last_time,
    voicemail_left,
    withdrawal_told,
)
from coach.facts.away import contact_back_on
from coach.facts.feelings import DOUBT, feeling_told
from coach.rehearsal import situation_asked
from coach.requests import asks_to_rehearse, is_button, names_a_no, tells_of_a_message_received
from coach.rules import plan_followup
from coach.texts import text


class ActionRecordNoAnswer(Action):
    """One more unanswered follow-up: count it and recompute the plan."""

    def name(self) -> str:
        return "action_record_no_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        if rejection_reported(said):  # "jeg ringede, og hun lød uinteresseret": answered, with a no (R9)
            return close_gracefully(dispatcher, tracker)
        if handover_told(said) and plan_given_before(tracker):
            # "Birthe Lund er syg, og souschefen Hanne Bech har overtaget" (s37a: a second follow-up without an answer,
            # and the next step went over Hanne's head): she was not ignored; the plan goes to the new contact
            return [FollowupAction("action_followup_plan")]
        if contact_back_on(said, times_in(tracker), clock.today()) and plan_given_before(tracker):
            # "omstillingen sagde Birgitte er på kursus og først er tilbage den 10." (s35d: counted as ignored, and
            # the next step went over her head): she was away, not silent; the plan waits for her
            return [FollowupAction("action_report_answer")]
        if answered_follow_up(said):  # "har ringet nu. Kim sagde de ikke har besluttet sig endnu", "fik fat i Karin":
            # (once: the answer's own plan may lead back here, and the circuit breaker would end the chat)
            return [] if "action_report_answer" in actions_this_turn(tracker) \
                else [FollowupAction("action_report_answer")]
        if answered_with_a_day(said, answer_day_at(tracker.latest_message.get("entities") or [])):
            # "har lige ringet, hun sagde de ringer i næste uge": answered, with a new day to wait for
            dispatcher.utter_message(text=text("reminders.new_answer_day"))
            return [FollowupAction("followup_form")]
        reported = attempts_reported(said)
        recounted = _count_said_again(tracker, said)
        if recounted is not None:
            return recounted
        if reported is None and (case_changed_this_turn(tracker) or no_follow_up_made(said)) \
                and not missing_required(tracker):
            # "kan du så lave en mail i stedet, tror ikke nogen tager telefonen nu" (BC013): the new channel's plan
            return [FollowupAction("action_followup_plan")]
        if (reported is None or silence_only(said)) and not said.startswith("/") and not attempt_day(tracker) \
                and not yes_to_the_attempt_question(tracker) \
                and not (announced_just_before(tracker) and no_answer_told(said)):
            # "har stadig ikke hørt noget": no news from the employer, not a follow-up of the user's
            # (after "Det er gjort" or "ok jeg ringer nu", "ingen svar" tells how that follow-up went).
            return self._no_news(dispatcher, tracker)
        today = clock.today()
        # Counted from before this message: the facts pass (actions.slot_mappings) may have read it already.
        known = int(before_this_turn(tracker, "followup_attempts") or 0)
        way = _the_way_so_far(tracker, said) if known else None
        if way is not None:
            # "jeg har ringet, så telefon" (S010), "Jeg har skrevet mails" with no channel yet (BB010): no new one
            told = [] if tracker.get_slot("contact_channel") else [SlotSet("contact_channel", way)]
            return told + [FollowupAction("action_followup_plan")]
        # One more, or as many as the user says in all ("har ringet tre gange").
        # "den første mail sendte jeg d. 7/12 og den anden i torsdags" dates the ones counted already.
        # "jeg ringede i mandags": a past date in the message is the attempt's day.
        # ... else the day the user said "Det er gjort" after a reminder, else today.
        last = past_day(tracker.latest_message.get("entities", []), today) or attempt_day(tracker) \
            or today.isoformat()
        dates_counted = bool(known) and _dates_one_counted(tracker, said, reported, last)
        attempts = max(known if dates_counted else known + 1, reported or 0)
        if known and not dates_counted:  # "ringede også i onsdags" after Friday's mail: Friday is still the last
            last = last_attempt_after(before_this_turn(tracker, "last_attempt_date"), last, said)
        mended_earlier = dates_counted and _mends_an_earlier_one(tracker, said, last)
        if mended_earlier:
            last = str(before_this_turn(tracker, "last_attempt_date"))
        cancel_reminders(tracker.sender_id)  # no check-in about the attempt just reported
        # How it went (the channel the user follows up on, or named in this message): the next
        # attempt refers to it ("Jeg skrev til dig ...").
        channel = before_this_turn(tracker, "last_attempt_channel") if mended_earlier \
            else attempt_channel(said) or tracker.get_slot("contact_channel")
        voicemail = before_this_turn(tracker, "last_attempt_voicemail") if mended_earlier else voicemail_left(said)
        events: List[EventType] = [SlotSet("followup_attempts", attempts), SlotSet("last_attempt_date", last),
                                   SlotSet("last_attempt_channel", channel),
                                   SlotSet("last_attempt_voicemail", voicemail)]
        if missing_required(tracker):  # the form asks for the rest, and reads this message's facts too
            dispatcher.utter_message(text=text("form.progress.noted"))
            return events + [FollowupAction("followup_form")]
        case = case_from(tracker, followup_attempts=attempts, last_attempt_date=last, last_attempt_channel=channel,
                         last_attempt_voicemail=voicemail)
        plan = plan_followup(case, today)
        dispatcher.utter_message(text=text("form.progress.noted_attempt", attempts=attempts))
        send_plan(dispatcher, tracker, case, plan, today)
        return events + [followup_date_event(plan), SlotSet(ATTEMPT_SLOT, None)] \
            + offer_reminder(dispatcher, tracker, case, plan)  # the second attempt, on Telegram

    @staticmethod
    def _no_news(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
        if missing_required(tracker):
            return [FollowupAction("followup_form")]  # the main story: an interview, and silence since
        dispatcher.utter_message(text=text("form.progress.ask_attempt"), buttons=[
            {"title": text("form.buttons.attempt_made"), "payload": "/report_no_answer"},
            {"title": text("form.buttons.no_attempt"), "payload": "/deny"}])
        return []


_AS_A_MAIL = re.compile(r"\b(som|paa|per|pr\.?|i en) (e-?)?mail\b")
# "ja", "Ja, uden svar" (the button's title, typed), "jep har skrevet" to the question below
_YES = re.compile(r"^\W*(ja|jo|jep|jeps|jepper|yes|yep|ja tak|det har jeg|har jeg)\b")


def yes_to_the_attempt_question(tracker: Tracker) -> bool:
    """A yes to "Har du selv ringet eller skrevet til dem, siden jeg gav dig planen?" (s38a: the question came
    again each time, and "ja" got "Er der andet, jeg kan hjælpe med?"): one follow-up made, without an answer."""
    last = next((e.get("text") for e in reversed(tracker.events) if e.get("event") == "bot"), None)
    return last == text("form.progress.ask_attempt") and bool(_YES.match(fold(text_of(tracker))))


def _the_way_so_far(tracker: Tracker, said: str) -> str | None:
    """'jeg har ringet, så telefon' after the follow-ups were counted, or 'jeg har skrevet mails' while the
    channel is unknown: the channel, told by the way they went (no day, nothing that says it is another one);
    else None."""
    if times_in(tracker) or one_more_said(said) or another_said(said) or no_answer_told(said):
        return None
    return channel_preference(said) or (attempt_channel(said) if not tracker.get_slot("contact_channel") else None)


def _mends_an_earlier_one(tracker: Tracker, said: str, day: str) -> bool:
    """'nej vent, det var d. 30/3 jeg ringede' after a call and a later mail (BF034): the call's day is mended,
    the mail's stays the last; a correction of the last one's own day replaces it."""
    known_last = before_this_turn(tracker, "last_attempt_date")
    channel = attempt_channel(said)
    return is_correction(said) and known_last is not None and str(known_last) > day and channel is not None \
        and channel != before_this_turn(tracker, "last_attempt_channel")


def _count_said_again(tracker: Tracker, said: str) -> List[EventType] | None:
    """"nej, jeg har kun fulgt op EN gang. ikke to" (a tester's was counted as one more, three times): the count as
    said (the facts pass has set it), the last one's day as before unless this message names one; the plan again."""
    count = count_corrected(said)
    count = count_restated(said) if count is None else count
    if count is None or one_more_said(said) or missing_required(tracker):
        return None
    known_day = before_this_turn(tracker, "last_attempt_date")
    day_named = past_day(tracker.latest_message.get("entities", []), clock.today())
    events: List[EventType] = [SlotSet("followup_attempts", count)]
    if known_day and not day_named:
        events.append(SlotSet("last_attempt_date", known_day))
    return events + [FollowupAction("action_followup_plan")]


def _dates_one_counted(tracker: Tracker, said: str, reported: int | None, day: str) -> bool:
    """The message dates follow-ups counted already, it adds none: "den første mail sendte jeg d. 7/12 og
    den anden i torsdags", "den sidste mail sendte jeg i fredags", or "jeg ringede fredag d. 13." after
    "har ringet én gang" (counted then, on that day, for want of a day), with no "igen" or "også"."""
    if recounts_attempts(said):
        return True
    if only_a_message_left(said) and str(before_this_turn(tracker, "last_attempt_date")) == day:
        return True  # "ringede, telefonsvarer", then "lagde en besked": the same call
    if reported is not None and reported >= 2 and reported == int(before_this_turn(tracker, "followup_attempts") or 0):
        return True  # "jeg skrev d. 15. december og igen d. 22." after "har skrevet to gange": their days
    if reported != 1:
        return False
    if is_correction(said) and not another_said(said):
        return True  # "det var d. 2. januar jeg skrev, ikke d. 21.": the same mail, another day
    counted_on = before_this_turn(tracker, "last_attempt_date")
    # "opkaldet d. 4. december er det samme som det i fredags" (a tester): the day counted already, no second one
    return speaks_of_last_time(said) or (not one_more_said(said) and counted_on is not None
                                         and day <= str(counted_on))


class ActionRecordRejection(Action):
    """R9: the position is filled or the contact sounded cold: a graceful close, and the reply to the no."""

    def name(self) -> str:
        return "action_record_rejection"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        if situation_asked(said) == "filled" and asks_to_rehearse(said):  # not "øv, hun ringede lige. de har
            # valgt en anden" (BE013, V010: the role-play started)
            return [FollowupAction("action_start_rehearsal")]  # "kan vi øve at jeg får et afslag?" (a tester)
        if withdrawal_told(said) and not tracker.get_slot("application_closed"):
            return [FollowupAction("action_report_answer")]  # "at jeg siger nej tak til stillingen": the user's no
        if rejection_reported(said) or is_button(said):
            return close_gracefully(dispatcher, tracker)
        return _no_no_told(dispatcher, tracker, self.name())


def _no_no_told(dispatcher: CollectingDispatcher, tracker: Tracker, recording: str) -> List[EventType]:
    """The intent guessed a no the words do not tell: what they do tell, or the question whether it was one."""
    said = text_of(tracker)
    if carries_form_facts(tracker):
        return [FollowupAction("followup_form")]  # "de sagde uge 44" answers the form, it is no "no"
    going_on = goes_on_with_case(tracker)
    if going_on is not None and not any(e.get("name") == recording for e in going_on):
        return going_on  # "nej ved du hvad, jeg ringer faktisk": a change of plan, not a "no" (never this again)
    if feeling_told(said) == DOUBT:
        # "tror ikke jeg fik den" fears a no that has not come: a word to it, nothing closed
        if missing_for_plan(tracker):
            return [FollowupAction("followup_form")]  # the form's question says the word first
        acknowledge_feeling(dispatcher, tracker)
        return []
    if tells_of_a_message_received(said):
        dispatcher.utter_message(text=text("form.progress.what_they_wrote"))  # "fik lige den her sms"
        return []
    return _confirm_rejection(dispatcher)  # the intent alone is a guess: closing needs the user's yes


def _a_no_practised(tracker: Tracker) -> bool:
    """The role-play has played a no ("kan du skrive et svar paa afslaget til soeren" right after a practice round
    closed a tester's application): "afslaget" may be the practice one, so the coach asks."""
    state = tracker.get_slot("rehearsal_state") or {}
    history = state.get("history") or [] if isinstance(state, dict) else []
    return "filled" in history


def _confirm_rejection(dispatcher: CollectingDispatcher) -> List[EventType]:
    dispatcher.utter_message(text=text("form.progress.confirm_rejection"), buttons=[
        {"title": text("form.buttons.rejection_yes"), "payload": "/report_rejection"},
        {"title": text("form.buttons.rejection_no"), "payload": "/deny"}])
    return []


class ActionRejectionReply(Action):
    """'Hjælp mig med at svare på afslaget': the request says there was a no; the reply to it."""

    def name(self) -> str:
        return "action_rejection_reply"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        said = text_of(tracker)
        # The facts pass may have recorded the no this message tells: it is new, and gets the whole close.
        if not before_this_turn(tracker, "application_closed"):
            # "Har de sagt nej til dig?" "kan du hjælpe mig med et svar?" (BN039): the request answers yes
            if tracker.get_slot("application_closed") or is_button(said) \
                    or (names_a_no(said) and not _a_no_practised(tracker)) \
                    or rejection_reported(said) or said_in_last_turn(tracker, text("form.progress.confirm_rejection")):
                return close_gracefully(dispatcher, tracker)
            # The request names no no: it closes nothing on the intent's word alone.
            if missing_required(tracker):
                return [FollowupAction("followup_form")]  # "jeg venter på svar på et job": the main story
            return goes_on_with_case(tracker) or _confirm_rejection(dispatcher)
        case = case_from(tracker)
        # "Svar på afslaget som mail" typed, "nej jeg vil have det som en mail" (s38d: the phone line again and again)
        asked = EMAIL if _AS_A_MAIL.search(fold(said)) else channel_preference(said)
        return send_rejection_reply(dispatcher, tracker, replace(case, contact_channel=asked) if asked else case)

