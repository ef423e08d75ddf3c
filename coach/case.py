"""The user's situation, as typed values read from the contract's slots."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any, Mapping

from coach.danish import parse_hhmm
from coach.spelling import with_danish_letters

PHONE = "telefon"
EMAIL = "email"
CHANNELS = (PHONE, EMAIL)
NO_DEADLINE = "ingen"


@dataclass(frozen=True)
class FollowUpCase:
    """Everything the rules and writers need to know about one application."""

    interview_date: date | None = None
    interview_time: time | None = None
    interview_ahead: bool = False  # said to lie ahead ("skal til samtale i dag kl 14"): R6 on its own day too
    interview_day_unset: bool = False  # ahead, and its day not set yet ("de skal lige finde en dato"): R6 undated
    role: str | None = None
    contact_channel: str | None = None  # PHONE or EMAIL
    deadline: date | None = None
    has_no_deadline: bool = False  # the employer gave no date ("ingen")
    contact_name: str | None = None
    company: str | None = None
    user_name: str | None = None
    followup_attempts: int = 0
    last_attempt_date: date | None = None
    last_attempt_channel: str | None = None  # how the last unanswered follow-up went: PHONE or EMAIL
    voicemail_left: bool = False  # that call ended in a message on the answering machine
    contact_back: date | None = None  # the contact is away until then ("har fri til onsdag", an out-of-office reply)
    callback_agreed: bool = False  # contact_back is the day they asked to be called again ("bad mig ringe på tirsdag")
    last_answer_date: date | None = None  # the day they answered a follow-up with "not decided yet", no new day
    user_phone: str | None = None  # the user's own number, for the voicemail and the signature
    phone_left_out: bool = False  # "fjern telefonnummeret": no number (nor a gap for one) under the mail
    informal_greeting: bool = False  # "skriv Hej i stedet for Kære": the mail opens "Hej Anne,"
    short_mail: bool = False  # "kan du gøre den kortere?": the first mail in two short paragraphs
    rejected: bool = False  # position filled, rejected, or the contact sounded cold
    # whom the last unanswered follow-up went to, when another contact has taken over since ("hun er på barsel,
    # nu skal jeg skrive til Peter Dam"): the texts say so instead of "Jeg skrev til dig"
    earlier_contact: str | None = None
    # whom the unanswered follow-ups went to, in order and each once ("Per Nielsen", then "Anne Krog" after a
    # handover): the last step names them, and a person named after them is whom it goes to (s38a, s38d)
    contacted: tuple[str, ...] = ()
    # the no came in a call that is over ("Maja ringede og sagde nej"): the reply to it is a mail that thanks for the
    # call, not the line to say "when you get a no on the phone" (s36a)
    no_came_by_phone: bool = False
    # the follow-ups ended on a contact who sounded cold, not on a no (s38d): the last mail thanks for the talk
    cold_contact: bool = False

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any], rejected: bool = False) -> FollowUpCase:
        """Build a case from slot values in the contract's formats; bad values become None."""
        deadline_raw = slots.get("deadline")
        return cls(
            interview_date=_iso_date(slots.get("interview_date")),
            interview_time=parse_hhmm(slots.get("interview_time")),
            interview_ahead=slots.get("interview_ahead") is True,
            interview_day_unset=slots.get("interview_day_unset") is True,
            # the slot as the user wrote it; the texts spell it the Danish way ("chauffoer" -> "chauffør", a tester's
            # mail read "Jobsamtale … – chauffoer")
            role=_spelled(_text(slots.get("role"))),
            contact_channel=_channel(slots.get("contact_channel")),
            deadline=_iso_date(deadline_raw),
            has_no_deadline=deadline_raw == NO_DEADLINE,
            contact_name=_text(slots.get("contact_name")),
            company=_text(slots.get("company")),
            user_name=_text(slots.get("user_name")),
            followup_attempts=_count(slots.get("followup_attempts")),
            last_attempt_date=_iso_date(slots.get("last_attempt_date")),
            last_attempt_channel=_channel(slots.get("last_attempt_channel")),
            voicemail_left=slots.get("last_attempt_voicemail") is True,
            last_answer_date=_iso_date(slots.get("last_answer_date")),
            contact_back=_iso_date(slots.get("contact_back")),
            callback_agreed=slots.get("callback_agreed") is True,
            user_phone=_text(slots.get("user_phone")),
            phone_left_out=slots.get("phone_left_out") is True,
            informal_greeting=slots.get("informal_greeting") is True,
            short_mail=slots.get("short_mail") is True,
            rejected=rejected,
        )


def _spelled(role: str | None) -> str | None:
    return with_danish_letters(role) if role else None


def _channel(value: Any) -> str | None:
    return value if value in CHANNELS else None


def _iso_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _count(value: Any) -> int:
    try:
        return max(0, int(float(value)))
    except (TypeError, ValueError):
        return 0
