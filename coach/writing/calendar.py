"""A calendar reminder (iCalendar, RFC 5545) for the follow-up day."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

from coach.case import EMAIL, PHONE, FollowUpCase
from coach.rules import FollowUpPlan
from coach.texts import text
from coach.writing.call_script import call_script
from coach.writing.email import email_subject

PRODID = "-//Opfølgningscoachen//DA"
ALARM_AFTER_MIDNIGHT = timedelta(hours=9)  # 09:00 on the all-day event's date


def followup_event(case: FollowUpCase, plan: FollowUpPlan, uid_seed: str,
                   now: datetime | None = None) -> bytes:
    """An .ics file with one all-day event on the follow-up day and an alarm at 9."""
    day = _followup_day(plan)
    event = Event()
    event.add("uid", f"{uuid.uuid5(uuid.NAMESPACE_URL, f'{uid_seed}|{day.isoformat()}')}@opfoelgningscoachen")
    event.add("dtstamp", _utc(now or datetime.now(timezone.utc)))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", event_summary(case))
    event.add("description", _description(case))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
    event.add_component(_alarm(event_summary(case)))

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add_component(event)
    return calendar.to_ical()


def followup_filename(plan: FollowUpPlan) -> str:
    return f"opfoelgning-{_followup_day(plan).isoformat()}.ics"


def event_summary(case: FollowUpCase) -> str:
    """'Følg op på jobsamtalen (kontorchef hos Novo Nordisk)'."""
    company = text("writing.calendar.at_company", company=case.company) if case.company else None
    about = " ".join(filter(None, [case.role, company]))
    return text("writing.calendar.summary", about=about) if about else text("writing.calendar.summary_plain")


def _followup_day(plan: FollowUpPlan) -> date:
    if plan.followup_date is None:
        raise ValueError("the plan has no follow-up day, so there is nothing to remind of")
    return plan.followup_date


def _description(case: FollowUpCase) -> str:
    who = case.contact_name or text("writing.calendar.contact_unnamed")
    if case.company:
        who = text("writing.calendar.contact_at_company", who=who, company=case.company)
    script = call_script(case)
    call = text("writing.calendar.call", who=who, opening=script.opening, placing=script.placing)
    mail = text("writing.calendar.mail", who=who, subject=email_subject(case))
    if case.contact_channel == PHONE:
        return call
    if case.contact_channel == EMAIL:
        return mail
    return text("writing.calendar.either", call=call, mail=mail)


def _alarm(summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", ALARM_AFTER_MIDNIGHT)
    return alarm


def _utc(moment: datetime) -> datetime:
    # DTSTAMP must be UTC; a naive datetime is taken to be UTC already.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
