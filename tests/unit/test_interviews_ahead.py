"""Interviews ahead or today (blind part BH, dev56) and readings found by part BG (dev55)."""

from datetime import date

import pytest

from coach.case import FollowUpCase
from coach.dates.entities import day_in_period, time_entities, vague_period
from coach.facts import (
    attempts_reported,
    day_not_set,
    interview_ahead,
    interview_ahead_without_day,
    interview_just_now,
    names_said,
    says_no_deadline,
)
from coach.facts.topics import OTHER
from coach.rules import Timing, plan_followup
from coach.texts import text


@pytest.mark.parametrize("said", [
    "hej, har en first round interview d. 5. januar",  # BH045
    "hej jeg har en samtale efter jul",  # BH006
    "hejsa 🙂 jeg har fået en jobsamtale!!",  # BH003
    "jeg har fået en samtale hos Telenor",  # BH042
    "hey, har et interview på onsdag hos LEGO",  # BH015
    "hej jeg har samtale i eftermiddag",  # BH009
    "har samtale lige om lidt og er helt vildt nervøs",  # BH008
])
def test_an_interview_told_ahead(said):
    assert interview_ahead(said)


@pytest.mark.parametrize("said", [
    "jeg har haft samtale i dag",
    "har fået en samtale i mandags",
    "hej jeg har vert til samtale d. 9 november",  # a typo of "været": held (AD042)
    "jeg skal til at ringe til dem, hvornår var samtalen?",
])
def test_an_interview_held_or_no_interview_is_not_ahead(said):
    assert not interview_ahead(said)


def test_ahead_without_a_day_also_in_a_longer_message():
    assert interview_ahead_without_day("jeg skal til samtale og vil gerne forberede mig på det der kommer bagefter")
    assert not interview_ahead_without_day("jeg var til samtale og vil gerne forberede mig")


@pytest.mark.parametrize("said", ["har samtale om en halv time hos skat", "jeg har samtale i eftermiddag",
                                  "har samtale lige om lidt"])
def test_later_today_is_today_for_an_interview_ahead(said):
    today = date(2026, 11, 27)
    [entity] = time_entities(said, today)
    assert entity["value"] == "2026-11-27" and entity["additional_info"]["about"] == "interview"


@pytest.mark.parametrize("said", ["skal jeg virkelig vente til efter jul?", "vent lige, er tilbage om lidt",
                                  "kan jeg ikke bare sende den i aften?"])
def test_later_today_and_after_a_holiday_name_no_day_of_the_case_elsewhere(said):
    assert time_entities(said, date(2026, 11, 27)) == []


def test_an_interview_after_a_holiday_is_asked_which_day_and_read_inside_it():
    """'har en samtale efter jul' (BH006), then 'd. 28. kl 13': 28 December, not November."""
    today = date(2026, 11, 28)
    [entity] = time_entities("hej jeg har en samtale efter jul", today)
    period = vague_period(entity, entity["additional_info"]["future"])
    assert period[0] == date(2026, 12, 27)
    [day] = time_entities("d. 28. kl 13", today)
    assert day_in_period(day, period) == "2026-12-28T13:00"


@pytest.mark.parametrize("said, today, kept", [
    ("nej vent, i dag fik jeg bare indkaldelsen. samtalen er på fredag", date(2027, 1, 5), "2027-01-08"),  # BH012
    ("nej vent, d. 2. var der jeg fik invitationen. selve samtalen var d. 6.", date(2026, 11, 11), "2026-11-06"),
])
def test_the_day_the_invitation_came_is_no_interview_day(said, today, kept):
    entities = time_entities(said, today)
    assert entities[0]["additional_info"]["about"] == OTHER
    assert entities[1]["value"] == kept and entities[1]["additional_info"]["about"] == "interview"


@pytest.mark.parametrize("said", ["så nu har jeg været der!! tror det gik godt", "Samtalen er overstået nu",
                                  "samtalen er overstået.. ærligt så virkede hun ret kold"])
def test_the_interview_just_held(said):
    assert interview_just_now(said)


def test_a_slip_in_the_chat_and_a_correspondence_are_no_follow_ups():
    assert attempts_reported("nej undskyld, den VAR i fredags. skrev forkert") is None  # BH044
    assert attempts_reported("jeg har mailet med Mikkel Dahl hele vejen") is None  # BH034
    assert names_said("jeg har mailet med Mikkel Dahl hele vejen")[1] == "Mikkel Dahl"
    assert attempts_reported("har mailet med hende to gange") == 2


def test_the_interviewer_after_samtalen_var():
    said = "Det handler om en stilling hos Pandora, samtalen var den 18. november kl. 13.30 med Anders Kjær"
    assert names_said(said)[1] == "Anders Kjær"  # BG010


def test_not_heard_when_is_no_answer_day():
    assert says_no_deadline("har ikke hoert noget om hvornaar", asked=False)  # BG041


@pytest.mark.parametrize("said, unset", [
    ("de skal lige finde en dato, sagde de i telefonen", True),  # BH010
    ("har en samtale snart men ved ikke hvornår endnu", True),
    ("det er ikke aftalt endnu", True),
    ("den er d. 19.", False),
])
def test_a_day_not_set_yet(said, unset):
    assert day_not_set(said) is unset


def test_an_interview_ahead_with_no_day_yet_gets_r6_without_a_day():
    plan = plan_followup(FollowUpCase(interview_ahead=True, interview_day_unset=True), date(2026, 12, 5))
    assert plan.timing is Timing.BEFORE_INTERVIEW and plan.rule == "R6" and plan.followup_date is None
    assert plan.reason == text("plan.reason.before_interview_undated")
    with pytest.raises(ValueError):  # an interview merely unknown still needs its day
        plan_followup(FollowUpCase(), date(2026, 12, 5))
