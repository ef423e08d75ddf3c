"""Emit Duckling-style `time` entities from the Danish date parser in `coach.dates`.

Each entity carries the resolved ISO value and, in `additional_info`, the grain
and both readings (`past`, `future`) so a form can pick the one its slot needs.
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach import clock
from coach.dates.entities import time_entities
from components.stateless import StatelessComponent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class DanishTimeExtractor(StatelessComponent, EntityExtractorMixin):
    def process(self, messages: List[Message]) -> List[Message]:
        today = clock.today()  # read per call: COACH_TODAY may differ between processes
        for message in messages:
            text = message.get(TEXT) or ""
            found = self.add_extractor_name(time_entities(text, today))
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
