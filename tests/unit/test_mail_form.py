"""Questions about the form of the follow-up mail: which part is asked about, and the answer with the case's
own line for it."""

from dataclasses import replace
from datetime import date

import pytest

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.requests import (
    ASK_FOR,
    COPY,
    GREETING,
    OWN_DEADLINE,
    PRIVATE_NUMBER,
    RECIPIENT,
    REPROACH,
    SELLING,
    SIGN_OFF,
    SOCIAL_MEDIA,
    SUBJECT,
    VISIT,
    asks_to_edit_mail,
    mail_form_asked,
)
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
    # s41b, s41c: C4 and re-selling asked about got "Undskyld, det forstod jeg ikke helt" or the whole script again
    ("ka jeg ikk bare skrive til hende på insta i stedet? jeg fandt hendes profil", SOCIAL_MEDIA),
    ("kan jeg ikke bare skrive til ham på linkedin? han hedder jonas", SOCIAL_MEDIA),
    ("eller kan jeg bare kigge forbi butikken og spørge hende?", VISIT),
    ("kan jeg ikke bare møde op på plejecentret?", VISIT), ("kan jeg ikke bare køre derud og spørge hende", VISIT),
    ("skal jeg naevne at jeg har 20 aars erfaring med vvs?", SELLING), ("skal jeg sige noget om min erfaring", SELLING),
    ("jeg så opslaget på linkedin", None), ("jeg har 10 års erfaring", None),  # told, not asked
    ("kan du kigge på min mail?", None),
    ("Må jeg ringe til Karen på hendes private mobil hvis hun ikke tager arbejdstelefonen?", PRIVATE_NUMBER),  # s42a
    ("hun gav mig sit private nummer", None),  # told
    ("må jeg ringe på hendes mobil?", PRIVATE_NUMBER),  # s43a: the channel question again
    # s42c, s42b: asked to paste a draft; the Friday became the employer's answer day
    ("ærligt talt er jeg ret sur… kan jeg ikke skrive at jeg synes de har spildt min tid?", REPROACH),
    ("må jeg skrive at jeg har brug for svar inden fredag eller ej?", OWN_DEADLINE),
    ("de sagde de ville svare inden fredag", None),
])
def test_which_part_of_the_mail_a_question_is_about(said, part):
    assert mail_form_asked(said) == part


def test_social_media_said_with_less_formal_is_no_edit_of_the_mail():
    """s42c: "… på linkedin i stedet, det er mindre formelt" got "Fint, så starter mailen med „Hej“" (C4)."""
    said = "kan jeg ikke bare skrive til ham på linkedin i stedet, det er mindre formelt"
    assert mail_form_asked(said) == SOCIAL_MEDIA and not asks_to_edit_mail(said)
    assert asks_to_edit_mail("kan den være mindre formel?")


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


def test_what_does_not_belong_in_a_follow_up_is_answered_with_a_no_and_why():
    """C4: never via social media, never an unannounced visit; the script's "no re-selling", and after a no no
    argument (s41c: "skal jeg skrive at jeg har 15 års erfaring … så de kan se de har lavet en fejl?")."""
    assert mail_form_answer(SOCIAL_MEDIA, CASE) == (text("advice.mail_form.social_media"),)
    assert mail_form_answer(VISIT, CASE)[0].startswith("Nej, mød ikke op uanmeldt")
    assert mail_form_answer(SELLING, CASE) == (text("advice.mail_form.selling"),)
    assert mail_form_answer(SELLING, replace(CASE, rejected=True)) == (text("advice.mail_form.selling_after_no"),)
