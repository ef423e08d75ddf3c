"""The follow-up e-mails (first, second, higher up): subject, greeting, body, signature, mailto link."""

from dataclasses import replace
from datetime import date, time
from urllib.parse import parse_qs, unquote, urlsplit

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.writing.call_script import call_script
from coach.writing.email import compose_email
from coach.writing.handover import Artifact, intro
from coach.writing.withdrawal import withdrawal_line, withdrawal_mail

FULL = FollowUpCase(
    interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",
    contact_channel=EMAIL, has_no_deadline=True, contact_name="Mette Hansen",
    company="Novo Nordisk", user_name="Ole Jensen", user_phone="22 33 44 55",
)
SECOND = replace(FULL, followup_attempts=1, last_attempt_date=date(2026, 12, 1), last_attempt_channel=EMAIL)
HIGHER_UP = replace(FULL, followup_attempts=2, last_attempt_date=date(2026, 12, 7))


def test_subject_reads_as_a_reply_naming_the_interview_and_the_role():
    assert compose_email(FULL).subject == "Re: Jobsamtale onsdag den 25. november kl. 9 – kontorchef"


def test_subject_without_time():
    assert compose_email(replace(FULL, interview_time=None)).subject == \
        "Re: Jobsamtale onsdag den 25. november – kontorchef"


def test_subject_uses_danish_conventions():
    case = replace(FULL, interview_date=date(2026, 12, 4), interview_time=time(8, 5))
    assert compose_email(case).subject == "Re: Jobsamtale fredag den 4. december kl. 8.05 – kontorchef"


def test_greeting_uses_the_contact_name():
    assert compose_email(FULL).greeting == "Kære Mette Hansen,"


def test_missing_contact_name_becomes_a_placeholder_and_is_reported():
    mail = compose_email(replace(FULL, contact_name=None))
    assert mail.greeting == "Kære [kontaktpersonens navn],"
    assert mail.missing == ("contact_name",)


def test_missing_user_name_becomes_a_placeholder_and_is_reported():
    mail = compose_email(replace(FULL, user_name=None, contact_name=None))
    assert mail.signature == "[dit fulde navn]\nTlf. 22 33 44 55"
    assert set(mail.missing) == {"contact_name", "user_name"}


def test_the_phone_number_goes_under_the_name_or_its_placeholder_is_reported():
    assert compose_email(FULL).body.endswith("Med venlig hilsen\nOle Jensen\nTlf. 22 33 44 55")
    mail = compose_email(replace(FULL, user_phone=None))
    assert mail.body.endswith("Ole Jensen\nTlf. [dit telefonnummer]") and mail.missing == ("user_phone",)


def test_complete_case_has_no_placeholders():
    mail = compose_email(FULL)
    assert mail.missing == ()
    assert "[" not in mail.text and "None" not in mail.text


def test_body_is_at_most_three_short_paragraphs():
    mail = compose_email(FULL)
    assert 1 <= len(mail.paragraphs) <= 3
    assert all(len(p.split()) <= 40 for p in mail.paragraphs)


def test_first_paragraph_thanks_and_names_the_role_but_not_the_readers_own_company():
    first = compose_email(FULL).paragraphs[0]
    assert first.startswith("Tak") and "kontorchef" in first and "Novo Nordisk" not in first


def test_the_offer_to_answer_reads_as_one_polite_sentence():
    assert compose_email(FULL).paragraphs[2] == \
        "Hvis du har spørgsmål til mig, eller hvis I mangler noget fra mig, så skriv endelig."


def test_body_asks_about_status_offers_answers_and_makes_no_demands():
    body = compose_email(FULL).body.lower()
    assert "processen" in body and "spørgsmål" in body
    for pushy in ("kræver", "senest", "straks", "kvalifikationer"):
        assert pushy not in body


def test_text_layout_subject_greeting_paragraphs_closing_signature():
    mail = compose_email(FULL)
    expected = "\n\n".join([
        "Emne: Re: Jobsamtale onsdag den 25. november kl. 9 – kontorchef",
        "Kære Mette Hansen,",
        *mail.paragraphs,
        "Med venlig hilsen\nOle Jensen\nTlf. 22 33 44 55",
    ])
    assert mail.text == expected
    assert mail.text == "Emne: " + mail.subject + "\n\n" + mail.body


def test_mailto_decodes_back_to_subject_and_body():
    mail = compose_email(FULL)
    url = mail.mailto("mette.hansen@novonordisk.com")
    assert " " not in url and "\n" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "mette.hansen@novonordisk.com"
    query = parse_qs(parts.query)
    assert query["subject"] == [mail.subject]
    assert query["body"] == [mail.body.replace("\n", "\r\n")]


def test_mailto_without_address_still_prefills_the_mail():
    url = compose_email(FULL).mailto()
    assert url.startswith("mailto:?subject=Re%3A%20Jobsamtale")
    assert "%0D%0A" in url


# ---- the second attempt (R4): it refers to the first one and is shorter ----------------------
def test_the_second_mail_refers_to_the_first_and_is_shorter():
    first, second = compose_email(FULL), compose_email(SECOND)
    assert second.paragraphs[0].startswith("Jeg skrev til dig tirsdag den 1. december om stillingen som kontorchef.")
    assert len(second.body) < len(first.body) and len(second.paragraphs) < len(first.paragraphs)
    assert not set(second.paragraphs) & set(first.paragraphs)
    assert second.greeting == "Kære Mette Hansen," and second.subject == first.subject  # the same thread


def test_after_a_call_the_second_mail_says_the_user_tried_to_call():
    mail = compose_email(replace(SECOND, last_attempt_channel="telefon"))
    assert mail.paragraphs[0].startswith("Jeg prøvede at ringe til dig tirsdag den 1. december")


def test_after_a_message_on_the_answering_machine_the_second_mail_says_so():
    """A tester's voicemail was written "Jeg prøvede at ringe til dig", as if no one had heard from them."""
    mail = compose_email(replace(SECOND, last_attempt_channel="telefon", voicemail_left=True))
    assert mail.paragraphs[0].startswith("Jeg lagde en besked på din telefonsvarer tirsdag den 1. december")


def test_after_a_handover_the_second_mail_says_whom_the_first_went_to():
    """A trial: "hun er gået på barsel, så nu skal jeg skrive til Peter Dam" gave "Kære Peter Dam, Jeg skrev til
    dig …", which he never got."""
    mail = compose_email(replace(SECOND, contact_name="Peter Dam", earlier_contact="Mette Hansen"))
    assert mail.greeting == "Kære Peter Dam,"
    assert mail.paragraphs[0].startswith("Jeg skrev til Mette Hansen tirsdag den 1. december om stillingen som "
                                         "kontorchef, og nu skriver jeg til dig.")


# ---- higher up (R5): to the hiring manager or HR, never to the same contact ------------------
def test_the_last_mail_goes_to_the_hiring_manager_or_hr_not_to_the_contact():
    mail = compose_email(HIGHER_UP)
    assert mail.greeting == "Kære [navnet på den ansættende leder eller HR-medarbejderen],"
    assert "Kære Mette" not in mail.text and not mail.subject.startswith("Re:")
    assert "Jeg har kontaktet Mette Hansen to gange" in mail.body and "ikke fået svar" in mail.body
    assert "hvem der kan fortælle mig" in mail.body
    assert mail.missing == ("higher_up",)


def test_the_last_mail_blames_no_one():
    body = compose_email(HIGHER_UP).body.lower()
    for blame in ("ignor", "uprofessionel", "skuffet", "burde", "desværre har hun"):
        assert blame not in body


def test_the_withdrawal_mail_names_the_job_says_why_and_thanks():
    """s32e: "jeg har fået et andet job og vil trække min ansøgning tilbage" got no word to send the employer."""
    mail = withdrawal_mail(FULL)
    assert mail.greeting.startswith("Kære Mette Hansen") and mail.signature == "Ole Jensen"
    assert "stillingen som kontorchef" in mail.subject
    assert "trækker jeg min ansøgning tilbage" in mail.text and "interesseret" not in mail.text
    line = withdrawal_line(replace(FULL, contact_channel=PHONE))
    assert line.startswith("Hej, det er Ole Jensen") and "trækker min ansøgning tilbage" in line


def test_the_last_mail_after_a_handover_names_both_contacts_not_two_tries_to_one():
    """s37a: "Jeg har kontaktet Hanne Bech to gange", who had taken over after the first try to Birthe Lund."""
    mail = compose_email(replace(SECOND, followup_attempts=2, contact_name="Hanne Bech", earlier_contact="Birthe Lund"))
    assert "Jeg har kontaktet både Birthe Lund og Hanne Bech" in mail.body and "to gange" not in mail.body


def test_a_person_named_after_two_follow_ups_is_whom_the_last_mail_goes_to():
    """s38a, s38d: "HR chefen hedder Lars Bech" after two mails to Birgitte Holm gave "til den ansættende leder eller
    HR, ikke til Lars Bech" and "Jeg har kontaktet både Birgitte Holm og Lars Bech", greeting a placeholder."""
    case = replace(SECOND, followup_attempts=2, contact_name="Lars Bech", contacted=("Birgitte Holm",))
    mail = compose_email(case)
    assert mail.greeting.startswith("Kære Lars Bech") and "Jeg har kontaktet Birgitte Holm to gange" in mail.body
    assert intro(case, Artifact.EMAIL).startswith("Her er en mail til din sidste henvendelse – nu til Lars Bech")
    script = call_script(replace(case, contact_channel=PHONE))
    assert "Vil du stille mig om til Lars Bech?" in script.reception
    same = replace(case, contact_name="Birgitte Holm")  # no one new: the hiring manager or HR, by a placeholder
    assert compose_email(same).greeting.startswith("Kære [navnet på den ansættende leder")
    assert "ikke til Birgitte Holm" in intro(same, Artifact.EMAIL)


def test_the_mail_on_the_day_the_contact_asked_for_says_as_agreed():
    mail = compose_email(replace(FULL, callback_agreed=True, contact_back=date(2026, 12, 8)))
    assert mail.paragraphs[0].startswith("Som aftalt vender jeg tilbage om stillingen som kontorchef.")
