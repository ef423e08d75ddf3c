"""Facts among things that are not facts of the case (the blind part BA): the user's own dates and plans,
another application named beside the one meant, a reason after the channel chosen."""

from datetime import date

import pytest

from coach.applications import as_read
from coach.dates.entities import time_entities
from coach.facts import attempts_reported, channel_preference, company_said, interview_ahead, names_said


def _about(said: str, today: date) -> list[tuple[str, str | None]]:
    return [(e["additional_info"]["text"], e["additional_info"]["about"]) for e in time_entities(as_read(said), today)]


@pytest.mark.parametrize("said, today, read", [
    ("det er som pædagogmedhjælper, 25 timer om ugen, fordi min datter har fødselsdag d. 8. december",
     date(2026, 12, 12), [("d. 8. december", "other")]),  # BA007
    ("sidst på måneden. jeg skal på ferie til Kreta d. 26. juni så håber det kommer før", date(2027, 6, 10),
     [("sidst på måneden", None), ("d. 26. juni", "other")]),  # BA042
    ("hej jeg skal til samtale i morgen kl 10 som postbud. starter på ferie d. 5. juli (uge 27)", date(2027, 6, 30),
     [("i morgen kl 10", "interview"), ("d. 5. juli", "other")]),  # BA045
    ("samtale d. 5. juni som ferieafløser i kantinen", date(2027, 6, 10), [("d. 5. juni", "interview")]),
])
def test_a_day_of_the_users_own_life_is_no_day_of_the_case(said, today, read):
    assert _about(said, today) == read


@pytest.mark.parametrize("said, ahead", [
    ("ringe. skal til 1. maj i morgen i fælledparken btw", False),  # BA033
    ("jeg skal på ferie til Kreta d. 26. juni", False),
    ("jeg skal til samtale på torsdag", True),
])
def test_the_users_own_plans_are_no_interview_ahead(said, ahead):
    assert interview_ahead(said) is ahead


def test_another_application_named_before_the_one_meant_is_left_out():  # BA024, BA030
    said = ("De sagde d. 12/2. Jeg skrev d. 17. feb og ringede sidste tirsdag, intet svar. Har også en anden samtale "
            "hos Kammeradvokaten næste uge, men det er Bech jeg vil have hjælp til")
    assert company_said(as_read(said)) is None and attempts_reported(as_read(said)) == 2
    said = "jeg har også haft en samtale hos Lidl men den er jeg ikke nervøs for, det er Føtex jeg vil følge op på"
    assert company_said(as_read(said)) is None
    said = "Men jeg var også til samtale hos Coloplast torsdag d. 7. oktober, og det er den jeg håber på"  # Z041
    assert company_said(as_read(said)) == "Coloplast"


def test_the_reason_after_a_channel_chosen_chooses_nothing():  # BA043
    said = "nej vent jeg ringer hellere, der er travlt saa de har nok ikke tid til at laese mails"
    assert channel_preference(said) == "telefon"
    assert channel_preference("vil gerne sende en mail, er ikke saa god i telefon") == "email"  # P015


def test_follow_ups_listed_by_their_days_and_the_interviewer_named_after_the_day():
    assert attempts_reported("ringede 7. maj og 14. maj, ingen svar") == 2  # BA038
    said = "Hi, jeg hedder Emil Nørgaard. Havde Teams-samtale i går med Kasper Lund fra Novo Nordisk, 45 min"
    assert names_said(said) == ("Emil Nørgaard", "Kasper Lund")  # BA031
