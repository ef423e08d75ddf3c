"""Reminders on Telegram end to end: offered after the plan, stored in the tracker store's database,
fired by the worker (reminders/worker.py) through Rasa's trigger_intent at the chosen local time,
answered with the quick replies. The clock is the worker's `now`: nobody waits for a real day."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import List

import pytest

from coach.reminders import CHECKIN, FOLLOWUP, TZ
from devkit.servers import (
    MODEL,
    ROOT,
    free_port,
    server_env,
    start_action_server,
    start_rasa,
    stop,
    url,
    wait_until_ready,
)
from reminders.store import ReminderStore
from reminders.worker import Worker
from tests.integration.conftest import API_TOKEN, TELEGRAM_BOT_NAME, TELEGRAM_SECRET, TELEGRAM_TOKEN, Coach
from tests.integration.fake_telegram import Call
from tests.integration.test_telegram import Chat, texts

pytestmark = pytest.mark.integration

REMINDER_BUTTONS = ["Det er gjort", "Ikke endnu — mind mig i morgen", "Jeg har fået svar"]


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def store_of(coach: Coach) -> ReminderStore:
    return ReminderStore(f"sqlite:///{coach.tracker_db}")


def tick(coach: Coach, now: str, rasa_url: str | None = None) -> List[str]:
    """One round of the worker at `now` (Copenhagen time); the ids it delivered."""
    return Worker(store_of(coach), rasa_url or coach.rasa_url, API_TOKEN).tick(at(now)).delivered


def titles(call: Call) -> List[str]:
    return [b["text"] for row in call.keyboard for b in row]


def plan_on_telegram(me: Chat) -> List[Call]:
    """Interview last Tuesday (24 Nov), no deadline: follow up Tuesday 1 December (today is 28 Nov)."""
    me.send("/start")
    me.send("i tirsdags")
    me.send("kontorchef hos Novo Nordisk")
    me.send("ringe")
    return me.send("ingen frist")


def reminders_of(coach: Coach, me: Chat):
    return store_of(coach).pending(me.sender)


def test_the_reminder_is_offered_and_fires_on_the_day_at_the_chosen_time_once(coach):
    me = Chat(coach)
    sent = plan_on_telegram(me)
    assert "Følg op tirsdag den 1. december" in texts(sent)
    offer = sent[-1]
    assert offer.params["text"].startswith("Skal jeg minde dig om det tirsdag den 1. december kl. 9?")
    assert titles(offer) == ["Ja tak", "Et andet tidspunkt", "Nej tak"]

    assert "Hvornår på dagen" in texts(me.click(sent, "Et andet tidspunkt"))
    assert "jeg skriver til dig tirsdag den 1. december kl. 14" in texts(me.send("kl. 14"))
    [reminder] = reminders_of(coach, me)
    assert (reminder.kind, reminder.local_due) == (FOLLOWUP, at("2026-12-01T14:00"))
    assert "tirsdag den 1. december kl. 14" in texts(me.send("hvilke påmindelser har jeg?"))

    since = coach.telegram.mark()
    assert reminder.id not in tick(coach, "2026-12-01T13:59")
    assert coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since) == []
    assert reminder.id in tick(coach, "2026-12-01T14:00")
    sent = coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
    reply = texts(sent)
    assert reply.startswith("Påmindelse: i dag er dagen")
    assert "Det drejede sig om stillingen som kontorchef." in reply  # the script again (to them: no "hos …")
    assert "Ring til din kontaktperson hos Novo Nordisk" in sent[-1].params["text"]  # the essentials
    assert "Jeg var til jobsamtale hos jer tirsdag den 24. november" in sent[-1].params["text"]
    assert titles(sent[-1]) == REMINDER_BUTTONS

    # Exactly once, and the conversation shows what was sent.
    since = coach.telegram.mark()
    assert reminder.id not in tick(coach, "2026-12-01T14:05")
    assert coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since) == []
    events = coach.tracker(me.sender)["events"]
    triggered = [e for e in events if e["event"] == "user" and e.get("text") == "EXTERNAL: recall_followup"]
    assert len(triggered) == 1
    assert any(e["event"] == "bot" and (e.get("text") or "").startswith("Påmindelse") for e in events)

    # No answer from the user: one check-in a day later, at the same time; never a second one.
    [checkin] = reminders_of(coach, me)
    assert (checkin.kind, checkin.local_due) == (CHECKIN, at("2026-12-02T14:00"))
    assert checkin.id not in tick(coach, "2026-12-02T13:59")
    since = coach.telegram.mark()
    assert checkin.id in tick(coach, "2026-12-02T14:00")
    sent = coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
    assert len(sent) == 1 and "Hvordan gik det, da du tirsdag den 1. december fulgte op" in sent[0].params["text"]
    assert titles(sent[0]) == REMINDER_BUTTONS
    assert reminders_of(coach, me) == []
    since = coach.telegram.mark()
    tick(coach, "2026-12-09T14:00")
    assert coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since) == []


def test_snooze_then_done_then_no_answer_moves_the_plan_on(coach):
    me = Chat(coach)
    me.click(plan_on_telegram(me), "Ja tak")
    [reminder] = reminders_of(coach, me)
    since = coach.telegram.mark()
    tick(coach, "2026-12-01T09:00")
    sent = coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since)

    reply = texts(me.click(sent, "Ikke endnu — mind mig i morgen"))
    assert "i morgen, onsdag den 2. december kl. 9" in reply
    [snoozed] = reminders_of(coach, me)  # the check-in is gone, the follow-up moved
    assert (snoozed.kind, snoozed.local_due) == (FOLLOWUP, at("2026-12-02T09:00"))

    since = coach.telegram.mark()
    assert snoozed.id in tick(coach, "2026-12-02T09:00")
    sent = coach.telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
    sent = me.click(sent, "Det er gjort")
    assert "Godt gået" in texts(sent) and titles(sent[-1]) == ["Jeg har fået svar", "Ingen svar endnu", "De sagde nej"]
    assert reminders_of(coach, me) == []  # no check-in after an answer

    reply = texts(me.send("Jeg har ikke fået svar"))
    assert "1. opfølgning uden svar" in reply
    # The attempt is dated from the reminder's day (Wed 2 Dec), not from the servers' fixed 28 Nov:
    # three days later is Saturday, so the second follow-up is on Monday 7 December (R4, R3).
    assert "Følg op mandag den 7. december" in reply
    assert "Skal jeg minde dig om det" in reply  # the second attempt (R4), offered again
    slots = coach.tracker(me.sender)["slots"]
    assert (slots["followup_attempts"], slots["last_attempt_date"]) == (1, "2026-12-02")


def test_no_reminder_after_slet_pamindelsen_a_rejection_or_glem_mig(coach):
    # Cancelled by the user.
    me = Chat(coach)
    me.click(plan_on_telegram(me), "Ja tak")
    assert len(reminders_of(coach, me)) == 1
    assert "Jeg har slettet din påmindelse" in texts(me.send("slet påmindelsen"))
    assert "ingen påmindelser" in texts(me.send("hvilke påmindelser har jeg?"))

    # Cancelled by a rejection.
    rejected = Chat(coach)
    rejected.click(plan_on_telegram(rejected), "Ja tak")
    rejected.send("de sagde nej")
    assert reminders_of(coach, rejected) == []

    # Deleted with the conversation.
    forgotten = Chat(coach)
    forgotten.click(plan_on_telegram(forgotten), "Ja tak")
    forgotten.click(forgotten.send("glem mig"), "Ja, slet alt")
    assert reminders_of(coach, forgotten) == []

    since = coach.telegram.mark()
    tick(coach, "2026-12-01T09:00")
    for chat in (me, rejected, forgotten):
        assert coach.telegram.calls_to("sendMessage", chat_id=chat.sender, since=since) == []


def test_declining_and_the_web_chat_get_no_reminder(coach):
    me = Chat(coach)
    reply = texts(me.click(plan_on_telegram(me), "Nej tak"))
    assert "så minder jeg dig ikke om det" in reply
    assert reminders_of(coach, me) == []
    # A yes later is an ordinary yes again.
    assert "Er der andet, jeg kan hjælpe med?" in texts(me.send("ja"))

    web = coach.new_sender()
    for line in ("Hej", "i tirsdags", "kontorchef", "ringe"):
        coach.say(web, line)
    assert "Skal jeg minde dig" not in coach.said(web, "ingen frist")
    assert "Er der andet, jeg kan hjælpe med?" in coach.said(web, "ja")
    assert "Hej, det er Ole Jensen." in coach.said(web, "jeg hedder Ole Jensen")  # facts still reach the form


def test_a_fact_instead_of_an_answer_to_the_offer_goes_to_the_form(coach):
    me = Chat(coach)
    plan_on_telegram(me)
    reply = texts(me.send("min kontakt hedder Mette Hansen"))
    assert "Hej Mette" in reply and "Skal jeg minde dig om det tirsdag den 1. december kl. 9?" in reply
    assert reminders_of(coach, me) == []
    assert "kl. 8.30" in texts(me.send("klokken 8.30"))
    assert reminders_of(coach, me)[0].local_due == at("2026-12-01T08:30")


def test_the_worker_command_line(coach):
    me = Chat(coach)
    me.click(plan_on_telegram(me), "Ja tak")
    [reminder] = reminders_of(coach, me)
    env = {**os.environ, "COACH_TRACKER_DB": str(coach.tracker_db), "COACH_API_TOKEN": API_TOKEN,
           "COACH_NOW": "2026-12-01T09:00"}
    env.pop("COACH_REMINDER_DB_URL", None)
    env.pop("COACH_TODAY", None)
    done = subprocess.run([sys.executable, "-m", "reminders.worker", "--once",
                           "--rasa-url", coach.rasa_url], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert reminder.id in json.loads(done.stdout.strip().splitlines()[-1])["delivered"]
    assert coach.telegram.wait_for("sendMessage", chat_id=me.sender, timeout=5)


# --- restart and two Rasa servers: a stack of our own on one SQLite file ----------------------

class Stack:
    """An action server and Rasa server(s) with COACH_TODAY=`today`, on a shared tracker database."""

    def __init__(self, work: Path, fake, today: str, rasa_servers: int = 1) -> None:
        self.work, self.fake = work, fake
        self.action_port = free_port()
        self.rasa_ports = [free_port() for _ in range(rasa_servers)]
        self.env = server_env(work / "tracker.db", self.action_port, today, TELEGRAM_TOKEN=TELEGRAM_TOKEN,
                              TELEGRAM_SECRET=TELEGRAM_SECRET, TELEGRAM_BOT_NAME=TELEGRAM_BOT_NAME,
                              TELEGRAM_API_URL=fake.base_url)
        self.env.pop("TELEGRAM_WEBHOOK_URL", None)
        self.env.pop("COACH_REMINDER_DB_URL", None)
        self.processes: list = []

    def __enter__(self) -> Stack:
        tag = self.env["COACH_TODAY"]
        log = self.work / f"actions-{tag}.log"
        actions = start_action_server(self.env, log)
        self.processes.append(actions)
        servers = []
        for n, port in enumerate(self.rasa_ports):
            rasa_log = self.work / f"rasa-{tag}-{n}.log"
            servers.append((start_rasa(self.env, port, rasa_log, token=API_TOKEN), port, rasa_log))
        self.processes.extend(p for p, _, _ in servers)
        wait_until_ready(url(self.action_port, "/health"), actions, log)
        for process, port, rasa_log in servers:
            wait_until_ready(url(port, "/"), process, rasa_log)
        return self

    def __exit__(self, *exc) -> None:
        stop(*reversed(self.processes))

    def coach(self, n: int = 0) -> Coach:
        return Coach(url(self.rasa_ports[n]), url(self.action_port), self.work / "tracker.db", {}, telegram=self.fake)


def test_a_reminder_survives_a_restart_and_fires_once_with_two_rasa_servers(tmp_path, fake_telegram):
    if not MODEL.exists():
        pytest.fail("No trained model: run `make train`.")
    # Saturday 28 November: the plan, and the reminder for Tuesday 1 December at 9.
    with Stack(tmp_path, fake_telegram, "2026-11-28") as before:
        me = Chat(before.coach())
        assert "kl. 9" in texts(me.click(plan_on_telegram(me), "Ja tak"))
    # Both servers stopped. Tuesday: the action server and two Rasa servers on the same database.
    with Stack(tmp_path, fake_telegram, "2026-12-01", rasa_servers=2) as after:
        first, second = after.coach(0), after.coach(1)
        [reminder] = store_of(first).pending(me.sender)
        since = fake_telegram.mark()
        delivered: list = []
        barrier = threading.Barrier(2)

        def worker(coach: Coach) -> None:
            barrier.wait()
            delivered.extend(tick(coach, "2026-12-01T09:00"))

        threads = [threading.Thread(target=worker, args=(c,)) for c in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert delivered.count(reminder.id) == 1
        sent = fake_telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
        assert sum(c.params["text"].startswith("Påmindelse") for c in sent) == 1
        assert sum(titles(c) == REMINDER_BUTTONS for c in sent) == 1

        # The second-attempt path, on Tuesday: done, no answer -> Friday 4 December (R4), reminded again.
        me.coach = first
        sent = me.click(sent, "Det er gjort")
        sent = me.click(sent, "Ingen svar endnu")
        reply = texts(sent)
        assert "Følg op fredag den 4. december" in reply
        assert sent[-1].params["text"].startswith("Skal jeg minde dig om det fredag den 4. december kl. 9?")
        me.click(sent, "Ja tak")
        [second_attempt] = store_of(first).pending(me.sender)
        assert second_attempt.local_due == at("2026-12-04T09:00")
        since = fake_telegram.mark()
        assert tick(second, "2026-12-04T09:00") == [second_attempt.id]
        sent = fake_telegram.calls_to("sendMessage", chat_id=me.sender, since=since)
        assert titles(sent[-1]) == REMINDER_BUTTONS

        # A rejection ends it: the pending check-in is cancelled and never sent.
        assert "ked af" in texts(me.send("de sagde nej"))
        since = fake_telegram.mark()
        tick(first, "2026-12-08T09:00")
        assert fake_telegram.calls_to("sendMessage", chat_id=me.sender, since=since) == []
