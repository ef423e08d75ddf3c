"""A request to read the user's own draft, with the draft pasted under it, is `request_draft_review`;
a short choice of channel ("ok mail") is not, whatever the classifier guessed.

The classifier weighs every word, and a pasted e-mail is mostly facts (a date, a role, names), so it
reads the message as `inform`; the first line says what the user wants. And "mail" alone is close to
"min mail" for it, while the words ask to read nothing. Runs after the classifiers and before
`MessageGuard` (whose verdict on unreadable text still wins).
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.facts.pasted import bare_own_mail
from coach.input_guard import MAX_DRAFT_CHARS
from coach.review.request import asks_to_read_own, asks_to_read_pasted_draft, only_a_channel
from components.intent_verdict import set_intent
from components.stateless import StatelessComponent

DRAFT_REVIEW = "request_draft_review"
INFORM = "inform"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PastedDraftRequest(StatelessComponent):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            ranking = message.get(INTENT_RANKING_KEY) or []
            if len(text) <= MAX_DRAFT_CHARS and (asks_to_read_pasted_draft(text) or bare_own_mail(text)
                                                 or asks_to_read_own(text)):
                set_intent(message, {"name": DRAFT_REVIEW, "confidence": 1.0}, ranking)
            elif (message.get(INTENT) or {}).get("name") == DRAFT_REVIEW and only_a_channel(text):
                # "ok mail" guessed as a draft review: the channel chosen, an `inform`
                confidence = next((e.get("confidence", 0.0) for e in ranking if e.get("name") == INFORM), 0.0)
                set_intent(message, {"name": INFORM, "confidence": confidence}, ranking)
        return messages
