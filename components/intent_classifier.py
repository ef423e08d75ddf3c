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
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, vstack

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
    def _origins(message: Message) -> List[str]:
        return sorted({f.origin for f in message.features
                       if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_sparse()})

    @staticmethod
    def _sentence_features(message: Message) -> Dict[str, Any]:
        return {f.origin: f.features for f in message.features
                if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_sparse()}

    def _block_weight(self, origin: str) -> float:
        weights = self.component_config["block_weights"] or {}
        return next((float(w) for name, w in weights.items() if name in origin), 1.0)

    def _row(self, message: Message) -> tuple[np.ndarray, np.ndarray]:
        """The message as one row: per featurizer TF-IDF (sublinear term frequency) scaled to unit length
        and by the featurizer's weight, side by side. Column indices and values, as plain arrays: a chat
        message has a few dozen features, and numpy on them is much cheaper than sparse matrices."""
        model = self._model
        found = self._sentence_features(message)
        columns, values, offset = [], [], 0
        for origin, idf in zip(model["origins"], model["idf"], strict=True):
            features = found.get(origin)
            if features is not None:
                coo = features.tocoo()
                keep = coo.data > 0
                cols, counts = coo.col[keep], coo.data[keep].astype(np.float64)
                weighted = (np.log(counts) + 1 if self.component_config["sublinear_tf"] else counts) * idf[cols]
                norm = np.sqrt(np.dot(weighted, weighted))
                if norm > 0:
                    columns.append(cols + offset)
                    values.append(weighted * (self._block_weight(origin) / norm))
            offset += len(idf)
        if not columns:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(columns).astype(np.int64), np.concatenate(values)

    def _matrix(self, messages: List[Message]) -> csr_matrix:
        rows = [self._row(message) for message in messages]
        width = sum(len(idf) for idf in self._model["idf"])
        indptr = np.cumsum([0] + [len(cols) for cols, _ in rows])
        indices = np.concatenate([cols for cols, _ in rows]) if rows else np.zeros(0, dtype=np.int64)
        data = np.concatenate([vals for _, vals in rows]) if rows else np.zeros(0)
        return csr_matrix((data, indices, indptr), shape=(len(rows), width))

    # ------------------------------------------------------------------ training

    @staticmethod
    def _idf(counts: csr_matrix) -> np.ndarray:
        """Smoothed inverse document frequency, as sklearn's TfidfTransformer computes it."""
        documents = np.bincount(counts.indices, minlength=counts.shape[1])
        return np.log((counts.shape[0] + 1) / (documents + 1)) + 1

    @staticmethod
    def _counts(messages: List[Message], origin: str) -> csr_matrix:
        rows = []
        for message in messages:
            features = TfidfIntentClassifier._sentence_features(message).get(origin)
            rows.append(csr_matrix(features) if features is not None else None)
        width = next((r.shape[1] for r in rows if r is not None), 0)
        counts = vstack([r if r is not None else csr_matrix((1, width)) for r in rows]).tocsr()
        counts.eliminate_zeros()
        return counts

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.linear_model import LogisticRegression

        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        cfg = self.component_config
        origins = self._origins(examples[0])
        clf = LogisticRegression(C=cfg["C"], class_weight=cfg["class_weight"], max_iter=cfg["max_iter"],
                                 tol=cfg["tol"], random_state=cfg["random_state"], solver="lbfgs")
        self._model = {"origins": origins, "idf": [self._idf(self._counts(examples, origin)) for origin in origins],
                       "clf": clf}
        clf.fit(self._matrix(examples), [e.get(INTENT) for e in examples])
        self.persist()
        return self._resource

    # ------------------------------------------------------------------ prediction

    def _probabilities(self, message: Message) -> np.ndarray:
        clf = self._model["clf"]
        if clf.coef_.shape[0] == 1:  # two intents only: scikit-learn's own binary reading
            return clf.predict_proba(self._matrix([message]))[0]
        columns, values = self._row(message)
        scores = clf.coef_[:, columns] @ values + clf.intercept_
        scores = np.exp(scores - scores.max())  # the multinomial model's softmax, as predict_proba computes it
        return scores / scores.sum()

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        names = [str(name) for name in self._model["clf"].classes_]
        length = self.component_config["ranking_length"]
        for message in messages:
            ranking = sorted(({"name": name, "confidence": float(p)}
                              for name, p in zip(names, self._probabilities(message), strict=True)),
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
