"""The coach's Danish answer about timing, composed from a FollowUpPlan."""

from __future__ import annotations

from datetime import date

from coach.case import EMAIL, FollowUpCase
from coach.danish import format_date
from coach.rules import FollowUpPlan, Timing

THANK_YOU = "Send gerne en kort tak for samtalen allerede nu – det holder dig frisk i erindringen."


def when_line(plan: FollowUpPlan, today: date) -> str:
    """The headline: which day to follow up, or why not."""
    day = plan.followup_date
    if plan.timing is Timing.WAIT:
        return f"Følg op {format_date(day)}."
    if plan.timing is Timing.NOW:
        return "Følg op i dag." if day == today else f"Følg op nu – første hverdag er {format_date(day)}."
    return {
        Timing.BEFORE_INTERVIEW: "Du skal ikke følge op endnu.",
        Timing.ESCALATE: "Kontakt ikke den samme person igen.",
        Timing.LET_GO: "Tid til at give slip.",
        Timing.CLOSED: "Så er der ikke mere at følge op på.",
    }[plan.timing]


def plan_message(plan: FollowUpPlan, today: date) -> str:
    """When, why, and what comes after, in a few short sentences."""
    lines = [f"{when_line(plan, today)} {plan.reason}"]
    if plan.send_thank_you:
        lines.append(THANK_YOU)
    lines.append(plan.next_step)
    return "\n\n".join(lines)


def artifact_intro(case: FollowUpCase) -> str:
    if case.contact_channel == EMAIL:
        return "Her er en mail, du kan sende – ret den gerne til, så den lyder som dig:"
    return "Her er et kort manuskript til opkaldet. Sig det med dine egne ord:"

# Said when the part that computes plans and texts (the action server) does not answer.
TEMPORARILY_UNAVAILABLE = (
    "Undskyld – jeg kan ikke regne den ud lige nu, fordi en del af mig ikke svarer. "
    "Det, du har fortalt mig, er gemt. Prøv at skrive det igen om et øjeblik."
)
