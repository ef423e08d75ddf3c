"""Days told by the week (blind part BE, dev53) and other readings found by parts BD and BF."""

from datetime import date

import pytest

from coach.dates.entities import day_in_period, reading_for, time_entities
from coach.facts import (
    DEADLINE,
    attempts_reported,
    channel_preference,
    names_said,
    says_no_deadline,
    speaks_of_last_time,
    week_moved,
)
from coach.facts.topics import OTHER


def _only(text: str, today: date) -> dict:
    [entity] = time_entities(text, today)
    return entity


@pytest.mark.parametrize("today, said, interview, deadline", [
    # said at an interview on a Tuesday, told on the Saturday after: that week's Friday (BE039)
    (date(2027, 5, 8), "de sagde inden udgangen af ugen", date(2027, 5, 4), "2027-05-07"),
    # said at an interview last week: that week's Friday, not this one's (BE010)
    (date(2026, 11, 26), "de sagde at de ville melde tilbage inden udgangen af ugen", date(2026, 11, 19), "2026-11-20"),
    (date(2026, 12, 1), "de svarer inden udgangen af næste uge", None, "2026-12-11"),
])
def test_the_end_of_the_week_is_its_friday_in_the_week_spoken_of(today, said, interview, deadline):
    assert reading_for(_only(said, today), DEADLINE, today, interview=interview) == deadline


def test_a_weekday_in_the_same_week_is_in_the_interviews_week():
    """'sidst på ugen, altså fredag samme uge' after a Thursday interview last week (BE014): that Friday."""
    today = date(2026, 12, 6)
    [entity] = [e for e in time_entities("de ville svare sidst på ugen, altså fredag samme uge", today)
                if "samme" in e["additional_info"]["text"]] or time_entities("fredag samme uge", today)
    assert reading_for(entity, DEADLINE, today, interview=date(2026, 11, 26)) == "2026-11-27"


@pytest.mark.parametrize("said, today, period, day", [
    ("tirsdag kl 10", date(2026, 11, 22), (date(2026, 11, 23), date(2026, 11, 29)), "2026-11-24T10:00"),  # BE008
    ("torsdag, kl. 9", date(2027, 6, 6), (date(2027, 6, 7), date(2027, 6, 13)), "2027-06-10T09:00"),  # BE043
    # a holiday's weekday in next week: the coming one, not last year's (BE032)
    ("tirsdag efter påske, kl 13.30", date(2027, 3, 24), (date(2027, 3, 29), date(2027, 4, 4)), "2027-03-30T13:30"),
    ("onsdag", date(2026, 11, 30), (date(2026, 11, 23), date(2026, 11, 29)), "2026-11-25"),
])
def test_the_day_named_for_a_week_already_told_lies_in_that_week(said, today, period, day):
    assert day_in_period(_only(said, today), period) == day


def test_the_day_settled_on_after_looking_it_up_is_the_one_kept():
    """'tirsdag eller onsdag... vent jeg tjekker lige kalenderen. onsdag' (BE012)."""
    found = [e["value"] for e in time_entities("tirsdag eller onsdag... vent jeg tjekker lige kalenderen. onsdag",
                                               date(2026, 11, 30))]
    assert found == ["2026-12-02"]


@pytest.mark.parametrize("said, weeks", [
    ("nej det passer ikke, det var ugen før. lige før nytår", -1),  # BE023
    ("nej, en uge senere", 1),
    ("ugen før jul", 0),  # a period, no correction
    ("de sagde ugen efter samtalen", 0),
])
def test_a_correction_can_move_the_day_a_week(said, weeks):
    assert week_moved(said) == weeks


def test_the_day_a_mail_asked_for_goes_out_is_no_day_of_the_case():
    """'Kan du også skrive en tak-for-samtalen mail til i dag?' (BD036) names no interview day; a mail sent today
    is still a follow-up made today."""
    today = date(2027, 4, 16)
    assert _only("Kan du også skrive en tak-for-samtalen mail til i dag?", today)["additional_info"]["about"] == OTHER
    assert _only("jeg sendte en mail i dag", today)["additional_info"]["about"] != OTHER


def test_what_the_user_wrote_in_the_application_is_no_follow_up():
    """BF026: 'glemte hvad jeg havde skrevet i min egen ansøgning' counted as a mail sent."""
    assert attempts_reported("det gik elendigt, jeg glemte hvad jeg havde skrevet i min egen ansøgning") is None
    assert attempts_reported("har skrevet til dem i går") == 1


def test_a_choice_in_inverted_order_after_faktisk_chooses_the_channel():
    assert channel_preference("nej faktisk ringer jeg. min mor siger det er mere professionelt") == "telefon"  # BF023


@pytest.mark.parametrize("said", ["har ikke fået noget at vide om hvornår", "fik ikke noget at vide"])
def test_not_told_when_is_no_answer_day(said):
    assert says_no_deadline(said, asked=True)  # BD040


def test_the_interviewer_named_with_a_danish_surname_is_the_contact():
    assert names_said("hej, samtale d. 11/5 med Louise Berg")[1] == "Louise Berg"  # BD043
    assert names_said("samtale d. 3/4 med Jensen Bageri")[1] is None


def test_sidst_var_alone_dates_the_last_follow_up():
    assert speaks_of_last_time("sidst var i torsdags")  # BD037
    assert not speaks_of_last_time("sidst var jeg til samtale i mandags")


def test_a_weekday_in_the_week_after_the_interview_is_in_that_week():
    """'altså ugen efter samtalen, så på onsdag' after a Wednesday interview, told on the Saturday (BE026)."""
    from coach.dates.entities import pick_time, pinned_day
    today = date(2027, 2, 6)
    entities = time_entities("altså ugen efter samtalen, så på onsdag", today)
    chosen = pick_time(entities, DEADLINE, asked=True)
    assert pinned_day(entities, chosen, DEADLINE, today, interview=date(2027, 2, 3)) == "2027-02-10"


def test_this_week_or_the_next_is_the_later_week():
    """s36b: "de ville ringe i næste uge eller ugen efter" became the first week's Friday, inside their own window."""
    entity = _only("de sagde i næste uge eller ugen efter", date(2026, 12, 6))
    assert entity["value"][:10] == "2026-12-14" and entity["additional_info"]["grain"] == "week"
    assert _only("de sagde i næste uge", date(2026, 12, 6))["value"][:10] == "2026-12-07"
    # the trial: read as "ugen efter samtalen" too, and the answer day became the 23rd
    told = _only("hun sagde jeg ville høre fra dem i løbet af næste uge eller ugen efter", date(2026, 12, 6))
    assert reading_for(told, DEADLINE, date(2026, 12, 6), interview=date(2026, 12, 2)) == "2026-12-18"
