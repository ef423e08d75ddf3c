"""Rasa 3.6's socket.io channel with the `await` its session handler lacks.

python-socketio >= 5.10 made `AsyncServer.enter_room` a coroutine; Rasa 3.6.21
calls it without `await` (RasaHQ/rasa#13027), so a persistent web chat session
never joins its room and the browser receives no bot message. Confirmations of
'glem mig' are acted on before Rasa sees them (channels/forget.py).
"""

from __future__ import annotations

import uuid
from typing import Any

from rasa.core.channels import socketio

from channels.forget import guard_forget


class CoachSocketIOInput(socketio.SocketIOInput):
    def blueprint(self, on_new_message):
        blueprint = super().blueprint(guard_forget(on_new_message))

        @self.sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            data = data or {}
            if data.get("session_id") is None:
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                await self.sio.enter_room(sid, data["session_id"])
            await self.sio.emit("session_confirm", data["session_id"], room=sid)

        return blueprint
