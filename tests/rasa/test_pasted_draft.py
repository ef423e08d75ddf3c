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


def test_a_mail_of_ones_own_pasted_alone_is_a_review_and_the_employers_is_not():
    """Testers pasted their own mail with no word around it: its dates and names were read as the case and the plan
    moved (an interview day, a deadline, a second attempt). An employer's mail pasted so is still news."""
    own = ("Emne: Status på min ansøgning\n\nKære Peter Holm\n\nTak for samtalen sidste torsdag om stillingen som "
           "lagerchef. Jeg har endnu ikke hørt fra jer.\n\nMed venlig hilsen\nKarsten Møller")
    assert intent_after(classified(own, "inform", 0.9)) == "request_draft_review"
    theirs = "Kære Karsten\n\nTak for din ansøgning. Vi har valgt en anden kandidat.\n\nMed venlig hilsen\nPeter Holm"
    assert intent_after(classified(theirs, "inform", 0.9)) == "inform"
