"""Rasa's SQL tracker store with less work per turn: same table, same rows, same trackers.

    tracker_store:
      type: scaling.sql_tracker_store.LeanSQLTrackerStore
      dialect: sqlite            # or postgresql; every option of Rasa's `type: SQL`
      db: var/tracker.db

Every turn Rasa's `SQLTrackerStore` reads the conversation, rebuilds its tracker and writes the
new events. Profiled under load (docs/benchmarks.md), that was ~38 % of the Rasa server's CPU,
mostly not in the database but around it:

* each query (the session's events in `retrieve`, their count in `save`) is a new ORM `Query`
  that SQLAlchemy builds, keys and compiles again;
* each stored event is turned back into an `Event` by `Event.resolve_by_type`, which walks all
  subclasses of `Event` (with `inspect.isabstract` on each) for every single event;
* new events are written through the ORM unit of work, one object each;
* with SQLite, SQLAlchemy 1.4 opens a new connection for every session (two per turn), and every
  commit waits for fsyncs while the server's one event loop waits with it.

Here the statements are built once (SQLAlchemy Core with bound parameters, so its compiled cache
serves every turn), events are resolved through a map built once from the same subclass walk,
new rows go in one `executemany`, and SQLite connections are pooled in write-ahead-log mode.
What is read and written is unchanged: the events of the latest session (after the newest
`SessionStarted`, by timestamp, as Rasa selects them) in id order, the same count deciding which
events are new, and the rows Rasa writes, so `make purge`, "glem mig" and Rasa's own tools see
the same table. Sessions still go through `session_scope` (Rasa's PostgreSQL schema check).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any, Dict, List, Type

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from rasa.shared.utils.common import all_subclasses
from sqlalchemy.orm import sessionmaker

logger = logging.getLogger(__name__)

_event_classes: Dict[str, Type[Event]] = {}


def event_class(type_name: str) -> Type[Event] | None:
    """The class `Event.resolve_by_type` returns for `type_name`, from a map built once.

    Unknown names go to Rasa's own lookup (which knows the legacy ones and raises for the rest).
    """
    if not _event_classes:
        for cls in all_subclasses(Event):  # the order resolve_by_type walks: first match wins
            _event_classes.setdefault(cls.type_name, cls)
    found = _event_classes.get(type_name)
    return found if found is not None else Event.resolve_by_type(type_name)


def deserialise(rows: List[Dict[str, Any]]) -> List[Event]:
    """`rasa.shared.core.events.deserialise_events`, with the class map."""
    events = []
    for params in rows:
        if "event" not in params:
            continue
        cls = event_class(params["event"])
        if cls is None:  # a legacy event Rasa skips too
            logger.warning("Skipped a stored event that Rasa no longer reads: %r", params["event"])
            continue
        events.append(cls._from_parameters(params))
    return events


def _write_ahead_log(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # kept in the file: other connections use it too
        cursor.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.OperationalError as error:  # e.g. another process holds a lock right now
        logger.warning("SQLite stays in its current journal mode: %s", error)
    finally:
        cursor.close()


class LeanSQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with statements built once, one class map and bulk inserts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pool_sqlite_connections()
        events = self.SQLEvent.__table__
        sender = events.c.sender_id == sa.bindparam("sender_id")
        session_start = (sa.select(sa.func.max(events.c.timestamp))
                         .where(sender, events.c.type_name == SessionStarted.type_name)
                         .scalar_subquery())
        in_session = sa.and_(sender, sa.or_(session_start.is_(None), events.c.timestamp >= session_start))
        self._events = events
        self._session_events = sa.select(events.c.data).where(in_session).order_by(events.c.id)
        self._all_events = sa.select(events.c.data).where(sender).order_by(events.c.id)
        self._session_count = sa.select(sa.func.count()).select_from(events).where(in_session)
        self._delete = events.delete().where(sender)

    def _pool_sqlite_connections(self) -> None:
        """A SQLite file: pooled connections in write-ahead-log mode.

        SQLAlchemy 1.4 opens a new connection for every session (NullPool; 2.0 pools them):
        two per turn, each reading the schema again. In SQLite's default journal mode every
        commit waits for two or three fsyncs (~1.3 ms here, up to 10 ms), and the server's one
        event loop waits with it. WAL with synchronous=NORMAL syncs at checkpoints instead: a
        power cut may lose the last turns, a crash of the server loses nothing, and the file
        never corrupts (sqlite.org/wal.html). `make purge` and other readers work as before.
        """
        if self.engine.dialect.name != "sqlite" or not isinstance(self.engine.pool, sa.pool.NullPool):
            return  # in-memory SQLite keeps its single connection
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool,
                                       connect_args={"check_same_thread": False})
        sa.event.listen(self.engine, "connect", _write_ahead_log)
        self.sessionmaker = sessionmaker(bind=self.engine)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool
                        ) -> DialogueStateTracker | None:
        query = self._all_events if fetch_events_from_all_sessions else self._session_events
        with self.session_scope() as session:
            rows = session.execute(query, {"sender_id": sender_id}).scalars().all()
        if not (self.domain and rows):
            return None
        events = deserialise([json.loads(data) for data in rows])
        return DialogueStateTracker.from_events(sender_id, events, self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Write the tracker's events that are not stored yet, as Rasa's store decides that."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = session.execute(self._session_count, {"sender_id": tracker.sender_id}).scalar_one()
            rows = [self._row(tracker.sender_id, event) for event in list(tracker.events)[stored:]]
            if rows:
                session.execute(self._events.insert(), rows)
            session.commit()

    def delete(self, sender_id: str) -> None:
        """Delete every stored event of the conversation, all sessions ("glem mig", channels/forget.py)."""
        with self.session_scope() as session:
            session.execute(self._delete, {"sender_id": sender_id})
            session.commit()

    @staticmethod
    def _row(sender_id: str, event: Event) -> Dict[str, Any]:
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }
