"""When the action server is down or slow, apologise in Danish and keep the conversation (Rasa server).

Rasa 3.6.21 waits up to 300 s (`DEFAULT_REQUEST_TIMEOUT`) for an action server reply, and when
the call fails `MessageProcessor._run_action` logs the error and goes on predicting, so the user
hears nothing (or a loop of failures). With this patch a call that fails or takes longer than
COACH_ACTION_TIMEOUT seconds (default 8) ends the turn with one Danish apology, and the
conversation waits for the user; every slot stays as it was, and the next message is handled
normally once the action server answers again.

Two replacements, both needed:
- `RemoteAction.run` gets the timeout, and turns every failure to reach the action server into
  `ActionServerUnavailable` (a form's `ActionExecutionRejection` passes unchanged). A turn waits
  once: after a failure, the turn's later calls (the slot mappings' validation runs before the
  form, then the form's validation) fail at once instead of waiting for the timeout again;
- `MessageProcessor._run_action` runs the predicted action (which may be a form calling its
  validation action, so the failure surfaces here and not in `RemoteAction.run`) with that failure
  answered by events: `BotUttered(apology)` and `FollowupAction(action_listen)`. Rasa then does
  its own bookkeeping: it records both in the tracker, sends the apology through the output
  channel like any bot message, and listens.

Canary: tests/runtime/test_action_server_faults.py (stock Rasa still has the 300 s timeout and
still swallows a failed action without a word to the user).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections import OrderedDict
from typing import Any, Hashable, List

from rasa.shared.exceptions import RasaException  # light: no TensorFlow, nothing of rasa.core

from runtime.patches.base import Patch, original, replace

logger = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 8.0


def action_timeout() -> float:
    try:
        return float(os.environ.get("COACH_ACTION_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


class ActionServerUnavailable(RasaException):
    """The action server did not give a usable reply in time (a RasaException, as Rasa's own
    failures are, so Rasa's slot extraction still logs and skips it)."""


def apology_events() -> List[Any]:
    """The events that answer a failed action: the apology, then wait for the user."""
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import BotUttered, FollowupAction

    from coach.writing.replies import TEMPORARILY_UNAVAILABLE

    return [BotUttered(TEMPORARILY_UNAVAILABLE), FollowupAction(ACTION_LISTEN_NAME)]


class FailedTurns:
    """The turns (conversation, latest user message) in which the action server already failed."""

    def __init__(self, size: int = 1000) -> None:
        self.size, self.turns = size, OrderedDict()

    @staticmethod
    def key(tracker: Any) -> Hashable | None:
        message = getattr(tracker, "latest_message", None)
        if message is None:
            return None
        message_id = getattr(message, "message_id", None)
        return None if message_id is None else (tracker.sender_id, message_id)

    def add(self, turn: Hashable | None) -> None:
        if turn is not None:
            self.turns[turn] = True
            while len(self.turns) > self.size:
                self.turns.popitem(last=False)

    def __contains__(self, turn: Hashable | None) -> bool:
        return turn is not None and turn in self.turns


FAILED_TURNS = FailedTurns()


def tracker_of(args: tuple, kwargs: dict) -> Any:
    return kwargs.get("tracker", args[2] if len(args) > 2 else None)


async def run_remote_action(self: Any, *args: Any, **kwargs: Any) -> Any:
    """`RemoteAction.run` with COACH_ACTION_TIMEOUT; any failure to get a reply is ActionServerUnavailable."""
    import aiohttp
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    turn = FailedTurns.key(tracker_of(args, kwargs))
    if turn in FAILED_TURNS:
        raise ActionServerUnavailable(f"action server already failed this turn; {self.name()} not called")
    try:
        return await asyncio.wait_for(original(RemoteAction, "run")(self, *args, **kwargs), timeout=action_timeout())
    except ActionExecutionRejection:
        raise  # the form's normal "not my message" signal
    except (RasaException, asyncio.TimeoutError, aiohttp.ClientError) as error:
        FAILED_TURNS.add(turn)
        raise ActionServerUnavailable(f"action server failed on {self.name()}: {error!r}") from error


async def run_action_or_apologise(self: Any, action: Any, tracker: Any, output_channel: Any,
                                  nlg: Any, prediction: Any) -> bool:
    """`MessageProcessor._run_action` with ActionServerUnavailable answered by `apology_events()`."""
    from rasa.core.processor import MessageProcessor

    run = action.run

    async def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return await run(*args, **kwargs)
        except ActionServerUnavailable as error:
            logger.warning("Apologised to the user: %s", error)
            return apology_events()

    action.run = guarded
    try:
        return await original(MessageProcessor, "_run_action")(self, action, tracker, output_channel, nlg, prediction)
    finally:
        del action.run


def apply() -> None:
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor

    replace(RemoteAction, "run", run_remote_action)
    replace(MessageProcessor, "_run_action", run_action_or_apologise)


PATCH = Patch(
    name="action_server_faults",
    fixes="a failed or slow action server gets no reply to the user, and Rasa waits 300 s for it",
    where="Rasa server",
    written_for={"rasa": "3.6.21"},
    apply=apply,
)
