"""The follow-up e-mail: subject, greeting, body, signature and the mailto link."""

from dataclasses import replace
from datetime import date, time
from urllib.parse import parse_qs, unquote, urlsplit

from coach.case import EMAIL, FollowUpCase
from coach.writing.email import compose_email

FULL = FollowUpCase(
    interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",
    contact_channel=EMAIL, has_no_deadline=True, contact_name="Mette Hansen",
    company="Novo Nordisk", user_name="Ole Jensen",
)


def test_subject_reads_as_a_reply_naming_the_interview():
    assert compose_email(FULL).subject == "Re: Jobsamtale onsdag den 25. november kl. 9"


def test_subject_without_time():
    assert compose_email(replace(FULL, interview_time=None)).subject == "Re: Jobsamtale onsdag den 25. november"


def test_subject_uses_danish_conventions():
    case = replace(FULL, interview_date=date(2026, 12, 4), interview_time=time(8, 5))
    assert compose_email(case).subject == "Re: Jobsamtale fredag den 4. december kl. 8.05"


def test_greeting_uses_the_contact_name():
    assert compose_email(FULL).greeting == "Kære Mette Hansen,"


def test_missing_contact_name_becomes_a_placeholder_and_is_reported():
    mail = compose_email(replace(FULL, contact_name=None))
    assert mail.greeting == "Kære [kontaktpersonens navn],"
    assert mail.missing == ("contact_name",)


def test_missing_user_name_becomes_a_placeholder_and_is_reported():
    mail = compose_email(replace(FULL, user_name=None, contact_name=None))
    assert mail.signature == "[dit fulde navn]"
    assert set(mail.missing) == {"contact_name", "user_name"}


def test_complete_case_has_no_placeholders():
    mail = compose_email(FULL)
    assert mail.missing == ()
    assert "[" not in mail.text and "None" not in mail.text


def test_body_is_at_most_three_short_paragraphs():
    mail = compose_email(FULL)
    assert 1 <= len(mail.paragraphs) <= 3
    assert all(len(p.split()) <= 40 for p in mail.paragraphs)


def test_first_paragraph_thanks_and_names_role_and_company():
    first = compose_email(FULL).paragraphs[0]
    assert first.startswith("Tak") and "kontorchef" in first and "Novo Nordisk" in first


def test_body_asks_about_status_offers_answers_and_makes_no_demands():
    body = compose_email(FULL).body.lower()
    assert "processen" in body and "spørgsmål" in body
    for pushy in ("kræver", "senest", "straks", "kvalifikationer"):
        assert pushy not in body


def test_text_layout_subject_greeting_paragraphs_closing_signature():
    mail = compose_email(FULL)
    expected = "\n\n".join([
        "Emne: Re: Jobsamtale onsdag den 25. november kl. 9",
        "Kære Mette Hansen,",
        *mail.paragraphs,
        "Med venlig hilsen\nOle Jensen",
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
