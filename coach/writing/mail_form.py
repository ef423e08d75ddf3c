"""The answer to a question about the form of the follow-up (how to greet, sign, fill in the subject, whom to
copy; on the phone, whom to ask for): the advice, and what the coach's own mail or call script says there."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.requests import ANSWERED_BY_ADVICE, ASK_FOR, GREETING, RECIPIENT, SELLING, SIGN_OFF, SUBJECT
from coach.texts import text
from coach.writing.call_script import call_script
from coach.writing.email import compose_email


def mail_form_answer(part: str, case: FollowUpCase) -> tuple[str, ...]:
    """The advice; with the case's interview and role, the line from the mail it would get."""
    # after a no, selling oneself again only closes the door (s41c: "så de kan se de har lavet en fejl?")
    after_no = "_after_no" if part == SELLING and case.rejected else ""
    advice = text(f"advice.mail_form.{part}{after_no}")
    if part in ANSWERED_BY_ADVICE or not (case.interview_date and case.role):
        return (advice,)
    if part == ASK_FOR:  # the script's line for whoever answers the phone
        return advice, text("advice.mail_form.in_your_script", line=call_script(case).reception)
    mail = compose_email(case)
    shown = {GREETING: mail.greeting, RECIPIENT: mail.greeting, SIGN_OFF: f"{mail.closing}\n{mail.signature}",
             SUBJECT: mail.subject}[part]
    return advice, text("advice.mail_form.in_your_mail", line=shown)
