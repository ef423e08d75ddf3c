"""Any string into the domain core's text entry points: an answer or a clean 'no', never an exception."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.case import FollowUpCase
from coach.dates.entities import time_entities
from coach.facts import (
    ATTEMPT,
    DEADLINE,
    INTERVIEW,
    OTHER,
    clean_company,
    clean_person_name,
    clean_role,
    date_topic,
    is_correction,
    parse_channel,
    says_no_deadline,
)
from coach.input_guard import check_input
from coach.privacy import is_confirmation
from coach.rehearsal import Rehearsal, evaluate_line

CASE = FollowUpCase(interview_date=date(2026, 11, 25), role="kontorchef", contact_channel="telefon",
                    contact_name="Mette Hansen", company="Novo Nordisk", user_name="Ole Jensen")
# Text with Danish words, digits, dates and symbols mixed in, plus anything at all.
danishy = st.lists(st.sampled_from(
    ["i", "tirsdags", "den", "31.", "februar", "kl.", "9", "ingen", "frist", "ringe", "mail", "Mette", "æøå",
     "ae", "oe", "aa", "<script>", "{{7*7}}", "'", ";", "\n", "\x00", "🙂", "uge", "53", "om", "14", "dage"]),
    max_size=25).map(" ".join)
text = st.one_of(st.text(max_size=300), danishy)


@settings(max_examples=300, deadline=None)
@given(text)
def test_fact_readers_never_raise(message):
    parse_channel(message)
    says_no_deadline(message, asked=True)
    says_no_deadline(message, asked=False)
    is_correction(message)
    is_confirmation(message)
    check_input(message)
    for reader in (clean_role, clean_person_name, clean_company):
        value = reader(message)
        assert value is None or (0 < len(value) <= 80)


@settings(max_examples=200, deadline=None)
@given(text)
def test_time_entities_are_well_formed(message):
    for entity in time_entities(message, date(2026, 11, 28)):
        assert message[entity["start"]:entity["end"]] == entity["additional_info"]["text"]
        # one of the topics a date can have ("EN MAIL:DEN0" found a follow-up's day: hypothesis, this session)
        assert date_topic(message, entity["start"], entity["end"]) in (None, INTERVIEW, DEADLINE, ATTEMPT, OTHER)


@settings(max_examples=150, deadline=None)
@given(st.lists(text, min_size=1, max_size=6))
def test_a_rehearsal_takes_any_lines(lines):
    state, _ = Rehearsal.start(CASE, "fuzz")
    for line in lines:
        evaluate_line(line, CASE)
        result = Rehearsal.turn(state, CASE, line)
        state = result.state
        assert isinstance(result.reply, str) and result.reply
