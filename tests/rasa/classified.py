"""A message as the classifiers leave it, for the components that overrule their guess."""

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


def classified(text: str, intent: str, confidence: float = 0.3) -> Message:
    """`text` guessed as `intent`, with `inform` next in the ranking."""
    ranking = [{"name": intent, "confidence": confidence}, {"name": "inform", "confidence": 0.25},
               {"name": "request_email", "confidence": 0.2}]
    return Message(data={TEXT: text, INTENT: ranking[0], INTENT_RANKING_KEY: ranking})
