"""Reminders the coach sends on its own (Telegram): the value, when it is due, and what it says.

Pure domain code (no Rasa, no database): `reminders.store` keeps them, `reminders.worker`
fires them through Rasa, `actions.reminders` offers, lists and cancels them.

- A `followup` reminder fires on the follow-up day at the chosen local time (default 9:00,
  Europe/Copenhagen). It hands over the script or e-mail again, with the essentials (whom to
  contact, how, the first line or the e-mail subject) and three quick replies.
- If the user does not react, one `checkin` follows on the next business day at the same time
  ("a day later", weekends and holidays skipped). A check-in never gets a check-in of its own.
- "Ikke endnu — mind mig i morgen" moves the follow-up to the next business day, same time.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from coach.business_days import next_business_day
from coach.case import EMAIL, FollowUpCase
from coach.danish import format_date, format_time
from coach.dates.time_of_day import parse_time_of_day, time_of_day_only
from coach.texts import text
from coach.writing.call_script import call_script
from coach.writing.email import email_subject

TZ = ZoneInfo("Europe/Copenhagen")
DEFAULT_TIME = time(9, 0)

FOLLOWUP = "followup"
CHECKIN = "checkin"
KINDS = (FOLLOWUP, CHECKIN)

PENDING = "pending"  # waiting for its time
SENDING = "sending"  # claimed by one worker, being delivered
SENT = "sent"  # delivered to the conversation
SKIPPED = "skipped"  # due, but no longer needed (a check-in after the user already answered)
CANCELLED = "cancelled"  # the user cancelled it, or the application is over
FAILED = "failed"  # could not be delivered after several tries
STATUSES = (PENDING, SENDING, SENT, SKIPPED, CANCELLED, FAILED)

# The quick replies under a reminder and a check-in: (title, payload).
REMINDER_BUTTONS = (
    (text("reminders.buttons.done"), "/reminder_done"),
    (text("reminders.buttons.snooze"), "/reminder_snooze"),
    (text("reminders.buttons.answered"), "/report_answer"),
)
# The quick replies under the offer.
OFFER_BUTTONS = (
    (text("reminders.buttons.accept"), "/affirm"),
    (text("reminders.buttons.other_time"), "/choose_reminder_time"),
    (text("reminders.buttons.decline"), "/deny"),
)
# After "Det er gjort": how did it go?
OUTCOME_BUTTONS = (
    (text("reminders.buttons.answered"), "/report_answer"),
    (text("reminders.buttons.no_answer"), "/report_no_answer"),
    (text("reminders.buttons.rejected"), "/report_rejection"),
)


def at_local(day: date, time_of_day: time = DEFAULT_TIME) -> datetime:
    """`day` at `time_of_day` in Copenhagen, timezone-aware (zoneinfo handles summer time)."""
    return datetime.combine(day, time_of_day.replace(tzinfo=None), tzinfo=TZ)


@dataclass(frozen=True)
class Reminder:
    conversation_id: str
    due: datetime  # timezone-aware; shown in Copenhagen time
    kind: str = FOLLOWUP
    channel: str = "telegram"  # the Rasa output channel it is sent on
    status: str = PENDING
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    tries: int = 0  # delivery attempts that failed (Rasa unreachable)

    def __post_init__(self) -> None:
        if self.due.tzinfo is None:
            raise ValueError("a reminder's due time needs a timezone")
        if self.kind not in KINDS:
            raise ValueError(f"unknown reminder kind {self.kind!r}")
        if self.status not in STATUSES:
            raise ValueError(f"unknown reminder status {self.status!r}")

    @property
    def local_due(self) -> datetime:
        return self.due.astimezone(TZ)

    def is_due(self, now: datetime) -> bool:
        return self.status == PENDING and self.due <= now

    def checkin(self) -> Reminder:
        """The one gentle check-in a day (a business day) after a follow-up reminder."""
        if self.kind != FOLLOWUP:
            raise ValueError("only a follow-up reminder gets a check-in")
        local = self.local_due
        day = next_business_day(local.date() + timedelta(days=1))
        return Reminder(self.conversation_id, at_local(day, local.time()), CHECKIN, self.channel)

    def snoozed(self, today: date) -> Reminder:
        """'Mind mig i morgen': the next business day after today (or after its own day), same time."""
        local = self.local_due
        day = next_business_day(max(today, local.date()) + timedelta(days=1))
        return replace(self, due=at_local(day, local.time()), kind=FOLLOWUP, status=PENDING,
                       id=uuid.uuid4().hex, tries=0)


def when_text(moment: datetime) -> str:
    """'fredag den 4. december kl. 9'."""
    local = moment.astimezone(TZ)
    return text("reminders.when", day=format_date(local.date()), time=format_time(local.time()))


# --- the answer to the offer ---------------------------------------------------------------

class OfferAnswer(str, Enum):
    TO_FORM = "to_form"  # a fact instead of an answer: the form reads it
    ANYTHING_ELSE = "anything_else"  # a yes or no with no offer open
    NO_OFFER = "no_offer"  # something else with no offer open
    DECLINED = "declined"
    ASK_TIME = "ask_time"  # a yes to another time, without the time
    SCHEDULE = "schedule"


@dataclass(frozen=True)
class OfferDecision:
    answer: OfferAnswer
    time_of_day: time | None = None  # with SCHEDULE


def answer_to_offer(offered: bool, intent: str, text: str) -> OfferDecision:
    """What the user's message means after 'Skal jeg minde dig om det ... kl. 9?'."""
    if not offered:
        if intent == "inform":
            return OfferDecision(OfferAnswer.TO_FORM)
        return OfferDecision(OfferAnswer.ANYTHING_ELSE if intent in ("affirm", "deny") else OfferAnswer.NO_OFFER)
    if intent == "deny":
        return OfferDecision(OfferAnswer.DECLINED)
    if intent == "inform":  # "kl. 14" is a time for the reminder; any other fact goes to the form
        chosen = time_of_day_only(text)
        if chosen is None:
            return OfferDecision(OfferAnswer.TO_FORM)
    else:
        chosen = parse_time_of_day(text) or (DEFAULT_TIME if intent == "affirm" else None)
    return OfferDecision(OfferAnswer.SCHEDULE, chosen) if chosen else OfferDecision(OfferAnswer.ASK_TIME)


def reported_attempt_day(today: date, reminder_day: date | None) -> date:
    """The day of a follow-up reported done after a reminder: today, but never before the reminder's
    day (the reminder fired on the follow-up day; a clock behind it must not date the attempt earlier)."""
    return max(today, reminder_day) if reminder_day else today


# --- what the coach says --------------------------------------------------------------------

def offer_text(case: FollowUpCase, due: datetime, shown: bool = True) -> str:
    """`shown`: the script or e-mail came with the plan (not so the day after the interview: the thank-you did)."""
    return text("reminders.offer" if shown else "reminders.offer_first", when=when_text(due), what=_artifact(case))


ASK_TIME = text("reminders.ask_time")
DECLINED = text("reminders.declined")


def scheduled_text(due: datetime) -> str:
    return text("reminders.scheduled", when=when_text(due))


def _artifact(case: FollowUpCase) -> str:
    return text("reminders.the_email" if case.contact_channel == EMAIL else "reminders.the_script")


def _whom(case: FollowUpCase) -> str:
    person = case.contact_name or text("reminders.contact_unnamed")
    return text("reminders.at_company", who=person, company=case.company) if case.company else person


def _position(case: FollowUpCase) -> str:
    role = text("reminders.position", role=case.role) if case.role else text("reminders.position_unnamed")
    return text("reminders.at_company", who=role, company=case.company) if case.company else role


def essentials(case: FollowUpCase) -> str:
    """Whom to contact, how, and the first line to say or the e-mail's subject."""
    if case.contact_channel == EMAIL:
        return text("reminders.essentials_email", whom=_whom(case), subject=email_subject(case))
    script = call_script(case)
    return text("reminders.essentials_call", whom=_whom(case), opening=script.opening, placing=script.placing)


def reminder_lead(case: FollowUpCase) -> str:
    """The first line of the reminder: what today is for."""
    what = text("reminders.write" if case.contact_channel == EMAIL else "reminders.call")
    return text("reminders.lead", what=what, position=_position(case), thing=_artifact(case))


def reminder_text(case: FollowUpCase) -> str:
    """The message that carries the quick replies."""
    return text("reminders.reminder", essentials=essentials(case))


def checkin_text(case: FollowUpCase, followup_day: date) -> str:
    return text("reminders.checkin", position=_position(case), day=format_date(followup_day))


def listing(reminders: list[Reminder]) -> str:
    """'hvilke påmindelser har jeg?'"""
    if not reminders:
        return text("reminders.none")
    lines = [text("reminders.item_followup" if r.kind == FOLLOWUP else "reminders.item_checkin", when=when_text(r.due))
             for r in sorted(reminders, key=lambda r: r.due)]
    head = text("reminders.one") if len(reminders) == 1 else text("reminders.many", count=len(reminders))
    return head + "\n" + "\n".join(lines)


def cancelled_text(count: int) -> str:
    if count == 0:
        return text("reminders.nothing_to_cancel")
    done = text("reminders.cancelled_one") if count == 1 else text("reminders.cancelled_many", count=count)
    return f"{done} {text('reminders.cancelled_after')}"


def snoozed_text(due: datetime, today: date) -> str:
    day = due.astimezone(TZ).date()
    if day == today + timedelta(days=1):
        return text("reminders.snoozed_tomorrow", when=when_text(due))
    return text("reminders.snoozed", when=when_text(due))


def going_now_text(today: date, followup_day: date | None) -> str:
    """Good luck to a user about to follow up; before the plan's day, the day is named once more."""
    if followup_day is not None and followup_day > today:
        return text("reminders.going_early", day=format_date(followup_day))
    return text("reminders.going_now")


DONE = text("reminders.done")
ANSWERED = text("reminders.answered")
