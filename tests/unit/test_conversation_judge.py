"""The corpus judge reads the follow-up artifact the user got, not a thank-you note given after it."""

from bench.conversation_judge import artifact_of
from coach.texts import section

SCRIPT = section("writing.call_script.headings")["say"] + ":\nHej, det er Nadia."
FOLLOW_UP_MAIL = "Emne: Re: Jobsamtale om stillingen som tandklinikassistent\n\nKære Dorthe,"
THANK_YOU_NOTE = "Emne: Tak for samtalen – stillingen som tandklinikassistent\n\nKære Dorthe,"


def test_a_thank_you_note_after_the_call_script_leaves_the_call_script_as_the_artifact():
    assert artifact_of([[{"text": SCRIPT}], [{"text": THANK_YOU_NOTE}]]) == "call_script"


def test_a_follow_up_mail_after_the_call_script_is_the_artifact():
    assert artifact_of([[{"text": SCRIPT}], [{"text": FOLLOW_UP_MAIL}]]) == "email"


def test_the_web_card_is_read_by_its_subject():
    card = {"custom": {"email": {"subject": "Tak for samtalen – stillingen som kok", "body": "..."}}}
    assert artifact_of([[card]]) == "none"
    card["custom"]["email"]["subject"] = "Re: Jobsamtale om stillingen som kok"
    assert artifact_of([[card]]) == "email"
