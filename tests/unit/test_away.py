"""When the contact can be reached again (coach.facts.away), and the plan waiting for it (coach.rules)."""

from dataclasses import replace
from datetime import date

import pytest

from coach.case import FollowUpCase
from coach.dates.entities import time_entities
from coach.facts.away import callback_agreed, contact_back_on
from coach.rules import Timing, plan_followup

SUNDAY = date(2026, 12, 6)


@pytest.mark.parametrize("said, back", [
    # testers: each of these got a follow-up day while the contact was away, or ended the reminders as an answer
    ("ringede lige til shoppen. en kollega tog den og sagde mads har fri til onsdag, så jeg skal prøve der",
     date(2026, 12, 9)),
    ("fik et autosvar om at hun er paa ferie til og med 11. december", date(2026, 12, 12)),
    ("receptionen sagde at Hanne Lund er på kursus og at jeg skulle ringe igen på torsdag", date(2026, 12, 10)),
    ("de sagde de ringer igen på torsdag", None),  # their promise: an answer day, not the contact away
    ("han sagde han ville ringe tilbage på torsdag", None),
    ("hun er tilbage mandag", date(2026, 12, 7)),
    ("jeg var til samtale i tirsdags", None),
    # testers: a call-back day asked for by the contact was read as their answer day (the follow-up four days later)
    ("han bad mig ringe igen på tirsdag", date(2026, 12, 8)),
    ("hun sagde jeg godt kunne ringe til hende igen på onsdag", date(2026, 12, 9)),
    ("vi aftalte at jeg ringer igen torsdag", date(2026, 12, 10)),
    ("fik et autosvar: Hanne er på ferie og tilbage mandag d. 14. december", date(2026, 12, 14)),  # s38a
])
def test_the_day_the_contact_is_back(said, back):
    assert contact_back_on(said, time_entities(said, SUNDAY), SUNDAY) == back


def test_the_follow_up_waits_until_the_contact_is_back():
    case = FollowUpCase(interview_date=date(2026, 11, 24), role="barista", contact_channel="telefon",
                        has_no_deadline=True, contact_name="Mads", contact_back=date(2026, 12, 12))
    plan = plan_followup(case, SUNDAY)
    assert plan.followup_date == date(2026, 12, 14) and plan.timing is Timing.WAIT  # Saturday -> Monday
    assert "først tilbage igen mandag den 14. december" in plan.reason
    earlier = FollowUpCase(interview_date=date(2026, 11, 24), role="barista", contact_channel="telefon",
                           has_no_deadline=True, contact_back=date(2026, 12, 1))
    assert plan_followup(earlier, SUNDAY).followup_date == date(2026, 12, 7)  # back already: the rules decide


@pytest.mark.parametrize("said, agreed", [
    ("han bad mig ringe igen på tirsdag", True),
    ("Lars bad mig om at ringe tilbage mandag", True),
    # s38a: the plan stayed on Wednesday
    ("En kollega tog den og sagde at Lone er syg, og at jeg skulle ringe igen paa mandag.", True),
    ("hun er på ferie til og med 11. december", False),  # away until then: the rules' day, if later
    ("fik et autosvar: Hanne er på ferie og tilbage mandag d. 14. december", False),
    ("de sagde de ringer igen på torsdag", False),
])
def test_a_day_asked_for_is_the_day_to_try_again(said, agreed):
    assert callback_agreed(said, time_entities(said, SUNDAY), SUNDAY) is agreed


def test_the_follow_up_is_on_the_day_asked_for_even_before_the_rules_day():
    # answered "not decided" on Friday the 4th: the rules say a week later; he asked to be called on Tuesday
    case = FollowUpCase(interview_date=date(2026, 11, 24), role="barista", contact_channel="telefon",
                        last_answer_date=date(2026, 12, 4), contact_back=date(2026, 12, 8), callback_agreed=True)
    plan = plan_followup(case, SUNDAY)
    assert plan.followup_date == date(2026, 12, 8) and plan.timing is Timing.WAIT
    assert "fik besked på at tage kontakt igen" in plan.reason and "vent til da" not in plan.reason
    away = replace(case, callback_agreed=False)
    assert plan_followup(away, SUNDAY).followup_date == date(2026, 12, 11)  # away until then: the rules' later day
