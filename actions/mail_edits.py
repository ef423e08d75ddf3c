"""Changes the user asks of the coach's own mail: "skriv Hej i stedet for Kære", "kan du gøre den kortere?"
(testers got a restart, "Hvor godt, at du har fået svar!" and "Det kan jeg desværre ikke hjælpe med")."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import is_web_chat, send_mail
from actions.latest_message import said_in_last_turn, text_of
from actions.tracker_case import case_from
from coach.case import EMAIL, PHONE
from coach.requests import BY_HAND, FORMAL, INFORMAL, NO_FEEDBACK, SHORTER, mail_edits_asked
from coach.texts import section, text
from coach.writing.call_script import call_script
from coach.writing.email import compose_email

_THANK_YOU_SHOWN = ("advice.intro.thank_you", "advice.intro.thank_you_late")
EDIT_SLOTS = {INFORMAL: ("informal_greeting", True), FORMAL: ("informal_greeting", False),
              SHORTER: ("short_mail", True)}


class ActionEditMail(Action):
    """The asked change is kept for every mail to come, and the mail comes again with it."""

    def name(self) -> str:
        return "action_edit_mail"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[EventType]:
        asked = mail_edits_asked(text_of(tracker))
        if tracker.get_slot("application_closed") and not tracker.get_slot("job_offered") \
                and {SHORTER, NO_FEEDBACK} & set(asked):
            # the reply to the no, without its request for feedback (s41c: "kan du lave den uden spørgsmålet om
            # feedback? og lidt kortere" got "der er ikke mere at følge op på")
            return [SlotSet("short_mail", True), FollowupAction("action_rejection_reply")]
        edits = tuple(edit for edit in asked if edit not in (BY_HAND, NO_FEEDBACK))  # no feedback in a follow-up
        by_hand = [text("advice.mail_edits.by_hand")] if {BY_HAND, NO_FEEDBACK} & set(asked) else []
        loop = (tracker.active_loop or {}).get("name")
        if not edits:  # "tilføj at …", "skriv den i De-form": the user's own words do it best; nothing is recorded
            dispatcher.utter_message(text=by_hand[0])
            return [FollowupAction(loop)] if loop else []
        if any(said_in_last_turn(tracker, intro) for intro in section("review.intro").values()):
            # the user's own draft was just read: its shorter form is the review's own proposal
            dispatcher.utter_message(text=text("advice.mail_edits.own_draft"))
            return []
        if tracker.get_slot("job_offered") or tracker.get_slot("application_closed"):
            # "kan du lave en kort mail til Line hvor jeg siger tak …" after the job or a no (s35d, s36a: "Det husker
            # jeg, når jeg skriver mailen til dig", and no mail): the mail that fits, now
            return [FollowupAction("action_email" if tracker.get_slot("job_offered") else "action_rejection_reply")]
        events: List[EventType] = [SlotSet(*EDIT_SLOTS[edit]) for edit in edits]
        if any(said_in_last_turn(tracker, text(key)) for key in _THANK_YOU_SHOWN):
            # "kan den være mindre formel?" right after the thank-you (s38d: the follow-up mail came, changed)
            return events + [FollowupAction("action_thank_you")]
        changed = dict(EDIT_SLOTS[edit] for edit in edits)
        case = case_from(tracker, **changed)
        if loop or not tracker.get_slot("followup_date"):
            # no plan yet ("lav en kort mail" after a review, a tester looped on "Det husker jeg"): the questions go on,
            # and a mail is what was asked for
            dispatcher.utter_message(text=text("advice.mail_edits.noted"))
            chosen = [] if case.contact_channel or loop else [SlotSet("contact_channel", EMAIL)]
            return events + chosen + [FollowupAction(loop or "followup_form")]
        if case.contact_channel == PHONE:
            if SHORTER in edits:  # the call script, only what to say
                dispatcher.utter_message(text=text("advice.mail_edits.shorter_script"))
                dispatcher.utter_message(text=call_script(case).render_short())
            else:
                dispatcher.utter_message(text=text("advice.mail_edits.on_the_phone"))
            return events
        for edit in edits:  # "Gør den kortere." of a short mail: said so, not "Her er en kortere udgave" again
            slot, value = EDIT_SLOTS[edit]
            already = bool(tracker.get_slot(slot)) == value or edit == SHORTER and case.followup_attempts > 0
            dispatcher.utter_message(text=text(f"advice.mail_edits.{'already_' if already else ''}{edit}"))
        send_mail(dispatcher, compose_email(case), is_web_chat(tracker))
        for said in by_hand:
            dispatcher.utter_message(text=said)
        return events + ([SlotSet("contact_channel", EMAIL)] if case.contact_channel != EMAIL else [])
