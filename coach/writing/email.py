"""The follow-up e-mail (contract: "The e-mail").

Subject that looks like a reply and names the interview, a greeting, at most
three short paragraphs, a Danish closing and the full name. Missing names
become bracketed placeholders the user cannot overlook.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from coach.case import FollowUpCase
from coach.danish import format_date, format_time
from coach.texts import section, text


@dataclass(frozen=True)
class FollowUpEmail:
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str

    @property
    def body(self) -> str:
        parts = [self.greeting, *self.paragraphs, f"{self.closing}\n{self.signature}"]
        return "\n\n".join(parts)

    @property
    def text(self) -> str:
        return f"Emne: {self.subject}\n\n{self.body}"

    @property
    def missing(self) -> tuple[str, ...]:
        """Slots whose placeholders the user still has to fill in."""
        full = self.text
        return tuple(slot for slot, mark in _placeholders().items() if mark in full)

    def mailto(self, address: str | None = None) -> str:
        """A mailto: link (RFC 6068) that opens the mail ready to send."""
        body = self.body.replace("\n", "\r\n")  # RFC 6068 line breaks are CRLF
        to = quote(address or "", safe="@")
        return f"mailto:{to}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"


def compose_email(case: FollowUpCase) -> FollowUpEmail:
    missing = _placeholders()
    role = case.role or missing["role"]
    position = text("writing.email.position_at_company", role=role, company=case.company) if case.company \
        else text("writing.email.position", role=role)
    return FollowUpEmail(
        subject=email_subject(case),
        greeting=text("writing.email.greeting", name=case.contact_name or missing["contact_name"]),
        paragraphs=(
            text("writing.email.thanks", position=position),
            text("writing.email.status_question"),
            text("writing.email.offer_to_answer"),
        ),
        closing=text("writing.email.closing"),
        signature=case.user_name or missing["user_name"],
    )


def email_subject(case: FollowUpCase) -> str:
    """'Re: Jobsamtale onsdag den 25. november kl. 9' - reads as a reply, names the interview."""
    if case.interview_date is None:
        return text("writing.email.subject")
    day = format_date(case.interview_date)
    if case.interview_time:
        return text("writing.email.subject_dated_time", day=day, time=format_time(case.interview_time))
    return text("writing.email.subject_dated", day=day)


def _placeholders() -> dict[str, str]:
    """Slot -> the placeholder written where its value is missing."""
    return section("writing.email.placeholders")
