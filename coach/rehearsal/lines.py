"""What the rehearsal's characters say: coach/texts/rehearsal.yml, filled in from the case."""

from __future__ import annotations

from coach.case import FollowUpCase
from coach.texts import text


def line(key: str, case: FollowUpCase | None = None, **extra: str) -> str:
    """The text at `key` ("rehearsal.situations.filled.news"), with the case's placeholders filled in."""
    values = {**placeholders(case), **extra} if case is not None else extra
    return text(key, **values)


def placeholders(case: FollowUpCase) -> dict[str, str]:
    unnamed = text("rehearsal.unnamed_contact")
    who = case.contact_name.split()[0] if case.contact_name else unnamed
    return {
        "company": case.company or "",
        "contact": case.contact_name or unnamed,
        "who": who,
        "Who": who[:1].upper() + who[1:],
        "caller": case.user_name or text("rehearsal.caller_unnamed"),
        "topic": text("rehearsal.topic_role", role=case.role) if case.role else text("rehearsal.topic_unnamed"),
    }
