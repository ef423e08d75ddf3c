"""Choose the conduct model's settings on the training part only: `python -m coach.conduct.tune`.

Out-of-fold probabilities over the training lines (k-fold cross-validation: each fold is a validation
split carved from the training part) give, per check and candidate (C, hand weight, share of the NB-LR),
the threshold that keeps false alarms within the budget while catching the most faults. Prints the choice as code for
model.SETTINGS. The held-out lines (tests/conduct/) are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools

import numpy as np

from coach.conduct.corpus import Item, paraphrase_items, train_items
from coach.conduct.model import MODEL_CHECKS, Featurizer, LeaningModel, Setting, combine, fault_targets, fit_check

C_GRID = (0.3, 1.0, 3.0, 10.0)
HAND_GRID = (2.0, 4.0, 8.0)
NB_GRID = (0.0, 0.3, 0.5, 0.7)
FALSE_ALARM_BUDGET = 0.03  # on the training folds, to leave room for the held-out target of 5%


BUDGETS = (0.02, 0.03, 0.04)  # a setting is scored by its catch rate averaged over these false-alarm budgets
REPEATS = 2  # cross-validation runs with different folds, so the choice does not hang on one split


def folds(items: list[Item], k: int, repeat: int = 0) -> list[int]:
    """Each item's fold, by its source line: a paraphrase is held back with the line it paraphrases."""
    salt = "conduct-fold" if repeat == 0 else f"conduct-fold-{repeat}"
    return [int(hashlib.sha256(f"{salt}:{i.source}".encode()).hexdigest(), 16) % k for i in items]


def fold_split(items: list[Item], paraphrases: list[Item], fold: int, k: int,
               repeat: int = 0) -> tuple[list[Item], list[int]]:
    """(what a fold's model learns from, the rows of `items` it is judged on): the written lines of the other
    folds and their paraphrases; judged on the written lines of this fold only."""
    item_folds = folds(items, k, repeat)
    learn = [i for i, g in zip(items, item_folds, strict=True) if g != fold]
    learn += [p for p, g in zip(paraphrases, folds(paraphrases, k, repeat), strict=True) if g != fold]
    return learn, [n for n, g in enumerate(item_folds) if g == fold]


Key = tuple[str, float, float, float]  # check, C, hand weight, NB-LR share


def out_of_fold(items: list[Item], paraphrases: list[Item], k: int = 5, repeat: int = 0) -> dict[Key, np.ndarray]:
    """(check, C, hand weight, NB-LR share) -> each line's fault probability from a model that never saw it
    (nor a paraphrase of it)."""
    probs: dict[Key, np.ndarray] = {}
    for f in range(k):
        train, test_idx = fold_split(items, paraphrases, f, k, repeat)
        featurizer = Featurizer()
        train_blocks = featurizer.fit_transform([i.line for i in train], [i.after_rejection for i in train])
        test_blocks = featurizer.transform([items[n].line for n in test_idx],
                                           [items[n].after_rejection for n in test_idx])
        for name in MODEL_CHECKS:
            rows, y = fault_targets(train, name)
            mask = featurizer.hand_mask(name)
            leaning = LeaningModel().fit(train_blocks.present[rows], y).fault_probability(test_blocks.present)
            for c, hand in itertools.product(C_GRID, HAND_GRID):
                model = fit_check(combine(train_blocks, hand, mask)[rows], y, c)
                tfidf = model.predict_proba(combine(test_blocks, hand, mask))[:, 1]
                for nb in NB_GRID:
                    probs.setdefault((name, c, hand, nb), np.full(len(items), np.nan))[test_idx] = \
                        (1 - nb) * tfidf + nb * leaning
    return probs


def best_threshold(p: np.ndarray, fault: np.ndarray, budget: float) -> tuple[float, float, float]:
    """(threshold, caught, false alarms): the lowest threshold whose false alarms stay within the budget."""
    good = ~fault
    for t in sorted(set(np.round(p, 3))) + [1.01]:
        alarms = float(np.mean(p[good] >= t)) if good.any() else 0.0
        if alarms <= budget:
            return float(t), float(np.mean(p[fault] >= t)) if fault.any() else 1.0, alarms
    return 1.01, 0.0, 0.0


def tune(k: int = 5, budget: float = FALSE_ALARM_BUDGET) -> dict[str, tuple[Setting, float, float]]:
    """Per check, the (C, hand weight, NB-LR share) that catches most over the budgets and repeats, with the threshold
    (median over the repeats) that keeps false alarms within `budget`."""
    items = train_items()
    paraphrases = paraphrase_items(items)
    runs = [out_of_fold(items, paraphrases, k, repeat) for repeat in range(REPEATS)]
    results: dict[str, tuple[Setting, float, float]] = {}
    best_score: dict[str, float] = {}
    for key in runs[0]:
        name, c, hand, nb = key
        rows, y = fault_targets(items, name)
        fault = y.astype(bool)
        score = float(np.mean([best_threshold(run[key][rows], fault, b)[1] for run in runs for b in BUDGETS]))
        picked = [best_threshold(run[key][rows], fault, budget) for run in runs]
        if name not in best_score or score > best_score[name] + 1e-9:
            best_score[name] = score
            threshold = float(np.median([t for t, _, _ in picked]))
            results[name] = (Setting(c=c, hand=hand, threshold=round(threshold, 3), nb=nb),
                             float(np.mean([p[1] for p in picked])), float(np.mean([p[2] for p in picked])))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--budget", type=float, default=FALSE_ALARM_BUDGET)
    args = parser.parse_args()
    results = tune(args.folds, args.budget)
    for name, (setting, caught, alarms) in results.items():
        print(f"{name:20s} C={setting.c:<5} hand={setting.hand:<4} nb={setting.nb:<4} "
              f"threshold={setting.threshold:.3f}  "
              f"out-of-fold: caught {caught:.1%}, false alarms {alarms:.1%}")
    print("SETTINGS: dict[str, Setting] = {")
    for name, (s, _, _) in results.items():
        print(f'    "{name}": Setting(c={s.c}, hand={s.hand}, threshold={s.threshold}, nb={s.nb}),')
    print("}")


if __name__ == "__main__":
    main()
