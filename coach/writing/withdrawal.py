"""Withdrawing the application (the user took another job): a short, kind word to the employer, so they can
close the case and the door stays open. By e-mail a mail; on the phone the line to say."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.texts import text
from coach.writing.email import Mail, position, short_mail


def withdrawal_mail(case: FollowUpCase) -> Mail:
    return short_mail(case, "withdrawal", ("news", "thanks"), with_phone=False)


def withdrawal_line(case: FollowUpCase) -> str:
    """What to say on the phone: who is calling, about which job, the news, thanks."""
    name = case.user_name or text("writing.withdrawal.your_name")
    return text("writing.withdrawal.line", name=name, position=position(case))
