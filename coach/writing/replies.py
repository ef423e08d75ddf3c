"""The coach's Danish answer about timing, composed from a FollowUpPlan."""

from __future__ import annotations

from datetime import date

from coach.danish import format_date
from coach.rules import FollowUpPlan, Timing
from coach.texts import text


def day_said(day: date, today: date) -> str:
    """'i dag', or the date in words."""
    return text("writing.thank_you.today") if day == today else format_date(day)


def when_line(plan: FollowUpPlan, today: date) -> str:
    """The headline: which day to follow up, or why not."""
    day = plan.followup_date
    if plan.timing is Timing.WAIT:
        return text("plan.when.wait", day=format_date(day))
    if plan.timing is Timing.NOW:
        return text("plan.when.today") if day == today else text("plan.when.first_business_day", day=format_date(day))
    return text({
        Timing.BEFORE_INTERVIEW: "plan.when.before_interview",
        Timing.ESCALATE: "plan.when.escalate",
        Timing.LET_GO: "plan.when.let_go",
        Timing.CLOSED: "plan.when.closed",
    }[plan.timing])


def plan_message(plan: FollowUpPlan, today: date) -> str:
    """When, why, and what comes after, in a few short sentences."""
    lines = [f"{when_line(plan, today)} {plan.reason}"]
    if plan.send_thank_you:
        lines.append(text("plan.thank_you"))
    lines.append(plan.next_step)
    return "\n\n".join(lines)


# Said when the part that computes plans and texts (the action server) does not answer.
TEMPORARILY_UNAVAILABLE = text("plan.temporarily_unavailable")


def follow_ups_so_far(made: int, answered: date | None = None) -> str:
    """The count the coach holds, and what is left of the two follow-ups to the same person (R5); counted from
    their last answer ("not decided yet") when there was one, which is no "not followed up yet"."""
    key = "none" if made <= 0 else "one" if made == 1 else "two"
    if answered is not None and made <= 0:
        return text("plan.count_so_far.none_since_answer", answered=format_date(answered))
    return text(f"plan.count_so_far.{key}", count=made)

