"""The ways real job seekers open and answer (issue 14's nine behaviours), over REST.

Today is Saturday 28 November 2026 (the session's COACH_TODAY): Tuesday was 24 November.
"""

import json
import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


def slots(coach, me):
    return coach.tracker(me)["slots"]


def asked(coach, me):
    return slots(coach, me).get("requested_slot")


def test_an_interview_and_no_news_since_is_the_main_story_not_an_attempt(coach):
    me = coach.new_sender()
    reply = coach.said(me, "Jeg var til samtale for ti dage siden og har stadig ikke hørt fra dem")
    state = slots(coach, me)
    assert state["interview_date"] == "2026-11-18" and state["followup_attempts"] == 0
    assert "noteret" not in reply and "Hvornår var" not in reply  # no attempt recorded, the date kept
    assert asked(coach, me) == "role"
    coach.said(me, "lagermedarbejder")
    assert slots(coach, me)["role"] == "lagermedarbejder"  # the next answer is not lost either


@pytest.mark.parametrize("answer, expected", [("20/11", "2026-11-20"), ("3/11-2026", "2026-11-03"),
                                              ("2026-11-20", "2026-11-20")])
def test_a_bare_date_is_an_answer(coach, answer, expected):
    me = coach.new_sender()
    coach.said(me, "hej")
    reply = coach.said(me, answer)
    assert "ord" not in reply  # not "Jeg forstår bedst ord"
    assert slots(coach, me)["interview_date"] == expected


@pytest.mark.parametrize("opening, day", [("Jeg skal til samtale på torsdag", "2026-12-03"),
                                          ("har samtale i morgen kl 9 som kok", "2026-11-29")])
def test_an_interview_ahead_gets_the_before_the_interview_advice(coach, opening, day):
    me = coach.new_sender()
    reply = coach.said(me, opening)
    state = slots(coach, me)
    assert state["interview_date"] == day
    assert "Du skal ikke følge op endnu" in reply and state["followup_date"] is None


@pytest.mark.parametrize("answer", ["aner det ikke", "ved det ikke", "det fik jeg ikke spurgt om",
                                    "kan ikke huske det", "det nævnte de vist ikke", "nope"])
def test_not_knowing_the_deadline_means_no_date(coach, answer):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    coach.said(me, "ringe")
    assert asked(coach, me) == "deadline"
    reply = coach.said(me, answer)
    assert slots(coach, me)["deadline"] == "ingen"
    assert "Følg op tirsdag den 1. december" in reply


def test_no_question_is_asked_three_times_in_the_same_words(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    coach.said(me, "ringe")
    finals = []
    for nonsense in ("blå", "måske", "tja", "hmm"):
        reply = coach.say(me, nonsense)
        finals.append(reply[-1]["text"])
    assert all(finals[i] != finals[i + 1] or finals[i + 1] != finals[i + 2] for i in range(len(finals) - 2))
    assert slots(coach, me)["deadline"] == "ingen"  # asked in other words, then R2's default
    assert coach.tracker(me).get("active_loop", {}).get("name") != "followup_form"


def test_a_yes_that_names_the_channel_answers_the_channel_question(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef")
    assert asked(coach, me) == "contact_channel"
    coach.said(me, "ja, jeg ringer nok")
    assert slots(coach, me)["contact_channel"] == "telefon"


def test_attempts_and_every_other_fact_in_the_opening_are_kept(coach):
    me = coach.new_sender()
    reply = coach.said(me, "Jeg var til samtale i mandags som kontorchef hos Novo Nordisk og har ringet "
                           "to gange siden, sidst i torsdags. Jeg vil helst ringe igen.")
    state = slots(coach, me)
    assert state["interview_date"] == "2026-11-23" and state["followup_attempts"] == 2
    assert state["last_attempt_date"] == "2026-11-26" and state["contact_channel"] == "telefon"
    assert asked(coach, me) == "deadline"
    reply = coach.said(me, "ingen frist")
    assert "to gange" in reply or "Kontakt ikke den samme person igen" in reply  # R5


def test_a_cued_deadline_fills_the_deadline_while_the_interview_day_is_asked(coach):
    me = coach.new_sender()
    coach.said(me, "hej")
    assert asked(coach, me) == "interview_date"
    reply = coach.said(me, "svarfristen var i går")
    assert slots(coach, me)["deadline"] == "2026-11-27"
    assert "kunne jeg ikke læse" not in reply


def test_a_correction_after_a_refused_deadline_corrects_the_deadline(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef, jeg vil ringe")
    reply = coach.said(me, "de svarer senest den 20. november")
    assert "før samtalen" in reply
    coach.said(me, "ups, det var d. 2/12")
    state = slots(coach, me)
    assert (state["interview_date"], state["deadline"]) == ("2026-11-24", "2026-12-02")


def test_a_pronoun_is_never_the_contact_name(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef. Hun hedder noget med M")
    coach.said(me, "mail")
    reply = coach.said(me, "Han sagde de ville vende tilbage, men ikke hvornår")
    assert slots(coach, me)["contact_name"] is None
    assert "Kære Han" not in reply and "Kære Hun" not in reply


def post_raw(coach, body: bytes):
    request = urllib.request.Request(f"{coach.rasa_url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, None


@pytest.mark.parametrize("body", [b"[1,2]", b'"hej"', b"null", b"", b"{not json", b'{"sender": "x", "message": 5}'])
def test_a_body_that_is_not_a_message_gets_400(coach, body):
    status, _ = post_raw(coach, body)
    assert status == 400


def test_a_megabyte_and_lone_surrogates_get_a_danish_reply(coach):
    me = coach.new_sender()
    status, reply = post_raw(coach, json.dumps({"sender": me, "message": "x" * (1 << 20)}).encode())
    assert status == 200 and "for lang" in " ".join(m.get("text", "") for m in reply)
    status, reply = post_raw(coach, b'{"sender": "%s", "message": "hej \\ud800 med dig"}' % me.encode())
    assert status == 200 and reply


def test_my_own_name_after_the_plan_is_not_the_contact_person(coach):
    me = coach.new_sender()
    coach.said(me, "Jeg var til samtale i tirsdags som kontorchef, jeg vil skrive, og de sagde ingen frist")
    reply = coach.said(me, "jeg hedder Birthe Lund")
    state = slots(coach, me)
    assert state["user_name"] == "Birthe Lund" and state["contact_name"] is None
    assert "Kære Birthe Lund" not in reply


def test_facts_in_a_question_to_the_coach_are_kept_while_the_form_asks(coach):
    """Rasa resumes a form after a question without reading it again; the facts pass reads it."""
    me = coach.new_sender()
    coach.said(me, "var til samtale i tirsdags")
    assert asked(coach, me) == "role"
    coach.said(me, "kan du også lave en mail til mig? jeg skriver hellere end at ringe")
    assert slots(coach, me)["contact_channel"] == "email"
    coach.said(me, "ekspedient i Føtex")  # Danish, whatever the classifier learnt from English
    state = slots(coach, me)
    assert (state["role"], state["company"]) == ("ekspedient", "Føtex")


def test_a_message_only_misread_as_start_over_keeps_everything(coach):
    me = coach.new_sender()
    coach.said(me, "var til samtale i tirsdags som kok")
    coach.said(me, "kom lige hjem fra en anden samtale 🙈")  # an intent guess, not a request
    assert slots(coach, me)["role"] == "kok"
    reply = coach.said(me, "start forfra")  # asked first: a case was told (s31b lost a plan to it)
    assert "forfra" in reply and slots(coach, me)["role"] == "kok"
    coach.said(me, "ja")
    assert slots(coach, me)["role"] is None


def test_an_interview_said_as_a_week_asks_which_day(coach):
    me = coach.new_sender()
    reply = coach.said(me, "var til samtale i sidste uge og har ikke hørt noget")
    assert "hvilken dag" in reply.lower()
    coach.said(me, "onsdag")
    assert slots(coach, me)["interview_date"] == "2026-11-18"


def test_a_weekday_that_does_not_fit_the_date_gets_a_question_and_not_knowing_takes_the_later_day(coach):
    me = coach.new_sender()
    reply = coach.said(me, "var til samtale i mandags d. 24. som kok")  # the 24th was a Tuesday
    assert "passer ikke helt sammen" in reply and slots(coach, me)["interview_date"] is None
    coach.said(me, "mandag")
    assert slots(coach, me)["interview_date"] == "2026-11-23"
    other = coach.new_sender()
    coach.said(other, "var til samtale i mandags d. 24. som kok")
    reply = coach.said(other, "nope")
    assert slots(coach, other)["interview_date"] == "2026-11-24" and "regner jeg med" in reply


def test_word_from_the_employer_with_a_new_answer_day_moves_the_plan(coach):
    me = coach.new_sender()
    coach.said(me, "var til samtale i tirsdags som kok, de ville svare onsdag d. 25. Jeg ringer helst")
    assert slots(coach, me)["followup_date"] == "2026-11-30"
    reply = coach.said(me, "Mette har lige skrevet at hun svarer først på fredag")
    state = slots(coach, me)
    assert state["deadline"] == "2026-12-04" and state["followup_date"] == "2026-12-08"
    assert state["followup_attempts"] == 0 and "Hvor godt" not in reply
