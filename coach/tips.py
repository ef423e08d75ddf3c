"""Etiquette and channel tips, chosen to fit the user's situation.

The tips live as data in coach/texts/tips.yml; this module only reads them and
picks the few that fit a case and its plan best.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from coach.case import CHANNELS, FollowUpCase
from coach.rules import FollowUpPlan, Timing
from coach.texts import section, text

ALWAYS = "always"
TIMINGS = frozenset(t.value for t in Timing)
ATTEMPTS = frozenset({"attempts_0", "attempts_1"})
FLAGS = frozenset({"thank_you", "rejected", "told_no"})  # told_no: a no was said, not only a cold tone
# Groups of alternatives: a tip naming some tags of a group fits only if one of them applies.
CONDITION_GROUPS = (frozenset(CHANNELS), TIMINGS, ATTEMPTS)
KNOWN_TAGS = frozenset().union(*CONDITION_GROUPS, FLAGS, {ALWAYS})


@dataclass(frozen=True)
class Tip:
    id: str
    text: str
    when: frozenset[str]


@lru_cache(maxsize=1)
def all_tips() -> tuple[Tip, ...]:
    tips = tuple(Tip(id=item["id"], text=item["text"].strip(), when=frozenset(item["when"]))
                 for item in section("tips"))
    unknown = set().union(*(tip.when for tip in tips)) - KNOWN_TAGS
    if unknown:  # a typo in the data would silently hide a tip
        raise ValueError(f"tips.yml uses unknown tags: {sorted(unknown)}")
    return tips


def situation(case: FollowUpCase, plan: FollowUpPlan | None) -> frozenset[str]:
    """The tags that describe this case and plan (no plan yet: no timing tag)."""
    tags = {plan.timing.value} if plan is not None else set()
    if case.contact_channel in CHANNELS:
        tags.add(case.contact_channel)
    if plan is not None and plan.send_thank_you:
        tags.add("thank_you")
    if case.followup_attempts in (0, 1):
        tags.add(f"attempts_{case.followup_attempts}")
    if case.rejected:
        tags.add("rejected")
    if case.rejected and not case.cold_contact:  # s41: "Svar på afslaget" to someone who only sounded cold
        tags.add("told_no")
    return frozenset(tags)


def tips_for(case: FollowUpCase, plan: FollowUpPlan | None, limit: int = 5) -> list[Tip]:
    """The tips that fit best: most matching tags first, file order on ties, `always` tips fill up."""
    tags = situation(case, plan)
    scored = []
    for index, tip in enumerate(all_tips()):
        if not _fits(tip, tags):
            continue
        score = len(tip.when & tags)
        if score or ALWAYS in tip.when:
            scored.append((-score, index, tip))
    return [tip for _, _, tip in sorted(scored)[:limit]]


def _fits(tip: Tip, tags: frozenset[str]) -> bool:
    for group in CONDITION_GROUPS:
        named, known = tip.when & group, tags & group
        # An unknown channel leaves both channels possible, so it excludes nothing.
        if named and known and not named & known:
            return False
    return FLAGS & tip.when <= tags  # a flag the tip names must be set


def channel_advice(case: FollowUpCase) -> str:
    """C1-C4 for a user who is unsure whether to call or write."""
    who = case.contact_name or text("advice.channel.contact_unnamed")
    where = text("advice.channel.main_number", company=case.company) if case.company \
        else text("advice.channel.main_number_unnamed")
    return text("advice.channel.text", who=who, where=where)
