"""Bad input over REST gets a clear Danish reply, and no slot already given is lost."""

import json
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def post_raw(coach, body: bytes) -> int:
    request = urllib.request.Request(f"{coach.rasa_url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.fixture
def half_done(coach):
    """A conversation where the interview day and the role are known and the channel is asked for."""
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    assert coach.tracker(me)["slots"]["requested_slot"] == "contact_channel"
    return me


@pytest.mark.parametrize("message, expected", [
    ("", "tom"),
    ("   ", "tom"),
    ("😀😀😀", "ord"),
    ("I had an interview yesterday", "kun dansk"),
    ("Ich hatte gestern ein Vorstellungsgespräch", "kun dansk"),
    ("a" * 10_000, "for lang"),
    ("{{7*7}}", "ord"),
])
def test_bad_input_gets_danish_reply_and_keeps_the_slots(coach, half_done, message, expected):
    reply = coach.said(half_done, message)
    assert expected in reply
    assert "ringe eller ved at skrive" in reply  # the form asks its question again
    slots = coach.tracker(half_done)["slots"]
    assert (slots["interview_date"], slots["role"]) == ("2026-11-24", "kontorchef")
    assert slots["company"] is None  # "I" or a German word is not taken for an employer


def test_html_is_just_text(coach, half_done):
    reply = coach.said(half_done, "<script>alert(1)</script>")
    assert "ringe eller ved at skrive" in reply
    assert coach.tracker(half_done)["slots"]["role"] == "kontorchef"


def test_impossible_date_is_questioned(coach):
    me = coach.new_sender()
    coach.said(me, "hej")
    assert "findes ikke" in coach.said(me, "den 31. februar")
    assert coach.tracker(me)["slots"]["interview_date"] is None


def test_broken_json_and_utf8_do_not_break_the_conversation(coach, half_done):
    assert post_raw(coach, b'{"sender": "x", "message": "\xff\xfe broken') >= 400
    status = post_raw(coach, json.dumps({"sender": half_done, "message": "ring\u0000\u0007e"}).encode())
    assert status == 200
    assert coach.tracker(half_done)["slots"]["role"] == "kontorchef"


def test_a_bounded_burst_of_random_messages_leaves_the_server_answering(coach):
    import random

    rng = random.Random(20261128)
    alphabet = "abcæøå ÆØÅ0123456789.,:;!?-/<>{}[]()'\"\\\n\t🙂👍€" + "".join(chr(c) for c in range(0x20))
    me = coach.new_sender()
    coach.said(me, "jeg var til samtale i tirsdags som kontorchef")
    for _ in range(40):  # bounded: 40 messages, each at most 300 characters
        message = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        assert post_raw(coach, json.dumps({"sender": me, "message": message}).encode()) == 200
    slots = coach.tracker(me)["slots"]
    assert slots["interview_date"] == "2026-11-24"
    assert "Hvornår var din jobsamtale" in coach.said(coach.new_sender(), "hej")


def test_a_500_character_role_is_questioned(coach):
    me = coach.new_sender()
    coach.said(me, "jeg var til samtale i tirsdags")
    reply = coach.said(me, "stillingen som " + "meget lang titel " * 30)
    assert "Hvilken stilling" in reply  # a Danish reply, then the question again
    assert coach.tracker(me)["slots"]["role"] is None


def test_corrections_during_the_form_and_after_the_plan_update_slot_and_plan(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i mandags som kontorchef")
    coach.said(me, "ret rollen til projektleder")
    assert coach.tracker(me)["slots"]["role"] == "projektleder"
    assert "Følg op mandag den 30. november" in coach.said(me, "ringe og ingen frist")  # 23 Nov + 7 days
    reply = coach.said(me, "ret datoen, det var onsdag")
    slots = coach.tracker(me)["slots"]
    assert slots["interview_date"] == "2026-11-25" and slots["followup_date"] == "2026-12-02"
    assert "Følg op onsdag den 2. december" in reply


def test_a_deadline_before_the_interview_is_refused_in_danish(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef og vil ringe")
    reply = coach.said(me, "de svarer senest den 20. november")
    assert "før samtalen" in reply and coach.tracker(me)["slots"]["deadline"] is None


def test_out_of_scope_questions_get_what_the_coach_can_do(coach):
    me = coach.new_sender()
    coach.said(me, "hej")
    for question in ("hvordan bliver vejret i morgen?", "hvordan forhandler jeg løn?"):
        reply = coach.said(me, question)
        assert "følge op efter en jobsamtale" in reply
        # ... and the form asks for the day again (the third time in other words: no loop)
        assert "din jobsamtale" in reply and coach.tracker(me)["slots"]["requested_slot"] == "interview_date"
