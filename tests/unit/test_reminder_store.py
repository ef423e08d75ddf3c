"""The reminders' storage (reminders/store.py) on SQLite: durable, and each reminder claimed once."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest

from coach.reminders import CANCELLED, CHECKIN, FAILED, PENDING, SENDING, SENT, Reminder, at_local
from reminders.store import LEASE, MAX_TRIES, ReminderStore, database_url

NINE = at_local(date(2026, 12, 4), time(9, 0))


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'tracker.db'}"


def test_the_url_follows_the_tracker_store(monkeypatch, tmp_path):
    monkeypatch.delenv("COACH_REMINDER_DB_URL", raising=False)
    monkeypatch.setenv("COACH_TRACKER_DB", str(tmp_path / "t.db"))
    assert database_url() == f"sqlite:///{tmp_path / 't.db'}"
    monkeypatch.setenv("COACH_REMINDER_DB_URL", "postgresql://coach@db/coach")
    assert database_url() == "postgresql://coach@db/coach"


def test_reminders_survive_a_new_store_on_the_same_file(url):
    ReminderStore(url).add(Reminder("42", NINE))
    again = ReminderStore(url)  # as after a restart
    [stored] = again.pending("42")
    assert stored.local_due == NINE and stored.status == PENDING and stored.channel == "telegram"


def test_due_only_from_its_minute(url):
    store = ReminderStore(url)
    store.add(Reminder("42", NINE))
    assert store.due(NINE - timedelta(minutes=1)) == []
    assert [r.conversation_id for r in store.due(NINE)] == ["42"]


def test_one_claim_wins_among_many_workers(url):
    store = ReminderStore(url)
    reminder = store.add(Reminder("42", NINE))
    wins, barrier = [], threading.Barrier(8)

    def work(n):
        mine = ReminderStore(url)  # every worker has its own engine, as separate processes would
        barrier.wait()
        if mine.claim(reminder, f"w{n}", NINE):
            wins.append(n)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(wins) == 1
    assert store.get(reminder.id).status == SENDING
    assert store.due(NINE + timedelta(minutes=1)) == []  # claimed: not due for anyone else


def test_the_delivery_guard_speaks_once(url):
    store = ReminderStore(url)
    reminder = store.add(Reminder("42", NINE))
    assert not store.mark_delivered(reminder.id)  # not claimed yet
    assert store.claim(reminder, "w", NINE)
    assert store.mark_delivered(reminder.id)
    assert not store.mark_delivered(reminder.id)
    assert not store.finish(reminder.id, SENT)  # the action did it already
    assert store.get(reminder.id).status == SENT
    assert store.latest_sent("42").id == reminder.id


def test_an_abandoned_delivery_is_taken_over_after_the_lease(url):
    store = ReminderStore(url)
    reminder = store.add(Reminder("42", NINE))
    assert store.claim(reminder, "dead worker", NINE)
    assert store.due(NINE + LEASE - timedelta(seconds=1)) == []
    [abandoned] = store.due(NINE + LEASE + timedelta(seconds=1))
    assert store.claim(abandoned, "new worker", NINE + LEASE + timedelta(seconds=1))
    assert not store.claim(abandoned, "third worker", NINE + LEASE + timedelta(seconds=1))


def test_a_failed_delivery_is_retried_then_given_up(url):
    store = ReminderStore(url)
    reminder = store.add(Reminder("42", NINE))
    for _ in range(MAX_TRIES - 1):
        assert store.claim(store.get(reminder.id), "w", NINE) and store.release(reminder.id)
        assert store.get(reminder.id).status == PENDING
    assert store.claim(store.get(reminder.id), "w", NINE) and store.release(reminder.id)
    assert store.get(reminder.id).status == FAILED


def test_cancel_and_forget(url):
    store = ReminderStore(url)
    first = store.add(Reminder("42", NINE))
    store.add(Reminder("42", NINE + timedelta(days=1), kind=CHECKIN))
    store.add(Reminder("other", NINE))
    assert store.cancel_pending("42", kinds=[CHECKIN]) == 1
    assert [r.id for r in store.pending("42")] == [first.id]
    assert store.cancel_pending("42") == 1
    assert store.pending("42") == [] and store.get(first.id).status == CANCELLED
    assert store.delete_conversation("42") == 2
    assert store.get(first.id) is None and len(store.pending("other")) == 1
