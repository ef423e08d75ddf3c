"""A day the user proposes for the follow-up, weighed against the plan's (the earliest the rules allow)."""

from datetime import date

import pytest

from coach.case import PHONE, FollowUpCase
from coach.requests import day_proposed, proposed_day, too_late_asked, waiting_asked
from coach.rules import plan_followup
from coach.texts import text
from coach.writing.followup_day import followup_day_answer

TODAY = date(2027, 2, 20)  # a Saturday
# AK039: R1, the answer day Friday 26 February + 4 days: Tuesday 2 March
CASE = FollowUpCase(interview_date=date(2027, 2, 18), role="salgskonsulent", contact_channel=PHONE,
                    deadline=date(2027, 2, 26))
PLAN = plan_followup(CASE, TODAY)


@pytest.mark.parametrize("said, proposed", [
    ("kan jeg ikke ringe på mandag i stedet?", True), ("kan jeg ikke bare ringe i morgen?? gider ikke vente", True),
    ("okay, skal jeg ikke skrive før?", True), ("skal jeg ringe nu?", True),
    ("hvornår skal jeg ringe?", False),  # asks for the day, names none
    ("skal jeg ringe eller skrive?", False),  # the channel
    ("ok jeg sender den på onsdag", True),  # the day told (newcomer trial)
    ("ok jeg ringer nu", False),  # on its way: luck, not the day weighed
    ("jeg ringede på fredag", False),  # a follow-up made
    ("så skal jeg bare vente?", True),  # AP019, after a new answer day
    ("kan jeg ikke hellere ringe efter nytår?", True),  # s30e: the plan again, word for word
    ("men holder de ikke lukket mellem jul og nytaar? er det ikke dumt at ringe d 28", True),
    # s32: the same without a question mark, and the user's own day, told (each got the whole plan again)
    ("er det ikke lidt dumt at ringe d 28 december, de holder jo lukket mellem jul og nytaar", True),
    ("lad os sige mandag den 4. januar", True), ("Nej, jeg vil ringe den 4. januar, ikke den 28. december", True),
    ("jeg vil ringe til hende", False), ("jeg skal til samtale den 4. januar", False),
    ("det er jo julehjaelp, er 11 dec ikke for sent?", True), ("er 8. december ikke alt for tidligt?", True),
    ("jeg er 25 og for sent på den?", False),
    ("er 28 december ikke lidt dumt? det er jo mellem jul og nytår", True),  # s34b: "kan desværre ikke svare"
])
def test_a_day_proposed_for_the_follow_up(said, proposed):
    assert day_proposed(said) is proposed


def test_the_day_in_the_question_is_the_one_proposed_not_the_answer_day_told_before_it():
    said = "De sagde svar fredag d. 26/2, men jeg har ikke hørt noget. Kan jeg ringe på mandag?"
    assert proposed_day(said, TODAY) == date(2027, 2, 22)


def test_sooner_than_the_plan_gets_the_plans_day_and_its_reason():
    answer = followup_day_answer(PLAN, date(2027, 2, 22), TODAY)
    assert answer == text("plan.proposed_day.earlier", day="tirsdag den 2. marts", reason=PLAN.reason)
    assert followup_day_answer(PLAN, None, TODAY) == answer  # "kan jeg ikke bare ringe nu?"


def test_the_plans_day_or_later_is_fine_and_a_day_off_moves_to_the_next_business_day():
    assert followup_day_answer(PLAN, date(2027, 3, 2), TODAY).startswith("Ja, tirsdag den 2. marts")
    assert followup_day_answer(PLAN, date(2027, 3, 4), TODAY) == text("plan.proposed_day.later",
                                                                        day="tirsdag den 2. marts")
    assert "mandag den 8. marts" in followup_day_answer(PLAN, date(2027, 3, 6), TODAY)  # a Saturday


def test_asked_whether_to_wait_gets_the_day_or_today():
    assert waiting_asked("så skal jeg bare vente?")
    assert followup_day_answer(PLAN, None, TODAY, waiting=True).startswith("Ja, vent til tirsdag den 2. marts.")
    assert followup_day_answer(PLAN, None, date(2027, 3, 2), waiting=True) == text("plan.proposed_day.no_need_to_wait")


def test_asked_whether_it_is_too_late_gets_a_no_and_the_day():
    """s42c: "er det ikke alt for sent nu?? det er jo næsten 2 måneder siden" got "… kan jeg desværre ikke svare"."""
    said = "er det ikke alt for sent nu?? det er jo næsten 2 måneder siden"
    assert too_late_asked(said) and day_proposed(said)
    assert not too_late_asked("det er for sent at ændre det nu")  # no question
    assert not too_late_asked("er det for sent at sende en tak for samtalen nu?")  # the thank-you (s43a)
    answer = followup_day_answer(PLAN, None, TODAY, too_late=True)
    assert answer == text("plan.proposed_day.not_too_late", day="tirsdag den 2. marts")


def test_a_follow_up_between_christmas_and_new_year_is_answered_with_the_holidays_in_mind():
    """s30e: "er det ikke dumt at ringe d 28, de har vel lukket?" and "kan jeg ikke hellere ringe efter nytår?" got
    the whole plan again."""
    today = date(2026, 12, 6)
    plan = plan_followup(FollowUpCase(interview_date=date(2026, 12, 1), role="tømrer", contact_channel=PHONE,
                                      deadline=date(2026, 12, 23)), today)
    assert plan.followup_date == date(2026, 12, 28)
    for proposed in (date(2026, 12, 28), date(2027, 1, 2), date(2026, 12, 27)):
        answer = followup_day_answer(plan, proposed, today)
        assert "Mellem jul og nytår" in answer and "mandag den 4. januar" in answer
        assert "Mellem jul og nytår" in answer and ". Mandag den 28. december er en hverdag" in answer


def test_a_day_after_new_year_chosen_over_one_between_the_holidays_is_agreed_to():
    """s32: "lad os sige mandag den 4. januar" and "jeg vil ringe den 4. januar, ikke den 28. december" got the plan
    for the 28th again, though the coach had offered the 4th itself."""
    today = date(2026, 12, 6)
    plan = plan_followup(FollowUpCase(interview_date=date(2026, 12, 1), role="tømrer", contact_channel=PHONE,
                                      deadline=date(2026, 12, 23)), today)
    said = "lad os sige mandag den 4. januar"
    answer = followup_day_answer(plan, proposed_day(said, today), today)
    assert answer.startswith("Ja, mandag den 4. januar er helt fint")

