"""One-off: settle the four conduct labels of the call-line corpus by a vote of three blind labellers.

The two first writers labelled polite_and_short, no_selling, no_demands and graceful_rejection by
different conventions (begging as rude in one part, as pressure in the other). Two more labellers,
who saw only the lines and one guide (tests/conduct/votes/GUIDE.md), labelled every line, train and
held-out alike, without seeing the original labels. Each of the four labels becomes the majority of
the three; the fact checks keep the writers' labels. The votes are kept in tests/conduct/votes/.

    .venv/bin/python scripts/relabel_conduct.py          # prints agreement, rewrites the labels
    .venv/bin/python scripts/relabel_conduct.py --dry    # prints only
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = (ROOT / "data" / "conduct" / "lines.yml", ROOT / "tests" / "conduct" / "heldout.yml")
VOTES = ROOT / "tests" / "conduct" / "votes"
VOTED = ("polite_and_short", "no_selling", "no_demands", "graceful_rejection")


def votes_of(labeller: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted(VOTES.glob(f"{labeller}_chunk_*.yml")):
        out.update({row["id"]: row for row in yaml.safe_load(path.read_text(encoding="utf-8"))})
    return out


def majority(values: list) -> bool | None:
    return Counter(values).most_common(1)[0][0]


def relabel(path: Path, first: dict, second: dict, agree: Counter, changed: Counter, dry: bool) -> None:
    text = path.read_text(encoding="utf-8")
    items = {item["id"]: item for item in yaml.safe_load(text)}

    def settled(match: re.Match) -> str:
        item_id, labels_line = match["id"], match["labels"]
        labels = items[item_id]["labels"]
        for check in VOTED:
            original, one, two = labels[check], first[item_id][check], second[item_id][check]
            if original is None:
                continue  # graceful_rejection outside a rejection
            agree[(check, "writer=L1")] += original == one
            agree[(check, "writer=L2")] += original == two
            agree[(check, "L1=L2")] += one == two
            agree[(check, "n")] += 1
            vote = majority([original, one, two])
            if vote != original:
                changed[check] += 1
                labels_line = re.sub(rf"\b{check}: \w+", f"{check}: {yaml.safe_dump(vote).split()[0]}",
                                     labels_line)
        return match.group(0).replace(match["labels"], labels_line)

    new = re.sub(r"(?ms)^- id: (?P<id>\S+)\n.*?^  (?P<labels>labels: \{[^\n]*\})", settled, text)
    if not dry:
        path.write_text(new, encoding="utf-8")


def main() -> None:
    dry = "--dry" in sys.argv
    first, second = votes_of("L1"), votes_of("L2")
    for path in FILES:
        agree, changed = Counter(), Counter()
        relabel(path, first, second, agree, changed, dry)
        print(f"{path.relative_to(ROOT)}:")
        for check in VOTED:
            n = agree[(check, "n")]
            pairs = ", ".join(f"{pair} {agree[(check, pair)] / n:.1%}" for pair in ("writer=L1", "writer=L2", "L1=L2"))
            print(f"  {check:20} agreement {pairs}; labels changed by the vote: {changed[check]} of {n}")


if __name__ == "__main__":
    main()
