"""/glem: delete one conversation from Rasa's tracker store.

Rasa 3.6 has no "delete tracker" API, so this unwraps the store Rasa built from
endpoints.yml and deletes the conversation for the stores we know (SQL, the default
here; in-memory; Redis; Mongo). For any other store it reports False and the
channel falls back to the `start_over` intent, which restarts the conversation but
keeps the old events.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, MongoTrackerStore, RedisTrackerStore, SQLTrackerStore

logger = logging.getLogger(__name__)


def _innermost(store: Any) -> Any:
    """FailSafeTrackerStore and AwaitableTrackerStore keep the real store in `_tracker_store`."""
    seen = 0
    while hasattr(store, "_tracker_store") and seen < 5:
        store = store._tracker_store
        seen += 1
    return store


def _delete(store: Any, sender_id: str) -> bool:
    if isinstance(store, SQLTrackerStore):
        with store.session_scope() as session:
            session.query(store.SQLEvent).filter(store.SQLEvent.sender_id == sender_id).delete(
                synchronize_session=False)
            session.commit()
        return True
    if isinstance(store, InMemoryTrackerStore):
        store.store.pop(sender_id, None)
        return True
    if isinstance(store, RedisTrackerStore):
        store.red.delete(store.key_prefix + sender_id)
        return True
    if isinstance(store, MongoTrackerStore):
        store.conversations.delete_many({"sender_id": sender_id})
        return True
    return False


async def forget_conversation(agent: Any, sender_id: str) -> bool:
    """Delete every stored event of `sender_id`; False when the store is not supported.

    Holds the conversation's lock, so it cannot interleave with a message being handled.
    """
    if agent is None or getattr(agent, "tracker_store", None) is None:
        return False
    store = _innermost(agent.tracker_store)
    async with agent.lock_store.lock(sender_id):
        try:
            deleted = _delete(store, sender_id)
        except Exception:
            logger.exception("Could not delete the conversation from %s", type(store).__name__)
            return False
    if not deleted:
        logger.info("Tracker store %s cannot delete conversations; restarting instead.", type(store).__name__)
    return deleted
