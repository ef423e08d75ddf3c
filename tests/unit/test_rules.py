"""R1-R9 of the contract, table-driven, with Danish holidays and weekends."""

from datetime import date

import pytest

from coach.case import FollowUpCase
from coach.rules import Timing, plan_followup

D = date.fromisoformat


def case(interview, deadline=None, attempts=0, last=None, rejected=False):
    return FollowUpCase(
        interview_date=D(interview), role="kontorchef", contact_channel="telefon",
        deadline=D(deadline) if deadline else None, has_no_deadline=deadline is None,
        followup_attempts=attempts, last_attempt_date=D(last) if last else None, rejected=rejected,
    )


@pytest.mark.parametrize("label, the_case, today, timing, followup, rule", [
    # R1: deadline + 4 days, on a business day
    ("deadline ahead", case("2026-11-16", "2026-11-20"), "2026-11-18", Timing.WAIT, "2026-11-24", "R1"),
    ("deadline window passed -> next business day", case("2026-11-10", "2026-11-20"), "2026-11-28",
     Timing.NOW, "2026-11-30", "R1"),
    ("deadline window today", case("2026-11-10", "2026-11-20"), "2026-11-24", Timing.NOW, "2026-11-24", "R1"),
    ("Christmas: 24-27 Dec skipped", case("2026-12-10", "2026-12-20"), "2026-12-15", Timing.WAIT, "2026-12-28", "R1"),
    ("New Year: 31 Dec and 1 Jan skipped", case("2026-12-14", "2026-12-27"), "2026-12-20",
     Timing.WAIT, "2027-01-04", "R1"),
    ("Easter 2027: Skærtorsdag to 2. påskedag skipped", case("2027-03-08", "2027-03-21"), "2027-03-10",
     Timing.WAIT, "2027-03-30", "R1"),
    ("Grundlovsdag skipped", case("2026-05-25", "2026-06-01"), "2026-05-27", Timing.WAIT, "2026-06-08", "R1"),
    ("1 May skipped", case("2026-04-20", "2026-04-27"), "2026-04-22", Timing.WAIT, "2026-05-04", "R1"),
    # R2: no deadline, interview + 7 days
    ("no deadline", case("2026-11-24"), "2026-11-25", Timing.WAIT, "2026-12-01", "R2"),
    ("no deadline, earliest on a Saturday", case("2026-11-21"), "2026-11-22", Timing.WAIT, "2026-11-30", "R2"),
    ("no deadline, two weeks passed", case("2026-11-02"), "2026-11-28", Timing.NOW, "2026-11-30", "R2"),
    # R4: after an unanswered follow-up, three days
    ("one unanswered attempt", case("2026-11-02", attempts=1, last="2026-11-26"), "2026-11-28",
     Timing.WAIT, "2026-11-30", "R4"),
    ("one attempt long ago", case("2026-10-20", attempts=1, last="2026-11-02"), "2026-11-26",
     Timing.NOW, "2026-11-26", "R4"),
])
def test_followup_day(label, the_case, today, timing, followup, rule):
    plan = plan_followup(the_case, D(today))
    assert (plan.timing, plan.followup_date, plan.rule) == (timing, D(followup), rule), label


@pytest.mark.parametrize("attempts, timing", [(2, Timing.ESCALATE), (3, Timing.LET_GO), (5, Timing.LET_GO)])
def test_two_attempts_escalate_then_let_go(attempts, timing):
    plan = plan_followup(case("2026-10-01", attempts=attempts, last="2026-11-20"), D("2026-11-28"))
    assert plan.timing is timing and plan.rule == "R5"
    assert plan.followup_date is None


def test_escalation_names_hiring_manager_or_hr():
    plan = plan_followup(case("2026-10-01", attempts=2, last="2026-11-20"), D("2026-11-28"))
    assert "HR" in plan.next_step and "leder" in plan.next_step


def test_escalation_says_when_to_go_higher_up():
    """s38a, s38d: "hvornår skal jeg så ringe til HR? i dag eller?" got "Du har fulgt op to gange uden at få svar"."""
    saturday = plan_followup(case("2026-10-01", attempts=2, last="2026-11-20"), D("2026-11-28"))
    assert "gå videre på første hverdag, mandag den 30. november" in saturday.reason
    monday = plan_followup(case("2026-10-01", attempts=2, last="2026-11-20"), D("2026-11-30"))
    assert "gå videre i dag" in monday.reason
    waiting = plan_followup(case("2026-10-01", attempts=2, last="2026-11-27"), D("2026-11-28"))
    assert "vent til mandag den 30. november" in waiting.reason and "gå videre" not in waiting.reason


def test_future_interview_gives_no_date_but_advice():
    plan = plan_followup(case("2026-12-02"), D("2026-11-28"))
    assert plan.timing is Timing.BEFORE_INTERVIEW and plan.rule == "R6"
    assert plan.followup_date is None and not plan.send_thank_you  # the thank-you is for after (R7)
    assert "hvornår" in plan.next_step and "hvem" in plan.next_step and "Kom tilbage" in plan.next_step


def test_a_future_interview_with_its_answer_day_told_asks_only_whom_to_contact():
    """s43b: "skal til samtale i morgen … de giver svar i uge 51" was told to ask when they answer."""
    plan = plan_followup(case("2026-12-02", deadline="2026-12-18"), D("2026-11-28"))
    assert plan.rule == "R6" and "fredag den 18. december" in plan.next_step and "hvornår" not in plan.next_step


def test_interview_later_today_by_the_users_words_is_still_ahead():
    ahead = FollowUpCase(interview_date=D("2026-11-28"), interview_ahead=True, has_no_deadline=True)
    plan = plan_followup(ahead, D("2026-11-28"))
    assert plan.rule == "R6" and plan.followup_date is None and not plan.send_thank_you
    assert "senere i dag" in plan.reason  # not "først lørdag den 28. november" on that very day
    held = plan_followup(FollowUpCase(interview_date=D("2026-11-28"), has_no_deadline=True), D("2026-11-28"))
    assert held.rule != "R6" and held.send_thank_you  # held today: R7's thank-you


@pytest.mark.parametrize("interview, thank_you", [
    ("2026-11-28", True), ("2026-11-27", True), ("2026-11-26", False), ("2026-11-10", False),
])
def test_thank_you_note_only_right_after_the_interview(interview, thank_you):
    assert plan_followup(case(interview), D("2026-11-28")).send_thank_you is thank_you


def test_rejection_closes_without_a_date():
    plan = plan_followup(case("2026-11-10", "2026-11-20", rejected=True), D("2026-11-28"))
    assert plan.timing is Timing.CLOSED and plan.rule == "R9" and plan.followup_date is None
    assert "og nævn, at du gerne hører om andre ledige stillinger" in plan.next_step


def test_reason_names_the_deadline_the_danish_way():
    plan = plan_followup(case("2026-11-10", "2026-11-20"), D("2026-11-18"))
    assert "fredag den 20. november" in plan.reason


def test_not_decided_with_no_new_day_waits_a_week_from_their_answer():
    """Testers who called and heard "vi har ikke besluttet os endnu" were sent to ask again three days later, as if
    no one had answered ("er det ikke lidt påtrængende at skrive igen allerede onsdag?")."""
    answered = FollowUpCase(interview_date=D("2026-11-23"), role="lærer", contact_channel="email",
                            has_no_deadline=True, last_answer_date=D("2026-12-06"))
    plan = plan_followup(answered, D("2026-12-06"))
    assert plan.timing is Timing.WAIT and plan.followup_date == D("2026-12-14")  # a week on, Sunday -> Monday
    assert "søndag den 6. december" in plan.reason and "ikke har besluttet" in plan.reason
    with_new_day = FollowUpCase(interview_date=D("2026-11-23"), role="lærer", contact_channel="email",
                                deadline=D("2026-12-18"), last_answer_date=D("2026-12-06"))
    assert plan_followup(with_new_day, D("2026-12-06")).rule == "R1"  # a day they gave decides


def test_window_of_r1_and_r2():
    r1 = plan_followup(case("2026-11-10", "2026-11-20"), D("2026-11-18"))
    r2 = plan_followup(case("2026-11-24"), D("2026-11-25"))
    assert (r1.window_start, r1.window_end) == (D("2026-11-24"), D("2026-11-25"))
    assert (r2.window_start, r2.window_end) == (D("2026-12-01"), D("2026-12-08"))


def test_passed_window_says_once_that_it_is_fine_to_follow_up():
    plan = plan_followup(case("2026-11-10"), D("2026-11-28"))
    assert plan.window_passed
    assert plan.reason == "Der er gået mere end to uger siden samtalen tirsdag den 10. november, " \
                          "så det er helt i orden at følge op."


@pytest.mark.parametrize("the_case, today", [
    (case("2026-11-10", "2026-11-20"), "2026-11-28"),  # R1, window passed
    (case("2026-11-10", "2026-11-20"), "2026-11-24"),  # R1, window open
    (case("2026-11-02"), "2026-11-28"),  # R2, passed
    (case("2026-11-16"), "2026-11-24"),  # R2, open
    (case("2026-11-02", attempts=1, last="2026-11-20"), "2026-11-26"),  # R4, open
])
def test_a_plan_that_is_due_never_also_says_wait(the_case, today):
    reason = plan_followup(the_case, D(today)).reason.lower()
    assert "vent " not in reason and "giv dem" not in reason and "før du" not in reason, reason


def test_a_plan_ahead_says_how_long_to_wait():
    plan = plan_followup(case("2026-11-24"), D("2026-11-25"))
    assert plan.reason == "De gav dig ingen dato for et svar, så vent én til to uger efter samtalen " \
                          "(tirsdag den 24. november), før du følger op."


def test_the_second_follow_up_just_made_gets_three_days_before_going_higher_up():
    """A tester wrote "Nu har jeg sendt e-mailen." (the second) and was sent to HR at once."""
    plan = plan_followup(case("2026-11-10", attempts=2, last="2026-12-06"), D("2026-12-06"))
    assert plan.timing is Timing.ESCALATE and plan.followup_date is None
    assert "vent til onsdag den 9. december" in plan.reason
    settled = plan_followup(case("2026-11-10", attempts=2, last="2026-11-30"), D("2026-12-06"))
    assert "vent til" not in settled.reason
