"""The answer to a day the user proposes for the follow-up ("kan jeg ikke bare ringe i morgen?"): the plan's
day is the earliest that fits the rules, so sooner gets its reason, later is fine, and a day off moves on."""

from __future__ import annotations

from datetime import date

from coach.business_days import is_business_day, next_business_day
from coach.danish import format_date
from coach.rules import FollowUpPlan
from coach.texts import text
from coach.writing.replies import day_said


def _capitalised(said: str) -> str:
    """A day said at the start of a sentence ("… går stille for sig. Mandag den 28. december er en hverdag")."""
    return said[:1].upper() + said[1:]


def _between_christmas_and_new_year(day: date) -> bool:
    return day.month == 12 and day.day >= 27


def followup_day_answer(plan: FollowUpPlan, proposed: date | None, today: date, waiting: bool = False,
                        too_late: bool = False) -> str:
    """`proposed`: the day named, or None for "now" or "sooner" with no day ("kan jeg ikke bare ringe nu?");
    `waiting`: "så skal jeg bare vente?"; `too_late`: "er det ikke alt for sent nu?"."""
    planned = plan.followup_date
    if planned is None:  # before the interview, higher up, let go, closed: the plan says why
        return plan.reason
    if too_late:
        return text("plan.proposed_day.not_too_late", day=day_said(planned, today))
    if waiting:
        return text("plan.proposed_day.wait", day=day_said(planned, today), reason=plan.reason) \
            if planned > today else text("plan.proposed_day.no_need_to_wait")
    proposed = proposed or today
    if _between_christmas_and_new_year(planned) and proposed > planned and is_business_day(proposed) \
            and not _between_christmas_and_new_year(proposed):
        # "lad os sige mandag den 4. januar" (s32: answered with the holidays' text again, three times): their day
        return text("plan.proposed_day.after_holidays", proposed=format_date(proposed))
    if _between_christmas_and_new_year(planned) and (proposed >= planned or _between_christmas_and_new_year(proposed)):
        # "er det ikke dumt at ringe d 28?", "kan jeg ikke hellere ringe efter nytår?" (a tester got the plan again)
        return text("plan.proposed_day.between_holidays", day=_capitalised(day_said(planned, today)),
                    after=format_date(next_business_day(date(planned.year + 1, 1, 2))))
    if proposed < planned:
        return text("plan.proposed_day.earlier", day=day_said(planned, today), reason=plan.reason)
    if not is_business_day(proposed):
        return text("plan.proposed_day.day_off", proposed=format_date(proposed),
                    day=format_date(next_business_day(proposed)))
    if proposed == planned:
        return text("plan.proposed_day.the_day", day=day_said(planned, today))
    return text("plan.proposed_day.later", day=day_said(planned, today))
