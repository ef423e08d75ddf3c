"""Rasa 3.6's socket.io channel with the `await` its session handler lacks.

python-socketio >= 5.10 made `AsyncServer.enter_room` a coroutine; Rasa 3.6.21
calls it without `await` (RasaHQ/rasa#13027), so a persistent web chat session
never joins its room and the browser receives no bot message; and its custom-payload
sender breaks on any payload but {"data": ...}. Confirmations of
'glem mig' are acted on before Rasa sees them (channels/forget.py).

Both fixes were written for Rasa 3.6.21 and python-socketio 5.18.1: building the channel on other
versions raises PatchVersionMismatch (runtime/patches/, WEBCHAT_FIXES); their canary is
tests/runtime/test_webchat_fixes.py.
"""

from __future__ import annotations

import uuid
from typing import Any, Awaitable, Callable

from rasa.core.channels import socketio
from rasa.core.channels.channel import UserMessage

from channels.forget import guard_forget
from runtime.patches import WEBCHAT_FIXES, check_versions


class CoachSocketIOOutput(socketio.SocketIOOutput):
    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        # Rasa 3.6 calls sio.emit(evt, **payload), which only works for a payload whose
        # one key is "data"; the e-mail card and the calendar file go as the event's data.
        await self._send_message(recipient_id, json_message)


def _with_coach_output(on_new_message: Callable[[UserMessage], Awaitable[Any]]):
    """Rasa's user_uttered handler builds a plain SocketIOOutput itself: swap in ours."""
    async def handler(message: UserMessage) -> Any:
        out = message.output_channel
        if type(out) is socketio.SocketIOOutput:
            message.output_channel = CoachSocketIOOutput(out.sio, out.bot_message_evt)
        return await on_new_message(message)

    return handler


class CoachSocketIOInput(socketio.SocketIOInput):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        check_versions(WEBCHAT_FIXES)
        super().__init__(*args, **kwargs)

    def get_output_channel(self) -> CoachSocketIOOutput | None:
        base = super().get_output_channel()
        return CoachSocketIOOutput(base.sio, base.bot_message_evt) if base else None

    def blueprint(self, on_new_message):
        blueprint = super().blueprint(_with_coach_output(guard_forget(on_new_message)))

        @self.sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            data = data or {}
            if data.get("session_id") is None:
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                await self.sio.enter_room(sid, data["session_id"])
            await self.sio.emit("session_confirm", data["session_id"], room=sid)

        return blueprint
