"""The lines that used to game the rehearsal's judge (issue #17): each gets at most half marks and says why."""

from datetime import date, time

import pytest

from coach.case import PHONE, FollowUpCase
from coach.rehearsal import Rehearsal, evaluate_line

CASE = FollowUpCase(
    interview_date=date(2026, 11, 24), interview_time=time(10, 0), role="kontorchef",  # a Tuesday
    contact_channel=PHONE, has_no_deadline=True, contact_name="Mette Hansen", company="Novo Nordisk",
    user_name="Ole Jensen",
)
TODAY = date(2026, 11, 30)  # a Monday
CHECKS = ("says_name", "places_interview", "names_role", "asks_status", "thanks", "polite_and_short", "no_selling",
          "no_demands")


def marks(check) -> int:
    return sum(bool(getattr(check, name)) for name in CHECKS)


# (line, after a rejection, the check that must fail, the note that says why)
GAMING = [
    ("men jeg har altså ti års erfaring, så jeg er jo oplagt", False, "no_selling", "selling"),
    ("Jeg har en kandidatgrad i økonomi, en HD i regnskab og en MBA fra CBS.", False, "no_selling", "selling"),
    ("ingen er bedre til det end mig", False, "no_selling", "selling"),
    ("Jeg vil gerne have et svar nu, ellers må jeg jo klage", False, "no_demands", "pressure"),
    ("I er godt nok langsomme", False, "polite_and_short", None),
    ("Hva så", False, "polite_and_short", None),
    ("Please, jeg beder jer, giv mig jobbet, jeg har virkelig brug for det", False, "no_demands", "begging"),
    ("Tusind tak for ingenting, I ved ikke hvad I går glip af.", True, "graceful_rejection", "sarcasm"),
    ("Ole Jensen kontorchef samtale tirsdag tak status", False, "asks_status", "salad"),
    ("Jeg er den bedste til jobbet, så ansæt mig nu, tak", False, "no_demands", "pressure"),
]


@pytest.mark.parametrize(("line", "after_rejection", "fails", "why"), GAMING, ids=[g[0][:30] for g in GAMING])
def test_a_gaming_line_gets_at_most_half_marks_and_the_reason(line, after_rejection, fails, why):
    check = evaluate_line(line, CASE, after_rejection=after_rejection, today=TODAY)
    assert getattr(check, fails) is False
    assert marks(check) <= len(CHECKS) // 2
    if why:
        assert why in check.notes


def test_sarcastic_thanks_is_no_thanks_and_no_gracious_answer():
    check = evaluate_line("Tusind tak for ingenting, I ved ikke hvad I går glip af.", CASE, after_rejection=True,
                          today=TODAY)
    assert not check.thanks and not check.graceful_rejection and "hollow_thanks" in check.notes


def test_please_after_a_demand_is_no_thanks():
    check = evaluate_line("Har I besluttet jer? Ansæt mig nu, tak.", CASE, today=TODAY)
    assert not check.thanks and not check.no_demands


@pytest.mark.parametrize("line", ["Jeg var til samtale i forgårs", "Jeg var til samtale d. 26.",
                                  "Jeg var til samtale i onsdags", "Vi havde en samtale for to uger siden"])
def test_a_wrong_day_does_not_place_the_interview_and_is_named(line):
    check = evaluate_line(line, CASE, today=TODAY)
    assert not check.places_interview and "wrong_day" in check.notes


@pytest.mark.parametrize("line", ["Jeg var til samtale i tirsdags i sidste uge", "Jeg var til samtale d. 24.",
                                  "Vi havde en samtale tirsdag den 24. november",
                                  "for en uge siden var jeg til samtale", "jeg var til samtale den 24/11"])
def test_the_interviews_day_in_any_form_places_it(line):
    assert evaluate_line(line, CASE, today=TODAY).places_interview


def test_stillingen_with_any_word_is_no_role():
    assert not evaluate_line("Jeg ringer om stillingen hos jer", CASE, today=TODAY).names_role
    assert not evaluate_line("Det gælder stillingen som lagerchef", CASE, today=TODAY).names_role


@pytest.mark.parametrize("line", ["Er der noget nyt?", "Har I besluttet jer?", "hvor står I?",
                                  "har i besultet jer?", "ER DER NOGET NYT???"])
def test_status_questions_are_heard(line):
    assert evaluate_line(line, CASE, today=TODAY).asks_status


def test_a_call_of_keyword_salad_scores_at_most_half_and_says_why():
    salad = "Ole Jensen kontorchef samtale tirsdag tak status"
    state, _ = Rehearsal.start(CASE, "x", situation="undecided")
    result = None
    for line in (salad, salad, salad, "Mette Ole Jensen kontorchef tirsdag samtale status tak", "farvel"):
        result = Rehearsal.turn(state, CASE, line)
        state = result.state
        if result.done:
            break
    assert result.summary.score * 2 <= result.summary.total
    assert "stikord" in result.reply
