"""Facts in every message, whatever the dialogue does with it: `action_validate_slot_mappings`.

Rasa runs this action after every user message, inside `action_extract_slots`, before a policy
chooses what comes next. So a message the form never reads still gives its facts to the case: a
question in the middle of the form (Rasa resumes a form after an interruption without reading the
message again), an intent the NLU misread, a message before the form starts. The values the NLU's
entity mappings set are cleaned here the way the form cleans them, also outside the form.

It reads only what a message says unasked (cued dates, attempts, channel, role, employer, names):
the answer to the form's question stays the form's to read. It says nothing and never erases: a
value it cannot accept leaves the slot as it was before this message.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.followup_form import ATTEMPTS, NEVER_FACTS, ValidateFollowupForm, corrects_the_follow_up_day
from actions.latest_message import intent_of, read_from_the_day_received, text_of
from actions.tracker_case import before_this_turn, plan_given_before
from coach.facts import count_corrected, count_restated, no_follow_up_made, rejection_denied, speaks_of_last_time
from coach.facts.channel import opening_channel
from coach.facts.pasted import bare_own_mail
from coach.review import draft_in_request
from coach.review.request import story_before_the_draft

# Slots whose values the NLU sets from entities (domain.yml, from_entity mappings).
ENTITY_SLOTS = ("role", "contact_channel", "contact_name", "company", "user_name")
# Recording slots: after the plan, the report actions count an attempt or a rejection (and ask first).
RECORDS = (ATTEMPTS, "last_attempt_date", "last_attempt_channel", "last_attempt_voicemail", "application_closed")
# A rehearsal line is a role-play and a pasted draft is the user's text to review: no facts of the case.
NOT_FACT_LOOPS = {"rehearsal_form", "draft_review_form"}


class ValidateSlotMappings(ValidateFollowupForm):
    answers_questions = False
    # rasa-sdk's plain ValidationAction steps: no requested_slot of a form is set here.
    _extract_validation_events = ValidationAction._extract_validation_events

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def required_slots(self, domain_slots: List[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[str]:
        slots = await super().required_slots(domain_slots, dispatcher, tracker, domain)
        if not plan_given_before(tracker):
            return slots
        # "mailen var den sidste, den sendte jeg onsdag i sidste uge" dates a follow-up counted already, and
        # "nej vent, det var faktisk fire gange i alt" counts them again; "har også prøvet HR i torsdags" is a
        # new one, the report action's to count
        said = text_of(tracker)
        dated = ("last_attempt_date",) if speaks_of_last_time(said) or corrects_the_follow_up_day(tracker) else ()
        recounted = (ATTEMPTS, "last_attempt_date") if count_restated(said) is not None \
            or count_corrected(said) is not None or no_follow_up_made(said) else ()  # "nej vent, kun én gang" (AY008)
        return [name for name in slots if name not in RECORDS or name in dated + recounted]

    async def _names_only(self, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        """The names told with a request to read a draft, and the channel it opens with ("Jeg vil helst ringe. …
        Vil De læse den?" answered the form's question too, a tester)."""
        told = {"user_name", "contact_name"} | ({"contact_channel"} if opening_channel(text_of(tracker)) else set())
        events = await ValidationAction.run(self, CollectingDispatcher(), tracker, domain)
        return [e for e in events if e.get("event") == "slot" and e.get("name") in told and e.get("value")]

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        if intent_of(tracker) in NEVER_FACTS:
            intro = _intro_before_the_draft(tracker)
            if intro is not None:  # the facts told before the pasted draft, none from the draft
                events = await ValidationAction.run(self, CollectingDispatcher(), intro, domain)
                return [_kept_if_refused(event, tracker) for event in events]
            # "kan du læse min mail?" chooses no channel (nor do the entity mappings: not_intent); but "Jeg hedder
            # Poul Erik Larsen. Kan du høre …" with no draft in it tells a name (testers lost theirs)
            return await self._names_only(tracker, domain) if _a_request_alone(tracker) else []
        if (tracker.active_loop or {}).get("name") in NOT_FACT_LOOPS:
            return _undo_entity_slots(tracker)
        read_from_the_day_received(tracker)
        events = await ValidationAction.run(self, CollectingDispatcher(), tracker, domain)
        reopened = [SlotSet("application_closed", False)] if tracker.get_slot("application_closed") \
            and rejection_denied(text_of(tracker)) else []  # "men jeg har IKKE fået et nej" (a tester)
        return [_kept_if_refused(event, tracker) for event in events] + reopened


def _a_request_alone(tracker: Tracker) -> bool:
    said = text_of(tracker)
    return intent_of(tracker) == "request_draft_review" and draft_in_request(said) is None \
        and not bare_own_mail(said)


def _intro_before_the_draft(tracker: Tracker) -> Tracker | None:
    """The story told before a pasted draft (coach.review.request.story_before_the_draft), read as an `inform`."""
    story = story_before_the_draft(text_of(tracker)) if intent_of(tracker) == "request_draft_review" else None
    if story is None:
        return None
    latest = tracker.latest_message
    intro = {**latest, "text": story, "intent": {"name": "inform", "confidence": 1.0},
             "entities": [e for e in latest.get("entities") or [] if (e.get("end") or 0) <= len(story)]}
    return Tracker(tracker.sender_id, tracker.slots, intro, tracker.events, tracker.is_paused(),
                   tracker.followup_action, tracker.active_loop, tracker.latest_action_name)


def _kept_if_refused(event: Dict[str, Any], tracker: Tracker) -> Dict[str, Any]:
    """A slot this pass would empty keeps its earlier value: only the form erases, and it says why. An interview
    no longer ahead is no refusal: "så nu har jeg været der!!" (BH008) tells it was held."""
    if event.get("event") == "slot" and event.get("value") is None and event.get("name") != "interview_ahead":
        return SlotSet(event["name"], before_this_turn(tracker, event["name"]))
    return event


def _undo_entity_slots(tracker: Tracker) -> List[EventType]:
    return [SlotSet(name, before_this_turn(tracker, name)) for name in ENTITY_SLOTS
            if tracker.get_slot(name) != before_this_turn(tracker, name)]
