"""Judge one played conversation against what the corpus expects (tests/conversations/).

Pure: the transcript (what the coach said, turn by turn) and the final tracker's slots in, a verdict
out. What the coach said is recognised by the catalogue's own headline texts, so a reworded
catalogue still judges the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Mapping, Sequence

from coach.texts import section

LOOP_LIMIT = 3  # the same question this many turns in a row is a loop
SLOT_KEYS = ("interview_date", "role", "contact_channel", "deadline", "company", "contact_name", "user_name",
             "followup_attempts", "last_attempt_date")
OUTCOMES = {  # the plan's headline (coach/texts/plan.yml) -> the corpus's outcome
    "wait": "plan", "today": "plan", "first_business_day": "plan", "before_interview": "before_interview",
    "escalate": "escalate", "let_go": "let_go", "closed": "closed",
}

Turn = List[Dict[str, Any]]  # the coach's messages for one user message, as the REST channel gives them


@dataclass
class Verdict:
    id: str
    problems: List[str] = field(default_factory=list)
    loop: str | None = None  # the question asked LOOP_LIMIT times in a row

    @property
    def passed(self) -> bool:
        return not self.problems and self.loop is None


def texts_of(turn: Turn) -> List[str]:
    return [m["text"] for m in turn if isinstance(m.get("text"), str)]


def find_loop(turns: Sequence[Turn]) -> str | None:
    """The coach's last message repeated as the last message of LOOP_LIMIT turns in a row."""
    run, last = 0, None
    for turn in turns:
        said = texts_of(turn)
        final = _norm(said[-1]) if said else None
        run = run + 1 if final is not None and final == last else 1
        last = final
        if final and run >= LOOP_LIMIT and final.endswith("?"):
            return said[-1]
    return None


def outcome_of(turns: Sequence[Turn]) -> str:
    """The last plan headline the coach gave, as a corpus outcome; 'none' without a plan."""
    heads = _headlines()
    found = "none"
    for turn in turns:
        for text in texts_of(turn):
            for pattern, outcome in heads:
                if pattern.match(text):
                    found = outcome
    return found


def _other_letter_subjects() -> tuple[str, ...]:
    """How the subjects of the letters that are no follow-up begin: the thank-you note (R7) and the
    reply to a rejection."""
    return tuple(section(key).split("{")[0] for key in ("writing.thank_you.subject", "writing.rejection.subject"))


def artifact_of(turns: Sequence[Turn]) -> str:
    """The last follow-up artifact handed over: 'email', 'call_script' or 'none'."""
    script_heading = section("writing.call_script.headings")["say"] + ":"
    others = _other_letter_subjects()
    found = "none"
    for turn in turns:
        for message in turn:
            custom = message.get("custom") or {}
            text = message.get("text") or ""
            if "email" in custom or text.startswith("Emne:"):
                subject = (custom.get("email") or {}).get("subject") or text.split("\n", 1)[0].removeprefix("Emne:")
                found = found if subject.strip().startswith(others) else "email"
            elif text.startswith(script_heading):
                found = "call_script"
    return found


def judge(conversation: Mapping[str, Any], turns: Sequence[Turn], slots: Mapping[str, Any],
          errors: Sequence[str] = ()) -> Verdict:
    verdict = Verdict(id=str(conversation["id"]), problems=list(errors), loop=find_loop(turns))
    expect = conversation.get("expect") or {}
    for key in SLOT_KEYS:
        if key in expect and not _same(key, expect[key], slots.get(key)):
            verdict.problems.append(f"{key}: expected {expect[key]!r}, got {slots.get(key)!r}")
    outcome = expect.get("outcome", "plan")
    said = outcome_of(turns)
    if said != outcome:
        verdict.problems.append(f"outcome: expected {outcome}, got {said}")
    if outcome == "plan" and not _same("followup_date", expect.get("followup_date"), slots.get("followup_date")):
        verdict.problems.append(f"followup_date: expected {expect.get('followup_date')!r}, "
                                f"got {slots.get('followup_date')!r}")
    wanted = expect.get("artifact", "none")
    if outcome in ("plan", "escalate") and artifact_of(turns) != wanted:
        verdict.problems.append(f"artifact: expected {wanted}, got {artifact_of(turns)}")
    return verdict


def _same(key: str, expected: Any, actual: Any) -> bool:
    if key == "followup_attempts":
        return int(expected or 0) == int(actual or 0)
    if expected is None:
        return actual in (None, "")
    return _norm(str(expected)) == _norm(str(actual or ""))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@lru_cache(maxsize=1)
def _headlines() -> tuple:
    when = section("plan.when")
    heads = []
    for key, outcome in OUTCOMES.items():
        prefix = when[key].split("{")[0].strip()
        heads.append((re.compile(re.escape(prefix)), outcome))
    return tuple(heads)
