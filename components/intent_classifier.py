"""Intents from the pipeline's sparse features, weighted the way short texts are best compared.

Rasa's LogisticRegressionClassifier fits raw counts with a fixed C=1: a long message weighs more than a
short one, and a frequent n-gram ("jeg", "-er") as much as a telling one. Here each featurizer's
sentence features (lemmas and lemma pairs, character n-grams, the lookup tables) get TF-IDF weights
(sublinear term frequency, inverse document frequency from the training data) and unit length per
featurizer, then a logistic regression with a tuned C and balanced class weights. TF-free, like the rest
of the pipeline; persisted with skops (only scikit-learn types and plain containers).
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.preprocessing import normalize

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfIntentClassifier(GraphComponent, IntentClassifier):
    @classmethod
    def required_components(cls) -> List[type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> List[str]:
        return ["sklearn", "skops"]

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        # block_weights: a featurizer (by class name) that counts less or more than the others, which count 1.
        return {"C": 30.0, "class_weight": "balanced", "sublinear_tf": True, "max_iter": 3000, "tol": 1e-4,
                "random_state": 42, "ranking_length": 10, "block_weights": {}}

    def __init__(self, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: Dict[str, Any] | None = None) -> None:
        self.component_config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model  # {"origins": [...], "idf": [array per origin], "clf": LogisticRegression}

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> TfidfIntentClassifier:
        return cls(config, model_storage, resource)

    # ------------------------------------------------------------------ features

    @staticmethod
    def _block(messages: List[Message], origin: str) -> csr_matrix:
        rows = []
        for message in messages:
            _, sentence = message.get_sparse_features(TEXT, [origin])
            rows.append(csr_matrix(sentence.features) if sentence is not None else None)
        width = next((r.shape[1] for r in rows if r is not None), 0)
        return vstack([r if r is not None else csr_matrix((1, width)) for r in rows]).tocsr()

    @staticmethod
    def _origins(message: Message) -> List[str]:
        return sorted({f.origin for f in message.features
                       if f.attribute == TEXT and f.type == "sentence" and f.is_sparse()})

    def _weighted(self, counts: csr_matrix, idf: np.ndarray) -> csr_matrix:
        """TF-IDF with unit length rows (sklearn's TfidfTransformer, kept as plain arrays for skops)."""
        weighted = counts.astype(np.float64)
        if self.component_config["sublinear_tf"]:
            np.log(weighted.data, out=weighted.data)
            weighted.data += 1
        return normalize(weighted.multiply(idf).tocsr())

    def _block_weight(self, origin: str) -> float:
        weights = self.component_config["block_weights"] or {}
        return next((float(w) for name, w in weights.items() if name in origin), 1.0)

    def _matrix(self, messages: List[Message]) -> csr_matrix:
        model = self._model
        return hstack([self._weighted(self._block(messages, origin), idf) * self._block_weight(origin)
                       for origin, idf in zip(model["origins"], model["idf"], strict=True)]).tocsr()

    # ------------------------------------------------------------------ training

    @staticmethod
    def _idf(counts: csr_matrix) -> np.ndarray:
        """Smoothed inverse document frequency, as sklearn's TfidfTransformer computes it."""
        documents = np.bincount(counts.indices, minlength=counts.shape[1])
        return np.log((counts.shape[0] + 1) / (documents + 1)) + 1

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.linear_model import LogisticRegression

        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        cfg = self.component_config
        origins = self._origins(examples[0])
        clf = LogisticRegression(C=cfg["C"], class_weight=cfg["class_weight"], max_iter=cfg["max_iter"],
                                 tol=cfg["tol"], random_state=cfg["random_state"], solver="lbfgs")
        self._model = {"origins": origins, "idf": [self._idf(self._block(examples, origin)) for origin in origins],
                       "clf": clf}
        clf.fit(self._matrix(examples), [e.get(INTENT) for e in examples])
        self.persist()
        return self._resource

    # ------------------------------------------------------------------ prediction

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        clf = self._model["clf"]
        probabilities = clf.predict_proba(self._matrix(messages))
        length = self.component_config["ranking_length"]
        for message, row in zip(messages, probabilities, strict=True):
            ranking = sorted(({"name": str(name), "confidence": float(p)}
                              for name, p in zip(clf.classes_, row, strict=True)),
                             key=lambda entry: -entry["confidence"])
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking[:length] if length > 0 else ranking, add_to_output=True)
        return messages

    # ------------------------------------------------------------------ storage

    def persist(self) -> None:
        import skops.io as sio

        with self._model_storage.write_to(self._resource) as model_dir:
            sio.dump(self._model, model_dir / "intent_classifier.skops")

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> TfidfIntentClassifier:
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as model_dir:
                path = model_dir / "intent_classifier.skops"
                untrusted = sio.get_untrusted_types(file=path)
                if untrusted:
                    raise ValueError(f"untrusted types in {path}: {untrusted}")
                model = sio.load(path, trusted=False)
        except ValueError as error:
            logger.warning("No trained intent classifier (%s): every message gets no intent.", error)
            model = None
        return cls(config, model_storage, resource, model)
