"""One-off per round: add a round of blind-written call lines to the conduct corpus, labels settled by vote.

A round's writers labelled their lines under the settled guide (tests/conduct/votes/GUIDE.md). Two more
blind labellers, who saw only the situation and the line, labelled the four checks of how a line is
said; each of the four becomes the majority of the writer and the two. The fact labels are left null
(the writers were not asked for them). The round is split on its own by the id rule
(coach.conduct.corpus.heldout_ids): a quarter per situation is held out and never trained or tuned on.

    .venv/bin/python scripts/settle_conduct_round.py X /work/corpus/conduct/X1.yml ...   # writes the files
    .venv/bin/python scripts/settle_conduct_round.py X --dry FILES                        # prints only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coach.conduct.corpus import CHECKS, HOW_IT_IS_SAID, heldout_ids, to_item  # noqa: E402

VOTES = ROOT / "tests" / "conduct" / "votes"
VOTED = HOW_IT_IS_SAID  # the four checks of how a line is said
HEADER = """# Labelled Danish call lines, round {round} ({part}: {rule}), written blind by {writers} helper
# sessions from the product brief and the label guide (tests/conduct/votes/GUIDE.md), each on a focus
# (pressure, tone, rejections and selling; hard cases on both sides). The four conduct labels are the
# majority of the writer and two blind labellers (votes in tests/conduct/votes/{round}_V*.yml,
# scripts/settle_conduct_round.py); the fact labels are null (not trained or measured on).

"""


def votes(round_name: str, voter: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted(VOTES.glob(f"{round_name}_{voter}*.yml")):
        out.update({str(row["id"]): row for row in yaml.safe_load(path.read_text(encoding="utf-8"))})
    return out


def settle(items: list[dict], first: dict, second: dict) -> tuple[Counter, Counter]:
    agree, changed = Counter(), Counter()
    for item in items:
        labels = item["labels"]
        for check in CHECKS:
            if check not in VOTED:
                labels[check] = None
        for check in VOTED:
            if labels[check] is None:
                continue
            one, two = first[item["id"]][check], second[item["id"]][check]
            agree[(check, "writer=V1")] += labels[check] == one
            agree[(check, "writer=V2")] += labels[check] == two
            agree[(check, "V1=V2")] += one == two
            agree[(check, "n")] += 1
            vote = Counter([labels[check], one, two]).most_common(1)[0][0]
            changed[check] += vote != labels[check]
            labels[check] = vote
    return agree, changed


def usable(raw: dict) -> bool:
    try:
        to_item(raw)
    except (ValueError, KeyError):
        return False
    rejection = raw["situation"] == "rejection"
    return (raw["labels"].get("graceful_rejection") is None) != rejection


def quoted(value: object) -> str:
    return yaml.safe_dump(str(value), allow_unicode=True, default_style='"', width=10**6).strip()


def flag(value: bool | None) -> str:
    return "null" if value is None else str(value).lower()


def dump(items: list[dict]) -> str:
    rows = []
    for i in items:
        case = ", ".join(f"{k}: {quoted(v)}" for k, v in i["case"].items())
        labels = ", ".join(f"{k}: {flag(i['labels'][k])}" for k in CHECKS)
        rows.append(f"- id: {i['id']}\n  situation: {i['situation']}\n  case: {{{case}}}\n"
                    f"  line: {quoted(i['line'])}\n  labels: {{{labels}}}\n  note: {quoted(i.get('note') or '')}\n")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("round")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--dry", action="store_true")
    args = parser.parse_args()
    items = [raw for path in args.files for raw in yaml.safe_load(path.read_text(encoding="utf-8"))]
    kept = [raw for raw in items if usable(raw)]
    print(f"{len(items)} lines, {len(items) - len(kept)} left out (days that do not fit, or labels of another kind)")
    first, second = votes(args.round, "V1"), votes(args.round, "V2")
    kept = [raw for raw in kept if str(raw["id"]) in first and str(raw["id"]) in second]
    agree, changed = settle(kept, first, second)
    for check in VOTED:
        n = agree[(check, "n")]
        print(f"{check:20s} n={n:4d}  " + "  ".join(f"{k} {agree[(check, k)] / n:.1%}"
                                                      for k in ("writer=V1", "writer=V2", "V1=V2"))
              + f"  changed by the vote: {changed[check]}")
    held = heldout_ids(kept)
    train = [i for i in kept if i["id"] not in held]
    test = [i for i in kept if i["id"] in held]
    print(f"training {len(train)}, held out {len(test)}")
    if args.dry:
        return 0
    low = args.round.lower()
    (ROOT / "data" / "conduct" / f"lines_{low}.yml").write_text(
        HEADER.format(round=args.round, part="training part", rule="three quarters per situation by the id rule",
                      writers=len(args.files)) + dump(train), encoding="utf-8")
    (ROOT / "tests" / "conduct" / f"heldout_{low}.yml").write_text(
        HEADER.format(round=args.round, part="held out", rule="a quarter per situation by the id rule; measure only",
                      writers=len(args.files)) + dump(test), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
