"""What users ask the coach to do with what it makes (the blind part BC), and the facts in those requests."""

from datetime import date

import pytest

from coach.dates.entities import time_entities
from coach.facts import attempts_reported, channel_preference, company_said, names_said


@pytest.mark.parametrize("said, names", [
    ("Kan du skrive mailen til Per Damgaard og sætte mit telefonnummer 31 22 44 90 ind under mit navn, "
     "Louise Brandt-Nielsen?", ("Louise Brandt-Nielsen", "Per Damgaard")),  # BC018
    ("og skriv under Sara Nielsen, tlf 60 70 80 90", ("Sara Nielsen", None)),  # BC028
    ("til Brian Lauridsen", (None, "Brian Lauridsen")),  # BC040, after "kan du lave en mail i stedet"
    ("jeg skal til Aarhus", (None, None)),
    ("har ringet to gange nu til mette holm fra netto og hun tager den bare ikke", (None, "Mette Holm")),  # BB005
])
def test_names_in_requests_about_the_mail(said, names):
    assert names_said(said) == names


def test_a_channel_asked_for_because_no_one_answers_the_other():  # BC013
    assert channel_preference("ok men kan du så lave en mail i stedet, tror ikke nogen tager telefonen nu") == "email"


def test_the_end_of_a_month_said_with_ved():  # BC036, on Tuesday 27 April 2027
    [entity] = time_entities("Ved udgangen af april", date(2027, 4, 27))
    assert entity["additional_info"]["past"] == "2027-04-30"


def test_follow_ups_listed_with_commas_and_the_employer_of_a_no():
    assert attempts_reported("har skrevet til dem d. 21/4, d. 29/4 og igen d. 7/5. ikke et ord") == 3  # BC039
    assert attempts_reported("ringede i mandags, d. 3.") == 1  # the same day said twice
    assert company_said("Fik et afslag i dag fra LEGO. Jeg var til samtale til product owner stillingen") == "LEGO"


@pytest.mark.parametrize("said, interview", [("kan vi øve samtalen", True), ("kan vi øve opkaldet", False),
                                             ("jeg vil gerne træne til jobsamtalen", True),
                                             ("øv opfølgningen på samtalen", False)])
def test_practising_the_interview_is_told_from_practising_the_call(said, interview):  # BC043
    from coach.requests import practises_the_interview
    assert practises_the_interview(said) is interview
