"""Users who talk back while the coach asks (the blind part AU): why it asks, how they feel, an answer and a
question in one message. Each is read as what the user meant."""

import pytest

from coach.case import FollowUpCase
from coach.facts import opening_channel, speaks_of_last_time
from coach.facts.feelings import DOUBT, NERVOUS, PUSHY, feeling_told
from coach.questions import asks_why, meaning
from coach.rules import Timing, plan_followup
from coach.texts import text


@pytest.mark.parametrize("said, slot, key", [
    ("mail, hvorfor skal du vide det?", "contact_channel", "contact_channel"),  # AU045
    ("Hvorfor spørger De om, hvornår de ville svare? Den dato er jo for længst overskredet.", "deadline",
     "deadline"),  # AU006
    ("hvorfor skal du vide om jeg vil ringe eller skrive?", "deadline", "contact_channel"),  # the word decides
    ("Hvorfor er datoen vigtig?", "interview_date", "interview_date"),
])
def test_why_the_coach_asks_is_answered_for_the_question_asked(said, slot, key):
    assert asks_why(said)
    assert meaning(said, slot) == text(f"form.why.{key}")


def test_what_a_word_means_is_no_why():
    assert not asks_why("hvad mener du med svarfrist?") and not asks_why("hvorfor skal jeg vente?")
    assert not asks_why("hvorfor har de ikke svaret?")  # the employer, not the coach
    assert meaning("hvad mener du med svarfrist?", "role") == text("form.meaning.deadline")
    # s33c: "hvad betyder 'Re'?" got what "at følge op" means
    assert meaning("hvad betyder 'Re'?", None) == meaning("hvad betyder Re: i emnet?", None) == \
        text("form.meaning.reply_mark")


@pytest.mark.parametrize("said, feeling", [
    ("hej. jeg var til jobsamtale i torsdags og jeg er helt vildt nervøs for at skulle ringe til dem", NERVOUS),
    ("jeg tør næsten ikke ringe", NERVOUS),
    ("jeg stammede helt vildt, tror ikke jeg fik den", DOUBT),  # AU045
    ("tror ikke jeg fik den... var til samtale i tirsdags som it-supporter", DOUBT),  # AU008
    ("jeg hader at virke desperat men jeg vil gerne følge op. samtale i mandags", PUSHY),
    ("ok så mail", None),
    ("Jeg har nu sendt fire mails siden samtalen og har ikke hørt en lyd. Føler mig så dum", None),  # not the interview
])
def test_how_the_user_feels_is_read(said, feeling):
    assert feeling_told(said) == feeling


@pytest.mark.parametrize("said, channel", [
    ("telefon vel, hvorfor skal du vide det", "telefon"), ("ringe, men hvem skal jeg spørge efter", "telefon"),
    ("mail, hvorfor skal du vide det", "email"), ("hvorfor skal du vide om jeg vil ringe eller skrive", None),
])
def test_a_channel_said_before_a_question_is_the_answer(said, channel):
    assert opening_channel(said) == channel


def test_the_last_call_told_in_a_row_of_them_dates_the_last_follow_up():  # AU006
    assert speaks_of_last_time("Første opringning var den 16. november, og den seneste var mandag den 23. november.")
    assert not speaks_of_last_time("okay. den sidste var i torsdags, første runde var ugen før")  # the rounds


def test_a_no_needs_no_interview_day():  # AU033: "hun lød helt uinteresseret" told before the day
    assert plan_followup(FollowUpCase(rejected=True), None).timing is Timing.CLOSED
