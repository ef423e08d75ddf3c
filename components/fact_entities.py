"""Entities as the form reads them (coach/fact_entities.py): cued names, the employer and role a sentence
names, channel words only where the user chooses. Runs after the CRF tagger and the intent classifier."""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, EXTRACTOR, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.fact_entities import merged_entities
from components.stateless import StatelessComponent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class FactEntityExtractor(StatelessComponent, EntityExtractorMixin):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get("name")
            merged = merged_entities(message.get(ENTITIES, []), text, intent)
            for entity in merged:
                entity.setdefault(EXTRACTOR, self.__class__.__name__)
            message.set(ENTITIES, merged, add_to_output=True)
        return messages
