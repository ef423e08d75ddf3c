"""The answer to a question about what may happen in the follow-up, before it happens ("skal jeg lægge en
besked?", "hvad hvis de siger nej?", "skal jeg også ringe hvis han ikke svarer på mail?"): what to do then,
with the words for it, and for silence what comes after by the rules (R4, R5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coach.case import EMAIL, FollowUpCase
from coach.danish import format_date
from coach.requests import NO_ANSWER, NOT_DECIDED, OTHER_OFFER, REJECTED, TIME_TO_THINK, VOICEMAIL
from coach.rules import FollowUpPlan, Timing, plan_followup
from coach.texts import text
from coach.writing.call_script import call_script
from coach.writing.rejection import rejection_reply
from coach.writing.replies import day_said

_DATED = (Timing.NOW, Timing.WAIT)


def if_unanswered(case: FollowUpCase, today: date) -> FollowUpPlan | None:
    """The plan once the follow-up planned now has gone unanswered: the rules applied one attempt on."""
    planned = plan_followup(case, today)
    if planned.followup_date is None:
        return None
    unanswered = replace(case, followup_attempts=case.followup_attempts + 1,
                         last_attempt_date=planned.followup_date, last_attempt_channel=case.contact_channel)
    return plan_followup(unanswered, today)


def what_if_answer(branch: str, case: FollowUpCase, today: date, planned: bool) -> tuple[str, ...]:
    """The messages, in order. `planned`: the case holds what a plan needs, so days can be named; after two
    or more unanswered follow-ups no day is needed to say that the same person gets no more (R5)."""
    plan = plan_followup(case, today) if case.interview_date else None
    if branch in (VOICEMAIL, NO_ANSWER) and plan is not None and plan.timing in (Timing.ESCALATE, Timing.LET_GO):
        return (text(f"advice.what_if.already.{plan.timing.value}"),)
    if branch in (VOICEMAIL, NO_ANSWER):
        return _silence(branch, case, today, plan if planned else None)
    if branch == TIME_TO_THINK:
        return (text("advice.what_if.time_to_think"),)
    if branch == OTHER_OFFER:
        return (text("advice.what_if.other_offer", who=case.contact_name or text("advice.channel.contact_unnamed")),)
    if branch == REJECTED and case.contact_channel == EMAIL:
        return _with_example("rejected_email", case, rejection_reply(case).paragraphs[0])
    line = {REJECTED: "if_rejected", NOT_DECIDED: "if_not_decided"}[branch]
    return _with_example(branch, case, getattr(call_script(case), line) if case.interview_date else None)


def _silence(branch: str, case: FollowUpCase, today: date, plan: FollowUpPlan | None) -> tuple[str, ...]:
    """The answering machine or no answer: what to do, then when to try again."""
    dated = plan is not None and plan.timing in _DATED
    if branch == NO_ANSWER:
        first = text("advice.what_if.no_answer.planned", day=day_said(plan.followup_date, today)) if dated \
            else text("advice.what_if.no_answer.unplanned")
        return (first, _after(case, today) if dated else text("advice.what_if.after.again_unplanned"))
    lines = _with_example(VOICEMAIL, case, call_script(case).voicemail if case.interview_date else None)
    return (*lines, _after(case, today) if dated else text("advice.what_if.after.again_unplanned"))


def _after(case: FollowUpCase, today: date) -> str:
    """When the follow-up planned goes unanswered: again after three days, higher up, or let go."""
    after = if_unanswered(case, today)
    if after is not None and after.followup_date is not None:
        return text("advice.what_if.after.again", day=format_date(after.followup_date))
    return text(f"advice.what_if.after.{after.timing.value if after is not None else Timing.LET_GO.value}")


def _with_example(key: str, case: FollowUpCase, line: str | None) -> tuple[str, ...]:
    """The advice, and the words for it when the case has its interview and role."""
    advice = text(f"advice.what_if.{key}")
    if line is None or not case.role:
        return (advice,)
    return advice, text("advice.what_if.example", line=line)
