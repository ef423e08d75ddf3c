"""'Glem mig' and /glem: delete one conversation from Rasa's tracker store.

Rasa 3.6 has no "delete tracker" API, so this unwraps the store Rasa built from
endpoints.yml and deletes the conversation for the stores we know (SQL, the default
here; in-memory; Redis; Mongo). For any other store it reports False and the
channel falls back to the `start_over` intent, which restarts the conversation but
keeps the old events.

Every channel (REST, web chat, Telegram) wraps Rasa's message handler with
`guard_forget`: a confirmation of the coach's "skal jeg slette alt?" is acted on
here, before Rasa sees it, so the turn's own events are not written back.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, MongoTrackerStore, RedisTrackerStore, SQLTrackerStore
from rasa.shared.core.events import BotUttered
from sanic import Sanic

from coach.privacy import ASK_FORGET_RESPONSE, FORGET_CONFIRM_PAYLOAD, FORGOTTEN, RESTARTED_ONLY, is_confirmation
from reminders.store import forget_reminders

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
        forget_reminders(sender_id)  # and every reminder of the user (reminders/store.py)
        try:
            deleted = _delete(store, sender_id)
        except Exception:
            logger.exception("Could not delete the conversation from %s", type(store).__name__)
            return False
    if not deleted:
        logger.info("Tracker store %s cannot delete conversations; restarting instead.", type(store).__name__)
    return deleted


def rasa_agent() -> Any:
    """The agent of the Rasa server running in this process (with or without the HTTP API)."""
    for name in ("rasa_server", "rasa_core_no_api"):
        try:
            return Sanic.get_app(name).ctx.agent
        except Exception:  # no such app in this process
            continue
    return None


async def _asked_to_forget(agent: Any, sender_id: str) -> bool:
    tracker = await agent.tracker_store.retrieve(sender_id)
    last = tracker.get_last_event_for(BotUttered) if tracker else None
    return bool(last) and (last.metadata or {}).get("utter_action") == ASK_FORGET_RESPONSE


async def forget_if_confirmed(agent: Any, message: UserMessage) -> bool:
    """Delete the conversation when `message` confirms it; True when the message was handled here."""
    text = (message.text or "").strip()
    if agent is None or not (text == FORGET_CONFIRM_PAYLOAD
                             or (is_confirmation(text) and await _asked_to_forget(agent, message.sender_id))):
        return False
    deleted = await forget_conversation(agent, message.sender_id)
    if not deleted:  # the store cannot delete: at least start the conversation over
        await agent.handle_message(UserMessage("/start_over", message.output_channel, message.sender_id,
                                               input_channel=message.input_channel))
    await message.output_channel.send_text_message(message.sender_id, FORGOTTEN if deleted else RESTARTED_ONLY)
    return True


def guard_forget(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """Wrap a channel's message handler so confirmations of 'glem mig' are acted on first."""
    async def handler(message: UserMessage) -> Any:
        if await forget_if_confirmed(rasa_agent(), message):
            return None
        return await on_new_message(message)

    return handler
