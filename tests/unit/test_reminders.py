"""The reminders' domain core (coach/reminders.py): due times, check-in, snooze, texts."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from coach import clock
from coach.case import FollowUpCase
from coach.dates.time_of_day import parse_time_of_day
from coach.reminders import (
    CHECKIN,
    FOLLOWUP,
    TZ,
    OfferAnswer,
    Reminder,
    answer_to_offer,
    at_local,
    checkin_text,
    essentials,
    listing,
    offer_text,
    reminder_lead,
    reported_attempt_day,
    snoozed_text,
    when_text,
)

PHONE_CASE = FollowUpCase(interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",
                          contact_channel="telefon", contact_name="Mette Hansen", company="Novo Nordisk",
                          user_name="Ole Jensen")
MAIL_CASE = FollowUpCase(**{**PHONE_CASE.__dict__, "contact_channel": "email"})


def test_due_time_is_local_copenhagen_time_in_winter_and_summer():
    assert at_local(date(2026, 12, 4)).astimezone(timezone.utc) == datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)
    assert at_local(date(2026, 6, 4)).astimezone(timezone.utc) == datetime(2026, 6, 4, 7, 0, tzinfo=timezone.utc)
    assert when_text(at_local(date(2026, 12, 4))) == "fredag den 4. december kl. 9"
    assert when_text(at_local(date(2026, 12, 4), time(14, 30))) == "fredag den 4. december kl. 14.30"


def test_a_reminder_is_due_from_its_minute_on_and_only_while_pending():
    reminder = Reminder("42", at_local(date(2026, 12, 4), time(9, 0)))
    assert not reminder.is_due(datetime(2026, 12, 4, 8, 59, tzinfo=TZ))
    assert reminder.is_due(datetime(2026, 12, 4, 9, 0, tzinfo=TZ))
    assert reminder.is_due(datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc))  # the same instant in UTC
    assert not Reminder("42", reminder.due, status="cancelled").is_due(datetime(2027, 1, 1, tzinfo=TZ))


def test_a_reminder_needs_a_timezone_and_a_known_kind():
    with pytest.raises(ValueError):
        Reminder("42", datetime(2026, 12, 4, 9, 0))
    with pytest.raises(ValueError):
        Reminder("42", at_local(date(2026, 12, 4)), kind="nag")


def test_one_checkin_a_business_day_later_at_the_same_time():
    friday = Reminder("42", at_local(date(2026, 12, 4), time(14, 0)))
    checkin = friday.checkin()
    assert (checkin.kind, checkin.local_due) == (CHECKIN, at_local(date(2026, 12, 7), time(14, 0)))  # Monday
    tuesday = Reminder("42", at_local(date(2026, 12, 1)))
    assert tuesday.checkin().local_due.date() == date(2026, 12, 2)
    with pytest.raises(ValueError):
        checkin.checkin()  # never more than one


def test_snooze_to_the_next_business_day_same_time():
    reminder = Reminder("42", at_local(date(2026, 12, 4), time(8, 30)))
    snoozed = reminder.snoozed(today=date(2026, 12, 4))
    assert snoozed.kind == FOLLOWUP and snoozed.id != reminder.id
    assert snoozed.local_due == at_local(date(2026, 12, 7), time(8, 30))
    assert "mandag den 7. december kl. 8.30" in snoozed_text(snoozed.due, date(2026, 12, 4))
    tuesday = Reminder("42", at_local(date(2026, 12, 1))).snoozed(today=date(2026, 12, 1))
    assert snoozed_text(tuesday.due, date(2026, 12, 1)).startswith("Fint, så minder jeg dig om det igen i morgen")
    # Juleaftensdag and the Christmas days are no business days.
    assert Reminder("42", at_local(date(2026, 12, 23))).snoozed(date(2026, 12, 23)).local_due.date() \
        == date(2026, 12, 28)


@pytest.mark.parametrize("text, expected", [
    ("kl. 14", time(14, 0)), ("kl 10", time(10, 0)), ("klokken 8.30", time(8, 30)), ("14:30", time(14, 30)),
    ("hellere 10", time(10, 0)), ("ja, men kl. 11", time(11, 0)), ("Kl.7", time(7, 0)),
    ("om eftermiddagen", time(14, 0)), ("ved middagstid", time(12, 0)),
    ("ja tak", None), ("i morgen", None), ("4. december", None), ("kl 25", None), ("et andet tidspunkt", None),
    # the Danish way
    ("kvart over 8", time(8, 15)), ("kvart i ni", time(8, 45)), ("halv ni", time(8, 30)), ("halv to", time(13, 30)),
    ("fem over halv ni", time(8, 35)), ("ti minutter over otte", time(8, 10)), ("tyve over ni", time(9, 20)),
    ("Klokken otte, tak.", time(8, 0)), ("kl. ti", time(10, 0)), ("ved 9-tiden", time(9, 0)),
    ("sidst på eftermiddagen", time(16, 0)), ("først på eftermiddagen", time(13, 0)), ("midt på dagen", time(12, 0)),
    ("lige efter frokost", time(12, 30)), ("en halv time", None),
])
def test_the_time_of_day_the_user_chooses(text, expected):
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("kvart over 8", time(8, 15)), ("sæt den til halv ni", time(8, 30)), ("ved middagstid tak", time(12, 0)),
    ("mandag kvart over 8", None), ("i morgen ved middagstid", None),
])
def test_a_reminder_time_said_alone(text, expected):
    from coach.dates.time_of_day import time_of_day_only
    assert time_of_day_only(text) == expected


def test_the_offer_names_day_and_time():
    assert offer_text(PHONE_CASE, at_local(date(2026, 12, 4))).startswith(
        "Skal jeg minde dig om det fredag den 4. december kl. 9?")
    assert "mailen" in offer_text(MAIL_CASE, at_local(date(2026, 12, 4)))


def test_the_offer_says_again_only_when_the_script_or_mail_was_shown():
    due = at_local(date(2026, 12, 4))
    assert offer_text(PHONE_CASE, due).endswith("Så sender jeg dig manuskriptet igen den dag.")
    assert offer_text(PHONE_CASE, due, shown=False).endswith(
        "Så sender jeg dig manuskriptet til opfølgningen den dag.")


def test_the_essentials_say_whom_how_and_the_first_line_or_the_subject():
    call = essentials(PHONE_CASE)
    assert "Ring til Mette Hansen hos Novo Nordisk" in call
    assert "Hej Mette, det er Ole Jensen." in call and "onsdag den 25. november kl. 9" in call
    mail = essentials(MAIL_CASE)
    assert "Skriv en mail til Mette Hansen hos Novo Nordisk" in mail
    assert "Emne: Re: Jobsamtale onsdag den 25. november kl. 9" in mail
    unnamed = essentials(FollowUpCase(interview_date=date(2026, 11, 25), contact_channel="telefon"))
    assert "Ring til din kontaktperson" in unnamed
    assert "stillingen som kontorchef hos Novo Nordisk" in reminder_lead(PHONE_CASE)


def test_the_checkin_asks_how_the_follow_up_went_on_that_day():
    said = checkin_text(PHONE_CASE, date(2026, 12, 1))
    # The day belongs to the follow-up, not to the job.
    assert said.startswith("Hej igen! Hvordan gik det, da du tirsdag den 1. december fulgte op på stillingen som "
                           "kontorchef hos Novo Nordisk?")


def test_the_listing():
    assert "ingen påmindelser" in listing([])
    one = listing([Reminder("42", at_local(date(2026, 12, 4)))])
    assert one.startswith("Du har én påmindelse") and "fredag den 4. december kl. 9" in one


def test_the_clock_can_be_fixed_to_a_minute(monkeypatch):
    monkeypatch.delenv("COACH_TODAY", raising=False)  # the day alone would overrule the minute
    monkeypatch.setenv("COACH_NOW", "2026-12-04T09:00")
    assert clock.now() == at_local(date(2026, 12, 4), time(9, 0))
    monkeypatch.delenv("COACH_NOW")
    monkeypatch.setenv("COACH_TODAY", "2026-12-04")
    assert clock.now().date() == date(2026, 12, 4) and clock.now().tzinfo is not None


@pytest.mark.parametrize("offered, intent, text, expected", [
    (True, "affirm", "ja tak", (OfferAnswer.SCHEDULE, time(9, 0))),
    (True, "affirm", "ja, hellere kl. 14", (OfferAnswer.SCHEDULE, time(14, 0))),
    (True, "inform", "klokken 8.30", (OfferAnswer.SCHEDULE, time(8, 30))),
    (True, "inform", "min kontakt hedder Mette Hansen", (OfferAnswer.TO_FORM, None)),
    (True, "inform", "mandag kl. 10", (OfferAnswer.TO_FORM, None)),  # a day is a fact for the form
    (True, "choose_reminder_time", "et andet tidspunkt", (OfferAnswer.ASK_TIME, None)),
    (True, "deny", "nej tak", (OfferAnswer.DECLINED, None)),
    (False, "inform", "kl. 14", (OfferAnswer.TO_FORM, None)),
    (False, "affirm", "ja", (OfferAnswer.ANYTHING_ELSE, None)),
    (False, "choose_reminder_time", "kl. 14", (OfferAnswer.NO_OFFER, None)),
])
def test_what_an_answer_to_the_reminder_offer_means(offered, intent, text, expected):
    decision = answer_to_offer(offered, intent, text)
    assert (decision.answer, decision.time_of_day) == expected


def test_a_follow_up_reported_done_is_never_dated_before_the_reminder_that_asked_for_it():
    assert reported_attempt_day(date(2026, 11, 28), date(2026, 12, 2)) == date(2026, 12, 2)
    assert reported_attempt_day(date(2026, 12, 4), date(2026, 12, 2)) == date(2026, 12, 4)
    assert reported_attempt_day(date(2026, 12, 4), None) == date(2026, 12, 4)
