"""The calendar reminder: an .ics file any calendar app can import."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone

import pytest
from icalendar import Calendar

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.rules import plan_followup
from coach.writing.calendar import followup_event, followup_filename

CASE = FollowUpCase(
    interview_date=date(2026, 11, 25), interview_time=time(9, 0), role="kontorchef",
    contact_channel=PHONE, has_no_deadline=True, contact_name="Mette Hansen",
    company="Novo Nordisk", user_name="Ole Jensen",
)
TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 15, tzinfo=timezone.utc)
PLAN = plan_followup(CASE, TODAY)  # no deadline: a week after, Wednesday 2 December


def event_of(ics: bytes):
    calendar = Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_event_is_all_day_on_the_follow_up_date():
    event = event_of(followup_event(CASE, PLAN, "user-1", now=NOW))
    start = event.decoded("dtstart")
    assert PLAN.followup_date == date(2026, 12, 2)
    assert start == date(2026, 12, 2) and not isinstance(start, datetime)


def test_summary_names_role_and_company():
    event = event_of(followup_event(CASE, PLAN, "user-1", now=NOW))
    assert str(event["summary"]) == "Følg op på jobsamtalen (kontorchef hos Novo Nordisk)"
    without_company = event_of(followup_event(replace(CASE, company=None), PLAN, "user-1", now=NOW))
    assert str(without_company["summary"]) == "Følg op på jobsamtalen (kontorchef)"


def test_alarm_rings_at_nine_that_morning():
    event = event_of(followup_event(CASE, PLAN, "user-1", now=NOW))
    alarms = event.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("trigger") == timedelta(hours=9)
    assert str(alarms[0]["action"]) == "DISPLAY"


def test_phone_description_says_whom_to_call_and_the_first_line():
    description = str(event_of(followup_event(CASE, PLAN, "user-1", now=NOW))["description"])
    assert "Ring til Mette Hansen" in description
    assert "Hej Mette, det er Ole Jensen." in description


def test_email_description_gives_the_subject_line():
    case = replace(CASE, contact_channel=EMAIL)
    description = str(event_of(followup_event(case, PLAN, "user-1", now=NOW))["description"])
    assert "Emne: Re: Jobsamtale onsdag den 25. november kl. 9" in description
    assert "Ring" not in description


def test_uid_and_stamp_are_reproducible():
    first = followup_event(CASE, PLAN, "user-1", now=NOW)
    assert first == followup_event(CASE, PLAN, "user-1", now=NOW)
    other = event_of(followup_event(CASE, PLAN, "user-2", now=NOW))
    assert event_of(first)["uid"] != other["uid"]
    assert event_of(first).decoded("dtstamp") == NOW


def test_local_now_is_stamped_in_utc():
    copenhagen = timezone(timedelta(hours=1))
    stamp = event_of(followup_event(CASE, PLAN, "u", now=datetime(2026, 11, 26, 11, 15, tzinfo=copenhagen)))
    assert stamp.decoded("dtstamp") == NOW
    assert "DTSTAMP:20261126T101500Z" in followup_event(CASE, PLAN, "u", now=NOW).decode()


def test_file_uses_crlf_line_endings():
    ics = followup_event(CASE, PLAN, "user-1", now=NOW)
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\n" in ics.rstrip(b"\r\n")


def test_no_follow_up_day_means_no_reminder():
    before = plan_followup(CASE, date(2026, 11, 20))
    assert before.followup_date is None
    with pytest.raises(ValueError):
        followup_event(CASE, before, "user-1", now=NOW)
    with pytest.raises(ValueError):
        followup_filename(before)


def test_filename_carries_the_date():
    assert followup_filename(PLAN) == "opfoelgning-2026-12-02.ics"
