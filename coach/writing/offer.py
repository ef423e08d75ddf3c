"""Saying yes to the job offered: a short, warm acceptance that asks for the practical next step (contract,
start). By e-mail a mail; on the phone the line to say."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.texts import text
from coach.writing.email import Mail, greeting, position, signature


def acceptance_mail(case: FollowUpCase) -> Mail:
    pos = position(case)
    return Mail(
        subject=text("writing.acceptance.subject", position=pos), greeting=greeting(case.contact_name),
        paragraphs=(text("writing.acceptance.accept", position=pos), text("writing.acceptance.next_step")),
        closing=text("writing.email.closing"), signature=signature(case),
    )


def acceptance_line(case: FollowUpCase) -> str:
    return text("writing.acceptance.line", position=position(case))
