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


def drop_guess(message: Message, name: str) -> None:
    """The classifier's guess `name` is unfounded: the next intent in its ranking takes its place."""
    ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or [] if entry.get("name") != name]
    set_intent(message, ranking[0] if ranking else {"name": "nlu_fallback", "confidence": 0.0}, ranking)
