"""One-off (twelfth session): polite_and_short re-voted on every line labelled as pressure.

The settled labels folded pressure in courteous words into politeness in some lines and not in others.
The guide now says that polite_and_short judges the wording, not what is asked (tests/conduct/votes/
GUIDE.md, "Tone, not content"). Every line of the corpus labelled no_demands: false (training and held
out alike, chosen by its label, never by the model) was labelled again on polite_and_short by two blind
labellers who saw only that rule and the lines (votes in tests/conduct/votes/P_V*.yml). Where the two
agree, their label replaces the settled one; where they split, the settled label stands.

    .venv/bin/python scripts/revote_polite.py          # rewrites the corpus files in place
    .venv/bin/python scripts/revote_polite.py --dry    # prints what would change
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
VOTES = ROOT / "tests" / "conduct" / "votes"
CORPUS = sorted((ROOT / "data" / "conduct").glob("lines*.yml")) \
    + sorted((ROOT / "tests" / "conduct").glob("heldout*.yml"))
ID = re.compile(r"^- id: (\S+)")
LABEL = re.compile(r"polite_and_short: (true|false)")


def ballots(voter: str) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for path in sorted(VOTES.glob(f"P_{voter}_part_*.yml")):
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.update({str(row["id"]): bool(row["polite_and_short"]) for row in rows})
    return out


def agreed_labels() -> dict[str, bool]:
    first, second = ballots("V1"), ballots("V2")
    if set(first) != set(second):
        sys.exit("the two voters did not label the same lines")
    return {line_id: vote for line_id, vote in first.items() if second[line_id] == vote}


def relabel(path: Path, agreed: dict[str, bool], tally: Counter) -> str:
    out, current = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if match := ID.match(line):
            current = match.group(1)
        elif line.lstrip().startswith("labels:") and current in agreed:
            old = LABEL.search(line).group(1) == "true"
            new = agreed[current]
            tally[("heldout" in path.name, old, new)] += 1
            line = LABEL.sub(f"polite_and_short: {str(new).lower()}", line)
        out.append(line)
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry", action="store_true")
    args = parser.parse_args()
    agreed = agreed_labels()
    print(f"{len(ballots('V1'))} lines voted, the two agree on {len(agreed)}")
    tally: Counter = Counter()
    for path in CORPUS:
        text = relabel(path, agreed, tally)
        if not args.dry:
            path.write_text(text, encoding="utf-8")
    for (held, old, new), n in sorted(tally.items()):
        print(f"{'held out' if held else 'training':9s} settled {str(old):5s} -> vote {str(new):5s}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
