"""Validation of `followup_form`: extract facts in the user's words, refuse bad ones (R8)."""

from __future__ import annotations

import re
import warnings
from datetime import date
from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.questions import times_asked
from actions.tracker_case import REQUIRED_SLOTS, before_this_turn, case_changed_this_turn, earlier_events
from coach import clock
from coach.case import EMAIL, NO_DEADLINE, PHONE, FollowUpCase
from coach.dates.entities import day_in_period, past_day, pick_time, pinned_day, reading_for, vague_period
from coach.facts import (
    DEADLINE,
    INTERVIEW,
    attempts_reported,
    channel_preference,
    clean_company,
    clean_person_name,
    clean_role,
    company_said,
    interview_just_now,
    is_correction,
    names_said,
    parse_channel,
    promised_without_day,
    rejection_reported,
    role_said,
    says_no_deadline,
    split_role_answer,
    times_said,
    whole_title,
)
from coach.questions import ASKED_BEFORE_REPHRASING, not_understood
from coach.texts import text
from coach.tips import channel_advice
from coach.validation import deadline_problem, impossible_date_message, interview_date_problem

# Slots the form fills when the user offers them, but never asks for.
OPTIONAL_SLOTS = ("interview_time", "contact_name", "company", "user_name")
# Questions to the coach: never an answer to the form's question.
QUESTIONS = {
    "ask_capabilities", "out_of_scope", "ask_channel_advice", "request_tips", "start_over", "bad_input", "forget_me",
}
# Social intents a rule answers inside the form; the facts in such a message are still read
# ("tak, det var i tirsdags"). tests/actions/test_dialogue_knowledge.py checks these against the rules.
READ_THROUGH = {"thank", "greet", "request_rehearsal"}
ATTEMPTS = "followup_attempts"
DATE_SLOTS = ("interview_date", "deadline")
# Intents whose messages are never read for facts: they are about the conversation itself. (A message
# read as start_over is: "kom lige hjem fra jobsamtale" is news; a real restart wipes it anyway.)
NEVER_FACTS = {"bad_input", "forget_me"}
INTENT_CHANNELS = {"request_email": EMAIL, "request_call_script": PHONE}
SURE = 0.5
Slots = Dict[str, Any]
# Optional slots are filled by from_entity mappings, not by extract_ methods: rasa-sdk
# would warn about the missing methods on every turn.
warnings.filterwarnings("ignore", message="No method 'extract_", category=UserWarning)


class ValidateFollowupForm(FormValidationAction):
    # The form reads the answer to its question; actions.slot_mappings reads only unasked facts.
    answers_questions = True

    def name(self) -> str:
        return "validate_followup_form"

    def _asked(self, tracker: Tracker, slot: str) -> bool:
        return self.answers_questions and tracker.get_slot("requested_slot") == slot

    async def required_slots(self, domain_slots: List[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[str]:
        return list(REQUIRED_SLOTS) + list(OPTIONAL_SLOTS) + [ATTEMPTS, "last_attempt_date", "application_closed",
                                                              "interview_period"]

    async def next_requested_slot(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> EventType | None:
        missing = (name for name in _still_needed(tracker) if tracker.slots.get(name) is None)
        return SlotSet("requested_slot", next(missing, None))

    # --- extraction --------------------------------------------------------------

    async def extract_interview_date(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                     domain: DomainDict) -> Slots:
        return self._extract_date(dispatcher, tracker, "interview_date", INTERVIEW)

    async def extract_deadline(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: DomainDict) -> Slots:
        said = _text(tracker)
        asked = self._asked(tracker, "deadline")
        # "det sagde de ikke" can read like a rejection or a denial; asked for the
        # deadline, it means there is none.
        if _intent(tracker) not in QUESTIONS and says_no_deadline(said, asked=asked) \
                and not (is_correction(said) and _times(tracker)):  # "nej vent, det var torsdag" is a date
            return {"deadline": NO_DEADLINE}
        if asked and times_asked(tracker, "deadline") > ASKED_BEFORE_REPHRASING and not _times(tracker) \
                and _answers_question(tracker):
            # Asked in other words and still no date: R2's default instead of asking again.
            dispatcher.utter_message(text=text("form.deadline_assumed"))
            return {"deadline": NO_DEADLINE}
        if asked and not _times(tracker) and promised_without_day(said) and _answers_question(tracker):
            return {"deadline": NO_DEADLINE}  # "han sagde bare de ville ringe"
        return self._extract_date(dispatcher, tracker, "deadline", DEADLINE)

    def _extract_date(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str,
                      topic: str) -> Slots:
        asked = self._asked(tracker, slot)
        # A correction ("nej vent, det var onsdag") is about the date the user gave last, even while the
        # coach asks for the other one; "ups, det var d. 2/12" after a refused deadline is the deadline.
        target = _corrected_topic(tracker) if is_correction(_text(tracker)) and _times(tracker) else None
        if asked and target not in (None, topic):
            asked = False
            if tracker.get_slot(_slot_of(target)) is not None and topic == DEADLINE:
                return {}  # not the answer to this question: the form asks it again
        correcting = not asked and target == topic and tracker.get_slot(slot) is not None
        entities = tracker.latest_message.get("entities", [])
        cued = pick_time(entities, topic, asked=False) if _intent(tracker) not in NEVER_FACTS else None
        if cued is not None and cued["additional_info"].get("about") == topic:
            entity = cued  # "svarfristen var i går": a date that says what it is, whatever the intent
        elif topic == INTERVIEW and tracker.get_slot(slot) is None and _only_a_date(tracker) \
                and tracker.get_slot("requested_slot") in (None, slot):
            entity = _times(tracker)[0]  # "3/12-2026" before any question: the interview is what comes first
        elif not _may_read(tracker, asked or correcting):
            return {}
        else:
            # A correction ("nej vent, det var fredag") is about the date given last, unless it says otherwise.
            entity = pick_time(entities, topic, asked or correcting) \
                or self._deadline_by_elimination(tracker, entities, topic, asked or correcting)
            if entity is not None and not (asked or correcting) and tracker.get_slot(slot) is not None \
                    and entity["additional_info"].get("about") != topic:
                entity = None  # an uncued day never replaces a known one ("de ville ringe i fredags")
        if entity is None and topic == INTERVIEW and not _times(tracker) and interview_just_now(_text(tracker)) \
                and _intent(tracker) not in NEVER_FACTS and (asked or tracker.get_slot(slot) is None):
            return {slot: clock.today().isoformat()}  # "har lige haft samtale"
        if entity is None:
            if _about_something_else(entities, topic):
                return {}  # "svarfristen var i går" when asked for the interview: understood, another slot
            return self._not_understood(dispatcher, tracker, slot)
        info = entity["additional_info"]
        if info.get("problem"):
            dispatcher.utter_message(text=impossible_date_message(info.get("text") or ""))
            return {slot: None} if asked else {}  # a correction to a non-date keeps the old value
        corrected = _date(before_this_turn(tracker, slot)) if correcting or target == topic else None
        value = pinned_day(entities, entity, topic, clock.today()) \
            or reading_for(entity, topic, clock.today(), interview=_date(tracker.get_slot("interview_date")),
                           near=corrected)
        if topic == INTERVIEW:
            known_period = _period(tracker.get_slot("interview_period"))
            value = (day_in_period(entity, known_period) if known_period else None) or value
            period = vague_period(entity, value)
            if period and (asked or tracker.get_slot(slot) is None):
                # "i sidste uge": which day? The question says so, and "onsdag" is read inside that week.
                return {slot: None, "interview_period": f"{period[0].isoformat()}/{period[1].isoformat()}"}
        day, _, hhmm = (value or "").partition("T")
        slots: Slots = {slot: day or None}
        if topic == INTERVIEW and hhmm:
            slots["interview_time"] = hhmm
        return slots

    @staticmethod
    def _deadline_by_elimination(tracker: Tracker, entities: List[Dict[str, Any]], topic: str,
                                 asked: bool) -> Dict[str, Any] | None:
        """Unasked, a date with no cue is the deadline when the interview day is known and this date
        lies after it ("hun sagde d. 1. december" while the coach asks for the role)."""
        interview = _date(tracker.get_slot("interview_date"))
        if topic != DEADLINE or asked or interview is None or tracker.get_slot("deadline") is not None \
                or tracker.get_slot("requested_slot") == "interview_date" or is_correction(_text(tracker)):
            return None  # "nej vent, det var i forgårs, tirsdag" names one day twice
        for entity in entities:
            info = entity.get("additional_info") or {}
            if entity.get("entity") != "time" or info.get("about") is not None or info.get("problem") \
                    or info.get("clock_only"):
                continue  # "kl 14" names no day
            reading = reading_for(entity, DEADLINE, clock.today(), interview=interview)
            if reading and date.fromisoformat(reading[:10]) > interview:
                return entity
        return None

    async def extract_role(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Slots:
        said = _text(tracker)
        if _intent(tracker) in NEVER_FACTS:
            return {}
        named = role_said(said)  # "samtale … som grafisk designer hos …": the whole title, in any message
        if named:
            return {"role": named}
        if not self._asked(tracker, "role"):
            return {}
        if not _answers_question(tracker) and not _looks_like_a_title(said):
            return {}  # a question to the coach; a short title the NLU took for one is still the answer
        if _times(tracker) or _another_fact(said):
            return {}  # the message answers something else
        role, employer = split_role_answer(said)  # "flaskedreng i netto": the title, and where
        if role is None:
            return self._not_understood(dispatcher, tracker, "role")
        return {"role": role, "company": employer} if employer else {"role": role}

    async def extract_contact_channel(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                      domain: DomainDict) -> Slots:
        intent = _intent(tracker)
        # Asking for the e-mail or the script chooses the channel, when the NLU is sure of it.
        if intent in INTENT_CHANNELS and _confidence(tracker) >= SURE:
            return {"contact_channel": INTENT_CHANNELS[intent]}
        if intent in QUESTIONS and "?" in _text(tracker):
            return {}  # "skal jeg ringe?" asks for advice; "jeg foretrækker at skrive." chooses
        if not self._asked(tracker, "contact_channel"):  # "jeg ringer hellere selv" in any message
            preferred = channel_preference(_text(tracker))
            return {"contact_channel": preferred} if preferred else {}
        channel = parse_channel(_text(tracker))  # "ja, jeg ringer nok" answers the question, whatever the intent
        if channel is None and (not _answers_question(tracker) or _another_fact(_text(tracker))):
            return {}  # "har mailet dem 3 gange" answers something else: the form asks again
        if channel is None:
            return self._not_understood(dispatcher, tracker, "contact_channel")
        return {"contact_channel": channel}

    async def extract_application_closed(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                         domain: DomainDict) -> Slots:
        """'de har valgt en anden', 'hun lød afvisende' in any message: the form stops, R9 follows."""
        if _intent(tracker) in QUESTIONS or not rejection_reported(_text(tracker)):
            return {}
        return {"application_closed": True}

    async def extract_followup_attempts(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                        domain: DomainDict) -> Slots:
        """'har ringet to gange, sidst i torsdags' in any message: the attempts already made (R4/R5)."""
        said = _text(tracker)
        known = int(tracker.get_slot(ATTEMPTS) or 0)
        if _intent(tracker) in QUESTIONS or rejection_reported(said) or (known and not is_correction(said)):
            return {}  # counted already ("nej, kun én gang" corrects it), or the call was answered (with a no)
        count = times_said(said) if known else attempts_reported(said)
        if count is None:
            return {}
        today = clock.today()
        last = past_day(tracker.latest_message.get("entities", []), today) or today.isoformat()
        return {ATTEMPTS: count, "last_attempt_date": last}

    async def extract_last_attempt_date(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                        domain: DomainDict) -> Slots:
        """'i tirsdags' right after 'har mailet 1 gang' (recorded as today): the day of that attempt."""
        if not _only_a_date(tracker) or not _attempt_recorded_last_turn(tracker):
            return {}
        day = past_day(tracker.latest_message.get("entities", []), clock.today())
        return {"last_attempt_date": day} if day else {}

    async def extract_company(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
        company = company_said(_text(tracker)) if _intent(tracker) not in NEVER_FACTS else None
        return {"company": company} if company else {}

    async def extract_user_name(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        user, contact = names_said(_text(tracker))  # "mit navn er Karen Lund Mikkelsen": the whole name
        return {"user_name": user} if user else _not_this_name(tracker, "user_name", contact)

    async def extract_contact_name(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: DomainDict) -> Slots:
        user, contact = names_said(_text(tracker))  # "min kontakt hedder …", "jeg talte med …"
        return {"contact_name": contact} if contact else _not_this_name(tracker, "contact_name", user)

    def _not_understood(self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str) -> Slots:
        """Only when the coach asked for this slot: say so, and keep the form going."""
        if not self._asked(tracker, slot) or not _answers_question(tracker) or case_changed_this_turn(tracker):
            return {}  # not asked, not an answer, or it told something else ("nej vent, det var i forgårs")
        dispatcher.utter_message(text=not_understood(slot))
        return {slot: None}

    # --- validation --------------------------------------------------------------

    def validate_interview_date(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                domain: DomainDict) -> Slots:
        day = _date(value)
        if day is None:
            return {"interview_date": None, "interview_time": None}
        problem = interview_date_problem(day, clock.today())
        if problem:
            dispatcher.utter_message(text=problem)
            return {"interview_date": None, "interview_time": None}
        deadline = _date(tracker.get_slot("deadline"))
        if deadline is not None and deadline_problem(deadline, day):
            dispatcher.utter_message(text=deadline_problem(deadline, day))
            return {"interview_date": day.isoformat(), "deadline": None}
        return {"interview_date": day.isoformat()}

    def validate_deadline(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                          domain: DomainDict) -> Slots:
        if value == NO_DEADLINE:
            return {"deadline": NO_DEADLINE}
        day = _date(value)
        if day is None:
            return {"deadline": None}
        problem = deadline_problem(day, _date(tracker.get_slot("interview_date")))
        if problem:
            dispatcher.utter_message(text=problem)
            return {"deadline": None}
        return {"deadline": day.isoformat()}

    def validate_role(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                      domain: DomainDict) -> Slots:
        said = _text(tracker)
        known = before_this_turn(tracker, "role")
        if known and value != known and not self._asked(tracker, "role") and not is_correction(said) \
                and value != role_said(said):
            # A title mentioned in passing ("en mail til kontorchef Henrik Lund") is not a new role.
            return {"role": known}
        return {"role": clean_role(whole_title(str(value), said)) if value else None}

    def validate_contact_channel(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: DomainDict) -> Slots:
        if value in (PHONE, EMAIL):
            return {"contact_channel": value}
        channel = parse_channel(str(value or ""))
        if channel is None and value:
            dispatcher.utter_message(text=channel_advice(FollowUpCase()))
        return {"contact_channel": channel}

    def validate_contact_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> Slots:
        return {"contact_name": _named_by_cue(tracker, value, "contact_name")}

    def validate_company(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                         domain: DomainDict) -> Slots:
        return {"company": _cleaned(clean_company, value, before_this_turn(tracker, "company"))}

    def validate_user_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> Slots:
        return {"user_name": _named_by_cue(tracker, value, "user_name")}


def _text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _answers_question(tracker: Tracker) -> bool:
    """Whether the message is meant as the answer to the form's question.

    Facts and unclear messages are; so is a weak guess at another intent ("<script>"
    read as a call-script request at 0.34). Questions to the coach are not.
    """
    intent = _intent(tracker)
    if intent in QUESTIONS:
        return False
    return intent in ("inform", "nlu_fallback") or _confidence(tracker) < SURE


def _may_read(tracker: Tracker, asked: bool) -> bool:
    """Asked: the answer; unasked: the facts in any message that is not a question to the coach (the
    NLU's guess alone does not make one: "de sagde uge 44. kan vi ikke bare komme videre")."""
    if asked:
        return _answers_question(tracker)
    return _intent(tracker) not in QUESTIONS or "?" not in _text(tracker)


def _not_this_name(tracker: Tracker, slot: str, other: str | None) -> Slots:
    """The NLU may put 'jeg hedder Birthe Lund' into contact_name too (its mapping sets the slot even
    outside the form, unvalidated): a name the message says is the other person's is undone here."""
    if other and tracker.get_slot(slot) == other:
        return {slot: before_this_turn(tracker, slot)}
    return {}


def _named_by_cue(tracker: Tracker, value: Any, slot: str) -> Any:
    """A name lands in the e-mail, so it is taken only where words say whose it is ("jeg hedder …",
    "min kontakt hedder …", "jeg talte med …"): an NLU guess without a cue keeps the earlier value."""
    user, contact = names_said(_text(tracker))
    said = user if slot == "user_name" else contact
    name = clean_person_name(str(value)) if value else None
    return name if name and said and name == said else before_this_turn(tracker, slot)


def _cleaned(clean, value: Any, previous: Any) -> Any:
    """The cleaned value; an unusable one ('Han', 'noget med M') keeps what the slot had."""
    return (clean(str(value)) if value else None) or previous


def _looks_like_a_title(said: str) -> bool:
    """'sosu hjælper', 'tjener': a few words and no question."""
    words = said.split()
    return 0 < len(words) <= 4 and "?" not in said


def _another_fact(said: str) -> bool:
    """'telefon', 'kan ikke huske om de sagde noget', 'har ringet': an answer to another question."""
    return parse_channel(said) is not None or says_no_deadline(said, asked=True) \
        or attempts_reported(said) is not None or rejection_reported(said)


def _only_a_date(tracker: Tracker) -> bool:
    """'3/12-2026', 'd. 20/11', 'i tirsdags': a message that is one date and nothing else."""
    times = _times(tracker)
    if len(times) != 1 or times[0].get("start") is None:
        return False
    said = _text(tracker)
    rest = said[:times[0]["start"]] + said[times[0]["end"]:]
    return not re.sub(r"\b(den|d|kl|ca|det var|var)\b", "", rest.lower()).strip(" .,!?-")


def _times(tracker: Tracker) -> List[Dict[str, Any]]:
    return [e for e in tracker.latest_message.get("entities", []) if e.get("entity") == "time"]


def _about_something_else(entities: List[Dict[str, Any]], topic: str) -> bool:
    return any((e.get("additional_info") or {}).get("about") not in (None, topic)
               for e in entities if e.get("entity") == "time")


def _still_needed(tracker: Tracker) -> tuple:
    """The slots to ask for: all required ones, but only the day for an interview that lies ahead (R6),
    and none once the application is closed (R9)."""
    if tracker.get_slot("application_closed"):
        return ()
    interview = _date(tracker.get_slot("interview_date"))
    return REQUIRED_SLOTS[:1] if interview is not None and interview > clock.today() else REQUIRED_SLOTS


def _confidence(tracker: Tracker) -> float:
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)


def _attempt_recorded_last_turn(tracker: Tracker) -> bool:
    earlier = earlier_events(tracker)
    users = [i for i, e in enumerate(earlier) if e.get("event") == "user"]
    return any(e.get("event") == "slot" and e.get("name") == ATTEMPTS and e.get("value")
               for e in (earlier[users[-1]:] if users else []))


def _corrected_topic(tracker: Tracker) -> str:
    """The date a bare correction is about: the one the previous message gave (or that the coach refused
    in it), else the one given last, else the interview."""
    earlier = earlier_events(tracker)
    users = [i for i, e in enumerate(earlier) if e.get("event") == "user"]
    previous_turn = earlier[users[-1]:] if users else []
    touched = {e["name"] for e in previous_turn if e.get("event") == "slot" and e.get("name") in DATE_SLOTS}
    if touched:  # both in one message: the interview is what people correct
        return INTERVIEW if "interview_date" in touched else DEADLINE
    for event in reversed(earlier):
        if event.get("event") == "slot" and event.get("name") in DATE_SLOTS and event.get("value"):
            return INTERVIEW if event["name"] == "interview_date" else DEADLINE
    return INTERVIEW


def _slot_of(topic: str) -> str:
    return "interview_date" if topic == INTERVIEW else "deadline"


def _period(value: Any) -> tuple[date, date] | None:
    first, _, last = str(value or "").partition("/")
    return (_date(first), _date(last)) if _date(first) and _date(last) else None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
