"""Validation of `followup_form`: extract facts in the user's words, refuse bad ones (R8)."""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta
from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.latest_message import (
    about_something_else,
    as_day,
    as_period,
    confidence_of,
    corrected_topic,
    intent_of,
    only_a_date,
    previous_turn,
    read_from_the_day_received,
    said_in_last_turn,
    set_in_previous_turn,
    slot_of,
    text_of,
    times_in,
)
from actions.questions import explain_question, times_asked
from actions.tracker_case import (
    CASE_SLOTS,
    REQUIRED_SLOTS,
    before_this_turn,
    case_changed_this_turn,
    case_from,
    earlier_user_text,
    missing_for_plan,
    response_text,
    set_in_earlier_turns,
)
from actions.user_questions import answer_mail_form, answer_what_if
from coach import clock
from coach.business_days import last_business_day
from coach.case import EMAIL, NO_DEADLINE, PHONE, FollowUpCase
from coach.danish import format_date
from coach.dates.entities import (
    answer_day_at,
    day_in_period,
    is_period,
    offset_ahead,
    past_day,
    pick_time,
    pinned_day,
    reading_for,
    speaker_now,
    time_entities,
    vague_period,
    weekday_slip,
)
from coach.facts import (
    ATTEMPT,
    DEADLINE,
    INTERVIEW,
    about_the_job,
    an_errand,
    answered_follow_up,
    answered_with_a_day,
    attempt_channel,
    attempts_reported,
    bare_title,
    channel_intended,
    channel_left,
    channel_preference,
    clean_company,
    clean_person_name,
    clean_role,
    company_corrected,
    company_said,
    corrected_title,
    count_restated,
    date_taken_back,
    day_not_set,
    employer_left_unsaid,
    higher_up_named,
    in_full_before,
    interview_ahead,
    interview_ahead_without_day,
    interview_just_now,
    interview_told_done,
    is_correction,
    job_offered,
    kind_of_place,
    last_attempt_after,
    looks_like_a_title,
    mended_name,
    names_said,
    no_follow_up_made,
    not_a_title,
    number_given,
    only_a_name,
    opening_channel,
    opens_with_a_channel,
    parse_channel,
    promised_without_day,
    refined_title,
    rejection_reported,
    rejection_told,
    remembered_after_all,
    respelled,
    role_said,
    ruled_out_channels,
    same_person,
    says_no_deadline,
    speaks_of_last_time,
    split_role_answer,
    stepping_away,
    times_said,
    title_then_place,
    told_unanswered,
    unsure,
    voicemail_left,
    week_moved,
    weekday_swapped,
    whole_title,
    with_surname,
    without_names,
    year_said,
)
from coach.facts.away import contact_back_on, day_told
from coach.facts.pasted import only_in_the_signature
from coach.questions import ASKED_BEFORE_REPHRASING, not_understood
from coach.requests import (
    OWN_DEADLINE,
    asks_to_leave,
    choice_left_to_the_coach,
    mail_form_asked,
    wants_own_draft_read,
    wants_to_practise_the_call,
)
from coach.rules import interview_lies_ahead, lets_go
from coach.texts import text
from coach.tips import channel_advice
from coach.validation import (
    attempt_problem,
    deadline_problem,
    impossible_date_message,
    interview_date_problem,
    weekday_slip_message,
)

# Slots the form fills when the user offers them, but never asks for.
OPTIONAL_SLOTS = ("interview_time", "contact_name", "company", "user_name")
# Questions to the coach: never an answer to the form's question.
QUESTIONS = {
    "ask_capabilities", "out_of_scope", "ask_channel_advice", "ask_meaning", "request_tips", "start_over", "bad_input",
    "forget_me", "request_thank_you", "request_rejection_reply", "request_draft_review", "ask_what_if",
    "ask_mail_form",
}
# Social intents a rule answers inside the form; the facts in such a message are still read
# ("tak, det var i tirsdags"). tests/actions/test_dialogue_knowledge.py checks these against the rules.
READ_THROUGH = {"thank", "greet", "goodbye", "request_rehearsal", "request_plan", "announce_followup",
                "ask_followup_day", "request_calendar"}
ATTEMPTS = "followup_attempts"
# "20/12-2025", "sidste år": the year said, so a day long ago is meant as it stands
_A_YEAR = re.compile(r"\b(19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|\bsidste år|\bi fjor|\bsidste aar")
# Questions asked in a message that also answers the form ("mail, hvorfor skal du vide det?"): Rasa goes on
# with the form and runs no rule, so the form answers them.
_ANSWERED_BY_THE_FORM = {"ask_what_if": answer_what_if, "ask_meaning": explain_question,
                         "ask_mail_form": answer_mail_form}
# Intents whose messages are never read for facts: they are about the conversation itself. (A message
# read as start_over is: "kom lige hjem fra jobsamtale" is news; a real restart wipes it anyway.)
# Both passes (the form's run and actions.slot_mappings) stop at these before any extract_ method, and the
# domain's entity mappings leave them out (not_intent).
NEVER_FACTS = {"bad_input", "forget_me", "request_draft_review"}  # a draft pasted with the request is no fact
INTENT_CHANNELS = {"request_email": EMAIL, "request_call_script": PHONE}
SURE = 0.5
_SHORT_ANSWER = 8  # words: "det sagde de ikke noget konkret om"
Slots = Dict[str, Any]
# Optional slots are filled by from_entity mappings, not by extract_ methods: rasa-sdk
# would warn about the missing methods on every turn.
warnings.filterwarnings("ignore", message="No method 'extract_", category=UserWarning)


def _request_chooses(tracker: Tracker) -> bool:
    """Asking for the script or the mail chooses the channel; before the interview such a request gets the
    question to ask at its end ("hvad skal jeg sige til sidst i samtalen?", AI027) and chooses nothing."""
    return intent_of(tracker) in INTENT_CHANNELS and not interview_lies_ahead(case_from(tracker), clock.today())


class ValidateFollowupForm(FormValidationAction):
    # The form reads the answer to its question; actions.slot_mappings reads only unasked facts.
    answers_questions = True

    def name(self) -> str:
        return "validate_followup_form"

    def _asked(self, tracker: Tracker, slot: str) -> bool:
        return self.answers_questions and tracker.get_slot("requested_slot") == slot

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if intent_of(tracker) in NEVER_FACTS:
            return []  # "kan du læse min mail?" answers no question: Rasa rejects the form, a rule answers
        if self.answers_questions and _keeps_it_all(tracker):
            # "Nej, behold det" to "Skal jeg slette alt …?" asked in the questions (s43a: read as "no answer day")
            dispatcher.utter_message(response="utter_forget_cancelled")
            asked = tracker.get_slot("requested_slot")
            return [SlotSet(asked, None)] if asked else []  # the question again
        read_from_the_day_received(tracker)
        events = await super().run(dispatcher, tracker, domain)
        asks_next = any(e.get("name") == "requested_slot" and e.get("value") for e in events)
        first_asked = asks_next and not tracker.get_slot("requested_slot")
        if first_asked and wants_to_practise_the_call(text_of(tracker)):
            # "…og vil gerne øve opkaldet" with facts still missing: the questions first, then the role-play
            dispatcher.utter_message(text=text("rehearsal.after_the_questions"))
        elif first_asked and wants_own_draft_read(text_of(tracker)):  # "…en mail, som jeg gerne vil have du læser"
            dispatcher.utter_message(text=text("review.after_the_questions"))
        if not self.answers_questions:
            return events
        # The facts pass (actions.slot_mappings) may have read this message's facts before the form ran;
        # the form says them again, or Rasa would take the turn for one that told the form nothing,
        # reject the form and fall back (rewinding the turn, facts and all).
        told = {e.get("name") for e in events if e.get("event") == "slot"}
        again = [SlotSet(name, tracker.get_slot(name)) for name in (*CASE_SLOTS, "application_closed")
                 if name not in told and tracker.get_slot(name) != before_this_turn(tracker, name)]
        answer_too = _ANSWERED_BY_THE_FORM.get(intent_of(tracker))
        if answer_too and (again or told - {"requested_slot"}):
            answer_too(dispatcher, tracker)  # the form goes on, so no rule answers the question asked too
        return again + events

    async def required_slots(self, domain_slots: List[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[str]:
        return list(REQUIRED_SLOTS) + list(OPTIONAL_SLOTS) + [ATTEMPTS, "last_attempt_date", "last_attempt_channel",
                                                              "last_attempt_voicemail",
                                                              "application_closed", "job_offered",
                                                              "interview_period", "interview_ahead", "contact_back",
                                                              "callback_agreed"]

    async def next_requested_slot(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> EventType | None:
        missing = [name for name in _still_needed(tracker) if tracker.slots.get(name) is None]
        if "deadline" in missing and _deadline_refused_now(tracker):
            # "Svarfristen … ligger før samtalen": the day is asked again at once, so "nej jeg mener onsdag d. 9." mends
            # it (a tester's went to the interview while the coach asked for the channel)
            return SlotSet("requested_slot", "deadline")
        return SlotSet("requested_slot", next(iter(missing), None))

    # --- extraction --------------------------------------------------------------

    async def extract_interview_date(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                     domain: DomainDict) -> Slots:
        period = as_period(tracker.get_slot("interview_period"))
        if period and self._asked(tracker, "interview_date") and not times_in(tracker) \
                and unsure(text_of(tracker)) and intent_of(tracker) not in QUESTIONS:  # "nope" is often a deny
            # "Ved du, hvilken dag?" "nope": the period's last day, the later (safer) follow-up, said aloud; its last
            # working day, as interviews are held on one (s32c: "Så regner jeg med søndag den 29. november")
            day = last_business_day(period[1])
            day = day if day >= period[0] else period[1]
            dispatcher.utter_message(text=text("form.interview_day_assumed", day=format_date(day)))
            return {"interview_date": day.isoformat(), "interview_period": None}
        moved = self._moved_a_week(tracker) or self._year_mended(tracker) or self._weekday_swapped(tracker)
        if moved:
            return moved
        if before_this_turn(tracker, "interview_ahead") and tracker.get_slot("interview_date") is None \
                and not times_in(tracker) and (day_not_set(text_of(tracker)) or unsure(text_of(tracker))):
            return {"interview_day_unset": True}  # "de skal lige finde en dato" (BH010): R6 without a day
        if interview_ahead_without_day(text_of(tracker)) and not times_in(tracker) \
                and tracker.get_slot("interview_date") is None:
            return {"interview_ahead": True}  # "har samtale": the day comes next, and lies ahead (AT029)
        return self._extract_date(dispatcher, tracker, "interview_date", INTERVIEW)

    @staticmethod
    def _moved_a_week(tracker: Tracker) -> Slots:
        """'nej det passer ikke, det var ugen før' (BE023): the interview day just given, a week off (not the
        answer day, when that was the one just given)."""
        weeks = week_moved(text_of(tracker))
        known = as_day(before_this_turn(tracker, "interview_date"))
        if not weeks or known is None or set_in_previous_turn(tracker, "deadline"):
            return {}
        return {"interview_date": (known + timedelta(weeks=weeks)).isoformat(), "interview_period": None}

    @staticmethod
    def _weekday_swapped(tracker: Tracker) -> Slots:
        """'Undskyld, det var onsdag, ikke tirsdag' after 'tirsdag i sidste uge' (s35c: the Wednesday just gone was
        taken): the other weekday of the same week."""
        swapped = weekday_swapped(text_of(tracker))
        known = as_day(before_this_turn(tracker, "interview_date"))
        if swapped is None or known is None or known.weekday() != swapped[0]:
            return {}
        day = (known + timedelta(days=swapped[1] - swapped[0])).isoformat()
        hour = _hour_beside(tracker, {}, day)  # "det var ikke onsdag, det var torsdag kl 14" (s41a: the hour lost)
        return {"interview_date": day, "interview_period": None, **({"interview_time": hour} if hour else {})}

    def _year_mended(self, tracker: Tracker) -> Slots:
        """'ups 2027 mente jeg' after '15/2 2026' was refused as more than a year ago (BN030): that day, that year."""
        year = year_said(text_of(tracker))
        if year is None or times_in(tracker) or not self._asked(tracker, "interview_date"):
            return {}
        said = next((e for e in previous_turn(tracker) if e.get("event") == "user"), {})
        days = [as_day(str(e.get("value"))[:10]) for e in (said.get("parse_data") or {}).get("entities") or []
                if e.get("entity") == "time" and (e.get("additional_info") or {}).get("grain") == "day"]
        day = next((d for d in reversed(days) if d is not None), None)
        if day is None or (day.month, day.day) == (2, 29):
            return {}
        return {"interview_date": day.replace(year=year).isoformat(), "interview_period": None}

    async def extract_deadline(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        said = text_of(tracker)
        if mail_form_asked(said) == OWN_DEADLINE:
            return {}  # "må jeg skrive at jeg har brug for svar inden fredag?" (s42b): the user's day, not theirs
        # "nej ved du hvad, jeg kan ikke huske det præcist" right after a date was read: taken back
        retracted = date_taken_back(said) and set_in_previous_turn(tracker, "deadline") and not times_in(tracker)
        asked = self._asked(tracker, "deadline") or retracted or _answers_the_unasked_deadline(tracker)
        # "det sagde de ikke" can read like a rejection or a denial; asked for the
        # deadline, it means there is none.
        # asked, an uncued day is the answer too ("de sagde inden jul, men det er jo snart")
        dated = any(_answer_day(e, asked) for e in times_in(tracker)) \
            or bool(remembered_after_all(said) and times_in(tracker))  # "kan ikke huske … jo d. 19. marts"
        if intent_of(tracker) not in QUESTIONS and says_no_deadline(said, asked=asked) and not dated \
                and not stepping_away(said) and not _mends_a_name(tracker) \
                and not (is_correction(said) and times_in(tracker)) \
                and not week_moved(said):  # "nej vent, det var torsdag" is a date; "det var ugen før" moves one
            return {"deadline": NO_DEADLINE}  # ("de ville svare d. 19 … gider snart ikke mere" has a date)
        if asked and times_asked(tracker, "deadline") > ASKED_BEFORE_REPHRASING and not times_in(tracker) \
                and _answers_question(tracker):
            # Asked in other words and still no date: R2's default instead of asking again.
            dispatcher.utter_message(text=text("form.deadline_assumed"))
            return {"deadline": NO_DEADLINE}
        if asked and not times_in(tracker) and promised_without_day(said) and _answers_question(tracker):
            return {"deadline": NO_DEADLINE}  # "han sagde bare de ville ringe"
        return self._extract_date(dispatcher, tracker, "deadline", DEADLINE)

    def _extract_date(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                      topic: str) -> Slots:
        asked = self._asked(tracker, slot)
        # A correction ("nej vent, det var onsdag") is about the date the user gave last, even while the
        # coach asks for the other one; "ups, det var d. 2/12" after a refused deadline is the deadline.
        target = corrected_topic(tracker) if is_correction(text_of(tracker)) and times_in(tracker) else None
        if asked and target not in (None, topic):
            asked = False
            if tracker.get_slot(slot_of(target)) is not None and topic == DEADLINE:
                return {}  # not the answer to this question: the form asks it again
        correcting = not asked and target == topic and tracker.get_slot(slot) is not None
        if target not in (None, topic) and not asked and self._cued(tracker, topic) is None:
            return {}  # "vent det var onsdag den 25, ikke tirsdag" mends the interview, not the answer day too
        if not self._may_date(tracker, slot, topic, asked or correcting):
            return {}
        entity = self._date_entity(tracker, slot, topic, asked, correcting)
        if entity is not None and entity["additional_info"].get("problem"):
            # "der er jo ingen 29. februar i år. fredag d. 26/2": the day that exists is the answer
            entity = next((e for e in times_in(tracker) if not e["additional_info"].get("problem")
                           and e["additional_info"].get("about") in (None, topic)), entity)
        if entity is None:
            return self._no_date(dispatcher, tracker, slot, topic, asked)
        if topic == INTERVIEW and _an_earlier_round(entity, tracker):
            return {}  # "første samtale var d. 18. januar btw" after the second round's day (BO024)
        if entity["additional_info"].get("problem"):
            dispatcher.utter_message(text=impossible_date_message(entity["additional_info"].get("text") or ""))
            return {slot: None} if asked else {}  # a correction to a non-date keeps the old value
        slots = self._date_slots(tracker, entity, slot, topic, asked, corrects=correcting or target == topic)
        return self._weekday_slip(dispatcher, tracker, entity, slots, slot, topic, asked) or slots

    @staticmethod
    def _weekday_slip(dispatcher: CollectingDispatcher, tracker: Tracker, entity: Dict[str, Any], slots: Slots,
                      slot: str, topic: str, asked: bool) -> Slots | None:
        """"i mandags d. 24." when the 24th was a Tuesday: the coach says so. Which day the interview was is
        asked (the two days become the period the answer is read in); a deadline keeps the numbered day."""
        day = as_day(slots.get(slot))
        past_only = topic == INTERVIEW and not entity["additional_info"].get("ahead")
        slip = weekday_slip(entity, day.isoformat() if day else None, clock.today() if past_only else None)
        if slip is None:
            return None
        said = entity["additional_info"].get("text") or ""
        if topic == INTERVIEW:
            dispatcher.utter_message(text=weekday_slip_message(said, day))
            if asked or tracker.get_slot(slot) is None or is_correction(text_of(tracker)):
                return {slot: None, "interview_period": f"{slip[0].isoformat()}/{slip[1].isoformat()}"}
            return {}
        other = slip[0] if slip[1] == day else slip[1]
        dispatcher.utter_message(text=weekday_slip_message(said, day, other=other))
        return None

    def _may_date(self, tracker: Tracker, slot: str, topic: str, reading: bool) -> bool:
        """A cued date is read from any message; an uncued one only as an answer or a correction, and
        never from news of a rejection ("jeg fik et afslag i fredags": the day of the no). News of a no or a
        cold contact re-dates nothing already known ("snakkede med hende i dag, hun lød uinteresseret")."""
        said = text_of(tracker)
        if rejection_reported(said):  # only a cued day, and only for what is unknown or corrected
            return self._cued(tracker, topic) is not None and (tracker.get_slot(slot) is None or is_correction(said))
        if self._cued(tracker, topic) is not None:
            return True
        return _first_date(tracker, slot, topic) or _may_read(tracker, reading) or interview_just_now(said)

    @staticmethod
    def _cued(tracker: Tracker, topic: str) -> Dict[str, Any] | None:
        cued = pick_time(tracker.latest_message.get("entities", []), topic, asked=False)
        return cued if cued is not None and cued["additional_info"].get("about") == topic else None

    def _date_entity(self, tracker: Tracker, slot: str, topic: str, asked: bool,
                     correcting: bool) -> Dict[str, Any] | None:
        """The time entity this message gives the slot, or None."""
        cued = self._cued(tracker, topic)
        if cued is not None:
            return cued  # "svarfristen var i går": a date that says what it is, whatever the intent
        if _first_date(tracker, slot, topic):
            return times_in(tracker)[0]  # "3/12-2026" before any question: the interview comes first
        if not _may_read(tracker, asked or correcting):
            return None
        entities = tracker.latest_message.get("entities", [])
        entity = pick_time(entities, topic, asked or correcting) \
            or self._deadline_by_elimination(tracker, entities, topic, asked or correcting)
        if entity is not None and not (asked or correcting) and tracker.get_slot(slot) is not None \
                and entity["additional_info"].get("about") != topic:
            return None  # an uncued day never replaces a known one ("de ville ringe i fredags")
        return entity

    def _no_date(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, topic: str,
                 asked: bool) -> Slots:
        other_days = [e for e in times_in(tracker)
                      if (e.get("additional_info") or {}).get("about") in (None, INTERVIEW)]
        if topic == INTERVIEW and not other_days and interview_just_now(text_of(tracker)) \
                and (asked or tracker.get_slot(slot) is None or tracker.get_slot("interview_ahead")):
            # "har lige haft samtale", "de svarer inden nytår" or not; also the one said ahead today, now held
            return {slot: clock.today().isoformat(), "interview_ahead": None}
        if about_something_else(tracker.latest_message.get("entities", []), topic):
            return {}  # "svarfristen var i går" when asked for the interview: understood, another slot
        return self._not_understood(dispatcher, tracker, slot) if _may_read(tracker, asked) else {}

    @staticmethod
    def _date_slots(tracker: Tracker, entity: Dict[str, Any], slot: str, topic: str, asked: bool,
                    corrects: bool) -> Slots:
        """The slot values an accepted time entity gives: the day (and the interview's time of day)."""
        today = clock.today()
        corrected = as_day(before_this_turn(tracker, slot)) if corrects else None
        if topic == INTERVIEW and before_this_turn(tracker, "interview_ahead") and not before_this_turn(tracker, slot):
            # "har samtale", then "på tirsdag": the coming one (also when the facts pass read it first)
            entity = {**entity, "additional_info": {**entity["additional_info"], "ahead": True}}
        info = entity["additional_info"]
        if topic == DEADLINE and asked and not info.get("said_now") and offset_ahead(info):
            # "inden for 14 dage" answers "Sagde de ved samtalen, hvornår …?": counted from the interview (testers
            # got a day two weeks from today)
            entity = {**entity, "additional_info": {**info, "reported": True}}
        value = pinned_day(tracker.latest_message.get("entities", []), entity, topic, today,
                           interview=as_day(tracker.get_slot("interview_date"))) \
            or reading_for(entity, topic, today, interview=as_day(tracker.get_slot("interview_date")),
                           near=corrected)
        if topic == INTERVIEW:
            known_period = as_period(tracker.get_slot("interview_period"))
            value = (day_in_period(entity, known_period) if known_period else None) or value
            period = vague_period(entity, value)
            if period and (asked or tracker.get_slot(slot) is None):
                # "i sidste uge": which day? The question says so, and "onsdag" is read inside that week.
                return {slot: None, "interview_period": f"{period[0].isoformat()}/{period[1].isoformat()}"}
            known = as_day(tracker.get_slot(slot))
            if period and known and period[0] <= known <= period[1]:
                return {}  # "samtalen var jo i maj" says again what the known day already says

        day, _, hhmm = (value or "").partition("T")
        known = tracker.get_slot(slot)
        if topic == INTERVIEW and entity["additional_info"].get("clock_only") and known and not asked:
            return {"interview_time": hhmm} if hhmm else {}  # "samtalen var kl 10": the hour of the day known
        slots: Slots = {slot: day or None}
        if topic == INTERVIEW:
            hhmm = hhmm or _hour_beside(tracker, entity, day)
            if hhmm:
                slots["interview_time"] = hhmm
            # "skal til samtale i dag kl 14": today, and not held yet (R6 until the user says it is)
            slots["interview_ahead"] = True if entity["additional_info"].get("ahead") and day == today.isoformat() \
                else None
            if tracker.get_slot("interview_day_unset"):
                slots["interview_day_unset"] = None  # the day set after all
        return slots

    @staticmethod
    def _deadline_by_elimination(tracker: Tracker, entities: List[Dict[str, Any]], topic: str,
                                 asked: bool) -> Dict[str, Any] | None:
        """Unasked, a date with no cue is the deadline when the interview day is known and this date
        lies after it ("hun sagde d. 1. december" while the coach asks for the role)."""
        interview = as_day(tracker.get_slot("interview_date"))
        if topic != DEADLINE or asked or interview is None or tracker.get_slot("deadline") is not None \
                or tracker.get_slot("requested_slot") == "interview_date" or is_correction(text_of(tracker)):
            return None  # "nej vent, det var i forgårs, tirsdag" names one day twice
        # the day this message gave the interview, when it gave it one
        the_interviews = pick_time(entities, INTERVIEW, asked=False) \
            if set_in_earlier_turns(tracker, "interview_date") is None else None
        for entity in entities:
            info = entity.get("additional_info") or {}
            if entity.get("entity") != "time" or info.get("about") is not None or info.get("problem") \
                    or info.get("clock_only") or speaker_now(info) or entity is the_interviews:
                continue  # "kl 14" names no day; "har fri i dag" is the user's own day; "i sidste uge, tror det var
                # torsdag": the interview's own day (BI028)
            if _ELAPSED.search(text_of(tracker)[entity.get("start", 0):entity.get("end", 0)]):
                continue  # "det er jo 6 uger siden" (a tester): how long ago the interview was, no answer day
            reading = reading_for(entity, DEADLINE, clock.today(), interview=interview)
            if reading and date.fromisoformat(reading[:10]) > interview:
                return entity
        return None

    async def extract_role(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Slots:
        said = text_of(tracker)
        corrected = corrected_title(said, before_this_turn(tracker, "role"))  # "det hed X, ikke Y"
        if corrected:
            return {"role": corrected}
        refined = refined_title(said, set_in_earlier_turns(tracker, "role"))  # "tømrerlærling" after "tømrer"
        if refined:
            return {"role": refined}
        named = role_said(said)  # "samtale … som grafisk designer hos …": the whole title, in any message
        if named:
            return {"role": named}
        listed = _title_among_the_facts(said) if tracker.get_slot("role") is None else None
        if listed:  # "samtale fredag d. 22 januar. elektriker. ringer." (AH008: the NLU left it out)
            return {"role": listed}
        if not self._asked(tracker, "role"):
            open_role = tracker.get_slot("role") is None or kind_of_place(tracker.get_slot("role"))  # then "sosu-elev"
            unasked = bare_title(said) or title_then_place(said) if open_role and _answers_question(tracker) else None
            return {"role": unasked} if unasked else {}  # "tandlaegeassistent" after the advice
        if not _answers_question(tracker) and not looks_like_a_title(said) \
                and (intent_of(tracker) in QUESTIONS or not bare_title(re.split(r"[,.!?]", said)[0])):
            return {}  # a question to the coach; a short title the NLU took for one is still the answer, and so is
            # a title with a remark after it, read as a yes ("Key account manager, ja det lyder fancy 😅")
        if any(names_said(said)):  # "tilkaldevikar i en børnehave, hun hed Aase Brandt": the name is read too
            said = without_names(said)
            if not said:
                return {}  # only a name: the answer to another question
        if times_in(tracker) or _another_fact(said):
            return {}  # the message answers something else
        role, employer = split_role_answer(said)  # "flaskedreng i netto": the title, and where
        if role is None:
            return self._not_understood(dispatcher, tracker, "role")
        return {"role": role, "company": employer} if employer else {"role": role}

    async def extract_contact_channel(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> Slots:
        intent = intent_of(tracker)
        # Asking for the e-mail or the script chooses the channel, when the NLU is sure of it.
        if _request_chooses(tracker) and confidence_of(tracker) >= SURE:
            return {"contact_channel": INTENT_CHANNELS[intent]}
        if _is_a_question(tracker):
            chosen = self._channel_in_question(tracker)
            return {"contact_channel": chosen} if chosen else {}
        if not self._asked(tracker, "contact_channel"):  # "jeg ringer hellere selv" in any message
            preferred = channel_preference(text_of(tracker))
            return {"contact_channel": preferred} if preferred else {}
        # "ja, jeg ringer nok"; "vil gerne sende en mail, er ikke saa god i telefon" (P015): one wanted, one ruled out
        channel = parse_channel(text_of(tracker)) or channel_preference(text_of(tracker)) \
            or channel_left(text_of(tracker)) or (PHONE if number_given(text_of(tracker)) else None)  # C1 (s43a)
        # answers the question, whatever the intent; so does "jeg er lidt genert i telefonen"
        if channel is None and _left_to_the_user(text_of(tracker)):
            dispatcher.utter_message(text=text("form.channel_is_yours"))
            return {"contact_channel": None}
        if channel is None and (choice_left_to_the_coach(text_of(tracker)) or (
                unsure(text_of(tracker)) and self._channel_advice_given(tracker))):
            # "vælg du bare", or "ved ikke" after the advice (s33c: the question and the advice, round and round);
            # a phone number the contact gave, told before, says call (C1)
            if number_given(earlier_user_text(tracker)):
                dispatcher.utter_message(text=text("form.channel_chosen_phone"))
                return {"contact_channel": PHONE}
            dispatcher.utter_message(text=text("form.channel_chosen_for_you"))
            return {"contact_channel": EMAIL}
        if channel is None and unsure(text_of(tracker)) and len(text_of(tracker).split()) <= _SHORT_ANSWER \
                and not (is_correction(text_of(tracker)) and times_in(tracker)):  # "nej vent, det var i tirsdags"
            # "ingen anelse" (AR033): what helps choose, then the question again (not "det forstod jeg ikke")
            dispatcher.utter_message(text=channel_advice(case_from(tracker)))
            return {"contact_channel": None}
        if channel is None and not is_correction(text_of(tracker)) and attempts_reported(text_of(tracker)) \
                and not times_in(tracker):
            # "jeg har skrevet mails" asked how: the way they follow up already. A follow-up told with its day
            # ("jeg skrev til recruiteren i fredags. ingen svar") reports what happened: the question stays
            channel = attempt_channel(text_of(tracker))
            return {"contact_channel": channel} if channel else {}
        if channel is None and (not _answers_question(tracker) or _another_fact(text_of(tracker))
                                or refined_title(text_of(tracker), set_in_earlier_turns(tracker, "role"))
                                or is_correction(text_of(tracker)) and not stepping_away(text_of(tracker))):
            return {}  # "har fulgt op to gange", "sorry det var ikke ISS …" answer something else: the form asks again
        if channel is None:
            return self._not_understood(dispatcher, tracker, "contact_channel")
        return {"contact_channel": channel}

    @staticmethod
    def _channel_advice_given(tracker: Tracker) -> bool:
        advice = channel_advice(case_from(tracker))
        return any(e.get("event") == "bot" and e.get("text") == advice for e in tracker.events)

    def _channel_in_question(self, tracker: Tracker) -> str | None:
        """'skal jeg ringe?' asks for advice and chooses nothing; 'hvad anbefaler du? ok, så ringer jeg' chooses
        after asking, 'kan jeg ikke ringe i stedet? så gør jeg det' what it asked about, and 'mail, hvorfor skal
        du vide det?' (AU045) before asking."""
        said = text_of(tracker)
        asked, after = said.rsplit("?", 1)
        # "telefon. hvem skal jeg spørge efter?" after the mail's plan chooses too (the newcomer trial); unasked,
        # not "Mail? Hvad skal der stå i den?", a question about the channel
        opening = opening_channel(asked)
        if opening and (self._asked(tracker, "contact_channel") or _OPENS_WITH_A_STATEMENT.match(said)):
            return opening
        # "kan jeg ikke hellere skrive en mail? jeg får aldrig fat i hende i telefonen", "Jeg er bange for at ringe.
        # Kan jeg ikke bare skrive en mail?" (AN013): the other one ruled out, a choice
        proposed = parse_channel(asked) or channel_preference(asked)
        other = {PHONE: EMAIL, EMAIL: PHONE}.get(proposed)
        # "jeg tænker at ringe bagefter, er det en god ide?" tells a plan while asking about it
        return parse_channel(after) or channel_intended(asked) \
            or (proposed if _AFFIRMED_AFTER.search(after) or other in ruled_out_channels(said) else None)

    async def extract_application_closed(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                         domain: DomainDict) -> Slots:
        """'de har valgt en anden', 'hun lød afvisende' in any message: the form stops, R9 follows."""
        said = text_of(tracker)
        if intent_of(tracker) in QUESTIONS:  # "hvad svarer jeg på et afslag?" asks; "fik et afslag i fredags,
            return {"application_closed": True} if rejection_told(said) else {}  # hvad svarer jeg" tells
        return {"application_closed": True} if rejection_reported(said) else {}

    async def extract_contact_back(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Slots:
        """'en kollega sagde mads har fri til onsdag', an out-of-office reply: no follow-up before the contact is
        back."""
        back = contact_back_on(text_of(tracker), times_in(tracker), clock.today())
        typed = tracker.latest_message.get("text") or ""
        if back is None and typed != text_of(tracker):  # an auto-reply's absence, blanked for the other dates
            # ("… fik bare et autosvar: han er … ude af kontoret til og med fredag d. 11. december", s43b)
            back = contact_back_on(typed, time_entities(typed, clock.today()), clock.today())
        return {"contact_back": back.isoformat()} if back else {}

    async def extract_callback_agreed(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> Slots:
        """'han bad mig ringe igen på tirsdag': the day back is the day they asked for, not an absence."""
        told = day_told(text_of(tracker), times_in(tracker), clock.today())  # (the day, whether it is to call again)
        return {"callback_agreed": told[1]} if told else {}

    async def extract_job_offered(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> Slots:
        """'JEG FIK JOBBET!!!', 'de tilbød mig stillingen' in any message that is no question: the form stops."""
        said = text_of(tracker)
        return {"job_offered": True} if intent_of(tracker) not in QUESTIONS and job_offered(said) else {}

    async def extract_followup_attempts(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                        domain: DomainDict) -> Slots:
        """'har ringet to gange, sidst i torsdags' in any message: the attempts already made (R4/R5)."""
        said = text_of(tracker)
        known = int(tracker.get_slot(ATTEMPTS) or 0)
        answered = answered_with_a_day(said, answer_day_at(tracker.latest_message.get("entities") or [])) \
            or answered_follow_up(said)  # "har ringet nu. Kim sagde de ikke har besluttet sig endnu", "fik fat i Karin"
        no_on_that_call = rejection_reported(said) and not told_unanswered(said)  # "ringede uden at få fat i nogen,
        if intent_of(tracker) in QUESTIONS or no_on_that_call or answered:  # og i dag kom et afslag" (AW033)
            return {}  # asked about, or the call was answered (with a no, or with a new day to wait for)
        if interview_ahead(said) or interview_lies_ahead(case_from(tracker), clock.today()):
            return {}  # "skal til samtale på torsdag og har allerede skrevet for at bekræfte tidspunktet" (AW023)
        if known and no_follow_up_made(said):
            return {ATTEMPTS: 0}  # "jeg har IKKE fulgt op endnu": a count recorded by mistake goes
        reported = attempts_reported(said)
        if known and count_restated(said) is not None:
            reported = count_restated(said)  # "to eller tre gange?", then "det var to gange" (AW020)
        elif known and not (reported or 0) > known:  # a larger count later ("har siden ringet tre gange") is the total
            if not is_correction(said):
                return {}  # counted already
            reported = times_said(said)  # "nej, kun én gang"
        count = reported
        if count is None:
            return {}
        today = clock.today()
        day = past_day(tracker.latest_message.get("entities", []), today) or today.isoformat()
        last = last_attempt_after(before_this_turn(tracker, "last_attempt_date"), day, said)
        slots: Slots = {ATTEMPTS: count, "last_attempt_date": last}
        channel = attempt_channel(said)  # "har mailet dem én gang": the second attempt's script says so
        return {**slots, "last_attempt_channel": channel, "last_attempt_voicemail": voicemail_left(said)} if channel \
            else slots

    async def extract_last_attempt_date(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                        domain: DomainDict) -> Slots:
        """'i tirsdags' right after 'har mailet 1 gang' (recorded as today), or 'sidst jeg ringede var i
        fredags' any time after the attempts were counted: the day of the last one."""
        # (not while the interview's day is asked: then the date answers that, in the facts pass too, AZ026)
        right_after = only_a_date(tracker) and set_in_previous_turn(tracker, ATTEMPTS) \
            and tracker.get_slot("requested_slot") != "interview_date"
        times = times_in(tracker)
        about_attempt = any((e.get("additional_info") or {}).get("about") == ATTEMPT for e in times)
        said_later = bool(before_this_turn(tracker, ATTEMPTS) and times) and (
            about_attempt or speaks_of_last_time(text_of(tracker)) or corrects_the_follow_up_day(tracker))
        if not (right_after or said_later):
            return {}
        day = past_day(tracker.latest_message.get("entities", []), clock.today())
        known = before_this_turn(tracker, "last_attempt_date")
        return {"last_attempt_date": last_attempt_after(known, day, text_of(tracker))} if day else {}

    async def extract_company(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
        earlier = set_in_earlier_turns(tracker, "company") or tracker.get_slot("company")
        company = company_corrected(text_of(tracker), earlier) or company_said(text_of(tracker))
        return {"company": company} if company else {}

    async def extract_user_name(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        earlier = set_in_earlier_turns(tracker, "user_name") or tracker.get_slot("user_name")
        corrected = mended_name(earlier, text_of(tracker), own=True)  # "Jensen ikke Jensne" (s41a: Jensne kept)
        if corrected:
            return {"user_name": corrected}
        user, contact = names_said(text_of(tracker))  # "mit navn er Karen Lund Mikkelsen": the whole name
        mended = respelled(earlier, text_of(tracker)) if not (user or contact) else None
        if mended and not respelled(tracker.get_slot("contact_name"), text_of(tracker)):
            return {"user_name": mended}  # the user's own name, spelt right
        missing = _the_missing_name(tracker)
        if not user and missing and missing[0] == "user_name":
            user = missing[1]  # "Peter Skov" alone, when the mail has the contact's name
        return {"user_name": user} if user else _not_this_name(tracker, "user_name", contact)

    async def extract_contact_name(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Slots:
        corrected = mended_name(set_in_earlier_turns(tracker, "contact_name") or tracker.get_slot("contact_name"),
                                text_of(tracker))
        if corrected:  # "hun hedder Lene ikke Lone" of Lone Pedersen (s41a: "Kære Lene,")
            return {"contact_name": corrected}
        higher_up = higher_up_named(text_of(tracker)) if int(tracker.get_slot(ATTEMPTS) or 0) >= 2 else None
        if higher_up:  # "min kontakt var Sara Holm. … deres HR chef hedder Peter Dahl" (s42c: the mail went to Sara)
            return {"contact_name": higher_up}
        user, contact = names_said(text_of(tracker))  # "min kontakt hedder …", "jeg talte med …"
        known = tracker.get_slot("contact_name")
        if same_person(known, contact):
            return {}  # "Hanne Lykke" before, "Fru Lykke oplyste …" now
        completed = with_surname(contact or known, text_of(tracker))
        if completed:
            return {"contact_name": completed}  # "Peter" before, "hans efternavn er Dahl" now
        # the slot may already hold the NLU's guess from this message ("Frederiksen"): mend the earlier name
        earlier = set_in_earlier_turns(tracker, "contact_name") or known
        mended = respelled(earlier, text_of(tracker)) if not (user or contact) else None
        if mended:
            return {"contact_name": mended}  # "Henrik Madsn" before, "Madsen** stavefejl sorry" now
        if contact:  # "jeg skriver til Signe", with "Signe Bak fra HR" told before: the whole name (not the user's)
            in_full = in_full_before(contact, earlier_user_text(tracker))
            return {"contact_name": in_full if in_full and in_full != tracker.get_slot("user_name") else contact}
        missing = _the_missing_name(tracker)
        if not user and missing and missing[0] == "contact_name":
            return {"contact_name": missing[1]}  # "Julie Winther" alone, the user's name known
        return _not_this_name(tracker, "contact_name", user)

    def _not_understood(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str) -> Slots:
        """Only when the coach asked for this slot: say so, and keep the form going."""
        if self._asked(tracker, slot) and asks_to_leave(text_of(tracker)):
            return {slot: None}  # "hold op": the form's question says the pause instead (actions.questions)
        if not self._asked(tracker, slot) or not _answers_question(tracker) or case_changed_this_turn(tracker) \
                or _mends_a_name(tracker) or week_moved(text_of(tracker)) or weekday_swapped(text_of(tracker)):
            return {}  # not asked, not an answer, or it told something else ("nej vent, det var i forgårs", "Hansen*")
        said = text_of(tracker)
        if slot == "interview_date" and interview_told_done(said) and not times_in(tracker):
            return {slot: None}  # "jeg har været til jobsamtale og ved ikke hvad jeg skal gøre nu": no date misread
        if slot != "contact_channel" and (opens_with_a_channel(said) or channel_preference(said)):
            return {slot: None}  # "ringe" asked for the answer day: the channel said again, the question comes again
        dispatcher.utter_message(text=text("form.take_your_time") if stepping_away(said) else not_understood(slot))
        return {slot: None}

    # --- validation --------------------------------------------------------------

    def validate_interview_date(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        day = as_day(value)
        if day is None:
            return {"interview_date": None, "interview_time": None, "interview_ahead": None}
        problem = interview_date_problem(day, clock.today(), year_said=bool(_A_YEAR.search(text_of(tracker))))
        if problem:
            dispatcher.utter_message(text=problem)
            return {"interview_date": None, "interview_time": None, "interview_ahead": None}
        slots = {"interview_date": day.isoformat()}
        deadline = as_day(tracker.get_slot("deadline"))
        told_now = tracker.get_slot("deadline") != before_this_turn(tracker, "deadline")  # validate_deadline says it
        if deadline is not None and not told_now and deadline_problem(deadline, day):
            dispatcher.utter_message(text=deadline_problem(deadline, day))
            slots["deadline"] = None
        attempt = as_day(tracker.get_slot("last_attempt_date"))
        attempt_told_now = attempt != as_day(before_this_turn(tracker, "last_attempt_date"))  # its own check says it
        if attempt is not None and not attempt_told_now and attempt_problem(attempt, day):
            dispatcher.utter_message(text=attempt_problem(attempt, day))
            slots["last_attempt_date"] = None
        return slots

    def validate_deadline(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                          domain: DomainDict) -> Slots:
        if value == NO_DEADLINE:
            return {"deadline": NO_DEADLINE}
        day = as_day(value)
        if day is None:
            return {"deadline": None}
        problem = deadline_problem(day, as_day(tracker.get_slot("interview_date")))
        if problem:
            dispatcher.utter_message(text=problem)
            return {"deadline": None}
        return {"deadline": day.isoformat()}

    def validate_last_attempt_date(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Slots:
        day = as_day(value)
        problem = day and attempt_problem(day, as_day(tracker.get_slot("interview_date")), clock.today())
        if problem:
            dispatcher.utter_message(text=problem)
            return {"last_attempt_date": None}
        return {"last_attempt_date": day.isoformat() if day else None}

    def validate_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> Slots:
        said = text_of(tracker)
        known = before_this_turn(tracker, "role")
        if value and an_errand(str(value), said):
            return {"role": known}  # "i tirsdags var jeg til tandlæge" (BS005): where the user went, no job
        if known and value != known and not self._asked(tracker, "role") and not is_correction(said) \
                and value not in (role_said(said), refined_title(said, known), corrected_title(said, known)) \
                and not (kind_of_place(known) and value == bare_title(said)):
            # A title mentioned in passing ("en mail til kontorchef Henrik Lund") is not a new role.
            return {"role": known}
        role = clean_role(whole_title(str(value), said)) if value else None
        if role and only_in_the_signature(role, said):
            return {"role": known}  # the sender's own title under a pasted mail ("Vh Mikkel Holst, Teamleder, Tryg")
        if role and not_a_title(role):  # s41b: "stillingen som du er fandeme ubrugelig"
            self._not_understood(dispatcher, tracker, "role")
            return {"role": known}
        return {"role": role}

    def validate_contact_channel(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> Slots:
        said = text_of(tracker)
        if (value in ruled_out_channels(said) and parse_channel(said) != value) \
                or (_is_a_question(tracker) and value != self._channel_in_question(tracker)):
            # the NLU's "ringe" in "jeg tør næsten ikke ringe" (AU001) is ruled out, and in "hvorfor skal du vide
            # om jeg vil ringe?" (AU019) asked about: not chosen
            return {"contact_channel": before_this_turn(tracker, "contact_channel")}
        if value in (PHONE, EMAIL):
            return {"contact_channel": self._channel_kept(tracker, value)}
        channel = parse_channel(str(value or ""))
        if channel is None and value:
            dispatcher.utter_message(text=channel_advice(FollowUpCase()))
        return {"contact_channel": channel}

    def _channel_kept(self, tracker: Tracker, value: str) -> str:
        """A channel word the NLU tagged in passing ("nu fik jeg en mail om at de har valgt en anden")
        does not change a channel chosen before; the user's own words for a channel do."""
        known, said = before_this_turn(tracker, "contact_channel"), text_of(tracker)
        if not known or value == known or self._asked(tracker, "contact_channel") or _request_chooses(tracker):
            return value
        if attempts_reported(said) and value == attempt_channel(said):
            return known  # "jeg prøvede faktisk at ringe i går" tells what was done, not what comes next (AS045)
        return value if value in (parse_channel(said), channel_preference(said)) else known

    def validate_contact_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
        known = before_this_turn(tracker, "contact_name")
        if same_person(known, str(value) if value else None):
            return {"contact_name": known}  # "Hanne Lykke" before, "Fru Lykke" now
        return {"contact_name": _named_by_cue(tracker, value, "contact_name")}

    def validate_company(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                         domain: DomainDict) -> Slots:
        known, said = before_this_turn(tracker, "company"), text_of(tracker)
        if known and value and value != known and not is_correction(said) \
                and not re.search(rf"\b(?:hos|ved)\s+(?:\w*firmaet\s+)?{re.escape(str(value))}", said, re.IGNORECASE):
            return {"company": known}  # "… på Plejecenter Fremtiden" after "hos Aalborg Kommune": a place in it
        return {"company": _cleaned(clean_company, value, known)}

    def validate_user_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Slots:
        return {"user_name": _named_by_cue(tracker, value, "user_name")}


_OPENS_WITH_A_STATEMENT = re.compile(r"^[^.,;!?]+[.,;!]")
_AFFIRMED_AFTER = re.compile(r"\b(så gør jeg det|det gør jeg|så gør vi det|så det gør jeg)\b", re.IGNORECASE)


def corrects_the_follow_up_day(tracker: Tracker) -> bool:
    """'nej vent, det var tirsdag' right after the day of a follow-up was counted (AW031)."""
    return is_correction(text_of(tracker)) and bool(times_in(tracker)) and corrected_topic(tracker) == ATTEMPT


def _answers_the_unasked_deadline(tracker: Tracker) -> bool:
    """After three unanswered follow-ups the answer day is never asked (R5 needs none), yet users go on
    answering it ("ved ikke", "ingen dato": AT010, AU020, AV033): a short answer, taken as meant."""
    sentences = re.split(r"[.!?]+", text_of(tracker))  # "det sagde de vist ikke. nej det gjorde de ikke"
    return tracker.get_slot("deadline") is None and not tracker.get_slot("requested_slot") \
        and lets_go(case_from(tracker)) and not times_in(tracker) \
        and all(len(said.split()) <= _SHORT_ANSWER for said in sentences) \
        and any(said.strip() and says_no_deadline(said, asked=True) for said in sentences)


def _is_a_question(tracker: Tracker) -> bool:
    return intent_of(tracker) in QUESTIONS and "?" in text_of(tracker)


def _an_earlier_round(entity: Dict[str, Any], tracker: Tracker) -> bool:
    """The day of the first round, told when a later round's day is known: the later one is the interview."""
    known = as_day(before_this_turn(tracker, "interview_date"))
    said = as_day(str(entity["additional_info"].get("past") or "")[:10])
    return bool(entity["additional_info"].get("first_round")) and known is not None and said is not None \
        and said < known


_KEEP_IT = re.compile(r"^\W*(nej|nej tak|nope|nix|næ|nae|nah|behold\w*|lad (være|vaere))\b", re.IGNORECASE)


def _keeps_it_all(tracker: Tracker) -> bool:
    """A plain no (or the button "Nej, behold det") to the question whether to delete everything."""
    said = text_of(tracker).strip()
    return said_in_last_turn(tracker, response_text("utter_ask_forget")) \
        and (said == "/deny" or bool(_KEEP_IT.match(said)) and len(said.split()) <= 4)


def _answers_question(tracker: Tracker) -> bool:
    """Whether the message is meant as the answer to the form's question.

    Facts and unclear messages are; so is a weak guess at another intent ("<script>"
    read as a call-script request at 0.34), and a no or a yes with a day ("nej det passer jo ikke, det var d. 19.",
    BG035). Questions to the coach are not.
    """
    intent = intent_of(tracker)
    if intent in QUESTIONS:
        return False
    return intent in ("inform", "nlu_fallback") or confidence_of(tracker) < SURE \
        or (intent in ("deny", "affirm") and bool(times_in(tracker)))


_ELAPSED = re.compile(r"\bsiden\b", re.IGNORECASE)


def _may_read(tracker: Tracker, asked: bool) -> bool:
    """Asked: the answer; unasked: the facts in any message that is not a question to the coach (the
    NLU's guess alone does not make one: "de sagde uge 44. kan vi ikke bare komme videre")."""
    if asked:
        return _answers_question(tracker)
    return intent_of(tracker) not in QUESTIONS or "?" not in text_of(tracker)


def _first_date(tracker: Tracker, slot: str, topic: str) -> bool:
    """Before any other question, while the interview is unknown: a message that is only a date
    ("3/12-2026"), one day said without a cue beside the job ("torsdag d. 5. som chauffør hos …"), or one
    day after an interview told ahead ("jeg har fået en jobsamtale!!", then "den er d. 19.", BH003)."""
    if topic != INTERVIEW or tracker.get_slot(slot) is not None \
            or tracker.get_slot("requested_slot") not in (None, slot):
        return False
    if only_a_date(tracker):
        return True
    times, said = times_in(tracker), text_of(tracker)
    info = times[0].get("additional_info") or {} if len(times) == 1 else {}
    return bool(info) and info.get("about") is None and not is_period(info) \
        and (about_the_job(said) or bool(before_this_turn(tracker, "interview_ahead")))


def _title_among_the_facts(said: str) -> str | None:
    """The one clause of a message of several that is only a title ("…, elektriker. de sagde svar d. 27/11")."""
    clauses = [c.strip() for c in re.split(r"[.;!?\n]|,\s+", said or "") if c.strip()]
    if len(clauses) < 2:
        return None
    titles = [bare_title(c) for c in clauses if len(c.split()) <= 3]
    found = [t for t in titles if t]
    return found[0] if len(found) == 1 else None


def _hour_beside(tracker: Tracker, chosen: Dict[str, Any], day: str) -> str | None:
    """The hour told beside the interview's day in another mention ("igår lørdag kl 11", "Onsdag. Om eftermiddagen kl
    halv to"; s41c: the script left the hour out): a clock time alone, or one on the same day."""
    for entity in times_in(tracker):
        info = entity.get("additional_info") or {}
        if entity is chosen or not info.get("time") or info.get("about") not in (None, INTERVIEW):
            continue
        readings = {str(info.get(side) or "")[:10] for side in ("past", "future")}
        if info.get("clock_only") or day in readings:
            return info["time"]
    return None


def _mends_a_name(tracker: Tracker) -> bool:
    """'Hansen* sorry' to another question: the message spells a known name right, or corrects a word of it."""
    return any(respelled(set_in_earlier_turns(tracker, slot) or tracker.get_slot(slot), text_of(tracker))
               or mended_name(set_in_earlier_turns(tracker, slot) or tracker.get_slot(slot), text_of(tracker),
                              slot == "user_name")
               for slot in ("contact_name", "user_name"))


def _not_this_name(tracker: Tracker, slot: str, other: str | None) -> Slots:
    """The NLU may put 'jeg hedder Birthe Lund' into contact_name too (its mapping sets the slot even
    outside the form, unvalidated): a name the message says is the other person's is undone here."""
    if other and tracker.get_slot(slot) == other:
        return {slot: before_this_turn(tracker, slot)}
    return {}


def _the_missing_name(tracker: Tracker) -> tuple[str, str] | None:
    """'Peter Skov' as the whole message, when the coach knows one of the two names the mail needs: the
    other one, with the name. None when the message is no bare name or both or neither are known."""
    name = only_a_name(text_of(tracker))
    user, contact = set_in_earlier_turns(tracker, "user_name"), set_in_earlier_turns(tracker, "contact_name")
    if not name or bool(user) == bool(contact) or same_person(user or contact, name):
        return None
    return ("user_name" if contact else "contact_name"), name


def _named_by_cue(tracker: Tracker, value: Any, slot: str) -> Any:
    """A name lands in the e-mail, so it is taken only where words say whose it is ("jeg hedder …",
    "min kontakt hedder …", "jeg talte med …"): an NLU guess without a cue keeps the earlier value."""
    user, contact = names_said(text_of(tracker))
    said = user if slot == "user_name" else contact
    name = clean_person_name(str(value)) if value else None
    # "Peter Dahl" from "Peter" and "hans efternavn er Dahl" is cued by the surname's words
    completed = slot == "contact_name" and name and name == with_surname(name.split()[0], text_of(tracker))
    mended = name and name in (respelled(set_in_earlier_turns(tracker, slot), text_of(tracker)),  # "Madsen*"
                               mended_name(set_in_earlier_turns(tracker, slot), text_of(tracker), slot == "user_name"))
    in_full = said and name == in_full_before(said, earlier_user_text(tracker))  # "Signe", "Signe Bak" before
    bare = _the_missing_name(tracker) == (slot, name)  # "Peter Skov" alone fills the name the mail lacks
    return name if name and (completed or mended or in_full or bare or (said and name == said)) \
        else before_this_turn(tracker, slot)


def _cleaned(clean, value: Any, previous: Any) -> Any:
    """The cleaned value; an unusable one ('Han', 'noget med M') keeps what the slot had."""
    return (clean(str(value)) if value else None) or previous


def _another_fact(said: str) -> bool:
    """'telefon', 'kan ikke huske om de sagde noget', 'har ringet', 'hun hed Birgitte Holm': an answer to
    another question."""
    return parse_channel(said) is not None or says_no_deadline(said, asked=True) \
        or attempts_reported(said) is not None or rejection_reported(said) or any(names_said(said))


def _left_to_the_user(said: str) -> bool:
    """'det sagde de ikke noget om' to "ringe eller mail?": the employer chose no channel, which is no
    answer about the deadline ('de sagde ikke hvornår') or any other fact."""
    return employer_left_unsaid(said) and not says_no_deadline(said, asked=False) \
        and attempts_reported(said) is None and not rejection_reported(said) and not any(names_said(said))


def _answer_day(entity: Dict[str, Any], asked: bool) -> bool:
    """A day the message gives the deadline beside words that could mean none: cued as one, or, when the
    deadline was asked, one the employer said ("de sagde inden jul, men det er jo snart"); not a day the
    user places something else on ("kan ikke huske det, det var lige op til jul")."""
    info = entity.get("additional_info") or {}
    about = info.get("about")
    return about == DEADLINE or (asked and about is None and info.get("reported") and not info.get("problem")
                                 and not info.get("clock_only"))


def _deadline_refused_now(tracker: Tracker) -> bool:
    """validate_deadline refused the day this message gave (R8): its None stands among this turn's events."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "slot" and event.get("name") == "deadline" and event.get("value") is None \
                and times_in(tracker):
            return True
    return False


def _still_needed(tracker: Tracker) -> tuple:
    """The slots to ask for, in the form's order: what the plan still needs (tracker_case.missing_for_plan:
    only the day for an interview ahead, R6), and nothing once the application is closed (R9)."""
    if tracker.get_slot("application_closed") or tracker.get_slot("job_offered"):
        return ()
    return tuple(missing_for_plan(tracker))


