"""Verdicts from the words over the classifier's guess.

Messages the coach cannot read become the `bad_input` intent; a question about what may happen in the
follow-up (the answering machine, a no) becomes `ask_what_if`, and a follow-up on its way ("ok jeg ringer
nu") `announce_followup`; requests that destroy or start something need their words. Runs last in the
NLU pipeline so its verdict wins over the classifier's guess; the problem travels as an `input_problem`
entity for `action_explain_input`.
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.facts import answered_follow_up, count_asked, day_asked, tells_news
from coach.input_guard import check_input, may_be_foreign
from coach.privacy import asks_to_be_forgotten
from coach.questions import asks_why
from coach.requests import (
    about_to_follow_up,
    asks_about_mail_form,
    asks_about_thanks,
    asks_for_a_recommendation,
    asks_for_calendar,
    asks_for_review,
    asks_to_edit_mail,
    asks_to_leave_out_the_phone,
    asks_to_rehearse,
    asks_what_if,
    day_proposed,
    lets_practise,
    names_a_time_of_day,
    takes_a_break,
    wants_own_draft_read,
)
from coach.review.request import asks_for_the_improved_version, asks_to_read_pasted_draft, asks_which_to_send
from coach.review.why import asks_about_a_remark
from components.danish_tokenizer import AS_TYPED
from components.intent_verdict import drop_guess, set_intent
from components.stateless import StatelessComponent

BAD_INPUT = "bad_input"
FORGET_ME = "forget_me"
REHEARSAL = "request_rehearsal"
REVIEW = "request_draft_review"
WHAT_IF = "ask_what_if"
ABOUT_TO_FOLLOW_UP = "announce_followup"
THANK_YOU = "request_thank_you"
MAIL_FORM = "ask_mail_form"
FOLLOWUP_DAY = "ask_followup_day"
CALENDAR = "request_calendar"
MEANING = "ask_meaning"
ANSWER = "report_answer"
LEAVE_OUT_PHONE = "leave_out_phone"
EDIT_MAIL = "edit_mail"
REMINDER_TIME = "choose_reminder_time"
CHANNEL_ADVICE = "ask_channel_advice"
GOODBYE = "goodbye"
PLAN = "request_plan"  # "hvor mange gange har jeg fulgt op nu?" (s34a: read as a day proposed)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class MessageGuard(StatelessComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            problem = check_input(message.get(TEXT))
            if problem is None:
                _overrule_unfounded_verdict(message)
                _overrule_unasked_request(message)
                _hear_what_the_words_say(message)
                continue
            set_intent(message, {"name": BAD_INPUT, "confidence": 1.0})
            # The other entities of an unreadable message are guesses: drop them.
            entity = {"entity": "input_problem", "value": problem.value, "start": 0, "end": 0,
                      "extractor": self.__class__.__name__}
            message.set(ENTITIES, [entity], add_to_output=True)
        return messages


def _overrule_unfounded_verdict(message: Message) -> None:
    """The classifier learnt "bad input" from English examples; for a Danish message ("ekspedient i
    Føtex") that guess is wrong, and the next intent in its ranking is taken instead."""
    intent = message.get(INTENT) or {}
    if intent.get("name") == BAD_INPUT and not may_be_foreign(message.get(TEXT)):
        drop_guess(message, BAD_INPUT)


# Requests the classifier may guess without their words: "ved ikke, det glemte jeg at spørge om" asks no
# one to forget anything, "jeg vil gerne ringe denne gang" chooses the channel, not a rehearsal, and
# "mail. min mor vil gerne læse den først" asks no review of the coach; "og må jeg få den lidt kortere" tells no
# answer from the employer (a tester's reminders were stopped).
# Without the words of the request, the next intent in the ranking is taken, so the answer is read.
_NEEDS_ITS_WORDS = {FORGET_ME: asks_to_be_forgotten, REHEARSAL: asks_to_rehearse, REVIEW: asks_for_review,
                    WHAT_IF: asks_what_if, ABOUT_TO_FOLLOW_UP: about_to_follow_up, MAIL_FORM: asks_about_mail_form,
                    FOLLOWUP_DAY: day_proposed, CALENDAR: asks_for_calendar, REMINDER_TIME: names_a_time_of_day,
                    ANSWER: tells_news, EDIT_MAIL: asks_to_edit_mail,
                    # "mit nummer er tyve toogfyrre elleve nul ni" left the number out (a tester)
                    LEAVE_OUT_PHONE: asks_to_leave_out_the_phone}


def _overrule_unasked_request(message: Message) -> None:
    # The next guess may be another such request ("ok jeg ringer igen nu": a rehearsal, then a review).
    for _ in _NEEDS_ITS_WORDS:
        name = (message.get(INTENT) or {}).get("name")
        has_words = _NEEDS_ITS_WORDS.get(name)
        said = (message.get(AS_TYPED) or message.get(TEXT)) if name == EDIT_MAIL else message.get(TEXT)
        if has_words is None or has_words(said or ""):
            return
        drop_guess(message, name)


# Intents the words decide, whatever the classifier guessed: "skal jeg lægge en besked hvis han ikke tager
# den?", "hvad hvis de siger nej?" ask what to do if it happens (not the script again, not a report of a
# no); "ok jeg skriver til hende nu" tells a follow-up on its way (not done, not the facts again). A
# request to rehearse or to be forgotten that says so keeps its place ("kan vi øve beskeden til
# telefonsvareren?"). "skal jeg sende tak bagefter?" asks about the thank-you, "kære eller hej?" about the
# form of the mail (answered before luck is wished: "ok jeg sender den nu. skal hendes chef have cc?"), "kan jeg
# ikke bare ringe i morgen?" proposes a day, "kan du sende mig en kalenderfil?" wants the day in the calendar,
# "hvorfor skal du vide det?" asks why the coach asks; "har ringet nu, Kim sagde de ikke har besluttet sig endnu"
# tells a follow-up answered (a tester's was counted as one without an answer); "skriv Hej i stedet for Kære" asks a
# change of the coach's mail (before the question about the greeting). The first that applies wins.
_SET_BY_ITS_WORDS = ((PLAN, count_asked), (PLAN, day_asked), (EDIT_MAIL, asks_to_edit_mail), (WHAT_IF, asks_what_if),
                     (MAIL_FORM, asks_about_mail_form),
                     (FOLLOWUP_DAY, day_proposed),
                     (ABOUT_TO_FOLLOW_UP, about_to_follow_up), (THANK_YOU, asks_about_thanks),
                     (CALENDAR, asks_for_calendar), (MEANING, asks_why), (ANSWER, answered_follow_up),
                     (LEAVE_OUT_PHONE, asks_to_leave_out_the_phone), (CHANNEL_ADVICE, asks_for_a_recommendation),
                     (REVIEW, wants_own_draft_read),  # "Vær venlig at gennemgå den igen" (s37b: the role-play)
                     (REVIEW, asks_which_to_send),  # "hvilken mail skal jeg sende?" after a review (s43c)
                     (MEANING, asks_about_a_remark))  # "hvorfor er det for presserende?" after a review (s38b)


def _hear_what_the_words_say(message: Message) -> None:
    said = message.get(TEXT) or ""
    if takes_a_break(said):  # "vi tager det senere": a goodbye for now (the form pauses; after the plan, luck)
        set_intent(message, {"name": GOODBYE, "confidence": 1.0}, message.get(INTENT_RANKING_KEY) or [])
        return
    if asks_for_the_improved_version(said):  # "vis den forbedrede udgave igen" (s40b: the role-play started)
        set_intent(message, {"name": REVIEW, "confidence": 1.0}, message.get(INTENT_RANKING_KEY) or [])
        return
    if (message.get(INTENT) or {}).get("name") in (REHEARSAL, FORGET_ME):
        return
    if (message.get(INTENT) or {}).get("name") == REVIEW and asks_to_read_pasted_draft(said):
        return  # a draft pasted under its request: "… før jeg sender den i morgen tidlig:" proposes no day (a tester)
    if lets_practise(said):
        # "Kan vi øve hvis jeg får telefonsvareren?" asks for the role-play, not what to do (a tester got advice)
        set_intent(message, {"name": REHEARSAL, "confidence": 1.0}, message.get(INTENT_RANKING_KEY) or [])
        return
    typed = message.get(AS_TYPED) or said
    for name, its_words in _SET_BY_ITS_WORDS:
        if its_words(typed if name == EDIT_MAIL else said):
            set_intent(message, {"name": name, "confidence": 1.0}, message.get(INTENT_RANKING_KEY) or [])
            return
