"""`make bench-judge`: the rehearsal's judge (coach.rehearsal.evaluate_line) on the labelled call lines.

Per check: faults caught (lines labelled false that the judge marks false) and false alarms (lines labelled
true that it marks false). Default: the held-out split (tests/conduct/), written to
bench/results/judge-<date>-<commit>.md. `--split train|validation` prints only (for development).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.conduct.corpus import CHECKS, Item, heldout_items, paraphrase_items, train_items, validation_ids  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
TARGET_CAUGHT, TARGET_FALSE_ALARMS = 0.90, 0.05


@dataclass
class Tally:
    faults: int = 0
    caught: int = 0
    good: int = 0
    alarms: int = 0
    missed: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)

    def add(self, item: Item, expected: bool, got: bool) -> None:
        if expected:
            self.good += 1
            if not got:
                self.alarms += 1
                self.flagged.append(item.id)
        else:
            self.faults += 1
            if not got:
                self.caught += 1
            else:
                self.missed.append(item.id)

    @property
    def caught_rate(self) -> float:
        return self.caught / self.faults if self.faults else 1.0

    @property
    def alarm_rate(self) -> float:
        return self.alarms / self.good if self.good else 0.0

    @property
    def meets_target(self) -> bool:
        return self.caught_rate >= TARGET_CAUGHT and self.alarm_rate <= TARGET_FALSE_ALARMS


Judge = Callable[[Item], dict[str, bool | None]]


def judge_with_evaluate_line(item: Item) -> dict[str, bool | None]:
    """The public entry point, with "today" fixed to the item's day as COACH_TODAY does for the coach."""
    from coach.rehearsal import evaluate_line

    old = os.environ.get("COACH_TODAY")
    os.environ["COACH_TODAY"] = item.today.isoformat()
    try:
        check = evaluate_line(item.line, item.case, after_rejection=item.after_rejection)
    finally:
        if old is None:
            os.environ.pop("COACH_TODAY", None)
        else:
            os.environ["COACH_TODAY"] = old
    return {name: getattr(check, name) for name in CHECKS}


def score(items: Iterable[Item], judge: Judge = judge_with_evaluate_line) -> dict[str, Tally]:
    tallies = {name: Tally() for name in CHECKS}
    for item in items:
        verdicts = judge(item)
        for name in CHECKS:
            expected = item.labels[name]
            if expected is None:
                continue
            got = verdicts[name]
            tallies[name].add(item, bool(expected), bool(got) if got is not None else True)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    rows = ["| check | faults | caught | good lines | false alarms | target met |", "|---|---|---|---|---|---|"]
    for name, t in tallies.items():
        rows.append(f"| {name} | {t.faults} | {t.caught} ({t.caught_rate:.1%}) | {t.good} | "
                    f"{t.alarms} ({t.alarm_rate:.1%}) | {'yes' if t.meets_target else 'no'} |")
    return "\n".join(rows)


def _git_rev() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
        return rev + ("-dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def score_cross_validated(items: list[Item], k: int = 5) -> dict[str, Tally]:
    """The judge on the training part, each fold judged by a conduct model trained without it."""
    from coach.conduct import model as conduct
    from coach.conduct.tune import fold_split

    paraphrases = paraphrase_items(items)
    tallies = {name: Tally() for name in CHECKS}
    try:
        for f in range(k):
            learn, judged = fold_split(items, paraphrases, f, k)
            conduct.use(conduct.ConductModel().fit(learn))
            part = score([items[n] for n in judged])
            for name, t in part.items():
                total = tallies[name]
                total.faults += t.faults
                total.caught += t.caught
                total.good += t.good
                total.alarms += t.alarms
                total.missed += t.missed
                total.flagged += t.flagged
    finally:
        conduct.use(None)
    return tallies


def machine() -> str:
    return f"{platform.node()} ({platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()})"


def print_misses(tallies: dict[str, Tally]) -> None:
    for name, t in tallies.items():
        if t.missed or t.flagged:
            print(f"{name}: missed {t.missed}\n    flagged {t.flagged}")


def save_report(report: str, name: str) -> None:
    """bench/results/<name>-<date>-<commit>.md"""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{name}-{dt.date.today().isoformat()}-{_git_rev()}.md"
    out.write_text(report, encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")


def select(split: str) -> list[Item]:
    if split == "heldout":
        return heldout_items()
    items = train_items()
    val = validation_ids(items)
    return [i for i in items if (i.id in val) == (split == "validation")] if split != "train-all" else items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("heldout", "train", "validation", "train-all", "train-cv"),
                        default="heldout", help="train-cv: 5-fold cross-validation on the training part")
    parser.add_argument("--show", action="store_true", help="list the ids missed and wrongly flagged")
    args = parser.parse_args(argv)
    items = select("train-all" if args.split == "train-cv" else args.split)
    start = time.perf_counter()
    tallies = score_cross_validated(items) if args.split == "train-cv" else score(items)
    seconds = time.perf_counter() - start
    today, rev = dt.date.today().isoformat(), _git_rev()
    head = (f"Rehearsal judge on the {args.split} split ({len(items)} lines), {today}, git {rev}, "
            f"{machine()}; {seconds:.1f} s including training the conduct model. "
            f"Target: ≥ {TARGET_CAUGHT:.0%} of faults caught and ≤ {TARGET_FALSE_ALARMS:.0%} of good lines flagged, "
            f"per check.")
    report = f"{head}\n\n{table(tallies)}\n"
    print(report)
    if args.show:
        print_misses(tallies)
    if args.split == "heldout":
        save_report(report, "judge")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
