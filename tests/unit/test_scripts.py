"""The call script: what the user reads aloud on the phone."""

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


def test_role_line_names_role_and_company():
    line = call_script(FULL).role_line
    assert "stillingen som kontorchef" in line and "Novo Nordisk" in line
    assert "hos" not in call_script(replace(FULL, company=None)).role_line


def test_status_question_is_a_single_question():
    assert call_script(FULL).status_question.count("?") == 1


def test_listen_cue_is_a_stage_direction():
    cue = call_script(FULL).listen_cue
    assert cue.startswith("(") and cue.endswith(")") and "dato" in cue


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
    assert "den, der står for ansættelsen til stillingen som kontorchef" in line


def test_voicemail_fits_in_about_twenty_seconds_even_with_long_names():
    long_case = replace(FULL, user_name="Ole Christian Bach-Jensen", contact_name="Mette Louise Hansen",
                        role="administrativ afdelingsleder", interview_time=time(13, 30))
    for case in (FULL, long_case):
        words = call_script(case).voicemail.split()
        assert 30 <= len(words) <= 60


def test_voicemail_has_name_day_role_and_number_placeholder():
    voicemail = call_script(FULL).voicemail
    for part in ("Ole Jensen", "onsdag den 25. november", "kontorchef", "[dit nummer]"):
        assert part in voicemail


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
