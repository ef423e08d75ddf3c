"""What the coach hands over in each situation: with the plan, and when the user asks for something.

One table (docs/situations.md) lists every situation and artifact; this module is that table in
code. Before the interview there is nothing to follow up: the one question to ask at its end. On the
interview day or the day after: the thank-you e-mail. Waiting or due: the follow-up for the next step
(coach.rules.Step). After a no: the reply to it. After three unanswered attempts: nothing more to send.
"""

from __future__ import annotations

from enum import Enum

from coach.case import EMAIL, FollowUpCase
from coach.rules import FollowUpPlan, Step, Timing, followup_step
from coach.texts import text
from coach.writing.email import earlier_channel, named_higher_up


class Artifact(str, Enum):
    CALL_SCRIPT = "call_script"
    EMAIL = "email"
    THANK_YOU = "thank_you"
    REJECTION_REPLY = "rejection_reply"
    TIMELINE_QUESTION = "timeline_question"  # "Bed om en tidsangivelse"
    NOTHING = "nothing"  # tips only


FOLLOW_UPS = (Artifact.CALL_SCRIPT, Artifact.EMAIL)


def follow_up_for(case: FollowUpCase) -> Artifact:
    return Artifact.EMAIL if case.contact_channel == EMAIL else Artifact.CALL_SCRIPT


def with_plan(case: FollowUpCase, plan: FollowUpPlan) -> Artifact:
    """The artifact that comes with the plan."""
    if plan.timing is Timing.BEFORE_INTERVIEW:
        return Artifact.TIMELINE_QUESTION
    if plan.timing is Timing.CLOSED:
        return Artifact.REJECTION_REPLY
    if plan.timing is Timing.LET_GO:
        return Artifact.NOTHING
    # R7: the thank-you is offered as its own artifact (a button); the plan brings the chosen channel's.
    return follow_up_for(case)


def on_request(plan: FollowUpPlan | None, asked: Artifact) -> tuple[Artifact, str | None]:
    """What the coach gives when the user asks for `asked`, and why it is something else (a Danish
    sentence), when it is."""
    timing = plan.timing if plan is not None else None
    if asked is Artifact.REJECTION_REPLY or timing is None:
        return asked, None
    if timing is Timing.CLOSED:
        return Artifact.REJECTION_REPLY, text("advice.instead.closed")
    if timing is Timing.LET_GO:
        return Artifact.NOTHING, text("advice.instead.let_go")
    if timing is Timing.BEFORE_INTERVIEW:
        key = "thank_you_before" if asked is Artifact.THANK_YOU else "before_interview"
        return Artifact.TIMELINE_QUESTION, text(f"advice.instead.{key}")
    return asked, None


def intro(case: FollowUpCase, artifact: Artifact, late_thanks: bool = False) -> str | None:
    """The sentence before the artifact: what it is, and where to send it (in the employer's thread)."""
    contact = case.contact_name or text("advice.intro.contact_unnamed")
    if artifact in FOLLOW_UPS:
        step = followup_step(case)
        kind = "call" if artifact is Artifact.CALL_SCRIPT else "email"
        if step is Step.SECOND and kind == "email" and case.earlier_contact:
            return text("advice.intro.email.second_to_new_contact", contact=contact, earlier=case.earlier_contact)
        if step is Step.SECOND and kind == "email":
            return text(f"advice.intro.email.second_after_{earlier_channel(case)}")
        if step is Step.HIGHER_UP and named_higher_up(case):  # "HR chefen hedder Lars Bech" (s38d)
            return text(f"advice.intro.{kind}.higher_up_named", contact=contact)
        if step is Step.HIGHER_UP:
            return text(f"advice.intro.{kind}.higher_up", contact=next(filter(None, case.contacted[::-1]), contact))
        return text(f"advice.intro.{kind}.{step.value}")
    if artifact is Artifact.THANK_YOU:
        return text("advice.intro.thank_you_late" if late_thanks else "advice.intro.thank_you")
    if artifact is Artifact.REJECTION_REPLY and case.cold_contact:
        return text("advice.intro.closing_cold")
    if artifact is Artifact.REJECTION_REPLY and case.contact_channel == EMAIL and case.no_came_by_phone:
        return text("advice.intro.rejection_email_after_call")
    if artifact is Artifact.REJECTION_REPLY and case.contact_channel == EMAIL:
        return text("advice.intro.rejection_email")
    return None
