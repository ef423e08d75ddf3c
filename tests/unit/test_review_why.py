"""Questions and objections about a review's remarks (coach.review.why): the reason, from the guide."""

import pytest

from coach.review.why import asks_about_a_remark, why_answer
from coach.texts import text


@pytest.mark.parametrize("said, topic", [
    # s38b: each of these got a form question, "Undskyld, det forstod jeg ikke helt" or advice on another matter
    ("hvorfor er det for presserende? det er jo sandt at de har været lang tid om det", "pressure"),
    ("hvorfor må jeg ikke nævne mine skills?", "selling"),
    ("hvorfor er det pral at sige hvad jeg kan?", "selling"),
    ("hvorfor skal den være kortere? den er jo kun tre linjer", "length"),
    ('er det for uformelt med "Hi" og "Lmk" og emojien?', "tone"),
    ("Den første sætning er da ikke krævende… Hvorfor skriver De, at tonen er skarp?", "pressure"),
    ("…er kh for personligt?", "tone"),
    ('men er "Hvad er status?" ikke lidt kort for hovedet?', "status"),
    ("hvorfor skal datoen med? der står jo tirsdag i emnet", "day"),
    ("Jeg er ikke helt enig. Kan jeg ikke beholde én kort sætning om min erfaring?", "selling"),
])
def test_a_question_about_a_remark_gets_its_reason(said, topic):
    assert asks_about_a_remark(said)
    answer = why_answer(said, [], "email")
    assert answer.startswith(text(f"review.why.{topic}")) and answer.endswith(text("review.why.yours"))


@pytest.mark.parametrize("said", ["hvorfor har de ikke svaret?", "hvorfor skriver de ikke tilbage?",
                                  "hvorfor skal jeg vente en uge?", "er det for tidligt at ringe?"])
def test_questions_about_the_employer_or_the_plan_are_none(said):
    assert not asks_about_a_remark(said)


def test_a_why_without_words_of_a_remark_gets_the_reason_of_the_reviews_first_remark():
    said = "hvorfor skal jeg tage den sætning ud?"
    assert asks_about_a_remark(said)
    assert why_answer(said, ["selling", "status"], "call").startswith(text("review.why.selling"))
    assert why_answer(said, ["selling"], "call").endswith(text("review.why.yours_call"))  # an opening, not a mail


def test_why_the_date_of_a_call_opening_is_answered_for_a_call():
    """s39b: "hvorfor skal datoen med?" about a call opening got the reason for a mail's subject line."""
    answer = why_answer("hvorfor skal datoen med?", ["places_interview"], "call")
    assert answer.startswith(text("review.why.day_call")) and "emnelinje" not in answer
