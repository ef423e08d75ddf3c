"""The conduct model: one small logistic regression per check of how a line is said, over word and
character n-grams of the loose text plus the hand features (coach.conduct.features).

It is trained from the labelled lines in data/conduct/ the first time it is needed (a second or two on
two cores) and kept in memory; nothing trained is stored or downloaded. `SETTINGS` holds each check's
regularisation, the weight of the hand features and the threshold, chosen by cross-validation on the
training part only (`python -m coach.conduct.tune`); the held-out lines in tests/conduct/ are only measured.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from coach.conduct.corpus import Item, train_items
from coach.conduct.features import hand_features, model_text

MODEL_CHECKS = ("asks_status", "thanks", "polite_and_short", "no_selling", "no_demands", "graceful_rejection")


@dataclass(frozen=True)
class Setting:
    c: float  # inverse regularisation strength
    hand: float  # weight of the hand features next to the tf-idf columns
    threshold: float  # probability of a fault from which the line is marked down


SETTINGS: dict[str, Setting] = {
    "asks_status": Setting(c=10.0, hand=2.0, threshold=0.716),
    "thanks": Setting(c=10.0, hand=2.0, threshold=0.169),
    "polite_and_short": Setting(c=10.0, hand=2.0, threshold=0.788),
    "no_selling": Setting(c=10.0, hand=2.0, threshold=0.494),
    "no_demands": Setting(c=10.0, hand=2.0, threshold=0.746),
    "graceful_rejection": Setting(c=0.3, hand=2.0, threshold=0.621),
}


class Featurizer:
    """Loose text -> (n-gram block, hand-feature block)."""

    def __init__(self) -> None:
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                     token_pattern=r"[a-z0-9]+|[?!]")
        self.hand = DictVectorizer()

    def fit(self, texts: Sequence[str], flags: Sequence[bool]) -> Featurizer:
        docs = [model_text(t) for t in texts]
        self.chars.fit(docs)
        self.words.fit(docs)
        self.hand.fit([hand_features(t, f) for t, f in zip(texts, flags, strict=True)])
        names = self.hand.feature_names_
        self._masks = {True: np.array([0.0 if n in SHAPE_FEATURES else 1.0 for n in names]),
                       False: np.ones(len(names))}
        return self

    def hand_mask(self, check: str) -> np.ndarray:
        """1 for the hand features `check` reads, 0 for the others (CONTENT_ONLY checks skip the shape)."""
        return self._masks[check in CONTENT_ONLY]

    def transform(self, texts: Sequence[str], flags: Sequence[bool]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        docs = [model_text(t) for t in texts]
        grams = sparse.hstack([self.chars.transform(docs), self.words.transform(docs)]).tocsr()
        hand = sparse.csr_matrix(self.hand.transform([hand_features(t, f) for t, f in zip(texts, flags, strict=True)]))
        return grams, hand


# Selling and pressure are in what is said, not in how long it takes: a long line is no pitch by itself.
SHAPE_FEATURES = ("words_log", "long", "very_long", "short", "longest_sentence", "commas", "og_count", "fragments")
CONTENT_ONLY = ("no_selling", "no_demands")


def combine(blocks: tuple[sparse.csr_matrix, sparse.csr_matrix], hand_weight: float,
            mask: np.ndarray | None = None) -> sparse.csr_matrix:
    grams, hand = blocks
    weights = hand_weight * (mask if mask is not None else np.ones(hand.shape[1]))
    return sparse.hstack([grams, hand @ sparse.diags(weights)]).tocsr()


def fit_check(x: sparse.csr_matrix, faults: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", max_iter=1000)
    return model.fit(x, faults)


def fault_targets(items: Sequence[Item], name: str) -> tuple[list[int], np.ndarray]:
    """The rows labelled for `name` and, per row, 1 when the line has the fault."""
    rows = [k for k, i in enumerate(items) if i.labels[name] is not None]
    return rows, np.array([0 if items[k].labels[name] else 1 for k in rows])


class ConductModel:
    """Per check, the probability that a line has the fault (label false)."""

    def __init__(self, settings: dict[str, Setting] | None = None) -> None:
        self.settings = settings or SETTINGS
        self.featurizer = Featurizer()
        self.models: dict[str, LogisticRegression] = {}

    def fit(self, items: Iterable[Item]) -> ConductModel:
        items = list(items)
        texts, flags = [i.line for i in items], [i.after_rejection for i in items]
        blocks = self.featurizer.fit(texts, flags).transform(texts, flags)
        for name in MODEL_CHECKS:
            rows, y = fault_targets(items, name)
            setting = self.settings[name]
            x = combine(blocks, setting.hand, self.featurizer.hand_mask(name))
            self.models[name] = fit_check(x[rows], y, setting.c)
        return self

    def fault_probabilities(self, texts: Sequence[str], flags: Sequence[bool]) -> dict[str, np.ndarray]:
        blocks = self.featurizer.transform(texts, flags)
        return {name: model.predict_proba(combine(blocks, self.settings[name].hand,
                                                  self.featurizer.hand_mask(name)))[:, 1]
                for name, model in self.models.items()}

    def verdicts(self, text: str, after_rejection: bool) -> dict[str, bool | None]:
        """True: the check passes. graceful_rejection is None outside a rejection."""
        probs = self.fault_probabilities([text], [after_rejection])
        out: dict[str, bool | None] = {n: bool(probs[n][0] < self.settings[n].threshold) for n in MODEL_CHECKS}
        if not after_rejection:
            out["graceful_rejection"] = None
        return out


_lock = threading.Lock()
_model: ConductModel | None = None


def model() -> ConductModel:
    """The model trained on data/conduct/, once per process."""
    global _model
    with _lock:
        if _model is None:
            _model = ConductModel().fit(train_items())
        return _model


@lru_cache(maxsize=4096)
def judge(text: str, after_rejection: bool = False) -> dict[str, bool | None]:
    return model().verdicts(text, after_rejection)


def use(trained: ConductModel | None) -> None:
    """Judge with `trained` from now on (None: train from data/conduct/ again when needed); for cross-validation."""
    global _model
    with _lock:
        _model = trained
    judge.cache_clear()


def warm_up() -> None:
    """Train in a background thread, so the first rehearsal line does not wait."""
    threading.Thread(target=model, name="conduct-model", daemon=True).start()
