"""The follow-up rules R1-R9 of the contract (shared/spec/followup-rules.md).

`plan_followup` is a pure function of a FollowUpCase and today's date; its Danish sentences
come from coach/texts/plan.yml, the coach's own wording of the guide's advice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from coach.business_days import next_business_day
from coach.case import FollowUpCase
from coach.danish import format_date
from coach.texts import text

# The contract's waiting times, in calendar days.
AFTER_DEADLINE = (4, 5)  # R1: four or five days after a stated deadline
WITHOUT_DEADLINE = (7, 14)  # R2: one to two weeks after the interview
AFTER_UNANSWERED = 3  # R4: give the other at least three days
MAX_ATTEMPTS = 2  # R5: at most two follow-ups to the same person


class Timing(str, Enum):
    BEFORE_INTERVIEW = "before_interview"  # R6
    WAIT = "wait"  # follow-up day lies ahead
    NOW = "now"  # due, or the window has passed: today or the next business day
    ESCALATE = "escalate"  # R5, two unanswered attempts: one contact higher up
    LET_GO = "let_go"  # R5, three or more: spend the energy elsewhere
    CLOSED = "closed"  # R9, rejected or cold: graceful close


class Step(str, Enum):
    """Which follow-up the next call or e-mail is: the writers word each one differently."""

    FIRST = "first"
    SECOND = "second"  # R4: one unanswered attempt: refer to it, and keep it short
    HIGHER_UP = "higher_up"  # R5: to the hiring manager or HR, never to the same contact


def followup_step(case: FollowUpCase) -> Step:
    if case.followup_attempts >= MAX_ATTEMPTS:
        return Step.HIGHER_UP
    return Step.SECOND if case.followup_attempts == 1 else Step.FIRST


@dataclass(frozen=True)
class FollowUpPlan:
    timing: Timing
    rule: str  # the contract rule that decided the timing, e.g. "R1"
    reason: str  # one Danish sentence: why this day
    next_step: str  # Danish: what to do after (or instead of) the follow-up
    followup_date: date | None = None
    window_start: date | None = None
    window_end: date | None = None
    send_thank_you: bool = False  # R6/R7: a short thank-you note fits now

    @property
    def window_passed(self) -> bool:
        return self.timing is Timing.NOW and self.window_end is not None and self.followup_date is not None \
            and self.followup_date > self.window_end


def plan_followup(case: FollowUpCase, today: date) -> FollowUpPlan:
    """Apply R1-R9 to a complete case (interview date and deadline known); a no (R9) needs no day. A contact away
    until a later day ("har fri til onsdag") is followed up when back."""
    plan = _by_the_rules(case, today)
    back = case.contact_back
    if back is not None and case.callback_agreed and plan.followup_date is not None and back >= today:
        day = next_business_day(back)  # the day they asked for, earlier or later than the rules' own
        return replace(plan, followup_date=day, timing=Timing.WAIT if day > today else Timing.NOW,
                       reason=text("plan.reason.callback_agreed"))
    if back is None or plan.followup_date is None or back <= plan.followup_date:
        return plan
    day = next_business_day(back)
    reason = plan.reason + " " + text("plan.reason.contact_back", day=format_date(day))
    return replace(plan, followup_date=day, timing=Timing.WAIT if day > today else plan.timing, reason=reason)


def _by_the_rules(case: FollowUpCase, today: date) -> FollowUpPlan:
    if case.rejected:
        return _closed()
    if case.interview_date is None and undated_ahead(case):
        return _before_interview(case, today)
    if case.interview_date is None:
        raise ValueError("plan_followup needs the interview date")
    if interview_lies_ahead(case, today):
        return _before_interview(case, today)
    if lets_go(case):
        return _let_go()
    if case.followup_attempts == MAX_ATTEMPTS:
        return _escalate(case, today)
    thank_you = thanks_are_due(case, today)
    if case.followup_attempts >= 1:
        return _after_unanswered(case, today, thank_you)
    if case.deadline is not None:
        start = case.deadline + timedelta(days=AFTER_DEADLINE[0])
        end = case.deadline + timedelta(days=AFTER_DEADLINE[1])
        return _scheduled("R1", "after_deadline", {"deadline": format_date(case.deadline)}, start, end, today,
                          thank_you)
    if case.last_answer_date is not None:
        return _after_undecided(case.last_answer_date, today, thank_you)
    start = case.interview_date + timedelta(days=WITHOUT_DEADLINE[0])
    end = case.interview_date + timedelta(days=WITHOUT_DEADLINE[1])
    return _scheduled("R2", "without_deadline", {"interview": format_date(case.interview_date)}, start, end, today,
                      thank_you)


def interview_lies_ahead(case: FollowUpCase, today: date) -> bool:
    """R6: the interview is on a later day, or later today by the user's own words."""
    day = case.interview_date
    return day is not None and (day > today or (day == today and case.interview_ahead))


def undated_ahead(case: FollowUpCase) -> bool:
    """R6 without a day: the interview lies ahead and the user says its day is not set yet."""
    return case.interview_date is None and case.interview_ahead and case.interview_day_unset


def thanks_are_due(case: FollowUpCase, today: date) -> bool:
    """R7: the interview was today or yesterday, the time for a short thank-you."""
    return case.interview_date is not None and 0 <= (today - case.interview_date).days <= 1


def window_phase(start: date, end: date | None, today: date) -> str:
    """'ahead' (wait), 'open' (follow up now) or 'passed' (later than the guide's window: fine now)."""
    if start > today:
        return "ahead"
    return "passed" if end is not None and today > end else "open"


def _scheduled(rule: str, reason: str, values: dict, start: date, end: date | None, today: date,
               thank_you: bool) -> FollowUpPlan:
    """R3: the first business day on or after max(earliest, today). The reason is one text per phase,
    so a plan never says "wait" and "act" in one breath."""
    phase = window_phase(start, end, today)
    return FollowUpPlan(timing=Timing.WAIT if phase == "ahead" else Timing.NOW, rule=rule,
                        reason=text(f"plan.reason.{reason}.{phase}", **values),
                        next_step=text("plan.next_step.after_first"),
                        followup_date=next_business_day(max(start, today)), window_start=start, window_end=end,
                        send_thank_you=thank_you)


def _after_unanswered(case: FollowUpCase, today: date, thank_you: bool) -> FollowUpPlan:
    last = case.last_attempt_date or today
    start = last + timedelta(days=AFTER_UNANSWERED)
    plan = _scheduled("R4", "after_unanswered", {"last": format_date(last)}, start, None, today, thank_you)
    return replace(plan, next_step=text("plan.next_step.after_second_new_contact" if case.earlier_contact
                                        else "plan.next_step.after_second"))


def _after_undecided(answered: date, today: date, thank_you: bool) -> FollowUpPlan:
    """R2 counted from their answer: "not decided yet" with no new day (testers were sent to ask again three days
    later, as after no answer). The contract is silent here; the guide's one to two weeks fit."""
    start = answered + timedelta(days=WITHOUT_DEADLINE[0])
    end = answered + timedelta(days=WITHOUT_DEADLINE[1])
    return _scheduled("R2", "after_undecided", {"answered": format_date(answered)}, start, end, today, thank_you)


def _before_interview(case: FollowUpCase, today: date) -> FollowUpPlan:
    # No thank-you yet (R6): that belongs to the day of the interview or the day after (R7).
    if case.interview_date is None:
        reason = text("plan.reason.before_interview_undated")
    elif case.interview_date == today:
        reason = text("plan.reason.before_interview_today")
    else:
        reason = text("plan.reason.before_interview", interview=format_date(case.interview_date))
    return FollowUpPlan(
        timing=Timing.BEFORE_INTERVIEW, rule="R6",
        reason=reason,
        # "de giver svar i uge 51" told before it (s43b: told to ask for the timeline they had given)
        next_step=text("plan.next_step.before_interview_dated", deadline=format_date(case.deadline))
        if case.deadline is not None else text("plan.next_step.before_interview"),
    )


def _escalate(case: FollowUpCase, today: date) -> FollowUpPlan:
    """R5. The second follow-up just made ("nu har jeg sendt e-mailen"): give it three days before going higher up
    (a tester was sent to HR the moment the mail left); the contract sets no day here, the reason names one."""
    reason = text("plan.reason.escalate")
    last = case.last_attempt_date
    if last is not None and last + timedelta(days=AFTER_UNANSWERED) > today:
        wait_until = next_business_day(last + timedelta(days=AFTER_UNANSWERED))
        reason += " " + text("plan.reason.escalate_wait", day=format_date(wait_until))
    elif last is not None:  # "hvornår skal jeg så ringe til HR? i dag eller?" (s38a: no day given)
        day = next_business_day(today)
        reason += " " + (text("plan.reason.escalate_now_today") if day == today
                         else text("plan.reason.escalate_now", day=format_date(day)))
    return FollowUpPlan(timing=Timing.ESCALATE, rule="R5", reason=reason, next_step=text("plan.next_step.escalate"))


def lets_go(case: FollowUpCase) -> bool:
    """R5: three or more follow-ups without an answer; no channel or answer day changes that."""
    return case.followup_attempts >= MAX_ATTEMPTS + 1


def _let_go() -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.LET_GO, rule="R5",
        reason=text("plan.reason.let_go"),
        next_step=text("plan.next_step.let_go"),
    )


def _closed() -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.CLOSED, rule="R9",
        reason=text("plan.reason.closed"),
        next_step=text("plan.next_step.closed"),
    )

