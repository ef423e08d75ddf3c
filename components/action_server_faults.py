"""When the action server is down or slow, say so in Danish and keep the conversation.

Rasa 3.6 waits up to 300 s for an action server reply, and when the call fails it
logs the error and goes on predicting, so the user hears nothing (or a loop of
failures). Here a call that fails or takes longer than COACH_ACTION_TIMEOUT
seconds (default 8) gets one Danish apology, the turn ends and the conversation
waits for the user; every slot stays as it was, and the next message is handled
normally once the action server answers again.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted
from rasa.shared.exceptions import RasaException

from coach.writing.replies import TEMPORARILY_UNAVAILABLE

logger = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 8.0


class ActionServerUnavailable(RasaException):
    """The action server did not give a usable reply in time."""


def action_timeout() -> float:
    try:
        return float(os.environ.get("COACH_ACTION_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


_remote_run = RemoteAction.run
_run_action = MessageProcessor._run_action


async def _run_remote_action(self: RemoteAction, *args: Any, **kwargs: Any) -> Any:
    try:
        return await asyncio.wait_for(_remote_run(self, *args, **kwargs), timeout=action_timeout())
    except ActionExecutionRejection:
        raise  # the form's normal "not my message" signal
    except (RasaException, asyncio.TimeoutError, aiohttp.ClientError) as error:
        raise ActionServerUnavailable(f"action server failed on {self.name()}: {error!r}") from error


async def _run_action_or_apologise(self: MessageProcessor, action: Any, tracker: Any, output_channel: Any,
                                   nlg: Any, prediction: Any) -> bool:
    failed = False
    run = action.run

    async def guarded(*args: Any, **kwargs: Any) -> Any:
        nonlocal failed
        try:
            return await run(*args, **kwargs)
        except ActionServerUnavailable as error:
            failed = True
            logger.warning("Apologised to the user: %s", error)
            await output_channel.send_text_message(tracker.sender_id, TEMPORARILY_UNAVAILABLE)
            return []

    action.run = guarded
    try:
        go_on = await _run_action(self, action, tracker, output_channel, nlg, prediction)
    finally:
        del action.run
    if failed:
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))  # wait for the user; retry on the next message
        return False
    return go_on


RemoteAction.run = _run_remote_action  # type: ignore[method-assign]
MessageProcessor._run_action = _run_action_or_apologise  # type: ignore[method-assign]
