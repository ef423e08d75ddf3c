"""rasa-sdk fixtures: a Tracker as the action server would receive it."""

import asyncio
from datetime import date
from typing import Any, Dict, List

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from coach.applications import as_read
from coach.dates.entities import time_entities

TODAY = date(2026, 11, 28)  # a Saturday

EMPTY_SLOTS = {
    "interview_date": None, "interview_time": None, "role": None, "contact_channel": None,
    "deadline": None, "contact_name": None, "company": None, "user_name": None,
    "followup_attempts": 0, "last_attempt_date": None, "followup_date": None,
    "application_closed": False, "requested_slot": None,
}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("COACH_TODAY", TODAY.isoformat())


@pytest.fixture(autouse=True)
def reminder_db(monkeypatch, tmp_path):
    """Actions that touch reminders (reminders/store.py) use a throwaway SQLite file."""
    monkeypatch.setenv("COACH_TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.delenv("COACH_REMINDER_DB_URL", raising=False)


def make_tracker(text: str = "", intent: str = "inform", slots: Dict[str, Any] | None = None,
                 entities: List[Dict[str, Any]] | None = None, active_loop: str | None = None,
                 events: List[Dict[str, Any]] | None = None) -> Tracker:
    """A tracker whose latest message carries the time entities our NLU component would emit."""
    found = time_entities(as_read(text), TODAY) + list(entities or [])  # as the NLU reads it
    return Tracker(
        sender_id="test-user",
        slots={**EMPTY_SLOTS, **(slots or {})},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": found},
        events=events or [],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


def texts(dispatcher: CollectingDispatcher) -> str:
    """Everything the coach said, as one string (responses by name, texts in full)."""
    return "\n".join(m.get("text") or m.get("response") or "" for m in dispatcher.messages)


def slot_events(events) -> Dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


COMPLETE = {
    "interview_date": "2026-11-25", "interview_time": "09:00", "role": "kontorchef",
    "contact_channel": "telefon", "deadline": "2026-12-04", "contact_name": "Mette Hansen",
    "company": "Novo Nordisk", "user_name": "Ole Jensen",
}


def run(action, tracker: Tracker, dispatcher: CollectingDispatcher):
    """The action's events, run as the action server runs it (no domain needed)."""
    return asyncio.run(action.run(dispatcher, tracker, {}))
