"""Putting an intent in place of the classifier's guess: the message's intent and the top of its ranking."""

from __future__ import annotations

from typing import Any, Dict, Iterable

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


def set_intent(message: Message, verdict: Dict[str, Any], others: Iterable[Dict[str, Any]] = ()) -> None:
    """`verdict` becomes the intent and heads the ranking; `others` follow, without a second entry of it."""
    rest = [entry for entry in others if entry.get("name") != verdict["name"]]
    message.set(INTENT, verdict, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [verdict, *rest], add_to_output=True)
