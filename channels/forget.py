"""'Glem mig' and /glem: delete one conversation from Rasa's tracker store.

Rasa 3.6 has no "delete tracker" API: the project's tracker store has `delete(sender_id)`
(scaling/conversation_delete.py). For a store without one (Rasa's own stores) it reports False
and the channel falls back to the `start_over` intent, which restarts the conversation but
keeps the old events.

Every channel (REST, web chat, Telegram) wraps Rasa's message handler with
`guard_forget`: a confirmation of the coach's "skal jeg slette alt?" is acted on
here, before Rasa sees it, so the turn's own events are not written back.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Sanic

from coach.input_guard import intake_text
from coach.privacy import ASK_FORGET_RESPONSE, FORGET_CONFIRM_PAYLOAD, FORGOTTEN, RESTARTED_ONLY, is_confirmation
from reminders.store import forget_reminders
from scaling.conversation_delete import configured_store, delete_conversation

logger = logging.getLogger(__name__)


async def forget_conversation(agent: Any, sender_id: str) -> bool:
    """Delete every stored event of `sender_id`; False when the store is not supported.

    Holds the conversation's lock, so it cannot interleave with a message being handled.
    """
    if agent is None or getattr(agent, "tracker_store", None) is None:
        return False
    async with agent.lock_store.lock(sender_id):
        forget_reminders(sender_id)  # and every reminder of the user (reminders/store.py)
        try:
            deleted = delete_conversation(agent.tracker_store, sender_id)
        except Exception:
            logger.exception("Could not delete the conversation from %s",
                             type(configured_store(agent.tracker_store)).__name__)
            return False
    if not deleted:
        logger.info("Tracker store %s cannot delete conversations; restarting instead.",
                    type(configured_store(agent.tracker_store)).__name__)
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
    """The coach's last turn asked for the confirmation, also when the form's next question came after it ("slet
    alt om mig" in the middle of the questions: a tester's "ja" then deleted nothing)."""
    tracker = await agent.tracker_store.retrieve(sender_id)
    if not tracker:
        return False
    last_turn = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            last_turn.append(event)
    return any((event.metadata or {}).get("utter_action") == ASK_FORGET_RESPONSE for event in last_turn)


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
        message.text = intake_text(message.text)  # every channel: no lone surrogates, no megabytes
        if await forget_if_confirmed(rasa_agent(), message):
            return None
        return await on_new_message(message)

    return handler
