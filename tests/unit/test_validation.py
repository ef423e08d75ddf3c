from datetime import date

from coach.validation import attempt_problem, deadline_problem, impossible_date_message, interview_date_problem

TODAY = date(2026, 11, 28)


def test_interview_over_a_year_ago_is_questioned_in_danish():
    message = interview_date_problem(date(2024, 11, 1), TODAY)
    assert message and "mere end et år siden" in message and "Hvornår" not in message  # the form asks next


def test_recent_and_upcoming_interviews_are_accepted():
    assert interview_date_problem(date(2026, 11, 24), TODAY) is None
    assert interview_date_problem(date(2026, 12, 3), TODAY) is None


def test_deadline_before_interview_is_refused():
    message = deadline_problem(date(2026, 11, 20), date(2026, 11, 24))
    assert message and "før samtalen" in message and "?" not in message  # the form asks for the day next


def test_deadline_after_interview_is_fine():
    assert deadline_problem(date(2026, 12, 4), date(2026, 11, 24)) is None


def test_impossible_date_is_named_back():
    assert "31. februar" in impossible_date_message("31. februar")


def test_a_follow_up_before_the_interview_is_questioned_and_one_after_it_is_not():
    assert "Hvornår ringede eller skrev du sidst" in attempt_problem(date(2026, 11, 18), date(2026, 11, 20))
    assert attempt_problem(date(2026, 11, 20), date(2026, 11, 20)) is None
    # s41b: "ringet en gang d. 10/12" on 6 December, read as last year's, was said to lie before the interview
    ahead = attempt_problem(date(2025, 12, 10), date(2026, 11, 20), today=date(2026, 12, 6))
    assert ahead.startswith("Torsdag den 10. december er ikke kommet endnu")
    assert attempt_problem(date(2026, 11, 18), None) is None


def test_a_past_interview_on_a_day_still_to_come_this_year_is_asked_about():
    """A tester's "jeg var til samtale den 20. december", told on 6 December, became 20 December of last year."""
    today = date(2026, 12, 6)
    problem = interview_date_problem(date(2025, 12, 20), today)
    assert problem is not None and "søndag den 20. december er ikke kommet endnu" in problem.lower()
    assert interview_date_problem(date(2025, 12, 20), today, year_said=True) is None
    assert interview_date_problem(date(2026, 11, 20), today) is None
