"""Durable reminders: a `reminders` table in the tracker store's database (SQLAlchemy 1.4 core).

Where: `COACH_REMINDER_DB_URL` (any SQLAlchemy URL, e.g. PostgreSQL when Rasa is scaled out
and its tracker store lives there too); else the SQLite file of the tracker store,
`COACH_TRACKER_DB` (default var/tracker.db). The table is created on first use.

Exactly once, with any number of workers and Rasa servers: a worker takes a due reminder
with one conditional UPDATE (`pending` -> `sending`, checked by its row count), and the
action that utters it moves it on (`sending` -> `sent`) the same way before it says a word.
A worker that dies between the two leaves the row in `sending`; after `LEASE` another worker
may take it again, and the action's guard still lets only one delivery speak.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, List

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from coach.reminders import CANCELLED, FAILED, PENDING, SENDING, SENT, Reminder

logger = logging.getLogger(__name__)

URL_ENV = "COACH_REMINDER_DB_URL"
TRACKER_DB_ENV = "COACH_TRACKER_DB"
DEFAULT_SQLITE = Path("var") / "tracker.db"
LEASE = timedelta(minutes=10)  # a `sending` row older than this was abandoned by its worker
MAX_TRIES = 5  # deliveries that failed (Rasa unreachable) before a reminder is given up

metadata = sa.MetaData()
reminders = sa.Table(
    "reminders", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
    sa.Column("channel", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("due_utc", sa.DateTime, nullable=False, index=True),  # naive UTC
    sa.Column("tz", sa.String(64), nullable=False, default="Europe/Copenhagen"),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("tries", sa.Integer, nullable=False, default=0),
    sa.Column("claimed_by", sa.String(128)),
    sa.Column("claimed_utc", sa.DateTime),
    sa.Column("created_utc", sa.DateTime, nullable=False),
    sa.Column("updated_utc", sa.DateTime, nullable=False),
)


def database_url() -> str:
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        return url
    path = Path(os.environ.get(TRACKER_DB_ENV, "").strip() or DEFAULT_SQLITE)
    return f"sqlite:///{path.resolve()}"


def _utc(moment: datetime) -> datetime:
    """Naive UTC for the database (the same on SQLite and PostgreSQL)."""
    if moment.tzinfo is None:
        raise ValueError("pass a timezone-aware datetime")
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(naive_utc: datetime) -> datetime:
    return naive_utc.replace(tzinfo=timezone.utc)


def _real_now() -> datetime:
    return datetime.now(timezone.utc)


class ReminderStore:
    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.url = url or database_url()
        if engine is None:
            kwargs = {"future": True}
            if self.url.startswith("sqlite"):
                Path(self.url.split("///", 1)[-1]).parent.mkdir(parents=True, exist_ok=True)
                kwargs["connect_args"] = {"timeout": 30}  # Rasa writes to the same file
            else:
                kwargs["pool_pre_ping"] = True
            engine = sa.create_engine(self.url, **kwargs)
        self.engine = engine
        metadata.create_all(self.engine, checkfirst=True)

    # --- writing --------------------------------------------------------------------------

    def add(self, reminder: Reminder) -> Reminder:
        now = _utc(_real_now())
        with self.engine.begin() as db:
            db.execute(reminders.insert().values(
                id=reminder.id, conversation_id=reminder.conversation_id, channel=reminder.channel,
                kind=reminder.kind, due_utc=_utc(reminder.due), tz=str(reminder.local_due.tzinfo),
                status=reminder.status, tries=reminder.tries, created_utc=now, updated_utc=now))
        return reminder

    def cancel_pending(self, conversation_id: str, kinds: Iterable[str] | None = None) -> int:
        """Cancel the conversation's reminders that have not fired; returns how many."""
        where = [reminders.c.conversation_id == conversation_id, reminders.c.status == PENDING]
        if kinds is not None:
            where.append(reminders.c.kind.in_(list(kinds)))
        with self.engine.begin() as db:
            result = db.execute(reminders.update().where(*where).values(
                status=CANCELLED, updated_utc=_utc(_real_now())))
        return result.rowcount

    def delete_conversation(self, conversation_id: str) -> int:
        """'Glem mig': every reminder of the conversation, whatever its status, is deleted."""
        with self.engine.begin() as db:
            return db.execute(reminders.delete().where(reminders.c.conversation_id == conversation_id)).rowcount

    # --- reading --------------------------------------------------------------------------

    def get(self, reminder_id: str) -> Reminder | None:
        with self.engine.connect() as db:
            row = db.execute(sa.select(reminders).where(reminders.c.id == reminder_id)).first()
        return self._reminder(row) if row else None

    def pending(self, conversation_id: str) -> List[Reminder]:
        return self._select(reminders.c.conversation_id == conversation_id, reminders.c.status == PENDING)

    def latest_sent(self, conversation_id: str, kind: str | None = None) -> Reminder | None:
        where = [reminders.c.conversation_id == conversation_id, reminders.c.status == SENT]
        if kind:
            where.append(reminders.c.kind == kind)
        found = self._select(*where)
        return found[-1] if found else None

    def due(self, now: datetime, limit: int = 50) -> List[Reminder]:
        """Pending reminders whose time has come, and deliveries abandoned longer than LEASE."""
        utc_now = _utc(now)
        abandoned = sa.and_(reminders.c.status == SENDING, reminders.c.claimed_utc < _utc(now - LEASE))
        ready = sa.and_(reminders.c.status == PENDING, reminders.c.due_utc <= utc_now)
        return self._select(sa.or_(ready, abandoned), limit=limit)

    def _select(self, *where, limit: int | None = None) -> List[Reminder]:
        query = sa.select(reminders).where(*where).order_by(reminders.c.due_utc, reminders.c.created_utc)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as db:
            return [self._reminder(row) for row in db.execute(query)]

    @staticmethod
    def _reminder(row) -> Reminder:
        return Reminder(conversation_id=row.conversation_id, due=_aware(row.due_utc), kind=row.kind,
                        channel=row.channel, status=row.status, id=row.id, tries=row.tries)

    # --- delivering: each step is one conditional UPDATE ------------------------------------

    def claim(self, reminder: Reminder, worker: str, now: datetime) -> bool:
        """Take a due reminder for delivery; True for exactly one of several competing workers."""
        if reminder.status == SENDING:  # abandoned: take it over only if nobody else did
            condition = sa.and_(reminders.c.status == SENDING, reminders.c.claimed_utc < _utc(now - LEASE))
        else:
            condition = reminders.c.status == PENDING
        return self._move(reminder.id, condition, status=SENDING, claimed_by=worker, claimed_utc=_utc(now))

    def mark_delivered(self, reminder_id: str) -> bool:
        """The action's guard: True once, for the delivery that may speak."""
        return self._move(reminder_id, reminders.c.status == SENDING, status=SENT)

    def finish(self, reminder_id: str, status: str) -> bool:
        """After the action ran: `sent` or `skipped` (a no-op when the action already did it)."""
        return self._move(reminder_id, reminders.c.status == SENDING, status=status)

    def release(self, reminder_id: str) -> bool:
        """Rasa could not be reached: back to pending for the next round (failed after MAX_TRIES)."""
        current = self.get(reminder_id)
        if current is None or current.status != SENDING:
            return False
        status = FAILED if current.tries + 1 >= MAX_TRIES else PENDING
        return self._move(reminder_id, sa.and_(reminders.c.status == SENDING, reminders.c.tries == current.tries),
                          status=status, tries=current.tries + 1, claimed_by=None, claimed_utc=None)

    def _move(self, reminder_id: str, condition, **values) -> bool:
        with self.engine.begin() as db:
            result = db.execute(reminders.update().where(reminders.c.id == reminder_id, condition).values(
                updated_utc=_utc(_real_now()), **values))
        return result.rowcount == 1


_default: ReminderStore | None = None


def default_store() -> ReminderStore:
    """One store per process, on the configured database."""
    global _default
    if _default is None or _default.url != database_url():
        _default = ReminderStore()
    return _default


def forget_reminders(conversation_id: str) -> int:
    """'Glem mig': delete every reminder of the conversation; never raises (logs instead)."""
    try:
        return default_store().delete_conversation(conversation_id)
    except Exception:
        logger.exception("Could not delete the reminders of %s", conversation_id)
        return 0
