"""What the coach hands over in each situation (docs/situations.md), with the plan and on request."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.rules import plan_followup
from coach.writing.handover import Artifact, intro, on_request, with_plan
from coach.writing.replies import plan_message

TODAY = date(2026, 11, 28)  # a Saturday
BASE = FollowUpCase(interview_date=date(2026, 11, 10), role="kontorchef", contact_channel=PHONE,
                    has_no_deadline=True, contact_name="Mette Hansen", user_name="Ole Jensen")
SITUATIONS = {
    "before_interview": replace(BASE, interview_date=date(2026, 12, 2)),
    "interview_yesterday": replace(BASE, interview_date=date(2026, 11, 27)),
    "waiting": replace(BASE, interview_date=date(2026, 11, 24)),
    "window_passed": BASE,
    "second_attempt": replace(BASE, followup_attempts=1, last_attempt_date=date(2026, 11, 20)),
    "escalation": replace(BASE, followup_attempts=2, last_attempt_date=date(2026, 11, 24)),
    "let_go": replace(BASE, followup_attempts=3),
    "rejected": replace(BASE, rejected=True),
}
WITH_PLAN = {
    "before_interview": Artifact.TIMELINE_QUESTION, "interview_yesterday": Artifact.CALL_SCRIPT,
    "waiting": Artifact.CALL_SCRIPT, "window_passed": Artifact.CALL_SCRIPT, "second_attempt": Artifact.CALL_SCRIPT,
    "escalation": Artifact.CALL_SCRIPT, "let_go": Artifact.NOTHING, "rejected": Artifact.REJECTION_REPLY,
}


def plan(name):
    return plan_followup(SITUATIONS[name], TODAY)


@pytest.mark.parametrize("name", SITUATIONS)
def test_with_the_plan(name):
    assert with_plan(SITUATIONS[name], plan(name)) is WITH_PLAN[name]


@pytest.mark.parametrize("asked", [Artifact.CALL_SCRIPT, Artifact.EMAIL, Artifact.THANK_YOU])
def test_before_the_interview_every_request_gets_the_question_to_ask_at_its_end(asked):
    given, note = on_request(plan("before_interview"), asked)
    assert given is Artifact.TIMELINE_QUESTION and note
    assert ("samme dag eller dagen efter" in note) is (asked is Artifact.THANK_YOU)


def test_after_a_no_a_follow_up_request_gets_the_reply_to_the_no():
    assert on_request(plan("rejected"), Artifact.EMAIL)[0] is Artifact.REJECTION_REPLY


def test_after_letting_go_nothing_more_is_written():
    given, note = on_request(plan("let_go"), Artifact.CALL_SCRIPT)
    assert given is Artifact.NOTHING and "nye ansøgninger" in note


@pytest.mark.parametrize("name", ["interview_yesterday", "waiting", "window_passed", "second_attempt", "escalation"])
def test_while_following_up_a_request_gets_what_was_asked(name):
    for asked in (Artifact.CALL_SCRIPT, Artifact.EMAIL, Artifact.THANK_YOU, Artifact.REJECTION_REPLY):
        assert on_request(plan(name), asked) == (asked, None)


def test_the_email_intro_says_to_answer_in_their_thread_when_there_is_one():
    said = intro(replace(BASE, contact_channel=EMAIL), Artifact.EMAIL)
    assert "svar på den, så det hele ligger i samme tråd" in said and "Ellers skriv en ny mail" in said


def test_the_escalation_intros_name_who_not_to_contact():
    case = SITUATIONS["escalation"]
    for artifact in (Artifact.CALL_SCRIPT, Artifact.EMAIL):
        said = intro(replace(case, contact_channel=EMAIL), artifact)
        assert "den ansættende leder eller HR, ikke til Mette Hansen" in said


def test_the_second_mail_replies_to_the_first_mail_or_to_theirs_after_a_call():
    after_mail = replace(SITUATIONS["second_attempt"], contact_channel=EMAIL, last_attempt_channel=EMAIL)
    assert "Svar på den mail, du sendte sidst" in intro(after_mail, Artifact.EMAIL)
    after_call = replace(after_mail, last_attempt_channel=PHONE)
    assert "Har du en mail fra dem om samtalen" in intro(after_call, Artifact.EMAIL)


def test_before_the_interview_the_plan_says_what_to_ask_and_to_come_back_but_no_thanks_now():
    message = plan_message(plan("before_interview"), TODAY)
    assert "hvornår du kan regne med at høre fra dem, og hvem du kan kontakte" in message
    assert "Kom tilbage til mig, når samtalen er overstået" in message
    assert "allerede nu" not in message and "i dag eller i morgen" not in message


def test_the_day_after_the_interview_the_plan_says_to_send_the_thanks_now():
    assert "en kort tak for samtalen i dag eller i morgen" in plan_message(plan("interview_yesterday"), TODAY)


def test_a_weekend_plan_names_the_first_business_day():
    message = plan_message(plan("window_passed"), TODAY)
    assert message.startswith("Følg op mandag den 30. november – det er første hverdag. Der er gået mere end to "
                              "uger siden samtalen tirsdag den 10. november, så det er helt i orden at følge op.")
    assert "nu –" not in message


def test_the_docs_table_has_every_situation_and_artifact_and_no_blank_cell():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "situations.md").read_text(encoding="utf-8")
    table = "| situation |" + doc.split("\n\n| situation |", 1)[1].split("\n\n", 1)[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in table.splitlines()]
    header, body = rows[0], rows[2:]
    assert header == ["situation", "with the plan", "call script", "e-mail", "thank-you", "reply to a rejection",
                      "tips"]
    assert len(body) == 10
    assert all(len(row) == len(header) and all(row) for row in body), [row[0] for row in body]
