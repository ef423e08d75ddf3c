"""Messages typed fast on a phone (the blind part AT): slips in the key words, slang, a line pasted from the
employer. Each is read as what the user meant."""

from datetime import date

import pytest

from coach.applications import as_read
from coach.case import EMAIL, PHONE
from coach.dates.entities import time_entities
from coach.facts import (
    DEADLINE,
    attempt_channel,
    channel_preference,
    clean_role,
    company_said,
    names_said,
    parse_channel,
    says_no_deadline,
)
from coach.input_guard import check_input
from coach.requests import asks_for_review


@pytest.mark.parametrize("said, channel", [
    ("mali", EMAIL), ("meil", EMAIL), ("emial", EMAIL), ("telfon", PHONE), ("tlf", PHONE), ("telefn tak", PHONE),
    ("call", PHONE), ("ringe ig", PHONE), ("mail for sure", EMAIL), ("ring mby", PHONE),
])
def test_a_short_channel_answer_with_a_slip_or_slang_is_the_channel(said, channel):
    assert parse_channel(said) == channel
    assert channel_preference(said) == channel  # also when the coach asked something else (AS030, AT022)


def test_a_slip_is_mended_only_in_a_short_answer():
    assert parse_channel("jeg sendte en meil i går og har ikke hørt noget siden") is None


@pytest.mark.parametrize("said", ["idk", "idk 🤷", "ved ik", "dunno"])
def test_i_dont_know_typed_fast_answers_the_deadline_question_with_none(said):  # AT026
    assert says_no_deadline(said, asked=True)
    assert not says_no_deadline(said, asked=False)


@pytest.mark.parametrize("said, day", [
    ("sammtale i torsdsg", date(2027, 2, 4)),  # AT023, on Friday 5 February 2027: "i torsdags" with slips
    ("hej jeg var til samtale i tirsdag", date(2027, 2, 2)),
])
def test_a_weekday_after_i_without_its_s_is_the_one_before(said, day):
    [entity] = time_entities(as_read(said), date(2027, 2, 5))
    assert entity["value"] == day.isoformat()


def test_the_employer_quoted_as_we_gives_the_answer_day():  # AT023
    [entity] = time_entities(as_read("de sagde vi ringer i løbet af næste uge"), date(2027, 2, 5))
    assert entity["additional_info"]["about"] == DEADLINE


def test_a_month_with_a_slip_is_no_title():  # AT013: "decmber" became the role
    assert clean_role("decmber") is None and clean_role("pakkesorterer") == "pakkesorterer"


def test_trying_to_call_is_a_call():  # AS045
    assert attempt_channel("hov, jeg prøvede faktisk at ringe i går, men ingen svarede") == PHONE


@pytest.mark.parametrize("said, user", [
    ("Hej, Jonas Friis her. Var til samtale mandag d. 21. som controller hos Arla", "Jonas Friis"),  # AS021
    ("Hej, det er Mikkel Andersen. Samtale d. 27/5 hos Dansk Supermarked som butikschef", "Mikkel Andersen"),
])
def test_a_greeting_then_who_writes_names_the_user(said, user):
    assert names_said(as_read(said)) == (user, None)


def test_hej_then_someone_who_said_something_names_the_contact():
    assert names_said(as_read("Hej, Maria Holt sagde at de ringer")) == (None, "Maria Holt")


@pytest.mark.parametrize("pasted, contact, company", [
    ('"Hej, tak for i dag. Vi vender tilbage senest onsdag d. 13/1. Mvh Pia Holm, Bygma"', "Pia Holm", "Bygma"),
    ('"Tak for en god samtale. Vi forventer at have truffet en beslutning i uge 16. Mvh Jakob Lund"', "Jakob Lund",
     None),
])
def test_the_employers_message_pasted_is_signed_by_the_contact(pasted, contact, company):  # AT019, AT034
    assert names_said(as_read(pasted)) == (None, contact)
    assert company_said(as_read(pasted)) == company


def test_the_users_own_signature_stays_the_users():
    assert names_said(as_read("Tak for din hjælp. Mvh Ole Jensen"))[1] is None


@pytest.mark.parametrize("said", ["hej fik lige den her mail", "fik den her sms:"])
def test_a_message_received_asks_for_no_review(said):  # AT004
    assert not asks_for_review(said)


def test_an_english_opening_with_the_day_in_danish_is_read():  # AS030
    assert check_input("hey, had an interview i onsdags, what now?") is None
    assert check_input("I had an interview yesterday") is not None  # English only: the Danish-only reply


def test_a_weekday_cut_short_dates_the_follow_up():  # AT043, on Saturday 12 June 2027
    [entity] = time_entities(as_read("sendte en mail ons men intet svar"), date(2027, 6, 12))
    assert entity["value"] == "2027-06-09"


@pytest.mark.parametrize("said, channel", [("ok ok, så en mail da", EMAIL), ("nå men ja telefon", PHONE),
                                           ("ok ringer", PHONE), ("ja en mail, det var også over Teams", EMAIL),
                                           ("mail hver gang", EMAIL),  # L014, after letting go
                                           ("mail har jeg brugt hele tiden", EMAIL),  # E022, the way so far
                                           ("mail har jeg brugt, men nu vil jeg ringe", PHONE)])
def test_a_channel_after_ok_or_ja_is_the_channel(said, channel):
    assert channel_preference(said) == channel


def test_the_interview_with_someone_at_a_named_employer_names_the_contact():  # AV038
    assert names_said(as_read("samtale d. 22/4 hos Jysk, salgsassistent, med Hanne Bech")) == (None, "Hanne Bech")
    assert names_said(as_read("samtale i går, med Dansk Supermarked")) == (None, None)  # a firm, no person
