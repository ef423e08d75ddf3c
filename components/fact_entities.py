"""Entities as the form reads them (coach/fact_entities.py): cued names, the employer and role a sentence
names, channel words only where the user chooses. Runs after the CRF tagger and the intent classifier."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, EXTRACTOR, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach.fact_entities import merged_entities


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class FactEntityExtractor(GraphComponent, EntityExtractorMixin):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> FactEntityExtractor:
        return cls(config)

    def __init__(self, config: Dict[str, Any] | None = None) -> None:
        self.component_config = config or {}

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get("name")
            merged = merged_entities(message.get(ENTITIES, []), text, intent)
            for entity in merged:
                entity.setdefault(EXTRACTOR, self.__class__.__name__)
            message.set(ENTITIES, merged, add_to_output=True)
        return messages
