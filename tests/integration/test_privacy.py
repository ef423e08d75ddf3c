"""'Glem mig' deletes the conversation from the tracker store; logs hold no personal data."""

import sqlite3

import pytest

pytestmark = pytest.mark.integration

FACTS = ("Jeg hedder Ole Jensen og var til samtale i tirsdags som kontorchef hos Novo Nordisk. "
         "Min kontakt er Mette Hansen, mette.hansen@example.dk, tlf 12 34 56 78. Jeg vil ringe, ingen frist")


def stored_rows(coach, sender: str) -> int:
    with sqlite3.connect(coach.tracker_db) as db:
        return db.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def test_glem_mig_deletes_everything_after_a_confirmation(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    assert "Skal jeg slette alt" in coach.said(me, "glem mig")
    assert stored_rows(coach, me) > 0  # nothing is deleted before the user says yes
    assert "slettet vores samtale" in coach.said(me, "ja")
    assert stored_rows(coach, me) == 0
    slots = coach.tracker(me)["slots"]
    assert slots["role"] is None and slots["user_name"] is None and slots["interview_date"] is None


def test_a_yes_in_the_middle_of_the_questions_deletes_and_so_does_a_yes_in_other_words(coach):
    """Testers: "slet alt om mig" while the coach still asked its questions, then "ja" (the form's next question had
    come after the confirmation's) deleted nothing; nor did "Ja tak, det vil jeg gerne." after a plan."""
    me = coach.new_sender()
    coach.said(me, "jeg var til samtale i tirsdags som kok")
    coach.said(me, "slet alt om mig")
    assert "slettet vores samtale" in coach.said(me, "ja")
    assert stored_rows(coach, me) == 0
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "glem mig")
    assert "slettet vores samtale" in coach.said(me, "Ja tak, det vil jeg gerne.")
    assert stored_rows(coach, me) == 0


def test_the_confirm_button_works_too(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "slet mine data")
    assert "slettet vores samtale" in coach.said(me, "/forget_confirm")
    assert stored_rows(coach, me) == 0


def test_saying_no_keeps_everything(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "glem mig")
    assert "sletter ikke noget" in coach.said(me, "nej")
    assert coach.tracker(me)["slots"]["role"] == "kontorchef"


def test_a_plain_yes_later_deletes_nothing(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "ja")
    assert stored_rows(coach, me) > 0 and coach.tracker(me)["slots"]["role"] == "kontorchef"


def test_glem_mig_deletes_the_users_phone_number_too(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    assert "Du kan ringe til mig på 87 65 43 21." in coach.said(me, "mit nummer er 87 65 43 21")
    assert coach.tracker(me)["slots"]["user_phone"] == "87 65 43 21"
    coach.said(me, "glem mig")
    coach.said(me, "ja")
    assert stored_rows(coach, me) == 0 and coach.tracker(me)["slots"]["user_phone"] is None


def test_logs_hold_no_names_emails_or_phone_numbers(coach):
    me = coach.new_sender()
    coach.said(me, FACTS)
    coach.said(me, "kan jeg få en mail i stedet?")
    coach.said(me, "mit telefonnummer er 87 65 43 21")
    assert coach.tracker(me)["slots"]["user_phone"] == "87 65 43 21"  # read, so it went through every step
    for name, path in coach.logs.items():
        log = path.read_text(encoding="utf-8", errors="replace")
        for secret in ("Ole Jensen", "Mette Hansen", "mette.hansen@example.dk", "12 34 56 78", "87 65 43 21",
                       "87654321"):
            assert secret not in log, f"{secret!r} found in the {name} log"
