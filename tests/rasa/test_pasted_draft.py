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


def test_a_short_request_to_see_what_one_wrote_is_a_draft_review():
    """Testers: "ja tak, vil du se hvad jeg har skrevet?" was taken for a question about reminders, "Og hvad med denne
    version?" was not understood, and "jeg har skrevet et svar på afslaget, vil du se det?" got the coach's own."""
    for said, guessed in (("ja tak, vil du se hvad jeg har skrevet?", "list_reminders"),
                          ("Og hvad med denne version? Min mand syntes jeg skulle være mere direkte:", "nlu_fallback"),
                          ("jeg har skrevet et svar på afslaget, vil du se det?", "request_rejection_reply")):
        assert intent_after(classified(said, guessed, 0.3)) == "request_draft_review"
    assert intent_after(classified("kan du se det her svar fra dem", "inform", 0.6)) == "inform"
    assert intent_after(classified("vil du se min kalender", "out_of_scope", 0.6)) == "out_of_scope"


def test_a_reply_to_a_no_pasted_alone_is_a_review_though_its_subject_quotes_theirs():
    """A tester pasted her answer to a no under "Re: Din ansøgning": read as the employer's mail, its signature
    (her own name) became the contact's."""
    reply = ("Emne: Re: Din ansøgning – økonomiassistent\n\nKære Martin\n\nTak for din besked og for muligheden for at "
             "komme til samtale. Hvis I får brug for en økonomiassistent igen, hører jeg meget gerne fra jer.\n\n"
             "Med venlig hilsen\nHanne Lauridsen")
    assert intent_after(classified(reply, "nlu_fallback", 0.2)) == "request_draft_review"
