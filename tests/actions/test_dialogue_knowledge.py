"""What the dialogue knows is declared once, or checked to agree where Rasa needs it twice.

- The form's required slots: domain.yml is the only list; the actions read it from there.
- The form's interruptions: rules in data/rules/ answer an intent inside the form; the form's
  validation (actions/followup_form.py) must know each one: a question to the coach is never read
  as an answer, a social message (thanks, a greeting) is answered and its facts are still read.
"""

from pathlib import Path

import yaml

from actions import followup_form
from actions.tracker_case import CASE_SLOTS, REQUIRED_SLOTS

ROOT = Path(__file__).resolve().parents[2]


def _domain():
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def intents_answered_inside(form: str) -> set:
    """Intents that a rule answers while `form` is active (and the form then resumes)."""
    found = set()
    for path in sorted((ROOT / "data" / "rules").glob("*.yml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules") or []:
            loops = {c.get("active_loop") for c in rule.get("condition") or []}
            if form in loops:
                found |= {step["intent"] for step in rule.get("steps") or [] if "intent" in step}
    return found


def test_the_required_slots_are_the_domains():
    assert list(REQUIRED_SLOTS) == _domain()["forms"]["followup_form"]["required_slots"]
    assert set(REQUIRED_SLOTS) <= set(CASE_SLOTS)


def test_every_slot_the_form_fills_is_declared_in_the_domain():
    slots = set(_domain()["slots"])
    assert set(REQUIRED_SLOTS) | set(followup_form.OPTIONAL_SLOTS) | set(CASE_SLOTS) <= slots


def test_every_intent_answered_inside_the_form_is_known_to_the_form():
    interrupting = intents_answered_inside("followup_form")
    assert interrupting, "no rules for the form's interruptions were found"
    known = followup_form.QUESTIONS | followup_form.READ_THROUGH
    assert interrupting <= known, interrupting - known
    assert not followup_form.QUESTIONS & followup_form.READ_THROUGH


def test_every_question_to_the_coach_inside_the_form_has_a_rule_that_answers_it():
    # The form does not read a question as an answer; without a rule the user would get no reply.
    missing = followup_form.QUESTIONS - intents_answered_inside("followup_form")
    assert not missing, f"questions without an in-form rule: {sorted(missing)}"
