"""Questions about what may happen in the follow-up, answered before it happens: what to do, the words
for it, and for silence when to try again by the rules (R4, R5)."""

import re
from dataclasses import replace
from datetime import date

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.requests import NO_ANSWER, NOT_DECIDED, REJECTED, TIME_TO_THINK, VOICEMAIL, what_if_asked
from coach.texts import text
from coach.writing.what_if import what_if_answer

TODAY = date(2026, 12, 2)
# R1: the answer day Tuesday 1 December + 4-5 days is a weekend: Monday 7 December (R3)
MAILING = FollowUpCase(interview_date=date(2026, 11, 24), role="lagermedarbejder", contact_channel=EMAIL,
                       deadline=date(2026, 12, 1), contact_name="Jonas Holm", user_name="Yusuf Demir")
CALLING = replace(MAILING, contact_channel=PHONE)


def answer(branch, case=MAILING, planned=True):
    return "\n".join(what_if_answer(branch, case, TODAY, planned))


def test_no_answer_names_the_follow_up_day_and_the_earliest_day_after_it():
    said = answer(NO_ANSWER)  # "skal jeg også ringe hvis han ikke svarer på mail?"
    assert "mandag den 7. december" in said
    assert "tidligst torsdag den 10. december" in said  # R4: three days after an unanswered follow-up
    assert "ringer eller skriver" in said  # the other channel is fine the second time


def test_no_answer_when_the_follow_up_is_due_today_says_today():
    assert answer(NO_ANSWER, replace(MAILING, deadline=date(2026, 11, 25))).startswith(
        text("advice.what_if.no_answer.planned", day="i dag"))  # R1's window passed: today (R3)


def test_no_answer_after_one_unanswered_follow_up_goes_higher_up_next():
    once = replace(MAILING, followup_attempts=1, last_attempt_date=date(2026, 12, 1))
    said = answer(NO_ANSWER, once)
    assert "fredag den 4. december" in said  # R4 from the follow-up made
    assert said.endswith(text("advice.what_if.after.escalate"))  # R5: the third contact is higher up


def test_after_two_unanswered_follow_ups_the_same_person_gets_no_more_whatever_is_still_unknown():
    twice = replace(MAILING, followup_attempts=2, last_attempt_date=date(2026, 12, 1), deadline=None)
    for branch in (NO_ANSWER, VOICEMAIL):
        assert answer(branch, twice, planned=False) == text("advice.what_if.already.escalate")


def test_the_answering_machine_gets_the_message_to_leave_and_when_to_call_again():
    said = answer(VOICEMAIL, CALLING)
    assert said.startswith(text("advice.what_if.voicemail"))
    assert "Jeg var til samtale hos jer tirsdag den 24. november" in said  # the script's own voicemail line
    assert "tidligst torsdag den 10. december" in said


def test_without_a_plan_yet_no_day_is_named():
    said = answer(NO_ANSWER, replace(MAILING, deadline=None), planned=False)
    assert said == "\n".join((text("advice.what_if.no_answer.unplanned"),
                              text("advice.what_if.after.again_unplanned")))
    assert not re.search(r"den \d+\.", said)


def test_a_no_to_come_by_mail_gets_a_reply_in_their_thread_and_on_the_phone_the_line_to_say():
    by_mail = answer(REJECTED)
    assert by_mail.startswith(text("advice.what_if.rejected_email")) and "Tak for dit svar" in by_mail
    on_the_phone = answer(REJECTED, CALLING)
    assert on_the_phone.startswith(text("advice.what_if.rejected"))
    assert text("writing.rejection.line") in on_the_phone and "Tak for dit svar" not in on_the_phone


def test_not_decided_gets_the_question_for_a_day():
    said = answer(NOT_DECIDED, CALLING)
    assert said.startswith(text("advice.what_if.not_decided"))
    assert text("writing.call_script.if_not_decided") in said


def test_time_to_think_about_their_offer_is_answered():
    """s32e: "de ringede lige og tilbød mig jobbet!! … kan jeg bede om betænkningstid?" got "Det kan jeg desværre
    ikke hjælpe med"."""
    said = "de ringede lige og tilbød mig jobbet!! men lønnen er lidt lav. kan jeg bede om betænkningstid?"
    assert what_if_asked(said) == TIME_TO_THINK and what_if_asked("jeg skal tænke over det") is None
    said = answer(TIME_TO_THINK)
    assert said.startswith("Ja, det er helt almindeligt") and "senest" in said
