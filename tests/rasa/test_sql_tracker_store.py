"""The coach's SQL tracker store (scaling/sql_tracker_store.py) against Rasa's own, on one file.

A conversation written by either store must come back from the other with the same events and
slots, the rows must be the ones Rasa writes, and only events of the latest session are read.
"""

from __future__ import annotations

import asyncio
import importlib
import sqlite3
from pathlib import Path

import pytest
from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import read_endpoint_config

from scaling.conversation_delete import delete_conversation
from scaling.sql_tracker_store import LeanSQLTrackerStore, event_class

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(ROOT / "domain.yml")
ROW = "select type_name, timestamp, intent_name, action_name, data from events where sender_id = ? order by id"


def run(coro):
    return asyncio.run(coro)


def stores(path: Path) -> tuple[SQLTrackerStore, LeanSQLTrackerStore]:
    return (SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(path)),
            LeanSQLTrackerStore(DOMAIN, dialect="sqlite", db=str(path)))


def follow_up_turns(sender: str, start: float = 1_700_000_000.0) -> list[Event]:
    """An opening, the interview date and the role, as the coach's form records them."""
    return [
        ActionExecuted("action_session_start", timestamp=start + 1),
        SessionStarted(timestamp=start + 1),
        ActionExecuted("action_listen", timestamp=start + 2),
        UserUttered("i tirsdags var jeg til samtale som kontorchef", timestamp=start + 3,
                    parse_data={"intent": {"name": "inform", "confidence": 0.93},
                                "entities": [{"entity": "job_role", "value": "kontorchef", "start": 32,
                                              "end": 42, "extractor": "CRFEntityExtractor"}]}),
        ActionExecuted("followup_form", timestamp=start + 4),
        ActiveLoop("followup_form", timestamp=start + 5),
        SlotSet("interview_date", "2026-11-24", timestamp=start + 6),
        SlotSet("role", "kontorchef", timestamp=start + 7),
        BotUttered("Skal du ringe eller skrive?", metadata={"utter_action": "utter_ask_channel"},
                   timestamp=start + 8),
        ActionExecuted("action_listen", timestamp=start + 9),
    ]


def tracker_of(sender: str, events: list[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, events, DOMAIN.slots)


def same_conversation(a: DialogueStateTracker, b: DialogueStateTracker) -> None:
    assert list(a.events) == list(b.events)
    assert a.current_slot_values() == b.current_slot_values()
    assert a.active_loop_name == b.active_loop_name
    assert a.latest_message.parse_data == b.latest_message.parse_data


@pytest.mark.parametrize("writer", ["rasa", "lean"])
def test_a_conversation_reads_back_the_same_from_either_store(tmp_path, writer):
    rasa_store, lean = stores(tmp_path / "tracker.db")
    written = tracker_of("u1", follow_up_turns("u1"))
    run((rasa_store if writer == "rasa" else lean).save(written))

    from_rasa, from_lean = run(rasa_store.retrieve("u1")), run(lean.retrieve("u1"))
    same_conversation(from_lean, from_rasa)
    assert from_lean.get_slot("role") == "kontorchef"
    assert from_lean.get_slot("interview_date") == "2026-11-24"
    assert from_lean.active_loop_name == "followup_form"


def test_rows_are_the_ones_rasa_writes_and_each_event_is_written_once(tmp_path):
    rasa_store, _ = stores(tmp_path / "rasa.db")
    _, lean = stores(tmp_path / "lean.db")
    events = follow_up_turns("u1")
    for store in (rasa_store, lean):  # two turns: the second save adds only the new events
        run(store.save(tracker_of("u1", events[:4])))
        tracker = run(store.retrieve("u1"))
        for event in events[4:]:
            tracker.update(event)
        run(store.save(tracker))
    with sqlite3.connect(tmp_path / "rasa.db") as a, sqlite3.connect(tmp_path / "lean.db") as b:
        rows = b.execute(ROW, ("u1",)).fetchall()
        assert rows == a.execute(ROW, ("u1",)).fetchall()
    assert len(rows) == len(events)


def test_only_the_latest_session_is_read_and_the_full_history_stays(tmp_path):
    rasa_store, lean = stores(tmp_path / "tracker.db")
    first = follow_up_turns("u1")
    tracker = tracker_of("u1", first)
    run(lean.save(tracker))
    later = follow_up_turns("u1", start=1_700_100_000.0)[:3]  # the user came back: a new session
    for event in later:
        tracker.update(event)
    run(lean.save(tracker))

    session = run(lean.retrieve("u1"))
    assert list(session.events) == later == list(run(rasa_store.retrieve("u1")).events)
    full = list(run(lean.retrieve_full_tracker("u1")).events)
    assert full == list(run(rasa_store.retrieve_full_tracker("u1")).events)
    assert [type(e) for e in full] == [type(e) for e in first + later]
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        assert db.execute("select count(*) from events").fetchone()[0] == len(first) + len(later)


def test_a_restart_keeps_its_events_and_clears_the_slots(tmp_path):
    rasa_store, lean = stores(tmp_path / "tracker.db")
    tracker = tracker_of("u1", [*follow_up_turns("u1"), Restarted(timestamp=1_700_000_100.0)])
    run(lean.save(tracker))
    back = run(lean.retrieve("u1"))
    assert back.get_slot("role") is None
    assert len(back.events) == len(tracker.events)
    same_conversation(back, run(rasa_store.retrieve("u1")))


def test_an_unknown_conversation_is_none_and_a_forgotten_one_is_gone(tmp_path):
    _, lean = stores(tmp_path / "tracker.db")
    assert run(lean.retrieve("nobody")) is None
    run(lean.save(tracker_of("u1", follow_up_turns("u1"))))
    run(lean.save(tracker_of("u2", follow_up_turns("u2"))))
    lean.delete("u1")  # what "glem mig" does
    assert run(lean.retrieve("u1")) is None
    assert run(lean.retrieve("u2")).get_slot("role") == "kontorchef"


def test_glem_mig_reaches_the_store_inside_rasas_wrappers(tmp_path):
    """channels/forget.py deletes through the store as Rasa's agent holds it."""
    stock, lean = stores(tmp_path / "tracker.db")
    run(lean.save(tracker_of("u1", follow_up_turns("u1"))))
    wrapped = FailSafeTrackerStore(AwaitableTrackerStore(lean))
    assert delete_conversation(wrapped, "u1") is True
    assert run(lean.retrieve("u1")) is None
    assert delete_conversation(FailSafeTrackerStore(AwaitableTrackerStore(stock)), "u1") is False  # cannot delete


def test_other_processes_see_every_saved_turn(tmp_path):
    """Write-ahead log: `make purge` and Rasa's tools read the file while the server holds it."""
    db = tmp_path / "tracker.db"
    _, lean = stores(db)
    run(lean.save(tracker_of("u1", follow_up_turns("u1"))))
    with sqlite3.connect(db) as other:
        assert other.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert other.execute("select count(*) from events where sender_id = 'u1'").fetchone()[0] == 10
        other.execute("delete from events where sender_id = 'u1'")
    assert run(lean.retrieve("u1")) is None


def test_every_event_type_resolves_to_the_class_rasa_picks():
    for cls in all_subclasses(Event):
        assert event_class(cls.type_name) is Event.resolve_by_type(cls.type_name)
    assert event_class("topic") is None  # legacy, skipped by Rasa too
    with pytest.raises(ValueError):
        event_class("no_such_event")


@pytest.fixture
def deployment_env(tmp_path, monkeypatch):
    """Every ${VAR} the endpoint files name (Rasa refuses unset ones)."""
    monkeypatch.setenv("COACH_TRACKER_DB", str(tmp_path / "tracker.db"))
    for name in ("ACTION_PORT", "COACH_PG_PORT", "COACH_REDIS_PORT", "COACH_REDIS_DB"):
        monkeypatch.setenv(name, "1")
    for name in ("COACH_PG_HOST", "COACH_PG_DB", "COACH_PG_USER", "COACH_PG_PASSWORD", "COACH_REDIS_HOST"):
        monkeypatch.setenv(name, "x")
    return tmp_path


@pytest.mark.parametrize("endpoints", ["endpoints.yml", "endpoints.scaled.yml"])
def test_both_deployments_use_this_store(endpoints, deployment_env):
    """Rasa falls back to an in-memory store (conversations lost at restart) when a custom store
    cannot be imported, so the configured type must name this class."""
    config = read_endpoint_config(str(ROOT / endpoints), "tracker_store")
    module, _, name = config.type.rpartition(".")
    assert getattr(importlib.import_module(module), name) is LeanSQLTrackerStore


def test_rasa_builds_it_from_the_default_endpoints(deployment_env):
    tmp_path = deployment_env
    store = TrackerStore.create(read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store"), DOMAIN)
    run(store.save(tracker_of("u1", follow_up_turns("u1"))))
    assert run(store.retrieve("u1")).get_slot("role") == "kontorchef"
    assert (tmp_path / "tracker.db").is_file()
