"""Emit Duckling-style `time` entities from the Danish date parser in `coach.dates`.

Each entity carries the resolved ISO value and, in `additional_info`, the grain
and both readings (`past`, `future`) so a form can pick the one its slot needs.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from coach import clock
from coach.dates.entities import time_entities


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class DanishTimeExtractor(GraphComponent, EntityExtractorMixin):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> DanishTimeExtractor:
        return cls(config)

    def __init__(self, config: Dict[str, Any] | None = None) -> None:
        self.component_config = config or {}

    def process(self, messages: List[Message]) -> List[Message]:
        today = clock.today()  # read per call: COACH_TODAY may differ between processes
        for message in messages:
            text = message.get(TEXT) or ""
            found = self.add_extractor_name(time_entities(text, today))
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages
