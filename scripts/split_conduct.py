"""One-off: split the blind call-line corpus (tests/conduct/part_*.yml) into a training part (data/conduct/)
and a held-out part that stays in tests/conduct/. Items are copied as written; the rule is
coach.conduct.corpus.heldout_ids (a quarter per situation, by a hash of the id).

    .venv/bin/python scripts/split_conduct.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.conduct.corpus import HELDOUT_DIR, TRAIN_DIR, heldout_ids  # noqa: E402

HEADER = """# Labelled Danish call lines ({part}), written blind from the product brief
# (tests/conduct/BLIND_RULES.md).
# Split by coach.conduct.corpus.heldout_ids: {rule}
# Format: id, situation, case {{user_name, role, interview, today}}, line, labels (nine checks;
# graceful_rejection null outside a rejection), note.
"""


def blocks(text: str) -> list[str]:
    parts = re.split(r"(?m)^(?=- id: )", text)
    return [p.rstrip() + "\n" for p in parts[1:]]


def main() -> None:
    sources = sorted(HELDOUT_DIR.glob("part_*.yml"))
    raw = [(b, yaml.safe_load(b)[0]) for path in sources for b in blocks(path.read_text(encoding="utf-8"))]
    held = heldout_ids([item for _, item in raw])
    TRAIN_DIR.mkdir(parents=True, exist_ok=True)
    train = [b for b, item in raw if str(item["id"]) not in held]
    test = [b for b, item in raw if str(item["id"]) in held]
    (TRAIN_DIR / "lines.yml").write_text(
        HEADER.format(part="training part: train and tune here", rule="the other three quarters") + "\n"
        + "\n".join(train), encoding="utf-8")
    (HELDOUT_DIR / "heldout.yml").write_text(
        HEADER.format(part="HELD-OUT part: measure only, never tune on it", rule="a quarter per situation") + "\n"
        + "\n".join(test), encoding="utf-8")
    for path in sources:
        path.unlink()
    print(f"{len(train)} training items -> {TRAIN_DIR}, {len(test)} held out -> {HELDOUT_DIR}")


if __name__ == "__main__":
    main()
