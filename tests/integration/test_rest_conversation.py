"""A whole conversation over the REST channel, against both real servers."""

import sqlite3
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def test_one_by_one_conversation_ends_with_plan_and_script(coach):
    me = coach.new_sender()
    assert "Hvornår var din jobsamtale" in coach.said(me, "Hej")
    tracker = coach.tracker(me)
    assert tracker["active_loop"]["name"] == "followup_form"
    assert tracker["slots"]["requested_slot"] == "interview_date"

    assert "Hvilken stilling" in coach.said(me, "i tirsdags")
    assert "ringe" in coach.said(me, "kontorchef")
    assert "tirsdag den 24. november" in coach.said(me, "ringe")  # the deadline question names the day
    reply = coach.said(me, "det sagde de ikke")

    # No deadline: interview 24 Nov + 7 days = Tuesday 1 December.
    assert "Følg op tirsdag den 1. december" in reply
    assert "Det drejede sig om stillingen som kontorchef" in reply
    slots = coach.tracker(me)["slots"]
    assert {k: slots[k] for k in ("interview_date", "role", "contact_channel", "deadline", "followup_date")} == {
        "interview_date": "2026-11-24", "role": "kontorchef", "contact_channel": "telefon",
        "deadline": "ingen", "followup_date": "2026-12-01",
    }
    assert slots["followup_attempts"] == 0


def test_all_facts_at_once_then_the_email(coach):
    me = coach.new_sender()
    reply = coach.said(me, "Jeg var til samtale i tirsdags kl. 10 som kontorchef hos Novo Nordisk. "
                           "Jeg talte med Mette Hansen, og de svarer senest fredag. Jeg vil gerne skrive en mail")
    assert "Følg op tirsdag den 8. december" in reply  # Friday 4 Dec + 4 days
    assert "Emne: Re: Jobsamtale tirsdag den 24. november kl. 10" in reply
    assert "Kære Mette Hansen," in reply
    slots = coach.tracker(me)["slots"]
    assert slots["interview_time"] == "10:00" and slots["deadline"] == "2026-12-04"
    assert slots["company"] == "Novo Nordisk" and slots["contact_channel"] == "email"

    reply = coach.said(me, "kan jeg få et manuskript til et opkald i stedet?")
    assert "Hej Mette" in reply
    assert coach.tracker(me)["slots"]["contact_channel"] == "telefon"


def test_about_to_write_after_the_mail_is_wished_luck_not_given_the_mail_again(coach):
    """The newcomer trial: "ok jeg skriver til hende nu" after the mail got the plan and the mail again."""
    me = coach.new_sender()
    coach.said(me, "Samtale i tirsdags som kontorchef hos Novo Nordisk med Mette Hansen, svar senest fredag. "
                   "Jeg vil gerne skrive en mail")
    reply = coach.said(me, "ok jeg skriver til hende nu")
    assert "held og lykke" in reply and "tirsdag den 8. december" in reply and "Emne:" not in reply
    assert coach.tracker(me)["slots"]["followup_attempts"] == 0  # not done yet: nothing counted


def test_names_for_the_coachs_mail_fill_it_in_and_start_no_review(coach):
    """The newcomer trial: naming the recipient and the signature started a review of a draft the user
    never had, dropped both names, and took the next message ("super, jeg sender den nu") for the draft."""
    me = coach.new_sender()
    coach.said(me, "Samtale i tirsdags som lagerchef hos Nordlager, svar senest fredag. Jeg vil gerne skrive en mail")
    reply = coach.said(me, "kan du skrive den til Ole Strand? og min signatur er Karim Haddad")
    assert "Kære Ole Strand," in reply and "Karim Haddad" in reply
    slots = coach.tracker(me)["slots"]
    assert slots["contact_name"] == "Ole Strand" and slots["user_name"] == "Karim Haddad"
    reply = coach.said(me, "super, jeg sender den nu")
    assert "held og lykke" in reply and "Emne:" not in reply
    assert coach.tracker(me)["slots"]["followup_attempts"] == 0


def test_a_question_about_the_answering_machine_is_answered_in_and_after_the_questions(coach):
    """Answered whatever the NLU guessed; after the script it is no request for the script again, and it
    counts no call."""
    me = coach.new_sender()
    coach.said(me, "Samtale i tirsdags som tømrer hos Bak & Søn")
    reply = coach.said(me, "hvis han ikke tager telefonen, skal jeg så lægge en besked?")
    assert "Læg en kort besked" in reply and "ringe eller" in reply  # then the form's question again
    coach.said(me, "ringe")
    coach.said(me, "han sagde inden jul")
    reply = coach.said(me, "skal jeg lægge en besked hvis han ikke tager den?")
    assert "Læg en kort besked" in reply and "Fx sådan:" in reply and "Jeg var til samtale" in reply
    assert "Følg op" not in reply
    assert coach.tracker(me)["slots"]["followup_attempts"] == 0
    reply = coach.said(me, "hvad hvis han siger de har valgt en anden?")  # AK041: a no that may come
    assert "tak for samtalen" in reply and "Så er der ikke mere at følge op på" not in reply
    assert not coach.tracker(me)["slots"].get("application_closed")


def test_questions_before_the_mail_get_their_answers_and_record_nothing(coach):
    """The newcomer trial: "skal jeg også ringe hvis han ikke svarer på mail?" got general channel advice."""
    me = coach.new_sender()
    coach.said(me, "Samtale i tirsdags som lagermedarbejder hos Coop, svar senest fredag. Jeg skriver en mail")
    reply = coach.said(me, "skal jeg også ringe hvis han ikke svarer på mail?")
    # "senest fredag", said now: Friday 4 December; R1 + 4 days; R4: three days after that follow-up
    assert "tirsdag den 8. december" in reply and "tidligst fredag den 11. december" in reply
    reply = coach.said(me, "og hvad skriver jeg under med, bare fornavn?")
    assert "fulde navn" in reply and "Med venlig hilsen" in reply
    reply = coach.said(me, "kan jeg ikke bare skrive på mandag i stedet?")  # 30 November, before the plan's day
    assert reply.startswith("Vent helst til tirsdag den 8. december.")
    slots = coach.tracker(me)["slots"]
    assert slots["followup_attempts"] == 0 and slots["contact_channel"] == "email"


def test_no_answer_report_moves_the_plan(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg havde samtale den 2. november som pædagog og vil gerne ringe. De sagde intet om hvornår")
    reply = coach.said(me, "jeg ringede i går men fik ikke svar")
    slots = coach.tracker(me)["slots"]
    assert slots["followup_attempts"] == 1 and slots["last_attempt_date"] == "2026-11-27"
    assert slots["followup_date"] == "2026-11-30" and "mandag den 30. november" in reply


def test_the_http_api_needs_the_token(coach):
    me = coach.new_sender()
    coach.said(me, "Hej")
    with pytest.raises(urllib.error.HTTPError) as refused:
        coach.tracker(me, token=None)
    assert refused.value.code in (401, 403)
    with pytest.raises(urllib.error.HTTPError):
        coach.tracker(me, token="wrong")


def test_conversation_is_stored_in_sqlite(coach):
    me = coach.new_sender()
    coach.said(me, "Hej, jeg var til samtale i går som sygeplejerske")
    with sqlite3.connect(coach.tracker_db) as db:
        rows = db.execute("select count(*) from events where sender_id = ?", (me,)).fetchone()[0]
    assert rows > 0
    assert coach.tracker(me)["slots"]["role"] == "sygeplejerske"


def test_the_employer_keeps_the_users_capitals(coach):
    """Training examples typed in lower case ("til novozymes") must not lower-case the employer the user
    capitalised: it is what the e-mail says."""
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som laborant hos Novozymes")
    assert coach.tracker(me)["slots"]["company"] == "Novozymes"
    other = coach.new_sender()
    coach.said(other, "samtale i tirsdags som lagermedarbejder hos DSV")
    assert coach.tracker(other)["slots"]["company"] == "DSV"
