"""Saying yes to the job offered: a short, warm acceptance that asks for the practical next step (contract,
start). By e-mail a mail; on the phone the line to say."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.texts import text
from coach.writing.email import Mail, position, short_mail


def acceptance_mail(case: FollowUpCase) -> Mail:
    return short_mail(case, "acceptance", ("accept", "next_step"))


def acceptance_line(case: FollowUpCase) -> str:
    return text("writing.acceptance.line", position=position(case))
