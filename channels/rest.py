"""Rasa's REST channel, with 'glem mig' confirmations acted on before Rasa sees them."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput

from channels.forget import guard_forget


class CoachRestInput(RestInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        return super().blueprint(guard_forget(on_new_message))
