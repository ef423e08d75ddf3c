"""The draft-review intent follows the words: a pasted draft under the request is one; 'ok mail' is not."""

from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

from components.pasted_draft import PastedDraftRequest
from tests.rasa.classified import classified


def intent_after(message: Message) -> str:
    return PastedDraftRequest().process([message])[0].get(INTENT)["name"]


def test_a_short_channel_choice_taken_for_a_draft_review_is_an_answer():
    assert intent_after(classified("ok mail", "request_draft_review")) == "inform"


def test_a_channel_chosen_after_asking_the_coach_is_an_answer():
    assert intent_after(classified("hvad synes du? ok jeg ringer", "request_draft_review")) == "inform"


def test_a_request_to_read_stays_a_draft_review():
    assert intent_after(classified("kan du læse min mail?", "request_draft_review")) == "request_draft_review"


def test_the_draft_under_the_request_makes_it_a_review_whatever_was_guessed():
    text = ("kan du læse min mail?\nEmne: Jobsamtale\n\nKære Mette, tak for en god samtale i tirsdags om "
            "stillingen som kontorchef. Jeg vil gerne høre, hvor langt I er.\n\nMed venlig hilsen\nOle Jensen")
    assert intent_after(classified(text, "inform", 0.8)) == "request_draft_review"
