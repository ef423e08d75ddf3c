"""The call script: what the user reads aloud on the phone, for the first, second and last call."""

import re
from dataclasses import replace
from datetime import date, time

from coach.case import PHONE, FollowUpCase
from coach.writing.call_script import call_script

FULL = FollowUpCase(
    interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",
    contact_channel=PHONE, has_no_deadline=True, contact_name="Mette Hansen",
    company="Novo Nordisk", user_name="Ole Jensen",
)
SECOND = replace(FULL, followup_attempts=1, last_attempt_date=date(2026, 12, 1), last_attempt_channel=PHONE)
HIGHER_UP = replace(FULL, followup_attempts=2, last_attempt_date=date(2026, 12, 7))


def test_opening_greets_the_contact_by_first_name_and_gives_own_name():
    assert call_script(FULL).opening == "Hej Mette, det er Ole Jensen."


def test_opening_without_contact_is_a_plain_greeting():
    assert call_script(replace(FULL, contact_name=None)).opening == "Hej, det er Ole Jensen."


def test_missing_user_name_leaves_a_visible_placeholder_everywhere_the_name_is_said():
    script = call_script(replace(FULL, user_name=None))
    for line in (script.opening, script.reception, script.voicemail):
        assert "[dit navn]" in line
    assert "None" not in script.render()


def test_placing_names_weekday_date_and_time():
    assert call_script(FULL).placing == "Jeg var til jobsamtale hos jer onsdag den 25. november kl. 9."


def test_placing_uses_danish_time_with_minutes_and_no_leading_zero_day():
    case = replace(FULL, interview_date=date(2026, 12, 4), interview_time=time(13, 30))
    placing = call_script(case).placing
    assert "fredag den 4. december kl. 13.30" in placing
    assert "04" not in placing


def test_placing_without_time_has_no_clock():
    placing = call_script(replace(FULL, interview_time=None)).placing
    assert placing.endswith("onsdag den 25. november.")
    assert "kl." not in placing


def test_role_line_names_the_role_but_not_the_company_the_listener_works_for():
    assert call_script(FULL).role_line == "Det drejede sig om stillingen som kontorchef."


def test_status_question_asks_how_far_they_are_with_the_decision():
    question = call_script(FULL).status_question
    assert question.count("?") == 1 and "beslutningen" in question
    assert "kigge på min ansøgning" not in call_script(FULL).render()  # they have: it was an interview


def test_listen_cue_is_a_stage_direction_before_the_thanks():
    script = call_script(FULL)
    cue = script.say[-2]
    assert cue.startswith("(") and cue.endswith(")") and "dato" in cue and script.say[-1] == script.thanks


def test_not_decided_asks_when_to_expect_news():
    line = call_script(FULL).if_not_decided
    assert "Hvornår" in line and line.endswith("?")


def test_rejection_line_is_graceful_and_asks_for_other_openings():
    line = call_script(FULL).if_rejected.lower()
    assert "andre stillinger" in line and "held" in line
    assert "?" not in line  # no arguing, no questions back


def test_reception_line_asks_for_the_contact_by_name():
    line = call_script(FULL).reception
    assert line.endswith("Vil du stille mig om til Mette Hansen?")


def test_reception_line_without_contact_asks_for_whoever_hires_for_the_role():
    line = call_script(replace(FULL, contact_name=None)).reception
    assert line.endswith("Vil du stille mig om til den, der står for rekrutteringen til stillingen som kontorchef?")


def test_voicemail_fits_in_about_twenty_seconds_even_with_long_names():
    long_case = replace(FULL, user_name="Ole Christian Bach-Jensen", contact_name="Mette Louise Hansen",
                        role="administrativ afdelingsleder", interview_time=time(13, 30))
    for case in (FULL, long_case):
        words = call_script(case).voicemail.split()
        assert 30 <= len(words) <= 60


def test_voicemail_has_name_day_role_and_number_placeholder():
    voicemail = call_script(FULL).voicemail
    for part in ("Ole Jensen", "onsdag den 25. november", "kontorchef", "ringe til mig på [dit telefonnummer]."):
        assert part in voicemail


def test_voicemail_gives_the_users_number_when_known():
    assert "ringe til mig på 22 33 44 55." in call_script(replace(FULL, user_phone="22 33 44 55")).voicemail


# ---- the second call (R4): it refers to the first attempt and is shorter ---------------------
def test_the_second_call_refers_to_the_first_and_is_shorter():
    first, second = call_script(FULL), call_script(SECOND)
    assert second.placing == ("Jeg var til samtale hos jer onsdag den 25. november kl. 9 om stillingen som "
                              "kontorchef, og jeg prøvede også at ringe til dig tirsdag den 1. december.")
    assert len(second.say) < len(first.say) and len(" ".join(second.say)) < len(" ".join(first.say))
    spoken = [{line for line in script.say[1:] if not line.startswith("(")} for script in (first, second)]
    assert not spoken[0] & spoken[1]  # only the greeting and the listen cue are the same
    assert len(second.voicemail) < len(first.voicemail)


def test_the_second_call_after_a_message_on_the_answering_machine_says_so():
    second = call_script(replace(SECOND, voicemail_left=True))
    assert second.placing.endswith("og jeg lagde også en besked på din telefonsvarer tirsdag den 1. december.")


def test_after_a_mail_the_second_call_says_the_user_wrote():
    script = call_script(replace(SECOND, last_attempt_channel="email"))
    assert "og jeg skrev også til dig tirsdag den 1. december." in script.placing


# ---- the last call (R5): to the hiring manager or HR, never to the same contact --------------
def test_the_last_call_goes_to_the_hiring_manager_or_hr_not_to_the_contact():
    script = call_script(HIGHER_UP)
    text = script.render()
    assert "Hej Mette" not in text and "stille mig om til Mette" not in text
    assert script.opening == "Hej, det er Ole Jensen."
    assert script.reception.endswith("Vil du stille mig om til den ansættende leder for stillingen som kontorchef "
                                     "eller til HR?")
    assert "Jeg har kontaktet Mette Hansen to gange" in text and "hvem der kan fortælle mig" in text
    assert "Hej Mette" not in script.voicemail


def test_without_a_contact_name_the_last_call_speaks_of_the_contact_person():
    assert "Jeg har kontaktet min kontaktperson to gange" in call_script(replace(HIGHER_UP, contact_name=None)).render()


def test_render_keeps_the_call_in_speaking_order():
    script = call_script(FULL)
    text = script.render()
    order = [script.opening, script.placing, script.role_line, script.status_question, script.thanks,
             script.if_not_decided, script.if_rejected, script.reception, script.voicemail]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_spoken_sentences_are_short_and_never_demanding():
    text = call_script(FULL).render()
    sentences = [s for s in re.split(r"[.?!]\s", text) if s.strip()]
    assert max(len(s.split()) for s in sentences) <= 22
    for pushy in ("kræver", "forventer et svar", "kvalifikationer", "erfaring"):
        assert pushy not in text.lower()


def test_the_call_on_the_day_the_contact_asked_for_says_so():
    """s38a: after "han bad mig ringe igen på tirsdag" the script was the first call's, word for word."""
    agreed = replace(FULL, callback_agreed=True, contact_back=date(2026, 12, 8))
    script = call_script(agreed)
    assert script.placing == "Du bad mig ringe igen i dag om stillingen som kontorchef."
    assert script.status_question == "Er der nyt om beslutningen?" and "Du bad mig ringe igen i dag" in script.voicemail
    assert call_script(replace(agreed, callback_agreed=False)).placing == call_script(FULL).placing  # only away
