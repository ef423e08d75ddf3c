"""Retention: conversations untouched for more than N days are deleted, recent ones stay."""

import importlib.util
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("purge", ROOT / "scripts" / "purge.py")
purge_module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(purge_module)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)


def make_store(path: Path, conversations: dict) -> None:
    with sqlite3.connect(path) as db:
        db.execute("create table events (id integer primary key, sender_id varchar(255) not null, "
                   "type_name varchar(255) not null, timestamp float, intent_name varchar(255), "
                   "action_name varchar(255), data text)")
        for sender, ages in conversations.items():
            for age in ages:
                stamp = (NOW - timedelta(days=age)).timestamp()
                db.execute("insert into events (sender_id, type_name, timestamp) values (?, 'user', ?)",
                           (sender, stamp))


def senders(path: Path) -> set:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("select distinct sender_id from events")}


def test_old_conversations_go_and_recent_ones_stay(tmp_path):
    store = tmp_path / "tracker.db"
    make_store(store, {"old": [200, 120], "recent": [3, 1], "old-but-came-back": [150, 10]})
    expired = purge_module.purge(f"sqlite:///{store}", days=90, now=NOW)
    assert expired == ["old"]
    assert senders(store) == {"recent", "old-but-came-back"}


def test_the_retention_is_configurable(tmp_path, monkeypatch):
    store = tmp_path / "tracker.db"
    make_store(store, {"a": [20], "b": [5]})
    monkeypatch.setenv("COACH_RETENTION_DAYS", "7")
    from coach.retention import retention_days
    assert purge_module.purge(f"sqlite:///{store}", days=retention_days(), now=NOW) == ["a"]


def test_an_empty_or_new_store_is_fine(tmp_path):
    assert purge_module.purge(f"sqlite:///{tmp_path / 'none.db'}", days=90, now=NOW) == []
