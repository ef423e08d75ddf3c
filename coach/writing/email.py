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

# Slot -> the placeholder written where its value is missing.
PLACEHOLDERS = {
    "contact_name": "[kontaktpersonens navn]",
    "user_name": "[dit fulde navn]",
    "role": "[stillingens titel]",
}
CLOSING = "Med venlig hilsen"


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
        return tuple(slot for slot, mark in PLACEHOLDERS.items() if mark in full)

    def mailto(self, address: str | None = None) -> str:
        """A mailto: link (RFC 6068) that opens the mail ready to send."""
        body = self.body.replace("\n", "\r\n")  # RFC 6068 line breaks are CRLF
        to = quote(address or "", safe="@")
        return f"mailto:{to}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"


def compose_email(case: FollowUpCase) -> FollowUpEmail:
    role = case.role or PLACEHOLDERS["role"]
    position = f"stillingen som {role}" + (f" hos {case.company}" if case.company else "")
    return FollowUpEmail(
        subject=email_subject(case),
        greeting=f"Kære {case.contact_name or PLACEHOLDERS['contact_name']},",
        paragraphs=(
            f"Tak for en god samtale om {position}. Jeg er stadig meget interesseret i jobbet.",
            "Jeg skriver for at høre, hvor langt I er nået i processen, "
            "og hvornår jeg cirka kan regne med at høre fra jer.",
            "Har du spørgsmål til mig, eller mangler I noget fra min side, svarer jeg gerne.",
        ),
        closing=CLOSING,
        signature=case.user_name or PLACEHOLDERS["user_name"],
    )


def email_subject(case: FollowUpCase) -> str:
    """'Re: Jobsamtale onsdag den 25. november kl. 9' - reads as a reply, names the interview."""
    if case.interview_date is None:
        return "Re: Jobsamtale"
    subject = f"Re: Jobsamtale {format_date(case.interview_date)}"
    return f"{subject} kl. {format_time(case.interview_time)}" if case.interview_time else subject
