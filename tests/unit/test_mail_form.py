"""Questions about the form of the follow-up mail: which part is asked about, and the answer with the case's
own line for it."""

from dataclasses import replace
from datetime import date

import pytest

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.requests import ASK_FOR, COPY, GREETING, RECIPIENT, SIGN_OFF, SUBJECT, mail_form_asked
from coach.texts import text
from coach.writing.mail_form import mail_form_answer

CASE = FollowUpCase(interview_date=date(2027, 1, 13), role="marketingkoordinator", contact_channel=EMAIL,
                    deadline=date(2027, 1, 22), contact_name="Julie Winther", company="Carlsberg")


@pytest.mark.parametrize("said, part", [
    ("og skal jeg skrive kære eller hej? det virker lidt stift med kære", GREETING),  # AM034
    ("skal jeg sige du eller De til hende? hun var vel omkring de 60", GREETING),  # X018
    ("og hvad skriver jeg under med, bare fornavn?", SIGN_OFF),  # AM037
    ("hvad skal der stå i emnefeltet?", SUBJECT), ("ok jeg venter til tirsdag. hvad skriver jeg i emnet?", SUBJECT),
    ("ok jeg sender den nu. skal hendes chef have cc?", COPY),  # AM045
    ("skal jeg sende mailen til afdelingssygeplejersken der var med til samtalen eller til HR?", RECIPIENT),  # AP004
    ("hvem skal jeg skrive til?", RECIPIENT),
    # on the phone: whom to ask for (the twentieth session's newcomer trial; AP003)
    ("hvem skal jeg spørge efter hvis det ikke er hende der tager den?", ASK_FOR),
    ("hvem skal jeg spørge efter når jeg ringer til omstillingen", ASK_FOR),
    ("hvad hvis det er en anden der tager telefonen?", ASK_FOR),
    ("Skal spørge efter Søren Bach når jeg ringer, han er værkfører", None),  # E028: told, not asked
    ("kære coach, tak for hjælpen", None),  # no question
    ("hvad er emnet for samtalen?", None),  # not the mail's subject
    ("kan du læse min mail? er emnet ok?", None),  # a review of the user's own draft
])
def test_which_part_of_the_mail_a_question_is_about(said, part):
    assert mail_form_asked(said) == part


def test_the_answer_shows_the_line_from_the_cases_own_mail():
    assert mail_form_answer(GREETING, CASE)[-1].endswith("Kære Julie Winther,")
    assert "Re: Jobsamtale onsdag den 13. januar – marketingkoordinator" in mail_form_answer(SUBJECT, CASE)[-1]
    signed = mail_form_answer(SIGN_OFF, replace(CASE, user_name="Peter Skov"))
    assert signed[-1].endswith("Med venlig hilsen\nPeter Skov\nTlf. [dit telefonnummer]")


def test_without_the_interview_and_role_the_advice_comes_alone():
    assert mail_form_answer(SUBJECT, FollowUpCase()) == (text("advice.mail_form.subject"),)
    assert mail_form_answer(COPY, CASE) == (text("advice.mail_form.copy"),)  # no line of the mail to show


def test_whom_to_ask_for_on_the_phone_gets_the_scripts_words_for_whoever_answers():
    called = replace(CASE, contact_channel=PHONE)
    advice, line = mail_form_answer(ASK_FOR, called)
    assert advice == text("advice.mail_form.ask_for")
    assert line.endswith("Vil du stille mig om til Julie Winther?")
    unnamed = mail_form_answer(ASK_FOR, replace(called, contact_name=None))[-1]
    assert unnamed.endswith("til den, der står for rekrutteringen til stillingen som marketingkoordinator?")
