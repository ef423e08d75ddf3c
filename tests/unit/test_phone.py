"""The user's own phone number: read where the message says it is theirs, never the contact's."""

import pytest

from coach.phone import phone_said


@pytest.mark.parametrize("said, number", [
    ("mit nummer er 22 33 44 55", "22 33 44 55"),
    ("Mit telefonnummer: 22334455", "22 33 44 55"),
    ("ring til mig på +45 22 33 44 55", "+45 22 33 44 55"),
    ("min mobil er 2233 4455", "22 33 44 55"),
    ("jeg kan naas paa 22-33-44-55 hele dagen", "22 33 44 55"),
    ("Jeg hedder Ole, mit tlf er 22 33 44 55, jeg vil ringe", "22 33 44 55"),
    # testers' numbers, lost: "Det ændrer ikke din plan"
    ("kan du sætte mit nr på: 22 33 44 55", "22 33 44 55"), ("du glemte mit nummer. 22 33 44 55", "22 33 44 55"),
    ("mit nummer skal med: +45 26 71 03 58", "+45 26 71 03 58"),
])
def test_a_number_the_user_calls_their_own(said, number):
    assert phone_said(said) == number


@pytest.mark.parametrize("said", [
    "Min kontakt er Mette Hansen, tlf 12 34 56 78",  # the contact's
    "hun har nummer 12 34 56 78",
    "mit nummer er 1234",  # too short
    "mit nummer er ikke 22 33 44 55",
    "22 33 44 55",  # a bare number, unasked
    "jeg var til samtale den 24/11 kl 10",
])
def test_no_number_that_is_not_clearly_the_users(said):
    assert phone_said(said) is None


def test_a_bare_number_is_the_answer_right_after_the_coach_asked():
    assert phone_said("22 33 44 55", asked=True) == "22 33 44 55"
    assert phone_said("tlf: +4522334455.", asked=True) == "+45 22 33 44 55"
    assert phone_said("jeg ringer i morgen", asked=True) is None


def test_the_number_corrected_once_one_is_known():
    """s41a: "nummeret er 20 30 40 60, ikke 50" got "Det ændrer ikke din plan", and the script kept the old one."""
    assert phone_said("nummeret er 20 30 40 60, ikke 50", known=True) == "20 30 40 60"
    assert phone_said("nummeret er 20 30 40 60, ikke 50") is None  # whose number, with none of the user's known?
