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
    ("Det er gjort", "/reminder_done"),
    ("Ikke endnu — mind mig i morgen", "/reminder_snooze"),
    ("Jeg har fået svar", "/report_answer"),
)
# The quick replies under the offer.
OFFER_BUTTONS = (
    ("Ja tak", "/affirm"),
    ("Et andet tidspunkt", "/choose_reminder_time"),
    ("Nej tak", "/deny"),
)
# After "Det er gjort": how did it go?
OUTCOME_BUTTONS = (
    ("Jeg har fået svar", "/report_answer"),
    ("Ingen svar endnu", "/report_no_answer"),
    ("De sagde nej", "/report_rejection"),
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
    return f"{format_date(local.date())} kl. {format_time(local.time())}"


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

def offer_text(case: FollowUpCase, due: datetime) -> str:
    what = "mailen" if case.contact_channel == EMAIL else "manuskriptet"
    return f"Skal jeg minde dig om det {when_text(due)}? Så sender jeg dig {what} igen den dag."


ASK_TIME = "Hvornår på dagen passer det dig? Skriv fx \"kl. 14\" eller \"klokken 8.30\"."
DECLINED = ("Helt i orden, så minder jeg dig ikke om det. Skriv \"mind mig om det\", hvis du skifter mening.")


def scheduled_text(due: datetime) -> str:
    return (f"Det er aftalt: jeg skriver til dig {when_text(due)}. "
            "Skriv \"hvilke påmindelser har jeg?\" for at se den, eller \"slet påmindelsen\" for at fjerne den.")


def _whom(case: FollowUpCase) -> str:
    person = case.contact_name or "din kontaktperson"
    return f"{person} hos {case.company}" if case.company else person


def _position(case: FollowUpCase) -> str:
    role = f"stillingen som {case.role}" if case.role else "stillingen"
    return f"{role} hos {case.company}" if case.company else role


def essentials(case: FollowUpCase) -> str:
    """Whom to contact, how, and the first line to say or the e-mail's subject."""
    if case.contact_channel == EMAIL:
        return (f"Skriv en mail til {_whom(case)}.\n"
                f"Emne: {email_subject(case)}")
    script = call_script(case)
    return (f"Ring til {_whom(case)} – på arbejdsnummeret, eller via hovednummeret og receptionen.\n"
            f"Start fx sådan: \"{script.opening} {script.placing}\"")


def reminder_lead(case: FollowUpCase) -> str:
    """The first line of the reminder: what today is for."""
    what = "skrive" if case.contact_channel == EMAIL else "ringe"
    thing = "mailen" if case.contact_channel == EMAIL else "manuskriptet"
    return (f"Påmindelse: i dag er dagen, hvor du skal {what} og følge op på {_position(case)}. "
            f"Her er {thing} igen:")


def reminder_text(case: FollowUpCase) -> str:
    """The message that carries the quick replies."""
    return f"{essentials(case)}\n\nDu klarer det. Sig til, hvordan det går:"


def checkin_text(case: FollowUpCase, followup_day: date) -> str:
    return (f"Hej igen! Jeg ville bare høre, hvordan det gik med opfølgningen på {_position(case)} "
            f"{format_date(followup_day)}. Der er ingen travlhed – det her er det eneste, jeg spørger om.")


def listing(reminders: list[Reminder]) -> str:
    """'hvilke påmindelser har jeg?'"""
    if not reminders:
        return ("Du har ingen påmindelser lige nu. Når du har fået en plan, kan jeg minde dig om "
                "opfølgningen på den rigtige dag.")
    lines = [f"• {when_text(r.due)}: " + ("opfølgningen" if r.kind == FOLLOWUP else "jeg hører, hvordan det gik")
             for r in sorted(reminders, key=lambda r: r.due)]
    head = "Du har én påmindelse:" if len(reminders) == 1 else f"Du har {len(reminders)} påmindelser:"
    return head + "\n" + "\n".join(lines)


def cancelled_text(count: int) -> str:
    if count == 0:
        return "Du har ingen påmindelser, så der er ikke noget at slette."
    return ("Jeg har slettet din påmindelse." if count == 1
            else f"Jeg har slettet dine {count} påmindelser.") + " Du hører ikke fra mig, før du selv skriver."


def snoozed_text(due: datetime, today: date) -> str:
    day = due.astimezone(TZ).date()
    if day == today + timedelta(days=1):
        return f"Fint, så minder jeg dig om det igen i morgen, {when_text(due)}."
    return f"Fint, så minder jeg dig om det igen {when_text(due)} – det er næste hverdag."


DONE = "Godt gået! Det kræver mod at tage kontakten. Hvordan gik det – har du hørt noget?"
ANSWERED = ("Hvor godt, at du har fået svar! Jeg sender ikke flere påmindelser om den her stilling. "
            "Var det et nej, så skriv det, så hjælper jeg dig videre.")
