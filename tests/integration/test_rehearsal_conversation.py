"""Rehearsing the call over REST: the coach plays reception and the contact, then scores the call."""

import itertools

import pytest

from coach.rehearsal import pick_situation, seed_for

pytestmark = pytest.mark.integration

FACTS = ("Jeg var til samtale i onsdags kl 9 som kontorchef hos Novo Nordisk. Jeg talte med Mette Hansen, "
         "jeg hedder Ole Jensen, jeg vil ringe, og de sagde ingen frist")
GOOD_OPENING = "Hej, det er Ole Jensen. Jeg var til jobsamtale hos jer onsdag. Må jeg tale med Mette Hansen?"
GOOD_STATUS = ("Hej Mette, det er Ole Jensen. Jeg var til samtale hos jer onsdag den 25. november om stillingen "
               "som kontorchef. Har du haft mulighed for at kigge på min ansøgning?")


def sender_in(situation: str) -> str:
    """A conversation id whose seed makes the coach play `situation` first."""
    for i in itertools.count():
        sender = f"test-rehearsal-{situation}-{i}"
        if pick_situation(seed_for(sender)) == situation:
            return sender


def rehearse(coach, situation: str) -> str:
    me = sender_in(situation)
    assert "Følg op" in coach.said(me, FACTS)
    reply = coach.said(me, "øv opkaldet")
    # reception answers with the company's name; a later round (the same sender in another test) by another person
    assert "Novo Nordisk" in reply and any(name in reply for name in ("Lone", "Mads", "Sanne"))
    assert coach.tracker(me)["active_loop"]["name"] == "rehearsal_form"
    return me


def test_a_good_rehearsal_scores_seven_of_seven(coach):
    me = rehearse(coach, "undecided")
    assert "stiller jeg dig om til Mette Hansen" in coach.said(me, GOOD_OPENING)
    assert "ikke besluttet" in coach.said(me, GOOD_STATUS)
    coach.said(me, "Det forstår jeg godt. Hvornår tror du, jeg kan regne med at høre fra jer?")
    summary = coach.said(me, "Tusind tak for din tid. Hav en god dag.")
    assert "Resultat: 7 af 7" in summary
    assert not coach.tracker(me)["active_loop"]


def test_a_poor_rehearsal_gets_concrete_advice(coach):
    me = rehearse(coach, "undecided")
    assert "Hvem taler jeg med" in coach.said(me, "hej kan jeg snakke med mette")
    coach.said(me, "det er ole, det handler om min ansøgning")
    coach.said(me, "hvorfor har I ikke ringet?? jeg har 10 års erfaring og er den bedste til jobbet")
    summary = coach.said(me, "stop")
    assert "Resultat:" in summary and "7 af 7" not in summary
    assert "Det vigtigste at øve næste gang" in summary
    assert "kontorchef" in summary.split("Det vigtigste at øve næste gang")[1]  # examples use the user's role


def test_stopping_midway_keeps_the_facts_and_allows_a_new_round(coach):
    me = rehearse(coach, "call_back")
    summary = coach.said(me, "stop")
    # Stopped before the first line: nothing is judged, no score (issue #16).
    assert "stopper øvelsen" in summary and "Du nåede ikke at sige noget" in summary and "Resultat:" not in summary
    tracker = coach.tracker(me)
    assert not tracker["active_loop"]
    assert tracker["slots"]["role"] == "kontorchef" and tracker["slots"]["followup_date"] == "2026-12-02"
    again = coach.said(me, "en gang til")
    if pick_situation(seed_for(me), exclude="call_back", round_no=1) == "voicemail":
        assert "læg en besked efter tonen" in again  # the contact's answering machine, in a later round
    else:
        assert "du taler med Mads" in again  # a new call: another receptionist answers
    assert coach.tracker(me)["slots"]["rehearsal_state"]["situation"] != "call_back"


def test_a_rejection_answered_gracefully(coach):
    me = rehearse(coach, "filled")
    coach.said(me, GOOD_OPENING)
    assert "valgt en anden" in coach.said(me, GOOD_STATUS)
    replies = coach.said(me, "Det er jeg ked af at høre, men tak fordi du siger det. Held og lykke med "
                             "ansættelsen, og hvis der kommer andre stillinger, er jeg stadig interesseret.")
    if "Resultat:" not in replies:  # the contact may say one more line before the call ends
        replies = coach.said(me, "stop")
    assert "Du tog pænt imod afslaget" in replies
