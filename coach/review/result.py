"""`review_draft`: the e-mail or the call opening the user wrote, read as a friend would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coach import clock
from coach.case import FollowUpCase
from coach.facts.titles import role_said
from coach.review.email_review import review_email
from coach.review.findings import Findings
from coach.review.opening_review import review_opening
from coach.review.request import DraftKind

Review = Findings
MAX_CHARS = 6000  # a follow-up e-mail is a few hundred characters; this is not one


def review_draft(draft: str, case: FollowUpCase, kind: DraftKind = "email", today: date | None = None) -> Review:
    """The review of `draft` (an "email" or a "call" opening) for this case."""
    draft = (draft or "").strip()[:MAX_CHARS]
    case = _with_role_from(draft, case)
    day = today or _today()
    return review_email(draft, case, day) if kind == "email" else review_opening(draft, case, day)


def _with_role_from(draft: str, case: FollowUpCase) -> FollowUpCase:
    """The role the draft names ("stillingen som kok") when the user never told it, so the subject and the
    examples name it instead of a placeholder."""
    role = None if case.role else role_said(draft)
    return replace(case, role=role) if role else case


def _today() -> date:
    try:
        return clock.today()
    except ValueError:
        return date.today()
