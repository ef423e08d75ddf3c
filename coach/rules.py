"""The follow-up rules R1-R9 of the contract (shared/spec/followup-rules.md).

`plan_followup` is a pure function of a FollowUpCase and today's date; every
Danish sentence it returns is the coach's own wording of the guide's advice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from coach.business_days import next_business_day
from coach.case import FollowUpCase
from coach.danish import format_date

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

    @property
    def is_due(self) -> bool:
        return self.followup_date is not None


def plan_followup(case: FollowUpCase, today: date) -> FollowUpPlan:
    """Apply R1-R9 to a complete case (interview date and deadline known)."""
    if case.interview_date is None:
        raise ValueError("plan_followup needs the interview date")
    if case.rejected:
        return _closed()
    if case.interview_date > today:
        return _before_interview(case)
    if case.followup_attempts >= MAX_ATTEMPTS + 1:
        return _let_go()
    if case.followup_attempts == MAX_ATTEMPTS:
        return _escalate()
    thank_you = (today - case.interview_date).days <= 1  # R7
    if case.followup_attempts >= 1:
        return _after_unanswered(case, today, thank_you)
    if case.deadline is not None:
        start = case.deadline + timedelta(days=AFTER_DEADLINE[0])
        end = case.deadline + timedelta(days=AFTER_DEADLINE[1])
        why = (f"De sagde, du ville høre fra dem senest {format_date(case.deadline)}; "
               "giv dem fire-fem dage ekstra, før du selv tager kontakt.")
        return _scheduled("R1", why, start, end, today, thank_you)
    start = case.interview_date + timedelta(days=WITHOUT_DEADLINE[0])
    end = case.interview_date + timedelta(days=WITHOUT_DEADLINE[1])
    why = ("De gav dig ingen dato for et svar, så vent en til to uger efter samtalen "
           f"({format_date(case.interview_date)}), før du følger op.")
    return _scheduled("R2", why, start, end, today, thank_you)


def _scheduled(rule: str, why: str, start: date, end: date | None, today: date,
               thank_you: bool) -> FollowUpPlan:
    """R3: the first business day on or after max(earliest, today)."""
    followup = next_business_day(max(start, today))
    if start <= today:
        timing = Timing.NOW
        passed = end is not None and today > end
        why += " Den tid er gået, så følg op nu." if passed else " Du kan godt følge op nu."
    else:
        timing = Timing.WAIT
    return FollowUpPlan(timing=timing, rule=rule, reason=why, next_step=_NEXT_AFTER_FIRST,
                        followup_date=followup, window_start=start, window_end=end,
                        send_thank_you=thank_you)


def _after_unanswered(case: FollowUpCase, today: date, thank_you: bool) -> FollowUpPlan:
    last = case.last_attempt_date or today
    start = last + timedelta(days=AFTER_UNANSWERED)
    why = (f"Du fulgte op {format_date(last)} uden at få svar; giv dem mindst tre dage, "
           "før du prøver en sidste gang.")
    plan = _scheduled("R4", why, start, None, today, thank_you)
    return replace(plan, next_step=_NEXT_AFTER_SECOND)


def _before_interview(case: FollowUpCase) -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.BEFORE_INTERVIEW, rule="R6", send_thank_you=True,
        reason=(f"Din samtale er først {format_date(case.interview_date)}, "
                "så der er ikke noget at følge op på endnu."),
        next_step=("Spørg til sidst i samtalen, hvornår du kan regne med at høre fra dem, "
                   "og send en kort tak bagefter. Kom tilbage til mig, når samtalen er overstået."),
    )


def _escalate() -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.ESCALATE, rule="R5",
        reason="Du har fulgt op to gange uden svar, så ring eller skriv ikke igen til den samme person.",
        next_step=("Tag én sidste kontakt et trin højere oppe: den ansættende leder eller HR-afdelingen. "
                   "Får du heller ikke svar der, så brug kræfterne på andre stillinger."),
    )


def _let_go() -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.LET_GO, rule="R5",
        reason="Du har prøvet flere gange uden at få svar, og det er desværre et tegn i sig selv.",
        next_step="Giv slip på den her stilling, og læg din energi i de næste ansøgninger.",
    )


def _closed() -> FollowUpPlan:
    return FollowUpPlan(
        timing=Timing.CLOSED, rule="R9",
        reason="Når stillingen er besat, eller de lyder afvisende, skal du ikke følge mere op.",
        next_step=("Sig pænt tak, ønsk dem held med ansættelsen, og nævn at du gerne hører om "
                   "andre ledige stillinger. Så er døren åben, og du kan bruge kræfterne på nye ansøgninger."),
    )


_NEXT_AFTER_FIRST = (
    "Får du ikke svar, så giv dem mindst tre dage, før du prøver igen. Du følger højst op to gange; "
    "derefter kan du kontakte en højere oppe (ansættende leder eller HR), og så er det tid til at give slip."
)
_NEXT_AFTER_SECOND = (
    "Det er din anden og sidste opfølgning til den samme person. Kommer der stadig ikke svar, så prøv "
    "den ansættende leder eller HR én gang."
)
