"""The review of the user's answer to a no: judged as one, not as a follow-up mail (testers, 2026-12-06)."""

from dataclasses import replace
from datetime import date

from coach.case import FollowUpCase
from coach.review import review_draft

CASE = FollowUpCase(interview_date=date(2026, 12, 1), role="økonomiassistent", contact_name="Martin Bech",
                    user_name="Hanne Lauridsen", company="Salling Group", rejected=True)
TODAY = date(2026, 12, 6)
GOOD = """Emne: Re: Din ansøgning – økonomiassistent

Kære Martin

Tak for din besked og for muligheden for at komme til samtale. Selvom jeg selvfølgelig er skuffet, har jeg været glad \
for at lære jer at kende.

Hvis I på et tidspunkt får brug for en økonomiassistent igen, hører jeg meget gerne fra jer. Og hvis du har tid, vil \
jeg sætte stor pris på et par ord om, hvad jeg kunne gøre bedre.

Med venlig hilsen
Hanne Lauridsen"""
ARGUING = """Hej Martin

Tak for din mail, selvom det selvfølgelig ikke var det svar jeg havde håbet på. Jeg må indrømme at jeg er lidt \
overrasket, for jeg synes selv at min erfaring passede perfekt til jeres behov.

Kan du fortælle mig hvorfor jeg ikke fik jobbet? Og hvem fik det i stedet?

Held og lykke med det hele
Hanne Lauridsen"""


def test_a_kind_answer_to_a_no_can_be_sent_as_it_is():
    """A tester's good reply was told to ask how far they had come and to offer to answer questions."""
    review = review_draft(GOOD, CASE, "email", today=TODAY)
    assert review.kind == "reply" and review.changes == ()
    assert "hvor langt" not in review.render() and "feedback" in review.good


def test_arguing_with_the_no_is_named_and_a_fair_question_stays():
    review = review_draft(ARGUING, CASE, "email", today=TODAY)
    named = [c.sentence for c in review.changes if c.sentence]
    assert "Og hvem fik det i stedet?" in named and "Held og lykke med det hele" not in named
    assert "Kan du fortælle mig hvorfor jeg ikke fik jobbet?" in review.improved  # the guide allows asking why
    assert "hvem fik det" not in review.improved and "perfekt" not in review.improved
    assert "hvor langt" not in review.improved and "spørgsmål" not in review.improved  # no follow-up parts


def test_a_reply_to_a_no_is_known_by_its_words_before_the_case_is_closed():
    review = review_draft(ARGUING, replace(CASE, rejected=False), "email", today=TODAY)
    assert review.kind == "reply"


def test_the_improved_answer_keeps_the_paragraphs_and_a_door_left_open_in_other_words():
    """A tester wrote "Jeg håber, I vil tænke på mig …" and got "Hold døren åben" with a second such sentence, and
    her paragraphs ran together."""
    draft = ARGUING.replace("Held og lykke med det hele", "Jeg håber, I vil tænke på mig en anden gang.")
    review = review_draft(draft, CASE, "email", today=TODAY)
    assert "open_door" in review.good and "hører jeg meget gerne fra jer" not in review.improved
    assert review.improved.count("\n\n") >= 4  # greeting, two paragraphs, closing


def test_a_door_left_open_in_the_users_words_is_seen():
    """A tester's "Hvis I får brug for afløsere eller slår en ny stilling op, vil jeg meget gerne høre fra jer." was
    told "Hold døren åben", and the improved answer then said it twice."""
    draft = GOOD.replace("Hvis I på et tidspunkt får brug for en økonomiassistent igen, hører jeg meget gerne fra jer.",
                         "Hvis I får brug for afløsere eller slår en ny stilling op, vil jeg meget gerne høre fra jer.")
    review = review_draft(draft, CASE, "email", today=TODAY)
    assert "open_door" in review.good and "open_door" not in [c.name for c in review.changes]


def test_a_door_shut_or_a_parting_shot_is_named_and_never_praised_as_an_open_door():
    """s30a: "Jeg gider i hvert fald ikke søge hos jer igen." got "✓ Du holder døren åben" and was kept."""
    said = "Fint nok. Håber I bliver glade for ham, I kommer nok til at fortryde det. Jeg gider i hvert fald ikke " \
           "søge hos jer igen."
    found = review_draft(said, CASE, "call", today=TODAY)
    assert "open_door" not in found.good and "graceful" not in found.good
    assert "ikke søge hos jer igen" not in found.improved and "fortryde" not in found.improved
    assert all(c.name == "not_graceful" for c in found.changes if c.sentence)


def test_an_answer_said_on_the_phone_is_not_told_to_greet_and_sign_as_a_letter():
    """s30a: a spoken answer to a no was told to open with "Kære Birgitte Sørensen," and close with "Med venlig
    hilsen"; its improved form was a letter."""
    said = "Hej Martin, det er Hanne Lauridsen. Tak fordi du ringede og fortalte mig det. Det er ærgerligt, men jeg " \
           "forstår det godt. Held og lykke med den nye medarbejder."
    found = review_draft(said, CASE, "call", today=TODAY)
    assert found.kind == "reply_call" and {c.name for c in found.changes} <= {"open_door"}
    assert found.improved.startswith("Hej Martin, det er Hanne Lauridsen. Tak fordi du ringede")
    assert "Med venlig hilsen" not in found.improved and "Kære" not in found.render()
