"""Rasa's REST channel, with 'glem mig' confirmations acted on before Rasa sees them, and a 400
for a body that is not a JSON object (Rasa's own channel answers such a body with a 500)."""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import response
from sanic.request import Request

from channels.forget import guard_forget

BAD_BODY = {"error": "The body must be a JSON object: {\"sender\": \"...\", \"message\": \"...\"}"}


class CoachRestInput(RestInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        bp = super().blueprint(guard_forget(on_new_message))

        @bp.middleware("request")
        async def only_json_objects(request: Request) -> Any:
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                body = json.loads(request.body or b"null")
            except (ValueError, UnicodeDecodeError):
                body = None
            if not isinstance(body, dict) or not isinstance(body.get("message", ""), str):
                return response.json(BAD_BODY, status=400)
            return None

        return bp
