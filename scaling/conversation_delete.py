"""Delete one conversation from the tracker store Rasa built from the endpoint file.

Rasa 3.6 has no "delete a conversation" API. The project's tracker stores have one:
`delete(sender_id)` (scaling/sql_tracker_store.py's LeanSQLTrackerStore, which both endpoint
files name). Rasa hands its channels the configured store wrapped (`FailSafeTrackerStore`
around `AwaitableTrackerStore`), which keep it in a private `_tracker_store`: this module is the
one place that looks inside them. A store without `delete` (Rasa's own stores, e.g. the in-memory
store of a `rasa shell` without endpoints, or the bench's plain `type: SQL`) cannot forget: the
caller falls back to restarting the conversation.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class DeletingTrackerStore(Protocol):
    def delete(self, sender_id: str) -> None:
        """Delete every stored event of the conversation `sender_id`."""


def configured_store(store: Any) -> Any:
    """The store the endpoint file configured, inside Rasa's wrappers."""
    for _ in range(5):  # FailSafeTrackerStore -> AwaitableTrackerStore -> the configured store
        inner = getattr(store, "_tracker_store", None)
        if inner is None:
            break
        store = inner
    return store


def delete_conversation(store: Any, sender_id: str) -> bool:
    """Delete the conversation from `store` (as Rasa wraps it); False when the store cannot delete."""
    configured = configured_store(store)
    if not isinstance(configured, DeletingTrackerStore):
        return False
    configured.delete(sender_id)
    return True
