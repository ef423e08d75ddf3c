"""The thank-you after the interview and the reply to a rejection, as the user reads them."""

from dataclasses import replace
from datetime import date, time

import pytest

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.writing.call_script import call_script
from coach.writing.rejection import rejection_line, rejection_on_the_phone, rejection_reply
from coach.writing.thank_you import thank_you_mail

INTERVIEW = date(2026, 11, 25)  # a Wednesday
CASE = FollowUpCase(interview_date=INTERVIEW, interview_time=time(9, 0), role="kontorchef", contact_channel=EMAIL,
                    deadline=date(2026, 12, 4), contact_name="Mette Hansen", company="Novo Nordisk",
                    user_name="Ole Jensen", user_phone="22 33 44 55")


# the day after: "i onsdags", true whether it is sent today or tomorrow ("i går" was not, s38d)
@pytest.mark.parametrize("today, when", [(INTERVIEW, "i dag"), (date(2026, 11, 26), "i onsdags"),
                                         (date(2026, 11, 30), "onsdag den 25. november")])
def test_the_thank_you_thanks_for_the_conversation_on_its_day(today, when):
    mail = thank_you_mail(CASE, today)
    assert mail.paragraphs[0].startswith(f"Tak for samtalen {when} om stillingen som kontorchef.")


def test_the_thank_you_has_thanks_one_concrete_thing_interest_and_a_signature():
    mail = thank_you_mail(CASE, INTERVIEW)
    assert mail.greeting == "Kære Mette Hansen," and mail.subject == "Tak for samtalen – stillingen som kontorchef"
    assert "[én konkret ting fra samtalen" in mail.paragraphs[0] and mail.missing == ("highlight",)
    assert "interesseret" in mail.paragraphs[1]
    assert mail.body.endswith("Med venlig hilsen\nOle Jensen\nTlf. 22 33 44 55")
    assert "Novo Nordisk" not in mail.text and len(mail.paragraphs) <= 3


def test_without_a_date_for_an_answer_the_thank_you_asks_for_the_timeline():
    with_date = thank_you_mail(CASE, INTERVIEW)
    without = thank_you_mail(replace(CASE, deadline=None, has_no_deadline=True), INTERVIEW)
    assert len(without.paragraphs) == len(with_date.paragraphs) + 1
    assert "hvornår I regner med at have truffet en beslutning" in without.paragraphs[-1]


def test_the_reply_to_a_rejection_thanks_wishes_luck_keeps_the_door_open_and_may_ask_for_feedback():
    mail = rejection_reply(CASE)
    first, door, feedback = mail.paragraphs
    assert first.startswith("Tak for dit svar") and "held og lykke" in first
    assert "stilling hos jer" in door and "feedback" not in door
    assert "et par ord om, hvad der kunne have gjort min ansøgning stærkere" in feedback
    assert mail.body.endswith("Med venlig hilsen\nOle Jensen")  # no phone line: nothing to call back about
    for sour in ("uretfærdig", "skuffende", "forstår ikke", "hvorfor ikke"):
        assert sour not in mail.text.lower()


def test_the_reply_to_a_rejection_asked_shorter_leaves_out_the_request_for_feedback():
    """s41c: "kan du lave den uden spørgsmålet om feedback? og lidt kortere" (the request is optional, R9)."""
    thanks, door = rejection_reply(replace(CASE, short_mail=True)).paragraphs
    assert thanks.startswith("Tak for dit svar") and "stilling hos jer" in door


def test_on_the_phone_the_rejection_line_and_the_optional_question():
    said = rejection_on_the_phone()
    assert rejection_line() in said and said.index(rejection_line()) < said.index("feedback")
    assert said.rstrip().endswith("?“")


def test_the_call_scripts_line_for_a_no_is_the_same_text_as_the_reply_on_the_phone():
    assert call_script(replace(CASE, contact_channel=PHONE)).if_rejected == rejection_line()
