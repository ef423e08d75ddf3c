#!/usr/bin/env python
"""A validation split carved from the training data, for tuning the NLU (never tests/nlu_heldout).

An example goes to the validation side when a hash of its text says so (one in `--every`, default 5):
deterministic, and an example stays on its side when others are added or removed. Lookup tables,
synonyms and regexes stay on the training side. Writes <out>/train/nlu.yml and <out>/validation.yml.

    .venv/bin/python bench/nlu_split.py --fold 0            # bench/work/split-0/
    .venv/bin/rasa train nlu --nlu bench/work/split-0/train --out bench/work/split-0 --fixed-model-name m
    .venv/bin/python bench/nlu_bench.py --model bench/work/split-0/m.tar.gz \
        --test bench/work/split-0/validation.yml --train-data bench/work/split-0/train --out bench/work/split-0
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import ROOT, WORK  # noqa: E402


def side(text: str, every: int, fold: int) -> bool:
    """True when `text` is on the validation side of fold `fold`."""
    digest = hashlib.sha1(" ".join(text.lower().split()).encode()).digest()
    return int.from_bytes(digest[:4], "big") % every == fold % every


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT / "data" / "nlu")
    ap.add_argument("--every", type=int, default=5, help="one example in EVERY goes to validation")
    ap.add_argument("--fold", type=int, default=0, help="which of the EVERY folds is the validation side")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData

    out = args.out or WORK / f"split-{args.fold}"
    data = load_data(str(args.data))
    train, valid = [], []
    for message in data.intent_examples:
        (valid if side(message.get("text"), args.every, args.fold) else train).append(message)
    (out / "train").mkdir(parents=True, exist_ok=True)
    writer = RasaYAMLWriter()
    writer.dump(out / "train" / "nlu.yml",
                TrainingData(train, entity_synonyms=data.entity_synonyms, regex_features=data.regex_features,
                             lookup_tables=data.lookup_tables))
    writer.dump(out / "validation.yml", TrainingData(valid))
    print(f"{len(train)} training and {len(valid)} validation examples in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
