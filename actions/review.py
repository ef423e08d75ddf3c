"""The review of the user's own draft as a Rasa form: "kan du læse min mail?", then the draft.

The message after the request is the draft whatever intent the NLU gives it (the form reads it with a
from_text mapping). The facts in a draft are the draft's, not news about the case: the slots the NLU or
the slot mappings set from it this turn are put back as they were. Only what the mail itself states and the
case lacks (its day, role, greeting, signature, number: coach.review.draft_facts) fills the case.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.advice import application_over
from actions.latest_message import typed_text
from actions.tracker_case import CASE_SLOTS, before_this_turn, case_from, earlier_events
from actions.user_questions import answer_what_if
from coach import clock
from coach.case import EMAIL, PHONE
from coach.conduct.model import warm_up
from coach.conduct.text import loose, rx, words
from coach.danish import format_date
from coach.facts import rejection_reported
from coach.facts.pasted import bare_own_mail, own_mail, pasted_mail
from coach.requests import what_if_asked
from coach.review import asks_to_write, draft_in_request, draft_kind, review_draft
from coach.review.draft_facts import facts_in_draft
from coach.review.request import (
    asks_for_the_improved_version,
    asks_which_to_send,
    calls_it_a_thank_you,
    story_before_the_draft,
    without_intro,
)
from coach.review.sentences import names_social_media
from coach.review.why import remarks_of
from coach.rules import plan_followup
from coach.texts import text

_CANCEL = rx(r"^\W*((nej|nå|okay|ok|ah)\W+)?(glem det|ingen grund|nej tak|annuller|afbryd|stop|fortryd|ikke alligevel|"
             r"lad være)\b")
# "han sagde de ringer inden fredag" (a tester, answering the coach's question while a draft was awaited): what they
# said, retold in a few words, is no draft of the user's
_RETOLD = rx(r"^\W*(og |men )?(han|hun|hen|de|chefen|lederen|hr)\s+(sagde|skrev|lovede|mente|sagt)\b")
# "Og mit nummer er 40 11 22 33", "og jobbet hedder social- og sundhedshjaelper" (s35a: reviewed as a draft, and the
# sentence put into the improved mail): a fact told (not "Jeg hedder Lars Bech og …": a call may open so) …
_TOLD = rx(r"^\W*(og |men |btw |nå |naa )?(mit (telefon|mobil)?(nummer|nr)|(jobbet|stillingen|titlen) (hedder|er|var)|"
           r"min kontakt\w* (hedder|er))\b",
           # "jeg har ikke sendt noget endnu!! og samtalen var MANDAG d 30 november" (s37b: reviewed as a mail)
           r"^\W*(nej\W+)?jeg har (ikke|ik) sendt\b", r"^\W*(nej\W+|og\W+)?samtalen (var|er)\b")
# … or an edit asked of the coach ("kan du ogsaa rette stavefejlene?", "må jeg ikke beholde sætningen om …?")
_EDIT_ASKED = rx(r"^\W*(og |men )?(kan|vil|kunne) du (også |ogsaa |lige |godt |ikke )*(rette|ændre|aendre|fjerne|"
                 r"sætte|saette|tilføje|tilfoeje|gøre|goere|bytte)\b[^?]*\?|^\W*(og |men )?må jeg (ikke |godt )*"
                 r"(beholde|have|skrive)\b[^?]*\?")
REMARKS = "review_remarks"  # "hvorfor …?" after the review is answered by them (actions.questions)
_RETOLD_WORDS = 15
MIN_WORDS = 6
# The action server answers once the judge is trained (about 7 s, more while Rasa loads beside it): a draft
# sent in the first seconds would otherwise outlast Rasa's action timeout (runtime/patches/action_server_faults.py).
warm_up(wait=True)


class ActionRequestDraftReview(Action):
    """Asks for the draft, or reviews it at once when it came with the request."""

    def name(self) -> str:
        return "action_request_draft_review"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        message = typed_text(tracker)
        earlier = tracker.get_slot("draft_text")
        if asks_which_to_send(message) and earlier:  # "skal jeg så sende din eller min?" (s43c: reviewed as a mail)
            dispatcher.utter_message(text=_which_to_send(tracker))
            return [SlotSet("draft_waiting", False)]
        if asks_for_the_improved_version(message) and earlier:  # "kan du vise den forbedrede version igen?" (s39b)
            kind = tracker.get_slot("draft_kind") or "email"
            review = review_draft(earlier, case_from(tracker), kind, thank_you=_called_a_thank_you(tracker))
            dispatcher.utter_message(text=text(f"review.improved_heading.{review.kind}") + "\n\n" + review.improved)
            return [SlotSet("draft_waiting", False)]
        wanted = asks_to_write(message)
        if wanted:  # "kan du skrive en mail til Lone?": the coach writes it
            return [FollowupAction("action_email" if wanted == "email" else "action_call_script")]
        draft = message.strip() if bare_own_mail(message) else draft_in_request(message) or _pasted_just_before(tracker)
        kind = draft_kind(message, draft)
        if draft:
            # the facts of a story told before the draft count (actions.slot_mappings read them, not the draft's)
            story = story_before_the_draft(message) is not None
            case = case_from(tracker) if story else _case(tracker)
            review = review_draft(draft, case, kind or "email", thank_you=_called_a_thank_you(tracker))
            if names_social_media(message.replace(draft, " ")):  # "… til hende på LinkedIn, er det her ok?" (s43c, C4)
                dispatcher.utter_message(text=text("advice.mail_form.social_media"))
            dispatcher.utter_message(text=review.render())
            kept = [] if story else _restored(tracker)
            told = [SlotSet(name, value) for name, value in facts_in_draft(draft, case, clock.today()).items()]
            if not tracker.get_slot("contact_channel"):  # a mail read is how they follow up (s43c: then asked)
                told.append(SlotSet("contact_channel", EMAIL if (kind or "email") == "email" else PHONE))
            # the draft kept, so "vis den forbedrede version igen" shows this one (s40b: the first review's came)
            return [SlotSet("draft_kind", kind), SlotSet("draft_waiting", False), SlotSet("draft_text", draft), *kept,
                    *told, SlotSet(REMARKS, remarks_of(review))]
        if rejection_reported(message) and not tracker.get_slot("application_closed"):
            # "De har valgt en intern kandidat. … Kan du læse min besked?" (a tester got a status mail): the no is
            # recorded (its words say it), and the reply to it is what will be read
            dispatcher.utter_message(text=text("form.progress.sorry_rejection"))
            dispatcher.utter_message(text=text("review.ask.reply"))
            return [*application_over(tracker), SlotSet("draft_kind", "email"), SlotSet("draft_text", None),
                    SlotSet("draft_waiting", True)]
        dispatcher.utter_message(text=text(f"review.ask.{kind or 'either'}"))
        return [SlotSet("draft_kind", kind), SlotSet("draft_text", None), SlotSet("draft_waiting", True)]


def _which_to_send(tracker: Tracker) -> str:
    """Their own, with the changes they agree with; the day to send it when the plan knows it."""
    fine = not tracker.get_slot(REMARKS)
    said = text("review.send_yours_as_is" if fine else "review.send_yours_changed")
    case = case_from(tracker)
    plan = plan_followup(case, clock.today()) if case.interview_date and (case.deadline or case.has_no_deadline) \
        else None
    if plan is not None and plan.followup_date is not None:
        said += " " + text("review.send_on", day=format_date(plan.followup_date))
    return said


class ActionAskDraftText(Action):
    """The form's question was asked by action_request_draft_review: nothing more to say."""

    def name(self) -> str:
        return "action_ask_draft_text"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        return []


class ValidateDraftReviewForm(FormValidationAction):
    def name(self) -> str:
        return "validate_draft_review_form"

    def validate_draft_text(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: DomainDict) -> dict[str, Any]:
        # as typed ("Tlf. 22 41 87 19" under a pasted mail is blanked in the NLU's reading, s35a)
        typed = typed_text(tracker) if str(value or "") == (tracker.latest_message.get("text") or "") else value
        draft = without_intro(str(typed or ""))  # "her er den:\n\nEmne: …" (a tester: told to add the subject it had)
        restored = {e["name"]: e["value"] for e in _restored(tracker)}
        if _asked_this_turn(tracker):
            # the form, started with no other form active, reads the request itself ("kan du læse min mail?"):
            # that is no draft, and the request's action has asked for it already
            return {"draft_text": None, **restored}
        if _CANCEL.search(loose(draft)) and len(words(loose(draft))) <= 6:
            dispatcher.utter_message(text=text("review.cancelled"))
            return {"draft_text": draft, "draft_waiting": False, **restored}
        one_line = "\n" not in draft and len(words(loose(draft))) <= 2 * _RETOLD_WORDS
        if one_line and what_if_asked(draft):  # "hvad hvis han ikke tager den?" (s41: reviewed as the opening)
            answer_what_if(dispatcher, tracker)
            dispatcher.utter_message(text=text("review.question_instead"))
            return {"draft_text": draft, "draft_waiting": False, **restored}
        if one_line and _EDIT_ASKED.search(loose(draft)):  # "kan du også rette stavefejlene?": an edit, by hand
            dispatcher.utter_message(text=text("advice.mail_edits.by_hand"))
            return {"draft_text": draft, "draft_waiting": False, **restored}
        if one_line and (_TOLD.search(loose(draft)) or _RETOLD.search(loose(draft))
                         and len(words(loose(draft))) <= _RETOLD_WORDS):
            dispatcher.utter_message(text=text("review.not_a_draft"))
            return {"draft_text": draft, "draft_waiting": False, **restored}
        if len(words(loose(draft))) < MIN_WORDS and "\n" not in draft:
            if _last_bot_text(tracker) == text("review.too_short"):  # twice: the user wants something else
                dispatcher.utter_message(text=text("review.cancelled"))
                return {"draft_text": draft, "draft_waiting": False, **restored}
            dispatcher.utter_message(text=text("review.too_short"))
            return {"draft_text": None, **restored}
        kind = tracker.get_slot("draft_kind") or draft_kind("", draft) or "email"
        case = _case(tracker)
        review = review_draft(draft, case, kind, thank_you=_called_a_thank_you(tracker))
        dispatcher.utter_message(text=review.render())
        return {"draft_text": draft, "draft_waiting": False, **restored, **facts_in_draft(draft, case, clock.today()),
                REMARKS: remarks_of(review)}


def _pasted_just_before(tracker: Tracker) -> str | None:
    """The user's own mail, pasted as the message before "kan du læse min mail?" (a tester pasted it first)."""
    said = [e.get("text") or "" for e in earlier_events(tracker) if e.get("event") == "user"]
    last = said[-1] if said else ""
    return last.strip() if pasted_mail(last) and own_mail(last) else None


def _case(tracker: Tracker):
    """The case as it was before this message: a draft's dates and names are not the user's answers."""
    return case_from(tracker, **{name: _before(tracker, name) for name in CASE_SLOTS})


def _restored(tracker: Tracker) -> list[EventType]:
    before = {name: _before(tracker, name) for name in CASE_SLOTS}
    return [SlotSet(name, value) for name, value in before.items() if tracker.get_slot(name) != value]


def _before(tracker: Tracker, name: str) -> Any:
    value = before_this_turn(tracker, name)
    return _INITIAL.get(name) if value is None else value


_INITIAL = {"followup_attempts": 0}


def _asked_this_turn(tracker: Tracker) -> bool:
    """action_request_draft_review ran after the latest user message: this message asked for the review."""
    last_user = max((i for i, e in enumerate(tracker.events) if e.get("event") == "user"), default=-1)
    return any(e.get("event") == "action" and e.get("name") == "action_request_draft_review"
               for e in tracker.events[last_user + 1:])


def _last_bot_text(tracker: Tracker) -> str | None:
    return next((e.get("text") for e in reversed(tracker.events) if e.get("event") == "bot"), None)


_RECENT_MESSAGES = 4


def _called_a_thank_you(tracker: Tracker) -> bool:
    """Whether the user called the draft a thank-you in one of the last few messages."""
    said = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][-_RECENT_MESSAGES:]
    return any(calls_it_a_thank_you(text) for text in said + [tracker.latest_message.get("text") or ""])
