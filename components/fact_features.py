"""Sentence features from what the domain core reads (coach/fact_features.py): a day or only a clock
time named, an attempt, a rejection, an answer, a channel chosen, a question, ... for the intent classifier."""

from __future__ import annotations

from typing import Any, Dict, List

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from coach.fact_features import fact_features


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class FactFeaturizer(SparseFeaturizer, GraphComponent):
    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> FactFeaturizer:
        return cls({**cls.get_default_config(), **config}, execution_context.node_name)

    def __init__(self, config: Dict[str, Any], name: str) -> None:
        super().__init__(name, config)

    @classmethod
    def validate_config(cls, config: Dict[str, Any]) -> None:
        pass

    def _featurize(self, message: Message) -> None:
        text = message.get(TEXT)
        if text is None:
            return
        row = np.array([fact_features(text)], dtype=np.float32)
        self.add_features_to_message(None, scipy.sparse.coo_matrix(row), TEXT, message)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._featurize(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process(training_data.training_examples)
        return training_data
