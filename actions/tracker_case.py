"""Read the domain's FollowUpCase from a rasa-sdk Tracker."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml
from rasa_sdk import Tracker

from coach import clock
from coach.applications import as_read
from coach.case import PHONE, FollowUpCase
from coach.facts import (
    answered_follow_up,
    attempts_reported,
    called_in,
    handover_told,
    job_offered,
    names_said,
    no_answer_told,
    one_person,
    parse_channel,
    rejection_medium,
    rejection_reported,
    rejection_told,
    says_no_deadline,
    sounded_cold_only,
    withdrawal_told,
)
from coach.requests import about_to_follow_up
from coach.rules import interview_lies_ahead, lets_go, undated_ahead

DOMAIN_FILE = Path(__file__).resolve().parents[1] / "domain.yml"
CASE_SLOTS = (
    "interview_date", "interview_time", "interview_ahead", "interview_day_unset", "role", "contact_channel", "deadline",
    "contact_name", "company", "user_name", "followup_attempts", "last_attempt_date", "last_attempt_channel",
    "last_attempt_voicemail", "user_phone", "phone_left_out", "last_answer_date", "contact_back", "callback_agreed",
    "informal_greeting", "short_mail",
)


@cache
def form_required_slots(form: str) -> tuple[str, ...]:
    """The form's required slots as domain.yml declares them: the one place they are listed."""
    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
    return tuple(domain["forms"][form]["required_slots"])


def anything_told(tracker: Tracker) -> bool:
    """Whether the user has told the case anything yet."""
    return any(tracker.get_slot(name) not in (None, "", 0, False) for name in CASE_SLOTS)


@cache
def response_text(name: str) -> str:
    """The first text of a response in domain.yml ("utter_ask_forget"), to know when the coach just said it."""
    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
    return domain["responses"][name][0]["text"]


REQUIRED_SLOTS = form_required_slots("followup_form")


def case_from(tracker: Tracker, **changes) -> FollowUpCase:
    """The case in the tracker's slots; `changes` are events of this turn not yet in the tracker."""
    slots = {name: tracker.get_slot(name) for name in CASE_SLOTS}
    slots.update(changes)
    closed = changes.get("application_closed", tracker.get_slot("application_closed"))
    case = FollowUpCase.from_slots(slots, rejected=bool(closed))
    if case.rejected and how_the_no_came(tracker) == PHONE:
        case = replace(case, no_came_by_phone=True)
    if case.rejected and sounded_cold_only(_closed_by(tracker)):  # "han lød ret kold": heard, so in a call or a
        case = replace(case, cold_contact=True, no_came_by_phone=True)  # meeting that is over
    if case.followup_attempts:
        contacted = contacts_of_attempts(tracker)
        if "last_attempt_date" in changes:  # counted this turn: "ringede til jette … nu vil jeg skrive til HR, hun
            # hedder Camilla Berg" (s39a: the last mail went "ikke til Camilla Berg")
            to = called_in(tracker.latest_message.get("text") or "") or before_this_turn(tracker, "contact_name")
            contacted += (to,) if to and not any(one_person(to, c) for c in contacted) else ()
        case = replace(case, contacted=contacted)
    earlier = contact_at_last_attempt(tracker) if case.followup_attempts and case.contact_name else None
    if earlier and not one_person(earlier, case.contact_name):
        return replace(case, earlier_contact=earlier)  # "nu skal jeg skrive til Peter Dam i stedet"
    return case


def contacts_of_attempts(tracker: Tracker) -> tuple[str, ...]:
    """The contacts named by the end of each turn that recorded an unanswered follow-up since the count last
    started from none, each once ("" for someone never named)."""
    contacts: list[str] = []
    contact, before, recorded, said, named_in = None, None, False, "", ""
    for event in [*tracker.events, {"event": "user"}]:
        if event.get("event") == "user" and recorded:
            # "ringede til jette d. 24/11 … nu vil jeg skrive til HR, hun hedder Camilla Berg" (s39a): the one called;
            # "… nu vil jeg prøve HR, hun hedder Pia Lauridsen" (s40a): not the one the follow-ups went to
            to = called_in(said) or (before if _HIGHER_UP_NAMED.search(said) else contact) or ""
            if not any(one_person(to, c) if to and c else to == c for c in contacts):
                contacts.append(to)  # "": someone not named
            recorded = False
        if event.get("event") == "user":
            said, before = event.get("text") or "", contact
        elif event.get("event") == "slot" and event.get("name") == "contact_name":
            contact, named_in = event.get("value"), said
        elif event.get("event") == "slot" and event.get("name") == "followup_attempts" and not event.get("value"):
            contacts, recorded = [], False
        elif event.get("event") == "slot" and event.get("name") == "last_attempt_date" and event.get("value"):
            recorded = True
    if "" in contacts and contact and not (_HIGHER_UP_NAMED.search(named_in) or handover_told(named_in)):
        contacts[contacts.index("")] = contact  # "har ringet to gange", then "hun hedder Jette": the one called
    elif "" in contacts and (earlier := names_said(named_in)[1]) and contact and not one_person(earlier, contact):
        contacts[contacts.index("")] = earlier  # "min kontakt var Sara Holm. … HR chef hedder Peter Dahl" (s42c)
    return tuple(contacts)


_HIGHER_UP_NAMED = re.compile(r"\b(hr|personaleafdeling\w*|ansættende leder|chefen|lederen|direktøren)\b[^.!?]{0,30}"
                              r"\b(hedder|hed|er)\b", re.IGNORECASE)


def contact_at_last_attempt(tracker: Tracker) -> str | None:
    """The contact named by the end of the turn that recorded the last unanswered follow-up."""
    contact, at_attempt, recorded = None, None, False
    for event in tracker.events:
        if event.get("event") == "user" and recorded:
            at_attempt, recorded = contact, False
        elif event.get("event") == "slot" and event.get("name") == "contact_name":
            contact = event.get("value")
        elif event.get("event") == "slot" and event.get("name") == "last_attempt_date" and event.get("value"):
            recorded = True
    return contact if recorded else at_attempt


# Entities that carry the case's facts (the form reads them).
FACT_ENTITIES = {"time", "job_role", "company", "contact_name", "user_name", "contact_channel"}


def carries_form_facts(tracker: Tracker) -> bool:
    """While the plan still lacks facts, a message with some is the form's to read, whatever intent the
    NLU gave it ("de oplyste, at vi ville få svar 27. november" is a deadline, not news)."""
    return bool(missing_required(tracker)) and (has_facts(tracker) or case_changed_this_turn(tracker))


def has_facts(tracker: Tracker) -> bool:
    """Whether the latest message says anything about the case (a date, a role, a name, a channel...)."""
    said = as_read(tracker.latest_message.get("text") or "")
    asked = tracker.get_slot("requested_slot")
    return any(e.get("entity") in FACT_ENTITIES for e in tracker.latest_message.get("entities") or []) \
        or parse_channel(said) is not None or says_no_deadline(said, asked=asked == "deadline")


def name_alone(tracker: Tracker) -> str | None:
    """'Lone' as the whole message, read as a name but set in neither name slot (no word says whose it is)."""
    said = (tracker.latest_message.get("text") or "").strip(" .!?")
    named = [e for e in tracker.latest_message.get("entities") or [] if e.get("entity") in NAME_ENTITIES]
    if len(named) != 1 or str(named[0].get("value") or "").strip().lower() != said.lower():
        return None
    if any(tracker.get_slot(slot) != before_this_turn(tracker, slot) for slot in NAME_ENTITIES):
        return None
    return said.title() if said.islower() else said


NAME_ENTITIES = ("contact_name", "user_name")


def earlier_events(tracker: Tracker) -> list:
    """The events before the latest user message: what was known and said before this turn."""
    last_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=0)
    return tracker.events[:last_user]


def earlier_user_text(tracker: Tracker) -> str:
    """What the user wrote before the latest message, as read (another application blanked), one per line."""
    return "\n".join(as_read(e.get("text") or "") for e in earlier_events(tracker) if e.get("event") == "user")


def before_this_turn(tracker: Tracker, slot: str):
    """The slot's value before the latest user message (a mapping or the form may have set it since)."""
    later = tracker.events[len(earlier_events(tracker)):]
    if not any(e.get("event") == "slot" and e.get("name") == slot for e in later):
        return tracker.get_slot(slot)  # not set since: what it is now
    return set_in_earlier_turns(tracker, slot)


def set_in_earlier_turns(tracker: Tracker, slot: str):
    """The value the events before the latest user message gave the slot (None if none): unlike
    `before_this_turn`, not what the slot holds now when this turn's extraction has changed it in place."""
    value = None
    for event in earlier_events(tracker):
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
        elif event.get("event") in ("restart", "session_started"):
            value = None
    return value


def changed_this_turn(tracker: Tracker) -> set[str]:
    """The facts of the case the latest message changed."""
    return {slot for slot in CASE_SLOTS
            if str(before_this_turn(tracker, slot) or "") != str(tracker.get_slot(slot) or "")}


def case_changed_this_turn(tracker: Tracker) -> bool:
    """Whether the latest message changed any fact of the case."""
    return bool(changed_this_turn(tracker))


def plan_given_before(tracker: Tracker) -> bool:
    return any(e.get("event") == "action" and e.get("name") == "action_followup_plan"
               for e in earlier_events(tracker))


def missing_required(tracker: Tracker) -> list[str]:
    return [name for name in REQUIRED_SLOTS if tracker.get_slot(name) in (None, "")]


def missing_for_plan(tracker: Tracker) -> list[str]:
    """What a plan still needs, as the form asks: for an interview that lies ahead only its day (R6), after
    three unanswered follow-ups (R5, let go) only the interview and the job."""
    case = case_from(tracker)
    if interview_lies_ahead(case, clock.today()) or undated_ahead(case):
        return []
    if lets_go(case):  # R5: the channel and the answer day change nothing after three follow-ups
        return [name for name in missing_required(tracker) if name in ("interview_date", "role")]
    return missing_required(tracker)


def _closed_by(tracker: Tracker) -> str:
    """The latest message that told of a no or a cold contact."""
    return next((said for event in reversed(tracker.events) if event.get("event") == "user"
                 and rejection_reported(said := as_read(event.get("text") or ""))), "")


def how_the_no_came(tracker: Tracker) -> str | None:
    """EMAIL or PHONE for the way the latest rejection the user told of reached them, None if unsaid; also
    when told after the no ("hjælp mig med at svare på deres mail")."""
    told_later = None
    for event in reversed(tracker.events):
        said = as_read(event.get("text") or "") if event.get("event") == "user" else ""
        if said and rejection_reported(said):
            return rejection_medium(said) or told_later
        told_later = told_later or (rejection_medium(said) if said else None)
    return None


def reply_channel_told(tracker: Tracker) -> bool:
    """After a no: the message chooses a channel or tells how the no came ("de skrev en mail, så jeg svarer
    på mail"): the way to answer it."""
    said = as_read(tracker.latest_message.get("text") or "")
    return "contact_channel" in changed_this_turn(tracker) or rejection_medium(said) is not None


def previous_user_text(tracker: Tracker) -> str | None:
    """The user's message before the latest one, as typed; None in the first turn."""
    return next((e.get("text") or "" for e in reversed(earlier_events(tracker)) if e.get("event") == "user"), None)


def announced_just_before(tracker: Tracker) -> bool:
    """Whether the user's previous message told of a follow-up about to be made ("ok jeg ringer nu"): a short
    "ingen svar" now tells how that one went."""
    said_before = previous_user_text(tracker)
    return said_before is not None and about_to_follow_up(said_before)


def news_to_record(tracker: Tracker) -> str | None:
    """The report action for what this message tells after the plan, however the NLU read it: a no or a
    cold contact (R9), or one more follow-up without an answer ("har også prøvet HR i torsdags, heller
    ingen svar"). None when it tells neither, or when nothing is open to record."""
    said = as_read(tracker.latest_message.get("text") or "")
    if tracker.get_slot("application_closed") or said.startswith("/"):
        return None
    news = _news_told(tracker, said)
    # each report action once per message: "Jeg skrev til hende onsdag … og hun SVAREDE samme dag (ikke besluttet
    # endnu)" went answer → plan → no answer → answer … until Rasa's circuit breaker, and the chat stayed dead
    return None if news in actions_this_turn(tracker) else news


def actions_this_turn(tracker: Tracker) -> set[str]:
    """The actions run since the latest user message."""
    last_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=0)
    return {e.get("name") for e in tracker.events[last_user:] if e.get("event") == "action"}


def _news_told(tracker: Tracker, said: str) -> str | None:
    if withdrawal_told(said):  # "har fået et andet job og vil trække min ansøgning tilbage", "siger nej tak til
        return "action_report_answer"  # stillingen" (testers: the second was answered as their no)
    if rejection_told(said):  # not "hvad gør jeg, hvis hun lyder uinteresseret?"
        return "action_record_rejection"
    if job_offered(said) and not tracker.get_slot("job_offered"):
        return "action_report_answer"  # "de ringede lige og tilbød mig stillingen!!!" (BO017), whatever the intent
    if plan_given_before(tracker) and not answered_follow_up(said) \
            and (attempts_reported(said) is not None or (announced_just_before(tracker) and no_answer_told(said))):
        return "action_record_no_answer"
    return None
