"""Tips: chosen from data so that each situation gets the advice that fits it."""

import re
from dataclasses import replace
from datetime import date

import pytest

from coach import tips as tips_module
from coach.case import EMAIL, PHONE, FollowUpCase
from coach.rules import plan_followup
from coach.tips import Tip, all_tips, channel_advice, tips_for

INTERVIEW = date(2026, 11, 25)  # a Wednesday
BASE = FollowUpCase(interview_date=INTERVIEW, role="kontorchef", contact_channel=PHONE,
                    has_no_deadline=True, contact_name="Mette Hansen", company="Novo Nordisk")

# name -> (case, today); one per distinct situation the coach meets.
SITUATIONS = {
    "before_interview": (BASE, date(2026, 11, 20)),
    "day_after_interview": (BASE, date(2026, 11, 26)),
    "waiting_phone": (BASE, date(2026, 11, 30)),
    "waiting_email": (replace(BASE, contact_channel=EMAIL), date(2026, 11, 30)),
    "waiting_undecided": (replace(BASE, contact_channel=None), date(2026, 11, 30)),
    "due_phone": (BASE, date(2026, 12, 3)),
    "due_email": (replace(BASE, contact_channel=EMAIL), date(2026, 12, 3)),
    "due_undecided": (replace(BASE, contact_channel=None), date(2026, 12, 3)),
    "one_unanswered": (replace(BASE, followup_attempts=1, last_attempt_date=date(2026, 12, 3)),
                       date(2026, 12, 4)),
    "escalate_phone": (replace(BASE, followup_attempts=2), date(2026, 12, 14)),
    "escalate_email": (replace(BASE, followup_attempts=2, contact_channel=EMAIL), date(2026, 12, 14)),
    "let_go": (replace(BASE, followup_attempts=3), date(2026, 12, 14)),
    "rejected": (replace(BASE, rejected=True), date(2026, 12, 3)),
    "rejected_after_a_call": (replace(BASE, rejected=True, followup_attempts=1), date(2026, 12, 3)),
}

CALL_AGAIN = re.compile(r"\b(ring|ringe|skriv|skrive|prøv|prøve)\w* (igen|tilbage)\b|følg\w* op", re.I)


def tips_in(name, limit=5):
    case, today = SITUATIONS[name]
    return tips_for(case, plan_followup(case, today), limit=limit)


def ids_in(name):
    return [tip.id for tip in tips_in(name)]


def test_tip_data_has_unique_ids_and_short_danish_texts():
    tips = all_tips()
    assert 18 <= len(tips) <= 30
    assert len({tip.id for tip in tips}) == len(tips)
    for tip in tips:
        assert 1 <= len(re.findall(r"[.!?](\s|$)", tip.text)) <= 2, tip.id


@pytest.mark.parametrize("name", SITUATIONS)
def test_every_situation_gets_three_to_five_tips(name):
    assert 3 <= len(tips_in(name)) <= 5


def test_different_situations_get_different_lists():
    distinct = [name for name in SITUATIONS if name != "rejected_after_a_call"]
    lists = {name: tuple(ids_in(name)) for name in distinct}
    assert len(set(lists.values())) == len(lists), lists


def test_once_rejected_earlier_attempts_do_not_matter():
    assert ids_in("rejected_after_a_call") == ids_in("rejected")


def test_every_tip_is_shown_in_some_situation():
    shown = {tip_id for name in SITUATIONS for tip_id in ids_in(name)}
    assert shown == {tip.id for tip in all_tips()}


@pytest.mark.parametrize("name", ["rejected", "rejected_after_a_call"])
def test_rejected_case_is_never_told_to_call_or_write_again(name):
    tips = tips_in(name)
    assert not [tip.id for tip in tips if CALL_AGAIN.search(tip.text)]
    assert "other_openings" in [tip.id for tip in tips]


def test_let_go_case_is_never_told_to_call_or_write_again():
    assert not [tip.id for tip in tips_in("let_go") if CALL_AGAIN.search(tip.text)]


def test_phone_case_gets_no_email_advice_and_email_case_no_phone_advice():
    assert not [t.id for t in tips_in("due_phone") if re.search(r"\bmail", t.text)]
    assert not [t.id for t in tips_in("due_email") if re.search(r"\bring|telefon", t.text, re.I)]


def test_thank_you_now_only_right_after_the_interview_and_before_it_for_afterwards():
    assert ids_in("day_after_interview")[0] == "thank_you_note"
    assert "thank_you_note" not in ids_in("before_interview") + ids_in("waiting_phone")
    [before] = [tip for tip in tips_in("before_interview") if tip.id == "thank_you_after"]
    assert before.text.startswith("Når samtalen er slut")


WAITING_WORDS = re.compile(r"tavshed|imens|vent|tre dage|for tidligt", re.I)


@pytest.mark.parametrize("name", ["rejected", "rejected_after_a_call"])
def test_after_a_no_the_tips_are_about_the_no_not_about_silence_or_waiting(name):
    texts = [tip.text for tip in tips_in(name)]
    assert not [t for t in texts if WAITING_WORDS.search(t)], texts
    assert "ask_feedback" in ids_in(name) and "after_a_no" in ids_in(name)


def test_before_interview_advises_asking_for_a_timeline():
    assert "ask_timeline" in ids_in("before_interview")


def test_escalation_leads_with_going_higher_up():
    assert ids_in("escalate_phone")[0] == "go_higher"


def test_after_an_unanswered_attempt_the_three_day_rule_comes_first():
    assert ids_in("one_unanswered")[0] == "three_days"


def test_choice_is_deterministic_and_respects_the_limit():
    assert ids_in("due_phone") == ids_in("due_phone")
    assert len(tips_in("due_phone", limit=3)) == 3
    assert [t.id for t in tips_in("due_phone", limit=3)] == ids_in("due_phone")[:3]


def test_channel_advice_covers_c1_to_c4_for_this_contact():
    advice = channel_advice(BASE)
    for part in ("Mette Hansen", "telefonnummer", "mailadresse", "arbejdsnummeret", "privat",
                 "jobportal", "online", "Novo Nordisk", "receptionen", "sociale medier", "uanmeldt"):
        assert part in advice, part


def test_channel_advice_without_names_stays_readable():
    advice = channel_advice(replace(BASE, contact_name=None, company=None))
    assert "None" not in advice and "kontaktpersonen" in advice


def test_selection_rules_on_small_data(monkeypatch):
    # Channel tags are conditions, matches rank, and only `always` tips fill up.
    data = (Tip("call_now", "a", frozenset({"now", PHONE})), Tip("now", "b", frozenset({"now"})),
            Tip("mail", "c", frozenset({EMAIL})), Tip("filler", "d", frozenset({"always"})),
            Tip("call", "e", frozenset({PHONE})), Tip("later", "f", frozenset({"wait"})))
    monkeypatch.setattr(tips_module, "all_tips", lambda: data)
    case, today = SITUATIONS["due_phone"]
    plan = plan_followup(case, today)
    assert [t.id for t in tips_for(case, plan)] == ["call_now", "now", "call", "filler"]
    undecided = replace(case, contact_channel=None)
    assert [t.id for t in tips_for(undecided, plan)] == ["call_now", "now", "filler"]
